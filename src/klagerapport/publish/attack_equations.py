"""The integer-programming attacker's equations (publish/attack.py): the inner cells of a
publication with their true and rounded counts, and every count a report prints as a sum of
them, over the rounded cells or (a leak) over the true ones."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..districts import is_national, same_district
from . import audit, protection
from . import suppression as S

ROUNDED, TRUE = "r", "x"  # an equation over the rounded cells, or (a leak) over the true ones
Predicate = Callable[[dict], object]  # inner keys (column -> array) -> a mask


@dataclass(frozen=True)
class Report:
    """One report of a publication; `printed`: its values and yearly series as its files carry
    them (value key or `series_key` -> raw), None for a report not written yet (its counts are
    then the sums of the rounded cells, as is every table cell it does not read)."""

    district: str
    year: int
    printed: dict[str, object] | None = None


@dataclass
class Statement:
    """One printed count: the inner cells it sums, the number printed, and over what."""

    label: str
    cells: np.ndarray  # indices into the publication's cells
    printed: int
    over: str = ROUNDED


# ------------------------------------------------------------------ the cells and sums


def cells(cases: pd.DataFrame, districts: Iterable[str], up_to: int, deadline=None):
    """(keys, true counts, rounded counts) of the inner cells of `districts` (every district
    when one of them is national) received up to `up_to`."""
    names = list(districts)
    if not any(is_national(d) for d in names):
        mine = np.zeros(len(cases), bool)
        for d in names:
            mine |= same_district(cases["distrikt"], d).to_numpy(dtype=bool)
        cases = cases[mine]
    counts = protection.cell_counts(cases, deadline)
    rounded = protection.rounded_counts(counts, S.rule().min_count)
    keys = counts.index.to_frame(index=False)
    keep = (keys["ry"] <= up_to).to_numpy()
    keys = keys[keep].reset_index(drop=True)
    return keys, counts.to_numpy()[keep], rounded.to_numpy()[keep]


def tables(year: int, keys: pd.DataFrame) -> dict[str, Predicate]:
    """The printed table cells beyond the value keys: the yearly series of decided cases, the
    units table (by unit as typed, finer than any unit list) for the year and the two before,
    and the handling-time histogram's bins (labels are the attacker's, not the report's)."""
    out: dict[str, Predicate] = {}
    closed = keys["dy"] != protection.OPEN
    for y in sorted(set(keys.loc[closed, "dy"])):
        if y <= year:
            out[series_key(SERIES, y)] = lambda k, y=y: k["dy"] == y
            out[series_key(ETHNIC_SERIES, y)] = lambda k, y=y: (
                (k["dy"] == y) & (k["diskriminering"] == "etnisk")
            )
    for back in range(3):
        for unit in sorted(set(keys.loc[keys["ry"] == year - back, "enhet"]) - {""}):
            out[f"enheter {unit} mottatt {year - back}"] = lambda k, u=unit, y=year - back: (
                (k["ry"] == y) & (k["enhet"] == u)
            )
    for b in sorted(set(keys.loc[(keys["ry"] == year) & closed, "bin"])):
        out[f"saksbehandlingstid intervall {b}"] = lambda k, b=b: (
            (k["ry"] == year) & (k["dy"] != protection.OPEN) & (k["bin"] == b)
        )
    return out


SERIES, ETHNIC_SERIES = "utvikling", "etnisk-utvikling"  # the series tables' CSV names


def series_key(table: str, year: int) -> str:
    return f"{table} {year}"


def printed_series(run_dir) -> dict[str, int]:
    """The yearly series as a written report's CSVs print them: {series_key: count}."""
    out = {}
    for table in (SERIES, ETHNIC_SERIES):
        file = Path(run_dir) / "tables" / f"{table}.csv"
        if not file.is_file():
            continue
        for row in list(csv.reader(file.read_text(encoding="utf-8").splitlines()))[1:]:
            if len(row) > 1 and row[0].isdigit() and re.fullmatch(r"\d+", row[1]):
                out[series_key(table, int(row[0]))] = int(row[1])
    return out


def statements(
    keys: pd.DataFrame, true: np.ndarray, pub: np.ndarray, reports: Iterable[Report]
) -> tuple[list[Statement], list[str]]:
    """Every distinct printed equation of the reports, and the printed counts that equal
    neither the rounded nor the true sum: no equation (their cells are not the ones the count
    sums, e.g. a handling n counted at the basis date); audit.py stops on them."""
    found: dict[tuple[str, bytes], Statement] = {}
    odd: list[str] = []
    columns = {name: keys[name].to_numpy() for name in keys.columns}  # fast predicates
    for report in reports:
        mine = np.ones(len(keys), bool)
        if not is_national(report.district):
            mine = same_district(keys["distrikt"], report.district).to_numpy(dtype=bool)
        values = audit.aggregates(report.year)
        for key, pred in {**values, **tables(report.year, keys)}.items():
            mask = np.asarray(pred(columns)) & mine
            label = f"{report.district} {report.year}: «{key}»"
            r, x = int(pub[mask].sum()), int(true[mask].sum())
            shown = r  # a report not written yet, or a table cell it does not read
            if report.printed is not None and (key in values or key in report.printed):
                shown = report.printed.get(key)
            if not isinstance(shown, int) or isinstance(shown, bool):
                continue  # not printed (no data, no previous year)
            if shown == r:
                over = ROUNDED
            elif shown == x:
                over = TRUE
            else:
                odd.append(
                    f"{label} = {shown} er verken summen av de avrundede ({r}) eller av de "
                    "sanne cellene"
                )
                continue
            index = np.flatnonzero(mask)
            sig = (over, index.tobytes())
            if len(index) and sig not in found:
                found[sig] = Statement(label, index, shown, over)
    return list(found.values()), odd
