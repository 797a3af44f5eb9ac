"""Alt texts name every tied year or category: a tie for the highest count is not one year."""

from __future__ import annotations

from klagerapport.publish import captions
from klagerapport.publish.values import MISSING, count

SERIES = [(2016, 3), (2017, 0), (2018, 3), (2019, 3), (2020, 0), (2021, 0)]


def per_year(pairs):
    return [(y, count(n)) for y, n in pairs]


def test_tied_years_are_all_named():
    alt = captions.year_alt("klagesaker", per_year(SERIES), 2021)
    assert "Høyest i 2016, 2018 og 2019 med 3, lavest i 2017, 2020 og 2021 med 0." in alt


def test_one_highest_and_one_lowest_year():
    alt = captions.year_alt("klagesaker", per_year([(2018, 4), (2019, 7), (2020, 1)]), 2020)
    assert "Høyest i 2019 med 7, lavest i 2020 med 1." in alt


def test_every_year_the_same_is_said_once():
    alt = captions.year_alt("klagesaker", per_year([(2019, 2), (2020, 2), (2021, 2)]), 2021)
    assert "Like mange hvert år: 2." in alt
    assert "Høyest" not in alt


def test_a_single_year_or_a_hidden_year_claims_no_extremes():
    assert "Høyest" not in captions.year_alt("klagesaker", per_year([(2021, 5)]), 2021)
    hidden = [*per_year([(2019, 9), (2020, 1)]), (2021, MISSING)]
    alt = captions.year_alt("klagesaker", hidden, 2021)
    assert "Høyest" not in alt and "Like mange" not in alt


def ground_alt(pairs):
    grounds = [(label, count(n)) for label, n in pairs]
    return captions.grounds_alt(count(10), "Oslo", 2019, grounds, [("ingen", count(10))])


def test_tied_largest_grounds_are_all_named():
    alt = ground_alt([("Adferd", 4), ("Saksbehandling", 4), ("Annet", 2)])
    assert "Flest gjelder Adferd og Saksbehandling (4 hver)." in alt


def test_one_largest_ground():
    alt = ground_alt([("Adferd", 4), ("Saksbehandling", 5), ("Annet", 1)])
    assert "Flest gjelder Saksbehandling (5)." in alt


def test_no_largest_ground_where_all_tie_or_none_has_cases():
    assert "Flest" not in ground_alt([("Adferd", 5), ("Saksbehandling", 5)])
    assert "Flest" not in ground_alt([("Adferd", 0), ("Saksbehandling", 0), ("Annet", 0)])
