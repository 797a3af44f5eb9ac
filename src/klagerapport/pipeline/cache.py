"""Reuse and provenance: what a section's outputs depend on (its key), copying a reusable section
from the previous run, and the audit record `build.json`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import importlib.metadata
import json
import shutil
import subprocess
from pathlib import Path

from .. import __version__, paths, settings
from .notebooks import Section

BUILD_RECORD = paths.BUILD_RECORD


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def section_inputs() -> list[Path]:
    """Every project file a section may read besides the case data and the package's code: all
    of `data/reference/` (code lists, districts, settings, units, suppression, row notes, the
    published figures a handling-time revision note compares with, and whatever is added
    there), and the value contract `report/values.yml`. Derived from the folder, never
    hand-picked; tests/test_section_cache.py fails if a section reads a project file outside
    this list."""
    reference = [p for p in paths.REFERENCE.rglob("*") if p.is_file()]
    return [*sorted(reference), paths.VALUES_CONTRACT]


def code_hash() -> str:
    """A hash of the package source, the section inputs (`section_inputs`) and key libraries:
    a change to any of them re-runs the sections."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent.parent
    for src in sorted(package.rglob("*.py")):
        digest.update(src.relative_to(package).as_posix().encode())
        digest.update(src.read_bytes())
    for ref in section_inputs():
        digest.update(paths.shown(ref).encode())
        digest.update(ref.read_bytes() if ref.is_file() else b"<missing>")
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


def reuse(previous: dict, final: Path, section: Section, key: str, run_dir: Path) -> list[str]:
    """Copy a section's files from the previous run if its key matches and every file it wrote
    (and its executed notebook) still has the hash recorded then; else return []."""
    entry = previous.get("sections", {}).get(section.name, {})
    files = entry.get("files", [])
    outputs = entry.get("outputs")
    executed = f"notebooks/{section.filename}"
    # a public run keeps no executed notebook (pipeline/run.py): its record names none
    wanted = [*files, executed] if isinstance(outputs, dict) and executed in outputs else files
    if entry.get("key") != key or not files or not isinstance(outputs, dict):
        return []
    if set(outputs) != set(wanted) or not all(_same(final / f, outputs[f]) for f in wanted):
        return []  # a file edited, added or missing since: run the section again
    for rel in wanted:
        dest = run_dir / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(final / rel, dest)
    return files


def _same(path: Path, sha256: object) -> bool:
    return path.is_file() and not path.is_symlink() and file_hash(path) == sha256


def output_hashes(run_dir: Path, run) -> dict[str, str]:
    """The SHA-256 of each file a section wrote and of its executed notebook."""
    rels = [*run.files, f"notebooks/{run.section.filename}"]
    return {rel: file_hash(run_dir / rel) for rel in rels if (run_dir / rel).is_file()}


def git_state(root: Path | None = None) -> dict | None:
    """The project's git commit and whether the working tree had changes (None outside git):
    which code made a report. Untracked outputs and data are ignored by .gitignore."""
    root = root or paths.ROOT

    def git(*args: str) -> str | None:
        try:
            proc = subprocess.run(
                ["git", "-C", str(root), *args], capture_output=True, text=True, timeout=10
            )
        except (OSError, subprocess.SubprocessError):
            return None
        return proc.stdout if proc.returncode == 0 else None

    commit = git("rev-parse", "HEAD")
    if commit is None:
        return None
    status = git("status", "--porcelain", "--untracked-files=no")
    return {"commit": commit.strip(), "dirty": bool(status and status.strip())}


def build_record(
    plan: settings.BuildPlan,
    validated,
    data_hash,
    code,
    runs,
    engine_used,
    timings,
    run_dir: Path,
    kernels_used: str | None = "plain",
    render: dict | None = None,
) -> dict:
    """The audit record of a run (build.json): parameters, versions, input hashes, timings; a
    public edition's without counts and local paths (`public_record`)."""
    record = {
        "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "parameters": {
            "district": plan.district,
            "year": plan.year,
            "data": paths.shown(plan.data),
            "engine": plan.engine,
            "jobs": plan.jobs,
            "pool": plan.pool,
            "kernels": kernels_used,
            "utgave": plan.utgave,
            "final": plan.final,
            "partial": plan.partial,
        },
        "engine_used": engine_used,
        "git": git_state(),
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
                "outputs": output_hashes(run_dir, r),
            }
            for r in runs
        },
        "render": render,
    }
    return public_record(record) if plan.public else record


# What a public edition's build.json leaves out: nothing in a public folder may say a number the
# gate (publish/audit.py, publish/attack.py) does not examine. The source files' row counts and
# kept rows are the true counts (one file per year: each year's), their names and the data's
# path are local, and timings grow with the number of cases. docs/suppression.md, "build.json".
PUBLIC_PARAMETERS_LEFT_OUT = ("data",)
PUBLIC_RECORD_LEFT_OUT = ("input_manifest", "timings_seconds")
PUBLIC_SECTION_LEFT_OUT = ("seconds",)


def public_record(record: dict) -> dict:
    """The build record a public folder carries: parameters without the data's path, the code's
    and the processed snapshot's SHA-256 (a hash of the whole validated data: it tells nothing
    unless one holds that very data), each section's key and the hashes of the files it wrote
    (files the folder itself publishes); no source files, row counts or timings."""
    out = {k: v for k, v in record.items() if k not in PUBLIC_RECORD_LEFT_OUT}
    out["parameters"] = {
        k: v for k, v in record["parameters"].items() if k not in PUBLIC_PARAMETERS_LEFT_OUT
    }
    out["sections"] = {
        name: {k: v for k, v in entry.items() if k not in PUBLIC_SECTION_LEFT_OUT}
        for name, entry in record["sections"].items()
    }
    return out


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)
