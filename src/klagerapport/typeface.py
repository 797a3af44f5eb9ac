"""The report's one typeface, DejaVu Sans, as matplotlib ships it (which draws the charts with
it): its four TrueType files, the letters the report uses, and their subsets for the HTML as
WOFF, made by fontTools.

Subsetting takes about 0.1-0.2 s of CPU per font, so a subset is kept in `.cache/fonts/` under a
key of everything it is made from (the font's bytes, the letters, fontTools' version, this
module's subsetting options): a changed input makes a new file, never a stale one. Deterministic:
the same bytes on every machine with the same fontTools.

`python -m klagerapport.typeface` makes the subsets the cache lacks. A render starts it in a
child process when the cache lacks one (`start_subsetting`), so that a project's first build
subsets on the other core while it checks the commentary and stages the project, instead of
after (`render/fonts.py` waits for it where it needs the files). It imports only this module's
floor: a child that imported the renderer would spend more CPU starting than it saves.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import logging
import subprocess
import sys
from pathlib import Path

from . import fsutil, paths

FONTS = {
    "dejavu-sans.woff": "DejaVuSans.ttf",
    "dejavu-sans-bold.woff": "DejaVuSans-Bold.ttf",
    "dejavu-sans-oblique.woff": "DejaVuSans-Oblique.ttf",
    "dejavu-sans-bold-oblique.woff": "DejaVuSans-BoldOblique.ttf",
}
FAMILY = "DejaVu Sans"  # the family name every engine asks for (CSS, Typst, matplotlib)
FOLDER = "fonts"  # in the cache, and in a staged project
# Basic Latin, Latin-1 (æøå, «», NBSP), Latin Extended-A, and the dashes, quotes, ellipsis, minus.
UNICODES = [
    *range(0x20, 0x7F),
    *range(0xA0, 0x180),
    *(0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x2212),
]
SUBSET_SECONDS = 60  # the longest a render waits for the child making the subsets


def source_folder() -> Path:
    """Where matplotlib keeps its bundled TrueType fonts (found without importing matplotlib)."""
    import importlib.util

    spec = importlib.util.find_spec("matplotlib")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("matplotlib")
    return Path(next(iter(spec.submodule_search_locations))) / "mpl-data" / "fonts" / "ttf"


def subset(source: Path) -> bytes:
    """The WOFF subset of one TrueType file: the report's letters, every name kept."""
    from fontTools import subset as ft

    logging.getLogger("fontTools").setLevel(logging.ERROR)
    options = ft.Options()
    options.flavor = "woff"
    options.name_IDs = ["*"]  # keep the licence and the family names
    options.drop_tables += ["FFTM"]
    font = ft.load_font(str(source), options)
    subsetter = ft.Subsetter(options)
    subsetter.populate(unicodes=UNICODES)
    subsetter.subset(font)
    out = io.BytesIO()
    ft.save_font(font, out, options)
    return out.getvalue()


@functools.cache
def _key(source: Path) -> str:
    """The key of everything the subset of `source` is made from (once per process: the
    installed files do not change under it)."""
    import fontTools  # its version only: cheap

    how = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()  # this module's options
    return hashlib.sha256(
        json.dumps(
            [hashlib.sha256(source.read_bytes()).hexdigest(), UNICODES, fontTools.version, how]
        ).encode()
    ).hexdigest()[:24]


def cached_file(source: Path) -> Path:
    """Where the subset of `source` is kept, named by the key of what it is made from."""
    return paths.CACHE / FOLDER / f"{source.stem}-{_key(source)}.woff"


def subset_cached(source: Path) -> bytes:
    """`subset(source)`, from the cache when it was made from the same inputs before."""
    cached = cached_file(source)
    try:
        return cached.read_bytes()
    except OSError:
        pass
    made = subset(source)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        fsutil.write_bytes(cached, made)  # atomic: a reader sees the whole file or none
    except OSError:
        pass  # a cache that cannot be written only costs time
    return made


def missing() -> list[Path]:
    """The TrueType files whose subset the cache lacks."""
    folder = source_folder()
    return [folder / ttf for ttf in FONTS.values() if not cached_file(folder / ttf).is_file()]


def start_subsetting() -> subprocess.Popen | None:
    """A child process making the subsets the cache lacks, or None: none lacking, or the
    child could not start (the render then makes them itself)."""
    try:
        if not missing():
            return None
        return subprocess.Popen(
            [sys.executable, "-m", "klagerapport.typeface"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    except (OSError, ImportError):
        return None


def finish_subsetting(child: subprocess.Popen | None, timeout: float = SUBSET_SECONDS) -> None:
    """Wait for the child (at most `timeout` seconds), else end it; nothing is left running.
    Whatever it did not make, `subset_cached` makes in this process."""
    if child is None:
        return
    try:
        child.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        pass
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def main() -> int:
    for source in missing():
        subset_cached(source)
    return 0


if __name__ == "__main__":
    sys.exit(main())
