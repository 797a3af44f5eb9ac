"""Small invented case files for the load/validate/store tests, written into tmp_path."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from klagerapport import paths
from klagerapport.errors import ValidationError
from klagerapport.ingest import contract, validate

HEADER = (
    "saksnr",
    "distrikt",
    "mottatt",
    "avsluttet",
    "avgjorelse",
    "grunnlag",
    "diskriminering",
    "enhet",
)

# Three valid cases: two closed in 2019, one still open.
GOOD = (
    ("2019/0001", "Oslo", "2019-01-03", "2019-01-21", "ikke_grunnlag", "228.1", "", "Pass"),
    ("2019/0002", "Oslo", "07.01.2019", "28.01.2019", "kritikk", "228,2", "K-etnisk", ""),
    ("2019/0003", "Oslo", "2019-12-20", "", "", "228.5", "ingen", "Pass"),
)


def row(**changes: str) -> tuple[str, ...]:
    """A valid closed case (saksnr 2019/0100) with some fields changed."""
    base = dict(zip(HEADER, GOOD[0], strict=True))
    base["saksnr"] = "2019/0100"
    base.update(changes)
    return tuple(base[c] for c in HEADER)


def write_csv(
    folder: Path,
    rows=GOOD,
    *,
    header=HEADER,
    name: str = "klager.csv",
    sep: str = ";",
    encoding: str = "utf-8",
) -> Path:
    path = folder / name
    lines = [sep.join(header), *(sep.join(r) for r in rows)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def write_xlsx(folder: Path, rows, *, header=HEADER, name: str = "klager.xlsx") -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(header))
    for r in rows:
        sheet.append(list(r))
    path = folder / name
    book.save(path)
    return path


def tmp_store(tmp_path, monkeypatch) -> Path:
    """Fixture body: point the processed store at a temporary folder for the test."""
    target = tmp_path / "processed"
    monkeypatch.setattr(paths, "PROCESSED", target)
    return target


def tmp_data(tmp_path) -> Path:
    """Fixture body: an empty folder for the test's case files."""
    folder = tmp_path / "raw"
    folder.mkdir()
    return folder


def fixtures():
    """The fixtures `data_dir` and `store_dir`, for a test module to bind to names."""
    return (
        pytest.fixture(name="data_dir")(tmp_data),
        pytest.fixture(name="store_dir")(tmp_store),
    )


def problems_of(path, **kwargs) -> list:
    """The located problems validation refuses `path` with (it must refuse it)."""
    with pytest.raises(ValidationError) as info:
        validate.load_validated(path, **kwargs)
    return info.value.problems


def canonical_cases(*rows: tuple[str, str | None, str | None]) -> pd.DataFrame:
    """Canonical cases (ingest.contract) of (district, received, answered)."""
    frame = pd.DataFrame(
        {
            "distrikt": [r[0] for r in rows],
            "mottatt": [r[1] for r in rows],
            "avsluttet": [r[2] for r in rows],
        }
    )
    return contract.canonical(frame)
