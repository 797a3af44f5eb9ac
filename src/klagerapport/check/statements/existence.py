"""Existence: a clause that says cases of a category exist, and how many (issue 21, kontroll11).

«En klage ble avvist» (exactly one), «Noen klager gjaldt brudd på taushetsplikt», «Enkelte
klager endte med grunnlag for kritikk», «Flere saker ble overført» ("several", not «flere …
enn …»), «Få klager gjaldt …», «Det kom også klager om manglende oppgivelse av ID» (a bare plural
after an existential frame), «Klager gjaldt også …» (a bare plural subject in the past): more
than none. The count is that of the category the clause
names, at the year it is about, bound as every rule binds it (Level._category_count); a clause
without a category is not read. A count of 0 is false; «en/én» of any count but 1 is false; a
plural of a count of 1 is open (a reviewer signs it off: «noen klager» of a single case is loose
wording, not a false number). «få klager» of a count of 2 or more is left to the net (a
sign-off: "few" is no value). The words: leksikon.yml, `finnes`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from ..lexicon import TOKEN, Hit, data
from ..sentences import Sentence
from .outcome import FALSE, OPEN, Outcome
from .parts import Parts

KIND = "finnes"
ONE, SOME = "én", "noen"


def _phrases(items) -> tuple[tuple[str, ...], ...]:
    found = {tuple(t.group().casefold() for t in TOKEN.finditer(str(i))) for i in items or ()}
    return tuple(sorted(found, key=len, reverse=True))


@dataclass(frozen=True)
class Words:
    """The `finnes` section of the lexicon, compiled."""

    one: frozenset[str]
    some: frozenset[str]
    nouns: frozenset[str]
    frames: tuple[tuple[str, ...], ...]
    fillers: tuple[tuple[str, ...], ...]
    not_after: frozenset[str]
    generic: frozenset[str]
    subject_verbs: frozenset[str]


@cache
def words() -> Words:
    d = data()["finnes"]
    low = lambda key: frozenset(str(w).casefold() for w in d[key])  # noqa: E731
    return Words(
        low(ONE), low(SOME), low("substantiv"), _phrases(d["ramme"]), _phrases(d["ledd"]),
        low("ikke_etter"), low("generisk"), low("subjekt_verb"),
    )  # fmt: skip


def said(masked: str, hits: list[Hit]) -> list[tuple[Hit, str]]:
    """Each place a (masked) sentence says cases exist: a Hit over the quantity word (or frame)
    and the case noun, and what it says (ONE or SOME). A quantity word inside a longer lexicon
    phrase («en tredjedel», «en enkelt») is that phrase's, not this."""
    w = words()
    tokens = list(TOKEN.finditer(masked))
    low = [t.group().casefold() for t in tokens]
    longer = [(h.start, h.end) for h in hits if len(TOKEN.findall(h.text)) > 1]

    def free(i: int) -> bool:
        return not any(a <= tokens[i].start() < b for a, b in longer)

    def noun_at(j: int) -> int | None:
        """The index of the case noun at j, or after «av (de)» at j."""
        if j < len(low) and low[j] == "av":
            j += 2 if j + 1 < len(low) and low[j + 1] == "de" else 1
        return j if j < len(low) and low[j] in w.nouns else None

    def phrase_at(i: int, options) -> int:
        for p in options:
            if tuple(low[i : i + len(p)]) == p:
                return len(p)
        return 0

    out = []
    for i, word in enumerate(low):
        what = ONE if word in w.one else SOME if word in w.some else None
        before = low[i - 1] if i else ""
        if what and free(i) and before not in w.not_after and (j := noun_at(i + 1)) is not None:
            out.append((_span(masked, tokens, i, j), what))
            continue
        if n := phrase_at(i, w.frames):
            j = i + n
            while m := phrase_at(j, w.fillers):
                j += m
            if j < len(low) and low[j] in w.nouns and low[j].endswith("r"):
                out.append((_span(masked, tokens, i, j), SOME))  # a bare plural
            continue
        if word in w.nouns and word.endswith("r") and (i == 0 or before in _JOINING):
            j = i + 1
            while m := phrase_at(j, w.fillers):
                j += m
            if j < len(low) and low[j] in w.subject_verbs:
                out.append((_span(masked, tokens, i, j), SOME))  # «Klager gjaldt også …»
    return out


_JOINING = frozenset({"og", "men"})  # a bare plural subject may follow these


# lexicon hit kinds in a clause that make its «flere» a comparative, not "several": «flere …
# enn», «flere klager hvert år siden 2017», «… økte»
_COMPARED = frozenset(
    {"enn", "hvert_år", "siden", "retning", "partikkelverb", "faktor", "forhold", "på_rad"}
)


def _compared(s: Sentence, hit: Hit, a: int, b: int) -> bool:
    """Is «flere» a comparative: the clause compares or tells a change, or a word of degree
    stands right before it («stadig flere», «langt flere»: the net's `grad`)?"""
    if any(h.kind in _COMPARED and a <= h.start < b for h in s.hits):
        return True
    before = s.masked[a : hit.start].split()[-1:]
    degree = {str(w).casefold() for w in data()["nett"]["grad"]}
    return bool(before) and before[0].casefold() in degree


def _few(hit: Hit) -> bool:
    """«få klager»: besides that there were cases, a smallness no value shows."""
    return hit.text.split()[0].casefold() in {str(w).casefold() for w in data()["finnes"]["få"]}


def _span(masked: str, tokens, i: int, j: int) -> Hit:
    a, b = tokens[i].start(), tokens[j].end()
    return Hit(a, b, masked[a:b], KIND)


class Existence(Parts):
    """Reads «en klage …», «noen/enkelte/flere/få klager …», «det kom også klager om …»."""

    def _existence(self, s: Sentence, years) -> list[Outcome]:
        out = []
        for hit, what in said(s.masked, s.hits):
            a, b = s.clause_of(hit.start)
            clause = {t.group().casefold() for t in TOKEN.finditer(s.masked[a:b])}
            if clause & words().generic or self._negated(s, hit, reach=4):
                continue  # «en klage kan avvises»; «det kom ikke noen klager om …» (a zero)
            if hit.text.split()[0].casefold() == "flere" and _compared(s, hit, a, b):
                continue  # «flere klager gjaldt adferd enn …»: a comparison
            if any(h.kind == "null" and a <= h.start < b for h in s.hits):
                continue  # «ingen av klagene …»: the zero rule's
            got = self._existing(s, years, hit, what)
            if got is not None and got.status == FALSE and got.about.count(".") >= 2:
                # «En klage ble avvist» of 4: say the count with its placeholder instead
                fix = f"skriv antallet med plassholderen {{{{< var {got.about} >}}}}"
                got = replace(got, fix=fix)
            if got is not None:
                out.append(got)
        return out

    def _existing(self, s: Sentence, years, hit: Hit, what: str) -> Outcome | None:
        """The verdict on the count of the category the clause names (None for a clause
        without one; open where the count cannot be bound)."""
        a, b = s.clause_of(hit.start)
        if not self.wanted(s, a, b, None).categories:
            return None
        ref = self._bind(s, a, b, hit.start, years, share=False)
        if ref is None or not isinstance(ref.raw, int | float):
            return self._open(hit, KIND)
        n, detail = ref.raw, f"{ref.label} = {ref.text}"
        if what == ONE:
            return self._verdict(hit, KIND, n == 1, f"{detail} (ordene sier én)", ref.label)
        if n == 1:  # a plural of a single case: loose wording a reviewer may accept
            why = f"{detail}, og flertall sier flere (godkjenn setningen, eller skriv «én»)"
            return Outcome(hit.start, hit.end, KIND, OPEN, hit.text, why, about=ref.label)
        if n >= 1 and _few(hit):
            return None  # «få klager»: there were some, but "few" no value shows (the net's)
        return self._verdict(
            hit, KIND, n >= 1, f"{detail} (ordene sier at det fantes saker)", ref.label
        )
