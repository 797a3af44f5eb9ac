"""A typed number that equals another value the sentence's words fit as well (check/rivals.py):
a reviewer's item naming both, never an error; one that equals only values the words do not fit
stays an error. Oslo 2019: mean 16,7 (18,9 in 2018), received 211 (174 in 2018), uheldig 76
(46 in 2018), K-etnisk decided 16, decisions of K-etnisk 15."""

from __future__ import annotations

import claimcorpus as cc
import pytest

from klagerapport.check.findings import ERROR, blocks_final


def _found(text: str):
    return cc.problems(cc.findings({"tekst": text}))


def test_a_number_of_the_year_the_sentence_names_is_a_reviewers_item():
    found = _found(
        "Den gjennomsnittlige saksbehandlingstiden var 16,7 dager, ned fra 18,9 dager i 2018."
    )
    assert not [f for f in found if f.severity == ERROR], found
    [item] = [f for f in found if "«18,9»" in f.message]
    assert item.code == "needs-signoff" and blocks_final(item)
    assert "handling_days.mean (16,7)" in item.message
    assert "handling_days.mean_minus1 (18,9)" in item.message


def test_a_number_of_a_category_the_sentence_names_is_a_reviewers_item():
    found = _found("Av sakene som ble avgjort i 2019, var 16 registrert som K-etnisk.")
    [item] = [f for f in found if "«16»" in f.message]
    assert item.code == "needs-signoff" and "discrimination.etnisk.decided (16)" in item.message


@pytest.mark.parametrize(
    "text",
    [
        "Vi mottok 174 klager i 2019.",  # 2018's count; the sentence names only 2019
        "Av de {{< var decisions.total >}} sakene ble 46 avgjort som uheldig.",  # last year's
        "Sju saker ble avvist.",  # another category's count (within twice the value), not named
    ],
)
def test_a_number_only_values_the_words_do_not_fit_equal_stays_an_error(text):
    assert [f.code for f in _found(text) if f.severity == ERROR] == ["typed-number"], _found(text)


def test_the_value_read_itself_is_no_rival():
    found = _found("Vi mottok 211 klager i 2019.")
    assert [f.code for f in found if "«211»" in f.message] == ["typed-value"]


@pytest.mark.parametrize(
    ("text", "number", "code"),
    [
        # the days bound the share: at «halvparten» they are the median (15), never the mean
        ("Halvparten av klagene ble besvart på 15 dager eller mindre.", "15", "typed-value"),
        ("Halvparten av klagene ble besvart på 12 dager eller mindre.", "12", "typed-number"),
        # another share's days are no value of the build: a reviewer's item
        ("Hver femte klage tok lenger tid enn 37 dager.", "37", "needs-signoff"),
    ],
)
def test_days_after_a_share_word_bound_the_share(text, number, code):
    about = [f for f in _found(text) if f.message.startswith(f"«{number}»")]
    assert [f.code for f in about] == [code], _found(text)
    assert "handling_days.mean" not in " ".join(f.message for f in about)
