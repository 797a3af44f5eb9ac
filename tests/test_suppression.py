"""The public edition's rule (publish/suppression.py) and every section run in the public
edition on hand-made cases where nearly every count is 1 or 2 (publish/protection.py rounds
them; publish/utgave.py refuses a small count that reaches it)."""

from __future__ import annotations

import re

import pytest
from factories import case, frame, small_cases

from klagerapport import settings
from klagerapport.errors import KlagerapportError
from klagerapport.publish import contract
from klagerapport.publish import suppression as S
from klagerapport.publish import utgave as U
from klagerapport.publish import values as V
from klagerapport.publish.result import SectionResult
from klagerapport.publish.tables import Table
from klagerapport.sections import registry

SMALL = re.compile(r"(?<![\d,.])[12](?![\d,.])")


def test_the_default_rule_is_statistics_norways():
    rule = S.rule()
    assert (rule.min_count, rule.suppress_zero, rule.symbol) == (3, False, ":")
    assert [n for n in range(6) if rule.is_small(n)] == [1, 2]


def test_utgaver():
    assert settings.utgave(None) == "intern"
    assert settings.utgave("Offentlig") == "offentlig"
    with pytest.raises(KlagerapportError):
        settings.utgave("hemmelig")


def test_the_public_audit_trail_hides_small_counts():
    public = SectionResult("x", populations={"mottatt": 2, "alle": 40}, utgave=settings.OFFENTLIG)
    text = public.audit_markdown()
    assert "| mottatt | : |" in text and "| alle | 40 |" in text
    internal = SectionResult("x", populations={"mottatt": 2})
    assert "| mottatt | 2 |" in internal.audit_markdown()


def test_every_section_publishes_a_tiny_district_without_a_one_or_two():
    """Every section in the public edition prints no 1 or 2 in a table, an alt text or a
    count value, and every true 1 or 2 of the internal edition is printed as something else."""
    cases = frame(*small_cases())
    for name, function in registry.functions().items():
        if name == "comparison":
            continue
        result = function(cases, year=2019, district="Oslo", utgave=settings.OFFENTLIG)
        internal = function(cases, year=2019, district="Oslo")
        assert (result.utgave, internal.utgave) == (settings.OFFENTLIG, settings.INTERN)
        for table in result.tables.values():
            for row in table.text_rows():
                assert not {"1", "2"} & set(row[1:]), (name, row)
        for chart in result.charts.values():
            assert not SMALL.search(chart.alt), chart.alt
        for key, value in result.values.items():
            if not contract.counts_cases(key):
                continue
            assert value.raw not in (1, 2), key
            if internal.values[key].raw in (1, 2):
                assert value.raw != internal.values[key].raw, key


def test_a_year_with_one_handled_case_never_prints_its_handling_time():
    cases = frame(
        case("2018-03-01", "2018-03-20"),  # one case in 2018: its 19 days would be published
        *(case("2019-03-01", f"2019-03-{d:02d}") for d in (5, 9, 14, 20)),
    )
    result = registry.functions()["handling_time"](
        cases, year=2019, district="Oslo", utgave=settings.OFFENTLIG
    )
    n_before = result.values["handling_days.n_minus1"].raw
    # the one case is a cell of 1: rounded down (the year has no case: no data) or up to 3
    assert n_before in (None, 0, 3)
    if n_before != 3:
        assert result.values["handling_days.mean_minus1"].raw is None
        assert "19" not in result.values["handling_days.change_sentence"].text
    # 2019: four cases in three histogram bins (1, 2, 1 cases): rounded, never 1 or 2
    assert result.values["handling_days.n"].raw in (0, 3, 6)


def test_a_small_count_reaching_the_public_edition_is_an_error():
    """A section that skipped the protection cannot publish: the guard names the value."""
    result = SectionResult("x", values={"received.total": V.count(2)})
    with pytest.raises(KlagerapportError, match=r"received\.total"):
        U.publish(result, settings.OFFENTLIG)
    table = Table("t", "T", ["a", "b"], [["rad", V.count(1)]])
    with pytest.raises(KlagerapportError, match="«t»"):
        U.publish(SectionResult("x", tables={"t": table}), settings.OFFENTLIG)


def test_which_value_is_a_count_comes_from_the_contract_not_the_name():
    """A share key not named `.share` is still cut to its printed precision, and a count key
    named like a share is still checked as a count (report/values.yml's `kind`)."""
    share_key = "handling_days.within_deadline"  # kind: share, not named .share
    assert contract.kind_of(share_key) == "share"
    result = SectionResult("x", values={share_key: V.share(0.509090909)})
    out = U.publish(result, settings.OFFENTLIG)
    assert out.values[share_key].raw == 0.51 and out.values[share_key].text.startswith("51")
    mean = SectionResult("x", values={"handling_days.mean": V.decimal(16.666666)})
    assert U.publish(mean, settings.OFFENTLIG).values["handling_days.mean"].raw == 16.7
    assert contract.counts_cases("decisions.kritikk.etnisk")
    assert not contract.counts_cases("development.years")  # a number of years
    with pytest.raises(KlagerapportError):
        U.publish(
            SectionResult("x", values={"decisions.kritikk.etnisk": V.count(2)}), settings.OFFENTLIG
        )


@pytest.mark.slow
def test_every_year_of_the_sample_publishes_without_a_one_or_two():
    """Oslo 2007-2019 from the synthetic sample: every section runs in the public edition and
    prints no 1 or 2 in a table."""
    from klagerapport import paths
    from klagerapport.ingest import store, validate

    validated = validate.load_validated(paths.SAMPLE_DIR, year=2019, district="Oslo")
    cases = store.read_cases(validated.processed)
    for year in range(2007, 2020):
        for name, function in registry.functions().items():
            if name == "comparison":
                continue
            public = function(cases, year=year, district="Oslo", utgave=settings.OFFENTLIG)
            for table_name, table in public.tables.items():
                rows = table.text_rows()
                assert not any({"1", "2"} & set(row[1:]) for row in rows), (year, table_name)
