"""The embedded engine's HTML step alone: staged project -> Pandoc markdown -> HTML page.

`render_embedded` (engine.py) writes the page with `pandoc_html` on its way to the PDF; the live
preview (klagerapport.preview) re-runs only this step on each save: `render_html` for the whole
page, `render_html_fragment` for one changed piece of it. No PDF, no XLSX, nothing written
outside the staged folder.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from .. import guard
from ..stage import DOCUMENT, Staged
from . import shortcodes
from .engine import PANDOC_COMMON, _pandoc, _write_yaml, project_options


def html_args(
    options: Mapping, *, embed: bool | None = None, standalone: bool = True, meta: str = ""
) -> list:
    """Pandoc's options for the page (a fragment: no page around it, no contents list)."""
    html_opts = options.get("format", {}).get("html") or {}
    args = [*PANDOC_COMMON, "-t", "html5"]
    if standalone:
        args += ["--standalone", f"--metadata-file={meta}"]
        if html_opts.get("embed-resources", True) if embed is None else embed:
            args.append("--embed-resources")
        if html_opts.get("toc"):
            args += ["--toc", f"--toc-depth={html_opts.get('toc-depth', 2)}"]
        if html_opts.get("css"):
            args.append(f"--css={html_opts['css']}")
    args += [f"--lua-filter={f}" for f in html_opts.get("filters", [])]
    return args


def pandoc_html(
    root: Path, options: Mapping, *, embed: bool | None = None, name: str = "rapport"
) -> None:
    """Pandoc: the staged <name>.md -> <name>.html (each name its own metadata file, so that
    two pages can be made at once)."""
    html_opts = options.get("format", {}).get("html") or {}
    html_meta = {
        "title": str(options.get("title", "")),
        "lang": options.get("lang", "nb"),
        "toc-title": html_opts.get("toc-title", ""),
    }
    meta = "meta-html.yml" if name == "rapport" else f"meta-{name}.yml"
    _write_yaml(root / meta, html_meta)
    args = html_args(options, embed=embed, meta=meta)
    _pandoc([*args, "-o", f"{name}.html", f"{name}.md"], root)


def html_markdown(staged: Staged) -> tuple[dict, str]:
    """The project's options and its document as plain Pandoc markdown (the page's source)."""
    options = project_options(staged.root)
    body = shortcodes.preprocess(
        staged.root / DOCUMENT,
        root=staged.root,
        variables=staged.variables,
        meta=options,
        lang=options.get("lang", "nb"),
        describe=staged.describe,
    )
    return options, body


def render_html(
    staged: Staged, *, embed: bool = False, markdown: str | None = None, name: str = "rapport"
) -> str:
    """The whole page from a project staged earlier. With `embed=False` it links the staged
    stylesheet and figures instead of inlining them (faster). `markdown`: html_markdown's
    output, when the caller has it already; `name`: the staged files' name (<name>.md/.html)."""
    root = staged.root
    if markdown is None:
        options, markdown = html_markdown(staged)
    else:
        options = project_options(root)
    (root / f"{name}.md").write_text(markdown, encoding="utf-8")
    pandoc_html(root, options, embed=embed, name=name)
    html = (root / f"{name}.html").read_text(encoding="utf-8")
    guard.check_no_shortcodes(html, "rapport.html")
    return html


def render_html_fragment(staged: Staged, options: Mapping, markdown: str) -> str:
    """A piece of the page's markdown as HTML, through the page's filters."""
    root = staged.root
    (root / "del.md").write_text(markdown, encoding="utf-8")
    _pandoc([*html_args(options, standalone=False), "-o", "del.html", "del.md"], root)
    html = (root / "del.html").read_text(encoding="utf-8")
    guard.check_no_shortcodes(html, "rapport.html")
    return html
