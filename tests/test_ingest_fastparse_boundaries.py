"""The fast path's checks (ingest/fastparse.py) at their boundaries: each rule that leaves a
file to the validator, at its edge, with the reason it gives; a file it accepts gives the
validator's own frame. Small files and direct calls, a few seconds in all (`make mutation`;
tests/test_ingest_fast.py compares the two paths on many more files, slowly).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from casefiles import GOOD, HEADER, row

from klagerapport import districts
from klagerapport.ingest import fastcsv, fastparse, headers, rules

TOTALS = {headers.header_key(t) for t in ("Sum", "Totalt", "I alt")}


def lines(*records, header=HEADER) -> str:
    return "".join(";".join(r) + "\r\n" for r in (header, *records))


def write(folder: Path, text: str, name: str = "klager.csv") -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return path


def part(folder: Path, text: str, name: str = "klager.csv") -> fastcsv.Part:
    read = fastcsv.read_part(write(folder, text, name))
    assert not isinstance(read, str), read
    return read


def reason(folder: Path, text: str) -> str:
    """Why the fast path leaves the file to the validator (it must)."""
    checked = fastparse.check_part(part(folder, text))
    assert isinstance(checked, str), "the fast path took the file"
    return checked


def validator(paths: list[Path], monkeypatch) -> pd.DataFrame:
    with monkeypatch.context() as m:
        m.setattr(fastcsv, "ENABLED", False)
        return rules.validate_files(paths)[0]


def accepted(folder: Path, text: str, monkeypatch) -> pd.DataFrame:
    """The frame the fast path builds of the file, which must be the validator's."""
    path = write(folder, text)
    built = fastparse.build([fastcsv.read_part(path)])
    assert not isinstance(built, str), built
    pd.testing.assert_frame_equal(built[0], validator([path], monkeypatch), check_exact=True)
    return built[0]


def chunked(*chunks: list[str]) -> pa.ChunkedArray:
    """A dictionary-encoded column whose chunks share one dictionary (as read_part gives)."""
    table = pa.table({"c": pa.chunked_array([pa.array(c).dictionary_encode() for c in chunks])})
    return table.unify_dictionaries().column("c")


# -- Column: distinct stripped texts, each row's position -----------------------------------------


def test_a_column_holds_each_stripped_text_once_and_each_rows_position():
    col = fastparse.Column.of(chunked([" a", "b", "a "], ["a", "c", "b"]))
    assert col.values == ["a", "b", "c"]
    assert col.index.tolist() == [0, 1, 0, 0, 2, 1]
    assert col.index.dtype == np.int32
    assert col.flags(lambda v: v != "a").tolist() == [False, True, False, False, True, True]
    assert col.any(lambda v: v == "c") and not col.any(lambda v: v == "d")
    strings = col.strings(["A", None, "C"])
    assert strings.dtype == "string"
    assert strings.tolist() == ["A", pd.NA, "A", "A", "C", pd.NA]


def test_a_column_without_chunks_is_empty():
    col = fastparse.Column.of(pa.chunked_array([], type=fastcsv.DICTIONARY))
    assert col.values == [] and col.index.dtype == np.int32 and len(col.index) == 0
    flags = col.flags(bool)
    assert flags.tolist() == [] and flags.dtype == bool
    strings = col.strings([])
    assert strings.tolist() == [] and strings.dtype == "string"


def test_a_column_of_missing_values_only():
    col = fastparse.Column.of(chunked(["", " "], [""]))
    assert col.values == [""]
    strings = col.strings([None])
    assert strings.isna().all() and len(strings) == 3 and strings.dtype == "string"


# -- single cells ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("2019/1", False),
        ("#1", False),  # a '#' alone is no Excel error
        ("#N/A", True),
        ("#VERDI!", True),
        ("Grønland", False),
        ("GrÃ¸nland", True),
        ("", False),
    ],
)
def test_a_bad_cell_is_an_excel_error_or_mojibake(text, bad):
    assert fastparse._bad_cell(text) is bad


def test_a_total_rows_label_is_at_most_30_characters():
    keys = {headers.header_key("s" * 30), headers.header_key("s" * 31), "sum"}
    assert fastparse._total_key("s" * 30, keys)
    assert not fastparse._total_key("s" * 31, keys)
    assert fastparse._total_key(" SUM ", keys)
    assert not fastparse._total_key("Summer", keys)


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("E" * 100, True),
        ("E" * 101, False),
        ("E" * 50 + "\t\t" + "E" * 49, True),  # its spaces as one: 100 characters
        ("E" * 50 + "\t\t" + "E" * 50, False),
        ("Pa\x1bss", False),
        ("Pa\u202ess", False),
        ("Pa\u00a0\x0bss", True),
    ],
)
def test_a_label_passes_with_at_most_100_characters_and_no_control(text, ok):
    assert fastparse._label_ok(text) is ok


# -- saksnr ---------------------------------------------------------------------------------------


def saksnr_reason(values, *, first=True, head="saksnr", keys=frozenset(TOTALS)):
    return fastparse._saksnr_reason(pa.chunked_array([values]), first, head, set(keys))


def test_plain_case_numbers_pass_and_so_does_one_with_a_letter_outside_ascii():
    assert saksnr_reason(["2019/1", "A-2", "x y", "Ø-5", "2019#1"]) is None


@pytest.mark.parametrize("odd", [" 2019/1", "2019/1 ", "", "GrÃ¸-1", "\t1"])
def test_an_empty_spaced_or_unreadable_case_number_is_left_to_the_validator(odd):
    assert (
        saksnr_reason(["2019/1", odd], first=False)
        == "saksnr: tom, med mellomrom eller en celle som ikke kan leses"
    )


def test_an_excel_error_as_a_case_number_is_left_to_the_validator():
    assert saksnr_reason(["2019/1", "#N/A"], first=False) == "saksnr: Excel-feilverdi"


def test_a_total_row_or_the_header_again_in_the_first_column():
    assert saksnr_reason(["2019/1", "Sum"]) == "en sumrad"
    assert saksnr_reason(["2019/1", "I alt"]) == "en sumrad"
    assert saksnr_reason(["2019/1", "saksnr"]) == "gjentatt overskriftsrad"
    assert saksnr_reason(["2019/1", "Saksnummer"], head="Saksnummer") == "gjentatt overskriftsrad"
    # not in the first column: the validator takes them as case numbers too
    assert saksnr_reason(["2019/1", "Sum", "saksnr"], first=False) is None


def test_a_text_with_a_digit_is_a_total_row_only_when_a_total_label_has_one():
    assert saksnr_reason(["Sum 2019"]) is None
    digit = {*TOTALS, headers.header_key("Sum 2019")}
    assert saksnr_reason(["2019/1", "Sum 2019"], keys=digit) == "en sumrad"
    assert saksnr_reason(["2019/1", "Sum"], keys=digit) == "en sumrad"
    assert saksnr_reason(["2019/1", "2019/2"], keys=digit) is None


# -- a file's rules, each at its edge -------------------------------------------------------------


def first(column: str, records) -> tuple[tuple, list]:
    """The header and records with `column` moved to the front."""
    i = HEADER.index(column)
    header = (HEADER[i], *HEADER[:i], *HEADER[i + 1 :])
    return header, [(r[i], *r[:i], *r[i + 1 :]) for r in records]


@pytest.mark.parametrize(
    ("changes", "why"),
    [
        ({"grunnlag": "#N/A"}, "grunnlag: Excel-feilverdi eller feil tegnkoding"),
        ({"enhet": "GrÃ¸nland"}, "enhet: Excel-feilverdi eller feil tegnkoding"),
        ({"distrikt": "#VERDI!"}, "distrikt: Excel-feilverdi eller feil tegnkoding"),
        ({"distrikt": ""}, "distrikt: tom, ukjent eller med kontrolltegn"),
        ({"distrikt": "Atlantis"}, "distrikt: tom, ukjent eller med kontrolltegn"),
        ({"distrikt": "Os\u202elo"}, "distrikt: tom, ukjent eller med kontrolltegn"),
        ({"distrikt": "Sum"}, "distrikt: tom, ukjent eller med kontrolltegn"),
        ({"mottatt": ""}, "mottatt: dato som ikke er en vanlig dato"),
        ({"mottatt": "43466"}, "mottatt: dato som ikke er en vanlig dato"),
        ({"mottatt": "03.01.19"}, "mottatt: dato som ikke er en vanlig dato"),
        ({"avsluttet": "snart"}, "avsluttet: dato som ikke er en vanlig dato"),
        ({"avsluttet": "31.02.2019"}, "avsluttet: dato som ikke er en vanlig dato"),
        ({"avsluttet": "2019-01-02"}, "avsluttet før mottatt"),
        ({"avsluttet": ""}, "avgjorelse: ukjent, eller passer ikke med avsluttet"),
        ({"avgjorelse": ""}, "avgjorelse: ukjent, eller passer ikke med avsluttet"),
        ({"avgjorelse": "Under behandling"}, "avgjorelse: ukjent, eller passer ikke med avsluttet"),
        ({"avgjorelse": "frifunnet"}, "avgjorelse: ukjent, eller passer ikke med avsluttet"),
        ({"grunnlag": ""}, "grunnlag eller diskriminering: tom eller ukjent"),
        ({"grunnlag": "228.7"}, "grunnlag eller diskriminering: tom eller ukjent"),
        ({"diskriminering": "kanskje"}, "grunnlag eller diskriminering: tom eller ukjent"),
        ({"enhet": "Pa\x1bss"}, "enhet: kontrolltegn eller for lang"),
        ({"enhet": "E" * 101}, "enhet: kontrolltegn eller for lang"),
    ],
)
def test_each_rule_leaves_the_file_to_the_validator_with_its_reason(tmp_path, changes, why):
    assert reason(tmp_path, lines(GOOD[0], row(**changes))) == why


def test_the_first_bad_column_in_the_files_order_is_named(tmp_path):
    header, records = first("grunnlag", [row(enhet="#N/A", grunnlag="#N/A")])
    assert reason(tmp_path, lines(*records, header=header)) == (
        "grunnlag: Excel-feilverdi eller feil tegnkoding"
    )


@pytest.mark.parametrize("total", ["Sum", "Totalt", "distrikt"])
def test_a_total_row_or_the_header_in_a_first_column_other_than_saksnr(tmp_path, total):
    header, records = first("distrikt", [GOOD[0], row(distrikt=total)])
    assert reason(tmp_path, lines(*records, header=header)) == (
        "en sumrad eller gjentatt overskriftsrad"
    )


def test_a_total_label_or_header_text_in_another_column_is_only_a_bad_value(tmp_path):
    header, records = first("mottatt", [GOOD[0], row(distrikt="distrikt")])
    assert reason(tmp_path, lines(*records, header=header)) == (
        "distrikt: tom, ukjent eller med kontrolltegn"
    )


def test_case_number_rules_reach_check_part(tmp_path):
    assert reason(tmp_path, lines(GOOD[0], row(saksnr="Totalt"))) == "en sumrad"
    assert reason(tmp_path, lines(GOOD[0], row(saksnr="#N/A"))) == "saksnr: Excel-feilverdi"
    assert reason(tmp_path, lines(GOOD[0], HEADER)) == "gjentatt overskriftsrad"
    header, records = first("distrikt", [GOOD[0], row(saksnr="Sum")])
    assert fastparse.check_part(part(tmp_path, lines(*records, header=header)))[0][
        "distrikt"
    ].tolist() == ["Oslo", "Oslo"]


def test_the_edges_each_rule_accepts_give_the_validators_frame(tmp_path, monkeypatch):
    frame = accepted(
        tmp_path,
        lines(
            row(saksnr="2019/1", mottatt="2019-02-01", avsluttet="01.02.2019"),  # the same day
            row(saksnr="2019/2", avsluttet="", avgjorelse="Under behandling"),
            row(saksnr="2019/3", avsluttet="", avgjorelse="", enhet="E" * 100),
            row(saksnr="2019/4", avgjorelse="Grunnlag for kritikk", diskriminering=""),
            row(saksnr="2019/5", distrikt="oslo  pd", mottatt="2019-01-03 10:15", enhet=""),
            row(saksnr="2019/6", distrikt="Vest politidistrikt", grunnlag="228,9 Annet"),
            row(saksnr="2019/7", avsluttet="", avgjorelse="under  BEHANDLING", enhet="Pa\u00a0ss"),
            row(saksnr="Ø-8", diskriminering="K-etnisk", enhet=" Pass "),
        ),
        monkeypatch,
    )
    assert frame["distrikt"].tolist() == ["Oslo"] * 5 + ["Vest", "Oslo", "Oslo"]
    assert frame["avgjorelse"].tolist() == [
        "ikke_grunnlag", pd.NA, pd.NA, "kritikk", "ikke_grunnlag", "ikke_grunnlag", pd.NA,
        "ikke_grunnlag",
    ]  # fmt: skip
    assert frame["enhet"].tolist() == ["Pass", "Pass", "E" * 100, "Pass", pd.NA, "Pass", "Pa ss",
                                       "Pass"]  # fmt: skip
    assert frame["diskriminering"].tolist()[3] == "ingen" and frame["grunnlag"][5] == "228.9"
    assert frame["mottatt"][4] == pd.Timestamp("2019-01-03")


def test_a_unit_column_empty_in_every_row(tmp_path, monkeypatch):
    frame = accepted(tmp_path, lines(*[row(saksnr=f"2019/{i}", enhet="") for i in range(3)]),
                     monkeypatch)  # fmt: skip
    assert frame["enhet"].isna().all() and frame["enhet"].dtype == "string"


def test_a_file_without_enhet_gets_an_empty_unit_column(tmp_path, monkeypatch):
    frame = accepted(tmp_path, lines(*[r[:7] for r in GOOD], header=HEADER[:7]), monkeypatch)
    assert frame["enhet"].isna().all() and frame["enhet"].dtype == "string"


def test_each_rows_district_key_is_the_districts_place(tmp_path):
    text = lines(row(), row(saksnr="2", distrikt="Vest"), row(saksnr="3", distrikt="oslo"))
    _frame, keys = fastparse.check_part(part(tmp_path, text))
    place = [d.name for d in districts.all_districts()]
    assert keys.tolist() == [place.index("Oslo"), place.index("Vest"), place.index("Oslo")]


# -- the same case number twice in a district -----------------------------------------------------


@pytest.mark.parametrize(
    ("district", "saksnr", "repeated"),
    [
        ([1], ["a"], False),
        ([], [], False),
        ([0, 0], ["a", "a"], True),
        ([0, 1], ["a", "a"], False),
        ([0, 1, 0], ["a", "b", "a"], True),  # apart until sorted
        ([0, 0, 0], ["a", "b", "a"], True),  # sorted by number within the district
        ([1, 0, 1], ["a", "a", "b"], False),
        ([2, 1, 0, 2], ["b", "a", "c", "b"], True),
    ],
)
def test_a_repeated_case_number_is_found_in_its_district_only(district, saksnr, repeated):
    chunks = pa.chunked_array([pa.array(saksnr, pa.string())], pa.string())
    assert fastparse._repeated(np.array(district, dtype=np.int32), chunks) is repeated


def test_build_joins_the_files_and_refuses_a_repeated_number_across_them(tmp_path, monkeypatch):
    a = write(tmp_path, lines(GOOD[0], GOOD[1]), "a.csv")
    b = write(tmp_path, lines(GOOD[2], row(distrikt="Vest", saksnr="2019/0001")), "b.csv")
    parts = [fastcsv.read_part(a), fastcsv.read_part(b)]
    frame, sources = fastparse.build(parts)
    assert [s.path for s in sources] == [a, b]
    pd.testing.assert_frame_equal(frame, validator([a, b], monkeypatch), check_exact=True)
    assert frame.index.tolist() == [0, 1, 2, 3]
    c = write(tmp_path, lines(row(saksnr="2019/0002", distrikt="oslo")), "c.csv")
    again = [*parts, fastcsv.read_part(c)]
    assert fastparse.build(again) == "et saksnummer finnes flere ganger i et distrikt"


def test_build_names_the_file_it_leaves_to_the_validator(tmp_path):
    good = fastcsv.read_part(write(tmp_path, lines(*GOOD), "a.csv"))
    bad = fastcsv.read_part(write(tmp_path, lines(row(grunnlag="")), "b.csv"))
    assert fastparse.build([good, bad]) == (
        f"{bad.source.name}: grunnlag eller diskriminering: tom eller ukjent"
    )
