"""Level: every placeholder against the year, category and concept its clause names (the fix
names the placeholder that fits), and «ingen klager gjaldt …» (a count that is 0)."""

from __future__ import annotations

from ..meaning import Wanted, conflicts
from ..sentences import Sentence
from .outcome import FALSE, Outcome
from .parts import Parts


class Level(Parts):
    """Reads each placeholder's fit with its clause, and zero counts."""

    def _zero(self, s, years, hit) -> Outcome | None:
        """«Ingen klager gjaldt maktmisbruk»: the count the clause's category names is 0 (a
        clause without a category is not about a value: «det er ingen klager på dette»)."""
        return self._category_count(s, years, hit, 0, 0, negated=False)

    def _category_count(
        self, s, years, hit, least: float, most: float, *, negated: bool
    ) -> Outcome | None:
        """Whether the count of the category `hit`'s clause names lies in [least, most] (the
        other way round if `negated`); None for a clause without a category, open if its count
        cannot be bound."""
        a, b = s.clause_of(hit.start)
        if not self.wanted(s, a, b, None).categories:
            return None
        ref = self._bind(s, a, b, hit.start, years, share=False)
        if ref is None:
            return self._open(hit, "nivå")
        holds = least <= ref.raw <= most
        return self._verdict(hit, "nivå", holds != negated, f"{ref.label} = {ref.text}", ref.label)

    def _levels(self, s, vals, years, pair) -> list[Outcome]:
        """Each placeholder against the year, category and concept of its clause."""
        out = []
        for v in vals:
            own = self.meanings.by_key.get(v.key)
            a, b = s.clause_of(v.start)
            if own is None:  # a series' extreme has no meaning, but a year (its own)
                w = self.wanted(s, a, b, self.year_at(s, v.start, years))
                wrong = self._extreme_year(v.key, w)
                if wrong:
                    fix = (
                        "skriv setningen om, eller velg plassholderen som betyr det setningen sier"
                    )
                    detail = f"«{v.key}» passer ikke med setningen: {'; '.join(wrong)}"
                    words = s.text[v.start : v.end]
                    out.append(Outcome(v.start, v.end, "nivå", FALSE, words, detail, fix, v.key))
                continue
            w = self.wanted(s, a, b, self.year_at(s, v.start, years))
            for group in self.lex.excludes:  # «Av sakene som ble avgjort i 2019, var …»
                if not w.concepts & set(group):
                    w.concepts |= self._earlier(s, a, set(group))
            for group, _ in own.categories:  # «Saker som ble overført, utgjorde …»
                if group not in w.categories:
                    earlier = self._earlier_categories(s, a, group)
                    if earlier:
                        w.categories[group] = earlier
            if pair and pair[0] == "values" and v in pair[1:]:
                w.back = None  # «fra X til Y»: the years are the direction's
            problems = conflicts(own, w, self.lex) + self._count_as_share(s, v, a)
            if not problems:
                continue
            fixed = Wanted(set(own.concepts), {g: {c} for g, c in own.categories}, own.back)
            for group in self.lex.excludes:
                said = w.concepts & set(group)
                if said:
                    fixed.concepts = (fixed.concepts - set(group)) | said
            fixed.categories.update(w.categories)
            if w.back is not None:
                fixed.back = w.back
            better = self.meanings.bind(fixed, share="andel" in own.concepts)
            fix = (
                f"skriv {{{{< var {better.key} >}}}} ({better.text})"
                if better is not None and better.key and better.key != v.key
                else "skriv setningen om, eller velg plassholderen som betyr det setningen sier"
            )
            out.append(
                Outcome(
                    v.start,
                    v.end,
                    "nivå",
                    FALSE,
                    s.text[v.start : v.end],
                    f"«{v.key}» passer ikke med setningen: {'; '.join(problems)}",
                    fix,
                    v.key,
                )
            )
        return out

    def _extreme_year(self, key: str, w: Wanted) -> list[str]:
        """A series' extreme (`development.max`, whose year is `development.max_year`) in a
        clause that names another year: «I {{< var year.minus12 >}} ble det behandlet
        {{< var development.max >}} saker» when the most were in 2019."""
        its_year = self.values.raw(f"{key}_year")
        year = self.values.year
        if w.back is None or not isinstance(its_year, int) or year is None:
            return []
        said = year - w.back
        if said == its_year:
            return []
        return [f"setningen gjelder {said}, verdien er fra {its_year} ({key}_year)"]

    def _count_as_share(self, s: Sentence, v, a: int) -> list[str]:
        """A count's placeholder said as a share: «… var {{< var decisions.kritikk.count >}}
        prosent» (a share word right after it), or «Andelen … økte til {{< var … .count >}}»
        (a share word before it in its clause, and the placeholder right after a word of
        leksikon.yml `som_verdi`: what the share is, not the «av de …» it is taken of)."""
        entry = self.values.get(v.key)
        if entry is None or entry.kind != "count":
            return []
        shares = [h for h in s.hits if h.kind == "begrep" and h.value == "andel"]
        rest = s.masked[v.end :]
        gap = len(rest) - len(rest.lstrip())
        if rest.lstrip().startswith("%") or any(h.start == v.end + gap for h in shares):
            return ["verdien er et antall, men står som prosent"]
        said = [w.strip(".,;:!?«»").casefold() for w in s.masked[a : v.start].split()]
        if said and said[-1] in self.lex.as_value and any(a <= h.start < v.start for h in shares):
            return ["setningen sier «andel», verdien er et antall"]
        return []

    def _earlier_categories(self, s: Sentence, before: int, group: str) -> set[str]:
        """The categories of `group` the nearest earlier clause names (carried forward)."""
        for a, b in reversed([c for c in s.clauses if c[1] <= before]):
            said = self.wanted(s, a, b, None).categories.get(group)
            if said:
                return set(said)
        return set()

    def _earlier(self, s: Sentence, before: int, group: set[str]) -> set[str]:
        """The concepts of `group` the nearest earlier clause names (carried forward)."""
        for a, b in reversed([c for c in s.clauses if c[1] <= before]):
            said = self.wanted(s, a, b, None).concepts & group
            if said:
                return said
        return set()
