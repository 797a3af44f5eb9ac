"""What a section gives: its tables, charts and quoted values, saved as the run's artifacts
(`save`) or shown in a notebook (`show`). Only aggregates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from matplotlib.figure import Figure

from ..pipeline import fsutil
from . import figures
from . import values as V
from .tables import Chart, Table
from .values import Value


@dataclass
class SectionResult:
    section: str
    tables: dict[str, Table] = field(default_factory=dict)
    charts: dict[str, Chart] = field(default_factory=dict)
    values: dict[str, Value] = field(default_factory=dict)

    @property
    def figures(self) -> dict[str, Figure]:
        return {name: chart.figure for name, chart in self.charts.items()}

    def save(self, outdir: Path) -> list[Path]:
        """Write tables/, figures/ and values/<section>.json under `outdir`; the paths written."""
        outdir = Path(outdir)
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
        return written

    def show(self) -> None:
        """Display the tables, figures and values in a notebook (aggregates only)."""
        from IPython.display import SVG, Markdown, display

        for table in self.tables.values():
            display(Markdown(table.to_markdown()))
        for chart in self.charts.values():
            display(Markdown(f"**{chart.caption}**"))
            display(SVG(figures.render(chart.figure, "svg")))
        lines = ["| nøkkel | tekst |", "|:---|:---|"]
        lines += [f"| `{k}` | {v.text} |" for k, v in sorted(self.values.items())]
        display(Markdown("\n".join(lines)))
