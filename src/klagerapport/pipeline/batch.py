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

import contextlib
import dataclasses
import multiprocessing
import multiprocessing.util
import os
import re
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from .. import districts as D
from .. import fmt, paths, settings
from .. import render as render_module
from ..errors import KlagerapportError
from ..ingest import rules, validate
from ..publish import attack, register
from ..sections.comparison import districts_in as named_districts
from . import kernels, rollup, stopping
from . import run as run_module

Log = Callable[[str], None]

BUILT, REUSED, FAILED = "bygget", "gjenbrukt", "feilet"
WORKERS = ("process", "thread")  # where reports are built (see _executor)
NOTEBOOK_JOBS = 2  # notebooks at once within one report (part of a kernel's start is waiting)
_YEARS = re.compile(r"^\s*(\d{4})\s*(?:-\s*(\d{4})\s*)?$")


@dataclass(frozen=True)
class Report:
    """One report of a batch."""

    district: str  # the name as the reports print it ("Oslo", "Norge")
    year: int
    folder: Path
    final: bool = False  # built as final: its folder held a final edition (see keep_final)

    @property
    def national(self) -> bool:
        return D.is_national(self.district)

    @property
    def label(self) -> str:
        return f"{self.district} {self.year}"


@dataclass
class Outcome:
    report: Report
    status: str
    seconds: float = 0.0
    reason: str = ""
    pid: int = field(default_factory=os.getpid)  # the process that built it


@dataclass
class BatchResult:
    outcomes: list[Outcome]
    rollups: list[rollup.RollupResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return all(o.status != FAILED for o in self.outcomes) and all(r.ok for r in self.rollups)


def parse_years(text: str) -> list[int]:
    """'2017-2021' -> 2017..2021; '2019' -> [2019]; '2017,2019' -> [2017, 2019]."""
    years: set[int] = set()
    for part in str(text).split(","):
        match = _YEARS.match(part)
        if not match:
            raise KlagerapportError(
                f"ugyldige år «{text}»: skriv for eksempel 2019, 2017-2021 eller 2017,2019"
            )
        first, last = int(match[1]), int(match[2] or match[1])
        if last < first:
            raise KlagerapportError(
                f"ugyldig årsspenn «{part.strip()}»: sluttåret er før startåret"
            )
        years.update(range(first, last + 1))
    return sorted(years)


def districts_in(names: list[str]) -> list[str]:
    """The district names of the data in districts.yml's order (unknown spellings as written),
    as the national report's comparison names them."""
    return named_districts(names)


def select_districts(text: str, present: list[str], partial: bool = False) -> list[str]:
    """`all` -> the 12 police districts of districts.yml (and any other unit in the data): a
    user error naming those the data lacks, unless `partial` (then the ones present);
    'Oslo,Vest' -> those (any known spelling)."""
    if str(text).strip().lower() in ("all", "alle"):
        missing = D.missing_police_districts(present)
        if missing and not partial:
            total = len(D.police_districts())
            raise KlagerapportError(
                f"--districts all betyr alle {total} politidistriktene, men dataene har ingen "
                f"saker fra {fmt.listing(d.name for d in missing)}. Velg distriktene som finnes "
                f"(--districts {','.join(present)}), eller bygg dem og en tydelig merket "
                "nasjonal delrapport med --delvis."
            )
        return present
    chosen: list[str] = []
    for part in str(text).split(","):
        if not part.strip():
            continue
        if D.is_national(part):
            raise KlagerapportError(
                "Norge bygges av seg selv når alle distriktene i dataene er med (--districts all)"
            )
        name = D.normalise(part).name
        if name not in chosen:
            chosen.append(name)
    if not chosen:
        raise KlagerapportError("ingen distrikter valgt: skriv --districts all eller Oslo,Vest")
    return chosen


def reports_of(
    district_names: list[str], years: list[int], out: Path, national: bool, public: bool = False
) -> list[Report]:
    """The reports of a batch, districts first, the national report of each year last; the
    public utgave's each in `<district>/<year>-offentlig`."""
    names = [*district_names, *([D.NATIONAL] if national else [])]
    suffix = paths.PUBLIC_SUFFIX if public else ""
    return [
        Report(name, year, out / paths.slug(name) / f"{year}{suffix}")
        for name in names
        for year in years
    ]


def _first_line(text: str) -> str:
    return next((line.strip() for line in str(text).splitlines() if line.strip()), "")


def build_batch(
    plan: settings.BuildPlan | None = None,
    *,
    districts: str = "all",
    years: str,
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

    A draft plan with `keep_final` (neither --endelig nor --utkast given) builds a report whose
    folder holds a final edition as final again; without it (--utkast) replaces it with a draft.
    Either way the batch names those reports."""
    if plan is None:
        plan = settings.load(**options)
    elif options:
        raise TypeError(f"a plan and options at once: {', '.join(sorted(options))}")
    start = time.perf_counter()
    plan = plan.but(printed_before=plan.printed_before or time.time())  # one for every report
    wanted_years = parse_years(years)
    out = Path(out).resolve() if out else paths.OUTPUTS
    cores = max(1, jobs or os.cpu_count() or 1)
    if workers is None:
        workers = "process" if cores > 1 else "thread"
    if workers not in WORKERS:
        raise KlagerapportError(f"ukjent arbeidertype «{workers}». Tillatt: {', '.join(WORKERS)}")
    # Worker processes (and their kernel templates), or the one shared template, start now:
    # they warm up while the data is validated.
    executor = _executor(cores, workers, plan.kernels)
    pool = kernels.KernelPool() if plan.kernels == "fork" and workers == "thread" else None
    if pool is not None:
        pool.launch()
    try:
        log(f"Validerer {paths.shown(plan.data)} …")
        everything = validate.load_validated(plan.data)  # once: every report reuses the store
        present = districts_in(list(everything.all_districts.index))
        chosen = select_districts(districts, present, plan.partial)
        covers_all = set(present) <= set(chosen)
        lacking = {y: rules.missing_districts(everything.cases, y) for y in wanted_years}
        complete = not any(lacking.values())
        with_national = covers_all and (complete or plan.partial) if national is None else national
        if with_national and not complete:
            _say_partial(lacking, plan.partial, log)
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
        outcomes = _build_all(reports, plan, executor, pool, log)
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


def _say_partial(lacking: dict[int, list], partial: bool, log: Log) -> None:
    """The police districts the national report lacks, by year: refused without `partial`."""
    by_year = "; ".join(
        f"{year}: {fmt.listing(d.name for d in missing)}"
        for year, missing in lacking.items()
        if missing
    )
    if not partial:
        raise KlagerapportError(
            f"Den nasjonale rapporten ({D.NATIONAL}) skal dekke alle "
            f"{len(D.police_districts())} politidistriktene, men dataene mangler {by_year}. "
            "Bruk --no-national, eller --delvis for en tydelig merket delrapport."
        )
    log(f"Advarsel: {D.NATIONAL} blir en delrapport; dataene mangler {by_year}.")


def finals_kept(reports: list[Report], keep: bool, log: Log) -> list[Report]:
    """A draft batch's reports, each whose folder holds a final edition marked to be built as
    final again (`keep`), or named as replaced by a draft (not `keep`: --utkast)."""
    final = [r for r in reports if render_module.built_with(r.folder).get("final") is True]
    if not final:
        return reports
    names = fmt.listing(r.label for r in final)
    if not keep:
        log(f"Advarsel: endelige rapporter erstattes med utkast (--utkast): {names}")
        return reports
    log(
        f"Endelige rapporter bygges som endelige igjen: {names} (--utkast erstatter dem med "
        "utkast; en som ikke består som endelig, beholder sin forrige utgave)"
    )
    return [dataclasses.replace(r, final=True) if r in final else r for r in reports]


def build_one(report: Report, plan: settings.BuildPlan, pool) -> Outcome:
    """Build one report (`plan` for its district, year and folder; final if the report is
    marked so); a failure is its outcome, never an exception."""
    t0 = time.perf_counter()
    lines: list[str] = []
    mine = plan.but(
        district=report.district,
        year=report.year,
        out=report.folder,
        jobs=NOTEBOOK_JOBS,
        final=plan.final or report.final,
    )
    try:
        built = run_module.build_report(mine, kernel_pool=pool, log=lines.append)
    except KlagerapportError as err:
        return Outcome(report, FAILED, time.perf_counter() - t0, str(err))
    except Exception as err:  # one report's bug must not stop the batch: name it
        return Outcome(report, FAILED, time.perf_counter() - t0, f"{type(err).__name__}: {err}")
    status = REUSED if built.reused else BUILT
    return Outcome(report, status, time.perf_counter() - t0)


# --- worker processes -----------------------------------------------------------------------
# A report's build is Python work between waits (validation, the notebooks' messages, the
# merge, staging, the checks of the render). Threads of one process take turns on its one
# interpreter lock for that work; worker processes do it on every core. Each worker starts its
# own warm kernel template as it starts (while the batch validates the data), builds reports
# one at a time, and its template ends with it. Workers are spawned: new interpreters with this
# process's environment and project (never a fork of this process and its threads). What only
# this process holds (a test's monkeypatch) does not reach them: use workers="thread" for that.

_worker_pool: kernels.KernelPool | None = None


def _worker_start(kernels_kind: str) -> None:
    global _worker_pool
    # The batch stops a worker with SIGTERM (its build then cleans up, as on Ctrl-C), and a
    # worker whose batch is gone stops by itself (pipeline/stopping.py).
    stopping.interrupt_once()
    if kernels_kind == "fork":
        _worker_pool = kernels.KernelPool()
        _worker_pool.launch()
        multiprocessing.util.Finalize(_worker_pool, _worker_pool.close, exitpriority=10)
    stopping.exit_with_parent(_worker_pool.close if _worker_pool else None)


def _worker_ready() -> int:
    return os.getpid()  # importing this module imported the build's modules


def _build_in_worker(report: Report, plan: settings.BuildPlan) -> Outcome:
    return build_one(report, plan, _worker_pool)


def _executor(cores: int, workers: str, kernels_kind: str):
    if workers == "thread":
        return ThreadPoolExecutor(max_workers=cores)
    context = multiprocessing.get_context("spawn")
    executor = ProcessPoolExecutor(
        max_workers=cores, mp_context=context, initializer=_worker_start, initargs=(kernels_kind,)
    )
    for _ in range(cores):
        executor.submit(_worker_ready)  # start the workers (and their templates) now
    return executor  # threads: one shared warm template (`pool` in build_batch)


def _build_all(reports, plan, executor, pool, log) -> list[Outcome]:
    """Every report on `executor` (worker processes, or threads sharing `pool`), progress as
    each one ends; the outcomes in the plan's order."""
    if isinstance(executor, ProcessPoolExecutor):
        futures = [executor.submit(_build_in_worker, r, plan) for r in reports]
    else:
        futures = [executor.submit(build_one, r, plan, pool) for r in reports]
    done: list[Outcome] = []

    def finished(outcome: Outcome) -> None:
        done.append(outcome)
        reason = f": {_first_line(outcome.reason)}" if outcome.reason else ""
        log(
            f"  [{len(done)}/{len(reports)}] {outcome.report.label}: {outcome.status} "
            f"({fmt.decimal(outcome.seconds)} s){reason}"
        )

    try:
        for fut in as_completed(futures):
            finished(fut.result())
    except BrokenProcessPool as err:
        # A worker died (killed, out of memory, or a script without a `__main__` guard that
        # re-ran itself in the worker): the reports it had not finished are built here.
        executor.shutdown(wait=True, cancel_futures=True)
        left = [r for r in reports if r not in {o.report for o in done}]
        log(f"Advarsel: arbeidsprosessene stoppet ({err}); bygger {len(left)} rapporter her")
        with kernels.KernelPool() as own, ThreadPoolExecutor(os.cpu_count() or 1) as threads:
            rest = [threads.submit(build_one, r, plan, own) for r in left]
            for fut in as_completed(rest):
                finished(fut.result())
    except BaseException:  # Ctrl-C or SIGTERM: no further report; those running are stopped
        _stop_workers(executor)  # (each cleans up: its previous output stays)
        executor.shutdown(wait=True, cancel_futures=True)
        raise
    order = {r: i for i, r in enumerate(reports)}
    return sorted(done, key=lambda o: order[o.report])


def _stop_workers(executor) -> None:
    """Interrupt the worker processes' builds (SIGTERM: KeyboardInterrupt in the worker)."""
    if not isinstance(executor, ProcessPoolExecutor):
        return  # threads of this process: the interrupt is already here
    for process in list((getattr(executor, "_processes", None) or {}).values()):
        with contextlib.suppress(OSError, ValueError):
            process.terminate()


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
            f"{_first_line(reason)}"
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
