"""Boundary tests of check/statements/alldecided.py: «alle saker avgjort», «ikke alle»,
«under behandling», «ingen … avsluttet», and a deadline («ved årsskiftet», «innen utgangen av
mars», «innen 20. januar»), each at its edge, on Agder 2021's hand-made values. Each reads the
statement's kind, verdict, words, detail and the value it was checked against."""

from __future__ import annotations

import pytest
from handvalues import AGDER_2021, hand_values

from klagerapport.check.lexicon import for_district
from klagerapport.check.sentences import sentences
from klagerapport.check.statements import FALSE, OK, OPEN, Reader

LAST = "received.all_decided_by"
NO_DATE = (
    "ingen verdi i bygget viser det (fant ikke datoen den siste saken ble avsluttet ordene gjelder)"
)


def read(text: str, **changes) -> list[tuple]:
    """(kind, status, words, detail, about) of every statement of `text`."""
    lex = for_district("Agder")
    reader = Reader(hand_values(AGDER_2021, changes), lex)
    return [
        (o.kind, o.status, o.words, o.detail, o.about)
        for s in sentences(text + "\n", lex)
        for o in reader.read(s)
    ]


@pytest.mark.parametrize(("opened", "status"), [(0, OK), (1, FALSE), (2, FALSE)])
def test_all_decided_is_no_case_open(opened, status):
    assert read("Alle saker er avgjort.", received__open=opened) == [
        ("alle", status, "Alle", f"received.open = {opened}", "received.open")
    ]


@pytest.mark.parametrize(("opened", "status"), [(0, FALSE), (1, OK)])
def test_not_all_decided_and_some_still_open_say_a_case_is_open(opened, status):
    assert read("Ikke alle saker er avgjort.", received__open=opened) == [
        ("alle", status, "alle", f"received.open = {opened}", "received.open")
    ]
    assert read("Noen saker er fortsatt under behandling.", received__open=opened) == [
        ("alle", status, "under behandling", f"received.open = {opened}", "received.open")
    ]


def test_all_decided_without_an_open_count_is_open():
    assert [r[:3] for r in read("Alle saker er avgjort.", received__open=None)] == [
        ("alle", OPEN, "Alle")
    ]


@pytest.mark.parametrize(
    ("when", "last", "status"),
    [
        ("innen 20. januar", "2022-01-20", OK),  # a date without its year: the next year's
        ("innen 20. januar", "2022-01-21", FALSE),
        ("innen utgangen av mars", "2022-03-31", OK),
        ("innen utgangen av mars", "2022-04-01", FALSE),
        ("innen utgangen av november", "2022-11-30", OK),
        ("innen utgangen av november", "2022-12-01", FALSE),
        ("innen utgangen av desember", "2021-12-31", OK),  # December: the report's year
        ("innen utgangen av desember", "2022-01-01", FALSE),
        ("ved årsskiftet", "2021-12-31", OK),
        ("ved årsskiftet", "2022-01-01", FALSE),
    ],
)
def test_all_decided_by_a_date_holds_through_its_last_day(when, last, status):
    assert read(f"Alle saker var avgjort {when}.", received__all_decided_by=last) == [
        ("alle", status, "Alle", f"den siste saken ble avsluttet {last}", LAST)
    ]


def test_all_decided_by_a_date_is_false_while_cases_are_open():
    # the internal edition writes «ikke alle avsluttet» (no date) when a case is open
    text = "Alle saker var avgjort ved årsskiftet."
    assert read(text, received__all_decided_by=None, received__open=1) == [
        ("alle", FALSE, "Alle", "den siste saken ble avsluttet None", LAST)
    ]


@pytest.mark.parametrize("opened", [0, None])
def test_all_decided_by_a_date_the_build_does_not_give_is_open(opened):
    # the public edition withholds the date («–»); no case open: nothing shows the date
    text = "Alle saker var avgjort ved årsskiftet."
    assert read(text, received__all_decided_by=None, received__open=opened) == [
        ("alle", OPEN, "Alle", NO_DATE, "")
    ]
    # a build without the key at all (values made before it): open, not a crash
    values = hand_values(AGDER_2021, {"received.open": opened})
    lex = for_district("Agder")
    [s] = sentences(text + "\n", lex)
    assert [(o.status, o.detail) for o in Reader(values, lex).read(s)] == [(OPEN, NO_DATE)]


def test_a_word_after_utgangen_av_that_is_no_month_gives_no_date():
    text = "Alle saker var avgjort innen utgangen av perioden."
    assert read(text, received__all_decided_by="2022-01-20") == [
        ("alle", OK, "Alle", "received.open = 0", "received.open")
    ]
    # the month is read with its punctuation stripped and in any case
    assert read("Alle saker var avgjort innen utgangen av Mars.", **{LAST.replace(".", "__"):
                "2022-03-31"})[0][1] == OK  # fmt: skip


def test_all_the_cases_of_another_year_are_open():
    assert [r[:4] for r in read("Alle klagene mottatt i fjor er avgjort.")] == [
        (
            "alle",
            OPEN,
            "Alle",
            "ingen verdi i bygget viser det (fant ikke bygget vet bare om årets saker ordene "
            "gjelder)",
        )
    ]


def test_a_date_is_a_deadline_only_right_after_innen():
    # «20. januar» without «innen» is no deadline: the open count decides
    assert read("Alle saker var avgjort 20. januar.", received__all_decided_by="2022-01-21") == [
        ("alle", OK, "Alle", "received.open = 0", "received.open")
    ]
    # a count after «innen» is no date
    assert read("Alle saker var avgjort innen 28 dager.")[0][1:] == (
        OK,
        "Alle",
        "received.open = 0",
        "received.open",
    )


@pytest.mark.parametrize(
    "text",
    [
        # the clause's own date at its end, another clause's date nearer the word
        "Ved årsskiftet, men alle saker var avsluttet etter mye arbeid i svært lang tid innen "
        "20. januar.",
        # the clause's own date at its very start, another clause's date nearer the word
        "Innen utgangen av januar var i hvert fall alle saker avsluttet, men ikke ved årsskiftet.",
    ],
)
def test_the_deadline_is_the_words_own_clauses_before_the_nearest(text):
    assert read(text, received__all_decided_by="2022-01-10") == [
        ("alle", OK, "alle", "den siste saken ble avsluttet 2022-01-10", LAST)
    ]


def test_without_a_date_in_its_clause_the_deadline_is_the_nearest_not_the_first():
    text = "Ved årsskiftet var mye gjort, og innen 20. januar, men alle sakene var avsluttet."
    assert read(text, received__all_decided_by="2022-01-10") == [
        ("alle", OK, "alle", "den siste saken ble avsluttet 2022-01-10", LAST)
    ]


def test_open_cases_followed_by_another_word_than_noen_are_open_cases():
    # only «noen» right after the words («ikke avsluttet noen saker») reads a count of none
    assert read("Det var fortsatt åpne klager om adferd.", received__open=1) == [
        ("alle", OK, "fortsatt åpne", "received.open = 1", "received.open")
    ]
