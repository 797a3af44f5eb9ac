"""Reading case files (CSV or XLSX) into raw cells of the contract's columns, with `Problem`s.

`read_source` never raises for a bad file: what cannot be read becomes a problem, so that a
folder's files are all reported at once. Parsing the values is `parse.py`'s job.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .. import paths
from ..errors import KlagerapportError, Problem
from . import codes
from .contract import contract_columns, required_columns

CASE_SUFFIXES = (".csv", ".xlsx")
IGNORED_STEMS = ("readme", "manifest")


def find_files(data: Path) -> list[Path]:
    """The case files of `data`: the file itself, or every *.csv/*.xlsx in the folder, sorted."""
    data = Path(data)
    if not data.exists():
        raise KlagerapportError(f"Finner ikke data: {paths.shown(data)} finnes ikke.")
    if data.is_file():
        if data.suffix.lower() not in CASE_SUFFIXES:
            raise KlagerapportError(
                f"{paths.shown(data)}: ukjent filtype «{data.suffix}». Tillatt: .csv, .xlsx"
            )
        return [data]
    files = sorted(
        p
        for p in data.iterdir()
        if p.is_file()
        and p.suffix.lower() in CASE_SUFFIXES
        and p.stem.lower() not in IGNORED_STEMS
        and not p.name.startswith((".", "~$"))
    )
    if not files:
        raise KlagerapportError(f"Ingen saksfiler (.csv eller .xlsx) i mappen {paths.shown(data)}.")
    return files


def sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def decode(content: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 as Norwegian Excel saves CSV."""
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return content.decode("cp1252")  # may raise UnicodeDecodeError: caller reports it


def sniff_separator(text: str) -> str:
    """The separator of a CSV text, judged by its header line: ';', ',' or tab."""
    header = text.split("\n", 1)[0]
    return max((";", ",", "\t"), key=header.count)


def read_csv_table(content: bytes, name: str) -> tuple[pd.DataFrame | None, list[Problem]]:
    """All rows of a CSV file as text, the header row included (row 0)."""
    try:
        text = decode(content)
    except UnicodeDecodeError:
        return None, [Problem(name, "ukjent tegnkoding", allowed="UTF-8 eller Windows-1252")]
    if not text.strip():
        return None, [Problem(name, "filen er tom")]
    try:
        table = pd.read_csv(
            io.StringIO(text),
            sep=sniff_separator(text),
            header=None,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as err:
        return None, [Problem(name, f"kan ikke leses som CSV ({err})".replace("\n", " "))]
    return table.fillna(""), []


def read_xlsx_table(content: bytes, name: str) -> tuple[pd.DataFrame | None, list[Problem]]:
    """All rows of the first sheet of an XLSX workbook as cell values, the header row included."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        try:
            rows = [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]
        finally:
            book.close()
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError, IndexError):
        return None, [
            Problem(name, "ikke en gyldig .xlsx-fil (kan ikke åpnes som Excel-arbeidsbok)")
        ]
    if not rows:
        return None, [Problem(name, "arbeidsboken er tom")]
    width = max(len(r) for r in rows)
    rows = [r + (None,) * (width - len(r)) for r in rows]
    return pd.DataFrame(rows, dtype=object), []


def cell_text(value: object) -> str:
    """A spreadsheet cell as text: None -> '', 228.1 -> '228.1', 20190001.0 -> '20190001'."""
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        if value.is_integer():
            return str(int(value))
        return repr(round(value, 9))  # 228.89999999999998 -> '228.9'
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    return str(value).strip()


def as_text(col: pd.Series) -> pd.Series:
    """A column of raw cells as stripped text ('' for empty)."""
    if col.dtype == object:
        return col.map(cell_text).astype(object)
    return col.fillna("").astype(str).str.strip()


def header_key(name: str) -> str:
    """A header as matched: case-, space- and æøå-insensitive ('Avgjørelse ' -> 'avgjorelse')."""
    return paths.slug(str(name)).replace("-", "")


def _header_lookup() -> dict[str, str]:
    lookup = {}
    for col in codes.columns():
        lookup[header_key(col["name"])] = col["name"]
        lookup.setdefault(header_key(col["label"]), col["name"])
    return lookup


def map_header(
    header: Iterable[object], name: str
) -> tuple[dict[int, str], list[str], list[Problem]]:
    """Contract column of each header position, the ignored headers, and header problems."""
    lookup = _header_lookup()
    mapping: dict[int, str] = {}
    ignored: list[str] = []
    problems: list[Problem] = []
    for pos, raw in enumerate(header):
        text = cell_text(raw)
        target = lookup.get(header_key(text)) if text else None
        if target is None:
            if text:
                ignored.append(text)
            continue
        if target in mapping.values():
            problems.append(Problem(name, "kolonnen finnes flere ganger", row=1, column=target))
            continue
        mapping[pos] = target
    for col in required_columns():
        if col not in mapping.values():
            problems.append(
                Problem(
                    name,
                    "mangler påkrevd kolonne",
                    row=1,
                    column=col,
                    allowed="kolonnene " + ", ".join(contract_columns()),
                )
            )
    return mapping, ignored, problems


@dataclass
class SourceFile:
    """One case file as read: its raw contract columns, its hash, and what went wrong."""

    path: Path
    name: str  # as messages show it
    sha256: str
    frame: pd.DataFrame | None = None  # raw cells of the contract columns, plus _row
    rows: int = 0
    ignored_columns: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def read_source(path: Path) -> SourceFile:
    """Read one file into raw contract columns. Problems are collected, never raised."""
    content = path.read_bytes()
    src = SourceFile(path=path, name=paths.shown(path), sha256=sha256(content))
    if not content:
        src.problems.append(Problem(src.name, "filen er tom (0 byte)"))
        return src
    reader = read_xlsx_table if path.suffix.lower() == ".xlsx" else read_csv_table
    table, problems = reader(content, src.name)
    src.problems += problems
    if table is None:
        return src
    mapping, src.ignored_columns, problems = map_header(table.iloc[0], src.name)
    src.problems += problems
    body = table.iloc[1:]
    blank = pd.concat([as_text(body[c]) == "" for c in body.columns], axis=1).all(axis=1)
    body = body[~blank]
    src.rows = len(body)
    if src.rows == 0:
        src.problems.append(Problem(src.name, "filen har en overskriftsrad, men ingen saker"))
    frame = pd.DataFrame({name: body[pos] for pos, name in mapping.items()}, index=body.index)
    frame["_row"] = body.index + 1  # table row 0 is the header (spreadsheet row 1)
    src.frame = frame
    return src
