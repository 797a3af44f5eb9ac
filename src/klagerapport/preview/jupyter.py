"""JupyterLab's launcher entry for the preview, through jupyter-server-proxy.

Registered in pyproject.toml (entry point group `jupyter_serverproxy_servers`): the launcher
shows «Forhåndsvisning»; clicking it starts `klagerapport preview` for config.yml's district
and year on a free port chosen by jupyter-server-proxy and opens it in a JupyterLab tab, beside
the Markdown editor. The proxy forwards the page's server-sent events as they come.
"""

from __future__ import annotations

import sys
from importlib import resources

TITLE = "Forhåndsvisning"


def server_proxy() -> dict:
    """jupyter-server-proxy's settings for the preview (its `{port}` is filled in by it)."""
    icon = resources.files(__package__) / "assets" / "ikon.svg"
    return {
        "command": [sys.executable, "-m", "klagerapport", "preview", "--port", "{port}"],
        "timeout": 120,  # the first render stages and renders the whole report
        "new_browser_tab": False,
        # The preview answers only to a loopback Host (against DNS rebinding); the proxy
        # would pass on the Host of the JupyterLab page.
        "request_headers_override": {"Host": "127.0.0.1:{port}"},
        "launcher_entry": {"enabled": True, "title": TITLE, "icon_path": str(icon)},
    }
