"""A batch re-run reuses what did not change: the sections (by their keys) and the render (by the
key of everything it reads: the run's files, the commentary, report/, the edition, the engine).

Real notebooks and the embedded engine on the two-district file of test_batch (Oslo, Vest and
the national report, one year); the commentary and report/ are copies, so the test can edit them.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from test_batch import two_district_file

from klagerapport import paths
from klagerapport.ingest import store
from klagerapport.pipeline import batch

YEAR = 2019
REPORTS = ("oslo", "vest", "norge")


def tree_hash(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "build.json"
    }


def record(out: Path, report: str) -> dict:
    return json.loads((out / report / str(YEAR) / "build.json").read_text(encoding="utf-8"))


@pytest.fixture
def data(tmp_path):
    made = two_district_file(tmp_path, f"test-reuse-{tmp_path.name}")
    yield made
    shutil.rmtree(store.location(made), ignore_errors=True)


@pytest.mark.slow
def test_a_rerun_reuses_every_report_and_re_renders_only_what_changed(tmp_path, data, monkeypatch):
    commentary = tmp_path / "commentary"
    shutil.copytree(paths.COMMENTARY / "oslo", commentary / "oslo")
    (commentary / "oslo" / str(YEAR)).mkdir(exist_ok=True)
    report_dir = tmp_path / "report"
    shutil.copytree(paths.REPORT_DIR, report_dir)
    monkeypatch.setattr(paths, "COMMENTARY", commentary)
    monkeypatch.setattr(paths, "REPORT_DIR", report_dir)
    out = tmp_path / "out"
    lines: list[str] = []
    # Threads: the monkeypatched commentary and report/ folders exist in this process only.
    kw = dict(
        districts="all",
        years=str(YEAR),
        data=data,
        out=out,
        engine="embedded",
        workers="thread",
        partial=True,  # two of the twelve districts: the national report is a partial one
    )

    def run() -> dict[str, str]:
        lines.clear()
        result = batch.build_batch(**kw, log=lines.append)
        assert result.ok, "\n".join(lines)
        return {o.report.district: o.status for o in result.outcomes}

    assert run() == {"Oslo": batch.BUILT, "Vest": batch.BUILT, "Norge": batch.BUILT}
    first = {r: tree_hash(out / r / str(YEAR)) for r in REPORTS}
    assert all(f"{r}-{YEAR}-klagerapport.pdf" in first[r] for r in REPORTS)

    # Nothing changed: every report reused whole, sections and render, the same bytes.
    assert run() == {"Oslo": batch.REUSED, "Vest": batch.REUSED, "Norge": batch.REUSED}
    for r in REPORTS:
        made = record(out, r)
        assert all(s["reused"] for s in made["sections"].values()), r
        assert made["render"]["reused"] is True, r
        assert tree_hash(out / r / str(YEAR)) == first[r], r
    assert any("gjenbrukt" in line and "Oslo" in line for line in lines)

    # One commentary file changed: only that report is rendered again (its sections reused).
    sentence = "Denne setningen er lagt til av testen."
    file = commentary / "oslo" / str(YEAR) / "generelt.md"
    old = file.read_text(encoding="utf-8") if file.is_file() else ""
    file.write_text(old + f"\n{sentence}\n", encoding="utf-8")
    assert run() == {"Oslo": batch.BUILT, "Vest": batch.REUSED, "Norge": batch.REUSED}
    oslo = record(out, "oslo")
    assert all(s["reused"] for s in oslo["sections"].values())
    assert oslo["parameters"]["kernels"] is None  # no notebook ran: no kernel to name
    assert oslo["render"]["reused"] is False
    assert sentence in (out / "oslo" / str(YEAR) / "rapport.html").read_text(encoding="utf-8")
    for r in ("vest", "norge"):
        assert tree_hash(out / r / str(YEAR)) == first[r], r

    # A report/ template changed: every report is rendered again.
    css = report_dir / "rapport.css"
    css.write_text(
        css.read_text(encoding="utf-8") + "\n.endret-av-testen { color: #000; }\n", "utf-8"
    )
    assert run() == {"Oslo": batch.BUILT, "Vest": batch.BUILT, "Norge": batch.BUILT}
    for r in REPORTS:
        made = record(out, r)
        assert all(s["reused"] for s in made["sections"].values()), r
        assert made["render"]["reused"] is False, r
        html = (out / r / str(YEAR) / "rapport.html").read_text(encoding="utf-8")
        assert "endret-av-testen" in html, r


def test_a_rendered_file_edited_since_is_not_reused(tmp_path):
    from klagerapport.pipeline import rendering

    final, new = tmp_path / "final", tmp_path / "new"
    final.mkdir()
    new.mkdir()
    (final / "rapport.html").write_text("<p>rendret</p>", encoding="utf-8")
    sha = hashlib.sha256(b"<p>rendret</p>").hexdigest()
    previous = {"render": {"key": "k", "outputs": {"rapport.html": sha}, "findings": []}}
    assert rendering.reuse(previous, final, "annen nøkkel", new) is None
    # a record without the commentary's findings (older, or edited) is rendered again
    unknown = {"render": {"key": "k", "outputs": {"rapport.html": sha}}}
    assert rendering.reuse(unknown, final, "k", new) is None
    assert rendering.reuse(previous, final, "k", new) is not None
    assert (new / "rapport.html").read_text(encoding="utf-8") == "<p>rendret</p>"
    (final / "rapport.html").write_text("<p>endret for hånd</p>", encoding="utf-8")
    other = tmp_path / "other"
    other.mkdir()
    assert rendering.reuse(previous, final, "k", other) is None
    assert not (other / "rapport.html").exists()
