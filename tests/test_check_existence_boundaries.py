"""Existence at its edges (check/statements/existence.py): the lexicon's phrases compiled
(longest first), a quantity word inside a longer lexicon phrase or right after a word that makes
it no count, the reach of a negation (4 words) and of a zero in the clause, the count not the
share, and every field of each statement (kind, verdict, words, detail, the value). Troms 2021
by hand (tests/test_check_existence.py): adferd 11, maktmisbruk 3, taushetsplikt 0, ID 0,
avvist 4, overført 0.
"""

from __future__ import annotations

import pytest
from test_check_existence import values

from klagerapport.check.lexicon import Hit, data, for_district
from klagerapport.check.sentences import sentences
from klagerapport.check.statements import FALSE, OK, OPEN, Reader, existence
from klagerapport.check.statements.existence import KIND, ONE, SOME, said

LEX = for_district("Troms")
NO_VALUE = "ingen verdi i bygget viser det (fant ikke verdien ordene gjelder)"


def read(text: str, **changes) -> list[tuple]:
    """(kind, status, words, detail, about) of the existence statements of one sentence."""
    [s] = sentences(text + "\n", LEX)
    got = Reader(values(**changes), LEX).read(s)
    return [(o.kind, o.status, o.words, o.detail, o.about) for o in got if o.kind == KIND]


def phrases(text: str, hits=None) -> list[tuple[str, str, str]]:
    """(words, kind, what) of each place `said` finds in `text` (its lexicon hits by default)."""
    found = said(text, LEX.hits(text) if hits is None else hits)
    return [(h.text, h.kind, what) for h, what in found]


# ---------------------------------------------------------------- the lexicon's phrases


def test_the_phrases_are_the_lexicons_tokens_longest_first():
    # words() is cached for the process: its uncached body compiles the lexicon afresh
    w = existence.words.__wrapped__()
    d = data()["finnes"]
    assert set(w.frames) == {tuple(str(p).casefold().split()) for p in d["ramme"]}
    assert set(w.fillers) == {tuple(str(p).casefold().split()) for p in d["ledd"]}
    for compiled in (w.frames, w.fillers):
        lengths = [len(p) for p in compiled]
        assert lengths == sorted(lengths, reverse=True)
    assert len(w.fillers[0]) > len(w.fillers[-1])  # «i tillegg» before «også»


def test_a_longer_phrase_is_tried_before_a_shorter_one():
    # the order decides when one phrase begins another; tokens of any case, punctuation apart
    got = existence._phrases(["Det kom", "det kom også", "det kom"])
    assert got == (("det", "kom", "også"), ("det", "kom"))
    assert existence._phrases(["Vi, fikk"]) == (("vi", ",", "fikk"),)
    assert existence._phrases(["det var", "det kom også"])[0] == ("det", "kom", "også")
    assert existence._phrases(None) == existence._phrases([]) == ()


# ---------------------------------------------------------------- where a phrase is said


def test_each_phrase_is_a_hit_of_its_own_kind():
    assert phrases("Noen klager gjaldt ID.") == [("Noen klager", KIND, SOME)]
    assert phrases("Det kom også klager om ID.") == [("Det kom også klager", KIND, SOME)]
    assert phrases("Én av klagene ble avvist.") == [("Én av klagene", KIND, ONE)]


def test_a_quantity_word_inside_a_longer_lexicon_phrase_is_that_phrases():
    # «ble flere» (two words, a direction): its «flere» counts nothing
    assert phrases("Det ble flere klager om ID.") == []
    # the phrase's first word too, and only the words inside it
    hit = Hit(0, 11, "Noen klager", "begrep")
    assert phrases("Noen klager gjaldt ID.", [hit]) == []
    assert phrases("Noen klager gjaldt ID.", [Hit(0, 4, "Noen", "noen")]) == [
        ("Noen klager", KIND, SOME)
    ]  # a one-word hit is no longer phrase
    # a quantity word touching the end of a longer phrase («ca.», a hedge) is not inside it
    assert phrases("Det kom ca.1 klage om ID.") == [("1 klage", KIND, ONE)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I fjor kom det inn flere enn én klage om ID.", []),  # «enn én»: a bound
        ("I enkelte tilfeller ble en sak overført.", [("en sak", KIND, ONE)]),  # «i enkelte»
        ("Om noen klager gjaldt ID, vet vi ikke.", []),  # «om noen»: if any
        ("Det kom i år noen klager om ID.", [("noen klager", KIND, SOME)]),  # «år», not «i»
        ("Vi fikk noen klager om ID.", [("noen klager", KIND, SOME)]),  # «fikk»: no such word
    ],
)
def test_a_word_right_before_that_makes_it_no_count(text, found):
    # the word right before the quantity word, not the one before that
    assert phrases(text) == found


def test_the_first_word_has_nothing_before_it():
    # a line without a full stop, ending in a word that would stop a quantity word after it
    assert phrases("Noen klager gjaldt ID, slik vi ser det") == [("Noen klager", KIND, SOME)]


# ---------------------------------------------------------------- what is not read


def test_a_negation_reaches_four_words_not_five():
    # «ikke» 4 words before «noen» negates it (the zero rule's); 5 words before, it is about
    # something else («ikke uventet»), and the count of ID (0) makes the statement false
    assert read("Vi har ikke fått inn i år noen klager om ID.") == []
    assert read("Det var ikke uventet at også i år noen klager gjaldt ID.") == [
        (KIND, FALSE, "noen klager", "grounds.id.count = 0 (ordene sier at det fantes saker)",
         "grounds.id.count")
    ]  # fmt: skip


def test_a_zero_anywhere_in_the_clause_leaves_it_to_the_zero_rule():
    # «Ingen av sakene …» first in the clause, too far back to be a negation of «en klage»
    assert read("Ingen av sakene fra Troms i hele år gjaldt en klage om ID.") == []
    # … and the next clause's phrase is still read
    assert read("Ingen av sakene fra Troms i hele år gjaldt en klage om ID, men noen klager "
                "gjaldt adferd.") == [
        (KIND, OK, "noen klager", "grounds.adferd.count = 11 (ordene sier at det fantes saker)",
         "grounds.adferd.count")
    ]  # fmt: skip


# ---------------------------------------------------------------- each statement, every field


def test_the_count_is_read_even_where_the_clause_names_a_share():
    text = "Enkelte klager om ID utgjorde en liten andel av klagene."
    detail = "grounds.id.count = 0 (ordene sier at det fantes saker)"
    expected = (KIND, FALSE, "Enkelte klager", detail, "grounds.id.count")
    assert read(text) == [expected]
    assert read(text, grounds__id__share=0.2) == [expected]


def test_a_plural_of_a_single_case_is_open_with_its_value():
    assert read("Noen klager gjaldt maktmisbruk.", grounds__maktmisbruk__count=1) == [
        (KIND, OPEN, "Noen klager",
         "grounds.maktmisbruk.count = 1, og flertall sier flere (godkjenn setningen, eller skriv "
         "«én»)", "grounds.maktmisbruk.count")
    ]  # fmt: skip


def test_a_count_the_build_lacks_is_open():
    assert read("Noen klager gjaldt ID.", grounds__id__count=None) == [
        (KIND, OPEN, "Noen klager", NO_VALUE, "")
    ]
    assert read("I fjor gjaldt noen klager brudd på taushetsplikt.") == [
        (KIND, OPEN, "noen klager", NO_VALUE, "")
    ]


@pytest.mark.parametrize(
    ("n", "status"), [(0, FALSE), (2, OK), (3, OK)]
)  # fmt: skip
def test_more_than_none_from_two(n, status):
    assert read("Noen klager gjaldt maktmisbruk.", grounds__maktmisbruk__count=n) == [
        (KIND, status, "Noen klager",
         f"grounds.maktmisbruk.count = {n} (ordene sier at det fantes saker)",
         "grounds.maktmisbruk.count")
    ]  # fmt: skip
