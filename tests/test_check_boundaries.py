"""The sentence reader's rules at their edges (check/statements/), on Oslo 2019's values
(tests/corpus/oslo-2019-verdier.json) with one value moved at a time: the last day a deadline
holds and the first it does not, the reach of a negation, a count of exactly 0, the largest
share, a change every year, equality at and past its tolerance, a difference («tre flere»),
«fra <år> til <år>». Each test reads the statement's kind, verdict, words and the values it was
checked against, so a mutant that moves a boundary or binds another value fails one.
"""

from __future__ import annotations

import json

import claimcorpus as cc
import pytest

from klagerapport import paths
from klagerapport.check import check_commentary
from klagerapport.check.build_values import BuildValues
from klagerapport.check.lexicon import for_district
from klagerapport.check.sentences import sentences
from klagerapport.check.statements import FALSE, OK, OPEN, Reader

DATA = json.loads(cc.VALUES.read_text(encoding="utf-8"))


def values(series: dict | None = None, **changes) -> BuildValues:
    """Oslo 2019's values with `changes` (key with «__» for «.»: raw values; text is the raw)."""
    flat: dict[str, dict] = {}
    for section in DATA["values"].values():
        flat.update(section)
    for key, raw in changes.items():
        flat[key.replace("__", ".")] = {"value": raw, "text": str(raw)}
    table = {k: {int(y): v for y, v in s.items()} for k, s in DATA["series"].items()}
    for key, per_year in (series or {}).items():
        table[key] = {**table.get(key, {}), **per_year}
    return BuildValues(BuildValues.from_flat(flat).entries, table)


def read(text: str, series: dict | None = None, **changes) -> list[tuple]:
    """(kind, status, words, about) of every statement of the one sentence `text`."""
    lex = for_district("Oslo")
    reader = Reader(values(series, **changes), lex)
    [sentence] = sentences(text + "\n", lex)
    return [(o.kind, o.status, o.words, o.about) for o in reader.read(sentence)]


def outcomes(text: str, **changes):
    lex = for_district("Oslo")
    [sentence] = sentences(text + "\n", lex)
    return Reader(values(**changes), lex).read(sentence)


# ---------------------------------------------------------------- «alle avgjort» by a date

LAST = "received.all_decided_by"


@pytest.mark.parametrize(
    ("when", "last", "status"),
    [
        ("innen utgangen av januar", "2020-01-31", OK),
        ("innen utgangen av januar", "2020-02-01", FALSE),
        ("innen utgangen av februar", "2020-02-29", OK),
        ("innen utgangen av februar", "2020-03-01", FALSE),
        ("innen utgangen av desember", "2019-12-31", OK),
        ("innen utgangen av desember", "2020-01-01", FALSE),
        ("ved årsskiftet", "2019-12-31", OK),
        ("ved årsskiftet", "2020-01-01", FALSE),
    ],
)
def test_all_decided_by_a_date_holds_through_its_last_day(when, last, status):
    text = f"Alle sakene var ferdigbehandlet {when}."
    assert read(text, **{LAST.replace(".", "__"): last}) == [("alle", status, "Alle", LAST)]


def test_a_month_is_read_after_its_deadline_words_only():
    # «utgangen av» then a word that is not a month: no date, so the open count decides
    text = "Alle sakene var ferdigbehandlet innen utgangen av perioden."
    assert read(text, received__open=0) == [("alle", OK, "Alle", "received.open")]
    assert read(text, received__open=1) == [("alle", FALSE, "Alle", "received.open")]


def test_all_decided_by_a_date_is_false_when_some_are_still_open():
    # the build writes «ikke alle avsluttet» (no date) when a case is open
    text = "Alle sakene var ferdigbehandlet ved årsskiftet."
    assert read(text, received__all_decided_by=None, received__open=1) == [
        ("alle", FALSE, "Alle", LAST)
    ]
    [o] = outcomes(text, received__all_decided_by="2019-12-31")
    assert o.detail == "den siste saken ble avsluttet 2019-12-31"


def test_all_decided_in_another_year_is_open_this_year_is_checked():
    last_year = "Alle klagene mottatt i {{< var year.minus1 >}} var ferdigbehandlet ved årsskiftet."
    [o] = outcomes(last_year)
    assert (o.kind, o.status, o.words) == ("alle", OPEN, "Alle")
    assert o.detail == (
        "ingen verdi i bygget viser det (fant ikke bygget vet bare om årets saker ordene gjelder)"
    )
    this_year = "Alle klagene fra {{< var year.current >}} er ferdigbehandlet."
    assert read(this_year) == [("alle", OK, "Alle", "received.open")]
    assert [o.detail for o in outcomes(this_year)] == ["received.open = 0"]
    assert read(this_year, received__open=2) == [("alle", FALSE, "Alle", "received.open")]


def test_all_decided_without_an_open_count_is_open():
    [o] = outcomes("Alle sakene er ferdigbehandlet.", received__open=None)
    assert (o.kind, o.status, o.words) == ("alle", OPEN, "Alle")


@pytest.mark.parametrize(
    ("gap", "status"),
    [("fra publikum om forhold på denne tiden er", OK),  # 8 words: «ingen» reaches
     ("fra publikum om slike forhold på denne tiden er", FALSE)],  # 9: it does not
)  # fmt: skip
def test_a_zero_negates_open_cases_within_eight_words(gap, status):
    text = f"Ingen klager {gap} under behandling."
    assert read(text, received__open=0) == [("alle", status, "under behandling", "received.open")]


# ---------------------------------------------------------------- «ingen klager gjaldt …»


@pytest.mark.parametrize(("count", "status"), [(0, OK), (1, FALSE)])
def test_no_complaints_about_a_ground_is_a_count_of_zero(count, status):
    [o] = outcomes("Ingen klager gjaldt maktmisbruk.", grounds__maktmisbruk__count=count)
    assert (o.kind, o.status, o.words, o.about) == (
        "nivå",
        status,
        "Ingen klager",
        "grounds.maktmisbruk.count",
    )
    assert o.detail == f"grounds.maktmisbruk.count = {count}"


def test_no_complaints_is_read_as_the_count_not_the_share():
    # a share of 0 % with one case: the count decides
    text = "Ingen klager gjaldt maktmisbruk."
    changes = {"grounds__maktmisbruk__count": 1, "grounds__maktmisbruk__share": 0.0}
    assert read(text, **changes) == [("nivå", FALSE, "Ingen klager", "grounds.maktmisbruk.count")]


def test_no_complaints_is_the_count_even_beside_a_share_word():
    text = "Ingen klager gjaldt maktmisbruk som andel av alle."
    changes = {"grounds__maktmisbruk__count": 1, "grounds__maktmisbruk__share": 0.0}
    assert read(text, **changes) == [("nivå", FALSE, "Ingen klager", "grounds.maktmisbruk.count")]


def test_no_complaints_in_a_year_the_build_lacks_is_open():
    [o] = outcomes("Ingen klager gjaldt maktmisbruk i 2005.")
    assert (o.kind, o.status, o.words) == ("nivå", OPEN, "Ingen klager")


# ---------------------------------------------------------------- «de fleste»


def test_most_is_the_largest_category_even_below_half():
    text = "De fleste klagene gjaldt saksbehandling."
    about = "grounds.saksbehandling.share"
    assert read(text) == [("andel", OK, "De fleste", about)]  # 44 %, the largest ground
    # the sum of two grounds (adferd og saksbehandling, 80 %) is not a rival
    assert read(text, grounds__adferd__share=0.45) == [("andel", FALSE, "De fleste", about)]
    tie = DATA["values"]["grounds"][about]["value"]  # a tie: still the largest
    assert read(text, grounds__adferd__share=tie) == [("andel", OK, "De fleste", about)]


@pytest.mark.parametrize(("share", "status"), [(0.5, FALSE), (0.5001, OK)])
def test_most_of_a_share_without_categories_is_more_than_half(share, status):
    text = "De fleste klagene ble besvart innen fristen."
    about = "handling_days.within_deadline"
    assert read(text, handling_days__within_deadline=share) == [
        ("andel", status, "De fleste", about)
    ]


# ---------------------------------------------------------------- «fra <år> til <år>»


def test_from_year_to_year_binds_both_years_by_the_words():
    years = "fra {{< var year.minus1 >}} til {{< var year.current >}}"
    about = "decisions.kritikk.count = 21, decisions.kritikk.count = 26"
    assert read(f"Antall kritikksaker økte {years}.") == [
        ("retning", OK, "økte", about.replace("count = 21", "minus1 = 21"))
    ]
    # the only word naming the value is the first of the sentence
    assert read(f"Kritikksakene økte {years}.")[0][:2] == ("retning", OK)
    # a share: the count rose (76 to 82), the share fell (44 % to 39 %)
    share = f"Andelen saker uten grunnlag for kritikk sank {years}."
    [(kind, status, words, seen)] = read(share)
    assert (kind, status, words) == ("retning", OK, "sank")
    assert seen.startswith("decisions.ikke_grunnlag.minus1_share = ")


# ---------------------------------------------------------------- «hvert år»


SINCE = "Antall avgjorte klager har økt hvert år siden {{< var year.minus2 >}}."
YEARS = {2017: 150, 2018: 174, 2019: 211}


@pytest.mark.parametrize(
    ("per_year", "status"),
    [({2017: 150, 2018: 174}, OK), ({2017: 174, 2018: 174}, FALSE), ({2017: 175, 2018: 174}, FALSE),
     ({2017: 150, 2018: 212}, FALSE)],
)  # fmt: skip
def test_a_rise_every_year_needs_each_year_above_the_last(per_year, status):
    table = {"decided.total": {**YEARS, **per_year}}
    [o] = outcomes_with(SINCE, table, decided__minus1=per_year[2018])
    assert (o.kind, o.status, o.words) == ("retning", status, "økt")
    assert o.about == "decided.total"
    if status == FALSE:
        assert "→" in o.detail and o.detail.count("→") == 1


def test_a_rise_every_year_names_the_first_fall_only():
    table = {"decided.total": {**YEARS, 2017: 200, 2019: 100}}
    [o] = outcomes_with(SINCE, table, decided__total=100)  # 200 → 174 → 100: two falls
    assert o.status == FALSE
    assert o.detail == "decided.total i 2017 = 200 → decided.minus1 = 174"


def test_a_rise_every_year_up_to_an_earlier_year():
    text = (
        "I {{< var year.minus1 >}} hadde antallet avgjorte klager økt hvert år siden "
        "{{< var year.minus4 >}}."
    )
    [o] = outcomes(text)  # 86, 123, 176, 174: 2017 to 2018 fell
    assert (o.kind, o.status) == ("retning", FALSE)
    assert o.detail == "decided.total i 2017 = 176 → decided.minus1 = 174"


def test_a_rise_every_year_with_a_year_missing_is_open():
    table = {"decided.total": {2016: 100, 2017: None, 2018: 174, 2019: 211}}
    text = "Antall avgjorte klager har økt hvert år siden {{< var year.minus3 >}}."
    [o] = outcomes_with(text, table)
    assert (o.kind, o.status, o.words) == ("retning", OPEN, "økt")
    assert o.detail == (
        "ingen verdi i bygget viser det (fant ikke bygget har ikke hvert år i perioden ordene "
        "gjelder)"
    )


def outcomes_with(text: str, table: dict, **changes):
    lex = for_district("Oslo")
    [sentence] = sentences(text + "\n", lex)
    vals = values(**changes)
    for key, per_year in table.items():
        vals.series[key] = dict(per_year)
    return Reader(vals, lex).read(sentence)


# ---------------------------------------------------------------- equality


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # «mot»: the two values after the word
        ("Det var omtrent like mange, {{< var units.pass.count >}} mot "
         "{{< var units.pass.minus1 >}}.", OK),
        ("Det var like mange, {{< var units.pass.count >}} mot {{< var units.pass.minus1 >}}.",
         FALSE),
        # the second side after «som» is a placeholder
        ("Passkontoret fikk like mange klager som {{< var units.vapen.count >}}.", FALSE),
        # no second side named: the year before
        ("Antall klager på passkontoret var omtrent det samme.", OK),
    ],
)  # fmt: skip
def test_equality_reads_its_two_sides(sentence, status):
    changes = {"units__pass__count": 100, "units__pass__minus1": 110, "units__vapen__count": 99}
    [o] = [o for o in outcomes(sentence, **changes) if o.kind == "likhet"]
    assert o.status == status
    assert o.about.startswith("units.pass.count = 100, ")


@pytest.mark.parametrize(
    ("hedge", "status"), [("omtrent ", OK), ("", FALSE), ("omtrent nesten ", FALSE)]
)
def test_a_hedge_right_before_an_exact_word_widens_it(hedge, status):
    text = f"Passkontoret fikk {hedge}det samme som i fjor."
    [o] = outcomes(text, units__pass__count=100, units__pass__minus1=105)
    assert (o.kind, o.status) == ("likhet", status)
    assert o.about == "units.pass.count = 100, units.pass.minus1 = 105"


def test_equality_with_nothing_to_compare_with_is_open():
    [o] = outcomes("Antall klager var det samme som i 2005.")
    assert (o.kind, o.status, o.words) == ("likhet", OPEN, "det samme som")
    assert "det setningen sammenligner med" in o.detail


# ---------------------------------------------------------------- a difference: «tre flere enn»


@pytest.mark.parametrize(
    ("words", "status"),
    [("to flere", OK), ("tre flere", FALSE), ("1 flere", FALSE), ("2 flere", OK),
     ("to færre", FALSE), ("ingen flere", OK)],
)  # fmt: skip
def test_a_count_before_more_is_the_difference(words, status):
    holder = "{{< var units.etterforskning.count >}}"
    text = f"Det kom {holder} klager på etterforskning, {words} enn året før."
    found = read(text)  # 13 against 11
    diff = [f for f in found if f[0] in ("forskjell", "sammenligning")]
    if words == "ingen flere":  # not a count: a comparison, and 13 is more than 11
        assert diff == [("sammenligning", FALSE, "flere", diff[0][3])]
        return
    assert diff[0][:3] == ("forskjell", status, words)
    assert diff[0][3] == "units.etterforskning.count = 13, units.etterforskning.minus1 = 11"


def test_a_year_before_a_comparison_word_is_no_difference():
    text = "Andelen uheldig-saker var i 2019 høyere enn i 2018."
    kinds = [f[:2] for f in read(text) if f[0] in ("forskjell", "sammenligning")]
    assert kinds == [("sammenligning", OK)]


# ---------------------------------------------------------------- a change read as more / fewer


@pytest.mark.parametrize(
    ("change", "more", "fewer"),
    [(0.0, FALSE, FALSE), (0.01, OK, FALSE), (1.0, OK, FALSE), (-0.01, FALSE, OK)],
)
def test_a_change_of_zero_is_neither_more_nor_fewer(change, more, fewer):
    holder = "{{< var received.change >}}"
    for word, status in (("flere", more), ("færre", fewer)):
        [o] = outcomes(f"Vi mottok {holder} {word} klager enn året før.", received__change=change)
        assert (o.kind, o.status, o.words, o.about) == (
            "sammenligning",
            status,
            word,
            "received.change",
        )
        assert o.detail == f"received.change = {change}"


def test_a_comparison_with_nothing_to_compare_with_is_open():
    [o] = outcomes("Antall kritikksaker var høyere enn ventet.")
    assert (o.kind, o.status, o.words) == ("sammenligning", OPEN, "høyere")


# ---------------------------------------------------------------- shares at their edges


@pytest.mark.parametrize(("share", "status"), [(0.5, FALSE), (0.5001, OK)])
def test_over_half_is_strictly_more_than_half(share, status):
    [o] = outcomes(
        "Over halvparten av sakene ble avgjort som uheldig.", decisions__uheldig__share=share
    )
    assert (o.kind, o.status, o.words, o.about) == (
        "andel",
        status,
        "Over halvparten",
        "decisions.uheldig.share",
    )
    assert o.detail == f"decisions.uheldig.share = {share}"


@pytest.mark.parametrize(
    ("space", "share", "status"),
    [(" ", 0.3833, OK), ("  ", 0.3833, OK), ("   ", 0.3833, FALSE), (" ", 0.3834, FALSE)],
)
def test_a_hedge_widens_a_fraction_only_right_before_it(space, share, status):
    # «rundt en tredjedel»: within 5 points; the hedge must stand right before the words
    text = f"Rundt{space}en tredjedel av sakene ble avgjort som uheldig."
    [o] = outcomes(text, decisions__uheldig__share=share)
    assert (o.kind, o.status) == ("andel", status)


def test_a_share_no_value_shows_is_open():
    [o] = outcomes("Over halvparten av klagerne var menn.")
    assert (o.kind, o.status, o.words) == ("andel", OPEN, "Over halvparten")


# ---------------------------------------------------------------- rank among categories


def test_most_among_the_grounds_with_a_tie_and_second_place():
    [o] = outcomes("Flest klager gjaldt saksbehandling.")
    assert (o.kind, o.status, o.words) == ("rang", OK, "Flest")
    assert o.about == "saksbehandling = 93"
    assert o.detail == "saksbehandling = 93; det høyeste var saksbehandling (93)"
    # a first place shared with a category the sentence does not name: a reviewer decides
    [tie] = outcomes("Flest klager gjaldt saksbehandling.", grounds__adferd__count=93)
    assert tie.status == OPEN
    assert tie.detail == (
        "saksbehandling = 93; det høyeste var adferd og saksbehandling (93), en delt plass"
    )
    [tie] = outcomes("Flest klager gjaldt saksbehandling.", grounds__adferd__count=92)
    assert tie.status == OK
    second = "Nest flest klager gjaldt adferd."
    assert [o.status for o in outcomes(second)] == [OK]
    assert [o.status for o in outcomes(second, grounds__adferd__count=93)] == [FALSE]
    assert [o.status for o in outcomes(second, grounds__adferd__count=92)] == [OK]
    assert [o.status for o in outcomes("Nest flest klager gjaldt annet.")] == [FALSE]


def test_most_of_two_categories_and_of_a_sum_of_categories():
    [o] = outcomes("Flest klager med diskriminering gjaldt etnisk diskriminering.")
    assert (o.kind, o.status) == ("rang", OK)
    assert o.about == "etnisk = 15"
    [o] = outcomes("Flest klager med diskriminering gjaldt annen diskriminering.")
    assert (o.kind, o.status) == ("rang", FALSE)
    [o] = outcomes("Flest klager gjaldt adferd og saksbehandling.")
    assert (o.kind, o.status, o.about) == ("rang", OK, "adferd_saksbehandling = 168")


# ---------------------------------------------------------------- the second side of a comparison


def test_the_second_side_is_the_year_or_category_its_words_name():
    [o] = outcomes("Det kom flere klager på passkontoret enn i {{< var year.minus2 >}}.")
    assert (o.status, o.about) == (OK, "units.pass.count = 42, units.pass.minus2 = 30")
    [o] = outcomes("Det kom flere klager på passkontoret enn i {{< var year.minus2 >}}.",
                   units__pass__minus2=42)  # fmt: skip
    assert o.status == FALSE
    [o] = outcomes("Det ble avgjort flere saker som uheldig enn som grunnlag for kritikk.")
    assert (o.status, o.about) == (OK, "decisions.uheldig.count = 76, decisions.kritikk.count = 26")
    # a year the build lacks: open, never another year
    [o] = outcomes("Det kom flere klager på passkontoret enn i 2005.")
    assert o.status == OPEN
    # a typed year after «enn» without words naming a measure: the same series that year
    [o] = outcomes("Antall avgjorte klager var høyere enn i 2015.")
    assert (o.status, o.about) == (OK, "decided.total = 211, decided.total i 2015 = 86")


# ---------------------------------------------------------------- which words are about the data


def test_a_measure_cut_off_by_commas_still_names_the_clause_but_not_across_men():
    [o] = outcomes("Saksbehandlingstiden, målt som gjennomsnitt, gikk opp.")
    assert (o.kind, o.status, o.words) == ("retning", FALSE, "gikk opp")
    assert o.about == "handling_days.mean_minus1 = 18,9, handling_days.mean = 16,7"
    assert outcomes("Klagesaker kan føre til tiltak, men den største nytten er læring.") == []


def test_a_stretch_without_a_subject_of_its_own_is_about_the_stretch_before_it():
    # «men økte ikke»: no value of saksbehandling the year before, so open, never dropped
    [rank, o] = outcomes("Saksbehandling var det vanligste grunnlaget, men økte ikke.")
    assert (rank.kind, rank.status) == ("rang", OK)
    assert (o.kind, o.status, o.words) == ("retning", OPEN, "økte")
    [_, o] = outcomes("Saksbehandling var det vanligste grunnlaget, og har også økt.")
    assert (o.kind, o.status) == ("retning", OPEN)  # «har», «også»: words of uten_subjekt
    [_, o] = outcomes("Pass fikk flest klager, men falt.")
    assert (o.kind, o.status) == ("retning", FALSE)
    assert o.about == "units.pass.minus1 = 15, units.pass.count = 42"
    # a stretch with a subject of its own («nytten») is not; nor one after a stretch that names
    # no data; nor the sentence's first stretch
    assert outcomes("Saksbehandling var det vanligste grunnlaget, men nytten økte.")[1:] == []
    assert outcomes("Arbeidet med læring fortsatte, men økte ikke.") == []
    assert outcomes("Økte.") == []


def test_the_shipped_oslo_2019_commentary_has_no_finding_on_its_values():
    folder = paths.commentary_dir("Oslo", 2019)
    assert check_commentary(folder, cc.values(), district="Oslo", year=2019) == []


# ---------------------------------------------------------------- direction: pairs, factors, since


def test_from_to_with_values_of_two_measures_or_the_wrong_order_is_false():
    [o] = outcomes(
        "Tallet økte fra {{< var received.minus1 >}} til {{< var decisions.kritikk.count >}}."
    )
    assert (o.kind, o.status) == ("retning", FALSE)
    assert o.detail.startswith("fra- og til-tallet er ikke samme størrelse: ")
    [o] = outcomes(
        "Antall klager gikk ned fra {{< var received.total >}} til {{< var received.minus1 >}}."
    )
    assert (o.kind, o.status) == ("retning", FALSE)
    assert o.detail == (
        "fra-tallet er ikke det tidligere året: received.total = 211, received.minus1 = 174"
    )


def test_from_to_with_a_value_the_build_lacks_is_open():
    text = (
        "Gjennomsnittet gikk ned fra {{< var handling_days.printed_mean_minus1 >}} til "
        "{{< var handling_days.mean >}} dager."
    )
    [o] = [o for o in outcomes(text) if o.kind == "retning"]
    assert (o.status, o.detail) == (OPEN, "fra- eller til-verdien mangler")


def test_a_factor_from_zero_is_never_true():
    text = "Antall klager på passkontoret ble doblet."
    assert [o.status for o in outcomes(text, units__pass__minus1=0, units__pass__count=0)] == [
        FALSE
    ]
    assert [o.status for o in outcomes(text, units__pass__minus1=10, units__pass__count=20)] == [OK]


@pytest.mark.parametrize(("in_2015", "status"), [(86, OK), (211, FALSE), (210, OK)])
def test_a_rise_since_a_year_compares_with_that_year(in_2015, status):
    text = "Antall avgjorte klager har økt siden {{< var year.minus4 >}}."
    table = {"decided.total": {**{int(y): v for y, v in DATA["series"]["decided.total"].items()},
                               2015: in_2015}}  # fmt: skip
    [o] = outcomes_with(text, table)
    assert (o.kind, o.status) == ("retning", status)
    assert o.about == f"decided.total i 2015 = {in_2015}, decided.total = 211"


# ---------------------------------------------------------------- rank over the years


@pytest.mark.parametrize(
    ("year", "ordinal", "status"),
    [("minus2", "nest ", OK), ("minus1", "nest ", FALSE), ("minus1", "tredje ", OK),
     ("current", "", OK), ("minus2", "", FALSE)],
)  # fmt: skip
def test_a_place_among_the_years(year, ordinal, status):
    text = (
        f"Antall avgjorte klager i {{{{< var year.{year} >}}}} var det {ordinal}høyeste i hele "
        "perioden."
    )
    [o] = outcomes(text)
    assert (o.kind, o.status) == ("rang", status)


@pytest.mark.parametrize(
    ("year", "word", "status"),
    [("minus2", "en topp", OK), ("minus1", "en topp", FALSE), ("minus4", "en bunn", OK),
     ("minus3", "en bunn", FALSE)],
)  # fmt: skip
def test_a_peak_is_above_both_neighbours(year, word, status):
    [o] = outcomes(f"Antall avgjorte klager i {{{{< var year.{year} >}}}} var {word}.")
    assert (o.kind, o.status, o.words) == ("rang", status, word)


def test_highest_ever_of_a_value_with_two_years_is_open():
    [o] = outcomes("Antall klager på passkontoret var det høyeste noensinne.")
    assert (o.kind, o.status) == ("rang", OPEN)
    assert "bygget har bare 3 år av units.pass.count" in o.detail


# ---------------------------------------------------------------- more sides and places


def test_a_year_of_a_series_compared_with_another_year_of_it():
    # the first side is a year of the yearly table (no key): the second is the same series
    text = (
        "Antall avgjorte klager i {{< var year.minus2 >}} var høyere enn i {{< var year.minus4 >}}."
    )
    [o] = outcomes(text)
    assert (o.status, o.about) == (OK, "decided.total i 2017 = 176, decided.total i 2015 = 86")
    same = (
        "Antall avgjorte klager i {{< var year.minus2 >}} var høyere enn i {{< var year.minus2 >}}."
    )
    assert [o.status for o in outcomes(same)] == [OPEN]


def test_the_second_side_keeps_the_first_sides_year():
    text = (
        "I {{< var year.minus1 >}} ble flere saker avgjort som uheldig enn som grunnlag for "
        "kritikk."
    )
    [o] = outcomes(text)  # 46 against 21, both the year before
    assert (o.status, o.about) == (
        OK,
        "decisions.uheldig.minus1 = 46, decisions.kritikk.minus1 = 21",
    )
    [o] = outcomes(text, decisions__kritikk__minus1=50)
    assert o.status == FALSE


def test_most_of_every_category_named_is_false_unless_they_tie():
    text = "Flest klager med diskriminering gjaldt etnisk eller annen diskriminering."
    [o] = outcomes(text)
    assert (o.kind, o.status, o.about) == ("rang", FALSE, "annen = 3, etnisk = 15")
    [o] = outcomes(text, decisions__annen=15)
    assert (o.kind, o.status) == ("rang", OK)


@pytest.mark.parametrize(("makt", "status"), [(12, OK), (1, OK), (0, FALSE)])
def test_second_fewest_counts_only_the_smaller_ones(makt, status):
    # id 0, taushetsplikt 1: taushetsplikt is second fewest; a tie shares the place
    [o] = outcomes("Nest færrest klager gjaldt taushetsplikt.", grounds__maktmisbruk__count=makt)
    assert (o.kind, o.status) == ("rang", status)


@pytest.mark.parametrize(
    ("text", "status"),
    [("Passkontoret fikk cirka like mange klager som i fjor.", OK),
     ("Passkontoret fikk cirka  like mange klager som i fjor.", OK),
     ("Passkontoret fikk cirka   like mange klager som i fjor.", FALSE),
     ("Passkontoret fikk ca.like mange klager som i fjor.", OK),
     ("Passkontoret fikk like mange klager som i fjor.", FALSE)],
)  # fmt: skip
def test_a_separate_hedge_widens_an_exact_equality_right_after_it(text, status):
    [o] = outcomes(text, units__pass__count=100, units__pass__minus1=105)
    assert (o.kind, o.status, o.about) == (
        "likhet",
        status,
        "units.pass.count = 100, units.pass.minus1 = 105",
    )


@pytest.mark.parametrize(("now", "status"), [(0.12, OK), (0.1201, FALSE), (0.115, OK)])
def test_about_the_same_share_is_within_two_points_not_ten_percent(now, status):
    # 10 % of 0.12 would be 0.012: the share rule (2 points) is wider here
    text = "Andelen saker med grunnlag for kritikk var omtrent den samme som året før."
    changes = {"decisions__kritikk__share": now, "decisions__kritikk__minus1_share": 0.10}
    [o] = outcomes(text, **changes)
    assert (o.kind, o.status) == ("likhet", status)
    assert (
        o.detail
        == o.about
        == (f"decisions.kritikk.share = {now}, decisions.kritikk.minus1_share = 0.1")
    )


# ---------------------------------------------------------------- more of direction and rank


def test_from_year_to_year_of_the_yearly_table():
    years = "fra {{< var year.minus3 >}} til {{< var year.minus2 >}}"
    [o] = outcomes(f"Antall avgjorte klager økte {years}.")
    assert (o.status, o.about) == (OK, "decided.total i 2016 = 123, decided.total i 2017 = 176")
    later = "fra {{< var year.minus2 >}} til {{< var year.minus1 >}}"
    assert [o.status for o in outcomes(f"Antall avgjorte klager økte {later}.")] == [FALSE]
    # a year the build lacks at one end: open
    [o] = outcomes(
        "Klagene på passkontoret økte fra {{< var year.minus3 >}} til {{< var year.current >}}."
    )
    assert (o.kind, o.status, o.words) == ("retning", OPEN, "økte")


def test_the_same_value_twice_is_not_from_an_earlier_year():
    [o] = outcomes("Antallet økte fra {{< var received.total >}} til {{< var received.total >}}.")
    assert (o.kind, o.status) == ("retning", FALSE)
    assert o.detail.startswith("fra-tallet er ikke det tidligere året: ")


def test_an_open_from_to_points_at_its_word():
    text = (
        "Gjennomsnittet gikk ned fra {{< var handling_days.printed_mean_minus1 >}} til "
        "{{< var handling_days.mean >}} dager."
    )
    [o] = [o for o in outcomes(text) if o.kind == "retning"]
    assert (o.start, o.end, o.words) == (15, 23, "gikk ned")  # «Gjennomsnittet »: 15


@pytest.mark.parametrize(("now", "down"), [(15, FALSE), (14, OK)])
def test_equal_years_are_no_fall(now, down):
    text = "Antall klager på passkontoret gikk ned."
    [o] = outcomes(text, units__pass__count=now, units__pass__minus1=15)
    assert (o.kind, o.status) == ("retning", down)


def test_a_change_value_gives_a_direction_statement():
    [o] = outcomes("Det var en økning på {{< var received.change >}}.")
    assert (o.kind, o.status, o.about) == ("retning", OK, "received.change")
    assert o.detail == "received.change er 21 %".replace(" %", "\u00a0%")


def test_a_value_that_is_a_maximum_by_definition():
    [o] = outcomes("Det høyeste antallet var {{< var development.max >}}.")
    assert (o.kind, o.status, o.about) == ("rang", OK, "development.max")
    [o] = outcomes("Det laveste antallet var {{< var development.max >}}.")
    assert (o.kind, o.status) == ("rang", FALSE)


def test_a_peak_in_the_middle_of_the_series():
    # 2013: 137, between 115 (2012) and 101 (2014), though 2007 had 151
    [o] = outcomes("Antall avgjorte klager i {{< var year.minus6 >}} var en topp.")
    assert (o.kind, o.status) == ("rang", OK)
