"""Keep the build process's imports light.

`import papermill` pulls in nbformat -> jsonschema, whose format checkers import
`rfc3987_syntax` when it is installed (it is, through jupyterlab -> jupyter-events); that module
compiles a grammar at import, about 0.8 s of every build. Nothing here validates the "iri"
format (nbformat's schema does not use it), so the build process marks the module absent before
Papermill is imported (`klagerapport.pipeline` does it on import): jsonschema then skips that
one checker.
"""

from __future__ import annotations

import sys

SKIPPED = ("rfc3987_syntax",)


def skip_slow_optional() -> None:
    """Mark the slow optional modules absent, unless something already imported them."""
    for name in SKIPPED:
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]
