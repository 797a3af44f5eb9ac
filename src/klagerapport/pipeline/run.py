"""One build, as numbered steps: 1 settings, 2 validate, 3 notebooks (Papermill, in parallel),
4 merge values, 5 render, 6 record, 7 swap in.

A run is built in a temporary folder next to its final place and swapped in only when every step
succeeded; on any failure (or Ctrl-C) the previous good output stays as it was. A failing notebook
is kept in `<parent>/.failed/<name>/` and named, with its cell, line and exception, in the
`BuildError`. Each section runs in its own staging folder (`pipeline/sectionrun.py`), so
`build.json` records which files a section wrote and the inputs it ran on; a rebuild reuses a
section whose inputs did not change, and the render when nothing it reads changed
(`pipeline/rendering.py`).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .. import fmt, fsutil, paths, settings
from .. import render as render_module
from ..check import reportdate
from ..errors import BuildError, KlagerapportError, Problem
from ..ingest import store, validate
from ..publish import (
    attack,
    audit,
    contract,
    public_files,
    register,
    reproducible,
    utgave,
    values,
)
from ..sections import registry
from . import cache, kernels, printed, rendering, run_tables
from .notebooks import Section, discover, section_parameters
from .sectionrun import POOLS, STAGING, SectionRun, run_sections, staging_dir

__all__ = ["POOLS", "STAGING", "BuildResult", "SectionRun", "build_report", "staging_dir"]

FORK_JOBS_PER_CORE = 2
Log = Callable[[str], None]


def _print(line: str) -> None:
    print(line, flush=True)


@dataclass
class BuildResult:
    run_dir: Path
    sections: list[SectionRun]
    seconds: float
    record: dict
    render: object | None = None
    render_reused: bool = False  # the render's files were the previous run's (nothing changed)
    # the commentary's findings and the notes about the data (a draft's box; `build --json`)
    findings: list[Problem] = field(default_factory=list)

    @property
    def reused(self) -> bool:
        """Nothing was made again: every section and the render (if any) reused."""
        rendered = self.render is not None or self.render_reused
        return all(s.reused for s in self.sections) and (self.render_reused or not rendered)


def check_target(final: Path) -> None:
    """Refuse to replace a folder that holds something else than an earlier run."""
    if final.exists() and not final.is_dir():
        raise BuildError(f"{final} finnes og er ikke en mappe")
    if final.is_dir() and any(final.iterdir()) and not (final / cache.BUILD_RECORD).is_file():
        raise BuildError(
            f"{final} finnes og er ikke en tidligere kjøring (mangler {cache.BUILD_RECORD}); "
            "velg en tom eller ny mappe med --out"
        )


def failed_dir(final: Path) -> Path:
    """Where failed executed notebooks are kept: outputs/<district>/.failed/<year>/."""
    return final.parent / ".failed" / final.name


def clear_failed(final: Path) -> None:
    """After a good build an earlier failure is stale: remove it (and .failed/ if then empty)."""
    shutil.rmtree(failed_dir(final), ignore_errors=True)
    with contextlib.suppress(OSError):
        failed_dir(final).parent.rmdir()


def _validate(plan: settings.BuildPlan, log: Log):
    validated = validate.load_validated(
        plan.data, year=plan.year, district=plan.district, partial=plan.partial
    )
    for warning in validated.warnings:
        log(f"Advarsel: {warning}")
    log(f"Validert: {paths.shown(Path(validated.processed))}")
    return validated


def _options(plan: settings.BuildPlan) -> dict:
    """The options a notebook may declare: the answer deadline, and what last year's final
    report printed (pipeline/printed.py; the handling-time section says what is revised)."""
    return {
        "deadline_days": settings.answer_deadline_days(),
        "printed_minus1": printed.last_year(plan),
    }


def build_report(
    plan: settings.BuildPlan | None = None,
    *,
    log: Log = _print,
    kernel_pool: kernels.KernelPool | None = None,
    **options,
) -> BuildResult:
    """Build one report run as `plan` says; see the module docstring. Raises BuildError,
    leaving the old run. Without a plan, `options` (BuildPlan's fields) make one with the
    settings (settings.load), as the command line does.

    `plan.kernels == "fork"` runs the notebooks on kernels forked from a warm template
    (`pipeline/kernels.py`; `kernel_pool` shares one between builds, e.g. a batch), started
    while validation runs; "plain" (and the process pool) spawns a kernel per notebook.
    Each utgave (intern, offentlig) has its own folder, so neither replaces the other.
    `plan.partial` (--delvis): a national report over data that lacks police districts,
    built and headed as partial; without it such a report is refused.
    """
    if plan is None:
        plan = settings.load(**options)
    elif options:
        raise TypeError(f"a plan and options at once: {', '.join(sorted(options))}")
    start = time.perf_counter()
    plan = plan.but(printed_before=plan.printed_before or time.time())
    if plan.render:  # a missing engine is known now: fail before validation and the notebooks
        render_module.choose_engine(plan.engine)
    warm = plan.kernels == "fork" and plan.pool == "thread"
    # A forked kernel's notebook is mostly waiting (start handshake, shutdown): two per core.
    cores = os.cpu_count() or 1
    plan = plan.but(jobs=max(1, plan.jobs or cores * (FORK_JOBS_PER_CORE if warm else 1)))
    log(plan.describe())
    final = plan.folder
    check_target(final)
    sections = discover(plan.notebooks or paths.NOTEBOOKS)
    if plan.notebooks is None:  # the project's own: registry and value contract
        check_registry(sections)
        sections = in_scope(sections, plan.district)
    own_pool = None
    if warm and kernel_pool is None:
        own_pool = kernel_pool = kernels.KernelPool()
        own_pool.launch()  # the template imports while validation runs
    try:
        with fsutil.output_lock(final, "build"):
            for line in fsutil.recover(final):
                log(line)
            result = _locked_run(plan, sections, log, kernel_pool if warm else None)
    except OSError as err:  # read-only, full disk, no access: one line, the old run stays
        kept = "er ikke endret" if final.exists() else "finnes ikke (ingen tidligere kjøring)"
        raise BuildError(
            f"{fsutil.os_error_message(err)}\nForrige resultat i {paths.shown(final)} {kept}."
        ) from None
    finally:
        if own_pool is not None:
            own_pool.close()
    result.run_dir = final
    result.seconds = time.perf_counter() - start
    log(f"Ferdig: {paths.shown(final)} på {fmt.decimal(result.seconds)} s")
    return result


def _locked_run(
    plan: settings.BuildPlan,
    sections: list[Section],
    log: Log,
    kernel_pool: kernels.KernelPool | None = None,
) -> BuildResult:
    """The build proper, while this process holds the output folder's lock."""
    final = plan.folder
    validated = _validate(plan, log)
    final.parent.mkdir(parents=True, exist_ok=True)
    prefix = f".{final.name}.tmp-{os.getpid()}-"
    tmp = Path(tempfile.mkdtemp(prefix=prefix, dir=final.parent))
    tmp.chmod(0o755)  # mkdtemp makes it private; the run is an ordinary folder
    try:
        result = _build_into(tmp, plan, validated, sections, log, kernel_pool)
        fsutil.swap_in(tmp, final)
        clear_failed(final)
    except KlagerapportError as err:  # a notebook, the merge or the render
        shutil.rmtree(tmp, ignore_errors=True)
        kept = "er ikke endret" if final.exists() else "finnes ikke (ingen tidligere kjøring)"
        message = f"{err}\nForrige resultat i {paths.shown(final)} {kept}."
        raise BuildError.wrapping(message, err) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    # what next year's report compares with (P12)
    if plan.final and not plan.public and (final / "values.json").is_file():
        kept = printed.record(plan, run_tables.run_values(final))
        if kept is not None:
            log(f"Trykte tall for {plan.year} lagret i {paths.shown(kept)}")
    return result


def _manager_class(kernel_pool: kernels.KernelPool | None, log: Log) -> type | None:
    """The warm pool's kernel manager, or None (plain kernels) if there is none or it failed."""
    if kernel_pool is None:
        return None
    if kernel_pool.start():
        return kernel_pool.manager_class
    why = kernel_pool.failure or "ukjent årsak"
    log(f"Advarsel: varme kjerner kunne ikke startes ({why}); bruker vanlige kjerner")
    return None


NOTEBOOKS = "notebooks"  # a run's executed notebooks (the internal edition's audit trail)


def _check_public_files(run_dir: Path) -> None:
    """A public folder holds only files the gate examines, files made from them, or files
    without counts (publish/public_files.py); anything else stops the build."""
    others = public_files.unexamined(run_dir)
    if others:
        raise BuildError(
            "den offentlige utgaven stoppes: mappen ville fått filer angriperen ikke undersøker "
            f"(publish/public_files.py): {', '.join(others)}"
        )


def _check_contract(run_dir: Path, log: Log) -> None:
    """Step 4b: the values made keep the value contract (report/values.yml)."""
    made = {k: v["value"] for k, v in values.read_all(run_dir).items()}
    problems = contract.check(made)
    if problems:
        listed = "\n".join(f"  - {p}" for p in problems)
        raise BuildError(f"verdiene bryter verdikontrakten (report/values.yml):\n{listed}")
    log(f"Verdier: {fmt.integer(len(made))} nøkler, alle i verdikontrakten")


def check_registry(sections: list[Section]) -> None:
    """The project's notebooks and the sections registry name the same sections, in order."""
    found = [(s.name, s.filename) for s in sections]
    declared = [(spec.name, spec.notebook_name) for spec in registry.SECTIONS]
    if found != declared:
        names = dict(declared)
        lines = [
            f"notebooks/{file} har ingen oppføring i sections/registry.py "
            f'(SectionSpec("{name}", {file[:2]}, …))'
            for name, file in found
            if (name, file) not in declared
        ] + [
            f"sections/registry.py: seksjonen «{name}» har ingen notatbok notebooks/{names[name]}"
            for name, _ in declared
            if (name, names[name]) not in found
        ]
        raise BuildError(
            "notatbøkene i notebooks/ og seksjonsregisteret (sections/registry.py) stemmer ikke "
            "overens (en seksjon er en oppføring i registeret og notatboken "
            "notebooks/<rekkefølge>_<navn>.ipynb):\n" + "\n".join(f"  - {x}" for x in lines)
        )


def in_scope(sections: list[Section], district: str) -> list[Section]:
    """The sections the report of `district` runs (a national-only section: Norge only)."""
    return [s for s in sections if registry.by_name(s.name).applies_to(district)]


def charts_first(sections: list[Section]) -> list[Section]:
    """The project's notebooks in the order they are started: those that draw the most charts
    first (each chart's three files cost a kernel 0.1–0.4 s of CPU; a section without one takes
    about 0.15 s in all), otherwise in the sections' order. Started last, the longest notebook
    would run alone at the end while the other core waits. Only the start changes: the results,
    the executed notebooks and build.json are the same, in the sections' order."""
    return sorted(sections, key=lambda s: -registry.by_name(s.name).charts)


def _build_into(
    tmp: Path,
    plan: settings.BuildPlan,
    validated,
    sections: list[Section],
    log: Log,
    kernel_pool: kernels.KernelPool | None,
) -> BuildResult:
    final = plan.folder
    processed = Path(validated.processed).resolve()
    data_hash = cache.file_hash(processed)
    code = cache.code_hash()
    previous = cache.previous_record(final) if plan.incremental else {}
    # Paths as the executed notebooks show them: the store relative to the project, the output
    # folder as the kernel's working folder (".").
    common = {
        "district": plan.district,
        "year": plan.year,
        "processed": paths.shown(processed),
        "utgave": plan.utgave,
    }
    runs: dict[str, SectionRun] = {}
    to_run, params = [], {}
    options = _options(plan)  # read once (last year's record), not once per section
    for s in sections:
        p = section_parameters(s, common, options)
        key = cache.section_key(s, p, data_hash, code)
        files = cache.reuse(previous, final, s, key, tmp)
        if files:
            runs[s.name] = SectionRun(s, 0.0, files, key, reused=True)
        else:
            params[s.name] = {**p, "out_dir": "."}
            runs[s.name] = SectionRun(s, 0.0, [], key)
            to_run.append(s)
    reused = [s.name for s in sections if runs[s.name].reused]
    if reused:
        log(f"Uendret, gjenbrukt: {', '.join(reused)}")
    if to_run:
        log(f"Kjører {len(to_run)} notatbøker, {min(plan.jobs, len(to_run))} om gangen")
    t0 = time.perf_counter()
    manager_class = _manager_class(kernel_pool, log) if to_run else None
    done = run_sections(
        charts_first(to_run) if plan.notebooks is None else to_run,
        run_dir=tmp,
        parameters=params,
        jobs=plan.jobs,
        pool=plan.pool,
        failed=failed_dir(final),
        log=log,
        manager_class=manager_class,
    )
    # the executed notebooks are the audit trail: no timestamps, random ids or temporary paths
    replacements = {str(tmp): str(final), f"{paths.ROOT}/": ""}
    for name, (seconds, files) in done.items():
        runs[name].seconds, runs[name].files = seconds, files
        reproducible.stable_notebook(tmp / "notebooks" / runs[name].section.filename, replacements)
    shutil.rmtree(tmp / STAGING, ignore_errors=True)
    notebooks_seconds = time.perf_counter() - t0
    log(f"Notatbøker: {fmt.decimal(notebooks_seconds)} s")
    values.merge(tmp)
    if plan.public:
        utgave.merge_log(tmp, [s.name for s in sections])
        true_cases = store.read_cases(processed)
        # page 1's date is none the edition withholds (one case's date: the last answer's)
        reportdate.refuse_withheld(true_cases, district=plan.district, year=plan.year)
        attack.gate_report(  # the integer program first: a stopped report records nothing
            tmp,
            true_cases,
            district=plan.district,
            year=plan.year,
            register=register.location(final),
            log=log,
        )
        audit.gate(
            tmp,
            processed,
            district=plan.district,
            year=plan.year,
            log=log,
            register=register.location(final),
            record=plan.final,  # a draft is checked against the register, never recorded
        )
    if plan.notebooks is None:  # the project's notebooks keep the value contract
        _check_contract(tmp, log)
    step = None
    if plan.render:
        step = rendering.render_step(tmp, plan, code=code, previous=previous, log=log)
    if plan.public:  # executed notebooks show numbers the gate never read: not published
        shutil.rmtree(tmp / NOTEBOOKS, ignore_errors=True)
    record = cache.build_record(
        plan,
        validated,
        data_hash,
        code,
        list(runs.values()),
        step.engine if step else None,
        {"notebooks": notebooks_seconds, "render": step.seconds if step else None},
        tmp,
        # the kernels the notebooks ran on; None when every section was reused (none ran)
        kernels_used=("fork" if manager_class else "plain") if to_run else None,
        render=step.record if step else None,
    )
    (tmp / cache.BUILD_RECORD).write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    if plan.public:
        _check_public_files(tmp)
    rendered = step.rendered if step else None
    findings = step.findings if step else []
    reused = bool(step and step.reused)
    return BuildResult(tmp, list(runs.values()), 0.0, record, rendered, reused, findings)
