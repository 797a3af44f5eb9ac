"""Staging the report's Quarto project and rendering it to rapport.html, rapport.pdf, tabeller.xlsx.

A run folder (outputs/<district>/<year>/) holds tables/, figures/ and _variables.yml. Rendering
copies them, with _quarto.yml, report/ and the analysts' commentary, into a temporary Quarto
project and renders that with the Quarto CLI (engine "quarto") or with Pandoc + Typst
(engine "embedded", see shortcodes.py and docs/quarto-subset.md). The three files replace the
previous ones only when all three were produced.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import codes, config, paths, shortcodes, xlsx
from .errors import BuildError, KlagerapportError

OUTPUT_FILES = {"html": "rapport.html", "pdf": "rapport.pdf", "xlsx": "tabeller.xlsx"}
DOCUMENT = "rapport.qmd"
COMMENTARY_PART = "_kommentarer.qmd"
SECTIONS_FILE = paths.REPORT_DIR / "sections.yml"
MISSING_TITLE = "Kommentar mangler"
# Typst checks these while writing the PDF (tagged, alt texts, title, language): PDF/UA-1.
PDF_STANDARDS = ["ua-1"]

# Options of _quarto.yml and the document's front matter that the embedded engine honours.
SUPPORTED_OPTIONS = {
    "project": {"type", "render"},
    "format.html": {"toc", "toc-depth", "toc-title", "embed-resources", "css", "filters"},
    "format.typst": {"papersize", "margin", "fontsize", "toc", "filters"},
    "": {"project", "lang", "format", "title"},
}


@dataclass
class RenderResult:
    html: Path
    pdf: Path
    xlsx: Path
    engine: str
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Part:
    """One heading of the commentary part; `key` names its file, or None for a heading only."""

    heading: str
    level: int
    key: str | None


# ---------------------------------------------------------------------------------- staging


def choose_engine(engine: str) -> str:
    """'auto' is Quarto when the CLI is on PATH, otherwise the embedded Pandoc + Typst."""
    if engine not in config.ENGINES:
        raise KlagerapportError(f"ukjent motor «{engine}». Tillatt: {', '.join(config.ENGINES)}")
    if engine == "auto":
        return "quarto" if shutil.which("quarto") else "embedded"
    if engine == "quarto" and not shutil.which("quarto"):
        raise KlagerapportError(
            "motoren «quarto» er valgt, men Quarto finnes ikke på PATH. "
            "Bruk --engine embedded (Pandoc + Typst) eller installer Quarto."
        )
    return engine


def load_sections(file: Path = SECTIONS_FILE) -> dict:
    with open(file, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def commentary_parts(sections: Mapping) -> list[Part]:
    """The commentary headings in order; decision parts are headed by their codes.yml label."""
    parts: list[Part] = []
    for item in sections["sections"]:
        if "decisions" in item:
            parts.append(Part(item["heading"], 2, None))
            for code in item["decisions"]:
                parts.append(Part(codes.label("decisions", code), 3, code.replace("_", "-")))
        else:
            parts.append(Part(item["heading"], 2, item["key"]))
    return parts


def _has_text(file: Path) -> bool:
    return file.is_file() and file.read_text(encoding="utf-8").strip() != ""


def commentary_markdown(
    sections: Mapping, source: Path, variables: Mapping
) -> tuple[str, list[str]]:
    """The generated commentary part (headings + includes or "Kommentar mangler") and warnings."""
    lines = [f"# {sections['intro_heading']} {{#kommentarer}}", ""]
    warnings = []
    for part in commentary_parts(sections):
        anchor = f" {{#kommentar-{part.key}}}" if part.key else ""
        lines += [f"{'#' * part.level} {part.heading}{anchor}", ""]
        if part.key is None:
            continue
        file = source / f"{part.key}.md"
        if _has_text(file):
            lines += [f"{{{{< include /commentary/{part.key}.md >}}}}", ""]
            continue
        heading = _plain_heading(part.heading, variables)
        warnings.append(f"{MISSING_TITLE}: {heading} ({paths.shown(file)})")
        lines += [
            f'::: {{.callout-warning title="{MISSING_TITLE}"}}',
            f"Kommentaren til denne delen er ikke skrevet: filen `{paths.shown(file)}` finnes ikke "
            "eller er tom.",
            ":::",
            "",
        ]
    expected = {f"{p.key}.md" for p in commentary_parts(sections) if p.key}
    if source.is_dir():
        for extra in sorted(source.glob("*.md")):
            if extra.name not in expected:
                warnings.append(f"Kommentarfilen brukes ikke i rapporten: {paths.shown(extra)}")
    return "\n".join(lines), warnings


def _plain_heading(heading: str, variables: Mapping) -> str:
    line = shortcodes.Line(heading, SECTIONS_FILE, 0)
    try:
        return shortcodes.resolve_shortcodes([line], variables=variables, meta={})[0].text
    except KlagerapportError:
        return heading


def _text(variables: Mapping, key: str) -> str:
    try:
        return str(shortcodes.lookup(variables, key))
    except KeyError:
        raise KlagerapportError(f"_variables.yml mangler nøkkelen «{key}»") from None


def read_variables(run_dir: Path) -> dict:
    file = run_dir / "_variables.yml"
    if not file.is_file():
        raise KlagerapportError(
            f"fant ikke {paths.shown(file)}: mappen er ikke et ferdig bygg. "
            "Kjør «klagerapport build»."
        )
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as err:
        raise KlagerapportError(f"{paths.shown(file)}: ikke gyldig YAML: {err}") from None
    if not isinstance(data, dict):
        raise KlagerapportError(f"{paths.shown(file)}: forventet nøkler og verdier")
    return data


@dataclass
class Staged:
    root: Path
    variables: dict
    warnings: list[str]
    sources: dict[Path, Path]  # staged folder -> the user's folder, for error messages

    def describe(self, path: Path) -> str:
        path = path.resolve()
        for staged, origin in self.sources.items():
            if path.is_relative_to(staged):
                return paths.shown(origin / path.relative_to(staged))
        if path.is_relative_to(self.root):
            return str(path.relative_to(self.root))
        return str(path)


def stage(run_dir: Path, into: Path, *, district: str, year: int) -> Staged:
    """Lay out the Quarto project of one run in `into` (an empty folder)."""
    run_dir = run_dir.resolve()
    into = into.resolve()
    variables = read_variables(run_dir)

    shutil.copy2(paths.QUARTO_PROJECT, into / "_quarto.yml")
    for item in paths.REPORT_DIR.iterdir():
        if item.name == "sections.yml":
            continue
        if item.is_dir():
            shutil.copytree(item, into / item.name)
        else:
            shutil.copy2(item, into / item.name)
    for folder in ("tables", "figures"):
        if (run_dir / folder).is_dir():
            shutil.copytree(run_dir / folder, into / folder)
        else:
            (into / folder).mkdir()
    source = paths.commentary_dir(district, year)
    if source.is_dir():
        shutil.copytree(source, into / "commentary")
    else:
        (into / "commentary").mkdir()
    with open(into / "_variables.yml", "w", encoding="utf-8") as fh:
        yaml.safe_dump(variables, fh, allow_unicode=True, sort_keys=False)

    text, warnings = commentary_markdown(load_sections(), source, variables)
    (into / COMMENTARY_PART).write_text(text, encoding="utf-8")
    sources = {
        into / "commentary": source,
        into / "tables": run_dir / "tables",
        into / "figures": run_dir / "figures",
        into / DOCUMENT: paths.REPORT_DIR / DOCUMENT,
        into / COMMENTARY_PART: SECTIONS_FILE,
    }
    return Staged(into, variables, warnings, sources)


# ---------------------------------------------------------------------------- the engines


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
    _pandoc_html(root, options, lang)
    typst_opts = options.get("format", {}).get("typst") or {}
    title = str(options.get("title", ""))
    common = [*PANDOC_COMMON]

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
    shortcodes.check_no_shortcodes(html, "rapport.html")
    source = (root / "rapport.typ").read_text(encoding="utf-8")
    shortcodes.check_no_shortcodes(source, "PDF")
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


PANDOC_COMMON = ("-f", "markdown-citations", "--columns=1000", "--lua-filter=filters/callouts.lua")


def _pandoc_html(root: Path, options: Mapping, lang: str, *, embed: bool | None = None) -> None:
    """Pandoc: staged rapport.md -> rapport.html (the embedded engine's HTML step)."""
    html_opts = options.get("format", {}).get("html") or {}
    html_meta = {
        "title": str(options.get("title", "")),
        "lang": lang,
        "toc-title": html_opts.get("toc-title", ""),
    }
    _write_yaml(root / "meta-html.yml", html_meta)
    args = [*PANDOC_COMMON, "-t", "html5", "--standalone", "--metadata-file=meta-html.yml"]
    if html_opts.get("embed-resources", True) if embed is None else embed:
        args.append("--embed-resources")
    if html_opts.get("toc"):
        args += ["--toc", f"--toc-depth={html_opts.get('toc-depth', 2)}"]
    if html_opts.get("css"):
        args.append(f"--css={html_opts['css']}")
    args += [f"--lua-filter={f}" for f in html_opts.get("filters", [])]
    _pandoc([*args, "-o", "rapport.html", "rapport.md"], root)


def render_html(staged: Staged, *, embed: bool = False) -> str:
    """Only the HTML of the embedded engine, from a project staged earlier (the live preview).

    No PDF, no XLSX, nothing written outside the staged folder. With `embed=False` the page
    links the stylesheet and figures of the staged folder instead of inlining them (faster).
    """
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
    _pandoc_html(root, options, lang, embed=embed)
    html = (root / "rapport.html").read_text(encoding="utf-8")
    shortcodes.check_no_shortcodes(html, "rapport.html")
    return html


def _write_yaml(file: Path, data: Mapping) -> None:
    file.write_text(yaml.safe_dump(dict(data), allow_unicode=True), encoding="utf-8")


def render_quarto(staged: Staged, html_out: Path, pdf_out: Path) -> None:
    """`quarto render` to html and typst (PDF). Not exercised on machines without Quarto."""
    for fmt in ("html", "typst"):
        proc = subprocess.run(
            ["quarto", "render", DOCUMENT, "--to", fmt],
            cwd=staged.root,
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            raise BuildError(f"quarto render --to {fmt} feilet:\n{proc.stderr.strip()}")
    html = (staged.root / "rapport.html").read_text(encoding="utf-8")
    shortcodes.check_no_shortcodes(html, "rapport.html")
    shutil.copy2(staged.root / "rapport.html", html_out)
    shutil.copy2(staged.root / "rapport.pdf", pdf_out)


# ----------------------------------------------------------------------------- entry points


def render_run(run_dir: Path, *, district: str, year: int, engine: str = "auto") -> RenderResult:
    """Render rapport.html, rapport.pdf and tabeller.xlsx into `run_dir`, all or none."""
    run_dir = Path(run_dir)
    used = choose_engine(engine)
    finals = {kind: run_dir / name for kind, name in OUTPUT_FILES.items()}
    with tempfile.TemporaryDirectory(prefix="klagerapport-render-") as tmp:
        project = Path(tmp) / "prosjekt"
        project.mkdir()
        staged = stage(run_dir, project, district=district, year=year)
        made = {kind: Path(tmp) / name for kind, name in OUTPUT_FILES.items()}
        if used == "quarto":
            render_quarto(staged, made["html"], made["pdf"])
        else:
            render_embedded(staged, made["html"], made["pdf"])
        xlsx.write_tables(
            run_dir / "tables",
            made["xlsx"],
            district=_text(staged.variables, "district"),
            year=year,
        )
        _swap_in(made, finals)
    return RenderResult(finals["html"], finals["pdf"], finals["xlsx"], used, staged.warnings)


def _swap_in(made: Mapping[str, Path], finals: Mapping[str, Path]) -> None:
    """Copy every new file next to its target first, then replace the targets."""
    pending = {kind: finals[kind].with_name(f".{finals[kind].name}.tmp") for kind in finals}
    try:
        for kind, tmp in pending.items():
            shutil.copy2(made[kind], tmp)
    except OSError as err:
        for tmp in pending.values():
            tmp.unlink(missing_ok=True)
        raise BuildError(f"kunne ikke skrive rapportfilene: {err}") from None
    for kind, tmp in pending.items():
        os.replace(tmp, finals[kind])


def run(
    *,
    year: int | None = None,
    district: str | None = None,
    out: Path | None = None,
    engine: str | None = None,
) -> RenderResult:
    """`klagerapport render`: re-render an existing build folder without recomputing."""
    cfg = config.load(year=year, district=district, engine=engine)
    run_dir = Path(out) if out else paths.output_dir(cfg.district, cfg.year)
    if not run_dir.is_dir():
        raise KlagerapportError(
            f"fant ingen byggmappe {paths.shown(run_dir)}. Kjør «klagerapport build» først."
        )
    print(cfg.describe(), file=sys.stderr)
    result = render_run(run_dir, district=cfg.district, year=cfg.year, engine=cfg.engine)
    for warning in result.warnings:
        print(f"Advarsel: {warning}", file=sys.stderr)
    print(f"Motor: {result.engine}")
    for file in (result.html, result.pdf, result.xlsx):
        print(f"Skrev {paths.shown(file)}")
    return result
