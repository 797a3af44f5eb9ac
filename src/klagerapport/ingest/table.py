"""One table of cells as read from a file (a CSV file or one sheet of a workbook).

Readers (`csvfile`, `xlsxfile`) produce `RawTable`s; `layout` finds the header and the case rows
in them. Rows keep the number a user sees (the CSV's physical line, the sheet's row number), so
every message can point at them. Cells the reader could not read exactly are listed in `flags`
and become errors only where they fall in a case row of a contract column.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Flag:
    """A cell whose value cannot be trusted: what is wrong, and what the user should know."""

    message: str
    value: str | None = None


@dataclass
class RawTable:
    sheet: str | None  # sheet name, None for a CSV file
    rows: list[list[object]]  # cell values, row by row
    numbers: list[int]  # the number a user sees for each row (1-based)
    flags: dict[tuple[int, int], Flag] = field(default_factory=dict)  # (row index, col) -> flag
    widths: list[int] | None = None  # CSV: the number of fields of each record
    spans: dict[int, int] = field(default_factory=dict)  # CSV: row index -> last physical line
    merged: list[tuple[int, int, int, int]] = field(
        default_factory=list
    )  # r0, c0, r1, c1 (0-based)
    date1904: bool = False  # workbook dates counted from 1904 (old Mac Excel)


def column_letter(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA'."""
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def column_index(letters: str) -> int:
    """'A' -> 0, 'AA' -> 26, 'XFD' -> 16383."""
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1
