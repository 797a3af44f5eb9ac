"""Soak run of the kernels (not a test): `make soak`, or `python benchmarks/soak_kernels.py`.

Runs `klagerapport build` (Oslo 2019, the sample, full with render) again and again as new
processes, each into a new output folder so every notebook runs, in a throw-away copy of the
project (KLAGERAPPORT_ROOT, as bench_build.py). A build that does not end within --hang-after
seconds is a hang: its process group is killed and it counts as one. Prints each build's time
and anything it said about kernels (a kernel started again, a fallback to plain kernels), then
the failures and hangs (the goal: 0 and 0) and the machine's load at start and end.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_build import isolated_root, machine

KERNEL_LINES = ("kjernen startet", "vanlig", "kjerne")  # what a build says about its kernels


def load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def one_build(root: Path, out: Path, kernels: str, hang_after: float) -> tuple[str, float, str]:
    """(status: ok | failed | hang, seconds, what it said about kernels or why it failed)."""
    exe = Path(sys.executable).with_name("klagerapport")
    cmd = [str(exe), "build", "--year", "2019", "--district", "Oslo", "--out", str(out)]
    cmd += ["--kernels", kernels, "--engine", "embedded"]
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "KLAGERAPPORT_ROOT": str(root)},
        start_new_session=True,
    )
    try:
        output, _ = proc.communicate(timeout=hang_after)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return "hang", time.perf_counter() - start, f"ikke ferdig etter {hang_after:.0f} s"
    seconds = time.perf_counter() - start
    said = [line.strip() for line in output.splitlines() if any(k in line for k in KERNEL_LINES)]
    if proc.returncode != 0:
        tail = [line for line in output.splitlines() if line.strip()][-3:]
        return "failed", seconds, " | ".join(tail)
    return "ok", seconds, " | ".join(said)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--builds", type=int, default=50)
    parser.add_argument("--kernels", choices=("fork", "plain"), default="fork")
    parser.add_argument("--hang-after", type=float, default=600.0, help="seconds")
    args = parser.parse_args(argv)

    root = isolated_root()
    scratch = Path(tempfile.mkdtemp(dir=root))
    counts = {"ok": 0, "failed": 0, "hang": 0}
    times: list[float] = []
    try:
        print("Maskin:", ", ".join(f"{k}={v}" for k, v in machine().items()), flush=True)
        print(f"Last ved start (1, 5, 15 min): {load()}", flush=True)
        started = time.perf_counter()
        for i in range(1, args.builds + 1):
            out = scratch / f"build-{i}"
            status, seconds, said = one_build(root, out, args.kernels, args.hang_after)
            counts[status] += 1
            times.append(seconds)
            print(f"[{i:>2}/{args.builds}] {status:<6} {seconds:6.1f} s  {said}", flush=True)
            shutil.rmtree(out, ignore_errors=True)
        total = time.perf_counter() - started
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(f"Last ved slutt (1, 5, 15 min): {load()}")
    print(
        f"{args.builds} bygginger med --kernels {args.kernels} på {total:.0f} s: "
        f"feilet {counts['failed']}, hang {counts['hang']}; "
        f"tid median {statistics.median(times):.1f} s, maks {max(times):.1f} s"
    )
    return 0 if counts["failed"] == counts["hang"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
