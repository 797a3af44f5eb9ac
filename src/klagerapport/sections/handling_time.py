"""Section 4: handling days (mean, median, share within the deadline), this year and last."""

from __future__ import annotations

import pandas as pd

from .. import fmt, settings
from ..errors import KlagerapportError
from ..publish import captions as C
from ..publish import figures, text
from ..publish import suppression as S
from ..publish import utgave as U
from ..publish import values as V
from ..publish.result import SectionResult
from ..publish.tables import Chart, Table
from ..publish.values import Value
from ..stats import measures
from ..stats import populations as P
from . import common

TABLE = "saksbehandlingstid"  # the handling-time table and its chart


def _deadline(option) -> int:
    """The answer deadline in days: the option if given, else settings.yml; a positive whole."""
    value = settings.rules()["answer_deadline_days"] if option in (None, "") else option
    try:
        days = int(str(value).strip())
    except ValueError:
        days = 0
    if days <= 0:
        raise KlagerapportError(f"svarfristen må være et positivt antall dager, ikke «{value}»")
    return days


def handling_time(cases: pd.DataFrame, *, year: int, district: str, **options) -> SectionResult:
    """Mean and median handling days, share within the deadline, this year and last; histogram.

    Option `deadline_days` overrides the rules' deadline (settings.yml answer_deadline_days).
    """
    cases = common.start(cases, district)
    deadline = _deadline(options.get("deadline_days"))
    days = measures.handling_days(cases, year)
    now = measures.handling_summary(days, deadline)
    has_prev = P.coverage(cases, district, year).covers(year - 1)  # national: every district
    prev_days = (
        measures.handling_days(cases, year - 1) if has_prev else pd.Series([], dtype="int64")
    )
    prev = measures.handling_summary(prev_days, deadline)

    mean, mean_prev = common.rounded(now["mean"], 1), common.rounded(prev["mean"], 1)
    vals = {
        "handling_days.mean": V.decimal(mean),
        "handling_days.mean_minus1": V.decimal(mean_prev),
        "handling_days.change_word": V.word(text.change_word(mean, mean_prev)),
        "handling_days.change_sentence": V.word(
            text.handling_change_sentence(year, mean, mean_prev)
        ),
        "handling_days.median": common.days_value(now["median"]),
        "handling_days.median_minus1": common.days_value(prev["median"]),
        "handling_days.deadline": V.count(deadline),
        "handling_days.within_deadline": V.share(now["within"]),
        "handling_days.within_deadline_minus1": V.share(prev["within"]),
        "handling_days.n": V.count(now["n"]),
        "handling_days.n_minus1": V.count(prev["n"] if has_prev else None),
    }

    def column(s: dict, present: bool) -> list[Value]:
        if not present:
            return [V.MISSING] * 4
        share = common.rounded(s["within"], 4)
        within = V.MISSING if share is None else Value(share, fmt.percent(s["within"]))
        return [
            V.decimal(common.rounded(s["mean"], 1)),
            common.days_value(s["median"]),
            within,
            V.count(s["n"]),
        ]

    labels = C.handling_row_labels(V.count(deadline))
    before, current = column(prev, has_prev), column(now, True)
    rows = [[label, before[i], current[i]] for i, label in enumerate(labels)]
    caption = C.handling_caption(district, year)
    result = SectionResult(
        "handling_time", values=vals, populations=common.populations(cases, year)
    )
    result.check(
        "saker med saksbehandlingstid = mottatt og avsluttet",
        P.received_count(cases, year) - P.open_count(cases, year),
        now["n"],
    )
    result.tables[TABLE] = Table(
        TABLE,
        caption,
        [C.HANDLING_HEADER, str(year - 1), str(year)],
        rows,
        layout=U.Layout(whole_column_by=len(labels) - 1),  # a small n hides its column
    )
    result = U.publish(result, options.get("utgave"), district=district)
    public = result.utgave == settings.OFFENTLIG
    rule = S.rule()
    published = result.values

    fig_caption = C.handling_chart_caption(district, year)
    fig = figures.histogram(
        days.tolist(), deadline=deadline, min_count=rule.min_count if public else None
    )
    alt = C.handling_alt(
        year,
        n=published["handling_days.n"],
        deadline=published["handling_days.deadline"],
        mean=published["handling_days.mean"],
        median=published["handling_days.median"],
        within=published["handling_days.within_deadline"],
        merged_below=rule.min_count if public else None,
    )
    result.charts[TABLE] = Chart(fig, fig_caption, alt)
    return result
