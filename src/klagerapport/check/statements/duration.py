"""Durations in words: «saksbehandlingstiden var under en måned», «i snitt over to uker»: the
handling time the clause names (both the mean and the median when it names neither) against
the days the words mean (leksikon.yml `varighet`, bounded by `varighet_grense`); «en frist på
fire uker»: the deadline (`handling_days.deadline`), exactly."""

from __future__ import annotations

from ..lexicon import Hit, within_relative
from ..meaning import Wanted
from ..sentences import Sentence
from .outcome import Outcome
from .parts import Parts

MEASURES = ("gjennomsnitt", "median")
DEADLINE = "handling_days.deadline"


class Duration(Parts):
    """Reads a duration said in words against the handling time."""

    def _duration(self, s: Sentence, years, hit: Hit) -> Outcome | None:
        a, b = s.clause_of(hit.start)
        back = self.year_at(s, hit.start, years)
        w = self.wanted(s, a, b, back)
        if "saksbehandlingstid" not in w.concepts:
            if "frist" in w.concepts:  # «en frist på fire uker»: the deadline, exactly
                return self._deadline_words(s, hit)
            return None
        before = " ".join(s.masked[a : hit.start].split()).casefold()
        op = "approx"
        for words, how in sorted(self.lex.duration_bounds.items(), key=lambda kv: -len(kv[0])):
            if before == words or before.endswith(" " + words):
                op = how
                break
        days = float(hit.value)
        named = [m for m in MEASURES if m in w.concepts] or list(MEASURES)
        refs = []
        for m in named:
            concepts = (w.concepts - set(MEASURES)) | {m}
            ref = self.meanings.bind(Wanted(concepts, {}, back), share=False)
            if ref is None:
                return self._open(hit, "nivå", "saksbehandlingstiden")
            refs.append(ref)

        def holds(x: float) -> bool:
            if op == "lt":
                return x < days
            if op == "gt":
                return x > days
            return within_relative(x, days, self.tol["omtrent_relativ"])

        ok = all(holds(r.raw) for r in refs)
        detail = ", ".join(f"{r.label} = {r.text}" for r in refs) + f"; {hit.text}: {days:g} dager"
        return self._verdict(hit, "nivå", ok != self._negated(s, hit), detail, refs[0].label)

    def _deadline_words(self, s: Sentence, hit: Hit) -> Outcome | None:
        """«Klagereglementet setter en frist på fire uker»: the deadline in days, exactly (a
        rule's number; «en måned», 30 days, is not four weeks)."""
        entry = self.values.get(DEADLINE)
        if entry is None or entry.missing:
            return self._open(hit, "nivå", "svarfristen")
        days = float(hit.value)
        detail = f"{DEADLINE} = {entry.text} dager; {hit.text}: {days:g} dager"
        holds = float(entry.raw) == days
        return self._verdict(hit, "nivå", holds != self._negated(s, hit), detail, DEADLINE)
