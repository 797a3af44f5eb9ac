"""The charts' font in the HTML report: DejaVu Sans, the font matplotlib draws the charts with
(publish/figures.py), subset to the Latin letters the report uses and written as WOFF next to
the stylesheet, which embeds it (@font-face in report/rapport.css). Headings, captions and tables
then read in the same letters as the charts, on every machine. Deterministic: the same bytes on
every render.

Subsetting takes about 0.3 s per font, so the result is kept in `.cache/fonts/` under a key of
everything it is made from (the font's bytes, the letters, fontTools' version, this module's
subsetting options): a changed input makes a new file, never a stale one.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
from pathlib import Path

from .. import fsutil, paths

FONTS = {"dejavu-sans.woff": "DejaVuSans.ttf", "dejavu-sans-bold.woff": "DejaVuSans-Bold.ttf"}
FOLDER = "fonts"
# Basic Latin, Latin-1 (æøå, «», NBSP), Latin Extended-A, and the dashes, quotes, ellipsis, minus.
UNICODES = [
    *range(0x20, 0x7F),
    *range(0xA0, 0x180),
    *(0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x2212),
]


def _subset(source: Path) -> bytes:
    from fontTools import subset

    options = subset.Options()
    options.flavor = "woff"
    options.name_IDs = ["*"]  # keep the licence and the family names
    options.drop_tables += ["FFTM"]
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=UNICODES)
    subsetter.subset(font)
    out = io.BytesIO()
    subset.save_font(font, out, options)
    return out.getvalue()


def _subset_cached(source: Path) -> bytes:
    """`_subset(source)`, from the cache when it was made from the same inputs before."""
    import fontTools  # only when a subset is made

    data = source.read_bytes()
    how = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()  # this module's options
    key = hashlib.sha256(
        json.dumps([hashlib.sha256(data).hexdigest(), UNICODES, fontTools.version, how]).encode()
    ).hexdigest()[:24]
    cached = paths.CACHE / FOLDER / f"{source.stem}-{key}.woff"
    try:
        return cached.read_bytes()
    except OSError:
        pass
    made = _subset(source)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        fsutil.write_bytes(cached, made)
    except OSError:
        pass  # a cache that cannot be written only costs time
    return made


def write_chart_fonts(into: Path) -> list[Path]:
    """Write the WOFF files into `into`/fonts/; the paths written."""
    import matplotlib

    logging.getLogger("fontTools").setLevel(logging.ERROR)
    source = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    folder = Path(into) / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, ttf in FONTS.items():
        path = folder / name
        path.write_bytes(_subset_cached(source / ttf))
        written.append(path)
    return written
