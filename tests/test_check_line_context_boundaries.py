"""Boundary tests of check/line_context.py: what a sentence's reading tells the line checks
about each typed number (the value it means, the numbers a statement reads itself) and where a
sentence speaks of numbers (the other-district warning's «i en setning om tallene»).

Each sentence is checked alone in a section's file against Agder 2021's hand-made values; the
findings are compared whole (code, 1-based column, message), so a number read twice, not read,
or read as another year's value changes the list."""

from __future__ import annotations

from handvalues import AGDER_2021, checked, hand_values

from klagerapport.check.lexicon import for_district
from klagerapport.check.sentences import sentences

ABOUT_NUMBERS = "(i en setning om tallene)"


def found(text: str, **changes) -> list[tuple[str, int, str]]:
    return [
        (f.code, f.col, f.message) for f in checked(text, hand_values(AGDER_2021, changes), "Agder")
    ]


def place_note(text: str) -> list[bool]:
    """For each other-district warning of `text`: does it say the place is in a sentence
    about the numbers?"""
    return [
        ABOUT_NUMBERS in f.message
        for f in checked(text, hand_values(AGDER_2021, {}), "Agder")
        if f.code == "other-district"
    ]


# ---------------------------------------------------------------- numbers a statement reads


def test_a_share_statements_own_number_words_are_not_typed_numbers_too():
    # «Fire» and «ti» are number words before «klager»; the share statement reads them
    assert found("Fire av ti klager gjaldt adferd.") == [
        ("verified", 1, "«Fire av ti» stemmer: grounds.adferd.share = 0.4")
    ]


def test_a_difference_statements_own_number_is_not_a_typed_number_too():
    assert found("Det kom fire flere klager enn i fjor.") == [
        ("verified", 9, "«fire flere» stemmer: decisions.total = 55, received.minus1 = 51")
    ]


def test_a_number_after_a_statements_own_number_is_still_bound_to_its_words():
    assert found("Fire av ti klager gjaldt adferd, og 18 gjaldt saksbehandling.") == [
        ("verified", 1, "«Fire av ti» stemmer: grounds.adferd.share = 0.4"),
        (
            "typed-number",
            37,
            "«18» stemmer ikke med det setningen gjelder: grounds.saksbehandling.count er 17",
        ),
    ]


def test_a_year_or_a_glued_number_binds_nothing_and_the_numbers_after_it_are_still_bound():
    assert found("I 2021 mottok vi 56 klager.") == [
        ("typed-value", 3, "«2021» er year.current, skrevet for hånd"),
        ("typed-number", 18, "«56» stemmer ikke med det setningen gjelder: received.total er 55"),
    ]
    assert found("Vi mottok TV2 og 56 klager.") == [
        ("typed-number", 13, "«2» er skrevet for hånd og er ikke i tillatt.yml"),
        ("typed-number", 18, "«56» stemmer ikke med det setningen gjelder: received.total er 55"),
    ]


def test_the_first_number_of_fra_til_is_the_year_before():
    assert found("Antall klager økte fra 50 til 55.")[1] == (
        "typed-number",
        24,
        "«50» stemmer ikke med det setningen gjelder: received.minus1 er 51",
    )
    # named last year: the first number is the year before last
    assert found("I fjor økte antall klager fra 40 til 51.", received__minus2=41)[1] == (
        "typed-number",
        31,
        "«40» stemmer ikke med det setningen gjelder: received.minus2 er 41",
    )


def test_a_typed_percent_is_bound_to_the_share_its_words_name():
    assert found("41 % av klagene gjaldt adferd.") == [
        (
            "typed-number",
            1,
            "«41 %» stemmer ikke med det setningen gjelder: grounds.adferd.share er 0.4",
        )
    ]


def test_days_that_bound_a_share_mean_no_value_and_the_numbers_after_them_are_still_bound():
    text = "Fire av ti klager ble avgjort på 20 dager eller mindre, og vi mottok 56 klager."
    assert [f[:2] for f in found(text)] == [
        ("needs-signoff", 1),
        ("needs-signoff", 34),
        ("typed-number", 70),
    ]
    assert found(text)[2][2] == "«56» stemmer ikke med det setningen gjelder: received.total er 55"


def test_days_before_a_share_word_in_another_clause_are_the_mean():
    # the share word comes after the days: they are a level (the mean), not a bound of it
    assert found("Snittet var 35,7 dager, og fire av ti klager gjaldt adferd.") == [
        ("verified", 28, "«fire av ti» stemmer: grounds.adferd.share = 0.4"),
        ("typed-value", 13, "«35,7» er handling_days.mean, skrevet for hånd"),
    ]


# ---------------------------------------------------------------- sentences about the numbers


def test_a_sentence_with_a_typed_number_or_a_statement_is_about_the_numbers():
    assert place_note("I Bergen mottok vi 55 klager.") == [True]  # a number, no statement
    assert place_note("I Bergen økte antall klager.") == [True]  # a statement, no number
    assert place_note("Vi var på seminar i Bergen.") == [False]


def test_a_place_at_the_sentences_first_character_is_in_it():
    assert place_note("Bergen mottok 55 klager.") == [True]


def test_a_place_before_or_after_the_sentence_on_its_line_is_not_in_it():
    assert place_note("Vi var i Bergen. Vi mottok 55 klager.") == [False]
    assert place_note("Vi mottok 55 klager. Vi var i Bergen.") == [False]
    # the next sentence's first word, one white space after the stop
    assert place_note("Vi mottok 55 klager. Bergen var fint.") == [False]


def test_a_sentence_over_two_lines_covers_the_rest_of_its_first_and_the_start_of_its_last():
    # the sentence starts mid-line; the place opens its second line
    assert place_note("Vi har dette. Vi mottok 55 klager fra\nBergen og omegn.") == [True]
    # a place far into the first line (past column 60), the sentence ending early on the next
    text = "Vi mottok 55 klager i år, og de fleste av dem kom fra folk som bor i Bergen,\nsa de."
    assert text.index("Bergen") > 60
    assert place_note(text) == [True]


def test_the_lines_before_and_after_a_sentence_about_the_numbers_are_not_in_it():
    assert place_note("Vi var i Bergen.\nVi mottok 55 klager.") == [False]
    assert place_note("Vi mottok 55 klager.\nVi var i Bergen.") == [False]


def test_a_number_after_the_deadlines_days_is_still_bound_to_its_words():
    assert found("Innen 28 dager ble 52 % avgjort, og vi mottok 56 klager.") == [
        ("typed-value", 7, "«28» er handling_days.deadline, skrevet for hånd"),
        ("typed-value", 20, "«52 %» er handling_days.within_deadline, skrevet for hånd"),
        ("typed-number", 47, "«56» stemmer ikke med det setningen gjelder: received.total er 55"),
    ]


def test_a_change_in_percent_is_the_change_of_the_count_its_clause_names():
    # «økte med 8 prosent»: received.change (7,84 %), bound as the change of received.total,
    # which has last year's value too
    assert found("Antall klager økte med 8 prosent.") == [
        ("verified", 15, "«økte» stemmer: received.minus1 = 51, received.total = 55"),
        ("typed-value", 24, "«8 prosent» er received.change, skrevet for hånd"),
    ]


def test_a_typed_numbers_signoff_is_keyed_to_its_sentence():
    for text, col in (
        ("Det gjaldt 41 % hver.", 12),  # bound by «hver», to no value
        ("Fire av ti klager ble avgjort på 20 dager eller mindre.", 34),  # days under a share
    ):
        [(s,)] = [(s,) for s in sentences(text, for_district("Agder"))]
        [signoff] = [
            f
            for f in checked(text, hand_values(AGDER_2021, {}), "Agder")
            if f.code == "needs-signoff" and f.col == col
        ]
        assert signoff.value == s.digest()
