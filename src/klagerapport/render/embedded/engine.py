"""Pandoc (HTML, Typst source) and Typst (PDF) on the staged project, honouring exactly the
options listed in SUPPORTED_OPTIONS (anything else in _quarto.yml is an error).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path

import yaml

from ...errors import BuildError, KlagerapportError
from .. import guard
from ..stage import DOCUMENT, Staged, _text
from . import shortcodes

# Typst checks these while writing the PDF (tagged, alt texts, title, language): PDF/UA-1.
PDF_STANDARDS = ["ua-1"]


# Pandoc's options for every output: the reader and the callout filter.
PANDOC_COMMON = ("-f", "markdown-citations", "--columns=1000", "--lua-filter=filters/callouts.lua")

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
    import typst

    root = staged.root
    options = project_options(root)
    lang = options.get("lang", "nb")
    body = shortcodes.preprocess(
        root / DOCUMENT,
        root=root,
        variables=staged.variables,
        meta=options,
        lang=lang,
        describe=staged.describe,
    )
    (root / "rapport.md").write_text(body, encoding="utf-8")
    from .html import pandoc_html  # html.py builds on this module

    pandoc_html(root, options)
    typst_opts = options.get("format", {}).get("typst") or {}
    title = str(options.get("title", ""))
    common = list(PANDOC_COMMON)

    typst_meta = {
        "title": title,
        "lang": lang,
        "papersize": typst_opts.get("papersize", "a4"),
        "margin": typst_opts.get("margin", {"x": "2.2cm", "y": "2.4cm"}),
        "fontsize": typst_opts.get("fontsize", "10.5pt"),
        "header-right": f"{_text(staged.variables, 'district')} "
        f"{_text(staged.variables, 'year.current')}",
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
    try:
        typst.compile(
            str(root / "rapport.typ"),
            output=str(root / "rapport.pdf"),
            root=str(root),
            ignore_system_fonts=True,  # the wheel's own fonts: the same PDF on every machine
            pdf_standards=PDF_STANDARDS,
        )
    except Exception as err:  # typst.TypstError and friends carry Typst's own message
        raise BuildError(f"Typst feilet: {err}") from None
    shutil.copy2(root / "rapport.html", html_out)
    shutil.copy2(root / "rapport.pdf", pdf_out)


def _write_yaml(file: Path, data: Mapping) -> None:
    file.write_text(yaml.safe_dump(dict(data), allow_unicode=True), encoding="utf-8")
