"""Stage 6, rendering: the run's Quarto project to rapport.html, rapport.pdf and tabeller.xlsx.

A run folder (outputs/<district>/<year>/) holds tables/, figures/ and _variables.yml. Rendering
stages them, with _quarto.yml, report/ and the analysts' commentary, into a temporary Quarto
project (stage.py) and renders that with the Quarto CLI (quarto.py) or with Pandoc + Typst
(embedded/, see docs/quarto-subset.md). The three files replace the previous ones only when all
three were produced.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .. import fsutil, paths, settings
from ..check import BuildValues
from ..check.findings import WARNING
from ..errors import BuildError, KlagerapportError, Problem
from ..publish import utgave, xlsx
from ..sections import registry
from . import finality, fonts, guard, pdftags, safety
from . import stage as staging
from .embedded.engine import render_embedded
from .quarto import render_quarto

# Stable names inside a run folder (kept for scripts and docs); the files sent out are named
# for the district and year (paths.deliverable): oslo-2019-klagerapport.pdf.
OUTPUT_FILES = {"html": "rapport.html", "pdf": "rapport.pdf", "xlsx": "tabeller.xlsx"}
VALUES_PAGE = "verdier.html"  # the analysts' values reference (klagerapport.check.reference)
# The run's Quarto project, as it was rendered: `quarto render` / `quarto preview` open it there.
PROJECT_DIR = "quarto-prosjekt"
RENDER_TMP = "klagerapport-render"  # temporary folders: klagerapport-render.tmp-<pid>-*


@dataclass
class RenderResult:
    html: Path
    pdf: Path
    xlsx: Path
    engine: str
    warnings: list[str] = field(default_factory=list)
    deliverables: dict[str, Path] = field(default_factory=dict)
    # the commentary's findings and the notes about the data (what a draft's box shows)
    findings: list[Problem] = field(default_factory=list)


def utgave_of(run_dir: Path) -> str:
    """The utgave a run was built as: offentlig if it has a suppression log, else intern."""
    return utgave.of_run(run_dir)


def choose_engine(engine: str) -> str:
    """'auto' is Quarto when the CLI is on PATH, otherwise the embedded Pandoc + Typst."""
    settings.engine(engine)
    if engine == "auto":
        return "quarto" if shutil.which("quarto") else "embedded"
    if engine == "quarto" and not shutil.which("quarto"):
        raise KlagerapportError(
            "motoren «quarto» er valgt, men Quarto finnes ikke på PATH. "
            "Bruk --engine embedded (Pandoc + Typst) eller installer Quarto."
        )
    return engine


def render_run(run_dir: Path, plan: settings.BuildPlan) -> RenderResult:
    """Render the report (HTML, PDF) and the spreadsheet into `run_dir`, all or none, under the
    deliverables' names (oslo-2019-klagerapport.html ...) and the stable ones (rapport.html),
    with the values reference verdier.html beside them.

    The commentary is checked first (klagerapport.check): a final report (endelig) stops on any
    error or missing section; a draft (utkast) shows the findings and is marked as a draft.
    The findings (and the notes about the data a draft shows with them) are the result's
    `findings`, or, if the render stops, the error's (`KlagerapportError.findings`): `--json`
    lists them either way.
    """
    # A first render's typeface subsets are made meanwhile, in a child process (render/fonts.py).
    with fonts.subsetting():
        return _render_run(Path(run_dir), plan)


def _render_run(run_dir: Path, plan: settings.BuildPlan) -> RenderResult:
    used = choose_engine(plan.engine)
    found = data_notes(run_dir, plan.year)  # shown in a draft's box with the commentary's findings
    try:
        findings = finality.check(run_dir, district=plan.district, year=plan.year, final=plan.final)
        found += findings
        finals, named, warnings = _render_checked(run_dir, plan, used, found)
    except KlagerapportError as err:
        err.with_findings(found)
        raise
    warnings = [*warnings, *finality.summary(findings, final=plan.final)]
    return RenderResult(finals["html"], finals["pdf"], finals["xlsx"], used, warnings, named, found)


def _render_checked(
    run_dir: Path, plan: settings.BuildPlan, used: str, found: list[Problem]
) -> tuple[dict[str, Path], dict[str, Path], list[str]]:
    """`render_run` after the commentary's check (`found`: what a draft's box shows): the
    report's files by kind, under their stable names and their deliverables' names, and the
    staging's warnings."""
    district, year = plan.district, plan.year
    finals = {kind: run_dir / name for kind, name in OUTPUT_FILES.items()}
    named = {kind: run_dir / paths.deliverable(district, year, kind) for kind in OUTPUT_FILES}
    tmp_root = Path(tempfile.gettempdir())
    fsutil.remove_dead_leftovers(tmp_root, RENDER_TMP)  # of runs that were killed
    with tempfile.TemporaryDirectory(prefix=f"{RENDER_TMP}.tmp-{os.getpid()}-") as tmp:
        project = Path(tmp) / "prosjekt"
        project.mkdir()
        staged = staging.stage(run_dir, project, district=district, year=year, with_fonts=False)
        finality.describe(staged, utgave=utgave_of(run_dir), final=plan.final, year=year)
        finality.apply(staged, found, final=plan.final)
        finality.write_page_title(staged)
        safety.check_source(staged.root / staging.DOCUMENT, staged.root, staged.describe)
        kept = _copy_project(staged.root, Path(tmp) / PROJECT_DIR)
        made = {kind: Path(tmp) / name for kind, name in OUTPUT_FILES.items()}
        source = guard.read_source(staged.root, staging.DOCUMENT, staged.describe)
        meta = staging.metadata(staged.root)
        guard.check_sources(source, variables=staged.variables, meta=meta)
        fonts.write_chart_fonts(staged.root)  # the typeface, last: only the engines need it
        shutil.copytree(staged.root / fonts.FOLDER, kept / fonts.FOLDER)
        values_page = Path(tmp) / VALUES_PAGE
        # The workbook and the values page need no document: they are made while Pandoc and
        # Typst (or Quarto) run, in other processes.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="tables") as pool:
            tables = pool.submit(_write_tables, run_dir, made["xlsx"], values_page, staged, year)
            if used == "quarto":
                log = render_quarto(staged, made["html"], made["pdf"])
                guard.check_quarto_log(log, source)
            else:
                render_embedded(staged, made["html"], made["pdf"])
            pdftags.tag_row_headers(made["pdf"])  # either engine: row headers as TH
            guard.check_outputs(made["html"], made["pdf"], source, meta, staged.variables)
            tables.result()
        _swap_in(
            {**made, **{f"{k}-named": p for k, p in made.items()}, "values": values_page},
            {
                **finals,
                **{f"{k}-named": p for k, p in named.items()},
                "values": run_dir / VALUES_PAGE,
            },
        )
        fsutil.swap_in(kept, run_dir / PROJECT_DIR)
    return finals, named, list(staged.warnings)


def data_notes(run_dir: Path, year: int) -> list:
    """Warnings about the data a draft shows: no complaint received in the year (the report's
    received figures are all 0; validation already stopped a year the data does not cover)."""
    try:
        entry = BuildValues.load(run_dir).entries.get("received.total")
    except KlagerapportError:
        return []
    if entry is None or entry.raw != 0:
        return []
    message = (
        f"Ingen klager er registrert mottatt i {year}: rapportens tall for mottatte klager er 0. "
        f"Kontroller at dataene dekker {year}."
    )
    return [Problem.at("dataene", 0, 0, WARNING, "no-received", message)]


def _write_tables(run_dir: Path, workbook: Path, values_page: Path, staged, year: int) -> None:
    """The spreadsheet of the run's tables and the values reference page."""
    xlsx.write_tables(
        run_dir / "tables",
        workbook,
        district=staging.variable_text(staged.variables, "district"),
        year=year,
        sheet_names=registry.sheet_names(),
        utgave=utgave_of(run_dir),
    )
    finality.write_values_page(run_dir, values_page)


def _copy_project(staged: Path, into: Path) -> Path:
    """A copy of the staged project before any engine ran: only the sources Quarto reads."""
    shutil.copytree(staged, into)
    return into


def _swap_in(made: Mapping[str, Path], finals: Mapping[str, Path]) -> None:
    """Replace the report files together, or none of them."""
    try:
        fsutil.replace_files(dict(made), dict(finals))
    except OSError as err:
        raise BuildError(f"kunne ikke skrive rapportfilene: {err}") from None


def render_plan(*, out: Path | None, config_file: Path | None = None, **options):
    """The plan `klagerapport render` starts from: the options given (BuildPlan's fields); for
    a folder given with --out, the district and year it was built for (its build.json) where
    no --district or --year is given, before config.yml's, and the edition it holds."""
    built = built_with(out) if out is not None else {}
    taken = []
    if out is not None and options.get("utgave") is None:  # the edition the folder holds
        options["utgave"] = utgave_of(out)
        taken.append("utgave")
    for name, kind in (("district", str), ("year", int)):
        value = built.get(name)
        if options.get(name) is None and isinstance(value, kind) and not isinstance(value, bool):
            options[name] = value
            taken.append(name)
    plan = settings.load(config_file=config_file, out=out, **options)
    if not taken:
        return plan
    return plan.but(origin={**plan.origin, **{name: paths.BUILD_RECORD for name in taken}})


def built_with(run_dir: Path) -> dict:
    """The parameters the build in `run_dir` recorded (build.json), or {} if it has none."""
    try:
        record = json.loads((Path(run_dir) / paths.BUILD_RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    parameters = record.get("parameters") if isinstance(record, dict) else None
    return parameters if isinstance(parameters, dict) else {}


def _record_final(run_dir: Path, final: bool) -> None:
    """Note in build.json whether the files now in the folder are the final edition, so that
    the next render without --endelig/--utkast keeps it."""
    file = run_dir / paths.BUILD_RECORD
    try:
        record = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if isinstance(record.get("parameters"), dict) and record["parameters"].get("final") != final:
        record["parameters"]["final"] = final
        fsutil.write_text(file, json.dumps(record, ensure_ascii=False, indent=2) + "\n")


def render_command(plan: settings.BuildPlan, *, keep_final: bool = True) -> RenderResult:
    """`klagerapport render`: re-render an existing build folder without recomputing.

    What the command line left open is the build's (its build.json): its data (as logged;
    «som bygget» where the record does not name it, as a public edition's does not) and, with
    `keep_final` (neither --endelig nor --utkast given), whether it is final."""
    run_dir = plan.folder
    built = built_with(run_dir)
    changes: dict = {}
    origin = dict(plan.origin)
    if built.get("data"):
        changes["data"] = paths.ROOT / built["data"]
        origin["data"] = paths.BUILD_RECORD
    else:  # not recorded (a public build.json has no path): as built, never config.yml's
        changes["data"] = None
        origin.pop("data", None)
    kept = keep_final and "final" in built
    if kept:
        changes["final"] = bool(built["final"])
    plan = plan.but(origin=origin, **changes)
    print(plan.describe(), file=sys.stderr)
    if kept:
        print(
            f"Utgave: {plan.finality}, som bygget (--endelig eller --utkast velger en annen)",
            file=sys.stderr,
        )
    if not run_dir.exists() and not fsutil.leftovers(run_dir):
        raise KlagerapportError(
            f"fant ingen byggmappe {paths.shown(run_dir)}. Kjør «klagerapport build» først."
        )
    try:
        # one run at a time: a build of the same folder in progress makes this a refusal
        with fsutil.output_lock(run_dir, "render"):
            for line in fsutil.recover(run_dir):
                print(line, file=sys.stderr)
            if not run_dir.is_dir():
                raise KlagerapportError(
                    f"fant ingen byggmappe {paths.shown(run_dir)}. Kjør «klagerapport build» først."
                )
            finality.refuse_unchecked_public_date(
                run_dir / PROJECT_DIR / staging.RUN_METADATA,
                district=plan.district,
                year=plan.year,
                public=utgave_of(run_dir) == "offentlig",
            )
            result = render_run(run_dir, plan)
            _record_final(run_dir, plan.final)
    except OSError as err:
        raise KlagerapportError(fsutil.os_error_message(err)) from None
    for warning in result.warnings:
        print(f"Advarsel: {warning}", file=sys.stderr)
    print(f"Motor: {result.engine}")
    for file in (result.html, result.pdf, result.xlsx, *result.deliverables.values()):
        print(f"Skrev {paths.shown(file)}")
    print(f"Skrev {paths.shown(result.html.with_name(VALUES_PAGE))}")
    print(f"Quarto-prosjektet: {paths.shown(result.html.parent / PROJECT_DIR)}")
    return result
