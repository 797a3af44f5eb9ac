import datetime as dt

import pytest

from klagerapport import fmt

NB = "\u00a0"


@pytest.mark.parametrize(
    ("value", "digits", "expected"),
    [
        (0, 0, "0"),
        (211, 0, "211"),
        (1047, 0, f"1{NB}047"),
        (1234567, 0, f"1{NB}234{NB}567"),
        (16.66, 1, "16,7"),
        (18.95, 1, "19,0"),  # half-up, not half-even
        (0.145, 2, "0,15"),  # the tie as written, not as stored in binary
        (2.5, 0, "3"),
        (3.5, 0, "4"),
        (-2.5, 0, "-3"),
        (1047.25, 1, f"1{NB}047,3"),
    ],
)
def test_number(value, digits, expected):
    assert fmt.number(value, digits) == expected


def test_percent_uses_nbsp_and_half_up():
    assert fmt.percent(26 / 211) == f"12{NB}%"
    assert fmt.percent(76 / 211) == f"36{NB}%"
    assert fmt.percent(0.125) == f"13{NB}%"  # 12.5 rounds up
    assert fmt.percent(0.5, 1) == f"50,0{NB}%"


def test_date_in_norwegian():
    assert fmt.date(dt.date(2020, 1, 20)) == "20. januar 2020"
    assert fmt.date(dt.date(2019, 12, 31)) == "31. desember 2019"


def test_count_agrees_in_number():
    assert fmt.count(1, "rad", "rader") == "1 rad"
    assert fmt.count(0, "rad", "rader") == "0 rader"
    assert fmt.count(1047, "sak", "saker") == f"1{NB}047 saker"
