"""The Quarto CLI engine: `quarto render` of the staged project to HTML and Typst (PDF).

Not exercised on machines without Quarto (this project's CI).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from ..errors import BuildError
from . import guard
from .stage import DOCUMENT, Staged


def render_quarto(staged: Staged, html_out: Path, pdf_out: Path) -> None:
    """`quarto render` to html and typst (PDF). Not exercised on machines without Quarto."""
    for fmt in ("html", "typst"):
        proc = subprocess.run(
            ["quarto", "render", DOCUMENT, "--to", fmt],
            cwd=staged.root,
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            raise BuildError(f"quarto render --to {fmt} feilet:\n{proc.stderr.strip()}")
    html = (staged.root / "rapport.html").read_text(encoding="utf-8")
    guard.check_no_shortcodes(html, "rapport.html")
    shutil.copy2(staged.root / "rapport.html", html_out)
    shutil.copy2(staged.root / "rapport.pdf", pdf_out)
