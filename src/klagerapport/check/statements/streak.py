"""Streaks: «klagene økte for tredje år på rad», «gikk ned for andre år i strekk»: that many
changes in a row, each the way the clause's direction word says."""

from __future__ import annotations

from ..lexicon import Hit
from ..meaning import years_of
from ..sentences import Sentence
from .outcome import Outcome
from .parts import Parts


class Streak(Parts):
    """Reads «for N. år på rad» against the yearly series of the value its clause names."""

    def _denied_streak(self, s: Sentence, hit: Hit) -> bool:
        """Whether the direction word `hit` is followed in its clause by a negation, then «for N.
        år på rad»: «økte ikke for tredje år på rad» denies the streak (which reads it), not
        this year's change, so the word is not read on its own."""
        _, b = s.clause_of(hit.start)
        streaks = [h for h in s.hits if h.kind == "på_rad" and hit.end <= h.start < b]
        return bool(streaks) and any(
            h.kind == "negasjon" and hit.end <= h.start < streaks[0].start for h in s.hits
        )

    def _streak(self, s: Sentence, years, hit: Hit) -> Outcome:
        a, b = s.clause_of(hit.start)
        ways = [
            h for h in s.hits
            if a <= h.start < b and h.kind == "retning" and h.value in ("opp", "ned")
        ]  # fmt: skip
        if not ways:  # «også i år den vanligste»: what it says of the year before
            return self._open(hit, "retning", "retningen eller året før")
        way = ways[0]
        neg = self._negated(s, way) or self._negated(s, hit)
        # the value the direction word is about (one with last year's value too); where its
        # series is short the streak is open, never read off another population's series
        ref = self._scoped(s, way, years, before=1)
        if ref is None:
            return self._open(hit, "retning")
        series = years_of(ref.series, self.values, self.lex)
        changes, known = [], []
        for k in range(int(hit.value)):
            after, before = series.get(ref.back + k), series.get(ref.back + k + 1)
            if after is None or before is None:
                changes.append(None)
                continue
            up = after.raw > before.raw if way.value == "opp" else after.raw < before.raw
            changes.append(up)
            known.append(f"{before.label} = {before.text}, {after.label} = {after.text}")
        detail = "; ".join(known) or f"{ref.label} = {ref.text}"
        if False in changes:
            return self._verdict(hit, "retning", neg, detail, ref.label)
        if None in changes:  # the build lacks a year: nothing contradicts, nothing shows it
            return self._open(hit, "retning", "verdiene for årene før i fjor")
        return self._verdict(hit, "retning", not neg, detail, ref.label)
