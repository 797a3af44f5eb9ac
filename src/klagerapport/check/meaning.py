"""What a value key means, and the value a sentence means.

A key's meaning (`Meaning`): the concepts it measures (report/values.yml `measure:`, words in
data/reference/leksikon.yml), its categories (the key's parts: `decisions.kritikk.count` is about
the decision «kritikk», `decisions.kritikk.etnisk` also about «etnisk»), its year (years back:
`minus1`, `decided_minus3`) and its series (the same measure in other years). A sentence's words
give a `Wanted`: concepts, categories by group, years back. `conflicts` says how a placeholder
contradicts the words around it; `bind` finds the value the words name (a key, or a year of a
yearly series in tables/), preferring the contract's order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .. import paths, userfiles
from ..publish import contract
from .build_values import BuildValues
from .lexicon import Lexicon

_MINUS = re.compile(r"^(?:(?P<pre>\w+?)_)?minus(?P<n>\d+)(?:_(?P<post>\w+))?$")


@cache
def _measures() -> dict[str, tuple[str, ...]]:
    items = userfiles.load_yaml(paths.VALUES_CONTRACT)["keys"]
    return {i["key"]: tuple(i["measure"]) for i in items if i.get("measure")}


def measure(key: str) -> frozenset[str]:
    """The concepts a key of the contract measures (report/values.yml `measure:`); a KeyError
    for a key that measures nothing."""
    return frozenset(_measures()[key])


@cache
def open_concepts() -> frozenset[str]:
    """What makes a value a count of the open cases: the concepts `received.open` measures
    beyond the cases received, `received.total` (report/values.yml `measure:`, the lexicon's
    «åpne»)."""
    return measure("received.open") - measure("received.total")


@cache
def series_of(key: str) -> tuple[str, int]:
    """(series, years back): 'decisions.kritikk.minus1_share' -> ('decisions.kritikk.share', 1),
    'received.total' -> ('received.', 0), 'discrimination.etnisk.decided_minus3' ->
    ('discrimination.etnisk.decided', 3), 'handling_days.mean_minus1' -> ('handling_days.mean', 1).
    """
    head, _, leaf = key.rpartition(".")
    m = _MINUS.match(leaf)
    back = 0
    if m:
        back = int(m["n"])
        leaf = m["pre"] or m["post"] or ""
    if leaf in ("count", "total"):
        leaf = ""
    return f"{head}.{leaf}", back


@dataclass(frozen=True)
class Meaning:
    key: str
    concepts: frozenset[str]
    categories: tuple[tuple[str, str], ...]  # (group, code)
    back: int
    series: str
    kind: str


def meaning(key: str, values: BuildValues, lex: Lexicon) -> Meaning | None:
    """The meaning of a key that measures something (None for years, words, dates …)."""
    spec = contract.spec_of(key)
    entry = values.get(key)
    if spec is None or entry is None:
        return None
    concepts = _measures().get(spec.key)
    if not concepts:
        return None
    parts = key.split(".")
    cats = []
    for i, part in enumerate(parts[1:], 1):
        group = lex.group_of(part, parts[0])
        if group is None and i == 1 and parts[0] == "units":
            group = "enhet"  # every unit is a category, listed or not (andre_enheter)
        if group:
            cats.append((group, part))
    series, back = series_of(key)
    return Meaning(key, frozenset(concepts), tuple(cats), back, series, entry.kind)


@dataclass
class Wanted:
    """What the words of (part of) a sentence say about a value."""

    concepts: set[str] = field(default_factory=set)
    categories: dict[str, set[str]] = field(default_factory=dict)  # group -> codes
    back: int | None = None
    unknown: bool = False  # the words name a unit the build has no value for

    def anchored(self) -> bool:
        return bool(self.categories) or bool(self.concepts - {"klager"})


def conflicts(m: Meaning, wanted: Wanted, lex: Lexicon) -> list[str]:
    """How a value contradicts the words around it (in Norwegian), empty when it does not."""
    out = []
    for group in lex.excludes:
        said = wanted.concepts & set(group)
        own = m.concepts & set(group)
        if said and own and not own & said:
            out.append(f"setningen sier «{'/'.join(sorted(said))}», verdien er «{next(iter(own))}»")
    for group, code in m.categories:
        said = wanted.categories.get(group)
        if said and code not in said:
            out.append(f"setningen gjelder «{'/'.join(sorted(said))}», verdien «{code}»")
    change = m.key.rpartition(".")[2] == "change"  # a change is between this year and last
    if wanted.back is not None and wanted.back != m.back and not (change and wanted.back == 1):
        out.append(f"setningen gjelder {_year(wanted.back)}, verdien {_year(m.back)}")
    return out


def _year(back: int) -> str:
    return {0: "rapportåret", 1: "året før"}.get(back, f"{back} år før rapportåret")


@dataclass(frozen=True)
class Ref:
    """A value a sentence means: a key, or a year of a yearly series (key None)."""

    label: str  # the key, or «decided.total i 2017»
    raw: float
    text: str
    series: str
    back: int
    key: str | None
    kind: str


def ref_of(key: str, values: BuildValues, lex: Lexicon) -> Ref | None:
    entry = values.get(key)
    if entry is None or entry.missing or not isinstance(entry.raw, int | float):
        return None
    if isinstance(entry.raw, bool):
        return None
    series, back = series_of(key)
    return Ref(key, float(entry.raw), entry.text, series, back, key, entry.kind)


def _series_index(values: BuildValues) -> dict[tuple[str, int], list[str]]:
    """(series, years back) -> the keys of the build, made once per build's values."""
    if "series" not in values.memo:
        index: dict[tuple[str, int], list[str]] = {}
        for key in values.entries:
            index.setdefault(series_of(key), []).append(key)
        values.memo["series"] = index
    return values.memo["series"]


def in_series(series: str, back: int, values: BuildValues, lex: Lexicon) -> Ref | None:
    """The value of `series` `back` years before the report year: a key, else the yearly table."""
    for key in _series_index(values).get((series, back), ()):
        ref = ref_of(key, values, lex)
        if ref is not None:
            return ref
    for table_key, per_year in values.series.items():
        if series_of(table_key)[0] == series and values.year is not None:
            year = values.year - back
            raw = per_year.get(year)
            if raw is not None:
                shown = str(raw)
                return Ref(f"{table_key} i {year}", float(raw), shown, series, back, None, "count")
    return None


def years_of(series: str, values: BuildValues, lex: Lexicon) -> dict[int, Ref]:
    """Years back -> value, for every year the build has of a series (a yearly table that
    disagrees with the keys is not this series: it is not used)."""
    out: dict[int, Ref] = {}
    for key in values.entries:
        s, back = series_of(key)
        if s == series:
            ref = ref_of(key, values, lex)
            if ref is not None:
                out[back] = ref
    for table_key, per_year in values.series.items():
        if series_of(table_key)[0] == series and values.year is not None:
            if any(per_year.get(values.year - b) not in (None, r.raw) for b, r in out.items()):
                continue
            for year, raw in per_year.items():
                back = values.year - year
                if raw is not None and back >= 0 and back not in out:
                    label = f"{table_key} i {year}"
                    out[back] = Ref(label, float(raw), str(raw), series, back, None, "count")
    return out


class Meanings:
    """Every key of a build with a meaning, in the contract's order, for binding."""

    def __init__(self, values: BuildValues, lex: Lexicon) -> None:
        self.values = values
        self.lex = lex
        found = [m for k in values.entries if (m := meaning(k, values, lex)) is not None]
        order = {spec.key: i for i, spec in enumerate(contract.specs())}

        def rank(m: Meaning) -> tuple:
            spec = contract.spec_of(m.key)
            return (order.get(spec.key, len(order)) if spec else len(order), m.key)

        self.all = sorted(found, key=rank)
        self.by_key = {m.key: m for m in self.all}

    def bind(self, wanted: Wanted, *, share: bool = False, before: int = 0) -> Ref | None:
        """The value the words name: every category named (per group, one of them), no excluding
        concept, the year (this year if none is named); the fewest concepts the words do not
        name. Needs a concept or a category (bare «klager» is the complaints received). A year
        the keys do not reach is taken from the yearly series. `before`: the series must also
        have the year that many years earlier (a change needs last year's value too)."""
        if not wanted.anchored() and "klager" not in wanted.concepts:
            return None
        if wanted.unknown and "enhet" not in wanted.categories:
            return None
        back = wanted.back or 0
        best: tuple | None = None
        for m in self.all:
            if share != ("andel" in m.concepts):
                continue
            if conflicts(m, Wanted(wanted.concepts, wanted.categories, None), self.lex):
                continue
            groups = {g for g, _ in m.categories}
            if any(g not in groups for g in wanted.categories):
                continue
            if groups - set(wanted.categories):  # a category the words do not name
                continue
            named = {g: c for g, c in m.categories}
            if any(named[g] not in codes for g, codes in wanted.categories.items()):
                continue
            extra = len(m.concepts - wanted.concepts) + len(groups - set(wanted.categories))
            missing = wanted.concepts - m.concepts - {"klager", "andel"}
            # a population word («mottok») where the value has no population (units, decisions)
            agnostic = {
                c
                for c in missing
                if any(c in g and not m.concepts & set(g) for g in self.lex.excludes)
            }
            if missing - agnostic:
                continue
            extra += len(agnostic)
            ref = in_series(m.series, back, self.values, self.lex)
            if ref is None:
                continue
            if before and in_series(m.series, back + before, self.values, self.lex) is None:
                continue
            score = (extra,)
            if best is None or score < best[0]:
                best = (score, ref)
        return best[1] if best else None

    def across(self, ref: Ref, group: str, *, combined: bool) -> dict[str, Ref]:
        """The same measure and year for every category of `group` (the keys that differ from
        `ref`'s key only in that category): code -> value. `combined`: include sums of
        categories (adferd og saksbehandling)."""
        own = self.by_key.get(ref.key or "")
        if own is None:
            return {}
        out = {}
        for m in self.all:
            if m.concepts != own.concepts or m.back != own.back or m.kind != own.kind:
                continue
            mine = dict(m.categories)
            theirs = dict(own.categories)
            if group not in mine or set(mine) != set(theirs):
                continue
            if any(mine[g] != theirs[g] for g in mine if g != group):
                continue
            if mine[group] in self.lex.combined and not combined:
                continue
            r = ref_of(m.key, self.values, self.lex)
            if r is not None and m.key.split(".")[0] == (ref.key or "").split(".")[0]:
                out[mine[group]] = r
        return out
