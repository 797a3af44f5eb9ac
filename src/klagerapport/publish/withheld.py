"""The dates the public edition withholds, computed from the true cases: each value of the
contract that is one case's date of a population (report/values.yml: `kind: date` with a
population, such as the last answer date; docs/suppression.md, "Dates").

The public edition prints none of them, so nothing else it prints may be one of them either:
page 1's date (the analysts' `dato.yml`, check/reportdate.py) is checked against these before
a public report is published (pipeline/run.py, after the attacker's gate). Nothing here is
written anywhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pandas as pd

from ..stats import populations as P
from . import contract

# Each withheld date's key, and its true value from a report's cases and year.
TRUE_VALUE: dict[str, Callable[[pd.DataFrame, int], dt.date | None]] = {
    "received.all_decided_by": P.all_decided_by,
}


def date_keys() -> set[str]:
    """The contract's keys the public edition withholds as one case's date."""
    return {spec.key for spec in contract.specs() if contract.dates_a_case(spec.key)}


def dates(cases: pd.DataFrame, *, district: str, year: int) -> dict[str, dt.date]:
    """The true value of every withheld date of `district`'s report for `year` (every case
    for the national scope), by key; a date the data does not have (a case still open) is
    left out. Every key of `date_keys()` must have a way to compute it here, else an error."""
    unknown = date_keys() - set(TRUE_VALUE)
    if unknown:
        raise KeyError(f"no true value for the withheld date(s) {', '.join(sorted(unknown))}")
    mine = P.for_district(cases, district)
    found = {key: compute(mine, year) for key, compute in TRUE_VALUE.items()}
    return {key: value for key, value in found.items() if value is not None}
