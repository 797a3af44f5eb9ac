"""The district list: every spelling of a district finds it; unknown names are user errors."""

from __future__ import annotations

import pytest

from klagerapport import districts
from klagerapport.errors import KlagerapportError


@pytest.mark.parametrize(
    "spelling", ["Agder", "agder", "AGDER", "Agder politidistrikt", "Agder pd", " agder "]
)
def test_spellings_of_agder(spelling):
    assert districts.normalise(spelling).name == "Agder"


def test_hyphen_and_letters():
    assert districts.normalise("sør-vest").name == "Sør-Vest"
    assert districts.normalise("Sor Vest").name == "Sør-Vest"
    assert districts.normalise("Møre og Romsdal politidistrikt").slug == "more-og-romsdal"


def test_former_district_maps_to_the_new_one():
    assert districts.normalise("Asker og Bærum").name == "Oslo"


def test_twelve_police_districts():
    assert len(districts.police_districts()) == 12
    assert districts.normalise("OSLO").official == "Oslo politidistrikt"


def test_unknown_district_lists_the_known_ones():
    with pytest.raises(KlagerapportError, match=r"ukjent politidistrikt «Atlantis».*Oslo"):
        districts.normalise("Atlantis")


def test_a_long_name_is_shortened_in_the_message():
    with pytest.raises(KlagerapportError) as err:
        districts.normalise("x" * 300)
    assert len(str(err.value)) < 400
