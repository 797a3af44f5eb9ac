"""After the engine: the rendered HTML and PDF hold no leftover, the PDF has the report's
design, and every piece of the document is in both."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from ...errors import Problem
from .. import completeness
from .leftovers import output_problems, visible_html
from .pdf import pdf_design_problems, pdf_text
from .problems import raise_problems
from .source import Source


def check_outputs(
    html: Path,
    pdf: Path,
    source: Source,
    meta: Mapping | None = None,
    variables: Mapping | None = None,
) -> None:
    """The rendered HTML and PDF carry no leftover of an unresolved placeholder, (given the
    document's metadata) the PDF has the report's design, and (given the values too) every
    piece of the document is in both (render/completeness.py)."""
    raw = html.read_text(encoding="utf-8")
    text = visible_html(raw)
    problems = output_problems(text, "rapport.html", source, html=True, variables=variables)
    pages = pdf_text(pdf)
    for number, page in enumerate(pages, start=1):
        problems += output_problems(
            page, "rapport.pdf", source, html=False, page=number, variables=variables
        )
    if meta is not None:
        problems += pdf_design_problems(pdf, meta, pages)
        if variables is not None:
            problems += completeness_problems(raw, pages, source, variables, meta)
    raise_problems(problems)


def completeness_problems(
    html: str | None, pages: list[str] | None, source: Source, variables: Mapping, meta: Mapping
) -> list[Problem]:
    """The first piece of the document missing from the HTML and from the PDF's text."""
    expected = completeness.pieces(source.lines, variables, meta)
    found = []
    if html is not None:
        text, ids = completeness.html_text(html)
        lost = completeness.missing(expected, text, ids)
        found.append(completeness.problem("rapport.html", expected, lost))
    if pages is not None:
        lost = completeness.missing(expected, "\n".join(pages))
        found.append(completeness.problem("rapport.pdf", expected, lost))
    return [p for p in found if p]
