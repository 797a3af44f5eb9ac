"""Many reports in one run: every (district, year) of a batch, and the national roll-up.

`klagerapport batch --districts all|D1,D2 --years 2017-2021`: the data is validated once, then
every report is built by `pipeline.run.build_report` in parallel within the machine's cores: in
worker processes, one per core, each with its own warm kernel template (`pipeline/kernels.py`),
or with `workers="thread"` in threads of this process sharing one. Each report has its own folder,
`<out>/<district>/<year>/`, and its own atomic swap: one that fails is named in the summary with
its reason, keeps its last good output, and does not stop the others. When the batch covers
every district in the data, the national report (`Norge`, every case) is built too, and after it
the roll-up for POD (`pipeline/rollup.py`): the check that the districts sum to the nation in
every table and that each district's row of the national report's comparison is its own
report's, the comparison's files and POD's workbook, in `<out>/pod/<year>/`. A report is
`gjenbrukt` when nothing was made again (sections and render reused, `pipeline/rendering.py`).

A batch never turns a final report into a draft unasked: without --endelig or --utkast, a
report whose folder holds a final edition (its build.json) is built as final again (as
`klagerapport render` keeps it), and the batch names those reports; --utkast replaces them with
drafts, named too.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .. import districts as D
from .. import fmt, paths, settings
from ..errors import KlagerapportError
from ..ingest import rules, validate
from ..publish import attack, register
from . import kernels, rollup
from .batch_reports import (
    districts_in,
    finals_kept,
    parse_years,
    reports_of,
    say_partial,
    scope,
    select_districts,
)
from .batch_workers import (
    BUILT,
    FAILED,
    REUSED,
    WORKERS,
    Outcome,
    build_all,
    executor_for,
    first_line,
)

Log = Callable[[str], None]


@dataclass
class BatchResult:
    outcomes: list[Outcome]
    rollups: list[rollup.RollupResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return all(o.status != FAILED for o in self.outcomes) and all(r.ok for r in self.rollups)


def build_batch(
    plan: settings.BuildPlan | None = None,
    *,
    districts: str | None = None,
    years: str | None = None,
    out: Path | None = None,
    jobs: int | None = None,
    national: bool | None = None,
    workers: str | None = None,
    keep_final: bool = True,
    log: Log = print,
    **options,
) -> BatchResult:
    """Build every report of the batch; see the module docstring. Never raises for one report.

    The national report needs every police district in every year of the batch; with
    `partial` (--delvis, a BuildPlan field) it is built over the districts there are, headed as
    partial.

    `plan` is what every report shares (data, engine, utgave, kernels, ...); each report is
    that plan for its district and year, in `<out>/<district>/<year>/`. Without a plan,
    `options` (BuildPlan's fields) make one with the settings. `jobs`: reports at once.
    `districts` and `years` not given are the plan's district and year (config.yml's, said so
    in the first line; `batch_reports.scope`).

    A draft plan with `keep_final` (neither --endelig nor --utkast given) builds a report whose
    folder holds a final edition as final again; without it (--utkast) replaces it with a draft.
    Either way the batch names those reports."""
    if plan is None:
        plan = settings.load(**options)
    elif options:
        raise TypeError(f"a plan and options at once: {', '.join(sorted(options))}")
    start = time.perf_counter()
    plan = plan.but(printed_before=plan.printed_before or time.time())  # one for every report
    districts, years, parameters = scope(plan, districts, years)
    wanted_years = parse_years(years)
    out = Path(out).resolve() if out else paths.OUTPUTS
    cores = max(1, jobs or os.cpu_count() or 1)
    if workers is None:
        workers = "process" if cores > 1 else "thread"
    if workers not in WORKERS:
        raise KlagerapportError(f"ukjent arbeidertype «{workers}». Tillatt: {', '.join(WORKERS)}")
    # Worker processes (and their kernel templates), or the one shared template, start now:
    # they warm up while the data is validated.
    executor = executor_for(cores, workers, plan.kernels)
    pool = kernels.KernelPool() if plan.kernels == "fork" and workers == "thread" else None
    if pool is not None:
        pool.launch()
    try:
        log(parameters)
        log(f"Validerer {paths.shown(plan.data)} …")
        everything = validate.load_validated(plan.data)  # once: every report reuses the store
        present = districts_in(list(everything.all_districts.index))
        chosen = select_districts(districts, present, plan.partial)
        covers_all = set(present) <= set(chosen)
        lacking = {y: rules.missing_districts(everything.cases, y) for y in wanted_years}
        complete = not any(lacking.values())
        with_national = covers_all and (complete or plan.partial) if national is None else national
        if with_national and not complete:
            say_partial(lacking, plan.partial, log)
        elif covers_all and not complete and national is None:
            log(
                f"{D.NATIONAL} bygges ikke: dataene mangler politidistrikter "
                "(--delvis gir en tydelig merket delrapport)."
            )
        reports = reports_of(chosen, wanted_years, out, with_national, plan.public)
        if not plan.final:
            reports = finals_kept(reports, keep_final, log)
        log(
            f"{fmt.count(len(reports), 'rapport', 'rapporter')} "
            f"({', '.join(chosen)}{' og Norge' if with_national else ''}; "
            f"{', '.join(map(str, wanted_years))}), {cores} om gangen"
        )
        if plan.public:  # the whole publication, attacked before any report is written
            names = [*chosen, *([D.NATIONAL] if with_national else [])]
            before = register.published(register.location(reports[0].folder))
            attack.gate(everything.cases, attack.publication(names, wanted_years, before), log=log)
        outcomes = build_all(reports, plan, executor, pool, log)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
        if pool is not None:
            pool.close()
    result = BatchResult(outcomes)
    if with_national:
        for year in wanted_years:
            result.rollups.append(_rollup(outcomes, year, out, log, plan.public))
    result.seconds = time.perf_counter() - start
    for line in summary(result):
        log(line)
    return result


def _rollup(
    outcomes: list[Outcome], year: int, out: Path, log: Log, public: bool = False
) -> rollup.RollupResult:
    of_year = [o for o in outcomes if o.report.year == year]
    national = next(o for o in of_year if o.report.national)
    parts = [o for o in of_year if not o.report.national]
    failed = [o.report.label for o in [national, *parts] if o.status == FAILED]
    target = out / "pod" / f"{year}{paths.PUBLIC_SUFFIX if public else ''}"
    if failed:
        reason = f"ikke laget fordi disse feilet: {', '.join(failed)}"
        log(f"POD {year}: {reason}")
        return rollup.RollupResult(target, ok=False, problems=[reason])
    result = rollup.build(
        national.report.folder,
        {o.report.district: o.report.folder for o in parts},
        year=year,
        target=target,
    )
    if result.ok:
        log(f"POD {year}: distriktene summerer til landet i alle tabeller; {paths.shown(target)}")
    else:
        log(f"POD {year}: avstemmingen feilet ({len(result.problems)} avvik); ikke erstattet")
    return result


def summary(result: BatchResult) -> list[str]:
    """The table at the end: every report with its status, time and (for a failure) reason."""
    rows = [
        (o.report.district, str(o.report.year), o.status, o.seconds, o.reason)
        for o in result.outcomes
    ]
    width = max([len("Distrikt"), *(len(r[0]) for r in rows)])
    lines = ["", f"{'Distrikt':<{width}}  År    Status     Tid (s)  Årsak"]
    for district, year, status, seconds, reason in rows:
        lines.append(
            f"{district:<{width}}  {year}  {status:<9}  {fmt.decimal(seconds):>7}  "
            f"{first_line(reason)}"
        )
    counts = {s: sum(1 for o in result.outcomes if o.status == s) for s in (BUILT, REUSED, FAILED)}
    lines.append(
        f"Bygget {counts[BUILT]}, gjenbrukt {counts[REUSED]}, feilet {counts[FAILED]} "
        f"av {len(result.outcomes)} på {fmt.decimal(result.seconds)} s"
    )
    for r in result.rollups:
        if not r.ok:
            lines.append(f"POD {r.target.name}: " + "; ".join(r.problems[:5]))
    failures = [o for o in result.outcomes if o.status == FAILED]
    for o in failures:
        lines += ["", f"{o.report.label} feilet:", o.reason]
    return lines
