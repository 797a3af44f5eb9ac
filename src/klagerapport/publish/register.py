"""The record of what the public edition has published: the rounded inner cells of every
(district, year received) a public report printed, so that every later public build (another
district, the national report, next year's series and last-year columns) prints them the same.

One file per district and year received, `<register>/<district>/<year>.json` (an internal
folder beside the reports, never part of a public report): the rounded count of each non-empty
inner cell. A build whose rounding of a recorded (district, year) differs (the data of that year
changed after it was published) stops, naming the cells, rather than print a second version
that could be set against the first.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from .. import fsutil, paths
from ..errors import KlagerapportError
from . import protection
from . import suppression as S

REGISTER = "offentlig-register"


def location(run_folder: Path) -> Path | None:
    """The register of a public report's folder `<out>/<district>/<year>-offentlig`: the folder
    `<out>/offentlig-register`; None for a folder not laid out so (--out elsewhere)."""
    run_folder = Path(run_folder)
    if not run_folder.name.endswith(paths.PUBLIC_SUFFIX):
        return None
    return run_folder.parent.parent / REGISTER


def _key(cell: tuple) -> str:
    return "|".join(str(part) for part in cell[len(protection.GROUP) :])


def groups(cases: pd.DataFrame, up_to: int, rule: S.Rule | None = None) -> dict[tuple, dict]:
    """{(district, year received): {cell: rounded count}} of the cases, years up to `up_to`."""
    base = (rule or S.rule()).min_count
    counts = protection.cell_counts(cases)
    rounded = protection.rounded_counts(counts, base)
    out: dict[tuple, dict] = {}
    for cell, n in rounded.items():
        group = tuple(cell[: len(protection.GROUP)])
        if n and group[1] <= up_to:
            out.setdefault(group, {})[_key(cell)] = int(n)
    return out


def _file(register: Path, group: tuple) -> Path:
    district, year = group
    return register / (paths.slug(str(district)) or "ukjent") / f"{year}.json"


def check_and_record(
    register: Path, cases: pd.DataFrame, up_to: int, *, record: bool = True
) -> tuple[int, int]:
    """Check the rounding of every (district, year) up to `up_to` against the register, then
    record the new ones (only when `record`: a final edition; a draft is not published);
    (groups already recorded, groups new). Raises on a change."""
    found = groups(cases, up_to)
    problems, new = [], {}
    for group, cells in sorted(found.items()):
        file = _file(register, group)
        if not file.is_file():
            new[group] = cells
            continue
        before = json.loads(file.read_text(encoding="utf-8"))["celler"]
        if before != cells:
            changed = sorted(k for k in set(before) | set(cells) if before.get(k) != cells.get(k))
            shown = ", ".join(changed[:5]) + (" …" if len(changed) > 5 else "")
            problems.append(f"  {group[0]} mottatt {group[1]}: {len(changed)} celler ({shown})")
    if problems:
        raise KlagerapportError(
            "den offentlige utgaven ville trykke andre tall enn det som alt er publisert for "
            f"(registeret {paths.shown(register)}):\n"
            + "\n".join(problems)
            + "\nBare endelige offentlige utgaver registreres. Er tallene rettet etter at de ble "
            "publisert, må rettelsen kunngjøres, og registerfilene over flyttes bort før "
            "neste bygg."
        )
    if not record:
        return len(found) - len(new), len(new)
    for group, cells in new.items():
        record = {"distrikt": group[0], "mottatt": int(group[1]), "celler": cells}
        fsutil.write_text(_file(register, group), json.dumps(record, ensure_ascii=False) + "\n")
    return len(found) - len(new), len(new)


def published(register: Path | None) -> list[tuple[str, int]]:
    """Every (district, year received) the register holds, in order; none without one."""
    if register is None or not Path(register).is_dir():
        return []
    out = []
    for file in sorted(Path(register).glob("*/*.json")):
        try:
            record = json.loads(file.read_text(encoding="utf-8"))
            out.append((str(record["distrikt"]), int(record["mottatt"])))
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise KlagerapportError(
                f"{paths.shown(file)}: publiseringsregisteret kan ikke leses ({err})"
            ) from None
    return sorted(set(out))
