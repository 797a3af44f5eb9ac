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

from .. import codes, districts, fmt, paths, settings, untrusted
from ..errors import KlagerapportError, Problem
from .cells import serial_date
from .contract import DATE_COLUMNS
from .read import SourceFile, as_text, read_source

DATE_FORMATS = "ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ (eller en datocelle i Excel)"
SHOWN = 3  # example rows in a note


# YYYY-MM-DD or DD.MM.YYYY, optionally followed by a time of day (dropped).
_DATE_RE = (
    r"^(?:(?P<y1>\d{4})-(?P<m1>\d{1,2})-(?P<d1>\d{1,2})"
    r"|(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{4}))"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)


_TWO_DIGIT_YEAR = r"^\d{1,2}\.\d{1,2}\.\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$"


def year_range(on: dt.date | None = None) -> tuple[int, int]:
    """Plausible years of a date: from the year before the scheme's first year (a complaint
    received late that year is decided in the first year) to next year."""
    on = on or dt.date.today()
    return int(settings.rules()["first_year"]) - 1, on.year + 1


def parse_dates(col: pd.Series, date1904: bool = False) -> tuple[pd.Series, pd.Series]:
    """Dates of a column and a status per cell: 'ok', 'serial' (an Excel date serial number,
    read), 'empty', 'impossible', 'unparseable', 'two_digit' (dd.mm.yy) or 'implausible' (a
    year before the scheme's first year or after next year: never an exception)."""
    dates = pd.Series(pd.NaT, index=col.index, dtype="datetime64[ns]")
    status = pd.Series("ok", index=col.index, dtype=object)
    first, last = year_range()
    given: dict[object, dt.date] = {}  # index -> date of date cells and serial numbers
    serials: set[object] = set()
    cells = col.items() if col.dtype == object else as_text(col).items()
    for i, v in cells:
        if isinstance(v, dt.date):
            given[i] = v
        elif isinstance(v, int | float | str) and (d := serial_date(v, date1904)) is not None:
            given[i] = d
            serials.add(i)
    is_given = pd.Series(col.index.isin(list(given)), index=col.index)
    text = as_text(col[~is_given])
    status[~is_given & (as_text(col) == "")] = "empty"
    parts = text.str.extract(_DATE_RE)
    matched = parts.notna().any(axis=1) & (text != "")
    ymd = pd.DataFrame(
        {
            "year": parts["y1"].fillna(parts["y2"]),
            "month": parts["m1"].fillna(parts["m2"]),
            "day": parts["d1"].fillna(parts["d2"]),
        }
    )[matched].astype(int)
    plausible = ymd["year"].between(first, last)
    status[ymd.index[~plausible]] = "implausible"
    ymd = ymd[plausible]
    parsed = pd.to_datetime(ymd, errors="coerce") if len(ymd) else pd.Series(dtype="datetime64[ns]")
    dates[parsed.index] = parsed
    status[parsed.index[parsed.isna()]] = "impossible"
    unmatched = text.index[~matched & (text != "")]
    status[unmatched] = "unparseable"
    two_digit = text[unmatched].str.match(_TWO_DIGIT_YEAR)
    status[two_digit.index[two_digit]] = "two_digit"
    if given:
        index = list(given)
        ok = {i: first <= given[i].year <= last for i in index}
        good = [i for i in index if ok[i]]
        if good:
            dates[good] = pd.to_datetime([given[i].isoformat()[:10] for i in good])
            status[good] = ["serial" if i in serials else "ok" for i in good]
        bad = [i for i in index if not ok[i]]
        if bad:
            status[bad] = "implausible"
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
    """Code, short form, the form's label ("Med etnisk diskriminering") and aliases."""
    return _table(
        (
            (s, c.code)
            for c in codes.discrimination()
            for s in (c.code, c.short, c.label, *c.aliases)
        ),
        "discrimination",
    )


def ground_spellings() -> dict[str, str]:
    """Code ('228.1', '228,1'), code and label ('228.1 Adferd') and aliases; the label alone
    is not enough (the form's labels are not unique enough to stand for a code)."""
    items = []
    for c in codes.grounds():
        comma = c.code.replace(".", ",")
        for code in (c.code, comma):
            items += [(code, c.code), (f"{code} {c.label}", c.code)]
        items += [(a, c.code) for a in c.aliases]
    return {ground_key(s): code for s, code in items}


def ground_key(text: str) -> str:
    """'228,1 - Adferd ' -> '228.1 adferd': decimal comma as point, words as slug words."""
    text = untrusted.one_space(str(text)).strip().replace(",", ".")  # '228.1\nAdferd' too
    head, _, rest = text.partition(" ")
    return (head + " " + paths.slug(rest).replace("-", " ")).strip()


def lookup_codes(text: pd.Series, spellings: dict[str, str]) -> pd.Series:
    """The code each cell spells (case-, space-, punctuation- and æøå-insensitive), NaN if none."""
    keys = {u: spellings.get(spelling_key(u)) for u in text.unique()}
    return text.map(keys)


def spelling_key(text: str) -> str | None:
    """slug(text), but None for text that is only punctuation ('?' is not the empty spelling)."""
    key = paths.slug(text)
    return None if key == "" and text.strip() else key


def parse_grounds(text: pd.Series) -> pd.Series:
    """Ground codes ('228.1'), also written '228,1' or with the label ('228.1 Adferd');
    NaN for anything else."""
    table = ground_spellings()
    keys = {u: table.get(ground_key(u)) for u in text.unique()}
    return text.map(keys)


def allowed_decisions() -> str:
    return (
        ", ".join(c.code for c in codes.decisions())
        + " (eller hele teksten, f.eks. «"
        + (codes.decisions()[0].label)
        + "»)"
    )


def allowed_grounds() -> str:
    return (
        ", ".join(c.code for c in codes.grounds())
        + " (også skrevet med komma, 228,1, eller med teksten, «228.1 Adferd»)"
    )


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
    rows = frame.loc[mask, ["_row", "saksnr", f"_{column}_text", "_sheet"]]
    return [
        Problem(
            name,
            message,
            row=int(r[0]),
            column=column,
            value=(r[2] or None),
            allowed=allowed,
            saksnr=(r[1] or None),
            sheet=(r[3] or None),
        )
        for r in rows.itertuples(index=False)
    ]


def _serial_note(src: SourceFile, out: pd.DataFrame, mask: pd.Series, column: str) -> str:
    """One line for every Excel date serial number read as a date in a column."""
    rows = out.loc[mask, ["_row", f"_{column}_text", column]].head(SHOWN)
    examples = "; ".join(
        f"rad {int(r)}: {t} = {fmt.date(d.date())}" for r, t, d in rows.itertuples(index=False)
    )
    system = "1904" if src.date1904 else "1900"
    return (
        f"{src.name}: {fmt.count(int(mask.sum()), 'celle', 'celler')} i «{column}» er "
        f"Excel-datotall og er lest som datoer ({system}-systemet), f.eks. {examples}."
    )


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
    out["_sheet"] = raw.get("_sheet", None)
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
        text = out["_distrikt_text"]
        known = {u: districts.find(u) for u in text.unique() if u}
        names = {u: d.name for u, d in known.items() if d is not None}
        out["distrikt"] = text.map(names).astype(object)
        report(
            (text != "") & out["distrikt"].isna(),
            "distrikt",
            "ukjent politidistrikt",
            ", ".join(d.name for d in districts.all_districts()),
        )

    for column in DATE_COLUMNS:
        if column not in raw:
            continue
        text_of(column)
        out[column], status = parse_dates(raw[column], src.date1904)
        if column == "mottatt":
            report(status == "empty", column, "mangler verdi")
        else:
            out["_closed"] = status != "empty"
        report(
            status == "impossible", column, "umulig dato (finnes ikke i kalenderen)", DATE_FORMATS
        )
        report(status == "unparseable", column, "ukjent datoformat", DATE_FORMATS)
        report(status == "two_digit", column, "tosifret årstall er tvetydig", DATE_FORMATS)
        first, last = year_range()
        report(
            status == "implausible",
            column,
            f"urimelig årstall (tillatt {first}–{last})",
            DATE_FORMATS,
        )
        serials = status == "serial"
        if serials.any():
            src.notes.append(_serial_note(src, out, serials, column))

    if "avgjorelse" in raw:
        text = text_of("avgjorelse")
        # The form's open label ("Under behandling") is the empty decision of an open case.
        open_key = paths.slug(codes.open_label())
        is_open = text.map({u: spelling_key(u) == open_key for u in text.unique()}).astype(bool)
        closed = out["_closed"] if "_closed" in out else pd.Series(False, index=out.index)
        report(
            is_open & closed,
            "avgjorelse",
            f"saken er avsluttet (avsluttet er fylt ut), men avgjørelsen er «{codes.open_label()}»",
            allowed_decisions(),
        )
        text = text.where(~(is_open & ~closed), "")
        out["_avgjorelse_text"] = text
        out["avgjorelse"] = lookup_codes(text.where(~is_open, "?"), decision_spellings())
        report(
            (text != "") & out["avgjorelse"].isna() & ~is_open,
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
        text = label_text(as_text(raw["enhet"]))
        out["enhet"] = text.where(text != "")
    for column in ("distrikt", "enhet"):  # labels: one line of text, never markup or a novel
        if column in raw:
            text = label_text(text_of(column))
            bad = text.str.contains(untrusted.CONTROL, regex=True)
            report(bad, column, "inneholder kontrolltegn")
            report(text.str.len() > MAX_LABEL, column, f"er lengre enn {MAX_LABEL} tegn")
    return out, problems


MAX_LABEL = 100  # characters in a district or unit name (after `label_text`)


def label_text(text: pd.Series) -> pd.Series:
    """A label column (distrikt, enhet) as the name it spells: each run of whitespace (a line
    break inside a quoted field, Excel's Alt+Enter, a tab, a no-break space) one space, once
    per distinct text. Control characters that are not whitespace stay, to be refused."""
    return text.map({u: untrusted.one_space(u) for u in text.unique()}).astype(object)


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
