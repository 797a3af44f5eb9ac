"""A rank word about a named district in the national report: «Oslo hadde kortest
saksbehandlingstid» is checked against the district comparison (tables/sammenligning.csv), through
the values the build took from it: comparison.<measure>_max_district / _min_district name the
district(s) with the most or fewest cases received and the longest or shortest mean handling
time (ties listed together, «Oslo og Vest»).
"""

from __future__ import annotations

import re

from ..districts import is_national
from . import districts
from .build_values import BuildValues
from .claims import SAYS, ClaimWord, Verdict

# the measure a sentence ranks districts on -> the comparison keys' middle part
MEASURES = {
    "handling_mean": re.compile(r"saksbehandlingstid\w*|behandlingstid\w*", re.IGNORECASE),
    "received": re.compile(r"(?<!\w)(?:klager|klagene|klagesaker\w*|saker|mottok)(?!\w)", re.I),
}


def district_rank(
    word: ClaimWord, masked: str, start: int, end: int, values: BuildValues
) -> Verdict | None:
    """The verdict on a max/min word about a district the sentence names (the nearest before
    the word, else after it) on the measure named nearest the word, or None when this is not
    such a sentence or the build has no comparison values to check it against."""
    national = is_national(values.district or "")
    if word.category not in ("max", "min") or word.ordinal > 1 or not national:
        return None
    sentence = masked[start:end]
    at = word.start - start
    found = [
        (abs(m.start() - at), name) for name, rx in MEASURES.items() for m in rx.finditer(sentence)
    ]
    named = districts.named(sentence)
    if not found or not named:
        return None
    measure = min(found)[1]  # the measure nearest the word
    before = [m for m in named if m.end <= at]
    subject = before[-1] if before else named[0]
    key = f"comparison.{measure}_{word.category}_district"
    holders = values.get(key)
    amount = values.get(f"comparison.{measure}_{word.category}")
    if holders is None or holders.missing or not isinstance(holders.raw, str):
        return None
    winners = {m.district for m in districts.named(holders.raw)}
    if subject.district in winners:
        return Verdict(True, "", key)
    of = f" ({amount.text})" if amount is not None and not amount.missing else ""
    detail = f"{key} = {holders.text}{of}, ikke {subject.district}"
    truth = f"{SAYS[word.category]} hadde {holders.text}{of}"
    return Verdict(False, detail, key, truth)
