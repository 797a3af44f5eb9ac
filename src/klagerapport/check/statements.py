"""Sentences read as claims: each quantitative statement found, bound to values by meaning and
judged true, false or open (nothing in the build can show it: a reviewer must sign it off).

The statements (words from data/reference/leksikon.yml):

- direction: «økte», «gikk ned til», «sank», «ble halvert», «ble lengre», «uendret», «stabil»,
  «fra X til Y» (Y against X, and both must be the same measure), «siden 2015», «hvert år»;
- comparison: «flere/færre/høyere/lavere … enn …», the second side from the words after «enn»
  (a year: «enn i fjor»; a category: «enn som uheldig»; a placeholder);
- equality: «omtrent like mange som …», «tilnærmet lik …», «X mot Y», with stated tolerances;
- rank: «flest», «høyeste», «den vanligste», «nest høyeste»: against the other categories when the
  value has one (decisions, grounds, units), else against the years the sentence names;
- share: «over halvparten», «en tredjedel», «hver fjerde», «de fleste», «nesten ni av ti»;
- all decided: «alle saker avgjort», «ingen … under behandling», «ikke alle … ved årsskiftet»;
- level: every placeholder against the year, category and concept its clause names.

Negation («har ikke økt», «ingen økning») turns a statement round. A statement's value is the
placeholder it stands by, or the value its words name (meaning.py); a statement whose value cannot
be found is open.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from itertools import pairwise

from ..fmt import MONTHS
from ..publish.text import ORDINALS
from . import numbers, ranks
from .build_values import BuildValues, rank_of
from .lexicon import Hit, Lexicon, exact, within, within_relative
from .meaning import Meanings, Ref, Wanted, conflicts, in_series, ref_of, years_of
from .sentences import Sentence, typed_years

OK, FALSE, OPEN = "ok", "false", "open"
SAYS = {
    "opp": "en økning",
    "ned": "en nedgang",
    "uendret": "uendret",
    "stabil": "omtrent uendret",
    "mer": "flere/høyere",
    "mindre": "færre/lavere",
    "maks": "det høyeste",
    "min": "det laveste",
}
NEAR = 80
_FRA = re.compile(r"(?<!\w)fra(?!\w)", re.IGNORECASE)
_TIL = re.compile(r"(?<!\w)til(?!\w)", re.IGNORECASE)
_COUNT_BEFORE = re.compile(r"(?<![\w,])(\w+)\s+$")
ONE = {"én": 1, "ett": 1, "èn": 1}


@dataclass(frozen=True)
class Outcome:
    """One statement: where its words are (sentence positions), what kind, and the verdict."""

    start: int
    end: int
    kind: str
    status: str  # ok | false | open
    words: str
    detail: str = ""
    fix: str = ""
    about: str = ""  # the values it was checked against


@dataclass
class Value:
    """A value placeholder in the sentence."""

    start: int
    end: int
    key: str
    ref: Ref | None


class Reader:
    """Reads the statements of sentences against one build's values."""

    def __init__(self, values: BuildValues, lex: Lexicon) -> None:
        self.values = values
        self.lex = lex
        self.meanings = Meanings(values, lex)
        self.tol = lex.tolerance

    # ------------------------------------------------------------------ the sentence's parts

    def _values(self, s: Sentence) -> list[Value]:
        out = []
        for h in s.holders:
            if h.name != "var":
                continue
            key = h.args.strip("\"'")
            if key in self.meanings.by_key or (
                (e := self.values.get(key)) is not None and e.kind in ("count", "share", "days")
            ):
                out.append(Value(h.start, h.end, key, ref_of(key, self.values, self.lex)))
        return out

    def years(self, s: Sentence) -> list[tuple[int, int]]:
        """(position, years back) of every year the sentence names."""
        out = []
        current = self.values.year
        for h in s.holders:
            key = h.args.strip("\"'")
            entry = self.values.get(key) if h.name == "var" else None
            is_year = entry is not None and entry.kind == "year" and key.startswith("year.")
            if is_year and isinstance(entry.raw, int) and current is not None:
                out.append((h.start, current - entry.raw))
        for start, _end, year in typed_years(s):
            if current is not None:
                out.append((start, current - year))
        for hit in s.hits:
            if hit.kind == "tid":
                out.append((hit.start, int(hit.value)))
        return sorted(out)

    def _since(self, s: Sentence, years) -> int | None:
        for hit in s.hits:
            if hit.kind == "siden":
                after = [b for p, b in years if 0 < p - hit.end <= 3]
                if after:
                    return after[0]
        return None

    def year_at(self, s: Sentence, pos: int, years, limit: int | None = None) -> int | None:
        """The year a position is about: the nearest named in its clause, else the last one
        named before it in the sentence (`limit`: only years named before it)."""
        a, b = s.clause_of(pos)
        if limit is not None:
            b = min(b, limit)
            years = [(p, back) for p, back in years if p < limit]
        # «… enn i fjor», «… mot 174 året før»: the year compared with is no context
        bases = {
            p for p, _ in years
            for h in s.hits if h.kind in ("enn", "mot") and 0 <= p - h.end <= 2
        }  # fmt: skip
        years = [(p, back) for p, back in years if p not in bases]
        since = self._since(s, years)
        own = [(abs(p - pos), back) for p, back in years if a <= p < b and back != since]
        if own:
            return min(own)[1]
        before = [back for p, back in years if p < pos and back != since]
        return before[-1] if before else None

    def wanted(self, s: Sentence, a: int, b: int, back: int | None) -> Wanted:
        w = Wanted(back=back)
        for hit in s.hits:
            if a <= hit.start < b:
                if hit.kind == "begrep":
                    w.concepts.add(str(hit.value))
                    if hit.value == "klager" and self._topic(s, hit):
                        w.unknown = True  # «klager på lang ventetid»: not all complaints
                elif hit.kind == "kategori":
                    w.categories.setdefault(hit.group, set()).add(str(hit.value))
                elif hit.kind == "ukjent_enhet":
                    w.unknown = True
        return w

    def _topic(self, s: Sentence, hit: Hit) -> bool:
        """«klager på lang ventetid»: a preposition after the noun, and no category named in the
        rest of the clause: complaints about a topic the data does not code («klager på
        nettopp adferd» names one)."""
        rest = s.masked[hit.end :].split()
        if len(rest) < 2 or rest[0].casefold() not in self.lex.topic_words:
            return False
        _, b = s.clause_of(hit.start)
        return not any(h.kind == "kategori" and hit.end <= h.start < b for h in s.hits)

    def _negated(self, s: Sentence, hit: Hit, reach: int = 3) -> bool:
        """A negation at most `reach` words before the word, in its clause («har ikke økt»)."""
        a, _ = s.clause_of(hit.start)
        # «ingen saker … står åpne»: a zero («ingen saker») negates too
        kinds = ("negasjon", "null") if reach > 3 else ("negasjon",)
        before = [h for h in s.hits if h.kind in kinds and a <= h.end <= hit.start]
        if not before:
            return False
        gap = s.masked[before[-1].end : hit.start].split()
        return len(gap) <= reach

    def _subject(self, s: Sentence, vals: list[Value], hit: Hit, *, before_only=False):
        """The value placeholder a word is about: the nearest in its clause, else in the
        sentence within NEAR characters (after the word first)."""
        a, b = s.clause_of(hit.start)
        cands = [v for v in vals if v.ref is not None]
        if before_only:
            cands = [v for v in cands if v.end <= hit.start]
        inside = [v for v in cands if a <= v.start < b]
        if not inside and self.wanted(s, a, b, None).anchored():
            return None  # «Saksbehandlingstiden gikk ned, og …»: the clause names its value
        pool = inside or [
            v for v in cands if min(abs(v.start - hit.end), abs(hit.start - v.end)) <= NEAR
        ]
        if not pool:
            return None
        after = [v for v in pool if v.start >= hit.end]
        if after and not before_only:
            return after[0]
        return max(pool, key=lambda v: v.end if v.end <= hit.start else -1)

    def _scoped(self, s: Sentence, hit: Hit, years, *, share=None, before=0) -> Ref | None:
        """The value a word's own clause names; if the clause names no measure or category,
        the value named by the sentence up to the end of that clause (never by later ones)."""
        a, b = s.clause_of(hit.start)
        w = self.wanted(s, a, b, None)
        if w.anchored():
            return self._bind(s, a, b, hit.start, years, share=share, before=before)
        return self._bind(s, 0, b, hit.start, years, share=share, before=before)

    def _bind(
        self, s: Sentence, a: int, b: int, pos: int, years, *, share=None, before=0
    ) -> Ref | None:
        """The value the words in [a, b) name, at the year of `pos` (named before b)."""
        w = self.wanted(s, a, b, self.year_at(s, pos, years, limit=b))
        share = "andel" in w.concepts if share is None else share
        return self.meanings.bind(w, share=share, before=before)

    # ------------------------------------------------------------------ reading

    def read(self, s: Sentence) -> list[Outcome]:
        vals = self._values(s)
        years = self.years(s)
        out: list[Outcome] = []
        used: set[int] = set()  # hits taken by a longer statement
        pair = self._from_to(s, vals, years)
        for i, hit in enumerate(s.hits):
            if i in used:
                continue
            before = s.hits[i - 1] if i else None
            joined = before is not None and not s.masked[before.end : hit.start].strip()
            if hit.kind == "retning" and joined and before.kind == "retning":
                continue  # «holdt seg stabilt»: one statement
            compared = self._comparison_in(s, hit) if hit.kind == "retning" else None
            if compared is not None:  # «ble flere saker avgjort som uheldig enn som …»
                out.append(self._compare(s, vals, years, *compared))
            elif hit.kind in ("retning", "faktor"):
                out.append(self._direction(s, vals, years, hit, pair))
            elif hit.kind == "partikkelverb":
                # «I 2018 gikk antallet klager opp»: the verb and its particle apart
                _, b = s.clause_of(hit.start)
                particle = [h for h in s.hits if h.kind == "partikkel" and hit.end <= h.start < b]
                if particle:
                    p = particle[0]  # the particle stands for the phrase (its year is nearest)
                    joined = Hit(p.start, p.end, f"{hit.text} … {p.text}", "retning", p.value)
                    out.append(self._direction(s, vals, years, joined, pair))
            elif hit.kind in ("mer", "mindre"):
                # the second side is named in the word's clause («flere … enn i fjor»)
                _, b = s.clause_of(hit.start)
                enn = [h for h in s.hits if h.kind == "enn" and hit.end <= h.start < b]
                share_next = [h for h in s.hits if h.kind == "andel" and enn and
                              not s.masked[enn[0].end : h.start].strip()]  # fmt: skip
                if enn and not share_next:  # «flere enn fire av ti» is a share
                    out.append(self._compare(s, vals, years, hit, enn[0]))
            elif hit.kind == "likhet":
                out.append(self._equal(s, vals, years, hit))
            elif hit.kind == "rang":
                out.append(self._rank(s, vals, years, hit))
            elif hit.kind == "andel":
                out.append(self._share(s, vals, years, hit))
            elif hit.kind == "null":
                zero = self._zero(s, years, hit)
                if zero is not None:
                    out.append(zero)
            elif hit.kind == "alle":
                done = [
                    h
                    for h in s.hits
                    if h.start > hit.end
                    and (
                        h.kind == "avgjort_alle" or (h.kind == "begrep" and h.value == "avsluttet")
                    )
                ]
                if done:
                    out.append(self._all(s, years, hit, open_claim=False))
            elif hit.kind == "begrep" and hit.value == "åpne":
                out.append(self._all(s, years, hit, open_claim=True))
        out = [o for o in out if o.kind in ("andel", "alle") or self._about_data(s, o, vals, years)]
        out += self._levels(s, vals, years, pair)
        return out

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

    def _about_data(self, s: Sentence, o: Outcome, vals, years) -> bool:
        """Is a direction, comparison, equality or rank word about the report's numbers? Its
        clause names a measure or a category, or the sentence has a value or a year. («noen
        legger mer arbeid i dette enn andre» is not; «antall klager økte» is.)"""
        if vals or years:
            return True
        # its clause with those before it that only a comma cuts off («Saksbehandlingstiden,
        # målt som gjennomsnitt, gikk opp»), not across «men», «og» («Klagesaker kan føre til
        # tiltak, men den største nytten …»)
        _, b = s.clause_of(o.start)
        w = self.wanted(s, s.joined_from(o.start), b, None)
        return bool(w.concepts or w.categories)

    def from_side(self, s: Sentence, start: int, end: int) -> bool:
        """Does the text at [start, end) stand right after «fra» with a «til» later («fra 174
        til 211»)? It is then the earlier of two values."""
        before = s.masked[:start].split()
        return bool(before) and before[-1].casefold() == "fra" and bool(_TIL.search(s.masked, end))

    # ------------------------------------------------------------------ from … to …

    def _from_to(self, s: Sentence, vals, years):
        """(from, to) of «fra X til Y»: two values, or two years (then the values are bound by
        the sentence's words at those years)."""
        for m in _FRA.finditer(s.masked):
            til = _TIL.search(s.masked, m.end())
            if til is None:
                continue
            a = [v for v in vals if m.end() <= v.start < til.start()]
            b = [v for v in vals if til.end() <= v.start]
            if a and b and not s.masked[m.end() : a[0].start].strip(" "):
                return ("values", a[0], b[0])
            ya = [back for p, back in years if m.end() <= p < til.start()]
            yb = [back for p, back in years if til.end() <= p <= til.end() + 3]
            if ya and yb:
                return ("years", ya[0], yb[0])
        return None

    # ------------------------------------------------------------------ direction

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
            return Outcome(
                start,
                end,
                "retning",
                FALSE,
                hit.text,
                f"fra- og til-tallet er ikke samme størrelse: {about}",
                about=about,
            )
        if before.back <= now.back:
            return Outcome(
                start,
                end,
                "retning",
                FALSE,
                hit.text,
                f"fra-tallet er ikke det tidligere året: {about}",
                about=about,
            )
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

    def _near(self, a: float, b: float, kind: str, *, exact: bool = False) -> bool:
        if exact:
            return a == b
        if kind == "share":
            return within(a, b, self.tol["omtrent_andel"])
        return within_relative(a, b, self.tol["omtrent_relativ"])

    def _every_year(self, hit, now: Ref, base: int, neg: bool) -> Outcome:
        series = years_of(now.series, self.values, self.lex)
        span = [series[b] for b in range(base, now.back - 1, -1) if b in series]
        if len(span) != base - now.back + 1:
            return self._open(hit, "retning", "bygget har ikke hvert år i perioden")
        bad = [(x, y) for x, y in pairwise(span) if not y.raw > x.raw]
        detail = ", ".join(f"{x.label} = {x.text} → {y.label} = {y.text}" for x, y in bad[:1])
        return self._verdict(hit, "retning", (not bad) != neg, detail, now.label)

    # ------------------------------------------------------------------ comparison, equality

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
        ref = self.meanings.bind(base, share=share)
        if ref is None and back is not None and not w.anchored():
            return in_series(left.series, back, self.values, self.lex)
        return ref

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
        after = [v for v in vals if v.start >= enn.end and v.ref is not None]
        right = after[0].ref if after else self._other_side(s, years, left, enn.end, len(s.masked))
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

    # ------------------------------------------------------------------ rank

    def _rank(self, s, vals, years, hit) -> Outcome:
        way = str(hit.value)
        neg = self._negated(s, hit)
        ordinal = _ordinal(s.masked, hit.start)
        subject = self._subject(s, vals, hit)
        ref = subject.ref if subject else None
        if ref is not None and ref.key and rank_of(ref.key) is not None:
            defined = {"max": "maks", "min": "min"}[rank_of(ref.key)]
            detail = f"{ref.label} er {SAYS[defined]}, ikke {SAYS[way]}"
            return self._verdict(hit, "rang", (defined == way) != neg, detail, ref.label)
        if ref is None:
            ref = self._scoped(s, hit, years)
        if ref is None:
            return self._open(hit, "rang")
        own = self.meanings.by_key.get(ref.key or "")
        span_words = any(h.kind in ("hele_serien", "siden") for h in s.hits) or (
            ranks.span(s.masked, 0, len(s.masked), _Holders(s, self.values), self.values)
        )
        if own is not None and own.categories and not span_words:
            across = self._rank_across(s, hit, ref, own, way, ordinal, neg)
            if across is not None:
                return across
        return self._rank_years(s, hit, ref, way, ordinal, neg, years)

    def _rank_across(self, s, hit, ref, own, way, ordinal, neg) -> Outcome | None:
        a, b = s.clause_of(hit.start)
        named = self.wanted(s, a, b, None).categories or self.wanted(s, 0, b, None).categories
        groups = [g for g, _ in own.categories]
        group = next((g for g in groups if g in named), groups[0])
        subjects = named.get(group) or {dict(own.categories)[group]}
        combined = any(c in self.lex.combined for c in subjects)
        group_values = self.meanings.across(ref, group, combined=combined)
        if combined:
            group_values = {
                c: r for c, r in group_values.items() if c in subjects or c not in self.lex.combined
            }
        if len(group_values) < 2:
            return None  # no other category to rank against: the years
        if not subjects <= set(group_values):
            return self._open(hit, "rang")
        ordered = sorted({r.raw for r in group_values.values()}, reverse=way == "maks")
        best = ordered[0]
        if ordinal > 1:
            place = {
                c: 1
                + sum(
                    1
                    for r in group_values.values()
                    if (
                        r.raw > group_values[c].raw
                        if way == "maks"
                        else r.raw < group_values[c].raw
                    )
                )
                for c in subjects
            }
            holds = all(p == ordinal for p in place.values())
        else:
            holds = all(group_values[c].raw == best for c in subjects)
        winners = [c for c, r in group_values.items() if r.raw == best]
        shown = ", ".join(f"{c} = {group_values[c].text}" for c in sorted(subjects))
        best_text = group_values[winners[0]].text
        detail = f"{shown}; {SAYS[way]} var {' og '.join(winners)} ({best_text})"
        return self._verdict(hit, "rang", holds != neg, detail, shown)

    def _rank_years(self, s, hit, ref, way, ordinal, neg, years) -> Outcome:
        series = years_of(ref.series, self.values, self.lex)
        span = ranks.span(s.masked, 0, len(s.masked), _Holders(s, self.values), self.values)
        whole = any(h.kind == "hele_serien" for h in s.hits) or (span is not None and span.whole)
        since = self._since(s, years)
        if span is not None and span.since is not None and self.values.year is not None:
            since = self.values.year - span.since
        last = span.last if span is not None else None
        if since is not None:
            backs = [b for b in series if ref.back <= b < since]
        elif last is not None:
            backs = [b for b in series if ref.back <= b < ref.back + last]
        elif whole:  # «i hele perioden»: the years after the sentence's year too
            backs = list(series)
        else:
            backs = [b for b in series if b >= ref.back]
        pool = {b: series[b] for b in backs}
        if ref.back not in pool:
            pool[ref.back] = ref
        peak = hit.text.casefold() in ("en topp", "toppen", "en bunn", "bunnen")
        if peak:
            around = [series[b] for b in (ref.back - 1, ref.back + 1) if b in series]
            if not around:
                return self._open(hit, "rang")
            holds = all((ref.raw > r.raw) if way == "maks" else (ref.raw < r.raw) for r in around)
            detail = ", ".join(f"{r.label} = {r.text}" for r in around)
            return self._verdict(
                hit, "rang", holds != neg, f"{ref.label} = {ref.text}; {detail}", ref.label
            )
        beyond = [
            r for r in pool.values() if (r.raw > ref.raw if way == "maks" else r.raw < ref.raw)
        ]
        place = len(beyond) + 1  # ties share the better place, as decided.rank_word counts
        if ordinal == 1 and beyond:
            pick = max if way == "maks" else min
            best = pick(r.raw for r in beyond)
            year = self.values.year or 0
            when = " og ".join(
                str(year - b) for b in sorted(pool, reverse=True) if pool[b].raw == best
            )
            shown = next(r.text for r in beyond if r.raw == best)
            period = f"{year - max(pool)}–{year - ref.back}"
            detail = (
                f"{ref.label} = {ref.text} i {year - ref.back}, men {when} hadde {shown} "
                f"({SAYS[way]} i {period})"
            )
            fix = f"{SAYS[way]} i {period} var {shown} i {when}"
            status = OK if neg else FALSE
            return Outcome(hit.start, hit.end, "rang", status, hit.text, detail, fix, ref.label)
        if ordinal > 1 and place != ordinal and len(pool) >= ordinal:
            year = self.values.year or 0
            period = f"{year - max(pool)}–{year - ref.back}"
            detail = f"{ref.label} = {ref.text} er nr. {place} i {period}, ikke nr. {ordinal}"
            return self._verdict(hit, "rang", neg, detail, ref.label)
        # holds over the years the build has: are those all the years the words mean?
        # the yearly table is the whole series; keys alone (units: three years) are not «ever»
        table = any(r.key is None for r in series.values())
        complete = (
            (last is not None and ref.back + last - 1 <= max(series))
            or (since is not None and all(b in series for b in range(ref.back, since)))
            or (last is None and since is None and (table if whole else len(series) > 2))
        )
        if not complete:
            return self._open(hit, "rang", f"bygget har bare {len(series)} år av {ref.label}")
        return self._verdict(hit, "rang", not neg, "", ref.label)

    # ------------------------------------------------------------------ shares, all decided

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

    def _zero(self, s, years, hit) -> Outcome | None:
        """«Ingen klager gjaldt maktmisbruk»: the count the clause's category names is 0 (a
        clause without a category is not about a value: «det er ingen klager på dette»)."""
        a, b = s.clause_of(hit.start)
        if not self.wanted(s, a, b, None).categories:
            return None
        ref = self._bind(s, a, b, hit.start, years, share=False)
        if ref is None:
            return self._open(hit, "nivå")
        return self._verdict(hit, "nivå", ref.raw == 0, f"{ref.label} = {ref.text}", ref.label)

    def _largest(self, ref: Ref) -> bool:
        own = self.meanings.by_key.get(ref.key or "")
        if own is None or not own.categories:
            return False
        group = own.categories[0][0]
        others = self.meanings.across(ref, group, combined=False)
        return bool(others) and ref.raw >= max(r.raw for r in others.values())

    def _all(self, s, years, hit, *, open_claim: bool) -> Outcome:
        neg = self._negated(s, hit, reach=8)  # «Ingen av klagene … er under behandling»
        some_open = open_claim != neg  # the sentence says some cases are still open
        back = self.year_at(s, hit.start, years)
        if back not in (None, 0):
            return self._open(hit, "alle", "bygget vet bare om årets saker")
        deadline = self._deadline(s)
        if deadline is not None:
            last = self.values.raw("received.all_decided_by")
            if not isinstance(last, str):
                all_done = False
            else:
                all_done = dt.date.fromisoformat(last) <= deadline
            about = "received.all_decided_by"
            detail = f"den siste saken ble avsluttet {self.values.get(about).text}"
        else:
            opened = self.values.raw("received.open")
            if not isinstance(opened, int):
                return self._open(hit, "alle")
            all_done = opened == 0
            about = "received.open"
            detail = f"received.open = {opened}"
        return self._verdict(hit, "alle", all_done != some_open, detail, about)

    def _deadline(self, s: Sentence) -> dt.date | None:
        year = self.values.year
        if year is None:
            return None
        for h in s.hits:
            if h.kind == "innen" and h.value == "årsskiftet":
                return dt.date(year, 12, 31)
            if h.kind == "innen" and h.value == "utgangen_av":
                word = [w.strip(".,;:!?)»").casefold() for w in s.masked[h.end :].split()]
                if word and word[0] in MONTHS:
                    month = MONTHS.index(word[0]) + 1
                    if month == 12:
                        return dt.date(year, 12, 31)
                    return dt.date(year + 1, month + 1, 1) - dt.timedelta(days=1)
        return None

    # ------------------------------------------------------------------ level

    def _levels(self, s, vals, years, pair) -> list[Outcome]:
        """Each placeholder against the year, category and concept of its clause."""
        out = []
        for v in vals:
            own = self.meanings.by_key.get(v.key)
            if own is None:
                continue
            a, b = s.clause_of(v.start)
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
            problems = conflicts(own, w, self.lex)
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

    # ------------------------------------------------------------------ verdicts

    def _open(self, hit, kind, what: str = "verdien") -> Outcome:
        return Outcome(
            hit.start,
            hit.end,
            kind,
            OPEN,
            hit.text,
            f"ingen verdi i bygget viser det (fant ikke {what} ordene gjelder)",
        )

    def _verdict(self, hit, kind, holds: bool, detail: str, about: str) -> Outcome:
        return Outcome(
            hit.start, hit.end, kind, OK if holds else FALSE, hit.text, detail, about=about
        )


class _Holders(list):
    """The sentence's placeholders as ranks.span wants them (start, key)."""

    def __init__(self, s: Sentence, values: BuildValues) -> None:
        super().__init__(_Key(h.start, h.args.strip("\"'")) for h in s.holders if h.name == "var")


@dataclass(frozen=True)
class _Key:
    start: int
    key: str


def _ordinal(masked: str, start: int) -> int:
    before = masked[max(0, start - 12) : start].split()
    word = before[-1].lower() if before else ""
    return ORDINALS.index(word) if word and word in ORDINALS else 1


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
