"""The net: nothing quantitative passes unexamined (issue 21, item 2).

After the rules have read a sentence, every quantitative cue in it (check/cues.py) must have been
read by one of them. A cue no rule read, in a sentence about the report's numbers, is an open
statement (a sign-off item naming the cue), so a sentence is verified or silent only when every
cue in it was bound and checked. A cue counts as read when:

- a statement's words cover it («økte», «flest», «like mange som»);
- it is a lexicon word joined to such a statement by nothing but other lexicon words of the
  statement's phrase («holdt seg stabilt», «flere enn fire av ti»), or a verb whose particle
  made a statement in its clause («gikk … opp»);
- it bounds or hedges the number typed right after it, which the line checks read with it
  («færre enn tre saker», «omtrent 40 klager»: typed.hedge);
- a hedge stands right before a placeholder, a typed number or a statement it softens.

A word of degree counts only next to another cue («en klar økning»), a time span only in a
sentence with another cue («har økt de siste årene»); a word of `nett.alltid` («nest»,
«vanligst») in any sentence; a direction particle without its verb only right before «fra» or
«til» («…, ned fra 15»). «About the numbers» is the rules' own test
(Parts._about_data): the cue's clause names a measure or a category, or the sentence has a value
or a year.
"""

from __future__ import annotations

from ...publish.text import ORDINALS
from .. import cues as cue_words
from .. import numbers, ranks, typed
from ..build_values import describes_of
from ..cues import HEDGE, Cue
from ..sentences import Sentence
from .outcome import OK, OPEN, Outcome
from .parts import Parts

KIND = "uavklart"
SPAN = "uavklart_gjentatt"  # «…, som i fjor» alone: the rest of the sentence is read whole
REACH = 3  # words between a quantity word and what it quantifies
# a time span is read only by the rules of its kind: the whole series by a rank or a comparison
# («flere enn i noe annet år»), every year by a direction («stabilt siden vi startet» is neither:
# its span is not read)
_READS = {"hele_serien": ("rang", "mer", "mindre"), "hvert_år": ("retning", "faktor", "partikkel")}
# lexicon hit kinds a quantity word may quantify
_ANCHORS = frozenset({"begrep", "kategori", "gruppe", "ukjent_enhet"})
# lexicon cues that are quantity words when no rule read them («flere møter», «alle
# politidistrikter»): they too must stand by what they quantify
_QUANTITY = frozenset({HEDGE, "mer", "mindre", "alle", "null", "mengde"})
# lexicon hit kinds that may stand inside a statement's phrase between its words
_JOINERS = frozenset({"enn", "negasjon", "omtrent", "mot", "tid", "begrep", "kategori"})


class Net(Parts):
    """The cues of a sentence that no rule read."""

    def _unexamined(self, s: Sentence, out: list[Outcome], vals, years) -> list[Outcome]:
        found = cue_words.find(s.masked, s.hits, self.lex)
        if not found:
            return []
        read = [(o.start, o.end) for o in out]
        typed_numbers = numbers.find_numbers(s.text)
        covered = [c for c in found if _overlaps(c, read)]
        open_cues = []
        for c in found:
            if c in covered:
                continue
            if c.kind == "partikkelverb" and (
                self._particle_read(s, c, read) or not self._has_particle(s, c)
            ):
                continue  # «gikk … opp» read; «går på» (about) is no direction
            if c.kind == "retning" and self._streak_after(s, c, out):
                continue  # «økte ikke for fjerde år på rad»: the streak reads its direction
            if c.kind == "null" and self._read_after(s, c, read):
                continue  # «ingen saker … står åpne»: the statement reads it as its negation
            if c.text.casefold() in ORDINALS and _right_before(s, c, out, "rang"):
                continue  # «nest flest»: the rank rule reads the ordinal
            if c.kind == "tidsrom" and _rank_span(s, c, out):
                continue  # «den korteste på to år»: the rank rule reads the span
            if c.kind in ("tidsrom", "hele_serien") and _rank_word(s):
                continue  # «det {{< var decided.rank_word >}} … siden vi startet»: the series'
            if _bound_after(s, c) and _after_value(s, c, typed_numbers):
                continue  # «på {{< var … >}} dager eller mindre»
            if _bounds_number(s, c, typed_numbers):
                continue
            if c.kind == HEDGE and self._hedges_something(s, c, read, typed_numbers):
                continue
            open_cues.append(c)
        # a lexicon word joined to a read statement's words («holdt seg stabilt»)
        changed = True
        while changed:
            changed = False
            for c in list(open_cues):
                if c.lexical and any(self._joined(s, c, d) for d in covered):
                    open_cues.remove(c)
                    covered.append(c)
                    changed = True
        anchors = self._anchors(s, typed_numbers)
        plain = [c for c in open_cues if c.kind != "grad"]
        counted = [c for c in plain if self._counts(s, c, anchors, vals, years)]
        # a word of degree counts next to a counted cue or a verified statement's word (next to
        # a false or open one the sentence is stopped already)
        verified = [(o.start, o.end) for o in out if o.status == OK]
        said = counted + [c for c in covered if _overlaps(c, verified)]
        counted += [
            c
            for c in open_cues
            if c.kind == "grad"
            and self._about_data(s, _as_outcome(c), vals, years)
            and any(_neighbours(s, c, d) for d in said if d.kind not in ("tidsrom", HEDGE))
        ]
        counted.sort(key=lambda c: c.start)
        spans = ("tidsrom", cue_words.REPEAT)
        if any(c.kind in spans for c in counted) and not out and len(counted) < 2:
            counted = [c for c in counted if c.kind not in spans]  # a time span alone
        return [_open(s, group) for group in _runs(s, counted)]

    def _counts(self, s: Sentence, c: Cue, anchors, vals, years) -> bool:
        """Does an unread cue make the sentence a sign-off item? It must be about the numbers
        (the rules' own test); a word of the net, a hedge or a quantity word of the lexicon
        (`_QUANTITY`) must also stand within REACH words of what it quantifies (a measure, a
        category, a value: «mange av klagene», not «mange av våre ansatte»). (A word of degree
        counts next to a counted cue or a statement's word.)"""
        if c.kind == "partikkel" and not self._has_verb(s, c) and not _elliptic(s, c):
            return False  # «tatt opp», «legger ned»: a particle of another verb
        if c.text.casefold() in cue_words.always():
            return True  # «Annet var nest vanligst»: about the numbers in any sentence
        if not self._about_data(s, _as_outcome(c), vals, years):
            return False
        if c.kind in ("tidsrom", cue_words.REPEAT) or (c.lexical and c.kind not in _QUANTITY):
            return True
        return _near_anchor(s, c, anchors)

    def _anchors(self, s: Sentence, typed_numbers) -> list[tuple[int, int]]:
        """What a quantity word may quantify: a measure or category word, a value placeholder
        (not a year), a typed number that is not a year, a compound noun with a part about the
        numbers (leksikon.yml `sammensatt_ledd`)."""
        out = [(h.start, h.end) for h in s.hits if h.kind in _ANCHORS]
        out += [
            (h.start, h.end)
            for h in s.holders
            if h.name == "var" and not h.args.strip("\"' ").startswith("year.")
        ]
        out += [(n.start, n.end) for n in typed_numbers if n.kind not in ("year", "date")]
        out += self.compounds(s)  # «Fristoverholdelsen ble dårligere»
        return out

    def _has_verb(self, s: Sentence, c: Cue) -> bool:
        """A particle verb before the particle, in its clause with those before it that only a
        comma cuts off («gikk, etter en lang periode, opp»), not across «og», «men»."""
        a = s.joined_from(c.start)
        return any(h.kind == "partikkelverb" and a <= h.start < c.start for h in s.hits)

    def _particle_read(self, s: Sentence, c: Cue, read) -> bool:
        """«gikk … opp»: the verb's particle made a statement in the verb's clause."""
        _, b = s.clause_of(c.start)
        return any(c.end <= a < b for a, _ in read)

    def _has_particle(self, s: Sentence, c: Cue) -> bool:
        _, b = s.clause_of(c.start)
        return any(h.kind == "partikkel" and c.end <= h.start < b for h in s.hits)

    def _streak_after(self, s: Sentence, c: Cue, out: list[Outcome]) -> bool:
        """A streak read later in the direction word's clause (streak.py reads the word)."""
        _, b = s.clause_of(c.start)
        streaks = [(h.start, h.end) for h in s.hits if h.kind == "på_rad" and c.end <= h.start < b]
        return any(_overlaps(Cue(a, e, "", "på_rad", True), [(o.start, o.end) for o in out])
                   for a, e in streaks)  # fmt: skip

    def _read_after(self, s: Sentence, c: Cue, read) -> bool:
        """A statement read later in the cue's clause."""
        _, b = s.clause_of(c.start)
        return any(c.end <= a < b for a, _ in read)

    def _hedges_something(self, s: Sentence, c: Cue, read, typed_numbers) -> bool:
        """A hedge right before a placeholder, a typed number or a read statement (what stands
        between is at most two words)."""
        _, b = s.clause_of(c.start)
        starts = [a for a, _ in read]
        starts += [h.start for h in s.holders if h.name == "var"]
        starts += [n.start for n in typed_numbers]
        return any(c.end <= a < b and len(s.masked[c.end : a].split()) <= 2 for a in starts)

    def _joined(self, s: Sentence, c: Cue, d: Cue) -> bool:
        """Are two lexicon words one phrase: nothing but joining lexicon words between them?"""
        if not d.lexical or d.kind not in _READS.get(c.kind, (d.kind,)):
            return False
        a, b = (c.end, d.start) if c.end <= d.start else (d.end, c.start)
        between = s.masked[a:b]
        if not between.strip():
            return True
        joiners = [h for h in s.hits if a <= h.start and h.end <= b and h.kind in _JOINERS]
        rest = list(between)
        for h in joiners:
            rest[h.start - a : h.end - a] = " " * (h.end - h.start)
        return not "".join(rest).strip()


def _elliptic(s: Sentence, c: Cue) -> bool:
    """A direction particle without its verb, right before «fra» or «til» («…, ned fra
    {{< var units.pass.minus1 >}}», «…, opp fra i fjor»): a change said in a clause of its own."""
    return s.masked[c.end :].split()[:1] in (["fra"], ["til"])


def _near_anchor(s: Sentence, c: Cue, anchors) -> bool:
    """An anchor within REACH words of the cue, in its clause."""
    a, b = s.clause_of(c.start)
    for x, y in anchors:
        if not (a <= x < b):
            continue
        gap = s.masked[c.end : x] if x >= c.end else s.masked[y : c.start]
        if (x >= c.end or y <= c.start) and len(gap.split()) <= REACH:
            return True
    return False


def _neighbours(s: Sentence, c: Cue, d: Cue) -> bool:
    """A word of degree right before a cue (one word may stand between: «klart den
    vanligste») or right after one («økte kraftig»)."""
    if d.start >= c.end:
        return len(s.masked[c.end : d.start].split()) <= 1
    return d.end <= c.start and not s.masked[d.end : c.start].strip()


def _right_before(s: Sentence, c: Cue, out: list[Outcome], kind: str) -> bool:
    return any(o.kind == kind and o.start >= c.end and not s.masked[c.end : o.start].strip()
               for o in out)  # fmt: skip


def _rank_word(s: Sentence) -> bool:
    """A rank word the build computes over the whole series (`…rank_word`, report/values.yml
    `describes:`) stands in the sentence."""
    keys = [h.args.strip("\"' ") for h in s.holders if h.name == "var"]
    return any(k.endswith(".rank_word") and describes_of(k) for k in keys)


def _rank_span(s: Sentence, c: Cue, out: list[Outcome]) -> bool:
    """A time span the rank rule reads (ranks.span: «på fem år»), in a sentence with a rank."""
    if not any(o.kind == "rang" for o in out):
        return False
    said = ranks.span(s.masked, 0, len(s.masked), [], None)
    if said is None:
        return False
    at = s.masked.find(said.text)
    return at >= 0 and at < c.end and c.start < at + len(said.text)


def _bound_after(s: Sentence, c: Cue) -> bool:
    """«eller mindre», «eller flere»: a bound after a value (leksikon.yml nett.grense_etter; a
    comparison word of the lexicon after «eller» too)."""
    if c.kind == "grense_etter":
        return True
    return c.kind in ("mer", "mindre") and s.masked[: c.start].split()[-1:] == ["eller"]


def _after_value(s: Sentence, c: Cue, typed_numbers) -> bool:
    """A bound right after a placeholder or a typed number (a unit word may stand between)."""
    before = s.masked[: c.start].split()[-3:]
    ends = {n.end for n in typed_numbers}
    holder = any(w.startswith("§") for w in before)
    return holder or any(0 < c.start - e <= 16 for e in ends)


def _overlaps(c: Cue, spans) -> bool:
    return any(a < c.end and c.start < b for a, b in spans)


def _bounds_number(s: Sentence, c: Cue, typed_numbers) -> bool:
    """«færre enn tre saker», «omtrent 40 klager»: the cue ends the words that hedge or bound
    the typed number right after it (typed.hedge reads them with the number)."""
    for n in typed_numbers:
        if n.start >= c.end and not s.masked[c.end : n.start].strip(" \u00a0"):
            return typed.hedge(n) is not None
    enn = [h for h in s.hits if h.kind == "enn" and h.start >= c.end]
    if enn and not s.masked[c.end : enn[0].start].strip():  # «færre enn tre»
        return any(
            n.start >= enn[0].end and not s.masked[enn[0].end : n.start].strip()
            and typed.hedge(n) is not None
            for n in typed_numbers
        )  # fmt: skip
    return False


def _runs(s: Sentence, found: list[Cue]) -> list[list[Cue]]:
    """Cues that follow each other with only spaces between, as one phrase."""
    out: list[list[Cue]] = []
    for c in sorted(found, key=lambda c: c.start):
        if out and not s.masked[out[-1][-1].end : c.start].strip():
            out[-1].append(c)
        else:
            out.append([c])
    return out


def _as_outcome(c: Cue) -> Outcome:
    return Outcome(c.start, c.end, KIND, OPEN, c.text)


def _open(s: Sentence, group: list[Cue]) -> Outcome:
    start, end = group[0].start, group[-1].end
    words = " ".join(s.text[start:end].split())
    names = []
    for c in group:
        if c.name not in names:
            names.append(c.name)
    return Outcome(
        start,
        end,
        SPAN if all(c.kind == cue_words.REPEAT for c in group) else KIND,
        OPEN,
        words,
        f"ingen regel leser {' og '.join(names)} mot tallene",
    )
