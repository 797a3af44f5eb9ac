"""Protection of the public edition: additive small-count rounding of the inner cells.

A publication (the 12 districts and Norge for a year, with the earlier years their series,
last-year columns and units table print) is a set of linked tables, and every number in it is
a sum over the *inner cells*: the finest cross-classification of the cases by everything any
public number depends on (`INNER`: district, year received, year decided or still open,
decision, discrimination, ground, unit as typed, and the handling-time bin of the histogram,
whose edges include the deadline, so "within the deadline" is a sum of bins too).

`public_cases(cases)` rounds every inner cell of 1 .. base-1 cases (base = `min_count` of
data/reference/suppression.yml, 3) to 0 or to base: all cases of a cell rounded down are left
out, a cell rounded up gets copies of its own cases. Cells of 0 and of base or more are kept as
they are. Within each (district, year received) the cells are rounded in a fixed order so that
the running sum stays within 1 of the true one (the district's received total is off by at most
1, a decided-year or decision block by at most 2).

Every public number is then computed by the ordinary sections from these cases. So every table
is additive, the national report is the sum of the districts, every share and mean agrees with
its counts, and nothing needs to be hidden. Why it holds against an attacker who knows all of
this (docs/suppression.md): the rounded cases are themselves a possible true data set that this
function leaves unchanged (`is_fixed_point`), and it would publish exactly the same files. So
whatever the attacker derives from the public files, the world "true = published" is
consistent with it; since no published count is 1 or 2, a true 1 or 2 can never be pinned to a
value or to a range inside 1–2, and no count that was changed can be pinned exactly.

The rounding of a (district, year received) depends on that group's cases only, so a district
report and the national report, and this year's and next year's publication, round a year the
same way (`register.py` records it and checks later builds against it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .. import settings
from ..ingest.units import normal
from . import suppression as S

OPEN = -1  # the decided-year of a case still open
NO_DAYS = -(10**6)  # the handling bin of a case without handling time (open)
BIN_DAYS = 7  # the histogram's bin width (publish/figures.py: histogram)
INNER = (
    "distrikt", "ry", "dy", "avgjorelse", "diskriminering", "grunnlag", "enhet", "bin", "etter"
)  # fmt: skip
GROUP = INNER[:2]  # rounded independently of each other: (district, year received)


def handling_bin(days: pd.Series, deadline: int, width: int = BIN_DAYS) -> pd.Series:
    """The histogram bin of each handling time: bins of `width` days with an edge just after
    the deadline day (as figures.bin_edges draws them); NO_DAYS for a case without one."""
    first = (deadline + 0.5) % width
    binned = np.floor((days.astype("float64") - first) / width)
    return pd.Series(binned, index=days.index).fillna(NO_DAYS).astype("int64")


def days_after_year(received: pd.Series, decided: pd.Series) -> pd.Series:
    """`etter`: the days after the end of its year received that a case was decided (0: within
    that year; at most the handling basis + 1, settings.yml `handling_basis_days`; OPEN: still
    open), so that a handling-time count taken any number of days up to the basis after a
    year's end (sections/handling_time.py) is a sum of inner cells."""
    cap = settings.handling_basis_days() + 1
    year_end = pd.to_datetime(received.dt.year.astype("string") + "-12-31", errors="coerce")
    after = (decided - year_end).dt.days.clip(lower=0, upper=cap)
    return after.fillna(OPEN).astype("int64")


def inner_keys(cases: pd.DataFrame, deadline: int | None = None) -> pd.DataFrame:
    """Each case's inner cell: one column per `INNER` attribute, no missing values."""
    deadline = settings.answer_deadline_days() if deadline is None else int(deadline)
    received, decided = cases["mottatt"], cases["avsluttet"]
    days = (decided - received).dt.days
    text = {}
    for col in ("avgjorelse", "diskriminering", "grunnlag"):
        text[col] = cases[col].astype("string").fillna("").to_numpy(dtype=object)
    return pd.DataFrame(
        {
            "distrikt": cases["distrikt"].astype("string").fillna("").map(normal).to_numpy(),
            "ry": received.dt.year.fillna(0).astype("int64").to_numpy(),
            "dy": decided.dt.year.fillna(OPEN).astype("int64").to_numpy(),
            **text,
            "enhet": cases["enhet"].astype("string").fillna("").map(normal).to_numpy(),
            "bin": handling_bin(days, deadline).to_numpy(),
            "etter": days_after_year(received, decided).to_numpy(),
        },
        index=cases.index,
    )


def cell_counts(cases: pd.DataFrame, deadline: int | None = None) -> pd.Series:
    """Cases per inner cell (sorted by the cell's key: the order of rounding)."""
    keys = inner_keys(cases, deadline)
    return keys.groupby(list(INNER), sort=True).size()


# The published counts' shapes within a (district, year received): every count a report prints
# is a sum of the cells of one of these marginals (a decision, discrimination or decided-year
# block; a ground by discrimination; a unit; a handling-time bin of the cases decided by the
# handling basis, `basis`, or after it, or still open), so once no cell of any of them holds
# 1 .. base-1, no sum of them does either.
SHAPES = (
    ("dy", "avgjorelse", "diskriminering"),
    ("grunnlag", "diskriminering"),
    ("enhet",),
    ("basis", "bin"),
)


def _marginal_ids(counts: pd.Series) -> list[np.ndarray]:
    """For each shape, each inner cell's marginal cell (within its group), as integer ids."""
    levels = {name: counts.index.get_level_values(name) for name in INNER}
    after = np.asarray(levels["etter"])
    cap = settings.handling_basis_days()
    levels["basis"] = pd.Index(np.where(after == OPEN, OPEN, (after <= cap).astype("int64")))
    return [
        pd.MultiIndex.from_arrays([levels[n] for n in (*GROUP, *shape)]).factorize()[0]
        for shape in SHAPES
    ]


def small_marginals(counts: pd.Series, base: int) -> int:
    """How many published marginal cells (SHAPES) hold 1 .. base-1 cases."""
    values = counts.to_numpy()
    found = 0
    for ids in _marginal_ids(counts):
        sums = np.bincount(ids, weights=values)
        found += int(((sums > 0) & (sums < base)).sum())
    return found


def rounded_counts(counts: pd.Series, base: int) -> pd.Series:
    """Each inner cell's public count (small-count rounding where it is needed).

    Only the inner cells of a published marginal cell (SHAPES) of 1 .. base-1 are rounded, each
    to 0 or base, until no marginal cell of any shape holds 1 .. base-1; inner cells of 1 or 2
    inside larger published counts stay as they are. Within each (district, year received) the
    cells are rounded in a fixed order (shape, then marginal cell, then inner cell) so that the
    group's running sum stays within 1 of the true one. A marginal of 1 .. base-1 holds only
    inner cells of 1 .. base-1, and every step rounds at least one of them for good, so it ends.
    """
    values = counts.to_numpy().copy()
    groups = pd.MultiIndex.from_arrays(
        [counts.index.get_level_values(g) for g in GROUP]
    ).factorize()[0]
    shapes = _marginal_ids(counts)
    drift = np.zeros(int(groups.max()) + 1 if len(groups) else 0, dtype="int64")
    changed = True
    while changed:
        changed = False
        for ids in shapes:
            sums = np.bincount(ids, weights=values)
            small = np.flatnonzero((sums > 0) & (sums < base))
            if not len(small):
                continue
            wanted = np.isin(ids, small) & (values > 0) & (values < base)
            for i in np.flatnonzero(wanted):  # in key order: shape order is fixed above
                g, true = groups[i], int(values[i])
                up, down = drift[g] + base - true, drift[g] - true
                if abs(up) < abs(down):
                    values[i], drift[g] = base, up
                else:
                    values[i], drift[g] = 0, down
                changed = True
    return pd.Series(values, index=counts.index)


@dataclass
class Protection:
    """What protecting a set of cases did (the internal log: never in a public file)."""

    cells: int = 0  # non-empty inner cells
    rounded_up: int = 0  # cells of 1 .. base-1 published as base
    rounded_down: int = 0  # cells of 1 .. base-1 published as 0
    groups: dict[tuple, int] = field(default_factory=dict)  # (district, year) -> total drift


def protect(cases: pd.DataFrame, rule: S.Rule | None = None, deadline: int | None = None):
    """(the public cases, Protection): the inner cells of every published marginal cell of
    1 .. base-1 rounded to 0 or base (`rounded_counts`)."""
    rule = rule or S.rule()
    base = rule.min_count
    keys = inner_keys(cases, deadline)
    cell_of = keys.groupby(list(INNER), sort=True).ngroup().to_numpy()
    counts = keys.groupby(list(INNER), sort=True).size()
    target = rounded_counts(counts, base)
    true, new = counts.to_numpy(), target.to_numpy()
    done = Protection(cells=int((true > 0).sum()))
    done.rounded_up = int((new > true).sum())
    done.rounded_down = int((new < true).sum())
    drift = pd.Series(new - true, index=counts.index).groupby(level=list(GROUP)).sum()
    done.groups = {k: int(v) for k, v in drift.items() if v}
    if not done.rounded_up and not done.rounded_down:
        return cases, done
    keep = new[cell_of] > 0
    out = cases[keep]
    extra = []
    for c in np.flatnonzero(new > true):
        rows = np.flatnonzero(cell_of == c)
        need = int(new[c] - true[c])
        extra.append(rows[np.arange(need) % len(rows)])
    if extra:
        copies = cases.iloc[np.concatenate(extra)]
        out = pd.concat([out, copies])
    return out, done


def public_cases(cases: pd.DataFrame, deadline: int | None = None) -> pd.DataFrame:
    """The cases every public number is computed from (see the module docstring)."""
    return protect(cases, deadline=deadline)[0]


def is_fixed_point(cases: pd.DataFrame, rule: S.Rule | None = None, deadline=None) -> bool:
    """True if no published marginal cell of `cases` holds 1 .. base-1 cases (so rounding
    changes nothing)."""
    base = (rule or S.rule()).min_count
    return small_marginals(cell_counts(cases, deadline), base) == 0
