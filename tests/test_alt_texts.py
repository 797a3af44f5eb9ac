"""Every chart's alt text against the chart itself: each claim the text makes (the counts, their
order, the largest and smallest, the unit and width of a histogram's bars, the deadline) is
derived again from the drawn figure's bars, ticks and labels, never from the numbers the text
was made from. Both editions of Oslo 2019 (the synthetic sample) and the national comparison."""

from __future__ import annotations

import importlib
import re
from collections import Counter

import pytest
from test_comparison import two_districts

from klagerapport import fmt, paths
from klagerapport.ingest import validate
from klagerapport.sections import registry

YEAR, DISTRICT = 2019, "Oslo"
comparison = importlib.import_module("klagerapport.sections.comparison")


@pytest.fixture(scope="module")
def cases():
    return validate.load_validated(paths.SAMPLE_DIR, year=YEAR, district=DISTRICT).cases


@pytest.fixture(scope="module", params=["intern", "offentlig"])
def charts(request, cases) -> dict:
    functions = registry.functions()
    out = {}
    for name in ("grounds", "handling_time", "development"):
        result = functions[name](cases, year=YEAR, district=DISTRICT, utgave=request.param)
        out.update(result.charts)
    return out


def _number(text: str) -> int | None:
    text = text.strip()
    return None if text == ":" else int(text.replace("\u00a0", "").replace(" ", ""))


def horizontal_bars(fig) -> list[tuple[str, str]]:
    """(label, printed total) of a horizontal bar chart, top to bottom, as drawn."""
    ax = fig.axes[0]
    labels = {round(t.get_position()[1]): t.get_text() for t in ax.get_yticklabels()}
    totals = {
        round(t.get_position()[1]): t.get_text().strip()
        for t in ax.texts
        if t.get_text().startswith(" ")
    }
    return [(labels[y], totals[y]) for y in sorted(labels, reverse=True)]


def year_bars(fig) -> list[tuple[int, str]]:
    """(year, printed count) of a bar chart per year, left to right, as drawn."""
    ax = fig.axes[0]
    printed = {round(t.get_position()[0]): t.get_text() for t in ax.texts}
    years = [int(t.get_text()) for t in ax.get_xticklabels()]
    return [(y, printed[y]) for y in years]


def test_the_ground_chart_is_described_as_drawn(charts):
    chart = charts["grunnlag"]
    bars = horizontal_bars(chart.figure)
    listed = ", ".join(f"{label} {total}" for label, total in bars)
    assert f"ovenfra og ned: {listed}." in chart.alt  # the bars' order, top to bottom
    counts = [_number(total) for _, total in bars]
    most = re.search(r"Flest gjelder (.+?) \((\S+?)(?: hver)?\)\.", chart.alt)
    tied = [b for b, n in zip(bars, counts, strict=True) if None not in counts and n == max(counts)]
    if None in counts or len(tied) == len(bars) > 1:
        assert most is None  # no largest claimed where the chart cannot show one
    else:  # the largest, or every bar of a tie for it
        assert most and most.groups() == (fmt.listing(b[0] for b in tied), tied[0][1])
    stated = re.search(r"over (\S+) mottatte klagesaker", chart.alt).group(1)
    if None not in counts:
        assert _number(stated) == sum(counts)


def test_the_histogram_is_described_in_days_with_its_bar_width(charts):
    chart = charts["saksbehandlingstid"]
    ax = chart.figure.axes[0]
    assert "(dager)" in ax.get_xlabel()
    assert "uke" not in chart.alt  # the chart is in days, its bars are not weeks
    widths = Counter(round(p.get_width()) for p in ax.patches)
    width = widths.most_common(1)[0][0]
    assert f"i grupper på {fmt.integer(width)} dager" in chart.alt
    heights = sum(round(p.get_height()) for p in ax.patches)
    stated = re.search(r"for (\S+) avsluttede", chart.alt)
    if stated:  # an edition that hides the count says nothing about it
        assert _number(stated.group(1)) == heights
    (line,) = ax.get_lines()
    deadline = line.get_xdata()[0] - 0.5
    assert f"fristen på {fmt.integer(round(deadline))} dager" in chart.alt


@pytest.mark.parametrize("name", ["utvikling", "etnisk-utvikling"])
def test_a_yearly_chart_is_described_as_drawn(charts, name):
    chart = charts[name]
    bars = year_bars(chart.figure)
    assert f"fra {bars[0][0]} til {bars[-1][0]}." in chart.alt
    listed = ", ".join(f"{y}: {n}" for y, n in bars)
    assert f"Alle år: {listed}." in chart.alt
    counts = {y: _number(n) for y, n in bars}
    claim = re.search(r"Høyest i (.+?) med (\S+), lavest i (.+?) med (\S+)\.", chart.alt)
    if None in counts.values():
        assert claim is None  # with a hidden year the extremes are unknown
        return
    high, high_n, low, low_n = claim.groups()
    top, bottom = max(counts.values()), min(counts.values())
    assert high == fmt.listing(y for y, n in counts.items() if n == top)  # every tied year
    assert low == fmt.listing(y for y, n in counts.items() if n == bottom)
    assert top == _number(high_n) and bottom == _number(low_n)


def test_the_comparison_lists_the_districts_in_the_order_of_its_bars():
    result = comparison.comparison(two_districts(), year=YEAR, district="Norge")
    chart = result.charts[comparison.CHART]
    bars = horizontal_bars(chart.figure)
    listed = ", ".join(f"{label} {total}" for label, total in bars)
    assert f"fra flest til færrest: {listed}." in chart.alt
    counts = [_number(total) for _, total in bars]
    assert counts == sorted(counts, reverse=True)  # the bars do go from most to fewest
