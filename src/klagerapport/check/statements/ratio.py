"""Ratios: «vi fikk dobbelt så mange klager som i fjor», «halvparten så mange som i 2019»: the
value against the compared year's times the factor (leksikon.yml `forhold`)."""

from __future__ import annotations

from ..lexicon import Hit, within
from ..meaning import in_series
from ..sentences import Sentence
from .outcome import Outcome
from .parts import Parts


class Ratio(Parts):
    """Reads «N ganger så mange … som …» against the same value in the compared year."""

    def _ratio(self, s: Sentence, years, hit: Hit) -> Outcome:
        _, b = s.clause_of(hit.start)
        # «… som i 2017»: a year after the words in their clause is the one compared with,
        # never the value's own (year_at skips only a year right after «som»: «som 2017»)
        ref = self._scoped(s, hit, [(p, back) for p, back in years if not hit.end <= p < b])
        if ref is None:
            return self._open(hit, "retning")
        named = [back for p, back in years if hit.end <= p < b and back != ref.back]
        pair = None if named else self._categories_compared(s, hit, b)
        if pair is not None:  # «tre ganger så mange uheldig-saker som kritikk-saker»
            ref, other = (self.of_category(ref, pair, code) for code in pair)
            if ref is None or other is None or not other.raw:
                return self._open(hit, "retning", "verdiene som sammenlignes")
            return self._times(s, hit, ref, other)
        compared = named[0] if named else ref.back + 1
        other = in_series(ref.series, compared, self.values, self.lex)
        if other is None or not other.raw:
            return self._open(hit, "retning", "verdien det sammenlignes med")
        return self._times(s, hit, ref, other)

    def _times(self, s: Sentence, hit: Hit, ref, other) -> Outcome:
        """`ref` against `other` times the factor, within `toleranse.faktor` of the factor, as
        «doblet» (direction.py) reads it."""
        factor = float(hit.value)
        holds = within(ref.raw / other.raw, factor, self.tol["faktor"] * factor)
        detail = f"{other.label} = {other.text}, {ref.label} = {ref.text}"
        return self._verdict(hit, "retning", holds != self._negated(s, hit), detail, ref.label)

    def _categories_compared(self, s: Sentence, hit: Hit, b: int) -> tuple[str, str] | None:
        """(the category before «som», the one after it) when the ratio's clause compares two
        categories of one group and names no year after it; None otherwise."""
        som = s.masked.find(" som ", hit.end, b)
        if som < 0:
            return None
        cats = [h for h in s.hits if h.kind == "kategori" and hit.end <= h.start < b]
        left = [h for h in cats if h.start < som]
        right = [h for h in cats if h.start > som]
        if len(left) != 1 or len(right) != 1 or left[0].group != right[0].group:
            return None
        return str(left[0].value), str(right[0].value)
