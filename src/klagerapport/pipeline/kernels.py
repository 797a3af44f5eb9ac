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
has threads, which make forking unsafe), `start()` returns False and callers use plain kernels.

The template process itself is `pipeline/kernel_template.py`; this module is the build's side:
the pool, the handle on a forked kernel, and the kernel manager and client Papermill uses.
"""

from __future__ import annotations

import functools
import json
import os
import select
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from .kernel_template import LAUNCHER, READY, WARM_MODULES

TEMPLATE_MODULE = "klagerapport.pipeline.kernel_template"
START_TIMEOUT = 60.0  # seconds for the template to import everything


class PoolError(RuntimeError):
    """The template process failed or answered something unexpected."""


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


class KernelPool:
    """One warm template process; `manager_class` makes Papermill fork kernels from it."""

    def __init__(self, modules: tuple[str, ...] = WARM_MODULES):
        self.modules = modules
        self.process: subprocess.Popen | None = None
        self.forks = 0
        self._lock = threading.Lock()
        self._ready: bool | None = None
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
            text=True,
            bufsize=1,
        )

    def start(self, timeout: float = START_TIMEOUT) -> bool:
        """Wait for the template to be ready; False (and the pool closed) if it cannot be, or if
        this system cannot fork kernels and watch them (Linux: fork and pidfd_open)."""
        if not (hasattr(os, "fork") and hasattr(os, "pidfd_open")):
            self.close()
            return False
        with self._lock:
            if self._ready is None:
                self.launch()
                self._ready = self._read_ready(timeout)
                if not self._ready:
                    self._stop()
            return self._ready

    def _read_ready(self, timeout: float) -> bool:
        assert self.process is not None and self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        return bool(ready) and self.process.stdout.readline().strip() == READY

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process else None

    def fork(self, argv: list[str], env: dict[str, str], cwd: str) -> int:
        """Fork a kernel with these arguments (after `ipykernel_launcher`); its pid."""
        if not self.start():
            raise PoolError("malprosessen for kjernene kunne ikke starte")
        with self._lock:
            proc = self.process
            if proc is None or proc.poll() is not None:
                raise PoolError("malprosessen for kjernene har stoppet")
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write(json.dumps({"argv": argv, "env": env, "cwd": cwd}) + "\n")
            proc.stdin.flush()
            answer = proc.stdout.readline()
            try:
                pid = int(json.loads(answer)["pid"])
            except (ValueError, KeyError, TypeError):
                raise PoolError(f"uventet svar fra malprosessen: {answer!r}") from None
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


READY_TIMEOUT = 0.05  # seconds for IOPub to show a kernel_info request's idle, else ask again
EXIT_POLL = 0.005  # seconds between checks that a shut-down kernel has exited


@functools.cache
def _client_class() -> type:
    """An AsyncKernelClient that knows a kernel is ready as soon as it is, without fixed waits.

    jupyter_client's `wait_for_ready` flushes IOPub until it has been quiet for 0.2 s, a fixed
    cost per notebook. This one waits for the kernel_info reply, then reads IOPub until the
    kernel's `idle` status for that same request: then IOPub is connected and nothing of the
    start-up is left in it. If IOPub shows nothing in READY_TIMEOUT (not connected yet), it asks
    again, as jupyter_client does.
    """
    from queue import Empty

    from jupyter_client.asynchronous.client import AsyncKernelClient

    class ForkKernelClient(AsyncKernelClient):
        async def wait_for_ready(self, timeout: float | None = None) -> None:
            deadline = time.monotonic() + (timeout if timeout is not None else float("inf"))
            while True:
                msg_id = self.kernel_info()
                try:
                    reply = await self.shell_channel.get_msg(timeout=1)
                except Empty:
                    reply = None
                if (
                    reply is not None
                    and reply["msg_type"] == "kernel_info_reply"
                    and reply["parent_header"].get("msg_id") == msg_id
                    and await self._idle_after(msg_id)
                ):
                    self._handle_kernel_info_reply(reply)
                    return
                if not await self._async_is_alive():
                    raise RuntimeError("Kernel died before replying to kernel_info")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"Kernel didn't respond in {timeout:.0f} seconds")

        async def _idle_after(self, msg_id: str) -> bool:
            end = time.monotonic() + READY_TIMEOUT
            while (left := end - time.monotonic()) > 0:
                try:
                    msg = await self.iopub_channel.get_msg(timeout=left)
                except Empty:
                    return False
                if (
                    msg["msg_type"] == "status"
                    and msg["content"].get("execution_state") == "idle"
                    and msg["parent_header"].get("msg_id") == msg_id
                ):
                    return True
            return False

    return ForkKernelClient


def _manager_class(pool: KernelPool) -> type:
    """An AsyncKernelManager whose provisioner forks from `pool` (plain launch if it cannot)."""
    import asyncio

    from jupyter_client.manager import AsyncKernelManager
    from jupyter_client.provisioning import LocalProvisioner
    from traitlets import default

    class ForkProvisioner(LocalProvisioner):
        async def launch_kernel(self, cmd: list[str], **kwargs: Any):
            argv = kernel_arguments(cmd)
            if argv is None:
                return await super().launch_kernel(cmd, **kwargs)
            env = {str(k): str(v) for k, v in (kwargs.get("env") or os.environ).items()}
            cwd = str(kwargs.get("cwd") or Path.cwd())
            pid = pool.fork(argv, env, cwd)
            self.process = ForkedProcess(pid)
            self.pid = pid
            self.pgid = pid  # the child called setsid()
            self.cwd = cwd
            return self.connection_info

    class ForkKernelManager(AsyncKernelManager):
        async def _async_pre_start_kernel(self, **kw: Any):
            import uuid

            if self.provisioner is None:
                self.kernel_id = self.kernel_id or kw.pop("kernel_id", str(uuid.uuid4()))
                self.provisioner = ForkProvisioner(
                    kernel_id=self.kernel_id, kernel_spec=self.kernel_spec, parent=self
                )
            return await super()._async_pre_start_kernel(**kw)

        async def _async_wait(self, pollinterval: float = 0.1) -> None:
            # A forked kernel is checked through its pidfd (no system call cost to speak of),
            # so the wait for its exit polls every few milliseconds instead of every 0.1 s.
            while await self._async_is_alive():
                await asyncio.sleep(EXIT_POLL)

        @default("client_factory")
        def _fork_client_factory(self) -> type:
            return _client_class()

    ForkKernelManager.pool = pool  # type: ignore[attr-defined]
    return ForkKernelManager
