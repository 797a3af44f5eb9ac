"""Share words at their edges (check/statements/share.py), on Oslo 2019's values
(tests/corpus/oslo-2019-verdier.json) with one value moved at a time: a share word that sizes a
change («en fjerdedel flere klager enn i 2018», «økte med om lag en femtedel») at each degree
word's bound, the share of the cases beyond a duration in words («hver tiende klage tok lengre
tid enn fire uker»), a share beside a number of days, a negation after the share word, and a
share whose words name nothing that sets it apart. Each test reads the statement's kind,
verdict, words, the values it was checked against and the words it spans, so a mutant that
moves an edge or binds another value fails one. Written against the survivors of share.py's
mutation runs (benchmarks/README.md, "Mutation testing").
"""

from __future__ import annotations

import pytest
from test_check_boundaries import outcomes

from klagerapport.check.statements import FALSE, OK, OPEN

CHANGE = "received.change"


def seen(text: str, **changes) -> list[tuple]:
    """(kind, status, words, about, detail) of every statement of the sentence `text`."""
    return [(o.kind, o.status, o.words, o.about, o.detail) for o in outcomes(text, **changes)]


def shares(text: str, **changes) -> list[tuple]:
    """The same, of the share statements only."""
    return [o for o in seen(text, **changes) if o[0] == "andel"]


def sized(status: str, change: float) -> tuple:
    return ("andel", status, "en fjerdedel", CHANGE, f"{CHANGE} = {change}")


# ---------------------------------------------------------------- a share that sizes a change


@pytest.mark.parametrize(
    ("degree", "change", "status"),
    [
        # «over»: strictly more than a quarter
        ("over ", 0.25, FALSE),
        ("over ", 0.2501, OK),
        # «under»: a rise, and less than a quarter (no rise is not «under a quarter more»)
        ("under ", 0.25, FALSE),
        ("under ", 0.2499, OK),
        ("under ", 0.0001, OK),
        ("under ", 0.0, FALSE),
        # «nesten»: from a quarter less the tolerance (0.07) up to, not at, a quarter
        ("nesten ", 0.18, OK),
        ("nesten ", 0.1799, FALSE),
        ("nesten ", 0.2499, OK),
        ("nesten ", 0.25, FALSE),
        # no degree word: a quarter within 0.03
        ("", 0.28, OK),
        ("", 0.2801, FALSE),
        ("", 0.22, OK),
        ("", 0.2199, FALSE),
        # hedged («om lag»): within 0.05
        ("om lag ", 0.30, OK),
        ("om lag ", 0.3001, FALSE),
        ("om lag ", 0.20, OK),
        ("om lag ", 0.1999, FALSE),
    ],
)
def test_a_share_more_than_a_year_is_the_change_at_each_degree_s_bound(degree, change, status):
    text = f"Vi mottok {degree}en fjerdedel flere klager enn i 2018."
    assert shares(text, received__change=change) == [sized(status, change)]


def test_fewer_than_a_year_is_a_fall_of_that_size_and_more_a_rise():
    fewer = "Vi mottok en fjerdedel færre klager enn i 2018."
    more = "Vi mottok en fjerdedel flere klager enn i 2018."
    assert shares(fewer, received__change=-0.25) == [sized(OK, -0.25)]
    assert shares(fewer, received__change=0.25) == [sized(FALSE, 0.25)]
    assert shares(more, received__change=0.25) == [sized(OK, 0.25)]
    assert shares(more, received__change=-0.25) == [sized(FALSE, -0.25)]


def test_a_negated_share_of_a_change_is_the_opposite():
    text = "Vi mottok ikke en fjerdedel flere klager enn i 2018."
    assert shares(text, received__change=0.25) == [sized(FALSE, 0.25)]
    assert shares(text, received__change=0.4) == [sized(OK, 0.4)]


def test_a_share_after_med_sizes_the_change_by_its_size_alone():
    text = "Antall mottatte klager sank med en fjerdedel."
    assert shares(text, received__change=-0.25) == [sized(OK, -0.25)]
    assert shares(text, received__change=0.25) == [sized(OK, 0.25)]
    assert shares(text, received__change=0.4) == [sized(FALSE, 0.4)]


def test_a_share_sizing_a_change_of_no_count_named_is_open():
    # no count in the clause: no change to bind
    assert shares("Om lag en fjerdedel flere enn i 2018.") == [
        (
            "andel",
            OPEN,
            "en fjerdedel",
            "",
            "ingen verdi i bygget viser det (fant ikke endringen ordene gjelder)",
        )
    ]
