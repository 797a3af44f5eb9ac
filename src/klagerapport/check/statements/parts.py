"""The sentence's parts every kind of statement reads: its value placeholders and years, the year
a position is about, the words' wanted meaning, negation, the value a word is about, and the two
ways a statement ends (a verdict, or open)."""

from __future__ import annotations

import re

from ..build_values import BuildValues
from ..lexicon import TOKEN, Hit, Lexicon, within, within_relative
from ..meaning import Meanings, Ref, Wanted, ref_of
from ..sentences import Sentence, typed_years
from .changesize import sized_percent
from .outcome import FALSE, OK, OPEN, Outcome, Value

NEAR = 80


class Parts:
    """One build's values and lexicon, and the parts of a sentence read against them."""

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

    def since(self, s: Sentence, years) -> int | None:
        """The base year of a change: the year right after «siden»/«fra», or after
        «sammenlignet med»/«i forhold til» (`enn` words other than «enn» itself)."""
        for hit in s.hits:
            compared = hit.kind == "enn" and hit.text.casefold() != "enn"
            if hit.kind == "siden" or compared:
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
        # «… siden statistikken startet i 2016»: the series' first year is no context either
        bases = {
            p for p, _ in years
            for h in s.hits
            if (h.kind in ("enn", "mot") and p >= h.end
                and s.masked[h.end : p].split() in ([], ["i"]))
            or (h.kind == "hele_serien" and 0 <= p - h.end <= 4)
        }  # fmt: skip
        years = [(p, back) for p, back in years if p not in bases]
        since = self.since(s, years)
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
                    if hit.value == "andel" and sized_percent(s, hit):
                        continue  # «økte med 20 prosent»: the size of a change, not a share
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
        if any(_neither(s, h, hit) for h in before):
            return True  # «Verken avviste eller overførte saker økte»: both sides, any length
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
        a = s.joined_from(o.start)
        if self._names_data(s, a, b):
            return True
        # «Saksbehandling var det vanligste grunnlaget, men økte ikke»: a stretch with no
        # subject of its own (only leksikon.yml `uten_subjekt` words before the word) is about
        # the subject of the stretch before it
        # (a name, capitalised, may stand there too: «… i Asker og Bærum økte kraftig», the
        # stretch before it goes on)
        before = [w.strip(".,;:!?«»") for w in s.masked[a : o.start].split()]
        if a == 0 or not all(
            w.casefold() in self.lex.no_subject or w[:1].isupper() for w in before
        ):
            return False
        earlier = [x for x, y in s.stretches() if y <= a]
        return bool(earlier) and self._names_data(s, s.joined_from(earlier[-1]), a)

    def _names_data(self, s: Sentence, a: int, b: int) -> bool:
        """Does [a, b) name a measure or a category (or a compound noun or quantity phrase
        about them)?"""
        w = self.wanted(s, a, b, None)
        return bool(w.concepts or w.categories) or self._compound(s, a, b) or self._counted(s, a, b)

    def _counted(self, s: Sentence, a: int, b: int) -> bool:
        """A quantity phrase of the lexicon in [a, b) that holds a measure's word («Ingen
        klager tok mer enn to måneder»: «ingen klager» is one phrase, so its «klager» names no
        concept on its own)."""
        for h in s.hits:
            if h.kind in ("null", "alle", "noen") and a <= h.start < b:
                words = (t.group().casefold() for t in TOKEN.finditer(h.text))
                if any(self.lex.entries.get(w, ("",))[0] == "begrep" for w in words):
                    return True
        return False

    def _compound(self, s: Sentence, a: int, b: int) -> bool:
        """Does [a, b) hold a compound noun with a part about the numbers (leksikon.yml
        `sammensatt_ledd`: «Klageantallet», «Mediantiden») that no lexicon phrase reads?"""
        return any(a <= start < b for start, _ in self.compounds(s))

    def compounds(self, s: Sentence) -> list[tuple[int, int]]:
        """The spans of such compound nouns in the sentence."""
        inside = [(h.start, h.end) for h in s.hits]
        out = []
        for t in TOKEN.finditer(s.masked):
            word = t.group().casefold()
            if word in self.lex.compound_not or any(x <= t.start() < y for x, y in inside):
                continue
            lex = self.lex
            if any(word.startswith(p) and word != p for p in lex.compound_first) or any(
                word.endswith(p) and len(word) > len(p) + 2 for p in lex.compound_last
            ):
                out.append((t.start(), t.end()))
        return out

    def _near(self, a: float, b: float, kind: str, *, exact: bool = False) -> bool:
        if exact:
            return a == b
        if kind == "share":
            return within(a, b, self.tol["omtrent_andel"])
        return within_relative(a, b, self.tol["omtrent_relativ"])

    def _together(self, s, hit) -> list[str]:
        """The categories of one group the share is about together: a chain of category words
        joined by «og»/«eller» (leksikon.yml `sammen_ledd`: «Kritikk og uheldig utgjorde til
        sammen …», «… endte med kritikk eller som «uheldig»») with a member in the share's own
        clause, or ending right before it; [] for one category, or with «hver», «henholdsvis»,
        «begge» (each on its own: leksikon.yml `hver_for_seg`)."""
        cats = [h for h in s.hits if h.kind == "kategori"]
        chains: list[list] = []
        for h in cats:
            last = chains[-1][-1] if chains else None
            gap = s.masked[last.end : h.start] if last is not None else ""
            if last is not None and self._joins(gap) and last.group == h.group:
                chains[-1].append(h)
            else:
                chains.append([h])
        a, b = s.clause_of(hit.start)
        for chain in chains:
            inside = any(a <= h.start < b for h in chain)
            just_before = chain[-1].end <= a and self._joins(
                s.masked[chain[-1].end : a].strip(" ,")
            )
            if len(chain) < 2 or not (inside or just_before):
                continue
            lo, hi = min(chain[0].start, a), max(b, chain[-1].end)
            if any(w in self.lex.each_word for w in s.masked[lo:hi].casefold().split()):
                return []
            return list(dict.fromkeys(str(h.value) for h in chain))
        return []

    def _joins(self, gap: str) -> bool:
        """Is the text between two category words only a joining word of `sammen_ledd` (with
        quotes and «som»)?"""
        words = re.sub(r"[«»\"',]", " ", gap).casefold().split()
        return bool(words) and all(w in self.lex.together_words for w in words)

    def of_category(self, ref: Ref, codes, code: str) -> Ref | None:
        """The value of `ref`'s key with its one category part of `codes` made `code`
        («decisions.kritikk.share» → «decisions.uheldig.share»); None when the key has no such
        part, or more than one, or the build lacks the value."""
        parts = (ref.key or "").split(".")
        here = [i for i, p in enumerate(parts) if p in codes]
        if len(here) != 1:
            return None
        key = ".".join([*parts[: here[0]], code, *parts[here[0] + 1 :]])
        return ref_of(key, self.values, self.lex)

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


def _neither(s: Sentence, neg: Hit, hit: Hit) -> bool:
    """«verken X eller Y <word>»: «verken», then «eller», then the word, in one clause."""
    if neg.text.casefold() != "verken":
        return False
    between = s.masked[neg.end : hit.start].casefold().split()
    return "eller" in between
