"""Warm kernels for Papermill: a fresh kernel process per notebook, forked from a warm template.

Starting a Python kernel and importing pandas and matplotlib in it costs most of a notebook's
time. A `KernelPool` starts one template process (the "zygote") that imports ipykernel, pandas,
matplotlib, pyarrow and the klagerapport package once, then waits. For each notebook Papermill
runs, the pool's kernel manager asks the template to fork: the child becomes an ordinary
IPython kernel on the connection file the manager wrote, runs that one notebook and exits.

Isolation is the process's: each notebook gets its own process, copied from a template that
never runs notebook code, so nothing one notebook changes (module globals, `os.environ`,
rcParams, pandas options, monkeypatches, `sys.path`, the working folder, the numpy random
state, the root log level) can reach the next. The child takes the environment and working
folder the kernel manager asked for and reseeds the random generators, as a new process would.

Papermill still executes every notebook (parameters injected, the executed notebook saved):
only how the kernel process is made changes. `KernelPool.manager_class` goes to
`papermill.execute_notebook(..., kernel_manager_class=...)`. If the template cannot start (or
has threads, which make forking unsafe), `start()` returns False, `failure` says why, and callers
use plain kernels (`plain_manager_class()`: a new interpreter per notebook).

Every wait has a deadline, and its message names what it waited for and the way out: the
template's start (START_TIMEOUT), each fork (FORK_TIMEOUT), and a kernel's readiness (the
client's `wait_for_ready`, for forked and plain kernels alike): one `kernel_info` request, its
reply on the shell channel, then IOPub shown connected (ipykernel's `iopub_welcome`, or a status
message) and the `idle` status of the last request. A request's IOPub messages can be lost only
while the subscription is not yet connected; only then is another request sent, and a late
answer to an earlier one still counts. A loaded machine makes this slower, never wrong.

A kernel's five sockets are Unix sockets in this process's private folder (`ipc_folder`), not
TCP ports: a port picked by binding and closing it can be taken by another process before the
kernel binds it (on a busy machine it was), a socket path named by the kernel's id cannot.

The template process itself is `pipeline/kernel_template.py`; this module is the build's side:
the pool, the handle on a forked kernel, and the kernel manager and client Papermill uses.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import select
import signal
import subprocess
import sys
import threading
import time
import weakref
from pathlib import Path
from typing import Any

from .kernel_template import LAUNCHER, PLAIN, READY, WARM_MODULES

TEMPLATE_MODULE = "klagerapport.pipeline.kernel_template"
START_TIMEOUT = 120.0  # seconds for the template to import everything (a loaded machine: slow)
FORK_TIMEOUT = 30.0  # seconds for the template to answer a fork request
READY_TIMEOUT = 120.0  # seconds for a started kernel to be ready (papermill's start_timeout)
PLAIN_HINT = "Bruk --kernels plain (vanlige kjerner), eller bygg når maskinen er mindre belastet."
LOAD_HINT = "Bygg med færre notatbøker om gangen (--jobs 1), eller når maskinen er mindre belastet."


class PoolError(RuntimeError):
    """The template process failed, stopped, or did not answer in time."""


class KernelStartError(RuntimeError):
    """A kernel died while starting, or was not ready by its deadline (the message says which,
    and what was waited for). A start failure: the notebook runs again on a new kernel."""


# --- the build's side -----------------------------------------------------------------------


class ForkedProcess:
    """A Popen-like handle on a kernel forked by the template (not our child: a pidfd)."""

    stdin = stdout = stderr = None

    def __init__(self, pid: int):
        self.pid = pid
        self.returncode: int | None = None
        self._fd: int | None = None
        try:
            self._fd = os.pidfd_open(pid)
        except ProcessLookupError:  # already gone
            self.returncode = 1

    def poll(self) -> int | None:
        if self.returncode is None and self._fd is not None:
            ready, _, _ = select.select([self._fd], [], [], 0)
            if ready:
                self._exited()
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        if self.returncode is None and self._fd is not None:
            ready, _, _ = select.select([self._fd], [], [], timeout)
            if not ready:
                raise subprocess.TimeoutExpired(str(self.pid), timeout or 0)
            self._exited()
        return self.returncode or 0

    def send_signal(self, signum: int) -> None:
        if self.poll() is None and self._fd is not None:
            signal.pidfd_send_signal(self._fd, signum)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)

    def _exited(self) -> None:
        self.returncode = 0  # the exit status belongs to the template, which discards it
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


_running: weakref.WeakSet = weakref.WeakSet()  # kernel processes this process started


def stop_running() -> None:
    """Kill every kernel this process started that still runs (the build was interrupted: its
    notebooks then end at once, and nothing writes into the run's folder after its clean-up).
    The notebook client's own log («Kernel died while waiting for execute reply», in English)
    is silenced first: those deaths are the stop, which the command line reports."""
    import logging

    logging.getLogger("papermill").setLevel(logging.CRITICAL + 1)
    for process in list(_running):
        with contextlib.suppress(OSError, ValueError):
            if process.poll() is None:
                process.kill()


class KernelPool:
    """One warm template process; `manager_class` makes Papermill fork kernels from it."""

    def __init__(self, modules: tuple[str, ...] = WARM_MODULES):
        self.modules = modules
        self.process: subprocess.Popen | None = None
        self.forks = 0
        self._lock = threading.Lock()
        self._ready: bool | None = None
        self._buffer = b""
        self.failure = ""  # why the template could not start, for the build's one line
        self.manager_class = _manager_class(self)

    def __enter__(self) -> KernelPool:
        self.launch()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def launch(self) -> None:
        """Start the template importing (returns at once: it warms up while the build goes on)."""
        if self.process is not None:
            return
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", TEMPLATE_MODULE, *self.modules],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            bufsize=0,
        )
        self._buffer = b""

    def start(self, timeout: float = START_TIMEOUT) -> bool:
        """Wait for the template to be ready; False (`failure` says why, the pool is closed) if
        it cannot be, or if this system cannot fork kernels and watch them (Linux: fork and
        pidfd_open)."""
        if not (hasattr(os, "fork") and hasattr(os, "pidfd_open")):
            self.failure = "dette systemet kan ikke forgrene kjerner (krever Linux)"
            self.close()
            return False
        with self._lock:
            if self._ready is None:
                self.launch()
                try:
                    line = self._read_line(time.monotonic() + timeout, "å bli klar", timeout)
                    self._ready = line == READY
                    if not self._ready:
                        self.failure = f"malprosessen for kjernene svarte {line[:200]!r}"
                except PoolError as err:
                    self._ready, self.failure = False, str(err)
                if not self._ready:
                    self._stop()
            return self._ready

    def _read_line(self, deadline: float, waited_for: str, timeout: float) -> str:
        """The template's next line on its stdout, by `deadline`; PoolError naming what was
        waited for if it stops or the deadline passes."""
        assert self.process is not None and self.process.stdout is not None
        fd = self.process.stdout.fileno()
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            ready = select.select([fd], [], [], max(0.0, left))[0] if left > 0 else []
            if not ready:
                raise PoolError(
                    f"malprosessen for kjernene brukte mer enn {timeout:.0f} s på {waited_for}"
                )
            chunk = os.read(fd, 65536)
            if not chunk:
                code = self.process.poll()
                raise PoolError(
                    f"malprosessen for kjernene stoppet (status {code}) før {waited_for}"
                )
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode("utf-8", "replace").strip()

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process else None

    def fork(self, argv: list[str], env: dict[str, str], cwd: str) -> int:
        """Fork a kernel with these arguments (after `ipykernel_launcher`); its pid."""
        if not self.start():
            raise PoolError(f"malprosessen for kjernene kunne ikke starte: {self.failure}")
        with self._lock:
            proc = self.process
            if proc is None or proc.poll() is not None:
                raise PoolError("malprosessen for kjernene har stoppet")
            assert proc.stdin is not None
            request = json.dumps({"argv": argv, "env": env, "cwd": cwd}) + "\n"
            try:
                proc.stdin.write(request.encode("utf-8"))
                proc.stdin.flush()
            except OSError as err:
                raise PoolError(f"malprosessen for kjernene tar ikke imot: {err}") from None
            answer = self._read_line(
                time.monotonic() + FORK_TIMEOUT, "å forgrene en kjerne", FORK_TIMEOUT
            )
            try:
                pid = int(json.loads(answer)["pid"])
            except (ValueError, KeyError, TypeError):
                raise PoolError(f"uventet svar fra malprosessen: {answer[:200]!r}") from None
            self.forks += 1
            return pid

    def close(self) -> None:
        with self._lock:
            self._stop()
            self._ready = False

    def _stop(self) -> None:
        proc, self.process = self.process, None
        if proc is None:
            return
        if not self._ready:
            proc.kill()  # still importing (or failed): nothing of value in it
        for stream in (proc.stdin, proc.stdout):
            if stream:
                stream.close()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def kernel_arguments(cmd: list[str]) -> list[str] | None:
    """The arguments after `-m ipykernel_launcher` of a kernel command, or None if not one."""
    for i, arg in enumerate(cmd[:-1]):
        if arg == "-m" and cmd[i + 1] == LAUNCHER:
            return list(cmd[i + 2 :])
    return None


PROBE_AFTER = 0.5  # seconds of a silent IOPub before another kernel_info goes out (doubling)
PROBE_MAX = 4.0  # the longest pause between two such requests
ALIVE_EVERY = 0.5  # seconds between checks that a starting kernel still lives
EXIT_POLL = 0.005  # seconds between checks that a shut-down kernel has exited


@functools.cache
def _client_class() -> type:
    """An AsyncKernelClient whose `wait_for_ready` knows a kernel is ready as soon as it is, and
    never mistakes a slow kernel for a lost message.

    jupyter_client's own asks `kernel_info` again each time IOPub has been quiet for 0.2 s
    after a reply, then flushes IOPub until it has been quiet for 0.2 s: a fixed cost per
    notebook, and a window a loaded machine can miss again and again. This one sends one
    request and waits for its reply (the shell channel queues it until the kernel listens).
    Then it reads IOPub until the `idle` status of the last request it sent: the messages of a
    request are lost only before IOPub's subscription is connected, so another request goes out
    only while IOPub has shown nothing at all (after PROBE_AFTER, doubling up to PROBE_MAX), or
    once when ipykernel's `iopub_welcome` says it just connected. All under one deadline; the
    kernel's death ends the wait at once.
    """
    from queue import Empty

    from jupyter_client.asynchronous.client import AsyncKernelClient

    class ReadyKernelClient(AsyncKernelClient):
        async def wait_for_ready(self, timeout: float | None = None) -> None:
            limit = READY_TIMEOUT if timeout is None else float(timeout)
            deadline = time.monotonic() + limit
            sent = [self.kernel_info()]
            reply = None
            while reply is None:  # 1. the reply on the shell channel
                msg = await self._next(self.shell_channel, deadline, limit, "svar på kernel_info")
                if (
                    msg is not None
                    and msg["msg_type"] == "kernel_info_reply"
                    and msg["parent_header"].get("msg_id") in sent
                ):
                    reply = msg
            connected, pause = False, PROBE_AFTER
            probe_at = time.monotonic() + pause
            while True:  # 2. IOPub connected, and the last request's idle seen
                wait = (
                    ALIVE_EVERY
                    if connected
                    else max(0.0, min(ALIVE_EVERY, probe_at - time.monotonic()))
                )
                msg = await self._next(
                    self.iopub_channel, deadline, limit, "status «idle» på IOPub", wait
                )
                if msg is None:
                    if not connected and time.monotonic() >= probe_at:
                        sent.append(self.kernel_info())
                        pause = min(pause * 2, PROBE_MAX)
                        probe_at = time.monotonic() + pause
                    continue
                if msg["msg_type"] == "iopub_welcome":
                    if not connected:  # what came before the subscription is lost: ask again
                        sent.append(self.kernel_info())
                    connected = True
                    continue
                connected = True
                if (
                    msg["msg_type"] == "status"
                    and msg["content"].get("execution_state") == "idle"
                    and msg["parent_header"].get("msg_id") == sent[-1]
                ):
                    break
            self._handle_kernel_info_reply(reply)

        async def _next(
            self, channel, deadline: float, limit: float, waited_for: str, wait: float = ALIVE_EVERY
        ) -> dict | None:
            """The channel's next message within `wait` (None if none came and the kernel still
            lives); KernelStartError if the kernel died or the deadline passed."""
            left = deadline - time.monotonic()
            if left <= 0:
                hint = getattr(self.parent, "start_hint", LOAD_HINT)
                raise KernelStartError(
                    f"kjernen var ikke klar etter {limit:.0f} s (ventet på {waited_for}). {hint}"
                )
            try:
                return await channel.get_msg(timeout=min(wait, left))
            except Empty:
                if not await self._async_is_alive():
                    raise KernelStartError(
                        f"kjernen stoppet før den var klar (ventet på {waited_for}); "
                        "Kernel died before replying to kernel_info"
                    ) from None
                return None

    return ReadyKernelClient


IPC_PATH_MAX = 100  # bytes of a Unix socket's path (the system's limit is 107 or 108)
_ipc_folders: dict[int, Path | None] = {}


def ipc_folder() -> Path | None:
    """This process's private folder (0700, removed when it exits) for its kernels' sockets, or
    None where kernels must use TCP (no Unix sockets in this ZeroMQ, or a temporary folder whose
    path is too long for one).

    Kernels talk to the build over Unix sockets, not TCP ports on localhost: a TCP port is
    chosen by binding and closing it, then bound again by the kernel, and in between another
    process on a busy machine can take it (the kernel then dies with «Address already in use»).
    A socket path named by the kernel's id, in a folder only this user can open, cannot be
    taken by anyone else, nor reached by another local user."""
    import atexit
    import shutil
    import tempfile

    import zmq

    pid = os.getpid()
    if pid not in _ipc_folders:
        _ipc_folders[pid] = None
        if not zmq.has("ipc"):
            return None
        folder = Path(tempfile.mkdtemp(prefix="klagerapport-kjerner-"))
        if len(os.fsencode(folder / f"{'0' * 36}-99")) > IPC_PATH_MAX:
            folder.rmdir()
            return None
        _ipc_folders[pid] = folder

        def remove(folder: Path = folder, owner: int = pid) -> None:
            if os.getpid() == owner:  # not in a process forked from this one
                shutil.rmtree(folder, ignore_errors=True)

        atexit.register(remove)
    return _ipc_folders[pid]


def guarded_command(cmd: list[str]) -> list[str]:
    """A plain kernel's command with `-m ipykernel_launcher` replaced by the template module's
    guarded plain kernel (kernel_template.plain_kernel_main); other commands as they are."""
    for i, arg in enumerate(cmd[:-1]):
        if arg == "-m" and cmd[i + 1] == LAUNCHER:
            return [*cmd[:i], "-m", TEMPLATE_MODULE, PLAIN, *cmd[i + 2 :]]
    return list(cmd)


def _kernel_manager(provisioner: type, hint: str) -> type:
    """An AsyncKernelManager that starts its kernels with `provisioner` and waits for them with
    the client above."""
    import asyncio
    import uuid

    from jupyter_client.manager import AsyncKernelManager
    from traitlets import default

    class KernelManager(AsyncKernelManager):
        start_hint = hint

        @default("transport")
        def _socket_transport(self) -> str:
            return "ipc" if ipc_folder() is not None else "tcp"

        async def _async_pre_start_kernel(self, **kw: Any):
            if self.provisioner is None:
                self.kernel_id = self.kernel_id or kw.pop("kernel_id", str(uuid.uuid4()))
                self.provisioner = provisioner(
                    kernel_id=self.kernel_id, kernel_spec=self.kernel_spec, parent=self
                )
            if self.transport == "ipc" and not self.connection_file:
                folder = ipc_folder()
                if folder is None:
                    self.transport = "tcp"
                else:  # the kernel's five sockets: <folder>/<kernel id>-1 … -5, its alone
                    self.ip = str(folder / self.kernel_id)
            return await super()._async_pre_start_kernel(**kw)

        async def _async_wait(self, pollinterval: float = 0.1) -> None:
            # The kernel's exit is checked every few milliseconds (a pidfd or waitpid: no cost
            # to speak of) instead of every 0.1 s. jupyter_client bounds this wait.
            while await self._async_is_alive():
                await asyncio.sleep(EXIT_POLL)

        @default("client_factory")
        def _ready_client_factory(self) -> type:
            return _client_class()

    return KernelManager


@functools.cache
def plain_manager_class() -> type:
    """The kernel manager of plain kernels: a new interpreter per notebook (guarded_command)."""
    from jupyter_client.provisioning import LocalProvisioner

    class PlainProvisioner(LocalProvisioner):
        async def launch_kernel(self, cmd: list[str], **kwargs: Any):
            info = await super().launch_kernel(guarded_command(cmd), **kwargs)
            _running.add(self.process)
            return info

    manager = _kernel_manager(PlainProvisioner, LOAD_HINT)
    manager.__name__ = manager.__qualname__ = "PlainKernelManager"
    return manager


def _manager_class(pool: KernelPool) -> type:
    """An AsyncKernelManager whose provisioner forks from `pool` (plain launch if it cannot)."""
    from jupyter_client.provisioning import LocalProvisioner

    class ForkProvisioner(LocalProvisioner):
        async def launch_kernel(self, cmd: list[str], **kwargs: Any):
            argv = kernel_arguments(cmd)
            if argv is None:
                return await super().launch_kernel(cmd, **kwargs)
            env = {str(k): str(v) for k, v in (kwargs.get("env") or os.environ).items()}
            cwd = str(kwargs.get("cwd") or Path.cwd())
            pid = pool.fork(argv, env, cwd)
            self.process = ForkedProcess(pid)
            _running.add(self.process)
            self.pid = pid
            self.pgid = pid  # the child called setsid()
            self.cwd = cwd
            return self.connection_info

    manager = _kernel_manager(ForkProvisioner, PLAIN_HINT)
    manager.__name__ = manager.__qualname__ = "ForkKernelManager"
    manager.pool = pool  # type: ignore[attr-defined]
    return manager
