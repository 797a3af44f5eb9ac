"""Messages about a workbook's cells: every located problem names its sheet, a merged cell is
one problem, and dates in a message read as dd.mm.åååå, never as Excel serial numbers."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from casefiles import fixtures, row, write_csv, write_xlsx
from typer.testing import CliRunner

from klagerapport import fmt
from klagerapport.cli import app
from klagerapport.errors import ValidationError
from klagerapport.ingest import validate

data_dir, store_dir = fixtures()


def problems_of(path):
    with pytest.raises(ValidationError) as info:
        validate.load_validated(path)
    return info.value.problems


def one_sheet_book(data_dir, rows, title="Klager"):
    path = write_xlsx(data_dir, rows)
    book = openpyxl.load_workbook(path)
    book.active.title = title
    book.save(path)
    return path


def test_every_cell_problem_of_a_one_sheet_workbook_names_the_sheet(data_dir, store_dir):
    rows = [
        row(saksnr="1", mottatt="31.02.2019"),  # impossible date
        row(saksnr="2", grunnlag="228.8"),  # unknown ground
        row(saksnr="3", mottatt="2019-03-01", avsluttet="2019-02-01"),  # closed before received
        row(saksnr="1"),  # the same case number twice
        row(saksnr="4", enhet="#N/A"),  # an Excel error value
        row(saksnr="5", diskriminering='=IF(1=1,"K-etnisk","")'),  # a formula without a value
    ]
    found = problems_of(one_sheet_book(data_dir, rows))
    assert len(found) == 6
    assert {p.sheet for p in found} == {"Klager"}
    for p in found:
        assert str(p).startswith(f"{p.file}, ark «Klager», rad {p.row}")
        assert p.to_json()["sheet"] == "Klager"


def test_the_cli_names_the_sheet(data_dir, store_dir):
    path = one_sheet_book(data_dir, [row(saksnr="2007/00601", mottatt="31.02.2019")])
    result = CliRunner().invoke(app, ["validate", "--data", str(path)])
    assert result.exit_code == 1
    assert (
        "klager.xlsx, ark «Klager», rad 2 (saksnr 2007/00601), kolonne C «mottatt»: umulig dato"
        in result.stderr
    )


def test_a_csv_problem_has_no_sheet(data_dir, store_dir):
    found = problems_of(write_csv(data_dir, [row(grunnlag="228.8")]))
    assert [p.sheet for p in found] == [None]
    assert "sheet" not in found[0].to_json()
    assert ", ark " not in str(found[0])


@pytest.mark.parametrize("merge", ["F2:F3", "E3:F3"])
def test_a_merged_cell_is_reported_once(data_dir, store_dir, merge):
    """Down the rows F3 reads empty, across the columns (avgjorelse, grunnlag) F3 does too: the
    merged range is the one problem, not also «mangler verdi» for the cell it empties."""
    rows = [row(saksnr="1"), row(saksnr="2", diskriminering="K-etnisk"), row(saksnr="3")]
    path = one_sheet_book(data_dir, rows)
    book = openpyxl.load_workbook(path)
    book.active.merge_cells(merge)
    book.save(path)
    found = problems_of(path)
    assert len(found) == 1, [str(p) for p in found]
    assert "sammenslåtte celler" in found[0].message
    assert found[0].sheet == "Klager"


def test_a_merged_range_does_not_hide_other_problems_in_its_rows(data_dir, store_dir):
    rows = [row(saksnr="1"), row(saksnr="2", mottatt="31.02.2019"), row(saksnr="3")]
    path = one_sheet_book(data_dir, rows)
    book = openpyxl.load_workbook(path)
    book.active.merge_cells("F2:F3")
    book.save(path)
    found = problems_of(path)
    assert [(p.row, p.column) for p in found] == [(2, "grunnlag"), (3, "mottatt")]


def test_date_order_shows_dates_not_serial_numbers(data_dir, store_dir):
    received = 45000.5  # Excel's serial number of 15 March 2023, noon
    rows = [row(saksnr="1", mottatt=received, avsluttet="18.04.2019")]
    found = problems_of(one_sheet_book(data_dir, rows))
    assert [(p.row, p.column, p.message) for p in found] == [
        (2, "avsluttet", "avsluttet før mottatt")
    ]
    assert found[0].value == "18.04.2019 er før mottatt 15.03.2023"
    assert "45000" not in str(found[0])


def test_date_order_in_a_csv_reads_the_same_whatever_the_cell_format(data_dir, store_dir):
    found = problems_of(write_csv(data_dir, [row(mottatt="2019-03-01", avsluttet="1.2.2019")]))
    assert found[0].value == "01.02.2019 er før mottatt 01.03.2019"


def test_an_unreadable_date_still_shows_the_cell_as_it_is(data_dir, store_dir):
    found = problems_of(write_csv(data_dir, [row(mottatt="2019-02-31")]))
    assert found[0].value == "2019-02-31"


def test_cell_date():
    assert fmt.cell_date(dt.date(2007, 4, 8)) == "08.04.2007"
    assert fmt.cell_date(dt.datetime(2023, 12, 15, 12)) == "15.12.2023"
