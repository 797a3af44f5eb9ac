"""Reading case files (CSV or XLSX) into raw cells of the contract's columns, with `Problem`s.

`find_files` says which files `--data` means (and which files in a folder cannot be read);
`read_source` never raises for a bad file: what cannot be read becomes a problem, so that a
folder's files are all reported at once. The readers are `csvfile` and `xlsxfile`, the table
finder is `layout`; parsing the values is `parse.py`'s job.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from .. import paths
from ..errors import KlagerapportError, Problem
from . import csvfile, layout, xlsxfile
from .cells import cell_text
from .table import column_letter

CASE_SUFFIXES = (".csv", ".xlsx")
IGNORED_STEMS = ("readme", "manifest")
MAX_FILE_BYTES = 200 * 1024 * 1024  # a case file larger than this is refused
MAX_SHOWN_NAME = 80  # characters of a path shown in a message

__all__ = ["cell_text", "find_files", "read_source", "unsupported_files"]


def shown_name(path: Path) -> str:
    text = paths.shown(path)
    return text if len(text) <= MAX_SHOWN_NAME else "…" + text[-(MAX_SHOWN_NAME - 1) :]


def _kind(path: Path) -> str | None:
    """'file', 'dir', or None for what is neither (a FIFO, a device, a socket)."""
    mode = path.stat().st_mode
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "dir"
    return None


def _ignored(path: Path) -> bool:
    return path.stem.lower() in IGNORED_STEMS or path.name.startswith((".", "~$"))


def find_files(data: Path) -> list[Path]:
    """The case files of `data`: the file itself, or every *.csv/*.xlsx in the folder, sorted.

    A path that does not exist, cannot be read or is neither a file nor a folder is a user error;
    the folder's other files are for `unsupported_files`.
    """
    data = Path(data)
    try:
        if not data.exists():
            if data.is_symlink():
                raise KlagerapportError(
                    f"Finner ikke data: {shown_name(data)} er en lenke som ikke fører til en fil "
                    "eller mappe (en lenke til seg selv, eller til noe som ikke finnes)."
                )
            raise KlagerapportError(f"Finner ikke data: {shown_name(data)} finnes ikke.")
        kind = _kind(data)
        if kind is None:
            raise KlagerapportError(
                f"{shown_name(data)} er verken en fil eller en mappe (en enhet eller et rør); "
                "--data må være en .csv/.xlsx-fil eller en mappe med slike filer."
            )
        if kind == "file":
            if data.suffix.lower() not in CASE_SUFFIXES:
                raise KlagerapportError(
                    f"{shown_name(data)}: ukjent filtype «{data.suffix[:20]}». "
                    "Tillatt: .csv, .xlsx "
                    "(lagre .xls/.ods/.numbers fra regnearket som .xlsx)"
                )
            return [data]
        files = sorted(
            p
            for p in data.iterdir()
            if not _ignored(p) and p.suffix.lower() in CASE_SUFFIXES and p.is_file()
        )
    except OSError as err:
        raise KlagerapportError(
            f"Kan ikke lese data: {shown_name(data)}: {err.strerror or err}."
        ) from None
    if not files:
        raise KlagerapportError(
            f"Ingen saksfiler (.csv eller .xlsx) i mappen {shown_name(data)}."
            + _listing(unsupported_files(data))
        )
    return files


def _listing(problems: list[Problem]) -> str:
    return "".join(f"\n  - {p}" for p in problems)


def unsupported_files(data: Path) -> list[Problem]:
    """A problem for each file in a `--data` folder that is not read: never a silent skip."""
    data = Path(data)
    try:
        if _kind(data) != "dir":
            return []
        entries = sorted(data.iterdir())
    except OSError:
        return []
    problems = []
    for p in entries:
        if _ignored(p):
            continue
        try:
            kind = _kind(p)
        except OSError:
            kind = None
        if kind == "dir":
            continue  # sub-folders are not part of the data set (data/README.md)
        if kind is None:
            problems.append(
                Problem(
                    shown_name(p),
                    "er ikke en vanlig fil (en lenke som ikke fører til en fil, et rør eller en "
                    "enhet) og kan ikke leses",
                )
            )
        elif p.suffix.lower() not in CASE_SUFFIXES:
            problems.append(
                Problem(
                    shown_name(p),
                    f"filtypen «{p.suffix[:20] or '(ingen)'}» kan ikke leses, og filen ville "
                    "blitt utelatt fra dataene; lagre den som .xlsx eller .csv, eller flytt den "
                    "ut av mappen",
                    allowed=".csv, .xlsx",
                )
            )
    return problems


def sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def as_text(col: pd.Series) -> pd.Series:
    """A column of raw cells as stripped text ('' for empty)."""
    if col.dtype == object:
        try:
            texts = {u: cell_text(u) for u in col.unique()}
        except TypeError:  # an unhashable cell: cell by cell
            return col.map(cell_text).astype(object)
        return col.map(texts).astype(object)
    # (numbers or dates pandas typed itself): empty cells as '' without filling a typed column
    # with text, which pandas will refuse
    return col.astype(object).where(col.notna(), "").astype(str).str.strip()


@dataclass
class SourceFile:
    """One case file as read: its raw contract columns, its hash, and what went wrong."""

    path: Path
    name: str  # as messages show it
    sha256: str
    frame: pd.DataFrame | None = None  # raw cells of the contract columns, plus _row, _sheet
    rows: int = 0
    ignored_columns: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was left out, and why
    bad_cells: list[Problem] = field(default_factory=list)  # cells that cannot be read exactly
    # (sheet, row, column) of each case cell in a merged range -> the range's problem
    merged: dict[tuple[str | None, int, str], Problem] = field(default_factory=dict)
    date1904: bool = False  # workbook dates counted from 1904
    # sheet (as problems name it) -> header row number and, per contract column, the file's
    # header text and (in a workbook) the column letter: messages name columns as the user
    # sees them.
    headings: dict[str | None, Heading] = field(default_factory=dict)


@dataclass
class Heading:
    """Where a table's header is and what it calls each contract column."""

    row: int  # the header's row number as the user sees it
    columns: dict[str, tuple[str, str | None]] = field(default_factory=dict)


MAX_HEADING = 40  # characters of a header text shown in a message


def heading_of(located: layout.Located, workbook: bool) -> Heading:
    """The header texts (and letters) of a located table's contract columns."""
    table = located.table
    texts = table.rows[located.header_row]
    columns = {}
    for pos, column in located.header.mapping.items():
        text = cell_text(texts[pos]) if pos < len(texts) else ""
        text = " ".join("".join(c if c.isprintable() else " " for c in text).split())
        if len(text) > MAX_HEADING:
            text = text[: MAX_HEADING - 1] + "…"
        columns[column] = (text or column, column_letter(pos) if workbook else None)
    return Heading(row=table.numbers[located.header_row], columns=columns)


def name_columns(problems: list[Problem], sources: list[SourceFile]) -> list[Problem]:
    """Each problem of a case row with its column's header text and letter as in the file.
    Header problems (a column named twice, a missing column) keep the contract's name."""
    found = {(s.name, sheet): h for s in sources for sheet, h in s.headings.items()}
    out = []
    for p in problems:
        # a workbook's headings are keyed by its sheet, a CSV's by None
        heading = found.get((p.file, p.sheet)) or found.get((p.file, None))
        if heading and p.column in heading.columns and p.row != heading.row:
            text, letter = heading.columns[p.column]
            p = replace(p, heading=text, letter=letter)
        out.append(p)
    return out


def read_bytes(path: Path, name: str) -> tuple[bytes | None, Problem | None]:
    try:
        size = os.stat(path).st_size
        if size > MAX_FILE_BYTES:
            return None, Problem(
                name,
                f"filen er for stor ({size // (1024 * 1024)} MB; grensen er "
                f"{MAX_FILE_BYTES // (1024 * 1024)} MB); del dataene i flere filer",
            )
        with open(path, "rb") as fh:
            return fh.read(MAX_FILE_BYTES + 1), None
    except OSError as err:
        return None, Problem(name, f"kan ikke leses ({err.strerror or err})")


def read_source(path: Path) -> SourceFile:
    """Read one file into raw contract columns. Problems are collected, never raised."""
    name = shown_name(path)
    content, problem = read_bytes(path, name)
    src = SourceFile(path=path, name=name, sha256=sha256(content or b""))
    if content is None:
        src.problems.append(problem)
        return src
    if not content:
        src.problems.append(Problem(src.name, "filen er tom (0 byte)"))
        return src
    if path.suffix.lower() == ".xlsx":
        book = xlsxfile.read_xlsx(content, src.name)
        tables, skipped = book.tables, book.skipped
        src.problems += book.problems
        src.date1904 = any(t.date1904 for t in tables)
    else:
        table, problems = csvfile.read_csv(content, src.name)
        tables, skipped = ([table] if table is not None else []), []
        src.problems += problems
    if not tables:
        if not src.problems:
            src.problems.append(Problem(src.name, "arbeidsboken er tom"))
        return src
    found = layout.locate(tables, skipped, src.name)
    src.problems += found.problems
    src.notes += found.notes
    src.bad_cells += found.cells
    src.merged.update(found.merged)
    frames = []
    for loc in found.located:
        src.headings[loc.sheet] = heading_of(loc, path.suffix.lower() == ".xlsx")
        # each header text once, as the fast path keeps them (a column named twice as well)
        ignored = dict.fromkeys(loc.header.ignored)
        src.ignored_columns += [c for c in ignored if c not in src.ignored_columns]
        rows = [loc.table.rows[i] for i in loc.cases]
        frame = pd.DataFrame(
            {
                column: pd.Series([r[pos] if pos < len(r) else None for r in rows], dtype=object)
                for pos, column in loc.header.mapping.items()
            }
        )
        frame["_row"] = [loc.table.numbers[i] for i in loc.cases]
        frame["_sheet"] = loc.sheet
        frames.append(frame)
    if not frames:
        return src
    src.frame = pd.concat(frames, ignore_index=True)
    src.rows = len(src.frame)
    if src.rows == 0 and not src.problems:
        src.problems.append(Problem(src.name, "filen har en overskriftsrad, men ingen saker"))
    return src
