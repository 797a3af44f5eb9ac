"""The rules of the data contract across columns and rows, and the district and year filters.

`validate_files` reads, parses and checks every file and raises one `ValidationError` listing
every problem in every file. The warnings (open cases, future dates, other districts) do not
stop a run.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from .. import districts, fmt
from ..errors import KlagerapportError, Problem, ValidationError
from . import contract, fastcsv, overlap, parse, read
from .read import SourceFile

MAX_LISTED = 5  # dates/districts named in a warning


def _row_problems(
    frame: pd.DataFrame, mask: pd.Series, names: list[str], column: str, message: str, value=None
) -> list[Problem]:
    cols = ["_file", "_row", "saksnr", value or "saksnr", "_sheet"]
    return [
        Problem(
            names[int(f)],
            message,
            row=int(r),
            column=column,
            value=(v or None) if value else None,
            saksnr=(n or None),
            sheet=(sh or None),
        )
        for f, r, n, v, sh in frame.loc[mask, cols].itertuples(index=False)
    ]


def open_closed_problems(frame: pd.DataFrame, names: list[str]) -> list[Problem]:
    """A decision exactly when the case is closed (avsluttet filled in)."""
    if "_closed" not in frame or "_avgjorelse_text" not in frame:
        return []
    closed = frame["_closed"].fillna(False).astype(bool)
    has_decision = frame["_avgjorelse_text"].fillna("") != ""
    known = frame["_avgjorelse_text"].notna() & frame["_avsluttet_text"].notna()
    return [
        *_row_problems(
            frame,
            known & ~closed & has_decision,
            names,
            "avsluttet",
            "mangler dato, men saken har en avgjørelse (en åpen sak har tom avgjørelse)",
        ),
        *_row_problems(
            frame,
            known & closed & ~has_decision,
            names,
            "avgjorelse",
            "mangler verdi, men saken er avsluttet (avsluttet er fylt ut)",
        ),
    ]


def date_order_problems(frame: pd.DataFrame, names: list[str]) -> list[Problem]:
    """avsluttet is not before mottatt."""
    if "mottatt" not in frame or "avsluttet" not in frame:
        return []
    before = frame["avsluttet"] < frame["mottatt"]
    if not before.any():
        return []
    # the parsed dates, as dd.mm.åååå: a cell may hold an Excel serial number (45000.5)
    shown = {c: frame.loc[before, c].map(fmt.cell_date) for c in ("avsluttet", "mottatt")}
    frame = frame.assign(_order="")
    frame.loc[before, "_order"] = shown["avsluttet"] + " er før mottatt " + shown["mottatt"]
    return _row_problems(frame, before, names, "avsluttet", "avsluttet før mottatt", "_order")


def duplicate_problems(frame: pd.DataFrame, names: list[str]) -> list[Problem]:
    """A case number appears once per district; one problem per duplicate, naming every row.
    A case in several exports (files, or sheets of one workbook) that `overlap.resolve` could
    not take as one case says which fields differ, with each export's value."""
    if "saksnr" not in frame:
        return []
    keyed = overlap.keyed_rows(frame.assign(_file=frame.get("_file", 0)))
    dups = keyed[keyed.duplicated(["_d", "_n"], keep=False)]
    problems = []
    for _, group in dups.groupby(["_d", "_n"], sort=False):
        first = group.iloc[0]
        if overlap.in_several_exports(group):
            # what tells these problems apart (the fields that changed) and the fix come
            # before the first ": ", so that errors.grouped keeps them; each export's value after
            fields = overlap.changed_fields(group)
            what = "; ".join(
                [
                    *(["mottatt mangler"] if "mottatt" not in fields else []),
                    *([f"{fmt.listing(fields)} er endret"] if fields else []),
                ]
            )
            message = (
                f"saksnummeret finnes i flere eksporter i distrikt {first['distrikt']}, men er "
                f"ikke samme sak ({what}). En sak som går igjen fra én eksport til den neste "
                "må ha samme mottatt-dato; rett datoen, eller gi sakene ulike saksnumre"
            )
            if fields:
                message += f": {overlap.changes(group, names)}"
        else:
            where = [
                f"rad {int(r['_row'])}"
                + (
                    f" i ark «{r['_sheet']}»"
                    if r["_sheet"] and r["_sheet"] != first["_sheet"]
                    else ""
                )
                + ("" if r["_file"] == first["_file"] else f" i {names[int(r['_file'])]}")
                for _, r in group.iloc[1:].iterrows()
            ]
            message = (
                f"saksnummeret finnes flere ganger i distrikt {first['distrikt']}: "
                f"også {', '.join(where)}"
            )
        problems.append(
            Problem(
                names[int(first["_file"])],
                message,
                row=int(first["_row"]),
                column="saksnr",
                value=first["saksnr"],
                saksnr=first["saksnr"],
                sheet=first["_sheet"] or None,
            )
        )
    return problems


def _sorted(problems: list[Problem], names: list[str]) -> list[Problem]:
    order = {n: i for i, n in enumerate(names)}
    cols = {c: i for i, c in enumerate(contract.contract_columns())}
    return sorted(
        problems,
        key=lambda p: (
            order.get(p.file, len(order)),
            p.sheet or "",
            p.row or 0,
            cols.get(p.column or "", -1),
        ),
    )


def _cell(p: Problem) -> tuple:
    return (p.file, p.sheet, p.row, p.column)


def validate_files(
    files: list[Path], other: list[Problem] | None = None
) -> tuple[pd.DataFrame, list[SourceFile]]:
    """Read, parse and check every file; the canonical frame of all of them, or ValidationError.
    `other` are problems found before reading (files in the folder that cannot be read).

    Clean CSV files take the fast path (`fastcsv`), which gives the same frame and sources;
    anything it is not certain of is read here, line by line."""
    if not other:
        fast = fastcsv.try_validate(files)
        if not isinstance(fast, str):
            return fast
    sources, frame, problems = parse.read_files(files)
    problems = list(other or ()) + problems
    names = [s.name for s in sources]
    if len(frame):
        problems += open_closed_problems(frame, names)
        problems += date_order_problems(frame, names)
        frame, notes = overlap.resolve(frame, names)
        sources[0].notes += notes
        problems += duplicate_problems(frame, names)
    # A cell that cannot be read exactly is one problem, not also "mangler verdi" and the like.
    # A merged range is one problem, not also "mangler verdi" for each cell it empties.
    bad = {_cell(p): p for s in sources for p in s.bad_cells}
    for s in sources:
        for (sheet, row, column), p in s.merged.items():
            bad.setdefault((s.name, sheet, row, column), p)
    problems = [p for p in problems if bad.get(_cell(p), p) is p]
    if problems:
        raise ValidationError(read.name_columns(_sorted(problems, names), sources))
    return contract.canonical(frame), sources


def filter_district(cases: pd.DataFrame, district: str) -> tuple[pd.DataFrame, list[str]]:
    """The cases of one district, and a warning naming the rows of other districts left out."""
    district = districts.normalise(district).name
    mine = districts.same_district(cases["distrikt"], district)
    if not mine.any():
        found = cases["distrikt"].value_counts()
        listed = ", ".join(f"{d} ({fmt.integer(n)})" for d, n in found.items())
        raise KlagerapportError(
            f"Ingen saker for distrikt «{district}» i dataene. Distrikter i dataene: {listed}."
        )
    others = cases.loc[~mine, "distrikt"].value_counts()
    warnings = []
    if len(others):
        listed = ", ".join(f"{d} ({fmt.integer(n)})" for d, n in others.head(MAX_LISTED).items())
        more = " …" if len(others) > MAX_LISTED else ""
        warnings.append(
            _sentence(
                f"{fmt.count(int(others.sum()), 'rad', 'rader')} fra andre distrikter enn "
                f"{district} er utelatt: {listed}{more}"
            )
        )
    return cases[mine].reset_index(drop=True), warnings


def check_year(cases: pd.DataFrame, year: int, district: str | None) -> list[str]:
    """The data covers the year asked for; a warning (returned) if no case was received in it.

    An error when no case was received or decided in the year, and when no case was received in
    it or later: the export ends before the year (cases only decided in it are the previous
    years' cases, and a report of them would show 0 complaints received). A year with no case
    received that the data does cover (cases received later) is a warning.
    """
    where = f" for distrikt {district}" if district else ""
    received = cases["mottatt"].dt.year
    if not ((received == year) | (cases["avsluttet"].dt.year == year)).any():
        first, last = cases["mottatt"].min().year, cases["mottatt"].max().year
        span = f"i {first}" if first == last else f"{first}–{last}"
        raise KlagerapportError(
            f"Ingen saker mottatt eller avsluttet i {year}{where}. "
            f"Dataene har saker mottatt {span}."
        )
    if (received == year).any():
        return []
    if not (received > year).any():
        last_date = cases["mottatt"].max().date()
        decided = int((cases["avsluttet"].dt.year == year).sum())
        raise KlagerapportError(
            f"Dataene dekker ikke {year}{where}: ingen saker er mottatt i {year} eller senere "
            f"(siste mottatt-dato i dataene er {fmt.date(last_date)}). "
            f"{fmt.count(decided, 'sak', 'saker')} mottatt tidligere ble avsluttet i {year}, "
            f"men rapporten for {year} gjelder klager mottatt i {year}. "
            f"Bruk en eksport som dekker {year}, eller velg et annet år med --year."
        )
    return [
        f"Ingen saker er mottatt i {year}{where}, men dataene har saker mottatt senere: "
        f"rapporten viser 0 mottatte klager i {year}; kontroller at eksporten er riktig."
    ]


def missing_districts(cases: pd.DataFrame, year: int) -> list[districts.District]:
    """The police districts (districts.yml) with no case received in `year`."""
    received = cases.loc[cases["mottatt"].dt.year == year, "distrikt"]
    return districts.missing_police_districts(received.unique())


def check_national(cases: pd.DataFrame, year: int, partial: bool) -> list[str]:
    """The national scope covers the 12 police districts: a user error naming the districts the
    data lacks in `year`, or, for a partial report (`--delvis`), a warning naming them."""
    missing = missing_districts(cases, year)
    if not missing:
        return []
    total = len(districts.police_districts())
    names = fmt.listing(d.name for d in missing)
    present = total - len(missing)
    lacks = (
        f"dataene har saker mottatt i {year} fra bare {present} av {total} politidistrikter; "
        f"de mangler {names}"
    )
    if partial:
        return [
            f"Delrapport for {districts.NATIONAL}: {lacks}. Tittelen og side 1 sier hvilke "
            "distrikter som mangler, og tallene for landet er summen av dem som finnes."
        ]
    raise KlagerapportError(
        f"Den nasjonale rapporten ({districts.NATIONAL}) skal dekke alle {total} "
        f"politidistriktene, men {lacks}. Bruk en eksport med alle distriktene, bygg "
        "distriktenes egne rapporter (--district), eller lag en tydelig merket delrapport med "
        "--delvis."
    )


def open_warning(cases: pd.DataFrame, year: int) -> list[str]:
    n = int(((cases["mottatt"].dt.year == year) & cases["avsluttet"].isna()).sum())
    if not n:
        return []
    return [f"{fmt.count(n, 'sak', 'saker')} mottatt i {year} er fortsatt under behandling."]


def future_warning(cases: pd.DataFrame, on: dt.date) -> list[str]:
    late = cases.loc[cases["avsluttet"] > pd.Timestamp(on), "avsluttet"]
    if late.empty:
        return []
    dates = sorted({d.date() for d in late})
    listed = ", ".join(fmt.date(d) for d in dates[:MAX_LISTED]) + (
        " …" if len(dates) > MAX_LISTED else ""
    )
    return [
        _sentence(
            f"{fmt.count(len(late), 'sak', 'saker')} har avsluttet-dato etter dagens dato "
            f"({fmt.date(on)}): {listed}"
        )
    ]


def _sentence(text: str) -> str:
    """A warning ends with a full stop, or with the ellipsis of a shortened list alone."""
    return text if text.endswith("…") else f"{text}."
