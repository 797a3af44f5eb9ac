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
from .registry import SECTIONS
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


# A section declared in the registry is `sections.<name>` (its notebook calls it so) with no
# import above: the registry is the one place a section is declared. (Importing a section's
# module leaves the module under its name here; the function replaces it.)
globals().update({spec.name: spec.function for spec in SECTIONS})
