"""`make quarto-parity` (tools/quarto_parity.py): what it compares, read from the Quarto 1.11
shape (tests/fixtures/quarto/) and the embedded engine's HTML, and that it never passes without
a Quarto to compare with."""

from __future__ import annotations

from pathlib import Path

from fakerun import quarto_on_path

from tools import quarto_parity

QUARTO_HTML = Path(__file__).parent / "fixtures" / "quarto" / "rapport.html"
EMBEDDED_SHAPE = """<html><body><header><h1 class="title">Rapporteringsskjema</h1></header>
<nav id="TOC"><h2>Innhold</h2><a href="#a">Antall mottatte klager</a></nav><main id="innhold">
<h1 id="antall-mottatte-klager">Antall mottatte klager</h1>
<table id="tbl-avgjorelse"><caption>Tabell 1: …</caption></table>
<table id="tbl-grunnlag"><caption>Tabell 2: …</caption></table>
<figure id="fig-grunnlag"><img alt="x"><figcaption>Figur 1: …</figcaption></figure>
<h1 id="kommentarer">Kommentarer</h1></main></body></html>"""


def test_the_same_outline_in_quartos_and_the_embedded_engines_shape():
    quarto = quarto_parity.shape(QUARTO_HTML.read_text(encoding="utf-8"), ["ett to tre"] * 10)
    embedded = quarto_parity.shape(EMBEDDED_SHAPE, ["ett to tre"] * 10)
    assert quarto.headings == ["antall mottatte klager", "kommentarer"]
    assert quarto.tables == {"tbl-avgjorelse", "tbl-grunnlag"}
    assert quarto.figures == {"fig-grunnlag"}
    assert quarto_parity.differences(quarto, embedded) == []


def test_differences_are_reported():
    html = QUARTO_HTML.read_text(encoding="utf-8")
    base = quarto_parity.shape(html, ["ord " * 100])
    renamed = quarto_parity.shape(EMBEDDED_SHAPE.replace("Kommentarer", "Andre"), ["ord " * 100])
    assert quarto_parity.differences(base, renamed) == [
        "overskriftene er ulike: bare Quarto ['kommentarer'], bare innebygd ['andre']"
    ]
    within = quarto_parity.shape(html, ["ord " * 97])  # 3 % fewer words
    assert quarto_parity.differences(within, base) == []
    fewer = quarto_parity.shape(html, ["ord " * 96])
    [found] = quarto_parity.differences(fewer, base)
    assert found == "PDF-ene har 96 og 100 ord (4.0%, mer enn 3%)"
    lost = quarto_parity.shape(html.replace('id="fig-grunnlag"', 'id="x"'), ["ord " * 100])
    assert quarto_parity.differences(lost, base) == ["figurene er ulike: ['fig-grunnlag']"]


def test_without_quarto_it_stops_rather_than_pass(monkeypatch, capsys):
    quarto_on_path(monkeypatch, None)
    assert quarto_parity.main([]) == 2
    assert "Quarto finnes ikke på PATH" in capsys.readouterr().err
