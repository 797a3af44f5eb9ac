"""Direction: «økte», «gikk ned til», «sank», «ble halvert», «uendret», «stabil», «fra X til Y»
(Y against X, the same measure), «siden 2015», «hvert år»."""

from __future__ import annotations

from itertools import pairwise

from ..lexicon import exact, within
from ..meaning import Ref, in_series, years_of
from .fromto import mismatch
from .outcome import OPEN, Outcome
from .parts import Parts


class Direction(Parts):
    """Reads direction words against the year before, a «siden» year or a «fra … til» pair."""

    def _direction(self, s, vals, years, hit, pair) -> Outcome:
        way = hit.value if hit.kind == "retning" else "faktor"
        neg = self._negated(s, hit)
        start, end = hit.start, hit.end
        since = self._since(s, years)
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
            now = subject.ref if subject else None
            if now is None:  # bound by its words: a series that has the year before too
                now = self._scoped(s, hit, years, before=1) or self._scoped(s, hit, years)
            if now is None:
                return self._open(hit, "retning")
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
        if over is not None:
            return b / a > over
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
