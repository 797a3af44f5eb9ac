"""Section 3: the ground table (discrimination x 228.x), its chart, the commentary's shares."""

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
from ..stats.populations import ANNEN, ETNISK
from . import common

TABLE = "grunnlag"  # the ground table and its chart


def grounds(cases: pd.DataFrame, *, year: int, district: str, **options) -> SectionResult:
    """The ground table (discrimination x 228.x), its chart and the shares of the commentary."""
    cases = common.start(cases, district, options)
    table = measures.ground_table(cases, year)
    total = P.received_count(cases, year)
    ground_codes = codes.grounds()
    disc_codes = codes.discrimination()

    header = [C.GROUND_FIRST_HEADER] + [codes.ground_heading(g.code) for g in ground_codes]
    rows: list[list[Cell]] = [
        [d.label, *(V.count(int(table.at[d.code, g.code])) for g in ground_codes)]
        for d in disc_codes
    ]
    sums = table.sum()
    rows.append([C.SUM_LABEL, *(V.count(int(sums[g.code])) for g in ground_codes)])

    vals: dict[str, Value] = {"grounds.total": V.count(int(sums.sum()))}
    for g in ground_codes:
        n = int(sums[g.code])
        vals[f"grounds.{g.key}.count"] = V.count(n)
        vals[f"grounds.{g.key}.share"] = V.share(common.share(n, total))
        vals[f"grounds.{g.key}.etnisk"] = V.count(int(table.at[ETNISK, g.code]))
        vals[f"grounds.{g.key}.annen"] = V.count(int(table.at[ANNEN, g.code]))
    by_key = {g.key: int(sums[g.code]) for g in ground_codes}
    both = by_key["adferd"] + by_key["saksbehandling"]
    vals["grounds.adferd_saksbehandling.count"] = V.count(both)
    vals["grounds.adferd_saksbehandling.share"] = V.share(common.share(both, total))

    missing = common.missing(cases, district, year)  # national: what the data covers
    caption = C.grounds_caption(district, year, missing)
    result = SectionResult("grounds", values=vals, populations=common.populations(cases, year))
    result.check("SUM-raden = mottatt", total, int(sums.sum()))
    for d in disc_codes[1:]:
        result.check(
            f"raden «{d.label}» = mottatt med {d.short or d.code}",
            P.received_count(cases, year, d.code),
            int(table.loc[d.code].sum()),
        )
    keys: dict[tuple[int, int], tuple[str, ...]] = {}
    for j, g in enumerate(ground_codes, start=1):
        for i, d in enumerate(disc_codes):
            if d.code in (ETNISK, ANNEN):
                keys[(i, j)] = (f"grounds.{g.key}.{d.code}",)
        keys[(len(disc_codes), j)] = (f"grounds.{g.key}.count",)
    # The rows' totals: K-etnisk and K-disk received are printed in the decision table, the
    # cases without discrimination nowhere (the decision table implies them only while its
    # K-etnisk and K-disk totals are shown); the grand total is the received total.
    layout = U.Layout(
        total_row=len(disc_codes),
        external_row_totals=True,
        implied_rows=tuple(i for i, d in enumerate(disc_codes) if d.code not in (ETNISK, ANNEN)),
    )
    result.tables[TABLE] = Table(TABLE, caption, header, rows, layout=layout, cell_keys=keys)
    utgave = options.get("utgave")
    result = U.publish(result, utgave, district=district)
    published = result.tables[TABLE].rows  # as this edition prints them

    labels = [g.label for g in ground_codes]
    series = [(d.label, [U.shown(c) for c in published[i][1:]]) for i, d in enumerate(disc_codes)]
    totals = [U.shown(c) for c in published[-1][1:]]
    fig = figures.stacked_bars(labels, series, totals=totals, xlabel=C.COUNT_AXIS)
    by_ground = list(zip(labels, published[-1][1:], strict=True))
    disc = [
        (d.label.lower(), U.count(int(table.loc[d.code].sum()), utgave)) for d in disc_codes[1:]
    ]
    alt = C.grounds_alt(U.count(total, utgave), district, year, by_ground, disc, missing)
    result.charts[TABLE] = Chart(fig, caption, alt)
    return result
