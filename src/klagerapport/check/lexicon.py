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
from functools import cache

import yaml

from .. import paths
from ..ingest import units as unit_list
from ..publish.values import unit_key
from . import numbers

LEXICON_FILE = paths.REFERENCE / "leksikon.yml"
# key part -> lexicon category group
GROUPS = {"decisions": "avgjørelse", "grounds": "grunnlag", "units": "enhet"}
DISCRIMINATION = "diskriminering"


@dataclass(frozen=True)
class Hit:
    """One lexicon phrase in a sentence: `kind` (begrep, kategori, tid, retning, faktor, mer,
    mindre, enn, likhet, mot, rang, andel, omtrent, alle, avgjort, innen, negasjon, siden,
    hvert_år, hele_serien) and what it means (`value`, `group`)."""

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
    with open(LEXICON_FILE, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


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
        counts = {"en": 1, "ett": 1, **numbers.NUMBER_WORDS}
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
        for w in _forms(d["ingen"]):
            add(w, "null")
        for w in _forms(d["alle"]["hver"]):
            add(w, "alle")
        for w in _forms(d["alle"]["avgjort"]):
            add(w, "avgjort_alle")
        for name, words in d["innen"].items():
            for w in _forms(words):
                add(w, "innen", name)
        self.entries = entries
        alternation = "|".join(
            re.escape(p).replace(r"\ ", r"\s+") for p in sorted(entries, key=len, reverse=True)
        )
        self.pattern = re.compile(rf"(?<![\w])(?:{alternation})(?![\w])", re.IGNORECASE)
        endings = "|".join(sorted(map(re.escape, _forms(d["enhet_endelser"])), key=len)[::-1])
        self.unit_like = re.compile(rf"(?<![\w-])\w*(?:{endings})(?![\w-])", re.IGNORECASE)
        self.tolerance = {k: float(v) for k, v in d["toleranse"].items()}
        self.excludes = [tuple(x) for x in d["utelukker"]]
        self.combined = set(d.get("sammensatt") or ())
        self.categories = {g: set(c) for g, c in d["kategorier"].items()}
        self.categories["enhet"] |= {unit_key(u.name) for u in unit_list.for_district(district)}
        self.places = {
            place: district_name for district_name, ps in d["steder"].items() for place in ps
        }

    def hits(self, text: str) -> list[Hit]:
        """Every lexicon phrase in `text`, left to right, none overlapping; and each word that
        names a unit the district's list does not have (`ukjent_enhet`)."""
        out = []
        for m in self.pattern.finditer(text):
            phrase = re.sub(r"\s+", " ", m.group()).casefold()
            kind, value, group = self.entries[phrase]
            out.append(Hit(m.start(), m.end(), m.group(), kind, value, group))
        taken = [(h.start, h.end) for h in out]
        for m in self.unit_like.finditer(text):
            if not any(a <= m.start() < b for a, b in taken):
                out.append(Hit(m.start(), m.end(), m.group(), "ukjent_enhet"))
        return sorted(out, key=lambda h: h.start)

    def group_of(self, code: str, first: str) -> str | None:
        """The category group `code` (a part of a key starting with `first`) belongs to."""
        group = GROUPS.get(first)
        if group and code in self.categories.get(group, ()):
            return group
        if code in self.categories[DISCRIMINATION]:
            return DISCRIMINATION
        return None


@cache
def for_district(district: str) -> Lexicon:
    return Lexicon(district)
