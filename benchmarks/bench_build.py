"""Benchmark of the build (not a test): `make benchmark`, or `python benchmarks/bench_build.py`.

Runs in a throw-away copy of the project (KLAGERAPPORT_ROOT), so the real data/processed/ and
outputs/ are never touched. Measures, in one process, each step against the naive baseline of
the same run (the 7 section notebooks of Oslo 2019 one after another by plain
`papermill.execute_notebook`, measured before and after the batches; ratios to their mean):

1. a cold build of Oslo 2019 (empty processed store, no output), full, warm kernels (goal
   ≤ 0.3 × the baseline);
2. a rebuild with nothing changed (unchanged sections and render are reused);
3. the 13 Oslo sample years 2007-2019 as one batch (goal ≤ 2 ×);
4. the 12 districts of the national sample and Norge 2021 as one batch, cold (goal ≤ 2.5 ×).

Each step has its wall time and its CPU seconds: this process's and those of every process it
started and waited for (kernels, kernel templates, batch workers, Pandoc, Typst), by
`resource.getrusage`. A loaded machine stretches wall times unevenly (a parallel batch takes a
larger share of a crowded machine than the one-at-a-time baseline); the CPU seconds it distorts
far less, so their ratios are the figures to compare across runs. Prints the load at start and
end.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
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


def cpu_seconds() -> float:
    """User + system CPU of this process and of its children it has waited for (and theirs)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measured(func, *args, **kwargs) -> tuple[float, float, object]:
    """(wall seconds, CPU seconds, result) of one call."""
    cpu = cpu_seconds()
    wall, result = timed(func, *args, **kwargs)
    return wall, cpu_seconds() - cpu, result


def load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


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


Row = tuple[str, float, float | None, str]  # step, wall s, CPU s (None: not measured), goal


def print_goals(rows: list[Row], wall: float, cpu: float) -> None:
    """Wall and CPU seconds of each step, each with its ratio to the baseline's, and the goal."""
    width = max(len(r[0]) for r in rows)
    print(f"{'':<{width}}  {'sek':>7}  {'/grl.':>6}  {'CPU-sek':>7}  {'/grl.':>6}  mål")
    for name, seconds, cpu_s, goal in rows:
        cpu_text = (
            f"{cpu_s:7.2f}  {cpu_s / cpu:6.2f}" if cpu_s is not None else f"{'–':>7}  {'':>6}"
        )
        print(f"{name:<{width}}  {seconds:7.2f}  {seconds / wall:6.2f}  {cpu_text}  {goal}")


def clear_store(root: Path) -> None:
    for child in (root / "data" / "processed").iterdir():
        if child.is_dir():
            shutil.rmtree(child)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-years", action="store_true", help="skip the 13-year batch")
    args = parser.parse_args(argv)

    root = isolated_root()
    national_src = SOURCE / "data" / "raw" / "sample-national"
    shutil.copytree(national_src, root / "data" / "raw" / "sample-national")
    from klagerapport import paths
    from klagerapport.ingest import store, validate
    from klagerapport.pipeline import batch, notebooks
    from klagerapport.pipeline import run as pipeline_run

    rows: list[Row] = []
    scratch = Path(tempfile.mkdtemp(dir=root))
    try:
        print("Maskin:", ", ".join(f"{k}={v}" for k, v in machine().items()), flush=True)
        print("Last ved start (1, 5, 15 min):", load(), flush=True)
        clear_store(root)
        wall, cpu, result = measured(
            pipeline_run.build_report, year=2019, district="Oslo", out=scratch / "cold", log=quiet
        )
        rows.append(("kald bygging Oslo 2019, varme kjerner (full)", wall, cpu, "≤ 0,3"))
        timings = result.record["timings_seconds"]
        rows.append(("  herav notatbøker (veggtid)", timings["notebooks"], None, ""))
        rows.append(("  herav rendring (veggtid)", timings["render"] or 0.0, None, ""))
        wall, cpu, _ = measured(
            pipeline_run.build_report, year=2019, district="Oslo", out=scratch / "cold", log=quiet
        )
        rows.append(("ombygging, ingenting endret (full)", wall, cpu, ""))

        processed = store.location(paths.SAMPLE_DIR) / store.CASES_FILE
        base_wall1, base_cpu1, _ = measured(
            naive_baseline, notebooks, paths, processed, 2019, scratch / "naive1"
        )
        if not args.skip_years:
            wall, cpu, r = measured(
                batch.build_batch,
                districts="Oslo",
                years="2007-2019",
                out=scratch / "years",
                national=False,
                log=quiet,
            )
            assert r.ok, [o.reason for o in r.outcomes if o.reason]
            rows.append(("13 Oslo-år 2007-2019 som én batch (full)", wall, cpu, "≤ 2"))
        clear_store(root)
        wall, cpu, r = measured(
            batch.build_batch,
            districts="all",
            years="2021",
            data=root / "data" / "raw" / "sample-national",
            out=scratch / "nat",
            log=quiet,
        )
        assert r.ok and len(r.outcomes) == 13, [o.reason for o in r.outcomes if o.reason]
        rows.append(("12 distrikter + Norge 2021 som én batch (kald, full)", wall, cpu, "≤ 2,5"))
        validate.load_validated(paths.SAMPLE_DIR)  # the national batch began from an empty store
        base_wall2, base_cpu2, _ = measured(
            naive_baseline, notebooks, paths, processed, 2019, scratch / "naive2"
        )
        base_wall, base_cpu = (base_wall1 + base_wall2) / 2, (base_cpu1 + base_cpu2) / 2
        rows.append(("grunnlinje, målt først", base_wall1, base_cpu1, ""))
        rows.append(("grunnlinje, målt sist", base_wall2, base_cpu2, ""))
        rows.append(("grunnlinje: 7 × papermill etter hverandre (snitt)", base_wall, base_cpu, ""))
    finally:
        shutil.rmtree(root, ignore_errors=True)

    print("Last ved slutt (1, 5, 15 min):", load())
    print_goals(rows, base_wall, base_cpu)
    return 0


if __name__ == "__main__":
    sys.exit(main())
