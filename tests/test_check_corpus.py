"""The claim corpus (tests/corpus/påstander.yml): analyst prose about Oslo 2019, each sentence
labelled true or false with a reason, checked against Oslo 2019's values.

The goals of issue 21: at least 95 % of the false sentences get an error or a required sign-off;
at most 5 % of the true sentences get an error (both over the whole corpus); no false sentence
passes a final edition without an error or a recorded sign-off (over every part the rules were
ever corrected after; the last held-out part, `claimcorpus.HELD_OUT`, is only measured, so that
it stays held out). benchmarks/bench_check.py prints the figures per part and per kind.
"""

from __future__ import annotations

import json

import claimcorpus as cc
import pytest

from klagerapport.check import BuildValues, blocks_final


def test_the_corpus_is_large_labelled_and_has_held_out_parts():
    items = cc.corpus()
    assert len(items) >= 150
    assert len({i["id"] for i in items}) == len(items)
    assert len({" ".join(i["tekst"].split()) for i in items}) == len(items)
    for item in items:
        assert item["del"] in cc.PARTS and isinstance(item["sann"], bool)
        assert item["tekst"].strip() and item["grunn"].strip() and item["art"].strip()
    for part in cc.PARTS:
        mine = [i for i in items if i["del"] == part]
        assert any(i["sann"] for i in mine) and any(not i["sann"] for i in mine), part


def test_the_goals_hold_on_the_whole_corpus():
    figures = cc.score(cc.corpus())["alle"]["*"]
    assert figures["usanne_fanget"] >= 0.95 * figures["usanne"], figures
    assert figures["sanne_feil"] <= 0.05 * figures["sanne"], figures


def test_no_false_sentence_passes_a_final_edition_unsigned():
    passing = [
        (item["id"], item["tekst"])
        for item in cc.corpus()
        if item["del"] != cc.HELD_OUT
        and not item["sann"]
        and not any(blocks_final(f) for f in cc.findings(item))
    ]
    assert passing == []


def test_the_score_counts_what_the_check_says():
    # a false sentence the check cannot see through (no words it reads) is counted as passing
    quiet = {"id": 0, "del": "utvikling", "art": "x", "sann": False, "tekst": "Alt er bra.",
             "grunn": "-"}  # fmt: skip
    loud = {**quiet, "tekst": "Vi mottok færre klager enn i fjor."}
    figures = cc.score([quiet, loud])["alle"]["*"]
    assert (figures["usanne"], figures["usanne_fanget"], figures["usanne_slipper"]) == (2, 1, 1)


@pytest.mark.slow
def test_the_corpus_values_are_a_real_build_of_oslo_2019(oslo_2019):
    built = BuildValues.load(oslo_2019)
    stored = cc.values()
    assert {k: (e.raw, e.text) for k, e in stored.entries.items()} == {
        k: (e.raw, e.text) for k, e in built.entries.items()
    }
    assert stored.series == built.series
    data = json.loads(cc.VALUES.read_text(encoding="utf-8"))
    assert set(data["values"]) == {f.stem for f in (oslo_2019 / "values").glob("*.json")}
