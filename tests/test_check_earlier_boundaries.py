"""Words about earlier years at their edges (check/statements/earlier.py): «etter N år med
nedgang» (each of the N changes before the sentence's year, N as a digit, «ett/et» or a number
word; open where the build lacks a year or the word is no rise or fall), and a share word on the
«fra» side of «fra … til …». Each test reads the statement's kind, verdict, words, detail and
the value it was checked against, on hand-made values with a yearly series whose every change
is known: a mutant that takes another step, another year or another bound fails one.

Troms 2021 by hand: decided 40 (2017), 35, 30, 27 (2020, `decided.minus1`), 31 (2021,
`decided.total`): three falls, then a rise.
"""

from __future__ import annotations

import pytest
from handvalues import checked, hand_values

from klagerapport.check.findings import ERROR, problems
from klagerapport.check.lexicon import for_district
from klagerapport.check.sentences import sentences
from klagerapport.check.statements import FALSE, OK, OPEN, Reader
from klagerapport.check.statements.earlier import about_earlier_years, on_from_side

LEX = for_district("Troms")
BASE = {
    "district": "Troms",
    "year.current": 2021,
    "year.minus1": 2020,
    "received.total": 30,
    "received.minus1": 28,
    "decided.total": 31,
    "decided.minus1": 27,
}
SERIES = {"decided.total": {2017: 40, 2018: 35, 2019: 30, 2020: 27, 2021: 31}}
DECIDED = "decided.total"
THIS_YEAR = "decided.minus1 = 27, decided.total = 31"  # this year's rise
NO_YEARS = "ingen verdi i bygget viser det (fant ikke årene før året ordene gjelder)"


def sentence(text: str):
    [s] = sentences(text + "\n", LEX)
    return s


def read(text: str, series: dict | None = None, **changes) -> list[tuple]:
    """(kind, status, words, detail, about) of every statement of the one sentence `text`."""
    table = {DECIDED: {**SERIES[DECIDED], **(series or {})}}
    table = {k: {y: n for y, n in v.items() if n is not None} for k, v in table.items()}
    reader = Reader(hand_values(BASE, changes, table), LEX)
    return [(o.kind, o.status, o.words, o.detail, o.about) for o in reader.read(sentence(text))]


def shown(*years: int, series: dict | None = None) -> str:
    """The detail of a run: each year's value, oldest first (2020 and 2021 by their keys)."""
    table = {**SERIES[DECIDED], **(series or {})}
    keys = {2020: "decided.minus1", 2021: "decided.total"}
    return ", ".join(
        f"{keys[y]} = {table[y]}" if y in keys else f"decided.total i {y} = {table[y]}"
        for y in years
    )


def hit(s, text: str):
    [h] = [h for h in s.hits if h.text == text]
    return h


# ---------------------------------------------------------------- N, as the sentence says it


@pytest.mark.parametrize(
    ("said", "n"),
    [
        ("ett", 1),
        ("et", 1),
        ("Ett", 1),
        ("to", 2),
        ("2", 2),
        ("tre", 3),
        ("12", 12),
        ("fire", 4),
        ("mange", None),  # no number: the word is about this year
        ("noen", None),
    ],
)
def test_the_number_of_years_as_a_digit_or_a_word(said, n):
    s = sentence(f"Etter {said} år med nedgang økte antall avsluttede saker.")
    assert about_earlier_years(s, hit(s, "nedgang")) == n


@pytest.mark.parametrize(
    "text",
    [
        "To år med nedgang ble etterfulgt av en økning.",  # no «etter»
        "Etter to måneder med nedgang økte antall avsluttede saker.",  # not years
        "Etter to år med en nedgang økte antall avsluttede saker.",  # a word between
        "Etter to år uten nedgang økte antall avsluttede saker.",  # not «med»
    ],
)
def test_only_etter_n_ar_med_right_before_the_word(text):
    s = sentence(text)
    assert about_earlier_years(s, hit(s, "nedgang")) is None


def test_only_a_direction_or_a_judgement_is_about_the_earlier_years():
    s = sentence("Etter to år med bedring økte antall avsluttede saker.")
    assert about_earlier_years(s, hit(s, "bedring")) == 2  # a judgement («vurdering»)
    s = sentence("Etter to år med halvparten ble det flere.")
    assert about_earlier_years(s, hit(s, "halvparten")) is None  # a share


# ---------------------------------------------------------------- each change before the year


@pytest.mark.parametrize(
    ("said", "years"),
    [("ett", (2019, 2020)), ("et", (2019, 2020)), ("to", (2018, 2019, 2020)),
     ("2", (2018, 2019, 2020)), ("tre", (2017, 2018, 2019, 2020))],
)  # fmt: skip
def test_each_of_the_n_changes_before_the_year(said, years):
    text = f"Etter {said} år med nedgang økte antall avsluttede saker."
    assert read(text) == [
        ("retning", OK, "nedgang", shown(*years), DECIDED),
        ("retning", OK, "økte", THIS_YEAR, THIS_YEAR),  # this year's change, read on its own
    ]
    rise = f"Etter {said} år med økning økte antall avsluttede saker."
    assert read(rise)[0] == ("retning", FALSE, "økning", shown(*years), DECIDED)


def test_a_year_the_build_lacks_leaves_the_run_open():
    # four changes before 2021 need 2016; the series starts in 2017
    text = "Etter fire år med nedgang økte antall avsluttede saker."
    assert read(text)[0] == ("retning", OPEN, "nedgang", NO_YEARS, "")
    assert read(text, series={2016: 50})[0] == (
        "retning", OK, "nedgang", shown(2016, 2017, 2018, 2019, 2020, series={2016: 50}), DECIDED
    )  # fmt: skip
    # the oldest year of a run missing, or one in its middle
    two = "Etter to år med nedgang økte antall avsluttede saker."
    assert read(two, series={2018: None})[0] == ("retning", OPEN, "nedgang", NO_YEARS, "")
    assert read(two, series={2019: None})[0] == ("retning", OPEN, "nedgang", NO_YEARS, "")


def test_the_newest_year_of_the_run_the_build_lacks():
    # no value for 2020 at all (neither the key nor the series): the run's last step is unknown
    text = "Etter ett år med nedgang økte antall avsluttede saker."
    got = read(text, series={2020: None}, decided__minus1=None)
    assert got[0] == ("retning", OPEN, "nedgang", NO_YEARS, "")


@pytest.mark.parametrize(
    ("series", "one", "two"),
    [
        ({2019: 27}, FALSE, FALSE),  # 2019 = 2020: no fall, no rise either
        ({2018: 30}, OK, FALSE),  # 2018 = 2019: the older step is flat
        ({2018: 29}, OK, FALSE),  # 2018 < 2019: the older step rose
        ({2019: 25}, FALSE, FALSE),  # the newer step rose, the older fell (35 -> 25)
        ({2019: 28}, OK, OK),  # one more than 2020's 27: a fall
    ],
)
def test_every_step_must_go_the_words_way_equal_is_neither(series, one, two):
    first = read("Etter ett år med nedgang økte antall avsluttede saker.", series)
    second = read("Etter to år med nedgang økte antall avsluttede saker.", series)
    assert first[0] == ("retning", one, "nedgang", shown(2019, 2020, series=series), DECIDED)
    assert second[0] == ("retning", two, "nedgang", shown(2018, 2019, 2020, series=series), DECIDED)


@pytest.mark.parametrize(
    ("series", "status"),
    [
        ({2018: 25, 2019: 26}, OK),  # 25 -> 26 -> 27: one more each year
        ({2018: 25, 2019: 27}, FALSE),  # 2019 = 2020: the newer step is flat
        ({2018: 26, 2019: 26}, FALSE),  # the older step is flat
        ({2018: 27, 2019: 26}, FALSE),  # the older step fell
    ],
)
def test_a_run_of_rises_at_its_edges(series, status):
    text = "Etter to år med økning økte antall avsluttede saker."
    got = read(text, series)[0]
    assert got == ("retning", status, "økning", shown(2018, 2019, 2020, series=series), DECIDED)


def test_the_run_before_an_earlier_year_the_sentence_names():
    # «i 2020»: the two changes before 2020 (2017 -> 2018 -> 2019), not before 2021
    text = "I 2020 sank antall avsluttede saker etter to år med nedgang."
    assert read(text) == [
        ("retning", OK, "sank", "decided.total i 2019 = 30, decided.minus1 = 27",
         "decided.total i 2019 = 30, decided.minus1 = 27"),
        ("retning", OK, "nedgang", shown(2017, 2018, 2019), "decided.minus1"),
    ]  # fmt: skip
    assert read(text.replace("nedgang", "økning"))[1] == (
        "retning", FALSE, "økning", shown(2017, 2018, 2019), "decided.minus1"
    )  # fmt: skip


def test_the_value_is_named_anywhere_in_the_sentence():
    # the concept first (at the sentence's very start) or last: the same value, the same run
    first = read("Avsluttede saker økte etter to år med nedgang.")
    assert first[1] == ("retning", OK, "nedgang", shown(2018, 2019, 2020), DECIDED)
    # received has no yearly series: the run before it is open, not read off decided's
    received = read("Mottatte klager økte etter to år med nedgang.")
    assert received[1] == ("retning", OPEN, "nedgang", NO_YEARS, "")


def test_a_count_not_a_share_is_what_the_years_ran_on():
    # «andelen» in the sentence: the run is still read on the count's series
    text = "Etter to år med nedgang økte andelen avsluttede saker."
    assert read(text, decided__share=0.5)[0] == (
        "retning", OK, "nedgang", shown(2018, 2019, 2020), DECIDED
    )  # fmt: skip


def test_a_word_that_is_no_rise_or_fall_is_open():
    text = "Etter to år med bedring økte antall avsluttede saker."
    assert read(text) == [
        ("vurdering", OPEN, "bedring", NO_YEARS, ""),
        ("retning", OK, "økte", THIS_YEAR, THIS_YEAR),
    ]
    text = "Etter ett år med stabilt antall økte antall avsluttede saker."
    assert read(text)[0] == ("retning", OPEN, "stabilt", NO_YEARS, "")


def test_a_value_the_build_lacks_is_open():
    # the build has no count of complaints about «taushetsplikt»
    text = "Etter to år med nedgang økte klagene om brudd på taushetsplikt."
    assert read(text)[0] == ("retning", OPEN, "nedgang", NO_YEARS, "")


def test_not_a_run_the_word_is_about_this_year():
    # «mange år» names no number: «nedgang» is this year's change, a rise (27 -> 31)
    text = "Etter mange år med nedgang økte antall avsluttede saker."
    assert read(text)[0] == ("retning", FALSE, "nedgang", THIS_YEAR, THIS_YEAR)


def test_this_years_word_right_after_the_run_is_read_too():
    # A fault, fixed: «nedgang sank» was taken as one statement (as «holdt seg stabilt»), so
    # this year's «sank» was never read and a false sentence passed unsigned.
    text = "Etter to år med nedgang sank antall avsluttede saker."
    assert read(text) == [
        ("retning", OK, "nedgang", shown(2018, 2019, 2020), DECIDED),
        ("retning", FALSE, "sank", THIS_YEAR, THIS_YEAR),
    ]
    # … and the check reports it (an error, not only a statement read)
    found = problems(checked(text, hand_values(BASE, {}, SERIES), "Troms"))
    assert [(f.severity, f.message) for f in found] == [
        (ERROR, f"«sank» stemmer ikke med tallene: {THIS_YEAR}")
    ]
    # two direction words side by side, neither about earlier years: still one statement
    assert read("Antall avsluttede saker holdt seg stabilt.") == [
        ("retning", FALSE, "holdt seg", THIS_YEAR, THIS_YEAR)
    ]


# ---------------------------------------------------------------- the «fra» side of «fra … til»


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("Andelen sank fra omtrent halvparten til om lag 40 prosent.", True),
        ("Andelen sank fra halvparten til 40 prosent.", True),
        ("Andelen sank fra nesten om lag halvparten til 40 prosent.", False),  # «nesten»: no hedge
        ("Andelen sank fra om lag omtrent halvparten til 40 prosent.", True),  # two hedges
        ("Fra halvparten i fjor sank andelen til 40 prosent.", True),  # «Fra» first, capital
        ("Andelen sank fra hele halvparten til 40 prosent.", False),  # a word between
        ("Halvparten av klagene ble sendt til Spesialenheten.", False),  # nothing before it
        ("Til tross for dette sank andelen fra omtrent halvparten.", False),  # «til» before only
        ("Andelen sank fra om lag halvparten tilsammen.", False),  # «til» inside a word
        ("Andelen sank fra om lag halvparten, Til sist 40 prosent.", True),  # «Til» after
    ],
)
def test_a_share_on_the_fra_side(text, earlier):
    s = sentence(text)
    [share] = [h for h in s.hits if h.kind == "andel"]
    assert on_from_side(s, share) is earlier
