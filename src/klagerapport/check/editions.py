"""Commentary written for one edition only: `[tekst]{.intern}` and `[tekst]{.offentlig}`.

A sentence that is true and tells nothing in one edition may not be so in the other: the last
answer date is one case's, so only the internal edition may print it (docs/suppression.md,
"Dates"). The analysts write both wordings side by side, each in a span marked with its
edition; `for_edition` gives the text one edition publishes, before anything reads it (the
commentary check, the public wording check, staging), so each wording is checked against the
numbers of the edition that prints it and the other edition never sees it.

A span is one line and holds no `[` or `]` (write a footnote reference after it). With
`keep_columns` (the checks) every removed character becomes a space, so a finding keeps the
line and character of the file; staging removes them, so the report prints no extra space.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from .. import settings

# [text]{.intern} / [text]{.offentlig}: the text may hold shortcodes, never brackets
SPAN = re.compile(r"\[([^\[\]\n]*)\]\{\.(" + "|".join(settings.UTGAVER) + r")\}")


def for_edition(text: str, utgave: str, *, keep_columns: bool = True) -> str:
    """`text` as `utgave` publishes it: its own spans' text, the other edition's spans gone."""

    def resolve(match: re.Match) -> str:
        inner, edition = match.group(1), match.group(2)
        if not keep_columns:
            return inner if edition == utgave else ""
        if edition != utgave:
            return " " * len(match.group(0))
        return " " + inner + " " * (len(match.group(0)) - len(inner) - 1)

    return SPAN.sub(resolve, text)


def reader(read: Callable[[Path], str | None], utgave: str) -> Callable[[Path], str | None]:
    """`read` (a file's text, or None) giving the text `utgave` publishes."""

    def read_for_edition(file: Path) -> str | None:
        text = read(file)
        return None if text is None else for_edition(text, utgave)

    return read_for_edition
