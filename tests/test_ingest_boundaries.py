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
from klagerapport.ingest import layout, parse, rules
from klagerapport.ingest.table import RawTable

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


COLUMNS = ["saksnr", "distrikt", "mottatt", "avsluttet", "avgjorelse", "grunnlag"]
COLUMNS += ["diskriminering", "enhet"]
A_CASE = ["2019/1", "Oslo", "2019-01-03", "2019-01-21", "kritikk", "228.1", "ingen", "Pass"]


def _table(rows, sheet=None) -> RawTable:
    return RawTable(
        sheet=sheet, rows=[list(r) for r in rows], numbers=list(range(1, len(rows) + 1))
    )


def _found(*tables, skipped=()) -> list[tuple]:
    found = layout.locate(list(tables), list(skipped), "f.xlsx").problems
    return [(p.file, p.sheet, p.row, p.column, p.message) for p in found]


def test_a_workbook_without_a_table_sheet_says_so():
    assert _found(skipped=[("Diagram", "diagramark")]) == [
        ("f.xlsx", None, None, None, "arbeidsboken har ingen ark med en tabell")
    ]


def test_a_header_of_exactly_three_case_columns_without_cases_names_its_sheet_and_what_lacks():
    found = _found(_table([COLUMNS[:3]], "Klager"), _table([["Notater"]], "Notater"))
    assert found[-1] == (
        "f.xlsx",
        "Klager",
        None,
        None,
        "filen har en overskriftsrad, men ingen saker",
    )
    missing = [(sheet, row, column) for _, sheet, row, column, _ in found[:-1]]
    assert missing == [("Klager", 1, c) for c in COLUMNS[3:7]]


def test_without_a_header_the_sheet_naming_most_case_columns_is_described():
    found = _found(_table([["x"]], "A"), _table([COLUMNS[:2], A_CASE[:2]], "B"))
    assert [(sheet, row) for _, sheet, row, _, _ in found] == [("B", None)]
    assert "første utfylte rad (rad 1) har bare «saksnr», «distrikt»" in found[0][4]


def test_the_header_is_searched_in_the_first_thirty_rows():
    titles = [[f"Tittel {i}"] for i in range(1, 30)]
    layout_30 = layout.locate([_table([*titles, COLUMNS, A_CASE])], [], "f.csv")
    assert not layout_30.problems
    assert [loc.header_row for loc in layout_30.located] == [29]  # row 30
    found = _found(_table([*titles, ["Tittel 30"], COLUMNS, A_CASE]))
    assert [m for *_, m in found] == [
        "fant ingen overskriftsrad med saks-kolonnene (saksnr, distrikt, mottatt, avsluttet, "
        "avgjorelse, grunnlag, diskriminering) i de første 30 radene; første utfylte rad "
        "(rad 1) har bare «Tittel 1»"
    ]


def test_a_first_row_of_two_cells_is_shown_and_of_three_is_only_counted():
    (two,) = _found(_table([["Klager", "2019"], A_CASE]))
    assert two[4].endswith("første utfylte rad (rad 1) har bare «Klager», «2019»")
    (three,) = _found(_table([A_CASE[:3], A_CASE]))
    assert three[4].endswith(
        "(rad 1) har 3 utfylte celler, men ingen kjente kolonnenavn (mangler filen "
        "overskriftsraden?)"
    )
    assert "2019/1" not in three[4]  # a case's cells are never echoed


def test_rows_named_in_a_note_five_then_an_ellipsis_and_a_run_as_a_span():
    assert layout._rows([2, 4, 6, 8, 10]) == "2, 4, 6, 8, 10"
    assert layout._rows([2, 4, 6, 8, 10, 12]) == "2, 4, 6, 8, 10 …"
    assert layout._span([4]) == "4"
    assert layout._span([2, 3]) == "2–3"
    assert layout._span([1, 2, 3, 4, 5, 6, 7]) == "1–7"
    assert layout._span([1, 3]) == "1, 3"
    assert layout._span([1, 2, 4]) == "1, 2, 4"


POLICE = (
    "Oslo",
    "Øst",
    "Innlandet",
    "Sør-Øst",
    "Agder",
    "Sør-Vest",
    "Vest",
    "Møre og Romsdal",
    "Trøndelag",
    "Nordland",
    "Troms",
    "Finnmark",
)


def test_the_national_scope_needs_a_case_received_in_the_year_from_each_police_district():
    every = [case("2021-02-01", distrikt=d) for d in POLICE]
    assert rules.check_national(frame(*every), 2021, partial=False) == []
    # Troms only decided in the year, Finnmark only received the year before: both lacking
    lacking = [
        *every[:10],
        case("2020-12-01", "2021-01-10", distrikt="Troms"),
        case("2020-05-01", distrikt="Finnmark"),
        case("2021-03-01", distrikt="Kripos"),  # a special agency is no police district
    ]
    assert [d.name for d in rules.missing_districts(frame(*lacking), 2021)] == [
        "Troms",
        "Finnmark",
    ]
    assert rules.check_national(frame(*lacking), 2021, partial=True) == [
        "Delrapport for Norge: dataene har saker mottatt i 2021 fra bare 10 av 12 "
        "politidistrikter; de mangler Troms og Finnmark. Tittelen og side 1 sier hvilke "
        "distrikter som mangler, og tallene for landet er summen av dem som finnes."
    ]
    assert _errors(rules.check_national, frame(*lacking), 2021, False) == (
        "Den nasjonale rapporten (Norge) skal dekke alle 12 politidistriktene, men dataene har "
        "saker mottatt i 2021 fra bare 10 av 12 politidistrikter; de mangler Troms og Finnmark. "
        "Bruk en eksport med alle distriktene, bygg distriktenes egne rapporter (--district), "
        "eller lag en tydelig merket delrapport med --delvis."
    )
