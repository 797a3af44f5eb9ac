"""Charts in one house style: DejaVu Sans, no top/right spines, light grid, grey shades and
hatching (readable printed in black and white), Norwegian number formatting via `fmt`.

Figures are made with `matplotlib.figure.Figure` on the Agg canvas (no pyplot state, nothing to
close); `save` writes byte-reproducible SVG and a 200 dpi PNG.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib as mpl
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ..pipeline import fsutil
from . import fmt

GREYS = ("#4d4d4d", "#a6a6a6", "#e0e0e0")  # dark, middle, light
HATCHES = ("", "///", "...")
HIGHLIGHT = "#262626"
PLAIN = "#8c8c8c"
PNG_DPI = 200
SIZE = (7.0, 3.8)

STYLE = {
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 10,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.edgecolor": "#555555",
    "axes.grid": True,
    "axes.axisbelow": True,
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "hatch.color": "#333333",
    "hatch.linewidth": 0.6,
    "legend.frameon": False,
    "svg.hashsalt": "klagerapport",
    "svg.fonttype": "path",
    "axes.formatter.use_locale": False,
}


@contextmanager
def house_style():
    """Apply the house rcParams for the duration of a block (drawing and saving)."""
    with mpl.rc_context(STYLE):
        yield


def new_figure(size: tuple[float, float] = SIZE) -> Figure:
    fig = Figure(figsize=size, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _no_data(ax, text: str = "Ingen saker") -> None:
    ax.text(0.5, 0.5, text, transform=ax.transAxes, ha="center", va="center", color="#555555")
    ax.set_xticks([])
    ax.set_yticks([])


def stacked_bars(
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[int]]],
    *,
    title: str,
    xlabel: str,
) -> Figure:
    """Horizontal bars per category (top to bottom in the given order), stacked by series, each
    series a grey shade with its own hatching; the total printed at the end of each bar."""
    with house_style():
        fig = new_figure((7.0, 0.45 * len(categories) + 1.6))
        ax = fig.add_subplot()
        ax.set_title(title)
        totals = [sum(vals[i] for _, vals in series) for i in range(len(categories))]
        if not any(totals):
            _no_data(ax)
            return fig
        positions = list(range(len(categories)))[::-1]
        left = [0] * len(categories)
        for k, (label, vals) in enumerate(series):
            ax.barh(
                positions,
                list(vals),
                left=left,
                color=GREYS[k % len(GREYS)],
                hatch=HATCHES[k % len(HATCHES)],
                edgecolor="#333333",
                linewidth=0.5,
                label=label,
                height=0.65,
            )
            left = [a + b for a, b in zip(left, vals, strict=True)]
        for pos, total in zip(positions, totals, strict=True):
            ax.text(total, pos, " " + fmt.integer(total), va="center", ha="left", fontsize=9)
        ax.set_yticks(positions, list(categories))
        ax.grid(axis="y", visible=False)
        ax.set_xlabel(xlabel)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.xaxis.set_major_formatter(fmt.mpl_number())
        ax.set_xlim(0, max(totals) * 1.12)
        fig.legend(loc="outside lower center", ncols=len(series), fontsize=9)
    return fig


def year_bars(
    years: Sequence[int], counts: Sequence[int], *, highlight: int, title: str, ylabel: str
) -> Figure:
    """Bars per year, oldest to newest, the report year dark, each bar labelled with its count."""
    with house_style():
        fig = new_figure()
        ax = fig.add_subplot()
        ax.set_title(title)
        if not len(years):
            _no_data(ax)
            return fig
        colors = [HIGHLIGHT if y == highlight else PLAIN for y in years]
        ax.bar(list(years), list(counts), color=colors, width=0.7)
        for y, n in zip(years, counts, strict=True):
            ax.text(y, n, fmt.integer(n), ha="center", va="bottom", fontsize=8)
        ax.set_xticks(list(years), [str(y) for y in years])
        if len(years) > 16:
            ax.tick_params(axis="x", labelrotation=45)
        ax.grid(axis="x", visible=False)
        ax.set_ylabel(ylabel)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.yaxis.set_major_formatter(fmt.mpl_number())
        ax.set_ylim(0, max(max(counts), 1) * 1.12)
    return fig


def bin_edges(longest: int, deadline: int, width: int) -> list[float]:
    """Bin edges between whole days, one edge just after the deadline day (so that the bins left
    of the deadline line hold exactly the cases answered in time); the first bin is day 0 only
    when the deadline is not a multiple of the width away."""
    first = (deadline + 0.5) % width
    edges = [-0.5] + [first + width * k for k in range(0, (max(longest, deadline) // width) + 2)]
    edges = sorted(set(e for e in edges if e >= -0.5))
    while edges[-2] >= max(longest, deadline) + 0.5:
        edges.pop()
    return edges


def histogram(days: Sequence[int], *, deadline: int, title: str, bin_width: int = 7) -> Figure:
    """Distribution of handling days in bins of `bin_width` days, the deadline marked."""
    with house_style():
        fig = new_figure()
        ax = fig.add_subplot()
        ax.set_title(title)
        if not len(days):
            _no_data(ax, "Ingen avsluttede saker")
            return fig
        edges = bin_edges(max(days), deadline, bin_width)
        ax.hist(list(days), bins=edges, color=PLAIN, edgecolor="white", linewidth=0.6)
        ax.axvline(deadline + 0.5, color=HIGHLIGHT, linestyle="--", linewidth=1.2)
        ax.text(
            deadline + 0.5,
            1.0,
            f" Frist {fmt.integer(deadline)} dager",
            transform=ax.get_xaxis_transform(),
            ha="left",
            va="top",
            fontsize=9,
        )
        ax.set_xlabel("Saksbehandlingstid (dager)")
        ax.set_ylabel("Antall klagesaker")
        ax.xaxis.set_major_formatter(fmt.mpl_number())
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.yaxis.set_major_formatter(fmt.mpl_number())
        ax.set_xlim(edges[0], edges[-1])
        ax.grid(axis="x", visible=False)
    return fig


def render(fig: Figure, kind: str) -> bytes:
    """The figure as 'svg' (reproducible bytes) or 'png' (200 dpi)."""
    buf = io.BytesIO()
    with house_style():
        if kind == "svg":
            fig.savefig(buf, format="svg", metadata={"Date": None})
        else:
            fig.savefig(buf, format="png", dpi=PNG_DPI, metadata={"Software": None})
    return buf.getvalue()


def save(fig: Figure, outdir: Path, name: str) -> list[Path]:
    """Write `<outdir>/<name>.svg` and `.png`; returns the paths written."""
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in ("svg", "png"):
        written.append(fsutil.write_bytes(outdir / f"{name}.{kind}", render(fig, kind)))
    return written
