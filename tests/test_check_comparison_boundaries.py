"""Comparison and equality (check/statements/comparison.py) at their edges, on Oslo 2019's values
(tests/corpus/oslo-2019-verdier.json) with one value moved at a time: a difference of one
(«én flere»), «færre» by a count, a placeholder right after «enn», a placeholder without a value,
the two sides of «like mange … som/mot/enn …», the years an equality's clause names, the open
statements and what each says it did not find. Each test reads the statement's kind, verdict,
words and the values it was checked against, so a mutant that moves an edge fails one.
"""

from __future__ import annotations

import pytest
from test_check_boundaries import outcomes, values

from klagerapport.check.lexicon import for_district
from klagerapport.check.sentences import sentences
from klagerapport.check.statements import FALSE, OK, OPEN, Reader

ETTERFORSKNING = "Det kom {{< var units.etterforskning.count >}} klager på etterforskning"
NOT_FOUND = "ingen verdi i bygget viser det (fant ikke {} ordene gjelder)"
SECOND_SIDE = NOT_FOUND.format("det setningen sammenligner med")
NO_VALUE = NOT_FOUND.format("verdien")


def seen(text: str, **changes) -> list[tuple]:
    """(kind, status, words, about, detail) of every statement of `text`."""
    return [(o.kind, o.status, o.words, o.about, o.detail) for o in outcomes(text, **changes)]


def decided(text: str, per_year: dict, **changes):
    """The statements of `text` with some years of the yearly table of decided complaints
    changed (None: missing), the other years as built."""
    lex = for_district("Oslo")
    [sentence] = sentences(text + "\n", lex)
    return Reader(values({"decided.total": per_year}, **changes), lex).read(sentence)


# ---------------------------------------------------------------- a difference: «én flere enn»


@pytest.mark.parametrize(
    ("word", "before", "status"),
    [("én", 12, OK), ("én", 11, FALSE), ("ett", 12, OK), ("èn", 11, FALSE)],
)
def test_a_difference_of_one_is_read_from_its_word(word, before, status):
    about = f"units.etterforskning.count = 13, units.etterforskning.minus1 = {before}"
    text = f"{ETTERFORSKNING}, {word} flere enn året før."
    assert seen(text, units__etterforskning__minus1=before) == [
        ("forskjell", status, f"{word} flere", about, about)
    ]


@pytest.mark.parametrize(("before", "status"), [(15, OK), (14, FALSE), (11, FALSE)])
def test_fewer_by_a_count_is_the_second_side_minus_the_first(before, status):
    about = f"units.etterforskning.count = 13, units.etterforskning.minus1 = {before}"
    text = f"{ETTERFORSKNING}, to færre enn året før."
    assert seen(text, units__etterforskning__minus1=before) == [
        ("forskjell", status, "to færre", about, about)
    ]


# ---------------------------------------------------------------- the sides of a comparison


@pytest.mark.parametrize("gap", [" ", ""])
def test_a_placeholder_right_after_enn_is_the_second_side(gap):
    text = f"Passkontoret fikk flere klager enn{gap}{{{{< var units.vapen.count >}}}}."
    [o] = [o for o in outcomes(text) if o.kind == "sammenligning"]
    about = "units.pass.count = 42, units.vapen.count = 3"
    assert (o.status, o.words, o.about, o.detail) == (OK, "flere", about, about)
    [o] = [o for o in outcomes(text, units__vapen__count=42) if o.kind == "sammenligning"]
    assert o.status == FALSE


def test_a_placeholder_without_a_value_after_enn_leaves_the_second_side_to_the_words():
    text = "Det kom flere klager på passkontoret enn på våpenkontoret {{< var ukjent.verdi >}}."
    about = "units.pass.count = 42, units.vapen.count = 3"
    assert seen(text) == [("sammenligning", OK, "flere", about, about)]
    alone = "Passkontoret fikk flere klager enn {{< var ukjent.verdi >}}."
    assert seen(alone) == [("sammenligning", OPEN, "flere", "", SECOND_SIDE)]


@pytest.mark.parametrize("gap", [" ", ""])
def test_a_year_right_after_enn_is_the_second_sides_year(gap):
    text = f"Det kom flere klager på passkontoret enn{gap}{{{{< var year.minus2 >}}}}."
    about = "units.pass.count = 42, units.pass.minus2 = 30"
    assert seen(text) == [("sammenligning", OK, "flere", about, about)]


def test_ble_flere_enn_points_at_the_comparison_word():
    [o] = outcomes("Det ble flere saker avgjort som uheldig enn som grunnlag for kritikk.")
    assert (o.start, o.end, o.kind, o.status, o.words) == (8, 13, "sammenligning", OK, "flere")


def test_a_comparison_without_a_first_side_says_so():
    assert seen("Flere enn i fjor.") == [("sammenligning", OPEN, "Flere", "", NO_VALUE)]


def test_a_comparison_without_a_second_side_says_so():
    for text in ("Antall kritikksaker var høyere enn ventet.", "Antall klager var høyere enn."):
        [o] = outcomes(text)
        assert (o.kind, o.status, o.about, o.detail) == ("sammenligning", OPEN, "", SECOND_SIDE)


def test_a_year_of_the_yearly_table_against_nothing_named_is_open():
    # the first side has no key (a year of the table), and the words after «enn» name no year
    text = "Antall avgjorte klager i {{< var year.minus2 >}} var høyere enn ventet."
    assert seen(text) == [("sammenligning", OPEN, "høyere", "", SECOND_SIDE)]


def test_the_second_side_keeps_what_the_first_measures_besides_the_word_it_replaces():
    # «avsluttede» replaces «mottatt» but keeps «åpne»: no value is open and decided
    text = "Antall åpne saker var høyere enn antall avsluttede."
    found = seen(text)
    assert found[1] == ("sammenligning", OPEN, "høyere", "", SECOND_SIDE)


# ---------------------------------------------------------------- the sides of an equality


def test_a_placeholder_before_the_equality_is_no_second_side():
    text = (
        "Passkontoret fikk {{< var units.pass.count >}} klager, like mange som "
        "{{< var units.vapen.count >}}."
    )
    [o] = [o for o in outcomes(text) if o.kind == "likhet"]
    assert (o.status, o.words, o.about) == (
        FALSE,
        "like mange som",
        "units.pass.count = 42, units.vapen.count = 3",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Det var like mange, {{< var units.pass.count >}} mot {{< var units.pass.minus1 >}}.",
        "Det var like mange{{< var units.pass.count >}} mot {{< var units.pass.minus1 >}}.",
        "Det var like mange, {{< var units.pass.count >}}mot {{< var units.pass.minus1 >}}.",
    ],
)
def test_x_mot_y_after_the_word_are_the_two_sides_even_touching(text):
    about = "units.pass.count = 42, units.pass.minus1 = 15"
    assert seen(text) == [("likhet", FALSE, "like mange", about, about)]
    assert [o.status for o in outcomes(text, units__pass__minus1=42)] == [OK]


def test_one_value_and_mot_without_a_second_value_is_not_x_mot_y():
    text = "Det var like mange, {{< var units.pass.count >}} mot året før."
    assert seen(text) == [("likhet", OPEN, "like mange", "", NO_VALUE)]


@pytest.mark.parametrize(
    ("text", "about"),
    [
        # «mot» / «som» / «enn» after the word: the first side is everything before the marker
        ("Passkontoret fikk omtrent like mange klager i {{< var year.current >}} mot "
         "{{< var year.minus1 >}}.", "units.pass.count = 42, units.pass.minus1 = 15"),
        ("Passkontoret fikk like mange klager i {{< var year.minus1 >}} som i "
         "{{< var year.minus2 >}}.", "units.pass.minus1 = 15, units.pass.minus2 = 30"),
        ("Antall klager var omtrent det samme i 2019 som i 2018.",
         "decisions.total = 211, decisions.minus1_total = 174"),
        ("Det kom like mange klager på passkontoret enn på våpenkontoret.",
         "units.pass.count = 42, units.vapen.count = 3"),
    ],
)  # fmt: skip
def test_the_first_side_of_an_equality_ends_at_its_marker(text, about):
    [o] = outcomes(text)
    assert (o.kind, o.status, o.about, o.detail) == ("likhet", FALSE, about, about)


def test_an_equality_without_a_first_side_says_so():
    assert seen("I fjor og i 2005 ble det avgjort like mange klager.") == [
        ("likhet", OPEN, "like mange", "", NO_VALUE)
    ]


def test_a_year_touching_the_word_that_the_build_lacks_is_no_year_before():
    # a year is named (right after the word): never the year before in its place
    text = "Passkontoret fikk like mange{{< var year.minus5 >}}."
    assert seen(text) == [("likhet", OPEN, "like mange", "", SECOND_SIDE)]
    [o] = outcomes("Passkontoret fikk like mange{{< var year.minus2 >}}.", units__pass__minus2=42)
    assert (o.status, o.about) == (OK, "units.pass.count = 42, units.pass.minus2 = 42")


def test_an_equality_with_nothing_to_compare_with_says_so_exactly():
    [o] = outcomes("Antall klager var det samme som i 2005.")
    assert (o.kind, o.status, o.detail) == ("likhet", OPEN, SECOND_SIDE)


# ---------------------------------------------------------------- «I fjor og i forfjor … like»


@pytest.mark.parametrize(
    "text",
    [
        "I fjor og i forfjor ble det avgjort like mange klager.",
        "I fjor, og i forfjor, ble det avgjort like mange klager.",
        "I fjor, og i forfjor ble det avgjort like mange klager.",
    ],
)
@pytest.mark.parametrize(("per_year", "status"), [({2017: 174}, OK), ({2016: 176}, FALSE)])
def test_two_years_joined_are_the_two_sides_with_or_without_commas(text, per_year, status):
    # before the fix, «, og» (an empty clause) stopped the join: 2017 was compared with 2016
    [o] = decided(text, per_year)
    y2017 = per_year.get(2017, 176)
    assert (o.kind, o.status, o.words) == ("likhet", status, "like mange")
    assert o.about == f"decided.minus1 = 174, decided.total i 2017 = {y2017}"


def test_only_the_clauses_of_years_right_before_the_word_are_joined():
    # the year of a clause before «men» (not a clause of years only) is not one of the two
    text = (
        "I {{< var year.minus2 >}} kom det mange klager, men i fjor og i forfjor ble det avgjort "
        "like mange klager."
    )
    [o] = outcomes(text)
    assert (o.kind, o.status, o.about) == (
        "likhet",
        FALSE,
        "decided.minus1 = 174, decided.total i 2017 = 176",
    )
    [o] = decided(text, {2017: 174})
    assert (o.status, o.about) == (OK, "decided.minus1 = 174, decided.total i 2017 = 174")


def test_three_years_joined_compare_the_first_two():
    [o] = outcomes("I 2016, 2017 og 2018 ble det avgjort like mange klager.")
    assert (o.kind, o.status, o.about) == (
        "likhet",
        FALSE,
        "decided.total i 2016 = 123, decided.total i 2017 = 176",
    )


def test_a_second_side_named_after_the_word_wins_over_the_years_before_it():
    text = "I fjor og i forfjor ble det avgjort like mange klager som i 2015."
    [o] = outcomes(text)
    assert (o.status, o.about) == (FALSE, "decided.total i 2017 = 176, decided.total i 2015 = 86")


def test_a_year_joined_that_the_build_lacks_says_which():
    text = "I fjor og i forfjor ble det avgjort like mange klager."
    [o] = decided(text, {2018: None}, decided__minus1=None)
    assert (o.start, o.end, o.kind, o.status, o.words, o.about) == (
        36,
        46,
        "likhet",
        OPEN,
        "like mange",
        "",
    )
    assert o.detail == NOT_FOUND.format("et av årene setningen nevner")


# ---------------------------------------------------------------- «høyere enn halvparten»


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Andelen besvart innen fristen var høyere enn halvparten.", OK),
        ("Andelen besvart innen fristen var lavere enn halvparten.", FALSE),
        ("Andelen besvart innen fristen ble noe høyere enn halvparten.", OK),
        ("Andelen besvart innen fristen var ikke høyere enn halvparten.", FALSE),
        ("Andelen besvart innen fristen var høyere enn ni av ti.", FALSE),
    ],
)
def test_a_comparison_word_with_enn_before_a_share_is_its_degree(text, status):
    # before the fix «høyere enn halvparten» was read as «halvparten» (50 %): 88 % was false
    [o] = outcomes(text)  # 88 % within the deadline
    assert (o.kind, o.status, o.about) == ("andel", status, "handling_days.within_deadline")
    assert o.detail == "handling_days.within_deadline = 88\u00a0%"


# ---------------------------------------------------------------- the second side: «enn»'s clause

MORE = "Det kom {{< var received.total >}} klager, flere enn"
ROSE = "received.total = 211, received.minus1 = 174"


@pytest.mark.parametrize(
    ("rest", "status", "about"),
    [
        # a placeholder right after «enn», touching it or not
        ("{{< var received.minus1 >}}.", OK, ROSE),
        (" {{< var received.minus1 >}}.", OK, ROSE),
        # a placeholder before the year the clause names is the side
        (" {{< var decided.total >}} i fjor.", FALSE, "received.total = 211, decided.total = 211"),
        # a year before the placeholder is the side («enn i fjor med …» is last year's), also
        # a year's placeholder touching «enn»
        (" i fjor med {{< var decided.total >}}.", OK, ROSE),
        ("{{< var year.minus1 >}} med {{< var decided.total >}}.", OK, ROSE),
        # a placeholder in the next clause is not the side
        (" i fjor, og {{< var decided.total >}} ble avgjort.", OK, ROSE),
    ],
)
def test_the_second_side_is_in_the_clause_of_enn(rest, status, about):
    assert seen(MORE + rest)[0] == ("sammenligning", status, "flere", about, about)


def test_a_second_side_only_in_the_next_clause_is_no_second_side():
    text = MORE + ", og {{< var received.minus1 >}} ble avgjort."
    assert seen(text)[0] == ("sammenligning", OPEN, "flere", "", SECOND_SIDE)
