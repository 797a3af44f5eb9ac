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
        compared = named[0] if named else ref.back + 1
        other = in_series(ref.series, compared, self.values, self.lex)
        if other is None or not other.raw:
            return self._open(hit, "retning", "verdien det sammenlignes med")
        factor = float(hit.value)
        # within `toleranse.faktor` of the factor, as «doblet» (direction.py) reads it
        holds = within(ref.raw / other.raw, factor, self.tol["faktor"] * factor)
        detail = f"{other.label} = {other.text}, {ref.label} = {ref.text}"
        return self._verdict(hit, "retning", holds != self._negated(s, hit), detail, ref.label)
