"""The public edition's rule (data/reference/suppression.yml).

The rule says which counts are too small to publish (1 .. min_count-1, Statistics Norway's
rule: 1 or 2), what a value not shown prints, and below which number of handled cases the
handling-time statistics (mean, median, share within the deadline, histogram) are not shown
(`min_n_handling`, see `Rule.hides_handling`). How the public edition keeps them from being
published or worked out is publish/protection.py (rounding of the inner cells), checked by
publish/audit.py; docs/suppression.md describes the method and why.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import yaml

from .. import paths, userfiles
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
    min_n_handling: int = 7  # least_n_handling(3)

    def is_small(self, n: int | None) -> bool:
        if n is None:
            return False
        if n == 0:
            return self.suppress_zero
        return 0 < n < self.min_count

    def hides_handling(self, n: int | None) -> bool:
        """True if handling-time statistics over `n` printed (rounded) cases are not shown.
        Depends on the printed n only: hiding by the true n would itself tell the true n."""
        return n is not None and 0 < n < self.min_n_handling


def least_n_handling(min_count: int) -> int:
    """The smallest printed n that is certain to stand for at least `min_count` different real
    cases: one real case stands for at most `min_count` rounded cases (a cell of 1 rounded up to
    `min_count` copies), so min_count - 1 real cases make at most min_count * (min_count - 1)."""
    return max(1, min_count * (min_count - 1) + 1)


@cache
def rule() -> Rule:
    """The rule in data/reference/suppression.yml."""
    return load_rule(SUPPRESSION_FILE)


def load_rule(file) -> Rule:
    try:
        data = userfiles.load_yaml(file) or {}
    except (OSError, yaml.YAMLError) as err:
        raise KlagerapportError(f"{paths.shown(file)}: kan ikke leses: {err}") from None
    try:
        min_count = int(data.get("min_count", 3))
        found = Rule(
            min_count=min_count,
            suppress_zero=bool(data.get("suppress_zero", False)),
            symbol=str(data.get("symbol", ":")),
            note=str(data.get("note", "")).strip(),
            min_n_handling=int(data.get("min_n_handling", least_n_handling(min_count))),
        )
    except (TypeError, ValueError) as err:
        raise KlagerapportError(f"{paths.shown(file)}: ugyldig verdi: {err}") from None
    if found.min_count < 1 or not found.symbol:
        raise KlagerapportError(f"{paths.shown(file)}: min_count må være minst 1 og symbol satt")
    least = least_n_handling(found.min_count)
    if found.min_n_handling < least:
        raise KlagerapportError(
            f"{paths.shown(file)}: min_n_handling må være minst {least} når min_count er "
            f"{found.min_count} (én sak kan stå for {found.min_count} avrundede saker; "
            "docs/suppression.md)"
        )
    return found
