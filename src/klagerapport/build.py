"""The build: validate, run the section notebooks with Papermill in parallel, merge, render, swap.

A run is built in a temporary folder next to its final place and swapped in only when every step
succeeded; on any failure (or Ctrl-C) the previous good output stays as it was. A failing notebook
is kept in `<parent>/.failed/<name>/` and named, with its cell, line and exception, in the
`BuildError`. Each section runs in its own staging folder, so `build.json` records which files a
section wrote and the inputs it ran on; a rebuild reuses a section whose inputs did not change.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import importlib.metadata
import json
import os
import re
import shutil
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from dataclasses import dataclass, field
from pathlib import Path

from papermill.exceptions import PapermillExecutionError

from . import __version__, codes, config, fmt, paths
from .errors import BuildError, KlagerapportError

BUILD_RECORD = "build.json"
STAGING = ".sections"
KERNEL = "python3"
KERNEL_ARGS = ["--IPKernelApp.log_level=CRITICAL"]  # no kernel chatter in the build log
KERNEL_STARTS = 3  # attempts to start a section's kernel
POOLS = ("thread", "process")
_NOTEBOOK_NAME = re.compile(r"^(?:\d+_)?(?P<section>.+)\.ipynb$")
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_CELL_FRAME = re.compile(r"Cell In\s*\[(?P<count>\d*)\], line (?P<line>\d+)")

Log = Callable[[str], None]


def _print(line: str) -> None:
    print(line, flush=True)


@dataclass(frozen=True)
class Section:
    """One section notebook of the build."""

    name: str
    notebook: Path

    @property
    def filename(self) -> str:
        return self.notebook.name


@dataclass
class SectionRun:
    """What running (or reusing) one section notebook gave."""

    section: Section
    seconds: float
    files: list[str] = field(default_factory=list)
    key: str = ""
    reused: bool = False


@dataclass
class BuildResult:
    run_dir: Path
    sections: list[SectionRun]
    seconds: float
    record: dict
    render: object | None = None


# --- notebooks ------------------------------------------------------------------------------


def discover(folder: Path) -> list[Section]:
    """The section notebooks of a folder, in file-name order: 01_received.ipynb -> received."""
    found = []
    for nb in sorted(folder.glob("*.ipynb")):
        match = _NOTEBOOK_NAME.match(nb.name)
        if match:
            found.append(Section(match["section"], nb))
    if not found:
        raise BuildError(f"ingen notatbøker i {folder}")
    return found


def declared_parameters(notebook: Path) -> set[str]:
    """Names assigned in the notebook's `parameters` cell (empty if it has none)."""
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    for cell in nb.get("cells", []):
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            source = "".join(cell.get("source", ""))
            return set(re.findall(r"^([A-Za-z_]\w*)\s*=", source, flags=re.MULTILINE))
    return set()


def section_parameters(section: Section, common: dict, options: dict) -> dict:
    """The common parameters plus every option the notebook declares (e.g. deadline_days)."""
    declared = declared_parameters(section.notebook)
    return {**common, **{k: v for k, v in options.items() if k in declared}}


def kernel_start_failed(err: BaseException) -> bool:
    """True for a kernel that died or hung while starting (e.g. two kernels got the same port)."""
    text = str(err)
    return isinstance(err, RuntimeError | TimeoutError) and any(
        m in text for m in ("before replying to kernel_info", "didn't respond", "did not respond")
    )


def execute(notebook: Path, output: Path, parameters: dict) -> tuple[float, int]:
    """Run one notebook with Papermill; return (wall seconds, kernel starts). Picklable.

    A kernel that fails to start is started again (up to KERNEL_STARTS times); an error in the
    notebook's code is never retried. No `cwd=`: Papermill implements it with a process-wide
    chdir, which races between threads; the notebooks take absolute paths only.
    """
    import papermill

    start = time.perf_counter()
    for attempt in range(1, KERNEL_STARTS + 1):
        try:
            papermill.execute_notebook(
                str(notebook),
                str(output),
                parameters=parameters,
                kernel_name=KERNEL,
                progress_bar=False,
                log_output=False,
                extra_arguments=KERNEL_ARGS,
            )
            return time.perf_counter() - start, attempt
        except PapermillExecutionError:
            raise
        except Exception as err:
            if attempt == KERNEL_STARTS or not kernel_start_failed(err):
                raise
    raise AssertionError("unreachable")


# --- failure messages -----------------------------------------------------------------------


def _error_cell(nb: dict) -> tuple[int, dict] | None:
    """(1-based number in the source notebook, cell) of the cell whose output is an error."""
    number = 0
    for cell in nb.get("cells", []):
        tags = cell.get("metadata", {}).get("tags", [])
        if "injected-parameters" in tags or "papermill-error-cell-tag" in tags:
            continue
        number += 1
        if any(o.get("output_type") == "error" for o in cell.get("outputs", [])):
            return number, cell
    return None


def _raising_line(traceback: Iterable[str]) -> int | None:
    """The line number within the cell of the frame 'Cell In[n], line L' in a traceback."""
    text = _ANSI.sub("", "\n".join(traceback))
    found = _CELL_FRAME.findall(text)
    return int(found[0][1]) if found else None


def failure_message(section: Section, executed: Path, err: Exception) -> str:
    """The section, cell, source line and exception of a failed notebook, and where it is kept."""
    ename = getattr(err, "ename", type(err).__name__)
    evalue = getattr(err, "evalue", str(err))
    where, lines = "", []
    try:
        nb = json.loads(executed.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        nb = {}
    found = _error_cell(nb)
    if found:
        number, cell = found
        source = "".join(cell.get("source", "")).splitlines()
        tb = next(o.get("traceback", []) for o in cell["outputs"] if o["output_type"] == "error")
        line = _raising_line(tb)
        count = cell.get("execution_count")
        where = f", celle {number}" + (f" (In [{count}])" if count else "")
        if line and 0 < line <= len(source):
            where += f", linje {line}"
            lines = [source[line - 1].strip()]
        else:
            lines = [s.strip() for s in source if s.strip()]
    text = f"avsnittet «{section.name}» feilet i {section.filename}{where}"
    if lines:
        text += ":\n" + "\n".join(f"    {s}" for s in lines)
    text += f"\n{ename}: {evalue}"
    if executed.is_file():
        text += f"\nDen kjørte notatboken er lagret i {paths.shown(executed)}"
    return text


# --- hashing and the audit record -----------------------------------------------------------


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def code_hash() -> str:
    """A hash of the package source, code lists and key libraries: a change re-runs sections."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent
    for src in sorted(package.glob("*.py")):
        digest.update(src.name.encode())
        digest.update(src.read_bytes())
    for ref in (paths.CODES_FILE, paths.SETTINGS_FILE):
        if ref.is_file():
            digest.update(ref.read_bytes())
    for dist in ("pandas", "numpy", "matplotlib", "pyarrow"):
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            digest.update(f"{dist}=={importlib.metadata.version(dist)}".encode())
    return digest.hexdigest()


def section_key(section: Section, parameters: dict, data_hash: str, code: str) -> str:
    """What a section's outputs depend on: its notebook, parameters, the data and the code."""
    stable = {k: v for k, v in parameters.items() if k not in ("processed", "out_dir")}
    payload = json.dumps(
        [file_hash(section.notebook), stable, data_hash, code], sort_keys=True, default=str
    )
    return hashlib.sha256(payload.encode()).hexdigest()


MANIFEST_KEPT = ("name", "source", "rows", "rows_kept", "synthetic")


def manifest_hashes(manifest: object) -> object:
    """The input manifest's hashes (keys with 'sha'/'hash') and file names and row counts."""
    if isinstance(manifest, dict):
        out = {}
        for key, value in manifest.items():
            kept = key in MANIFEST_KEPT or any(w in str(key).lower() for w in ("sha", "hash"))
            if kept and not isinstance(value, dict | list):
                out[key] = value
            else:
                sub = manifest_hashes(value)
                if sub:
                    out[key] = sub
        return out
    if isinstance(manifest, list):
        kept = [manifest_hashes(v) for v in manifest]
        return [v for v in kept if v]
    return None


def previous_record(final: Path) -> dict:
    try:
        return json.loads((final / BUILD_RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


# --- the output folder ----------------------------------------------------------------------


def check_target(final: Path) -> None:
    """Refuse to replace a folder that holds something else than an earlier run."""
    if final.exists() and not final.is_dir():
        raise BuildError(f"{final} finnes og er ikke en mappe")
    if final.is_dir() and any(final.iterdir()) and not (final / BUILD_RECORD).is_file():
        raise BuildError(
            f"{final} finnes og er ikke en tidligere kjøring (mangler {BUILD_RECORD}); "
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


def swap_in(new: Path, final: Path) -> None:
    """Replace `final` by `new`: rename the old aside, the new in, then delete the old."""
    old = None
    if final.exists():
        old = final.parent / f".{final.name}.old-{os.getpid()}-{time.time_ns()}"
        final.rename(old)
    try:
        new.rename(final)
    except BaseException:
        if old is not None:
            old.rename(final)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


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


def reuse(previous: dict, final: Path, section: Section, key: str, run_dir: Path) -> list[str]:
    """Copy a section's files from the previous run if its key matches; else return []."""
    entry = previous.get("sections", {}).get(section.name, {})
    files = entry.get("files", [])
    executed = f"notebooks/{section.filename}"
    wanted = [*files, executed]
    if entry.get("key") != key or not files or not all((final / f).is_file() for f in wanted):
        return []
    for rel in wanted:
        dest = run_dir / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(final / rel, dest)
    return files


# --- running the notebooks ------------------------------------------------------------------


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
) -> dict[str, tuple[float, list[str]]]:
    """Run the notebooks in parallel; return {section: (seconds, files)}. Stops on a failure."""
    (run_dir / "notebooks").mkdir(parents=True, exist_ok=True)
    done: dict[str, tuple[float, list[str]]] = {}
    total = len(sections)
    width = max((len(s.name) for s in sections), default=0)
    executor = _pool(pool, jobs)
    try:
        futures: dict[Future, Section] = {}
        for s in sections:
            staging = Path(parameters[s.name]["out_dir"])
            staging.mkdir(parents=True, exist_ok=True)
            out_nb = run_dir / "notebooks" / s.filename
            futures[executor.submit(execute, s.notebook, out_nb, parameters[s.name])] = s
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
                files = collect(Path(parameters[s.name]["out_dir"]), run_dir)
                seconds, starts = fut.result()
                done[s.name] = (seconds, files)
                again = f" (kjernen startet {starts} ganger)" if starts > 1 else ""
                log(f"  [{len(done)}/{total}] {s.name:<{width}}  {fmt.decimal(seconds)} s{again}")
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
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


# --- the build ------------------------------------------------------------------------------


def _validate(cfg: config.RunConfig, log: Log):
    from . import validate

    validated = validate.load_validated(cfg.data, year=cfg.year, district=cfg.district)
    for warning in validated.warnings:
        log(f"Advarsel: {warning}")
    log(f"Validert: {paths.shown(Path(validated.processed))}")
    return validated


def _options() -> dict:
    return {"deadline_days": int(codes.settings()["answer_deadline_days"])}


def run(
    *,
    year: int | None = None,
    district: str | None = None,
    data: Path | None = None,
    out: Path | None = None,
    engine: str | None = None,
    jobs: int | None = None,
    render: bool = True,
    notebooks_dir: Path | None = None,
    pool: str = "thread",
    incremental: bool = True,
    utgave: str | None = None,
    log: Log = _print,
) -> BuildResult:
    """Build one report run; see the module docstring. Raises BuildError, leaving the old run.

    `utgave`: "intern" (default; everything, for POD) or "offentlig" (small counts suppressed,
    publish/suppression.py), built into its own folder.
    """
    from .publish import suppression

    start = time.perf_counter()
    utgave = suppression.edition(utgave)
    cfg = config.load(district=district, year=year, data=data, engine=engine)
    log(cfg.describe() + f"\n  utgave:   {utgave}")
    final = Path(out).resolve() if out else paths.output_dir(cfg.district, cfg.year, utgave)
    check_target(final)
    jobs = max(1, jobs or os.cpu_count() or 1)
    sections = discover(notebooks_dir or paths.NOTEBOOKS)
    validated = _validate(cfg, log)
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{final.name}.tmp-", dir=final.parent))
    tmp.chmod(0o755)  # mkdtemp makes it private; the run is an ordinary folder
    try:
        result = _build_into(
            tmp, final, cfg, validated, sections, jobs, pool, render, incremental, log, utgave
        )
        swap_in(tmp, final)
        clear_failed(final)
    except KlagerapportError as err:  # a notebook, the merge or the render
        shutil.rmtree(tmp, ignore_errors=True)
        kept = "er ikke endret" if final.exists() else "finnes ikke (ingen tidligere kjøring)"
        raise BuildError(f"{err}\nForrige resultat i {paths.shown(final)} {kept}.") from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    result.run_dir = final
    result.seconds = time.perf_counter() - start
    log(f"Ferdig: {paths.shown(final)} på {fmt.decimal(result.seconds)} s")
    return result


def _build_into(
    tmp, final, cfg, validated, sections, jobs, pool, render, incremental, log, utgave="intern"
):
    processed = Path(validated.processed).resolve()
    data_hash = file_hash(processed)
    code = code_hash()
    previous = previous_record(final) if incremental else {}
    common = {
        "district": cfg.district,
        "year": cfg.year,
        "processed": str(processed),
        "utgave": utgave,
    }
    runs: dict[str, SectionRun] = {}
    to_run, params = [], {}
    for s in sections:
        p = section_parameters(s, common, _options())
        key = section_key(s, p, data_hash, code)
        files = reuse(previous, final, s, key, tmp)
        if files:
            runs[s.name] = SectionRun(s, 0.0, files, key, reused=True)
        else:
            params[s.name] = {**p, "out_dir": str(tmp / STAGING / s.name)}
            runs[s.name] = SectionRun(s, 0.0, [], key)
            to_run.append(s)
    reused = [s.name for s in sections if runs[s.name].reused]
    if reused:
        log(f"Uendret, gjenbrukt: {', '.join(reused)}")
    if to_run:
        log(f"Kjører {len(to_run)} notatbøker, {min(jobs, len(to_run))} om gangen")
    t0 = time.perf_counter()
    done = run_sections(
        to_run,
        run_dir=tmp,
        parameters=params,
        jobs=jobs,
        pool=pool,
        failed=failed_dir(final),
        log=log,
    )
    for name, (seconds, files) in done.items():
        runs[name].seconds, runs[name].files = seconds, files
    shutil.rmtree(tmp / STAGING, ignore_errors=True)
    notebooks_seconds = time.perf_counter() - t0
    log(f"Notatbøker: {fmt.decimal(notebooks_seconds)} s")
    from . import values

    values.merge(tmp)
    if utgave == "offentlig":
        from .publish import edition

        edition.merge_log(tmp, [s.name for s in sections])
    rendered, engine_used, render_seconds = None, None, None
    if render:
        rendered, engine_used, render_seconds = _render(tmp, cfg, log)
    record = build_record(
        cfg,
        validated,
        data_hash,
        code,
        list(runs.values()),
        jobs,
        pool,
        engine_used,
        {"notebooks": notebooks_seconds, "render": render_seconds},
        utgave,
    )
    (tmp / BUILD_RECORD).write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    return BuildResult(tmp, list(runs.values()), 0.0, record, rendered)


def _render(run_dir: Path, cfg: config.RunConfig, log: Log):
    from . import render as render_module

    t0 = time.perf_counter()
    try:
        rendered = render_module.render_run(
            run_dir, district=cfg.district, year=cfg.year, engine=cfg.engine
        )
    except BuildError:
        raise
    except Exception as err:  # the render module's own failure: same safe way out
        raise BuildError(f"rendringen feilet: {type(err).__name__}: {err}") from None
    seconds = time.perf_counter() - t0
    for warning in getattr(rendered, "warnings", []) or []:
        log(f"Advarsel: {warning}")
    engine_used = getattr(rendered, "engine", None) or cfg.engine
    log(f"Rapport: {fmt.decimal(seconds)} s (motor: {engine_used})")
    return rendered, engine_used, seconds


def build_record(
    cfg, validated, data_hash, code, runs, jobs, pool, engine_used, timings, utgave="intern"
) -> dict:
    """The audit record of a run (build.json): parameters, versions, input hashes, timings."""
    return {
        "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "parameters": {
            "district": cfg.district,
            "year": cfg.year,
            "data": paths.shown(cfg.data),
            "engine": cfg.engine,
            "jobs": jobs,
            "pool": pool,
            "utgave": utgave,
        },
        "engine_used": engine_used,
        "klagerapport_version": __version__,
        "code_sha256": code,
        "processed_sha256": data_hash,
        "input_manifest": manifest_hashes(getattr(validated, "manifest", {}) or {}) or {},
        "timings_seconds": {k: _round(v) for k, v in timings.items()},
        "sections": {
            r.section.name: {
                "notebook": r.section.filename,
                "notebook_sha256": file_hash(r.section.notebook),
                "seconds": _round(r.seconds),
                "reused": r.reused,
                "key": r.key,
                "files": r.files,
            }
            for r in runs
        },
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)
