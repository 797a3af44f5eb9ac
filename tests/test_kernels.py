"""The warm kernel pool: a fresh process per notebook, nothing of one notebook seen by the next."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import numpy
import papermill
import pytest

from klagerapport.pipeline import (
    kernel_client,
    kernel_managers,
    kernel_template,
    kernels,
    notebooks,
)
from klagerapport.pipeline import run as build

FIXTURES = Path(__file__).parent / "fixtures" / "notebooks"


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


@pytest.fixture(scope="module")
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
    assert kernel_managers.kernel_arguments(cmd) == ["-f", "c.json"]
    assert kernel_managers.kernel_arguments(["julia", "kernel.jl", "c.json"]) is None


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
    # Both kinds of kernel are waited for by the client that has no fixed pauses.
    assert pool.manager_class().client().__class__.__name__ == "ReadyKernelClient"


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


# --- starting a kernel: readiness, port collisions, fallback -------------------------------


def test_a_plain_kernel_runs_on_the_guarded_launcher_and_sees_what_a_forked_one_sees(
    pool, tmp_path
):
    plain = run("probes_state.ipynb", tmp_path, "guarded", kernel_managers.plain_manager_class())
    pooled = run("probes_state.ipynb", tmp_path, "pooled2", pool.manager_class)
    same = [k for k in pooled if k not in PER_PROCESS]
    assert {k: plain[k] for k in same} == {k: pooled[k] for k in same}
    assert plain["ppid"] != pool.pid
    cmd = ["python", "-m", "ipykernel_launcher", "-f", "c.json"]
    assert kernel_managers.guarded_command(cmd) == [
        "python", "-m", kernel_template.TEMPLATE_MODULE, "--kernel", "-f", "c.json",
    ]  # fmt: skip


class SlowKernel:
    """A stand-in kernel on real ZMQ sockets that answers `kernel_info` at once and publishes the
    request's `idle` status on IOPub only `delay` seconds later, as a loaded machine does. It
    sends no `iopub_welcome` (an older ipykernel)."""

    def __init__(self, delay: float):
        import threading

        import zmq
        from jupyter_client.session import Session

        self.delay = delay
        self.requests: list[str] = []
        self.session = Session(key=b"slow-kernel")
        self.context = zmq.Context()
        self.shell = self.context.socket(zmq.ROUTER)
        self.iopub = self.context.socket(zmq.PUB)
        self.shell_port = self.shell.bind_to_random_port("tcp://127.0.0.1")
        self.iopub_port = self.iopub.bind_to_random_port("tcp://127.0.0.1")
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self) -> None:
        import zmq

        while not self.stop.is_set():
            if not self.shell.poll(50, zmq.POLLIN):
                continue
            idents, msg = self.session.recv(self.shell, mode=0)
            self.requests.append(msg["header"]["msg_id"])
            content = {"status": "ok", "protocol_version": "5.3", "language_info": {}}
            self.session.send(self.shell, "kernel_info_reply", content, parent=msg, ident=idents)
            if self.stop.wait(self.delay):  # closed meanwhile: its sockets are gone
                return
            self.session.send(self.iopub, "status", {"execution_state": "idle"}, parent=msg)

    def close(self) -> None:
        self.stop.set()
        self.thread.join(5)
        self.context.destroy(linger=0)

    def client(self):
        """The build's readiness client (kernel_client.ready_client_class) on this kernel's shell
        and IOPub, its channels started: stop them when done."""
        from jupyter_client.session import Session

        client = kernel_client.ready_client_class()(
            session=Session(key=b"slow-kernel"),
            ip="127.0.0.1",
            shell_port=self.shell_port,
            iopub_port=self.iopub_port,
        )
        client.start_channels(shell=True, iopub=True, stdin=False, hb=False, control=False)
        return client


def test_a_kernel_whose_idle_status_comes_late_is_ready_after_one_request():
    """The old readiness wait gave IOPub 50 ms after each reply, then asked again with a new id,
    so a kernel slower than that was never ready («Kernel didn't respond in 60 seconds")."""
    import asyncio

    slow = SlowKernel(delay=0.3)
    try:

        async def ready() -> float:
            client = slow.client()
            try:
                start = time.monotonic()
                await client.wait_for_ready(timeout=20)
                return time.monotonic() - start
            finally:
                client.stop_channels()

        asyncio.run(ready())
        assert len(slow.requests) == 1  # answered late, never asked again
    finally:
        slow.close()


def test_a_kernel_that_never_gets_ready_is_given_up_with_what_was_waited_for():
    import asyncio

    slow = SlowKernel(delay=30)  # idle far beyond the deadline
    try:

        async def ready() -> None:
            client = slow.client()
            try:
                await client.wait_for_ready(timeout=2)
            finally:
                client.stop_channels()

        with pytest.raises(kernel_client.KernelStartError) as caught:
            asyncio.run(ready())
        message = str(caught.value)
        assert "ikke klar etter 2 s" in message
        assert "status «idle» på IOPub" in message
        assert "--jobs 1" in message  # the way out
        assert notebooks.kernel_start_failed(caught.value)
    finally:
        slow.close()


def colliding(manager_class: type, port: str, held: int, errors: list[str]) -> type:
    """The manager's first kernel gets a TCP port already taken by someone else."""
    from traitlets import default

    client_class = kernel_client.ready_client_class()

    class Recording(client_class):
        async def wait_for_ready(self, timeout=None):
            try:
                return await super().wait_for_ready(timeout)
            except kernel_client.KernelStartError as err:
                errors.append(str(err))
                raise

    class Colliding(manager_class):
        client_factory = Recording

        @default("transport")
        def _tcp(self) -> str:  # a TCP port (a kernel's own sockets are Unix sockets)
            return "tcp"

        def write_connection_file(self, **kwargs):
            setattr(self, port, held)
            return super().write_connection_file(**kwargs)

    return Colliding


@pytest.mark.parametrize("port", ["hb_port", "shell_port"])
@pytest.mark.parametrize("kind", ["fork", "plain"])
def test_a_kernel_whose_port_is_taken_dies_and_the_notebook_runs_on_a_new_one(
    pool, tmp_path, monkeypatch, kind, port
):
    """«Address already in use»: the kernel exits at once (even when only ipykernel's heartbeat
    thread failed), the build sees it die, and the notebook runs on a plain kernel on new
    ports. The short deadline makes a kernel that lingers on fail this test."""
    import socket

    monkeypatch.setattr(kernel_client, "READY_TIMEOUT", 20.0)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        errors: list[str] = []
        base = pool.manager_class if kind == "fork" else kernel_managers.plain_manager_class()
        manager = colliding(base, port, taken.getsockname()[1], errors)
        report = tmp_path / "report.json"
        _, starts, ran_on = notebooks.execute(
            FIXTURES / "probes_state.ipynb",
            tmp_path / "out.ipynb",
            {"report": str(report)},
            manager_class=manager,
        )
    assert starts == 2 and ran_on == "plain"
    assert len(errors) == 1 and "kjernen stoppet før den var klar" in errors[0]
    assert json.loads(report.read_text(encoding="utf-8"))["ppid"] != pool.pid


def test_a_template_not_ready_in_time_is_given_up_and_the_build_says_why(tmp_path, monkeypatch):
    (tmp_path / "klagerapport_slow_probe.py").write_text("import time\ntime.sleep(60)\n")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    slow = kernels.KernelPool(modules=("klagerapport_slow_probe",))
    try:
        assert slow.start(timeout=1) is False
        assert slow.failure == "malprosessen for kjernene brukte mer enn 1 s på å bli klar"
        lines: list[str] = []
        assert build._manager_class(slow, lines.append) is None
        assert lines == [
            "Advarsel: varme kjerner kunne ikke startes (malprosessen for kjernene brukte mer "
            "enn 1 s på å bli klar); bruker vanlige kjerner"
        ]
        with pytest.raises(kernels.PoolError, match="kunne ikke starte"):
            slow.fork(["-f", "x.json"], {}, str(tmp_path))
    finally:
        slow.close()


def test_forked_kernels_that_fail_to_start_fall_back_to_plain_ones_with_one_line(
    pool, tmp_path, monkeypatch
):
    import shutil
    import socket

    from klagerapport.pipeline import sectionrun

    monkeypatch.setattr(kernel_client, "READY_TIMEOUT", 20.0)
    folder = tmp_path / "nb"
    folder.mkdir()
    for name in ("01_a.ipynb", "02_b.ipynb"):
        shutil.copy(FIXTURES / "probes_state.ipynb", folder / name)
    sections = notebooks.discover(folder)
    lines: list[str] = []
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        errors: list[str] = []
        manager = colliding(pool.manager_class, "shell_port", taken.getsockname()[1], errors)
        done = sectionrun.run_sections(
            sections,
            run_dir=tmp_path / "run",
            parameters={s.name: {"report": str(tmp_path / f"{s.name}.json")} for s in sections},
            jobs=2,
            pool="thread",
            failed=tmp_path / "failed",
            log=lines.append,
            manager_class=manager,
        )
    assert sorted(done) == ["a", "b"]
    assert len(errors) == 2  # every forked kernel failed: its port was taken
    for s in sections:  # and each notebook ran on a plain kernel, a child of this process
        assert json.loads((tmp_path / f"{s.name}.json").read_text())["ppid"] == os.getpid()
    warnings = [line for line in lines if line.startswith("Advarsel")]
    assert warnings == [
        "Advarsel: en varm kjerne startet ikke; avsnittet kjørte på en vanlig kjerne "
        "(bruk --kernels plain for å kjøre alle slik)"
    ]
    assert sum("kjernen startet 2 ganger" in line for line in lines) == 2


def test_batch_takes_the_kernel_kind_and_refuses_an_unknown_one():
    from typer.testing import CliRunner

    from klagerapport.cli import app
    from klagerapport.errors import KlagerapportError
    from klagerapport.pipeline import batch

    with pytest.raises(KlagerapportError, match=r"ukjent kjernetype «varm»\. Tillatt: fork, plain"):
        batch.build_batch(years="2019", kernels="varm", log=lambda _l: None)
    done = CliRunner().invoke(app, ["batch", "--years", "2019", "--kernels", "varm"])
    assert done.exit_code == 1
    assert "ukjent kjernetype «varm»" in done.output


def test_a_cell_that_never_ends_is_given_up_with_what_was_waited_for(pool, tmp_path, monkeypatch):
    """A stuck forked kernel gets one plain kernel instead; one that is stuck too fails the
    build with a message naming the wait and the way out, instead of hanging it."""
    import nbformat

    from klagerapport.errors import BuildError

    monkeypatch.setattr(notebooks, "CELL_TIMEOUT", 3)
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("import time\ntime.sleep(120)")]
    source = tmp_path / "stuck.ipynb"
    nbformat.write(nb, source)
    starts: list[str] = []

    class Counted(pool.manager_class):
        async def start_kernel(self, **kwargs):
            starts.append("fork")
            return await super().start_kernel(**kwargs)

    with pytest.raises(BuildError) as caught:
        notebooks.execute(source, tmp_path / "out.ipynb", {}, manager_class=Counted)
    assert starts == ["fork"]  # then a plain kernel, not the forked one again
    assert str(caught.value) == (
        "en celle i stuck.ipynb ble ikke ferdig: ventet 3 s på kjernens svar. "
        + kernel_client.LOAD_HINT
    )


def _printing_notebook(tmp_path: Path, last: str) -> Path:
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(f"print({i})") for i in range(4)]
    nb.cells.append(nbformat.v4.new_code_cell(last))
    source = tmp_path / "many.ipynb"
    nbformat.write(nb, source)
    return source


def _printed(notebook: Path) -> list[str]:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    outputs = [o for c in cells for o in c.get("outputs", []) if o.get("name") == "stdout"]
    return ["".join(o["text"]) for o in outputs]


def test_the_notebook_is_written_when_it_starts_and_ends_not_at_every_cell(
    pool, tmp_path, monkeypatch
):
    """Papermill's engine writes the whole notebook at each cell's start and end (2 + 2 per
    cell); the build's engine when it starts and when it ends: the same notebook at the end."""
    from papermill import engines

    writes: list[str] = []
    real = engines.write_ipynb

    def counted(nb, path):
        writes.append(path)
        return real(nb, path)

    monkeypatch.setattr(engines, "write_ipynb", counted)
    source = _printing_notebook(tmp_path, "print('slutt')")
    notebooks.execute(source, tmp_path / "out.ipynb", {}, manager_class=pool.manager_class)
    assert len(writes) == 2
    assert _printed(tmp_path / "out.ipynb") == ["0\n", "1\n", "2\n", "3\n", "slutt\n"]
    writes.clear()
    papermill.execute_notebook(
        str(source), str(tmp_path / "pm.ipynb"), kernel_name=notebooks.KERNEL, progress_bar=False
    )
    assert len(writes) == 2 + 2 * 5  # what the build no longer pays for


def test_a_notebook_whose_kernel_dies_is_kept_with_its_outputs_so_far(pool, tmp_path):
    """The build's engine still writes the notebook when a run ends without an error cell (a
    kernel that died), with every output it had."""
    source = _printing_notebook(tmp_path, "import os\nos._exit(1)")
    out = tmp_path / "out.ipynb"
    with pytest.raises(Exception, match=r"(?i)dead|died"):
        notebooks.execute(source, out, {}, manager_class=pool.manager_class)
    assert _printed(out) == ["0\n", "1\n", "2\n", "3\n"]


# Imported by every kernel that runs a section, unless the template imported them before the
# fork (kernel_template.WARM_MODULES): ipykernel's debugger (debugpy, pydevd), psutil, the
# store's reader, and IPython's shell, its history's sqlite3, tornado's event loop, Pillow.
HEAVY_AFTER_FORK = (
    "ipykernel.debugger",
    "debugpy",
    "pydevd",
    "psutil",
    "pyarrow.dataset",
    "IPython",
    "sqlite3",
    "_sqlite3",
    "tornado",
    "PIL",
)


def test_a_forked_kernel_running_a_section_imports_nothing_heavy_of_its_own(pool, tmp_path):
    import subprocess
    import sys

    import nbformat

    from klagerapport import paths

    nb = nbformat.read(str(paths.NOTEBOOKS / "01_received.ipynb"), as_version=4)
    listed = tmp_path / "modules.json"
    nb.cells.append(
        nbformat.v4.new_code_cell(
            "import json, sys, wave  # wave: a module no kernel imports but this cell\n"
            f"json.dump(sorted(sys.modules), open({str(listed)!r}, 'w'))"
        )
    )
    source = tmp_path / "received.ipynb"
    nbformat.write(nb, source)
    out = tmp_path / "out"
    out.mkdir()
    parameters = {"out_dir": str(out), "district": "Oslo", "year": 2019}
    notebooks.execute(source, tmp_path / "x.ipynb", parameters, out, pool.manager_class)
    template = subprocess.run(  # the template's imports, in an interpreter of its own
        [
            sys.executable,
            "-c",
            "import json, sys\nfrom klagerapport.pipeline import kernel_template"
            " as t\nfor m in t.WARM_MODULES + t.OPTIONAL_WARM_MODULES: __import__(m)"
            "\nprint(json.dumps(sorted(sys.modules)))",
        ],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYDEVD_DISABLE_FILE_VALIDATION": "1", "OPENBLAS_NUM_THREADS": "1"},
    )
    after_fork = set(json.loads(listed.read_text())) - set(json.loads(template.stdout))
    assert "wave" in after_fork  # the check sees what a kernel imports (its cells' own)
    heavy = sorted(m for m in after_fork if m.startswith(HEAVY_AFTER_FORK))
    assert heavy == []


def test_a_forked_kernel_finds_the_templates_objects_frozen_for_its_collector(pool, tmp_path):
    """The template freezes what it imported (gc.freeze): a kernel's garbage collections do not
    walk (and so copy) the template's memory."""
    import nbformat

    counted = tmp_path / "frozen.json"
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": notebooks.KERNEL, "language": "python"}
    nb.cells = [
        nbformat.v4.new_code_cell(
            f"import gc, json\njson.dump(gc.get_freeze_count(), open({str(counted)!r}, 'w'))"
        )
    ]
    source = tmp_path / "frozen.ipynb"
    nbformat.write(nb, source)
    notebooks.execute(source, tmp_path / "x.ipynb", {}, tmp_path, pool.manager_class)
    assert json.loads(counted.read_text()) > 100_000  # the imported modules' objects


@pytest.mark.parametrize("kind", ["fork", "plain"])
def test_kernels_talk_over_private_unix_sockets_that_no_other_process_can_take(
    pool, tmp_path, kind
):
    """A TCP port is chosen by binding and closing it, and another process on a busy machine can
    take it before the kernel binds it again (the kernel then dies: a CI run failed so). The
    build's kernels use Unix sockets named by the kernel's id, in a folder only this user can
    open, removed with their kernel."""
    import stat

    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(
            "import json, os\n"
            "from ipykernel.connect import get_connection_file\n"
            "info = json.load(open(get_connection_file()))\n"
            "paths = [f\"{info['ip']}-{info[k]}\" for k in "
            "('shell_port', 'iopub_port', 'stdin_port', 'control_port', 'hb_port')]\n"
            "print(json.dumps({'transport': info['transport'], 'ip': info['ip'], "
            "'sockets': [os.path.exists(p) for p in paths]}))"
        )
    ]
    source = tmp_path / "sockets.ipynb"
    nbformat.write(nb, source)
    manager_class = pool.manager_class if kind == "fork" else kernel_managers.plain_manager_class()
    notebooks.execute(source, tmp_path / "out.ipynb", {}, manager_class=manager_class)
    done = nbformat.read(tmp_path / "out.ipynb", as_version=4)
    seen = json.loads(done.cells[-1].outputs[0]["text"])
    folder = kernel_managers.ipc_folder()
    assert folder is not None and seen["transport"] == "ipc"
    assert Path(seen["ip"]).parent == folder and seen["sockets"] == [True] * 5
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert not list(folder.glob(f"{Path(seen['ip']).name}-*"))  # removed with the kernel


@pytest.mark.parametrize("kind", ["fork", "plain"])
def test_kernels_run_without_ipykernels_debugger(pool, tmp_path, kind):
    """A build never debugs a notebook: neither kind of kernel imports debugpy (pydevd), and
    ipykernel runs without a debugger (pipeline/imports.py, KERNEL_SKIPPED)."""
    import nbformat

    seen = tmp_path / "debugger.json"
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": notebooks.KERNEL, "language": "python"}
    nb.cells = [
        nbformat.v4.new_code_cell(
            "import json, sys\n"
            "kernel = get_ipython().kernel\n"
            "json.dump({'debugpy': sys.modules.get('debugpy', 'absent') is None,\n"
            "           'pydevd': 'pydevd' in sys.modules,\n"
            "           'debugger': getattr(kernel, 'debugger', None) is not None},\n"
            f"          open({str(seen)!r}, 'w'))"
        )
    ]
    source = tmp_path / "debugger.ipynb"
    nbformat.write(nb, source)
    manager = pool.manager_class if kind == "fork" else kernel_managers.plain_manager_class()
    notebooks.execute(source, tmp_path / "x.ipynb", {}, tmp_path, manager)
    assert json.loads(seen.read_text()) == {"debugpy": True, "pydevd": False, "debugger": False}
