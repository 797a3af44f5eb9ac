"""<district>-<year>-tabeller.xlsx: the run's tables (tables/*.csv), one sheet each, for POD.

Each sheet opens with a title row (the table's caption, district and year) and a line with the
source and the edition, then the header and the rows. Numbers are stored as numbers (the CSVs
are machine readable: plain integers and decimals with a point), integers with a thousands
format, years (a first column "Årstall" or a header that is a year) as numbers without one; row
labels stay text; a hidden cell of the public edition stays its symbol («:»). The report's
Markdown table (tables/<name>.md) says what the CSV cannot: a row's note mark («2017*», kept
on a year as a number format) with the notes under the rows, and which cells are percentages
(shown «33 %» in the report: a share 0..1 with a percent format). The first sheet ("Innhold")
links to every table.
Every text is a text cell, never a formula (a CSV cell guarded with a leading `'` is written
without it, as text). The workbook's dates are fixed, so the same tables give the same bytes.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import quote_sheetname

from .. import grammar, settings
from ..errors import KlagerapportError
from . import escape, reproducible

MAX_SHEET_NAME = 31
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
SHARE_PREFIX = "Andel"  # rows or columns of shares (0..1) start their label with this word
YEAR_HEADER = "Årstall"  # a first column of years
YEAR = re.compile(r"^(19|20)\d\d$")
SOURCE = "Kilde: politidistriktets klagesaker (klagerapport)"
UTGAVE_TEXT = {
    "intern": "Intern utgave (alle tall, til POD)",
    "offentlig": "Offentlig utgave (små tall avrundet til 0 eller 3)",
}
THOUSANDS = "#,##0"
HEADER_ROW = 3  # the title, the source and edition, then the header


def sheet_name(table: str, names: Mapping[str, str] | None = None) -> str:
    """A valid, at most 31 characters long Excel sheet name for a table file name: its name in
    `names` (the sections registry's sheet names), else the file name."""
    name = (names or {}).get(table, table.replace("-", " ").replace("_", " ").capitalize())
    name = re.sub(r"[\[\]:*?/\\]", " ", name).strip()
    return name[:MAX_SHEET_NAME]


def cell_value(text: str, *, label_column: bool) -> str | int | float | None:
    """A CSV cell as Excel should hold it: numbers as numbers, except in the label column."""
    text = text.strip()
    if text == "":
        return None
    if label_column or not NUMBER.match(text):
        return escape.unspreadsheet(text)
    return int(text) if "." not in text else float(text)


def caption(table_md: Path) -> str | None:
    if not table_md.is_file():
        return None
    for line in table_md.read_text(encoding="utf-8").splitlines():
        match = grammar.table_caption(line)
        if match:
            return escape.unmarkdown(match.group("cap"))
    return None


_PIPE = re.compile(r"(?<!\\)\|")
_NOTE_START = re.compile(r"^:::\s*\{\.tabellnote\}\s*$")


def markdown_rows(table_md: Path) -> list[list[str]]:
    """The body rows of the report's pipe table, each cell's plain text (no header)."""
    if not table_md.is_file():
        return []
    rows = []
    for line in table_md.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            continue
        cells = [escape.unmarkdown(c.strip()) for c in _PIPE.split(line.strip())[1:-1]]
        rows.append(cells)
    return rows[2:]  # after the header and the alignment row


def table_notes(table_md: Path) -> list[str]:
    """The notes the report prints under the table (its `.tabellnote` block), as plain text."""
    if not table_md.is_file():
        return []
    notes, inside = [], False
    for line in table_md.read_text(encoding="utf-8").splitlines():
        if _NOTE_START.match(line):
            inside = True
        elif inside and line.strip() == ":::":
            inside = False
        elif inside and line.strip():
            notes.append(escape.unmarkdown(line.strip()))
    return notes


def percent_format(shown: str) -> str | None:
    """The number format of a cell the report shows as a percentage («33 %», «33,3 %»)."""
    match = re.fullmatch(r"-?[\d\s\u00a0]+(?:,(\d+))?\s*%", shown.replace("\u202f", " "))
    if not match:
        return None
    return "0." + "0" * len(match.group(1)) + "%" if match.group(1) else "0%"


def read_csv(file: Path) -> list[list[str]]:
    with open(file, encoding="utf-8", newline="") as fh:
        rows = [row for row in csv.reader(fh)]
    if not rows:
        raise KlagerapportError(f"{file}: tom tabell")
    return rows


def write_tables(
    tables_dir: Path,
    out: Path,
    *,
    district: str,
    year: int,
    sheet_names: Mapping[str, str] | None = None,
    utgave: str = settings.INTERN,
) -> Path:
    """Write every tables/*.csv to one sheet of `out`, after a linked contents sheet."""
    names = dict(sheet_names or {})
    files = (
        sorted(tables_dir.glob("*.csv"), key=lambda f: _order(f, names))
        if tables_dir.is_dir()
        else []
    )
    if not files:
        raise KlagerapportError(f"fant ingen tabeller (*.csv) i {tables_dir}")
    book = Workbook()
    overview = book.active
    overview.title = "Innhold"
    subtitle = f"{SOURCE}. {UTGAVE_TEXT.get(utgave, utgave)}."
    overview.append([escape.one_line(f"Klager på politiet – {district} {year}")])
    overview["A1"].font = Font(bold=True, size=13)
    overview.append([subtitle])
    overview.append(["Ark", "Tabell"])
    for cell in overview[HEADER_ROW]:
        cell.font = Font(bold=True)
    used: set[str] = {"Innhold"}
    for file in files:
        name = _unique(sheet_name(file.stem, names), used)
        title = caption(file.with_suffix(".md")) or file.stem
        overview.append([name, title])
        link = overview.cell(row=overview.max_row, column=1)
        link.hyperlink = f"#{quote_sheetname(name)}!A1"
        link.style = "Hyperlink"
        sheet = book.create_sheet(name)
        sheet.append([escape.one_line(f"{title} – {district} {year}")])
        sheet["A1"].font = Font(bold=True, size=12)
        sheet.append([subtitle])
        md = file.with_suffix(".md")
        _write_sheet(sheet, read_csv(file), markdown_rows(md), table_notes(md))
    fit_columns(overview, max_width=90)
    for sheet in book.worksheets:
        _text_not_formula(sheet)
    reproducible.save_workbook(book, out, reproducible.timestamp(year))
    return out


def _order(file: Path, names: Mapping[str, str]) -> tuple[int, str]:
    """The report's tables in the form's order, any others after them alphabetically."""
    known = list(names)
    return (known.index(file.stem) if file.stem in known else len(known), file.stem)


def _unique(name: str, used: set[str]) -> str:
    candidate, n = name, 2
    while candidate in used:
        suffix = f" {n}"
        candidate = name[: MAX_SHEET_NAME - len(suffix)] + suffix
        n += 1
    used.add(candidate)
    return candidate


def header_value(text: str) -> str | int:
    """A header cell: a year as a number, any other header as text."""
    return int(text) if YEAR.match(text.strip()) else text


def label_value(text: str, first_header: str) -> str | int | float | None:
    """A row label: in a table of years (first column «Årstall») the year as a number, any
    other label as text."""
    return cell_value(text, label_column=first_header != YEAR_HEADER)


def _write_sheet(
    sheet, rows: list[list[str]], shown: list[list[str]] | None = None, notes=()
) -> None:
    """The header (years as numbers) and the rows under the sheet's two title lines, as the
    report shows them (`shown`: its Markdown table's cells), then the table's notes."""
    shown = shown if shown and len(shown) == len(rows) - 1 else [[] for _ in rows[1:]]
    sheet.append([header_value(escape.unspreadsheet(head)) for head in rows[0]])
    for cell in sheet[HEADER_ROW]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(cell.value, int):
            cell.number_format = "0"
    share_columns = {i for i, head in enumerate(rows[0]) if head.startswith(SHARE_PREFIX)}
    year_labels = rows[0][0] == YEAR_HEADER
    for row, seen in zip(rows[1:], shown, strict=True):
        mark = _note_mark(row[0], seen[0] if seen else "")
        values = [
            cell_value(text, label_column=i == 0 and not year_labels) for i, text in enumerate(row)
        ]
        if mark and isinstance(values[0], str):
            values[0] += mark
        sheet.append(values)
        share_row = row[0].startswith(SHARE_PREFIX)
        for i, cell in enumerate(sheet[sheet.max_row]):
            percent = percent_format(seen[i]) if i < len(seen) else None
            if i > 0 and isinstance(cell.value, int | float) and percent:  # 0 and 1 too
                cell.number_format = percent  # as the report shows it, in the reader's locale
            elif i > 0 and (share_row or i in share_columns) and isinstance(cell.value, float):
                cell.number_format = "0.0%"  # a share (0..1); Excel shows it in the reader's locale
            elif i == 0 and year_labels and isinstance(cell.value, int):
                cell.number_format = f'0"{mark}"' if mark else "0"  # the year keeps its mark
            elif isinstance(cell.value, int):
                cell.number_format = THOUSANDS  # Excel shows the reader's own separator
    if notes:
        sheet.append([])
        for note in notes:
            sheet.append([escape.one_line(note)])
    sheet.freeze_panes = f"B{HEADER_ROW + 1}"
    fit_columns(sheet)


def _note_mark(label: str, shown: str) -> str:
    """The note mark (*, **) the report prints after a row's label and the CSV has not."""
    label, shown = label.strip(), shown.strip()
    if shown.startswith(label) and set(shown[len(label) :]) == {"*"}:
        return shown[len(label) :]
    return ""


def fit_columns(sheet, max_width: int = 45) -> None:
    for column in sheet.columns:
        width = max((len(str(c.value)) for c in column if c.value is not None), default=8)
        sheet.column_dimensions[column[0].column_letter].width = min(max(width + 2, 8), max_width)


def _text_not_formula(sheet) -> None:
    """A string is always a text cell: openpyxl would make one starting with '=' a formula."""
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.data_type != "s":
                cell.data_type = "s"
