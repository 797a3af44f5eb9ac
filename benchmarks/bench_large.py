"""Benchmark of a national export of a million rows (not a test): `benchmarks/bench_large.py`.

Writes a national-shaped CSV export (the rows of data/raw/sample-national/ repeated with
unique case numbers: deterministic, in a temp folder) and measures, each in a fresh process:

1. `ingest.rules.validate_files` on it, line by line (the fast path switched off) and with the
   CSV fast path (`ingest/fastcsv.py`): wall and CPU seconds, peak memory (ru_maxrss);
2. a cold `klagerapport build --data <file> --district Oslo --year 2019` in a throw-away copy
   of the project (KLAGERAPPORT_ROOT): wall seconds and the peak memory of the process tree
   (the build and every kernel it starts), polled every 50 ms: the sum of RSS (counts pages
   shared by forked kernels once per process: an upper bound) and the sum of PSS (shares them
   out: what the tree really uses), and the largest single process;
3. the same cold build from the 1 711-row Oslo sample (data/raw/sample/): the floor that
   process start, notebooks and render set whatever the size of the file;
4. the naive baseline, the 7 notebooks of the large build one after another by plain
   `papermill.execute_notebook`, for the ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import SOURCE, isolated_root, machine, naive_baseline

NATIONAL = SOURCE / "data" / "raw" / "sample-national" / "norge-2016-2022.csv"
GIB = 1024**3

VALIDATE = """
import json, resource, sys, time
from pathlib import Path
from klagerapport.ingest import fastcsv, rules
fastcsv.ENABLED = sys.argv[2] == "fast"
wall, cpu = time.perf_counter(), time.process_time()
frame, _ = rules.validate_files([Path(sys.argv[1])])
print(json.dumps({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu,
                  "rows": len(frame),
                  "maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}))
"""


def write_export(path: Path, rows: int) -> None:
    """The national sample's rows repeated to `rows`, each with a new case number."""
    lines = NATIONAL.read_text(encoding="utf-8").splitlines()
    header, body = lines[0], [line.split(";", 1) for line in lines[1:]]
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(header + "\r\n")
        for i in range(rows):
            number, rest = body[i % len(body)]
            out.write(f"{number[:4]}/{i:07d};{rest}\r\n")


def validate_in_child(path: Path, mode: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", VALIDATE, str(path), mode],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _pss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def run_timed(command: list[str], env: dict) -> dict:
    """Run `command` with nothing watching it; its wall time and its output lines."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    log = [f"{time.perf_counter() - start:6.2f} s  {raw.decode().rstrip()}" for raw in proc.stdout]
    proc.wait()
    if proc.returncode:
        raise SystemExit(f"build failed ({proc.returncode}):\n" + "\n".join(log[-30:]))
    return {"wall": time.perf_counter() - start, "log": log}


def run_tree(command: list[str], env: dict) -> dict:
    """Run `command`; its wall time and the peak memory of its process tree (polled every
    50 ms from this process, which costs the build CPU: time it with `run_timed`)."""
    import psutil

    peak = {"rss": 0, "pss": 0, "largest": 0, "processes": 0}
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    root = psutil.Process(proc.pid)
    stop = threading.Event()

    def poll() -> None:
        while not stop.is_set():
            try:
                tree = [root, *root.children(recursive=True)]
            except psutil.Error:
                break
            rss, pss, largest, shares = 0, 0, 0, []
            for p in tree:
                try:
                    r, name = p.memory_info().rss, " ".join(p.cmdline()[1:3])[-40:]
                except psutil.Error:
                    continue
                share = _pss(p.pid)
                rss, largest, pss = rss + r, max(largest, r), pss + share
                shares.append(f"{name}: RSS {r / 2**20:.0f} MiB, PSS {share / 2**20:.0f} MiB")
            if pss > peak["pss"]:
                peak["at_peak"] = [f"{time.perf_counter() - start:.1f} s", *shares]
            peak["rss"], peak["pss"] = max(peak["rss"], rss), max(peak["pss"], pss)
            peak["largest"] = max(peak["largest"], largest)
            peak["processes"] = max(peak["processes"], len(tree))
            stop.wait(0.05)

    watcher = threading.Thread(target=poll, daemon=True)
    watcher.start()
    log = []  # each line of the build's output with the second it appeared
    for raw in proc.stdout:
        log.append(f"{time.perf_counter() - start:6.2f} s  {raw.decode().rstrip()}")
    proc.wait()
    wall = time.perf_counter() - start
    stop.set()
    watcher.join()
    if proc.returncode:
        raise SystemExit(f"build failed ({proc.returncode}):\n" + "\n".join(log[-30:]))
    return {"wall": wall, **peak, "log": log}


def cold_build(root: Path, data: Path, label: str) -> dict:
    """`klagerapport build` of Oslo 2019 from `data` as a fresh process, into a new folder,
    from an empty store: twice, once timed with nothing watching, once with its memory polled."""
    from klagerapport.ingest import store

    env = {**os.environ, "KLAGERAPPORT_ROOT": str(root)}
    runs = []
    for run in ("tid", "minne"):
        shutil.rmtree(store.location(data), ignore_errors=True)
        out = root / "outputs" / f"kald-{label}-{run}"
        command = [sys.executable, "-m", "klagerapport", "build", "--data", str(data),
                   "--district", "Oslo", "--year", "2019", "--out", str(out)]  # fmt: skip
        runs.append(run_timed(command, env) if run == "tid" else run_tree(command, env))
    timed_run, build = runs
    build = {**build, "wall": timed_run["wall"], "log": timed_run["log"], "polled": build["wall"]}
    print(f"  kald bygging, {label} (ny prosess) {build['wall']:6.2f} s vegg "
          f"({build['polled']:.2f} s med minnet målt), "
          f"topp prosesstre: sum RSS {build['rss'] / GIB:.2f} GiB, sum PSS "
          f"{build['pss'] / GIB:.2f} GiB, største prosess {build['largest'] / GIB:.2f} GiB, "
          f"{build['processes']} prosesser", flush=True)  # fmt: skip
    print("    ved toppen (PSS):", *build["at_peak"], sep="\n      ")
    for line in build["log"]:
        if line[10:].startswith(("Validert", "Notatbøker", "Rapport", "Ferdig")):
            print("    " + line)
    return build


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--skip-old", action="store_true", help="skip the line-by-line path")
    args = parser.parse_args(argv)
    print("Maskin:", ", ".join(f"{k}={v}" for k, v in machine().items()), flush=True)
    print("Last:", os.getloadavg(), flush=True)
    root = isolated_root()
    try:
        return measure(root, args)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def measure(root: Path, args: argparse.Namespace) -> int:
    from klagerapport import paths
    from klagerapport.ingest import store
    from klagerapport.pipeline import notebooks

    data = Path(tempfile.mkdtemp(dir=root)) / "norge-stor.csv"
    write_export(data, args.rows)
    print(f"{args.rows} rader, {data.stat().st_size / 2**20:.0f} MiB: {paths.shown(data)}")
    rows = []
    if not args.skip_old:
        old = validate_in_child(data, "old")
        rows.append(("validate_files, linje for linje", old))
    fast = validate_in_child(data, "fast")
    rows.append(("validate_files, hurtigvei (pyarrow)", fast))
    for name, r in rows:
        print(f"  {name:<40} {r['wall']:6.2f} s vegg {r['cpu']:6.2f} s CPU "
              f"{r['maxrss'] / GIB:5.2f} GiB topp", flush=True)  # fmt: skip
    if not args.skip_old:
        print(f"  hurtigvei / linje for linje (vegg): {fast['wall'] / old['wall']:.3f}")
    builds = {}
    for label, source in (("stor", data), ("utvalg", paths.SAMPLE_DIR)):
        builds[label] = cold_build(root, source, label)
    processed = store.location(data) / store.CASES_FILE
    base = naive_baseline(notebooks, paths, processed, 2019, Path(tempfile.mkdtemp(dir=root)))
    print(f"  grunnlinje: 7 × papermill.execute_notebook  {base:6.2f} s")
    for label, build in builds.items():
        print(f"  kald bygging ({label}) / grunnlinje: {build['wall'] / base:.2f}")
    print("Last:", os.getloadavg(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
