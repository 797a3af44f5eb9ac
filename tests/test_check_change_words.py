"""The size of a change in words, places in compounds and ranks said by position (issue 21,
kontroll10 of the claim corpus): each rule at its boundary (the tolerance's edge, a change of 0,
equal values).
"""

from __future__ import annotations

import pytest
from handvalues import checked, hand_values

from klagerapport.check import BuildValues, blocks_final, numbers
from klagerapport.check.findings import ERROR, problems

BASE = {
    "district": "Agder",
    "year.current": 2021,
    "year.minus1": 2020,
    "received.total": 55,
    "received.minus1": 44,
    "received.change": 0.25,
    "decided.total": 55,
    "decided.minus1": 51,
    "handling_days.mean": 35.7,
    "handling_days.median": 28.0,
    "handling_days.within_deadline": 0.519,
    "handling_days.within_deadline_minus1": 0.54,
    "grounds.total": 55,
    "grounds.adferd.count": 22,
    "grounds.adferd.share": 0.4,
    "grounds.saksbehandling.count": 21,
    "grounds.saksbehandling.share": 0.3818,
}


def values(**changes) -> BuildValues:
    return hand_values(BASE, changes)


def found(text: str, **changes):
    return checked(text, values(**changes), "Agder")


def errors(text: str, **changes) -> list:
    return [f for f in problems(found(text, **changes)) if f.severity == ERROR]


# ---------------------------------------------------------------- a change's size in words


@pytest.mark.parametrize(
    ("change", "error"),
    [(0.18, False), (0.22, False), (0.179, True), (0.221, True), (0.0, True), (0.2, False)],
)
def test_a_hedged_percent_in_words_after_a_rise_is_the_change_within_the_tolerance(change, error):
    # «rundt tjue prosent»: 20 % within toleranse.omtrent_andel (2 points), exactly at the edge
    got = errors("Antall mottatte klager økte med rundt tjue prosent.", received__change=change)
    assert bool(got) == error, got
    assert all("within_deadline" not in f.message for f in got), got


@pytest.mark.parametrize(("change", "error"), [(0.30, True), (0.301, False), (0.246, True)])
def test_over_a_percent_in_words_after_pa_is_strictly_above_it(change, error):
    got = errors("Økningen i antall mottatte klager var på over tretti prosent.",
                 received__change=change)  # fmt: skip
    assert bool(got) == error, got


def test_a_percent_in_words_is_a_percent_and_not_a_count():
    [n] = numbers.find_numbers("Det var tjue prosent flere.")
    assert (n.kind, n.value, n.text) == ("share", 20.0, "tjue prosent")
    [n] = numbers.find_numbers("Tjue klager ble avvist.")
    assert n.kind == "word"


@pytest.mark.parametrize(
    ("text", "change", "error"),
    [
        ("Vi mottok om lag en fjerdedel flere klager enn året før.", 0.246, False),
        ("Vi mottok om lag en fjerdedel flere klager enn året før.", 0.20, False),  # edge: 5 p.
        ("Vi mottok om lag en fjerdedel flere klager enn året før.", 0.199, True),
        ("Vi mottok om lag en fjerdedel flere klager enn året før.", 0.0, True),
        ("Vi mottok en fjerdedel flere klager enn året før.", 0.22, False),  # edge: 3 points
        ("Vi mottok en fjerdedel flere klager enn året før.", 0.219, True),
        ("Vi mottok en fjerdedel færre klager enn året før.", 0.25, True),  # the wrong way
        ("Vi mottok en fjerdedel færre klager enn året før.", -0.25, False),
        ("Vi mottok over en fjerdedel flere klager enn året før.", 0.25, True),  # equal: not over
    ],
)
def test_a_share_word_before_more_than_a_year_is_the_size_of_the_change(text, change, error):
    got = errors(text, received__change=change)
    assert bool(got) == error, got
    assert all("within_deadline" not in f.message for f in got), got


# ---------------------------------------------------------------- places in compounds


def test_another_districts_place_in_a_compound_is_named_but_a_district_prefix_is_not():
    got = found("Klagene fra Bergen-området utgjorde {{< var received.total >}} i år.")
    assert [(f.code, blocks_final(f)) for f in got if f.code == "other-district"] == [
        ("other-district", True)
    ]
    assert not [f for f in found("Vi fikk klager fra hele Vest-Agder.") if
                f.code == "other-district"]  # fmt: skip
    assert not [f for f in found("Klagene fra Kristiansand-området var mange.")
                if f.code == "other-district"]  # fmt: skip


# ---------------------------------------------------------------- ranks in other words


@pytest.mark.parametrize(("adferd", "error"), [(22, False), (21, False), (20, True)])
def test_topping_the_list_is_the_largest_category_ties_included(adferd, error):
    got = errors("Adferd toppet listen over klagegrunnlag.", grounds__adferd__count=adferd)
    assert bool(got) == error, got


@pytest.mark.parametrize(("saksbehandling", "error"), [(21, False), (22, True), (23, True)])
def test_after_a_category_the_most_is_the_second_place(saksbehandling, error):
    # adferd 22: saksbehandling is second below it; equal to it, it is not after it
    text = "Etter adferd var det saksbehandling som fikk flest klager."
    got = errors(text, grounds__saksbehandling__count=saksbehandling)
    assert bool(got) == error, got
    # without «etter» the same words say the first place
    first = errors("Saksbehandling fikk flest klager.", grounds__saksbehandling__count=21)
    assert first, first


# ---------------------------------------------------------------- a share beyond a duration


@pytest.mark.parametrize(("within", "error"), [(0.789, False), (0.75, False), (0.749, True),
                                               (0.2, True), (1.0, True)])  # fmt: skip
def test_a_share_beyond_the_deadline_in_words_is_the_rest_of_the_share_within(within, error):
    # «om lag hver femte»: 20 % within toleranse.brøk_omtrent (5 points) of 1 − within_deadline
    text = "Om lag hver femte klage tok lengre tid enn fire uker."
    got = errors(text, handling_days__within_deadline=within, handling_days__deadline=28)
    assert bool(got) == error, got


@pytest.mark.parametrize(("within", "error"), [(0.2, False), (0.789, True)])
def test_a_share_within_the_deadline_in_words_is_the_share_within(within, error):
    text = "Hver femte klage tok under fire uker."
    got = errors(text, handling_days__within_deadline=within, handling_days__deadline=28)
    assert bool(got) == error, got


def test_a_share_beyond_another_duration_is_signed_off_not_judged():
    # the build has no share beyond two months: a reviewer, never the share within the deadline
    got = found("Hver femte klage tok over to måneder.", handling_days__within_deadline=0.8,
                handling_days__deadline=28)  # fmt: skip
    assert not [f for f in problems(got) if f.severity == ERROR], got
    assert any(blocks_final(f) for f in got), got


def test_a_towns_size_is_not_a_rank_of_the_numbers():
    text = "Med Kristiansand som største by mottok vi {{< var received.total >}} klager."
    assert not [f for f in found(text) if "største" in f.message], found(text)
    ranked = "Vi mottok det største antallet klager med {{< var received.total >}}."
    assert [f for f in found(ranked) if "største" in f.message], found(ranked)


# ---------------------------------------------------------------- labels, not quantities


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("som tabell 4 viser, kom det 12 saker", ["12"]),
        ("se figur 2, side 3 og vedlegg 1", []),
        ("Tabell 4: 12 saker", ["12"]),
        ("i tabellen 2 ganger", []),
        ("Vi mottok 4 klager", ["4"]),  # no label word before it
        ("tabell4 og 5 saker", ["4", "5"]),  # glued to the word: not a label of it
    ],
)
def test_a_number_after_a_label_word_is_no_quantity(text, kept):
    assert [n.text for n in numbers.find_numbers(text)] == kept
