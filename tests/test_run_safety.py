"""A report holds only this run's numbers: one writer per output folder, verified reuse, an
atomic swap that never leaves no report, leftovers cleaned, file-system errors as one line,
and the same input giving the same bytes."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest
from fixturebuild import fixture_build, leftovers, notebook_dir, tree_hash

from klagerapport import fsutil, paths, render, settings
from klagerapport.errors import BuildError, KlagerapportError
from klagerapport.pipeline import run as build

# --- one writer per output folder -----------------------------------------------------------


def _hold_lock(final, seconds: float = 30) -> subprocess.Popen:
    """Another process holding the output folder's lock (a build in progress)."""
    code = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from klagerapport import fsutil
        with fsutil.output_lock(Path({str(final)!r}), "build"):
            print("locked", flush=True)
            time.sleep({seconds})
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_a_second_build_of_the_same_folder_is_refused(tmp_path, fake_validate):
    out = tmp_path / "out" / "run"
    fixture_build(out, notebook_dir(tmp_path, "writes_values"))
    before = tree_hash(out)
    holder = _hold_lock(out)
    try:
        with pytest.raises(BuildError, match="er i bruk av en annen kjøring"):
            fixture_build(out, notebook_dir(tmp_path, "writes_values"), incremental=False)
    finally:
        holder.kill()
        holder.wait()
    assert tree_hash(out) == before
    fixture_build(out, notebook_dir(tmp_path, "writes_values"))  # free again once it ended


def test_render_refuses_while_a_build_of_the_folder_runs(tmp_path, fake_validate):
    out = tmp_path / "out" / "run"
    fixture_build(out, notebook_dir(tmp_path, "writes_values"))
    holder = _hold_lock(out)
    try:
        with pytest.raises(KlagerapportError, match="er i bruk av en annen kjøring"):
            render.render_command(settings.load(year=2019, out=out, engine="embedded"))
    finally:
        holder.kill()
        holder.wait()


# --- verified reuse -------------------------------------------------------------------------


def test_an_edited_output_file_makes_the_section_run_again(tmp_path, fake_validate):
    out = tmp_path / "out" / "run"
    nbdir = notebook_dir(tmp_path, "writes_values")
    fixture_build(out, nbdir)
    values = out / "values" / "writes_values.json"
    honest = values.read_text(encoding="utf-8")
    values.write_text(honest.replace("2019", "1999"), encoding="utf-8")  # edited by hand
    again, lines = fixture_build(out, nbdir)
    assert [r.reused for r in again.sections] == [False]
    assert not any("gjenbrukt" in line for line in lines)
    assert values.read_text(encoding="utf-8") == honest
    record = json.loads((out / "build.json").read_text(encoding="utf-8"))
    outputs = record["sections"]["writes_values"]["outputs"]
    assert outputs["values/writes_values.json"] == hashlib.sha256(honest.encode()).hexdigest()


def test_a_missing_executed_notebook_makes_the_section_run_again(tmp_path, fake_validate):
    out = tmp_path / "out" / "run"
    nbdir = notebook_dir(tmp_path, "writes_values")
    fixture_build(out, nbdir)
    (out / "notebooks" / "01_writes_values.ipynb").unlink()
    again, _ = fixture_build(out, nbdir)
    assert [r.reused for r in again.sections] == [False]


# --- the swap and leftovers -----------------------------------------------------------------


def test_swap_is_one_step(tmp_path):
    final, new = tmp_path / "run", tmp_path / ".run.tmp-1-x"
    final.mkdir()
    new.mkdir()
    (final / "a.txt").write_text("old")
    (new / "a.txt").write_text("new")
    fsutil.swap_in(new, final)
    assert (final / "a.txt").read_text() == "new"
    assert not new.exists()


def test_a_kill_between_the_two_renames_is_recovered_at_the_next_run(
    tmp_path,
    fake_validate,
    monkeypatch,
):
    out = tmp_path / "out" / "run"
    fixture_build(out, notebook_dir(tmp_path, "writes_values"))
    before = tree_hash(out)

    monkeypatch.setattr(fsutil, "exchange", lambda a, b: False)  # the two-rename path
    real_rename = os.rename

    def rename(src, dst):  # the old run is set aside, then the process dies
        real_rename(src, dst)
        if ".old-" in str(dst):
            raise SystemExit("killed")

    monkeypatch.setattr(fsutil.os, "rename", rename)
    with pytest.raises(SystemExit):
        fixture_build(out, notebook_dir(tmp_path, "writes_values"), incremental=False)
    monkeypatch.setattr(fsutil.os, "rename", real_rename)
    assert not out.exists()  # what a kill at that moment leaves ...
    assert any(".old-" in name for name in leftovers(out.parent))
    _, lines = fixture_build(out, notebook_dir(tmp_path, "writes_values"))
    assert any(line.startswith("Gjenopprettet forrige resultat") for line in lines)
    assert leftovers(out.parent) == []  # ... is put right by the next run
    assert tree_hash(out)["values/writes_values.json"] == before["values/writes_values.json"]


def test_leftovers_of_a_killed_run_are_removed(tmp_path, fake_validate):
    out = tmp_path / "out" / "run"
    fixture_build(out, notebook_dir(tmp_path, "writes_values"))
    for name in (".run.tmp-999999-abc", ".run.old-999999-def"):
        (out.parent / name).mkdir()
        (out.parent / name / "x").write_text("stale")
    _, lines = fixture_build(out, notebook_dir(tmp_path, "writes_values"))
    assert leftovers(out.parent) == []
    assert any("Ryddet 2" in line for line in lines)


def test_dead_render_folders_are_removed(tmp_path, monkeypatch):
    dead = tmp_path / f"{render.RENDER_TMP}.tmp-999999-x"
    alive = tmp_path / f"{render.RENDER_TMP}.tmp-{os.getpid()}-y"
    dead.mkdir()
    alive.mkdir()
    fsutil.remove_dead_leftovers(tmp_path, render.RENDER_TMP)
    assert not dead.exists() and alive.exists()


# --- file-system errors ---------------------------------------------------------------------


def test_a_read_only_output_folder_is_one_line(tmp_path, fake_validate, monkeypatch):
    out = tmp_path / "out" / "run"
    fixture_build(out, notebook_dir(tmp_path, "writes_values"))
    before = tree_hash(out)

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system", str(out.parent / ".run.tmp-1"))

    monkeypatch.setattr(build.tempfile, "mkdtemp", read_only)
    with pytest.raises(BuildError) as caught:
        fixture_build(out, notebook_dir(tmp_path, "writes_values"), incremental=False)
    first, *rest = str(caught.value).splitlines()
    assert first.startswith("filsystemfeil (filsystemet er skrivebeskyttet)")
    assert rest == [f"Forrige resultat i {paths.shown(out)} er ikke endret."]
    assert tree_hash(out) == before


def test_cli_prints_a_file_system_error_without_traceback(tmp_path):
    blocker = tmp_path / "fil"
    blocker.write_text("not a folder")
    proc = subprocess.run(
        [sys.executable, "-m", "klagerapport", "render", "--out", str(blocker / "2019")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr


# --- the same bytes -------------------------------------------------------------------------


@pytest.mark.slow
def test_two_builds_of_the_same_input_are_byte_identical(tmp_path, oslo_2019):
    """A second build of the shared Oslo 2019 run (a copy: the shared one is read-only) from
    scratch gives the same bytes in every file but build.json."""
    out = tmp_path / "oslo-2019"
    shutil.copytree(oslo_2019, out)
    first = tree_hash(out)
    build.build_report(year=2019, district="Oslo", out=out, engine="embedded", incremental=False)
    second = tree_hash(out)
    first.pop("build.json")
    second.pop("build.json")
    assert {"rapport.pdf", "rapport.html", "tabeller.xlsx"} <= set(second)
    assert sorted(f for f in second if second[f] != first.get(f)) == []
    assert set(first) == set(second)
