"""The `klagerapport check`, `values` and `godkjenn` commands for one district and year."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .. import districts, paths, settings
from ..errors import KlagerapportError, Problem
from . import approve, reference, report, reportdate
from .build_values import BuildValues
from .commentary import check_commentary
from .findings import ERROR


@dataclass(frozen=True)
class Target:
    district: str
    year: int
    run_dir: Path
    commentary_dir: Path


def target(
    *, year: int | None = None, district: str | None = None, out: Path | None = None
) -> Target:
    """The district, year, build folder and commentary folder the options name."""
    cfg = settings.load(year=year, district=district)
    known = districts.find(cfg.district)
    name = known.name if known else cfg.district
    run_dir = Path(out) if out else paths.output_dir(name, cfg.year)
    return Target(name, cfg.year, run_dir, paths.commentary_dir(name, cfg.year))


def findings_for(t: Target) -> list[Problem]:
    if not t.run_dir.is_dir():
        raise KlagerapportError(
            f"fant ingen byggmappe {paths.shown(t.run_dir)} for {t.district} {t.year}: kjør "
            f"«klagerapport build --district {t.district} --year {t.year}» først"
        )
    values = BuildValues.load(t.run_dir)
    found = check_commentary(t.commentary_dir, values, district=t.district, year=t.year)
    return found + reportdate.missing(t.commentary_dir, t.year)  # what a final edition needs


def check_command(
    *,
    year: int | None = None,
    district: str | None = None,
    out: Path | None = None,
    as_json: bool = False,
) -> int:
    """Print the findings; 1 if any is an error, else 0."""
    t = target(year=year, district=district, out=out)
    found = findings_for(t)
    if as_json:
        print(
            json.dumps(
                report.to_json(found, district=t.district, year=t.year),
                ensure_ascii=False,
                indent=1,
            )
        )
    else:
        title = f"Kommentaren for {t.district} {t.year} ({paths.shown(t.commentary_dir)})"
        print(report.terminal(found, title=title))
    return 1 if any(f.severity == ERROR for f in found) else 0


def values_command(
    *,
    year: int | None = None,
    district: str | None = None,
    out: Path | None = None,
    search: str | None = None,
) -> None:
    t = target(year=year, district=district, out=out)
    if not t.run_dir.is_dir():
        raise KlagerapportError(
            f"fant ingen byggmappe {paths.shown(t.run_dir)} for {t.district} {t.year}: kjør "
            f"«klagerapport build --district {t.district} --year {t.year}» først"
        )
    print(reference.terminal(BuildValues.load(t.run_dir), search=search))


def signoff_command(
    *,
    year: int | None = None,
    district: str | None = None,
    out: Path | None = None,
    sentence: str | None = None,
    by: str | None = None,
    reason: str | None = None,
) -> None:
    """List the open sign-off items; with `sentence`, record its sign-off (`by`, `reason`)."""
    t = target(year=year, district=district, out=out)
    title = f"{t.district} {t.year} ({paths.shown(t.commentary_dir)})"
    if sentence is None:
        if by is not None or reason is not None:
            raise KlagerapportError("--av og --grunn hører til --setning: si hvilken setning")
        items = approve.open_items(t.commentary_dir, findings_for(t), t.district)
        print(approve.listing(items, title))
        return
    if by is None or reason is None:
        raise KlagerapportError("--setning trenger både --av (hvem) og --grunn (hvorfor)")
    items = approve.open_items(t.commentary_dir, findings_for(t), t.district)
    item = approve.record(t.commentary_dir, items, sentence, by, reason)
    shown = paths.shown(t.commentary_dir / "godkjent.yml")
    print(f"Godkjent: {item.file}:{item.line} setning {item.digest}, skrevet i {shown}")
