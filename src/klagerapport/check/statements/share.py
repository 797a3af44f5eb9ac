"""Shares: «over halvparten», «en tredjedel», «hver fjerde», «de fleste», «nesten ni av ti»;
a share word that sizes a change: «om lag en fjerdedel flere klager enn året før», «økte med
om lag en tredjedel»; and a share
of the cases beyond a duration in words: «hver femte klage tok lengre tid enn fire uker» (the
share within the deadline, or the rest of it, when the duration is the deadline)."""

from __future__ import annotations

from dataclasses import replace

from .. import numbers
from ..lexicon import data as lexicon_data
from ..lexicon import exact, within
from ..meaning import Ref, Wanted
from .changesize import change_of, sizes_change
from .duration import DEADLINE
from .earlier import on_from_side
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
        if on_from_side(s, hit):  # «sank fra omtrent halvparten til …»: last year's (earlier.py)
            return self._open(hit, "andel", "verdien året før")
        more = self._more_than_before(s, hit, years)
        if more is not None:
            return self._change(s, hit, years, op, mark, neg, more)
        if sizes_change(s, hit.start):  # «økte med om lag en tredjedel»: the change's size
            return self._change(s, hit, years, op, mark, neg, None)
        subject = self._subject(s, vals, hit)
        if subject is not None and subject.ref is not None and subject.ref.kind == "days":
            return self._around_days(hit, subject.ref, op, mark, neg)
        beyond = self._beyond_duration(s, hit, years)
        if beyond is not None and beyond[0] is None:
            return self._open(hit, "andel", beyond[1])
        ref = subject.ref if subject and subject.ref and subject.ref.kind == "share" else None
        if beyond is not None:
            ref = beyond[0]
        if ref is None:
            ref = self._scoped(s, hit, years, share=True)
            if ref is not None and not self.names(s, ref):
                # «Over en tidel av klagene vi mottok, gjaldt etnisk diskriminering»: bound to
                # the share within the deadline, which no word names: a guess, not a reading
                return self._open(hit, "andel", "andelen")
        if ref is None:
            return self._open(hit, "andel")
        together = self._together(s, hit)
        if together:  # «Kritikk og uheldig utgjorde til sammen …»: the sum of their shares
            ref = self._sum(ref, together)
            if ref is None:
                return self._open(hit, "andel", "summen av kategoriene")
        hedged = any(h.kind == "omtrent" and 0 <= hit.start - h.end <= 2 for h in s.hits)
        x = ref.raw
        if beyond is not None and beyond[1] == "gt":  # beyond the deadline: the rest
            x = 1 - x
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
        if beyond is not None and beyond[1] == "gt":
            detail += "; andelen over fristen er resten"
        found = self._verdict(hit, "andel", holds != neg, detail, ref.label)
        if beyond is not None:  # the duration's words are the statement's too (the net)
            found = replace(found, end=beyond[2])
        return found

    def _sum(self, ref: Ref, codes: list[str]) -> Ref | None:
        """The sum of the shares of `codes` in the key of `ref` (its category's part replaced),
        or None when the build lacks one of them or `ref` is not one category's share."""
        refs = [self.of_category(ref, codes, code) for code in codes]
        if any(r is None for r in refs):
            return None
        total = sum(exact(r.raw) for r in refs)
        label = " + ".join(r.label for r in refs)
        text = " + ".join(r.text for r in refs)
        return replace(ref, label=label, raw=float(total), text=text, key=None)

    def names(self, s, ref) -> bool:
        """Does the sentence name what sets the share `ref` apart (a concept beyond «andel»
        and «klager», or one of its categories)? A share found only by its kind is a guess."""
        own = self.meanings.by_key.get(ref.key or "")
        if own is None:
            return True
        apart = set(own.concepts) - {"andel", "klager"}
        cats = {code for _, code in own.categories}
        if not apart and not cats:
            return True
        w = self.wanted(s, 0, len(s.masked), None)
        said = set().union(*w.categories.values()) if w.categories else set()
        if "frist" in apart and self._deadline_named(s):
            return True  # «innen fire uker», «innen 28-dagersfristen»: the deadline
        return bool(apart & w.concepts) or bool(cats & said)

    def _deadline_named(self, s) -> bool:
        """Does the sentence name the deadline: its days right after a word of leksikon.yml
        `frist_tall.foran` («innen fire uker», «innen 28 dager»), or «frist» («innen fristen»,
        «28-dagersfristen»)? Not «på fire uker», nor a duration in another clause."""
        days = self.values.raw(DEADLINE)
        before = {str(w).casefold() for w in lexicon_data()["frist_tall"]["foran"]}

        def bound(start: int) -> bool:  # right after «innen»
            last = s.masked[:start].casefold().split()[-1:]
            return bool(last) and last[0] in before

        durations = [h for h in s.hits if h.kind == "varighet" and h.value == days]
        typed = [
            n
            for n in numbers.find_numbers(s.text)
            if n.kind in ("count", "word") and n.value == days
            and s.masked[n.end :].split()[:1] in (["dager"], ["dagers"])
        ]  # fmt: skip
        return (
            any(bound(h.start) for h in durations)
            or any(bound(n.start) for n in typed)
            or "frist" in s.masked.casefold()
        )

    def _beyond_duration(self, s, hit, years) -> tuple[Ref | None, str, int] | None:
        """«hver femte klage tok lengre tid enn fire uker»: a duration in words after the share
        word in its clause, bounded (leksikon.yml `varighet_grense`): (the share within the
        deadline, "lt" or "gt", where the duration's words end) when the duration is the
        deadline; (None, what is missing, its end) when it is another (the build has no share
        beyond it); None without such a duration."""
        a, b = s.clause_of(hit.start)
        span = next((h for h in s.hits if h.kind == "varighet" and hit.end <= h.start < b), None)
        if span is None:
            return None
        before = " ".join(s.masked[a : span.start].split()).casefold()
        op = next(
            (
                how
                for words, how in sorted(
                    self.lex.duration_bounds.items(), key=lambda kv: -len(kv[0])
                )
                if before == words or before.endswith(" " + words)
            ),
            None,
        )
        if op is None:
            return None
        deadline = self.values.get(DEADLINE)
        if deadline is None or deadline.missing or float(deadline.raw) != float(span.value):
            return None, f"andelen {'over' if op == 'gt' else 'under'} {span.text}", span.end
        back = self.year_at(s, hit.start, years)
        ref = self.meanings.bind(Wanted({"frist", "andel"}, {}, back), share=True)
        if ref is None:
            return None, "andelen innen fristen", span.end
        return ref, op, span.end

    def _more_than_before(self, s, hit, years) -> str | None:
        """«en fjerdedel flere klager enn året før»: a comparison word right after the share
        word, and «enn» and a year after it in the clause: the share is the size of the change
        from that year (the comparison word's way, «mer» or «mindre»), not a share of a whole."""
        _, b = s.clause_of(hit.start)
        after = [h for h in s.hits if hit.end <= h.start < b]
        if not after or after[0].kind not in ("mer", "mindre"):
            return None
        if s.masked[hit.end : after[0].start].strip():
            return None
        than = next((h for h in after if h.kind == "enn"), None)
        if than is None or not any(than.end <= p < b for p, _ in years):
            return None
        return after[0].kind

    def _change(self, s, hit, years, op: str, mark: float, neg: bool, way: str | None) -> Outcome:
        """The share word against the relative change of the count its clause names, signed by
        the comparison word («flere»: a rise of that size, «færre»: a fall); by its size alone
        after «økte med» (`way` None: the direction word is read by its own rule)."""
        a, b = s.clause_of(hit.start)
        w = self.wanted(s, a, b, self.year_at(s, hit.start, years))
        w.concepts.discard("andel")
        ref = change_of(self.meanings.bind(w, share=False, before=1), self.values, self.lex)
        if ref is None:
            return self._open(hit, "andel", "endringen")
        hedged = any(h.kind == "omtrent" and 0 <= hit.start - h.end <= 2 for h in s.hits)
        x = abs(ref.raw) if way is None else ref.raw if way == "mer" else -ref.raw
        if op == "gt":
            holds = x > mark
        elif op == "lt":
            holds = 0 < x < mark
        elif op == "nesten":
            holds = exact(mark) - exact(self.tol["nesten"]) <= exact(x) < exact(mark)
        else:
            holds = within(x, mark, self.tol["brøk_omtrent" if hedged else "brøk"])
        return self._verdict(hit, "andel", holds != neg, f"{ref.label} = {ref.text}", ref.label)

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
