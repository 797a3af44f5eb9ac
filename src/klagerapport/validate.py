"""The rules of the data contract (data/README.md) and the `klagerapport validate` command.

`load_validated` is the one entry point for every stage that needs the cases: it finds the
source files, re-uses the processed store when the files are unchanged, else reads, parses and
checks them (every problem in every file, raised together as `ValidationError`) and stores them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import codes, config, fmt, load, paths, store, tables
from .errors import KlagerapportError, Problem, ValidationError

MAX_LISTED = 5  # dates/districts named in a warning


@dataclass
class Validated:
    """Validated cases of one source, filtered to the district asked for."""

    cases: pd.DataFrame  # the canonical case frame
    warnings: list[str]
    processed: Path  # the cases.parquet they were stored in
    manifest: dict
    reused: bool = False  # True when the store was re-used without parsing the source
    all_districts: pd.Series = field(default_factory=lambda: pd.Series(dtype="int64"))


def today() -> dt.date:
    return dt.date.today()


# ---------------------------------------------------------------------------------------------
# Rules across columns and rows


def _row_problems(
    frame: pd.DataFrame, mask: pd.Series, names: list[str], column: str, message: str, value=None
) -> list[Problem]:
    cols = ["_file", "_row", "saksnr", value or "saksnr"]
    return [
        Problem(
            names[int(f)],
            message,
            row=int(r),
            column=column,
            value=(v or None) if value else None,
            saksnr=(n or None),
        )
        for f, r, n, v in frame.loc[mask, cols].itertuples(index=False)
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
    frame = frame.assign(
        _order=frame["_avsluttet_text"] + " er før mottatt " + frame["_mottatt_text"]
    )
    return _row_problems(frame, before, names, "avsluttet", "avsluttet før mottatt", "_order")


def duplicate_problems(frame: pd.DataFrame, names: list[str]) -> list[Problem]:
    """A case number appears once per district; one problem per duplicate, naming every row."""
    if "saksnr" not in frame:
        return []
    district = frame.get("distrikt", pd.Series("", index=frame.index)).fillna("")
    keyed = frame.assign(_d=district.map(paths.slug), _n=frame["saksnr"].fillna(""))
    keyed = keyed[keyed["_n"] != ""]
    dups = keyed[keyed.duplicated(["_d", "_n"], keep=False)]
    problems = []
    for _, group in dups.groupby(["_d", "_n"], sort=False):
        first = group.iloc[0]
        where = [
            f"rad {int(r['_row'])}"
            + ("" if r["_file"] == first["_file"] else f" i {names[int(r['_file'])]}")
            for _, r in group.iloc[1:].iterrows()
        ]
        problems.append(
            Problem(
                names[int(first["_file"])],
                f"saksnummeret finnes flere ganger i distrikt {first['distrikt']}: "
                f"også {', '.join(where)}",
                row=int(first["_row"]),
                column="saksnr",
                value=first["saksnr"],
                saksnr=first["saksnr"],
            )
        )
    return problems


def _sorted(problems: list[Problem], names: list[str]) -> list[Problem]:
    order = {n: i for i, n in enumerate(names)}
    cols = {c: i for i, c in enumerate(load.contract_columns())}
    return sorted(
        problems,
        key=lambda p: (order.get(p.file, -1), p.row or 0, cols.get(p.column or "", -1)),
    )


def validate_files(files: list[Path]) -> tuple[pd.DataFrame, list[load.SourceFile]]:
    """Read, parse and check every file; the canonical frame of all of them, or ValidationError."""
    sources, frame, problems = load.read_files(files)
    names = [s.name for s in sources]
    if len(frame):
        problems += open_closed_problems(frame, names)
        problems += date_order_problems(frame, names)
        problems += duplicate_problems(frame, names)
    if problems:
        raise ValidationError(_sorted(problems, names))
    return load.canonical(frame), sources


# ---------------------------------------------------------------------------------------------
# District, year and warnings


def filter_district(cases: pd.DataFrame, district: str) -> tuple[pd.DataFrame, list[str]]:
    """The cases of one district, and a warning naming the rows of other districts left out."""
    mine = tables.same_district(cases["distrikt"], district)
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
            f"{fmt.count(int(others.sum()), 'rad', 'rader')} fra andre distrikter enn {district} "
            f"er utelatt: {listed}{more}."
        )
    return cases[mine].reset_index(drop=True), warnings


def check_year(cases: pd.DataFrame, year: int, district: str | None) -> None:
    """The year asked for has cases received or decided in it."""
    if ((cases["mottatt"].dt.year == year) | (cases["avsluttet"].dt.year == year)).any():
        return
    where = f" for distrikt {district}" if district else ""
    first, last = cases["mottatt"].min().year, cases["mottatt"].max().year
    span = f"i {first}" if first == last else f"{first}–{last}"
    raise KlagerapportError(
        f"Ingen saker mottatt eller avsluttet i {year}{where}. Dataene har saker mottatt {span}."
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
        f"{fmt.count(len(late), 'sak', 'saker')} har avsluttet-dato etter dagens dato "
        f"({fmt.date(on)}): {listed}."
    ]


def load_validated(
    data: Path, *, year: int | None = None, district: str | None = None
) -> Validated:
    """Validated cases of `data` (a file or folder), stored once and re-used while unchanged.

    Raises ValidationError (every problem) or KlagerapportError (no such path, no case files,
    no cases for the district or year). The cases are filtered to `district` if given.
    """
    files = load.find_files(Path(data))
    folder = store.location(Path(data))
    manifest = store.matching_manifest(folder, files)
    if manifest is not None:
        parquet = folder / store.CASES_FILE
        everything = store.read_cases(parquet)
        reused = True
    else:
        everything, sources = validate_files(files)
        parquet, manifest = store.save(everything, Path(data), sources)
        reused = False
    warnings: list[str] = []
    cases = everything
    if district is not None:
        cases, warnings = filter_district(everything, district)
    if year is not None:
        check_year(cases, year, district)
        warnings += open_warning(cases, year)
    warnings += future_warning(cases, today())
    warnings += _units_warning(cases, district)
    return Validated(
        cases=cases,
        warnings=warnings,
        processed=parquet,
        manifest=manifest,
        reused=reused,
        all_districts=everything["distrikt"].value_counts(),
    )


def _units_warning(cases: pd.DataFrame, district: str | None) -> list[str]:
    """How many `enhet` values are not in units.yml (counts only: the text is never shown)."""
    if district is None or "enhet" not in cases:
        return []
    from .ingest import units

    values, n = units.grouped(cases["enhet"], units.for_district(district))
    if not n:
        return []
    return [
        f"{fmt.count(values, 'verdi', 'verdier')} i kolonnen enhet "
        f"({fmt.count(n, 'sak', 'saker')}) finnes ikke i {paths.shown(units.UNITS_FILE)} "
        f"og telles som «{units.OTHER}»"
    ]


# ---------------------------------------------------------------------------------------------
# The command


def per_year(cases: pd.DataFrame) -> pd.DataFrame:
    """Cases received and decided per year (years as index), zeros where none."""
    received = cases["mottatt"].dt.year.value_counts()
    decided = cases["avsluttet"].dt.year.dropna().astype(int).value_counts()
    table = pd.DataFrame({"mottatt": received, "avsluttet": decided}).fillna(0).astype(int)
    return table.sort_index()


def summary(result: Validated, year: int | None) -> list[str]:
    """The Norwegian summary lines `klagerapport validate` prints."""
    m = result.manifest
    n_files = len(m.get("files", ()))
    facts = [
        fmt.count(n_files, "fil", "filer"),
        f"{fmt.integer(m.get('rows_kept', 0))} saker",
    ]
    if m.get("synthetic"):
        facts.append("syntetiske data")
    how = "gjenbrukt (kildefilene er uendret)" if result.reused else "lest og validert"
    lines = [
        f"Data: {m.get('source')} ({', '.join(facts)}), {how}.",
        f"Lagret: {paths.shown(result.processed)}",
    ]
    if m.get("ignored_columns"):
        lines.append("Ignorerte kolonner: " + ", ".join(m["ignored_columns"]))
    for district, cases in result.cases.groupby("distrikt", sort=True):
        lines.append(f"Saker i {district} per år (mottatt / avsluttet):")
        for y, row in per_year(cases).iterrows():
            mark = "  ◀" if y == year else ""
            lines.append(
                f"  {y}  {fmt.integer(row['mottatt']):>7}  {fmt.integer(row['avsluttet']):>9}{mark}"
            )
        n_open = int(cases["avsluttet"].isna().sum())
        lines.append(f"{codes.open_label()} (ingen avsluttet-dato): {fmt.integer(n_open)}")
    if result.warnings:
        lines.append("Advarsler:")
        lines += [f"  - {w}" for w in result.warnings]
    lines.append("Ingen feil.")
    return lines


def run(data: Path | None = None, year: int | None = None, district: str | None = None) -> int:
    """`klagerapport validate`: validate and store, print the summary; errors propagate."""
    cfg = config.load(data=data, year=year, district=district)
    print(cfg.describe(), flush=True)
    result = load_validated(cfg.data, year=cfg.year, district=cfg.district)
    print("\n".join(summary(result, cfg.year)))
    return 0
