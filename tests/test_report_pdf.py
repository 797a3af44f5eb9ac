"""The built Oslo 2019 report (PDF): the published figures, A4, page numbers, tagged, nb."""

from __future__ import annotations

import re

import pytest
from built import link_descriptions, norm, published, struct_types
from pypdf import PdfReader

pytestmark = pytest.mark.slow

A4 = (595.28, 841.89)  # points


@pytest.fixture(scope="module")
def pdf(oslo_2019) -> PdfReader:
    return PdfReader(oslo_2019 / "rapport.pdf")


@pytest.fixture(scope="module")
def pages(pdf) -> list[str]:
    return [norm(page.extract_text()) for page in pdf.pages]


def test_every_page_is_a4(pdf):
    for page in pdf.pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert size == pytest.approx(A4, abs=0.5)


def test_every_page_is_numbered(pages):
    assert len(pages) > 3
    for number, text in enumerate(pages, start=1):
        assert text.endswith(f"Side {number} av {len(pages)}")


def test_pdf_is_tagged_titled_and_norwegian(pdf):
    root = pdf.trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"]
    assert root["/Lang"] == "nb-NO"
    # the default build is a draft, and its PDF says so (a final report: tests/test_check.py)
    assert pdf.metadata.title == "Rapporteringsskjema – klager på politiet (utkast) – Oslo 2019"
    xmp = root["/Metadata"].get_object().get_data()
    assert b"pdfuaid:part" in xmp  # Typst checked PDF/UA-1 (alt texts, tags) while writing


def test_title_is_tagged_and_links_are_described_in_norwegian(pdf):
    types = [kind for kind, _ in struct_types(pdf)]
    assert types.count("/Title") == 1 and types.index("/Title") < types.index("/H1")
    descriptions = link_descriptions(pdf)
    assert descriptions, "the commentary refers to tables and figures"
    for text in descriptions:
        assert re.fullmatch(r"(Tabell|Figur|Fotnote) \d+|\d+|.+, side \d+", text), text
    assert not [t for t in descriptions if re.search(r"\b(Table|Figure|Footnote|page)\b", t)]


def test_running_header_from_page_two(pages):
    assert "Oslo 2019" not in pages[0].split("Rapporteringsår")[0]
    for text in pages[1:]:
        # the default build is a draft, and its running header says so
        assert text.startswith("Rapporteringsskjema – klager på politiet (utkast) Oslo 2019")


def test_tables_carry_the_published_figures(pages):
    first = pages[0]
    for label, numbers in {**published()["decisions"], **published()["grounds"]}.items():
        assert f"{label} {' '.join(map(str, numbers))}" in first
    unwrapped = first.replace("/ ", "/")  # a header line break after the slash
    for heading in published()["grounds_columns"]:
        assert heading in unwrapped


def test_text_carries_the_published_commentary_figures(pages):
    text = " ".join(pages)
    assert "16,7 dager i 2019 (en nedgang fra 2018 da gjennomsnittet lå på 18,9 dager)" in text
    assert "Antall innkomne klagesaker i OPD i 2019 var 211 saker" in text
    shares = published()["shares_2019_percent"]
    assert f"det er ca {shares['Grunnlag for kritikk']} % av sakene" in text
    assert f"til sammen {shares['Adferd og saksbehandling']} % av klagene" in text
    assert "{{<" not in text


def _words_at(page, words: set[str]) -> dict[str, float]:
    """The x position (points) where each of `words` starts on a page."""
    found: dict[str, float] = {}

    def visit(text, cm, tm, _font, _size):
        if text.strip() in words and text.strip() not in found:
            found[text.strip()] = tm[4] * cm[0] + cm[4]

    page.extract_text(visitor_text=visit)
    return found


def test_narrow_tables_keep_their_column_widths(pdf):
    """filters/typst-tables.lua gives "Årstall | Klagesaker" shares of the text width; inside
    Pandoc's shrink-wrapped table box they would shrink to nothing and the header words overlap."""
    for page in pdf.pages:
        x = _words_at(page, {"Årstall", "Klagesaker"})
        if len(x) == 2:
            assert x["Klagesaker"] - x["Årstall"] > 45  # "Årstall" in 9.5 pt bold is ~33 pt
            return
    pytest.fail("no page has the header of the table of complaints per year")
