"""The integer-programming attacker that gates the public edition (issue 20): an attack on a
whole publication, run before any public report of it is written.

The real attacker (docs/suppression.md, "The integer-programming attacker"):

- **Unknowns.** For every inner cell i of the publication (publish/protection.py: district ×
  year received × year decided or open × decision × discrimination × ground × unit × handling
  bin; the cells that are non-empty in the true data, every other cell known to be 0, which
  only makes the attacker stronger), its true count x_i ≥ 0 and its printed-rounded count r_i.
- **The rounding rule**, known: r_i is never 1 .. base-1 (base = min_count, 3); r_i = 0 ⇒
  x_i ∈ 0 .. base-1 (zeros are printed, and may be rounded 1-2); r_i = base ⇒ x_i ∈ 1 .. base;
  otherwise x_i = r_i.
- **What is printed.** Every count a report of the publication prints that is a sum of inner
  cells (`statements`: the value keys of audit.aggregates, the yearly series of decided cases,
  the units table by unit as typed, the handling-time histogram's bins), for every report (the
  districts and Norge) and every earlier report the register holds. A printed number equal to
  the sum of the rounded cells is the equation Σ r_i = printed; one that instead equals the sum
  of the TRUE cells (a leak: it should never happen) is the equation Σ x_i = printed.
- **The targets.** Every cell the rounding changed (every true 1 .. base-1 among them), and
  every printed count whose true value is small or was changed. The gate stops, naming each,
  if a true small count is pinned to one value or to a range inside 1 .. base-1, or if any
  other changed count is pinned to one value.

**The gate's attacker is stronger, so what it proves holds for the real one.** It is also
given each cell's rounded count r_i, so x_i lies in [0, base-1], [1, base] or {r_i}. The
published rounding satisfies every Σ r equation, so each of its solutions is one of the real
attacker's: its intervals lie inside the real attacker's, and a target it cannot pin, the real
attacker cannot either. The equations over rounded cells are then known numbers; what is left
is the box and the leaked equations. A target sharing no cell with a leaked equation has the
interval [Σ lows, Σ highs] exactly, with no solve; every other target is solved exactly by
`scipy.optimize.milp` (HiGHS), min and max, over the connected component of the leaked
equations it touches. (Keeping r_i unknown, with binaries for r = 0, r = base and r > base,
was tried first: far too slow for the 10 s goal; benchmarks/README.md.)

The attacker's equations (the inner cells and the printed counts) are in
`attack_equations.py`, its integer program in `attack_milp.py`.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .. import codes, fmt
from ..districts import find, is_national, same_district
from ..errors import KlagerapportError
from . import audit, protection
from . import register as register_
from . import suppression as S
from .attack_equations import TRUE, Report, cells, printed_series, statements
from .attack_milp import Model, components


@dataclass
class Attack:
    """What the integer-programming attacker found (`problems` stops the publication)."""

    problems: list[str] = field(default_factory=list)
    cells: int = 0  # inner cells in the model
    statements: int = 0  # distinct printed equations
    leaks: int = 0  # printed counts that equal the true, not the rounded, sum
    skipped: int = 0  # printed counts that equal neither sum (audit.py stops on them)
    attacked: int = 0  # targets: changed cells and small or changed printed sums
    rounded: int = 0  # inner cells the rounding changed
    certified: int = 0  # targets decided by the box alone (no leaked cell): no solve
    solves: int = 0  # MILPs solved
    seconds: float = 0.0
    narrowest: tuple[int, int] | None = None  # narrowest interval found around a true small

    def summary(self) -> str:
        narrow = "ingen" if self.narrowest is None else "[{}, {}]".format(*self.narrowest)
        return (
            f"Heltallsangrep (offentlig utgave): {fmt.integer(self.attacked)} celler og tall "
            f"angrepet, {fmt.integer(self.rounded)} indre celler avrundet, "
            f"{fmt.integer(self.statements)} trykte ligninger, smaleste intervall rundt et sant "
            f"lite tall: {narrow}, {fmt.integer(self.solves)} MILP-løsninger på "
            f"{fmt.decimal(self.seconds, 2)} s, {fmt.integer(self.skipped)} tall utelatt (ikke "
            f"summer av cellene), funn: {fmt.integer(len(self.problems))}"
        )


# ------------------------------------------------------------------------- the attack


def describe(cell: pd.Series) -> str:
    """An inner cell in words: district, year, decision, ground, discrimination, unit, bin."""
    dy = int(cell["dy"])
    known = find(str(cell["distrikt"]))
    parts = [
        known.name if known is not None else str(cell["distrikt"]),
        f"mottatt {int(cell['ry'])}",
        codes.open_label() if dy == protection.OPEN else f"avsluttet {dy}",
    ]
    if cell["avgjorelse"]:
        parts.append(codes.label("decisions", cell["avgjorelse"]))
    if cell["grunnlag"]:
        parts.append(codes.label("grounds", cell["grunnlag"]))
    if cell["diskriminering"]:
        parts.append(f"diskriminering {cell['diskriminering']}")
    if cell["enhet"]:
        parts.append(f"enhet «{cell['enhet']}»")
    if int(cell["bin"]) != protection.NO_DAYS:
        parts.append(f"saksbehandlingstid-intervall {int(cell['bin'])}")
    return ", ".join(parts)


def attack(
    cases: pd.DataFrame, reports: Iterable[Report], *, deadline: int | None = None
) -> Attack:
    """Attack a publication (its reports, with their printed values where written) by integer
    programming; see the module docstring. Raises nothing: the findings are `problems`."""
    t0 = time.perf_counter()
    reports = list(reports)
    base = S.rule().min_count
    found = Attack()
    keys, true, pub = cells(
        cases, {r.district for r in reports}, max(r.year for r in reports), deadline
    )
    eqs, odd = statements(keys, true, pub, reports)
    found.skipped = len(odd)  # audit.py names them and stops the build
    leaks = [s for s in eqs if s.over == TRUE]
    found.statements, found.leaks = len(eqs), len(leaks)
    in_model = np.zeros(len(keys), bool)
    leaked = np.zeros(len(keys), bool)
    for s in eqs:
        in_model[s.cells] = True
        leaked[s.cells] |= s.over == TRUE
    found.cells = int(in_model.sum())
    changed = in_model & (true != pub)
    found.rounded = int(changed.sum())
    # what the rounding rule leaves of each cell, for an attacker who knew its rounded count
    low = np.where(pub == 0, 0, np.where(pub == base, 1, pub))
    high = np.where(pub == 0, base - 1, pub)

    targets: list[tuple[object, np.ndarray, int]] = [
        (i, np.array([i]), int(true[i])) for i in np.flatnonzero(changed)
    ]
    for s in eqs:
        t = int(true[s.cells].sum())
        if t != int(pub[s.cells].sum()) or S.rule().is_small(t):
            targets.append((s.label, s.cells, t))
    found.attacked = len(targets)

    component = components(len(keys), leaks)
    models: dict[int, Model] = {}
    for label, members, t in targets:
        free = members[~leaked[members]]
        lo, hi = int(low[free].sum()), int(high[free].sum())
        joined = members[leaked[members]]
        for root in np.unique(component[joined]):
            if root not in models:
                mine = np.flatnonzero((component == root) & leaked)
                part = [s for s in leaks if component[s.cells[0]] == root]
                models[root] = Model(mine, part, low, high)
            inside = joined[component[joined] == root]
            lo += models[root].extreme(inside, 1)
            hi += models[root].extreme(inside, -1)
        small = S.rule().is_small(t)
        if not len(joined):
            found.certified += 1
        if small and (found.narrowest is None or hi - lo < found.narrowest[1] - found.narrowest[0]):
            found.narrowest = (lo, hi)
        if lo < hi and not (small and lo >= 1 and hi < base):
            continue
        if not isinstance(label, str):
            label = describe(keys.iloc[int(label)])
        what = "et sant lite" if small else "et endret"
        found.problems.append(f"{label}: {what} tall låses til [{lo}, {hi}]")
    found.solves = sum(m.solves for m in models.values())
    found.seconds = time.perf_counter() - t0
    return found


def gate(
    cases: pd.DataFrame,
    reports: Iterable[Report],
    *,
    log=print,
    deadline: int | None = None,
) -> Attack:
    """Attack a publication; raise, naming every cell found, before anything is written."""
    reports = list(reports)
    if not reports:
        return Attack()
    found = attack(cases, reports, deadline=deadline)
    log(found.summary())
    if found.problems:
        listed = "\n".join(f"  - {p}" for p in found.problems)
        raise KlagerapportError(
            "den offentlige utgaven stoppes: heltallsangriperen kan avsløre "
            f"{len(found.problems)} celler eller tall:\n{listed}"
        )
    return found


def publication(
    districts: Iterable[str], years: Iterable[int], published: Iterable[tuple[str, int]] = ()
) -> list[Report]:
    """The reports of a publication not written yet: every report of `districts` (Norge among
    them or not) for `years`, and every earlier report the register says was published
    (`register.published`: each district's earlier years, and Norge's when Norge is among
    `districts`), whose printed numbers the publication prints again or must agree with."""
    names, years = list(districts), sorted(set(years))
    first = years[0] if years else float("inf")
    earlier = {(d, y) for d, y in published if y < first}
    if any(is_national(d) for d in names):
        earlier |= {(d, y) for d in names if is_national(d) for _, y in list(earlier)}
    out = [Report(d, y) for d, y in sorted(earlier)]
    return out + [Report(d, y) for y in years for d in names]


def gate_report(run_dir, cases: pd.DataFrame, *, district: str, year: int, register, log=print):
    """The gate of one built public report (pipeline/run.py): its printed values as its files
    carry them, with the earlier reports of its district (or of every district, for Norge) the
    register holds."""
    national = is_national(district)
    earlier = [
        (d, y)
        for d, y in register_.published(register)
        if y < year and (national or same_district(pd.Series([d]), district).iloc[0])
    ]
    mine = Report(district, year, {**audit.flat_values(run_dir), **printed_series(run_dir)})
    before = publication([district], [], earlier)
    return gate(cases, [*before, mine], log=log)
