"""The integer-programming attacker's program (publish/attack.py): the cells a set of leaked
equations joins, each true count within what its rounded count allows, solved exactly by
`scipy.optimize.milp` (HiGHS); and the connected components of the leaked equations."""

from __future__ import annotations

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_array, csr_array

from ..errors import KlagerapportError
from .attack_equations import Statement

# ---------------------------------------------------------------------------- the MILP


class Model:
    """The integer program over the cells a set of leaked equations joins: each cell's true
    count within what its rounded count allows (`low` .. `high`), every leaked equation."""

    def __init__(self, cells: np.ndarray, leaks: list[Statement], low, high):
        self.where = {int(c): i for i, c in enumerate(cells)}
        rows, cols = [], []
        for r, s in enumerate(leaks):
            for c in s.cells:
                rows.append(r)
                cols.append(self.where[int(c)])
        matrix = coo_array((np.ones(len(rows)), (rows, cols)), shape=(len(leaks), len(cells)))
        printed = np.array([s.printed for s in leaks], dtype=float)
        self.constraint = LinearConstraint(csr_array(matrix), printed, printed)
        self.bounds = Bounds(low[cells].astype(float), high[cells].astype(float))
        self.integrality = np.ones(len(cells))
        self.n = len(cells)
        self.solves = 0

    def extreme(self, members: np.ndarray, sense: int) -> int:
        """The least (sense 1) or greatest (sense -1) sum of the true counts of `members`."""
        c = np.zeros(self.n)
        c[[self.where[int(m)] for m in members]] = sense
        self.solves += 1
        res = milp(c, constraints=self.constraint, integrality=self.integrality, bounds=self.bounds)
        if res.status != 0 or res.x is None:  # the truth is a solution: never infeasible
            raise KlagerapportError(f"heltallsangrepet: ingen løsning ({res.message})")
        return round(sense * res.fun)


def components(n: int, found: list[Statement]) -> np.ndarray:
    """The connected component of each cell under the equations (union-find)."""
    parent = np.arange(n)

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for s in found:
        first = root(int(s.cells[0]))
        for c in s.cells[1:]:
            other = root(int(c))
            if other != first:
                parent[other] = first
    return np.array([root(i) for i in range(n)])
