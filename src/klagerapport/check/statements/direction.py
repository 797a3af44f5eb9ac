"""Direction: «økte», «gikk ned til», «sank», «ble halvert», «uendret», «stabil», «fra X til Y»
(Y against X, the same measure), «siden 2015», «hvert år»."""

from __future__ import annotations

from itertools import pairwise

from ..build_values import better_of, is_change
from ..lexicon import Hit, exact, within
from ..meaning import Ref, in_series, years_of
from ..sentences import Sentence
from .fromto import mismatch
from .outcome import OPEN, Outcome
from .parts import Parts


class Direction(Parts):
    """Reads direction words against the year before, a «siden» year or a «fra … til» pair."""

    def _verb_direction(self, s, hit) -> Hit | None:
        """«ble kortere», «ble ikke kortere», «har ikke blitt noe lengre»: a comparison word with
        no «enn» in its clause, after a verb of the lexicon's `retning_verb` with only negations
        and `retning_verb_ledd` words between, and ending its clause or followed by a lexicon
        word, a placeholder or a `retning_verb_etter` word, is a direction (mer: opp, mindre:
        ned)."""
        a, b = s.clause_of(hit.start)
        if any(h.kind == "enn" and hit.end <= h.start < b for h in s.hits):
            return None
        rest = s.masked[hit.end : b].split()
        if rest:  # «ble mer krevende»: the comparative of another word, not a direction
            after = hit.end + len(s.masked[hit.end : b]) - len(s.masked[hit.end : b].lstrip())
            word = rest[0].strip(".,;:!?«»").casefold()
            hit_next = any(h.start == after for h in s.hits)
            if word and not hit_next and word not in self.lex.direction_followers:
                return None
        words = [w.strip(".,;:!?«»").casefold() for w in s.masked[a : hit.start].split()]
        for i in range(len(words) - 1, -1, -1):
            word = words[i]
            if word in self.lex.direction_verbs:
                way = "opp" if hit.kind == "mer" else "ned"
                return Hit(hit.start, hit.end, hit.text, "retning", way)
            negation = self.lex.entries.get(word, ("",))[0] == "negasjon"
            if not (negation or word in self.lex.direction_fillers):
                return None
        return None

    def _judged(self, s, vals, years, hit, pair) -> Outcome:
        """«en bedring», «ble forverret»: a direction whose way is the value's better way
        (report/values.yml `better:`), or its opposite; open for a value without one."""
        subject = self._subject(s, vals, hit)
        now = subject.ref if subject else None
        for share in (None, True):  # «besvart innen fristen, en bedring»: a share's words
            if now is None:
                now = self._scoped(s, hit, years, share=share, before=1) or self._scoped(
                    s, hit, years, share=share
                )
        better = better_of(now.key) if now is not None and now.key else None
        if better is None:
            return self._open(hit, "retning", "hvilken vei som er bedre for verdien")
        worse = {"opp": "ned", "ned": "opp"}[better]
        way = better if hit.value == "bedre" else worse
        judged = Hit(hit.start, hit.end, hit.text, "retning", way)
        return self._direction(s, vals, years, judged, pair, now)

    def _direction(self, s, vals, years, hit, pair, bound: Ref | None = None) -> Outcome:
        """`bound`: the value the word is about, when its words were bound already."""
        way = hit.value if hit.kind == "retning" else "faktor"
        neg = self._negated(s, hit) or self._negated_after(s, hit)
        start, end = hit.start, hit.end
        since = self.since(s, years)
        if pair and pair[0] == "values":
            _, va, vb = pair
            if va.ref is None or vb.ref is None:
                return Outcome(
                    start, end, "retning", OPEN, hit.text, "fra- eller til-verdien mangler"
                )
            now, before = vb.ref, va.ref
        elif pair and pair[0] == "years":
            ref_to = self._bind_at(s, hit, pair[2])
            ref_from = self._bind_at(s, hit, pair[1])
            if ref_to is None or ref_from is None:
                return self._open(hit, "retning")
            now, before = ref_to, ref_from
        else:
            subject = self._subject(s, vals, hit)
            now = bound if bound is not None else subject.ref if subject else None
            if now is None:  # bound by its words: a series that has the year before too
                now = self._scoped(s, hit, years, before=1) or self._scoped(s, hit, years)
            if now is None:
                return self._open(hit, "retning")
            if (
                bound is None
                and now.kind == "share"
                and not is_change(now.key)
                and not self.names(s, now)
            ):
                # «Andelen falt»: a share found only by its kind (the one within the deadline),
                # which no word names: a guess, not a reading (share.py `names`)
                return self._open(hit, "retning", "andelen")
            if (
                now.key
                and now.key.rpartition(".")[2] == "change"
                and way in ("opp", "ned", "uendret")
            ):
                holds = {"opp": now.raw > 0, "ned": now.raw < 0, "uendret": now.raw == 0}[way]
                return self._verdict(
                    hit, "retning", holds != neg, f"{now.label} er {now.text}", now.label
                )
            base = since if since is not None and since > now.back else now.back + 1
            before = in_series(now.series, base, self.values, self.lex)
            if before is None and bound is None and since is not None and since > now.back:
                # «sammenlignet med 2015»: the words' value in a series that has that year
                other = self._scoped(s, hit, years, before=since)
                if other is not None and other.back == now.back:
                    now = other
                    before = in_series(now.series, base, self.values, self.lex)
            if before is None:
                return self._open(hit, "retning", f"bygget har ikke {now.label} året før")
            if any(h.kind == "hvert_år" for h in s.hits):
                return self._every_year(hit, now, base, neg)
        about = f"{before.label} = {before.text}, {now.label} = {now.text}"
        if before.series != now.series:
            return mismatch(hit, "fra- og til-tallet er ikke samme størrelse", about)
        if before.back <= now.back:
            return mismatch(hit, "fra-tallet er ikke det tidligere året", about)
        holds = self._moved(way, hit, now, before)
        return self._verdict(hit, "retning", holds != neg, about, about)

    def _negated_after(self, s: Sentence, hit: Hit) -> bool:
        """«Antallet økte ikke»: a negation right after the direction word, in its clause (in a
        main clause the verb comes before «ikke»)."""
        _, b = s.clause_of(hit.start)
        return any(
            h.kind == "negasjon"
            and hit.end <= h.start < b
            and not s.masked[hit.end : h.start].strip()
            for h in s.hits
        )

    def _bind_at(self, s, hit, back) -> Ref | None:
        w = self.wanted(s, 0, len(s.masked), back)
        return self.meanings.bind(w, share="andel" in w.concepts)

    def _moved(self, way, hit, now: Ref, before: Ref) -> bool:
        a, b = before.raw, now.raw
        if way == "opp":
            return b > a
        if way == "ned":
            return b < a
        if way == "uendret":
            return b == a
        if way == "stabil":
            return self._near(a, b, now.kind)
        factor, over = hit.value
        if a == 0:
            return False
        if over is not None:  # «mer enn doblet» (over 2), «mer enn halvert» (under 0,5)
            return b / a > over if over >= 1 else b / a < over
        # |b/a - factor| <= tol × factor, as |b - a × factor| <= tol × factor × a (exact)
        return within(
            b, exact(a) * exact(factor), exact(self.tol["faktor"]) * exact(factor) * exact(a)
        )

    def _every_year(self, hit, now: Ref, base: int, neg: bool) -> Outcome:
        series = years_of(now.series, self.values, self.lex)
        span = [series[b] for b in range(base, now.back - 1, -1) if b in series]
        if len(span) != base - now.back + 1:
            return self._open(hit, "retning", "bygget har ikke hvert år i perioden")
        bad = [(x, y) for x, y in pairwise(span) if not y.raw > x.raw]
        detail = ", ".join(f"{x.label} = {x.text} → {y.label} = {y.text}" for x, y in bad[:1])
        return self._verdict(hit, "retning", (not bad) != neg, detail, now.label)
