"""Reading a CSV file as Norwegian Excel and case systems write it, line by line.

Python's csv module is used rather than pandas so that every record keeps its physical line
numbers: a record with the wrong number of fields, or a stray quote that swallows the lines
after it, is reported at the line a user finds in an editor.
"""

from __future__ import annotations

import csv
import io
import re

from ..errors import Problem
from .table import RawTable

SEPARATORS = (";", ",", "\t")
SNIFF_LINES = 30
SEP_LINE = re.compile(r'^"?sep=(.)"?[;,\t]*$', re.I)


def decode(content: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 as Norwegian Excel saves CSV."""
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return content.decode("cp1252")  # may raise UnicodeDecodeError: caller reports it


def sniff_separator(lines: list[str]) -> str:
    """The separator most used on one line among the first lines (title rows have none)."""
    return max(SEPARATORS, key=lambda s: max((line.count(s) for line in lines), default=0))


def read_csv(content: bytes, name: str) -> tuple[RawTable | None, list[Problem]]:
    """Every record of a CSV file as text, with its physical line; problems, never raised."""
    try:
        text = decode(content)
    except UnicodeDecodeError:
        return None, [Problem(name, "ukjent tegnkoding", allowed="UTF-8 eller Windows-1252")]
    if not text.strip():
        return None, [Problem(name, "filen er tom")]
    if "\x00" in text:
        return None, [Problem(name, "filen inneholder NUL-tegn og er ikke en tekstfil (CSV)")]
    first_line, _, rest = text.partition("\n")
    offset = 0
    declared = SEP_LINE.match(first_line.strip())
    if declared:  # Excel's "sep=;" line names the separator
        sep = declared.group(1)
        text, offset = rest, 1
    else:
        sep = sniff_separator(text.splitlines()[:SNIFF_LINES])
    rows: list[list[object]] = []
    numbers: list[int] = []
    widths: list[int] = []
    spans: dict[int, int] = {}
    problems: list[Problem] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    last = 0
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            why = (
                f'et felt er lengre enn {csv.field_size_limit()} tegn; et anførselstegn (") '
                "som aldri lukkes?"
                if "field larger" in str(err)
                else str(err)
            )
            problems.append(
                Problem(
                    name,
                    f"kan ikke leses som CSV fra linje {last + offset + 1} ({why})",
                    row=reader.line_num + offset,
                )
            )
            break
        start, last = last + 1, reader.line_num
        index = len(rows)
        rows.append([field.strip() for field in record])
        numbers.append(start + offset)
        widths.append(len(record))
        if last > start:
            spans[index] = last + offset
            swallowed = any("\n" in f and f.count(sep) >= 2 for f in record)
            if swallowed:
                problems.append(
                    Problem(
                        name,
                        f'et anførselstegn (") åpner et felt som ikke lukkes der feltet slutter, '
                        f"så linjene {start + offset}–{last + offset} er lest som én rad; "
                        'fjern anførselstegnet eller skriv det dobbelt ("")',
                        row=start + offset,
                    )
                )
                rows[index] = []  # never read as a case
    return (
        RawTable(sheet=None, rows=rows, numbers=numbers, widths=widths, spans=spans),
        problems,
    )
