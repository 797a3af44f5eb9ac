"""Section 5: complaints decided per year and K-etnisk decided per year."""

from __future__ import annotations

import pandas as pd

from ..ingest import codes
from ..publish import captions as C
from ..publish import figures
from ..publish import values as V
from ..publish.result import SectionResult
from ..publish.tables import Cell, Chart, Table
from ..publish.values import Value
from ..stats import measures
from ..stats import populations as P
from ..stats.populations import ETNISK
from . import common


def _per_year(series: pd.Series) -> list[tuple[int, Value]]:
    """A per-year series as published values, oldest first."""
    return [(int(y), V.count(int(n))) for y, n in series.items()]


def _year_table(name: str, caption: str, label: str, series: pd.Series) -> Table:
    rows: list[list[Cell]] = [
        [V.year(int(y)), V.count(int(n))] for y, n in sorted(series.items(), reverse=True)
    ]
    return Table(name, caption, [C.YEAR_HEADER, label], rows)


def development(cases: pd.DataFrame, *, year: int, district: str, **options) -> SectionResult:
    """Complaints decided per year (all years up to the report year) and K-etnisk per year."""
    cases = common.start(cases, district)
    series = P.decided_per_year(cases, year)
    etnisk = P.decided_per_year(cases, year, ETNISK)
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
    cap = C.development_caption(district)
    cap_et = C.development_etnisk_caption(district, short)
    result.tables["utvikling"] = _year_table("utvikling", cap, C.DECIDED_HEADER, series)
    result.tables["etnisk-utvikling"] = _year_table("etnisk-utvikling", cap_et, short, etnisk)

    fig = figures.year_bars(
        series.index.tolist(),
        series.tolist(),
        highlight=year,
        title=C.development_chart_title(),
        ylabel=C.COUNT_AXIS,
    )
    result.charts["utvikling"] = Chart(
        fig,
        cap,
        C.year_alt(C.development_what(district), _per_year(series), year),
    )
    fig = figures.year_bars(
        etnisk.index.tolist(),
        etnisk.tolist(),
        highlight=year,
        title=C.development_etnisk_chart_title(short),
        ylabel=C.COUNT_AXIS,
    )
    result.charts["etnisk-utvikling"] = Chart(
        fig, cap_et, C.year_alt(C.development_etnisk_what(short), _per_year(etnisk), year)
    )
    return result
