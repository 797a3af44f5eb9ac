"""How a build or batch stops when told to: SIGTERM as Ctrl-C, and no process left behind.

A build's processes: the build itself, the warm kernels' template (`pipeline/kernels.py`, a child
that ends when its stdin closes, that is when the build ends however it ends), the kernels
(forked from the template, or plain children of the build: ipykernel ends them when their parent
goes) and, in a batch, the worker processes with a template each (`pipeline/batch.py`).

- `sigterm_as_interrupt()`: SIGTERM (a `kill`, a CI timeout, a service manager) takes the same
  path as Ctrl-C, so the build's clean-up runs: its temporary folder is removed, the previous
  output stays, the template is closed.
- `exit_with_parent()`: a batch worker ends when the batch process is gone, even killed with
  SIGKILL (its template and kernels then end with it). A spawned worker is not told otherwise:
  it would wait for work forever, adopted by init, its template alive.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import threading
import time
from collections.abc import Callable, Iterator

STOP_GRACE = 10.0  # seconds an orphaned worker's build gets to clean up after the interrupt


received: list[int] = []  # the stopping signals this process got, first first


def _interrupt(signum: int, frame: object) -> None:
    received.append(signum)
    raise KeyboardInterrupt(f"signal {signum}")


def stopped_by() -> tuple[str, int]:
    """How the command line reports a stop: («Avbrutt …», exit status): 130 for Ctrl-C, 143
    for SIGTERM (128 + the signal, as a shell reports a process the signal ended)."""
    if received and received[0] == signal.SIGTERM:
        return "Avbrutt (SIGTERM).", 128 + signal.SIGTERM
    return "Avbrutt.", 128 + signal.SIGINT


@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Within the block, SIGTERM raises KeyboardInterrupt in the main thread (as Ctrl-C does).
    Elsewhere than in the main thread, nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _ignore(signum: int, frame: object) -> None:
    """A later stopping signal, while the clean-up runs: nothing to do."""


def _interrupt_once(signum: int, frame: object) -> None:
    # A second signal must not cut the clean-up. Not SIG_IGN: a signal already pending when the
    # handler changes to SIG_IGN makes Python raise OSError («Signal 15 ignored due to race
    # condition») in whatever the clean-up is doing; a handler that does nothing takes it quietly.
    for other in (signal.SIGINT, signal.SIGTERM):
        signal.signal(other, _ignore)
    raise KeyboardInterrupt(f"signal {signum}")


def interrupt_once() -> None:
    """For a process's whole life (a batch worker): the first SIGTERM or SIGINT raises
    KeyboardInterrupt, later ones are ignored. Ctrl-C reaches a worker twice (from the
    terminal, then from the batch stopping its workers); its clean-up runs once, whole."""
    signal.signal(signal.SIGTERM, _interrupt_once)
    signal.signal(signal.SIGINT, _interrupt_once)


def exit_with_parent(cleanup: Callable[[], None] | None = None) -> threading.Thread:
    """Watch this process's parent; when it is gone, interrupt this process (its build cleans
    up), and after STOP_GRACE run `cleanup` and exit regardless."""
    parent = os.getppid()

    def watch() -> None:
        try:
            fd = os.pidfd_open(parent)
        except (AttributeError, OSError):  # no pidfd (not Linux), or the parent is gone already
            fd = None
        if fd is not None:
            select.select([fd], [], [])
        else:
            while os.getppid() == parent:
                time.sleep(0.5)
        with contextlib.suppress(OSError):
            os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(STOP_GRACE)
        try:
            if cleanup is not None:
                cleanup()
        finally:
            os._exit(1)

    thread = threading.Thread(target=watch, name="exit-with-parent", daemon=True)
    thread.start()
    return thread
