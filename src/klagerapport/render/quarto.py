"""The Quarto CLI engine: `quarto render` of the staged project to HTML and Typst (PDF).

Not exercised on machines without Quarto (this project's CI).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from ..errors import BuildError
from .embedded.engine import checked_body
from .embedded.options import project_options
from .stage import DOCUMENT, Staged


def render_quarto(staged: Staged, html_out: Path, pdf_out: Path) -> str:
    """`quarto render` to html and typst (PDF); returns everything Quarto printed (its
    WARNING lines are errors for the guard). Not exercised on machines without Quarto."""
    checked_body(staged, project_options(staged.root))  # the same refusals as the embedded
    # the project's pre-/post-render guard (_kontroll.py) runs with this Python's klagerapport
    env = {**os.environ, "KLAGERAPPORT_PYTHON": sys.executable}
    log = []
    for fmt in ("html", "typst"):
        proc = subprocess.run(
            ["quarto", "render", DOCUMENT, "--to", fmt],
            cwd=staged.root,
            capture_output=True,
            text=True,
            check=False,
            env=env,
        )
        if proc.returncode != 0:
            raise BuildError(f"quarto render --to {fmt} feilet:\n{proc.stderr.strip()}")
        log += [proc.stdout, proc.stderr]
    shutil.copy2(staged.root / "rapport.html", html_out)
    shutil.copy2(staged.root / "rapport.pdf", pdf_out)
    return "\n".join(log)
