"""How the claim corpus's labellers read the words of a sentence: one function a reading, shared by
every part labelled by code (tools/claim_corpus_kontroll*.py).

A reading says when a sentence's words hold of the facts (tools/claim_facts.py): a hedged number
(«rundt 200», «nesten tre uker», «drøyt 20 prosent»), a fraction word («en tredjedel», «knapt
halvparten»), a hedged share in percent, a share as the report prints it, a factor («dobbelt så
mange»), a category's place («nest vanligst»), a yearly series («økt hvert år siden 2015», «det
høyeste siden 2007»), several statements in one sentence. A reading with a reason returns
`(holds, reason)`, the reason in bokmål as the corpus's `grunn` holds it; the bare predicates
(`within`, `within_relative`, `rising`, `alone_highest`, …) serve a part whose reasons say more.
A new part takes its readings from here and adds one here rather than writing its own copy.

The tolerances are the documented ones (commentary/README.md, «Ord som tallene kan motsi»),
read as data from the lexicon's `toleranse` (data/reference/leksikon.yml), like the code lists
and settings tools/claim_facts.py reads: the check and the labels rest on the same documented
numbers, not on the same code. A tolerance changed there changes the labels computed here, and
tests/test_check_corpus.py then asks for the corpus to be written again.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import yaml

from tools.claim_facts import REFERENCE, Facts

TOLERANCE = yaml.safe_load((REFERENCE / "leksikon.yml").read_text(encoding="utf-8"))["toleranse"]
NEAR = float(TOLERANCE["omtrent_relativ"])  # «omtrent/rundt/nesten/drøyt» before a number
SHARE_HEDGED = float(TOLERANCE["omtrent_andel"])  # the same before a share, in points
FACTOR = float(TOLERANCE["faktor"])  # «dobbelt så mange», «halvert»
FRACTION = float(TOLERANCE["brøk"])  # «en tredjedel», «hver fjerde»
FRACTION_HEDGED = float(TOLERANCE["brøk_omtrent"])  # «rundt en tredjedel»
NESTEN = float(TOLERANCE["nesten"])  # «nesten/knapt halvparten»: under it by at most this


# ---------------------------------------------------------------------------- the reasons' words
def n(x: float) -> str:
    """A number as the reasons write it: decimal comma, at most one decimal."""
    return f"{x:.1f}".replace(".", ",").removesuffix(",0")


def p(x: float) -> str:
    """A share as the reasons write it, in percent."""
    return f"{n(100 * x)} %"


def listing(counts: dict) -> str:
    """Counts as the reasons list them: «key value, key value»."""
    return ", ".join(f"{k} {v}" for k, v in counts.items())


# ---------------------------------------------------------------------------- the two measures
def within(value: float, target: float, tol: float, how: str = "near") -> bool:
    """`value` against `target` with a tolerance in the same unit (points of a share): near
    (within tol either side), under (below it, by at most tol), over (above it, by at most tol),
    above (strictly over, any distance), below (strictly under, any distance)."""
    return {
        "near": abs(value - target) <= tol,
        "under": target - tol <= value < target,
        "over": target < value <= target + tol,
        "above": value > target,
        "below": value < target,
    }[how]


def within_relative(value: float, target: float, tol: float, how: str = "near") -> bool:
    """`value` against `target` with a tolerance relative to the target (tol 0.1: 10 % of it):
    near, under, over, above and below as in `within`."""
    return {
        "near": abs(value - target) <= tol * target,
        "under": target * (1 - tol) <= value < target,
        "over": target < value <= target * (1 + tol),
        "above": value > target,
        "below": value < target,
    }[how]


# ---------------------------------------------------------------------------- the readings
def hedged_number(
    value: float, target: float, what: str, how: str = "near", unit: str = ""
) -> tuple[bool, str]:
    """A hedged number: «rundt/omtrent/om lag N» near N, «nesten/i underkant av N» under it,
    «drøyt/i overkant av N» over it, each within the lexicon's `toleranse.omtrent_relativ` of N
    (commentary/README.md). `unit` follows the value in the reason (« dager»)."""
    ok = within_relative(value, target, NEAR, how)
    return ok, f"{what} {n(value)}{unit}; ordet sier {n(target)} ({how}, innen {n(100 * NEAR)} %)"


def hedged_days(value: float, target: float, what: str, how: str = "near") -> tuple[bool, str]:
    """A hedged number of days («rundt to uker», «nesten seks dager»): `hedged_number`."""
    return hedged_number(value, target, what, how, unit=" dager")


def hedged_share(share: float, said: float, what: str, how: str = "near") -> tuple[bool, str]:
    """«rundt/nesten/drøyt N prosent» of a share: within the lexicon's `toleranse.omtrent_andel`
    (percentage points) of N %, on the side the word says (near, under, over)."""
    ok = within(share, said / 100, SHARE_HEDGED, how)
    points = n(100 * SHARE_HEDGED)
    return ok, f"{what} {p(share)}; ordet sier {n(said)} % ({how}, innen {points} prosentpoeng)"


def fraction(
    share: float,
    target: float,
    what: str,
    tol: float = FRACTION,
    how: str = "near",
    word: str = "ordet",
) -> tuple[bool, str]:
    """A fraction word («en tredjedel», «hver fjerde», «halvparten»): near it within `tol`, the
    lexicon's `toleranse.brøk` (`FRACTION_HEDGED`, `toleranse.brøk_omtrent`, after «omtrent»,
    «rundt», «om lag»; `NESTEN`, `toleranse.nesten`, for «nesten/knapt» under it); under or over
    it within `tol`; above («over halvparten») or below («under en tredjedel») strictly. `word`
    names the word in the reason («ordet», «brøkordet»)."""
    ok = within(share, target, tol, how)
    return ok, f"{what} {p(share)}; {word} sier {p(target)} ({how})"


def factor(a: float, b: float, times: float, what: str) -> tuple[bool, str]:
    """«dobbelt så mange», «åtte ganger så mange»: a / b within the lexicon's `toleranse.faktor`
    of the factor (relative to it); never when b is 0."""
    ok = b > 0 and within_relative(a / b, times, FACTOR)
    return ok, f"{what}: {a} mot {b} (faktor {n(a / b) if b else '–'})"


def printed_percent(share: float) -> int:
    """A share as the report prints it: whole percent, half up (docs/assumptions.md P8)."""
    return int(100 * share + 0.5)


def typed_share(share: float, said: int, what: str, unit: str = " %") -> tuple[bool, str]:
    """A typed «N prosent» of a share: right when the report's whole percent (`printed_percent`)
    is N. `unit` follows N in the reason."""
    printed = printed_percent(share)
    return printed == said, f"{what} {p(share)}, trykt {printed} %; ordet sier {said}{unit}"


def every(*checks: tuple[bool, str]) -> tuple[bool, str]:
    """A sentence of several statements: true only if each is; the reasons joined."""
    return all(ok for ok, _ in checks), "; ".join(why for _, why in checks)


def places_only(_f: Facts) -> tuple[bool, str]:
    """A sentence that names only the district's own places and says no number: true."""
    return True, "ingen tallpåstand; stedene hører til distriktet"


# ---------------------------------------------------------------------------- ranks
def place(counts: dict[str, int], key: str) -> tuple[int, bool]:
    """The key's place among the categories (1 + how many are larger) and whether it shares it."""
    larger = sum(v > counts[key] for v in counts.values())
    tied = sum(v == counts[key] for v in counts.values()) > 1
    return 1 + larger, tied


def ranked(counts: dict[str, int], key: str, at: int) -> tuple[bool, str]:
    """«det vanligste» (at 1), «nest vanligst» (at 2): the key alone at that place."""
    got, tied = place(counts, key)
    return got == at and not tied, f"plass {got}{' (delt)' if tied else ''}: {listing(counts)}"


def first(counts: dict[str, int], key: str) -> tuple[bool, str]:
    """«det vanligste», «flest»: the key alone at the top."""
    return ranked(counts, key, 1)


def second(counts: dict[str, int], key: str) -> tuple[bool, str]:
    """«nest vanligst»: the key alone in second place."""
    return ranked(counts, key, 2)


# ---------------------------------------------------------------------------- series
def since(series: dict[int, int], first: int | None, last: int | None = None) -> dict[int, int]:
    """The years of a yearly series from `first` (all when None) to `last` (all when None)."""
    lo = min(series) if first is None else first
    hi = max(series) if last is None else last
    return {y: v for y, v in series.items() if lo <= y <= hi}


def rising(values: Iterable[float]) -> bool:
    """«økt hvert år», «for tredje år på rad»: each value above the one before."""
    return all(b > a for a, b in itertools.pairwise(values))


def falling(values: Iterable[float]) -> bool:
    """«gått ned hvert år»: each value below the one before."""
    return all(b < a for a, b in itertools.pairwise(values))


def alone_highest(counts: dict, key) -> bool:
    """«det høyeste», «flest»: the key's count is the largest, and no other key has it."""
    top = max(counts.values())
    return counts[key] == top and list(counts.values()).count(top) == 1


def alone_lowest(counts: dict, key) -> bool:
    """«det laveste», «færrest»: the key's count is the smallest, and no other key has it."""
    low = min(counts.values())
    return counts[key] == low and list(counts.values()).count(low) == 1


def rising_since(series: dict[int, int], first: int, what: str) -> tuple[bool, str]:
    """«økt hvert år siden <first>»: every change from `first` on a rise."""
    part = since(series, first)
    return rising(part.values()), f"{what}: {listing(part)}"


def highest_since(
    series: dict[int, int], year: int, what: str, first: int | None = None
) -> tuple[bool, str]:
    """«det høyeste siden <first>» (or ever, without `first`): `year` alone at the top."""
    part = since(series, first)
    return alone_highest(part, year), f"{what}: {listing(part)}"


def lowest_since(
    series: dict[int, int], year: int, what: str, first: int | None = None
) -> tuple[bool, str]:
    """«det laveste siden <first>» (or ever, without `first`): `year` alone at the bottom."""
    part = since(series, first)
    return alone_lowest(part, year), f"{what}: {listing(part)}"


# ---------------------------------------------------------------------------- handling time
def half_within_median(f: Facts) -> tuple[bool, str]:
    """«halvparten ble besvart på <medianen> dager eller mindre»: at least half of the
    handling-time cases took the median or fewer days."""
    days = f.handling_days()
    share = sum(d <= f.median_days() for d in days) / len(days)
    return share >= 0.5, f"{p(share)} besvart på {n(f.median_days())} dager eller mindre"
