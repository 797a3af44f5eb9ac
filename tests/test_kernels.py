"""The warm kernel pool: a fresh process per notebook, nothing of one notebook seen by the next."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import numpy
import papermill
import pytest

from klagerapport.pipeline import kernels, notebooks
from klagerapport.pipeline import run as build

FIXTURES = Path(__file__).parent / "fixtures" / "notebooks"


@pytest.fixture(scope="module")
def wait_gone(pid: int, timeout: float = 5.0) -> bool:
    """True once process `pid` no longer exists."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.02)
    return False


def pool():
    with kernels.KernelPool() as started:
        assert started.start(), "the warm template did not start"
        yield started


def run(notebook: str, tmp_path: Path, name: str, manager_class: type | None) -> dict:
    report = tmp_path / f"{name}.json"
    extra = {"kernel_manager_class": manager_class} if manager_class else {}
    papermill.execute_notebook(
        str(FIXTURES / notebook),
        str(tmp_path / f"{name}.ipynb"),
        parameters={"report": str(report)},
        kernel_name=notebooks.KERNEL,
        progress_bar=False,
        extra_arguments=notebooks.KERNEL_ARGS,
        **extra,
    )
    return json.loads(report.read_text(encoding="utf-8"))


POLLUTED = {
    "global": True,
    "module_attr": True,
    "monkeypatch": "leaked_sum",
    "environ": "1",
    "rcparam": 9.5,
    "pandas_option": 3,
    "sys_path": True,
    "root_log_level": 10,
    "builtins": True,
    "modules": True,
}
PER_PROCESS = ("pid", "ppid", "random", "cwd")


def test_the_next_notebook_in_the_pool_sees_nothing_the_previous_one_changed(pool, tmp_path):
    before = run("probes_state.ipynb", tmp_path, "before", pool.manager_class)
    polluter = run("pollutes_state.ipynb", tmp_path, "polluter", pool.manager_class)
    after = run("probes_state.ipynb", tmp_path, "after", pool.manager_class)

    # The polluter really changed every piece of state, in its own kernel.
    assert {k: polluter[k] for k in POLLUTED} == POLLUTED
    seeded = numpy.random.RandomState(12345).random()
    assert polluter["random"] == seeded
    # All three ran in kernels forked from the same warm template, each its own process.
    assert before["ppid"] == polluter["ppid"] == after["ppid"] == pool.pid
    assert len({before["pid"], polluter["pid"], after["pid"]}) == 3
    # The next notebook sees the state a notebook sees first, none of the polluter's.
    for key in POLLUTED:
        assert after[key] == before[key] != POLLUTED[key], key
    assert after["cwd"] == before["cwd"] != polluter["cwd"]
    assert after["random"] != seeded
    assert after["random"] != before["random"]  # reseeded like a new process, not a copy


def test_a_pooled_kernel_sees_what_a_plain_kernel_sees(pool, tmp_path):
    pooled = run("probes_state.ipynb", tmp_path, "pooled", pool.manager_class)
    plain = run("probes_state.ipynb", tmp_path, "plain", None)
    same = [k for k in pooled if k not in PER_PROCESS]
    assert {k: pooled[k] for k in same} == {k: plain[k] for k in same}
    assert pooled["cwd"] == plain["cwd"]
    assert plain["ppid"] != pool.pid


def test_kernels_exit_after_their_notebook(pool, tmp_path):
    seen = run("probes_state.ipynb", tmp_path, "gone", pool.manager_class)
    assert wait_gone(seen["pid"])


def test_kernel_arguments_are_those_after_the_launcher():
    cmd = ["python", "-Xfrozen_modules=off", "-m", "ipykernel_launcher", "-f", "c.json"]
    assert kernels.kernel_arguments(cmd) == ["-f", "c.json"]
    assert kernels.kernel_arguments(["julia", "kernel.jl", "c.json"]) is None


def test_a_template_that_cannot_start_reports_false_and_the_build_falls_back(tmp_path):
    broken = kernels.KernelPool(modules=("klagerapport_no_such_module",))
    try:
        assert broken.start(timeout=30) is False
        lines: list[str] = []
        assert build._manager_class(broken, lines.append) is None
        assert any("vanlige kjerner" in line for line in lines)
    finally:
        broken.close()


@pytest.mark.slow
def test_a_build_on_forked_kernels_is_byte_identical_to_one_on_plain_kernels(tmp_path):
    """Same input, same outputs: only how the kernel process is made differs (build.json says)."""
    import hashlib

    def tree(folder: Path) -> dict[str, str]:
        return {
            p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*"))
            if p.is_file()
        }

    for kind in ("fork", "plain"):
        build.build_report(year=2019, out=tmp_path / kind, kernels=kind, log=lambda s: None)
    forked, plain = tree(tmp_path / "fork"), tree(tmp_path / "plain")
    assert sorted(forked) == sorted(plain)
    assert {k for k in forked if forked[k] != plain[k]} == {"build.json"}
    record = json.loads((tmp_path / "fork" / "build.json").read_text(encoding="utf-8"))
    assert record["parameters"]["kernels"] == "fork"
    record = json.loads((tmp_path / "plain" / "build.json").read_text(encoding="utf-8"))
    assert record["parameters"]["kernels"] == "plain"


def test_a_forked_kernel_is_ready_without_losing_the_first_cells_output(pool, tmp_path):
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell('print("først")'),
        nbformat.v4.new_code_cell('import sys\n_ = sys.stderr.write("andre")'),
    ]
    source = tmp_path / "first_output.ipynb"
    nbformat.write(nb, source)
    for name, manager_class in (("forked", pool.manager_class), ("plain", None)):
        extra = {"kernel_manager_class": manager_class} if manager_class else {}
        done = papermill.execute_notebook(
            str(source), str(tmp_path / f"{name}.ipynb"), kernel_name=notebooks.KERNEL,
            progress_bar=False, extra_arguments=notebooks.KERNEL_ARGS, **extra,
        )  # fmt: skip
        texts = [[o.get("text") for o in c.outputs] for c in done.cells]
        assert texts == [["først\n"], ["andre"]], name
    # The forked kernels' manager uses the client that waits for readiness without fixed pauses.
    assert pool.manager_class().client().__class__.__name__ == "ForkKernelClient"


def test_a_finished_kernel_runs_its_exit_handlers_but_never_waits_on_them_long(pool, tmp_path):
    import nbformat

    from klagerapport.pipeline import kernel_template

    marker = tmp_path / "exit-handler-ran"
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(
            "import atexit, os, time\n"
            f"atexit.register(time.sleep, 30)\n"  # runs last: would hold the kernel 30 s
            f"atexit.register(lambda: open({str(marker)!r}, 'w').write('ja'))\n"
            "pid = os.getpid()\n"
            "print(pid)"
        )
    ]
    source = tmp_path / "exit_handlers.ipynb"
    nbformat.write(nb, source)
    shutdowns: list[float] = []

    class Timed(pool.manager_class):
        async def shutdown_kernel(self, *args, **kwargs):
            start = time.perf_counter()
            try:
                return await super().shutdown_kernel(*args, **kwargs)
            finally:
                shutdowns.append(time.perf_counter() - start)

    done = papermill.execute_notebook(
        str(source), str(tmp_path / "done.ipynb"), kernel_name=notebooks.KERNEL,
        progress_bar=False, extra_arguments=notebooks.KERNEL_ARGS, kernel_manager_class=Timed,
    )  # fmt: skip
    pid = int(done.cells[0].outputs[0]["text"])
    assert wait_gone(pid, timeout=5)
    # The kernel exits after its grace, not after the handler's 30 s, nor after the manager's
    # SIGTERM (half its 5 s shutdown wait).
    assert len(shutdowns) == 1 and shutdowns[0] < 2.0
    assert marker.read_text() == "ja"  # the quick handler ran before the grace ran out
    assert kernel_template.EXIT_GRACE <= 1
