"""Helpers for the build tests that drive the machinery with the fixture notebooks in
tests/fixtures/notebooks/ (the validation stand-in is the `fake_validate` fixture in conftest).
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from klagerapport.pipeline import run as pipeline_run

FIXTURES = Path(__file__).parent / "fixtures" / "notebooks"


def tree_hash(folder: Path) -> dict[str, str]:
    """Every file under a folder with the hash of its bytes."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def notebook_dir(tmp_path: Path, *names: str) -> Path:
    """A notebook folder holding copies of the named fixtures, numbered in the given order."""
    folder = tmp_path / "nb"
    folder.mkdir(exist_ok=True)
    for i, name in enumerate(names, start=1):
        shutil.copy(FIXTURES / f"{name}.ipynb", folder / f"{i:02d}_{name}.ipynb")
    return folder


def fixture_build(out: Path, nbdir: Path, **kw):
    lines: list[str] = []
    result = pipeline_run.build_report(
        year=2019, out=out, render=False, notebooks=nbdir, log=lines.append, **kw
    )
    return result, lines


def leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if ".tmp-" in p.name or ".old-" in p.name)
