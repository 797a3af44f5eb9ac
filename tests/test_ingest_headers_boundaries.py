"""Header matching (ingest/headers.py) at its boundaries: a header's key without its hyphens,
a column found by an alias only, a contract column without aliases, and "ligner på" at exactly
the CLOSE ratio (0.8) and just under it, after a header with no letters.

Each test is the one that fails when a boundary moves (`make mutation`); the ratios are
difflib's 2 * matches / total length, worked out by hand in the comments.
"""

from __future__ import annotations

import pytest

from klagerapport import codes
from klagerapport.ingest import headers


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Saks-nr.", "saksnr"),
        ("Saks nr", "saksnr"),
        ("Saks-ID", "saksid"),
        ("Sak nr.", "saknr"),
        ("Avgjørelse i saken", "avgjorelseisaken"),
        ("–", ""),
        ("", ""),
    ],
)
def test_a_header_key_has_no_hyphens_spaces_or_punctuation(name, key):
    assert headers.header_key(name) == key


def test_a_column_is_found_by_a_spelling_that_only_its_aliases_hold():
    # «Utfall», «Distriktsnavn», «Saks-ID», «Mottaksdato»: neither a name nor a label
    found = headers.match(["Utfall", "Distriktsnavn", "Saks-ID", "Mottaksdato", "Annet"])
    assert found.mapping == {0: "avgjorelse", 1: "distrikt", 2: "saksnr", 3: "mottatt"}
    assert found.ignored == ["Annet"]
    assert headers.spellings()["utfall"] == "avgjorelse"


def test_every_alias_of_codes_yml_is_matched_to_its_column():
    for col in codes.columns():
        for alias in col["aliases"]:
            assert headers.match([alias]).mapping == {0: col["name"]}, alias


def test_a_near_miss_of_an_alias_only_is_hinted():
    # «Utfal» against «utfall»: 2 * 5 / 11 = 0.91; against the name or label far lower
    assert headers.near_miss("avgjorelse", ["Utfal"]) == "Utfal"
    assert headers.near_miss("distrikt", ["Distriktnavn"]) == "Distriktnavn"


def test_a_contract_column_without_aliases_has_its_name_and_label(monkeypatch):
    bare = [{"name": "saksnr", "label": "Saksnummer", "required": True}]
    monkeypatch.setattr(codes, "columns", lambda: bare)
    assert headers.spellings() == {"saksnr": "saksnr", "saksnummer": "saksnr"}
    assert headers.match(["Saksnummer"]).mapping == {0: "saksnr"}
    assert headers.near_miss("saksnr", ["Saksnumer"]) == "Saksnumer"


def test_a_near_miss_at_exactly_the_close_ratio_is_hinted_and_under_it_not():
    assert headers.CLOSE == 0.8
    # «enhot» against «enhet»: «enh» and «t» match, 2 * 4 / 10 = 0.8
    assert headers.near_miss("enhet", ["Enhot"]) == "Enhot"
    # «enhott» against «enhet»: 2 * 4 / 11 = 0.73
    assert headers.near_miss("enhet", ["Enhott"]) is None


def test_a_header_with_no_letters_does_not_stop_the_search():
    assert headers.near_miss("mottatt", ["–", "", "Motatt"]) == "Motatt"
    assert headers.near_miss("mottatt", ["Motatt", "–"]) == "Motatt"
