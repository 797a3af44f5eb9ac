"""The populations the form counts: a district's cases, received in a year, decided in a year.

Received in year Y = `mottatt.year == Y`; decided in Y = `avsluttet.year == Y`. Pure functions:
frames in, frames and numbers out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from .. import districts, paths, settings
from ..errors import KlagerapportError
from ..ingest import contract

ETNISK = "etnisk"
ANNEN = "annen"
OPEN = "open"  # row key of the decision table for cases not yet decided


def check(cases: pd.DataFrame) -> None:
    """The frame has the canonical columns; else a clear error."""
    missing = [c for c in contract.canonical_columns() if c not in cases.columns]
    if missing:
        raise KlagerapportError(f"saksdata mangler kolonnene: {', '.join(missing)}")


def for_district(cases: pd.DataFrame, district: str) -> pd.DataFrame:
    """The cases of `district` (compared case- and æøå-insensitively, as validation does).

    The processed store may hold several districts; the statistics are for one. A frame with
    cases but none of the district is an error, never an empty report.
    """
    check(cases)
    mine = districts.same_district(cases["distrikt"], district)
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
    return int(settings.rules()["first_year"])


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


@dataclass(frozen=True)
class Coverage:
    """Which years a report's yearly series and "last year" comparisons may use.

    A district's report: every year from the data's first (`first_year`). The national report:
    only the years every district in the data covers (has cases received in), contiguous up to
    the report year; `lacking` counts, for each year left out, the districts without data.
    """

    first: int | None  # first year of the series (None: not even the report year)
    districts: int = 1  # districts in the data
    lacking: dict[int, int] = field(default_factory=dict)  # year left out -> districts lacking

    def covers(self, year: int) -> bool:
        return self.first is not None and self.first <= year


def coverage(cases: pd.DataFrame, district: str, up_to: int) -> Coverage:
    """The years the report of `district` (`cases`: its cases) may show, up to `up_to`."""
    first = first_year(cases)
    if not districts.is_national(district) or first is None or first > up_to:
        return Coverage(first)
    pairs = pd.DataFrame({"d": cases["distrikt"], "y": cases["mottatt"].dt.year})
    pairs = pairs.dropna().drop_duplicates()
    pairs["d"] = pairs["d"].map(lambda name: paths.slug(str(name)))  # 'oslo' is 'Oslo'
    pairs = pairs.drop_duplicates()
    n = int(pairs["d"].nunique())
    years = pd.Index(range(first, up_to + 1))
    present = pairs.groupby("y")["d"].nunique().reindex(years, fill_value=0)
    lacking = {int(y): n - int(k) for y, k in present.items()}
    start = up_to + 1
    while start - 1 >= first and lacking[start - 1] == 0:
        start -= 1
    left_out = {y: k for y, k in lacking.items() if y < start}
    return Coverage(start if start <= up_to else None, n, left_out)


def missing_districts(cases: pd.DataFrame, year: int) -> list[districts.District]:
    """The police districts with no case received in `year`: what a national report over these
    cases lacks (a district present in the data has complaints every year)."""
    return districts.missing_police_districts(received_in(cases, year)["distrikt"].unique())


def is_code(values: pd.Series, code: str) -> pd.Series:
    """Rows whose code is `code`; missing values (<NA>) are not."""
    return values.eq(code).fillna(False).astype(bool)


def decided_per_year(
    cases: pd.DataFrame,
    up_to: int,
    discrimination: str | None = None,
    *,
    covered: Coverage | None = None,
) -> pd.Series:
    """Cases decided per year, from the data's first year (`first_year`; `covered.first` if
    given) up to `up_to`, zeros included."""
    first = first_year(cases) if covered is None else covered.first
    if first is None or first > up_to:
        return pd.Series(index=pd.Index([], dtype="int64", name="year"), dtype="int64")
    if discrimination is not None:
        cases = cases[is_code(cases["diskriminering"], discrimination)]
    years = cases["avsluttet"].dt.year.dropna().astype("int64")
    index = pd.Index(range(first, up_to + 1), name="year")
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
