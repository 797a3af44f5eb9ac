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

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", rad {self.row}"
        if self.saksnr:
            where += f" (saksnr {self.saksnr})"
        if self.column:
            where += f", kolonne «{self.column}»"
        text = f"{where}: {self.message}"
        if self.value is not None:
            text += f": «{self.value}»"
        if self.allowed:
            text += f". Tillatt: {self.allowed}"
        return text


class ValidationError(KlagerapportError):
    """The input was rejected; `problems` lists every problem found, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        n = len(self.problems)
        head = f"{n} feil i inndata:" if n != 1 else "1 feil i inndata:"
        super().__init__("\n".join([head, *(f"  - {p}" for p in self.problems)]))


class BuildError(KlagerapportError):
    """A build step failed; the previous good output was left in place."""
