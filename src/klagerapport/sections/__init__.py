"""Stage 3, sections: one module per report section, each `name(cases, *, year, district,
**options) -> SectionResult`, the registry that declares them (`registry.SECTIONS`), and a
notebook's two other calls: `load_cases` (its cases) and `show_and_save` (its result).

Sections compute with `stats` and publish through `publish` (values, tables, charts, words).
"""

from __future__ import annotations

from .common import show_and_save
from .comparison import comparison
from .decisions import decisions
from .development import development
from .discrimination import discrimination
from .grounds import grounds
from .handling_time import handling_time
from .load import load_cases
from .received import received
from .units import units

__all__ = [
    "comparison",
    "decisions",
    "development",
    "discrimination",
    "grounds",
    "handling_time",
    "load_cases",
    "received",
    "show_and_save",
    "units",
]
