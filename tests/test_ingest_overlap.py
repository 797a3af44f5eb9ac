"""Overlapping yearly exports: the same case in two files of one folder is one case."""

from __future__ import annotations

import pytest
from casefiles import fixtures, row, write_csv

from klagerapport.errors import ValidationError
from klagerapport.ingest import validate

data_dir, store_dir = fixtures()


def open_case(saksnr: str, mottatt: str = "2019-12-20"):
    return row(saksnr=saksnr, mottatt=mottatt, avsluttet="", avgjorelse="")


def test_case_open_in_one_export_and_decided_in_the_next_is_counted_once(data_dir, store_dir):
    write_csv(data_dir, [row(saksnr="2019/1"), open_case("2019/2"), open_case("2019/3")],
              name="eksport-2019.csv")  # fmt: skip
    write_csv(data_dir, [row(saksnr="2019/2", mottatt="2019-12-20", avsluttet="2020-01-10",
                             avgjorelse="kritikk"), row(saksnr="2020/1", mottatt="2020-01-05",
                             avsluttet="2020-01-07")], name="eksport-2020.csv")  # fmt: skip
    result = validate.load_validated(data_dir)
    cases = result.cases
    # 2019/1, 2019/2 (decided version), 2019/3 (still open), 2020/1: four cases
    assert len(cases) == 4
    decided = cases[cases["mottatt"] == "2019-12-20"].sort_values("avsluttet")
    assert decided["avgjorelse"].tolist()[0] == "kritikk"
    assert decided["avsluttet"].notna().sum() == 1
    notes = [w for w in result.warnings if "flere eksporter" in w]
    assert len(notes) == 1 and notes[0].startswith("1 sak fantes i flere eksporter")
    assert (
        "rad 3 i" in notes[0] and "eksport-2019.csv" in notes[0] and "eksport-2020.csv" in notes[0]
    )


def test_later_file_wins_when_both_are_decided(data_dir, store_dir):
    write_csv(data_dir, [row(saksnr="1", avgjorelse="avvist")], name="a.csv")
    write_csv(data_dir, [row(saksnr="1", avgjorelse="kritikk")], name="b.csv")
    cases = validate.load_validated(data_dir).cases
    assert cases["avgjorelse"].tolist() == ["kritikk"]


def test_decided_version_wins_even_from_the_earlier_file(data_dir, store_dir):
    write_csv(data_dir, [row(saksnr="1", avgjorelse="avvist")], name="a.csv")
    write_csv(data_dir, [open_case("1", mottatt="2019-01-03")], name="b.csv")
    cases = validate.load_validated(data_dir).cases
    assert cases["avgjorelse"].tolist() == ["avvist"]


def test_different_mottatt_is_a_conflict_naming_both_files(data_dir, store_dir):
    write_csv(data_dir, [row(saksnr="1")], name="a.csv")
    write_csv(data_dir, [row(saksnr="1", mottatt="2019-01-02")], name="b.csv")
    with pytest.raises(ValidationError) as info:
        validate.load_validated(data_dir)
    (p,) = info.value.problems
    assert p.file.endswith("a.csv") and p.row == 2
    assert "rad 2 i" in p.message and "b.csv" in p.message


def test_twice_in_one_file_stays_an_error(data_dir, store_dir):
    write_csv(data_dir, [row(saksnr="1"), row(saksnr="1")], name="a.csv")
    write_csv(data_dir, [row(saksnr="1")], name="b.csv")
    with pytest.raises(ValidationError):
        validate.load_validated(data_dir)


def test_other_district_is_another_case(data_dir, store_dir):
    write_csv(data_dir, [row(saksnr="1")], name="a.csv")
    write_csv(data_dir, [row(saksnr="1", distrikt="Vest")], name="b.csv")
    assert len(validate.load_validated(data_dir).cases) == 2
