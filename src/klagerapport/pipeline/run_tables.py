"""A finished run's tables and values as the national roll-up reads them (pipeline/rollup.py):
a table CSV as its columns, row labels and cells, a cell as an integer, the run's values.json
and one dotted key of it."""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import KlagerapportError
from ..publish import xlsx

Cells = dict[tuple[str, str], str]


def read_table(path: Path) -> tuple[list[str], list[str], Cells]:
    """(columns, row labels, {(row, column): text}) of a table CSV."""
    rows = xlsx.read_csv(path)
    header, body = rows[0], rows[1:]
    cells: Cells = {}
    for row in body:
        for col, text in zip(header[1:], row[1:], strict=False):
            cells[(row[0], col)] = text
    return header, [r[0] for r in body], cells


def cell_int(text: str | None) -> int | None:
    text = (text or "").strip()
    if text.lstrip("-").isdigit():
        return int(text)
    return None


def run_values(folder: Path) -> dict:
    try:
        return json.loads((folder / "values.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise KlagerapportError(f"kan ikke lese {folder / 'values.json'}: {err}") from None


def dotted_value(values: dict, dotted: str):
    node = values
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node
