"""A build or batch ended by SIGTERM or Ctrl-C leaves no process behind (pipeline/stopping.py).

Each run is a real `klagerapport` process on the sample, marked by an environment variable that
its every descendant inherits (workers, kernel templates, forked and plain kernels). Once a
kernel is running, the run is stopped; then no process with the mark may remain, and no
temporary build folder either.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import psutil
import pytest

MARK = "KLAGERAPPORT_STOP_TEST"
KERNEL_SEEN_WITHIN = 300  # seconds for the run to reach its notebooks on a loaded machine
GONE_WITHIN = 60  # seconds for every process of the run to end after the signal


def marked(mark: str) -> list[psutil.Process]:
    found = []
    for proc in psutil.process_iter():
        try:
            if proc.environ().get(MARK) == mark:
                found.append(proc)
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue
    return found


def is_kernel(proc: psutil.Process) -> bool:
    """A forked kernel (a template's child) or a plain one (`kernel_template --kernel`)."""
    try:
        cmd = proc.cmdline()
        parent = proc.parent()
        parent_cmd = parent.cmdline() if parent else []
    except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
        return False
    template = "klagerapport.pipeline.kernel_template"
    return (template in cmd and "--kernel" in cmd) or (template in cmd and template in parent_cmd)


def start(args: list[str], mark: str, log: Path | None = None) -> subprocess.Popen:
    exe = Path(sys.executable).with_name("klagerapport")
    with open(log or os.devnull, "wb") as errors:
        return subprocess.Popen(
            [str(exe), *args],
            env={**os.environ, MARK: mark},
            stdout=subprocess.DEVNULL,
            stderr=errors,
            start_new_session=True,  # its own process group, as a command in a terminal has
        )


def stop_when_a_kernel_runs(proc: subprocess.Popen, mark: str, how: str) -> None:
    end = time.monotonic() + KERNEL_SEEN_WITHIN
    while not any(is_kernel(p) for p in marked(mark)):
        assert proc.poll() is None, "the run ended before any kernel started"
        assert time.monotonic() < end, "no kernel started"
        time.sleep(0.2)
    if how == "SIGTERM":
        proc.send_signal(signal.SIGTERM)  # the command only, as `kill PID` does
    else:
        os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C: the terminal signals the whole group


def assert_nothing_left(proc: subprocess.Popen, mark: str, out: Path) -> None:
    try:
        proc.wait(timeout=GONE_WITHIN)
    finally:
        end = time.monotonic() + GONE_WITHIN
        while (left := marked(mark)) and time.monotonic() < end:
            time.sleep(0.2)
        for p in left:  # never leave them to the next test
            p.kill()
    assert left == [], [" ".join(p.cmdline()[:4]) for p in left]
    assert proc.returncode != 0
    assert [p.name for p in out.rglob("*.tmp-*")] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("command", "how"),
    [("build", "SIGTERM"), ("build", "Ctrl-C"), ("batch", "SIGTERM"), ("batch", "Ctrl-C")],
)
def test_a_run_stopped_while_its_kernels_run_leaves_no_process(tmp_path, command, how):
    mark = uuid.uuid4().hex
    out = tmp_path / "out"
    if command == "build":
        args = ["build", "--year", "2019", "--out", str(out), "--engine", "embedded"]
    else:
        args = ["batch", "--districts", "Oslo", "--years", "2018-2019", "--no-national"]
        args += ["--out", str(out), "--engine", "embedded"]
    log = tmp_path / "stderr.txt"
    proc = start(args, mark, log)
    try:
        stop_when_a_kernel_runs(proc, mark, how)
    finally:
        assert_nothing_left(proc, mark, out)
    # Said in bokmål, with the status a shell gives the signal; not the notebook client's
    # English lines about the kernels the stop ended.
    said = log.read_text(encoding="utf-8")
    if how == "SIGTERM":
        assert proc.returncode == 128 + signal.SIGTERM and "Avbrutt (SIGTERM)." in said
    else:
        assert proc.returncode == 128 + signal.SIGINT and "Avbrutt." in said
    assert "Kernel died" not in said and "Traceback" not in said, said


@pytest.mark.slow
def test_a_batch_killed_outright_still_leaves_no_process(tmp_path):
    """SIGKILL runs no clean-up in the batch: its workers see it gone and end, and with them
    their kernel templates and kernels."""
    mark = uuid.uuid4().hex
    out = tmp_path / "out"
    args = ["batch", "--districts", "Oslo", "--years", "2018-2019", "--no-national"]
    proc = start([*args, "--out", str(out), "--engine", "embedded"], mark)
    try:
        end = time.monotonic() + KERNEL_SEEN_WITHIN
        while not any(is_kernel(p) for p in marked(mark)):
            assert proc.poll() is None and time.monotonic() < end
            time.sleep(0.2)
        proc.kill()
    finally:
        proc.wait(timeout=GONE_WITHIN)
        end = time.monotonic() + GONE_WITHIN
        while (left := marked(mark)) and time.monotonic() < end:
            time.sleep(0.2)
        for p in left:
            p.kill()
    assert left == []
