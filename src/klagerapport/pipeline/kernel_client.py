"""The client that waits for a started kernel to be ready, for forked and plain kernels alike.

One `kernel_info` request, its reply on the shell channel, then IOPub shown connected
(ipykernel's `iopub_welcome`, or a status message) and the `idle` status of the last request,
all under one deadline (READY_TIMEOUT); a kernel that dies or is not ready by then is a
`KernelStartError` whose message names what was waited for and the way out. A request's IOPub
messages can be lost only while the subscription is not yet connected; only then is another
request sent, and a late answer to an earlier one still counts. A loaded machine makes this
slower, never wrong. The kernel managers that use it are `pipeline/kernel_managers.py`.
"""

from __future__ import annotations

import functools
import time

READY_TIMEOUT = 120.0  # seconds for a started kernel to be ready (papermill's start_timeout)
PLAIN_HINT = "Bruk --kernels plain (vanlige kjerner), eller bygg når maskinen er mindre belastet."
LOAD_HINT = "Bygg med færre notatbøker om gangen (--jobs 1), eller når maskinen er mindre belastet."


class KernelStartError(RuntimeError):
    """A kernel died while starting, or was not ready by its deadline (the message says which,
    and what was waited for). A start failure: the notebook runs again on a new kernel."""


PROBE_AFTER = 0.5  # seconds of a silent IOPub before another kernel_info goes out (doubling)
PROBE_MAX = 4.0  # the longest pause between two such requests
ALIVE_EVERY = 0.5  # seconds between checks that a starting kernel still lives


@functools.cache
def ready_client_class() -> type:
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
