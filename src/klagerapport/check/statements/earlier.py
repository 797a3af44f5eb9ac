"""«Etter to år med nedgang gikk antall klager opp igjen»: a direction word right after «etter
N år med» is about the N years before the one the sentence is about, not this year's change.
No rule reads such a run of years yet, so the word is left open (a reviewer signs it off):
never an error on this year's change, never silence.

«sank fra omtrent halvparten til om lag 40 prosent»: a share word on the «fra» side of «fra …
til …» (hedges between) is last year's share; the share reader leaves it open (a sign-off)
rather than reading it against this year's."""

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


_TIL = re.compile(r"\btil\b", re.IGNORECASE)


def on_from_side(s: Sentence, hit: Hit) -> bool:
    """«fra [omtrent] halvparten til …»: only hedges between «fra» and the word, «til» after."""
    head = s.masked[: hit.start]
    for h in s.hits:
        if h.kind == "omtrent" and h.end <= hit.start:
            head = head[: h.start] + " " * (h.end - h.start) + head[h.end :]
    words = head.split()
    return bool(words) and words[-1].casefold() == "fra" and bool(_TIL.search(s.masked, hit.end))
