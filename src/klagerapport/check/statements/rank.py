"""Rank: «flest», «høyeste», «den vanligste», «nest høyeste», «en topp»: against the other
categories when the value has one (decisions, grounds, units), else against the years the
sentence names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...publish.text import ORDINALS
from .. import numbers, ranks
from ..build_values import BuildValues, rank_of
from ..lexicon import data
from ..meaning import years_of
from ..sentences import Sentence
from .margin import margin_start, widened
from .outcome import FALSE, OK, OPEN, SAYS, Outcome
from .parts import Parts

# a rank over the years («høyeste i hele serien», «siden 2015») binds, where the words allow
# both, a value the build has for at least this many years (the yearly table, not two keys)
SERIES_YEARS = 3


class Rank(Parts):
    """Reads rank words across categories or years."""

    def _rank(self, s, vals, years, hit) -> Outcome:
        if _among_districts(s.masked):  # «flest … av alle distriktene»: not this build's
            return self._open(hit, "rang", "rangen blant distriktene")
        if single_case_word(s, hit):  # «Den lengste saken tok 71 dager»: no value of the build
            return self._open(hit, "rang", "den lengste eller korteste enkeltsaken")
        way = str(hit.value)
        neg = self._negated(s, hit)
        ordinal = _ordinal(s.masked, hit.start, hit.text)
        subject = self._subject(s, vals, hit)
        ref = subject.ref if subject else None
        if ref is not None and ref.key and rank_of(ref.key) is not None:
            defined = {"max": "maks", "min": "min"}[rank_of(ref.key)]
            detail = f"{ref.label} er {SAYS[defined]}" + (
                "" if defined == way else f", ikke {SAYS[way]}"
            )
            return self._verdict(hit, "rang", (defined == way) != neg, detail, ref.label)
        span_words = any(h.kind in ("hele_serien", "siden") for h in s.hits) or (
            ranks.span(s.masked, 0, len(s.masked), _Holders(s, self.values), self.values)
        )
        if ref is None and span_words:  # «Klagetallet … det høyeste i hele serien»: a value
            ref = self._scoped(s, hit, years, before=SERIES_YEARS - 1)  # with a yearly series
        if ref is None:
            ref = self._scoped(s, hit, years)
        if ref is None:
            return self._open(hit, "rang")
        own = self.meanings.by_key.get(ref.key or "")
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
        ahead = self._ahead(s, a, b, group) & subjects
        if ahead and ordinal == 1 and subjects - ahead:
            # «Etter Pass var det Orden Sentrum som fikk flest»: the place after those named
            subjects = subjects - ahead
            ordinal = len(ahead) + 1
        else:
            ahead = set()
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
            if ahead:  # and those named ahead of it are ahead of it
                own_raw = group_values[next(iter(subjects))].raw
                sign = 1 if way == "maks" else -1
                holds = holds and all(
                    sign * (group_values[c].raw - own_raw) > 0 for c in ahead if c in group_values
                )
        else:
            holds = all(group_values[c].raw == best for c in subjects)
        winners = [c for c, r in group_values.items() if r.raw == best]
        shown = ", ".join(f"{c} = {group_values[c].text}" for c in sorted(subjects))
        best_text = group_values[winners[0]].text
        detail = f"{shown}; {SAYS[way]} var {' og '.join(winners)} ({best_text})"
        margin = margin_start(s, hit) if ordinal == 1 else None
        if margin is not None:  # «klart vanligste»: no other about equal to it (margin.py)
            others = {c: r for c, r in group_values.items() if c not in subjects}
            hit = widened(s, hit, margin)
            close = [c for c, r in others.items() if self._near(best, r.raw, ref.kind)]
            if holds and close:
                near = ", ".join(f"{c} = {others[c].text}" for c in close)
                detail = f"{shown}; men {near} er omtrent like mye, så forskjellen er ikke klar"
            holds = holds and bool(others) and not close
        if (
            ordinal == 1
            and holds
            and not neg
            and set(winners) - subjects - set(self._together(s, hit))
        ):
            # «Flest K-etnisk-saker ble avgjort som uheldig» with three at 4: the first place is
            # shared, which «flest» may or may not say; a reviewer decides
            return Outcome(
                hit.start,
                hit.end,
                "rang",
                OPEN,
                hit.text,
                f"{shown}; {SAYS[way]} var {' og '.join(winners)} ({best_text}), en delt plass",
            )
        return self._verdict(hit, "rang", holds != neg, detail, shown)

    def _ahead(self, s, a: int, b: int, group: str) -> set[str]:
        """The categories of `group` named right after a word of leksikon.yml `rang_etter`
        («etter», «bak») in the clause [a, b): those a rank word's subject comes after."""
        words = {str(w).casefold() for w in data()["rang_etter"]}
        out = set()
        for h in s.hits:
            if h.kind == "kategori" and h.group == group and a <= h.start < b:
                before = s.masked[a : h.start].split()
                if before and before[-1].casefold() in words:
                    out.add(str(h.value))
        return out

    def _rank_years(self, s, hit, ref, way, ordinal, neg, years) -> Outcome:
        series = years_of(ref.series, self.values, self.lex)
        span = ranks.span(s.masked, 0, len(s.masked), _Holders(s, self.values), self.values)
        whole = any(h.kind == "hele_serien" for h in s.hits) or (span is not None and span.whole)
        since = self.since(s, years)
        if span is not None and span.since is not None and self.values.year is not None:
            since = self.values.year - span.since
        last = span.last if span is not None else None
        if since is not None:
            backs = [b for b in series if ref.back <= b < since]
        elif last is not None:
            backs = [b for b in series if ref.back <= b < ref.back + last]
        else:  # «i hele perioden», or a past year's superlative: the years after it too
            backs = list(series)
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
            period = f"{year - max(pool)}–{year - min(pool)}"  # the years compared
            detail = (
                f"{ref.label} = {ref.text} i {year - ref.back}, men {when} hadde {shown} "
                f"({SAYS[way]} i {period})"
            )
            fix = f"{SAYS[way]} i {period} var {shown} i {when}"
            status = OK if neg else FALSE
            return Outcome(hit.start, hit.end, "rang", status, hit.text, detail, fix, ref.label)
        if ordinal > 1 and place != ordinal and len(pool) >= ordinal:
            year = self.values.year or 0
            period = f"{year - max(pool)}–{year - min(pool)}"  # the years compared
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
        margin = margin_start(s, hit) if ordinal == 1 else None
        if margin is not None:  # «det klart høyeste»: no other year about equal to it
            year = self.values.year or 0
            close = [
                f"{r.text} i {year - b}"
                for b, r in sorted(pool.items())
                if b != ref.back and self._near(ref.raw, r.raw, ref.kind)
            ]
            detail = f"{ref.label} = {ref.text}; men {', '.join(close)} er omtrent like mye"
            holds = len(pool) > 1 and not close
            return self._verdict(widened(s, hit, margin), "rang", holds != neg, detail, ref.label)
        return self._verdict(hit, "rang", not neg, "", ref.label)


class _Holders(list):
    """The sentence's placeholders as ranks.span wants them (start, key)."""

    def __init__(self, s: Sentence, values: BuildValues) -> None:
        super().__init__(_Key(h.start, h.args.strip("\"'")) for h in s.holders if h.name == "var")


@dataclass(frozen=True)
class _Key:
    start: int
    key: str


def _ordinal(masked: str, start: int, words: str = "") -> int:
    """The place a rank word says: «nest høyeste» 2, «tredje laveste» 3, «andreplassen» 2
    (leksikon.yml `ordenstall` before «plass»), else 1."""
    place = words.casefold().removesuffix("en").removesuffix("plass")
    if place != words.casefold().removesuffix("en") and place in data()["ordenstall"]:
        return int(data()["ordenstall"][place])
    before = masked[max(0, start - 12) : start].split()
    word = before[-1].lower() if before else ""
    return ORDINALS.index(word) if word and word in ORDINALS else 1


def _among_districts(masked: str) -> bool:
    """Does the sentence rank among the districts (leksikon.yml `blant_distriktene`)?"""
    low = " ".join(masked.casefold().split())
    return any(re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", low) for p in _district_words())


@cache
def _district_words() -> tuple[str, ...]:
    return tuple(" ".join(str(w).casefold().split()) for w in data()["blant_distriktene"])


def single_case_word(s: Sentence, hit) -> bool:
    """A superlative after «den»/«det» right before a noun of a single case (leksikon.yml
    `enkeltsak`), or of a handling time with a number typed in its clause
    (`enkeltsak_tid`)."""
    before = s.masked[: hit.start].split()[-1:]
    after = [w.strip(".,;:!?«»").casefold() for w in s.masked[hit.end :].split()[:1]]
    if [w.casefold() for w in before] not in (["den"], ["det"]) or not after:
        return False
    lex = data()
    if after[0] in {str(w) for w in lex["enkeltsak"]}:
        return True
    a, b = s.clause_of(hit.start)
    typed = [n for n in numbers.find_numbers(s.text) if a <= n.start < b and n.kind != "year"]
    return after[0] in {str(w) for w in lex["enkeltsak_tid"]} and bool(typed)
