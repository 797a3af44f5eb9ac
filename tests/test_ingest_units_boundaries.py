"""The units a district reports on (ingest/units.py) at their boundaries: a unit list made from
names and mappings (every name and alias once, whatever its case and spaces), the file read per
district, and each case's free-text `enhet` matched to a listed name, «Andre enheter» or missing.

Each test is the one that fails when a boundary moves (`make mutation`).
"""

from __future__ import annotations

import pandas as pd
import pytest

from klagerapport import paths
from klagerapport.errors import KlagerapportError
from klagerapport.ingest import units
from klagerapport.ingest.units import OTHER, Unit

# ------------------------------------------------------------------ the list


def test_a_list_of_names_and_mappings_becomes_units_in_order():
    entries = ["Arrest", {"name": " Pass ", "aliases": ["Passkontoret", 7]}, {"name": "Våpen"}]
    assert units.make(entries) == [
        Unit("Arrest"),
        Unit("Pass", ("Passkontoret", "7")),
        Unit("Våpen", ()),
    ]
    assert units.make([{"name": "Arrest", "aliases": None}]) == [Unit("Arrest", ())]
    assert units.make([]) == []


@pytest.mark.parametrize("entry", [{"aliases": ["x"]}, {"name": "  "}, {"name": ""}, 3, None])
def test_a_unit_without_a_name_is_an_error_naming_the_list_and_the_entry(entry):
    with pytest.raises(KlagerapportError) as err:
        units.make(["Arrest", entry], where="units.yml: oslo")
    assert str(err.value) == f"units.yml: oslo: hver enhet trenger et navn ({entry!r})"


def test_the_default_place_of_a_message_is_the_unit_list():
    with pytest.raises(KlagerapportError) as err:
        units.make([{"name": ""}])
    assert str(err.value) == "enhetslisten: hver enhet trenger et navn ({'name': ''})"


@pytest.mark.parametrize(
    ("entries", "said"),
    [
        (["Arrest", "Arrest"], "«Arrest» står to ganger (under «Arrest» og «Arrest»)"),
        (["Arrest", " ARREST  "], "«ARREST» står to ganger (under «Arrest» og «ARREST»)"),
        (
            [{"name": "Pass", "aliases": ["Passkontoret"]}, "passkontoret"],
            "«passkontoret» står to ganger (under «Pass» og «passkontoret»)",
        ),
        (
            [{"name": "Pass", "aliases": ["Pass kontoret", "pass\tkontoret"]}],
            "«pass\tkontoret» står to ganger (under «Pass» og «Pass»)",
        ),
    ],
)
def test_each_name_and_alias_is_listed_once_whatever_its_case_and_spaces(entries, said):
    with pytest.raises(KlagerapportError) as err:
        units.make(entries, where="w")
    assert str(err.value) == f"w: {said}"


def test_a_spelling_is_matched_with_its_spaces_as_one_and_in_any_case():
    assert units.normal("  Grønland\r\n  POLITISTASJON ") == "grønland politistasjon"
    assert units.normal(12) == "12"


# ------------------------------------------------------------------ the file


def test_a_districts_units_come_from_its_folder_name_in_the_file(tmp_path):
    file = tmp_path / "units.yml"
    file.write_text("more-og-romsdal:\n  - Molde\n  - name: Ålesund\n", encoding="utf-8")
    assert units.for_district("Møre og Romsdal", file) == [Unit("Molde"), Unit("Ålesund", ())]
    assert units.for_district("Agder", file) == []


def test_a_district_listed_without_units_has_none(tmp_path):
    file = tmp_path / "units.yml"
    file.write_text("agder:\n", encoding="utf-8")
    assert units.for_district("Agder", file) == []


def test_a_missing_or_empty_file_lists_no_units(tmp_path):
    assert units.for_district("Oslo", tmp_path / "missing.yml") == []
    empty = tmp_path / "empty.yml"
    empty.write_text("", encoding="utf-8")
    assert units.for_district("Oslo", empty) == []


def test_the_shipped_file_is_the_default():
    assert units.UNITS_FILE == paths.REFERENCE / "units.yml"
    oslo = units.for_district("Oslo")
    assert oslo[0] == Unit(
        "Pass", ("Bevillingsavsnittet (pass)", "Bevillingsavsnittet", "Passkontoret")
    )


def test_an_error_in_a_districts_list_names_the_file_and_the_district(tmp_path):
    file = tmp_path / "units.yml"
    file.write_text("troms:\n  - Tromsø\n  - tromsø\n", encoding="utf-8")
    with pytest.raises(KlagerapportError) as err:
        units.for_district("Troms", file)
    where = f"{paths.shown(file)}: troms"
    assert str(err.value) == f"{where}: «tromsø» står to ganger (under «Tromsø» og «tromsø»)"


def test_a_file_that_is_not_a_mapping_of_districts_is_an_error_naming_it(tmp_path):
    file = tmp_path / "units.yml"
    file.write_text("- Arrest\n", encoding="utf-8")
    with pytest.raises(KlagerapportError) as err:
        units.for_district("Oslo", file)
    assert str(err.value) == f"{paths.shown(file)}: forventet distrikter som nøkler"


# ------------------------------------------------------------------ the cases' units

LISTED = [Unit("Pass", ("Passkontoret",)), Unit("Arrest")]


def test_each_case_gets_a_listed_name_andre_enheter_or_missing():
    raw = pd.Series(["Pass", " passkontoret ", "ARREST", "Kantina", "", "  ", None, pd.NA])
    got = units.assign(raw, LISTED)
    assert str(got.dtype) == "string"
    assert got.tolist() == ["Pass", "Pass", "Arrest", OTHER, pd.NA, pd.NA, pd.NA, pd.NA]
    assert got.index.tolist() == list(range(8))


def test_without_a_list_every_unit_is_andre_enheter():
    assert units.assign(pd.Series(["Pass", ""]), []).tolist() == [OTHER, pd.NA]
    assert OTHER == "Andre enheter"


def test_the_grouped_count_is_distinct_spellings_and_cases():
    raw = pd.Series(["Kantina", "kantina ", "Garasjen", "Pass", "", None, "Kantina"])
    assert units.grouped(raw, LISTED) == (2, 4)
    assert units.grouped(pd.Series(["Pass", "Arrest"]), LISTED) == (0, 0)
