"""The analyst's `{{< claim … >}}` shortcode, and the claim words of a line (for the review list).

A claim states what a sentence takes for granted, in a form the check evaluates:

    … mens vi nå igjen ser en økning{{< claim received.change gt 0 >}}.
    … Økningen{{< claim decisions.uheldig.count gt decisions.uheldig.minus1 >}} i denne kategorien
    … tilnærmet likt{{< claim decisions.kritikk.share approx decisions.kritikk.minus1_share >}}

`left op right`: each side a value key or a number (`0`, `0,5`); op one of the words
gt ge lt le eq ne approx. `approx` is about equal: within 2 percentage points for shares and
10 % otherwise (data/reference/leksikon.yml «toleranse»), or within `tol=0.05` written after it
(an absolute difference). Symbols (`>`, `<`, `==`, `~=`) are refused with the fix: Quarto's
shortcode parser ends the shortcode at a bare `>`. The report prints nothing for a claim
(render/embedded/shortcodes.py; report/_extensions/claim for Quarto).

A claim stands right after the word it supports; it covers that word when they agree (an
«økning» with `gt`, a «nedgang» with `lt`), and a word that says the opposite of its claim is an
error even when the claim holds. `claim_words` lists the statement words of a line
(check/statements/ reads them; new-year's review list names them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..publish.text import ORDINALS
from .build_values import BuildValues
from .lexicon import for_district, within, within_relative

OPERATORS = ("gt", "ge", "lt", "le", "eq", "ne", "approx")
SYMBOLS = {">": "gt", ">=": "ge", "<": "lt", "<=": "le", "==": "eq", "!=": "ne", "~=": "approx"}
# the claim word's direction -> operators that agree with it
AGREES = {
    "up": {"gt", "ge"},
    "down": {"lt", "le"},
    "flat": {"eq", "approx", "le", "ge"},
    "max": {"eq", "ge", "gt"},
    "min": {"eq", "le", "lt"},
}
FLIP = {"gt": "lt", "lt": "gt", "ge": "le", "le": "ge", "eq": "eq", "ne": "ne", "approx": "approx"}
_NUMBER = re.compile(r"^-?\d+(?:[.,]\d+)?$")
_TOL = re.compile(r"^tol=(?P<x>\d+(?:[.,]\d+)?)$")
# statement words (lexicon kinds) -> the categories the review list and the national check use
CATEGORY = {
    ("retning", "opp"): "up",
    ("retning", "ned"): "down",
    ("retning", "uendret"): "flat",
    ("retning", "stabil"): "flat",
    ("rang", "maks"): "max",
    ("rang", "min"): "min",
}
SAYS = {
    "up": "en økning",
    "down": "en nedgang",
    "flat": "uendret",
    "more": "flere/høyere",
    "fewer": "færre/lavere",
    "max": "det høyeste",
    "min": "det laveste",
    "share": "en andel",
    "equal": "like mange",
    "factor": "en endring med en faktor",
}


@dataclass(frozen=True)
class ClaimWord:
    start: int
    end: int
    text: str
    category: str
    ordinal: int = 1  # «nest høyeste»: 2, «tredje laveste»: 3 (publish/text.py ORDINALS)


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


def claim_words(masked: str, district: str = "") -> list[ClaimWord]:
    """The statement words of a (masked) line: direction, comparison, equality, rank, share."""
    out = []
    for hit in for_district(district).hits(masked):
        if hit.kind in ("retning", "rang"):
            cat = CATEGORY[(hit.kind, str(hit.value))]
        elif hit.kind in ("mer", "mindre"):
            cat = "more" if hit.kind == "mer" else "fewer"
        elif hit.kind == "likhet":
            cat = "equal"
        elif hit.kind == "andel":
            cat = "share"
        elif hit.kind == "faktor":
            cat = "factor"
        else:
            continue
        out.append(ClaimWord(hit.start, hit.end, hit.text, cat, _ordinal(masked, hit.start)))
    return out


# ------------------------------------------------------------------------- claim shortcodes


@dataclass(frozen=True)
class Claim:
    left: str
    op: str
    right: str
    tol: float | None = None

    def __str__(self) -> str:
        tol = f" tol={self.tol}" if self.tol is not None else ""
        return f"{self.left} {self.op} {self.right}{tol}"

    def normal(self) -> Claim:
        """A number on the left moved to the right: `0 lt a` -> `a gt 0`."""
        if _NUMBER.match(self.left) and not _NUMBER.match(self.right):
            return Claim(self.right, FLIP[self.op], self.left, self.tol)
        return self


def parse_claim(args: str) -> Claim | str:
    """`received.change gt 0` -> Claim; a message (str) when it cannot be read, with the fix
    (the symbolic form `>` of earlier versions names the word to write instead)."""
    parts = args.split()
    symbol = next((p for p in parts if p in SYMBOLS), None)
    if symbol is None:
        for sym in sorted(SYMBOLS, key=len, reverse=True):
            if sym in args:
                symbol = sym
                break
    if symbol is not None:
        left, _, right = args.partition(symbol)
        word = SYMBOLS[symbol]
        return (
            f"påstanden bruker tegnet «{symbol}», som Quarto leser som slutten på kortkoden: "
            f"skriv {{{{< claim {left.strip() or 'nøkkel'} {word} {right.strip() or 'verdi'} >}}}} "
            f"(operatorer: {' '.join(OPERATORS)})"
        )
    tol = None
    if len(parts) == 4 and (m := _TOL.match(parts[3])) and parts[1] == "approx":
        tol = float(m["x"].replace(",", "."))
        parts = parts[:3]
    if len(parts) == 3 and parts[1] in OPERATORS:
        return Claim(parts[0], parts[1], parts[2], tol)
    return (
        f"påstanden «{args}» kan ikke leses: skriv «nøkkel operator verdi», "
        f"f.eks. «received.change gt 0» (operatorer: {' '.join(OPERATORS)}; "
        "approx kan få en toleranse: «a approx b tol=0.02»)"
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
        ok = compare(left, claim.op, right, share=_is_share(claim, values), tol=claim.tol)
    except TypeError:
        return Verdict(False, f"kan ikke sammenligne {lshown} med {rshown}", about)
    return Verdict(ok, f"{lshown}, {rshown}" if not ok else "", about)


def _is_share(claim: Claim, values: BuildValues) -> bool:
    return any(
        (e := values.get(side)) is not None and e.kind == "share"
        for side in (claim.left, claim.right)
    )


def compare(a, op: str, b, *, share: bool = False, tol: float | None = None) -> bool:
    """`a op b`; approx within `tol` (absolute), else the lexicon's tolerance."""
    if op == "approx":
        a, b = float(a), float(b)
        if tol is not None:
            return within(a, b, tol)
        limits = for_district("").tolerance
        if share:
            return within(a, b, limits["omtrent_andel"])
        return within_relative(a, b, limits["omtrent_relativ"])
    return {
        "gt": lambda: a > b,
        "lt": lambda: a < b,
        "ge": lambda: a >= b,
        "le": lambda: a <= b,
        "eq": lambda: a == b,
        "ne": lambda: a != b,
    }[op]()


def agrees(word: ClaimWord, claim: Claim) -> bool:
    """Does the claim say what its word says (an «økning» with gt)? Words without a direction
    (shares, comparisons, equality) agree with any claim."""
    allowed = AGREES.get(word.category)
    return allowed is None or claim.normal().op in allowed
