"""Comparison and equality: «flere/færre/høyere/lavere … enn …» (the second side from the words
after «enn»: a year, a category, a placeholder; «to flere enn»: the difference itself) and
«omtrent like mange som …», «tilnærmet lik …», «X mot Y» with stated tolerances."""

from __future__ import annotations

import re

from .. import numbers
from ..lexicon import Hit
from ..meaning import Ref, Wanted, in_series
from ..sentences import Sentence
from .outcome import Outcome
from .parts import Parts

_COUNT_BEFORE = re.compile(r"(?<![\w,])(\w+)\s+$")
ONE = {"én": 1, "ett": 1, "èn": 1}


class Comparison(Parts):
    """Reads comparison and equality words: the two sides, then the verdict."""

    def _comparison_in(self, s: Sentence, hit: Hit) -> tuple[Hit, Hit] | None:
        """A direction phrase ending in a comparison word with «enn» after it in its clause
        («ble flere … enn …»): the comparison word and the «enn»."""
        last = hit.text.split()[-1].casefold()
        kind = self.lex.entries.get(last, ("",))[0]
        if kind not in ("mer", "mindre"):
            return None
        _, b = s.clause_of(hit.start)
        enn = [h for h in s.hits if h.kind == "enn" and hit.end <= h.start < b]
        if not enn:
            return None
        at = hit.end - len(last)
        return Hit(at, hit.end, s.masked[at : hit.end], kind), enn[0]

    def _other_side(self, s, years, left: Ref, a: int, b: int) -> Ref | None:
        """The value the words in [a, b) name, starting from `left`'s meaning."""
        own = self.meanings.by_key.get(left.key or "")
        w = self.wanted(s, a, b, None)
        inside = [back for p, back in years if a <= p < b]
        back = inside[0] if inside else None
        if own is None:
            if back is not None and back != left.back:
                return in_series(left.series, back, self.values, self.lex)
            return None
        if not w.anchored() and back is None:
            return None
        base = Wanted(set(own.concepts), {g: {c} for g, c in own.categories}, own.back)
        for group in self.lex.excludes:
            said = w.concepts & set(group)
            if said:
                base.concepts = (base.concepts - set(group)) | said
        base.concepts |= w.concepts
        for group, codes in w.categories.items():
            base.categories[group] = codes
        if back is not None:
            base.back = back
        share = "andel" in own.concepts
        return self.meanings.bind(base, share=share)

    def _left(self, s, vals, years, hit, until: int | None = None) -> Ref | None:
        """The first side of a comparison: the placeholder before the word, else the value the
        words before the second side («enn …», «som …») name."""
        subject = self._subject(s, vals, hit, before_only=True)
        if subject is not None:
            return subject.ref
        return self._bind(s, 0, until or hit.end, hit.start, years)

    def _compare(self, s, vals, years, hit, enn) -> Outcome:
        neg = self._negated(s, hit)
        left = self._left(s, vals, years, hit, enn.start)
        if left is None:
            return self._open(hit, "sammenligning")
        if left.key and left.key.rpartition(".")[2] == "change":  # «21 % flere enn året før»
            holds = left.raw > 0 if hit.kind == "mer" else left.raw < 0
            detail = f"{left.label} = {left.text}"
            return self._verdict(hit, "sammenligning", holds != neg, detail, left.label)
        # the second side is in the clause of «enn»; a year named there before any value is the
        # side («færre klager enn i fjor og … som Stovner, med {{< var … >}}» is last year's)
        _, end = s.clause_of(enn.start)
        after = [v for v in vals if enn.end <= v.start < end and v.ref is not None]
        named_year = [p for p, _ in years if enn.end <= p < end]
        if after and named_year and named_year[0] < after[0].start:
            after = []
        right = after[0].ref if after else self._other_side(s, years, left, enn.end, end)
        if right is None or right.label == left.label:
            return self._open(hit, "sammenligning", "det setningen sammenligner med")
        about = f"{left.label} = {left.text}, {right.label} = {right.text}"
        by = _difference(s.masked, hit.start)
        if by is not None:  # «to flere enn året før»: the difference itself
            at, n = by
            gap = left.raw - right.raw if hit.kind == "mer" else right.raw - left.raw
            word = Hit(at, hit.end, s.masked[at : hit.end], hit.kind, hit.value)
            return self._verdict(word, "forskjell", (gap == n) != neg, about, about)
        holds = left.raw > right.raw if hit.kind == "mer" else left.raw < right.raw
        return self._verdict(hit, "sammenligning", holds != neg, about, about)

    def _years_joined(self, s, years, hit) -> list[int]:
        """The different years (years back) the equality word's clause names, in order, when
        it names no second side: «I fjor og i forfjor ble det avgjort like mange»."""
        a, b = s.clause_of(hit.start)
        # an empty clause (the «, og» of «I fjor, og i forfjor, …») joins nothing, cuts nothing
        for ca, cb in reversed([c for c in s.clauses if c[1] <= a and c[0] < c[1]]):
            # a clause of years only, cut off by «og»: «I fjor og i forfjor …»
            said = [h for h in s.hits if ca <= h.start < cb]
            if any(ca <= p < cb for p, _ in years) and all(h.kind == "tid" for h in said):
                a = ca
            else:
                break
        out: list[int] = []
        for p, back in years:
            if a <= p < b and back not in out:
                out.append(back)
        return out

    def _equal(self, s, vals, years, hit) -> Outcome:
        neg = self._negated(s, hit)
        hedged = hit.value == "omtrent" or any(
            h.kind == "omtrent" and 0 <= hit.start - h.end <= 2 for h in s.hits
        )
        after_vals = [v for v in vals if v.start >= hit.end and v.ref is not None]
        mot = [
            h
            for h in s.hits
            if h.kind == "mot"
            and after_vals
            and after_vals[0].end <= h.start
            and len(after_vals) > 1
        ]
        if mot:
            left, right = after_vals[0].ref, after_vals[1].ref
        else:
            marker = [h for h in s.hits if h.kind in ("mot", "enn") and h.start >= hit.end]
            start = marker[0].end if marker else hit.end
            left = self._left(s, vals, years, hit, marker[0].start if marker else hit.start)
            if left is None:
                return self._open(hit, "likhet")
            right = after_vals[0].ref if after_vals else None
            named = self._years_joined(s, years, hit) if not (marker or after_vals) else []
            if len(named) >= 2:  # «I fjor og i forfjor … like mange»: those two years
                left, right = (in_series(left.series, b, self.values, self.lex) for b in named[:2])
                if left is None or right is None:
                    return self._open(hit, "likhet", "et av årene setningen nevner")
            if right is None:
                right = self._other_side(s, years, left, start, len(s.masked))
            # no second side named: the year before («… var det samme»), unless a year is
            # named that the build lacks («det samme som i 2005»: open)
            if right is None and not marker and not any(p >= start for p, _ in years):
                right = in_series(left.series, left.back + 1, self.values, self.lex)
        if left is None or right is None or left.label == right.label:
            return self._open(hit, "likhet", "det setningen sammenligner med")
        holds = self._near(left.raw, right.raw, left.kind, exact=not hedged)
        about = f"{left.label} = {left.text}, {right.label} = {right.text}"
        return self._verdict(hit, "likhet", holds != neg, about, about)


def _difference(masked: str, start: int) -> tuple[int, int] | None:
    """(position, n) of a count written right before a comparison word: «to flere», «3 færre»."""
    m = _COUNT_BEFORE.search(masked[:start])
    if m is None:
        return None
    word = m.group(1).casefold()
    if word.isdigit():
        n = int(word) if len(word) < 4 else None  # «i 2019 flere»: a year, not a difference
    else:
        n = numbers.NUMBER_WORDS.get(word, ONE.get(word))
    return None if n is None else (m.start(1), n)
