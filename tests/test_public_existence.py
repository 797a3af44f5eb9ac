"""The public edition: «noen/flere klager gjaldt X», «det kom også klager om X» where X is printed
as 0 tell a reader the rounded cell is not 0 (issue 21, kontroll11; check/public_existence.py):
refused as a located small-quantity problem, as «en klage», «enkelte saker», «få klager» are
(those whatever the category). A category printed with cases, a comparison «flere … enn», an
internal edition: not refused.
"""

from __future__ import annotations

import json

from klagerapport.check import BuildValues, public
from klagerapport.check.public_existence import empty_categories, spans
from klagerapport.publish import utgave

SMALL = {1, 2}
TAUSHET = ("grunnlag", "taushetsplikt")
EMPTY = {TAUSHET, ("avgjørelse", "overfort")}


def _said(text: str, empty=EMPTY) -> list[str]:
    return [text[a:b] for a, b in spans(text, empty, "Troms")]


def test_cases_said_to_exist_in_a_category_printed_as_0_are_found():
    assert _said("Noen klager gjaldt brudd på taushetsplikt.") == ["Noen klager"]
    assert _said("Flere saker ble overført til Spesialenheten.") == ["Flere saker"]
    assert _said("Det kom også klager om brudd på taushetsplikt.") == ["Det kom også klager"]
    # the same words of a category printed with cases, or with nothing printed as 0
    assert _said("Noen klager gjaldt adferd.") == []
    assert _said("Noen klager gjaldt brudd på taushetsplikt.", empty=set()) == []
    # the category is in another sentence; a comparison names it without saying it has cases
    assert _said("Noen klager gjaldt adferd. Taushetsplikt er viktig.") == []
    assert _said("Flere klager gjaldt adferd enn brudd på taushetsplikt.") == []


def _folder(tmp_path, text: str):
    folder = tmp_path / "commentary"
    folder.mkdir()
    (folder / "grunnlag.md").write_text(text, encoding="utf-8")
    return folder


def test_a_public_edition_refuses_them_at_file_line_and_column(tmp_path):
    folder = _folder(
        tmp_path,
        "Klagene gjaldt mest adferd.\n\nNoen klager gjaldt brudd på taushetsplikt, og enkelte "
        "klager gjaldt ID.\n\nNoen klager gjaldt adferd.\n",
    )
    found = public.hidden_quotes(folder, set(), SMALL, EMPTY, "Troms")
    assert [(p.line, p.col, p.code, p.text) for p in found] == [
        (3, 1, public.SMALL_QUANTITY, "«Noen klager»"),
        (3, 47, public.SMALL_QUANTITY, "«enkelte klager»"),  # refused already (smaa-antall.yml)
    ]
    # without the categories printed as 0, only what smaa-antall.yml always refuses
    found = public.hidden_quotes(folder, set(), SMALL, (), "Troms")
    assert [p.text for p in found] == ["«enkelte klager»"]
    # an internal edition (nothing rounded) is not checked
    assert public.hidden_quotes(folder, set(), (), EMPTY, "Troms") == []


def _run(tmp_path, counts: dict, public_run: bool):
    run = tmp_path / "run"
    (run / "values").mkdir(parents=True)
    flat = {k: {"value": v, "text": str(v)} for k, v in counts.items()}
    (run / "values" / "grounds.json").write_text(json.dumps(flat), encoding="utf-8")
    if public_run:
        (run / utgave.LOG_FILE).write_text("{}", encoding="utf-8")
    return run


def test_the_categories_printed_as_0_are_read_from_the_public_run(tmp_path):
    counts = {"grounds.taushetsplikt.count": 0, "grounds.adferd.count": 3}
    empty = empty_categories(BuildValues.load(_run(tmp_path, counts, public_run=True)), "Troms")
    assert TAUSHET in empty and ("grunnlag", "adferd") not in empty
    assert ("grunnlag", "id") in empty  # no value printed at all
    assert ("grunnlag", "adferd_saksbehandling") not in empty  # a sum of others: no count
    internal = tmp_path / "internal"
    internal.mkdir()
    internal_values = BuildValues.load(_run(internal, counts, public_run=False))
    assert empty_categories(internal_values, "Troms") == frozenset()
