"""A typed number whose place says it is not its clause's value (check/loose.py): a change's
size is held against the difference of the counts, a part, a gap or a difference the build has
no value for is a reviewer's item, never an error; without those words the number is the
clause's value and stays an error. And the dates of the all-decided rule, per clause.

Oslo 2019: received 211 (174 in 2018: 37 more), decided 211 (123 in 2016: 88 more), uheldig 76
(46 in 2018: 30 more), the last case of 2019 decided 20 January 2020."""

from __future__ import annotations

import claimcorpus as cc
import pytest

from klagerapport.check import lexicon, loose, meaning, numbers, sentences
from klagerapport.check.findings import ERROR, INFO, blocks_final


def _found(text: str):
    return cc.problems(cc.findings({"tekst": text}))


def _of(text: str, number: str) -> list[str]:
    return [f.code for f in _found(text) if f.message.startswith(f"«{number}»")]


@pytest.mark.parametrize(
    ("text", "number", "code"),
    [
        # the size of a change, against the difference of the counts
        ("Siden 2016 har antallet avsluttede saker økt med 88.", "88", "typed-value"),
        ("Siden 2016 har antallet avsluttede saker økt med 87.", "87", "typed-number"),
        ("Siden 2016 har antallet avsluttede saker økt med 89.", "89", "typed-number"),
        ("Antallet saker avgjort som uheldig økte med 30 fra 2018.", "30", "typed-value"),
        ("Antallet saker avgjort som uheldig økte med 20 fra 2018.", "20", "typed-number"),
        # a difference, signed by its word
        ("Vi mottok 37 klager flere enn i fjor.", "37", "typed-value"),
        ("Vi mottok 36 klager flere enn i fjor.", "36", "typed-number"),
        ("Vi mottok 37 klager færre enn i fjor.", "37", "typed-number"),
        ("Vi mottok tretti klager flere enn året før.", "tretti", "typed-number"),
        # a part of the whole the words name: no value of the build
        ("Totalt gjaldt 18 av klagene mottatt i 2019 diskriminering.", "18", "needs-signoff"),
        # a gap named by its noun
        ("Forspranget til uheldig er nå bare seks saker.", "seks", "needs-signoff"),
        # «økningen var på»: a change's size again
        ("Økningen var på 37 saker.", "37", "typed-value"),
        ("Økningen var på 30 saker.", "30", "typed-number"),
    ],
)
def test_a_number_placed_as_a_change_part_or_gap_is_read_as_one(text, number, code):
    assert _of(text, number) == [code], _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vi mottok 180 klager i 2019.",  # no «av»: the count itself
        "Vi mottok 190 saker.",  # no gap word in the clause
        "75 av sakene ble avgjort som uheldig.",  # «av», but the words name the part: uheldig
    ],
)
def test_without_those_words_the_number_is_the_clauses_value_and_an_error(text):
    assert [f.code for f in _found(text) if f.severity == ERROR] == ["typed-number"], _found(text)


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("Vi mottok 37 flere klager.", loose.DIFFERENCE),  # right after it
        ("Vi mottok 37 klager flere enn i fjor.", loose.DIFFERENCE),  # one word between
        ("Vi mottok 37 nye klager flere enn i fjor.", None),  # two: not its more-word
        ("Vi mottok 37 klager.", None),
    ],
)
def test_a_more_word_makes_a_difference_only_within_reach(text, what):
    [s] = sentences.sentences(text, lexicon.for_district("Oslo"))
    [number] = numbers.find_numbers(s.text)
    assert loose.reason(s, number, "received.total") == what


def test_a_part_is_a_reviewers_item_that_stops_the_final_edition():
    [item] = [f for f in _found("Hele 18 av klagene gjaldt diskriminering.") if "«18»" in f.message]
    assert item.code == "needs-signoff" and blocks_final(item)
    assert "en del av helheten" in item.message


def test_a_part_that_is_the_wholes_value_is_that_value():
    # «211 av 211»: equal to the value its words name, so it is that value, not a part
    assert _of("Hele 211 av klagene ble mottatt i 2019.", "211") == ["typed-value"]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("innen 20. januar.", "date", "--01-20"),
        ("innen 20. januar 2020.", "date", "2020-01-20"),
        ("den 29. februar", "date", "--02-29"),
        ("31. juni", "count", 31),  # no such day: a number, not a date
        ("20. januarsalget", "count", 20),  # a word that starts with a month is no month
    ],
)
def test_a_date_without_its_year_is_a_date(text, kind, value):
    first = numbers.find_numbers(text)[0]
    assert (first.kind, first.value) == (kind, value)


@pytest.mark.parametrize(
    ("date", "holds"),
    [("20. januar", True), ("21. januar", True), ("19. januar", False)],
)
def test_all_decided_by_a_date_is_read_against_that_clauses_date(date, holds):
    text = (
        "Ved årsskiftet var ikke alle klagene fra 2019 ferdigbehandlet, men alle var avsluttet "
        f"innen {date}."
    )
    found = [f for f in cc.findings({"tekst": text}) if f.message.startswith("«alle»")]
    # the first «alle» is the year's end (not all decided then: true), the second the date's
    assert found[0].severity == INFO, found
    assert (found[1].severity == INFO) is holds, found


@pytest.mark.parametrize(
    ("text", "number", "code"),
    [
        # the open cases on another day than the data's: a reviewer's item
        ("Ved årsskiftet var fem saker fortsatt åpne.", "fem", "needs-signoff"),
        # without a day the open cases are the data's (0 in Oslo 2019): a number beside 0 is
        # far from it (typed.far), a reviewer's item too, but as the data's value (below)
        ("Fem saker er fortsatt åpne.", "Fem", "needs-signoff"),
    ],
)
def test_open_cases_on_another_day_are_a_reviewers_item(text, number, code):
    assert _of(text, number) == [code], _found(text)


def test_the_open_cases_concept_is_read_from_the_values_contract_and_is_the_lexicons():
    opened = meaning.open_concepts()
    assert len(opened) == 1 and opened <= set(lexicon.data()["begreper"])


@pytest.mark.parametrize(
    ("text", "number", "code"),
    [
        # a hedge between «fra» and the number: still the year before's (18,9 in 2018)
        ("Snittet gikk ned fra knappe 19 til 16,7 dager.", "19", "typed-value"),
        ("Snittet gikk ned fra knappe 17 til 16,7 dager.", "17", "typed-number"),
    ],
)
def test_a_hedged_number_after_fra_is_the_earlier_value(text, number, code):
    assert _of(text, number) == [code], _found(text)


@pytest.mark.parametrize(
    ("hedge", "said", "holds"),
    [
        # «knappe», «snaue»: at most the number, within the tolerance (16,7 days)
        ("knappe", "17", True),
        ("snaue", "17", True),
        ("knappe", "16", False),  # 16,7 is above 16
        ("drøye", "16", True),  # at least the number
        ("drøye", "17", False),
    ],
)
def test_the_hedges_under_and_over_are_read(hedge, said, holds):
    text = f"I snitt tok sakene {hedge} {said} dager."
    codes = _of(text, said)
    assert codes == (["typed-value"] if holds else ["typed-number"]), _found(text)


def test_open_cases_without_a_day_are_held_against_the_datas_open_cases():
    [day] = [
        f for f in _found("Ved årsskiftet var fem saker fortsatt åpne.") if "«fem»" in f.message
    ]
    assert "står som" in day.message  # loose.py: another day than the data's
    [data] = [f for f in _found("Fem saker er fortsatt åpne.") if "«Fem»" in f.message]
    assert "langt fra decisions.open (0)" in data.message  # the data's, far from it
