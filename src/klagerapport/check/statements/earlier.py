"""«Etter to år med nedgang gikk antall klager opp igjen»: a direction word right after «etter
N år med» is about the N years before the one the sentence is about, not this year's change.
No rule reads such a run of years yet, so the word is left open (a reviewer signs it off):
never an error on this year's change, never silence."""

from __future__ import annotations

import re

from .. import numbers
from ..lexicon import Hit
from ..sentences import Sentence

_AFTER_YEARS = re.compile(r"\better\s+(\w+)\s+år\s+med\s*$", re.IGNORECASE)


def about_earlier_years(s: Sentence, hit: Hit) -> bool:
    """Does «etter N år med» stand right before the direction word `hit`?"""
    if hit.kind not in ("retning", "vurdering"):
        return False
    m = _AFTER_YEARS.search(s.masked[: hit.start])
    return bool(m) and (m[1].isdigit() or m[1].casefold() in numbers.NUMBER_WORDS)
