"""Boundary tests of check/loose.py: each reason a number's place gives at its edge (the kinds of
number read, the open cases on another day, a single case's superlative in the clause, «av»
right after the number with a whole named, a more/fewer word within reach, each gap word of the
lexicon in the clause before it) and the size of a change at its edges (the year it changed
from: named after the number in its clause, «siden», else the year before; a count or days as
printed; signed by its more/fewer word).

The sentences are checked alone against hand-made values (tests/handvalues.py: Agder 2021, a
yearly series of the complaints received), and the findings of the number are compared whole
(code and message), so a reason given, lost or worded otherwise changes them."""

from __future__ import annotations

import pytest
from handvalues import AGDER_2021, checked, hand_values

from klagerapport.check import lexicon, loose, numbers, sentences
from klagerapport.check.lexicon import data

SERIES = {"received.total": {2016: 40, 2017: 45, 2018: 48, 2019: 50, 2020: 51, 2021: 55}}
VALUES = {
    **AGDER_2021,
    "received.all_decided_by": "2022-01-20",
    "handling_days.mean_minus1": 33.45,  # printed 33,5: the mean rose 2,2 days as printed
}
LOOSE = "ikke som verdien ordene rundt det nevner; bygget har ikke den verdien"


def found(text: str, number: str, series=None, **changes) -> list[tuple[str, str]]:
    """(code, message) of each finding of the typed `number` in `text`."""
    values = hand_values(VALUES, changes, SERIES if series is None else series)
    return [
        (f.code, f.message)
        for f in checked(text, values, "Agder")
        if f.message.startswith(f"«{number}»") or f"): «{number}»" in f.message
    ]


def loose_item(number: str, what: str) -> list[tuple[str, str]]:
    return [("needs-signoff", f"«{number}» er skrevet for hånd og står som {what}, {LOOSE}")]


def typed_value(number: str, label: str) -> list[tuple[str, str]]:
    return [("typed-value", f"«{number}» er {label}, skrevet for hånd")]


def typed_number(number: str, label: str, text: str) -> list[tuple[str, str]]:
    return [
        ("typed-number", f"«{number}» stemmer ikke med det setningen gjelder: {label} er {text}")
    ]


def reason(text: str, key: str | None = "received.total", concepts=frozenset(), nth: int = 0):
    """loose.reason of the `nth` typed number of a one-sentence `text`."""
    [s] = sentences.sentences(text, lexicon.for_district("Agder"))
    number = numbers.find_numbers(s.text)[nth]
    return loose.reason(s, number, key, concepts)


CHANGE_RECEIVED = "endringen i received.total fra received.minus1"


# ---------------------------------------------------------------- the kinds of number read


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("Antall mottatte klager økte med 40.", loose.CHANGE),  # a count
        ("Antall mottatte klager økte med fem saker.", loose.CHANGE),  # a number word
        ("Snittet økte med 2,2.", loose.CHANGE),  # a decimal
        ("Antall mottatte klager økte med 40 prosent.", None),  # a share: changesize.py's
        ("Antall mottatte klager økte med 2020.", None),  # a year
    ],
)
def test_only_a_count_a_number_word_or_a_decimal_is_read(text, what):
    assert reason(text) == what


def test_a_decimal_difference_of_days_is_the_change_as_printed():
    # 35,7 against 33,45 printed 33,5: 2,2 days, not 2,25 (2,3)
    text = "Snittet var {} dager lengre enn i fjor."
    label = "endringen i handling_days.mean fra handling_days.mean_minus1"
    assert found(text.format("2,2"), "2,2") == typed_value("2,2", label)
    assert found(text.format("2,3"), "2,3") == typed_number("2,3", label, "2,2")


def test_a_change_of_days_is_the_change_as_printed():
    text = "Gjennomsnittlig saksbehandlingstid økte med {} dager."
    label = "endringen i handling_days.mean fra handling_days.mean_minus1"
    assert found(text.format("2,2"), "2,2") == typed_value("2,2", label)
    assert found(text.format("2,3"), "2,3") == typed_number("2,3", label, "2,2")


# ---------------------------------------------------------------- the open cases on another day


def test_open_cases_at_the_years_end_are_another_days_count():
    what = "antallet åpne saker på en annen dag enn dataenes"
    text = "Ved årsskiftet var fem saker fortsatt åpne."
    assert found(text, "fem", received__open=2) == loose_item("fem", what)
    assert reason(text, "received.open", frozenset({"åpne"})) == what
    # the same words without the open cases' concept, or without a day: no such reason
    assert reason(text, "received.open", frozenset({"mottatt"})) is None
    assert reason("Fem saker er fortsatt åpne.", "received.open", frozenset({"åpne"})) is None


def test_open_cases_at_the_years_end_equal_to_the_datas_are_that_value():
    text = "Ved årsskiftet var 2 saker fortsatt åpne."
    assert found(text, "2", received__open=2) == typed_value("2", "received.open")


# ---------------------------------------------------------------- a single case's superlative


SINGLE = "den lengste eller korteste enkeltsaken"


def test_a_number_in_the_clause_of_a_single_cases_superlative_is_that_case():
    assert found("Den lengste saken tok 71 dager.", "71") == loose_item("71", SINGLE)
    assert reason("Den lengste saken tok 71 dager.") == SINGLE
    assert reason("Den korteste saken tok 2 dager.") == SINGLE


def test_a_single_cases_superlative_in_another_clause_leaves_the_number_alone():
    text = "Den lengste saken tok lang tid, men snittet var 36 dager."
    assert reason(text) is None
    assert found(text, "36") == typed_number("36", "handling_days.mean", "35.7")


def test_a_superlative_of_no_single_case_is_no_reason():
    # «den høyeste» of the complaints, not of one case
    assert reason("Den høyeste andelen gjaldt 22 klager.") is None


# ---------------------------------------------------------------- a part of the whole


PART = "en del av helheten ordene nevner"


def test_a_number_right_before_av_with_a_whole_named_is_a_part():
    text = "Totalt gjaldt 18 av klagene mottatt i 2021 diskriminering."
    assert found(text, "18") == loose_item("18", PART)
    assert reason(text) == PART
    assert reason(text, "decided.total") == PART


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Totalt gjaldt 18 av klagene mottatt i 2021 diskriminering.", "grounds.adferd.count"),
        ("Totalt gjaldt 18 av klagene mottatt i 2021 diskriminering.", None),
        ("Totalt gjaldt 18 klager av dem diskriminering.", "received.total"),  # a word between
        ("Totalt mottok vi 18.", "received.total"),  # nothing after the number
    ],
)
def test_no_part_without_av_right_after_it_or_without_a_whole(text, key):
    assert reason(text, key) is None


def test_a_part_equal_to_the_wholes_value_is_that_value():
    # «klagene» alone is read as the decisions' total here (55 too)
    assert found("Hele 55 av klagene kom i 2021.", "55") == typed_value("55", "decisions.total")


# ---------------------------------------------------------------- a difference


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("Vi mottok 6 flere klager.", loose.DIFFERENCE),  # right after it
        ("Vi mottok 6 klager færre enn i fjor.", loose.DIFFERENCE),  # one word between, fewer
        ("Vi mottok 6 nye klager flere enn i fjor.", None),  # two words between
        ("Vi mottok 6 klager, flere enn i fjor.", None),  # a comma between
        ("Vi mottok 6 klager; flere enn i fjor.", None),  # a semicolon
        ("Flere enn 6 klager kom.", None),  # the more-word before it
        ("Flere klager enn før, 6 i alt, kom inn.", None),  # before it, and none after
    ],
)
def test_a_more_or_fewer_word_within_reach_after_the_number_makes_a_difference(text, what):
    assert reason(text) == what


def test_a_difference_is_signed_by_its_word():
    # 47 received against 51: four fewer is true, four more is false (a change of -4)
    fewer = found("Vi mottok 4 klager færre enn i fjor.", "4", received__total=47)
    more = found("Vi mottok 4 klager flere enn i fjor.", "4", received__total=47)
    assert fewer == typed_value("4", CHANGE_RECEIVED)
    assert more == typed_number("4", CHANGE_RECEIVED, "-4")
    # 55 against 51: four more
    assert found("Vi mottok 4 klager flere enn i fjor.", "4") == typed_value("4", CHANGE_RECEIVED)
    assert found("Vi mottok 4 klager færre enn i fjor.", "4") == typed_number(
        "4", CHANGE_RECEIVED, "-4"
    )


def test_a_hedged_difference_holds_within_its_hedge():
    # 211 against 174: 37 more; «nesten 40» holds, as the hedge's tolerance says
    got = found("Vi mottok nesten 40 klager flere enn i fjor.", "40", received__total=211,
                received__minus1=174)  # fmt: skip
    assert got == [("typed-value", f"«40» stemmer med {CHANGE_RECEIVED} (37), skrevet for hånd")]


# ---------------------------------------------------------------- a gap named by its noun


@pytest.mark.parametrize("word", [str(w) for w in data()["forskjell_ord"]])
def test_each_gap_word_before_the_number_in_its_clause_names_a_gap(word):
    assert reason(f"{word.capitalize()} er nå bare seks saker.") == "en forskjell eller endring"
    assert reason(f"Vi ser at {word} er seks saker.") == "en forskjell eller endring"


@pytest.mark.parametrize(
    "text",
    [
        "Økningene var seks saker.",  # a longer word that starts with one
        "Vi mottok seks saker, og forspranget er stort.",  # after the number
        "Forspranget er stort, og vi mottok seks saker.",  # in another clause
        "Tilveksten: vi mottok seks saker.",  # a clause cut by punctuation
    ],
)
def test_a_gap_word_outside_the_numbers_clause_or_inside_another_word_is_none(text):
    assert reason(text) is None


def test_a_gap_is_a_reviewers_item():
    assert found("Forspranget er nå bare seks saker.", "seks") == loose_item(
        "seks", "en forskjell eller endring"
    )


# ---------------------------------------------------------------- the size of a change


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # the year before by default: 55 - 51
        ("Antall mottatte klager økte med 4.", "4", typed_value("4", CHANGE_RECEIVED)),
        # a year named after the number in its clause: 55 - 50
        (
            "Antall mottatte klager økte med 5 fra 2019.",
            "5",
            typed_value("5", "endringen i received.total fra received.total i 2019"),
        ),
        (
            "Antall mottatte klager økte med 4 fra 2019.",
            "4",
            typed_number("4", "endringen i received.total fra received.total i 2019", "5"),
        ),
        # a year named after the number, not after «fra»/«siden» (a comparison): 55 - 50
        (
            "Antall mottatte klager økte med 5 sammenlignet med 2019.",
            "5",
            typed_value("5", "endringen i received.total fra received.total i 2019"),
        ),
        # «siden»: 55 - 40
        (
            "Siden 2016 har antall mottatte klager økt med 15.",
            "15",
            typed_value("15", "endringen i received.total fra received.total i 2016"),
        ),
        # the clause's own year after the number is no year it changed from: the year before
        ("Antall mottatte klager økte med 4 i 2021.", "4", typed_value("4", CHANGE_RECEIVED)),
        # «siden» the report year itself: the year before
        (
            "Siden 2021 har antall mottatte klager økt med 4.",
            "4",
            typed_value("4", CHANGE_RECEIVED),
        ),
        # a year named in another clause before it is no year it changed from
        (
            "I 2018 kom det mange klager, og i 2021 økte antall mottatte klager med 4.",
            "4",
            typed_value("4", CHANGE_RECEIVED),
        ),
        # a change between two earlier years: 50 - 48
        (
            "I 2019 økte antall mottatte klager med 2 fra 2018.",
            "2",
            typed_value("2", "endringen i received.total i 2019 fra received.total i 2018"),
        ),
    ],
)
def test_the_year_a_change_is_from(text, number, expected):
    assert found(text, number) == expected


def test_a_change_from_a_year_the_build_lacks_is_a_reviewers_item():
    text = "Antall mottatte klager økte med 4 siden 2010."
    assert found(text, "4") == loose_item("4", loose.CHANGE)


def test_a_hedged_change_holds_within_its_hedge_and_is_shown_with_its_size():
    got = found("Antall mottatte klager økte med nesten 40.", "40", received__total=211,
                received__minus1=174)  # fmt: skip
    assert got == [("typed-value", f"«40» stemmer med {CHANGE_RECEIVED} (37), skrevet for hånd")]


def test_a_change_is_by_its_size_whichever_way_it_went():
    # «sank med 4» of 51 -> 47 and «økte med 4» of 51 -> 55: both of size 4
    assert found("Antall mottatte klager sank med 4.", "4", received__total=47) == typed_value(
        "4", CHANGE_RECEIVED
    )


def test_a_change_is_of_one_measure_never_of_two_the_words_fit():
    # «saker» is read as the decisions' total (60), which has no value of 2020; the received
    # complaints of 2020 (51) are another measure: no change of 9 (60 - 51) is made of them
    for typed in ("9", "4"):
        text = f"Økningen var på {typed} saker."
        assert found(text, typed, decisions__total=60) == loose_item(typed, loose.CHANGE)


def test_a_share_word_alone_names_no_count_to_size_a_change_of():
    # «Andelen» is read as a share; with the share taken away nothing is named, though with it
    # a count is (the decisions' total, 55 after 51: a change of 4)
    got = found("Andelen økte med 4.", "4", decisions__minus1_total=51)
    assert got == loose_item("4", loose.CHANGE)


def test_a_wrong_change_equal_to_another_value_of_the_year_stays_an_error():
    # 6 is maktmisbruk's count of 2021, the year the sentence names; the change is of 2021 too,
    # so the number is not read as that (no rival): the change of 4 is meant, and 6 is within
    # twice it (a number over twice it would be another quantity, a reviewer's item: typed.far)
    assert found("I 2021 økte antall mottatte klager med 6.", "6") == typed_number(
        "6", CHANGE_RECEIVED, "4"
    )
