"""What a district's final report printed for its year, kept so that next year's report can
say which of those figures are revised (docs/assumptions.md, P12).

A final internal build records its handling-time figures (mean, median, share within the
deadline, n) in `<out>/publisert/<district>/<year>.json` (the first final build of a year:
the report published), an internal folder beside the reports laid out as
`<out>/<district>/<year>/` (the default `outputs/`; never part of a report). The next year's
build, or batch, reads the records written before it started and passes them to the
handling-time notebook as `printed_minus1`, a parameter, so the section's reuse key covers
them. Without a record it passes nothing, and the section falls back on the committed record
`data/reference/published/<district>-<year>.yml` (`mean_handling_days`, the mean alone), as
for a report made before this record existed.
"""

from __future__ import annotations

import json
from pathlib import Path

from .. import fsutil, paths
from ..settings import BuildPlan
from .run_tables import dotted_value

FOLDER = "publisert"
# the figures recorded: field -> the value key of the report's year it is read from
FIGURES = {
    "mean": "handling_days.mean",
    "median": "handling_days.median",
    "within_deadline": "handling_days.within_deadline",
    "n": "handling_days.n",
}


def location(plan: BuildPlan, year: int) -> Path | None:
    """The record of the report of `plan.district` for `year`, if the run's folder is laid out
    as `<out>/<district>/<year>/`; None otherwise (an --out elsewhere keeps no record)."""
    folder = Path(plan.folder)
    if folder.name != str(plan.year) or folder.parent.name != paths.slug(plan.district):
        return None
    return folder.parent.parent / FOLDER / paths.slug(plan.district) / f"{year}.json"


def record(plan: BuildPlan, values: dict) -> Path | None:
    """Keep what this final internal report printed for its year (`values`: values.json's
    nested raw values); nothing for a draft or a public edition, and nothing over a record
    already kept: the first final report of a year is the one published (to record a report
    again, delete its file)."""
    where = location(plan, plan.year)
    if where is None or not plan.final or plan.public or where.exists():
        return None
    figures = {field: dotted_value(values, key) for field, key in FIGURES.items()}
    if all(v is None for v in figures.values()):
        return None
    where.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"year": plan.year, **figures}, ensure_ascii=False, indent=2) + "\n"
    fsutil.write_text(where, text)
    return where


def last_year(plan: BuildPlan) -> dict:
    """What last year's final report printed ({field: raw value}), or {} when none is kept."""
    where = location(plan, plan.year - 1)
    if where is None or plan.public or not where.is_file():
        return {}
    if plan.printed_before is not None and where.stat().st_mtime >= plan.printed_before:
        return {}  # written by a report of this same batch or build: not yet published
    try:
        data = json.loads(where.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # an unreadable record is no record: the committed one is used
    return {k: data[k] for k in FIGURES if isinstance(data.get(k), int | float)}
