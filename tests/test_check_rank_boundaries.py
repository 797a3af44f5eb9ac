"""Rank words at their edges (check/statements/rank.py), on Oslo 2019's values
(tests/corpus/oslo-2019-verdier.json) with one value moved at a time: the first place among the
categories at a tie and one below it, the second and third place, the fewest, a place after
those named ahead of it («Etter saksbehandling var det adferd som fikk flest»), a rank over the
whole series, and the ranks no value of a district's build shows (among the districts, a single
case). Each test reads the statement's kind, verdict, words, the values it was checked against
and its detail, so a mutant that moves a place or binds another value fails one. Written for
rank.py's mutation run (benchmarks/README.md, "Mutation testing").
"""

from __future__ import annotations

import pytest
from test_check_boundaries import outcomes, values

from klagerapport.check.lexicon import for_district
from klagerapport.check.sentences import sentences
from klagerapport.check.statements import FALSE, OK, OPEN, Reader

HIGHEST = "det høyeste var saksbehandling (93)"


def ranks(text: str, **changes) -> list[tuple]:
    """(kind, status, words, about, detail) of the rank statements of the sentence `text`."""
    return [
        (o.kind, o.status, o.words, o.about, o.detail)
        for o in outcomes(text, **changes)
        if o.kind == "rang"
    ]


def test_the_ranks_no_value_of_a_district_s_build_shows_are_open():
    assert ranks("Oslo hadde flest klager av alle distriktene.") == [
        (
            "rang",
            OPEN,
            "flest",
            "",
            "ingen verdi i bygget viser det (fant ikke rangen blant distriktene ordene gjelder)",
        )
    ]
    single = "den lengste eller korteste enkeltsaken"
    assert ranks("Den lengste saken tok 71 dager.") == [
        (
            "rang",
            OPEN,
            "lengste",
            "",
            f"ingen verdi i bygget viser det (fant ikke {single} ordene gjelder)",
        )
    ]


@pytest.mark.parametrize(
    ("adferd", "status", "about", "best"),
    [
        (94, OK, "adferd = 94", "adferd (94)"),
        # a first place shared with a category the sentence does not name: open
        (93, OPEN, "", "adferd og saksbehandling (93), en delt plass"),
        (92, FALSE, "adferd = 92", "saksbehandling (93)"),
    ],
)
def test_the_most_of_a_category_holds_above_is_open_at_a_tie_and_false_below(
    adferd, status, about, best
):
    assert ranks("Flest klager gjaldt adferd.", grounds__adferd__count=adferd) == [
        ("rang", status, "Flest", about, f"adferd = {adferd}; det høyeste var {best}")
    ]


@pytest.mark.parametrize(("place", "status"), [("Nest flest", OK), ("Tredje flest", FALSE)])
def test_a_place_below_the_first_is_counted_from_the_top(place, status):
    assert ranks(f"{place} klager gjaldt adferd.") == [
        ("rang", status, "flest", "adferd = 75", f"adferd = 75; {HIGHEST}")
    ]


def test_the_fewest_is_the_lowest_category_zero_included():
    assert ranks("Færrest klager gjaldt taushetsplikt.") == [
        ("rang", FALSE, "Færrest", "taushetsplikt = 1", "taushetsplikt = 1; det laveste var id (0)")
    ]
    assert ranks("Færrest klager gjaldt id.")[0][:2] == ("rang", OK)


@pytest.mark.parametrize(("adferd", "status"), [(75, OK), (93, FALSE), (94, FALSE)])
def test_the_place_after_those_named_ahead_of_it(adferd, status):
    text = "Etter saksbehandling var det adferd som fikk flest klager."
    [found] = ranks(text, grounds__adferd__count=adferd)
    assert found[:4] == ("rang", status, "flest", f"adferd = {adferd}")


@pytest.mark.parametrize(
    ("text", "status", "detail"),
    [
        ("Antall avsluttede klager var det høyeste i hele serien.", OK, ""),
        (
            "Antall avsluttede klager var det nest høyeste i hele serien.",
            FALSE,
            "decided.total = 211 er nr. 1 i 2007–2019, ikke nr. 2",
        ),
        (
            "Antall avsluttede klager var det laveste siden 2015.",
            FALSE,
            "decided.total = 211 i 2019, men 2016 hadde 123 (det laveste i 2016–2019)",
        ),
    ],
)
def test_a_rank_over_the_series(text, status, detail):
    [found] = ranks(text)
    assert found[1:] == (status, found[2], "decided.total", detail)


# ---------------------------------------------------------------- a rank over the years, more

TOTAL = "decided.total"
SINCE = "Antall avsluttede klager var det høyeste siden 2016."


def read(text: str, series: dict | None = None) -> list[tuple]:
    """(kind, status, words, about, detail, fix) of the rank statements, the series moved."""
    lex = for_district("Oslo")
    [sentence] = sentences(text + "\n", lex)
    found = Reader(values(series), lex).read(sentence)
    return [
        (o.kind, o.status, o.words, o.about, o.detail, o.fix) for o in found if o.kind == "rang"
    ]


@pytest.mark.parametrize(("y2017", "status"), [(None, OK), (211, OK), (212, FALSE)])
def test_the_highest_since_a_year_holds_at_a_tie_and_not_one_above(y2017, status):
    series = {TOTAL: {2017: y2017}} if y2017 else None
    [found] = read(SINCE, series)
    assert found[:4] == ("rang", status, "høyeste", TOTAL)
    if status == FALSE:
        assert found[4:] == (
            "decided.total = 211 i 2019, men 2017 hadde 212 (det høyeste i 2017–2019)",
            "det høyeste i 2017–2019 var 212 i 2017",
        )


def test_the_second_highest_since_a_year():
    text = "Antall avsluttede klager var det nest høyeste siden 2016."
    assert read(text, {TOTAL: {2017: 212}})[0][:2] == ("rang", OK)
    [found] = read(text)
    assert found[:2] == ("rang", FALSE)
    assert found[4] == "decided.total = 211 er nr. 1 i 2017–2019, ikke nr. 2"


def test_a_peak_is_above_both_neighbours_and_a_trough_below_them():
    [top] = read("Antall avsluttede klager i 2017 var en topp.")
    assert top[:5] == (
        "rang",
        OK,
        "en topp",
        "decided.total i 2017",
        "decided.total i 2017 = 176; decided.minus1 = 174, decided.total i 2016 = 123",
    )
    [trough] = read("Antall avsluttede klager i 2016 var en bunn.")
    assert trough[:2] == ("rang", FALSE)
    assert trough[4] == (
        "decided.total i 2016 = 123; decided.total i 2017 = 176, decided.total i 2015 = 86"
    )


@pytest.mark.parametrize(("y2017", "status"), [(None, OK), (200, FALSE)])
def test_the_clearly_highest_year_has_no_year_about_as_high(y2017, status):
    text = "Antall avsluttede klager var det klart høyeste i hele serien."
    [found] = read(text, {TOTAL: {2017: y2017}} if y2017 else None)
    assert found[:4] == ("rang", status, "klart høyeste", TOTAL)
    if status == FALSE:
        assert found[4] == "decided.total = 211; men 200 i 2017 er omtrent like mye"


# ---------------------------------------------------------------- a single case


SINGLE = (
    "ingen verdi i bygget viser det (fant ikke den lengste eller korteste enkeltsaken ordene "
    "gjelder)"
)


@pytest.mark.parametrize(
    "text",
    [
        "Det lengste saken tok 71 dager.",  # «det» as well as «den»
        "I 2019 tok den lengste saken 71 dager.",  # only the word right before counts
        "Den lengste saken, tok 71 dager.",  # the case's noun with a comma after it
        "Den lengste saksbehandlingstiden var 71 dager.",  # a handling time, a number typed
        "71 dager var den lengste saksbehandlingstiden.",  # the number at the clause's start
    ],
)
def test_a_superlative_of_a_single_case_is_open(text):
    assert ranks(text) == [("rang", OPEN, "lengste", "", SINGLE)]


@pytest.mark.parametrize(
    "text",
    [
        "Den lengste saksbehandlingstiden økte.",  # no number typed
        "Den lengste saksbehandlingstiden var i 2019.",  # only a year
    ],
)
def test_a_handling_time_without_a_number_typed_is_the_build_s(text):
    [found] = ranks(text)
    assert found[:4] == ("rang", FALSE, "lengste", "handling_days.mean")


def test_a_superlative_at_the_sentence_s_end_is_no_single_case():
    [found] = ranks("Saken var den lengste.")
    assert found[:3] == ("rang", OPEN, "lengste")
    assert found[4] != SINGLE
