"""Errors meant for the user. The CLI prints them without a traceback and exits non-zero."""

from __future__ import annotations

from dataclasses import dataclass


class KlagerapportError(Exception):
    """An error the user can act on; its message is complete and printed as it is."""


@dataclass(frozen=True)
class Problem:
    """One problem in an input file, with everything needed to find and fix it."""

    file: str
    message: str
    row: int | None = None  # row number as a spreadsheet shows it (header is row 1)
    column: str | None = None
    value: str | None = None
    allowed: str | None = None
    saksnr: str | None = None
    sheet: str | None = None  # the workbook's sheet, where a workbook has several
    heading: str | None = None  # the column's header text in the file ("Mottatt dato")
    letter: str | None = None  # the column's letter in a workbook ("C")

    def column_name(self) -> str:
        """The column as the user sees it in the file, with the contract's name in brackets
        where the file's header differs: 'C «Mottatt dato» (mottatt)', '«grunnlag»'."""
        letter = f"{self.letter} " if self.letter else ""
        if self.heading and _key(self.heading) != _key(self.column or ""):
            return f"{letter}«{self.heading}» ({self.column})"
        return f"{letter}«{self.heading or self.column}»"

    def place(self) -> str:
        """The file (and sheet) as messages show it."""
        return self.file + (f", ark «{self.sheet}»" if self.sheet else "")

    def __str__(self) -> str:
        where = self.place()
        if self.row is not None:
            where += f", rad {self.row}"
        if self.saksnr:
            where += f" (saksnr {self.saksnr})"
        if self.column:
            where += f", kolonne {self.column_name()}"
        text = f"{where}: {self.message}"
        if self.value is not None:
            text += f": «{self.value}»"
        if self.allowed:
            text += f". Tillatt: {self.allowed}"
        return text


def _key(text: str) -> str:
    """A header as compared with the contract's name: letters and digits, lower case."""
    return "".join(c for c in text.casefold() if c.isalnum())


GROUP_SHOWN = 3  # problems of one kind listed one by one; more are summed up in one line
MAX_LINES = 60  # lines of one message; the rest is counted (every problem stays in `problems`)


def _kind(message: str) -> str:
    """The kind of a message: its text before a row-specific tail (': også rad 4 i b.csv')."""
    return message.split(": ", 1)[0]


def grouped(problems: list[Problem]) -> list[str]:
    """One line per problem, or per kind of problem (file, sheet, column, message) when a kind
    has more than GROUP_SHOWN: its count and the first rows, never thousands of lines."""
    kinds: dict[tuple, list[Problem]] = {}
    for p in problems:
        kinds.setdefault((p.file, p.sheet, p.column, _kind(p.message), p.allowed), []).append(p)
    lines = []
    for group in kinds.values():
        if len(group) <= GROUP_SHOWN:
            lines += [str(p) for p in group]
            continue
        first = group[0]
        examples = []
        for p in group[:GROUP_SHOWN]:
            text = f"rad {p.row}" if p.row is not None else ""
            if p.saksnr:
                text += f" (saksnr {p.saksnr})"
            if p.value is not None:
                text += f": «{p.value}»"
            examples.append(text.strip())
        what = f"celler i kolonne {first.column_name()}" if first.column else "rader"
        line = (
            f"{first.place()}: {len(group)} {what}: {_kind(first.message)}, "
            f"f.eks. {'; '.join(examples)} …"
        )
        if first.allowed:
            line += f". Tillatt: {first.allowed}"
        lines.append(line)
    if len(lines) > MAX_LINES:
        rest = len(lines) - MAX_LINES + 1
        lines = [*lines[: MAX_LINES - 1], f"… og {rest} linjer til med andre feil"]
    return lines


class ValidationError(KlagerapportError):
    """The input was rejected; `problems` lists every problem found, not just the first.
    The message groups problems of one kind (see `grouped`)."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        n = len(self.problems)
        head = f"{n} feil i inndata:" if n != 1 else "1 feil i inndata:"
        super().__init__("\n".join([head, *(f"  - {line}" for line in grouped(self.problems))]))


class BuildError(KlagerapportError):
    """A build step failed; the previous good output was left in place."""
