"""Shortcodes as written, read or refused (the check points at a refused one): their spans,
a line's words and shortcodes, a text with them blanked, and the pattern of one left in an
output."""

from __future__ import annotations

import re

from .scanner import scan
from .shortcode import CLOSE, OPEN, Shortcode


def written(text: str, *, named: bool = True) -> list[Shortcode]:
    """Every `{{< … >}}` on one line as written, read or refused, by the one reader (`scan`):
    the check reads commentary this way so that it can point at a shortcode the grammar refuses
    (a claim written with `>`) instead of losing it. A refused one has no `args` (`arguments`
    is their text); with `named=False` a nameless one (`{{< >}}`) is included too."""
    return [sc for sc in scan(text).written if sc.name or not named]


def blank_shortcodes(text: str, *, lead: str = " ", named: bool = True) -> str:
    """`text` with every shortcode as written (`written`; with `named=False` a nameless one
    too) blanked, its first character `lead`: the same length, so offsets and columns stay."""
    out, i = [], 0
    for sc in written(text, named=named):
        out += [text[i : sc.start], lead, " " * (sc.end - sc.start - 1)]
        i = sc.end
    out.append(text[i:])
    return "".join(out)


# A shortcode left in a rendered output as written (to the end of its line when not closed):
# the render guard's pattern, composed there with the other leftovers.
LEFTOVER_PATTERN = r"\{\{<.*?(?:>\}\}|$)"
_WORD = re.compile(r"\S+")


def units(line: str) -> list[tuple[int, int]]:
    """The spans of a line's whole words and whole shortcodes as written (a shortcode's blanks
    do not split it)."""
    spans, i = [], 0
    for sc in [*written(line, named=False), None]:
        stop = sc.start if sc is not None else len(line)
        spans += [m.span() for m in _WORD.finditer(line, i, stop)]
        if sc is not None:
            spans.append((sc.start, sc.end))
            i = sc.end
    return spans


def is_written_shortcode(piece: str) -> bool:
    """Does `piece` run from a `{{<` to a `>}}` (a placeholder as written, read or refused)?"""
    return len(piece) >= len(OPEN) + len(CLOSE) and piece.startswith(OPEN) and piece.endswith(CLOSE)
