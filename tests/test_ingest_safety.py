"""Never a silent wrong number: what cannot be read exactly is an error naming file, row and cell.

Each test writes a small file whose right reading is obvious, and checks the error (or the
cases) against what a person counts by eye.
"""

from __future__ import annotations

import datetime as dt
import zipfile

import pandas as pd
import pytest
from casefiles import GOOD, HEADER, fixtures, problems_of, row, write_csv, write_xlsx

from klagerapport.ingest import validate

data_dir, store_dir = fixtures()


def names(problems):
    return [(p.file.rsplit("/", 1)[-1], p.row, p.column) for p in problems]


@pytest.mark.parametrize("name", ["klager-2018.ods", "klager-2018.xls", "klager.numbers", "a.txt"])
def test_unsupported_file_in_folder_is_an_error_naming_it(data_dir, store_dir, name):
    write_csv(data_dir, GOOD, name="klager-2019.csv")
    (data_dir / name).write_bytes(b"PK\x03\x04 not read")
    found = problems_of(data_dir)
    assert len(found) == 1
    assert found[0].file.endswith(name)
    assert "kan ikke leses" in found[0].message


def test_unsupported_file_does_not_hide_other_problems(data_dir, store_dir):
    write_csv(data_dir, [row(grunnlag="x")], name="klager-2019.csv")
    (data_dir / "klager-2018.ods").write_bytes(b"x")
    assert names(problems_of(data_dir)) == [
        ("klager-2019.csv", 2, "grunnlag"),
        ("klager-2018.ods", None, None),
    ]


def test_unsupported_file_added_later_is_not_hidden_by_the_store(data_dir, store_dir):
    write_csv(data_dir, GOOD, name="klager-2019.csv")
    assert len(validate.load_validated(data_dir).cases) == 3
    (data_dir / "klager-2018.xls").write_bytes(b"x")
    assert names(problems_of(data_dir)) == [("klager-2018.xls", None, None)]


def xlsx_rows(*rows):
    return [list(r) for r in rows]


def test_formula_without_cached_value_is_an_error_naming_the_cell(data_dir, store_dir):
    # openpyxl saves formulas without a cached value, as a script or a web export may
    rows = [row(saksnr="1"), row(saksnr="2", diskriminering='=IF(1=1,"K-etnisk","")')]
    found = problems_of(write_xlsx(data_dir, rows))
    assert names(found) == [("klager.xlsx", 3, "diskriminering")]
    assert "formel uten lagret verdi" in found[0].message
    assert found[0].value == "celle G3"


def test_excel_error_value_is_an_error(data_dir, store_dir):
    found = problems_of(write_xlsx(data_dir, [row(saksnr="#N/A"), row(enhet="#DIV/0!")]))
    assert names(found) == [("klager.xlsx", 2, "saksnr"), ("klager.xlsx", 3, "enhet")]
    assert all("Excel-feilverdi" in p.message for p in found)
    assert [p.value for p in found] == ["#N/A", "#DIV/0!"]


def test_excel_error_value_as_text_in_csv_is_an_error(data_dir, store_dir):
    found = problems_of(write_csv(data_dir, [row(enhet="#I/T")]))
    assert names(found) == [("klager.csv", 2, "enhet")]


def test_merged_cells_are_an_error(data_dir, store_dir):
    import openpyxl

    path = write_xlsx(data_dir, [row(saksnr="1"), row(saksnr="2"), row(saksnr="3")])
    book = openpyxl.load_workbook(path)
    book.active.merge_cells("F2:F4")  # grunnlag of three cases in one merged cell
    book.save(path)
    found = problems_of(path)
    merged = [p for p in found if "sammenslåtte" in p.message]
    assert [(p.row, p.column, p.value, p.sheet) for p in merged] == [
        (2, "grunnlag", "228.1", "Sheet")
    ]
    assert "F2:F4 går over flere rader; bare rad 2 har verdien" in merged[0].message


def test_ground_and_discrimination_merged_across_a_case_row_is_an_error_naming_the_cell(
    data_dir, store_dir
):
    """A horizontally merged cell keeps only its first value: with ground and discrimination
    merged, the K-etnisk case would be read with no discrimination code and counted as "ingen"."""
    import openpyxl

    rows = [row(saksnr="1"), row(saksnr="2", diskriminering="K-etnisk"), row(saksnr="3")]
    path = write_xlsx(data_dir, rows)
    book = openpyxl.load_workbook(path)
    book.active.title = "Klager 2019"
    book.active.merge_cells("F3:G3")  # grunnlag and diskriminering of the K-etnisk case
    book.save(path)
    found = problems_of(path)
    assert [(p.file.rsplit("/", 1)[-1], p.sheet, p.row, p.column, p.value) for p in found] == [
        ("klager.xlsx", "Klager 2019", 3, "grunnlag", "228.1")
    ]
    assert "F3:G3 går over flere kolonner; «diskriminering» leses som tom" in found[0].message
    assert "ark «Klager 2019», rad 3, kolonne F «grunnlag»" in str(found[0])


def test_a_case_cell_merged_with_a_column_outside_the_table_is_said_to_span_columns(
    data_dir, store_dir
):
    """A horizontal merge whose other cells lie outside the case columns was reported as going
    over several rows (a wrong fact in the message)."""
    import openpyxl
    from openpyxl.utils import get_column_letter

    path = write_xlsx(data_dir, [row(saksnr="1"), row(saksnr="2")])
    book = openpyxl.load_workbook(path)
    last = get_column_letter(book.active.max_column)
    outside = get_column_letter(book.active.max_column + 1)
    book.active.merge_cells(f"{last}3:{outside}3")
    book.save(path)
    merged = [p for p in problems_of(path) if "sammenslåtte" in p.message]
    assert len(merged) == 1 and merged[0].row == 3
    assert (
        f"{last}3:{outside}3 går over flere kolonner; bare {last}3 har verdien" in merged[0].message
    )
    assert "rader" not in merged[0].message


def test_a_title_merged_across_above_the_header_and_a_note_under_the_cases_are_fine(
    data_dir, store_dir
):
    import openpyxl

    path = write_xlsx(data_dir, GOOD)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    sheet.insert_rows(1)
    sheet["A1"] = "Klager på politiet, eksport"
    sheet.merge_cells("A1:H1")  # a title across the table, as exports write it
    sheet["A7"] = "Merknad: tallene er foreløpige"
    sheet.merge_cells("A7:H7")  # a note under the cases, after a blank row
    book.save(path)
    assert len(validate.load_validated(path).cases) == 3


def test_a_merged_cell_outside_the_case_columns_is_fine_and_inside_them_from_outside_is_not(
    data_dir, store_dir
):
    import openpyxl

    path = write_xlsx(data_dir, GOOD, header=(*HEADER, "merknad", "intern"))
    book = openpyxl.load_workbook(path)
    book.active.merge_cells("I2:J2")  # two columns the contract does not read
    book.save(path)
    assert len(validate.load_validated(path).cases) == 3
    book.active.merge_cells("H3:I3")  # enhet keeps its value, merknad is emptied
    book.save(path)
    found = problems_of(path)
    assert [(p.row, p.column) for p in found] == [(3, "enhet")]
    assert (
        "går over flere kolonner; " not in found[0].message
        or "«enhet»" not in (found[0].message.split("; ")[0])
    )


def test_mojibake_is_an_error_naming_the_cell(data_dir, store_dir):
    path = data_dir / "klager.csv"
    header = ";".join(HEADER).encode()
    good = ";".join(row(saksnr="1", enhet="Pass")).encode()
    latin = ";".join(row(saksnr="2", enhet="Grønland")).encode("cp1252")
    utf8 = ";".join(row(saksnr="3", enhet="Grønland")).encode("utf-8")
    path.write_bytes(b"\r\n".join([header, good, latin, utf8]) + b"\r\n")
    found = problems_of(path)
    assert names(found) == [("klager.csv", 4, "enhet")]
    assert found[0].value == "GrÃ¸nland"


def test_row_with_missing_separator_is_an_error_naming_the_line(data_dir, store_dir):
    path = write_csv(data_dir, [GOOD[0], row(saksnr="2", grunnlag="x"), GOOD[1]])
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace(";Pass", "Pass")  # 7 fields: enhet would shift
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = problems_of(path)
    assert names(found) == [("klager.csv", 2, None), ("klager.csv", 3, "grunnlag")]
    assert "7 felt, overskriften har 8; et skilletegn mangler" in found[0].message


def test_row_with_extra_separator_is_an_error(data_dir, store_dir):
    path = write_csv(data_dir, [row(enhet="Pass;Arrest")])
    assert names(problems_of(path)) == [("klager.csv", 2, None)]


def test_stray_quote_swallowing_rows_is_an_error_naming_the_lines(data_dir, store_dir):
    rows = [row(saksnr=str(n)) for n in range(1, 6)]
    rows[1] = row(saksnr="2", enhet='"Kom inn døren')  # quote opens, never closes in place
    found = problems_of(write_csv(data_dir, rows))
    assert len(found) == 1
    assert found[0].row == 3
    assert "linjene 3–6" in found[0].message


def test_quoted_multiline_free_text_is_fine(data_dir, store_dir):
    """A quoted free-text field over two lines is one field (free text is dropped at load; a
    line break in a label such as enhet is an error, see test_untrusted)."""
    rows = [(*GOOD[0], "x"), (*GOOD[1], "y"), (*row(saksnr="9"), '"Første linje\nandre linje"')]
    cases = validate.load_validated(
        write_csv(data_dir, rows, header=(*HEADER, "beskrivelse"))
    ).cases
    assert len(cases) == 3
    assert "beskrivelse" not in cases


def test_second_sheet_with_same_columns_is_read(data_dir, store_dir):
    import openpyxl

    path = write_xlsx(data_dir, GOOD[:2])
    book = openpyxl.load_workbook(path)
    book.active.title = "2019"
    second = book.create_sheet("2020")
    second.append(list(HEADER))
    second.append(list(row(saksnr="2020/1", mottatt="2020-01-05", avsluttet="2020-01-09")))
    book.save(path)
    result = validate.load_validated(path)
    assert len(result.cases) == 3
    assert any("leste arkene «2019», «2020»" in w for w in result.warnings)


def test_second_sheet_with_other_columns_is_an_error_naming_both(data_dir, store_dir):
    import openpyxl

    path = write_xlsx(data_dir, GOOD[:2])
    book = openpyxl.load_workbook(path)
    book.active.title = "2019"
    second = book.create_sheet("2020")
    second.append(list(HEADER[:6]))
    second.append(list(row(saksnr="2020/1")[:6]))
    book.save(path)
    found = problems_of(path)
    assert len(found) == 1
    assert "«2019»" in found[0].message and "«2020»" in found[0].message


def test_district_written_with_politidistrikt_is_that_district(data_dir, store_dir):
    rows = [row(saksnr="1", distrikt="Agder"), row(saksnr="2", distrikt="Agder politidistrikt"),
            row(saksnr="3", distrikt="AGDER"), row(saksnr="4", distrikt="Agder pd")]  # fmt: skip
    result = validate.load_validated(write_csv(data_dir, rows), district="agder politidistrikt")
    assert len(result.cases) == 4
    assert set(result.cases["distrikt"]) == {"Agder"}
    assert not [w for w in result.warnings if "distrikt" in w]  # no row left out as another


def test_unknown_district_in_the_data_is_an_error_not_a_dropped_row(data_dir, store_dir):
    found = problems_of(write_csv(data_dir, [row(saksnr="1"), row(saksnr="2", distrikt="Agdr")]))
    assert names(found) == [("klager.csv", 3, "distrikt")]
    assert "Agder" in found[0].allowed and "Sør-Vest" in found[0].allowed


def test_corrupt_sheet_is_reported_with_other_files(data_dir, store_dir):
    good = write_xlsx(data_dir, GOOD, name="a.xlsx")
    bad = data_dir / "b.xlsx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            zout.writestr(info, data)
    write_csv(data_dir, [row(grunnlag="x")], name="c.csv")
    found = problems_of(data_dir)
    files = [n[0] for n in names(found)]
    assert "b.xlsx" in files and "c.csv" in files and "a.xlsx" not in files


def test_dates_outside_the_plausible_years_are_errors_per_row(data_dir, store_dir):
    rows = [
        row(saksnr="1", avsluttet="9999-12-31"),
        row(saksnr="2", mottatt="3019-01-01"),
        row(saksnr="3", mottatt="01.01.0219"),
        row(saksnr="4", mottatt="1677-09-21"),
        row(saksnr="5", mottatt="2019-01-01"),  # fine
    ]
    found = problems_of(write_csv(data_dir, rows))
    assert [(p.row, p.column) for p in found] == [
        (2, "avsluttet"), (3, "mottatt"), (4, "mottatt"), (5, "mottatt")
    ]  # fmt: skip
    assert all("urimelig årstall" in p.message for p in found)


def test_xlsx_date_cell_far_in_the_future_is_an_error(data_dir, store_dir):
    rows = [row(saksnr="1", mottatt=dt.datetime(9999, 1, 1), avsluttet="", avgjorelse="")]
    found = problems_of(write_xlsx(data_dir, rows))
    assert [(p.row, p.column) for p in found] == [(2, "mottatt")]


def test_formula_with_a_cached_value_is_read_as_its_value(data_dir, store_dir):
    # What Excel saves: the formula and its last value. Only a formula without a value is an
    # error; this one is read as "K-etnisk".
    import re

    path = write_xlsx(data_dir, [row(saksnr="1", diskriminering="PLACEHOLDER")])
    with zipfile.ZipFile(path) as zin:
        parts = {i.filename: zin.read(i.filename) for i in zin.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    cell = rb'<c r="G2" t="str"><f>"K-"&amp;"etnisk"</f><v>K-etnisk</v></c>'
    parts[sheet], n = re.subn(rb'<c r="G2"[^>]*>.*?</c>', cell, parts[sheet], flags=re.S)
    assert n == 1
    with zipfile.ZipFile(path, "w") as zout:
        for name, data in parts.items():
            zout.writestr(name, data)
    cases = validate.load_validated(path).cases
    assert cases["diskriminering"].tolist() == ["etnisk"]


def test_dates_of_a_1904_workbook(data_dir, store_dir):
    import openpyxl
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    book = openpyxl.Workbook()
    book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    sheet.append(list(HEADER))
    sheet.append(list(row(saksnr="1", mottatt=dt.datetime(2019, 1, 3), avsluttet=42025)))
    path = data_dir / "mac.xlsx"
    book.save(path)
    result = validate.load_validated(path)
    # 42025 days after 1 January 1904 is 22 January 2019 (in the 1900 system: 21 January 2015)
    assert result.cases["mottatt"].tolist() == [pd.Timestamp("2019-01-03")]
    assert result.cases["avsluttet"].tolist() == [pd.Timestamp("2019-01-22")]
    assert any("1904-systemet" in w for w in result.warnings)


def test_mojibake_in_a_workbook_is_an_error(data_dir, store_dir):
    found = problems_of(write_xlsx(data_dir, [row(enhet="TrÃ¸ndelag")]))
    assert names(found) == [("klager.xlsx", 2, "enhet")]
