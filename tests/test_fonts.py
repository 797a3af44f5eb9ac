"""The report's typeface: for the HTML subset once, then taken from the cache, same bytes; for the
PDF the TrueType files as matplotlib ships them."""

from __future__ import annotations

from pathlib import Path

import matplotlib

from klagerapport import paths
from klagerapport.render import fonts


def test_the_cached_subset_has_the_same_bytes_and_is_used(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "CACHE", tmp_path / "cache")
    first = fonts.write_chart_fonts(tmp_path / "a")
    cached = sorted((tmp_path / "cache" / fonts.FOLDER).glob("*.woff"))
    assert len(cached) == len(fonts.FONTS)
    source = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    woffs = [p for p in first if p.suffix == ".woff"]
    assert len(woffs) == len(fonts.FONTS)
    for path in woffs:
        assert path.read_bytes() == fonts._subset(source / fonts.FONTS[path.name])
    for path in first:
        if path.suffix == ".ttf":  # for Typst: the file itself
            assert path.read_bytes() == (source / path.name).read_bytes()
    # The second render reads the cache: no subsetting at all.
    monkeypatch.setattr(fonts, "_subset", lambda source: (_ for _ in ()).throw(AssertionError))
    second = fonts.write_chart_fonts(tmp_path / "b")
    assert [p.read_bytes() for p in second] == [p.read_bytes() for p in first]


def test_a_cache_that_cannot_be_written_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setattr(paths, "CACHE", blocker)
    written = fonts.write_chart_fonts(tmp_path / "out")
    assert all(p.read_bytes()[:4] == b"wOFF" for p in written if p.suffix == ".woff")
