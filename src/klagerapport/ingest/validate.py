"""`load_validated`, the one entry point for every stage that needs the cases, and the
`klagerapport validate` command.

It finds the source files, re-uses the processed store when the files are unchanged, else reads,
parses and checks them (every problem in every file, raised together as `ValidationError`) and
stores them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .. import codes, districts, fmt, paths, settings, untrusted
from . import fastcsv, read, rules, store, units


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


def load_validated(
    data: Path,
    *,
    year: int | None = None,
    district: str | None = None,
    partial: bool = False,
) -> Validated:
    """Validated cases of `data` (a file or folder), stored once and re-used while unchanged.

    Raises ValidationError (every problem) or KlagerapportError (no such path, no case files,
    no cases for the district or year; for the national scope, a police district with no case
    in the year, unless `partial`). The cases are filtered to `district` if given.
    """
    files = read.find_files(Path(data))
    unreadable = read.unsupported_files(Path(data))
    entries = store.file_entries(files)  # each file hashed once
    folder = store.location(Path(data), entries)
    manifest = None if unreadable else store.matching_manifest(folder, files, entries)
    if manifest is not None:
        parquet = folder / store.CASES_FILE
        everything = store.read_cases(parquet)
        reused = True
    else:
        everything, sources = rules.validate_files(files, unreadable)
        parquet, manifest = store.save(everything, Path(data), sources)
        reused = False
    warnings: list[str] = list(manifest.get("notes", ()))  # what reading left out, and why
    cases = everything
    if district is not None:
        cases, others = rules.filter_district(everything, district)
        warnings += others
    if year is not None:
        warnings += rules.check_year(cases, year, district)
        if district is not None and districts.is_national(district):
            warnings += rules.check_national(cases, year, partial)
        warnings += rules.open_warning(cases, year)
    warnings += rules.future_warning(cases, today())
    warnings += _units_warning(cases, district)
    result = Validated(
        cases=cases,
        warnings=warnings,
        processed=parquet,
        manifest=manifest,
        reused=reused,
        all_districts=everything["distrikt"].value_counts(),
    )
    del everything
    fastcsv.release_memory()  # a national file's rows are not needed by the rest of a build
    return result


def _units_warning(cases: pd.DataFrame, district: str | None) -> list[str]:
    """How many `enhet` values are not in units.yml (counts only: the text is never shown)."""
    if district is None or "enhet" not in cases:
        return []
    values, n = units.grouped(cases["enhet"], units.for_district(district))
    if not n:
        return []
    return [
        f"{fmt.count(values, 'verdi', 'verdier')} i kolonnen enhet "
        f"({fmt.count(n, 'sak', 'saker')}) finnes ikke i {paths.shown(units.UNITS_FILE)} "
        f"og telles som «{units.OTHER}»"
    ]


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
        lines += [f"  - {untrusted.shown(w)}" for w in result.warnings]  # a sheet name's ESC too
    lines.append("Ingen feil.")
    return lines


def validate_command(
    data: Path | None = None,
    year: int | None = None,
    district: str | None = None,
    partial: bool = False,
) -> int:
    """`klagerapport validate`: validate and store, print the summary; errors propagate.

    The district is config.yml's unless --district is given (the line says which); the data is
    checked for one year only with --year (without it, every year in the data)."""
    cfg = settings.load(data=data, year=year, district=district)
    print(cfg.describe(rendering=False, year=year is not None), flush=True)
    result = load_validated(cfg.data, year=year, district=cfg.district, partial=partial)
    print("\n".join(summary(result, year)))
    return 0
