"""The report's one typeface (`klagerapport.typeface`: DejaVu Sans as matplotlib ships it, which
draws the charts with it), written into the staged project's `fonts/`:

* for the HTML, subset to the Latin letters the report uses, as WOFF next to the stylesheet,
  which embeds it (@font-face in report/rapport.css): body, headings, tables and charts read in
  the same letters on every machine;
* for the PDF, the four TrueType files as matplotlib ships them, which Typst finds through
  `font-paths: fonts` (format.typst in _quarto.yml; both engines) and subsets itself.

Deterministic: the same bytes on every render. The subsets come from `.cache/fonts/`; a render
whose cache lacks them has them made by a child process from its start (`subsetting`) and
waits for it here, where the files are needed.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

from .. import typeface

FOLDER = typeface.FOLDER
_pending: list[subprocess.Popen] = []  # the child making the subsets, while a render runs


@contextlib.contextmanager
def subsetting() -> Iterator[None]:
    """Within the block, the subsets the cache lacks are being made in a child process; when
    the block ends the child is waited for, or, if the block failed or was interrupted, ended
    at once: nothing is left running."""
    child = typeface.start_subsetting()
    if child is not None:
        _pending.append(child)
    ended = False
    try:
        yield
        ended = True
    finally:
        if child is not None:
            _pending.remove(child)
            typeface.finish_subsetting(child, timeout=typeface.SUBSET_SECONDS if ended else 0)


def write_chart_fonts(into: Path) -> list[Path]:
    """Write the WOFF files (HTML) and the TrueType files (PDF) into `into`/fonts/; the paths
    written."""
    for child in list(_pending):
        typeface.finish_subsetting(child)  # what it did not make is made here
    source = typeface.source_folder()
    folder = Path(into) / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, ttf in typeface.FONTS.items():
        path = folder / name
        path.write_bytes(typeface.subset_cached(source / ttf))
        written.append(path)
        written.append(Path(shutil.copy2(source / ttf, folder / ttf)))
    return written
