"""Helpers for tests that read a built report: the published figures and text normalisation."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from pypdf import PdfReader

from klagerapport import paths
from klagerapport.fmt import NBSP


def published() -> dict:
    """The published Oslo 2019 figures (data/reference/published/oslo-2019.yml)."""
    with open(paths.published_reference("Oslo", 2019), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def norm(text: str) -> str:
    """Whitespace (and non-breaking spaces) collapsed, for comparing rendered text."""
    return re.sub(r"\s+", " ", text.replace(NBSP, " ")).strip()


def struct_types(reader: PdfReader) -> list[tuple[str, str]]:
    """(structure type, its text as far as the tree says) of a tagged PDF, in reading order."""
    found = []

    def walk(node):
        node = node.get_object()
        if "/S" in node:
            found.append((str(node["/S"]), str(node.get("/T", ""))))
        kids = node.get("/K")
        kids = kids if isinstance(kids, list) else [kids]
        for kid in kids:
            kid = kid.get_object() if hasattr(kid, "get_object") else kid
            if isinstance(kid, dict):
                walk(kid)

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    return found


def link_descriptions(reader: PdfReader) -> list[str]:
    return [
        str(a.get_object().get("/Contents"))
        for page in reader.pages
        for a in page.get("/Annots", [])
        if a.get_object().get("/Subtype") == "/Link"
    ]


MIN_FILL = 0.8  # a page, except a section's last, is at least this full


def _margins_pt() -> tuple[float, float]:
    """The PDF's top and bottom margins (points), from _quarto.yml."""
    options = yaml.safe_load((paths.ROOT / "_quarto.yml").read_text(encoding="utf-8"))
    margin = options["format"]["typst"]["margin"]
    top = margin.get("top", margin.get("y"))
    bottom = margin.get("bottom", margin.get("y"))
    return tuple(float(str(m).removesuffix("cm")) / 2.54 * 72 for m in (top, bottom))


def page_fill(pdf: Path) -> list[float]:
    """How full each page of `pdf` is: the share of the text area (inside the top and bottom
    margins, so not the running header or the page number) down to its last inked row."""
    import numpy as np
    import pypdfium2

    top, bottom = _margins_pt()
    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        shares = []
        for page in doc:
            image = np.asarray(page.render(scale=1).to_pil().convert("L"))
            area = image[round(top) : image.shape[0] - round(bottom)]
            inked = np.flatnonzero((area < 200).any(axis=1))
            shares.append((inked[-1] + 1) / area.shape[0] if len(inked) else 0.0)
        return shares
    finally:
        doc.close()


# A heading whose outline destination lies this close to the top of the text area is the
# first thing on its page (Typst's destination sits a little above the heading's text).
HEADING_AT_TOP_PT = 15.0


def section_last_pages(reader: PdfReader) -> set[int]:
    """The pages (from 1) on which a section ends: the document's last page, and each page
    followed by a page that starts with a section's heading (a top-level outline entry at the
    top of the text area). A page followed by one that opens with anything else (a chart
    floated there, the rest of a table) does not end its section."""
    top_margin, _ = _margins_pt()
    last = {len(reader.pages)}
    for item in reader.outline:
        if isinstance(item, list):  # the subsections of the entry before
            continue
        page = reader.get_destination_page_number(item)
        height = float(reader.pages[page].mediabox.height)
        if page > 0 and float(item.top) >= height - top_margin - HEADING_AT_TOP_PT:
            last.add(page)  # page is 0-based: the page before, counted from 1
    return last


# The room a table takes above its title and the last line's spacing, as a share of the text
# area (about 21 pt): a table block this much shorter than a page's empty part would have fit.
TABLE_SPACING = 0.03


def table_openings(pdf: Path) -> dict[int, float]:
    """The pages (from 1) that open with a table's title, each with the height of that table's
    block, its title to its «Kilde» line, as a share of the text area (a table kept whole,
    typst-template.typ's rapport-table-block, moves to the next page when it does not fit)."""
    import pypdfium2

    top, bottom = _margins_pt()
    doc = pypdfium2.PdfDocument(str(pdf))
    found = {}
    try:
        for number, page in enumerate(doc, start=1):
            height = page.get_height()
            text = page.get_textpage()
            title = text.search("Tabell ", match_case=True).get_next()
            if title is None:
                continue
            title_top = text.get_charbox(title[0])[3]
            if title_top < height - top - HEADING_AT_TOP_PT:
                continue  # not the first thing on the page
            source = text.search("Kilde:", match_case=True, index=title[0]).get_next()
            if source is not None:
                source_bottom = text.get_charbox(source[0])[1]
                found[number] = (title_top - source_bottom) / (height - top - bottom)
    finally:
        doc.close()
    return found


def short_pages(pdf: Path) -> dict[int, float]:
    """The pages (from 1) less than MIN_FILL full that do not end a section, with their fill;
    not those followed by a page that opens with a table kept whole that did not fit in them
    (its block taller than their empty part)."""
    fill = page_fill(pdf)
    ends = section_last_pages(PdfReader(pdf))
    moved = table_openings(pdf)
    return {
        page: share
        for page, share in enumerate(fill, start=1)
        if share < MIN_FILL
        and page not in ends
        and moved.get(page + 1, 0.0) + TABLE_SPACING <= 1 - share
    }


# What the report includes where a table (and its chart) is placed (render/stage.py, `block`).
PLACED = re.compile(r"\{\{< include /(tables|figures)/([\w-]+)\.md >\}\}")


def placed(build: Path) -> list[tuple[str, str]]:
    """(tables|figures, name) of every table and chart the build's report shows, in order: the
    includes of its Quarto project's places (quarto-prosjekt/_plassering/)."""
    found = []
    for place in sorted((build / "quarto-prosjekt" / "_plassering").glob("*.qmd")):
        found += PLACED.findall(place.read_text(encoding="utf-8"))
    return found


def _unescape(markdown: str) -> str:
    return norm(re.sub(r"\\(.)", r"\1", markdown))


def _table_md(path: Path) -> tuple[str, str]:
    """A table's title and its last row as the PDF's text gives it (cells joined by spaces),
    from the build's tables/<name>.md (a pipe table, then `: <title> {#tbl-<name>}`)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    [title] = [line[2:].split(" {#tbl-")[0] for line in lines if line.startswith(": ")]
    rows = [line for line in lines if line.startswith("|")]
    cells = rows[-1].strip().strip("|").split("|")
    return _unescape(title), " ".join(_unescape(cell) for cell in cells)


def _figure_title(path: Path) -> str:
    """A chart's title, from the build's figures/<name>.md (`![<title>](...){#fig-...}`)."""
    text = path.read_text(encoding="utf-8")
    return _unescape(text[text.index("![") + 2 : text.index("](")])


def sources_apart(build: Path) -> list[str]:
    """Every table of the build's PDF whose «Kilde: …» line is not on the page of its last row
    (or that a chart interrupts), and every chart whose «Kilde» is not on the page of its title,
    as messages (empty: all are together). A table or chart the PDF's text does not show is a
    message too, so the check cannot pass by finding nothing."""
    pages = [norm(page.extract_text()) for page in PdfReader(build / "rapport.pdf").pages]
    text = "\f".join(pages)

    def page_of(index: int) -> int:
        return text.count("\f", 0, index) + 1

    problems = []
    shown = placed(build)
    if not shown:
        return [f"{build}: ingen tabeller eller figurer plassert"]
    for kind, name in shown:
        if kind == "tables":
            title, last = _table_md(build / "tables" / f"{name}.md")
            heading = re.search(rf"Tabell \d+: {re.escape(title)}", text)
            row = text.find(last, heading.end()) if heading else -1
            if row < 0:
                problems.append(f"{name}: tittelen eller siste rad («{last}») finnes ikke")
                continue
            end, what = row + len(last), f"siste rad («{last}»)"
            if re.search(r"Figur \d+: ", text[heading.end() : row]):  # a chart floated into it
                problems.append(f"{name}: en figur står mellom tittelen og siste rad")
        else:
            title = _figure_title(build / "figures" / f"{name}.md")
            heading = re.search(rf"Figur \d+: {re.escape(title)}", text)
            if heading is None:
                problems.append(f"{name}: figurtittelen «{title}» finnes ikke")
                continue
            end, what = heading.end(), "tittelen"
        source = text.find("Kilde:", end)
        if source < 0 or page_of(source) != page_of(end - 1):
            found = page_of(source) if source >= 0 else "ingen"
            problems.append(f"{kind}/{name}: {what} på side {page_of(end - 1)}, «Kilde» på {found}")
    return problems
