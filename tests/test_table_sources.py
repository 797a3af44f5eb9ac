"""A table's «Kilde» line (and its notes) stays on the page of the table's last row, wherever
the page ends (issue 19: in Oslo 2019's public PDF Table 2's source fell to page 2, under
Figure 1). The tables go through the project's own filters/kilde.lua and typst-template.typ,
as Pandoc writes them (the embedded engine) and in the shape Quarto 1.11's Typst writer gives
them; each table starts at a sweep of heights down its page, so every break point is tried:
a table up to half a page is kept whole, a longer one breaks with its header repeated and its
source after its last row. The same check on every built PDF: tests/test_report_pdf.py and
tests/test_public_edition.py (`built.sources_apart`)."""

from __future__ import annotations

import itertools
import re
import subprocess

import pytest
from built import norm
from pypdf import PdfReader

from klagerapport import paths, typeface

FILTERS = paths.REPORT_DIR / "filters"
SOURCE = "Kilden til tabellene"
# (body rows, the heights in points the table starts at, down page 1); 12 rows fit in half a
# page, 70 rows in no page
ROWS = (3, 12, 30, 70)
STARTS = range(300, 700, 50)


def _cases() -> list[tuple[int, int, int]]:
    """(case number, body rows, start height) for every combination."""
    return [(k, *case) for k, case in enumerate(itertools.product(ROWS, STARTS))]


def _filler(start: int) -> str:
    return f"#block(width: 100%, height: {start}pt, fill: luma(120))"


def _pandoc_body() -> str:
    """The cases as Markdown (a filler, a pipe table with its title and a note, a page break),
    through Pandoc with the report's Typst filters, as the embedded engine runs them."""
    import pypandoc

    parts = []
    for k, rows, start in _cases():
        lines = ["| Avgjørelse | Antall |", "|:---|---:|"]
        lines += [f"| R{k}-{i} | {i} |" for i in range(1, rows)] + [f"| Sum{k} | {rows} |"]
        parts.append(
            f"```{{=typst}}\n{_filler(start)}\n```\n\n"
            + "\n".join(lines)
            + f"\n\n: Tittel {k} {{#tbl-t{k}}}\n\n::: {{.tabellnote}}\nMerknad {k}.\n:::\n\n"
            + "```{=typst}\n#pagebreak()\n```\n"
        )
    proc = subprocess.run(
        [
            pypandoc.get_pandoc_path(),
            "-f",
            "markdown",
            "-t",
            "typst",
            f"--lua-filter={FILTERS / 'kilde.lua'}",
            f"--lua-filter={FILTERS / 'typst-tables.lua'}",
            "--metadata",
            f"kilde={SOURCE}",
        ],
        input="\n".join(parts),
        capture_output=True,
        text=True,
        check=True,
    )
    return proc.stdout


def _quarto_body() -> str:
    """The same cases in the shape Quarto 1.11's Typst writer gives a table float, with the
    raw blocks filters/kilde.lua puts around it (it runs before Quarto's own filters)."""
    parts = []
    for k, rows, start in _cases():
        cells = ", ".join(f"[R{k}-{i}], [{i}]" for i in range(1, rows))
        if rows == 30:  # a label spanning two rows (a grid table's): the rows still count
            cells = cells.replace(
                f"[R{k}-1], [1], [R{k}-2], [2]", f"table.cell(rowspan: 2)[R{k}-1], [1], [2]"
            )
        parts.append(
            f"{_filler(start)}\n\n#rapport-table-block[\n"
            + "#figure([\n#table(columns: 2, align: (left, right), "
            + f"table.header([Avgjørelse], [Antall]), {cells}, [Sum{k}], [{rows}])\n"
            + f"], caption: figure.caption(\nposition: top, \n[\nTittel {k}\n]), \n"
            + f'kind: "quarto-float-tbl", \nsupplement: "Tabell", \n)\n<tbl-t{k}>\n'
            + f"][\nMerknad {k}.\n\nKilde: {SOURCE}\n]\n\n#pagebreak()\n"
        )
    return "\n".join(parts)


def _pages(tmp_path, body: str) -> list[str]:
    """The body under the report's template on A4 with _quarto.yml's margins: each page's text."""
    import typst

    source = (paths.REPORT_DIR / "typst-template.typ").read_text(encoding="utf-8")
    source += (
        '\n#set page(paper: "a4", margin: (x: 3.6cm, y: 2.3cm))\n'
        + "#show: doc => rapport(title: [Prøve], doc)\n"
        + body
    )
    (tmp_path / "t.typ").write_text(source, encoding="utf-8")
    typst.compile(
        str(tmp_path / "t.typ"),
        output=str(tmp_path / "t.pdf"),
        font_paths=[str(typeface.source_folder())],
        ignore_system_fonts=True,
    )
    return [norm(page.extract_text()) for page in PdfReader(tmp_path / "t.pdf").pages]


def _page_of(pages: list[str], pattern: str) -> int:
    [page] = [n for n, text in enumerate(pages) if re.search(pattern, text)]
    return page


@pytest.mark.parametrize("shape", ["pandoc", "quarto"])
def test_a_tables_source_is_on_the_page_of_its_last_row_wherever_the_page_ends(tmp_path, shape):
    pages = _pages(tmp_path, _pandoc_body() if shape == "pandoc" else _quarto_body())
    half_page = 0
    for k, rows, start in _cases():
        where = f"{rows} rader fra {start} pt"
        title = _page_of(pages, rf"Tabell \d+: Tittel {k}\b")
        last = _page_of(pages, rf"\bSum{k} {rows}\b")
        note = _page_of(pages, rf"\bMerknad {k}\.")
        assert note == last, f"merknaden er ikke på siden med siste rad ({where})"
        after = pages[last][pages[last].index(f"Merknad {k}.") :]
        assert f"Kilde: {SOURCE}" in after, f"«Kilde» er ikke på siden med siste rad ({where})"
        if rows <= 12:  # up to half a page: one piece
            assert title == last, f"tabellen er delt ({where})"
            half_page += 1
        for page in range(title + 1, last + 1):  # every page the table goes on to
            assert "Avgjørelse Antall" in pages[page], f"uten overskriftsrad side {page + 1}"
        if rows == 70:
            assert last > title  # longer than a page: it does break
    assert half_page == 2 * len(STARTS)


def test_a_broken_tables_source_is_drawn_below_its_last_row(tmp_path):
    """The room kept under a broken table's last row holds its notes and source, below the
    row's text and above the page's foot (never drawn over the row, never off the page)."""
    import pypdfium2

    _pages(tmp_path, _quarto_body())
    doc = pypdfium2.PdfDocument(str(tmp_path / "t.pdf"))
    height = 841.89
    checked = 0
    try:
        for page in doc:
            text = page.get_textpage()
            for k, rows, _start in _cases():
                if rows <= 12:
                    continue
                row = text.search(f"Sum{k}", match_case=True, match_whole_word=True).get_next()
                if row is None:
                    continue
                row_bottom = text.get_charbox(row[0])[1]
                note = text.search(f"Merknad {k}.", match_case=True).get_next()
                source = text.search("Kilde:", match_case=True, index=note[0]).get_next()
                note_top = text.get_charbox(note[0])[3]
                source_bottom = text.get_charbox(source[0])[1]
                assert note_top < row_bottom, f"merknaden over siste rad (tabell {k})"
                assert source_bottom > 2.3 / 2.54 * 72, f"«Kilde» i bunnmargen (tabell {k})"
                assert source_bottom < height
                checked += 1
    finally:
        doc.close()
    assert checked == (len(ROWS) - 2) * len(STARTS)


def _build_with(tmp_path, typst_body: str):
    """A stand-in build folder: one placed table (tables/t.md), and a PDF made of `typst_body`."""
    import typst

    build = tmp_path / "bygg"
    (build / "tables").mkdir(parents=True)
    (build / "quarto-prosjekt" / "_plassering").mkdir(parents=True)
    (build / "tables" / "t.md").write_text(
        "| Avgjørelse | Antall |\n|:---|---:|\n| Avvist | 2 |\n| Sum | 3 |\n\n"
        ": Tittelen {#tbl-t}\n",
        encoding="utf-8",
    )
    (build / "quarto-prosjekt" / "_plassering" / "p.qmd").write_text(
        "{{< include /tables/t.md >}}\n", encoding="utf-8"
    )
    (build / "t.typ").write_text(typst_body, encoding="utf-8")
    typst.compile(str(build / "t.typ"), output=str(build / "rapport.pdf"))
    return build


def test_the_check_finds_a_source_on_another_page_than_the_last_row(tmp_path):
    from built import sources_apart

    table = "Tabell 1: Tittelen\n\nAvgjørelse Antall\n\nAvvist 2\n\nSum 3\n\n"
    apart = _build_with(tmp_path / "a", table + "#pagebreak()\nKilde: Kilden\n")
    assert sources_apart(apart) == ["tables/t: siste rad («Sum 3») på side 1, «Kilde» på 2"]
    together = _build_with(tmp_path / "b", table + "Kilde: Kilden\n")
    assert sources_apart(together) == []
    missing = _build_with(tmp_path / "c", "Tabell 1: En annen\n\nKilde: Kilden\n")
    assert sources_apart(missing) == ["t: tittelen eller siste rad («Sum 3») finnes ikke"]
