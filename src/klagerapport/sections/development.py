"""Section 5: complaints decided per year and K-etnisk decided per year."""

from __future__ import annotations

import pandas as pd

from .. import codes
from ..publish import captions as C
from ..publish import figures
from ..publish import utgave as U
from ..publish import values as V
from ..publish.result import SectionResult
from ..publish.tables import Cell, Chart, Table
from ..publish.values import Value
from ..stats import measures
from ..stats import populations as P
from ..stats.populations import ETNISK
from . import common

TABLE = "utvikling"  # cases decided per year, and its chart
ETHNIC_TABLE = "etnisk-utvikling"  # the same for ethnic discrimination


def _per_year(table: Table) -> list[tuple[int, Value]]:
    """A per-year table as published values (hidden ones as «:»), oldest first."""
    return sorted((int(row[0].raw), row[1]) for row in table.rows)


def _chart(table: Table, year: int):
    per_year = _per_year(table)
    return figures.year_bars(
        [y for y, _ in per_year],
        [U.shown(v) for _, v in per_year],
        highlight=year,
        ylabel=C.COUNT_AXIS,
    )


def _year_table(name: str, caption: str, label: str, series: pd.Series, note: str) -> Table:
    rows: list[list[Cell]] = [
        [V.year(int(y)), V.count(int(n))] for y, n in sorted(series.items(), reverse=True)
    ]
    return Table(name, caption, [C.YEAR_HEADER, label], rows, note=note)


def series_note(covered: P.Coverage, year: int) -> str:
    """The note under a national yearly series that leaves out years (empty otherwise)."""
    return C.national_series_note(covered.first, covered.lacking, covered.districts, year)


def development(cases: pd.DataFrame, *, year: int, district: str, **options) -> SectionResult:
    """Complaints decided per year (all years up to the report year) and K-etnisk per year."""
    cases = common.start(cases, district, options)
    covered = P.coverage(cases, district, year)  # national: only years every district covers
    series = P.decided_per_year(cases, year, covered=covered)
    etnisk = P.decided_per_year(cases, year, ETNISK, covered=covered)
    note = series_note(covered, year)
    short = {d.code: d.short for d in codes.discrimination()}[ETNISK]

    vals: dict[str, Value] = {"development.years": V.count(len(series))}
    top = measures.max_year(series)
    low = int(series.idxmin()) if len(series) else None
    vals["development.max_year"] = V.year(top)
    vals["development.max"] = V.count(None if top is None else int(series.loc[top]))
    vals["development.min_year"] = V.year(low)
    vals["development.min"] = V.count(None if low is None else int(series.loc[low]))

    result = SectionResult("development", values=vals, populations=common.populations(cases, year))
    if year in series.index:
        result.check(
            f"serien, {year} = avsluttet i {year}",
            P.decided_count(cases, year),
            int(series.loc[year]),
        )
        result.check(
            f"serien for {short}, {year} = avsluttet med {short}",
            P.decided_count(cases, year, ETNISK),
            int(etnisk.loc[year]),
        )
    missing = common.missing(cases, district, year)  # national: what the data covers
    cap = C.development_caption(district, missing)
    cap_et = C.development_etnisk_caption(district, short, missing)
    result.tables[TABLE] = _year_table(TABLE, cap, C.DECIDED_HEADER, series, note)
    result.tables[ETHNIC_TABLE] = _year_table(ETHNIC_TABLE, cap_et, short, etnisk, note)

    result = U.publish(result, options.get("utgave"), district=district)
    for name, caption, what in (
        (TABLE, cap, C.development_what(district, missing)),
        (ETHNIC_TABLE, cap_et, C.development_etnisk_what(short)),
    ):
        table = result.tables[name]
        alt = C.year_alt(what, _per_year(table), year, note)
        result.charts[name] = Chart(_chart(table, year), caption, alt)
    return result
