"""Where a build's CPU goes (not a test): `python benchmarks/profile_build.py [--batch-report]`.

Runs a cold build of Oslo 2019 (empty processed store, no output, full render) in a throw-away
copy of the project, as `bench_build.py` does, and prints its CPU seconds split by process:

- the build process itself, with a cProfile of every one of its threads (the notebook runners,
  the render's HTML and PDF threads, the workbook's): the functions with the most CPU;
- every process it starts, found by polling /proc every few milliseconds and charged the last
  CPU time seen for it: the kernel template, each forked kernel, Pandoc (each run), the Typst
  compile, and anything else, by its command line.

`--batch-report` measures instead one report as a batch builds it: the store already
validated and a warm kernel template already imported (both outside the measurement), the
notebooks two at a time, as `pipeline/batch_workers.py` builds a batch's reports.

The poller can miss the last few milliseconds of a short process, and its own CPU counts in
the build process's; the total from `getrusage` (self and waited-for children) is printed too.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import os
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

from bench_build import clear_store, cpu_seconds, isolated_root, load, machine, quiet

TICK = os.sysconf("SC_CLK_TCK")
POLL = 0.02  # seconds between two looks at the process tree


class Children:
    """The CPU of every descendant of this process, polled from /proc."""

    def __init__(self) -> None:
        self.seen: dict[int, tuple[str, int, float]] = {}  # pid -> (command, ppid, cpu s)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="proc-poller", daemon=True)

    def __enter__(self) -> Children:
        self._poll()  # processes already running (a warm template): only their CPU from now
        self.before = {pid: cpu for pid, (_, _, cpu) in self.seen.items()}
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _children(self, pid: int) -> list[int]:
        found = []
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                text = Path(f"/proc/{pid}/task/{task}/children").read_text()
                found += [int(c) for c in text.split()]
        except OSError:
            pass
        return found

    def _look(self, pid: int) -> None:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
            argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except OSError:
            return
        fields = stat.rsplit(")", 1)[1].split()
        ppid, utime, stime = int(fields[1]), int(fields[11]), int(fields[12])
        command = " ".join(a.decode(errors="replace") for a in argv if a)[:300]
        if pid in self.seen and not command:  # an ended process (a zombie) has no command line
            command = self.seen[pid][0]
        self.seen[pid] = (command, ppid, (utime + stime) / TICK)

    def _poll(self) -> None:
        todo = self._children(os.getpid())
        while todo:
            pid = todo.pop()
            self._look(pid)
            todo += self._children(pid)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._poll()
            time.sleep(POLL)

    def by_kind(self) -> dict[str, list[float]]:
        """CPU seconds of each process, grouped by what it is."""
        me = os.getpid()
        templates = {
            p for p, (c, ppid, _) in self.seen.items() if "kernel_template" in c and ppid == me
        }
        kinds: dict[str, list[float]] = defaultdict(list)
        for pid, (command, ppid, cpu) in self.seen.items():
            cpu -= self.before.get(pid, 0.0)
            if ppid in templates:
                kind = "forked kernel"
            elif pid in templates:
                kind = "kernel template (imports, forks)"
            elif "pandoc" in command.split(" ")[0]:
                kind = "pandoc"
            elif "typst.compile" in command:
                kind = "typst (python -c typst.compile)"
            elif "ipykernel" in command or "--kernel" in command:
                kind = "plain kernel"
            elif "multiprocessing" in command:
                kind = "batch worker"
            else:
                kind = command[:80]
            kinds[kind].append(cpu)
        return kinds


def own_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class Waited:
    """The exact CPU of every child this process starts with subprocess and waits for
    (os.wait4's rusage: the child and the children it reaped), by command line."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, float]] = []
        self._original = subprocess.Popen._try_wait

    def __enter__(self) -> Waited:
        owner = self

        def try_wait(popen: subprocess.Popen, flags: int) -> tuple[int, int]:
            try:
                pid, status, usage = os.wait4(popen.pid, flags)
            except ChildProcessError:
                return popen.pid, 0
            if pid == popen.pid:
                args = popen.args if isinstance(popen.args, list) else [popen.args]
                command = " ".join(str(a) for a in args)[:300]
                owner.seen.append((command, usage.ru_utime + usage.ru_stime))
            return pid, status

        subprocess.Popen._try_wait = try_wait  # type: ignore[method-assign]
        return self

    def __exit__(self, *exc: object) -> None:
        subprocess.Popen._try_wait = self._original  # type: ignore[method-assign]


class ThreadProfiles:
    """A cProfile of the main thread and of every thread started meanwhile, in each thread's
    own CPU time (time.thread_time): waiting costs nothing."""

    def __init__(self) -> None:
        self.profiles: list[cProfile.Profile] = []
        self._lock = threading.Lock()
        self._original = threading.Thread.run

    def __enter__(self) -> ThreadProfiles:
        owner = self
        original = self._original

        def run(thread: threading.Thread) -> None:
            if thread.name == "proc-poller":
                return original(thread)
            profile = cProfile.Profile(time.thread_time)
            with owner._lock:
                owner.profiles.append(profile)
            profile.enable()
            try:
                original(thread)
            finally:
                profile.disable()

        threading.Thread.run = run  # type: ignore[method-assign]
        main = cProfile.Profile(time.thread_time)
        self.profiles.append(main)
        main.enable()
        self._main = main
        return self

    def __exit__(self, *exc: object) -> None:
        self._main.disable()
        threading.Thread.run = self._original  # type: ignore[method-assign]

    def stats(self) -> pstats.Stats:
        out = io.StringIO()
        stats = pstats.Stats(self.profiles[0], stream=out)
        for profile in self.profiles[1:]:
            if profile.getstats():
                stats.add(profile)
        return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch-report", action="store_true", help="one report of a batch")
    parser.add_argument("--top", type=int, default=40, help="functions shown (cumulative)")
    parser.add_argument("--pstats", type=Path, help="also save the merged profile here")
    parser.add_argument(
        "--no-profile", action="store_true", help="no cProfile (its overhead): CPU figures only"
    )
    args = parser.parse_args(argv)

    root = isolated_root()
    from klagerapport import paths
    from klagerapport.ingest import validate
    from klagerapport.pipeline import batch_workers, kernels
    from klagerapport.pipeline import run as pipeline_run
    from klagerapport.render import fonts

    scratch = Path(tempfile.mkdtemp(dir=root))
    pool = None
    try:
        print("Maskin:", ", ".join(f"{k}={v}" for k, v in machine().items()), flush=True)
        print("Last ved start (1, 5, 15 min):", load(), flush=True)
        clear_store(root)
        options = {"year": 2019, "district": "Oslo", "out": scratch / "run", "log": quiet}
        if args.batch_report:
            validate.load_validated(paths.SAMPLE_DIR)
            pool = kernels.KernelPool()
            assert pool.start(), pool.failure
            fonts.write_chart_fonts(scratch / "fonts")  # a batch's first report cached them
            options |= {"kernel_pool": pool, "jobs": batch_workers.NOTEBOOK_JOBS}
        cpu0, own0, wall0 = cpu_seconds(), own_seconds(), time.perf_counter()
        profiles = ThreadProfiles()
        with Children() as children, Waited() as waited:
            with contextlib.nullcontext() if args.no_profile else profiles:
                result = pipeline_run.build_report(**options)
            if pool is not None:
                pool.close()  # the forked kernels' CPU reaches getrusage through the template
                pool = None
        own = own_seconds() - own0
        wall, cpu = time.perf_counter() - wall0, cpu_seconds() - cpu0
        cpu -= sum(children.before.values())  # the warm template's imports, before the build
    finally:
        if pool is not None:
            pool.close()
        shutil.rmtree(root, ignore_errors=True)

    timings = result.record["timings_seconds"]
    print("Last ved slutt (1, 5, 15 min):", load())
    what = "én rapport i en batch" if args.batch_report else "kald bygging"
    print(f"\n{what}: vegg {wall:.2f} s, CPU {cpu:.2f} s (getrusage: selv + barn)")
    print(
        f"  notatbøker {timings['notebooks']:.2f} s vegg, rendring {timings['render']:.2f} s vegg"
    )
    print(f"  byggeprosessen selv (alle tråder, også pollerens): {own:.2f} s")
    print("\nBarneprosesser (CPU-sek, siste avlesning i /proc):")
    total_children = 0.0
    for kind, cpus in sorted(children.by_kind().items(), key=lambda kv: -sum(kv[1])):
        total_children += sum(cpus)
        shown = ", ".join(f"{c:.2f}" for c in sorted(cpus, reverse=True)[:8])
        print(f"  {sum(cpus):6.2f}  {len(cpus):3d} × {kind}  [{shown}]")
    print(f"  {total_children:6.2f}  i alt")
    print(
        "\nVentet på av byggeprosessen (os.wait4, eksakt; malprosessen med kjernene den høstet, "
        "i en batch også importen før målingen):"
    )
    total_waited = 0.0
    for command, cpu in sorted(waited.seen, key=lambda cw: -cw[1]):
        total_waited += cpu
        print(f"  {cpu:6.2f}  {command[:110]}")
    print(f"  {total_waited:6.2f}  i alt")
    if args.no_profile:
        return 0
    stats = profiles.stats()
    if args.pstats:
        stats.dump_stats(str(args.pstats))
    out = io.StringIO()
    stats.stream = out
    stats.sort_stats("cumulative").print_stats(args.top)
    print("\ncProfile av byggeprosessens tråder (kumulativt, alle tråder slått sammen):")
    print("\n".join(out.getvalue().splitlines()[: args.top + 12]))
    out = io.StringIO()
    stats.stream = out
    stats.sort_stats("tottime").print_stats(25)
    print("\nEgen tid (tottime):")
    print("\n".join(out.getvalue().splitlines()[:40]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
