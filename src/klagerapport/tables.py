"""Pure statistics over the canonical case frame: frames in, frames and numbers out.

Received in year Y = `mottatt.year == Y`; decided in Y = `avsluttet.year == Y`.
Nothing here formats text or draws; nothing here reads files except the code lists.
"""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd

from . import codes, load, paths
from .errors import KlagerapportError

ETNISK = "etnisk"
ANNEN = "annen"
OPEN = "open"  # row key of the decision table for cases not yet decided
NO_PREVIOUS = "ingen tidligere data"  # the comparison word when there is nothing to compare with


ORDINALS = (
    "",
    "",
    "nest",
    "tredje",
    "fjerde",
    "femte",
    "sjette",
    "sjuende",
    "åttende",
    "niende",
    "tiende",
    "ellevte",
    "tolvte",
    "trettende",
    "fjortende",
    "femtende",
    "sekstende",
    "syttende",
    "attende",
    "nittende",
    "tjuende",
)


def check(cases: pd.DataFrame) -> None:
    """The frame has the canonical columns; else a clear error."""
    missing = [c for c in load.canonical_columns() if c not in cases.columns]
    if missing:
        raise KlagerapportError(f"saksdata mangler kolonnene: {', '.join(missing)}")


def same_district(values: pd.Series, district: str) -> pd.Series:
    """Rows of `district`, compared case- and æøå-insensitively ('oslo' is 'Oslo')."""
    keys = {u: paths.slug(str(u)) for u in values.dropna().unique()}
    return values.map(keys).fillna("") == paths.slug(district)


def for_district(cases: pd.DataFrame, district: str) -> pd.DataFrame:
    """The cases of `district` (compared case- and æøå-insensitively, as validation does).

    The processed store may hold several districts; the statistics are for one. A frame with
    cases but none of the district is an error, never an empty report.
    """
    check(cases)
    mine = same_district(cases["distrikt"], district)
    if mine.all():
        return cases
    names = cases["distrikt"].dropna().unique()
    if not mine.any() and len(cases):
        raise KlagerapportError(
            f"ingen saker for distrikt «{district}» i saksdataene "
            f"(distrikter: {', '.join(sorted(map(str, names)))})"
        )
    return cases[mine]


def received_in(cases: pd.DataFrame, year: int) -> pd.DataFrame:
    return cases[cases["mottatt"].dt.year == year]


def decided_in(cases: pd.DataFrame, year: int) -> pd.DataFrame:
    return cases[cases["avsluttet"].dt.year == year]


def scheme_start() -> int:
    """First year of the statistics under the current complaint scheme (settings.yml)."""
    return int(codes.settings()["first_year"])


def _first(years: pd.Series) -> int | None:
    years = years.dropna()
    return max(int(years.min()), scheme_start()) if len(years) else None


def first_year(cases: pd.DataFrame) -> int | None:
    """The first year of received complaints the statistics use: the data's first year, but not
    before the scheme's start (a few cases received in December before it are no year)."""
    return _first(cases["mottatt"].dt.year)


def has_year(cases: pd.DataFrame, year: int) -> bool:
    """Whether `year` lies within the data's span (a year with zero cases still counts)."""
    first = first_year(cases)
    return first is not None and first <= year


def is_code(values: pd.Series, code: str) -> pd.Series:
    """Rows whose code is `code`; missing values (<NA>) are not."""
    return values.eq(code).fillna(False).astype(bool)


def decided_per_year(
    cases: pd.DataFrame, up_to: int, discrimination: str | None = None
) -> pd.Series:
    """Cases decided per year, from the data's first year (`first_year`) up to `up_to`, zeros
    included."""
    first = first_year(cases)
    if first is None or first > up_to:
        return pd.Series([], index=pd.Index([], dtype="int64", name="year"), dtype="int64")
    if discrimination is not None:
        cases = cases[is_code(cases["diskriminering"], discrimination)]
    years = cases["avsluttet"].dt.year.dropna().astype("int64")
    index = pd.Index(range(first, up_to + 1), dtype="int64", name="year")
    return years.value_counts().reindex(index, fill_value=0).astype("int64")


def received_count(cases: pd.DataFrame, year: int, discrimination: str | None = None) -> int:
    frame = received_in(cases, year)
    if discrimination is not None:
        frame = frame[is_code(frame["diskriminering"], discrimination)]
    return len(frame)


def decided_count(cases: pd.DataFrame, year: int, discrimination: str | None = None) -> int:
    frame = decided_in(cases, year)
    if discrimination is not None:
        frame = frame[is_code(frame["diskriminering"], discrimination)]
    return len(frame)


def open_count(cases: pd.DataFrame, year: int) -> int:
    """Cases received in `year` that have no date answered."""
    return int(received_in(cases, year)["avsluttet"].isna().sum())


def all_decided_by(cases: pd.DataFrame, year: int) -> dt.date | None:
    """The date the last case received in `year` was answered; None if any is open or none."""
    frame = received_in(cases, year)
    if frame.empty or frame["avsluttet"].isna().any():
        return None
    return frame["avsluttet"].max().date()


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
    out = out.reindex(pd.Index(rows, name="avgjorelse"), fill_value=0).fillna(0).astype("int64")
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
    counts = frame.groupby(["diskriminering", "grunnlag"]).size()
    table = counts.unstack(fill_value=0) if len(counts) else pd.DataFrame()
    return table.reindex(index=rows, columns=cols, fill_value=0).fillna(0).astype("int64")


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
    units = frame["enhet"].astype("string").str.strip().replace("", pd.NA).fillna(missing_label)
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


def change_word(current: float | None, previous: float | None) -> str:
    """'økning', 'nedgang' or 'uendret'; 'ingen tidligere data' without a previous value."""
    if (
        previous is None
        or current is None
        or (isinstance(previous, float) and math.isnan(previous))
    ):
        return NO_PREVIOUS
    if current > previous:
        return "økning"
    if current < previous:
        return "nedgang"
    return "uendret"


def rank_word(series: pd.Series, year: int) -> str:
    """Rank of `year` in a per-year series, as prose: 'høyeste', 'nest høyeste', …, 'laveste'.

    Ties share the better rank. A series of one year has no ranking: 'ingen tidligere data'.
    """
    if year not in series.index or len(series) < 2:
        return NO_PREVIOUS
    value = series.loc[year]
    rank = int((series > value).sum()) + 1
    if rank == 1:
        return "høyeste"
    if int((series < value).sum()) == 0:
        return "laveste"
    if rank < len(ORDINALS):
        return f"{ORDINALS[rank]} høyeste"
    return f"{rank}. høyeste"


def max_year(series: pd.Series) -> int | None:
    """The first year holding the series' maximum; None for an empty series."""
    if series.empty:
        return None
    return int(series.idxmax())
