"""What users read: columns named as their file names them, the title rows above the header
named in the summary, `values --search` through the descriptions, `new-district` saying which
year it used, the national report's name, and years in the workbooks stored as numbers."""

from __future__ import annotations

import pytest
from casefiles import GOOD, HEADER, fixtures, row, write_csv, write_xlsx
from exports import write_export
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from klagerapport import paths
from klagerapport.check import newyear, reference
from klagerapport.check.build_values import BuildValues
from klagerapport.cli import app
from klagerapport.errors import ValidationError
from klagerapport.ingest import validate
from klagerapport.pipeline import rollup
from klagerapport.publish import captions, xlsx
from klagerapport.sections import registry

data_dir, store_dir = fixtures()

# The export's own header names, in the contract's order: «Mottatt dato» is column C.
EXPORT_HEADER = ("Saksnr.", "Politidistrikt", "Mottatt dato", "Avsluttet dato", "Avgjørelse",
                 "Grunnlag", "Diskriminering", "Enhet")  # fmt: skip


def error_text(path) -> str:
    with pytest.raises(ValidationError) as info:
        validate.load_validated(path)
    return str(info.value)


# ------------------------------------------------------------------- 1 columns as in the file


def test_xlsx_error_names_the_letter_and_the_files_header(data_dir, store_dir):
    text = error_text(write_xlsx(data_dir, [row(mottatt="31.02.2019")], header=EXPORT_HEADER))
    assert "rad 2 (saksnr 2019/0100), kolonne C «Mottatt dato» (mottatt): umulig dato" in text


def test_letter_is_the_sheets_own_when_the_table_starts_in_column_b(data_dir, store_dir):
    path = write_xlsx(data_dir, [(None, *row(mottatt="31.02.2019"))], header=(None, *HEADER))
    assert "rad 2 (saksnr 2019/0100), kolonne D «mottatt»: umulig dato" in error_text(path)


def test_csv_error_names_the_files_header_without_a_letter(data_dir, store_dir):
    path = write_csv(data_dir, [row(grunnlag="228.7")], header=EXPORT_HEADER)
    assert "kolonne «Grunnlag»: ukjent grunnlag: «228.7»" in error_text(path)
    path = write_csv(data_dir, [row(avgjorelse="x")], header=EXPORT_HEADER, name="b.csv")
    assert "kolonne «Avgjørelse» (avgjorelse): ukjent avgjørelse" in error_text(path)


def test_grouped_line_names_the_column_as_the_file_does(data_dir, store_dir):
    rows = [row(saksnr=str(n), mottatt="2019/01/03") for n in range(5)]
    text = error_text(write_xlsx(data_dir, rows, header=EXPORT_HEADER))
    assert "5 celler i kolonne C «Mottatt dato» (mottatt): ukjent datoformat" in text


def test_header_problems_keep_the_contracts_name(data_dir, store_dir):
    header = tuple("Mottat" if h == "mottatt" else h for h in HEADER)
    text = error_text(write_xlsx(data_dir, GOOD, header=header))
    assert "rad 1, kolonne «mottatt»: mangler påkrevd kolonne" in text


# ------------------------------------------------------------------- 2 rows above the header


def test_title_rows_above_the_header_are_named(data_dir, store_dir):
    result = validate.load_validated(write_export(data_dir), year=2019, district="Agder")
    note = "ark «Saker»: 3 tittel- og tomme rader over overskriften (rad 1–3) er hoppet over."
    assert any(note in w for w in result.warnings)
    assert any(note in line for line in validate.summary(result, 2019))


def test_one_title_row_above_a_csv_header(data_dir, store_dir):
    path = data_dir / "klager.csv"
    lines = ["Klagesaker 2019", ";".join(HEADER), *(";".join(r) for r in GOOD)]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    result = validate.load_validated(path)
    assert "1 tittel- eller tom rad over overskriften (rad 1) er hoppet over." in "\n".join(
        result.warnings
    )
    plain = validate.load_validated(write_csv(data_dir, GOOD, name="uten.csv"))
    assert not any("over overskriften" in w for w in plain.warnings)


# ------------------------------------------------------------------- 3 values --search


def test_values_search_finds_descriptions_and_kinds():
    vals = BuildValues.from_flat(
        {
            "district": {"value": "Oslo", "text": "Oslo"},
            "decisions.kritikk.share": {"value": 0.12, "text": "12 %"},
            "received.total": {"value": 211, "text": "211"},
        }
    )
    found = reference.terminal(vals, search="andel")
    assert "decisions.kritikk.share" in found and "received.total" not in found
    assert "Ingen" in reference.terminal(vals, search="finnes-ikke")


# ------------------------------------------------------------------- 4 new-district's year


def test_new_district_says_which_year_and_how_to_choose_another(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(paths, "COMMENTARY", tmp_path / "commentary")
    monkeypatch.setattr(paths, "COMMENTARY_TEMPLATE", paths.ROOT / "commentary" / "_mal")
    default = CliRunner().invoke(app, ["new-district", "--district", "Agder"])
    assert default.exit_code == 0, default.output
    assert "Rapportår: 2019 (standardåret i config.yml)" in default.stdout
    assert "«klagerapport new-district --district Agder --year 2020»" in default.stdout
    chosen = CliRunner().invoke(app, ["new-district", "--district", "Møre og Romsdal", "--year",
                                      "2021"])  # fmt: skip
    assert chosen.exit_code == 0, chosen.output
    assert "Rapportår: 2021 (fra --year)." in chosen.stdout
    assert (tmp_path / "commentary" / "more-og-romsdal" / "2021").is_dir()
    line = newyear.year_used_line("Møre og Romsdal", 2019, given=False)
    assert '--district "Møre og Romsdal" --year 2020' in line


def test_readme_shows_new_districts_year_option():
    assert "new-district --district Agder --year" in (paths.ROOT / "README.md").read_text("utf-8")


# ------------------------------------------------------------------- 5 the national report's name


def test_national_header_and_captions_name_the_whole_country(data_dir, store_dir):
    from klagerapport import districts

    every = [
        row(saksnr=f"n{i}", distrikt=d.name) for i, d in enumerate(districts.police_districts())
    ]
    cases = validate.load_validated(write_csv(data_dir, [*GOOD, *every])).cases
    received = registry.functions("Norge")["received"]
    national = received(cases, year=2019, district="Norge").values["district"]
    assert (national.raw, national.text) == ("Norge", "Hele landet (alle politidistrikter)")
    oslo = received(cases, year=2019, district="Oslo").values["district"]
    assert (oslo.raw, oslo.text) == ("Oslo", "Oslo")
    name = "alle politidistrikter"
    assert captions.decisions_caption("Norge", 2021) == (
        f"Mottatte klagesaker {name} 2021 etter avgjørelseskode"
    )
    assert captions.grounds_caption("Norge", 2021) == (
        f"Mottatte klagesaker {name} 2021 etter grunnlag"
    )
    assert name in captions.handling_chart_caption("Norge", 2021)
    # a district's captions are the form's, as before
    assert captions.grounds_caption("Oslo", 2019) == "Mottatte klagesaker Oslo 2019 etter grunnlag"
    assert captions.handling_chart_caption("Oslo", 2019) == (
        "Saksbehandlingstid for klagesaker mottatt i Oslo 2019, antall dager"
    )


# ------------------------------------------------------------------- 6 years in the workbooks


def test_pod_workbook_years_are_numbers_and_text_stays_text(tmp_path):
    folders = {}
    for name, count in (("Oslo", "211"), ("Vest", ":")):
        tables = tmp_path / name / "tables"
        tables.mkdir(parents=True)
        (tables / "utvikling.csv").write_text(f"Årstall,Klagesaker\n2019,{count}\n2018,174\n")
        (tables / "enheter.csv").write_text("Enhet,2018,2019\n=1+1,15,42\n")
        folders[name] = tmp_path / name
    heads, rows = rollup.side_by_side("utvikling", folders)
    assert [r[0] for r in rows] == [2019, 2018]
    assert rows[0][1:] == [211, ":"]  # a hidden cell stays its symbol
    heads, units = rollup.side_by_side("enheter", folders)
    assert heads[1][1:3] == [2018, 2019]
    assert units[0][0] == "=1+1"  # a label is never a number or a formula
    book = Workbook()
    rollup._sheet(book, "Utvikling", *rollup.side_by_side("utvikling", folders))
    rollup._sheet(book, "Enheter", heads, units)
    book.save(tmp_path / "pod.xlsx")
    saved = load_workbook(tmp_path / "pod.xlsx")
    year = saved["Utvikling"]["A3"]
    assert (year.value, year.data_type) == (2019, "n")
    assert saved["Utvikling"]["C3"].value == ":"
    label = saved["Enheter"]["A3"]
    assert (label.value, label.data_type) == ("=1+1", "s")


def test_label_value_only_makes_years_of_a_year_table_numbers():
    assert xlsx.label_value("2019", "Årstall") == 2019
    assert xlsx.label_value("2019", "Enhet") == "2019"
    assert xlsx.label_value("-1", "Enhet") == "-1"
