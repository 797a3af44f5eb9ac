"""Boundary tests of check/cues.py: the quantitative cues of a sentence, read whole (the words,
their kind, and whether a lexicon hit made them), at each edge: each statement kind and the
hedges (and a hit of another kind, which is none), a word inside a lexicon phrase or right after
one, the net's phrases (a number as «N» in digits, words or a placeholder; a phrase cut short by
the sentence's end or by a lexicon hit), the forms made from the net's adjectives, those in
…ig and the exceptions, and «…, som i fjor» (the same said of an earlier year: only a year back,
«som» only at the start or after a comma)."""

from __future__ import annotations

import pytest

from klagerapport.check import cues
from klagerapport.check.lexicon import Hit, data, for_district

LEX = for_district("Agder")


def cued(masked: str, hits=None) -> list[tuple[str, str, bool]]:
    """(text, kind, lexical) of each cue of a masked sentence, left to right."""
    found = cues.find(masked, LEX.hits(masked) if hits is None else hits, LEX)
    return [(c.text, c.kind, c.lexical) for c in found]


# ---------------------------------------------------------------- the lexicon's hits


@pytest.mark.parametrize(
    ("masked", "cue"),
    [
        ("Antallet økte.", ("økte", "retning", True)),
        ("Det kom flere klager enn i fjor.", ("flere", "mer", True)),
        ("Det kom færre klager enn i fjor.", ("færre", "mindre", True)),
        ("Adferd var det vanligste.", ("vanligste", "rang", True)),
        ("Klagene gjaldt omtrent adferd.", ("omtrent", "omtrent", True)),  # a hedge
    ],
)
def test_a_lexicon_hit_of_a_statement_kind_or_a_hedge_is_a_lexical_cue(masked, cue):
    assert cued(masked) == [cue]


def test_every_statement_kind_and_the_hedge_is_a_cue_and_no_other_kind():
    masked = "a" * 40
    kinds = [*sorted(cues.STATEMENT_KINDS), cues.HEDGE, "tid", "kategori", "begrep"]
    hits = [Hit(i, i + 1, "a", kind, 0) for i, kind in enumerate(kinds)]
    got = cues.find(masked, hits, LEX)
    assert [c.kind for c in got] == [*sorted(cues.STATEMENT_KINDS), cues.HEDGE]
    assert all(c.lexical for c in got)
    assert [(c.start, c.end) for c in got] == [(i, i + 1) for i in range(len(got))]


def test_a_word_inside_a_lexicon_hit_is_no_cue_and_the_word_right_after_it_is():
    # «i mindre grad» is a fixed expression (no cue); «mange» right after it is
    assert cued("Det gjaldt i mindre grad mange.") == [("mange", "mengde", False)]
    # a hit over the first word only: the second is free, also when the hit ends right where
    # it starts (a hit's end is outside it)
    hits = [Hit(0, 5, "mange", "kategori", None)]
    assert cued("mange flere", hits) == [("flere", "gradbøyning", False)]
    hits = [Hit(0, 6, "mange ", "kategori", None)]
    assert cued("mange flere", hits) == [("flere", "gradbøyning", False)]
    hits = [Hit(0, 7, "mange f", "kategori", None)]
    assert cued("mange flere", hits) == []


# ---------------------------------------------------------------- the net's phrases


@pytest.mark.parametrize(
    ("masked", "cue"),
    [
        ("Antallet økte de siste 3 årene.", "de siste 3 årene"),  # N in digits
        ("Antallet økte de siste tre årene.", "de siste tre årene"),  # in words
        ("Antallet økte de siste § årene.", "de siste § årene"),  # a placeholder
        ("Antallet økte de siste årene.", "de siste årene"),
        ("Antallet økte i løpet av 5 år.", "i løpet av 5 år"),
    ],
)
def test_a_time_span_with_n_is_one_cue(masked, cue):
    assert cued(masked) == [("økte", "retning", True), (cue, "tidsrom", False)]


def test_n_is_a_number_not_any_word():
    # «de siste mange årene»: no time span of the net, and «mange» is a quantity word of its own
    assert cued("Antallet økte de siste mange årene.") == [
        ("økte", "retning", True),
        ("mange", "mengde", False),
    ]


def test_a_phrase_is_one_cue_and_its_words_are_no_cues_of_their_own():
    assert cued("Det gjaldt ytterst få.") == [("ytterst få", "mengde", False)]  # not «få»
    assert cued("Det gjaldt stort sett adferd.") == [("stort sett", "mengde", False)]
    assert cued("Det økte de siste 3 år.")[1:] == [("de siste 3 år", "tidsrom", False)]
    # the lexicon's own phrase: a hit, so the net's is not read again
    assert cued("Det var et lite fåtall klager.") == [("et lite fåtall", "mengde", True)]


def test_a_phrase_cut_short_by_the_sentences_end_is_no_phrase():
    assert cued("Det var en del") == [("en del", "mengde", False)]
    assert cued("Det var en") == []
    assert cued("Det var et lite") == [("lite", "grad", False)]


def test_a_phrase_over_a_lexicon_hit_is_no_phrase():
    # «en del» with its second word taken by a hit: not the phrase; «en» alone is no cue
    hits = [Hit(11, 14, "del", "kategori", None)]
    assert cued("Det var en del", hits) == []


def test_the_words_after_a_phrase_are_read_on():
    assert cued("Det var en del mange") == [("en del", "mengde", False), ("mange", "mengde", False)]


# ---------------------------------------------------------------- single words


def test_the_single_words_of_the_net_by_kind():
    forms = cues.forms()
    net = data()["nett"]
    for kind in ("likhet", "rang", "mengde"):
        for word in net[kind]:
            if " " not in str(word):
                assert forms[str(word).casefold()] == kind, word
    # a word in two lists is of the later one: «mye» is grad and mengde, «sterk» grad and grunnord
    assert forms["mye"] == "mengde"
    assert forms["klart"] == "grad"
    assert forms["sterkere"] == forms["lengre"] == forms["mest"] == "gradbøyning"
    assert "sjeldenere" not in forms and forms["sjeldnere"] == "gradbøyning"  # …en loses its e
    assert "enkelere" not in forms and forms["enklest"] == "gradbøyning"  # …el too
    assert forms["kortere"] == forms["kortest"] == forms["korteste"] == "gradbøyning"
    assert "tidligere" not in forms and "senest" not in forms  # the exceptions
    assert "et fåtall" not in forms  # phrases are not single words


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("hyppigere", "mer"),  # the lexicon's own comparison word
        ("rimeligere", "gradbøyning"),  # any adjective in …ig
        ("viktigst", "gradbøyning"),
        ("viktigste", "gradbøyning"),
        ("Viktigste", "gradbøyning"),  # at a sentence's start
        ("igere", None),  # no stem before «ig»
        ("vigere", None),  # one letter
        ("viktig", None),  # the adjective itself
        ("viktigerer", None),  # no such ending
        ("tidligere", None),  # an exception, though in …ig
        ("tidligst", None),
    ],
)
def test_a_comparative_or_superlative_in_ig(word, kind):
    got = cued(f"Klagene var {word}.")
    assert [c[1] for c in got] == ([kind] if kind else []), got
    if kind == "gradbøyning":
        assert got == [(word, kind, False)]


def test_the_net_words_keep_their_spelling_and_place():
    masked = "Det var Mange klager, og FLERE."
    assert [(c.start, c.end, c.text) for c in cues.find(masked, LEX.hits(masked), LEX)] == [
        (8, 13, "Mange"),
        (25, 30, "FLERE"),
    ]


def test_always_is_the_lexicons():
    assert cues.always() == frozenset(
        {"nest", "travleste", "travlest", "travlere", "roligste", "roligst"}
    )


def test_phrases_are_by_first_word_longest_first():
    by_first = cues.phrases()
    assert by_first["et"] == ((("et", "lite", "fåtall"), "mengde"), (("et", "fåtall"), "mengde"))
    assert (("eller", "mindre"), "grense_etter") in by_first["eller"]
    assert (("de", "siste", "n", "årene"), "tidsrom") in by_first["de"]
    assert all(len(p) > 1 for entries in by_first.values() for p, _ in entries)


# ---------------------------------------------------------------- the same of an earlier year


@pytest.mark.parametrize(
    ("masked", "cue"),
    [
        ("Andelen var høy, som i fjor.", "som i fjor"),  # «som» after a comma
        ("Som i fjor gjaldt de fleste adferd.", "Som i fjor"),  # at the start
        ("Andelen var høy, slik det også var i fjor.", "slik det også var i fjor"),
        ("Andelen var høy, slik det også var året før.", "slik det også var året før"),
        ("Andelen var høy, i likhet med i fjor.", "i likhet med i fjor"),
    ],
)
def test_the_same_said_of_an_earlier_year(masked, cue):
    assert (cue, cues.REPEAT, False) in cued(masked)


@pytest.mark.parametrize(
    "masked",
    [
        "Andelen var høy som i fjor.",  # «som» after no comma: a comparison's
        "Andelen var høy, slik det også var i år.",  # no year back
        "Andelen var høy, slik det også var, i fjor.",  # not right before the year
        "Andelen var høy, slik det også var",  # no year at all
    ],
)
def test_no_same_of_an_earlier_year(masked):
    assert all(kind != cues.REPEAT for _, kind, _ in cued(masked))


def test_the_longer_words_of_the_same_win_and_are_one_cue():
    got = [c for c in cued("Andelen var høy, slik det også gjorde i fjor.") if c[1] == cues.REPEAT]
    assert got == [("slik det også gjorde i fjor", cues.REPEAT, False)]
    # «som også» before «også» alone: one cue, not a second inside it
    assert cued("Andelen var høy, som også i fjor.") == [("som også i fjor", cues.REPEAT, False)]


def test_the_same_of_an_earlier_year_runs_from_its_first_word_to_the_years_end():
    masked = "Andelen var høy, slik det også var i fjor."
    [cue] = cues.find(masked, LEX.hits(masked), LEX)
    assert (cue.start, cue.end) == (17, 41) and masked[41] == "."


def test_cues_are_left_to_right_and_named():
    got = cues.find("Som i fjor økte antallet.", LEX.hits("Som i fjor økte antallet."), LEX)
    assert [(c.text, c.name) for c in got] == [
        ("Som i fjor", "det som sies om et tidligere år"),
        ("økte", "retningsordet"),
    ]
    assert cues.Cue(0, 1, "x", "ukjent", False).name == "ordet"
