"""The commentary files a report includes, in the report's order, with their headings
(report/sections.yml, read by klagerapport.outline, the one reader of it).
"""

from __future__ import annotations

from .. import grammar, outline
from .build_values import BuildValues


def section_keys() -> list[str]:
    """The commentary files the report includes, in order (report/sections.yml)."""
    return [p.key for p in outline.files()]


def section_titles(values: BuildValues | None = None) -> dict[str, str]:
    """Each commentary file's heading in the report (report/sections.yml), its placeholders
    filled from `values` when given («Nærmere om innkomne saker i 2021»)."""

    def plain(heading: str) -> str:
        out, i = [], 0
        for sc in grammar.shortcodes(heading, names=None):
            entry = values.get(sc.arguments.strip("\"'")) if values else None
            filled = entry.text if entry is not None and sc.name == "var" else "…"
            out += [heading[i : sc.start], filled]
            i = sc.end
        return "".join(out) + heading[i:]

    return {p.key: plain(p.heading) for p in outline.files()}


optional_keys = outline.optional_keys


def may_be_empty() -> tuple[str, ...]:
    """The parts the form allows without commentary (report/sections.yml `may_be_empty`)."""
    return tuple(outline.load_sections().get("may_be_empty") or ())
