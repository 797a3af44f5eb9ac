"""Charts in one house style: DejaVu Sans (the HTML report's sans-serif, embedded there too),
no top/right spines, light grid, grey shades and hatching (readable printed in black and white),
no title inside the image (the caption is the title), ticks at round steps (1, 2, 5 x 10^n),
Norwegian number formatting via `fmt`. A hidden (suppressed) count is None: no bar, its
label the suppression symbol.

Figures are made with `matplotlib.figure.Figure` on the Agg canvas (no pyplot state, nothing to
close); `save` writes byte-reproducible SVG, a 200 dpi PNG and the same chart drawn for a phone,
`<name>-smal.svg`: NARROW_WIDTH inches wide with the text at its full size (a legend in one
column, year labels slanted), which the HTML shows below 36rem (filters/html-a11y.lua), so that
the chart fits a 390 px screen and its text stays about 12 px.
"""

from __future__ import annotations

import io
import itertools
import weakref
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib as mpl
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from .. import fmt, fsutil

GREYS = ("#4d4d4d", "#a6a6a6", "#e0e0e0")  # dark, middle, light
HATCHES = ("", "///", "...")
HIGHLIGHT = "#262626"
HIDDEN_LABEL = ":"  # the label of a hidden count (suppression.yml's symbol by default)
ROUND_STEPS = [1, 2, 5, 10]
PLAIN = "#8c8c8c"
PNG_DPI = 200
SIZE = (7.0, 3.8)
NARROW_WIDTH = 4.0  # inches: 384 px, the width of a phone's text column at full text size
NARROW_SUFFIX = "-smal"  # <name>-smal.svg, the chart for a narrow screen

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
    # Text in the PNG as wide as in the SVG (unhinted outlines): the PNG is drawn in the layout
    # computed for the SVG (render), which hinted text would overrun by up to a few pixels.
    "text.hinting": "no_hinting",
    "axes.formatter.use_locale": False,
}


@contextmanager
def house_style():
    """Apply the house rcParams for the duration of a block (drawing and saving)."""
    with mpl.rc_context(STYLE):
        yield


def round_ticks() -> MaxNLocator:
    """Whole-number ticks at steps of 1, 2 or 5 times a power of ten."""
    return MaxNLocator(integer=True, steps=ROUND_STEPS)


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
    series: Sequence[tuple[str, Sequence[int | None]]],
    *,
    xlabel: str,
    totals: Sequence[int | None] | None = None,
    hidden_label: str = HIDDEN_LABEL,
) -> Figure:
    """Horizontal bars per category (top to bottom in the given order), stacked by series, each
    series a grey shade with its own hatching, segments wide enough labelled with their count;
    the total printed at the end of each bar. Hidden segments (None) of a bar whose total is
    shown are drawn together as one white segment labelled with the hidden symbol."""
    n = len(categories)
    if totals is None:
        totals = [sum(vals[i] or 0 for _, vals in series) for i in range(n)]
    with house_style():
        fig = new_figure((7.0, 0.45 * n + 1.6))
        ax = fig.add_subplot()
        if not any(t for t in totals if t):
            _no_data(ax)
            return fig
        positions = list(range(n))[::-1]
        left = [0] * n
        top = max(t or 0 for t in totals)
        for k, (label, vals) in enumerate(series):
            widths = [v or 0 for v in vals]
            ax.barh(
                positions,
                widths,
                left=left,
                color=GREYS[k % len(GREYS)],
                hatch=HATCHES[k % len(HATCHES)],
                edgecolor="#333333",
                linewidth=0.5,
                label=label,
                height=0.65,
            )
            for pos, x0, w in zip(positions, left, widths, strict=True):
                # One series: the segment is the bar, whose total is printed at its end.
                if len(series) > 1 and w >= top * 0.08:
                    ax.text(
                        x0 + w / 2,
                        pos,
                        fmt.integer(w),
                        ha="center",
                        va="center",
                        fontsize=8,
                        color="white" if k == 0 else "black",
                        bbox=None if k == 0 else {"fc": "white", "ec": "none", "pad": 0.6},
                    )
            left = [a + b for a, b in zip(left, widths, strict=True)]
        rest = [(t - x) if t is not None else 0 for t, x in zip(totals, left, strict=True)]
        if any(rest):
            ax.barh(
                positions,
                rest,
                left=left,
                color="white",
                edgecolor="#333333",
                linewidth=0.5,
                height=0.65,
                label=f"Skjult ({hidden_label})",
            )
        for pos, total in zip(positions, totals, strict=True):
            text = hidden_label if total is None else fmt.integer(total)
            ax.text(total or 0, pos, " " + text, va="center", ha="left", fontsize=9)
        ax.set_yticks(positions, list(categories))
        ax.grid(axis="y", visible=False)
        ax.set_xlabel(xlabel)
        ax.xaxis.set_major_locator(round_ticks())
        ax.xaxis.set_major_formatter(fmt.mpl_number())
        ax.set_xlim(0, max(top, 1) * 1.12)
        entries = len(series) + bool(any(rest))
        fig.legend(loc="outside lower center", ncols=entries if entries <= 3 else 2, fontsize=9)
        _NARROW[fig] = _one_column_legend
    return fig


def _one_column_legend(fig: Figure) -> None:
    for legend in list(fig.legends):
        handles, labels = legend.legend_handles, [t.get_text() for t in legend.texts]
        legend.remove()
        fig.legend(handles, labels, loc="outside lower center", ncols=1, fontsize=9)


def _slanted_years(fig: Figure) -> None:
    for ax in fig.axes:
        ax.tick_params(axis="x", labelrotation=45)


def year_bars(
    years: Sequence[int],
    counts: Sequence[int | None],
    *,
    highlight: int,
    ylabel: str,
    hidden_label: str = HIDDEN_LABEL,
) -> Figure:
    """Bars per year, oldest to newest, the report year dark, each bar labelled with its count
    (a hidden count: no bar, the hidden symbol)."""
    with house_style():
        fig = new_figure()
        ax = fig.add_subplot()
        if not len(years):
            _no_data(ax)
            return fig
        colors = [HIGHLIGHT if y == highlight else PLAIN for y in years]
        heights = [n or 0 for n in counts]
        ax.bar(list(years), heights, color=colors, width=0.7)
        for y, n in zip(years, counts, strict=True):
            text = hidden_label if n is None else fmt.integer(n)
            ax.text(y, n or 0, text, ha="center", va="bottom", fontsize=8)
        ax.set_xticks(list(years), [str(y) for y in years])
        if len(years) > 16:
            ax.tick_params(axis="x", labelrotation=45)
        if len(years) > 6:
            _NARROW[fig] = _slanted_years
        ax.grid(axis="x", visible=False)
        ax.set_ylabel(ylabel)
        ax.yaxis.set_major_locator(round_ticks())
        ax.yaxis.set_major_formatter(fmt.mpl_number())
        ax.set_ylim(0, max(max(heights), 1) * 1.12)
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


def merge_small_bins(edges: list[float], counts: list[int], min_count: int, keep: float):
    """Join each bin with 1 .. min_count-1 cases to a neighbour (the right one unless that
    crosses the edge `keep`, the deadline) until none is left; (edges, counts)."""
    edges, counts = list(edges), list(counts)
    while True:
        small = [i for i, n in enumerate(counts) if 0 < n < min_count]
        if not small or len(counts) == 1:
            return edges, counts
        i = small[0]
        if i + 1 < len(counts) and edges[i + 1] != keep:
            j = i + 1
        elif i > 0 and edges[i] != keep:
            j = i - 1
        else:  # both neighbours lie across the deadline: cross it rather than show the bin
            j = i + 1 if i + 1 < len(counts) else i - 1
        lo, hi = min(i, j), max(i, j)
        counts[lo : hi + 1] = [counts[lo] + counts[hi]]
        del edges[hi]


HISTOGRAM_BIN_DAYS = 7  # the histogram's bars: groups of this many days (and its alt text)


def histogram(
    days: Sequence[int],
    *,
    deadline: int,
    bin_width: int = HISTOGRAM_BIN_DAYS,
    min_count: int | None = None,
    withheld: str | None = None,
) -> Figure:
    """Distribution of handling days in bins of `bin_width` days, the deadline marked. With
    `min_count` (the public edition) no bin shows 1 .. min_count-1 cases: such bins are joined
    to a neighbour. With `withheld` (the public edition, too few cases) no bars: that text."""
    import numpy as np

    with house_style():
        fig = new_figure()
        ax = fig.add_subplot()
        if withheld:
            _no_data(ax, withheld)
            return fig
        if not len(days):
            _no_data(ax, "Ingen avsluttede saker")
            return fig
        edges = bin_edges(max(days), deadline, bin_width)
        counts = [int(n) for n in np.histogram(list(days), bins=edges)[0]]
        if min_count:
            edges, counts = merge_small_bins(edges, counts, min_count, deadline + 0.5)
        widths = [b - a for a, b in itertools.pairwise(edges)]
        ax.bar(
            edges[:-1],
            counts,
            width=widths,
            align="edge",
            color=PLAIN,
            edgecolor="white",
            linewidth=0.6,
        )
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
        ax.xaxis.set_major_locator(MaxNLocator(steps=[1, 2, 5, 7, 10], integer=True))
        ax.xaxis.set_major_formatter(fmt.mpl_number())
        ax.yaxis.set_major_locator(round_ticks())
        ax.yaxis.set_major_formatter(fmt.mpl_number())
        ax.set_xlim(edges[0], edges[-1])
        ax.set_ylim(0, max(max(counts), 1) * 1.08)
        ax.grid(axis="x", visible=False)
    return fig


_RENDERED: weakref.WeakKeyDictionary[Figure, dict[str, bytes]] = weakref.WeakKeyDictionary()
# What a chart changes when drawn for a narrow screen (besides its width), by chart function.
_NARROW: weakref.WeakKeyDictionary[Figure, object] = weakref.WeakKeyDictionary()
KINDS = ("svg", "png", "svg-smal")


def render(fig: Figure, kind: str) -> bytes:
    """The figure as 'svg' (reproducible bytes), 'png' (200 dpi) or 'svg-smal' (SVG drawn
    NARROW_WIDTH inches wide, for a phone).

    Each figure is drawn once per kind: a notebook shows the SVG and then saves it, and a second
    draw costs time (and, with the constrained layout, can move a label by a rounding step), so
    the bytes of the first draw are kept with the figure. The layout is computed twice, once per
    size: by the SVG's draw, which the PNG (the same size) reuses as it stands, and by the narrow
    drawing, made last (it changes the figure). A figure is finished once rendered.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown figure kind {kind!r}")
    done = _RENDERED.setdefault(fig, {})
    if kind in ("png", "svg-smal"):
        render(fig, "svg")  # lays the figure out
    if kind == "svg-smal":
        render(fig, "png")
    if kind not in done:
        buf = io.BytesIO()
        with house_style():
            if kind == "svg":
                fig.savefig(buf, format="svg", metadata={"Date": None})
            elif kind == "png":
                _png_as_laid_out(fig, buf)
            else:
                width, height = fig.get_size_inches()
                fig.set_size_inches(min(width, NARROW_WIDTH), height)
                adapt = _NARROW.get(fig)
                if adapt is not None:
                    adapt(fig)
                fig.savefig(buf, format="svg", metadata={"Date": None})
        done[kind] = buf.getvalue()
    return done[kind]


def _png_as_laid_out(fig: Figure, buf: io.BytesIO) -> None:
    """The PNG at PNG_DPI in the layout the SVG's draw left: `savefig` would lay the figure out
    again (a draw without output, then the constrained layout's solver) for the same size, which
    cost a third of the PNG's time. The Agg canvas draws the figure once, with the layout engine
    held (a placeholder, as `savefig` holds it for its own final draw)."""
    engine, dpi = fig.get_layout_engine(), fig.dpi
    fig.set_layout_engine("none")
    fig.set_dpi(PNG_DPI)
    canvas = fig.canvas if isinstance(fig.canvas, FigureCanvasAgg) else FigureCanvasAgg(fig)
    try:
        canvas.print_png(buf, metadata={"Software": None})
    finally:
        fig.set_dpi(dpi)
        fig.set_layout_engine(engine)


def save(fig: Figure, outdir: Path, name: str) -> list[Path]:
    """Write `<outdir>/<name>.svg`, `.png` and `<name>-smal.svg`; returns the paths written."""
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for kind, file in (
        ("svg", f"{name}.svg"),
        ("png", f"{name}.png"),
        ("svg-smal", f"{name}{NARROW_SUFFIX}.svg"),
    ):
        written.append(fsutil.write_bytes(outdir / file, render(fig, kind)))
    return written
