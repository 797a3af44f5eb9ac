"""What a value means at its edges (check/meaning.py): the years of a series from the keys and
from the yearly table (a table that disagrees with the keys is not the series; the report year
from the table only when no key has it), and a value's rivals in one category group.
"""

from __future__ import annotations

from test_check_boundaries import values

from klagerapport.check.lexicon import for_district
from klagerapport.check.meaning import Meaning, Meanings, Ref, in_series, meaning, ref_of, years_of

LEX = for_district("Oslo")
DECIDED = {2015: 86, 2016: 123, 2017: 176, 2018: 174, 2019: 211}


def test_the_years_of_a_series_are_its_keys_then_the_yearly_table():
    found = years_of("decided.", values(), LEX)
    assert found[0] == ref_of("decided.total", values(), LEX)
    assert found[1] == ref_of("decided.minus1", values(), LEX)
    assert found[3] == Ref("decided.total i 2016", 123.0, "123", "decided.", 3, None, "count")
    assert sorted(found) == list(range(13))  # 2007–2019


def test_a_series_with_keys_only_takes_no_other_table():
    assert sorted(years_of("units.pass.", values(), LEX)) == [0, 1, 2]


def test_a_table_that_disagrees_with_the_keys_is_not_the_series():
    vals = values({"decided.total": {**DECIDED, 2018: 175}})
    assert sorted(years_of("decided.", vals, LEX)) == [0, 1]
    # one that agrees, read after the one that does not, is
    both = values({"decided.total": {**DECIDED, 2018: 175}, "decided.count": DECIDED})
    found = years_of("decided.", both, LEX)
    assert sorted(found) == [0, 1, 2, 3, 4]
    assert found[4].label == "decided.count i 2015"


def test_the_report_year_comes_from_the_table_only_when_no_key_has_it():
    found = years_of("decided.", values(decided__total=None), LEX)
    assert found[0] == Ref("decided.total i 2019", 211.0, "211", "decided.", 0, None, "count")


def test_the_rivals_of_a_value_share_its_other_categories():
    vals = values()
    meanings = Meanings(vals, LEX)
    ref = ref_of("decisions.kritikk.etnisk", vals, LEX)
    rivals = meanings.across(ref, "avgjørelse", combined=False)
    assert {code: r.label for code, r in rivals.items()} == {
        code: f"decisions.{code}.etnisk"
        for code in ("avvist", "ikke_avklart", "ikke_grunnlag", "kritikk", "overfort", "uheldig")
    }
    grounds = meanings.across(ref_of("grounds.adferd.count", vals, LEX), "grunnlag", combined=True)
    assert set(grounds) == {
        "adferd", "annet", "id", "maktmisbruk", "saksbehandling", "taushetsplikt",
        "adferd_saksbehandling",
    }  # fmt: skip


def test_every_unit_is_a_category_listed_or_not():
    vals = values()
    assert meaning("units.pass.count", vals, LEX) == Meaning(
        "units.pass.count", frozenset({"klager"}), (("enhet", "pass"),), 0, "units.pass.", "count"
    )
    other = meaning("units.andre_enheter.minus1", vals, LEX)
    assert (other.categories, other.back, other.kind) == ((("enhet", "andre_enheter"),), 1, "count")


def test_a_key_outside_the_contract_has_no_meaning():
    assert meaning("ingen.slik", values(ingen__slik=3), LEX) is None
    assert meaning("year.current", values(), LEX) is None  # a year measures nothing


def test_a_year_of_the_yearly_table_is_a_count():
    assert in_series("decided.", 3, values(), LEX) == Ref(
        "decided.total i 2016", 123.0, "123", "decided.", 3, None, "count"
    )
