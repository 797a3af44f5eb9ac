"""The national roll-up for POD: reconciliation, the district comparison and POD's workbook.

Made from finished runs (the national report `Norge` and one report per district, same year),
never from case data: only their tables and values are read.

- Reconciliation: for every table of the national run, every count (an integer cell outside the
  rows and columns of shares, means and medians) equals the sum of that cell over the districts
  (a row or column a district lacks counts as 0). Shares, means and medians are not additive; the
  national report computes them over all cases, not as averages of districts.
- The comparison: one row per district and one for the country: received, decided, the share
  of each decision and ground, K-etnisk, mean handling time and the share within the deadline;
  as CSV, a Markdown table and a chart.
- POD's workbook `pod-<year>.xlsx`: the comparison, then one sheet per table with every district
  and the country side by side.

Written to `<out>/pod/<year>/` by an atomic swap, and only when the reconciliation holds: a
mismatch leaves the last good roll-up in place and is named, table, row, column and numbers.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from .. import paths
from ..errors import KlagerapportError
from ..ingest import codes
from ..ingest.districts import NATIONAL
from ..publish import figures, fmt, xlsx
from . import fsutil

NOT_ADDITIVE = ("Andel", "Gjennomsnitt", "Median")  # labels of rows/columns that do not sum
COMPARISON = "sammenligning"
RECONCILIATION = "avstemming.json"


@dataclass
class RollupResult:
    target: Path
    ok: bool
    problems: list[str] = field(default_factory=list)
    checked_cells: int = 0


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


def _int(text: str | None) -> int | None:
    text = (text or "").strip()
    if text.lstrip("-").isdigit():
        return int(text)
    return None


def additive(row: str, col: str) -> bool:
    return not any(str(label).startswith(NOT_ADDITIVE) for label in (row, col))


def reconcile(national: Path, parts: dict[str, Path]) -> tuple[list[str], int]:
    """Mismatches between the national tables and the sums of the districts'; cells checked."""
    problems: list[str] = []
    checked = 0
    tables = sorted((national / "tables").glob("*.csv"))
    if not tables:
        return [f"ingen tabeller i {national / 'tables'}"], 0
    for table in tables:
        _, _, nation = read_table(table)
        sums: dict[tuple[str, str], int] = {}
        for district, folder in parts.items():
            path = folder / "tables" / table.name
            if not path.is_file():
                problems.append(f"{table.stem}: {district} mangler tabellen")
                continue
            for key, text in read_table(path)[2].items():
                value = _int(text)
                if value is not None and additive(*key):
                    sums[key] = sums.get(key, 0) + value
        for key in sorted(set(nation) | set(sums)):
            if not additive(*key):
                continue
            whole = _int(nation.get(key))
            if whole is None and key not in sums:
                continue  # a text or decimal cell in the nation only
            checked += 1
            total = sums.get(key, 0)
            if whole != total:
                row, col = key
                shown = nation.get(key, "mangler")
                problems.append(
                    f"{table.stem}: rad «{row}», kolonne «{col}»: landet {shown}, "
                    f"sum av distriktene {total}"
                )
    return problems, checked


def _values(folder: Path) -> dict:
    try:
        return json.loads((folder / "values.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise KlagerapportError(f"kan ikke lese {folder / 'values.json'}: {err}") from None


def _get(values: dict, dotted: str):
    node = values
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def comparison(national: Path, parts: dict[str, Path]) -> tuple[list[str], list[list]]:
    """The comparison table: header and rows (raw numbers; None where a value is missing)."""
    columns: list[tuple[str, str]] = [
        ("Mottatt", "received.total"),
        ("Avgjort", "decided.total"),
        *[(f"Andel {c.label}", f"decisions.{c.key}.share") for c in codes.decisions()],
        *[(f"Andel {c.label}", f"grounds.{c.key}.share") for c in codes.grounds()],
        ("K-etnisk mottatt", "discrimination.etnisk.received"),
        ("Gjennomsnitt saksbehandlingstid (dager)", "handling_days.mean"),
        ("Andel besvart innen fristen", "handling_days.within_deadline"),
    ]
    header = ["Politidistrikt", *[name for name, _ in columns]]
    rows = []
    for name, folder in [*parts.items(), (NATIONAL, national)]:
        values = _values(folder)
        rows.append([name, *[_get(values, key) for _, key in columns]])
    return header, rows


def _csv(header: list[str], rows: list[list]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return buf.getvalue()


def _text(value, column: str) -> str:
    if value is None:
        return "–"
    if isinstance(value, str):
        return value.replace("|", "\\|")
    if column.startswith("Andel"):
        return fmt.percent(value)
    if isinstance(value, float) and not float(value).is_integer():
        return fmt.decimal(value)
    return fmt.integer(int(value))


def _markdown(header: list[str], rows: list[list], caption: str) -> str:
    lines = ["| " + " | ".join(header) + " |"]
    lines.append("|" + "|".join([":---"] + ["---:"] * (len(header) - 1)) + "|")
    for row in rows:
        lines.append(
            "| " + " | ".join(_text(v, h) for v, h in zip(row, header, strict=True)) + " |"
        )
    return "\n".join(lines) + f"\n\n: {caption} {{#tbl-{COMPARISON}}}\n"


def _text_cell(cell, value) -> None:
    """A cell holding text as text, never as a formula (case data can start with '=')."""
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"


def _sheet(book: Workbook, title: str, header_rows: list[list], rows: list[list]) -> None:
    sheet = book.create_sheet(title)
    for r, values in enumerate([*header_rows, *rows], start=1):
        for c, value in enumerate(values, start=1):
            cell = sheet.cell(row=r, column=c)
            _text_cell(cell, value)
            if r <= len(header_rows):
                cell.font = Font(bold=True)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    shares = [
        i
        for i, head in enumerate(header_rows[-1])
        if isinstance(head, str) and head.startswith(xlsx.SHARE_PREFIX)
    ]
    for r, values in enumerate(rows, start=len(header_rows) + 1):
        share_row = isinstance(values[0], str) and values[0].startswith(xlsx.SHARE_PREFIX)
        for i, value in enumerate(values):
            if isinstance(value, float) and (share_row or i in shares):
                sheet.cell(row=r, column=i + 1).number_format = "0.0%"
    sheet.freeze_panes = sheet.cell(row=len(header_rows) + 1, column=2)
    xlsx._fit_columns(sheet)


def side_by_side(table: str, folders: dict[str, Path]) -> tuple[list[list], list[list]]:
    """One table of every run: a block of columns per district (and the country), rows joined."""
    read = {}
    for name, folder in folders.items():
        path = folder / "tables" / f"{table}.csv"
        if path.is_file():
            read[name] = read_table(path)
    columns: list[str] = []
    labels: list[str] = []
    for header, row_labels, _ in read.values():
        columns += [c for c in header[1:] if c not in columns]
        labels += [r for r in row_labels if r not in labels]
    first = next(iter(read.values()))[0][0] if read else ""
    top: list = [""]
    second: list = [first]
    for name in read:
        top += [name] + [""] * (len(columns) - 1)
        second += columns
    rows = []
    for label in labels:
        row: list = [label]
        for _, _, cells in read.values():
            row += [xlsx.cell_value(cells.get((label, c), ""), label_column=False) for c in columns]
        rows.append(row)
    return [top, second], rows


def workbook(path: Path, national: Path, parts: dict[str, Path], year: int, compared) -> None:
    book = Workbook()
    overview = book.active
    overview.title = "Innhold"
    _text_cell(overview.cell(row=1, column=1), f"Klager på politiet – alle politidistrikter {year}")
    overview["A1"].font = Font(bold=True, size=13)
    folders = {**parts, NATIONAL: national}
    header, rows = compared
    _sheet(book, "Sammenligning", [header], rows)
    overview.append([])
    overview.append(["Ark", "Tabell"])
    overview.append(["Sammenligning", "Distriktene sammenlignet"])
    from ..sections import registry

    names = registry.sheet_names()
    order = list(names)
    tables = sorted(
        (national / "tables").glob("*.csv"),
        key=lambda t: (order.index(t.stem) if t.stem in order else len(order), t.stem),
    )
    for table in tables:
        name = xlsx.sheet_name(table.stem, names)
        heads, body = side_by_side(table.stem, folders)
        _sheet(book, name, heads, body)
        overview.append([name, xlsx.caption(table.with_suffix(".md")) or table.stem])
    for row in overview.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    book.save(path)


def chart(compared, year: int):
    _, rows = compared
    districts = [r for r in rows if r[0] != NATIONAL]
    received = [int(r[1] or 0) for r in districts]
    return figures.stacked_bars(
        [str(r[0]) for r in districts],
        [("Mottatt", received)],
        xlabel="Antall klagesaker",
    )


def build(national: Path, parts: dict[str, Path], *, year: int, target: Path) -> RollupResult:
    """Reconcile, then write the comparison and POD's workbook into `target` (atomic swap)."""
    problems, checked = reconcile(national, parts)
    if problems:
        return RollupResult(target, ok=False, problems=problems, checked_cells=checked)
    compared = comparison(national, parts)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
    tmp.chmod(0o755)
    try:
        header, rows = compared
        caption = f"Klagesaker {year} per politidistrikt og for hele landet"
        (tmp / f"{COMPARISON}.csv").write_text(_csv(header, rows), encoding="utf-8")
        (tmp / f"{COMPARISON}.md").write_text(_markdown(header, rows, caption), encoding="utf-8")
        figures.save(chart(compared, year), tmp, COMPARISON)
        workbook(tmp / f"pod-{year}.xlsx", national, parts, year, compared)
        record = {
            "year": year,
            "national": paths.shown(national),
            "districts": sorted(parts),
            "checked_cells": checked,
            "reconciled": True,
        }
        (tmp / RECONCILIATION).write_text(
            json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        fsutil.swap_in(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return RollupResult(target, ok=True, checked_cells=checked)
