"""Benchmark of the build (not a test): `make benchmark`, or `python benchmarks/bench_build.py`.

Runs in a throw-away copy of the project (KLAGERAPPORT_ROOT), so the real data/processed/ and
outputs/ are never touched. Measures, in one process:

1. a cold build of Oslo 2019 (empty processed store and output), full (with render);
2. a rebuild with nothing changed (unchanged sections are reused);
3. the build of all 13 sample years 2007-2019;
4. the notebook step alone, in parallel with threads and with processes, and one at a time;
5. a naive baseline: the same notebooks run one after another by plain
   `papermill.execute_notebook`, no parallelism.

Prints wall times and each one's ratio to the baseline.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1]
COPIED = ("data/raw/sample", "data/reference", "notebooks", "commentary", "report")
COPIED_FILES = ("config.yml", "pyproject.toml", "_quarto.yml")


def isolated_root() -> Path:
    """A copy of what a build reads, in a temp folder; KLAGERAPPORT_ROOT points at it."""
    root = Path(tempfile.mkdtemp(prefix="klagerapport-bench-"))
    for rel in COPIED:
        if (SOURCE / rel).exists():
            shutil.copytree(SOURCE / rel, root / rel)
    for rel in COPIED_FILES:
        if (SOURCE / rel).exists():
            shutil.copy2(SOURCE / rel, root / rel)
    (root / "data" / "processed").mkdir(parents=True)
    (root / "outputs").mkdir()
    os.environ["KLAGERAPPORT_ROOT"] = str(root)  # before klagerapport is imported; kernels inherit
    return root


def timed(func, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = func(*args, **kwargs)
    return time.perf_counter() - start, result


def quiet(line: str) -> None:
    pass


def machine() -> dict[str, str]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
        memory = f"{mem_kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration):
        memory = "?"
    return {
        "nproc": str(os.cpu_count()),
        "cpu": cpu,
        "memory": memory,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def print_table(rows: list[tuple[str, float]], base: float) -> None:
    """Wall seconds of each measurement and its ratio to the naive baseline."""
    width = max(len(name) for name, _ in rows)
    print(f"{'':<{width}}  {'sek':>7}  {'/grunnlinje':>11}")
    for name, seconds in rows:
        print(f"{name:<{width}}  {seconds:7.2f}  {seconds / base:11.2f}")


def naive_baseline(notebooks, paths, processed: Path, year: int, scratch: Path) -> float:
    """The section notebooks of a district's report (the 7 of the form; not the national-only
    comparison) run one after another by plain papermill.execute_notebook."""
    import papermill

    from klagerapport.sections import registry

    national_only = {spec.name for spec in registry.national_only()}
    start = time.perf_counter()
    for section in notebooks.discover(paths.NOTEBOOKS):
        if section.name in national_only:
            continue
        out = scratch / section.name
        out.mkdir(parents=True)
        papermill.execute_notebook(
            str(section.notebook),
            str(out / section.filename),
            parameters={
                "district": "Oslo",
                "year": year,
                "processed": str(processed),
                "out_dir": str(out),
            },
            kernel_name="python3",
            progress_bar=False,
        )
    return time.perf_counter() - start


def notebooks_only(pipeline_run, out: Path, **kwargs) -> float:
    """Wall time of the notebook step of a build that re-runs every section (no render)."""
    result = pipeline_run.build_report(
        year=2019, district="Oslo", out=out, render=False, incremental=False, log=quiet, **kwargs
    )
    return result.record["timings_seconds"]["notebooks"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-years", action="store_true", help="skip the 13-year build")
    args = parser.parse_args(argv)

    root = isolated_root()
    from klagerapport import paths
    from klagerapport.ingest import store
    from klagerapport.pipeline import notebooks
    from klagerapport.pipeline import run as pipeline_run

    rows: list[tuple[str, float]] = []
    try:
        print("Maskin:", ", ".join(f"{k}={v}" for k, v in machine().items()), flush=True)
        cold, result = timed(pipeline_run.run, year=2019, district="Oslo", log=quiet)
        rows.append(("kald bygging Oslo 2019 (full, med rendring)", cold))
        rows.append(("  herav notatbøker", result.record["timings_seconds"]["notebooks"]))
        rows.append(("  herav rendring", result.record["timings_seconds"]["render"] or 0.0))
        again, _ = timed(pipeline_run.run, year=2019, district="Oslo", log=quiet)
        rows.append(("ombygging, ingenting endret (full)", again))
        if not args.skip_years:
            years, _ = timed(
                lambda: [
                    pipeline_run.build_report(year=y, district="Oslo", log=quiet)
                    for y in range(2007, 2020)
                ]
            )
            rows.append(("alle 13 år 2007-2019 (full)", years))
        processed = store.location(paths.SAMPLE_DIR) / store.CASES_FILE
        scratch = Path(tempfile.mkdtemp(dir=root))
        jobs = os.cpu_count() or 1
        rows.append(
            (f"notatbøker, tråder, {jobs} om gangen", notebooks_only(pipeline_run, scratch / "t"))
        )
        rows.append(
            (
                f"notatbøker, prosesser, {jobs} om gangen",
                notebooks_only(pipeline_run, scratch / "p", pool="process"),
            )
        )
        rows.append(
            (
                "notatbøker, én om gangen (--jobs 1)",
                notebooks_only(pipeline_run, scratch / "s", jobs=1),
            )
        )
        base = naive_baseline(notebooks, paths, processed, 2019, scratch / "naive")
        rows.append(("grunnlinje: papermill.execute_notebook etter hverandre", base))
    finally:
        shutil.rmtree(root, ignore_errors=True)

    print_table(rows, base)
    return 0


if __name__ == "__main__":
    sys.exit(main())
