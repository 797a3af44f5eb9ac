"""The bokmål lexicon of the commentary check (data/reference/leksikon.yml), compiled once.

Every word the check reads a claim by comes from the file: concepts a value measures, categories,
time words, direction, comparison, equality, rank and share words, negation, tolerances and place
names. `Lexicon.hits(text)` finds them all in a (masked) sentence as `Hit`s, longest phrase first,
whole words only, so «ikke grunnlag for kritikk» is one category and not a negation of
«grunnlag for kritikk». The units a district reports on add their names and aliases
(data/reference/units.yml) to the «enhet» categories.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from .. import paths, userfiles
from ..ingest import units as unit_list
from ..publish.values import unit_key
from . import numbers

LEXICON_FILE = paths.REFERENCE / "leksikon.yml"
# a word (letters and digits) or one other non-space character: «k-etnisk» is k, -, etnisk
_TOKEN = re.compile(r"\w+|[^\w\s]")
TOKEN = _TOKEN  # the same words for what reads sentences beside the lexicon (cues.py)
# key part -> lexicon category group
GROUPS = {"decisions": "avgjørelse", "grounds": "grunnlag", "units": "enhet"}
DISCRIMINATION = "diskriminering"


@dataclass(frozen=True)
class Hit:
    """One lexicon phrase in a sentence: `kind` (begrep, kategori, tid, retning, faktor, mer,
    mindre, enn, likhet, mot, rang, andel, omtrent, alle, avgjort, innen, negasjon, siden,
    hvert_år, hele_serien, vurdering) and what it means (`value`, `group`)."""

    start: int
    end: int
    text: str
    kind: str
    value: object = None
    group: str = ""


def _forms(items) -> list[str]:
    return [str(i) for i in items or ()]


@cache
def data() -> dict:
    return userfiles.load_yaml(LEXICON_FILE)


class Lexicon:
    """The compiled lexicon for one district (its units are categories too)."""

    def __init__(self, district: str = "") -> None:
        d = data()
        entries: dict[str, tuple[str, object, str]] = {}

        def add(phrase: str, kind: str, value: object = None, group: str = "") -> None:
            entries.setdefault(phrase.casefold(), (kind, value, group))

        for w in _forms(d.get("faste_uttrykk")):
            add(w, "uttrykk")
        # categories first: «ikke grunnlag for kritikk» is a category, not a negation
        for group, cats in d["kategorier"].items():
            for code, words in cats.items():
                for w in _forms(words):
                    add(w, "kategori", code, group)
        for unit in unit_list.for_district(district) if district else ():
            for name in (unit.name, *unit.aliases):
                add(name, "kategori", unit_key(unit.name), "enhet")
        for concept, words in d["begreper"].items():
            for w in _forms(words):
                add(w, "avgjort" if concept == "avgjort_som" else "begrep", concept)
        for back, words in d["tid"].items():
            for w in _forms(words):
                add(w, "tid", int(back))
        for name in ("siden", "hvert_år", "hele_serien", "negasjon", "omtrent", "mot"):
            for w in _forms(d[name]):
                add(w, name)
        for way, words in d["retning"].items():
            for w in _forms(words):
                add(w, "retning", way)
        for w in _forms(d["partikkelverb"]["verb"]):
            add(w, "partikkelverb")
        for way in ("opp", "ned"):
            for w in _forms(d["partikkelverb"][way]):
                add(w, "partikkel", way)
        for name, spec in d["faktor"].items():
            for w in _forms(spec["ord"]):
                add(w, "faktor", (spec.get("faktor"), spec.get("over")), name)
        for way in ("mer", "mindre"):
            for w in _forms(d["sammenligning"][way]):
                add(w, way)
        for way in ("mer", "mindre"):
            for w in _forms(d["sammenligning_flere"][way]):
                add(w, way)
        for w in _forms(d["sammenligning"]["enn"]):
            add(w, "enn")
        for how, words in d["likhet"].items():
            for w in _forms(words):
                add(w, "likhet", how)
        for way, words in d["rang"].items():
            for w in _forms(words):
                add(w, "rang", way)
        for phrase, spec in d["andel"].items():
            add(phrase, "andel", (spec["op"], float(spec["verdi"])))
        counts = {**self.ones(), **numbers.NUMBER_WORDS}
        for ordinal, whole in d["brøk_deler"].items():
            for word, n in counts.items():
                if 1 < n < whole:
                    add(f"{word} {ordinal}deler", "andel", ("approx", n / whole))
            for one in self.ones():
                add(f"{one} {ordinal}del", "andel", ("approx", 1 / whole))
        for below in _forms(d["brøk_nevnere"]):
            whole = counts[below]
            for word, n in counts.items():
                if 0 < n < whole:
                    add(f"{word} av {below}", "andel", ("approx", n / whole))
        self.degree = {
            " ".join(w.split()).casefold(): op
            for op, words in d["andel_grad"].items()
            for w in _forms(words)
        }
        for way, words in d["vurdering"].items():
            for w in _forms(words):
                add(w, "vurdering", way)
        for w in _forms(d["ingen"]):
            add(w, "null")
        for w in _forms(d["alle"]["hver"]):
            add(w, "alle")
        for w in _forms(d["alle"]["avgjort"]):
            add(w, "avgjort_alle")
        for name, words in d["innen"].items():
            for w in _forms(words):
                add(w, "innen", name)
        # quantifiers, streaks, ratios, durations, vague counts (leksikon.yml's last section)
        for w in _forms(d["noen"]):
            add(w, "noen")
        for w in _forms(d["etter_frist"]):
            add(w, "etter_frist")
        for group, words in d["hele_gruppen"].items():
            for w in _forms(words):
                add(w, "gruppe", group)
        for ordinal, n in d["ordenstall"].items():
            for w in _forms(d["på_rad"]):
                add(f"{ordinal} {w}", "på_rad", int(n))
        for w in _forms(d["på_rad_også"]):
            add(w, "på_rad", 2)  # «økte også i år»: this year and the year before
        for phrase, factor in d["forhold"].items():
            add(str(phrase), "forhold", float(factor))
        for phrase, days in d["varighet"].items():
            add(str(phrase), "varighet", int(days))
        for phrase, (least, most) in d["mengdeord"].items():
            add(str(phrase), "mengde", (int(least), int(most)))
        self.duration_bounds = {
            " ".join(str(w).split()).casefold(): op
            for op, words in d["varighet_grense"].items()
            for w in words
        }
        self.entries = entries
        parts = d["sammensatt_ledd"]
        self.compound_first = tuple(str(w).casefold() for w in parts["først"])
        self.compound_last = tuple(str(w).casefold() for w in parts["sist"])
        self.compound_not = frozenset(str(w).casefold() for w in d["sammensatt_unntak"])
        # phrases by their first token, longest first: matching walks the text's tokens once
        self.by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase in entries:
            words = tuple(t.group().casefold() for t in _TOKEN.finditer(phrase))
            self.by_first.setdefault(words[0], []).append((words, phrase))
        for options in self.by_first.values():
            options.sort(key=lambda o: -len(o[0]))
        self.unit_endings = tuple(w.casefold() for w in _forms(d["enhet_endelser"]))
        self.topic_words = {w.casefold() for w in _forms(d["emne"])}
        self.number_units = {
            w.casefold(): concept for concept, ws in d["tall_enhet"].items() for w in _forms(ws)
        }
        self.direction_verbs = {w.casefold() for w in _forms(d["retning_verb"])}
        self.direction_fillers = {w.casefold() for w in _forms(d["retning_verb_ledd"])}
        self.no_subject = {w.casefold() for w in _forms(d["uten_subjekt"])}
        self.together_words = {w.casefold() for w in _forms(d["sammen_ledd"])}
        self.as_value = {w.casefold() for w in _forms(d["som_verdi"])}
        self.also_this_year = {" ".join(w.casefold().split()) for w in _forms(d["på_rad_også"])}
        self.this_year_words = {w.casefold() for w in _forms(d["utgangen_av_året"])}
        self.each_word = {w.casefold() for w in _forms(d["hver_for_seg"])}
        self.direction_followers = {w.casefold() for w in _forms(d["retning_verb_etter"])}
        self.tolerance = {k: float(v) for k, v in d["toleranse"].items()}
        self.excludes = [tuple(x) for x in d["utelukker"]]
        self.combined = set(d.get("sammensatt") or ())
        self.categories = {g: set(c) for g, c in d["kategorier"].items()}
        self.categories["enhet"] |= {unit_key(u.name) for u in unit_list.for_district(district)}
        self.places = {
            place: district_name for district_name, ps in d["steder"].items() for place in ps
        }

    @staticmethod
    def ones() -> dict[str, int]:
        """The words for one («en», «én», «ett»): «én av ti», «én flere enn»."""
        return {str(w).casefold(): 1 for w in data()["en"]}

    def hits(self, text: str) -> list[Hit]:
        """Every lexicon phrase in `text`, left to right, none overlapping; and each word that
        names a unit the district's list does not have (`ukjent_enhet`)."""
        tokens = list(_TOKEN.finditer(text))
        words = [t.group().casefold() for t in tokens]
        out, i = [], 0
        while i < len(tokens):
            for phrase_words, phrase in self.by_first.get(words[i], ()):
                n = len(phrase_words)
                if tuple(words[i : i + n]) == phrase_words:
                    start, end = tokens[i].start(), tokens[i + n - 1].end()
                    kind, value, group = self.entries[phrase]
                    out.append(Hit(start, end, text[start:end], kind, value, group))
                    i += n
                    break
            else:
                word = words[i]
                if word[0].isalpha() and word.endswith(self.unit_endings):
                    t = tokens[i]
                    out.append(Hit(t.start(), t.end(), t.group(), "ukjent_enhet"))
                i += 1
        return out

    def group_of(self, code: str, first: str) -> str | None:
        """The category group `code` (a part of a key starting with `first`) belongs to."""
        group = GROUPS.get(first)
        if group and code in self.categories.get(group, ()):
            return group
        if code in self.categories[DISCRIMINATION]:
            return DISCRIMINATION
        return None


def exact(x: float) -> Decimal:
    """A number as the decimal it prints as (0.1 is 0.1), so a tolerance's edge is exact."""
    return Decimal(repr(float(x)))


def within(a: float, b: float, tol: float) -> bool:
    """|a - b| <= tol, exactly at the edge."""
    return abs(exact(a) - exact(b)) <= exact(tol)


def within_relative(a: float, b: float, tol: float) -> bool:
    """|a - b| <= tol × the larger of |a| and |b|, exactly at the edge."""
    x, y = exact(a), exact(b)
    return abs(x - y) <= exact(tol) * max(abs(x), abs(y))


@cache
def for_district(district: str) -> Lexicon:
    return Lexicon(district)
