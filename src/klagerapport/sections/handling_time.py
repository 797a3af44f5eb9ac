"""Section 4: handling days (mean, median, share within the deadline), this year and last."""

from __future__ import annotations

import pandas as pd

from .. import fmt, paths, settings, userfiles
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
# Each printed n and the statistics over its cases, which the public edition prints as «–»
# when that n is 1 .. min_n_handling-1 (publish/suppression.py, docs/suppression.md).
STATISTICS = {
    "handling_days.n": (
        "handling_days.mean",
        "handling_days.median",
        "handling_days.within_deadline",
    ),
    "handling_days.n_minus1": (
        "handling_days.mean_minus1",
        "handling_days.median_minus1",
        "handling_days.within_deadline_minus1",
    ),
}


def printed_figures(district: str, year: int, recorded: dict | None = None) -> dict:
    """The handling-time figures for `year` as that year's own final report printed them:
    `recorded` (the build's record of that report, pipeline/printed.py: mean, median,
    within_deadline, n), else the mean kept in data/reference/published/<district>-<year>.yml
    (`mean_handling_days`), else {}."""
    if recorded:
        return dict(recorded)
    path = paths.published_reference(district, year)
    if not path.is_file():
        return {}
    published = userfiles.load_yaml(path) or {}
    value = (published.get("mean_handling_days") or {}).get(year)
    return {} if value is None else {"mean": float(value)}


def revised(printed: dict, now: dict, days_text) -> list[tuple[str, str, str]]:
    """(the figure, as printed then, as now) for each printed figure that now reads otherwise
    (`now`: the same figures of the year computed today; compared as the report prints them)."""
    shown = {
        "mean": lambda v: fmt.decimal(v),
        "median": days_text,
        "within_deadline": lambda v: fmt.percent(v),
        "n": lambda v: fmt.integer(int(v)),
    }
    out = []
    for field, show in shown.items():
        then, today = printed.get(field), now.get(field)
        if then is None or today is None:
            continue
        if show(then) != show(today):
            out.append((field, show(then), show(today)))
    return out


def withheld(values: dict[str, Value], rule: S.Rule) -> set[str]:
    """The printed n keys (of `STATISTICS`) whose statistics the public edition withholds:
    decided by the printed n alone, never the true one (which would itself be told)."""
    return {n for n in STATISTICS if rule.hides_handling(values[n].raw)}


def small_n(values: dict[str, Value], year: int, rule: S.Rule) -> dict[str, Value]:
    """The handling-time values as the public edition prints them: a column's mean, median
    and share within the deadline «–» when its printed n is below `rule.min_n_handling`, and
    the change word and sentence saying nothing about a withheld mean. Used by this section
    and by each district's row of the national comparison."""
    hidden = withheld(values, rule)
    if not hidden:
        return values
    out = dict(values)
    for n in hidden:
        for key in STATISTICS[n]:
            out[key] = V.MISSING
    out["handling_days.change_word"] = V.MISSING
    out["handling_days.change_sentence"] = V.word(
        C.handling_withheld_sentence(
            year,
            rule.min_n_handling,
            now="handling_days.n" in hidden,
            before="handling_days.n_minus1" in hidden,
            mean_prev=out["handling_days.mean_minus1"],
        )
    )
    return out


def handling_time(cases: pd.DataFrame, *, year: int, district: str, **options) -> SectionResult:
    """Mean and median handling days, share within the deadline, this year and last; histogram.

    Both years are taken on one basis: the cases received in the year as known the same number
    of days after the year's end (settings.yml `handling_basis_days`, or fewer when the data
    ends sooner; option `known_on`, the data's last date, is given by the national comparison
    so that each district's row is its own report's). A case answered later counts as open.

    Option `deadline_days` overrides the rules' deadline (settings.yml answer_deadline_days).
    """
    known = options.get("known_on") or measures.known_on(cases)  # the whole export's
    cases = common.start(cases, district, options)
    deadline = common.deadline(options.get("deadline_days"))
    basis = measures.basis_days(year, known, settings.handling_basis_days())
    now_as_of, prev_as_of = measures.as_of(year, basis), measures.as_of(year - 1, basis)
    days = measures.handling_days(cases, year, now_as_of)
    now = measures.handling_summary(days, deadline)
    has_prev = P.coverage(cases, district, year).covers(year - 1)  # national: every district
    prev_days = (
        measures.handling_days(cases, year - 1, prev_as_of)
        if has_prev
        else pd.Series([], dtype="int64")
    )
    prev = measures.handling_summary(prev_days, deadline)

    mean, mean_prev = common.rounded(now["mean"], 1), common.rounded(prev["mean"], 1)
    # last year's printed mean is the internal report's: the public edition, computed from the
    # rounded cases (publish/protection.py), neither prints it nor compares with it
    public = settings.utgave(options.get("utgave")) == settings.OFFENTLIG
    printed = (
        printed_figures(district, year - 1, options.get("printed_minus1"))
        if has_prev and not public
        else {}
    )
    later = {
        y: measures.answered_later(cases, y, at)
        for y, at in ((year - 1, prev_as_of), (year, now_as_of))
        if y == year or has_prev
    }
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
        "handling_days.basis_date": V.date(now_as_of.date()),
        "handling_days.printed_mean_minus1": V.decimal(printed.get("mean")),
    }
    rule = S.rule()
    hidden = withheld(vals, rule) if public else set()
    vals = small_n(vals, year, rule) if public else vals

    def column(s: dict, present: bool, shown: bool) -> list[Value]:
        if not present:
            return [V.MISSING] * 4
        if not shown:  # the public edition, too few cases: only n
            return [V.MISSING] * 3 + [V.count(s["n"])]
        share = common.rounded(s["within"], 4)
        within = V.MISSING if share is None else Value(share, fmt.percent(s["within"]))
        return [
            V.decimal(common.rounded(s["mean"], 1)),
            common.days_value(s["median"]),
            within,
            V.count(s["n"]),
        ]

    labels = C.handling_row_labels(V.count(deadline))
    before = column(prev, has_prev, "handling_days.n_minus1" not in hidden)
    current = column(now, True, "handling_days.n" not in hidden)
    rows = [[label, before[i], current[i]] for i, label in enumerate(labels)]
    missing = common.missing(cases, district, year)  # national: what the data covers
    caption = C.handling_caption(district, year, missing)
    result = SectionResult(
        "handling_time", values=vals, populations=common.populations(cases, year)
    )
    result.check(
        f"saker med saksbehandlingstid = mottatt og avsluttet innen {now_as_of.date()}",
        P.received_count(cases, year) - P.open_count(cases, year) - later[year],
        now["n"],
    )
    # The public edition names no count of cases (a 1 or 2 would give cases away) and no
    # revised figure (its column may be hidden): only that the figure was revised.
    public_edition = settings.utgave(options.get("utgave")) == settings.OFFENTLIG
    note = C.handling_basis_note(
        year,
        basis,
        now_as_of.date(),
        {} if public_edition else later,
        revised=revised(
            printed,
            {"mean": mean_prev, "median": prev["median"], "within_deadline": prev["within"],
             "n": prev["n"]},
            lambda v: common.days_value(v).text,
        ),
        numbers=not public_edition,
    )  # fmt: skip
    if hidden:
        note += "\n\n" + C.handling_withheld_note(rule.min_n_handling)
    result.tables[TABLE] = Table(
        TABLE,
        caption,
        [C.HANDLING_HEADER, str(year - 1), str(year)],
        rows,
        note=note,
        layout=U.Layout(whole_column_by=len(labels) - 1),  # a small n hides its column
    )
    result = U.publish(result, options.get("utgave"), district=district)
    public = result.utgave == settings.OFFENTLIG
    published = result.values

    fig_caption = C.handling_chart_caption(district, year, missing)
    bars = "handling_days.n" not in hidden
    fig = figures.histogram(
        days.tolist(),
        deadline=deadline,
        min_count=rule.min_count if public else None,
        withheld=None if bars else C.handling_withheld_chart(rule.min_n_handling),
    )
    alt = C.handling_alt(
        year,
        n=published["handling_days.n"],
        deadline=published["handling_days.deadline"],
        mean=published["handling_days.mean"],
        median=published["handling_days.median"],
        within=published["handling_days.within_deadline"],
        merged_below=rule.min_count if public else None,
        bin_days=figures.HISTOGRAM_BIN_DAYS,
    )
    if not bars:
        alt = C.handling_withheld_alt(year, rule.min_n_handling)
    result.charts[TABLE] = Chart(fig, fig_caption, alt)
    return result
