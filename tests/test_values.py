import datetime as dt
import json

import pytest
import yaml

from klagerapport.errors import KlagerapportError
from klagerapport.publish import values as V
from klagerapport.publish.values import Value

NB = "\u00a0"


def test_value_helpers_format_through_fmt():
    assert V.count(1047) == Value(1047, f"1{NB}047")
    assert V.share(26 / 211) == Value(26 / 211, f"12{NB}%")
    assert V.share(0.125, 1) == Value(0.125, f"12,5{NB}%")
    assert V.decimal(16.66) == Value(16.66, "16,7")
    assert V.decimal(18.95).text == "19,0"  # half-up
    assert V.date(dt.date(2020, 1, 20)) == Value("2020-01-20", "20. januar 2020")
    assert V.word("økning") == Value("økning", "økning")


def test_years_have_no_thousands_separator():
    assert V.year(2019) == Value(2019, "2019")


@pytest.mark.parametrize("helper", [V.count, V.share, V.decimal, V.year, V.date])
def test_missing_values_read_as_a_dash(helper):
    assert helper(None) == Value(None, "–")


def test_raw_numbers_are_plain_python_for_json():
    import numpy as np

    value = V.count(np.int64(5))
    assert type(value.raw) is int
    assert json.dumps(V.to_json({"a": value})) == '{"a": {"value": 5, "text": "5"}}'


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Pass", "pass"),
        ("Utlendingsavsnittet", "utlendingsavsnittet"),
        ("Sentralbord og operasjonssentral", "sentralbord_og_operasjonssentral"),
        ("Ikke oppgitt", "ikke_oppgitt"),
        ("Økonomi/Bærum – Asker", "okonomi_baerum_asker"),
        ("Seksjon for Søk & Redning", "seksjon_for_sok_redning"),
        ("???", "enhet"),
    ],
)
def test_unit_key(name, key):
    assert V.unit_key(name) == key


def test_nest_builds_the_tree_and_refuses_a_key_that_is_both_leaf_and_group():
    assert V.nest({"a.b": 1, "a.c.d": 2, "e": 3}) == {"a": {"b": 1, "c": {"d": 2}}, "e": 3}
    with pytest.raises(KlagerapportError, match="kolliderer"):
        V.nest({"a.b": 1, "a.b.c": 2})
    with pytest.raises(KlagerapportError, match="kolliderer"):
        V.nest({"a": 1, "a.b": 2})


def _write(run_dir, section, vals):
    V.write_section(vals, run_dir / "values" / f"{section}.json")


def test_merge_writes_raw_values_and_texts(tmp_path):
    _write(tmp_path, "received", {"received.total": V.count(1047), "year.current": V.year(2019)})
    _write(
        tmp_path,
        "decisions",
        {"decisions.kritikk.share": V.share(0.1232), "decisions.kritikk.minus1": V.MISSING},
    )
    tree = V.merge(tmp_path)
    expected = {
        "received": {"total": 1047},
        "year": {"current": 2019},
        "decisions": {"kritikk": {"share": 0.1232, "minus1": None}},
    }
    assert tree == expected
    assert json.loads((tmp_path / "values.json").read_text(encoding="utf-8")) == expected
    texts = yaml.safe_load((tmp_path / "_variables.yml").read_text(encoding="utf-8"))
    assert texts == {
        "received": {"total": f"1{NB}047"},
        "year": {"current": "2019"},
        "decisions": {"kritikk": {"share": f"12{NB}%", "minus1": "–"}},
    }


def test_merge_fails_on_a_key_defined_twice(tmp_path):
    _write(tmp_path, "a_section", {"received.total": V.count(1)})
    _write(tmp_path, "b_section", {"received.total": V.count(2)})
    with pytest.raises(KlagerapportError, match=r"received\.total.*a_section\.json.*b_section"):
        V.merge(tmp_path)
    assert not (tmp_path / "values.json").exists()


def test_merge_reports_broken_json(tmp_path):
    (tmp_path / "values").mkdir()
    (tmp_path / "values" / "x.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(KlagerapportError, match=r"x\.json"):
        V.merge(tmp_path)
