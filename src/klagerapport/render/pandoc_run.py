"""Pandoc as every render step runs it: the `pypandoc-binary` wheel's program, one process a
conversion, with the Haskell runtime's memory options set for the report's small documents.

The wheel's Pandoc asks its runtime for a 64 MiB heap (`-H64m`, built in), which makes its
first allocation area 64 MiB: each run touches that much fresh memory, about 0.04 s of system
time, to parse a 40 KB document that needs under 1 MiB. `RUNTIME_OPTIONS` (in `GHCRTS`, which a
Pandoc built without runtime options ignores with a warning) keeps the area at 4 MiB: the same
output, byte for byte, for a third less CPU in each of the checks' parses
(benchmarks/README.md, "The fourth round of cuts").
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

RUNTIME_OPTIONS = "-H1m -A4m"  # GHC runtime: suggested heap 1 MiB, allocation area 4 MiB


def program() -> str:
    import pypandoc

    return pypandoc.get_pandoc_path()


def environment() -> dict[str, str]:
    """This process's environment with Pandoc's runtime options (a caller's own GHCRTS wins)."""
    env = dict(os.environ)
    env.setdefault("GHCRTS", RUNTIME_OPTIONS)
    return env


def run(
    args: list[str], *, cwd: Path | None = None, input: str | None = None
) -> subprocess.CompletedProcess:
    """Pandoc with `args` (text in and out); the caller reads the return code."""
    return subprocess.run(
        [program(), *args],
        cwd=cwd,
        input=input,
        capture_output=True,
        text=True,
        env=environment(),
        check=False,
    )
