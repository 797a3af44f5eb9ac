"""A published table (header + rows of labels and `Value`s) and a chart with caption and alt text,
and how each is written: CSV (raw numbers) and Markdown (the report's text).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from matplotlib.figure import Figure

from . import escape
from . import values as V
from .utgave import Layout
from .values import Value

Cell = str | Value


@dataclass
class Table:
    """A table: a header and rows of cells; a cell is a label (str) or a Value (raw + text)."""

    name: str
    caption: str
    header: list[str]
    rows: list[list[Cell]]
    note: str = ""  # printed under the table (the public edition's suppression rule)
    layout: Layout | None = None  # how the table adds up (for suppression, publish/utgave.py)
    cell_keys: dict[tuple[int, int], tuple[str, ...]] = field(default_factory=dict)

    def raw_rows(self) -> list[list]:
        return [[c if isinstance(c, str) else c.raw for c in row] for row in self.rows]

    def text_rows(self) -> list[list[str]]:
        return [[c if isinstance(c, str) else c.text for c in row] for row in self.rows]

    def to_csv(self) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow([escape.spreadsheet(h) for h in self.header])
        for row in self.rows:
            writer.writerow([escape.spreadsheet(_csv_cell(c)) for c in row])
        return buf.getvalue()

    def to_markdown(self) -> str:
        """A pipe table; every header, cell and the caption is text, never markup (a footnote
        mark * too); the note under it (row notes, the suppression rule) likewise."""
        cell = escape.markdown
        lines = ["| " + " | ".join(cell(h) for h in self.header) + " |"]
        lines.append("|" + "|".join([":---"] + ["---:"] * (len(self.header) - 1)) + "|")
        lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in self.text_rows()]
        text = "\n".join(lines) + f"\n\n: {escape.markdown(self.caption)} {{#tbl-{self.name}}}\n"
        if self.note:
            paragraphs = "\n\n".join(escape.markdown(p) for p in self.note.split("\n\n"))
            text += f"\n::: {{.tabellnote}}\n{paragraphs}\n:::\n"
        return text


def _csv_cell(cell: Cell) -> object:
    """A CSV cell: the label, the raw number, a hidden cell's symbol, or empty for no data."""
    if isinstance(cell, str):
        return cell
    if cell.raw is None:
        return "" if cell.text == V.MISSING_TEXT else cell.text
    return cell.raw


@dataclass
class Chart:
    """A figure with its caption and its text alternative."""

    figure: Figure
    caption: str
    alt: str

    def to_markdown(self, name: str) -> str:
        alt, caption = escape.attribute(self.alt), escape.markdown(self.caption)
        return f'![{caption}](figures/{name}.svg){{#fig-{name} fig-alt="{alt}"}}\n'
