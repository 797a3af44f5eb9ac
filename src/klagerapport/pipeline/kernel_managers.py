"""The kernel managers Papermill starts its kernels with: forked from the warm template
(`fork_manager_class`, given a `kernels.KernelPool`) or plain (`plain_manager_class`: a new
interpreter per notebook, `kernel_template.plain_kernel_main`); the handle on a forked kernel
(not this process's child: a pidfd), and the kernels this process started, stopped together
when a build is interrupted (`stop_running`).

A kernel's five sockets are Unix sockets in this process's private folder (`ipc_folder`), not
TCP ports: a port picked by binding and closing it can be taken by another process before the
kernel binds it (on a busy machine it was), a socket path named by the kernel's id cannot.
Both managers wait for a started kernel with the client of `pipeline/kernel_client.py`.
"""

from __future__ import annotations

import contextlib
import functools
import os
import select
import signal
import subprocess
import weakref
from pathlib import Path
from typing import Any

from .kernel_client import LOAD_HINT, PLAIN_HINT, ready_client_class
from .kernel_template import LAUNCHER, PLAIN, TEMPLATE_MODULE

EXIT_POLL = 0.005  # seconds between checks that a shut-down kernel has exited


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


def kernel_arguments(cmd: list[str]) -> list[str] | None:
    """The arguments after `-m ipykernel_launcher` of a kernel command, or None if not one."""
    for i, arg in enumerate(cmd[:-1]):
        if arg == "-m" and cmd[i + 1] == LAUNCHER:
            return list(cmd[i + 2 :])
    return None


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
            return ready_client_class()

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


def fork_manager_class(pool) -> type:
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
