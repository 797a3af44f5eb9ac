"""Untrusted text (case data, the command line) as data in every output format, never markup.

One function per target: Markdown text (table cells, captions, values the report quotes),
a Markdown attribute value (a figure's alt text), Pandoc metadata, and spreadsheet cells (CSV
and XLSX, where a leading = + - @ tab or CR would make a formula: OWASP's CSV-injection advice).
Control characters and line breaks never reach an output: they become one space here (the
ingest refuses them in labels before that).
"""

from __future__ import annotations

import re

from .. import untrusted

# Every ASCII character Pandoc's Markdown gives a meaning to inline (emphasis, code, links,
# images, raw HTML/Typst/attributes, math, footnotes, citations, shortcodes, entities, tables),
# the quotes Pandoc's `smart` extension would curl («"x"» as “x”), and `?`, with which Quarto's
# leftovers begin (`?var:x`; render/guard/ tells escaped text from a leftover): data prints
# exactly as it is in the data.
MARKDOWN_SPECIAL = set("\\`*_{}[]<>#|~^$@!&=\"'?")
# At the start of a line these begin a block (list, quote, definition, heading, ordered list).
_LINE_START = re.compile(r"^(\s*)([-+:>%]|\d+[.)])")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?([eE][-+]?\d+)?$")


def one_line(text: str) -> str:
    """Line breaks, tabs and other control characters become a single space."""
    return untrusted.CONTROL_RUN.sub(" ", str(text))


def markdown(text: str) -> str:
    """`text` as literal Markdown text: every special character backslash-escaped."""
    text = one_line(text)
    out = "".join(f"\\{c}" if c in MARKDOWN_SPECIAL else c for c in text)
    match = _LINE_START.match(out)
    if match:  # '- x', '1. x' at the start of a paragraph would make a list
        lead, mark = match.group(1), match.group(2)
        out = f"{lead}{mark[:-1]}\\{mark[-1]}{out[match.end() :]}"
    return out


def attribute(text: str) -> str:
    """`text` inside a double-quoted Markdown attribute (`alt="..."`): backslash and quote
    escaped, entities for the characters that could start markup or a shortcode (Pandoc
    decodes both)."""
    table = {"\\": "\\\\", '"': '\\"', "&": "&amp;", "<": "&lt;", ">": "&gt;"}
    table |= {"{": "&#123;", "}": "&#125;"}
    return "".join(table.get(c, c) for c in one_line(text))


_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")


def unmarkdown(text: str) -> str:
    """The plain text of a string `markdown` escaped (for the spreadsheet's captions)."""
    return _ESCAPED.sub(r"\1", text)


def is_formula_like(text: str) -> bool:
    """Whether a text cell would be read as a formula by a spreadsheet program."""
    return text.startswith(FORMULA_START) and not _NUMBER.match(text)


def spreadsheet(value: object) -> object:
    """A CSV cell: numbers as they are, text one line, a formula-like text prefixed with `'`."""
    if not isinstance(value, str):
        return value
    text = one_line(value)
    return "'" + text if is_formula_like(text) else text


def unspreadsheet(text: str) -> str:
    """The text of a CSV cell `spreadsheet` guarded (the spreadsheet writes it as a text cell)."""
    return text[1:] if text.startswith("'") and is_formula_like(text[1:]) else text
