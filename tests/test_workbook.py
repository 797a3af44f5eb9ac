"""The workbook says what the report says: a row's note mark and the notes under the table,
and percentages where the report prints percentages (the national comparison's shares)."""

from __future__ import annotations

import importlib

from openpyxl import load_workbook
from test_comparison import two_districts

from klagerapport import paths
from klagerapport.ingest import validate
from klagerapport.publish import xlsx
from klagerapport.sections import registry

comparison = importlib.import_module("klagerapport.sections.comparison")


def _write(tables, folder):
    folder.mkdir()
    for name, table in tables.items():
        (folder / f"{name}.csv").write_text(table.to_csv(), encoding="utf-8")
        (folder / f"{name}.md").write_text(table.to_markdown(), encoding="utf-8")
    return folder


def _rows(sheet):
    return [[c for c in row] for row in sheet.iter_rows()]


def test_a_rows_note_mark_and_the_note_are_kept(tmp_path):
    cases = validate.load_validated(paths.SAMPLE_DIR, year=2019, district="Oslo").cases
    result = registry.functions()["development"](cases, year=2019, district="Oslo")
    table = result.tables["utvikling"]
    assert "2017\\*" in table.to_markdown() and table.note  # Oslo's 2017 merger note
    folder = _write({"utvikling": table}, tmp_path / "tables")
    out = xlsx.write_tables(
        folder, tmp_path / "t.xlsx", district="Oslo", year=2019, sheet_names=registry.sheet_names()
    )
    sheet = load_workbook(out)["Utvikling"]
    rows = _rows(sheet)
    year_2017 = next(r[0] for r in rows if r[0].value == 2017)
    assert year_2017.number_format == '0"*"'  # a number that shows «2017*»
    assert next(r[0] for r in rows if r[0].value == 2018).number_format == "0"
    texts = [r[0].value for r in rows if isinstance(r[0].value, str)]
    assert table.note.strip() in texts  # the note under the rows, as the report prints it


def test_the_comparisons_shares_are_percentages(tmp_path):
    result = comparison.comparison(two_districts(), year=2019, district="Norge")
    share_tables = {n: result.tables[n] for n in (comparison.DECISIONS, comparison.GROUNDS)}
    folder = _write(share_tables, tmp_path / "tables")
    out = xlsx.write_tables(folder, tmp_path / "t.xlsx", district="Norge", year=2019)
    book = load_workbook(out)
    checked = 0
    for name, table in share_tables.items():
        sheet = book[xlsx.sheet_name(name)]
        for i, row in enumerate(table.text_rows(), start=xlsx.HEADER_ROW + 1):
            for j, shown in enumerate(row[1:], start=2):
                cell = sheet.cell(row=i, column=j)
                if shown.endswith("%"):
                    assert isinstance(cell.value, int | float) and 0 <= cell.value <= 1
                    assert cell.number_format.endswith("%"), (name, shown, cell.number_format)
                    checked += 1
    assert checked > 10
