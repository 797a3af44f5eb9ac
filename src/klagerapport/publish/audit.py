"""The built-in attacker that gates the public edition: run on a built public report before
anything is written to its folder (pipeline/run.py), it stops the build, naming each problem.

It attacks what the edition publishes (publish/protection.py: rounded inner cells):

1. **The files.** Every public file (`values.json`, `values/*.json`, `tables/*.csv`,
   `undertrykking.json`) is read as an attacker reads it: no count of 1 .. min_count-1 (which
   values are counts comes from report/values.yml's `kind`), no number with more precision
   than the page prints, no suppression reasons.
2. **The linked tables.** Every count the report prints that is a sum of inner cells
   (`aggregates`: received, open, decided, the decision, ground and discrimination tables,
   handling n, this year and the years before) must equal the sum of the rounded inner cells:
   the publication is the function of the rounded cells the protection promises.
3. **The intervals.** An attacker who even knew every rounded inner cell, and the rule (a
   rounded 0 is a true 0 .. base-1, a rounded base is 1 .. base, anything else exact), gets for
   each printed count the interval [sum of lows, sum of highs]. The audit stops if a true
   count of 1 .. base-1 lies in an interval inside 1 .. base-1 or in a single point, or if
   any count that rounding changed is pinned to one value. The narrowest interval around a
   true small count goes to the build log.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .. import codes, fmt, paths, settings
from ..districts import is_national
from ..errors import KlagerapportError
from ..ingest import store
from ..stats import measures
from ..stats import populations as P
from . import contract, protection, utgave
from . import register as register_
from . import suppression as S

REASONS = (S.PRIMARY, S.SECONDARY)
Predicate = Callable[[pd.DataFrame], pd.Series]


@dataclass
class Audit:
    """What the attacker found (`problems` stops the build) and the figures for the log."""

    problems: list[str] = field(default_factory=list)
    counts_checked: int = 0
    rounded_cells: int = 0  # inner cells rounding changed, received up to the report's year
    true_small: int = 0  # printed counts whose true value is 1 .. base-1
    narrowest: tuple[int, int] | None = None  # the narrowest interval around a true small count

    def summary(self) -> str:
        narrow = "ingen" if self.narrowest is None else "[{}, {}]".format(*self.narrowest)
        return (
            f"Revisjon (offentlig utgave): {fmt.integer(self.counts_checked)} tall angrepet, "
            f"{fmt.integer(self.rounded_cells)} indre celler avrundet, "
            f"{fmt.integer(self.true_small)} sanne små tall, smaleste intervall rundt et lite "
            f"tall: {narrow}, funn: {fmt.integer(len(self.problems))}"
        )


# ------------------------------------------------------------------------ 1. the files


def _decimals(number: str) -> int:
    return len(number.split(".", 1)[1]) if "." in number else 0


def audit_files(run_dir: Path, rule: S.Rule, found: Audit) -> None:
    """Counts, precision and reasons as the public files carry them."""
    run_dir = Path(run_dir)
    for file in sorted((run_dir / "values").glob("*.json")):
        for key, item in json.loads(file.read_text(encoding="utf-8")).items():
            raw, text = item.get("value"), str(item.get("text", ""))
            kind = contract.kind_of(key)
            if contract.counts_cases(key) and isinstance(raw, int) and rule.is_small(raw):
                found.problems.append(f"{file.name}: «{key}» = {raw} (et lite tall)")
            if isinstance(raw, float):
                percent = kind in ("share", "change") or text.endswith("%")
                if raw != utgave.printed(raw, text, percent=percent):
                    found.problems.append(
                        f"{file.name}: «{key}» = {raw!r} har flere desimaler enn «{text}»"
                    )
    for file in sorted((run_dir / "tables").glob("*.csv")):
        rows = list(csv.reader(file.read_text(encoding="utf-8").splitlines()))
        for r, row in enumerate(rows[1:], start=2):
            for c, cell in enumerate(row[1:], start=2):
                if re.fullmatch(r"-?\d+", cell) and rule.is_small(int(cell)):
                    found.problems.append(f"{file.name}: rad {r}, kolonne {c} = {cell}")
                elif re.fullmatch(r"-?\d+\.\d+", cell) and _decimals(cell) > 4:
                    found.problems.append(f"{file.name}: rad {r}, kolonne {c} = {cell} (presisjon)")
    for file in [*run_dir.glob("*.json"), *(run_dir / "values").glob("*.json")]:
        text = file.read_text(encoding="utf-8")
        if any(f'"{reason}"' in text for reason in REASONS):
            found.problems.append(f"{file.name}: oppgir grunner for undertrykking")


# ---------------------------------------------------------------- 2.-3. the linked tables


def aggregates(year: int, basis: int | None = None) -> dict[str, Predicate]:
    """Value key -> the inner cells the printed count sums (a predicate on inner keys).
    `basis`: the days after a year's end its handling time is taken (sections/handling_time.py);
    None: every decided case."""
    out: dict[str, Predicate] = {}

    def add(key: str, pred: Predicate) -> None:
        out[key] = pred

    closed = lambda k: k["dy"] != protection.OPEN  # noqa: E731
    for back, suffix in ((0, "total"), (1, "minus1")):
        y = year - back
        add(f"received.{suffix}", lambda k, y=y: k["ry"] == y)
        add(f"decided.{suffix}", lambda k, y=y: k["dy"] == y)
    add("received.open", lambda k: (k["ry"] == year) & ~closed(k))
    add("decisions.open", lambda k: (k["ry"] == year) & ~closed(k))
    add("decisions.total", lambda k: k["ry"] == year)
    add("grounds.total", lambda k: k["ry"] == year)
    by_basis = closed if basis is None else (lambda k: closed(k) & (k["etter"] <= basis))
    add("handling_days.n", lambda k: (k["ry"] == year) & by_basis(k))
    add("handling_days.n_minus1", lambda k: (k["ry"] == year - 1) & by_basis(k))
    for disc in ("etnisk", "annen"):
        add(
            f"discrimination.{disc}.received",
            lambda k, d=disc: (k["ry"] == year) & (k["diskriminering"] == d),
        )
        add(
            f"discrimination.{disc}.decided",
            lambda k, d=disc: (k["dy"] == year) & (k["diskriminering"] == d),
        )
        add(f"decisions.{disc}", lambda k, d=disc: (k["ry"] == year) & (k["diskriminering"] == d))
    for back in range(1, 9):
        add(
            f"discrimination.etnisk.decided_minus{back}",
            lambda k, y=year - back: (k["dy"] == y) & (k["diskriminering"] == "etnisk"),
        )
    for code in codes.decisions():
        is_code = lambda k, c=code.code: closed(k) & (k["avgjorelse"] == c)  # noqa: E731
        add(f"decisions.{code.key}.count", lambda k, f=is_code: f(k) & (k["ry"] == year))
        add(f"decisions.{code.key}.minus1", lambda k, f=is_code: f(k) & (k["ry"] == year - 1))
        for disc in ("etnisk", "annen"):
            add(
                f"decisions.{code.key}.{disc}",
                lambda k, f=is_code, d=disc: f(k) & (k["ry"] == year) & (k["diskriminering"] == d),
            )
    for code in codes.grounds():
        is_ground = lambda k, c=code.code: (k["ry"] == year) & (k["grunnlag"] == c)  # noqa: E731
        add(f"grounds.{code.key}.count", is_ground)
        for disc in ("etnisk", "annen"):
            add(
                f"grounds.{code.key}.{disc}",
                lambda k, f=is_ground, d=disc: f(k) & (k["diskriminering"] == d),
            )
    return out


def audit_cells(
    true_cases: pd.DataFrame,
    printed: dict[str, object],
    *,
    district: str,
    year: int,
    rule: S.Rule,
    found: Audit,
    deadline: int | None = None,
) -> None:
    """Attack the printed counts through the rounded inner cells (module docstring, 2 and 3)."""
    base = rule.min_count
    basis = measures.basis_days(year, measures.known_on(true_cases), settings.handling_basis_days())
    if not is_national(district):
        true_cases = _of_district(true_cases, district)
    counts = protection.cell_counts(true_cases, deadline)
    rounded = protection.rounded_counts(counts, base)
    keys = counts.index.to_frame(index=False)
    true, pub = counts.to_numpy(), rounded.to_numpy()
    # the cells a report of `year` can print over (received up to its year), as the integer
    # attacker counts them: a later year's cells are in the data but in no table of this report
    found.rounded_cells += int(((true != pub) & (keys["ry"] <= year).to_numpy()).sum())
    low = np.where(pub == 0, 0, np.where(pub == base, 1, pub))
    high = np.where(pub == 0, base - 1, pub)
    for key, pred in aggregates(year, basis).items():
        shown = printed.get(key)
        if not isinstance(shown, int) or isinstance(shown, bool):
            continue  # not printed (no data, no previous year in the national series)
        mask = pred(keys).to_numpy()
        found.counts_checked += 1
        if int(pub[mask].sum()) != shown:
            found.problems.append(
                f"«{key}» = {shown} stemmer ikke med de avrundede cellene ({int(pub[mask].sum())})"
            )
        t, lo, hi = int(true[mask].sum()), int(low[mask].sum()), int(high[mask].sum())
        if rule.is_small(t):
            found.true_small += 1
            if found.narrowest is None or hi - lo < found.narrowest[1] - found.narrowest[0]:
                found.narrowest = (lo, hi)
            if lo == hi or (lo >= 1 and hi < base):
                found.problems.append(f"«{key}»: et sant lite tall låses til [{lo}, {hi}]")
        elif t != shown and lo == hi:
            found.problems.append(f"«{key}»: et avrundet tall låses til {lo}")


def _of_district(cases: pd.DataFrame, district: str) -> pd.DataFrame:
    return P.for_district(cases, district)


def flat_values(run_dir: Path) -> dict[str, object]:
    """Every printed value of a run: key -> raw."""
    out: dict[str, object] = {}
    for file in sorted((Path(run_dir) / "values").glob("*.json")):
        for key, item in json.loads(file.read_text(encoding="utf-8")).items():
            out[key] = item.get("value")
    return out


def audit_run(
    run_dir: Path, true_cases: pd.DataFrame, *, district: str, year: int, rule: S.Rule | None = None
) -> Audit:
    """The whole attack on one built public report (nothing written)."""
    rule = rule or S.rule()
    found = Audit()
    audit_files(run_dir, rule, found)
    audit_cells(
        true_cases, flat_values(run_dir), district=district, year=year, rule=rule, found=found
    )
    return found


def gate(
    run_dir: Path,
    processed: Path,
    *,
    district: str,
    year: int,
    log=print,
    register: Path | None = None,
    record: bool = True,
) -> Audit:
    """Attack a built public report; raise (naming every finding) before it is published.
    With a `register` (publish/register.py), the report's rounding must also be the one
    already published, and is recorded when `record` (a final edition: a draft is not
    published, so it checks against the register but never writes to it)."""
    cases = store.read_cases(processed)
    found = audit_run(run_dir, cases, district=district, year=year)
    log(found.summary())
    if found.problems:
        listed = "\n".join(f"  - {p}" for p in found.problems)
        raise KlagerapportError(
            f"den offentlige utgaven stoppes: angriperen fant {len(found.problems)} tall som "
            f"kan avsløre små tall:\n{listed}"
        )
    if register is not None:
        mine = cases if is_national(district) else _of_district(cases, district)
        same, new = register_.check_and_record(register, mine, year, record=record)
        log(
            f"Publiseringsregister ({paths.shown(register)}): {fmt.integer(same)} distrikt-år som "
            f"publisert før, {fmt.integer(new)} nye"
            + ("" if record else " (utkast: ikke registrert som publisert)")
        )
    return found
