"""The quantitative cues of a sentence: every word that says something about a quantity.

The net of issue 21 (item 2): a sentence is verified or silent only when every cue in it was read
by a rule (check/statements/net.py compares the cues with what the rules read). The cues come from
data/reference/leksikon.yml, not from a list here:

- each lexicon word of a statement kind (`STATEMENT_KINDS`: direction, comparison, equality, rank,
  share, quantifiers, streaks, ratios, durations, vague counts);
- the hedges (`omtrent`), which need something they hedge;
- the words of `nett`: quantities and frequencies (`mengde`), equality (`likhet`), ranks (`rang`),
  degree words next to another cue (`grad`), time spans in a sentence with another cue
  (`tidsrom`, «N» any number), bounds after a value (`grense_etter`: «… dager eller mindre»);
- comparatives and superlatives, by general morphology: every form of `nett.grunnord` (…ere,
  …est, …este; …el/…en without the e), every adjective in …ig (…igere, …igst, …igste),
  `nett.uregelmessig`, never `nett.unntak`.

A word inside another lexicon phrase (a category, a fixed expression) is no cue. Numbers and
placeholders are not cues here: the line checks examine every one (typed.py, and the level rule).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import numbers
from .lexicon import TOKEN, Lexicon, data

# lexicon hit kinds that state something about a quantity by themselves
STATEMENT_KINDS = frozenset(
    {
        "retning", "faktor", "partikkelverb", "partikkel", "mer", "mindre", "vurdering",
        "likhet", "rang", "andel", "null", "alle", "på_rad", "forhold", "varighet",
        "mengde", "hvert_år", "hele_serien",
    }
)  # fmt: skip
HEDGE = "omtrent"
# what each kind of cue is called in a finding
NAMES = {
    "retning": "retningsordet",
    "faktor": "retningsordet",
    "partikkelverb": "retningsordet",
    "partikkel": "retningsordet",
    "vurdering": "vurderingsordet",
    "mer": "sammenligningsordet",
    "mindre": "sammenligningsordet",
    "gradbøyning": "sammenligningsordet",
    "likhet": "likhetsordet",
    "rang": "rangordet",
    "andel": "andelsordet",
    "null": "mengdeordet",
    "alle": "mengdeordet",
    "mengde": "mengdeordet",
    "forhold": "forholdsordet",
    "varighet": "tidsordet",
    "på_rad": "rekkeordet",
    "hvert_år": "tidsrommet",
    "hele_serien": "tidsrommet",
    "tidsrom": "tidsrommet",
    "gjentatt": "det som sies om et tidligere år",
    "grad": "gradsordet",
    "grense_etter": "grenseordet",
    HEDGE: "sikringsordet",
}


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    text: str
    kind: str  # a lexicon hit kind, or gradbøyning, grad, tidsrom (NAMES)
    lexical: bool  # a lexicon hit (a rule may have read it), not a word of `nett`

    @property
    def name(self) -> str:
        return NAMES.get(self.kind, "ordet")


def _words(items) -> list[str]:
    return [" ".join(str(i).split()).casefold() for i in items or ()]


@cache
def forms() -> dict[str, str]:
    """Each single word of the net and its kind: the comparatives and superlatives made from
    `grunnord` and the irregular ones (gradbøyning), and the one-word entries of mengde,
    likhet, rang and grad."""
    net = data()["nett"]
    out: dict[str, str] = {}
    for kind in ("grad", "likhet", "rang", "mengde"):  # later kinds win
        for w in _words(net[kind]):
            if " " not in w:
                out[w] = kind
    for base in _words(net["grunnord"]):
        stem = base[:-2] + base[-1] if base.endswith(("el", "en")) else base
        for ending in ("ere", "est", "este"):
            out[stem + ending] = "gradbøyning"
    for w in _words(net["uregelmessig"]):
        out[w] = "gradbøyning"
    for w in _words(net["unntak"]):
        out.pop(w, None)
    return out


@cache
def always() -> frozenset[str]:
    """The net's words that speak of the numbers in any sentence (leksikon.yml `nett.alltid`)."""
    return frozenset(_words(data()["nett"]["alltid"]))


@cache
def phrases() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """The net's phrases of more than one word as token tuples («N»: a number), by their first
    word, longest first."""
    net = data()["nett"]
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for kind in ("mengde", "likhet", "rang", "grad", "tidsrom", "grense_etter"):
        for w in _words(net[kind]):
            if " " in w:
                words = tuple(w.split())
                out.setdefault(words[0], []).append((words, kind))
    return {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in out.items()}


_IG = re.compile(r"^\w{2,}ig(?:ere|st|ste)$")


def _number(word: str) -> bool:
    """A number in digits or words, or a placeholder («på § år»)."""
    return word.isdigit() or word in numbers.NUMBER_WORDS or word == "§"


def find(masked: str, hits, lex: Lexicon) -> list[Cue]:
    """The cues of a (masked) sentence whose lexicon hits are `hits`, left to right."""
    out = [Cue(h.start, h.end, h.text, h.kind, True) for h in hits if h.kind in STATEMENT_KINDS]
    out += [Cue(h.start, h.end, h.text, HEDGE, True) for h in hits if h.kind == HEDGE]
    inside = [(h.start, h.end) for h in hits]
    tokens = list(TOKEN.finditer(masked))
    free = [not any(a <= t.start() < b for a, b in inside) for t in tokens]
    words = [t.group().casefold() for t in tokens]
    unless = set(_words(data()["nett"]["unntak"]))
    single = forms()
    i = 0
    while i < len(tokens):
        if not free[i]:
            i += 1
            continue
        for phrase, kind in phrases().get(words[i], ()):
            n = len(phrase)
            said = words[i : i + n]
            if (
                len(said) == n
                and all(free[i : i + n])
                and all(
                    p in (w, "n" if _number(w) else w) for p, w in zip(phrase, said, strict=True)
                )
            ):
                a, b = tokens[i].start(), tokens[i + n - 1].end()
                out.append(Cue(a, b, masked[a:b], kind, False))
                i += n
                break
        else:
            word = words[i]
            kind = single.get(word)
            if kind is None and _IG.match(word) and word not in unless:
                kind = "gradbøyning"
            if kind is not None:
                t = tokens[i]
                out.append(Cue(t.start(), t.end(), t.group(), kind, False))
            i += 1
    out += _repeated(masked, hits)
    return sorted(out, key=lambda c: c.start)


REPEAT = "gjentatt"  # the kind of a cue that says the same of an earlier year


def _repeated(masked: str, hits) -> list[Cue]:
    """«slik det også gjorde i fjor», «…, som i fjor»: a word of `nett.gjentatt` (or, at the
    sentence's start or after a comma, of `gjentatt_fritt`) right before a year back (a `tid`
    hit of one year or more) says the same of that year: counted like a time span, but it casts
    no doubt on the rest of the sentence (doubt.py)."""
    low = masked.casefold()
    earlier = {h.start: h for h in hits if h.kind == "tid" and int(h.value) >= 1}
    out = []
    net = data()["nett"]
    loose = [(p, r"(?<!\w)") for p in _words(net["gjentatt"])]
    alone = [(p, r"(?:^|,)\s*") for p in _words(net["gjentatt_fritt"])]
    for phrase, before in sorted(loose + alone, key=lambda p: len(p[0]), reverse=True):
        pattern = before + r"(" + r"\s+".join(map(re.escape, phrase.split())) + r")\s+"
        for m in re.finditer(pattern, low):
            year, start = earlier.get(m.end()), m.start(1)
            if year is not None and not any(c.start <= start < c.end for c in out):
                out.append(Cue(start, year.end, masked[start : year.end], REPEAT, False))
    return out
