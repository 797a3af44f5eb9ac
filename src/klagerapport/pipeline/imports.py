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
# ipykernel's debugger (debugpy, with pydevd inside): a build never debugs a notebook, and
# ipykernel runs without a debugger when debugpy is absent. Marked absent in the kernels'
# template and in a plain kernel, before ipykernel is imported: 0.06-0.1 s less of the
# template's imports (on a cold build's path) and of each plain kernel's, a little of each
# forked kernel's start (benchmarks/README.md, "The fourth round of cuts").
KERNEL_SKIPPED = ("debugpy",)


def skip_slow_optional(names: tuple[str, ...] = SKIPPED) -> None:
    """Mark the slow optional modules absent, unless something already imported them."""
    for name in names:
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]


def skip_debugger() -> None:
    """In a kernel (or the kernels' template), before ipykernel is imported: no debugger."""
    skip_slow_optional(KERNEL_SKIPPED)
