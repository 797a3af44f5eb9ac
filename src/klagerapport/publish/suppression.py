"""The public edition's rule (data/reference/suppression.yml).

The rule says which counts are too small to publish (1 .. min_count-1, Statistics Norway's
rule: 1 or 2) and what a value not shown prints. How the public edition keeps them from being
published or worked out is publish/protection.py (rounding of the inner cells), checked by
publish/audit.py; docs/suppression.md describes the method and why.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import yaml

from .. import paths
from ..errors import KlagerapportError

SUPPRESSION_FILE = paths.REFERENCE / "suppression.yml"
PRIMARY = "primær"  # words of the old cell suppression: never in a public file (audit.py)
SECONDARY = "sekundær"


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
