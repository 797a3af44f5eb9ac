"""The preview's web app (Starlette on uvicorn), its file watcher (watchfiles) and reload events.

Routes, and nothing else:
  /                     the page: the report in a frame beside the side panel (assets/shell.html)
  /rapport.html         the last good render of the report (scripts forbidden by its CSP)
  /<asset>              a stylesheet or figure of the staged report (Session.asset), else 404
  /_preview/state       last render: version, error, problems (JSON)
  /_preview/values      every value key of the build (JSON)
  /_preview/events      server-sent events: "render" after each render
  /_preview/panel.js, /_preview/panel.css
Every URL the page uses is relative, so it also works behind a proxy prefix (JupyterLab).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Route
from watchfiles import Change, awatch

from .. import paths
from .session import Session, Settle

ASSETS = resources.files(__package__) / "assets"
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "[::1]", "::1"]
SSE_TICK = 0.25  # seconds between checks whether the server is stopping
SSE_PING = 15.0  # a comment line this often keeps proxies from closing the stream
WATCH_STEP_MS = 30  # a burst of writes (an editor's save) is one change after this quiet time
WATCH_TIMEOUT_MS = 300  # the watcher's thread looks up this often, so Ctrl-C stops it at once

COMMON_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
SHELL_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; frame-src 'self'; object-src 'none'; "
    "base-uri 'none'"
)
REPORT_CSP = (
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self' data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'"
)
NO_RENDER_YET = (
    '<!doctype html><html lang="nb"><meta charset="utf-8"><title>Ingen visning</title>'
    "<body><p>Rapporten er ikke vist ennå: se feilen i panelet.</p></body></html>"
)


class Broker:
    """Hands each render's version to every open event stream."""

    def __init__(self) -> None:
        self.queues: set[asyncio.Queue] = set()

    def publish(self, message: str) -> None:
        for queue in self.queues:
            queue.put_nowait(message)


def classify(changes: set[tuple[Change, str]], session: Session) -> str | None:
    """'full' (report/ or the build changed), 'commentary', or None (nothing of ours)."""
    kind = None
    report = paths.REPORT_DIR.resolve()
    source = session.source.resolve()
    allowlist = paths.allowlist_file(session.district).resolve()
    for _change, raw in changes:
        path = Path(raw)
        if any(part.startswith(".") for part in path.parts[-2:]):
            continue  # editors' swap files, JupyterLab's .ipynb_checkpoints/
        if path.is_relative_to(report) or path == session.run_dir:
            return "full"
        if path.is_relative_to(session.run_dir):
            inside = path.relative_to(session.run_dir).parts
            if inside and inside[0] in ("_variables.yml", "values", "tables", "figures"):
                return "full"
        elif path in (source, allowlist) or (
            path.is_relative_to(source) and path.suffix in (".md", ".yml")
        ):  # the commentary, its review list (gjennomgang.yml), the allow-list (tillatt.yml)
            kind = "commentary"
    return kind


def watched_folders(session: Session) -> list[Path]:
    """Folders whose changes matter; parents too, so a folder deleted and recreated is seen."""
    folders = [paths.COMMENTARY, paths.REPORT_DIR, session.run_dir.parent]
    return [f.resolve() for f in folders if f.is_dir()]


async def settle(session: Session, broker: Broker, owed: Settle) -> None:
    """The full render after a spliced one; a reload only if the page came out different."""
    if await asyncio.to_thread(session.settle, owed):
        broker.publish(json.dumps({"version": session.state.version}))


async def watch(session: Session, broker: Broker, stop: asyncio.Event) -> None:
    """Re-render on each change; a watcher that fails (a folder removed) starts again."""
    settling: set[asyncio.Task] = set()
    while not stop.is_set():
        try:
            async for changes in awatch(
                *watched_folders(session),
                step=WATCH_STEP_MS,
                stop_event=stop,
                debounce=1600,
                rust_timeout=WATCH_TIMEOUT_MS,
            ):
                kind = classify(changes, session)
                if kind is None:
                    continue
                owed = await asyncio.to_thread(session.refresh, full=kind == "full")
                broker.publish(json.dumps({"version": session.state.version}))
                if owed is not None:
                    settling.add(asyncio.create_task(settle(session, broker, owed)))
                    settling.difference_update({t for t in settling if t.done()})
        except Exception as err:  # keep serving the last render; say why watching paused
            print(f"Advarsel: filovervåkingen startes på nytt ({err})", file=sys.stderr)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), 1.0)


def _asset_text(name: str) -> bytes:
    return (ASSETS / name).read_bytes()


def create_app(
    session: Session,
    *,
    stopping: Callable[[], bool] = lambda: False,
    allowed_hosts: list[str] | None = None,
    watch_files: bool = True,
) -> Starlette:
    """The preview app of one session. `stopping` tells the event streams to end (Ctrl-C)."""
    broker = Broker()
    shell = _asset_text("shell.html")
    static = {
        "panel.js": (_asset_text("panel.js"), "text/javascript; charset=utf-8"),
        "panel.css": (_asset_text("panel.css"), "text/css; charset=utf-8"),
    }

    async def page(_request: Request) -> Response:
        headers = {**COMMON_HEADERS, "Content-Security-Policy": SHELL_CSP}
        return Response(shell, media_type="text/html; charset=utf-8", headers=headers)

    async def report(_request: Request) -> Response:
        html = session.state.html or NO_RENDER_YET
        headers = {**COMMON_HEADERS, "Content-Security-Policy": REPORT_CSP}
        return Response(html, media_type="text/html; charset=utf-8", headers=headers)

    async def state(_request: Request) -> Response:
        return JSONResponse(session.state_json(), headers=COMMON_HEADERS)

    async def values(_request: Request) -> Response:
        return JSONResponse(session.values_json(), headers=COMMON_HEADERS)

    async def panel_asset(request: Request) -> Response:
        if request.path_params["name"] not in static:
            return Response("Ikke funnet", status_code=404, headers=COMMON_HEADERS)
        body, media = static[request.path_params["name"]]
        return Response(body, media_type=media, headers=COMMON_HEADERS)

    async def events(_request: Request) -> Response:
        queue: asyncio.Queue = asyncio.Queue()
        broker.queues.add(queue)

        async def stream():
            try:
                first = json.dumps({"version": session.state.version})
                yield f"retry: 1000\nevent: render\ndata: {first}\n\n"
                idle = 0.0
                while not stopping():
                    try:
                        message = await asyncio.wait_for(queue.get(), SSE_TICK)
                    except TimeoutError:
                        idle += SSE_TICK
                        if idle >= SSE_PING:
                            idle = 0.0
                            yield ": ping\n\n"
                        continue
                    yield f"event: render\ndata: {message}\n\n"
            finally:
                broker.queues.discard(queue)

        headers = {**COMMON_HEADERS, "X-Accel-Buffering": "no"}
        return StreamingResponse(stream(), media_type="text/event-stream", headers=headers)

    async def asset(request: Request) -> Response:
        target = session.asset(request.path_params["name"])
        if target is None:
            return Response("Ikke funnet", status_code=404, headers=COMMON_HEADERS)
        return FileResponse(target, headers=COMMON_HEADERS)

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette):
        stop = asyncio.Event()
        task = asyncio.create_task(watch(session, broker, stop)) if watch_files else None
        try:
            yield
        finally:
            stop.set()
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task

    routes = [
        Route("/", page, methods=["GET", "HEAD"]),
        Route("/rapport.html", report, methods=["GET", "HEAD"]),
        Route("/_preview/state", state, methods=["GET"]),
        Route("/_preview/values", values, methods=["GET"]),
        Route("/_preview/events", events, methods=["GET"]),
        Route("/_preview/{name:str}", panel_asset, methods=["GET"]),
        Route("/{name:path}", asset, methods=["GET", "HEAD"]),
    ]
    middleware = []
    if allowed_hosts is not None:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts))
    return Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
