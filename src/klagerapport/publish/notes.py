"""Footnotes on table rows, per district: data/reference/notes/<district>.yml.

A note belongs to a row of a table (the 2017 merger on Oslo's row 2017 of the yearly table),
not to the commentary: `attach` marks the row's label with * (** for a second note, ...) and puts
the note under the table, in every edition.
"""

from __future__ import annotations

import dataclasses
from functools import cache
from pathlib import Path

import yaml

from .. import paths, userfiles
from ..errors import KlagerapportError
from .values import Value

NOTES_DIR = paths.REFERENCE / "notes"


def notes_file(district: str) -> Path:
    return NOTES_DIR / f"{paths.slug(district)}.yml"


@cache
def _load(file: Path) -> dict[str, list[tuple[str, str]]]:
    if not file.is_file():
        return {}
    try:
        data = userfiles.load_yaml(file) or {}
    except yaml.YAMLError as err:
        raise KlagerapportError(f"{paths.shown(file)}: ikke gyldig YAML: {err}") from None
    out: dict[str, list[tuple[str, str]]] = {}
    for table, items in data.items():
        for n, item in enumerate(items or [], start=1):
            if not isinstance(item, dict) or "row" not in item or not item.get("note"):
                raise KlagerapportError(
                    f"{paths.shown(file)}: {table}, merknad {n}: trenger «row» og «note»"
                )
            out.setdefault(str(table), []).append((str(item["row"]), str(item["note"]).strip()))
    return out


def for_district(district: str) -> dict[str, list[tuple[str, str]]]:
    """{table name: [(row label, note), ...]} of a district (empty if it has no notes file)."""
    return _load(notes_file(district))


def _label(cell) -> str:
    return str(cell.raw) if isinstance(cell, Value) else str(cell)


def attach(table, notes: list[tuple[str, str]]):
    """The table with its rows' notes: the label marked, the notes under the table. A note for a
    row the table does not have (a year outside the series) is left out."""
    rows = [list(r) for r in table.rows]
    lines = []
    for row_label, note in notes:
        for row in rows:
            if _label(row[0]) == row_label:
                mark = "*" * (len(lines) + 1)
                cell = row[0]
                row[0] = (
                    dataclasses.replace(cell, text=cell.text + mark)
                    if isinstance(cell, Value)
                    else cell + mark
                )
                lines.append(f"{mark} {note}")
                break
    if not lines:
        return table
    note = "\n\n".join([*lines, *([table.note] if table.note else [])])
    return dataclasses.replace(table, rows=rows, note=note)
