"""`klagerapport godkjenn`: the open sign-off items, and recording one in godkjent.yml (an atomic
write; name and reason stored as YAML data; unknown and stale keys refused). The values are the
claim corpus's Oslo 2019 values (tests/corpus/), written as a build folder's values/*.json.
"""

from __future__ import annotations

import json

import claimcorpus as cc
import pytest
import yaml

from klagerapport import paths
from klagerapport.check import blocks_final, check_commentary, signoff
from klagerapport.check.build_values import BuildValues
from klagerapport.check.commands import signoff_command
from klagerapport.errors import KlagerapportError

OPEN = "Vår praksis kan gi noe høyere tall i forhold til andre politidistrikt."
PLAIN = "Politiet skal behandle alle med respekt."
CHECKED = "Vi mottok {{< var received.total >}} klager i {{< var year.current >}}."


@pytest.fixture
def oslo(tmp_path, monkeypatch):
    """A build folder of Oslo 2019's values and a commentary folder with one open sentence."""
    run = tmp_path / "run"
    (run / "values").mkdir(parents=True)
    data = json.loads(cc.VALUES.read_text(encoding="utf-8"))
    for section, flat in data["values"].items():
        (run / "values" / f"{section}.json").write_text(json.dumps(flat), encoding="utf-8")
    monkeypatch.setattr(paths, "COMMENTARY", tmp_path / "commentary")
    folder = paths.commentary_dir("Oslo", 2019)
    folder.mkdir(parents=True)
    (folder / "diskriminering.md").write_text(f"{PLAIN}\n\n{CHECKED} {OPEN}\n", encoding="utf-8")
    return run, folder


def godkjenn(run, capsys, **options) -> str:
    signoff_command(year=2019, district="Oslo", out=run, **options)
    return capsys.readouterr().out


def open_keys(run, folder) -> list[str]:
    found = check_commentary(folder, BuildValues.load(run), district="Oslo", year=2019)
    return [f.value for f in found if f.code == "needs-signoff"]


def test_it_lists_the_open_items_with_file_line_sentence_and_key(oslo, capsys):
    run, folder = oslo
    [key] = set(open_keys(run, folder))
    out = godkjenn(run, capsys)
    assert f"diskriminering.md:3  setning {key}" in out
    assert OPEN in out and PLAIN not in out
    assert "1 setning(er) venter" in out
    # the check's own finding says how to sign it off
    found = check_commentary(folder, BuildValues.load(run), district="Oslo", year=2019)
    [hint] = {f.suggestion for f in found if f.code == "needs-signoff"}
    assert f"klagerapport godkjenn --setning {key} " in hint


def test_it_records_a_sign_off_that_the_check_then_honours(oslo, capsys):
    run, folder = oslo
    [key] = set(open_keys(run, folder))
    out = godkjenn(run, capsys, sentence=key, by="Kari Nordmann", reason="en vurdering")
    assert f"setning {key}" in out
    data = yaml.safe_load((folder / "godkjent.yml").read_text(encoding="utf-8"))
    assert data == {
        "godkjent": [
            {
                "fil": "diskriminering.md",
                "setning": key,
                "tekst": OPEN,  # the sentence alone: the placeholder sentence before it ends
                "av": "Kari Nordmann",
                "grunn": "en vurdering",
            }
        ]
    }
    assert open_keys(run, folder) == []
    found = check_commentary(folder, BuildValues.load(run), district="Oslo", year=2019)
    assert not [f for f in found if blocks_final(f) and "diskriminering" in f.file]
    assert "ingen setninger venter" in godkjenn(run, capsys)
    # editing the sentence reopens it, and the old key is then refused as stale
    text = (folder / "diskriminering.md").read_text(encoding="utf-8")
    (folder / "diskriminering.md").write_text(text.replace("noe høyere", "høyere"), "utf-8")
    [new] = set(open_keys(run, folder))
    assert new != key
    with pytest.raises(KlagerapportError, match=r"står allerede i godkjent\.yml"):
        godkjenn(run, capsys, sentence=key, by="Kari", reason="igjen")


def test_a_second_sign_off_keeps_the_file_and_its_comments(oslo, capsys):
    run, folder = oslo
    (folder / "godkjent.yml").write_text(
        "# kommentaren står\ngodkjent:\n  - fil: generelt.md\n    setning: abc\n"
        "    tekst: x\n    av: A\n    grunn: B\n",
        encoding="utf-8",
    )
    [key] = set(open_keys(run, folder))
    godkjenn(run, capsys, sentence=key, by="Ola", reason="C")
    text = (folder / "godkjent.yml").read_text(encoding="utf-8")
    assert text.startswith("# kommentaren står\n")
    signed, problems = signoff.load(folder)
    assert problems == []
    assert [(s.file, s.digest, s.by) for s in signed] == [
        ("generelt.md", "abc", "A"),
        ("diskriminering.md", key, "Ola"),
    ]


def test_name_and_reason_are_stored_as_data_never_as_yaml(oslo, capsys):
    run, folder = oslo
    [key] = set(open_keys(run, folder))
    evil = "x\n  - fil: generelt.md"
    with pytest.raises(KlagerapportError, match="én linje"):
        godkjenn(run, capsys, sentence=key, by=evil, reason="r")
    assert not (folder / "godkjent.yml").exists()
    tricky = "Ola: {a: [b]} # ikke en kommentar & *ref «»"
    godkjenn(run, capsys, sentence=key, by=tricky, reason="- ikke en liste: ja")
    [signed], _ = signoff.load(folder)
    assert (signed.by, signed.reason) == (tricky, "- ikke en liste: ja")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"sentence": "0123456789ab", "by": "A", "reason": "B"}, "ukjent setningsnøkkel"),
        ({"sentence": "KEY", "by": "A"}, "både --av"),
        ({"by": "A"}, "hører til --setning"),
        ({"sentence": "KEY", "by": "  ", "reason": "B"}, "--av kan ikke være tom"),
        ({"sentence": "KEY", "by": "A", "reason": "x" * 501}, "for lang"),
    ],
)
def test_wrong_options_and_unknown_keys_are_refused_and_write_nothing(
    oslo, capsys, options, message
):
    run, folder = oslo
    [key] = set(open_keys(run, folder))
    if options.get("sentence") == "KEY":
        options = {**options, "sentence": key}
    with pytest.raises(KlagerapportError, match=message):
        godkjenn(run, capsys, **options)
    assert not (folder / "godkjent.yml").exists()


def test_a_key_no_sentence_needs_any_longer_is_refused(oslo, capsys):
    run, folder = oslo
    [key] = set(open_keys(run, folder))
    (folder / "diskriminering.md").write_text(f"{CHECKED}\n", encoding="utf-8")
    with pytest.raises(KlagerapportError, match="ukjent setningsnøkkel"):
        godkjenn(run, capsys, sentence=key, by="A", reason="B")


def test_a_number_word_no_value_shows_is_signed_off_by_its_sentence(oslo, capsys):
    run, folder = oslo
    sentence = "Vi fikk tolv saker om lang ventetid på telefon."
    (folder / "generelt.md").write_text(sentence + "\n", encoding="utf-8")
    found = check_commentary(folder, BuildValues.load(run), district="Oslo", year=2019)
    [word] = [f for f in found if f.code == "needs-signoff" and "generelt" in f.file]
    assert word.value and "tolv" in word.message
    godkjenn(run, capsys, sentence=word.value, by="Kari", reason="et tall fra sentralbordet")
    found = check_commentary(folder, BuildValues.load(run), district="Oslo", year=2019)
    assert not [f for f in found if f.code == "needs-signoff" and "generelt" in f.file]
    [signed] = [s for s in signoff.load(folder)[0] if s.file == "generelt.md"]
    assert signed.digest == word.value
