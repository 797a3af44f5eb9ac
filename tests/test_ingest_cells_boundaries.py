"""Single cells (ingest/cells.py) at their boundaries: the Excel serial-date range (10000 and
99999 and their neighbours) in the 1900 and 1904 date systems, negative, fractional and
non-finite serials, text that looks like a number, a cell as text, Excel's error values and
mojibake at the edges of the Latin ranges.

Each test is the one that fails when a boundary moves by one (`make mutation`); the expected
dates are worked out by hand from Excel's epochs (serial 1 = 1900-01-01 after Lotus' 29 February
1900, so day 0 is 1899-12-30; in the 1904 system day 0 is 1904-01-01).
"""

from __future__ import annotations

import datetime as dt

import pytest

from klagerapport.ingest import cells

D = dt.date

# ------------------------------------------------------------------ serial dates


@pytest.mark.parametrize(
    ("serial", "date"),
    [
        (9999, None),
        (9999.0, None),
        (9999.999, None),  # just under the bound: not rounded up into it
        (10000, D(1927, 5, 18)),
        (10000.0, D(1927, 5, 18)),
        (10000.75, D(1927, 5, 18)),  # a time of day is dropped, not rounded
        (10001, D(1927, 5, 19)),
        (43525, D(2019, 3, 1)),
        (43525.5, D(2019, 3, 1)),
        (99998, D(2173, 10, 12)),
        (99999, D(2173, 10, 13)),
        (99999.999, D(2173, 10, 13)),
        (100000, None),
        (100000.0, None),
        (100001, None),
        (0, None),
        (1, None),
        (-1, None),
        (-43525, None),
        (-10000, None),
        (-99999.5, None),
        (float("nan"), None),
        (float("inf"), None),
        (float("-inf"), None),
    ],
)
def test_a_number_is_a_date_only_from_10000_to_99999_in_the_1900_system(serial, date):
    assert cells.serial_date(serial) == date
    assert cells.serial_date(serial, date1904=False) == date


@pytest.mark.parametrize(
    ("serial", "date"),
    [
        (9999, None),
        (10000, D(1931, 5, 19)),
        (10000.9, D(1931, 5, 19)),
        (43525, D(2023, 3, 2)),
        (99999, D(2177, 10, 14)),
        (100000, None),
        (-43525, None),
    ],
)
def test_the_1904_system_counts_from_1904_01_01_with_the_same_bounds(serial, date):
    assert cells.serial_date(serial, date1904=True) == date
    assert cells.serial_date(serial, True) == date


def test_the_two_date_systems_are_1462_days_apart():
    for serial in (10000, 43525, 99999):
        apart = cells.serial_date(serial, date1904=True) - cells.serial_date(serial)
        assert apart == dt.timedelta(days=1462)


def test_true_and_false_are_never_dates():
    assert cells.serial_date(True) is None
    assert cells.serial_date(False) is None
    assert cells.serial_date(True, date1904=True) is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("10000", D(1927, 5, 18)),
        ("99999", D(2173, 10, 13)),
        ("43525", D(2019, 3, 1)),
        (" 43525 ", D(2019, 3, 1)),  # the cell's spaces are not part of the number
        ("\t43525\n", D(2019, 3, 1)),
        ("43525.5", D(2019, 3, 1)),
        ("43525,5", D(2019, 3, 1)),  # a Norwegian decimal comma
        ("43525,99", D(2019, 3, 1)),
        ("43525.0", D(2019, 3, 1)),
        ("09999", None),  # five digits but below the bound
        ("00000", None),
        ("9999", None),
        ("100000", None),
        ("999999", None),
        ("-43525", None),
        ("+43525", None),
        ("43525.", None),
        ("43525,", None),
        (".5", None),
        ("43525.5.5", None),
        ("43525,5,5", None),
        ("43 525", None),  # a thousands separator: a number, not a serial
        ("43525a", None),
        ("a43525", None),
        ("4.3525e4", None),
        ("4352e1", None),
        ("1e5", None),
        ("", None),
        ("   ", None),
        ("2019-03-01", None),
    ],
)
def test_text_is_a_serial_only_when_it_is_five_digits_and_a_decimal_part(text, date):
    assert cells.serial_date(text) == date


def test_a_serial_in_text_follows_the_1904_system_too():
    assert cells.serial_date("43525", date1904=True) == D(2023, 3, 2)
    assert cells.serial_date("43525,5", date1904=True) == D(2023, 3, 2)
    assert cells.serial_date(" 10000 ", date1904=True) == D(1931, 5, 19)


@pytest.mark.parametrize("value", [None, D(2019, 3, 1), [43525], (43525,), b"43525", object()])
def test_anything_but_a_number_or_its_text_is_no_serial(value):
    assert cells.serial_date(value) is None
    assert cells.serial_date(value, date1904=True) is None


# ------------------------------------------------------------------ a cell as text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (True, "TRUE"),
        (False, "FALSE"),
        (float("nan"), ""),
        (228.0, "228"),
        (-0.0, "0"),
        (20190001.0, "20190001"),
        (228.9, "228.9"),
        (228.89999999999998, "228.9"),
        (0.1234567891, "0.123456789"),  # nine decimals kept, the tenth dropped
        (0.123456789, "0.123456789"),
        (1.5, "1.5"),
        (-2.25, "-2.25"),
        (7, "7"),
        (0, "0"),
        (dt.datetime(2019, 3, 1, 13, 30), "2019-03-01 13:30:00"),
        (dt.datetime(2019, 3, 1), "2019-03-01 00:00:00"),
        (D(2019, 3, 1), "2019-03-01"),
        ("  Oslo \n", "Oslo"),
        ("", ""),
        ("2019/1", "2019/1"),
    ],
)
def test_a_cell_as_text(value, text):
    assert cells.cell_text(value) == text


# ------------------------------------------------------------------ Excel's error values

ERRORS = (
    "#N/A",
    "#I/T",
    "#DIV/0!",
    "#VALUE!",
    "#VERDI!",
    "#REF!",
    "#NAME?",
    "#NAVN?",
    "#NUM!",
    "#NULL!",
    "#SPILL!",
    "#CALC!",
    "#GETTING_DATA",
    "#BLOKKERT!",
    "#BLOCKED!",
    "#FIELD!",
    "#FELT!",
    "#UNKNOWN!",
    "#UKJENT!",
)


@pytest.mark.parametrize("text", ERRORS)
def test_every_excel_error_value_english_and_norwegian_in_any_case(text):
    assert cells.is_excel_error(text)
    assert cells.is_excel_error(text.lower())
    assert cells.is_excel_error(text.title())


def test_the_error_values_are_exactly_these():
    assert frozenset(ERRORS) == cells.EXCEL_ERRORS


@pytest.mark.parametrize(
    "text", ["", "N/A", "#N/A ", "#", "#N/", "#DIV/0", "VALUE!", "#VERDI", "# N/A", "Oslo"]
)
def test_text_near_an_error_value_is_not_one(text):
    assert not cells.is_excel_error(text)


# ------------------------------------------------------------------ mojibake


@pytest.mark.parametrize(
    "text",
    [
        "GrÃ¸nland",  # Grønland
        "Ã˜stfold",  # Østfold
        "Ã…sgÃ¥rd",  # Åsgård
        "TromsÃ¸ â€“ Finnmark",  # an en dash: U+2013
        "100 â‚¬",  # the euro sign: U+20AC
        "â€€",  # U+2000, the first of the punctuation range
        "Ã©",  # é
    ],
)
def test_utf8_read_as_windows_1252_is_mojibake(text):
    assert cells.is_mojibake(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Oslo",
        "Grønland",  # right: its Windows-1252 bytes are not UTF-8
        "Østfold – Vest",
        "€",
        "Seksjon Ø\u00a0Nord",  # valid UTF-8 only as an Arabic letter
        "á¿¿",  # U+1FFF: just under the punctuation range
        "Ω",  # no Windows-1252 byte
        "日本",
    ],
)
def test_right_text_and_other_scripts_are_not_mojibake(text):
    assert not cells.is_mojibake(text)


@pytest.mark.parametrize(
    ("char", "latin"),
    [
        ("a", True),
        ("\u0000", True),
        ("\u007f", True),
        ("ø", True),
        ("\u024f", True),
        ("\u0250", False),
        ("\u0600", False),
        ("\u1fff", False),
        ("\u2000", True),
        ("\u2013", True),
        ("\u20ac", True),
        ("\u20cf", True),
        ("\u20d0", False),
        ("\u2100", False),
    ],
)
def test_the_latin_ranges_end_where_they_say(char, latin):
    # most of these edges cannot come out of a Windows-1252 reading (0x8F, 0x90 have no
    # character there), so the range is checked on its own
    assert cells._latin(char) is latin
