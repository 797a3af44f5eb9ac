"""Quantities said in words at their edges: the size of a change («økte med 25 prosent»,
check/statements/changesize.py), a duration («under en måned», duration.py), a quantifier or a
count in words («alle», «ingen av», «et par», quantifier.py) and a ratio («dobbelt så mange»,
ratio.py). Each test reads what the check says (the finding's code and words, or the
statement's kind, verdict, words and the values it was checked against), so a mutant that moves
an edge or binds another value fails one. Written against the survivors of the modules' first
mutation runs (benchmarks/README.md, "Mutation testing").
"""

from __future__ import annotations

import pytest
from handvalues import checked, hand_values
from test_check_boundaries import outcomes

from klagerapport.check.findings import ERROR
from klagerapport.check.statements import FALSE, OK, OPEN

AGDER = {
    "district": "Agder",
    "year.current": 2021,
    "year.minus1": 2020,
    "received.total": 55,
    "received.minus1": 44,
    "received.change": 0.25,
    "handling_days.within_deadline": 0.519,
    "handling_days.within_deadline_minus1": 0.54,
}


NOT_FOUND = "ingen verdi i bygget viser det (fant ikke {} ordene gjelder)"


def said(text: str, **changes) -> list[tuple[str, str, str]]:
    """(code, severity, message) of every finding of `text` on AGDER's values."""
    found = checked(text, hand_values(AGDER, changes), "Agder")
    return [(f.code, f.severity, f.message) for f in found]


def seen(text: str, **changes) -> list[tuple]:
    """(kind, status, words, about, detail) of every statement of `text` on Oslo 2019."""
    return [(o.kind, o.status, o.words, o.about, o.detail) for o in outcomes(text, **changes)]


# ---------------------------------------------------------------- the size of a change

ROSE = ("verified", "info", "«økte» stemmer: received.minus1 = 44, received.total = 55")


def test_a_percent_after_med_and_a_rise_is_the_count_s_change():
    # received.change is of the contract's kind «change»: it is what the percent is
    assert said("Antall mottatte klager økte med 25 prosent.") == [
        ROSE,
        ("typed-value", "warning", "«25 prosent» er received.change, skrevet for hånd"),
    ]
    assert said("Antall mottatte klager økte med 20 prosent.") == [
        ROSE,
        (
            "typed-number",
            ERROR,
            "«20 prosent» stemmer ikke med det setningen gjelder: received.change er 0.25",
        ),
    ]


def test_a_change_s_size_whose_count_the_clause_does_not_name_is_bound_to_nothing():
    # «Det økte»: no count named, so no change to bind; the typed number is only matched
    assert said("Det økte med 25 prosent.") == [
        (
            "typed-value",
            "warning",
            "«25 prosent» er skrevet for hånd og er lik received.change (0.25)",
        )
    ]


@pytest.mark.parametrize(
    ("share", "finding"),
    [
        ("51,9", ("typed-value", "warning", "«51,9 prosent» er handling_days.within_deadline, "
                  "skrevet for hånd")),
        ("60", ("typed-number", ERROR, "«60 prosent» stemmer ikke med det setningen gjelder: "
                "handling_days.within_deadline er 0.519")),
    ],
)  # fmt: skip
def test_a_percent_after_pa_without_a_direction_word_is_a_share(share, finding):
    # «var på 51,9 prosent»: «på» right before the number, but no direction word in the clause
    # (only a concept, «andelen», and «innen fristen»): the share itself, not a change
    assert said(f"Andelen besvart innen fristen var på {share} prosent.") == [finding]


@pytest.mark.parametrize("size", ["9,5", "0,5", "21"])
def test_a_percent_with_a_decimal_after_a_rise_is_no_share_of_the_direction(size):
    # «økte med 9,5 prosent fra 2018 til 2019»: the percent (a digit, then a decimal comma)
    # sizes the change, so «økte» is about the count the sentence names, not about a share
    about = "decisions.minus1_total = 174, decisions.total = 211"
    assert seen(f"Klagene økte med {size} prosent fra 2018 til 2019.") == [
        ("retning", OK, "økte", about, about)
    ]


# ---------------------------------------------------------------- a deadline in words

DEADLINE = "handling_days.deadline"


@pytest.mark.parametrize(
    ("text", "status", "words", "days"),
    [
        ("Klagene skal besvares innen en frist på fire uker.", OK, "fire uker", 28),
        ("Klagene skal besvares innen en frist på tre uker.", FALSE, "tre uker", 21),
        # a negation within reach turns it round, exactly
        ("Fristen er ikke fire uker.", FALSE, "fire uker", 28),
        ("Fristen er ikke tre uker.", OK, "tre uker", 21),
        # «en måned» is 30 days, not four weeks: a rule's number is read exactly
        ("Klagene skal besvares innen en frist på en måned.", FALSE, "en måned", 30),
    ],
)
def test_a_deadline_in_words_is_the_deadline_exactly(text, status, words, days):
    detail = f"{DEADLINE} = 28 dager; {words}: {days} dager"
    assert seen(text) == [("nivå", status, words, DEADLINE, detail)]


def test_a_deadline_in_words_the_build_lacks_is_open_and_says_so():
    text = "Klagene skal besvares innen en frist på fire uker."
    assert seen(text, handling_days__deadline=None) == [
        ("nivå", OPEN, "fire uker", "", NOT_FOUND.format("svarfristen"))
    ]


# ---------------------------------------------------------------- a handling time in words

BOTH = "handling_days.mean = {}, handling_days.median = {}; {}: {} dager"


@pytest.mark.parametrize(
    ("text", "mean", "median", "status"),
    [
        # «over»: strictly more than the days, both measures
        ("Saksbehandlingstiden var over to uker.", 16.7, 15, OK),
        ("Saksbehandlingstiden var over to uker.", 14, 15, FALSE),
        ("Saksbehandlingstiden var over to uker.", 15, 14, FALSE),
        # a bound of three words, after the clause's other words
        ("Saksbehandlingstiden var kortere tid enn to uker.", 13.9, 13, OK),
        ("Saksbehandlingstiden var kortere tid enn to uker.", 14, 13, FALSE),
        # no bound word: about the days, within toleranse.omtrent_relativ (10 % of the larger)
        ("Saksbehandlingstiden var omtrent en måned.", 27, 33.3, OK),
        ("Saksbehandlingstiden var omtrent en måned.", 26.9, 30, FALSE),
        ("Saksbehandlingstiden var omtrent en måned.", 30, 33.4, FALSE),
        # a negation within reach turns it round
        ("Saksbehandlingstiden var ikke under en måned.", 16.7, 15, FALSE),
    ],
)
def test_a_handling_time_in_words_holds_for_both_measures_at_its_edge(text, mean, median, status):
    words, days = ("to uker", 14) if "uker" in text else ("en måned", 30)
    detail = BOTH.format(mean, median, words, days)  # a changed value's text is its raw
    assert seen(text, handling_days__mean=mean, handling_days__median=median) == [
        ("nivå", status, words, "handling_days.mean", detail)
    ]


def test_a_handling_time_in_words_is_of_the_year_the_sentence_names():
    # «i 2018»: the mean of the year before (18,9 days), not this year's (16,7)
    text = "Gjennomsnittlig saksbehandlingstid var under tre uker i 2018."
    detail = "handling_days.mean_minus1 = 18,9; tre uker: 21 dager"
    assert seen(text) == [("nivå", OK, "tre uker", "handling_days.mean_minus1", detail)]
    text = "Gjennomsnittlig saksbehandlingstid var under to uker i 2018."
    detail = "handling_days.mean_minus1 = 18,9; to uker: 14 dager"
    assert seen(text) == [("nivå", FALSE, "to uker", "handling_days.mean_minus1", detail)]


def test_a_handling_time_in_words_the_build_lacks_is_open_and_says_so():
    text = "Saksbehandlingstiden var under en måned."
    assert seen(text, handling_days__median=None) == [
        ("nivå", OPEN, "en måned", "", NOT_FOUND.format("saksbehandlingstiden"))
    ]


# ---------------------------------------------------------------- a ratio to another year

TWICE_2017 = "Avgjorte klager var dobbelt så mange som i 2017."


@pytest.mark.parametrize(
    ("total", "status"),
    # 2 × 176 (2017) within toleranse.faktor (15 % of the factor): a ratio from 1,7 to 2,3
    [(352, OK), (300, OK), (299, FALSE), (404, OK), (405, FALSE), (211, FALSE)],
)
def test_a_ratio_to_a_year_named_after_it_is_this_year_s_value_against_that_year(total, status):
    # «som i 2017»: 2017 is the year compared with, not the year of the value (a true sentence
    # was once read as 2017 against 2016 and called false)
    detail = f"decided.total i 2017 = 176, decided.total = {total}"
    assert seen(TWICE_2017, decided__total=total) == [
        ("retning", status, "dobbelt så mange", "decided.total", detail)
    ]


def test_a_negated_ratio_is_turned_round():
    text = "Avgjorte klager var ikke dobbelt så mange som i 2017."
    detail = "decided.total i 2017 = 176, decided.total = 211"
    assert seen(text) == [("retning", OK, "dobbelt så mange", "decided.total", detail)]


@pytest.mark.parametrize(
    ("minus1", "status"), [(62, OK), (53, OK), (52, FALSE), (70, OK), (71, FALSE), (174, FALSE)]
)
def test_a_ratio_of_a_year_named_before_it_is_that_year_s_value(minus1, status):
    # «I 2018 … halvparten så mange som i 2016»: 2018's value against 2016's (123): within 15 %
    # of 0,5, a ratio from 0,425 (52,3 of 123) to 0,575 (70,7)
    text = "I 2018 var avgjorte klager halvparten så mange som i 2016."
    detail = f"decided.total i 2016 = 123, decided.minus1 = {minus1}"
    got = seen(text, decided__minus1=minus1)
    assert got == [("retning", status, "halvparten så mange", "decided.minus1", detail)]


def test_a_ratio_without_a_year_after_it_is_against_the_year_before_its_value():
    text = "I 2018 var avgjorte klager dobbelt så mange."
    detail = "decided.total i 2017 = 176, decided.minus1 = 174"
    assert seen(text) == [("retning", FALSE, "dobbelt så mange", "decided.minus1", detail)]


@pytest.mark.parametrize(
    ("text", "changes", "lacking"),
    [
        # nothing the words name: no value
        ("Det var dobbelt så mange som i fjor.", {}, "verdien"),
        # the value compared with is 0 (no ratio) or not in the build
        ("Vi fikk dobbelt så mange klager som i fjor.", {"received__minus1": 0},
         "verdien det sammenlignes med"),
        ("Vi fikk dobbelt så mange klager som i fjor.", {"received__minus1": None},
         "verdien det sammenlignes med"),
    ],
)  # fmt: skip
def test_a_ratio_the_build_cannot_show_is_open_and_says_what_it_lacks(text, changes, lacking):
    assert seen(text, **changes) == [
        ("retning", OPEN, "dobbelt så mange", "", NOT_FOUND.format(lacking))
    ]


# ---------------------------------------------------------------- «alle», «ingen», «ikke … noen»

NONE_OF_DISCRIMINATION = ("alle", FALSE, "noen", "decisions.annen",
                          "decisions.annen = 3, decisions.etnisk = 15")  # fmt: skip


def test_a_quantifier_reads_the_deadline_in_its_own_clause_only():
    # «innen fristen» in the next clause is a share of its own («de fleste»), not what «alle»
    # of the first clause says (every case decided: none open)
    assert seen("Alle klagene ble avgjort i år, og de fleste innen fristen.") == [
        ("alle", OK, "Alle", "received.open", "received.open = 0"),
        ("andel", OK, "de fleste", "handling_days.within_deadline",
         "handling_days.within_deadline = 88\u00a0%"),
    ]  # fmt: skip


def test_a_quantifier_is_of_the_year_its_clause_names():
    text = "Alle klagene ble besvart innen fristen i 2018."
    key = "handling_days.within_deadline_minus1"
    assert seen(text, handling_days__within_deadline_minus1=1.0) == [
        ("alle", OK, "Alle", key, f"{key} = 1.0")
    ]
    # a category's share in a year the build has no share of: open, not this year's share
    assert seen("Samtlige klager gjaldt adferd i 2018.") == [
        ("alle", OPEN, "Samtlige", "", NOT_FOUND.format("verdien"))
    ]


def test_a_category_after_a_topic_word_restricts_what_alle_counts():
    # «alle klagene om adferd ble avgjort»: every case about adferd decided, not every case
    # being about adferd (grounds.adferd.share 36 %)
    assert seen("Alle klagene om adferd ble avgjort.") == [
        ("alle", OK, "Alle", "received.open", "received.open = 0")
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # «ikke» at most four words before «noen»: «heller i år mottatt» are four
        ("Det ble ikke heller i år mottatt noen klager om diskriminering.",
         [NONE_OF_DISCRIMINATION]),
        ("Det ble ikke heller i det året mottatt noen klager om diskriminering.", []),
        # a zero before «noen» («Ingen av klagene … noen») is that zero's statement alone
        ("Ingen av klagene gjaldt noen form for diskriminering.",
         [("alle", FALSE, "Ingen av klagene", *NONE_OF_DISCRIMINATION[3:])]),
    ],
)  # fmt: skip
def test_ikke_noen_is_a_negation_at_most_four_words_before_noen(text, found):
    assert seen(text) == found


def test_alle_of_the_deadline_the_build_cannot_show_is_open_and_says_what_it_lacks():
    text = "Alle klagene ble besvart innen fristen."
    assert seen(text, handling_days__within_deadline=None) == [
        ("alle", OPEN, "Alle", "", NOT_FOUND.format("andelen besvart innen fristen"))
    ]
    # restricted to a category's cases: the build has no share within the deadline of those
    assert seen("Alle klagene om adferd ble besvart innen fristen.") == [
        ("alle", OPEN, "Alle", "", NOT_FOUND.format("verdien"))
    ]


@pytest.mark.parametrize(
    ("year", "detail"),
    [
        ("year.minus1", "decided.minus1 = 174, decided.total = 211"),
        ("year.minus2", "decided.total i 2017 = 176, decided.total = 211"),
    ],
)
def test_a_year_placeholder_touching_the_ratio_words_is_the_year_compared_with(year, detail):
    # no space between «mange» and the placeholder: still the year compared with, not the
    # value's own (this year's 211 against 2018's or 2017's)
    text = f"Avgjorte klager var dobbelt så mange{{{{< var {year} >}}}}."
    assert seen(text) == [("retning", FALSE, "dobbelt så mange", "decided.total", detail)]


def test_a_year_before_the_ratio_words_is_never_the_year_compared_with():
    # «I 2016 og i 2018 … som i 2017»: 2018 (the nearest) against 2017; 2016, named before the
    # words, is not what they are compared with
    text = "I 2016 og i 2018 var avgjorte klager dobbelt så mange som i 2017."
    detail = "decided.total i 2017 = 176, decided.minus1 = 174"
    assert seen(text) == [("retning", FALSE, "dobbelt så mange", "decided.minus1", detail)]


def test_samtlige_of_a_category_is_its_share_being_one():
    assert seen("Samtlige klager gjaldt adferd.") == [
        ("alle", FALSE, "Samtlige", "grounds.adferd.share", "grounds.adferd.share = 36\u00a0%")
    ]


def test_ikke_noen_of_a_group_in_a_year_the_build_lacks_is_open():
    text = "Det ble ikke mottatt noen klager om diskriminering i 2018."
    assert seen(text) == [("alle", OPEN, "noen", "", NOT_FOUND.format("verdien"))]


@pytest.mark.parametrize(
    "text",
    [
        # a number typed right after «enn» bounds that number (typed.py reads it): no
        # comparison of two values, even with a full stop or a decimal comma after it
        "Det ble overført færre saker enn tre.",
        "Det var flere klager enn 9,5 i snitt.",
        "Andelen kritikk var høyere enn 9,5 prosent.",
    ],
)
def test_enn_before_a_typed_number_is_a_bound_and_no_comparison(text):
    assert seen(text) == []


def test_enn_ending_a_sentence_without_a_stop_is_an_open_comparison_not_a_bound():
    # nothing after «enn» (a paragraph's last line without its full stop): no typed number to
    # bound, so the comparison is read and says what it did not find
    assert seen("Klagene var flere enn") == [
        ("sammenligning", OPEN, "flere", "",
         NOT_FOUND.format("det setningen sammenligner med"))
    ]  # fmt: skip
