"""Section 8, the national report only: the districts compared, one row per district and one for
the country.

Each district's row is made by that district's own sections (received, decisions, grounds,
handling time, discrimination) on its own cases, with the same options and edition, so it
prints exactly the figures of the district's own report; the country's row is the national
report's. Three tables: counts and handling time (`sammenligning`), the shares by decision
(`sammenligning-avgjorelse`) and by ground (`sammenligning-grunnlag`), and a chart of the cases
received per district.

Public edition: the cases are the rounded ones (publish/protection.py, rounded per district
and year), so each district's row is again its own public report's, and the country's row is
their sum; shares and means carry only their printed precision, and a row's mean handling time
and share within the deadline are «–» where its own report withholds them (too few handled
cases: `handling_time.small_n`), which also withholds the column's extremes.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from .. import codes, paths, settings
from .. import districts as D
from ..errors import KlagerapportError
from ..publish import captions as C
from ..publish import comparison_captions as CC
from ..publish import figures
from ..publish import suppression as S
from ..publish import utgave as U
from ..publish import values as V
from ..publish.result import SectionResult
from ..publish.tables import Cell, Chart, Table
from ..publish.values import Value
from ..stats import measures
from ..stats import populations as P
from . import common
from .decisions import decisions
from .discrimination import discrimination
from .grounds import grounds
from .handling_time import handling_time, small_n
from .received import received

COUNTS = "sammenligning"
DECISIONS = "sammenligning-avgjorelse"
GROUNDS = "sammenligning-grunnlag"
CHART = COUNTS  # the chart of the counts
SECTIONS: tuple[Callable, ...] = (received, decisions, grounds, handling_time, discrimination)


def columns() -> dict[str, list[tuple[str, str]]]:
    """Each table's columns: (header, the value key of a district's own report it prints)."""
    return {
        COUNTS: [
            (CC.COMPARISON_RECEIVED, "received.total"),
            (CC.COMPARISON_DECIDED, "decided.total"),
            (CC.COMPARISON_ETNISK, "discrimination.etnisk.received"),
            (CC.COMPARISON_MEAN_DAYS, "handling_days.mean"),
            (CC.COMPARISON_WITHIN, "handling_days.within_deadline"),
        ],
        DECISIONS: [(c.label, f"decisions.{c.key}.share") for c in codes.decisions()],
        GROUNDS: [(c.label, f"grounds.{c.key}.share") for c in codes.grounds()],
    }


COUNT_COLUMNS = 3  # the first three columns of COUNTS are counts that sum to the country's


def districts_in(names) -> list[str]:
    """District names as the reports print them, in districts.yml's order (unknown as written)."""
    known = {d.name: i for i, d in enumerate(D.all_districts())}
    found: dict[str, str] = {}
    for name in names:
        district = D.find(name)
        shown = district.name if district else str(name).strip()
        found.setdefault(paths.slug(shown), shown)
    return sorted(found.values(), key=lambda n: (known.get(n, len(known)), n))


def split(cases: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Each district's cases, named as the reports name it, in districts.yml's order."""
    names = cases["distrikt"].astype("string")
    shown = names.map(lambda s: D.find(s).name if D.find(s) else str(s).strip())
    out = {}
    for name in districts_in(names.dropna().unique()):
        part = cases[shown == name].copy()
        part["distrikt"] = name
        out[name] = part
    return out


def own_values(cases: pd.DataFrame, year: int, district: str, options: dict) -> dict[str, Value]:
    """The values a district's own report publishes, by the same sections and options."""
    found: dict[str, Value] = {}
    for section in SECTIONS:
        found.update(section(cases, year=year, district=district, **options).values)
    return found


def comparison(cases: pd.DataFrame, *, year: int, district: str, **options) -> SectionResult:
    """The districts compared (national scope only): three tables, a chart, a few values."""
    if not D.is_national(district):
        raise KlagerapportError(
            f"sammenligningen av distriktene hører til den nasjonale rapporten, ikke «{district}»"
        )
    # Each district's handling time on the basis of its own report: the whole export's last day.
    options = {**options, "known_on": options.get("known_on") or measures.known_on(cases)}
    cases = common.start(cases, district, options)
    utgave = settings.utgave(options.get("utgave"))
    # public: `cases` are already the rounded cases, which rounding leaves as they are
    internal_options = {**options, "utgave": settings.INTERN}
    parts = split(cases)
    missing = P.missing_districts(cases, year)
    names = [*parts, D.NATIONAL]
    labels = [*parts, D.national_row(missing)]  # the rows as printed: a partial sum says so
    frames = [*parts.values(), cases]
    raw = [own_values(f, year, n, internal_options) for n, f in zip(names, frames, strict=True)]
    if utgave == settings.OFFENTLIG:  # each row's handling time as its own public report's
        raw = [small_n(values, year, S.rule()) for values in raw]

    result = SectionResult("comparison", populations=common.populations(cases, year))
    spec = columns()
    last = len(names) - 1
    for _, key in spec[COUNTS][:COUNT_COLUMNS] + spec[DECISIONS] + spec[GROUNDS]:
        count_key = key.removesuffix(".share") + ".count" if key.endswith(".share") else key
        whole = raw[last][count_key].raw
        result.check(
            f"{count_key}: sum av distriktene = landet", whole, _sum(raw[:last], count_key)
        )

    counts_rows: list[list[Cell]] = []
    for i, name in enumerate(labels):
        row: list[Cell] = [name]
        row += [raw[i][key] for _, key in spec[COUNTS][:COUNT_COLUMNS]]
        row += [raw[i][key] for _, key in spec[COUNTS][COUNT_COLUMNS:]]
        counts_rows.append(row)
    result.tables[COUNTS] = Table(
        COUNTS,
        CC.comparison_caption(year, missing),
        [CC.COMPARISON_HEADER, *(h for h, _ in spec[COUNTS])],
        counts_rows,
        layout=U.Layout(columns=tuple(range(1, COUNT_COLUMNS + 1)), total_row=last),
    )
    for table, caption in (
        (DECISIONS, CC.comparison_decisions_caption(year)),
        (GROUNDS, CC.comparison_grounds_caption(year)),
    ):
        rows: list[list[Cell]] = [
            [n, *(raw[i][key] for _, key in spec[table])] for i, n in enumerate(labels)
        ]
        header = [CC.COMPARISON_HEADER, *(h for h, _ in spec[table])]
        result.tables[table] = Table(table, caption, header, rows)
    result.values.update(_values(names, missing))
    result = U.publish(result, utgave, district=district)

    published = result.tables[COUNTS].rows
    districts = published[:last]
    result.values.update(_extremes(districts, utgave))
    received = [(str(row[0]), row[1]) for row in districts]
    ordered = CC.comparison_order(received)  # the bars from most to fewest, as the alt text says
    totals = [U.shown(value) for _, value in ordered]
    figure = figures.stacked_bars(
        [name for name, _ in ordered],
        [(CC.COMPARISON_RECEIVED, totals)],
        xlabel=C.COUNT_AXIS,
        totals=totals,
    )
    alt = CC.comparison_alt(year, received)
    result.charts[CHART] = Chart(figure, CC.comparison_chart_caption(year), alt)
    return result


def _sum(values: list[dict[str, Value]], key: str) -> int:
    return sum(v[key].raw or 0 for v in values)


def _values(names: list[str], missing: list) -> dict[str, Value]:
    parts = names[:-1]
    return {
        "comparison.districts": V.count(len(parts)),
        "comparison.scope_sentence": V.word(CC.comparison_scope_sentence(parts, missing)),
    }


def _extremes(rows: list[list[Cell]], utgave: str) -> dict[str, Value]:
    """The districts with the most and fewest cases received and the longest and shortest mean
    handling time, from the published cells (any withheld cell, «–», in a column withholds its
    extremes: the withheld one might be the extreme)."""
    out: dict[str, Value] = {}
    for column, prefix in ((1, "received"), (4, "handling_mean")):
        cells = [(str(r[0]), r[column]) for r in rows]
        known = [(n, c) for n, c in cells if isinstance(c, Value) and c.raw is not None]
        hidden = len(known) < len(cells)
        for end, pick in (("max", max), ("min", min)):
            if not known or hidden:
                out[f"comparison.{prefix}_{end}"] = V.MISSING
                out[f"comparison.{prefix}_{end}_district"] = V.MISSING
                continue
            best = pick(c.raw for _, c in known)
            winners = [n for n, c in known if c.raw == best]
            out[f"comparison.{prefix}_{end}"] = next(c for _, c in known if c.raw == best)
            out[f"comparison.{prefix}_{end}_district"] = V.word(CC.names_listing(winners))
    return out
