"""Section 1: received and decided totals, open cases, change from last year, rank, and the
date the last case was decided (the internal edition only: one case's date)."""

from __future__ import annotations

import pandas as pd

from .. import settings
from ..publish import captions as C
from ..publish import text
from ..publish import utgave as U
from ..publish import values as V
from ..publish.result import SectionResult
from ..publish.values import Value
from ..stats import measures
from ..stats import populations as P
from . import common

YEARS_BACK = 12  # year.minus1 … year.minus12


def received(cases: pd.DataFrame, *, year: int, district: str, **options) -> SectionResult:
    """Received and decided totals, open cases, change from last year, rank, all-decided date."""
    public = settings.utgave(options.get("utgave")) == settings.OFFENTLIG
    cases = common.start(cases, district, options)
    missing = common.missing(cases, district, year)
    vals: dict[str, Value] = {
        # national: "Hele landet …", saying which police districts the data lacks, if any
        "district": Value(district, text.district_heading(district, missing)),
        # the PDF's running header: "Oslo", "Norge", "Norge, delvis (10 av 12)"
        "district_short": V.word(text.district_header(district, missing)),
        # page 1's owner: "Oslo politidistrikt", "alle politidistrikter", or for a partial
        # national report "hele landet, delvis (2 av 12 politidistrikter)"
        "owner": V.word(text.district_name(district, missing)),
        "year.current": V.year(year),
    }
    for k in range(1, YEARS_BACK + 1):
        vals[f"year.minus{k}"] = V.year(year - k)
    vals["year.next"] = V.year(year + 1)

    covered = P.coverage(cases, district, year)  # national: only years every district covers
    total = P.received_count(cases, year)
    prev = P.received_count(cases, year - 1) if covered.covers(year - 1) else None
    vals["received.total"] = V.count(total)
    vals["received.minus1"] = V.count(prev)
    vals["received.change"] = V.share(measures.change(total, prev))
    vals["received.change_word"] = V.word(text.change_word(total, prev))
    vals["received.open"] = V.count(P.open_count(cases, year))
    last = P.all_decided_by(cases, year)
    still_open = P.open_count(cases, year)
    if public:
        # one case's date, and the rounded cases' last is often not the true last: withheld,
        # the sentence from the rounded counts only (docs/suppression.md, "Dates")
        vals["received.all_decided_by"] = V.MISSING
        sentence = text.public_decided_sentence(year, total, still_open)
    elif last is None and total and still_open:
        vals["received.all_decided_by"] = Value(None, C.STILL_OPEN_TEXT)
        sentence = text.all_decided_sentence(year, still_open, last)
    else:
        vals["received.all_decided_by"] = V.date(last)
        sentence = text.all_decided_sentence(year, still_open, last)
    vals["received.all_decided_sentence"] = V.word(sentence)

    series = P.decided_per_year(cases, year, covered=covered)
    dec = P.decided_count(cases, year)
    dec_prev = int(series.loc[year - 1]) if (year - 1) in series.index else None
    vals["decided.total"] = V.count(dec)
    vals["decided.minus1"] = V.count(dec_prev)
    vals["decided.change"] = V.share(measures.change(dec, dec_prev))
    vals["decided.change_word"] = V.word(text.change_word(dec, dec_prev))
    vals["decided.rank_word"] = V.word(text.rank_word(series, year))
    vals["decided.first_year"] = V.year(int(series.index[0]) if len(series) else None)
    result = SectionResult("received", values=vals, populations=common.populations(cases, year))
    closed = len(measures.handling_days(cases, year))
    result.check(
        "under behandling + avsluttet = mottatt", total, P.open_count(cases, year) + closed
    )
    in_series = int(series.loc[year]) if year in series.index else 0
    if year in series.index or not covered.lacking:  # no national series: nothing to check
        result.check(f"serien over avsluttede, {year} = avsluttet i {year}", dec, in_series)
    return U.publish(result, options.get("utgave"), district=district)
