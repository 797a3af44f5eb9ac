"""The report's typeface: for the HTML subset once, then taken from the cache, same bytes; for the
PDF the TrueType files as matplotlib ships them."""

from __future__ import annotations

from pathlib import Path

import matplotlib
import pytest

from klagerapport import paths, typeface
from klagerapport.render import fonts


def test_the_cached_subset_has_the_same_bytes_and_is_used(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "CACHE", tmp_path / "cache")
    first = fonts.write_chart_fonts(tmp_path / "a")
    cached = sorted((tmp_path / "cache" / typeface.FOLDER).glob("*.woff"))
    assert len(cached) == len(typeface.FONTS)
    source = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    woffs = [p for p in first if p.suffix == ".woff"]
    assert len(woffs) == len(typeface.FONTS)
    for path in woffs:
        assert path.read_bytes() == typeface.subset(source / typeface.FONTS[path.name])
    for path in first:
        if path.suffix == ".ttf":  # for Typst: the file itself
            assert path.read_bytes() == (source / path.name).read_bytes()
    # The second render reads the cache: no subsetting at all.
    monkeypatch.setattr(typeface, "subset", lambda source: (_ for _ in ()).throw(AssertionError))
    second = fonts.write_chart_fonts(tmp_path / "b")
    assert [p.read_bytes() for p in second] == [p.read_bytes() for p in first]


def test_a_cache_that_cannot_be_written_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setattr(paths, "CACHE", blocker)
    written = fonts.write_chart_fonts(tmp_path / "out")
    assert all(p.read_bytes()[:4] == b"wOFF" for p in written if p.suffix == ".woff")


def _isolated_cache(tmp_path, monkeypatch) -> Path:
    root = tmp_path / "prosjekt"
    root.mkdir()
    monkeypatch.setenv("KLAGERAPPORT_ROOT", str(root))  # the child's cache
    monkeypatch.setattr(paths, "CACHE", root / ".cache")  # this process's
    return root / ".cache"


def test_a_first_render_has_a_child_make_the_subsets_and_waits_for_it(tmp_path, monkeypatch):
    cache = _isolated_cache(tmp_path, monkeypatch)
    real_subset = typeface.subset
    with fonts.subsetting():
        [child] = fonts._pending
        # the render makes no subset itself: it takes the child's from the cache
        refused = (_ for _ in ()).throw
        monkeypatch.setattr(typeface, "subset", lambda source: refused(AssertionError))
        written = fonts.write_chart_fonts(tmp_path / "a")
        assert child.returncode == 0
    assert fonts._pending == []
    assert len(list((cache / typeface.FOLDER).glob("*.woff"))) == len(typeface.FONTS)
    source = typeface.source_folder()
    for path in written:
        if path.suffix == ".woff":
            assert path.read_bytes() == real_subset(source / typeface.FONTS[path.name])
    with fonts.subsetting():  # all cached now: no child
        assert fonts._pending == []


def test_a_render_that_fails_ends_the_subsetting_child_at_once(tmp_path, monkeypatch):
    import subprocess
    import sys

    _isolated_cache(tmp_path, monkeypatch)
    slow = [sys.executable, "-c", "import time; time.sleep(600)"]
    monkeypatch.setattr(typeface, "start_subsetting", lambda: subprocess.Popen(slow))
    with pytest.raises(KeyboardInterrupt), fonts.subsetting():
        [child] = fonts._pending
        raise KeyboardInterrupt
    assert child.returncode == -9  # killed, not waited for
    assert fonts._pending == []
