"""The built Oslo 2019 report (PDF): the published figures, A4, page numbers, tagged, nb."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from built import (
    MIN_FILL,
    link_descriptions,
    norm,
    page_fill,
    published,
    section_last_pages,
    short_pages,
    sources_apart,
    struct_types,
    table_openings,
)
from pypdf import PdfReader

from klagerapport import fmt, paths
from klagerapport.pipeline import run as pipeline_run

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


def _tree(reader: PdfReader):
    """(type, parent type, node) of every structure element, in reading order."""
    out = []

    def walk(node, parent):
        node = node.get_object()
        kind = str(node.get("/S", ""))
        if kind:
            out.append((kind, parent, node))
        kids = node.get("/K")
        for kid in kids if isinstance(kids, list) else [kids]:
            kid = kid.get_object() if hasattr(kid, "get_object") else kid
            if isinstance(kid, dict):
                walk(kid, kind or parent)

    walk(reader.trailer["/Root"]["/StructTreeRoot"], "")
    return out


def _kids(node) -> list:
    kids = node.get("/K")
    kids = kids if isinstance(kids, list) else [kids]
    return [k.get_object() for k in kids if hasattr(k, "get_object")]


def test_row_headers_are_th_and_captions_are_inside_their_tables(pdf):
    tree = _tree(pdf)
    tables = [node for kind, _, node in tree if kind == "/Table"]
    assert len(tables) >= 6
    for table in tables:
        kinds = [str(k.get("/S")) for k in _kids(table)]
        assert "/Caption" in kinds, kinds  # the title inside the table's structure
        for body in (k for k in _kids(table) if k.get("/S") == "/TBody"):
            for row in _kids(body):
                first, *rest = _kids(row)
                assert first["/S"] == "/TH"  # the row's label is its header
                attributes = first["/A"] if isinstance(first["/A"], list) else [first["/A"]]
                assert any(a.get("/Scope") == "/Row" for a in attributes)
                assert all(cell["/S"] == "/TD" for cell in rest)


def test_figures_stand_alone_not_in_paragraphs(pdf):
    figures = [(kind, parent) for kind, parent, _ in _tree(pdf) if kind == "/Figure"]
    assert len(figures) >= 4
    assert all(parent != "/P" for _, parent in figures), figures


def test_no_word_is_split_across_lines(pdf):
    """No hyphenation: a word broken at a line's end would reach the text layer (and a screen
    reader) as two pieces, «saksbehand- ling»."""
    split = re.compile(r"[a-zæøå]-\n\s*[a-zæøå]")
    found = [m.group(0) for page in pdf.pages for m in split.finditer(page.extract_text())]
    assert found == []


def test_one_typeface_in_the_text(pdf):
    fonts = set()
    for page in pdf.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    # DejaVu Sans, shipped with the project (its monospace cut only for code: the draft's
    # file names); never Typst's own Libertinus or New Computer Modern
    body = {f for f in fonts if not f.startswith("DejaVuSansMono")}
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= body and {f.split("-")[0] for f in body} == {
        "DejaVuSans"
    }, fonts


def test_page_one_names_owner_edition_and_date(oslo_2019, pages):
    first = pages[0]
    assert "Eier Oslo politidistrikt" in first
    assert "Utgave Intern utgave, utkast" in first
    # the analysts' date (commentary/oslo/2019/dato.yml), not the day of the build; without the
    # file a draft shows a provisional one (tests/test_report_date.py)
    chosen = yaml.safe_load(
        (paths.commentary_dir("Oslo", 2019) / "dato.yml").read_text(encoding="utf-8")
    )["dato"]
    assert f"Dato {fmt.date(chosen)}" in first and "foreløpig" not in first


def test_no_page_but_a_sections_last_is_under_80_percent_full(oslo_2019):
    fill = page_fill(oslo_2019 / "rapport.pdf")
    short = short_pages(oslo_2019 / "rapport.pdf")
    assert short == {}, f"sider under {MIN_FILL:.0%} fulle: {short} (alle: {fill})"


def _troms_2021(tmp_path_factory, folder: str, **edition) -> Path:
    """Troms 2021 from the national sample, built into a new folder `folder`."""
    out = tmp_path_factory.mktemp(folder) / folder
    pipeline_run.build_report(
        year=2021,
        district="Troms",
        data=paths.RAW / "sample-national",
        out=out,
        engine="embedded",
        log=lambda _l: None,
        **edition,
    )
    return out


@pytest.fixture(scope="module")
def troms_2021(tmp_path_factory):
    """Another district and year, from the national sample: other tables, other page breaks."""
    return _troms_2021(tmp_path_factory, "troms-2021")


def test_troms_2021_fills_its_pages_too(troms_2021):
    fill = page_fill(troms_2021 / "rapport.pdf")
    assert len(fill) > 3
    short = short_pages(troms_2021 / "rapport.pdf")
    assert short == {}, f"sider under {MIN_FILL:.0%} fulle: {short} (alle: {fill})"


def test_every_tables_source_is_on_the_page_of_its_last_row(oslo_2019):
    """Issue 19 (`built.sources_apart`): no «Kilde» under another table or chart."""
    assert sources_apart(oslo_2019) == []


def test_troms_2021_keeps_every_source_with_its_table(troms_2021):
    assert sources_apart(troms_2021) == []


@pytest.fixture(scope="module")
def troms_2021_public(tmp_path_factory):
    """The public edition of another district and year: rounded counts, a note under each
    table, so other heights and other page breaks."""
    return _troms_2021(tmp_path_factory, "troms-2021-offentlig", utgave="offentlig")


def test_troms_2021_public_keeps_every_source_with_its_table_and_fills_its_pages(
    troms_2021_public,
):
    assert sources_apart(troms_2021_public) == []
    fill = page_fill(troms_2021_public / "rapport.pdf")
    short = short_pages(troms_2021_public / "rapport.pdf")
    assert short == {}, f"sider under {MIN_FILL:.0%} fulle: {short} (alle: {fill})"


def _typst_pdf(tmp_path, body: str):
    """A small A4 PDF with the report's margins (_quarto.yml), made by Typst."""
    import typst

    source = tmp_path / "side.typ"
    source.write_text(
        '#set page(paper: "a4", margin: (x: 3.6cm, y: 2.3cm))\n#set heading(outlined: true)\n'
        + body,
        encoding="utf-8",
    )
    pdf = tmp_path / "side.pdf"
    typst.compile(str(source), output=str(pdf))
    return pdf


def test_the_fill_measure_finds_a_short_page_that_does_not_end_a_section(tmp_path):
    # page 1 half full, then a page that opens with a chart (a box), not with a new section
    pdf = _typst_pdf(
        tmp_path,
        "= Del 1\n#block(width: 100%, height: 45%, fill: black)\n#pagebreak()\n"
        "#block(width: 100%, height: 90%, fill: black)\n= Del 2\nTekst.\n",
    )
    fill = page_fill(pdf)
    assert 0.45 < fill[0] < 0.6 and fill[1] > 0.9
    assert section_last_pages(PdfReader(pdf)) == {2}  # Del 2 starts below the box on page 2
    assert set(short_pages(pdf)) == {1}


def _before_a_table(tmp_path, first: int, table: int):
    """Page 1 `first` % full, then a page that opens with a table block of `table` %."""
    return _typst_pdf(
        tmp_path,
        f"= Del 1\n#block(width: 100%, height: {first}%, fill: black)\n#pagebreak()\n"
        f"Tabell 1: Tittel\n#block(width: 100%, height: {table}%, fill: black)\nKilde: X\n\n"
        "Tekst.\n#block(width: 100%, height: 40%, fill: black)\n",
    )


def test_a_short_page_before_a_table_kept_whole_that_did_not_fit_is_allowed(tmp_path):
    pdf = _before_a_table(tmp_path, 60, 45)
    assert set(table_openings(pdf)) == {2}
    assert 0.45 < table_openings(pdf)[2] < 0.55  # the block: its title to its «Kilde»
    assert page_fill(pdf)[0] < MIN_FILL and short_pages(pdf) == {}


def test_a_short_page_before_a_table_that_would_have_fit_is_not(tmp_path):
    pdf = _before_a_table(tmp_path, 50, 20)
    assert set(short_pages(pdf)) == {1}


def test_a_short_page_before_a_new_section_is_allowed(tmp_path):
    pdf = _typst_pdf(
        tmp_path,
        "= Del 1\n#block(width: 100%, height: 45%, fill: black)\n#pagebreak()\n= Del 2\nTekst.\n",
    )
    assert section_last_pages(PdfReader(pdf)) == {1, 2}
    assert short_pages(pdf) == {}
