"""«Etter to år med nedgang gikk antall klager opp igjen»: a direction word right after «etter
N år med» is about the N years before the one the sentence is about, not this year's change:
each of those N changes (the count the sentence names, its yearly series) must go that way; a
year the build lacks leaves it open (a reviewer signs it off).

«sank fra omtrent halvparten til om lag 40 prosent»: a share word on the «fra» side of «fra …
til …» (hedges between) is last year's share; the share reader leaves it open (a sign-off)
rather than reading it against this year's."""

from __future__ import annotations

import re

from .. import numbers
from ..lexicon import Hit
from ..meaning import years_of
from ..sentences import Sentence
from .outcome import Outcome
from .parts import Parts

_ONE = frozenset({"ett", "et"})  # «etter ett år med nedgang» (numbers.NUMBER_WORDS starts at 2)
_AFTER_YEARS = re.compile(r"\better\s+(\w+)\s+år\s+med\s*$", re.IGNORECASE)


def about_earlier_years(s: Sentence, hit: Hit) -> int | None:
    """The N of «etter N år med» right before the direction word `hit` (None: not there)."""
    if hit.kind not in ("retning", "vurdering"):
        return None
    m = _AFTER_YEARS.search(s.masked[: hit.start])
    if not m:
        return None
    word = m[1].casefold()
    if word.isdigit():
        return int(word)
    if word in _ONE:
        return 1
    n = numbers.NUMBER_WORDS.get(word)
    return int(n) if n else None


class Earlier(Parts):
    """Reads «etter N år med …» against the yearly series of the value the sentence names."""

    def _earlier_run(self, s: Sentence, hit: Hit, years, n: int) -> Outcome:
        """Each of the N changes before the sentence's year goes the word's way («opp»/«ned»)."""
        ref = self._bind(s, 0, len(s.masked), hit.start, years, share=False)
        if ref is None or hit.value not in ("opp", "ned"):
            return self._open(hit, hit.kind, "årene før året")
        series = years_of(ref.series, self.values, self.lex)
        steps = [(series.get(ref.back + k + 1), series.get(ref.back + k)) for k in range(1, n + 1)]
        if any(a is None or b is None for a, b in steps):
            return self._open(hit, hit.kind, "årene før året")
        up = hit.value == "opp"
        holds = all((b.raw > a.raw) if up else (b.raw < a.raw) for a, b in steps)
        shown = ", ".join(f"{b.label} = {b.text}" for _, b in reversed(steps))
        first = steps[-1][0]
        return self._verdict(
            hit, hit.kind, holds, f"{first.label} = {first.text}, {shown}", ref.label
        )


_TIL = re.compile(r"\btil\b", re.IGNORECASE)


def on_from_side(s: Sentence, hit: Hit) -> bool:
    """«fra [omtrent] halvparten til …»: only hedges between «fra» and the word, «til» after."""
    head = s.masked[: hit.start]
    for h in s.hits:
        if h.kind == "omtrent" and h.end <= hit.start:
            head = head[: h.start] + " " * (h.end - h.start) + head[h.end :]
    words = head.split()
    return bool(words) and words[-1].casefold() == "fra" and bool(_TIL.search(s.masked, hit.end))
