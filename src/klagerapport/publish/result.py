"""What a section gives: its tables, charts and quoted values, saved as the run's artifacts
(`save`) or shown in a notebook (`show`). Only aggregates.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from matplotlib.figure import Figure

from .. import fmt, fsutil, settings
from ..errors import KlagerapportError
from . import figures, suppression
from . import values as V
from .tables import Chart, Table
from .utgave import write_log
from .values import Value


@dataclass(frozen=True)
class Check:
    """A reconciliation: two ways to the same number that must agree (a table's total and the
    population it counts)."""

    what: str
    expected: int | float | None
    actual: int | float | None

    @property
    def ok(self) -> bool:
        return self.expected == self.actual


@dataclass
class SectionResult:
    section: str
    tables: dict[str, Table] = field(default_factory=dict)
    charts: dict[str, Chart] = field(default_factory=dict)
    values: dict[str, Value] = field(default_factory=dict)
    populations: dict[str, int] = field(default_factory=dict)  # e.g. "mottatt i 2019": 211
    checks: list[Check] = field(default_factory=list)
    utgave: str = settings.INTERN  # offentlig: suppressed by publish/utgave.py
    suppression_log: list[dict] = field(default_factory=list)

    def check(self, what: str, expected, actual) -> None:
        """Record a reconciliation; `reconcile` (called by `save`) fails if it does not hold."""
        self.checks.append(Check(what, expected, actual))

    def reconcile(self) -> None:
        """Raise if any reconciliation failed: a section never saves numbers that disagree."""
        failed = [c for c in self.checks if not c.ok]
        if failed:
            listed = "; ".join(f"{c.what}: {c.actual} ≠ {c.expected}" for c in failed)
            raise KlagerapportError(f"avsnittet «{self.section}» stemmer ikke: {listed}")

    @property
    def figures(self) -> dict[str, Figure]:
        return {name: chart.figure for name, chart in self.charts.items()}

    def save(self, outdir: Path | str = "") -> list[Path]:
        """Write tables/, figures/ and values/<section>.json under `outdir` (empty: a new
        temporary folder, for a notebook run by hand); the paths written."""
        self.reconcile()
        outdir = Path(outdir or tempfile.mkdtemp(prefix="klagerapport-"))
        written = []
        for name, table in self.tables.items():
            for suffix, text in (("csv", table.to_csv()), ("md", table.to_markdown())):
                path = outdir / "tables" / f"{name}.{suffix}"
                fsutil.write_text(path, text)
                written.append(path)
        for name, chart in self.charts.items():
            written += figures.save(chart.figure, outdir / "figures", name)
            path = outdir / "figures" / f"{name}.md"
            fsutil.write_text(path, chart.to_markdown(name))
            written.append(path)
        path = outdir / "values" / f"{self.section}.json"
        V.write_section(self.values, path)
        written.append(path)
        written += write_log(self, outdir)
        return written

    def audit_markdown(self) -> str:
        """The populations and the reconciliations as Markdown (the audit trail's first part)."""
        rule = suppression.rule()
        public = self.utgave == settings.OFFENTLIG

        def shown(n, text) -> str:  # the public edition's audit trail hides small counts too
            if public and isinstance(n, int) and rule.is_small(n):
                return rule.symbol
            return text(n)

        lines = ["### Populasjoner", "", "| populasjon | antall saker |", "|:---|---:|"]
        lines += [f"| {name} | {shown(n, fmt.integer)} |" for name, n in self.populations.items()]
        lines += [
            "",
            "### Avstemming",
            "",
            "| kontroll | forventet | funnet | |",
            "|:---|---:|---:|:---|",
        ]
        for c in self.checks:
            ok = "OK" if c.ok else "FEIL"
            lines.append(f"| {c.what} | {shown(c.expected, str)} | {shown(c.actual, str)} | {ok} |")
        if not self.checks:
            lines.append("| (ingen kontroller for dette avsnittet) | | | |")
        return "\n".join(lines)

    def show(self) -> None:
        """Display populations, reconciliations, tables, figures and values in a notebook
        (aggregates only); a failed reconciliation is shown first, then raised, so the notebook
        stops under it, before any table."""
        from IPython.display import SVG, Markdown, display

        display(Markdown(self.audit_markdown()))
        self.reconcile()
        display(Markdown("### Tabeller, figurer og verdier"))
        for table in self.tables.values():
            display(Markdown(table.to_markdown()))
        for chart in self.charts.values():
            display(Markdown(f"**{chart.caption}**"))
            display(SVG(figures.render(chart.figure, "svg")))
        lines = ["| nøkkel | tekst |", "|:---|:---|"]
        lines += [f"| `{k}` | {v.text} |" for k, v in sorted(self.values.items())]
        display(Markdown("\n".join(lines)))
