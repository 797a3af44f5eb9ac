"""A real build succeeds under heavy CPU contention, with forked kernels and with plain ones.

One busy process per core spins for the whole test (each ends by itself after SPIN_LIMIT
seconds, and is killed in the fixture's teardown); the build runs at normal priority beside them
(no `nice` for either), on a machine that may be loaded already. One small build per kind: the
sample's Oslo 2019, notebooks only (the kernels are what is under test, not the render).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from klagerapport.pipeline import run as pipeline_run

SPIN_LIMIT = 900  # seconds a spinner lives at most, should the teardown never run


@pytest.fixture
def busy_cores():
    spin = f"import time\nend = time.monotonic() + {SPIN_LIMIT}\nwhile time.monotonic() < end: pass"
    spinners = [subprocess.Popen([sys.executable, "-c", spin]) for _ in range(os.cpu_count() or 1)]
    try:
        yield spinners
    finally:
        for proc in spinners:
            proc.kill()
        for proc in spinners:
            proc.wait(timeout=30)


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["fork", "plain"])
def test_a_build_succeeds_with_every_core_busy(busy_cores, tmp_path, kind):
    lines: list[str] = []
    out = tmp_path / kind
    result = pipeline_run.build_report(
        year=2019, district="Oslo", out=out, render=False, kernels=kind, log=lines.append
    )
    assert all(proc.poll() is None for proc in busy_cores), "the contention ended early"
    record = json.loads((out / "build.json").read_text(encoding="utf-8"))
    assert record["parameters"]["kernels"] == kind
    assert len(result.sections) == len(list((out / "notebooks").glob("*.ipynb"))) > 0
    assert (out / "values.json").is_file()
    # forked kernels were ready: no notebook fell back to a plain kernel
    assert not any("vanlig" in line for line in lines), lines
