"""Building a batch's reports: one report (`build_one`, whose failure is its outcome, never an
exception), and the worker processes (or threads) that build them all (`build_all`), with a
warm kernel template each; see `pipeline/batch.py`.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.util
import os
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from .. import fmt, settings
from ..errors import KlagerapportError
from . import kernels, stopping
from . import run as run_module
from .batch_reports import Report

Log = Callable[[str], None]

BUILT, REUSED, FAILED = "bygget", "gjenbrukt", "feilet"
WORKERS = ("process", "thread")  # where reports are built (see executor_for)
NOTEBOOK_JOBS = 2  # notebooks at once within one report (part of a kernel's start is waiting)


@dataclass
class Outcome:
    report: Report
    status: str
    seconds: float = 0.0
    reason: str = ""
    pid: int = field(default_factory=os.getpid)  # the process that built it


def first_line(text: str) -> str:
    return next((line.strip() for line in str(text).splitlines() if line.strip()), "")


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


def executor_for(cores: int, workers: str, kernels_kind: str):
    if workers == "thread":
        return ThreadPoolExecutor(max_workers=cores)
    context = multiprocessing.get_context("spawn")
    executor = ProcessPoolExecutor(
        max_workers=cores, mp_context=context, initializer=_worker_start, initargs=(kernels_kind,)
    )
    for _ in range(cores):
        executor.submit(_worker_ready)  # start the workers (and their templates) now
    return executor  # threads: one shared warm template (`pool` in build_batch)


def build_all(reports, plan, executor, pool, log) -> list[Outcome]:
    """Every report on `executor` (worker processes, or threads sharing `pool`), progress as
    each one ends; the outcomes in the plan's order."""
    if isinstance(executor, ProcessPoolExecutor):
        futures = [executor.submit(_build_in_worker, r, plan) for r in reports]
    else:
        futures = [executor.submit(build_one, r, plan, pool) for r in reports]
    done: list[Outcome] = []

    def finished(outcome: Outcome) -> None:
        done.append(outcome)
        reason = f": {first_line(outcome.reason)}" if outcome.reason else ""
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
