"""Benchmark of the preview's commentary check (not a test): `bench_preview_check.py`.

The preview runs `klagerapport check` (check_commentary) on every save, re-checking only the
file that changed (preview/problems.py). This times, in one process on the Oslo 2019
commentary, the whole check as `klagerapport check` runs it (the baseline) against the
preview's check after one file changed, and after nothing changed. Median of `--repeat` runs.

`--build DIR` uses an existing build of Oslo 2019; otherwise one is built in a throw-away copy
of the project (KLAGERAPPORT_ROOT).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from bench_build import isolated_root  # the same copy of what a build reads
from bench_preview import FILES, machine


def median_seconds(func, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path, help="an existing Oslo 2019 build")
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    build = args.build.resolve() if args.build else None
    if build is None:
        root = isolated_root()
        from klagerapport.pipeline import run as pipeline_run

        build = root / "bygg" / "oslo-2019"
        pipeline_run.build_report(
            year=2019, district="Oslo", out=build, engine="embedded", log=lambda _l: None
        )
    from klagerapport import paths
    from klagerapport.check import BuildValues, check_commentary
    from klagerapport.preview.files import read_commentary
    from klagerapport.preview.problems import Checker

    print(f"Machine: {machine()}")
    folder = paths.commentary_dir("Oslo", 2019)
    values = BuildValues.load(build)
    texts = {file.name: text for file, text in read_commentary(folder).items()}
    baseline = median_seconds(
        lambda: check_commentary(folder, values, district="Oslo", year=2019), args.repeat
    )
    checker = Checker(values, district="Oslo", year=2019)
    assert checker.find(folder, texts) == check_commentary(
        folder, values, district="Oslo", year=2019
    )
    rows = [("klagerapport check, every file (baseline)", baseline)]
    for name in FILES:
        count = iter(range(10**9))

        def save(name=name, count=count):
            changed = {**texts, name: f"{texts[name]}\nNy setning {next(count)}.\n"}
            checker.find(folder, changed)

        rows.append((f"preview, {name} changed", median_seconds(save, args.repeat)))
    checker.find(folder, texts)
    rows.append(
        (
            "preview, nothing changed",
            median_seconds(lambda: checker.find(folder, texts), args.repeat),
        )
    )
    print(f"\n{'step':<45} {'median ms':>10} {'ratio':>7}")
    for label, seconds in rows:
        print(f"{label:<45} {seconds * 1000:>10.2f} {seconds / baseline:>7.2f}")
    print(f"Machine at the end: {machine()}")


if __name__ == "__main__":
    main()
