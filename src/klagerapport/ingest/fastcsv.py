"""The fast path for clean CSV exports: pyarrow's CSV reader and checks over whole columns.

The line-by-line validator (read -> layout -> parse -> rules) makes Python objects for every
cell; that is too slow and too large for a national export of a million rows. `try_validate`
instead reads each CSV file with pyarrow (the free-text columns are split but never turned into
strings), proves that the validator would accept every row, and builds the same canonical frame
from the columns' distinct values (a code, district or date is parsed once, by the validator's
own functions, however many rows hold it).

It is only ever a shortcut: whenever it is not certain that the validator would accept the file
exactly as it is (any problem, an irregular row, a quoted field over several lines, a title
row above the header, a total row, notes below the table, an Excel date number, a repeated case
number, ...) it returns the reason as a string, and `rules.validate_files` runs the validator,
so every message, note and warning is the validator's own. `tests/test_ingest_fast.py` checks
that both give the same frame and the same errors, and that a clean file really takes this path.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import ctypes
import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv

from . import csvfile, fastparse, headers, layout, read
from .read import SourceFile
from .table import RawTable

ENABLED = True  # tests switch it off to compare with the validator
SCAN_BYTES = 16 * 1024 * 1024  # bytes looked at in one go when counting lines
BLOCK_BYTES = 4 * 1024 * 1024  # pyarrow reads the file in blocks of this size
FILLED = ("saksnr", "distrikt", "mottatt", "grunnlag")  # never empty in an accepted row

DICTIONARY = pa.dictionary(pa.int32(), pa.string())


@dataclass
class Part:
    """One file as the fast path read it: its source and its contract columns."""

    source: SourceFile
    header: headers.Header
    columns: dict[str, fastparse.Column]  # contract column -> distinct values and row indices
    saksnr: pa.ChunkedArray  # as read (checked to need no stripping)
    first: str  # the contract column in the first position
    head: str  # the header's text in the first position


def try_validate(files: list[Path]) -> tuple[pd.DataFrame, list[SourceFile]] | str:
    """The canonical frame and the sources, exactly as `rules.validate_files` would return
    them, or the reason the fast path leaves these files to the validator."""
    if not ENABLED:
        return "hurtigveien er slått av"
    parts = []
    for path in files:
        part = read_part(Path(path))
        if isinstance(part, str):
            return f"{path.name}: {part}"
        parts.append(part)
    return fastparse.build(parts)


def release_memory() -> None:
    """Give the memory freed after reading a large file back to the system: Arrow's allocator
    and the C library keep it for reuse otherwise, and a build runs on for a while."""
    pa.default_memory_pool().release_unused()
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to trim
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _line_ends(content: bytes, start: int) -> np.ndarray:
    """Offsets of every b'\\n' from `start`, counted in slices to bound the memory used."""
    view = np.frombuffer(content, dtype=np.uint8)
    found = []
    for lo in range(start, len(content), SCAN_BYTES):
        found.append(np.flatnonzero(view[lo : lo + SCAN_BYTES] == 10) + lo)
    return np.concatenate(found) if found else np.zeros(0, dtype=np.int64)


def _is_utf8(content: bytes) -> bool:
    """Whether the bytes are valid UTF-8, checked by Arrow without a Python string."""
    if content.isascii():
        return True
    offsets = pa.py_buffer(np.array([0, len(content)], dtype=np.int64).tobytes())
    text = pa.Array.from_buffers(pa.large_string(), 1, [None, offsets, pa.py_buffer(content)])
    try:
        text.validate(full=True)  # checks the UTF-8 in place
    except pa.ArrowInvalid:
        return False
    return True


def _head(text: str, sep: str) -> RawTable:
    """The first lines as the validator's CSV reader reads them (whether a quoted field runs
    on into the next line is checked later, by `_quoted_lines`)."""
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))
    rows: list[list[object]] = [[f.strip() for f in r] for r in records]
    return RawTable(
        sheet=None,
        rows=rows,
        numbers=list(range(1, len(rows) + 1)),
        widths=[len(r) for r in records],
    )


def read_part(path: Path) -> Part | str:
    """One CSV file read by pyarrow, or the reason it is left to the validator."""
    if path.suffix.lower() != ".csv":
        return "ikke en CSV-fil"
    name = read.shown_name(path)
    content, _ = read.read_bytes(path, name)
    if not content or content.isspace():
        return "kan ikke leses, eller er tom"
    if b"\x00" in content:
        return "NUL-tegn"
    if _is_utf8(content):
        encoding, start = "utf-8", (3 if content.startswith(codecs.BOM_UTF8) else 0)
    else:
        encoding, start = "cp1252", 0
    ends = _line_ends(content, start)
    # Lines: the records (one per line; lines with quotes are checked below) and the field limit.
    lines = len(ends) + (0 if content.endswith(b"\n") else 1)
    bounds = np.concatenate([[start - 1], ends, [len(content)]])
    if int(np.diff(bounds).max()) > csv.field_size_limit() or lines < 2:
        return "en linje er for lang, eller filen har ingen saker"
    head_end = int(ends[csvfile.SNIFF_LINES - 1]) + 1 if len(ends) >= csvfile.SNIFF_LINES else None
    try:
        text = content[start:head_end].decode(encoding)
    except UnicodeDecodeError:
        return "ukjent tegnkoding"
    if csvfile.SEP_LINE.match(text.partition("\n")[0].strip()):
        return "sep=-linje"
    sep = csvfile.sniff_separator(text.splitlines()[: csvfile.SNIFF_LINES])
    try:
        head = _head(text, sep)
    except csv.Error:
        return "CSV-feil i de første linjene"
    row, header = layout.find_header(head)
    if row != 0 or header.score < layout.MIN_HEADER or header.missing or header.duplicates:
        return "overskriftsraden er ikke første rad, eller mangler kolonner"
    first = header.mapping.get(0)
    if first not in FILLED:
        return "første kolonne er ikke en påkrevd kolonne"
    full = len(head.rows[0])
    quoted = b'"' in content
    table = _arrow_table(content, start, encoding, sep, full, header, quoted)
    if isinstance(table, str):
        return table
    if table.num_rows != lines - 1:
        return "tomme linjer eller andre linjeskift enn CRLF/LF"
    if quoted and (why := _quoted_lines(content, start, ends, encoding, sep, full, table)):
        return why
    columns = {}
    for pos, column in header.mapping.items():
        if column != "saksnr":
            columns[column] = fastparse.Column.of(table.column(f"c{pos}"))
    saksnr_pos = next((p for p, c in header.mapping.items() if c == "saksnr"), None)
    source = SourceFile(path=path, name=name, sha256=read.sha256(content), rows=table.num_rows)
    source.ignored_columns = list(dict.fromkeys(header.ignored))
    return Part(
        source=source,
        header=header,
        columns=columns,
        saksnr=table.column(f"c{saksnr_pos}"),
        first=first,
        head=str(head.rows[0][0]),
    )


def _quoted_lines(
    content: bytes, start: int, ends: np.ndarray, encoding: str, sep: str, full: int, table
) -> str | None:
    """Every line with a quote, read alone by the validator's CSV reader, is one record of
    `full` fields (no quoted field runs on into the next line) with the values pyarrow read."""
    view = np.frombuffer(content, dtype=np.uint8)
    found = [
        np.flatnonzero(view[lo : lo + SCAN_BYTES] == 34) + lo
        for lo in range(start, len(content), SCAN_BYTES)
    ]
    lines = np.unique(np.searchsorted(ends, np.concatenate(found)))  # 0 is the header
    records = []
    for i in lines.tolist():
        lo = int(ends[i - 1]) + 1 if i else start
        hi = int(ends[i]) + 1 if i < len(ends) else len(content)
        text = content[lo:hi].decode(encoding)
        text += "q\n" if text.endswith("\n") else "\nq\n"  # swallowed if a quote stays open
        try:
            read = list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))
        except csv.Error:
            return "CSV-feil på en linje med anførselstegn"
        if len(read) != 2 or read[1] != ["q"] or len(read[0]) != full:
            return "et felt i anførselstegn går over flere linjer, eller feil antall felt"
        records.append(read[0])
    rows = [i - 1 for i in lines.tolist() if i]
    taken = table.take(pa.array(rows, pa.int64()))
    for name in taken.column_names:
        pos = int(name[1:])
        mine = [r[pos] for r in records[len(records) - len(rows) :]]
        if taken.column(name).to_pylist() != mine:
            return "pyarrow og CSV-leseren leser en linje med anførselstegn ulikt"
    return None


def _arrow_table(
    content: bytes,
    start: int,
    encoding: str,
    sep: str,
    full: int,
    header: headers.Header,
    quoted: bool,
) -> pa.Table | str:
    names = [f"c{i}" for i in range(full)]
    wanted = [names[p] for p in sorted(header.mapping)]
    types = {
        names[p]: (pa.string() if c == "saksnr" else DICTIONARY) for p, c in header.mapping.items()
    }
    buffer = pa.py_buffer(content)[start:]
    try:
        table = pacsv.read_csv(
            pa.BufferReader(buffer),
            read_options=pacsv.ReadOptions(
                column_names=names,
                skip_rows=1,
                encoding=encoding.replace("-", ""),
                use_threads=False,  # smaller and, on 2 shared cores, no slower
                block_size=BLOCK_BYTES,
            ),
            parse_options=pacsv.ParseOptions(
                delimiter=sep,
                quote_char='"' if quoted else False,
                double_quote=True,
                escape_char=False,
                newlines_in_values=False,
                ignore_empty_lines=False,
            ),
            convert_options=pacsv.ConvertOptions(
                column_types=types,
                include_columns=wanted,
                null_values=[],
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, UnicodeError, LookupError) as err:
        return f"pyarrow: {str(err)[:200]}"
    return table.unify_dictionaries()
