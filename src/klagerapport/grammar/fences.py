"""Fenced code blocks: the fence a line opens or closes, and which lines are inside one."""

from __future__ import annotations

import re
from collections.abc import Iterable

_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")


def fence(line: str) -> str | None:
    """The fence (```` ``` ```` or `~~~`, with its length) a line opens or closes, else None."""
    match = _FENCE.match(line)
    return match.group(1) if match else None


def in_fences(lines: Iterable[str]) -> list[bool]:
    """For each line: is it a code fence line or inside a fenced code block?"""
    out = []
    open_fence: str | None = None
    for line in lines:
        mark = fence(line)
        if open_fence is None and mark:
            open_fence = mark
            out.append(True)
        elif open_fence is not None:
            out.append(True)
            closes = mark and mark[0] == open_fence[0] and len(mark) >= len(open_fence)
            if closes and line.strip() == mark:
                open_fence = None
        else:
            out.append(False)
    return out
