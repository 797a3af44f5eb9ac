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
        ref = subject.ref if subject and subject.ref and subject.ref.kind == "share" else None
        if ref is None:
            ref = self._scoped(s, hit, years, share=True)
        if ref is None:
            return self._open(hit, "andel")
        hedged = any(h.kind == "omtrent" and 0 <= hit.start - h.end <= 2 for h in s.hits)
        x = ref.raw
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

    def _largest(self, ref: Ref) -> bool:
        own = self.meanings.by_key.get(ref.key or "")
        if own is None or not own.categories:
            return False
        group = own.categories[0][0]
        others = self.meanings.across(ref, group, combined=False)
        return bool(others) and ref.raw >= max(r.raw for r in others.values())
