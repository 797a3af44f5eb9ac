"""Reading case files (CSV or XLSX) into the canonical case frame, collecting every `Problem`.

This module parses values (dates, decision/ground/discrimination codes) and reports the values
it cannot parse. The rules that span columns or rows (open/closed, dates in order, duplicate case
numbers, the requested year) live in `validate.py`.

The frame `read_files` returns still holds `saksnr` and the bookkeeping columns `_file` (index
into the list of files) and `_row` (the row number as a spreadsheet shows it, header = row 1),
so that validation can point at rows. `canonical` drops them: only the contract's columns leave.
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

from . import codes, paths
from .errors import KlagerapportError, Problem

CASE_SUFFIXES = (".csv", ".xlsx")
IGNORED_STEMS = ("readme", "manifest")
DATE_COLUMNS = ("mottatt", "avsluttet")
DATE_FORMATS = "ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ (eller en datocelle i Excel)"

# YYYY-MM-DD or DD.MM.YYYY, optionally followed by a time of day (dropped).
_DATE_RE = (
    r"^(?:(?P<y1>\d{4})-(?P<m1>\d{1,2})-(?P<d1>\d{1,2})"
    r"|(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{4}))"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)


def contract_columns() -> tuple[str, ...]:
    """Every column of the data contract, saksnr included, in contract order."""
    return tuple(c["name"] for c in codes.columns())


def required_columns() -> tuple[str, ...]:
    return tuple(c["name"] for c in codes.columns() if c.get("required"))


def canonical_columns() -> tuple[str, ...]:
    """The columns of the canonical case frame (the contract's, without saksnr)."""
    return tuple(c for c in contract_columns() if c != "saksnr")


def canonical_dtypes() -> dict[str, str]:
    return {c: ("datetime64[ns]" if c in DATE_COLUMNS else "string") for c in canonical_columns()}


def canonical(frame: pd.DataFrame) -> pd.DataFrame:
    """Only the canonical columns, in contract order, with their dtypes and a fresh index."""
    out = pd.DataFrame(index=frame.index)
    for name, dtype in canonical_dtypes().items():
        col = frame[name] if name in frame else pd.Series(pd.NA, index=frame.index)
        if dtype == "string":
            out[name] = col.astype("string")
        else:
            out[name] = pd.to_datetime(col).astype(dtype).dt.normalize()
    return out.reset_index(drop=True)


# ---------------------------------------------------------------------------------------------
# Finding and reading files


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


# ---------------------------------------------------------------------------------------------
# Parsing values


def parse_dates(col: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Dates of a column and a status per cell: 'ok', 'empty', 'impossible' or 'unparseable'."""
    dates = pd.Series(pd.NaT, index=col.index, dtype="datetime64[ns]")
    status = pd.Series("ok", index=col.index, dtype=object)
    is_date = pd.Series(False, index=col.index)
    if col.dtype == object:
        is_date = col.map(lambda v: isinstance(v, dt.date)).astype(bool)
        if is_date.any():
            dates[is_date] = pd.to_datetime(list(col[is_date])).normalize()
    text = as_text(col[~is_date])
    status[~is_date & (as_text(col) == "")] = "empty"
    parts = text.str.extract(_DATE_RE)
    matched = parts.notna().any(axis=1) & (text != "")
    ymd = pd.DataFrame(
        {
            "year": parts["y1"].fillna(parts["y2"]),
            "month": parts["m1"].fillna(parts["m2"]),
            "day": parts["d1"].fillna(parts["d2"]),
        }
    )[matched].astype(int)
    parsed = pd.to_datetime(ymd, errors="coerce") if len(ymd) else pd.Series(dtype="datetime64[ns]")
    dates[parsed.index] = parsed
    status[parsed.index[parsed.isna()]] = "impossible"
    status[text.index[~matched & (text != "")]] = "unparseable"
    return dates, status


def _table(items: Iterable[tuple[str, str]], kind: str) -> dict[str, str]:
    """Spelling key -> code; a spelling that would mean two codes is a bug in codes.yml."""
    out: dict[str, str] = {}
    for spelling, code in items:
        key = paths.slug(spelling)
        if out.get(key, code) != code:
            raise KlagerapportError(f"codes.yml: «{spelling}» betyr to {kind}-koder")
        out[key] = code
    return out


def decision_spellings() -> dict[str, str]:
    return _table(((s, c.code) for c in codes.decisions() for s in (c.code, c.label)), "decision")


def discrimination_spellings() -> dict[str, str]:
    return _table(
        ((s, c.code) for c in codes.discrimination() for s in (c.code, c.short, *c.aliases)),
        "discrimination",
    )


def lookup_codes(text: pd.Series, spellings: dict[str, str]) -> pd.Series:
    """The code each cell spells (case-, space-, punctuation- and æøå-insensitive), NaN if none."""
    keys = {u: spellings.get(_spelling_key(u)) for u in text.unique()}
    return text.map(keys)


def _spelling_key(text: str) -> str | None:
    """slug(text), but None for text that is only punctuation ('?' is not the empty spelling)."""
    key = paths.slug(text)
    return None if key == "" and text.strip() else key


def parse_grounds(text: pd.Series) -> pd.Series:
    """Ground codes ('228.1'), also written '228,1'; NaN for anything else."""
    known = {c.code for c in codes.grounds()}
    norm = text.str.replace(",", ".", regex=False).str.strip()
    return norm.where(norm.isin(known))


def allowed_decisions() -> str:
    return (
        ", ".join(c.code for c in codes.decisions())
        + " (eller hele teksten, f.eks. «"
        + (codes.decisions()[0].label)
        + "»)"
    )


def allowed_grounds() -> str:
    return ", ".join(c.code for c in codes.grounds()) + " (også skrevet med komma: 228,1)"


def allowed_discrimination() -> str:
    parts = []
    for c in codes.discrimination():
        others = [a for a in (c.short, *c.aliases) if a and a.lower() != c.code]
        names = ["tom", c.code] if "" in c.aliases else [c.code]
        parts.append(" / ".join(dict.fromkeys(names + others)))
    return ", ".join(parts)


def _problems(
    frame: pd.DataFrame, mask: pd.Series, name: str, column: str, message: str, allowed: str | None
) -> list[Problem]:
    rows = frame.loc[mask, ["_row", "saksnr", f"_{column}_text"]]
    return [
        Problem(
            name,
            message,
            row=int(r[0]),
            column=column,
            value=(r[2] or None),
            allowed=allowed,
            saksnr=(r[1] or None),
        )
        for r in rows.itertuples(index=False)
    ]


def parse_source(src: SourceFile) -> tuple[pd.DataFrame, list[Problem]]:
    """Parse the raw columns of one file: parsed values plus a problem for each bad cell.

    Returns a frame with `saksnr`, the canonical columns present in the file, `_row` and the
    helper flag `_closed` (avsluttet was filled in, valid or not). Columns the file lacks are
    absent, so later rules skip them.
    """
    raw = src.frame
    assert raw is not None
    name = src.name
    out = pd.DataFrame({"_row": raw["_row"]}, index=raw.index)
    out["saksnr"] = as_text(raw["saksnr"]) if "saksnr" in raw else ""
    problems: list[Problem] = []

    def text_of(column: str) -> pd.Series:
        text = as_text(raw[column])
        out[f"_{column}_text"] = text
        return text

    def report(mask: pd.Series, column: str, message: str, allowed: str | None = None) -> None:
        if mask.any():
            problems.extend(_problems(out, mask, name, column, message, allowed))

    for column in ("saksnr", "distrikt", "grunnlag"):
        if column in raw:
            report(text_of(column) == "", column, "mangler verdi")
    if "distrikt" in raw:
        out["distrikt"] = out["_distrikt_text"]

    for column in DATE_COLUMNS:
        if column not in raw:
            continue
        text_of(column)
        out[column], status = parse_dates(raw[column])
        if column == "mottatt":
            report(status == "empty", column, "mangler verdi")
        else:
            out["_closed"] = status != "empty"
        report(
            status == "impossible", column, "umulig dato (finnes ikke i kalenderen)", DATE_FORMATS
        )
        report(status == "unparseable", column, "ukjent datoformat", DATE_FORMATS)

    if "avgjorelse" in raw:
        text = text_of("avgjorelse")
        out["avgjorelse"] = lookup_codes(text, decision_spellings())
        report(
            (text != "") & out["avgjorelse"].isna(),
            "avgjorelse",
            "ukjent avgjørelse",
            allowed_decisions(),
        )

    if "grunnlag" in raw:
        text = out["_grunnlag_text"]
        out["grunnlag"] = parse_grounds(text)
        report(
            (text != "") & out["grunnlag"].isna(), "grunnlag", "ukjent grunnlag", allowed_grounds()
        )

    if "diskriminering" in raw:
        text = text_of("diskriminering")
        out["diskriminering"] = lookup_codes(text, discrimination_spellings())
        report(
            out["diskriminering"].isna(),
            "diskriminering",
            "ukjent diskriminering",
            allowed_discrimination(),
        )

    if "enhet" in raw:
        text = as_text(raw["enhet"])
        out["enhet"] = text.where(text != "")
    for column in ("distrikt", "enhet"):  # labels: one line of text, never markup or a novel
        if column in raw:
            text = text_of(column)
            bad = text.str.contains(LABEL_CONTROL, regex=True)
            report(bad, column, "inneholder linjeskift eller kontrolltegn")
            report(text.str.len() > MAX_LABEL, column, f"er lengre enn {MAX_LABEL} tegn")
    return out, problems


MAX_LABEL = 100  # characters in a district or unit name
LABEL_CONTROL = r"[\x00-\x1f\x7f\u0085\u2028\u2029]"


def read_files(files: list[Path]) -> tuple[list[SourceFile], pd.DataFrame, list[Problem]]:
    """Read and parse every file: the sources, the parsed rows of all files, every problem.

    The frame has `_file` (position in `files`) and `_row` for pointing at rows.
    """
    sources = [read_source(p) for p in files]
    problems: list[Problem] = []
    parsed = []
    for i, src in enumerate(sources):
        problems += src.problems
        if src.frame is None or not len(src.frame):
            continue
        frame, found = parse_source(src)
        problems += found
        frame["_file"] = i
        parsed.append(frame)
    frame = pd.concat(parsed, ignore_index=True) if parsed else pd.DataFrame()
    return sources, frame, problems
