"""The guard for an in-place `quarto render` (or `quarto preview`) of a build's Quarto project.

`_quarto.yml` declares `report/_kontroll.py` (staged as `_kontroll.py`) as the project's
pre-render and post-render script; Quarto runs it in the project's folder and stops when it
exits non-zero. The script starts `python -m klagerapport.render.inplace før|etter <folder>`:

- `før` (before Quarto reads anything): the document grammar (what Quarto would read
  differently from the embedded engine, or drop: `{{< claim a > b >}}`), includes, and every
  `{{< var >}}` / `{{< meta >}}` and cross-reference with a target (render/guard/,
  `check_sources`);
- `etter` (after Quarto wrote its files; `QUARTO_PROJECT_OUTPUT_FILES` lists them): no
  leftover (`?var:`, `?@tbl-…`, `{{<`, a footnote mark `[^…]`), the PDF's design, and every
  piece of the document found in rapport.html and rapport.pdf (render/completeness.py).

Every problem is printed with its file and line, and the exit status is 1.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..errors import KlagerapportError, Problem
from . import guard
from . import stage as staging

STEPS = ("før", "etter")
OUTPUT_LIST = "QUARTO_PROJECT_OUTPUT_FILES"
OUTPUT_LIST_FILE = "QUARTO_USE_FILE_FOR_PROJECT_OUTPUT_FILES"  # Quarto's way round long lists


def _source(root: Path) -> guard.Source:
    def describe(path: Path) -> str:
        path = Path(path).resolve()
        return path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)

    return guard.read_source(root, staging.DOCUMENT, describe)


def before(root: Path) -> None:
    """The checks before Quarto reads the project."""
    root = root.resolve()
    source = _source(root)
    variables = staging.read_variables(root)
    guard.check_sources(source, variables=variables, meta=staging.metadata(root))


def rendered_files(root: Path, environ=os.environ) -> list[Path]:
    """The files Quarto says it wrote (relative to the project)."""
    listing = environ.get(OUTPUT_LIST)
    if listing is None and environ.get(OUTPUT_LIST_FILE):
        listing = Path(environ[OUTPUT_LIST_FILE]).read_text(encoding="utf-8")
    if listing is None:  # run by hand: whatever is there
        return [root / name for name in ("rapport.html", "rapport.pdf") if (root / name).is_file()]
    return [root / line.strip() for line in listing.splitlines() if line.strip()]


def after(root: Path, outputs: list[Path]) -> None:
    """The checks of what Quarto wrote."""
    root = root.resolve()
    source = _source(root)
    variables = staging.read_variables(root)
    meta = staging.metadata(root)
    html_file = next((f for f in outputs if f.suffix == ".html"), None)
    pdf_file = next((f for f in outputs if f.suffix == ".pdf"), None)
    problems: list[Problem] = []
    html = pages = None
    if html_file is not None:
        html = html_file.read_text(encoding="utf-8")
        text = guard.visible_html(html)
        problems += guard.output_problems(
            text, html_file.name, source, html=True, variables=variables
        )
    if pdf_file is not None:
        pages = guard.pdf_text(pdf_file)
        for number, page in enumerate(pages, start=1):
            problems += guard.output_problems(
                page, pdf_file.name, source, html=False, page=number, variables=variables
            )
        problems += guard.pdf_design_problems(pdf_file, meta, pages)
    problems += guard.completeness_problems(html, pages, source, variables, meta)
    guard.raise_problems(problems)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in STEPS:
        print(f"bruk: python -m klagerapport.render.inplace {'|'.join(STEPS)} <mappe>")
        return 2
    step, root = argv[0], Path(argv[1])
    try:
        if step == "før":
            before(root)
        else:
            after(root, rendered_files(root.resolve()))
    except KlagerapportError as err:
        print(f"klagerapport ({step} Quarto): {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
