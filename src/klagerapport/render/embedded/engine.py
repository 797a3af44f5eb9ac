"""Pandoc (HTML, Typst source) and Typst (PDF) on the staged project, honouring exactly the
options listed in `options.SUPPORTED_OPTIONS` (anything else in _quarto.yml is an error).
"""

from __future__ import annotations

import base64
import datetime as dt
import re
import shutil
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import yaml

from ...errors import BuildError, KlagerapportError
from ...publish import reproducible
from .. import guard, pandoc_run, safety
from ..stage import DOCUMENT, Staged, metadata, variable_text
from . import shortcodes
from .options import CAPTION_OPTIONS, CAPTION_PLACES, PARTIALS, as_list, project_options

# This engine's own files: its Pandoc template pieces for Typst (assembled with the project's
# template partials the way Quarto assembles its template) and its callout filter.
HERE = Path(__file__).parent
TEMPLATE_DIR = HERE / "typst"
CALLOUTS = HERE / "filters" / "callouts.lua"
# Quarto passes an image's fig-alt to Typst itself; Pandoc's Typst writer drops it.
IMAGE_ALT = HERE / "filters" / "typst-images.lua"
WORK = ".embedded"  # this engine's working files inside the staged project
# Raw Typst/LaTeX and raw attributes are never read; raw HTML only as comments, which are
# stripped (checked_body refuses any other raw HTML); resources only from the staging folder.
READER = "markdown-citations-raw_attribute-raw_tex"

# A chart's narrow drawing as report/filters/html-a11y.lua leaves it for this engine to embed.
NARROW_SOURCE = re.compile(r'(<source media="[^"<>]*" srcset=")([\w/-]+\.svg)(">)')


def pandoc(args: list[str], cwd: Path) -> None:
    proc = pandoc_run.run(args, cwd=cwd)
    if proc.returncode != 0:
        raise BuildError(f"Pandoc feilet ({' '.join(args[-3:])}):\n{proc.stderr.strip()}")


def render_embedded(staged: Staged, html_out: Path, pdf_out: Path) -> None:
    """Pandoc (HTML, Typst source) and Typst (PDF) on the staged project."""
    root = staged.root
    options = project_options(root)
    meta = metadata(root)
    work = root / WORK
    work.mkdir()
    html_opts = options.get("format", {}).get("html") or {}
    typst_opts = options.get("format", {}).get("typst") or {}
    # The two conversions share nothing but the staged project they read; each spends most of
    # its time waiting for Pandoc or Typst, so they run side by side.
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="render") as pool:
        done = [
            pool.submit(_render_html, staged, meta, html_opts, work),
            pool.submit(_render_pdf, staged, meta, typst_opts, work),
        ]
    for future in done:
        future.result()  # the HTML's error first, as when they ran one after the other
    shutil.copy2(work / "rapport.html", html_out)
    shutil.copy2(work / "rapport.pdf", pdf_out)


def _body(staged: Staged, meta: Mapping, *, label_captions: bool) -> str:
    return checked_body(staged, meta, label_captions=label_captions)


def _common(work: Path) -> list[str]:
    return [
        "-f",
        READER,
        "--strip-comments",
        "--columns=1000",
        f"--lua-filter={CALLOUTS}",
        f"--resource-path={work.parent}",
    ]


def write_html_meta(staged: Staged, meta: Mapping, html_opts: Mapping, work: Path) -> None:
    title = str(meta.get("title", ""))
    district = variable_text(staged.variables, "district")
    place = f"{district} {variable_text(staged.variables, 'year.current')}"
    html_meta = {
        "title": title,
        # the browser tab and screen readers: what, which edition, where and when
        "pagetitle": str(meta.get("pagetitle") or f"{title} – {place}"),
        "lang": meta.get("lang", "nb"),
        "toc-title": html_opts.get("toc-title", ""),
    }
    for key in ("kilde", "subtitle", "author", "date"):  # page 1's facts: render/finality.py
        if meta.get(key):
            html_meta[key] = str(meta[key])
    _write_yaml(work / "meta-html.yml", html_meta)


def html_args(
    html_opts: Mapping, work: Path, *, embed: bool | None = None, standalone: bool = True
) -> list[str]:
    """Pandoc's options for the HTML page; a fragment (not standalone) has no page around it.
    `embed` overrides embed-resources (the live preview links the staged files instead)."""
    args = [*_common(work), "-t", "html5"]
    if standalone:
        args += ["--standalone", f"--metadata-file={WORK}/meta-html.yml"]
        if html_opts.get("embed-resources", True) if embed is None else embed:
            args.append("--embed-resources")
        if html_opts.get("toc"):
            args += ["--toc", f"--toc-depth={html_opts.get('toc-depth', 2)}"]
        if html_opts.get("css"):
            args.append(f"--css={html_opts['css']}")
        if html_opts.get("include-before-body"):
            args.append(f"--include-before-body={html_opts['include-before-body']}")
    if html_opts.get("reference-location"):
        args.append(f"--reference-location={html_opts['reference-location']}")
    if html_opts.get("shift-heading-level-by"):
        args.append(f"--shift-heading-level-by={int(html_opts['shift-heading-level-by'])}")
    for option, pandoc_option in CAPTION_OPTIONS.items():
        if html_opts.get(option):
            args.append(f"--{pandoc_option}={CAPTION_PLACES[html_opts[option]]}")
    args += [f"--lua-filter={f}" for f in html_opts.get("filters", [])]
    return args


def _render_html(staged: Staged, meta: Mapping, html_opts: Mapping, work: Path) -> None:
    root = staged.root
    (work / "rapport-html.md").write_text(_body(staged, meta, label_captions=True), "utf-8")
    write_html_meta(staged, meta, html_opts, work)
    args = html_args(html_opts, work)
    pandoc([*args, "-o", f"{WORK}/rapport.html", f"{WORK}/rapport-html.md"], root)
    html = (work / "rapport.html").read_text(encoding="utf-8")
    if html_opts.get("embed-resources", True):
        html = embed_narrow_charts(html, root)
        (work / "rapport.html").write_text(html, encoding="utf-8")
    guard.check_no_shortcodes(html, "rapport.html")


def embed_narrow_charts(html: str, root: Path) -> str:
    """Each chart's narrow drawing (`<source … srcset="figures/<name>-smal.svg">`, written so by
    html-a11y.lua outside Quarto) as a data URI of exactly the file's bytes, as the filter
    writes it under Quarto. Done here, not by the filter, because Pandoc's embedding of the
    page's resources reads the finished page again, a slow pass over every byte of it."""
    inside = root.resolve()

    def data_uri(match: re.Match) -> str:
        file = (inside / match.group(2)).resolve()
        if not file.is_relative_to(inside) or not file.is_file():
            raise BuildError(f"fant ikke figuren {match.group(2)} for smale skjermer")
        encoded = base64.b64encode(file.read_bytes()).decode("ascii")
        return f"{match.group(1)}data:image/svg+xml;base64,{encoded}{match.group(3)}"

    return NARROW_SOURCE.sub(data_uri, html)


def assemble_template(root: Path, work: Path) -> Path:
    """This engine's template pieces and the project's partials in one folder, where Pandoc
    finds `$typst-template.typ()$` and the others next to template.typ (as in Quarto)."""
    folder = work / "typst"
    folder.mkdir()
    for piece in sorted(TEMPLATE_DIR.glob("*.typ")):
        shutil.copy2(piece, folder / piece.name)
    for name in PARTIALS:
        if not (root / name).is_file():
            raise KlagerapportError(f"fant ikke malfilen {name} (template-partials i _quarto.yml)")
        shutil.copy2(root / name, folder / name)
    return folder / "template.typ"


def _render_pdf(staged: Staged, meta: Mapping, typst_opts: Mapping, work: Path) -> None:
    root = staged.root
    (work / "rapport-typst.md").write_text(_body(staged, meta, label_captions=False), "utf-8")
    template = assemble_template(root, work)
    typst_meta = {
        "title": str(meta.get("title", "")),
        "lang": meta.get("lang", "nb"),
        "region": meta.get("region", "NO"),
        "papersize": typst_opts.get("papersize", "a4"),
        "fontsize": typst_opts.get("fontsize", "10.5pt"),
        "rapport": meta.get("rapport", {}),
    }
    if meta.get("kilde"):
        typst_meta["kilde"] = str(meta["kilde"])
    if typst_opts.get("margin"):
        typst_meta["margin"] = typst_opts["margin"]
    _write_yaml(work / "meta-typst.yml", typst_meta)
    filters = [f"--lua-filter={f}" for f in [*typst_opts.get("filters", []), IMAGE_ALT]]
    args = [*_common(work), *filters, "-t", "typst", f"--template={template.relative_to(root)}"]
    args += [f"--metadata-file={WORK}/meta-typst.yml"]
    # The Typst source sits in the project root, so that figures/... resolve as in Quarto.
    pandoc([*args, "-o", "rapport.typ", f"{WORK}/rapport-typst.md"], root)
    source_file = root / "rapport.typ"
    guard.check_no_shortcodes(source_file.read_text(encoding="utf-8"), "PDF")
    safety.compile_typst(  # bounded in time and memory, whatever the source holds
        source_file,
        work / "rapport.pdf",
        root=root,
        ignore_system_fonts=True,  # the project's and the wheel's fonts: the same PDF everywhere
        font_paths=[str(root / p) for p in as_list(typst_opts.get("font-paths"))],
        pdf_standards=as_list(typst_opts.get("pdf-standard")),
        timestamp=pdf_timestamp(staged.variables),  # a fixed creation date: the same bytes
    )


def pdf_timestamp(variables: Mapping) -> int:
    """The PDF's creation date in UNIX seconds (publish/reproducible.py)."""
    created = reproducible.timestamp(int(variables["year"]["current"]))
    return int(created.replace(tzinfo=dt.UTC).timestamp())


def checked_body(staged: Staged, options: Mapping, *, label_captions: bool = True) -> str:
    """The expanded document, refused if it holds raw markup, an outside image or a bad link."""
    lines = document_lines(staged, options, label_captions=label_captions)
    safety.check_document(lines, staged.root, staged.describe)
    return joined(staged, lines)


def document_lines(staged: Staged, options: Mapping, *, label_captions: bool = True) -> list:
    """The expanded document's lines, each with its source file and line (not yet checked)."""
    return shortcodes.preprocess_lines(
        staged.root / DOCUMENT,
        root=staged.root,
        variables=staged.variables,
        meta=options,
        lang=options.get("lang", "nb"),
        describe=staged.describe,
        label_captions=label_captions,
    )


def joined(staged: Staged, lines: list) -> str:
    body = "\n".join(line.text for line in lines) + "\n"
    guard.check_no_shortcodes(body, staged.describe(staged.root / DOCUMENT))
    return body


def _write_yaml(file: Path, data: Mapping) -> None:
    file.write_text(yaml.safe_dump(dict(data), allow_unicode=True), encoding="utf-8")
