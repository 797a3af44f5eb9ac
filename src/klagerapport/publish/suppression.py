"""Disclosure control for the public edition: primary and secondary cell suppression.

Every number the public edition publishes passes through here. A table is given as its cells
(any hashable key -> count) and its linear relations (a total and the cells that add up to it).

- **Primary**: a cell with 1 .. min_count-1 cases (by default 1 or 2, Statistics Norway's rule)
  is suppressed; zeros only if the rule says so.
- **Secondary**: every relation (row, column, the totals) with exactly one hidden cell would
  give that cell away, so the smallest other non-zero cell of the relation is suppressed too;
  this is repeated until nothing changes. Then an exact check (linear algebra over all relations
  at once) confirms that no suppressed cell can be computed from the published ones; a cell that
  still can be gets one more cell of one of its relations suppressed, and the loop goes on.
  docs/suppression.md describes the method and its limits.

The result is a flag per suppressed cell (`PRIMARY` or `SECONDARY`), kept beside the values:
the values themselves are never changed here.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
import yaml

from .. import paths
from ..errors import KlagerapportError

SUPPRESSION_FILE = paths.REFERENCE / "suppression.yml"
PRIMARY = "primær"  # fewer cases than the rule allows
SECONDARY = "sekundær"  # hidden so that a primary cell cannot be worked out from totals

Key = Hashable


@dataclass(frozen=True)
class Rule:
    """When a count is too small to publish, and how a hidden cell is shown."""

    min_count: int = 3
    suppress_zero: bool = False
    symbol: str = ":"
    note: str = ""

    def is_small(self, n: int | None) -> bool:
        if n is None:
            return False
        if n == 0:
            return self.suppress_zero
        return 0 < n < self.min_count


@dataclass(frozen=True)
class Relation:
    """`total` = sum of `parts` (a row or column of a table, or the grand total)."""

    total: Key
    parts: tuple[Key, ...]

    @property
    def cells(self) -> tuple[Key, ...]:
        return (self.total, *self.parts)


@cache
def rule() -> Rule:
    """The rule in data/reference/suppression.yml."""
    return load_rule(SUPPRESSION_FILE)


def load_rule(file) -> Rule:
    try:
        with open(file, encoding="utf-8") as fh:
            data = yaml.safe_load(fh) or {}
    except (OSError, yaml.YAMLError) as err:
        raise KlagerapportError(f"{paths.shown(file)}: kan ikke leses: {err}") from None
    try:
        found = Rule(
            min_count=int(data.get("min_count", 3)),
            suppress_zero=bool(data.get("suppress_zero", False)),
            symbol=str(data.get("symbol", ":")),
            note=str(data.get("note", "")).strip(),
        )
    except (TypeError, ValueError) as err:
        raise KlagerapportError(f"{paths.shown(file)}: ugyldig verdi: {err}") from None
    if found.min_count < 1 or not found.symbol:
        raise KlagerapportError(f"{paths.shown(file)}: min_count må være minst 1 og symbol satt")
    return found


# ---------------------------------------------------------------------------- the method


def primary(values: Mapping[Key, int | None], rule: Rule) -> dict[Key, str]:
    """The cells too small to publish."""
    return {k: PRIMARY for k, v in values.items() if rule.is_small(v)}


def derivable(
    values: Mapping[Key, int | None],
    relations: Sequence[Relation],
    hidden: Iterable[Key],
) -> set[Key]:
    """The hidden cells whose value follows exactly from the published cells and the relations.

    The unknowns are the hidden cells; each relation is one linear equation in them. A cell is
    determined iff its unit vector lies in the row space of the equations' coefficient matrix.
    """
    hidden = [k for k in values if k in set(hidden)]
    if not hidden:
        return set()
    index = {k: n for n, k in enumerate(hidden)}
    rows = []
    for rel in relations:
        row = np.zeros(len(hidden))
        for sign, keys in ((1.0, (rel.total,)), (-1.0, rel.parts)):
            for k in keys:
                if k in index:
                    row[index[k]] += sign
        if row.any():
            rows.append(row)
    if not rows:
        return set()
    matrix = np.array(rows)
    rank = np.linalg.matrix_rank(matrix)
    found = set()
    for k, n in index.items():
        unit = np.zeros(len(hidden))
        unit[n] = 1.0
        if np.linalg.matrix_rank(np.vstack([matrix, unit])) == rank:
            found.add(k)
    return found


def protect(
    values: Mapping[Key, int | None],
    relations: Sequence[Relation],
    rule: Rule,
    *,
    unpublished: Iterable[Key] = (),
    fixed: Iterable[Key] = (),
) -> dict[Key, str]:
    """Primary and secondary suppression of one table: {cell: PRIMARY | SECONDARY}.

    `unpublished` cells take part in the relations but are never shown (they need protection
    only if they are small themselves); `fixed` cells are published elsewhere and cannot be
    hidden here. Raises KlagerapportError if the table cannot be protected.
    """
    for rel in relations:
        for k in rel.cells:
            if k not in values:
                raise KeyError(f"relation names an unknown cell: {k!r}")
    unpublished, fixed = set(unpublished), set(fixed)
    order = {k: n for n, k in enumerate(values)}
    totals = {rel.total for rel in relations}
    flags = primary(values, rule)

    def candidates(cells: Iterable[Key]) -> list[Key]:
        free = [k for k in cells if k not in flags and k not in unpublished and k not in fixed]
        nonzero = [k for k in free if values[k]]
        # smallest non-zero first, inner cells before totals, then the table's own order
        return sorted(nonzero or free, key=lambda k: (values[k] or 0, k in totals, order[k]))

    def hide_one_more(rel: Relation) -> bool:
        found = candidates(rel.cells)
        if found:
            flags[found[0]] = SECONDARY
        return bool(found)

    while True:
        changed = False
        for rel in relations:
            unknown = [k for k in rel.cells if k in flags or k in unpublished]
            if len(unknown) == 1 and unknown[0] in flags and hide_one_more(rel):
                changed = True
        if changed:
            continue
        exposed = derivable(values, relations, [*flags, *unpublished]) & set(flags)
        if not exposed:
            return flags
        cell = min(exposed, key=order.__getitem__)
        if not any(hide_one_more(r) for r in relations if cell in r.cells):
            raise KlagerapportError(
                f"cellen {cell!r} kan ikke skjules: den kan regnes ut fra tall publisert andre "
                "steder"
            )
