"""The report's computed sections, declared once: name, order, notebook, function, tables.

The build runs `notebooks/<NN>_<name>.ipynb` for each section in order; the workbook for POD
names a sheet for each table; tests and docs read the same list. Adding a section is a function
(in its own module here), an entry below and a notebook.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .. import paths
from ..errors import KlagerapportError
from .decisions import decisions
from .development import development
from .discrimination import discrimination
from .grounds import grounds
from .handling_time import handling_time
from .received import received
from .units import units


@dataclass(frozen=True)
class SectionSpec:
    """One computed section: what it is called, where its notebook is, what it publishes."""

    name: str
    order: int
    function: Callable
    tables: dict[str, str] = field(default_factory=dict)  # table file name -> sheet name

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


def functions() -> dict[str, Callable]:
    """Section name -> its function, in the form's order."""
    return {spec.name: spec.function for spec in SECTIONS}
