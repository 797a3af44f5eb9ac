import re

import matplotlib as mpl
import pytest

from klagerapport.publish import figures

NB = "\u00a0"


def _bars():
    return figures.stacked_bars(
        ["Adferd", "Maktmisbruk"],
        [("Uten", [62, 10]), ("Etnisk", [10, 2]), ("Annen", [3, 0])],
        xlabel="Antall klagesaker",
    )


def _years():
    return figures.year_bars(
        [2017, 2018, 2019], [1176, 1174, 1211], highlight=2019, ylabel="Antall"
    )


def _hist():
    return figures.histogram([0, 3, 10, 28, 29, 40], deadline=28)


MAKERS = [_bars, _years, _hist]


def test_house_style_is_applied_only_inside_the_block():
    before = mpl.rcParams["axes.spines.top"]
    with figures.house_style():
        assert mpl.rcParams["axes.spines.top"] is False
        assert mpl.rcParams["font.sans-serif"][0] == "DejaVu Sans"
    assert mpl.rcParams["axes.spines.top"] == before


@pytest.mark.parametrize("make", MAKERS)
def test_charts_have_no_top_or_right_spine(make):
    ax = make().axes[0]
    assert not ax.spines["top"].get_visible()
    assert not ax.spines["right"].get_visible()


@pytest.mark.parametrize("make", MAKERS)
def test_svg_is_byte_reproducible(make):
    assert figures.render(make(), "svg") == figures.render(make(), "svg")


def test_png_is_200_dpi():
    import io

    from PIL import Image

    image = Image.open(io.BytesIO(figures.render(_years(), "png")))
    dpi = image.info["dpi"]
    assert round(dpi[0]) == 200


def test_stacked_bars_use_a_different_hatch_and_grey_per_series():
    ax = _bars().axes[0]
    styles = {(p.get_hatch(), p.get_facecolor()) for p in ax.patches}
    assert len(styles) == 3
    labels = [t.get_text() for t in ax.texts]
    assert labels[-2:] == [" 75", " 12"]  # totals printed at the bar ends
    assert "62" in labels  # a wide segment carries its count


def test_a_single_series_bar_prints_its_count_once_at_the_end():
    fig = figures.stacked_bars(["Oslo", "Agder"], [("Mottatt", [213, 90])], xlabel="Antall")
    assert [t.get_text() for t in fig.axes[0].texts] == [" 213", " 90"]


def test_no_title_inside_the_image_and_round_ticks():
    for make in MAKERS:
        fig = make()
        fig.canvas.draw()
        ax = fig.axes[0]
        assert ax.get_title() == ""
        values = ax.get_xticks() if make is _bars else ax.get_yticks()
        ticks = [t for t in values if t > 0]
        step = ticks[1] - ticks[0]
        assert step / 10 ** int(f"{step:e}".split("e")[1]) in (1, 2, 5), step


def test_hidden_counts_have_no_bar_and_show_the_symbol():
    ax = figures.year_bars([2018, 2019], [None, 7], highlight=2019, ylabel="Y").axes[0]
    assert [t.get_text() for t in ax.texts] == [":", "7"]
    assert [p.get_height() for p in ax.patches] == [0, 7]
    fig = figures.stacked_bars(
        ["A", "B"], [("x", [10, None]), ("y", [None, 5])], totals=[12, None], xlabel="X"
    )
    labels = [t.get_text() for t in fig.axes[0].texts]
    assert " :" in labels and " 12" in labels
    assert not any(t.strip() in ("1", "2") for t in labels)


def test_public_histogram_has_no_bin_of_one_or_two():
    edges, counts = figures.merge_small_bins(
        [0, 7, 14, 21, 28.5, 35, 42], [5, 1, 4, 2, 1, 3], 3, 28.5
    )
    assert not any(0 < n < 3 for n in counts)
    assert sum(counts) == 16 and len(edges) == len(counts) + 1
    assert 28.5 in edges  # the deadline edge is kept while it can be
    days = [0, 1, 2, 3, 9, 20, 27, 29, 30, 31, 60]
    ax = figures.histogram(days, deadline=28, min_count=3).axes[0]
    heights = [p.get_height() for p in ax.patches]
    assert sum(heights) == len(days)
    assert not any(0 < h < 3 for h in heights)


def test_tick_labels_are_norwegian():
    fig = _years()
    fig.canvas.draw()
    ax = fig.axes[0]
    ticks = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
    assert any(NB in t for t in ticks), ticks
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2017", "2018", "2019"]
    bar_labels = [t.get_text() for t in ax.texts]
    assert bar_labels == [f"1{NB}176", f"1{NB}174", f"1{NB}211"]


def test_report_year_is_highlighted():
    ax = _years().axes[0]
    colors = [p.get_facecolor() for p in ax.patches]
    assert colors[0] == colors[1] != colors[2]


def test_histogram_bins_put_the_deadline_day_left_of_the_line():
    edges = figures.bin_edges(40, 28, 7)
    assert 28.5 in edges
    assert edges[0] == -0.5
    assert edges[-1] > 40 > edges[-2]
    ax = _hist().axes[0]
    counts = [p.get_height() for p in ax.patches]
    assert sum(counts) == 6
    assert ax.lines[0].get_xdata()[0] == 28.5


@pytest.mark.parametrize(
    "make",
    [
        lambda: figures.stacked_bars(["A"], [("x", [0])], xlabel="X"),
        lambda: figures.year_bars([], [], highlight=2019, ylabel="Y"),
        lambda: figures.histogram([], deadline=28),
    ],
)
def test_charts_without_data_say_so(make):
    fig = make()
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert any(t.startswith("Ingen") for t in texts)
    assert figures.render(fig, "svg")


def test_save_writes_svg_png_and_the_narrow_svg(tmp_path):
    written = figures.save(_hist(), tmp_path / "figures", "saksbehandlingstid")
    assert [p.name for p in written] == [
        "saksbehandlingstid.svg",
        "saksbehandlingstid.png",
        "saksbehandlingstid-smal.svg",
    ]
    assert written[0].read_bytes().lstrip().startswith(b"<?xml")
    assert written[1].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert sorted(p.name for p in (tmp_path / "figures").iterdir()) == sorted(
        p.name for p in written
    )


def _svg_width_pt(svg: bytes) -> float:
    return float(re.search(rb'<svg[^>]* width="([\d.]+)pt"', svg).group(1))


def test_the_narrow_chart_is_narrow_with_text_at_full_size():
    fig = figures.stacked_bars(
        ["Adferd", "Saksbehandling/service"],
        [("Uten", [3, 4]), ("Etnisk", [1, 2]), ("Annen", [1, 0])],
        xlabel="Antall",
    )
    wide, narrow = figures.render(fig, "svg"), figures.render(fig, "svg-smal")
    assert _svg_width_pt(wide) == 7.0 * 72 and _svg_width_pt(narrow) == figures.NARROW_WIDTH * 72
    assert figures.render(fig, "svg") == wide  # the wide drawing is kept, not redrawn narrow
    # the legend fits the narrow width: one entry per row
    assert fig.legends[0]._ncols == 1
    years = figures.year_bars(list(range(2007, 2020)), [1] * 13, highlight=2019, ylabel="A")
    figures.render(years, "svg-smal")
    assert {t.get_rotation() for t in years.axes[0].get_xticklabels()} == {45.0}


def test_a_figure_is_drawn_once_per_kind(monkeypatch):
    fig = figures.year_bars([2018, 2019], [3, 4], highlight=2019, ylabel="Antall")
    draws = []
    real = type(fig).savefig
    monkeypatch.setattr(
        type(fig), "savefig", lambda self, *a, **k: (draws.append(k), real(self, *a, **k))[1]
    )
    first = figures.render(fig, "svg")
    assert figures.render(fig, "svg") == first
    png = figures.render(fig, "png")
    assert figures.render(fig, "png") == png
    assert [d.get("format") for d in draws] == ["svg"]  # the PNG is drawn on the Agg canvas


def test_the_png_reuses_the_svg_layout_and_the_narrow_chart_has_its_own(monkeypatch):
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    widths = []
    real = ConstrainedLayoutEngine.execute
    monkeypatch.setattr(
        ConstrainedLayoutEngine,
        "execute",
        lambda self, fig: (widths.append(fig.get_size_inches()[0]), real(self, fig))[1],
    )
    fig = _bars()
    dpi = fig.dpi
    figures.render(fig, "svg")
    wide = [list(ax.get_position().bounds) for ax in fig.axes]
    assert widths == [7.0]
    figures.render(fig, "png")
    assert widths == [7.0]  # not laid out again for the same size
    assert [list(ax.get_position().bounds) for ax in fig.axes] == wide
    assert fig.dpi == dpi and isinstance(fig.get_layout_engine(), ConstrainedLayoutEngine)
    figures.render(fig, "svg-smal")
    assert widths == [7.0, figures.NARROW_WIDTH]  # a new size is laid out anew


@pytest.mark.parametrize("make", MAKERS)
def test_png_is_byte_reproducible_whole_and_the_same_whichever_kind_comes_first(make):
    import io

    from PIL import Image

    after_svg = make()
    figures.render(after_svg, "svg")
    png = figures.render(after_svg, "png")
    assert figures.render(make(), "png") == png
    image = Image.open(io.BytesIO(png))
    width, height = after_svg.get_size_inches()
    assert image.size == (round(width * figures.PNG_DPI), round(height * figures.PNG_DPI))


def test_the_pngs_text_keeps_the_margin_of_the_layout_it_reuses():
    """The PNG is drawn in the layout computed for the SVG: its text must be as wide as the
    SVG's (unhinted), or a long label overruns the layout's margin towards the edge."""
    import io

    import numpy as np
    from PIL import Image

    fig = figures.stacked_bars(
        ["Adferd", "Manglende oppgivelse av ID", "Saksbehandling/service"],
        [("Uten", [62, 0, 90]), ("Etnisk", [10, 0, 3]), ("Annen", [3, 0, 0])],
        xlabel="Antall klagesaker",
    )
    ink = np.asarray(Image.open(io.BytesIO(figures.render(fig, "png"))).convert("L")) < 250
    left = int(np.argmax(ink.any(axis=0)))  # the first column with ink: the long label
    pad = fig.get_layout_engine().get()["w_pad"]  # inches between the figure's edge and the text
    assert left >= pad * figures.PNG_DPI - 1
