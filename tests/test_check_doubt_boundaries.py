"""Boundary tests of check/doubt.py: the places of the district's own (leksikon.yml `steder`)
that cast doubt on their stretch, at their edges (each place of the district and no other
district's, a place of several words across any white space, a word that merely starts or ends
with a place, a place inside a unit's name of each kind the lexicon gives units), and the item a
demoted error becomes, read whole."""

from __future__ import annotations

from dataclasses import replace

import pytest

from klagerapport.check import doubt
from klagerapport.check.findings import ERROR, WARNING
from klagerapport.check.lexicon import Hit, data, for_district
from klagerapport.check.sentences import sentences
from klagerapport.errors import Problem


def _sentence(text: str, district: str = "Oslo"):
    return sentences(text + "\n", for_district(district))[0]


def _error(col: int, code: str = "stale-claim", severity: str = ERROR) -> Problem:
    return Problem.at("g.md", 1, col, severity, code, "feil", "rett det")


# ---------------------------------------------------------------- the district's own places


@pytest.mark.parametrize("district", sorted(data()["steder"]))
def test_every_place_of_a_district_is_its_own_and_no_other_districts(district):
    for place in data()["steder"][district]:
        s = _sentence(f"I {place} kom det færre saker.", district)
        assert doubt.own_places(s, district) == [2], (district, place)
        others = [d for d in data()["steder"] if place not in data()["steder"][d]]
        assert all(doubt.own_places(s, d) == [] for d in others), place


def test_without_a_district_no_place_is_own():
    s = _sentence("Sandvika og Asker fikk færre saker.")
    assert doubt.own_places(s, "Oslo") == [0, 12]
    assert doubt.own_places(s, None) == []
    assert doubt.own_places(s, "") == []


def test_every_place_of_the_sentence_is_found_in_the_lexicons_order():
    # Sandvika comes before Asker in the lexicon: each place's matches, then the next place's
    s = _sentence("Asker, Sandvika og Asker fikk færre saker.")
    assert doubt.own_places(s, "Oslo") == [7, 0, 19]


def test_a_place_of_several_words_across_any_white_space():
    assert doubt.own_places(_sentence("Mo  i\nRana fikk flere.", "Nordland"), "Nordland") == [0]
    assert doubt.own_places(_sentence("Mo i Rana fikk flere.", "Nordland"), "Nordland") == [0]
    assert doubt.own_places(_sentence("Moi Rana fikk flere.", "Nordland"), "Nordland") == []


@pytest.mark.parametrize("text", ["Askerbyen fikk flere.", "Nyasker fikk flere.", "Asker2 fikk."])
def test_a_word_that_only_starts_or_ends_with_a_place_is_none(text):
    assert doubt.own_places(_sentence(text), "Oslo") == []


def test_a_place_inside_a_units_name_is_the_unit():
    # «Grønland politistasjon» is a unit the rules read (a category hit)
    s = _sentence("Asker fikk flere saker enn Grønland politistasjon.")
    assert [h.kind for h in s.hits if h.text == "Grønland politistasjon"] == ["kategori"]
    assert doubt.own_places(s, "Oslo") == [0]


@pytest.mark.parametrize(
    ("kind", "own"), [*((k, []) for k in doubt.UNIT_HITS), ("begrep", [0]), ("tid", [0])]
)
def test_a_unit_hit_of_each_kind_over_the_place_from_its_first_character(kind, own):
    s = _sentence("Sandvika fikk flere.")
    s = replace(s, hits=[Hit(0, 8, "Sandvika", kind, None)])
    assert doubt.own_places(s, "Oslo") == own
    # a unit hit that starts after the place leaves it
    later = replace(s, hits=[Hit(1, 8, "andvika", kind, None)])
    assert doubt.own_places(later, "Oslo") == [0]


# ---------------------------------------------------------------- demote() with own places

TWO = "Sandvika fikk færre saker, og det var bra."  # stretches: columns 1-26 and 31-42


def test_an_own_place_marks_its_stretch_in_the_districts_report_only():
    s = _sentence(TWO)
    assert doubt.stretches(s) == [((1, 1), (1, 26)), ((1, 31), (1, 42))]
    [kept, demoted_other] = doubt.demote([_error(15), _error(35)], [s], [], district="Oslo")
    assert (kept.code, demoted_other.code) == ("needs-signoff", "stale-claim")
    # the same words in another district's report, or without a district: no own place
    for district in ("Vest", None):
        [f] = doubt.demote([_error(15)], [s], [], district=district)
        assert (f.code, f.severity) == ("stale-claim", ERROR), district


def test_a_demoted_error_is_a_warning_item_of_its_sentence():
    s = _sentence(TWO)
    [f] = doubt.demote([_error(15)], [s], [], district="Oslo")
    assert (f.severity, f.code, f.row, f.col) == (WARNING, "needs-signoff", 1, 15)
    assert f.message == doubt.PREFIX + "feil"
    assert f.suggestion == "rett det; " + doubt.ADVICE
    assert f.value == s.digest()


@pytest.mark.parametrize("code", doubt.READ_ERRORS)
def test_each_reading_error_is_demoted(code):
    [f] = doubt.demote([_error(15, code)], [_sentence(TWO)], [], district="Oslo")
    assert f.code == "needs-signoff"


@pytest.mark.parametrize(
    ("code", "severity"),
    [
        ("unknown-key", ERROR),  # not an error of reading the words
        ("false-claim", ERROR),
        ("stale-claim", WARNING),  # not an error
    ],
)
def test_other_findings_are_kept(code, severity):
    [f, *place] = doubt.demote([_error(15, code, severity)], [_sentence(TWO)], [], district="Oslo")
    assert (f.code, f.severity) == (code, severity)
    # a finding that stops nothing beside an own place: the place is a reviewer's item too
    assert [p.code for p in place] == (["needs-signoff"] if severity == WARNING else [])
