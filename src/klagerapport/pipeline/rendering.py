"""Step 5 of a build: the render (HTML, PDF, XLSX, the values page and the Quarto project), or,
when nothing it reads has changed, the previous run's rendered files copied instead.

What the render reads is its key: every file the sections and the merge wrote into the run
(tables, figures, values, the suppression log), the analysts' commentary of the district and
year (and the district's files beside the years, such as `tillatt.yml`), `report/` (template,
partials, filters, styles), `_quarto.yml`, `data/reference/`, the utgave (intern/offentlig)
and the finality (utkast/endelig), the engine that would render and its version, and the
package's source hash.
A previous run's files are reused only if its key matches and each rendered file still has the
hash recorded then; they are copied into the new run, which is swapped in as a whole as always.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import json
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .. import fmt, paths, settings
from .. import render as render_module
from ..errors import BuildError, KlagerapportError, Problem
from . import cache

Log = Callable[[str], None]
NOT_READ = ("notebooks/", cache.BUILD_RECORD)  # in the run, but not read by the render
EMBEDDED_LIBRARIES = ("pypandoc-binary", "pypandoc_binary", "typst")


@dataclass
class RenderStep:
    """What the render step gave: the render's result (None when reused), its record and the
    commentary's findings (with the notes about the data: what a draft's box shows)."""

    rendered: object | None
    engine: str | None
    seconds: float
    reused: bool = False
    record: dict = field(default_factory=dict)
    findings: list[Problem] = field(default_factory=list)


def run_files(run_dir: Path) -> dict[str, str]:
    """Every file of the run the render can read, with its hash."""
    found = {}
    for path in sorted(p for p in run_dir.rglob("*") if p.is_file()):
        rel = path.relative_to(run_dir).as_posix()
        if not rel.startswith(NOT_READ):
            found[rel] = cache.file_hash(path)
    return found


def _tree(folder: Path, *, recursive: bool = True) -> list[tuple[str, str]]:
    if not folder.is_dir():
        return []
    found = folder.rglob("*") if recursive else folder.glob("*")
    return [
        (p.relative_to(folder).as_posix(), cache.file_hash(p)) for p in sorted(found) if p.is_file()
    ]


def engine_version(engine: str) -> str:
    """The version of the engine that renders: Quarto's own, or the embedded libraries'."""
    if engine == "quarto":
        try:
            proc = subprocess.run(
                ["quarto", "--version"], capture_output=True, text=True, timeout=30
            )
        except (OSError, subprocess.SubprocessError):
            return "quarto ?"
        return f"quarto {proc.stdout.strip()}"
    found = []
    for dist in EMBEDDED_LIBRARIES:
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            found.append(f"{dist}=={importlib.metadata.version(dist)}")
    return ",".join(found)


def render_key(run_dir: Path, plan: settings.BuildPlan, code: str, engine: str) -> tuple[str, dict]:
    """The key of everything the render reads, and its parts (recorded in build.json)."""
    district_dir = paths.commentary_dir(plan.district, plan.year).parent
    parts = {
        "run": run_files(run_dir),
        "commentary": _tree(paths.commentary_dir(plan.district, plan.year)),
        "commentary_district": _tree(district_dir, recursive=False),
        "report": _tree(paths.REPORT_DIR),
        "quarto_project": cache.file_hash(paths.QUARTO_PROJECT),
        "reference": _tree(paths.REFERENCE),
        "utgave": plan.utgave,
        "finality": plan.finality,
        "engine": {"engine": engine, "version": engine_version(engine)},
        "code": code,
        "district": plan.district,
        "year": plan.year,
    }
    payload = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode()).hexdigest(), parts


def reuse(previous: dict, final: Path, key: str, run_dir: Path) -> dict | None:
    """Copy the previous run's rendered files into `run_dir` if its render key is `key` and
    every file still has the hash recorded then; return the previous render record, or None."""
    entry = previous.get("render")
    if not isinstance(entry, dict) or entry.get("key") != key:
        return None
    outputs = entry.get("outputs")
    if not isinstance(outputs, dict) or not outputs:
        return None
    if not Problem.records(entry.get("findings")):  # an older or edited record: render again
        return None
    for rel, sha in outputs.items():
        path = final / rel
        if not path.is_file() or path.is_symlink() or cache.file_hash(path) != sha:
            return None  # a rendered file edited or missing since: render again
    for rel in outputs:
        dest = run_dir / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(final / rel, dest)
    return entry


def render_step(
    run_dir: Path,
    plan: settings.BuildPlan,
    *,
    code: str,
    previous: dict,
    log: Log,
) -> RenderStep:
    """Render the run in `run_dir` (the new run's temporary folder), or reuse the last render."""
    t0 = time.perf_counter()
    try:
        engine = render_module.choose_engine(plan.engine)
    except Exception as err:  # as the render itself reports it
        raise BuildError(f"rendringen feilet: {_reason(err)}") from None
    before = run_files(run_dir)
    key, _ = render_key(run_dir, plan, code, engine)
    entry = reuse(previous, plan.folder, key, run_dir) if previous else None
    if entry is not None:
        for warning in entry.get("warnings", []):
            log(f"Advarsel: {warning}")
        seconds = time.perf_counter() - t0
        log(f"Rapport: uendret, gjenbrukt ({fmt.decimal(seconds)} s)")
        record = {**entry, "reused": True}
        findings = [Problem.from_record(found) for found in entry["findings"]]
        return RenderStep(None, entry.get("engine", engine), seconds, True, record, findings)
    rendered = _render(run_dir, plan)
    seconds = time.perf_counter() - t0
    warnings = list(getattr(rendered, "warnings", []) or [])
    findings = list(getattr(rendered, "findings", []) or [])
    for warning in warnings:
        log(f"Advarsel: {warning}")
    engine_used = getattr(rendered, "engine", None) or engine
    log(f"Rapport: {fmt.decimal(seconds)} s (motor: {engine_used})")
    after = run_files(run_dir)
    outputs = {rel: sha for rel, sha in after.items() if before.get(rel) != sha}
    record = {
        "key": key,
        "reused": False,
        "engine": engine_used,
        "warnings": warnings,
        "findings": [found.record() for found in findings],  # for a reuse's --json
        "outputs": outputs,
    }
    return RenderStep(rendered, engine_used, seconds, False, record, findings)


def _render(run_dir: Path, plan: settings.BuildPlan):
    try:
        return render_module.render_run(run_dir, plan)
    except BuildError:
        raise
    except Exception as err:  # the render module's own failure: same safe way out
        raise BuildError.wrapping(f"rendringen feilet: {_reason(err)}", err) from None


def _reason(err: Exception) -> str:
    """A user error's own message; any other error with its class name (it is a bug)."""
    if isinstance(err, KlagerapportError):
        return str(err)
    return f"{type(err).__name__}: {err}"
