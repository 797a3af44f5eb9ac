"""Section 2: the decision table over cases received in the year, shares, last year's counts."""

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

TABLE = "avgjorelse"  # the decision table (and its file tables/avgjorelse.*)


def decisions(cases: pd.DataFrame, *, year: int, district: str, **options) -> SectionResult:
    """The decision table over cases received in the year, shares and last year's counts."""
    cases = common.start(cases, district, options)
    table = measures.decision_table(cases, year)
    total = P.received_count(cases, year)
    has_prev = P.coverage(cases, district, year).covers(year - 1)  # national: every district
    prev = measures.decision_table(cases, year - 1) if has_prev else None
    prev_total = P.received_count(cases, year - 1) if has_prev else None

    vals: dict[str, Value] = {}
    rows: list[list[Cell]] = []
    keys: dict[tuple[int, int], tuple[str, ...]] = {}
    for code in codes.decisions():
        n, et, an = (int(x) for x in table.loc[code.code, ["total", ETNISK, ANNEN]])
        n_prev = int(prev.loc[code.code, "total"]) if prev is not None else None
        key = f"decisions.{code.key}"
        vals[f"{key}.count"] = V.count(n)
        vals[f"{key}.share"] = V.share(common.share(n, total))
        vals[f"{key}.etnisk"] = V.count(et)
        vals[f"{key}.annen"] = V.count(an)
        vals[f"{key}.minus1"] = V.count(n_prev)
        vals[f"{key}.minus1_share"] = V.share(common.share(n_prev, prev_total))
        for col, suffix in ((1, "count"), (2, "etnisk"), (3, "annen")):
            keys[(len(rows), col)] = (f"{key}.{suffix}",)
        rows.append([code.label, V.count(n), V.count(et), V.count(an)])
    n_open = int(table.loc[P.OPEN, "total"]) if P.OPEN in table.index else 0
    if n_open:
        rows.append([codes.open_label(), *(V.count(int(x)) for x in table.loc[P.OPEN])])
    sums = table.sum()
    last = len(rows)
    for col, key in ((1, "total"), (2, "etnisk"), (3, "annen")):
        keys[(last, col)] = (f"decisions.{key}",)
    rows.append([C.TOTAL_LABEL, *(V.count(int(sums[c])) for c in ("total", ETNISK, ANNEN))])
    vals["decisions.total"] = V.count(int(sums["total"]))
    vals["decisions.etnisk"] = V.count(int(sums[ETNISK]))
    vals["decisions.annen"] = V.count(int(sums[ANNEN]))
    vals["decisions.open"] = V.count(n_open)
    vals["decisions.minus1_total"] = V.count(prev_total)

    caption = C.decisions_caption(district, year, common.missing(cases, district, year))
    result = SectionResult("decisions", values=vals, populations=common.populations(cases, year))
    result.check("tabellens total = mottatt", total, int(sums["total"]))
    result.check(
        "avgjørelser + under behandling = total",
        int(sums["total"]),
        sum(int(table.loc[c.code, "total"]) for c in codes.decisions()) + n_open,
    )
    result.check(
        "etnisk diskriminering i tabellen = mottatt med etnisk",
        P.received_count(cases, year, ETNISK),
        int(sums[ETNISK]),
    )
    # The totals row is published again (received total, K-etnisk and K-disk received) and the
    # column of cases without discrimination is implied (total minus the two others).
    layout = U.Layout(
        columns=(1, 2, 3),
        total_column=1,
        implied=True,
        total_row=last,
        fixed=((last, 1), (last, 2), (last, 3)),
    )
    result.tables[TABLE] = Table(
        TABLE, caption, list(C.DECISION_HEADER), rows, layout=layout, cell_keys=keys
    )
    return U.publish(result, options.get("utgave"), district=district)
