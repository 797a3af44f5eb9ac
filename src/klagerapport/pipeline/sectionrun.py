"""Step 3 of a build: the section notebooks run in parallel (Papermill), each in its own staging
folder, so the build knows which files a section wrote; a failing notebook is kept and named.
"""

from __future__ import annotations

import shutil
import traceback
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from dataclasses import dataclass, field
from pathlib import Path

from papermill.exceptions import PapermillExecutionError

from .. import fmt, paths
from ..errors import BuildError
from ..settings import POOLS
from . import kernel_managers
from .notebooks import Section, execute, failure_message

STAGING = ".sections"

Log = Callable[[str], None]


@dataclass
class SectionRun:
    """What running (or reusing) one section notebook gave."""

    section: Section
    seconds: float
    files: list[str] = field(default_factory=list)
    key: str = ""
    reused: bool = False


def staging_dir(run_dir: Path, section: str) -> Path:
    """Where a section's notebook runs and writes (its kernel's working folder)."""
    return run_dir / STAGING / section


def collect(staging: Path, run_dir: Path) -> list[str]:
    """Move a section's files from its staging folder into the run; return their paths."""
    moved = []
    for src in sorted(p for p in staging.rglob("*") if p.is_file()):
        rel = src.relative_to(staging)
        dest = run_dir / rel
        if dest.exists():
            raise BuildError(f"to avsnitt skriver samme fil: {rel.as_posix()}")
        dest.parent.mkdir(parents=True, exist_ok=True)
        src.rename(dest)
        moved.append(rel.as_posix())
    return moved


def _pool(kind: str, jobs: int):
    if kind not in POOLS:
        raise BuildError(f"ukjent pool «{kind}». Tillatt: {', '.join(POOLS)}")
    return (ThreadPoolExecutor if kind == "thread" else ProcessPoolExecutor)(max_workers=jobs)


def run_sections(
    sections: list[Section],
    *,
    run_dir: Path,
    parameters: dict[str, dict],
    jobs: int,
    pool: str,
    failed: Path,
    log: Log,
    manager_class: type | None = None,
) -> dict[str, tuple[float, list[str]]]:
    """Run the notebooks in parallel; return {section: (seconds, files)}. Stops on a failure."""
    (run_dir / "notebooks").mkdir(parents=True, exist_ok=True)
    done: dict[str, tuple[float, list[str]]] = {}
    total = len(sections)
    width = max((len(s.name) for s in sections), default=0)
    executor = _pool(pool, jobs)
    fell_back = False  # a forked kernel failed and a plain one took over: said once
    try:
        futures: dict[Future, Section] = {}
        for s in sections:
            staging_dir(run_dir, s.name).mkdir(parents=True, exist_ok=True)
            out_nb = run_dir / "notebooks" / s.filename
            cwd = staging_dir(run_dir, s.name)
            args = (s.notebook, out_nb, parameters[s.name], cwd, manager_class)
            futures[executor.submit(execute, *args)] = s
        pending = set(futures)
        while pending:
            finished, pending = wait_futures(pending, return_when=FIRST_COMPLETED)
            for fut in sorted(finished, key=lambda f: futures[f].filename):
                s = futures[fut]
                err = fut.exception()
                if err is not None:
                    for other in pending:
                        other.cancel()
                    raise _section_failed(s, run_dir, failed, err) from None
                files = collect(staging_dir(run_dir, s.name), run_dir)
                seconds, starts, kind = fut.result()
                done[s.name] = (seconds, files)
                again = f" (kjernen startet {starts} ganger)" if starts > 1 else ""
                log(f"  [{len(done)}/{total}] {s.name:<{width}}  {fmt.decimal(seconds)} s{again}")
                if manager_class is not None and kind == "plain" and not fell_back:
                    fell_back = True
                    log(
                        "Advarsel: en varm kjerne startet ikke; avsnittet kjørte på en vanlig "
                        "kjerne (bruk --kernels plain for å kjøre alle slik)"
                    )
    except BaseException as err:
        if not isinstance(err, Exception):  # Ctrl-C or SIGTERM: the running notebooks end now
            kernel_managers.stop_running()
        executor.shutdown(wait=True, cancel_futures=True)
        raise
    executor.shutdown(wait=True)
    return done


def _section_failed(
    section: Section, run_dir: Path, failed: Path, err: BaseException
) -> BuildError:
    executed = run_dir / "notebooks" / section.filename
    kept = failed / section.filename
    if executed.is_file():
        failed.mkdir(parents=True, exist_ok=True)
        shutil.copy2(executed, kept)
    if not isinstance(err, Exception):
        raise err
    if not isinstance(err, PapermillExecutionError):  # not the notebook's code: keep the trace
        failed.mkdir(parents=True, exist_ok=True)
        trace = failed / f"{section.filename}.traceback.txt"
        trace.write_text("".join(traceback.format_exception(err)), encoding="utf-8")
        return BuildError(failure_message(section, kept, err) + f"\nSporing: {paths.shown(trace)}")
    return BuildError(failure_message(section, kept, err))
