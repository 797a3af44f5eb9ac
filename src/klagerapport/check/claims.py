"""Claim words checked against the data: the analyst's `{{< claim … >}}` and a free-text scan.

A claim shortcode states what a sentence takes for granted, in a form the check can evaluate:

    … mens vi nå igjen ser en økning{{< claim received.change > 0 >}}.
    … Økningen{{< claim decisions.uheldig.count > decisions.uheldig.minus1 >}} i denne kategorien

`left op right`: each side a value key or a number (`0`, `0,5`); op one of > < >= <= == != and
`~=` (about equal: within 2 percentage points for shares, within 10 % otherwise), or as words
gt lt ge le eq ne ca. The report
prints nothing for it (render/embedded/shortcodes.py; report/_extensions/claim for Quarto).

The free-text scan finds direction words (økning, nedgang, uendret, flatet ut), rank words
(høyeste, laveste, en topp, flest) and comparisons (flere enn, færre enn) and checks each against
the value placeholder next to it in the same sentence: the sign of a change, the previous year of
the same series, the maximum of the series. A word with nothing to check against is reported as
unchecked, unless a claim in the sentence covers it or the allow-list's «ord» lists it.

A rank word about a count with a whole yearly series in the build (`series:` in the contract:
decided per year, from the development table) is checked against that series over the span the
sentence claims: every year up to the value's own («noensinne», «siden starten», or no span), the
years from «siden <år>», or the last N years («på N år»). A span the build's years do not cover
(«noensinne» about received, which has only this year and last) is not confirmed. A key the
contract marks `rank: max|min` is its group's extreme by definition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..publish.text import ORDINALS
from .build_values import BuildValues, rank_of
from .ranks import Span, period, shown, uncovered

OPERATORS = (">=", "<=", "==", "!=", "~=", ">", "<")
# the same as words, for a shortcode parser that reads a lone ">" as the end of the shortcode
WORD_OPERATORS = {"gt": ">", "lt": "<", "ge": ">=", "le": "<=", "eq": "==", "ne": "!=", "ca": "~="}
_NUMBER = re.compile(r"^-?\d+(?:[.,]\d+)?$")
_MINUS = re.compile(r"^(?P<base>.*?)_?minus(?P<n>\d+)$")

# category -> word patterns (case-insensitive, whole words)
WORDS = {
    "up": [r"øk(?:ning(?:en)?|t|te|er|ende)", r"steg(?:et)?", r"vekst(?:en)?"],
    "down": [
        r"nedgang(?:en)?",
        r"reduksjon(?:en)?",
        r"redusert",
        r"falt",
        r"sunket",
        r"synk(?:er|ende)",
    ],
    "flat": [r"uendret", r"flatet(?:\s+\w+){0,2}\s+ut", r"stabil[et]?", r"likt", r"samme nivå"],
    "more": [r"flere enn", r"høyere enn", r"mer enn"],
    "fewer": [r"færre enn", r"lavere enn", r"mindre enn"],
    "max": [r"høyeste", r"høyest", r"en topp", r"toppen", r"rekord\w*", r"flest", r"lengste?"],
    "min": [r"laveste", r"lavest", r"færrest", r"en bunn", r"korteste?"],
}
_WORDS = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(f"(?P<{cat}>" + "|".join(ps) + ")" for cat, ps in WORDS.items())
    + r")(?![\w-])",
    re.IGNORECASE,
)
SAYS = {
    "up": "en økning",
    "down": "en nedgang",
    "flat": "uendret",
    "more": "flere/høyere",
    "fewer": "færre/lavere",
    "max": "det høyeste",
    "min": "det laveste",
}
NEAR = 80  # characters between a claim word and the placeholder it is about


@dataclass(frozen=True)
class ClaimWord:
    start: int
    end: int
    text: str
    category: str
    ordinal: int = 1  # «nest høyeste»: 2, «tredje laveste»: 3 (publish/text.py ORDINALS)


@dataclass(frozen=True)
class Placeholder:
    start: int
    end: int
    key: str


@dataclass(frozen=True)
class Verdict:
    """ok True: holds; False: contradicted (detail says how); None: nothing to check against."""

    ok: bool | None
    detail: str = ""
    about: str = ""  # the key(s) it was checked against
    truth: str = ""  # what holds instead, for the suggestion («det høyeste var 56 i 2018»)


def _ordinal(masked: str, start: int) -> int:
    """2 for «nest høyeste», 3 for «tredje …» (the words before a rank word), else 1."""
    before = masked[max(0, start - 12) : start].split()
    word = before[-1].lower() if before else ""
    return ORDINALS.index(word) if word and word in ORDINALS else 1


def claim_words(masked: str) -> list[ClaimWord]:
    return [
        ClaimWord(m.start(), m.end(), m.group(), m.lastgroup or "", _ordinal(masked, m.start()))
        for m in _WORDS.finditer(masked)
    ]


# ------------------------------------------------------------------------- claim shortcodes


@dataclass(frozen=True)
class Claim:
    left: str
    op: str
    right: str

    def __str__(self) -> str:
        return f"{self.left} {self.op} {self.right}"


def parse_claim(args: str) -> Claim | str:
    """`received.change > 0` -> Claim; a message (str) when it cannot be read."""
    parts = args.split()
    if len(parts) == 3 and parts[1] in WORD_OPERATORS:
        return Claim(parts[0], WORD_OPERATORS[parts[1]], parts[2])
    if len(parts) == 3 and parts[1] in OPERATORS:
        return Claim(*parts)
    compact = "".join(parts)
    for op in OPERATORS:
        if op in compact:
            left, _, right = compact.partition(op)
            if left and right:
                return Claim(left, op, right)
    return (
        f"påstanden «{args}» kan ikke leses: skriv «nøkkel operator verdi», "
        f"f.eks. «received.change > 0» (operatorer: {' '.join(OPERATORS)})"
    )


def _operand(side: str, values: BuildValues) -> tuple[object, str | None, str]:
    """(raw value, problem or None, shown text) of one side of a claim."""
    if _NUMBER.match(side):
        return float(side.replace(",", ".")), None, side
    entry = values.get(side)
    if entry is None:
        near = values.nearest(side)
        hint = f"; mente du «{near[0]}»?" if near else ""
        return None, f"ukjent nøkkel «{side}»{hint}", side
    if entry.missing:
        return None, f"«{side}» har ingen verdi i dette bygget", side
    return entry.raw, None, f"{side} = {entry.text}"


def evaluate(claim: Claim, values: BuildValues) -> Verdict:
    left, lp, lshown = _operand(claim.left, values)
    right, rp, rshown = _operand(claim.right, values)
    about = " og ".join(k for k in (claim.left, claim.right) if not _NUMBER.match(k))
    if lp or rp:
        return Verdict(False, "; ".join(p for p in (lp, rp) if p), about)
    try:
        ok = _compare(left, claim.op, right, share=_is_share(claim, values))
    except TypeError:
        return Verdict(False, f"kan ikke sammenligne {lshown} med {rshown}", about)
    return Verdict(ok, f"{lshown}, {rshown}" if not ok else "", about)


def _is_share(claim: Claim, values: BuildValues) -> bool:
    return any(
        (e := values.get(side)) is not None and e.kind == "share"
        for side in (claim.left, claim.right)
    )


def _compare(a, op: str, b, *, share: bool = False) -> bool:
    if op == "~=":
        if share:
            return abs(float(a) - float(b)) <= 0.02
        return abs(float(a) - float(b)) <= 0.1 * max(abs(float(a)), abs(float(b)))
    return {
        ">": lambda: a > b,
        "<": lambda: a < b,
        ">=": lambda: a >= b,
        "<=": lambda: a <= b,
        "==": lambda: a == b,
        "!=": lambda: a != b,
    }[op]()


# ------------------------------------------------------------------------- the free-text scan


def _offset(key: str) -> tuple[str, int]:
    """The series a key belongs to and how many years back it is:
    'a.decided_minus3' -> ('a.decided', 3), 'a.decided' -> ('a.decided', 0);
    'units.pass.minus2' -> ('units.pass', 2), 'units.pass.count' -> ('units.pass', 0);
    'received.total' -> ('received', 0); any other key is a series of its own."""
    head, _, leaf = key.rpartition(".")
    m = _MINUS.match(leaf)
    if m:
        base = m.group("base")
        return (f"{head}.{base}" if base else head, int(m.group("n")))
    if leaf in ("count", "total") and head:
        return (head, 0)
    return (key, 0)


def time_series(key: str, values: BuildValues) -> dict[int, float]:
    """Years back -> raw value, for the series `key` belongs to (see _offset)."""
    series, _ = _offset(key)
    out: dict[int, float] = {}
    for k, entry in values.entries.items():
        if entry.kind not in ("count", "days", "share") or not isinstance(entry.raw, int | float):
            continue
        s, n = _offset(k)
        if s == series:
            out[n] = entry.raw
    return out


def cross_series(key: str, values: BuildValues) -> dict[str, float]:
    """The same measure across a group: decisions.<code>.count, grounds.<key>.share."""
    parts = key.split(".")
    if len(parts) != 3:
        return {}
    out = {}
    for k, entry in values.entries.items():
        p = k.split(".")
        same = len(p) == 3 and p[0] == parts[0] and p[2] == parts[2]
        if same and isinstance(entry.raw, int | float):
            out[k] = entry.raw
    return out


def _previous_key(key: str, values: BuildValues) -> str | None:
    """The key one year further back in the same series, if it has a value."""
    series, n = _offset(key)
    for k, entry in values.entries.items():
        if _offset(k) == (series, n + 1) and not entry.missing:
            return k
    return None


def _year_series(key: str, values: BuildValues) -> dict[int, int | None] | None:
    """The build's whole yearly series (year -> count) of the series `key` belongs to."""
    base = _offset(key)[0]
    for series_key, per_year in values.series.items():
        if _offset(series_key)[0] == base and per_year:
            return per_year
    return None


def _rank_in_years(word: ClaimWord, key: str, values: BuildValues, when: Span | None):
    """A rank word checked against the whole yearly series, or None when there is none."""
    per_year = _year_series(key, values)
    entry = values.get(key)
    current = values.year
    if per_year is None or current is None:
        return None
    own = current - _offset(key)[1]
    if per_year.get(own) != entry.raw:  # the table is not this value's series: do not guess
        return None
    first = min(per_year)
    if when is not None and when.since is not None:
        first = when.since + 1  # «det høyeste siden 2018»: 2018 itself may have been higher
    elif when is not None and when.last is not None:
        first = own - when.last + 1
    years = {y: v for y, v in per_year.items() if first <= y <= own}
    known = {y: v for y, v in years.items() if v is not None}
    if own not in known:  # a span after the value's own year
        return None
    cat = word.category
    if word.ordinal > 1:  # «nest høyeste»: ties share the better place, as rank_word does
        beyond = [v for v in known.values() if (v > entry.raw if cat == "max" else v < entry.raw)]
        place = len(beyond) + 1
        if place != word.ordinal:
            span_text = period(years, own)
            detail = f"{key} = {entry.text} er nr. {place} i {span_text}, ikke nr. {word.ordinal}"
            return Verdict(False, detail, key)
        return Verdict(True, "", key) if len(known) == len(years) else Verdict(None)
    best = max(known.values()) if cat == "max" else min(known.values())
    best_years = [y for y, v in sorted(known.items()) if v == best and y != own]
    period_text = period(years, own)
    if entry.raw != best:
        where = " og ".join(str(y) for y in best_years)
        detail = (
            f"{key} = {entry.text} i {own}, men {where} hadde {shown(best)} "
            f"({SAYS[cat]} i {period_text})"
        )
        truth = f"{SAYS[cat]} i {period_text} var {shown(best)} i {where}"
        return Verdict(False, detail, key, truth)
    if first < min(per_year):
        return Verdict(None, f"serien i bygget begynner i {min(per_year)}, ikke {first}", key)
    if len(known) < len(years):
        return Verdict(None, f"noen år i {period_text} er skjult i tabellen", key)
    return Verdict(True, "", key)


def check_word(
    word: ClaimWord,
    key: str,
    values: BuildValues,
    other: str | None = None,
    when: Span | None = None,
) -> Verdict:
    """Does the word hold for the value `key` (and `other`, the second side of a comparison)?
    `when`: the years the sentence says a rank word is about."""
    entry = values.get(key)
    if entry is None or entry.missing or not isinstance(entry.raw, int | float):
        return Verdict(None)
    raw = entry.raw
    leaf = key.rpartition(".")[2]
    cat = word.category
    if cat in ("up", "down", "flat"):
        if leaf == "change" or leaf.endswith("_change"):
            ok = {"up": raw > 0, "down": raw < 0, "flat": raw == 0}[cat]
            return Verdict(ok, f"{key} er {entry.text}", key)
        prev = _previous_key(key, values)
        if prev is None:
            return Verdict(None)
        p = values.get(prev)
        ok = {"up": raw > p.raw, "down": raw < p.raw, "flat": raw == p.raw}[cat]
        if cat == "flat":
            ok = abs(raw - p.raw) <= 0.1 * max(abs(raw), abs(p.raw), 1)
        return Verdict(ok, f"{key} = {entry.text}, {prev} = {p.text}", f"{key} og {prev}")
    if cat in ("max", "min"):
        if word.ordinal > 1 and _year_series(key, values) is None:
            return Verdict(None)  # «nest høyeste» needs the whole series
        if rank_of(key) is not None:
            ok = rank_of(key) == cat
            return Verdict(ok, f"{key} er {SAYS[rank_of(key)]}, ikke {SAYS[cat]}", key)
        peak = word.text.lower() in ("en topp", "toppen", "en bunn")
        in_years = None if peak else _rank_in_years(word, key, values, when)
        if in_years is not None:
            return in_years
        series = time_series(key, values)
        _, n = _offset(key)
        if len(series) > 1:
            upto = {k: v for k, v in series.items() if k >= n}
            if when is not None and when.last is not None:
                upto = {k: v for k, v in upto.items() if k < n + when.last}
            if when is not None and when.since is not None and values.year is not None:
                upto = {k: v for k, v in upto.items() if values.year - k > when.since or k == n}
            if word.text.lower() in ("en topp", "toppen", "en bunn"):
                around = [series[k] for k in (n - 1, n + 1) if k in series]
                ok = all(raw > v for v in around) if cat == "max" else all(raw < v for v in around)
            else:
                ok = raw == (max(upto.values()) if cat == "max" else min(upto.values()))
            best = max(upto.values()) if cat == "max" else min(upto.values())
            if ok and not peak and when is not None and uncovered(when, n, upto, values):
                first = (values.year or 0) - max(upto)
                return Verdict(
                    None,
                    f"bygget har {key} bare fra {first}, så «{when.text}» kan ikke kontrolleres",
                    key,
                )
            return Verdict(ok, f"{key} = {entry.text}, men serien har {shown(best)}", key)
        group = cross_series(key, values)
        if len(group) > 1:
            best = max(group.values()) if cat == "max" else min(group.values())
            return Verdict(raw == best, f"{key} = {entry.text} er ikke {SAYS[cat]}", key)
        return Verdict(None)
    if cat in ("more", "fewer") and other:
        o = values.get(other)
        if o is None or o.missing or not isinstance(o.raw, int | float):
            return Verdict(None)
        ok = raw > o.raw if cat == "more" else raw < o.raw
        return Verdict(ok, f"{key} = {entry.text}, {other} = {o.text}", f"{key} og {other}")
    return Verdict(None)


def subject(word: ClaimWord, holders: list[Placeholder], values: BuildValues) -> tuple:
    """The placeholder(s) a claim word is about: the nearest value after it, else before it
    (comparisons: the nearest before and after). Years, words and sentences are not subjects."""

    def is_value(p: Placeholder) -> bool:
        e = values.get(p.key)
        return e is not None and e.kind in ("count", "share", "days")

    cands = [p for p in holders if is_value(p)]
    after = [p for p in cands if p.start >= word.end and p.start - word.end <= NEAR]
    before = [p for p in cands if p.end <= word.start and word.start - p.end <= NEAR]
    if word.category in ("more", "fewer"):
        if after and before:
            return (before[-1].key, after[0].key)
        return (None, None)
    if after:
        return (after[0].key, None)
    if before:
        return (before[-1].key, None)
    return (None, None)
