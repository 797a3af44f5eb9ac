"""Benchmark of warm kernels and batches (not a test): `python benchmarks/bench_batch.py`.

Runs in a throw-away copy of the project (KLAGERAPPORT_ROOT, as bench_build.py), and measures in
one run, each against the naive baseline measured in the same run (the 7 section notebooks of
Oslo 2019 one after another by plain `papermill.execute_notebook`):

1. a cold one-year build (Oslo 2019, empty processed store, no output, full with render), with
   warm forked kernels (the default) and with plain kernels, in this process and as a fresh
   `klagerapport build` process (interpreter start and imports included);
2. the 13 Oslo sample years 2007-2019 as one batch;
3. the 12 districts of the national sample and the national roll-up for 2021 as one batch;
4. how a batch grows with the number of reports (1, 4 and 13 Oslo years).

Prints wall times and each one's ratio to the baseline (measured before and after the batches;
the ratios are to the mean of the two), and the machine's load.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_build import isolated_root, machine, naive_baseline, print_table, quiet, timed


def load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def clear_store(root: Path) -> None:
    for child in (root / "data" / "processed").iterdir():
        if child.is_dir():
            shutil.rmtree(child)


def cli_build(root: Path, out: Path) -> float:
    exe = Path(sys.executable).with_name("klagerapport")
    start = time.perf_counter()
    subprocess.run(
        [str(exe), "build", "--year", "2019", "--district", "Oslo", "--out", str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "KLAGERAPPORT_ROOT": str(root)},
    )
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the 13-year and scaling runs")
    args = parser.parse_args(argv)

    root = isolated_root()
    national_src = Path(__file__).resolve().parents[1] / "data" / "raw" / "sample-national"
    shutil.copytree(national_src, root / "data" / "raw" / "sample-national")
    from klagerapport import paths
    from klagerapport.ingest import store
    from klagerapport.pipeline import batch, notebooks
    from klagerapport.pipeline import run as pipeline_run

    rows: list[tuple[str, float]] = []
    scratch = Path(tempfile.mkdtemp(dir=root))
    try:
        print("Maskin:", ", ".join(f"{k}={v}" for k, v in machine().items()), flush=True)
        print("Last ved start (1, 5, 15 min):", load(), flush=True)

        clear_store(root)
        cold, result = timed(
            pipeline_run.build_report, year=2019, district="Oslo", out=scratch / "fork", log=quiet
        )
        rows.append(("kald bygging Oslo 2019, varme kjerner (i prosessen)", cold))
        rows.append(("  herav notatbøker", result.record["timings_seconds"]["notebooks"]))
        rows.append(("  herav rendring", result.record["timings_seconds"]["render"] or 0.0))
        clear_store(root)
        plain, _ = timed(
            pipeline_run.build_report,
            year=2019,
            district="Oslo",
            out=scratch / "plain",
            kernels="plain",
            log=quiet,
        )
        rows.append(("kald bygging Oslo 2019, vanlige kjerner (i prosessen)", plain))
        clear_store(root)
        rows.append(
            (
                "kald bygging Oslo 2019, ny prosess (klagerapport build)",
                cli_build(root, scratch / "cli"),
            )
        )

        processed = store.location(paths.SAMPLE_DIR) / store.CASES_FILE
        first = naive_baseline(notebooks, paths, processed, 2019, scratch / "naive1")

        if not args.quick:
            years, r = timed(
                batch.build_batch,
                districts="Oslo",
                years="2007-2019",
                out=scratch / "years",
                national=False,
                log=quiet,
            )
            assert r.ok
            rows.append(("13 Oslo-år 2007-2019 som én batch (full)", years))
        national = root / "data" / "raw" / "sample-national"
        clear_store(root)
        districts, r = timed(
            batch.build_batch,
            districts="all",
            years="2021",
            data=national,
            out=scratch / "nat",
            log=quiet,
        )
        assert r.ok and len(r.outcomes) == 13
        rows.append(("12 distrikter + Norge 2021 som én batch (kald, full)", districts))
        if not args.quick:
            for n, span in ((1, "2019"), (4, "2016-2019")):
                t, r = timed(
                    batch.build_batch,
                    districts="Oslo",
                    years=span,
                    out=scratch / f"scale{n}",
                    national=False,
                    log=quiet,
                )
                rows.append((f"batch med {n} Oslo-år", t))
        # The load of a shared machine changes within a run: the baseline is measured before
        # and after the batches, and the ratios are to their mean.
        from klagerapport.ingest import validate

        validate.load_validated(paths.SAMPLE_DIR)  # the national batch began from an empty store
        last = naive_baseline(notebooks, paths, processed, 2019, scratch / "naive2")
        base = (first + last) / 2
        rows.append(("grunnlinje, målt før batchene", first))
        rows.append(("grunnlinje, målt etter batchene", last))
        rows.append(("grunnlinje: 7 × papermill.execute_notebook etter hverandre (snitt)", base))
    finally:
        shutil.rmtree(root, ignore_errors=True)

    print("Last ved slutt (1, 5, 15 min):", load())
    print_table(rows, base)
    return 0


if __name__ == "__main__":
    sys.exit(main())
