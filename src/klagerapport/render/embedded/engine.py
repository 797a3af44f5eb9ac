"""Pandoc (HTML, Typst source) and Typst (PDF) on the staged project, honouring exactly the
options listed in SUPPORTED_OPTIONS (anything else in _quarto.yml is an error).
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path

import yaml

from ...errors import BuildError, KlagerapportError
from ...publish import escape, reproducible
from .. import guard, safety
from ..stage import DOCUMENT, Staged, _text
from . import shortcodes

# Typst checks these while writing the PDF (tagged, alt texts, title, language): PDF/UA-1.
PDF_STANDARDS = ["ua-1"]
READER = "markdown-citations-raw_attribute-raw_tex"


# Options of _quarto.yml and the document's front matter that the embedded engine honours.
SUPPORTED_OPTIONS = {
    "project": {"type", "render"},
    "format.html": {"toc", "toc-depth", "toc-title", "embed-resources", "css", "filters"},
    "format.typst": {"papersize", "margin", "fontsize", "toc", "filters"},
    "": {"project", "lang", "format", "title"},
}


def project_options(root: Path) -> dict:
    """_quarto.yml merged with the document's front matter; unsupported options are errors."""
    with open(root / "_quarto.yml", encoding="utf-8") as fh:
        options = yaml.safe_load(fh) or {}
    front, _, _ = shortcodes.split_front_matter((root / DOCUMENT).read_text(encoding="utf-8"))
    options.update(front)
    _check_supported(options, "")
    _check_supported(options.get("project", {}), "project")
    fmt = options.get("format", {})
    if set(fmt) - {"html", "typst"}:
        raise KlagerapportError(f"_quarto.yml: bare formatene html og typst støttes: {set(fmt)}")
    for name in ("html", "typst"):
        _check_supported(fmt.get(name) or {}, f"format.{name}")
    return options


def _check_supported(options: Mapping, where: str) -> None:
    unknown = set(options) - SUPPORTED_OPTIONS[where]
    if unknown:
        place = f"{where}: " if where else ""
        raise KlagerapportError(
            f"_quarto.yml/{DOCUMENT}: {place}valget {', '.join(sorted(unknown))} støttes ikke "
            "av den innebygde motoren (se docs/quarto-subset.md)"
        )


def _pandoc(args: list[str], cwd: Path) -> None:
    import pypandoc

    proc = subprocess.run(
        [pypandoc.get_pandoc_path(), *args], cwd=cwd, capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        raise BuildError(f"Pandoc feilet ({' '.join(args[-3:])}):\n{proc.stderr.strip()}")


def render_embedded(staged: Staged, html_out: Path, pdf_out: Path) -> None:
    """Pandoc (HTML, Typst source) and Typst (PDF) on the staged project."""
    root = staged.root
    options = project_options(root)
    lang = options.get("lang", "nb")
    body = checked_body(staged, options)
    (root / "rapport.md").write_text(body, encoding="utf-8")
    html_opts = options.get("format", {}).get("html") or {}
    typst_opts = options.get("format", {}).get("typst") or {}
    title = str(options.get("title", ""))
    # Raw Typst/LaTeX and raw attributes are never read; raw HTML only as comments, which are
    # stripped (checked_body refuses any other raw HTML); resources only from the staging folder.
    common = ["-f", READER, "--strip-comments", "--resource-path=.", "--columns=1000"]
    common.append("--lua-filter=filters/callouts.lua")

    html_meta = {"title": title, "lang": lang, "toc-title": html_opts.get("toc-title", "")}
    _write_yaml(root / "meta-html.yml", html_meta)
    args = [*common, "-t", "html5", "--standalone", "--metadata-file=meta-html.yml"]
    if html_opts.get("embed-resources", True):
        args.append("--embed-resources")
    if html_opts.get("toc"):
        args += ["--toc", f"--toc-depth={html_opts.get('toc-depth', 2)}"]
    if html_opts.get("css"):
        args.append(f"--css={html_opts['css']}")
    args += [f"--lua-filter={f}" for f in html_opts.get("filters", [])]
    _pandoc([*args, "-o", "rapport.html", "rapport.md"], root)

    typst_meta = {
        "title": title,
        "lang": lang,
        "papersize": typst_opts.get("papersize", "a4"),
        "margin": typst_opts.get("margin", {"x": "2.2cm", "y": "2.4cm"}),
        "fontsize": typst_opts.get("fontsize", "10.5pt"),
        # Pandoc reads metadata as Markdown: the district is data, so escaped.
        "header-right": escape.markdown(
            f"{_text(staged.variables, 'district')} {_text(staged.variables, 'year.current')}"
        ),
    }
    _write_yaml(root / "meta-typst.yml", typst_meta)
    filters = [f"--lua-filter={f}" for f in typst_opts.get("filters", [])]
    args = [*common, *filters, "-t", "typst", "--template=rapport.typst"]
    _pandoc([*args, "--metadata-file=meta-typst.yml", "-o", "rapport.typ", "rapport.md"], root)

    html = (root / "rapport.html").read_text(encoding="utf-8")
    guard.check_no_shortcodes(html, "rapport.html")
    source = (root / "rapport.typ").read_text(encoding="utf-8")
    guard.check_no_shortcodes(source, "PDF")
    # Pandoc centres every table in a shrink-wrapped box, where percent column widths collapse;
    # a full-width block resolves them against the text width (flush left, as the form).
    if source.count("#table(") != source.count("align(center)[#table("):
        raise BuildError("uventet tabellformat fra Pandocs Typst-skriver (ny Pandoc-versjon?)")
    source = source.replace("align(center)[#table(", "block(width: 100%)[#table(")
    (root / "rapport.typ").write_text(source, encoding="utf-8")
    safety.compile_typst(  # bounded in time and memory, whatever the source holds
        root / "rapport.typ",
        root / "rapport.pdf",
        root=root,
        ignore_system_fonts=True,  # the wheel's own fonts: the same PDF on every machine
        pdf_standards=PDF_STANDARDS,
        timestamp=pdf_timestamp(staged.variables),  # a fixed creation date: the same bytes
    )
    shutil.copy2(root / "rapport.html", html_out)
    shutil.copy2(root / "rapport.pdf", pdf_out)


def pdf_timestamp(variables: Mapping) -> int:
    """The PDF's creation date in UNIX seconds (publish/reproducible.py)."""
    created = reproducible.timestamp(int(_text(variables, "year.current")))
    return int(created.replace(tzinfo=dt.UTC).timestamp())


def checked_body(staged: Staged, options: Mapping) -> str:
    """The expanded document, refused if it holds raw markup, an outside image or a bad link."""
    lines = shortcodes.preprocess_lines(
        staged.root / DOCUMENT,
        root=staged.root,
        variables=staged.variables,
        meta=options,
        lang=options.get("lang", "nb"),
        describe=staged.describe,
    )
    safety.check_document(lines, staged.root, staged.describe)
    body = "\n".join(line.text for line in lines) + "\n"
    guard.check_no_shortcodes(body, staged.describe(staged.root / DOCUMENT))
    return body


def _write_yaml(file: Path, data: Mapping) -> None:
    file.write_text(yaml.safe_dump(dict(data), allow_unicode=True), encoding="utf-8")
