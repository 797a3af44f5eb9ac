"""Reading an .xlsx workbook within bounded memory, without trusting what cannot be read exactly.

Cell values come from calamine (`python-calamine`, fast, real Excel dates). Calamine reads a
formula without a cached value, and an Excel error value (#N/A), as an empty cell, so the sheet's
XML is scanned too: those cells are flagged, and so are merged cells. The scan also measures the
area that holds values before calamine is asked for it: calamine makes a dense grid of the used
area, and one value in cell XFD1048576 would ask for 17 billion cells.
"""

from __future__ import annotations

import io
import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile

from ..errors import Problem
from .table import Flag, RawTable, column_index

MAX_CELLS = 5_000_000  # rows x columns of a sheet's used area
MAX_UNZIPPED = 1_000_000_000  # bytes of all parts of a workbook together


_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(/>|>(.*?)</(?:\w+:)?c>)", re.S)
_ROW = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_REF = re.compile(rb'\br="([A-Z]{1,3})([0-9]{1,7})"')
_ROW_NUM = re.compile(rb'\br="([0-9]{1,7})"')
_TYPE = re.compile(rb'\bt="(\w+)"')
_FORMULA = re.compile(rb"<(?:\w+:)?f\b")
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>")
_TEXT = re.compile(rb">[^<\s][^<]*<|>\s*[^<\s]")


class Workbook:
    """The worksheets of a workbook as raw tables, the sheets skipped and the problems."""

    def __init__(self) -> None:
        self.tables: list[RawTable] = []
        self.skipped: list[tuple[str, str]] = []  # (sheet, why)
        self.problems: list[Problem] = []


def _local(tag: str) -> str:
    """An XML name without its namespace (transitional and strict OOXML use different ones)."""
    return tag.rsplit("}", 1)[-1]


def _sheet_parts(book: zipfile.ZipFile) -> tuple[dict[str, str], bool]:
    """Sheet name -> its XML part, and whether dates count from 1904."""
    root = ET.fromstring(book.read("xl/workbook.xml"))
    date1904 = any(
        _local(el.tag) == "workbookPr" and el.get("date1904", "0").lower() in ("1", "true")
        for el in root.iter()
    )
    try:
        rels = ET.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    except KeyError:
        return {}, date1904
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter() if r.get("Id")}
    parts = {}
    for sheet in (el for el in root.iter() if _local(el.tag) == "sheet"):
        rid = next((v for k, v in sheet.attrib.items() if _local(k) == "id"), "")
        target = targets.get(rid, "")
        part = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        parts[sheet.get("name", "")] = posixpath.normpath(part)
    return parts, date1904


# A cell with its reference and some text before its end tag (the full scan's test below):
# calamine skips a cell written as an empty element (<c r="XFD1048576"></c>), so must the extent.
_FILLED_REF = re.compile(
    rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"[^>]*?(?<!/)>'
    rb"(?=(?:\s*<(?!/(?:\w+:)?c>)[^>]*>)*\s*[^<\s])"
)


def scan_sheet(xml: bytes) -> tuple[int, int, dict[tuple[int, int], Flag]]:
    """Rows and columns of the area holding values, and the cells calamine would misread."""
    suspicious = b"<f" in xml or b":f " in xml or b":f>" in xml or b't="e"' in xml
    if not suspicious and b"<c>" not in xml and b"<c " in xml:
        # No formulas, no error cells, every cell with a reference: only the extent is needed.
        refs = _FILLED_REF.findall(xml)
        if refs and _all_referenced(xml):
            letters = {ref[0] for ref in refs}
            max_col = max(column_index(c.decode()) for c in letters) + 1
            max_row = max(int(ref[1]) for ref in refs)
            return max_row, max_col, {}
    return _scan_cells(xml, suspicious)


def _all_referenced(xml: bytes) -> bool:
    """Every cell element carries its reference (r="A1"), as Excel and calamine write them."""
    return xml.count(b"<c ") == len(re.findall(rb'<c [^>]*?\br="', xml))


def _scan_cells(xml: bytes, suspicious: bool) -> tuple[int, int, dict[tuple[int, int], Flag]]:
    opened = len(re.findall(rb"<(?:\w+:)?c[ >]", xml))
    closed = len(re.findall(rb"</(?:\w+:)?c>", xml)) + len(re.findall(rb"<(?:\w+:)?c [^>]*/>", xml))
    if opened != closed:  # broken XML: calamine reports it; do not scan it cell by cell
        raise ValueError("unbalanced cell elements")
    flags: dict[tuple[int, int], Flag] = {}
    max_row = max_col = 0
    row = -1  # a <row> without r="…" is the one after the last: the first is row 0
    col = -1
    pos = 0
    while True:
        cell = _CELL.search(xml, pos)
        if cell is None:
            break
        # rows between the last cell and this one (for cells without a reference)
        for r in _ROW.finditer(xml, pos, cell.start()):
            num = _ROW_NUM.search(r.group(1))
            row = int(num.group(1)) - 1 if num else row + 1
            col = -1
        pos = cell.end()
        attrs, content = cell.group(1), cell.group(3)
        ref = _REF.search(attrs)
        if ref:
            col, row = column_index(ref.group(1).decode()), int(ref.group(2)) - 1
        else:
            col += 1
        # a cell with text, or a formula with nothing else (a shared formula's <f t="shared"/>)
        if content is None or not (_TEXT.search(b">" + content + b"<") or _FORMULA.search(content)):
            continue
        max_row, max_col = max(max_row, row + 1), max(max_col, col + 1)
        if not suspicious:
            continue
        kind = _TYPE.search(attrs)
        value = _VALUE.search(content)
        if kind is not None and kind.group(1) == b"e":
            text = value.group(1).decode("utf-8", "replace") if value else ""
            flags[(row, col)] = Flag("Excel-feilverdi", text)
        elif _FORMULA.search(content) and (value is None or not value.group(1).strip()):
            flags[(row, col)] = Flag(
                "formel uten lagret verdi (åpne filen i Excel, regn ut og lagre på nytt)"
            )
    return max_row, max_col, flags


def read_xlsx(content: bytes, name: str) -> Workbook:
    """Every worksheet of a workbook; problems are collected, never raised."""
    import python_calamine as calamine

    out = Workbook()
    invalid = Problem(name, "ikke en gyldig .xlsx-fil (kan ikke åpnes som Excel-arbeidsbok)")
    try:
        book = zipfile.ZipFile(io.BytesIO(content))
        if sum(i.file_size for i in book.infolist()) > MAX_UNZIPPED:
            out.problems.append(Problem(name, "arbeidsboken er for stor når den pakkes ut"))
            return out
        parts, date1904 = _sheet_parts(book)
    except (zipfile.BadZipFile, KeyError, ET.ParseError, OSError, ValueError, EOFError):
        out.problems.append(invalid)
        return out
    try:
        wb = calamine.CalamineWorkbook.from_filelike(io.BytesIO(content))
        sheets = list(wb.sheets_metadata)
    except Exception:
        out.problems.append(invalid)
        return out
    for meta in sheets:
        sheet = meta.name
        if meta.typ != calamine.SheetTypeEnum.WorkSheet:
            out.skipped.append((sheet, "diagramark, ikke en tabell"))
            continue
        try:
            xml = book.read(parts[sheet])
            max_row, max_col, flags = scan_sheet(xml)
        except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError):
            out.problems.append(Problem(name, "arket kan ikke leses (skadet fil)", sheet=sheet))
            continue
        if max_row * max_col > MAX_CELLS:
            out.problems.append(
                Problem(
                    name,
                    f"arket har verdier i et for stort område ({max_row} rader × {max_col} "
                    "kolonner); slett celler langt utenfor tabellen",
                    sheet=sheet,
                )
            )
            continue
        try:
            ws = wb.get_sheet_by_name(sheet)
            rows = ws.to_python(skip_empty_area=False)
            merged = [(a[0], a[1], b[0], b[1]) for a, b in (ws.merged_cell_ranges or ())]
        except Exception as err:
            why = str(err).splitlines()[0][:120] if str(err) else type(err).__name__
            out.problems.append(
                Problem(name, f"arket kan ikke leses (skadet innhold: {why})", sheet=sheet)
            )
            continue
        out.tables.append(
            RawTable(
                sheet=sheet,
                rows=[list(r) for r in rows],
                numbers=list(range(1, len(rows) + 1)),
                flags=flags,
                merged=merged,
                date1904=date1904,
            )
        )
    return out
