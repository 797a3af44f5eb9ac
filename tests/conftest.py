"""Shared fixtures: the one real build of Oslo 2019 that every test reading a built report uses,
an empty commentary folder and a config.yml of the test's own, and a validation stand-in."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from klagerapport import paths
from klagerapport.pipeline import run as pipeline_run


@pytest.fixture(scope="session")
def oslo_2019(tmp_path_factory) -> Path:
    """Oslo 2019 built once from the synthetic sample, report included (embedded engine, so the
    same on every machine). Shared by the whole session: read it, never change it."""
    out = tmp_path_factory.mktemp("shared-build") / "oslo-2019"
    pipeline_run.build_report(
        year=2019, district="Oslo", out=out, engine="embedded", log=lambda _l: None
    )
    return out


@pytest.fixture
def commentary_root(tmp_path, monkeypatch) -> Path:
    """An empty commentary folder (tmp_path/commentary) that paths.COMMENTARY points to for the
    test: what a test writes there is the commentary a build reads."""
    root = tmp_path / "commentary"
    root.mkdir()
    monkeypatch.setattr(paths, "COMMENTARY", root)
    return root


@pytest.fixture
def config(tmp_path, monkeypatch) -> Path:
    """A copy of the project's config.yml that paths.CONFIG_FILE points to for the test, which
    may rewrite it."""
    file = tmp_path / "config.yml"
    shutil.copy(paths.CONFIG_FILE, file)
    monkeypatch.setattr(paths, "CONFIG_FILE", file)
    return file


@pytest.fixture
def fake_validate(tmp_path, monkeypatch):
    """Validation stand-in: a tiny 'processed' file, so fixture builds need no case data."""
    processed = tmp_path / "cases.parquet"
    processed.write_bytes(b"stand-in for the processed store")
    validated = SimpleNamespace(
        processed=processed, warnings=["en advarsel"], manifest={"files": [{"sha256": "abc"}]}
    )
    monkeypatch.setattr(pipeline_run, "_validate", lambda cfg, log: validated)
    return processed
