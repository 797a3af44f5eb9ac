import datetime as dt

import pandas as pd
import pytest
from factories import case, frame, small_cases

from klagerapport.errors import KlagerapportError
from klagerapport.publish import text
from klagerapport.stats import measures, populations


@pytest.fixture
def cases():
    return frame(*small_cases())


def test_received_and_decided_populations(cases):
    assert populations.received_count(cases, 2019) == 6
    assert populations.received_count(cases, 2019, "etnisk") == 2
    assert populations.decided_count(cases, 2019) == 4  # the Dec. 2019 case was decided in 2020
    assert (
        populations.decided_count(cases, 2018) == 3
    )  # includes the 2017 case decided in Jan. 2018
    assert populations.decided_count(cases, 2019, "annen") == 2
    assert populations.open_count(cases, 2019) == 1
    assert populations.open_count(cases, 2018) == 0


def test_missing_codes_are_no_code_in_either_string_dtype():
    for dtype in ("string", "str"):
        cases = frame(
            case("2019-01-01", "2019-01-02", diskriminering="etnisk"),
            case("2019-01-03", diskriminering=None),
            text_dtype=dtype,
        )
        assert populations.received_count(cases, 2019, "etnisk") == 1
        assert measures.decision_table(cases, 2019).loc[populations.OPEN].tolist() == [1, 0, 0]


def test_years_before_the_scheme_start_are_not_a_year_of_the_statistics():
    cases = frame(
        case("2006-12-20", "2007-01-05"),  # settings.yml: first_year 2007
        case("2007-02-01", "2007-03-01"),
        case("2008-02-01", "2008-03-01"),
    )
    assert populations.first_year(cases) == 2007
    assert not populations.has_year(cases, 2006)
    assert populations.decided_per_year(cases, 2008).to_dict() == {2007: 2, 2008: 1}


def test_first_year_and_has_year(cases):
    assert populations.first_year(cases) == 2017
    assert populations.has_year(cases, 2017)
    assert not populations.has_year(cases, 2016)
    assert populations.first_year(frame()) is None
    assert not populations.has_year(frame(), 2019)


def test_decided_per_year_fills_empty_years_with_zero():
    cases = frame(
        case("2015-01-01", "2015-02-01"),
        case("2015-03-01", "2017-01-01"),
        case("2017-02-01", "2017-03-01", diskriminering="etnisk"),
        case("2017-05-01", "2018-01-02"),
    )
    series = populations.decided_per_year(cases, 2017)
    assert series.to_dict() == {2015: 1, 2016: 0, 2017: 2}
    assert populations.decided_per_year(cases, 2017, "etnisk").to_dict() == {
        2015: 0,
        2016: 0,
        2017: 1,
    }
    assert populations.decided_per_year(cases, 2014).empty


def test_all_decided_by():
    done = frame(case("2019-01-01", "2019-02-01"), case("2019-12-30", "2020-01-20"))
    assert populations.all_decided_by(done, 2019) == dt.date(2020, 1, 20)
    still_open = frame(case("2019-01-01", "2019-02-01"), case("2019-12-30"))
    assert populations.all_decided_by(still_open, 2019) is None
    assert populations.all_decided_by(done, 2018) is None


def test_decision_table_counts_received_cases_by_discrimination(cases):
    table = measures.decision_table(cases, 2019)
    assert list(table.index[:6]) == [
        "kritikk",
        "uheldig",
        "ikke_grunnlag",
        "ikke_avklart",
        "avvist",
        "overfort",
    ]
    assert table.loc["kritikk"].tolist() == [3, 1, 1]
    assert table.loc["uheldig"].tolist() == [1, 0, 1]
    assert table.loc["ikke_grunnlag"].tolist() == [1, 0, 0]
    assert table.loc["avvist"].tolist() == [0, 0, 0]
    assert table.loc[populations.OPEN].tolist() == [1, 1, 0]
    assert table["total"].sum() == 6


def test_decision_table_has_no_open_row_without_open_cases(cases):
    table = measures.decision_table(cases, 2018)
    assert populations.OPEN not in table.index
    assert table["total"].sum() == 2


def test_ground_table(cases):
    table = measures.ground_table(cases, 2019)
    assert list(table.index) == ["ingen", "etnisk", "annen"]
    assert list(table.columns) == ["228.1", "228.2", "228.3", "228.4", "228.5", "228.9"]
    assert table.loc["ingen"].tolist() == [1, 0, 0, 0, 1, 0]
    assert table.loc["etnisk"].tolist() == [1, 0, 0, 0, 0, 1]
    assert table.loc["annen"].tolist() == [0, 1, 0, 0, 1, 0]
    assert int(table.to_numpy().sum()) == 6


def test_ground_table_of_a_year_without_cases_is_all_zero(cases):
    table = measures.ground_table(cases, 2010)
    assert table.shape == (3, 6)
    assert int(table.to_numpy().sum()) == 0


def test_handling_days_and_summary(cases):
    days = measures.handling_days(cases, 2019)
    assert sorted(days.tolist()) == [1, 4, 10, 28, 31]
    summary = measures.handling_summary(days, 28)
    assert summary["mean"] == pytest.approx(74 / 5)
    assert summary["median"] == 10
    assert summary["within"] == pytest.approx(4 / 5)  # 28 days is within the deadline
    assert summary["n"] == 5
    assert measures.handling_summary(days, 27)["within"] == pytest.approx(3 / 5)


def test_handling_summary_without_cases():
    empty = measures.handling_summary(pd.Series([], dtype="int64"), 28)
    assert empty == {"mean": None, "median": None, "within": None, "n": 0}


def test_unit_table_sorted_by_last_year_then_name(cases):
    table = measures.unit_table(cases, [2017, 2018, 2019], "Ikke oppgitt")
    assert list(table.index) == ["Pass", "Arrest", "Ikke oppgitt"]
    assert table.loc["Pass"].tolist() == [0, 1, 3]
    assert table.loc["Arrest"].tolist() == [0, 0, 2]
    assert table.loc["Ikke oppgitt"].tolist() == [1, 1, 1]


def test_unit_table_ties_by_name_and_blank_unit():
    cases = frame(
        case("2019-01-01", enhet="Sentralbord"),
        case("2019-01-02", enhet="Arrest"),
        case("2019-01-03", enhet=""),
        case("2019-01-04", enhet="  "),
    )
    table = measures.unit_table(cases, [2018, 2019], "Ikke oppgitt")
    assert list(table.index) == ["Ikke oppgitt", "Arrest", "Sentralbord"]
    assert table.loc["Ikke oppgitt", 2019] == 2


@pytest.mark.parametrize(
    ("current", "previous", "expected"),
    [(211, 174, 211 / 174 - 1), (5, 10, -0.5), (3, 3, 0.0), (3, None, None), (3, 0, None)],
)
def test_change(current, previous, expected):
    result = measures.change(current, previous)
    assert result == (pytest.approx(expected) if expected is not None else None)


@pytest.mark.parametrize(
    ("current", "previous", "word"),
    [
        (211, 174, "økning"),
        (16.7, 18.9, "nedgang"),
        (4, 4, "uendret"),
        (4, None, "ingen tidligere data"),
        (4, float("nan"), "ingen tidligere data"),
    ],
)
def test_change_word(current, previous, word):
    assert text.change_word(current, previous) == word


@pytest.mark.parametrize(
    ("year", "word"),
    [(2019, "høyeste"), (2018, "nest høyeste"), (2017, "tredje høyeste"), (2015, "laveste")],
)
def test_rank_word(year, word):
    series = pd.Series({2015: 3, 2016: 5, 2017: 8, 2018: 9, 2019: 12})
    assert text.rank_word(series, year) == word


def test_rank_word_ties_and_single_year():
    assert text.rank_word(pd.Series({2018: 9, 2019: 9, 2020: 1}), 2019) == "høyeste"
    assert text.rank_word(pd.Series({2019: 9}), 2019) == "ingen tidligere data"
    many = pd.Series({2000 + i: 100 - i for i in range(25)})
    assert text.rank_word(many, 2011) == "tolvte høyeste"
    assert text.rank_word(many, 2022) == "23. høyeste"


def test_max_year_takes_the_first_year_holding_the_maximum():
    assert measures.max_year(pd.Series({2015: 9, 2016: 18, 2017: 7, 2019: 18})) == 2016
    assert measures.max_year(pd.Series([], dtype="int64")) is None


def test_check_rejects_missing_columns(cases):
    with pytest.raises(KlagerapportError, match="enhet"):
        populations.check(cases.drop(columns=["enhet"]))
    populations.check(cases)


def test_for_district_keeps_the_district_asked_for():
    mixed = frame(case("2019-01-01"), case("2019-01-02", distrikt="Øst"), case("2019-01-03"))
    assert populations.for_district(mixed, "oslo")["mottatt"].dt.day.tolist() == [1, 3]
    assert populations.for_district(mixed, "ØST")["mottatt"].dt.day.tolist() == [2]
    with pytest.raises(KlagerapportError, match="ingen saker for distrikt «Vest»"):
        populations.for_district(mixed, "Vest")
    assert populations.for_district(frame(), "Oslo").empty


@pytest.mark.parametrize("previous", [16.7, None, float("nan")])
def test_change_word_without_a_current_value_never_claims_no_earlier_data(previous):
    assert text.change_word(None, previous) == "ingen data i rapporteringsåret"
    assert text.change_word(float("nan"), previous) == "ingen data i rapporteringsåret"


def test_handling_change_sentence_without_a_current_mean_says_what_is_true():
    sentence = text.handling_change_sentence(2020, None, 16.7)
    assert "tidligere" not in sentence
    assert sentence == (
        "(ingen klager mottatt i 2020 er avsluttet; i 2019 lå gjennomsnittet på 16,7 dager)"
    )
    assert text.handling_change_sentence(2020, None, None) == (
        "(ingen klager mottatt i 2020 er avsluttet)"
    )
    assert text.handling_change_sentence(2017, 12.0, None) == "(ingen tidligere data)"
