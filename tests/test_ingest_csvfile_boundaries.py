"""Reading a CSV file (ingest/csvfile.py) at its boundaries, on bytes made by hand: the problems
of a file that is not text (compared whole), Excel's "sep=" line, the usual width of a record
and when a record over several lines is a stray quote.

Each test is the one that fails when a boundary moves (`make mutation`).
"""

from __future__ import annotations

import pytest

from klagerapport.errors import Problem
from klagerapport.ingest import csvfile

# ------------------------------------------------------------------ not text


def test_bytes_neither_utf8_nor_windows_1252_are_an_unknown_encoding():
    table, problems = csvfile.read_csv(b"saksnr;x\n\x81\x8d;1\n", "f.csv")
    assert table is None
    assert problems == [Problem("f.csv", "ukjent tegnkoding", allowed="UTF-8 eller Windows-1252")]


@pytest.mark.parametrize("content", [b"", b"  \n\r\n\t", b"\xef\xbb\xbf"])
def test_an_empty_file_is_one_problem(content):
    assert csvfile.read_csv(content, "f.csv") == (None, [Problem("f.csv", "filen er tom")])


def test_a_nul_character_is_not_text():
    message = "filen inneholder NUL-tegn og er ikke en tekstfil (CSV)"
    assert csvfile.read_csv(b"saksnr;x\n1\x00;2\n", "f.csv") == (None, [Problem("f.csv", message)])


def test_utf8_with_or_without_bom_else_windows_1252():
    assert csvfile.decode("Ø;å".encode()) == "Ø;å"
    assert csvfile.decode(b"\xef\xbb\xbf" + "Ø".encode()) == "Ø"
    assert csvfile.decode("Ø;å".encode("cp1252")) == "Ø;å"


# ------------------------------------------------------------------ the separator


@pytest.mark.parametrize("line", [b"sep=,", b'"sep=,"', b"SEP=,", b"sep=,;;"])
def test_excel_sep_line_names_the_separator_and_is_not_a_row(line):
    # without it ";" would win the sniffing (a tie of one each, ";" first)
    table, problems = csvfile.read_csv(line + b"\nsaksnr;x,y\n1;2,3\n", "f.csv")
    assert problems == []
    assert table.rows == [["saksnr;x", "y"], ["1;2", "3"]]
    assert table.numbers == [2, 3]


def test_without_a_sep_line_the_first_line_is_a_row():
    table, _ = csvfile.read_csv(b"saksnr;x;y\n1;2;3\nsep=,\n", "f.csv")
    assert table.rows == [["saksnr", "x", "y"], ["1", "2", "3"], ["sep=,"]]
    assert table.numbers == [1, 2, 3]


# ------------------------------------------------------------------ the usual width


@pytest.mark.parametrize(
    ("widths", "spans", "full"),
    [
        ([3, 3, 2, 1, 1, 1, 1], {}, 3),  # one-field lines (titles, notes) do not count
        ([2, 2, 3], {}, 2),  # the most records, two fields
        ([2, 3], {}, 3),  # a tie: the wider
        ([2, 4, 4, 4], {1: 3, 2: 4, 3: 5}, 2),  # records over several lines do not count
        ([1, 1], {}, 0),
        ([], {}, 0),
    ],
)
def test_the_usual_width(widths, spans, full):
    assert csvfile._usual_width(widths, spans) == full


# ------------------------------------------------------------------ a stray quote


def test_a_record_of_another_width_is_swallowed_lines():
    assert csvfile._swallowed(["a", "b"], 2, 3, ";")
    assert not csvfile._swallowed(["a", "b\nc"], 3, 3, ";")
    assert not csvfile._swallowed(["a", "b"], 2, 0, ";")  # no usual width: nothing to compare


@pytest.mark.parametrize(
    ("field", "full", "swallowed"),
    [
        # a row of 4 fields has 3 separators: a line of at least 2 (one or two less) is a row
        ("a\nx;y;z", 4, True),
        ("a\nx;y", 4, False),
        ("a\nx", 4, False),
        ("a;b;c\nx", 4, False),  # separators on the field's first line do not count
        ("a b;c;d;e\nx", 4, False),  # nor its first line's words after a space
        ("a\nx;y;z;w", 6, False),  # a row of 6: a line of 3 separators is not one (at least 4)
        ("a\nx;y;z;w;v", 6, True),
        ("a\nb\nx;y;z;w;v", 6, True),  # any line after the first
        ("a\nx;y", 3, False),  # never fewer than 2
        ("a\nx;y;z", 3, True),
    ],
)
def test_a_line_inside_a_field_that_looks_like_a_row(field, full, swallowed):
    assert csvfile._swallowed(["1", field], full, full, ";") is swallowed


# ------------------------------------------------------------------ lines and records


def test_line_numbers_and_spans_with_and_without_a_sep_line():
    table, _ = csvfile.read_csv(b'saksnr;navn;z\n1;"a\nb";3\n2;c;4\n', "f.csv")
    assert table.numbers == [1, 2, 4] and table.spans == {1: 3}
    assert table.widths == [3, 3, 3]
    table, _ = csvfile.read_csv(b'sep=;\nsaksnr;navn;z\n1;"a\nb";3\n2;c;4\n', "f.csv")
    assert table.numbers == [2, 3, 5] and table.spans == {1: 4}
    assert table.rows == [["saksnr", "navn", "z"], ["1", "a\nb", "3"], ["2", "c", "4"]]


def test_a_line_break_inside_a_quoted_field_is_kept_as_written():
    table, _ = csvfile.read_csv(b'saksnr;navn\r\n1;"a\r\nb"\r\n2;c\r\n', "f.csv")
    assert table.rows == [["saksnr", "navn"], ["1", "a\r\nb"], ["2", "c"]]
    assert table.numbers == [1, 2, 4] and table.spans == {1: 3}


@pytest.mark.parametrize(("sep_line", "offset"), [(b"", 0), (b"sep=;\n", 1)])
def test_a_quote_that_never_closes_names_the_line_it_opens_on(sep_line, offset):
    content = sep_line + b'saksnr;x\n1;"abc\n' + b"a" * 200_000 + b"\n"
    table, problems = csvfile.read_csv(content, "f.csv")
    limit = csvfile.csv.field_size_limit()
    message = (
        f"kan ikke leses som CSV fra linje {2 + offset} (et felt er lengre enn {limit} tegn; "
        'et anførselstegn (") som aldri lukkes?)'
    )
    assert problems == [Problem("f.csv", message, row=3 + offset)]
    assert table.rows == [["saksnr", "x"]]


class _Broken:
    """A csv reader that reads one record on line 1, then fails on line 2."""

    def __init__(self, *args, **kwargs):
        self.line_num, self._done = 0, False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            self.line_num = 2
            raise csvfile.csv.Error("odd record")
        self._done, self.line_num = True, 1
        return ["saksnr", "x"]


def test_another_csv_error_is_shown_as_its_own_text(monkeypatch):
    monkeypatch.setattr(csvfile.csv, "reader", _Broken)
    _, problems = csvfile.read_csv(b"saksnr;x\n1;2\n", "f.csv")
    assert problems == [Problem("f.csv", "kan ikke leses som CSV fra linje 2 (odd record)", row=2)]


def test_a_file_with_old_mac_line_ends_is_read_line_by_line():
    table, problems = csvfile.read_csv(b"saksnr;x\r1;2\r3;4\r", "f.csv")
    assert problems == []
    assert table.rows == [["saksnr", "x"], ["1", "2"], ["3", "4"]]
    assert table.numbers == [1, 2, 3]


def test_a_stray_quote_that_swallows_lines_is_one_problem_compared_whole():
    content = b'saksnr;navn;z;w\n1;"a;b\n2;c;4;5\n3;d;6;7\n'
    table, problems = csvfile.read_csv(content, "f.csv")
    message = (
        'et anførselstegn (") åpner et felt som ikke lukkes der feltet slutter, så linjene '
        '2–4 er lest som én rad; fjern anførselstegnet eller skriv det dobbelt ("")'
    )
    assert problems == [Problem("f.csv", message, row=2)]
    assert table.rows[1] == []  # never read as a case
