"""Section 3: the ground table (discrimination x 228.x), its chart, the commentary's shares."""

from __future__ import annotations

import pandas as pd

from ..ingest import codes
from ..publish import figures, fmt, text
from ..publish import values as V
from ..publish.result import SectionResult
from ..publish.tables import Cell, Chart, Table
from ..publish.values import Value
from ..stats import measures
from ..stats import populations as P
from ..stats.populations import ANNEN, ETNISK
from . import common

GROUND_FIRST_HEADER = "Antall saker"


SUM_LABEL = "SUM"


def grounds(cases: pd.DataFrame, *, year: int, district: str, **options) -> SectionResult:
    """The ground table (discrimination x 228.x), its chart and the shares of the commentary."""
    cases = common.start(cases, district)
    table = measures.ground_table(cases, year)
    total = P.received_count(cases, year)
    ground_codes = codes.grounds()
    disc_codes = codes.discrimination()

    header = [GROUND_FIRST_HEADER] + [codes.ground_heading(g.code) for g in ground_codes]
    rows: list[list[Cell]] = [
        [d.label, *(V.count(int(table.at[d.code, g.code])) for g in ground_codes)]
        for d in disc_codes
    ]
    sums = table.sum()
    rows.append([SUM_LABEL, *(V.count(int(sums[g.code])) for g in ground_codes)])

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

    caption = f"Mottatte klagesaker {district} {year} etter grunnlag"
    result = SectionResult("grounds", values=vals)
    result.tables["grunnlag"] = Table("grunnlag", caption, header, rows)

    labels = [g.label for g in ground_codes]
    series = [(d.label, [int(table.at[d.code, g.code]) for g in ground_codes]) for d in disc_codes]
    fig = figures.stacked_bars(
        labels, series, title=f"Mottatte klagesaker {year} etter grunnlag", xlabel=common.COUNT_AXIS
    )
    ranked = sorted(zip(labels, sums.tolist(), strict=True), key=lambda p: -p[1])
    disc = [(d.label.lower(), int(table.loc[d.code].sum())) for d in disc_codes[1:]]
    alt = (
        f"Liggende stolpediagram over {fmt.integer(total)} mottatte klagesaker i "
        f"{text.district_name(district)} {year} etter grunnlag, delt etter diskriminering: "
        f"{text.listing(ranked)}. Av disse {text.listing(disc)}."
    )
    result.charts["grunnlag"] = Chart(fig, caption, alt)
    return result
