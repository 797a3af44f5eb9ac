"""The loader's rules at their boundaries: the year asked for against the data's first and last
day, a date on today's date, exactly as many districts as a warning lists and one more, one
case and two (singular and plural), a district asked for and none.

Each test is the one that fails when a boundary moves by one (found by `make mutation`); the
messages are compared whole, as the user reads them.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from factories import case, frame

from klagerapport import settings
from klagerapport.errors import KlagerapportError, Problem
from klagerapport.ingest import parse, rules

OTHERS = ("Vest", "Øst", "Agder", "Innlandet", "Sør-Øst", "Nordland")


def _errors(func, *args) -> str:
    with pytest.raises(KlagerapportError) as info:
        func(*args)
    return str(info.value)


def test_no_case_of_the_district_names_every_district_with_its_count():
    cases = frame(case("2019-01-01", distrikt="Vest"), *[case("2019-01-02", distrikt="Øst")] * 2)
    assert _errors(rules.filter_district, cases, "oslo") == (
        "Ingen saker for distrikt «Oslo» i dataene. Distrikter i dataene: Øst (2), Vest (1)."
    )


@pytest.mark.parametrize(
    ("n", "listed"),
    [
        (1, "Vest (1)."),
        (5, "Vest (1), Øst (1), Agder (1), Innlandet (1), Sør-Øst (1)."),
        (6, "Vest (1), Øst (1), Agder (1), Innlandet (1), Sør-Øst (1) …"),
    ],
)
def test_rows_of_other_districts_are_listed_up_to_five_then_cut_with_an_ellipsis(n, listed):
    cases = frame(case("2019-01-01"), *(case("2019-01-02", distrikt=d) for d in OTHERS[:n]))
    mine, warnings = rules.filter_district(cases, "Oslo")
    assert mine.equals(cases.iloc[:1])  # the same columns, numbered from 0, nothing added
    rows = "1 rad" if n == 1 else f"{n} rader"
    assert warnings == [f"{rows} fra andre distrikter enn Oslo er utelatt: {listed}"]


def test_only_the_district_asked_for_gives_no_warning():
    mine, warnings = rules.filter_district(frame(case("2019-01-01")), "Oslo")
    assert (len(mine), warnings) == (1, [])


def test_a_year_outside_the_data_names_the_span_one_year_or_several():
    one = frame(case("2017-03-01", "2017-04-01"), case("2017-11-01", "2017-12-01"))
    assert _errors(rules.check_year, one, 2019, None) == (
        "Ingen saker mottatt eller avsluttet i 2019. Dataene har saker mottatt i 2017."
    )
    several = frame(case("2016-03-01", "2016-04-01"), case("2017-11-01", "2017-12-01"))
    assert _errors(rules.check_year, several, 2019, "Vest") == (
        "Ingen saker mottatt eller avsluttet i 2019 for distrikt Vest. "
        "Dataene har saker mottatt 2016–2017."
    )


def test_a_year_with_cases_only_decided_in_it_is_not_covered_singular_and_plural():
    one = frame(case("2018-12-30", "2019-01-02"))
    assert _errors(rules.check_year, one, 2019, None).startswith(
        "Dataene dekker ikke 2019: ingen saker er mottatt i 2019 eller senere "
        "(siste mottatt-dato i dataene er 30. desember 2018). "
        "1 sak mottatt tidligere ble avsluttet i 2019, "
    )
    two = frame(case("2018-12-30", "2019-01-02"), case("2018-12-31", "2019-01-03"))
    assert "2 saker mottatt tidligere ble avsluttet i 2019, " in _errors(
        rules.check_year, two, 2019, None
    )


def test_a_year_received_on_its_last_day_is_covered_and_a_later_case_makes_it_a_warning():
    assert rules.check_year(frame(case("2019-12-31")), 2019, None) == []
    later = frame(case("2018-05-01", "2019-01-05"), case("2020-01-01"))
    assert rules.check_year(later, 2019, None) == [
        "Ingen saker er mottatt i 2019, men dataene har saker mottatt senere: rapporten viser "
        "0 mottatte klager i 2019; kontroller at eksporten er riktig."
    ]


def test_open_cases_of_the_year_singular_and_plural():
    assert rules.open_warning(frame(case("2019-05-01"), case("2018-05-01")), 2019) == [
        "1 sak mottatt i 2019 er fortsatt under behandling."
    ]
    assert rules.open_warning(frame(case("2019-05-01"), case("2019-12-31")), 2019) == [
        "2 saker mottatt i 2019 er fortsatt under behandling."
    ]
    assert rules.open_warning(frame(case("2019-05-01", "2019-06-01")), 2019) == []


def test_a_case_answered_today_is_not_in_the_future_and_tomorrow_is():
    today = dt.date(2020, 3, 2)
    assert rules.future_warning(frame(case("2020-01-01", "2020-03-02")), today) == []
    late = frame(case("2020-01-01", "2020-03-03"))
    assert rules.future_warning(late, today) == [
        "1 sak har avsluttet-dato etter dagens dato (2. mars 2020): 3. mars 2020."
    ]
    five = frame(*(case("2020-01-01", f"2020-04-0{d}") for d in range(1, 6)))
    (warning,) = rules.future_warning(five, today)
    assert warning.endswith("4. april 2020, 5. april 2020.")
    six = frame(*(case("2020-01-01", f"2020-04-0{d}") for d in range(1, 7)))
    (warning,) = rules.future_warning(six, today)
    assert warning.endswith("4. april 2020, 5. april 2020 …")


def _statuses(*cells) -> list[tuple[str | None, str]]:
    dates, status = parse.parse_dates(pd.Series(list(cells), dtype=object))
    shown = [None if pd.isna(d) else d.date().isoformat() for d in dates]
    return list(zip(shown, status, strict=True))


def test_plausible_years_run_from_the_year_before_the_scheme_to_next_year_both_included():
    first = int(settings.rules()["first_year"]) - 1
    assert parse.year_range(dt.date(2020, 12, 31)) == (first, 2021)
    last = dt.date.today().year + 1
    assert _statuses(
        f"{first}-01-01", f"31.12.{first - 1}", f"{last}-12-31", f"01.01.{last + 1}"
    ) == [
        (f"{first}-01-01", "ok"),
        (None, "implausible"),
        (f"{last}-12-31", "ok"),
        (None, "implausible"),
    ]
    # the same edges for date cells of a workbook
    cells = [dt.date(first, 1, 1), dt.date(first - 1, 12, 31), dt.date(last, 12, 31)]
    cells.append(dt.datetime(last + 1, 1, 1, 0, 0))
    assert [s for _, s in _statuses(*cells)] == ["ok", "implausible", "ok", "implausible"]


def test_each_kind_of_date_cell_gets_its_status():
    assert _statuses(
        "2019-03-01 13:45:10.5", "1.3.2019", "01.03.19", "31.02.2019", "", "mars 2019", 43525
    ) == [
        ("2019-03-01", "ok"),  # a time of day is dropped
        ("2019-03-01", "ok"),
        (None, "two_digit"),
        (None, "impossible"),
        (None, "empty"),
        (None, "unparseable"),
        ("2019-03-01", "serial"),  # an Excel serial number: read, and noted
    ]


def test_problems_are_ordered_by_file_sheet_row_and_the_contracts_column_order():
    def problem(file, sheet=None, row=None, column=None):
        return Problem(file, "x", row=row, column=column, sheet=sheet)

    given = [
        problem("b.csv", row=2, column="mottatt"),
        problem("a.xlsx", "Ark", 1, "saksnr"),
        problem("a.xlsx", "Ark", 2, "grunnlag"),
        problem("a.xlsx", "Ark", 2, "avsluttet"),
        problem("a.xlsx", "Ark", 2, "ukjent"),
        problem("a.xlsx", None, 1, "enhet"),
        problem("a.xlsx", "Ark", None),
        problem("a.xlsx", None, None),
        problem("ny.csv"),
    ]
    ordered = rules._sorted(given, ["a.xlsx", "b.csv"])
    assert [(p.file, p.sheet, p.row, p.column) for p in ordered] == [
        ("a.xlsx", None, None, None),  # the file itself, before its sheets
        ("a.xlsx", None, 1, "enhet"),
        ("a.xlsx", "Ark", None, None),  # the sheet, before its rows
        ("a.xlsx", "Ark", 1, "saksnr"),
        ("a.xlsx", "Ark", 2, "ukjent"),  # a column the contract does not have: first
        ("a.xlsx", "Ark", 2, "avsluttet"),  # then the contract's order, not the order found
        ("a.xlsx", "Ark", 2, "grunnlag"),
        ("b.csv", None, 2, "mottatt"),
        ("ny.csv", None, None, None),  # a file not among the names read: last
    ]
