"""Parsing the raw cells of a case file: dates and codes, and a `Problem` for each bad cell.

The rules that span columns or rows (open/closed, dates in order, duplicate case numbers, the
requested year) live in `rules.py`.

The frame `read_files` returns still holds `saksnr` and the bookkeeping columns `_file` (index
into the list of files) and `_row` (the row number as a spreadsheet shows it, header = row 1),
so that validation can point at rows. `contract.canonical` drops them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from .. import paths
from ..errors import KlagerapportError, Problem
from . import codes
from .contract import DATE_COLUMNS
from .read import SourceFile, as_text, read_source

DATE_FORMATS = "ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ (eller en datocelle i Excel)"


# YYYY-MM-DD or DD.MM.YYYY, optionally followed by a time of day (dropped).
_DATE_RE = (
    r"^(?:(?P<y1>\d{4})-(?P<m1>\d{1,2})-(?P<d1>\d{1,2})"
    r"|(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{4}))"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)


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
    return out, problems


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
