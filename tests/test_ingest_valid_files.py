"""Files a person would call valid are read: RFC 4180 quoting, a no-break space after a
Norwegian letter, one workbook with one sheet per year; and a case that changed between two
exports is an error that says which field changed, with both values and where they are."""

from __future__ import annotations

import pytest
from casefiles import GOOD, HEADER, fixtures, row, write_csv, write_xlsx

from klagerapport.errors import ValidationError
from klagerapport.ingest import validate
from klagerapport.ingest.cells import is_mojibake

data_dir, store_dir = fixtures()


def test_quoted_multiline_field_with_a_separator_before_the_line_break_is_one_field(
    data_dir, store_dir
):
    text = '"Klagen gjelder to forhold; se vedlegg;\nandre linje; og en tredje"'
    rows = [(*GOOD[0], "x"), (*row(saksnr="9"), text), (*GOOD[1], "y")]
    cases = validate.load_validated(
        write_csv(data_dir, rows, header=(*HEADER, "beskrivelse"))
    ).cases
    assert len(cases) == 3
    assert sorted(cases["grunnlag"].tolist()) == ["228.1", "228.1", "228.2"]


def test_stray_quote_in_a_middle_column_is_still_named(data_dir, store_dir):
    rows = [row(saksnr=str(n)) for n in range(1, 5)]
    rows[1] = row(saksnr="2", avgjorelse='"kritikk')
    with pytest.raises(ValidationError) as info:
        validate.load_validated(write_csv(data_dir, rows))
    assert any("anførselstegn" in p.message for p in info.value.problems)


def test_letter_before_a_no_break_space_is_not_mojibake(data_dir, store_dir):
    assert not is_mojibake("Seksjon Ø\u00a0Nord")
    assert is_mojibake("GrÃ¸nland") and is_mojibake("Ã˜stfold") and is_mojibake("Ã…sgÃ¥rd")
    rows = [row(saksnr="1", enhet="Seksjon Ø\u00a0Nord"), row(saksnr="2")]
    cases = validate.load_validated(write_csv(data_dir, rows)).cases
    assert cases["enhet"].tolist()[0] == "Seksjon Ø Nord"  # read; the no-break space a space


def one_sheet_per_year(data_dir, later: tuple[str, ...]):
    import openpyxl

    path = write_xlsx(data_dir, [row(saksnr="2019/1"), row(saksnr="2019/2", mottatt="2019-12-20",
                      avsluttet="", avgjorelse="")], name="klager.xlsx")  # fmt: skip
    book = openpyxl.load_workbook(path)
    book.active.title = "2019"
    second = book.create_sheet("2020")
    second.append(list(HEADER))
    second.append(list(later))
    second.append(list(row(saksnr="2020/1", mottatt="2020-01-05", avsluttet="2020-01-09")))
    book.save(path)
    return path


def test_one_workbook_with_one_sheet_per_year_takes_a_carried_over_case_as_one(data_dir, store_dir):
    decided = row(saksnr="2019/2", mottatt="2019-12-20", avsluttet="2020-01-10",
                  avgjorelse="kritikk")  # fmt: skip
    result = validate.load_validated(one_sheet_per_year(data_dir, decided))
    cases = result.cases
    assert len(cases) == 3
    carried = cases[cases["mottatt"] == "2019-12-20"]
    assert carried["avgjorelse"].tolist() == ["kritikk"]
    (note,) = [w for w in result.warnings if "flere eksporter" in w]
    assert "rad 3 i ark «2019»" in note and "rad 2 i ark «2020»" in note


def test_same_case_twice_in_one_sheet_stays_a_duplicate(data_dir, store_dir):
    path = write_xlsx(data_dir, [row(saksnr="1"), row(saksnr="1")])
    with pytest.raises(ValidationError) as info:
        validate.load_validated(path)
    assert "finnes flere ganger" in info.value.problems[0].message


def test_carried_over_case_with_changed_mottatt_says_which_field_and_both_values(
    data_dir, store_dir
):
    write_csv(data_dir, [row(saksnr="7", mottatt="2019-12-20", avsluttet="", avgjorelse="")],
              name="eksport-2019.csv")  # fmt: skip
    write_csv(data_dir, [row(saksnr="7", mottatt="2019-12-21", avsluttet="2020-01-10",
                             avgjorelse="kritikk")], name="eksport-2020.csv")  # fmt: skip
    with pytest.raises(ValidationError) as info:
        validate.load_validated(data_dir)
    (p,) = info.value.problems
    assert "finnes flere ganger" not in p.message
    assert "mottatt er «2019-12-20» i rad 2 i" in p.message
    assert "eksport-2019.csv og «2019-12-21» i rad 2 i" in p.message
    assert "eksport-2020.csv" in p.message
    assert "avgjorelse er «(tom)»" in p.message  # the other changed field, named too


def test_changed_mottatt_between_sheets_names_the_sheets(data_dir, store_dir):
    moved = row(saksnr="2019/2", mottatt="2019-12-21", avsluttet="2020-01-10")
    with pytest.raises(ValidationError) as info:
        validate.load_validated(one_sheet_per_year(data_dir, moved))
    (p,) = info.value.problems
    assert "«2019-12-20» i rad 3 i ark «2019»" in p.message
    assert "«2019-12-21» i rad 2 i ark «2020»" in p.message
