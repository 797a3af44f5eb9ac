"""tools/claim_readings.py: the readings the claim corpus's parts are labelled with (a hedged
number, a fraction word, a hedged share, a factor, a rank, several statements). The parts' labels
are held to the corpus by tests/test_check_corpus.py; here each reading is held at its edges,
with the tolerances it takes from the lexicon."""

from __future__ import annotations

import yaml

from tools import claim_readings as r
from tools.claim_facts import REFERENCE


def test_the_tolerances_are_the_lexicons():
    written = yaml.safe_load((REFERENCE / "leksikon.yml").read_text(encoding="utf-8"))["toleranse"]
    mine = {
        "omtrent_relativ": r.NEAR,
        "omtrent_andel": r.SHARE_HEDGED,
        "faktor": r.FACTOR,
        "brøk": r.FRACTION,
        "brøk_omtrent": r.FRACTION_HEDGED,
        "nesten": r.NESTEN,
    }
    assert mine == {key: written[key] for key in mine}


def test_a_hedged_number_holds_within_the_tolerance_on_the_side_the_word_says():
    edge = 100 * (1 - r.NEAR)  # «nesten 100»: from here up to (not at) 100
    assert r.hedged_number(edge, 100, "x", "under")[0]
    assert not r.hedged_number(edge - 0.5, 100, "x", "under")[0]
    assert not r.hedged_number(100, 100, "x", "under")[0]
    assert r.hedged_number(100.5, 100, "x", "over")[0]
    assert not r.hedged_number(99.5, 100, "x", "over")[0]
    assert r.hedged_number(edge, 100, "x")[0] and not r.hedged_number(edge - 0.5, 100, "x")[0]
    ok, why = r.hedged_days(13, 14, "gjennomsnitt")
    assert ok and why == f"gjennomsnitt 13 dager; ordet sier 14 (near, innen {r.n(100 * r.NEAR)} %)"


def test_a_fraction_word_and_a_hedged_share_hold_in_points():
    third = 1 / 3
    assert r.fraction(third + r.FRACTION - 0.001, third, "x")[0]
    assert not r.fraction(third + r.FRACTION + 0.001, third, "x")[0]
    assert r.fraction(third + r.FRACTION + 0.001, third, "x", r.FRACTION_HEDGED)[0]
    # «nesten halvparten»: under it, by at most NESTEN; never at or above it
    assert r.fraction(0.5 - r.NESTEN + 0.001, 0.5, "x", r.NESTEN, how="under")[0]
    assert not r.fraction(0.5, 0.5, "x", r.NESTEN, how="under")[0]
    # «over halvparten» strictly, at any distance
    assert (
        r.fraction(0.99, 0.5, "x", how="above")[0] and not r.fraction(0.5, 0.5, "x", how="above")[0]
    )
    assert r.fraction(0.3, 0.25, "x", word="brøkordet")[1] == "x 30 %; brøkordet sier 25 % (near)"
    assert r.hedged_share(0.44 - r.SHARE_HEDGED + 0.001, 44, "x")[0]
    assert not r.hedged_share(0.44 - r.SHARE_HEDGED - 0.001, 44, "x")[0]


def test_a_factor_is_read_relative_to_it_and_never_over_nothing():
    assert r.factor(2 * (1 + r.FACTOR) - 0.01, 1, 2, "x")[0]
    assert not r.factor(2 * (1 + r.FACTOR) + 0.01, 1, 2, "x")[0]
    assert r.factor(0, 0, 2, "x") == (False, "x: 0 mot 0 (faktor –)")


def test_a_rank_is_a_place_held_alone():
    counts = {"a": 5, "b": 3, "c": 3, "d": 1}
    assert r.place(counts, "b") == (2, True)
    assert r.first(counts, "a")[0] and not r.second(counts, "b")[0]
    assert r.ranked(counts, "d", 4) == (True, "plass 4: a 5, b 3, c 3, d 1")


def test_a_sentence_of_several_statements_holds_only_if_each_does():
    assert r.every((True, "a"), (True, "b")) == (True, "a; b")
    assert r.every((True, "a"), (False, "b")) == (False, "a; b")


def test_a_share_is_printed_in_whole_percent_half_up():
    assert (r.printed_percent(0.125), r.printed_percent(0.1249), r.printed_percent(0.135)) == (
        13,
        12,
        14,
    )


def test_a_series_rises_only_if_every_change_is_a_rise():
    series = {2015: 10, 2016: 12, 2017: 12, 2018: 15}
    assert r.since(series, 2016) == {2016: 12, 2017: 12, 2018: 15}
    assert r.since(series, 2016, 2017) == {2016: 12, 2017: 12}
    assert not r.rising_since(series, 2015, "x")[0]  # flat 2016-2017
    assert r.rising_since(series, 2017, "x") == (True, "x: 2017 12, 2018 15")
    assert r.falling([3, 2, 1]) and not r.falling([3, 3, 1]) and not r.rising([1, 1])


def test_the_highest_and_lowest_are_held_alone():
    series = {2016: 5, 2017: 9, 2018: 9, 2019: 7}
    assert not r.highest_since(series, 2018, "x")[0]  # shared with 2017
    assert r.highest_since(series, 2019, "x", first=2019)[0]
    assert r.lowest_since(series, 2016, "x") == (True, "x: 2016 5, 2017 9, 2018 9, 2019 7")
    assert not r.lowest_since(series, 2019, "x")[0]
    assert r.lowest_since(series, 2019, "x", first=2018)[0]
    assert r.alone_highest({"a": 2, "b": 1}, "a") and not r.alone_lowest({"a": 1, "b": 1}, "a")


def test_a_typed_percent_is_the_reports_whole_percent():
    assert r.typed_share(0.125, 13, "x") == (True, "x 12,5 %, trykt 13 %; ordet sier 13 %")
    assert not r.typed_share(0.1249, 13, "x")[0]
    assert r.typed_share(0.1249, 12, "x", unit="")[1].endswith("ordet sier 12")
