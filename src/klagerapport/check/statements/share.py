"""Shares: «over halvparten», «en tredjedel», «hver fjerde», «de fleste», «nesten ni av ti»."""

from __future__ import annotations

from ..lexicon import exact, within
from ..meaning import Ref
from .outcome import Outcome
from .parts import Parts


class Share(Parts):
    """Reads share words against the share value they are about."""

    def _share(self, s, vals, years, hit) -> Outcome:
        op, mark = hit.value
        before = " ".join(s.masked[: hit.start].split()[-3:]).casefold()
        for words, degree in sorted(self.lex.degree.items(), key=lambda kv: -len(kv[0])):
            if op == "approx" and (before == words or before.endswith(" " + words)):
                op = degree  # «over fire av ti», «nesten en tredjedel»
                break
        neg = self._negated(s, hit)
        subject = self._subject(s, vals, hit)
        if subject is not None and subject.ref is not None and subject.ref.kind == "days":
            return self._around_days(hit, subject.ref, op, mark, neg)
        ref = subject.ref if subject and subject.ref and subject.ref.kind == "share" else None
        if ref is None:
            ref = self._scoped(s, hit, years, share=True)
        if ref is None:
            return self._open(hit, "andel")
        hedged = any(h.kind == "omtrent" and 0 <= hit.start - h.end <= 2 for h in s.hits)
        x = ref.raw
        if self._denied_after(s, hit):  # «én av ti ble ikke besvart innen fristen»: the rest
            x = 1 - x
        if op == "gt":
            holds = x > mark
        elif op == "lt":
            holds = x < mark
        elif op == "nesten":
            holds = exact(mark) - exact(self.tol["nesten"]) <= exact(x) < exact(mark)
        elif op == "flest":
            holds = x > mark or self._largest(ref)
        else:
            tol = self.tol["brøk_omtrent" if hedged else "brøk"]
            holds = within(x, mark, tol)
        detail = f"{ref.label} = {ref.text}"
        return self._verdict(hit, "andel", holds != neg, detail, ref.label)

    def _denied_after(self, s, hit) -> bool:
        """A negation after the share word in its clause says the share of the rest («én av ti
        klager ble ikke besvart innen fristen»: the share not within it), not the opposite."""
        _, b = s.clause_of(hit.start)
        return any(h.kind == "negasjon" and hit.end <= h.start < b for h in s.hits)

    def _around_days(self, hit, ref: Ref, op: str, mark: float, neg: bool) -> Outcome:
        """A share of the cases beside a number of days («halvparten … på {{median}} dager eller
        mindre»): about the days' distribution, which only the median shows, as a half."""
        own = self.meanings.by_key.get(ref.key or "")
        if own is None or "median" not in own.concepts or (op, mark) != ("approx", 0.5):
            return self._open(hit, "andel", "fordelingen av dagene")
        detail = f"halvparten av klagene ligger på eller under medianen, {ref.label} = {ref.text}"
        return self._verdict(hit, "andel", not neg, detail, ref.label)

    def _largest(self, ref: Ref) -> bool:
        own = self.meanings.by_key.get(ref.key or "")
        if own is None or not own.categories:
            return False
        group = own.categories[0][0]
        others = self.meanings.across(ref, group, combined=False)
        return bool(others) and ref.raw >= max(r.raw for r in others.values())
