"""Section 7: K-etnisk and K-disk received and decided; K-etnisk decided in 8 years before."""

from __future__ import annotations

import pandas as pd

from .. import codes
from ..publish import captions as C
from ..publish import utgave as U
from ..publish import values as V
from ..publish.result import SectionResult
from ..publish.tables import Cell, Table
from ..publish.values import Value
from ..stats import measures
from ..stats import populations as P
from ..stats.populations import ANNEN, ETNISK
from . import common

TABLE = "diskriminering"  # the discrimination table (the workbook only)

ETNISK_YEARS_BACK = 8  # discrimination.etnisk.decided_minus1 … minus8


def discrimination(cases: pd.DataFrame, *, year: int, district: str, **options) -> SectionResult:
    """K-etnisk and K-disk received and decided; K-etnisk decided in each of 8 years before."""
    cases = common.start(cases, district, options)
    covered = P.coverage(cases, district, year)  # national: only years every district covers
    series = P.decided_per_year(cases, year, ETNISK, covered=covered)
    short = {d.code: d.short for d in codes.discrimination()}
    vals: dict[str, Value] = {}
    rows: list[list[Cell]] = []
    keys: dict[tuple[int, int], tuple[str, ...]] = {}
    for code in (ETNISK, ANNEN):
        rec = P.received_count(cases, year, code)
        dec = P.decided_count(cases, year, code)
        vals[f"discrimination.{code}.received"] = V.count(rec)
        vals[f"discrimination.{code}.decided"] = V.count(dec)
        keys[(len(rows), 1)] = (f"discrimination.{code}.received",)
        keys[(len(rows), 2)] = (f"discrimination.{code}.decided",)
        rows.append([short[code], V.count(rec), V.count(dec)])
    for k in range(1, ETNISK_YEARS_BACK + 1):
        y = year - k
        n = int(series.loc[y]) if y in series.index else None
        vals[f"discrimination.etnisk.decided_minus{k}"] = V.count(n)
    top = measures.max_year(series)
    vals["discrimination.etnisk.decided_max_year"] = V.year(top)
    vals["discrimination.etnisk.decided_max"] = V.count(
        None if top is None else int(series.loc[top])
    )

    caption = C.discrimination_caption(district, year, common.missing(cases, district, year))
    header = C.discrimination_header(year)
    result = SectionResult(
        "discrimination", values=vals, populations=common.populations(cases, year)
    )
    if (year - 1) in series.index:
        result.check(
            f"{short[ETNISK]} avsluttet i {year - 1} = serien",
            P.decided_count(cases, year - 1, ETNISK),
            vals["discrimination.etnisk.decided_minus1"].raw,
        )
    result.tables[TABLE] = Table(TABLE, caption, header, rows, cell_keys=keys)
    return U.publish(result, options.get("utgave"), district=district)
