"""Section 6: complaints received per unit this year against the two years before."""

from __future__ import annotations

import pandas as pd

from ..errors import KlagerapportError
from ..ingest import units as unit_list
from ..publish import captions as C
from ..publish import edition
from ..publish import values as V
from ..publish.result import SectionResult
from ..publish.tables import Cell, Table
from ..publish.values import Value
from ..stats import measures
from ..stats import populations as P
from . import common


def units(cases: pd.DataFrame, *, year: int, district: str, **options) -> SectionResult:
    """Complaints received per unit this year against the two years before.

    Units come from the district's list in data/reference/units.yml (option `units`: another
    list); a case's free-text `enhet` that matches none is counted as "Andre enheter", so no
    typed text is ever published.
    """
    cases = common.start(cases, district)
    reference = options.get("units")
    listed = unit_list.for_district(district) if reference is None else unit_list.make(reference)
    _check_unit_keys([u.name for u in listed] + [unit_list.OTHER, C.UNIT_MISSING])
    cases = cases.assign(enhet=unit_list.assign(cases["enhet"], listed))
    years = [year - 2, year - 1, year]
    table = measures.unit_table(cases, years, C.UNIT_MISSING)
    present = {y: P.has_year(cases, y) for y in years}
    suffix = {year: "count", year - 1: "minus1", year - 2: "minus2"}

    def cell(n: int, y: int) -> Value:
        return V.count(n) if present[y] else V.MISSING

    vals: dict[str, Value] = {}
    rows: list[list[Cell]] = []
    keys: dict[tuple[int, int], tuple[str, ...]] = {}
    for unit in table.index:
        key = V.unit_key(unit)
        counts = {y: int(table.at[unit, y]) for y in years}
        for col, y in enumerate(years, start=1):
            vals[f"units.{key}.{suffix[y]}"] = cell(counts[y], y)
            keys[(len(rows), col)] = (f"units.{key}.{suffix[y]}",)
        rows.append([unit, *(cell(counts[y], y) for y in years)])
    sums = {y: int(table[y].sum()) if len(table) else 0 for y in years}
    rows.append([C.UNIT_SUM_LABEL, *(cell(sums[y], y) for y in years)])

    caption = C.units_caption(district, years[0], year)
    result = SectionResult("units", values=vals, populations=common.populations(cases, year))
    for y in years:
        if present[y]:
            result.check(f"Sum {y} = mottatt i {y}", P.received_count(cases, y), sums[y])
    result.tables["enheter"] = Table(
        "enheter",
        caption,
        [C.UNIT_HEADER, *map(str, years)],
        rows,
        # the sums of this year and last are the received totals, published again elsewhere
        layout=edition.Layout(
            total_row=len(rows) - 1, fixed=((len(rows) - 1, 2), (len(rows) - 1, 3))
        ),
        cell_keys=keys,
    )
    return edition.publish(result, options.get("utgave"), district=district)


def _check_unit_keys(names: list[str]) -> None:
    seen: dict[str, str] = {}
    for name in names:
        key = V.unit_key(name)
        if key in seen:
            raise KlagerapportError(
                f"enhetene «{seen[key]}» og «{name}» gir samme verdinøkkel «units.{key}»; "
                "rett skrivemåten i data/reference/units.yml"
            )
        seen[key] = name
