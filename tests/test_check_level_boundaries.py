"""Boundary tests of check/statements/level.py: a placeholder against its clause, with what an
earlier clause says carried forward («Av klagene som ble avsluttet, var …»: the concept; «Klager
som gjaldt adferd, utgjorde …»: the category), every placeholder of a sentence read (not only up
to the first that fits), and the finding read whole (code, column, message and the placeholder
that fits). Agder 2021's hand-made values (tests/handvalues.py)."""

from __future__ import annotations

import pytest
from handvalues import AGDER_2021, checked, hand_values

VALUES = {**AGDER_2021, "received.all_decided_by": "2022-01-20"}


def found(text: str) -> list[tuple[str, int, str, str]]:
    return [
        (f.code, f.col, f.message, f.suggestion)
        for f in checked(text, hand_values(VALUES, {}), "Agder")
    ]


def wrong(col: int, key: str, problem: str, fix: str) -> tuple[str, int, str, str]:
    return ("wrong-value", col, f"«{key}» passer ikke med setningen: {problem}", fix)


MOTTATT = "setningen sier «mottatt», verdien er «avsluttet»"
AVSLUTTET = "setningen sier «avsluttet», verdien er «mottatt»"


def test_the_concept_of_an_earlier_clause_is_carried_forward():
    text = "Av klagene som ble avsluttet, var {{< var received.total >}} fra i år."
    assert found(text) == [
        wrong(35, "received.total", AVSLUTTET, "skriv {{< var decided.total >}} (55)")
    ]


def test_the_category_of_an_earlier_clause_is_carried_forward():
    text = "Klager som gjaldt adferd, utgjorde {{< var grounds.saksbehandling.count >}}."
    assert found(text) == [
        wrong(
            36,
            "grounds.saksbehandling.count",
            "setningen gjelder «adferd», verdien «saksbehandling»",
            "skriv {{< var grounds.adferd.count >}} (22)",
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Av klagene som ble avsluttet, var {{< var decided.total >}} fra i år.",
        "Klager som gjaldt adferd, utgjorde {{< var grounds.adferd.count >}}.",
        "Vi mottok {{< var received.total >}} klager.",
    ],
)
def test_a_placeholder_that_fits_its_clause_and_the_earlier_one_is_no_finding(text):
    assert found(text) == []


def test_every_placeholder_is_read_after_one_that_fits():
    text = (
        "Vi mottok {{< var received.total >}} klager, og vi avsluttet {{< var received.total >}}."
    )
    assert found(text) == [
        wrong(62, "received.total", AVSLUTTET, "skriv {{< var decided.total >}} (55)")
    ]


def test_the_fix_is_the_placeholder_of_the_concept_the_words_say():
    assert found("Vi mottok {{< var decided.total >}} klager.") == [
        wrong(11, "decided.total", MOTTATT, "skriv {{< var received.total >}} (55)")
    ]
