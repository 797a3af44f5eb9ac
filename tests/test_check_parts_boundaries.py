"""The sentence's parts every statement reads (check/statements/parts.py) at their edges, on Oslo
2019's values (tests/corpus/oslo-2019-verdier.json): a compound noun about the numbers (a part of
leksikon.yml `sammensatt_ledd` first or last, the last with more than two letters before it),
the words that are not one (`sammensatt_unntak`, a word inside a lexicon phrase), «verken …
eller» before a direction word at any distance, a negation's reach of three words, and
«klager på <emne>» (complaints about a topic the data does not code). Each test reads what the
check examines (the statement's kind, verdict, words and values), so a mutant that moves an edge
fails one. Written for parts.py's mutation run (benchmarks/README.md, "Mutation testing").
"""

from __future__ import annotations

import pytest
from test_check_boundaries import values

from klagerapport.check.lexicon import for_district
from klagerapport.check.sentences import sentences
from klagerapport.check.statements import FALSE, OK, OPEN, Reader

LEX = for_district("Oslo")
NOTHING = "ingen verdi i bygget viser det (fant ikke verdien ordene gjelder)"
AVVIST = "decisions.avvist.minus1 = 8, decisions.avvist.count = 5"
TOTAL = "decisions.minus1_total = 174, decisions.total = 211"


def reader_and_sentence(text: str):
    [sentence] = sentences(text + "\n", LEX)
    return Reader(values(), LEX), sentence


def examined(text: str) -> list[tuple]:
    """(kind, status, words, about, detail) of every statement the check examines in `text`."""
    reader, sentence = reader_and_sentence(text)
    return [(o.kind, o.status, o.words, o.about, o.detail) for o in reader.examine(sentence)]


def compounds(text: str) -> list[str]:
    reader, sentence = reader_and_sentence(text)
    return [text[a:b] for a, b in reader.compounds(sentence)]


# ---------------------------------------------------------------- compound nouns


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Klageantallet sank.", ["Klageantallet"]),  # a first part and a last part
        ("Klageantall sank.", ["Klageantall"]),
        ("Nyesaker økte.", ["Nyesaker"]),  # three letters before «saker»
        ("Nysaker økte.", []),  # two: too short to be a compound
        ("Fristende saker økte.", []),  # sammensatt_unntak
        ("Fristende klageantall sank.", ["klageantall"]),  # a word after an exception
        ("Saksbehandlingstiden og klageantallet sank.", ["klageantallet"]),  # after a phrase
        ("Snittet sank.", []),  # a lexicon phrase, not a compound
    ],
)
def test_a_compound_noun_at_its_edges(text, words):
    assert compounds(text) == words


def test_a_compound_at_the_clause_s_start_makes_the_direction_word_about_the_numbers():
    # nothing else in the sentence names a value: the compound alone keeps «sank» (open)
    assert examined("Klageantallet sank.") == [("retning", OPEN, "sank", "", NOTHING)]
    assert examined("Nyesaker økte.") == [("retning", OPEN, "økte", "", NOTHING)]
    assert examined("Nysaker økte.") == []


# ---------------------------------------------------------------- negation


def test_verken_eller_negates_the_direction_word_at_any_distance():
    # four words between «Verken» and «økte», past a negation's reach of three
    assert examined("Verken avviste eller overførte saker økte.") == [
        ("retning", OK, "økte", AVVIST, AVVIST)
    ]
    # «ikke» four words before: out of reach, so «økte» is read as said (a fall: false)
    assert examined("Ikke avviste eller overførte saker økte.") == [
        ("retning", FALSE, "økte", AVVIST, AVVIST)
    ]
    # «verken» without «eller»: a plain negation, within reach (two words)
    assert examined("Verken avviste saker økte.") == [("retning", OK, "økte", AVVIST, AVVIST)]


# ---------------------------------------------------------------- complaints about a topic


def test_complaints_about_a_topic_the_data_does_not_code_name_no_value():
    assert examined("Klager på lang ventetid økte.") == [("retning", OPEN, "økte", "", NOTHING)]
    assert examined("Klager over ventetid økte.") == [("retning", OPEN, "økte", "", NOTHING)]
    # a category named after the topic word: the complaints of that category
    missing = (
        "ingen verdi i bygget viser det (fant ikke bygget har ikke grounds.adferd.count året "
        "før ordene gjelder)"
    )
    assert examined("Klager på nettopp adferd økte.") == [("retning", OPEN, "økte", "", missing)]


def test_plain_complaints_and_the_count_are_read():
    assert examined("Antallet sank.") == [("retning", FALSE, "sank", TOTAL, TOTAL)]


def test_a_compound_glued_to_a_phrase_before_it_is_still_a_word_of_its_own():
    # «ca.» ends where «klageantallet» starts: the compound is not inside the phrase
    assert compounds("Det var ca.klageantallet som sank.") == ["klageantallet"]


# ---------------------------------------------------------------- a quantity phrase with a measure


def test_a_zero_phrase_holding_a_measure_s_word_makes_its_clause_about_the_numbers():
    # «ingen av klagene» is one phrase (its «klagene» names no concept on its own); «av» is no
    # lexicon word at all
    assert examined("Ingen av klagene tok mer enn to måneder.") == [
        ("uavklart", OPEN, "to måneder", "", "ingen regel leser tidsordet mot tallene")
    ]
    assert examined("Det tok mer enn to måneder.") == []


def test_a_zero_phrase_in_another_clause_does_not():
    assert examined("Ingen klager klaget, men det tok mer enn to måneder.") == []


# ---------------------------------------------------------------- the words' wanted meaning


def test_a_percent_sizing_a_change_is_no_share_in_the_words():
    # «prosent» after «økte med 21»: the size of the change, so the words name the count
    rose = ("retning", OK, "økte", "received.minus1 = 174, received.total = 211")
    for text in (
        "Antall mottatte klager økte med 21 prosent.",
        "Det økte med 21 prosent for mottatte klager.",  # the words after it are read too
    ):
        assert [o[:4] for o in examined(text)] == [rose]


def test_a_unit_the_district_does_not_have_names_no_value():
    assert examined("Klager mot Bergen politistasjon økte.") == [
        ("retning", OPEN, "økte", "", NOTHING)
    ]
    units = "units.gronland_politistasjon.minus1 = 11, units.gronland_politistasjon.count = 15"
    assert examined("Klager mot Grønland politistasjon økte.") == [
        ("retning", OK, "økte", units, units)
    ]


# ---------------------------------------------------------------- the series' first year


@pytest.mark.parametrize(
    ("after", "status"),
    [
        (" i 2007", OK),  # the year the series starts is no context of the rank word
        ("{{< var year.minus12 >}}", OK),  # right after the phrase (no space, a typo)
        (" år 2007", OK),  # four characters after the phrase
        ("  i  2007", FALSE),  # five: a year of its own, 2007 (151) was not the highest
    ],
)
def test_the_year_right_after_siden_statistikken_startet_is_no_context(after, status):
    text = f"Avsluttede klager var flest siden statistikken startet{after}."
    [found] = examined(text)
    assert found[:3] == ("rang", status, "flest")


def test_a_zero_phrase_does_not_negate_a_word_after_it():
    # «ingen klager» is a count of zero, not «ikke»: «sank» is read as said (a rise: false)
    received = "received.minus1 = 174, received.total = 211"
    assert examined("Antall mottatte klager økte, ingen klager sank.") == [
        ("retning", OK, "økte", received, received),
        ("retning", FALSE, "sank", received, received),
    ]


# ---------------------------------------------------------------- a placeholder touching the word


@pytest.mark.parametrize(
    "text",
    [
        "{{< var decisions.avvist.count >}}økte.",  # a typo: no space after the placeholder
        "Antallet økte{{< var decisions.avvist.count >}}.",  # none before it
    ],
)
def test_a_placeholder_touching_the_word_is_what_it_is_about(text):
    assert examined(text) == [("retning", FALSE, "økte", AVVIST, AVVIST)]
