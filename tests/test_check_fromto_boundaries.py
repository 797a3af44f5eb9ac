"""Boundary tests of check/statements/fromto.py: «fra X til Y» read as the two sides of a
change (two values, or two years whose values the words name), the earlier side of a typed
pair (`from_side`, with a hedge between: «fra knappe 15»), and the verdict when the sides
cannot be compared; on Agder 2021's hand-made values. Each reads the statement's kind,
verdict, words, detail and the values it was checked against."""

from __future__ import annotations

import pytest
from handvalues import AGDER_2021, hand_values

from klagerapport.check.lexicon import Hit, for_district
from klagerapport.check.sentences import sentences
from klagerapport.check.statements import FALSE, OK, OPEN, Reader
from klagerapport.check.statements.fromto import mismatch

ROSE = "received.minus1 = 51, received.total = 55"
NO_BEFORE = (
    "ingen verdi i bygget viser det (fant ikke bygget har ikke received.minus1 året før ordene "
    "gjelder)"
)
MINUS1 = "{{< var received.minus1 >}}"
TOTAL = "{{< var received.total >}}"


def reader(**changes) -> tuple[Reader, object]:
    lex = for_district("Agder")
    return Reader(hand_values(AGDER_2021, changes), lex), lex


def read(text: str, **changes) -> list[tuple]:
    """(kind, status, words, detail, about) of every statement of `text`."""
    r, lex = reader(**changes)
    return [
        (o.kind, o.status, o.words, o.detail, o.about)
        for s in sentences(text + "\n", lex)
        for o in r.read(s)
    ]


def test_from_one_value_to_another_compares_the_two():
    assert read(f"Antall klager økte fra {MINUS1} til {TOTAL}.") == [
        ("retning", OK, "økte", ROSE, ROSE)
    ]
    assert read(f"Antall klager falt fra {MINUS1} til {TOTAL}.")[0][:2] == ("retning", FALSE)
    # «fra» and «til» in any case, a line break after «fra», words between the value and «til»
    for text in (
        f"Antall klager økte FRA {MINUS1} TIL {TOTAL}.",
        f"Antall klager økte fra\n{MINUS1} til {TOTAL}.",
        f"Antall klager økte fra {MINUS1} og videre til {TOTAL}.",
    ):
        assert read(text) == [("retning", OK, "økte", ROSE, ROSE)], text


def test_the_from_side_must_be_the_earlier_year_and_the_same_measure():
    swapped = "received.total = 55, received.minus1 = 51"
    assert read(f"Antall klager økte fra {TOTAL} til {MINUS1}.") == [
        ("retning", FALSE, "økte", f"fra-tallet er ikke det tidligere året: {swapped}", swapped)
    ]
    other = "received.total = 55, decided.total = 55"
    assert read(f"Antall klager økte fra {TOTAL} til {{{{< var decided.total >}}}}.") == [
        (
            "retning",
            FALSE,
            "økte",
            f"fra- og til-tallet er ikke samme størrelse: {other}",
            other,
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        f"Antall klager økte fra i alt {MINUS1} til {TOTAL}.",  # words after «fra»
        f"Antall klager økte fraværet {MINUS1} til {TOTAL}.",  # not the word «fra»
        f"Antall klager økte fra {MINUS1} tilbake {TOTAL}.",  # not the word «til»
        f"Antall klager økte fra {MINUS1}.",  # no «til»
    ],
)
def test_no_pair_without_fra_value_til_value(text):
    # then the word is read alone: its value is the first placeholder, the year before's
    assert read(text) == [("retning", OPEN, "økte", NO_BEFORE, "")]


def test_the_first_fra_with_a_til_after_it_gives_the_pair():
    assert read(f"Fra i fjor økte antall klager fra {MINUS1} til {TOTAL}.") == [
        ("retning", OK, "økte", ROSE, ROSE)
    ]


def test_a_mismatch_is_a_false_direction_saying_why():
    hit = Hit(3, 7, "økte", "retning", "opp")
    assert mismatch(hit, "grunnen", "a = 1, b = 2") == type(mismatch(hit, "x", "y"))(
        3, 7, "retning", FALSE, "økte", "grunnen: a = 1, b = 2", about="a = 1, b = 2"
    )


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("Antall klager økte fra ", True),
        ("Antall klager økte fra knappe ", True),  # a hedge between
        ("Antall klager økte fra mer enn ", True),  # a hedge of two words
        ("Antall klager økte fra i alt ", False),
        ("Antall klager økte til ", False),
        ("fra ", True),
        ("knappe ", False),  # the hedge alone: no «fra» before it
    ],
)
def test_the_from_side_is_right_after_fra_or_its_hedge_with_a_til_later(before, expected):
    r, lex = reader()
    text = before + "51 til 55 i år."
    [s] = sentences(text + "\n", lex)
    start = len(before)
    assert r.from_side(s, start, start + 2) is expected
    # no «til» after the number: not a from side
    text = before + "51 i år."
    [s] = sentences(text + "\n", lex)
    assert r.from_side(s, start, start + 2) is False
