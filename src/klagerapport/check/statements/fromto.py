"""«fra X til Y»: the two values (or two years) of a change, the earlier side of a typed pair,
and the verdict when the two sides cannot be compared."""

from __future__ import annotations

import re

from ..lexicon import Hit
from ..sentences import Sentence
from .changesize import hedges
from .outcome import FALSE, Outcome
from .parts import Parts

_FRA = re.compile(r"(?<!\w)fra(?!\w)", re.IGNORECASE)
_TIL = re.compile(r"(?<!\w)til(?!\w)", re.IGNORECASE)


class FromTo(Parts):
    """Reads «fra X til Y» in a sentence."""

    def from_side(self, s: Sentence, start: int, end: int) -> bool:
        """Does the text at [start, end) stand right after «fra» (a hedge may stand between:
        «fra knappe 15») with a «til» later («fra 174 til 211»)? It is then the earlier of two
        values."""
        before = [w.casefold() for w in s.masked[:start].split()]
        for hedge in hedges():
            if len(before) > len(hedge) and tuple(before[-len(hedge) :]) == hedge:
                before = before[: -len(hedge)]
                break
        return bool(before) and before[-1] == "fra" and bool(_TIL.search(s.masked, end))

    def _from_to(self, s: Sentence, vals, years):
        """(from, to) of «fra X til Y»: two values, or two years (then the values are bound by
        the sentence's words at those years)."""
        for m in _FRA.finditer(s.masked):
            til = _TIL.search(s.masked, m.end())
            if til is None:
                continue
            a = [v for v in vals if m.end() <= v.start < til.start()]
            b = [v for v in vals if til.end() <= v.start]
            # only white space between «fra» and the value (a line may break after «fra»)
            if a and b and not s.masked[m.end() : a[0].start].strip():
                return ("values", a[0], b[0])
            ya = [back for p, back in years if m.end() <= p < til.start()]
            yb = [back for p, back in years if til.end() <= p <= til.end() + 3]
            if ya and yb:
                return ("years", ya[0], yb[0])
        return None


def mismatch(hit: Hit, reason: str, about: str) -> Outcome:
    """A direction whose «fra» and «til» sides cannot be compared (not the same measure, or the
    «fra» side not the earlier year): false, saying why."""
    return Outcome(
        hit.start, hit.end, "retning", FALSE, hit.text, f"{reason}: {about}", about=about
    )
