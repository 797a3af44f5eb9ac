"""The form's measures: the decision, ground and unit tables, handling days, change, extremes.

Pure functions: frames in, frames and numbers out; nothing here formats text or draws.
"""

from __future__ import annotations

import pandas as pd

from .. import codes
from .populations import ANNEN, ETNISK, OPEN, is_code, received_in


def decision_table(cases: pd.DataFrame, year: int) -> pd.DataFrame:
    """Cases received in `year` by decision (rows: codes in form order, plus OPEN if any) and
    discrimination (columns total, etnisk, annen)."""
    frame = received_in(cases, year)
    open_mask = frame["avsluttet"].isna()
    decided = frame[~open_mask]
    rows = [c.code for c in codes.decisions()]
    out = pd.DataFrame(
        {
            "total": decided["avgjorelse"].value_counts(),
            ETNISK: decided.loc[
                is_code(decided["diskriminering"], ETNISK), "avgjorelse"
            ].value_counts(),
            ANNEN: decided.loc[
                is_code(decided["diskriminering"], ANNEN), "avgjorelse"
            ].value_counts(),
        }
    )
    # a decision with cases of one discrimination only is NaN in the others: fillna covers both
    out = out.reindex(pd.Index(rows, name="avgjorelse")).fillna(0).astype("int64")
    n_open = int(open_mask.sum())
    if n_open:
        still = frame[open_mask]
        out.loc[OPEN] = [
            n_open,
            int(is_code(still["diskriminering"], ETNISK).sum()),
            int(is_code(still["diskriminering"], ANNEN).sum()),
        ]
    return out


def ground_table(cases: pd.DataFrame, year: int) -> pd.DataFrame:
    """Cases received in `year`: rows discrimination codes, columns ground codes (form order)."""
    frame = received_in(cases, year)
    rows = pd.Index([c.code for c in codes.discrimination()], name="diskriminering")
    cols = pd.Index([c.code for c in codes.grounds()], name="grunnlag")
    table = frame.groupby(["diskriminering", "grunnlag"]).size().unstack(fill_value=0)
    return table.reindex(index=rows, columns=cols, fill_value=0).astype("int64")


def handling_days(cases: pd.DataFrame, year: int) -> pd.Series:
    """Calendar days from received to answered, for cases received in `year` and decided."""
    frame = received_in(cases, year)
    frame = frame[frame["avsluttet"].notna()]
    return (frame["avsluttet"] - frame["mottatt"]).dt.days.astype("int64").reset_index(drop=True)


def handling_summary(days: pd.Series, deadline: int) -> dict:
    """mean, median, within (share answered within `deadline` days) and n; None without cases."""
    n = len(days)
    if n == 0:
        return {"mean": None, "median": None, "within": None, "n": 0}
    return {
        "mean": float(days.mean()),
        "median": float(days.median()),
        "within": float((days <= deadline).sum() / n),
        "n": n,
    }


def unit_table(cases: pd.DataFrame, years: list[int], missing_label: str) -> pd.DataFrame:
    """Cases received per unit (rows) and year (columns), units with no case in those years left
    out; sorted by the last year's count (descending), then by name. Empty unit -> missing_label."""
    frame = cases[cases["mottatt"].dt.year.isin(years)]
    units = frame["enhet"].astype("string").str.strip()
    units = units.replace("", missing_label).fillna(missing_label)
    table = pd.crosstab(units.to_numpy(), frame["mottatt"].dt.year.to_numpy())
    table = table.reindex(columns=years, fill_value=0).astype("int64")
    table.index = pd.Index([str(u) for u in table.index], name="enhet")
    table.columns = pd.Index(years, name="year")
    if table.empty:
        return table
    last = years[-1]
    order = sorted(table.index, key=lambda u: (-int(table.at[u, last]), u))
    return table.loc[order]


def change(current: int | float | None, previous: int | float | None) -> float | None:
    """Relative change current/previous - 1; None without a (non-zero) previous value."""
    if current is None or previous is None or previous == 0:
        return None
    return current / previous - 1


def max_year(series: pd.Series) -> int | None:
    """The first year holding the series' maximum; None for an empty series."""
    if series.empty:
        return None
    return int(series.idxmax())
