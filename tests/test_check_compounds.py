"""Compound nouns the lexicon does not list (an auditor's first contact, issue 21 item 2): a
clause with a word that starts or ends with a part about the numbers (leksikon.yml
`sammensatt_ledd`) is about the numbers, so its statement words are read or signed off, never
passed in silence. Oslo 2019: received 174 -> 211, median 16,5 -> 15, mean 18,9 -> 16,7."""

from __future__ import annotations

import claimcorpus as cc
import pytest

from klagerapport.check.findings import ERROR, blocks_final
from klagerapport.check.lexicon import for_district
from klagerapport.check.sentences import sentences
from klagerapport.check.statements import Reader


def _found(text: str):
    return cc.problems(cc.findings({"tekst": text}))


def _outcome(text: str) -> str:
    found = _found(text)
    if any(f.severity == ERROR for f in found):
        return "error"
    return "signoff" if any(blocks_final(f) for f in found) else "pass"


@pytest.mark.parametrize(
    "text",
    [
        "Klageantallet sank.",
        "Mediantiden økte.",
        "Snittiden økte også.",
        "Avvisningene økte.",
        "Overføringene ble flere.",
        "Adferdsklagene var i flertall.",
        "Klagetilfanget var rekordlavt.",
        "Diskrimineringsklagene gikk tilbake.",
        "Fristoverholdelsen ble dårligere.",
    ],
)
def test_a_statement_about_a_compound_is_never_passed(text):
    assert _outcome(text) == "signoff", _found(text)


def test_a_deadline_in_weeks_is_read():
    assert _outcome("Klagereglementet setter en frist på fem uker.") == "error"
    assert _outcome("Klagereglementet setter en frist på fire uker.") == "pass"


def test_time_spent_on_the_cases_is_the_handling_time():
    # not the number of cases (211 against 174): the mean and median both fell
    assert _outcome("Vi brukte lengre tid på sakene enn året før.") == "error"
    assert _outcome("Vi brukte kortere tid på sakene enn året før.") == "pass"


@pytest.mark.parametrize(
    "text",
    [
        "Det er blitt stadig vanligere at klagere sender sin klage via epost.",  # people
        "Mange som opplever seg diskriminert, klager ikke.",  # an adjective, not a compound
        "Det er fristende å tro at det går bedre nå.",  # not «frist»
    ],
)
def test_words_that_are_not_such_compounds(text):
    assert _outcome(text) == "pass", _found(text)


@pytest.mark.parametrize(
    ("word", "compound"),
    [
        ("klageantallet", True),
        ("antallet", False),  # the part alone is a lexicon word, not a compound
        ("median", False),
        ("medianverdien", True),
        ("saker", False),
        ("taushetspliktsaker", True),
        ("uhsaker", False),  # the last part needs a first part of more than two letters
        ("ansaker", False),
        ("fristende", False),  # an exception of the lexicon
    ],
)
def test_the_compound_parts_at_their_bounds(word, compound):
    lex = for_district("Oslo")
    s = sentences(f"Vi så {word} her.\n", lex)[0]
    reader = Reader(cc.values("oslo-2019"), lex)
    assert bool(reader.compounds(s)) is compound


def test_a_quantity_phrase_that_holds_a_measures_word_is_about_the_numbers():
    # «ingen klager» is one lexicon phrase: its «klager» still makes the clause about the numbers
    assert _outcome("Ingen klager tok mer enn to måneder å behandle.") == "signoff"
    assert _outcome("Ingen av våre ansatte tok mer enn to uker ferie.") == "pass"
