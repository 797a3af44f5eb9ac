"""The national roll-up for POD: reconciliation, the district comparison and POD's workbook.

Made from finished runs (the national report `Norge` and one report per district, same year),
never from case data: only their tables and values are read.

- Reconciliation: for every table of the national run, every count (an integer cell outside the
  rows and columns of shares, means and medians) equals the sum of that cell over the districts
  (a category row or column a district lacks counts as 0; a year it lacks is no data: the nation
  must not show it, and a cell the nation leaves empty for want of a district's data is listed
  as not reconciled). The national units table (one row per district) is summed from each
  district's «Sum» row. Shares, means and medians are not additive; the
  national report computes them over all cases, not as averages of districts.
- The comparison is the national report's own section (`sections/comparison.py`: received,
  decided, K-etnisk, mean handling time, the share within the deadline and the shares by
  decision and ground, one row per district and one for the country). Reconciled here: each
  district's row equals that district's own report (its values.json), and the country's row the
  national report's, cell by cell. Its tables and chart are copied beside POD's workbook.
- POD's workbook `pod-<year>.xlsx`: the comparison (its three tables as one sheet), then one
  sheet per table of the form with every district and the country side by side.

Written to `<out>/pod/<year>/` by an atomic swap, and only when the reconciliation holds: a
mismatch leaves the last good roll-up in place and is named, table, row, column and numbers.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from .. import fmt, fsutil, paths
from ..districts import NATIONAL, NATIONAL_DISTRICT
from ..publish import captions as C
from ..publish import comparison_captions as CC
from ..publish import suppression as S
from ..publish import xlsx
from ..sections import registry
from ..sections.comparison import CHART, COUNTS, columns
from .run_tables import Cells, cell_int, dotted_value, read_table, run_values

NOT_ADDITIVE = ("Andel", "Gjennomsnitt", "Median")  # labels of rows/columns that do not sum
RECONCILIATION = "avstemming.json"


@dataclass
class RollupResult:
    target: Path
    ok: bool
    problems: list[str] = field(default_factory=list)
    checked_cells: int = 0


def additive(row: str, col: str) -> bool:
    return not any(str(label).startswith(NOT_ADDITIVE) for label in (row, col))


def _district_rows(parts: dict[str, Path], name: str, problems: list[str]) -> dict[str, Cells]:
    """Each district's cells of table `name` (a district without it is a problem)."""
    found: dict[str, Cells] = {}
    for district, folder in parts.items():
        path = folder / "tables" / name
        if not path.is_file():
            problems.append(f"{Path(name).stem}: {district} mangler tabellen")
            continue
        found[district] = read_table(path)[2]
    return found


def _sums(header: list[str], tables: dict[str, Cells]) -> tuple[dict, set, set]:
    """The districts' sums of every additive cell; the cells some district has no number for
    (an empty cell; a year row it lacks); and, for a yearly table, the (row, district) pairs.

    A table per district (first column «Politidistrikt», the national units table) sums each
    district's «Sum» row into the district's row and the country's «Sum» row."""
    sums: dict[tuple[str, str], int] = {}
    lacking: set[tuple[str, str]] = set()
    by_district = header[0] == CC.COMPARISON_HEADER
    rows_of: dict[str, set[str]] = {}
    for district, cells in tables.items():
        rows_of[district] = {row for row, _ in cells}
        for (row, col), text in cells.items():
            if by_district and row != C.UNIT_SUM_LABEL:
                continue
            value = cell_int(text)
            targets = [(district, col), (row, col)] if by_district else [(row, col)]
            for key in targets:
                if not additive(*key):
                    continue
                if value is not None:
                    sums[key] = sums.get(key, 0) + value
                elif not text.strip():  # no data (a hidden «:» is not this)
                    lacking.add(key)
    if header[0] == C.YEAR_HEADER:  # a district without a year's row has no data for it
        for key in list(sums):
            lacking |= {key for rows in rows_of.values() if key[0] not in rows}
    return sums, lacking, {(r, d) for d, rows in rows_of.items() for r in rows}


def reconcile(
    national: Path, parts: dict[str, Path], skipped: list[str] | None = None
) -> tuple[list[str], int]:
    """Mismatches between the national tables and the sums of the districts'; cells checked.

    A cell the nation leaves empty (a year not every district covers) while some district has
    no number for it is not reconciled: it is added to `skipped`. A year the nation shows must
    be in every district's table."""
    problems: list[str] = []
    checked = 0
    national_only = registry.national_tables()  # no district has them: reconciled by row below
    tables = sorted(t for t in (national / "tables").glob("*.csv") if t.stem not in national_only)
    if not tables:
        return [f"ingen tabeller i {national / 'tables'}"], 0
    for table in tables:
        header, rows, nation = read_table(table)
        found = _district_rows(parts, table.name, problems)
        sums, lacking, has_row = _sums(header, found)
        if header[0] == C.YEAR_HEADER:
            for row in rows:
                for district in found:
                    if (row, district) not in has_row:
                        problems.append(
                            f"{table.stem}: landet viser {row}, {district} har ingen data"
                        )
        for key in sorted(set(nation) | set(sums)):
            if not additive(*key):
                continue
            whole = cell_int(nation.get(key))
            if whole is None and not (nation.get(key) or "").strip() and key in lacking:
                if skipped is not None:
                    skipped.append(f"{table.stem}: rad «{key[0]}», kolonne «{key[1]}»")
                continue  # not every district has data: no national number to reconcile
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


def _same(text: str | None, value) -> bool:
    """A comparison cell (CSV text) and a report's value (values.json raw) are the same number."""
    text = (text or "").strip()
    if value is None or isinstance(value, bool):
        return text in ("", S.rule().symbol)  # no data, or hidden (the public edition)
    if isinstance(value, int):
        return cell_int(text) == value
    if isinstance(value, float):
        try:
            return float(text) == value
        except ValueError:
            return False
    return text == str(value)


def reconcile_comparison(national: Path, parts: dict[str, Path]) -> tuple[list[str], int]:
    """Each district's row of the national report's comparison equals that district's own report
    (its values.json), and the country's row the national report's, cell by cell."""
    problems: list[str] = []
    checked = 0
    runs = {**parts, national_label(national): national}
    own = {name: run_values(folder) for name, folder in runs.items()}
    for table, spec in columns().items():
        path = national / "tables" / f"{table}.csv"
        if not path.is_file():
            problems.append(f"{table}: den nasjonale rapporten mangler tabellen")
            continue
        _, rows, cells = read_table(path)
        extra = [r for r in rows if r not in runs]
        problems += [f"{table}: rad «{r}» er ikke et distrikt i kjøringen" for r in extra]
        for name in runs:
            if name not in rows:
                problems.append(f"{table}: mangler raden «{name}»")
                continue
            for column, key in spec:
                checked += 1
                text, value = cells.get((name, column)), dotted_value(own[name], key)
                if not _same(text, value):
                    problems.append(
                        f"{table}: rad «{name}», kolonne «{column}»: landets rapport "
                        f"{text or 'tom'}, {fmt.genitive(name)} egen rapport ({key}) {value}"
                    )
    return problems, checked


def national_label(national: Path) -> str:
    """The national report's own row in its comparison: the last row, as the section printed
    it ('Norge', or over data lacking police districts 'Norge, delvis (10 av 12 …)')."""
    path = national / "tables" / f"{COUNTS}.csv"
    rows = read_table(path)[1] if path.is_file() else []
    return rows[-1] if rows and rows[-1].startswith(NATIONAL) else NATIONAL


def _number(text: str):
    """A CSV cell as the number it holds (int, float), or the text itself."""
    if cell_int(text) is not None:
        return cell_int(text)
    try:
        return float(text)
    except ValueError:
        return text or None


def compared(national: Path) -> tuple[list[str], list[list]]:
    """The national report's comparison tables as one: header and rows (raw numbers)."""
    header: list[str] = []
    rows: dict[str, list] = {}
    for table in columns():
        head, labels, cells = read_table(national / "tables" / f"{table}.csv")
        header = header or [head[0]]
        share = "" if table == COUNTS else xlsx.SHARE_PREFIX  # the caption says "andel"
        header += [f"{share} {c}" if share and not c.startswith(share) else c for c in head[1:]]
        for label in labels:
            rows.setdefault(label, [label])
            found = [_number(cells.get((label, c), "")) for c in head[1:]]
            if share:  # a share of 0 is written "0" in the CSV: a share in the workbook still
                found = [float(v) if isinstance(v, int) else v for v in found]
            rows[label] += found
    return header, list(rows.values())


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
    xlsx.fit_columns(sheet)


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
        second += [xlsx.header_value(c) for c in columns]  # years as numbers
    rows = []
    for label in labels:
        row: list = [xlsx.label_value(label, first)]
        for _, _, cells in read.values():
            row += [xlsx.cell_value(cells.get((label, c), ""), label_column=False) for c in columns]
        rows.append(row)
    return [top, second], rows


def workbook(path: Path, national: Path, parts: dict[str, Path], year: int, compared) -> None:
    book = Workbook()
    overview = book.active
    overview.title = "Innhold"
    # the scope as the national report printed it on page 1 (a partial one says so)
    scope = dotted_value(run_values(national), "owner") or NATIONAL_DISTRICT.official
    _text_cell(overview.cell(row=1, column=1), f"Klager på politiet – {scope} {year}")
    overview["A1"].font = Font(bold=True, size=13)
    folders = {**parts, national_label(national): national}
    header, rows = compared
    _sheet(book, "Sammenligning", [header], rows)
    overview.append([])
    overview.append(["Ark", "Tabell"])
    overview.append(["Sammenligning", "Distriktene sammenlignet"])
    names = registry.sheet_names()
    order = list(names)
    national_only = registry.national_tables()
    tables = sorted(
        (t for t in (national / "tables").glob("*.csv") if t.stem not in national_only),
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


def comparison_files(national: Path) -> list[Path]:
    """The national report's comparison tables (CSV, Markdown) and chart (SVG, PNG)."""
    found = []
    for table in columns():
        found += [national / "tables" / f"{table}.{ext}" for ext in ("csv", "md")]
    found += [national / "figures" / f"{CHART}.{ext}" for ext in ("svg", "png")]
    return found


def build(national: Path, parts: dict[str, Path], *, year: int, target: Path) -> RollupResult:
    """Reconcile (the districts sum to the nation; each district's comparison row is its own
    report's), then write POD's workbook and the comparison into `target` (atomic swap)."""
    skipped: list[str] = []
    problems, checked = reconcile(national, parts, skipped)
    more, checked_rows = reconcile_comparison(national, parts)
    problems += more
    checked += checked_rows
    if problems:
        return RollupResult(target, ok=False, problems=problems, checked_cells=checked)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
    tmp.chmod(0o755)
    try:
        for file in comparison_files(national):
            if file.is_file():
                shutil.copy2(file, tmp / file.name)
        workbook(tmp / f"pod-{year}.xlsx", national, parts, year, compared(national))
        record = {
            "year": year,
            "national": paths.shown(national),
            "districts": sorted(parts),
            "checked_cells": checked,
            "reconciled": True,
            # cells with no national number: some district has no data for the year
            "not_reconciled": skipped,
        }
        (tmp / RECONCILIATION).write_text(
            json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        fsutil.swap_in(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return RollupResult(target, ok=True, checked_cells=checked)
