"""The years a rank word is about, as the sentence says them: «noensinne», «siden starten» (the
whole series), «siden 2018» or «siden {{< var year.minus3 >}}» (the years after it: «det
høyeste siden 2018» says nothing against 2018 itself), «på fem år» (the last N years).
claims.py checks the word against the series over that span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import numbers
from .build_values import BuildValues

# The years a rank word is about: the whole series, since a year, or the last N years.
_SPAN = re.compile(
    r"(?<![\w-])(?:(?P<all>noensinne|siden starten|i hele (?:perioden|serien)|siden målingene"
    r"\w*)|siden (?P<since>\d{4})|(?P<sincevar>siden)(?=\s)|på (?P<last>\d+|"
    + "|".join(numbers.NUMBER_WORDS)
    + r") år)(?![\w-])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Span:
    """The years a rank word covers: `since` None = the whole series; `last` = N years back."""

    text: str
    since: int | None = None
    last: int | None = None
    whole: bool = False


def span(masked: str, start: int, end: int, holders: list, values: BuildValues) -> Span | None:
    """The span the (masked) sentence masked[start:end] gives its rank words; «siden
    {{< var year.minus3 >}}» takes the year from the placeholder right after «siden»."""
    m = _SPAN.search(masked, start, end)
    if m is None:
        return None
    if m.group("all"):
        return Span(m.group(), whole=True)
    if m.group("last"):
        n = m.group("last").lower()
        return Span(m.group(), last=int(n) if n.isdigit() else numbers.NUMBER_WORDS[n])
    if m.group("since"):
        return Span(m.group(), since=int(m.group("since")))
    after = [p for p in holders if 0 < p.start - m.end() <= 2]
    year = values.raw(after[0].key) if after else None
    if isinstance(year, int):
        return Span(f"siden {year}", since=year)
    return None


def shown(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x).replace(".", ",")


def uncovered(when: Span, n: int, upto: dict[int, float], values: BuildValues) -> bool:
    """Do the years the build has for a series (years back in `upto`) fall short of the span?"""
    if when.whole:
        return True  # only a whole yearly series (`series:`) can show «noensinne»
    if when.last is not None:
        return max(upto) < n + when.last - 1
    if values.year is None:
        return True
    return values.year - max(upto) > when.since + 1


def period(years: dict[int, object], own: int) -> str:
    """«2016–2021» for the years a rank word was checked over (one year: «2021»)."""
    return f"{min(years)}–{own}" if len(years) > 1 else str(own)
