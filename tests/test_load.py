"""Reading case files into the canonical frame: formats, encodings, spellings, dtypes."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from casefiles import GOOD, HEADER, fixtures, row, write_csv, write_xlsx

from klagerapport import codes
from klagerapport.errors import KlagerapportError
from klagerapport.ingest import contract, parse, read, validate

data_dir, store_dir = fixtures()


def cases_of(path):
    return validate.load_validated(path).cases


def test_canonical_frame_columns_and_dtypes(data_dir, store_dir):
    cases = cases_of(write_csv(data_dir))
    assert list(cases.columns) == list(contract.canonical_columns())
    assert "saksnr" not in cases
    for name in ("distrikt", "avgjorelse", "grunnlag", "diskriminering", "enhet"):
        assert cases[name].dtype == "string", name
    for name in ("mottatt", "avsluttet"):
        assert cases[name].dtype == "datetime64[ns]", name
    assert cases["mottatt"].tolist() == [
        pd.Timestamp("2019-01-03"),
        pd.Timestamp("2019-01-07"),
        pd.Timestamp("2019-12-20"),
    ]
    assert cases["avsluttet"].isna().tolist() == [False, False, True]
    assert cases["avgjorelse"].tolist() == ["ikke_grunnlag", "kritikk", pd.NA]
    assert cases["grunnlag"].tolist() == ["228.1", "228.2", "228.5"]
    assert cases["diskriminering"].tolist() == ["ingen", "etnisk", "ingen"]
    assert cases["enhet"].tolist() == ["Pass", pd.NA, "Pass"]


def test_headers_match_case_space_and_aeoeaa_insensitively(data_dir, store_dir):
    header = (" SAKSNR", "Distrikt", "mottatt ", "Avsluttet", "Avgjørelse", "GRUNNLAG",
              "diskriminering", "enhet")  # fmt: skip
    cases = cases_of(write_csv(data_dir, header=header))
    assert len(cases) == 3
    assert cases["avgjorelse"].iloc[1] == "kritikk"


def test_unknown_columns_are_dropped(data_dir, store_dir):
    rows = [(*r, "fritekst om saken") for r in GOOD]
    cases = cases_of(write_csv(data_dir, rows, header=(*HEADER, "beskrivelse")))
    assert "beskrivelse" not in cases
    assert not cases.astype(str).apply(lambda c: c.str.contains("fritekst")).any().any()


def test_enhet_column_is_optional(data_dir, store_dir):
    rows = [r[:-1] for r in GOOD]
    cases = cases_of(write_csv(data_dir, rows, header=HEADER[:-1]))
    assert cases["enhet"].isna().all()
    assert cases["enhet"].dtype == "string"


@pytest.mark.parametrize("sep", [";", ","])
def test_separator_is_sniffed(data_dir, store_dir, sep):
    rows = [tuple(v.replace(",", ".") for v in r) for r in GOOD]
    cases = cases_of(write_csv(data_dir, rows, sep=sep))
    assert cases["grunnlag"].tolist() == ["228.1", "228.2", "228.5"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_encodings(data_dir, store_dir, encoding):
    header = (*HEADER[:4], "avgjørelse", *HEADER[5:])
    rows = [row(saksnr="2019/0001", enhet="Grønland politistasjon", avgjorelse="Overført annen "
                "instans for behandling")]  # fmt: skip
    cases = cases_of(write_csv(data_dir, rows, header=header, encoding=encoding))
    assert cases["enhet"].iloc[0] == "Grønland politistasjon"
    assert cases["avgjorelse"].iloc[0] == "overfort"


@pytest.mark.parametrize("spelling", ["kritikk", "KRITIKK ", "Grunnlag for kritikk",
                                      "  grunnlag  FOR kritikk  "])  # fmt: skip
def test_decision_code_or_label(spelling):
    text = pd.Series([spelling])
    assert parse.lookup_codes(text, parse.decision_spellings()).iloc[0] == "kritikk"


def test_every_decision_label_is_understood():
    for c in codes.decisions():
        got = parse.lookup_codes(pd.Series([c.label.upper(), c.code]), parse.decision_spellings())
        assert got.tolist() == [c.code, c.code]


@pytest.mark.parametrize(
    ("spelling", "code"),
    [("", "ingen"), ("Ingen", "ingen"), ("etnisk", "etnisk"), ("K-etnisk", "etnisk"),
     ("k-ETNISK", "etnisk"), ("annen", "annen"), ("K-disk", "annen"), ("?", None), ("-", None),
     ("rase", None)],
)  # fmt: skip
def test_discrimination_spellings(spelling, code):
    got = parse.lookup_codes(pd.Series([spelling]), parse.discrimination_spellings()).iloc[0]
    assert (None if pd.isna(got) else got) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [("228.1", "228.1"), ("228,1", "228.1"), (" 228.9 ", "228.9"), ("228,10", None),
     ("228.6", None), ("228", None), ("Adferd", None)],
)  # fmt: skip
def test_ground_spellings(text, code):
    got = parse.parse_grounds(pd.Series([text], dtype=object)).iloc[0]
    assert (None if pd.isna(got) else got) == code


def test_cell_text_of_excel_numbers():
    assert read.cell_text(228.9) == "228.9"
    assert read.cell_text(228.89999999999998) == "228.9"
    assert read.cell_text(228.1) == "228.1"
    assert read.cell_text(20190001.0) == "20190001"
    assert read.cell_text(None) == ""


def test_parse_dates_status():
    col = pd.Series(
        ["2019-01-05", "5.1.2019", "05.01.2019", "31.02.2019", "2019-13-01", "5/1/2019", "",
         "2019-01-05 00:00:00", dt.datetime(2019, 1, 5, 13, 30)],
        dtype=object,
    )  # fmt: skip
    dates, status = parse.parse_dates(col)
    assert status.tolist() == ["ok", "ok", "ok", "impossible", "impossible", "unparseable",
                               "empty", "ok", "ok"]  # fmt: skip
    jan5 = pd.Timestamp("2019-01-05")
    assert dates[status == "ok"].tolist() == [jan5] * 5
    assert dates.dtype == "datetime64[ns]"


def test_xlsx_with_real_dates_and_numbers(data_dir, store_dir):
    rows = [
        (20190001, "Oslo", dt.datetime(2019, 3, 1), dt.datetime(2019, 3, 20), "avvist", 228.9,
         None, "Pass"),
        ("2019/0002", "Oslo", "02.03.2019", None, None, "228,4", "K-disk", None),
    ]  # fmt: skip
    cases = cases_of(write_xlsx(data_dir, rows))
    assert cases["mottatt"].tolist() == [pd.Timestamp("2019-03-01"), pd.Timestamp("2019-03-02")]
    assert cases["avsluttet"].iloc[0] == pd.Timestamp("2019-03-20")
    assert cases["grunnlag"].tolist() == ["228.9", "228.4"]
    assert cases["diskriminering"].tolist() == ["ingen", "annen"]
    assert cases["avgjorelse"].iloc[0] == "avvist"
    assert pd.isna(cases["avgjorelse"].iloc[1])


def test_blank_rows_are_skipped_and_row_numbers_kept(data_dir):
    path = write_csv(data_dir, [GOOD[0], (";" * 7).split(";"), GOOD[1]])
    _sources, frame, problems = parse.read_files([path])
    assert problems == []
    assert frame["_row"].tolist() == [2, 4]


def test_folder_files_sorted_and_readme_manifest_ignored(data_dir):
    write_csv(data_dir, GOOD[1:], name="b.csv")
    write_csv(data_dir, GOOD[:1], name="a.csv")
    (data_dir / "README.csv").write_text("x\n")
    (data_dir / "manifest.yml").write_text("synthetic: true\n")
    (data_dir / "notes.txt").write_text("x\n")
    assert [p.name for p in read.find_files(data_dir)] == ["a.csv", "b.csv"]


def test_folder_of_files_loads_all(data_dir, store_dir):
    write_csv(data_dir, GOOD[1:], name="b.csv")
    write_xlsx(data_dir, GOOD[:1], name="a.xlsx")
    assert len(cases_of(data_dir)) == 3


def test_unknown_file_type_is_an_error(tmp_path):
    path = tmp_path / "klager.xls"
    path.write_bytes(b"x")
    with pytest.raises(KlagerapportError, match="ukjent filtype"):
        read.find_files(path)
