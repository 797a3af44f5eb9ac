"""A real export reads as it is: title rows, the export's header names, the form's labels, a Sum
row, notes, Excel dates, `sep=;`, and the report's tables equal the figures counted by hand."""

from __future__ import annotations

import pandas as pd
import pytest
from casefiles import GOOD, HEADER, fixtures, problems_of, row, write_csv
from exports import EXPORT_CASES, write_export

from klagerapport.errors import ValidationError
from klagerapport.ingest import validate
from klagerapport.sections import registry

data_dir, store_dir = fixtures()


def test_realistic_export_reads_without_hand_edits(data_dir, store_dir):
    result = validate.load_validated(write_export(data_dir), year=2019, district="Agder")
    cases = result.cases
    assert len(cases) == len(EXPORT_CASES) == 9
    assert set(cases["distrikt"]) == {"Agder"}
    assert cases["mottatt"].iloc[6] == pd.Timestamp("2019-09-12")  # serial number 43720
    assert cases["avsluttet"].isna().sum() == 2
    assert cases["avgjorelse"].isna().sum() == 2  # "Under behandling": open
    assert cases["grunnlag"].tolist() == ["228.5", "228.1", "228.1", "228.2", "228.5", "228.2",
                                          "228.1", "228.9", "228.1"]  # fmt: skip
    assert cases["diskriminering"].tolist() == ["ingen", "etnisk", "ingen", "ingen", "annen",
                                                "etnisk", "ingen", "ingen", "etnisk"]  # fmt: skip
    text = "\n".join(result.warnings)
    assert "leste arket «Saker»; hoppet over «Oppsummering» (har ikke saks-kolonnene)" in text
    assert "1 sumrad (rad 14) er ikke lest som saker" in text
    assert "1 rad under tabellen (rad 16) er merknader" in text
    assert "1 celle i «mottatt» er Excel-datotall" in text and "rad 11: 43720" in text
    assert "Sammendrag" in result.manifest["ignored_columns"]


def test_realistic_export_report_tables_equal_hand_counts(data_dir, store_dir):
    cases = validate.load_validated(write_export(data_dir), year=2019, district="Agder").cases
    sections = registry.functions()
    decisions = sections["decisions"](cases, year=2019, district="Agder")
    rows = {r[0]: r[1:] for r in decisions.tables["avgjorelse"].raw_rows()}
    # Counted by hand from tests/exports.py, cases received in 2019: total, etnisk, annen.
    assert rows == {
        "Grunnlag for kritikk": [2, 1, 0],  # 2019/001 (etnisk), 2019/006
        "Uheldig, men ikke grunnlag for kritikk": [1, 0, 1],  # 2019/004 (annen)
        "Ikke grunnlag for kritikk": [2, 1, 0],  # 2019/002, 2019/005 (etnisk)
        "Undersøkelsene har ikke lyktes i å avklare hendelsesforløpet": [0, 0, 0],
        "Avvist": [1, 0, 0],  # 2019/003
        "Overført annen instans for behandling": [0, 0, 0],
        "Under behandling": [2, 1, 0],  # 2019/007, 2019/008 (etnisk)
        "Total": [8, 3, 1],
    }
    grounds = sections["grounds"](cases, year=2019, district="Agder")
    rows = {r[0]: r[1:] for r in grounds.tables["grunnlag"].raw_rows()}
    # 228.1, 228.2, 228.3, 228.4, 228.5, 228.9
    assert rows == {
        "Uten diskriminering": [2, 1, 0, 0, 0, 1],  # 002, 006 | 003 | 007
        "Med etnisk diskriminering": [2, 1, 0, 0, 0, 0],  # 001, 008 | 005
        "Med annen diskriminering": [0, 0, 0, 0, 1, 0],  # 004
        "SUM": [4, 2, 0, 0, 1, 1],
    }
    received = sections["received"](cases, year=2019, district="Agder")
    assert received.values["received.total"].raw == 8
    assert "Agder" in decisions.tables["avgjorelse"].caption


def test_csv_export_with_sep_line_title_and_total_row(data_dir, store_dir):
    path = data_dir / "eksport.csv"
    lines = [
        "sep=;",
        "Klagesaker Oslo 2019;;;;;;;",
        ";;;;;;;",
        "Saksnummer;Distrikt;Dato mottatt;Avgjort;Avgjørelse;Klagegrunnlag;Diskriminering;Enhet",
        "2019/1;Oslo;43468;21.01.2019;Grunnlag for kritikk;228,1 Adferd;K-etnisk;Pass",
        "2019/2;Oslo politidistrikt;07.01.2019;;Under behandling;228.2;;Arrest",
        "Totalt;2;;;;;;",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    result = validate.load_validated(path, year=2019, district="oslo")
    cases = result.cases
    assert cases["mottatt"].tolist() == [pd.Timestamp("2019-01-03"), pd.Timestamp("2019-01-07")]
    assert cases["avgjorelse"].tolist()[0] == "kritikk" and pd.isna(cases["avgjorelse"].iloc[1])
    assert cases["grunnlag"].tolist() == ["228.1", "228.2"]
    assert any("1 sumrad (rad 7)" in w for w in result.warnings)


def test_near_miss_header_gets_did_you_mean(data_dir, store_dir):
    header = tuple("Mottat" if h == "mottatt" else h for h in HEADER)
    found = problems_of(write_csv(data_dir, GOOD, header=header))
    assert [(p.row, p.column) for p in found] == [(1, "mottatt")]
    assert "«Mottat» ligner på «mottatt»" in found[0].message


def test_no_header_row_says_what_the_first_row_holds(data_dir, store_dir):
    path = write_csv(data_dir, [("a", "b")], header=("Klagesaker 2019", "Uttrekk"), sep=";")
    found = problems_of(path)
    assert len(found) == 1
    assert "fant ingen overskriftsrad" in found[0].message
    assert "«Klagesaker 2019»" in found[0].message


def test_open_label_on_a_closed_case_is_an_error(data_dir, store_dir):
    found = problems_of(write_csv(data_dir, [row(avgjorelse="Under behandling")]))
    assert [(p.row, p.column) for p in found] == [(2, "avgjorelse")]
    assert "Under behandling" in found[0].message


@pytest.mark.parametrize(
    ("text", "code"),
    [("228.1 Adferd", "228.1"), ("228,2 Maktmisbruk", "228.2"), ("228.5 saksbehandling/service",
     "228.5"), ("228.9  Annet", "228.9")],
)  # fmt: skip
def test_ground_with_its_label(data_dir, store_dir, text, code):
    cases = validate.load_validated(write_csv(data_dir, [row(grunnlag=text)])).cases
    assert cases["grunnlag"].tolist() == [code]


def test_ground_with_a_wrong_label_is_an_error(data_dir, store_dir):
    found = problems_of(write_csv(data_dir, [row(grunnlag="228.1 Maktmisbruk")]))
    assert [(p.row, p.column) for p in found] == [(2, "grunnlag")]


@pytest.mark.parametrize(
    ("text", "code"),
    [("Med etnisk diskriminering", "etnisk"), ("med annen diskriminering", "annen"),
     ("Uten diskriminering", "ingen")],
)  # fmt: skip
def test_discrimination_form_labels(data_dir, store_dir, text, code):
    cases = validate.load_validated(write_csv(data_dir, [row(diskriminering=text)])).cases
    assert cases["diskriminering"].tolist() == [code]


def test_two_digit_year_is_rejected_clearly(data_dir, store_dir):
    found = problems_of(write_csv(data_dir, [row(mottatt="03.01.19", avsluttet="")]))
    assert "tosifret årstall" in found[0].message


def test_many_bad_cells_are_one_grouped_line(data_dir, store_dir):
    rows = [row(saksnr=str(n), grunnlag="228.7") for n in range(500)]
    with pytest.raises(ValidationError) as info:
        validate.load_validated(write_csv(data_dir, rows))
    assert len(info.value.problems) == 500
    lines = str(info.value).splitlines()
    assert lines[0] == "500 feil i inndata:"
    assert len(lines) == 2
    expected = "500 celler i kolonne «grunnlag»: ukjent grunnlag, f.eks. rad 2 (saksnr 0): «228.7»"
    assert expected in lines[1]


def test_total_row_in_xlsx_is_dropped_with_a_note(data_dir, store_dir):
    from casefiles import write_xlsx

    result = validate.load_validated(write_xlsx(data_dir, [*GOOD, ("Totalt", "", "", "", "", "",
                                                                   "", "")]))  # fmt: skip
    assert len(result.cases) == 3
    assert any("sumrad" in w for w in result.warnings)


def test_district_option_takes_any_spelling_and_gives_the_official_name():
    from klagerapport import paths, settings

    for spelling in ("Agder politidistrikt", "agder pd", "AGDER", " agder "):
        cfg = settings.load(district=spelling)
        assert cfg.district == "Agder"
        assert paths.output_dir(cfg.district, 2019) == paths.OUTPUTS / "agder" / "2019"
    assert settings.load(district="sør-vest").district == "Sør-Vest"
    assert settings.load(district="Rogaland").district == "Sør-Vest"  # pre-2017 name


def test_captions_use_the_official_name(data_dir, store_dir):
    cases = validate.load_validated(write_export(data_dir), year=2019, district="Agder").cases
    result = registry.functions()["decisions"](cases, year=2019, district="Agder")
    caption = result.tables["avgjorelse"].caption
    assert "Agder politidistrikt 2019" in caption
    assert "politidistrikt politidistrikt" not in caption


@pytest.mark.slow
def test_realistic_export_builds_a_report_with_hand_counted_figures(data_dir, store_dir, tmp_path):
    import json

    from klagerapport.pipeline import run as pipeline_run

    out = tmp_path / "agder-2019"
    data = write_export(data_dir)
    pipeline_run.build_report(
        year=2019, district="agder politidistrikt", data=data, out=out, render=False
    )
    values = json.loads((out / "values.json").read_text(encoding="utf-8"))
    assert values["district"] == "Agder"
    assert values["received"]["total"] == 8  # cases received in 2019, counted in exports.py
    decisions = values["decisions"]
    assert (decisions["kritikk"]["count"], decisions["kritikk"]["etnisk"]) == (2, 1)
    assert (decisions["uheldig"]["count"], decisions["uheldig"]["annen"]) == (1, 1)
    assert decisions["ikke_grunnlag"]["count"] == 2 and decisions["avvist"]["count"] == 1
    assert decisions["open"] == 2 and decisions["total"] == 8
    grounds = values["grounds"]
    assert [grounds[k]["count"] for k in ("adferd", "maktmisbruk", "saksbehandling", "annet")] == [
        4,
        2,
        1,
        1,
    ]


def test_file_without_header_row_never_echoes_a_case(data_dir, store_dir):
    path = write_csv(data_dir, GOOD[1:], header=GOOD[0])  # the first case where the header is
    (p,) = problems_of(path)
    assert (
        "fant ingen overskriftsrad" in p.message and "mangler filen overskriftsraden" in p.message
    )
    assert "2019/0001" not in str(p) and "Pass" not in str(p)


def test_many_duplicates_are_one_grouped_line(data_dir, store_dir):
    rows = [row(saksnr=str(n // 2)) for n in range(200)]  # 100 case numbers, each twice
    with pytest.raises(ValidationError) as info:
        validate.load_validated(write_csv(data_dir, rows))
    assert len(info.value.problems) == 100
    lines = str(info.value).splitlines()
    assert len(lines) == 2
    expected = "100 celler i kolonne «saksnr»: saksnummeret finnes flere ganger i distrikt Oslo"
    assert expected in lines[1]


def test_message_is_capped_but_every_problem_is_kept():
    from klagerapport.errors import MAX_LINES, Problem

    problems = [Problem(f"fil{n}.csv", "filen er tom") for n in range(100)]
    err = ValidationError(problems)
    lines = str(err).splitlines()
    assert len(lines) == 1 + MAX_LINES
    assert lines[-1].endswith(f"… og {100 - MAX_LINES + 1} linjer til med andre feil")
    assert len(err.problems) == 100


def test_repeated_header_row_is_dropped_with_a_note(data_dir, store_dir):
    result = validate.load_validated(write_csv(data_dir, [GOOD[0], HEADER, *GOOD[1:]]))
    assert len(result.cases) == 3
    assert any("1 gjentatt overskriftsrad (rad 3)" in w for w in result.warnings)


def test_a_lone_case_number_at_the_bottom_is_a_case_not_a_note(data_dir, store_dir):
    rows = [*GOOD, ("",) * 8, ("2019/0009", *("",) * 7)]
    found = problems_of(write_csv(data_dir, rows))
    assert {p.row for p in found} == {6}  # its missing values are errors
