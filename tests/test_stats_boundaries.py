"""The statistics at their boundaries: a year's first and last day, a case answered on the
deadline day, equal values, a zero, an empty year, an open case of each discrimination.

Each test is the one that fails when a boundary moves by one (found by `make mutation`); every
expected number can be counted by eye from the cases written in the test.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from factories import case, frame

from klagerapport.errors import KlagerapportError
from klagerapport.stats import measures, populations


def test_decision_table_counts_an_open_case_of_each_discrimination_in_its_own_column():
    cases = frame(
        case("2019-02-01", None, diskriminering="etnisk"),
        case("2019-02-02", None, diskriminering="annen"),
        case("2019-02-03", None, diskriminering="annen"),
        case("2019-02-04", None),
        case("2019-02-05", "2019-03-01", "kritikk", diskriminering="annen"),
    )
    table = measures.decision_table(cases, 2019)
    assert table.loc[populations.OPEN].tolist() == [4, 1, 2]
    assert table.loc["kritikk"].tolist() == [1, 0, 1]  # no etnisk kritikk: 0, never NaN
    assert table.index.name == "avgjorelse"
    assert set(table.dtypes) == {pd.Int64Dtype().numpy_dtype}


def test_decision_table_of_a_year_without_cases_is_all_zero_with_no_open_row():
    table = measures.decision_table(frame(case("2018-05-01", "2018-06-01")), 2019)
    assert int(table.to_numpy().sum()) == 0
    assert populations.OPEN not in table.index
    assert list(table.columns) == ["total", populations.ETNISK, populations.ANNEN]


def test_ground_table_axes_are_the_frames_columns_and_every_cell_an_integer():
    cases = frame(case("2019-01-01", grunnlag="228.2", diskriminering="annen"))
    table = measures.ground_table(cases, 2019)
    assert (table.index.name, table.columns.name) == ("diskriminering", "grunnlag")
    assert table.loc["annen", "228.2"] == 1
    assert int(table.to_numpy().sum()) == 1  # the other 17 cells are 0, not NaN or 1
    assert set(table.dtypes) == {pd.Int64Dtype().numpy_dtype}


def test_a_case_received_on_new_years_eve_belongs_to_that_year_and_one_day_later_to_the_next():
    cases = frame(
        case("2018-12-31", "2019-01-01"),
        case("2019-01-01", "2019-12-31"),
        case("2019-12-31", "2020-01-01"),
        case("2020-01-01", "2020-01-02"),
    )
    assert populations.received_count(cases, 2019) == 2
    assert populations.decided_count(cases, 2019) == 2  # answered 1 Jan. and 31 Dec. 2019
    assert populations.decided_count(cases, 2020) == 2
    assert sorted(measures.handling_days(cases, 2019).tolist()) == [1, 364]


def test_handling_days_of_a_case_answered_the_day_it_came_is_zero():
    days = measures.handling_days(frame(case("2019-06-03", "2019-06-03")), 2019)
    assert days.tolist() == [0]
    assert days.dtype == "int64"
    assert measures.handling_summary(days, 0)["within"] == 1.0


def test_handling_summary_at_the_deadline_day_and_one_past_it():
    days = pd.Series([27, 28, 29, 30], dtype="int64")
    summary = measures.handling_summary(days, 28)
    assert summary == {"mean": 28.5, "median": 28.5, "within": 0.5, "n": 4}
    assert isinstance(summary["mean"], float) and isinstance(summary["median"], float)
    assert measures.handling_summary(days, 26)["within"] == 0.0
    assert measures.handling_summary(days, 30)["within"] == 1.0


def test_handling_summary_of_one_case():
    assert measures.handling_summary(pd.Series([5], dtype="int64"), 28) == {
        "mean": 5.0,
        "median": 5.0,
        "within": 1.0,
        "n": 1,
    }


def test_unit_table_fills_a_year_without_cases_with_zero_and_names_its_axes():
    cases = frame(case("2019-01-01", enhet="Pass"), case("2019-02-01", enhet=" Pass "))
    table = measures.unit_table(cases, [2017, 2018, 2019], "Ikke oppgitt")
    assert table.loc["Pass"].tolist() == [0, 0, 2]  # unit names compared without spaces
    assert (table.index.name, table.columns.name) == ("enhet", "year")
    assert list(table.columns) == [2017, 2018, 2019]
    assert set(table.dtypes) == {pd.Int64Dtype().numpy_dtype}


def test_unit_table_equal_last_year_counts_are_sorted_by_name_whatever_the_years_before():
    cases = frame(
        case("2018-01-01", enhet="Pass"),
        case("2018-01-02", enhet="Pass"),
        case("2019-01-01", enhet="Pass"),
        case("2019-01-02", enhet="Arrest"),
    )
    table = measures.unit_table(cases, [2018, 2019], "Ikke oppgitt")
    assert list(table.index) == ["Arrest", "Pass"]


def test_unit_table_without_cases_in_the_years_is_empty():
    table = measures.unit_table(frame(case("2015-01-01", enhet="Pass")), [2018, 2019], "-")
    assert table.empty
    assert list(table.columns) == [2018, 2019]


@pytest.mark.parametrize(
    ("current", "previous", "expected"),
    [
        (0, 5, -1.0),  # down to nothing: -100 %, not "no data"
        (5, 5, 0.0),  # equal values: no change
        (0, 0, None),  # nothing before: no relative change
        (0.0, 1e-9, -1.0),  # a tiny previous value is still a value
        (6, 4, 0.5),
        (None, 0, None),
    ],
)
def test_change_at_zero_and_equal_values(current, previous, expected):
    assert measures.change(current, previous) == expected


def test_max_year_of_equal_values_is_the_first_year_and_of_one_year_that_year():
    assert measures.max_year(pd.Series({2017: 4, 2018: 4, 2019: 4})) == 2017
    assert measures.max_year(pd.Series({2019: 0})) == 2019
    assert isinstance(measures.max_year(pd.Series({2019: 0})), int)


def test_all_decided_by_is_the_last_answer_date_and_none_with_one_case_open():
    cases = frame(case("2019-01-01", "2019-12-31"), case("2019-03-01", "2019-04-01"))
    assert populations.all_decided_by(cases, 2019) == dt.date(2019, 12, 31)
    one_open = frame(case("2019-01-01", "2019-12-31"), case("2019-03-01"))
    assert populations.all_decided_by(one_open, 2019) is None


def test_a_missing_column_and_an_unknown_district_are_named_in_full():
    cases = frame(case("2019-01-01"), case("2019-01-02", distrikt="Øst"))
    with pytest.raises(KlagerapportError) as info:
        populations.check(cases.drop(columns=["enhet", "grunnlag"]))
    assert str(info.value) == "saksdata mangler kolonnene: grunnlag, enhet"
    with pytest.raises(KlagerapportError) as info:
        populations.for_district(cases, "Vest")
    assert (
        str(info.value) == "ingen saker for distrikt «Vest» i saksdataene (distrikter: Oslo, Øst)"
    )


def _expected_years(counts: dict[int, int]) -> pd.Series:
    index = pd.Index(list(counts), dtype="int64", name="year")
    return pd.Series(list(counts.values()), index=index, dtype="int64")


def test_decided_per_year_is_an_integer_series_by_year_also_when_empty():
    cases = frame(case("2017-05-01", "2017-06-01"), case("2017-12-30", "2019-01-01"))
    series = populations.decided_per_year(cases, 2019)
    pd.testing.assert_series_equal(
        series, _expected_years({2017: 1, 2018: 0, 2019: 1}), check_names=False
    )
    assert series.index.name == "year"
    empty = populations.decided_per_year(cases, 2016)  # the report year before the data's first
    pd.testing.assert_series_equal(empty, _expected_years({}), check_names=False)
    assert empty.index.name == "year"
    one = populations.decided_per_year(cases, 2017)  # the report year is the data's first year
    pd.testing.assert_series_equal(one, _expected_years({2017: 1}), check_names=False)


def _national(*rows: tuple[str, str]):
    return frame(*(case(day, f"{day[:4]}-12-31", distrikt=d) for d, day in rows))


def test_national_coverage_when_every_district_has_every_year_starts_at_the_first_year():
    cases = _national(
        ("Oslo", "2017-03-01"), ("Vest", "2017-04-01"),
        ("Oslo", "2018-03-01"), ("Vest", "2018-04-01"),
        ("oslo", "2019-03-01"), ("Vest", "2019-04-01"),
    )  # fmt: skip
    assert populations.coverage(cases, "Norge", 2019) == populations.Coverage(2017, 2, {})
    assert populations.coverage(cases, "Norge", 2017) == populations.Coverage(2017, 2, {})


def test_national_coverage_after_a_year_without_any_case_and_before_the_data():
    cases = _national(
        ("Oslo", "2016-03-01"), ("Vest", "2016-04-01"),
        ("Oslo", "2018-03-01"), ("Vest", "2018-04-01"),
        ("Oslo", "2019-03-01"), ("Vest", "2019-04-01"),
    )  # fmt: skip
    # 2017 has no case at all: both districts lack it, and 2016 before it is left out too
    assert populations.coverage(cases, "Norge", 2019) == populations.Coverage(
        2018, 2, {2016: 0, 2017: 2}
    )
    # the report year before the data's first year: nothing to show, nothing counted
    assert populations.coverage(cases, "Norge", 2015) == populations.Coverage(2016)


def test_national_coverage_of_one_district_lacking_the_report_year_is_none():
    cases = _national(("Oslo", "2018-03-01"), ("Vest", "2018-04-01"), ("Oslo", "2019-03-01"))
    assert populations.coverage(cases, "Norge", 2019) == populations.Coverage(
        None, 2, {2018: 0, 2019: 1}
    )
