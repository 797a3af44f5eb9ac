"""The report's computed sections, declared once: name, order, notebook, function, tables.

The build runs `notebooks/<NN>_<name>.ipynb` for each section in order; the workbook for POD
names a sheet for each table; tests and docs read the same list. Adding a section is a function
(in its own module here), an entry below and a notebook.

A section's `scope` says which reports run it: `ALL` (every report, the form) or `NATIONAL`
(only the national report, `Norge`: the districts compared). A district report never runs a
national section's notebook nor publishes its tables.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .. import paths
from ..districts import is_national
from ..errors import KlagerapportError
from .comparison import comparison
from .decisions import decisions
from .development import development
from .discrimination import discrimination
from .grounds import grounds
from .handling_time import handling_time
from .received import received
from .units import units

ALL = "alle"
NATIONAL = "nasjonal"
SCOPES = (ALL, NATIONAL)


@dataclass(frozen=True)
class SectionSpec:
    """One computed section: what it is called, where its notebook is, what it publishes."""

    name: str
    order: int
    function: Callable
    tables: dict[str, str] = field(default_factory=dict)  # table file name -> sheet name
    scope: str = "alle"  # ALL | NATIONAL: which reports run the section

    def applies_to(self, district: str) -> bool:
        """Whether the report of `district` runs this section."""
        return self.scope == ALL or is_national(district)

    @property
    def notebook_name(self) -> str:
        return f"{self.order:02d}_{self.name}.ipynb"

    @property
    def notebook(self):
        return paths.NOTEBOOKS / self.notebook_name


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec("received", 1, received),
    SectionSpec("decisions", 2, decisions, {"avgjorelse": "Avgjørelseskode"}),
    SectionSpec("grounds", 3, grounds, {"grunnlag": "Grunnlag"}),
    SectionSpec(
        "handling_time",
        4,
        handling_time,
        {"saksbehandlingstid": "Saksbehandlingstid"},
    ),
    SectionSpec(
        "development",
        5,
        development,
        {"utvikling": "Utvikling", "etnisk-utvikling": "Etnisk diskriminering utvikling"},
    ),
    SectionSpec("units", 6, units, {"enheter": "Enheter"}),
    SectionSpec("discrimination", 7, discrimination, {"diskriminering": "Diskriminering"}),
    SectionSpec(
        "comparison",
        8,
        comparison,
        {
            "sammenligning": "Sammenligning",
            "sammenligning-avgjorelse": "Sammenligning avgjørelse",
            "sammenligning-grunnlag": "Sammenligning grunnlag",
        },
        scope=NATIONAL,
    ),
)


def by_name(name: str) -> SectionSpec:
    for spec in SECTIONS:
        if spec.name == name:
            return spec
    raise KlagerapportError(
        f"ukjent seksjon «{name}». Tillatt: {', '.join(s.name for s in SECTIONS)}"
    )


def sheet_names() -> dict[str, str]:
    """Every table's sheet name, in the form's order (the sections' order)."""
    return {table: sheet for spec in SECTIONS for table, sheet in spec.tables.items()}


def functions(district: str = "") -> dict[str, Callable]:
    """Section name -> its function, in the form's order: the sections a district's report runs
    (those of every scope for the national report, `district="Norge"`)."""
    return {spec.name: spec.function for spec in SECTIONS if spec.applies_to(district)}


def national_only() -> tuple[SectionSpec, ...]:
    """The sections only the national report runs."""
    return tuple(spec for spec in SECTIONS if spec.scope == NATIONAL)


def national_tables() -> set[str]:
    """The tables only the national report publishes (no district has them to sum)."""
    return {table for spec in national_only() for table in spec.tables}
