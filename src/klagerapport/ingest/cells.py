"""Single cells: as text, and the values that look right but are not (Excel error values,
mojibake, Excel date serial numbers)."""

from __future__ import annotations

import datetime as dt
import re

# Excel's error values, English and Norwegian Excel (a CSV saved from Excel holds them as text).
EXCEL_ERRORS = frozenset(
    {
        "#N/A",
        "#I/T",
        "#DIV/0!",
        "#VALUE!",
        "#VERDI!",
        "#REF!",
        "#NAME?",
        "#NAVN?",
        "#NUM!",
        "#NULL!",
        "#SPILL!",
        "#CALC!",
        "#GETTING_DATA",
        "#BLOKKERT!",
        "#BLOCKED!",
        "#FIELD!",
        "#FELT!",
        "#UNKNOWN!",
        "#UKJENT!",
    }
)

_EXCEL_1900 = dt.date(1899, 12, 30)  # serial 1 = 1900-01-01, after Lotus' 29 February 1900
_EXCEL_1904 = dt.date(1904, 1, 1)
_SERIAL_TEXT = re.compile(r"^\d{5}(?:[.,]\d+)?$")  # 10000-99999: 1927-05-18 .. 2173-10-13


def cell_text(value: object) -> str:
    """A spreadsheet cell as text: None -> '', 228.1 -> '228.1', 20190001.0 -> '20190001'."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        if value.is_integer():
            return str(int(value))
        return repr(round(value, 9))  # 228.89999999999998 -> '228.9'
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def is_excel_error(text: str) -> bool:
    return text.upper() in EXCEL_ERRORS


def is_mojibake(text: str) -> bool:
    """UTF-8 bytes read as Windows-1252 ('GrÃ¸nland' for 'Grønland'): the text's Windows-1252
    bytes are valid UTF-8 and spell Latin letters or typographic punctuation. Text whose bytes
    only happen to be valid UTF-8 for some other script ('Ø' and a no-break space are the bytes
    of an Arabic letter) is not mojibake."""
    if text.isascii():
        return False
    try:
        fixed = text.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return False
    return fixed != text and all(_latin(c) for c in fixed)


def _latin(char: str) -> bool:
    """A character a Norwegian text in UTF-8 plausibly holds: ASCII, Latin letters and signs
    (U+0080-U+024F), general punctuation and currency signs (U+2000-U+20CF, e.g. '–', '€')."""
    return char < "\u0250" or "\u2000" <= char <= "\u20cf"


def serial_date(value: object, date1904: bool = False) -> dt.date | None:
    """The date an Excel serial number stands for (a number cell, or its text in a CSV), or None
    for anything else. Only whole days from 10000 to 99999 count: smaller numbers are more
    likely counts than dates, and a time of day is dropped."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str) and _SERIAL_TEXT.match(value.strip()):
        number = float(value.strip().replace(",", "."))
    else:
        return None
    if not 10000 <= number < 100000:
        return None
    return (_EXCEL_1904 if date1904 else _EXCEL_1900) + dt.timedelta(days=int(number))
