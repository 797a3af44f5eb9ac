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


def conflicts(data_dir, n: int, **changed: str) -> str:
    """`n` cases in both a.csv and b.csv whose `mottatt` (and `changed`) differ: the message."""
    write_csv(data_dir, [row(saksnr=f"{i}") for i in range(n)], name="a.csv")
    later = [row(saksnr=f"{i}", mottatt="2019-01-02", **changed) for i in range(n)]
    write_csv(data_dir, later, name="b.csv")
    with pytest.raises(ValidationError) as info:
        validate.load_validated(data_dir)
    assert len(info.value.problems) == n
    return str(info.value)


FIX = "må ha samme mottatt-dato; rett datoen, eller gi sakene ulike saksnumre"


@pytest.mark.parametrize("n", [1, 4, 5])
def test_a_changed_mottatt_is_named_with_the_fix_one_by_one_or_grouped(data_dir, store_dir, n):
    message = conflicts(data_dir, n)
    assert message.count("ikke samme sak (mottatt er endret)") == (1 if n > 3 else n)
    assert message.count(FIX) == (1 if n > 3 else n)
    if n > 3:  # errors.grouped: one line, the count, the field and the fix kept
        assert f"{n} celler i kolonne «saksnr»: saksnummeret finnes i flere eksporter" in message
        assert "«2019-01-02»" not in message  # the values are the rows' own, listed one by one
    else:
        assert "mottatt er «2019-01-03» i rad 2 i " in message
        assert "og «2019-01-02» i rad 2 i " in message and "b.csv" in message


def test_conflicts_that_change_other_fields_too_are_grouped_apart(data_dir, store_dir):
    write_csv(data_dir, [row(saksnr=f"{i}") for i in range(8)], name="a.csv")
    later = [row(saksnr=f"{i}", mottatt="2019-01-02") for i in range(4)]
    later += [row(saksnr=f"{i}", mottatt="2019-01-02", avgjorelse="kritikk") for i in range(4, 8)]
    write_csv(data_dir, later, name="b.csv")
    with pytest.raises(ValidationError) as info:
        validate.load_validated(data_dir)
    message = str(info.value)
    assert "4 celler i kolonne «saksnr»" in message and message.count(FIX) == 2
    assert "ikke samme sak (mottatt er endret)" in message
    assert "ikke samme sak (mottatt og avgjorelse er endret)" in message
