"""Direction words (check/statements/direction.py) at their edges, on Oslo 2019's values
(tests/corpus/oslo-2019-verdier.json) with one value moved at a time: a comparison word after a
verb («ble noe kortere», «blir færre») and what may follow it, a judgement («en bedring») and
the value it takes, a «siden» year that is the value's own, a year before the build lacks. Each
test reads the statement's kind, verdict, words and the values it was checked against, so a
mutant that moves an edge fails one.
"""

from __future__ import annotations

import pytest
from test_check_boundaries import outcomes

from klagerapport.check.statements import FALSE, OK, OPEN

MEAN = "handling_days.mean_minus1 = 18,9, handling_days.mean = 16,7"
PASS = "units.pass.minus1 = 15, units.pass.count = 42"
WITHIN = (
    "handling_days.within_deadline_minus1 = 87\u00a0%, handling_days.within_deadline = 88\u00a0%"
)
NOT_FOUND = "ingen verdi i bygget viser det (fant ikke {} ordene gjelder)"


def seen(text: str, **changes) -> list[tuple]:
    """(kind, status, words, about, detail) of every statement of `text`."""
    return [(o.kind, o.status, o.words, o.about, o.detail) for o in outcomes(text, **changes)]


# ---------------------------------------------------------------- «ble noe kortere», «blir færre»


@pytest.mark.parametrize(
    ("text", "status", "words", "about"),
    [
        # a word between the verb and the comparison word: read by the verb rule, mer is «opp»
        ("Saksbehandlingstiden ble noe lengre.", FALSE, "lengre", MEAN),
        ("Saksbehandlingstiden ble noe kortere.", OK, "kortere", MEAN),
        ("Andelen besvart innen fristen ble noe høyere.", OK, "høyere", WITHIN),
        ("Saksbehandlingstiden ble ikke lengre.", OK, "lengre", MEAN),
        ("Saksbehandlingstiden ble «ikke» kortere.", FALSE, "kortere", MEAN),
        # the verb right before the word («blir» is no phrase of the lexicon, «ble» is)
        ("Klagene på passkontoret blir færre.", FALSE, "færre", PASS),
        ("Saksbehandlingstiden blir lengre.", FALSE, "lengre", MEAN),
        # followed by a lexicon word («klager», «i år»): still a direction
        ("Det ble noe færre klager på passkontoret.", FALSE, "færre", PASS),
        ("Det ble noe flere klager på passkontoret.", OK, "flere", PASS),
        ("Klagene på passkontoret ble noe færre i år.", FALSE, "færre", PASS),
    ],
)
def test_a_comparison_word_after_a_verb_is_a_direction(text, status, words, about):
    assert seen(text) == [("retning", status, words, about, about)]


def test_a_comparison_word_after_a_verb_with_enn_is_no_direction():
    # «enn» in the clause: a bound or a comparison («høyere enn halvparten»), not a rise
    found = seen("Andelen besvart innen fristen ble noe høyere enn halvparten.")
    assert [f[0] for f in found] == ["andel"]


# ---------------------------------------------------------------- «en bedring», «ble forbedret»


def test_a_judgement_takes_the_placeholder_it_is_about():
    text = "Gjennomsnittet var {{< var handling_days.median >}} dager, en bedring."
    about = "handling_days.median_minus1 = 16,5, handling_days.median = 15"
    [o] = [o for o in outcomes(text) if o.kind == "retning"]
    assert (o.status, o.words, o.about) == (OK, "bedring", about)


@pytest.mark.parametrize(("changes", "about"), [
    ({}, MEAN),
    # the mean has no year before: the measure that has it (the median)
    ({"handling_days__mean_minus1": None},
     "handling_days.median_minus1 = 16,5, handling_days.median = 15"),
])  # fmt: skip
def test_a_judgement_takes_the_value_that_has_the_year_before(changes, about):
    assert seen("Saksbehandlingstiden ble forbedret.", **changes) == [
        ("retning", OK, "forbedret", about, about)
    ]


def test_a_judged_share_without_its_year_before_says_so():
    text = "Besvart innen fristen, en bedring."
    assert seen(text) == [("retning", OK, "bedring", WITHIN, WITHIN)]
    missing = NOT_FOUND.format("bygget har ikke handling_days.within_deadline året før")
    assert seen(text, handling_days__within_deadline_minus1=None) == [
        ("retning", OPEN, "bedring", "", missing)
    ]


def test_a_judgement_of_a_value_without_a_better_way_says_so():
    text = (
        "Antall avgjorte klager fra {{< var year.minus3 >}} til {{< var year.minus2 >}} var "
        "en forverring."
    )
    what = NOT_FOUND.format("hvilken vei som er bedre for verdien")
    assert seen(text) == [("retning", OPEN, "forverring", "", what)]


def test_a_judgement_with_no_value_at_all_is_no_statement():
    assert seen("Det var en bedring.") == []


def test_a_judgement_of_a_from_to_pair_reads_the_pair():
    text = (
        "Saksbehandlingstiden gikk fra {{< var handling_days.median_minus1 >}} til "
        "{{< var handling_days.mean >}} dager, en forbedring."
    )
    about = "handling_days.median_minus1 = 16,5, handling_days.mean = 16,7"
    [o] = [o for o in outcomes(text) if o.words == "forbedring"]
    assert (o.kind, o.status, o.about) == ("retning", FALSE, about)
    assert o.detail == f"fra- og til-tallet er ikke samme størrelse: {about}"


# ---------------------------------------------------------------- «siden», the year before


def test_since_the_values_own_year_is_against_the_year_before():
    text = "Antall avgjorte klager har økt siden {{< var year.current >}}."
    about = "decided.minus1 = 174, decided.total = 211"
    assert seen(text) == [("retning", OK, "økt", about, about)]


@pytest.mark.parametrize(
    ("text", "changes", "words", "key"),
    [
        ("Antall klager på passkontoret økte.", {"units__pass__minus1": None}, "økte",
         "units.pass.count"),
        ("Saksbehandlingstiden ble kortere i fjor.", {}, "ble kortere",
         "handling_days.mean_minus1"),
    ],
)  # fmt: skip
def test_a_direction_without_the_year_before_says_which_value_lacks_it(text, changes, words, key):
    [o] = outcomes(text, **changes)
    assert (o.kind, o.status, o.words, o.about) == ("retning", OPEN, words, "")
    assert o.detail == NOT_FOUND.format(f"bygget har ikke {key} året før")


# ---------------------------------------------------------------- what reader.py passes on


def test_a_verb_direction_reads_the_from_to_pair_of_its_sentence():
    text = (
        "Saksbehandlingstiden ble noe kortere fra {{< var handling_days.median_minus1 >}} til "
        "{{< var handling_days.mean >}} dager."
    )
    about = "handling_days.median_minus1 = 16,5, handling_days.mean = 16,7"
    [o] = [o for o in outcomes(text) if o.kind == "retning"]
    assert (o.status, o.words, o.about) == (FALSE, "kortere", about)
    assert o.detail == f"fra- og til-tallet er ikke samme størrelse: {about}"


@pytest.mark.parametrize(("share", "status"), [(0, OK), (0.01, FALSE)])
def test_not_any_within_the_deadline_is_a_share_of_zero(share, status):
    text = "Det ble ikke besvart noen klager innen fristen."
    [o] = outcomes(text, handling_days__within_deadline=share)
    assert (o.kind, o.status, o.words, o.about) == (
        "alle",
        status,
        "noen",
        "handling_days.within_deadline",
    )
