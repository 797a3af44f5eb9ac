"""Section 6: complaints received per unit this year against the two years before."""

from __future__ import annotations

import pandas as pd

from .. import districts, settings
from ..errors import KlagerapportError
from ..ingest import units as unit_list
from ..publish import captions as C
from ..publish import comparison_captions as CC
from ..publish import utgave as U
from ..publish import values as V
from ..publish.result import SectionResult
from ..publish.tables import Cell, Table
from ..publish.values import Value
from ..stats import measures
from ..stats import populations as P
from . import common
from .comparison import districts_in, split

TABLE = "enheter"  # the units table


def units(cases: pd.DataFrame, *, year: int, district: str, **options) -> SectionResult:
    """Complaints received per unit this year against the two years before.

    Units come from the district's list in data/reference/units.yml (option `units`: another
    list); a case's free-text `enhet` that matches none is counted as "Andre enheter", so no
    typed text is ever published. The national report, whose districts each have their own
    units, shows one row per district instead (`_by_district`).
    """
    cases = common.start(cases, district, options)
    if districts.is_national(district):  # units belong to a district: one row per district
        return _by_district(cases, year=year, district=district, utgave=options.get("utgave"))
    enhet, names = _assigned(cases, district, options.get("units"))
    _check_unit_keys([*names, unit_list.OTHER, C.UNIT_MISSING])
    cases = cases.assign(enhet=enhet)
    years = [year - 2, year - 1, year]
    table = measures.unit_table(cases, years, C.UNIT_MISSING)
    present = {y: P.has_year(cases, y) for y in years}
    suffix = {year: "count", year - 1: "minus1", year - 2: "minus2"}

    def cell(n: int, y: int) -> Value:
        return V.count(n) if present[y] else V.MISSING

    vals: dict[str, Value] = {}
    rows: list[list[Cell]] = []
    keys: dict[tuple[int, int], tuple[str, ...]] = {}
    for unit in table.index:
        key = V.unit_key(unit)
        counts = {y: int(table.at[unit, y]) for y in years}
        for col, y in enumerate(years, start=1):
            vals[f"units.{key}.{suffix[y]}"] = cell(counts[y], y)
            keys[(len(rows), col)] = (f"units.{key}.{suffix[y]}",)
        rows.append([unit, *(cell(counts[y], y) for y in years)])
    sums = {y: int(table[y].sum()) if len(table) else 0 for y in years}
    rows.append([C.UNIT_SUM_LABEL, *(cell(sums[y], y) for y in years)])

    caption = C.units_caption(district, years[0], year, common.missing(cases, district, year))
    result = SectionResult("units", values=vals, populations=common.populations(cases, year))
    for y in years:
        if present[y]:
            result.check(f"Sum {y} = mottatt i {y}", P.received_count(cases, y), sums[y])
    result.tables[TABLE] = Table(
        TABLE,
        caption,
        [C.UNIT_HEADER, *map(str, years)],
        rows,
        # the sums of this year and last are the received totals, published again elsewhere
        layout=U.Layout(total_row=len(rows) - 1, fixed=((len(rows) - 1, 2), (len(rows) - 1, 3))),
        cell_keys=keys,
    )
    return U.publish(result, options.get("utgave"), district=district)


def _assigned(cases: pd.DataFrame, district: str, reference) -> tuple[pd.Series, list[str]]:
    """Each case's unit and the listed names."""
    listed = unit_list.for_district(district) if reference is None else unit_list.make(reference)
    return unit_list.assign(cases["enhet"], listed), [u.name for u in listed]


def _by_district(cases: pd.DataFrame, *, year: int, district: str, utgave) -> SectionResult:
    """The national table: complaints received per district this year and the two before (each
    district's row is its own report's «Sum» row), and the country's sum, shown only for years
    every district covers; a note points to the districts' own reports for their units.

    The public edition's rows are the form's: every police district, whatever the data (a
    district whose cases were all rounded away, publish/protection.py, stays, printed 0 in the
    years the country's sum covers), and any other name its rounded cases hold. The rows thus
    depend on the rounded cases and the district list only, as every public number must."""
    years = [year - 2, year - 1, year]
    suffix = {year: "count", year - 1: "minus1", year - 2: "minus2"}
    covered = P.coverage(cases, district, year)
    parts = split(cases)
    if settings.utgave(utgave) == settings.OFFENTLIG:
        for police in districts.police_districts():
            parts.setdefault(police.name, cases.iloc[0:0])
        parts = {name: parts[name] for name in districts_in(parts)}
    _check_unit_keys([*parts, C.UNIT_SUM_LABEL])
    vals: dict[str, Value] = {}
    rows: list[list[Cell]] = []
    keys: dict[tuple[int, int], tuple[str, ...]] = {}
    sums = dict.fromkeys(years, 0)
    for name, part in parts.items():
        key = V.unit_key(name)
        row: list[Cell] = [name]
        for col, y in enumerate(years, start=1):
            # as its own report; a year the country's sum covers is a year of every row
            known = P.has_year(part, y) or covered.covers(y)
            n = P.received_count(part, y) if known else None
            sums[y] += n or 0
            vals[f"units.{key}.{suffix[y]}"] = V.count(n)
            keys[(len(rows), col)] = (f"units.{key}.{suffix[y]}",)
            row.append(V.count(n))
        rows.append(row)
    shown = {y: covered.covers(y) for y in years}
    rows.append([C.UNIT_SUM_LABEL, *(V.count(sums[y] if shown[y] else None) for y in years)])

    result = SectionResult("units", values=vals, populations=common.populations(cases, year))
    for y in years:
        if shown[y]:
            result.check(f"Sum {y} = mottatt i {y}", P.received_count(cases, y), sums[y])
    notes = [C.UNITS_NATIONAL_NOTE]
    if not all(shown.values()):
        notes.append(
            C.national_series_note(covered.first, covered.lacking, covered.districts, year)
        )
    last = len(rows) - 1
    result.tables[TABLE] = Table(
        TABLE,
        C.units_national_caption(years[0], year),
        [CC.COMPARISON_HEADER, *map(str, years)],
        rows,
        note="\n\n".join(n for n in notes if n),
        layout=U.Layout(total_row=last, fixed=((last, 2), (last, 3))),
        cell_keys=keys,
    )
    return U.publish(result, utgave, district=district)


def _check_unit_keys(names: list[str]) -> None:
    seen: dict[str, str] = {}
    for name in names:
        key = V.unit_key(name)
        if key in seen:
            raise KlagerapportError(
                f"enhetene «{seen[key]}» og «{name}» gir samme verdinøkkel «units.{key}»; "
                "rett skrivemåten i data/reference/units.yml"
            )
        seen[key] = name
