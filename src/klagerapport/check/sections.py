"""The commentary files a report includes, in the report's order, with their headings
(report/sections.yml, read by klagerapport.outline, the one reader of it).
"""

from __future__ import annotations

import re

from .. import outline
from .build_values import BuildValues

_SHORTCODE = re.compile(r"\{\{<\s*(?P<name>\w+)(?P<args>.*?)>\}\}")


def section_keys() -> list[str]:
    """The commentary files the report includes, in order (report/sections.yml)."""
    return [p.key for p in outline.files()]


def section_titles(values: BuildValues | None = None) -> dict[str, str]:
    """Each commentary file's heading in the report (report/sections.yml), its placeholders
    filled from `values` when given («Nærmere om innkomne saker i 2021»)."""

    def plain(heading: str) -> str:
        def fill(m: re.Match) -> str:
            entry = values.get(m.group("args").strip().strip("\"'")) if values else None
            return entry.text if entry is not None and m.group("name") == "var" else "…"

        return _SHORTCODE.sub(fill, heading)

    return {p.key: plain(p.heading) for p in outline.files()}


optional_keys = outline.optional_keys
