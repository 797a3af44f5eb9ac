"""Finding the case table (ingest/layout.py) at its boundaries, on hand-made tables: a file
with no table at all and what the message shows of its first row (40 characters, two cells, the
near misses of the header candidates, five at most), the CSV row widths (one field short, one
too many, empty extra fields), total rows (the first filled cell, 30 characters, text only).

Each test is the one that fails when a boundary moves by one (found by `make mutation`); the
messages are compared whole, as the user reads them.
"""

from __future__ import annotations

from klagerapport.ingest import layout
from klagerapport.ingest.table import Flag, RawTable

COLUMNS = ["saksnr", "distrikt", "mottatt", "avsluttet", "avgjorelse", "grunnlag"]
COLUMNS += ["diskriminering", "enhet"]
A_CASE = ["2019/1", "Oslo", "2019-01-03", "2019-01-21", "kritikk", "228.1", "ingen", "Pass"]
NEEDED = "saksnr, distrikt, mottatt, avsluttet, avgjorelse, grunnlag, diskriminering"
NO_HEADER = f"fant ingen overskriftsrad med saks-kolonnene ({NEEDED}) i de første 30 radene; "


def _table(rows, sheet=None, first: int = 1, csv: bool = False) -> RawTable:
    rows = [list(r) for r in rows]
    return RawTable(
        sheet=sheet,
        rows=rows,
        numbers=list(range(first, first + len(rows))),
        widths=[len(r) for r in rows] if csv else None,
    )


def _problems(*tables, name="f.csv") -> list[tuple]:
    found = layout.locate(list(tables), [], name).problems
    return [(p.file, p.sheet, p.row, p.column, p.message) for p in found]


def _message(*tables) -> str:
    (problem,) = _problems(*tables)
    return problem[4]


# ------------------------------------------------------------------------ no table


def test_blank_first_thirty_rows_are_no_table_even_with_text_below():
    blank = [[None, ""], ["  "]] * 15
    # a workbook's table names its sheet, also when it is the only one
    assert _problems(_table([*blank, A_CASE], "Ark")) == [
        ("f.csv", "Ark", None, None, "filen har ingen tabell (bare tomme rader)")
    ]
    two = layout.locate([_table(blank, "A"), _table([["", None]], "B")], [], "f.xlsx")
    assert [(p.sheet, p.message) for p in two.problems] == [
        ("A", "filen har ingen tabell (bare tomme rader)")
    ]


def test_a_title_is_shown_up_to_forty_characters_from_its_row_as_numbered():
    title = "Klager mot politiet i Oslo politidistrikt 2019"  # 46 characters
    message = _message(_table([[], [title], ["x"]], first=7))
    assert message == (
        NO_HEADER + "første utfylte rad (rad 8) har bare «Klager mot politiet i Oslo politidistrik»"
    )


def test_near_misses_of_a_header_candidate_are_hinted_once_each_and_five_at_most():
    # a header candidate (it names one case column, which is not hinted) with misspelt others
    row = ["Saksnumer", "distrikt", "Motatt", "Avsluttett", "Avgjørelsen", "Grunnlagg"]
    message = _message(_table([row, A_CASE[:6]]))
    assert message == (
        NO_HEADER + "første utfylte rad (rad 1) har 6 utfylte celler, men ingen kjente "
        "kolonnenavn (mangler filen overskriftsraden?); «Saksnumer» ligner på «saksnr»; "
        "«Motatt» ligner på «mottatt»; «Avsluttett» ligner på «avsluttet»; «Avgjørelsen» "
        "ligner på «avgjorelse»; «Grunnlagg» ligner på «grunnlag»"
    )
    # six near misses: the first five are hinted
    six = [*row, "Diskrimineringg"]
    assert _message(_table([six])).endswith("«Grunnlagg» ligner på «grunnlag»")
    # the candidate's near miss, once, though two candidate rows hold it
    twice = _message(_table([["Saksnumer", "distrikt"], ["Saksnumer", "distrikt"]]))
    assert twice.count("ligner på") == 1


def test_a_title_row_gives_hints_when_no_row_names_a_case_column():
    assert _message(_table([["Saksnumer"], ["x"]])) == (
        NO_HEADER + "første utfylte rad (rad 1) har bare «Saksnumer»; «Saksnumer» ligner på "
        "«saksnr»"
    )
    # three cells may be a case: no hint is taken from them
    assert _message(_table([["Saksnumer", "a", "b"]])) == (
        NO_HEADER + "første utfylte rad (rad 1) har 3 utfylte celler, men ingen kjente "
        "kolonnenavn (mangler filen overskriftsraden?)"
    )


def test_a_header_candidate_below_the_first_thirty_rows_gives_no_hint():
    rows = [["Tittel"], *[[]] * 29, ["Saksnumer", "distrikt"]]
    assert _message(_table(rows)) == NO_HEADER + "første utfylte rad (rad 1) har bare «Tittel»"


def test_the_sheet_naming_most_case_columns_is_described_with_its_sheet():
    found = layout.locate(
        [_table([["x"]], "A"), _table([["distrikt", "y"]], "B"), _table([["z"]], "C")],
        [],
        "f.xlsx",
    ).problems
    assert [(p.sheet, p.message[len(NO_HEADER) :]) for p in found] == [
        ("B", "første utfylte rad (rad 1) har bare «distrikt», «y»")
    ]


# ---------------------------------------------------------------------- CSV widths


def test_a_csv_row_needs_the_fields_up_to_the_last_case_column_and_no_filled_extra_one():
    header = [*COLUMNS, "Merknad"]  # 9 fields; the case columns end at the 8th
    rows = [
        header,
        A_CASE,  # 8 fields: the Merknad field may be left out
        [*A_CASE, "notat"],  # 9
        [*A_CASE, "notat", "", None],  # 11, of which the last two empty
        [*A_CASE, "notat", "x"],  # 10: one too many
        A_CASE[:7],  # 7: one short
        [*A_CASE[:7], ""],  # 8, the unit empty
    ]
    found = layout.locate([_table(rows, csv=True)], [], "f.csv")
    assert [(p.row, p.message) for p in found.problems] == [
        (
            5,
            "raden har 10 felt, overskriften har 9; et skilletegn mangler eller er for mye, så "
            "verdiene havner i feil kolonne",
        ),
        (
            6,
            "raden har 7 felt, overskriften har 9; et skilletegn mangler eller er for mye, så "
            "verdiene havner i feil kolonne",
        ),
    ]
    assert found.located[0].cases == [1, 2, 3, 6]


def test_a_csv_row_as_wide_as_a_header_of_case_columns_only():
    rows = [COLUMNS, A_CASE, [*A_CASE, ""], [*A_CASE, "x"], A_CASE[:7]]
    found = layout.locate([_table(rows, csv=True)], [], "f.csv")
    assert [p.row for p in found.problems] == [4, 5]
    assert found.located[0].cases == [1, 2]


def test_widths_are_checked_only_for_a_csv():
    rows = [COLUMNS, A_CASE[:7], [*A_CASE, "x"]]
    found = layout.locate([_table(rows)], [], "f.xlsx")
    assert found.problems == [] and found.located[0].cases == [1, 2]


# ---------------------------------------------------------------------- total rows


def _totals(*rows) -> list[str]:
    found = layout.locate([_table([COLUMNS, A_CASE, *rows])], [], "f.csv")
    return found.notes


def test_a_total_row_is_told_by_its_first_filled_cell():
    keys = layout._total_keys()
    assert layout._is_total(["", None, "Sum", 5], keys)
    assert layout._is_total(["I alt"], keys)
    assert not layout._is_total(["2019/2", "Sum"], keys)
    assert not layout._is_total([5, "Sum"], keys)  # a number first: not a total row
    assert not layout._is_total([], keys) and not layout._is_total([None, ""], keys)
    assert layout._is_total(["Sum".ljust(30)], keys)
    assert not layout._is_total(["Sum".ljust(31)], keys)
    assert _totals(["Sum", "", "", "", "", "", "", "", "9"]) == [
        "f.csv: 1 sumrad (rad 3) er ikke lest som saker."
    ]


def test_a_filled_extra_field_after_empty_ones_is_one_too_many():
    rows = [[*COLUMNS, "Merknad"], [*A_CASE, "notat", "x", ""], [*A_CASE, "", "x", None]]
    found = layout.locate([_table(rows, csv=True)], [], "f.csv")
    assert [p.row for p in found.problems] == [2, 3]
    assert found.located[0].cases == []


def test_the_file_is_named_in_every_no_table_problem():
    assert {p[0] for p in _problems(_table([COLUMNS[:3]]), name="g.csv")} == {"g.csv"}
    assert [p[0] for p in _problems(_table([["x"]]), name="g.csv")] == ["g.csv"]


def test_a_title_row_of_two_cells_gives_hints_too():
    assert _message(_table([["Saksnumer", "Tittel"]])) == (
        NO_HEADER + "første utfylte rad (rad 1) har bare «Saksnumer», «Tittel»; «Saksnumer» "
        "ligner på «saksnr»"
    )


# ------------------------------------------------------------- the header again


def _cases(rows) -> tuple[list[int], list[str]]:
    found = layout.locate([_table(rows)], [], "f.csv")
    return found.located[0].cases, found.notes


def test_the_header_repeated_exactly_in_the_body_is_left_out_with_a_note():
    header = ["Nr", *COLUMNS]  # the case columns begin at the second field
    case = ["1", *A_CASE]
    cases, notes = _cases([header, case, header, case])
    assert cases == [1, 3]
    assert notes == ["f.csv: 1 gjentatt overskriftsrad (rad 3) er ikke lest som saker."]
    # the same columns, but the first case column's text differs: not the header again
    cases, notes = _cases([header, case, ["Nr", "SAKSNR", *COLUMNS[1:]], case])
    assert (cases, notes) == ([1, 2, 3], [])
    # the first case column's text the same, another field before it differs: the header again
    cases, notes = _cases([header, case, ["", *COLUMNS], ["Nr", *COLUMNS[:4]], case])
    assert cases == [1, 3, 4]
    assert notes == ["f.csv: 1 gjentatt overskriftsrad (rad 3) er ikke lest som saker."]


def test_a_short_row_is_not_the_header_again():
    header = ["Nr", *COLUMNS]
    cases, notes = _cases([header, ["1", *A_CASE], ["Nr"], ["2", *A_CASE]])
    assert (cases, notes) == ([1, 2, 3], [])


# ------------------------------------------------------------------------ notes


def test_a_note_is_one_filled_text_cell_with_a_space_under_a_blank_row():
    body = [COLUMNS, A_CASE, []]
    cases, notes = _cases([*body, ["Kilde: POD"], ["Merknad: tall fra 2019"]])
    assert cases == [1]
    assert notes == [
        "f.csv: 2 rader under tabellen (rad 4, 5) er merknader og er ikke lest som saker."
    ]
    # a lone case number, a number, two cells: cases, not notes
    for last in (["2019/9"], [5], ["Kilde: POD", "x"]):
        cases, notes = _cases([*body, last])
        assert (cases, notes) == ([1, 3], [])


def test_notes_may_be_all_there_is_under_the_header():
    cases, notes = _cases([COLUMNS, [], ["Kilde: POD"], ["Ingen klager i 2019."]])
    assert cases == []
    assert notes == [
        "f.csv: 2 rader under tabellen (rad 3, 4) er merknader og er ikke lest som saker."
    ]


def test_a_note_of_a_workbook_with_several_sheets_names_the_sheet():
    found = layout.locate(
        [_table([COLUMNS, A_CASE, ["Sum", 1]], "A"), _table([], "B")], [], "f.xlsx"
    )
    assert found.notes == [
        "f.xlsx: leste arket «A»; hoppet over «B» (tomt).",
        "f.xlsx, ark «A»: 1 sumrad (rad 3) er ikke lest som saker.",
    ]


def test_every_note_on_rows_left_out_in_the_singular_and_the_plural():
    one = [["Tittel"], COLUMNS, A_CASE, ["Sum", 1], ["Kilde: POD"]]
    assert _cases(one) == (
        [2],
        [
            "f.csv: 1 tittel- eller tom rad over overskriften (rad 1) er hoppet over.",
            "f.csv: 1 sumrad (rad 4) er ikke lest som saker.",
            "f.csv: 1 rad under tabellen (rad 5) er merknader og er ikke lest som saker.",
        ],
    )
    two = [["Tittel"], [], COLUMNS, A_CASE, COLUMNS, A_CASE, COLUMNS, A_CASE]
    two += [["Sum"], ["Totalt"], [], ["Kilde: POD"], ["Merk: tall fra 2019"]]
    assert _cases(two) == (
        [3, 5, 7],
        [
            "f.csv: 2 tittel- og tomme rader over overskriften (rad 1–2) er hoppet over.",
            "f.csv: 2 sumrader (rad 9, 10) er ikke lest som saker.",
            "f.csv: 2 gjentatte overskriftsrader (rad 5, 7) er ikke lest som saker.",
            "f.csv: 2 rader under tabellen (rad 12, 13) er merknader og er ikke lest som saker.",
        ],
    )
    # a sentence right under a case, with no blank or total row between: a case
    assert _cases([COLUMNS, A_CASE, ["Kilde: POD"]]) == ([1, 2], [])


# ------------------------------------------------------- cells that cannot be read


def _located(table: RawTable) -> layout.Layout:
    return layout.locate([table], [], "f.xlsx")


def test_an_excel_error_and_mojibake_in_a_case_are_named_whole_with_their_sheet():
    # a CSV saved from Excel keeps «#VERDI!» as text; UTF-8 read as Windows-1252 gives «Ã¸»
    rows = [COLUMNS, A_CASE, [*A_CASE[:5], " #verdi! ", *A_CASE[6:]]]
    rows.append([*A_CASE[:7], "GrÃ¸nland politistasjon"])
    found = _located(_table(rows, "Klager 2019"))
    assert [(p.sheet, p.row, p.column, p.value, p.message) for p in found.problems] == [
        ("Klager 2019", 3, "grunnlag", "#verdi!", "Excel-feilverdi (formelen har feilet)"),
        (
            "Klager 2019",
            4,
            "enhet",
            "GrÃ¸nland politistasjon",
            "teksten er feil tegnkodet (UTF-8 lest som Windows-1252, f.eks. «Ã¸» for «ø»); "
            "lagre filen på nytt med én tegnkoding",
        ),
    ]
    assert found.cells == found.problems


def _merged(rows, *ranges, sheet="Klager") -> layout.Layout:
    table = _table(rows, sheet)
    table.merged = list(ranges)
    return _located(table)


def test_a_range_merged_down_two_cases_covers_those_two_and_not_the_case_below():
    # grunnlag (column F, index 5) of the cases in rows 2 and 3 merged; row 4 is a case too
    found = _merged([COLUMNS, A_CASE, A_CASE, A_CASE], (1, 5, 2, 5))
    (problem,) = found.problems
    assert (problem.sheet, problem.row, problem.column, problem.value) == (
        "Klager",
        2,
        "grunnlag",
        "228.1",
    )
    assert problem.message == (
        "sammenslåtte celler: cellene F2:F3 går over flere rader; bare rad 2 har verdien; "
        "del opp cellene og fyll ut hver celle"
    )
    assert sorted(found.merged) == [("Klager", 2, "grunnlag"), ("Klager", 3, "grunnlag")]
    assert all(p is problem for p in found.merged.values())  # each cell -> the range's problem
    assert problem.file == "f.xlsx"
    # called on its own, without a dict to fill: the same one problem
    (located,) = found.located
    assert layout.cell_problems(located, "f.xlsx") == [problem]


def test_a_range_merged_across_three_case_columns_names_both_columns_it_empties():
    found = _merged([COLUMNS, A_CASE, A_CASE], (2, 4, 2, 6))
    (problem,) = found.problems
    assert (problem.row, problem.column, problem.value) == (3, "avgjorelse", "kritikk")
    assert problem.message == (
        "sammenslåtte celler: cellene E3:G3 går over flere kolonner; «grunnlag», "
        "«diskriminering» leses som tom; del opp cellene og fyll ut hver celle"
    )
    assert sorted(found.merged) == [
        ("Klager", 3, "avgjorelse"),
        ("Klager", 3, "diskriminering"),
        ("Klager", 3, "grunnlag"),
    ]


def test_a_merged_range_starting_past_the_end_of_a_short_row_has_no_value():
    # the case row ends after its 7th field; a range from its 8th field (enhet) down a row
    short = A_CASE[:7]
    found = _merged([COLUMNS, short, A_CASE], (1, 7, 2, 7))
    (problem,) = found.problems
    assert (problem.row, problem.column, problem.value) == (2, "enhet", "")
    assert "cellene H2:H3 går over flere rader" in problem.message


# --------------------------------------------------------------- the header row


def test_a_header_naming_a_column_twice_and_missing_one_names_both_at_its_row_and_sheet():
    # an export with a title and a blank row; «Saksnummer» repeats saksnr, «Motatt» is misspelt
    header = ["Saksnr", "Distrikt", "Motatt", "Avsluttet", "Avgjørelse", "Grunnlag"]
    header += ["Diskriminering", "Enhet", "Saksnummer"]
    rows = [["Klager 2019"], [], header, [*A_CASE, "2019/1"]]
    found = layout.locate([_table(rows, "Eksport", first=1)], [], "f.xlsx")
    allowed = "kolonnene " + ", ".join(COLUMNS)
    assert [(p.file, p.sheet, p.row, p.column, p.message, p.allowed) for p in found.problems] == [
        ("f.xlsx", "Eksport", 3, "saksnr", "kolonnen finnes flere ganger", None),
        (
            "f.xlsx",
            "Eksport",
            3,
            "mottatt",
            "mangler påkrevd kolonne («Motatt» ligner på «mottatt»)",
            allowed,
        ),
    ]
    assert found.located[0].cases == [3]


def test_a_header_of_exactly_three_case_columns_is_the_header():
    rows = [["Saksnr", "Distrikt", "Mottatt"], ["2019/1", "Oslo", "2019-01-03"]]
    found = layout.locate([_table(rows, "Ark1")], [], "f.xlsx")
    assert found.located[0].cases == [1]
    assert [(p.row, p.column, p.message) for p in found.problems][:1] == [
        (1, "avsluttet", "mangler påkrevd kolonne")
    ]
    assert len(found.problems) == 4  # avsluttet, avgjorelse, grunnlag, diskriminering


def test_one_sheet_read_and_one_the_reader_skipped_are_both_named():
    found = layout.locate(
        [_table([COLUMNS, A_CASE], "Klager")], [("Diagram", "et diagramark")], "f.xlsx"
    )
    assert found.notes == ["f.xlsx: leste arket «Klager»; hoppet over «Diagram» (et diagramark)."]


def test_two_sheets_of_cases_with_different_columns_none_missing_is_an_error():
    # «2018» lacks enhet, which is not required: still not the same columns
    found = layout.locate(
        [_table([COLUMNS, A_CASE], "2019"), _table([COLUMNS[:7], A_CASE[:7]], "2018")],
        [],
        "f.xlsx",
    )
    assert [(p.sheet, p.message) for p in found.problems] == [
        (
            None,
            "flere ark ser ut til å ha saker, men med ulike kolonner: «2019» (avgjorelse, "
            "avsluttet, diskriminering, distrikt, enhet, grunnlag, mottatt, saksnr); «2018» "
            "(avgjorelse, avsluttet, diskriminering, distrikt, grunnlag, mottatt, saksnr). Legg "
            "sakene i ett ark, eller gi arkene de samme kolonnene",
        )
    ]
    assert found.located == []


def test_a_cover_sheet_before_the_cases_is_skipped_with_why_and_the_cases_are_read():
    cover = _table([["Klager på politiet 2019"], ["Utarbeidet av POD"]], "Forside")
    found = layout.locate(
        [cover, _table([COLUMNS, A_CASE], "Klager"), _table([[None]], "Tom")], [], "f.xlsx"
    )
    assert [loc.sheet for loc in found.located] == ["Klager"]
    assert found.notes == [
        "f.xlsx: leste arket «Klager»; hoppet over «Forside» (har ikke saks-kolonnene), "
        "«Tom» (tomt)."
    ]


def test_every_sheets_problems_are_kept_when_two_sheets_hold_cases():
    error = [*A_CASE[:5], "#N/A", *A_CASE[6:]]
    found = layout.locate(
        [_table([COLUMNS, error], "2018"), _table([COLUMNS, A_CASE], "2019")],
        [],
        "f.xlsx",
    )
    assert [(p.sheet, p.row, p.column, p.value) for p in found.problems] == [
        ("2018", 2, "grunnlag", "#N/A")
    ]
    assert found.notes[0] == "f.xlsx: leste arkene «2018», «2019»."
    assert found.cells == found.problems


def test_a_flagged_cell_counts_only_in_a_case_row_of_a_case_column():
    # the workbook reader flags a formula without a value and an error cell; a flag in the
    # title row, in a column the contract does not read, or in a note row is not a problem
    rows = [["Eksport"], [*COLUMNS, "Merknad"], [*A_CASE, "x"], [*A_CASE, ""], [], ["Kilde: POD"]]
    table = _table(rows, "Klager")
    table.flags = {
        (3, 6): Flag("formelen har ingen lagret verdi"),  # diskriminering of row 4
        (2, 5): Flag("Excel-feilverdi (formelen har feilet)", "#REF!"),  # grunnlag of row 3
        (0, 0): Flag("formelen har ingen lagret verdi"),  # the title
        (2, 8): Flag("formelen har ingen lagret verdi"),  # Merknad
        (5, 0): Flag("formelen har ingen lagret verdi"),  # the note under the table
    }
    found = _located(table)
    assert [(p.file, p.sheet, p.row, p.column, p.value, p.message) for p in found.problems] == [
        ("f.xlsx", "Klager", 3, "grunnlag", "#REF!", "Excel-feilverdi (formelen har feilet)"),
        ("f.xlsx", "Klager", 4, "diskriminering", "celle G4", "formelen har ingen lagret verdi"),
    ]
    assert found.cells == found.problems
