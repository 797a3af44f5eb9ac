"""Helpers the sections share: the district's cases, shares, rounding, day values; and
`show_and_save`, a section notebook's last call."""

from __future__ import annotations

import pandas as pd

from .. import districts, fmt, settings
from ..errors import KlagerapportError
from ..publish import protection
from ..publish import values as V
from ..publish.result import SectionResult
from ..publish.values import Value
from ..stats import populations as P


def start(cases: pd.DataFrame, district: str, options: dict | None = None) -> pd.DataFrame:
    """The district's cases; for the public edition (`options["utgave"]`), the rounded cases
    every public number is computed from (publish/protection.py)."""
    cases = P.for_district(cases, district)
    options = options or {}
    if settings.utgave(options.get("utgave")) == settings.OFFENTLIG:
        cases = protection.public_cases(cases, deadline(options.get("deadline_days")))
    return cases


def deadline(option) -> int:
    """The answer deadline in days: the option if given, else settings.yml; a positive whole."""
    value = settings.answer_deadline_days() if option in (None, "") else option
    try:
        days = int(str(value).strip())
    except ValueError:
        days = 0
    if days <= 0:
        raise KlagerapportError(f"svarfristen må være et positivt antall dager, ikke «{value}»")
    return days


def share(part: int | None, whole: int | None) -> float | None:
    if part is None or not whole:
        return None
    return part / whole


def rounded(x: float | None, digits: int) -> float | None:
    return None if x is None else float(fmt.round_half_up(x, digits))


def days_value(x: float | None) -> Value:
    """Days: one decimal, raw rounded half-up like the text ('16,7'); a whole median reads '14'."""
    if x is None:
        return V.MISSING
    if float(x).is_integer():
        return Value(float(x), fmt.integer(int(x)))
    return V.decimal(rounded(x, 1))


def populations(cases: pd.DataFrame, year: int) -> dict[str, int]:
    """The populations a section counts, as the executed notebook shows them."""
    received = P.received_count(cases, year)
    return {
        f"mottatt i {year}": received,
        f"mottatt i {year} og avsluttet": received - P.open_count(cases, year),
        f"mottatt i {year}, fortsatt under behandling": P.open_count(cases, year),
        f"avsluttet i {year}": P.decided_count(cases, year),
    }


def missing(cases: pd.DataFrame, district: str, year: int) -> list:
    """The police districts a national report's data lacks in `year` (none for a district):
    what its title and its captions say it covers."""
    return P.missing_districts(cases, year) if districts.is_national(district) else []


def show_and_save(result: SectionResult, out_dir: str = "") -> None:
    """A section notebook's last call (its audit trail): the populations and reconciliations
    first (a failed reconciliation raises right under them, so the notebook stops there, before
    any table, and nothing is saved), then the tables, charts and values, then writes them to
    `out_dir` (the build: "."; empty: a temporary folder). Aggregates only."""
    result.show()
    result.save(out_dir)
