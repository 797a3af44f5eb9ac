"""The fast path's reading (ingest/fastcsv.py) at its boundaries: each reason it leaves a CSV
file to the validator, at its edge (the line limit, the lines the separator is sniffed from,
the first column, quotes), what it keeps of a file it takes, and its byte-level helpers called
directly. Small files, a few seconds in all (`make mutation`).
"""

from __future__ import annotations

import codecs
import csv
import hashlib
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from casefiles import GOOD, HEADER, row

from klagerapport.ingest import csvfile, fastcsv, rules


def lines(*records, header=HEADER, sep=";", end="\r\n") -> str:
    return "".join(sep.join(r) + end for r in (header, *records))


def write(folder: Path, content: str | bytes, name: str = "klager.csv") -> Path:
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def read(folder: Path, content: str | bytes, name: str = "klager.csv"):
    return fastcsv.read_part(write(folder, content, name))


def taken(folder: Path, content: str | bytes, monkeypatch, name: str = "klager.csv"):
    """The frame and sources the fast path gives, which must be the validator's."""
    path = write(folder, content, name)
    fast = fastcsv.try_validate([path])
    assert not isinstance(fast, str), fast
    with monkeypatch.context() as m:
        m.setattr(fastcsv, "ENABLED", False)
        slow = rules.validate_files([path])
    pd.testing.assert_frame_equal(fast[0], slow[0], check_exact=True)
    for name_ in ("name", "sha256", "rows", "ignored_columns", "notes", "problems"):
        assert getattr(fast[1][0], name_) == getattr(slow[1][0], name_), name_
    return fast


# -- try_validate ---------------------------------------------------------------------------------


def test_switched_off_or_a_file_it_cannot_take_is_a_reason_naming_the_file(tmp_path):
    good = write(tmp_path, lines(*GOOD), "a.csv")
    book = write(tmp_path, b"PK", "b.xlsx")
    assert fastcsv.try_validate([good, book]) == "b.xlsx: ikke en CSV-fil"
    empty = write(tmp_path, b"", "c.csv")
    assert fastcsv.try_validate([good, empty]) == "c.csv: kan ikke leses, eller er tom"
    frame, sources = fastcsv.try_validate([good])
    assert len(frame) == 3 and [s.path for s in sources] == [good]


def test_the_switch(tmp_path, monkeypatch):
    monkeypatch.setattr(fastcsv, "ENABLED", False)
    assert fastcsv.try_validate([write(tmp_path, lines(*GOOD))]) == "hurtigveien er slått av"


# -- read_part: every reason, each at its edge ----------------------------------------------------


HEADER_ROW = "overskriftsraden er ikke første rad, eller mangler kolonner"
LINE_ENDS = "tomme linjer eller andre linjeskift enn CRLF/LF"
QUOTES = "et felt i anførselstegn går over flere linjer, eller feil antall felt"


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"", "kan ikke leses, eller er tom"),
        (b" \r\n\t\r\n", "kan ikke leses, eller er tom"),
        (lines(GOOD[0]).replace("Pass", "Pa\x00ss"), "NUL-tegn"),
        (lines(), "en linje er for lang, eller filen har ingen saker"),
        (";".join(HEADER), "en linje er for lang, eller filen har ingen saker"),
        ("sep=;\r\n" + lines(*GOOD), "sep=-linje"),
        ('"sep=;"\r\n' + lines(*GOOD), "sep=-linje"),
        ("Klager 2019\r\n" + lines(*GOOD), HEADER_ROW),
        (lines(*GOOD).replace("grunnlag", "notat", 1), HEADER_ROW),
        (lines(*GOOD).replace("enhet", "distrikt", 1), HEADER_ROW),
        ("a;b;c\r\n1;2;3\r\n", HEADER_ROW),
        (
            lines(GOOD[0]) + ";".join(GOOD[1]) + "\r" + ";".join(GOOD[2]) + "\r\n",
            LINE_ENDS,
        ),  # a CR alone
        (lines(GOOD[0], row(saksnr="2019/9", enhet='"Pass')), QUOTES),
        (lines(GOOD[0], row(enhet='"a""')), QUOTES),
        (lines(GOOD[0], row(enhet='"Pass\r\nsentrum"')), LINE_ENDS),
    ],
)
def test_each_reason_to_leave_a_file_to_the_validator(tmp_path, content, why):
    assert read(tmp_path, content) == why


def test_only_a_csv_file_of_any_case_of_suffix(tmp_path):
    assert read(tmp_path, lines(*GOOD), "klager.txt") == "ikke en CSV-fil"
    assert not isinstance(read(tmp_path, lines(*GOOD), "KLAGER.CSV"), str)


def test_a_row_of_another_width_is_pyarrows_reason(tmp_path):
    why = read(tmp_path, lines(GOOD[0], (*GOOD[1], "x")))
    assert why.startswith("pyarrow: CSV parse error: Row #3: Expected 8 columns, got 9")


@pytest.mark.parametrize(
    ("first", "why"),
    [
        ("saksnr", None),
        ("distrikt", None),
        ("mottatt", None),
        ("grunnlag", None),
        ("avsluttet", "første kolonne er ikke en påkrevd kolonne"),
        ("enhet", "første kolonne er ikke en påkrevd kolonne"),
        ("beskrivelse", "første kolonne er ikke en påkrevd kolonne"),
    ],
)
def test_the_first_column_must_be_one_every_case_fills(tmp_path, first, why):
    header = (*HEADER, "beskrivelse")
    records = [(*r, "tekst") for r in GOOD]
    i = header.index(first)
    order = [i, *(j for j in range(len(header)) if j != i)]
    text = lines(*[[r[j] for j in order] for r in records], header=[header[j] for j in order])
    got = read(tmp_path, text)
    assert (got if isinstance(got, str) else None) == why
    if why is None:
        assert got.first == first and got.head == first


def test_a_line_of_exactly_the_field_limit_is_read_one_byte_more_is_not(tmp_path, monkeypatch):
    limit = csv.field_size_limit()
    header = (*HEADER, "beskrivelse")
    fits = ";".join((*GOOD[0], "")) + "\r\n"
    pad = limit - len(fits)  # the line and its b"\n" are `limit` bytes
    text = lines((*GOOD[0], "x" * pad), header=header)
    frame, sources = taken(tmp_path, text, monkeypatch)
    assert len(frame) == 1 and sources[0].ignored_columns == ["beskrivelse"]
    longer = lines((*GOOD[0], "x" * (pad + 1)), header=header)
    assert read(tmp_path, longer) == "en linje er for lang, eller filen har ingen saker"
    last = lines(header=header) + ";".join((*GOOD[0], "x" * (pad + 1)))  # no final line end
    assert not isinstance(read(tmp_path, last), str)
    assert read(tmp_path, last + "x") == "en linje er for lang, eller filen har ingen saker"


def test_a_quoted_field_over_the_limit_in_the_first_lines_is_a_csv_error(tmp_path):
    big = "x" * 70_000
    assert read(tmp_path, lines(row(enhet=f'"{big}\r\n{big}"'))) == "CSV-feil i de første linjene"


# -- encodings and the lines the separator and the header are read from ---------------------------


def test_utf8_with_and_without_bom_and_windows_1252(tmp_path, monkeypatch):
    text = lines(row(enhet="Grønland politistasjon"))
    plain = read(tmp_path, text)
    bom = read(tmp_path, codecs.BOM_UTF8 + text.encode())
    ansi = read(tmp_path, text.encode("cp1252"))
    for p in (plain, bom, ansi):
        assert p.head == "saksnr" and p.columns["enhet"].values == ["Grønland politistasjon"]
    assert bom.source.sha256 == hashlib.sha256(codecs.BOM_UTF8 + text.encode()).hexdigest()
    taken(tmp_path, codecs.BOM_UTF8 + text.encode(), monkeypatch)
    taken(tmp_path, text.encode("cp1252"), monkeypatch)


def test_a_byte_neither_encoding_reads_in_the_first_30_lines_or_after(tmp_path):
    records = [row(saksnr=f"2019/{i}") for i in range(40)]

    def with_bad_byte(at: int) -> bytes:
        raw = lines(*records).encode("cp1252").split(b"\r\n")
        raw[at] = raw[at].replace(b"Pass", b"Pa\x81ss")
        return b"\r\n".join(raw)

    assert read(tmp_path, with_bad_byte(csvfile.SNIFF_LINES - 1)) == "ukjent tegnkoding"
    after = read(tmp_path, with_bad_byte(csvfile.SNIFF_LINES))
    assert after.startswith("pyarrow: ")
    short = lines(*records[: csvfile.SNIFF_LINES - 2]).encode().replace(b"Pass", b"Pa\x81ss", 1)
    assert read(tmp_path, short) == "ukjent tegnkoding"  # fewer lines: the whole file is read


@pytest.mark.parametrize("sep", [";", ",", "\t"])
def test_the_separator_is_sniffed_and_lf_lines_read(tmp_path, sep, monkeypatch):
    records = [tuple(v.replace(",", ".") for v in r) for r in GOOD]
    frame, _ = taken(tmp_path, lines(*records, sep=sep, end="\n"), monkeypatch)
    assert frame["grunnlag"].tolist() == ["228.1", "228.2", "228.5"]


def test_a_file_without_a_final_line_end_and_header_cells_with_spaces(tmp_path, monkeypatch):
    header = (" SAKSNR ", *HEADER[1:])
    frame, _ = taken(tmp_path, lines(*GOOD, header=header).rstrip("\r\n"), monkeypatch)
    assert len(frame) == 3
    assert read(tmp_path, lines(*GOOD, header=header)).head == "SAKSNR"


# -- what a part keeps ----------------------------------------------------------------------------


def test_a_part_keeps_its_source_columns_and_case_numbers(tmp_path):
    header = (*HEADER, "notat", "notat", "beskrivelse")
    content = lines(*[(*r, "a", "b", "c") for r in GOOD], header=header).encode()
    got = read(tmp_path, content)
    assert got.source.name.endswith("klager.csv") and got.source.rows == 3
    assert got.source.sha256 == hashlib.sha256(content).hexdigest()
    assert got.source.ignored_columns == ["notat", "beskrivelse"]
    assert sorted(got.columns) == sorted(HEADER[1:])
    assert got.saksnr.to_pylist() == ["2019/0001", "2019/0002", "2019/0003"]
    assert got.saksnr.type == pa.string()
    assert got.columns["distrikt"].values == ["Oslo"]
    assert got.first == "saksnr" and got.header.mapping[0] == "saksnr"


def test_a_column_outside_the_contract_named_twice_is_kept_once_as_the_validator_does(
    tmp_path, monkeypatch
):
    header = (*HEADER, "notat", "beskrivelse", "notat")
    _, sources = taken(
        tmp_path, lines(*[(*r, "a", "b", "c") for r in GOOD], header=header), monkeypatch
    )
    assert sources[0].ignored_columns == ["notat", "beskrivelse"]


def test_case_numbers_read_where_saksnr_stands(tmp_path):
    header = (HEADER[1], HEADER[2], HEADER[0], *HEADER[3:])
    records = [(r[1], r[2], r[0], *r[3:]) for r in GOOD]
    got = read(tmp_path, lines(*records, header=header))
    assert got.saksnr.to_pylist() == ["2019/0001", "2019/0002", "2019/0003"]
    assert got.first == "distrikt" and got.head == "distrikt"


# -- quotes ---------------------------------------------------------------------------------------


def test_quoted_fields_on_one_line_are_read_as_the_validator_reads_them(tmp_path, monkeypatch):
    records = [
        row(saksnr="2019/1", enhet='"Pass; sentrum"'),
        row(saksnr="2019/2", enhet='Pa"ss'),
        row(saksnr='"2019/3"', enhet='""""'),
        row(saksnr="2019/4", enhet='"a" '),
        *GOOD,
    ]
    frame, _ = taken(tmp_path, lines(*records, header=(*HEADER[:7], '"enhet"')), monkeypatch)
    assert frame["enhet"].tolist()[:4] == ["Pass; sentrum", 'Pa"ss', '"', "a"]


def test_quoted_lines_read_alone_must_agree_with_pyarrow(tmp_path):
    content = lines(row(enhet='"Pass"'), GOOD[1]).encode()
    ends = np.flatnonzero(np.frombuffer(content, dtype=np.uint8) == 10)
    same = pa.table({f"c{i}": [[*row(enhet="Pass")][i], GOOD[1][i]] for i in range(8)})
    assert fastcsv._quoted_lines(content, 0, ends, "utf-8", ";", 8, same) is None
    other = same.set_column(7, "c7", pa.array(["Pas", GOOD[1][7]]))
    assert (
        fastcsv._quoted_lines(content, 0, ends, "utf-8", ";", 8, other)
        == "pyarrow og CSV-leseren leser en linje med anførselstegn ulikt"
    )
    second = same.set_column(7, "c7", pa.array(["Pass", "x"]))  # a line without quotes
    assert fastcsv._quoted_lines(content, 0, ends, "utf-8", ";", 8, second) is None
    assert fastcsv._quoted_lines(content, 0, ends, "utf-8", ";", 9, same) == (QUOTES)


def test_a_quoted_line_the_csv_reader_refuses_is_a_reason(tmp_path):
    big = "x" * (csv.field_size_limit() + 1)
    content = lines(row(enhet=f'"{big}"')).encode()
    ends = np.flatnonzero(np.frombuffer(content, dtype=np.uint8) == 10)
    table = pa.table({f"c{i}": [[*row(enhet=big)][i]] for i in range(8)})
    assert (
        fastcsv._quoted_lines(content, 0, ends, "utf-8", ";", 8, table)
        == "CSV-feil på en linje med anførselstegn"
    )


def test_quotes_in_the_header_and_after_a_bom_are_found_by_line(tmp_path, monkeypatch):
    text = lines(row(saksnr="2019/1"), row(saksnr="2019/2", enhet='"Pa;ss"'),
                 header=('"saksnr"', *HEADER[1:]))  # fmt: skip
    frame, _ = taken(tmp_path, codecs.BOM_UTF8 + text.encode(), monkeypatch)
    assert frame["enhet"].tolist() == ["Pass", "Pa;ss"]
    last = lines(row(saksnr="2019/1"), row(saksnr="2019/2", enhet='"Pa;ss"')).rstrip("\r\n")
    frame, _ = taken(tmp_path, last, monkeypatch)
    assert frame["enhet"].tolist() == ["Pass", "Pa;ss"]


# -- the byte helpers -----------------------------------------------------------------------------


def test_line_ends_are_found_across_the_scan_slices(monkeypatch):
    content = b"ab\ncd\n\nxyz\n"
    assert fastcsv._line_ends(content, 0).tolist() == [2, 5, 6, 10]
    monkeypatch.setattr(fastcsv, "SCAN_BYTES", 3)
    assert fastcsv._line_ends(content, 0).tolist() == [2, 5, 6, 10]
    assert fastcsv._line_ends(content, 3).tolist() == [5, 6, 10]
    assert fastcsv._line_ends(content, 6).tolist() == [6, 10]
    assert fastcsv._line_ends(b"", 0).tolist() == []
    assert fastcsv._line_ends(b"abc", 0).tolist() == []


def test_quotes_are_found_across_the_scan_slices(tmp_path, monkeypatch):
    monkeypatch.setattr(fastcsv, "SCAN_BYTES", 5)
    text = lines(GOOD[0], row(saksnr="2019/2", enhet='"Pa;ss"'), GOOD[1], row(enhet='"a""'))
    assert read(tmp_path, text) == (QUOTES)
    frame, _ = taken(tmp_path, lines(GOOD[0], row(saksnr="2019/2", enhet='"Pa;ss"')), monkeypatch)
    assert frame["enhet"].tolist() == ["Pass", "Pa;ss"]


@pytest.mark.parametrize(
    ("content", "utf8"),
    [
        (b"", True),
        (b"abc", True),
        ("Grønland".encode(), True),
        ("Grønland".encode("cp1252"), False),
        ("ø".encode()[:1], False),
        (b"a\xe2\x82", False),
        ("€".encode(), True),
    ],
)
def test_utf8_is_checked_in_place(content, utf8):
    assert fastcsv._is_utf8(content) is utf8


def test_the_head_is_read_as_the_validators_csv_reader_reads_it():
    head = fastcsv._head(' a ;b\r\n"c;d";\r\n\r\ne', ";")
    assert head.rows == [["a", "b"], ["c;d", ""], [], ["e"]]
    assert head.widths == [2, 2, 0, 1]
    assert head.numbers == [1, 2, 3, 4]
    assert head.sheet is None


def test_quoted_last_fields_of_lf_lines_and_a_carriage_return_inside_quotes(tmp_path, monkeypatch):
    records = [row(saksnr="2019/1", enhet='"Pass"'), row(saksnr="2019/2", enhet='"Pa;ss"')]
    frame, _ = taken(tmp_path, lines(*records, end="\n"), monkeypatch)
    assert frame["enhet"].tolist() == ["Pass", "Pa;ss"]
    frame, _ = taken(tmp_path, lines(row(enhet='"Pa\rss"')), monkeypatch)
    assert frame["enhet"].tolist() == ["Pa ss"]  # the validator's one space for the CR


def test_quotes_only_in_the_header(tmp_path, monkeypatch):
    frame, _ = taken(tmp_path, lines(*GOOD, header=('"saksnr"', *HEADER[1:])), monkeypatch)
    assert len(frame) == 3


def test_only_the_contract_columns_are_compared_on_a_quoted_line(tmp_path, monkeypatch):
    header = (*HEADER, "antall", "beskrivelse")
    records = [(*row(saksnr="2019/1"), "12", '"a; b"'), (*row(saksnr="2019/2"), "3", "c")]
    frame, sources = taken(tmp_path, lines(*records, header=header), monkeypatch)
    assert len(frame) == 2 and sources[0].ignored_columns == ["antall", "beskrivelse"]


def test_a_blank_line_between_cases_is_an_empty_case_the_rules_refuse(tmp_path):
    got = read(tmp_path, lines(GOOD[0]) + "\r\n" + ";".join(GOOD[1]) + "\r\n")
    assert got.source.rows == 3 and got.saksnr.to_pylist() == ["2019/0001", "", "2019/0002"]


class Libc:
    def __init__(self):
        self.trimmed = []

    def malloc_trim(self, pad):
        self.trimmed.append(pad)


def test_memory_is_trimmed_through_glibc_and_nothing_fails_without_it(monkeypatch):
    opened, libc = [], Libc()

    def cdll(name):
        opened.append(name)
        return libc

    monkeypatch.setattr(fastcsv.ctypes, "CDLL", cdll)
    fastcsv.release_memory()
    assert opened == ["libc.so.6"] and libc.trimmed == [0]

    def missing(name):
        raise OSError(f"{name}: cannot open shared object file")

    monkeypatch.setattr(fastcsv.ctypes, "CDLL", missing)
    fastcsv.release_memory()  # not glibc: nothing to trim, and no error
    monkeypatch.setattr(fastcsv.ctypes, "CDLL", lambda name: object())
    fastcsv.release_memory()  # a C library without malloc_trim


def test_the_header_line_has_the_same_limit(tmp_path, monkeypatch):
    limit = csv.field_size_limit()
    bare = ";".join((*HEADER, "")) + "\r\n"
    pad = limit - len(bare)  # the header line and its b"\n" are `limit` bytes
    records = [(*r, "") for r in GOOD]
    frame, _ = taken(tmp_path, lines(*records, header=(*HEADER, "x" * pad)), monkeypatch)
    assert len(frame) == 3
    longer = lines(*records, header=(*HEADER, "x" * (pad + 1)))
    assert read(tmp_path, longer) == "en linje er for lang, eller filen har ingen saker"


def test_the_first_30_lines_end_at_the_30th_line_end(tmp_path):
    records = [row(saksnr=f"2019/{i}", enhet="Pa") for i in range(40)]
    raw = lines(*records, end="\n").encode("cp1252").split(b"\n")
    last = list(raw)
    last[csvfile.SNIFF_LINES - 1] += b"\x81"  # the 30th line's last character
    assert read(tmp_path, b"\n".join(last)) == "ukjent tegnkoding"
    first = list(raw)
    first[csvfile.SNIFF_LINES] = b"\x81" + first[csvfile.SNIFF_LINES]  # the 31st line's first
    assert read(tmp_path, b"\n".join(first)).startswith("pyarrow: ")
    exactly = b"\n".join(raw[: csvfile.SNIFF_LINES]) + b"\n\x81" + raw[csvfile.SNIFF_LINES]
    assert exactly.count(b"\n") == csvfile.SNIFF_LINES  # 30 line ends, then a last line
    assert read(tmp_path, exactly).startswith("pyarrow: ")


def test_nothing_to_scan_gives_an_empty_array_of_offsets():
    for content, start in ((b"", 0), (b"abc", 3), (b"abc", 0), (b"a\nb", 0)):
        assert fastcsv._line_ends(content, start).dtype == np.int64
