"""The embedded engine's HTML step alone, for the live preview (klagerapport.preview).

`prepare` once per staged project (options, metadata, the engine's work folder); then
`html_lines`, `check` (the whole document, or only the part that changed) and `html_markdown`
give the page's Pandoc markdown, `render_html` the whole page and
`render_html_fragment` one piece of it, with the same Pandoc options and filters as
`render_embedded` (engine.py). No PDF, no XLSX, nothing written outside the staged folder.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .. import guard, safety
from ..stage import Staged, metadata
from .engine import (
    WORK,
    document_lines,
    embed_narrow_charts,
    html_args,
    joined,
    pandoc,
    write_html_meta,
)
from .options import project_options


@dataclass(frozen=True)
class Prepared:
    """What every render of one staged project shares."""

    html_opts: Mapping
    meta: Mapping
    work: Path


def prepare(staged: Staged) -> Prepared:
    options = project_options(staged.root)  # unsupported options are errors here too
    html_opts = options.get("format", {}).get("html") or {}
    meta = metadata(staged.root)
    work = staged.root / WORK
    work.mkdir(exist_ok=True)
    write_html_meta(staged, meta, html_opts, work)
    return Prepared(html_opts, meta, work)


def html_lines(staged: Staged, prepared: Prepared) -> list:
    """The page's document, line by line (includes, placeholders, captions done; unchecked)."""
    return document_lines(staged, prepared.meta, label_captions=True)


def check(staged: Staged, lines: list) -> None:
    """The engine's safety check (render/safety.py) on the whole document or on a part of it:
    no raw markup, no outside image, no bad link; a KlagerapportError naming file and line."""
    safety.check_document(lines, staged.root, staged.describe)


def html_markdown(staged: Staged, lines: list) -> str:
    """The lines as the page's Pandoc markdown (guarded against leftover placeholders)."""
    return joined(staged, lines)


def render_html(
    staged: Staged, prepared: Prepared, markdown: str, *, name: str = "rapport", embed=False
) -> str:
    """The whole page. With `embed=False` it links the staged stylesheet and figures instead of
    inlining them (faster). `name`: the working files' name, so two pages can be made at once."""
    (prepared.work / f"{name}-html.md").write_text(markdown, encoding="utf-8")
    args = html_args(prepared.html_opts, prepared.work, embed=embed)
    pandoc([*args, "-o", f"{WORK}/{name}.html", f"{WORK}/{name}-html.md"], staged.root)
    html = (prepared.work / f"{name}.html").read_text(encoding="utf-8")
    if embed:
        html = embed_narrow_charts(html, staged.root)
    guard.check_no_shortcodes(html, "rapport.html")
    return html


def render_html_fragment(staged: Staged, prepared: Prepared, markdown: str) -> str:
    """A piece of the page's markdown as HTML, through the page's filters."""
    (prepared.work / "del-html.md").write_text(markdown, encoding="utf-8")
    args = html_args(prepared.html_opts, prepared.work, standalone=False)
    pandoc([*args, "-o", f"{WORK}/del.html", f"{WORK}/del-html.md"], staged.root)
    html = (prepared.work / "del.html").read_text(encoding="utf-8")
    guard.check_no_shortcodes(html, "rapport.html")
    return html
