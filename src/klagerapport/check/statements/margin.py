"""«klart vanligste», «den tydelig høyeste», «langt flest»: a rank by a clear margin.

A word of `rang_klart` (data/reference/leksikon.yml) right before a rank word, or before the
article in front of it («klart den vanligste»), says more than the rank: the first is not about
equal to the next. It holds when the rank holds and no other value is within the «omtrent»
tolerance of it (`toleranse.omtrent_relativ`, `omtrent_andel` for shares: Parts._near); a tie,
or a runner-up at the tolerance's edge, makes it false. The statement's words then begin at the
margin word, so the net (net.py) sees it read.
"""

from __future__ import annotations

from functools import cache

from ..lexicon import Hit, data
from ..sentences import Sentence

ARTICLES = ("den", "det", "de")


@cache
def _words() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in data()["rang_klart"])


def margin_start(s: Sentence, hit: Hit) -> int | None:
    """Where the margin word before a rank word starts, or None when there is none."""
    end = hit.start
    for _ in range(2):
        before = s.masked[:end].rstrip()
        word = before.split()[-1] if before.split() else ""
        start = len(before) - len(word)
        if word.casefold() in _words():
            return start
        if word.casefold() not in ARTICLES:
            return None
        end = start
    return None


def widened(s: Sentence, hit: Hit, start: int) -> Hit:
    """The rank word's hit, its words begun at the margin word."""
    return Hit(start, hit.end, s.text[start : hit.end], hit.kind, hit.value, hit.group)
