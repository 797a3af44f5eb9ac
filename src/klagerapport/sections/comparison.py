"""Section 8, the national report only: the districts compared, one row per district and one for
the country.

Each district's row is made by that district's own sections (received, decisions, grounds,
handling time, discrimination) on its own cases, with the same options and edition, so it
prints exactly the figures of the district's own report; the country's row is the national
report's. Three tables: counts and handling time (`sammenligning`), the shares by decision
(`sammenligning-avgjorelse`) and by ground (`sammenligning-grunnlag`), and a chart of the cases
received per district.

Public edition: the counts (received, decided, K-etnisk) pass through publish/suppression.py
with the country's row as their total; a share is hidden where the district's own report hides
it, and where the count behind it would be hidden in a table of those counts by district with
the country's row as total (so no hidden count can be worked out from the others).
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from .. import codes, paths, settings
from .. import districts as D
from ..errors import KlagerapportError
from ..publish import captions as C
from ..publish import figures
from ..publish import suppression as S
from ..publish import utgave as U
from ..publish import values as V
from ..publish.result import SectionResult
from ..publish.tables import Cell, Chart, Table
from ..publish.values import Value
from . import common
from .decisions import decisions
from .discrimination import discrimination
from .grounds import grounds
from .handling_time import handling_time
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
            (C.COMPARISON_RECEIVED, "received.total"),
            (C.COMPARISON_DECIDED, "decided.total"),
            (C.COMPARISON_ETNISK, "discrimination.etnisk.received"),
            (C.COMPARISON_MEAN_DAYS, "handling_days.mean"),
            (C.COMPARISON_WITHIN, "handling_days.within_deadline"),
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
    cases = common.start(cases, district)
    utgave = settings.utgave(options.get("utgave"))
    internal_options = {**options, "utgave": settings.INTERN}
    parts = split(cases)
    names = [*parts, D.NATIONAL]
    frames = [*parts.values(), cases]
    raw = [own_values(f, year, n, internal_options) for n, f in zip(names, frames, strict=True)]
    shown = raw
    if utgave == settings.OFFENTLIG:
        shown = [own_values(f, year, n, options) for n, f in zip(names, frames, strict=True)]

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
    for i, name in enumerate(names):
        row: list[Cell] = [name]
        row += [raw[i][key] for _, key in spec[COUNTS][:COUNT_COLUMNS]]
        row += [shown[i][key] for _, key in spec[COUNTS][COUNT_COLUMNS:]]
        counts_rows.append(row)
    result.tables[COUNTS] = Table(
        COUNTS,
        C.comparison_caption(year),
        [C.COMPARISON_HEADER, *(h for h, _ in spec[COUNTS])],
        counts_rows,
        layout=U.Layout(columns=tuple(range(1, COUNT_COLUMNS + 1)), total_row=last),
    )
    hidden_log: list[dict] = []
    for table, caption in (
        (DECISIONS, C.comparison_decisions_caption(year)),
        (GROUNDS, C.comparison_grounds_caption(year)),
    ):
        result.tables[table] = _share_table(
            table, caption, spec[table], names, raw, shown, utgave, hidden_log
        )
    result.values.update(_values(names, year))
    result = U.publish(result, utgave, district=district)
    if utgave == settings.OFFENTLIG:
        result.suppression_log = [*result.suppression_log, *hidden_log]

    published = result.tables[COUNTS].rows
    districts = published[:last]
    result.values.update(_extremes(districts, utgave))
    totals = [U.shown(row[1]) for row in districts]
    figure = figures.stacked_bars(
        [str(row[0]) for row in districts],
        [(C.COMPARISON_RECEIVED, totals)],
        xlabel=C.COUNT_AXIS,
        totals=totals,
    )
    alt = C.comparison_alt(year, [(str(row[0]), row[1]) for row in districts])
    result.charts[CHART] = Chart(figure, C.comparison_chart_caption(year), alt)
    return result


def _sum(values: list[dict[str, Value]], key: str) -> int:
    return sum(v[key].raw or 0 for v in values)


def _share_table(name, caption, spec, names, raw, shown, utgave, log) -> Table:
    """Shares by district: hidden where the district's own report hides them, and (public)
    where the count behind them is hidden in the counts by district with the country as total."""
    rows: list[list[Cell]] = [[n, *(shown[i][key] for _, key in spec)] for i, n in enumerate(names)]
    if utgave != settings.OFFENTLIG:
        return Table(name, caption, [C.COMPARISON_HEADER, *(h for h, _ in spec)], rows)
    rule = S.rule()
    counts = Table(
        name,
        caption,
        [C.COMPARISON_HEADER, *(h for h, _ in spec)],
        [
            [n, *(raw[i][key.removesuffix(".share") + ".count"] for _, key in spec)]
            for i, n in enumerate(names)
        ],
        layout=U.Layout(columns=tuple(range(1, len(spec) + 1)), total_row=len(names) - 1),
    )
    for (r, c), why in sorted(U.flags_of(counts, rule).items()):
        if not U.is_hidden(rows[r][c], rule):
            rows[r][c] = U.hidden(rule)
            log.append({"tabell": name, "rad": names[r], "kolonne": spec[c - 1][0], "grunn": why})
    hidden = any(U.is_hidden(c, rule) for row in rows for c in row[1:])
    return Table(
        name,
        caption,
        [C.COMPARISON_HEADER, *(h for h, _ in spec)],
        rows,
        note=rule.note if hidden else "",
    )


def _values(names: list[str], year: int) -> dict[str, Value]:
    return {"comparison.districts": V.count(len(names) - 1)}


def _extremes(rows: list[list[Cell]], utgave: str) -> dict[str, Value]:
    """The districts with the most and fewest cases received and the longest and shortest mean
    handling time, from the published cells (any hidden cell in a column hides its extremes)."""
    out: dict[str, Value] = {}
    for column, prefix in ((1, "received"), (4, "handling_mean")):
        cells = [(str(r[0]), r[column]) for r in rows]
        known = [(n, c) for n, c in cells if isinstance(c, Value) and c.raw is not None]
        hidden = len(known) < len(cells)
        for end, pick in (("max", max), ("min", min)):
            if not known or hidden:
                missing = U.hidden(S.rule()) if hidden else V.MISSING
                out[f"comparison.{prefix}_{end}"] = missing
                out[f"comparison.{prefix}_{end}_district"] = missing
                continue
            best = pick(c.raw for _, c in known)
            winners = [n for n, c in known if c.raw == best]
            out[f"comparison.{prefix}_{end}"] = next(c for _, c in known if c.raw == best)
            out[f"comparison.{prefix}_{end}_district"] = V.word(C.names_listing(winners))
    return out
