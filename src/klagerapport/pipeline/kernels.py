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
use plain kernels (`kernel_managers.plain_manager_class()`: a new interpreter per notebook).

Every wait has a deadline, and its message names what it waited for and the way out: the
template's start (START_TIMEOUT), each fork (FORK_TIMEOUT), and a kernel's readiness
(`pipeline/kernel_client.py`, READY_TIMEOUT).

The template process itself is `pipeline/kernel_template.py`; this module is the build's side
of it, the pool. The kernel managers Papermill uses (forked and plain kernels, their Unix
sockets) are `pipeline/kernel_managers.py`, the client that waits for a kernel to be ready
`pipeline/kernel_client.py`.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import threading
import time

from .kernel_managers import fork_manager_class
from .kernel_template import READY, TEMPLATE_MODULE, WARM_MODULES

START_TIMEOUT = 120.0  # seconds for the template to import everything (a loaded machine: slow)
FORK_TIMEOUT = 30.0  # seconds for the template to answer a fork request


class PoolError(RuntimeError):
    """The template process failed, stopped, or did not answer in time."""


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
        self.manager_class = fork_manager_class(self)

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
