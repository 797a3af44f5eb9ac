"""«Det kom ikke inn klager om annen diskriminering»: a negation and, at most two words later,
the bare noun «klager» (no «noen», no article) says the count of the category its clause names
is 0 (level.py reads it as «ingen klager gjaldt …»). Without a category the clause is about no
value and nothing is read (quantifier.py and level.py read «ingen» and «ikke … noen»)."""

from __future__ import annotations

from ..lexicon import Hit
from ..sentences import Sentence

NEGATIONS = ("ikke", "aldri")
REACH = 2  # words between the negation and the noun: «kom ikke inn klager»


def bare_none(s: Sentence, hit: Hit) -> bool:
    """Is `hit` the bare noun «klager» right after «ikke» (within REACH words, no other hit)?"""
    if hit.kind != "begrep" or hit.value != "klager" or hit.text.casefold() != "klager":
        return False
    for neg in s.hits:
        if neg.kind != "negasjon" or neg.text.casefold() not in NEGATIONS or neg.end > hit.start:
            continue
        between = s.masked[neg.end : hit.start].split()
        others = [h for h in s.hits if neg.end <= h.start and h.end <= hit.start]
        if len(between) <= REACH and not others:
            return True
    return False
