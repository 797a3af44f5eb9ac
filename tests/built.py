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


def short_pages(pdf: Path) -> dict[int, float]:
    """The pages (from 1) less than MIN_FILL full that do not end a section, with their fill."""
    fill = page_fill(pdf)
    ends = section_last_pages(PdfReader(pdf))
    return {
        page: share
        for page, share in enumerate(fill, start=1)
        if share < MIN_FILL and page not in ends
    }
