"""Quantifiers: «alle klagene ble besvart innen fristen», «samtlige klager gjaldt adferd»,
«ingen av klagene ble besvart etter fristen», «det ble ikke mottatt noen klager om
diskriminering», and counts in words («en enkelt klage», «et par klager»)."""

from __future__ import annotations

from .. import numbers
from ..lexicon import Hit
from ..meaning import Ref, Wanted
from ..sentences import Sentence
from .outcome import Outcome
from .parts import Parts


class Quantifier(Parts):
    """Reads a whole or none of what a clause names, and counts said in words."""

    def _quantified(
        self, s: Sentence, years, hit: Hit, *, whole: bool, neg: bool
    ) -> Outcome | None:
        """«alle/samtlige» (`whole`) or «ingen (av)»/«ikke … noen» of the deadline's share or of
        a category (a share of 1, a count of 0); «diskriminering» alone is the sum of its group.
        None when the clause names neither (another kind reads it: «alle saker avgjort»)."""
        a, b = s.clause_of(hit.start)
        inside = [h for h in s.hits if a <= h.start < b and h.start >= hit.start]
        after = any(h.kind == "etter_frist" for h in inside)
        deadline = after or any(h.kind == "begrep" and h.value == "frist" for h in inside)
        back = self.year_at(s, hit.start, years)
        w = self.wanted(s, hit.start, b, back)
        # «alle klagene om adferd …»: a category after a topic word restricts what is counted;
        # it is not what every complaint was («samtlige klager gjaldt adferd»)
        restricted = any(
            h.kind == "kategori"
            and s.masked[: h.start].split()[-1:] != []
            and s.masked[: h.start].split()[-1].casefold() in self.lex.topic_words
            for h in inside
        )
        if restricted:
            return self._open(hit, "alle") if deadline else None
        if deadline and not w.categories:
            ref = self.meanings.bind(Wanted({"frist", "andel"}, back=back), share=True)
            if ref is None:
                return self._open(hit, "alle", "andelen besvart innen fristen")
            target = 1.0 if whole != after else 0.0  # «ingen … etter fristen»: all within it
            return self._verdict(hit, "alle", (ref.raw == target) != neg, _said(ref), ref.label)
        if w.categories and not whole:
            return None  # «ingen klager gjaldt maktmisbruk»: a zero count (level.py)
        if w.categories:
            ref = self.meanings.bind(w, share=True)
            if ref is None:
                return self._open(hit, "alle")
            return self._verdict(hit, "alle", (ref.raw == 1.0) != neg, _said(ref), ref.label)
        groups = [h for h in inside if h.kind == "gruppe"]
        if groups and not whole:
            refs = [
                self.meanings.bind(Wanted(set(w.concepts), {groups[0].value: {code}}, back))
                for code in sorted(self.lex.categories.get(str(groups[0].value), ()))
            ]
            if not refs or any(r is None for r in refs):
                return self._open(hit, "alle")
            total = sum(r.raw for r in refs)
            detail = ", ".join(_said(r) for r in refs)
            return self._verdict(hit, "alle", (total == 0) != neg, detail, refs[0].label)
        return None

    def _amount(self, s: Sentence, years, hit: Hit) -> Outcome | None:
        """«en enkelt klage gjaldt kritikk», «et par klager gjaldt annen diskriminering»: the
        count of the clause's category is within what the words may mean (leksikon.yml
        `mengdeord`); a clause without a category is not about a value."""
        least, most = hit.value
        return self._category_count(s, years, hit, least, most, negated=self._negated(s, hit))

    def _negated_some(self, s: Sentence, hit: Hit) -> bool:
        """«ikke … noen»: a negation before «noen» in its clause, at most four words before."""
        return self._negated(s, hit, reach=4) and not any(
            h.kind == "null" and h.end <= hit.start for h in s.hits
        )


def typed_bound(s: Sentence, enn: Hit) -> bool:
    """«færre enn tre saker»: «enn» right before a number typed by hand, which bounds that
    number (typed.py reads it), not a comparison of two values."""
    rest = s.masked[enn.end :].split()
    if not rest:
        return False
    word = rest[0].strip(".,;:!?»)").casefold()
    return word[:1].isdigit() or word in numbers.NUMBER_WORDS


def _said(ref: Ref) -> str:
    return f"{ref.label} = {ref.text}"
