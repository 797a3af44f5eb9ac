"""`klagerapport preview`: the report of a build in the browser, re-rendered on every save.

session.py   the staged project and the HTML-only render, on every save
pieces.py    the fast path: only the changed commentary files rendered and spliced into the page
problems.py  the commentary checked by `klagerapport check`, only the files that changed
marks.py     the check's findings marked in the page where they are
state.py     what the page shows: the last render, its error, the findings, the build's values
files.py     the commentary files read, the report's assets served (nothing else)
server.py    the web app (Starlette + uvicorn), the watcher (watchfiles), reload events (SSE)
assets/      the page around the report: side panel with values and problems
jupyter.py   the JupyterLab launcher entry (jupyter-server-proxy)

Serves on 127.0.0.1 only unless --host says otherwise; Ctrl-C stops the server, the watcher and
removes the staged project.
"""

from __future__ import annotations

import contextlib
import socket
import sys
import threading
import webbrowser
from pathlib import Path

from .. import paths, settings
from ..errors import KlagerapportError
from .server import LOOPBACK_HOSTS, create_app
from .session import Session

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def bind(host: str, port: int) -> socket.socket:
    """A listening-ready socket on host:port (port 0: any free port); a clear error if taken."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except socket.gaierror as err:
        raise KlagerapportError(f"ukjent vertsnavn «{host}»: {err}") from None
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as err:
        sock.close()
        raise KlagerapportError(
            f"kan ikke lytte på {host}:{port} ({err.strerror}). Velg en annen port med --port."
        ) from None
    sock.set_inheritable(True)
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def run(
    *,
    year: int | None = None,
    district: str | None = None,
    out: Path | None = None,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    open_browser: bool = False,
) -> None:
    """Serve the preview until Ctrl-C."""
    import uvicorn  # the web server, only when serving

    cfg = settings.load(year=year, district=district)
    run_dir = Path(out) if out else paths.output_dir(cfg.district, cfg.year)
    if not (run_dir / "_variables.yml").is_file():
        raise KlagerapportError(
            f"fant ikke noe ferdig bygg i {paths.shown(run_dir)}. Kjør «klagerapport build "
            f"--year {cfg.year} --district {cfg.district}» først."
        )
    sock = bind(host, port)
    session = Session(run_dir, district=cfg.district, year=cfg.year)
    try:
        session.refresh(full=True)
        state = session.state
        url = url_of(sock)
        print(f"Forhåndsvisning av {cfg.district} {cfg.year}: {url}", flush=True)
        print(
            f"Følger med på {paths.shown(session.source)}, report/ og "
            f"{paths.shown(run_dir)}. Ctrl-C stopper.",
            flush=True,
        )
        if state.error:
            print(f"Feil: {state.error.message}", file=sys.stderr, flush=True)
        loopback = host in LOOPBACK
        if not loopback:
            print(
                f"Advarsel: --host {host} gjør forhåndsvisningen synlig for andre maskiner.",
                file=sys.stderr,
                flush=True,
            )
        server: uvicorn.Server | None = None

        def stopping() -> bool:
            return server is not None and server.should_exit

        app = create_app(
            session,
            stopping=stopping,
            allowed_hosts=LOOPBACK_HOSTS if loopback else None,
        )
        server = uvicorn.Server(
            uvicorn.Config(
                app,
                log_level="warning",
                access_log=False,
                lifespan="on",
                timeout_graceful_shutdown=1,
            )
        )
        if open_browser:
            threading.Timer(0.5, webbrowser.open, args=(url,)).start()
        server.run(sockets=[sock])
    finally:
        session.close()
        with contextlib.suppress(OSError):
            sock.close()
        print("Forhåndsvisningen er stoppet.", file=sys.stderr, flush=True)
