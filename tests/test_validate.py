"""The data contract's rules: every problem collected with file, row, saksnr, column, value."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from casefiles import GOOD, HEADER, fixtures, problems_of, row, write_csv, write_xlsx

from klagerapport import paths
from klagerapport.errors import KlagerapportError, ValidationError
from klagerapport.ingest import validate

data_dir, store_dir = fixtures()


def only_problem(path):
    found = problems_of(path)
    assert len(found) == 1, [str(p) for p in found]
    return found[0]


def test_valid_file_passes(data_dir, store_dir):
    result = validate.load_validated(write_csv(data_dir), year=2019, district="Oslo")
    assert len(result.cases) == 3


def test_missing_required_column(data_dir, store_dir):
    header = tuple(h for h in HEADER if h != "grunnlag")
    rows = [tuple(v for h, v in zip(HEADER, r, strict=True) if h != "grunnlag") for r in GOOD]
    p = only_problem(write_csv(data_dir, rows, header=header))
    assert (p.column, p.row, p.message) == ("grunnlag", 1, "mangler påkrevd kolonne")
    assert p.file.endswith("klager.csv")


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("avgjorelse", "kritisk", "ukjent avgjørelse"),
        ("grunnlag", "228.7", "ukjent grunnlag"),
        ("grunnlag", "228,10", "ukjent grunnlag"),
        ("diskriminering", "rase", "ukjent diskriminering"),
        ("mottatt", "31.02.2019", "umulig dato"),
        ("avsluttet", "2019-02-30", "umulig dato"),
        ("mottatt", "3. januar 2019", "ukjent datoformat"),
        ("avsluttet", "21/01/2019", "ukjent datoformat"),
    ],
)
def test_bad_values(data_dir, store_dir, column, value, message):
    p = only_problem(write_csv(data_dir, [GOOD[0], row(**{column: value})]))
    assert (p.row, p.saksnr, p.column, p.value) == (3, "2019/0100", column, value)
    assert p.message.startswith(message)
    assert p.allowed


@pytest.mark.parametrize("column", ["saksnr", "distrikt", "mottatt", "grunnlag"])
def test_missing_values(data_dir, store_dir, column):
    p = only_problem(write_csv(data_dir, [row(**{column: ""})]))
    assert (p.row, p.column, p.message) == (2, column, "mangler verdi")


def test_avsluttet_before_mottatt(data_dir, store_dir):
    p = only_problem(write_csv(data_dir, [row(mottatt="2019-02-01", avsluttet="31.01.2019")]))
    assert (p.row, p.column, p.message) == (2, "avsluttet", "avsluttet før mottatt")
    assert p.value == "31.01.2019 er før mottatt 01.02.2019"  # both as dd.mm.åååå


def test_same_day_is_allowed(data_dir, store_dir):
    path = write_csv(data_dir, [row(mottatt="2019-02-01", avsluttet="01.02.2019")])
    assert len(validate.load_validated(path).cases) == 1


def test_duplicate_case_number_names_both_rows(data_dir, store_dir):
    rows = [row(saksnr="2019/0009"), GOOD[0], row(saksnr="2019/0009", grunnlag="228.2")]
    p = only_problem(write_csv(data_dir, rows))
    assert (p.row, p.column, p.saksnr) == (2, "saksnr", "2019/0009")
    assert "rad 4" in p.message


def test_duplicate_across_files_names_the_other_file(data_dir, store_dir):
    write_csv(data_dir, [row(saksnr="2019/0009")], name="a.csv")
    # a different mottatt: not the same case in two yearly exports (tests/test_ingest_overlap.py)
    write_csv(data_dir, [GOOD[0], row(saksnr="2019/0009", mottatt="2019-01-04")], name="b.csv")
    p = only_problem(data_dir)
    assert p.file.endswith("a.csv") and p.row == 2
    assert "rad 3 i" in p.message and "b.csv" in p.message


def test_same_case_number_in_two_districts_is_allowed(data_dir, store_dir):
    path = write_csv(data_dir, [row(), row(distrikt="Vest")])
    assert len(validate.load_validated(path).cases) == 2


def test_decision_on_open_case(data_dir, store_dir):
    p = only_problem(write_csv(data_dir, [row(avsluttet="", avgjorelse="kritikk")]))
    assert (p.row, p.column) == (2, "avsluttet")
    assert "avgjørelse" in p.message


def test_decision_missing_on_closed_case(data_dir, store_dir):
    p = only_problem(write_csv(data_dir, [row(avgjorelse="")]))
    assert (p.row, p.column) == (2, "avgjorelse")
    assert "avsluttet" in p.message


def test_empty_file(data_dir, store_dir):
    path = data_dir / "klager.csv"
    path.write_bytes(b"")
    assert "tom" in only_problem(path).message


def test_header_without_cases(data_dir, store_dir):
    assert "ingen saker" in only_problem(write_csv(data_dir, [])).message


def test_not_a_valid_xlsx(data_dir, store_dir):
    path = data_dir / "klager.xlsx"
    path.write_text("saksnr;distrikt\n")
    assert "ikke en gyldig .xlsx" in only_problem(path).message


def test_data_path_does_not_exist(tmp_path, store_dir):
    with pytest.raises(KlagerapportError, match="finnes ikke"):
        validate.load_validated(tmp_path / "mangler")


def test_folder_without_case_files(data_dir, store_dir):
    (data_dir / "README.md").write_text("x")
    with pytest.raises(KlagerapportError, match="Ingen saksfiler"):
        validate.load_validated(data_dir)


def test_year_without_cases(data_dir, store_dir):
    with pytest.raises(KlagerapportError, match="Ingen saker mottatt eller avsluttet i 2017"):
        validate.load_validated(write_csv(data_dir), year=2017)


def test_year_the_export_does_not_cover_is_an_error(data_dir, store_dir):
    # decided in 2019 but received in 2018, and nothing received in 2019 or later
    path = write_csv(data_dir, [row(mottatt="2018-12-20", avsluttet="2019-01-04")])
    with pytest.raises(KlagerapportError) as info:
        validate.load_validated(path, year=2019, district="Oslo")
    message = str(info.value)
    assert "Dataene dekker ikke 2019 for distrikt Oslo" in message
    assert "siste mottatt-dato i dataene er 20. desember 2018" in message
    assert "1 sak mottatt tidligere ble avsluttet i 2019" in message


def test_year_without_received_cases_that_the_data_covers_is_a_warning(data_dir, store_dir):
    path = write_csv(
        data_dir,
        [
            row(saksnr="2018/0001", mottatt="2018-12-20", avsluttet="2019-01-04"),
            row(saksnr="2020/0001", mottatt="2020-02-03", avsluttet="2020-02-20"),
        ],
    )
    result = validate.load_validated(path, year=2019, district="Oslo")
    assert len(result.cases) == 2
    assert [w for w in result.warnings if w.startswith("Ingen saker er mottatt i 2019")] == [
        "Ingen saker er mottatt i 2019 for distrikt Oslo, men dataene har saker mottatt "
        "senere: rapporten viser 0 mottatte klager i 2019; kontroller at eksporten er riktig."
    ]
    assert not [w for w in validate.load_validated(path, year=2020).warnings if "Ingen" in w]


def test_district_without_cases(data_dir, store_dir):
    with pytest.raises(KlagerapportError, match="Ingen saker for distrikt «Vest»"):
        validate.load_validated(write_csv(data_dir), district="Vest")


def test_every_problem_in_every_file_is_collected(data_dir, store_dir):
    write_csv(data_dir, [row(grunnlag="x", mottatt="32.01.2019"), row(saksnr="2")], name="a.csv")
    write_xlsx(data_dir, [row(saksnr="3", diskriminering="?")], name="b.xlsx")
    (data_dir / "c.csv").write_bytes(b"")
    found = problems_of(data_dir)
    where = [(p.file.rsplit("/", 1)[-1], p.row, p.column) for p in found]
    assert where == [
        ("a.csv", 2, "mottatt"),
        ("a.csv", 2, "grunnlag"),
        ("b.xlsx", 2, "diskriminering"),
        ("c.csv", None, None),
    ]


def test_error_message_lists_every_problem(data_dir, store_dir):
    path = write_csv(data_dir, [row(grunnlag="x"), row(saksnr="2", avgjorelse="y")])
    with pytest.raises(ValidationError) as info:
        validate.load_validated(path)
    text = str(info.value)
    assert text.startswith("2 feil i inndata:")
    assert "rad 2 (saksnr 2019/0100), kolonne «grunnlag»: ukjent grunnlag: «x»" in text
    assert "rad 3 (saksnr 2), kolonne «avgjorelse»" in text


def test_warning_open_cases_of_the_year(data_dir, store_dir):
    result = validate.load_validated(write_csv(data_dir), year=2019, district="Oslo")
    assert result.warnings == ["1 sak mottatt i 2019 er fortsatt under behandling."]


def test_warning_and_exclusion_of_other_districts(data_dir, store_dir):
    rows = [*GOOD[:2], row(distrikt="Vest"), row(distrikt="oslo", saksnr="2019/0200")]
    result = validate.load_validated(write_csv(data_dir, rows), district="Oslo")
    assert len(result.cases) == 3
    assert set(result.cases["distrikt"]) == {"Oslo"}  # "oslo" is the district Oslo
    assert result.warnings == ["1 rad fra andre distrikter enn Oslo er utelatt: Vest (1)."]


def test_warning_decided_in_the_future(data_dir, store_dir, monkeypatch):
    monkeypatch.setattr(validate, "today", lambda: dt.date(2019, 1, 10))
    result = validate.load_validated(write_csv(data_dir, GOOD[:2]))
    assert len(result.warnings) == 1
    assert result.warnings[0].startswith("2 saker har avsluttet-dato etter dagens dato")
    assert "21. januar 2019" in result.warnings[0]


def test_no_warnings_for_clean_closed_data(data_dir, store_dir):
    result = validate.load_validated(write_csv(data_dir, GOOD[:2]), year=2019, district="Oslo")
    assert result.warnings == []


def test_committed_sample_is_valid_and_keeps_no_free_text(store_dir):
    meta = yaml.safe_load((paths.SAMPLE_DIR / "manifest.yml").read_text(encoding="utf-8"))
    result = validate.load_validated(paths.SAMPLE_DIR, year=2019, district="Oslo")
    assert result.reused is False
    assert len(result.cases) == meta["rows"]
    assert result.manifest["synthetic"] is True
    assert result.manifest["ignored_columns"] == ["beskrivelse"]
    assert b"FRITEKSTMERKE" not in result.processed.read_bytes()
    assert b"FRITEKSTMERKE" not in (result.processed.parent / "manifest.json").read_bytes()
