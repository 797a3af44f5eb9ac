"""The public edition's commentary check (check/public.py): small quantities in words."""

from __future__ import annotations

import pytest

from klagerapport import paths
from klagerapport.check import public
from klagerapport.errors import ProblemsError

LIMIT = 3  # the rule's min_count (data/reference/suppression.yml)
SMALL = {1, 2}


def said(text: str) -> list[str]:
    return [text[a:b] for a, b in public.small_quantities(text, LIMIT)]


# the trial's sentences (issue 20 follow-up), and the other forms a disclosure reviewer names
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Bare en enkelt klage gjaldt kritikk i år.", "Bare en enkelt"),
        ("Et par klager gjaldt annen diskriminering.", "Et par"),
        ("En klage gjaldt operasjonssentralen.", "En klage"),
        ("Færre enn tre saker ble overført.", "Færre enn tre"),
        ("Det var under tre.", "under tre"),
        ("Det var under 3 i år.", "under 3"),
        ("Det gjaldt høyst to saker.", "høyst to"),
        ("Det gjaldt mindre enn 3 saker.", "mindre enn 3"),
        ("Opptil tre klager gjaldt pass.", "Opptil tre"),
        ("Ett tilfelle av etnisk diskriminering.", "Ett tilfelle"),
        ("Vi fikk én ny klage.", "én ny klage"),
        ("Det kom en kritikksak.", "en kritikksak"),
        ("Noen få gjaldt pass.", "Noen få"),
        ("Et fåtall gjaldt pass.", "Et fåtall"),
        ("Enkelte saker gjaldt pass.", "Enkelte saker"),
        ("Det var ingen eller få slike.", "ingen eller få"),
        ("Kun én gjaldt kritikk.", "Kun én"),
        ("Ingen klager gjaldt pass.", "Ingen klager"),
        ("En av klagene gjaldt pass.", "En av klagene"),
        ("Det var få\nklager på dette.", "få\nklager"),  # over a line break
        # decided: a generic singular is refused in a public edition (write it in the plural)
        ("En klage behandles innen 90 dager.", "En klage"),
    ],
)
def test_a_small_quantity_in_words_is_found(text, words):
    assert said(text) == [words]


@pytest.mark.parametrize(
    "text",
    [
        "Det var en økning i klager.",
        "Det var en nedgang.",
        "Dette er en av de vanligste klagene.",
        "Andelen var under tre prosent.",
        "Andelen var under 3,5 prosent.",
        "Den gjennomsnittlige tiden var under tre dager.",
        "Det ble gjort i den enkelte saken.",
        "Det vurderes i hver enkelt sak.",
        "Det er vanskelig å få medhold i klagen.",
        "Opptil fire klager gjaldt pass.",
        "Færre enn 30 saker ble overført.",
        "En årsak er ventetiden.",
        "I ett år var det annerledes.",
        "Det var en vanskelig situasjon for klager.",
        "Klager behandles innen 90 dager.",
    ],
)
def test_words_that_state_no_small_quantity_pass(text):
    assert said(text) == []


def test_the_words_come_from_the_data_file(monkeypatch):
    words = {**public.words(), "alltid": [*public.words()["alltid"], "en knapp håndfull"]}
    monkeypatch.setattr(public, "words", lambda: words)
    public._compiled.cache_clear()
    try:
        assert said("Det var en knapp håndfull.") == ["en knapp håndfull"]
    finally:
        monkeypatch.undo()
        public._compiled.cache_clear()
    assert said("Det var en knapp håndfull.") == []


def _folder(tmp_path, **files):
    folder = tmp_path / "commentary" / "agder" / "2021"
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name.replace("_", "-")).write_text(text, encoding="utf-8")
    return folder


TRIAL = (
    "Bare en enkelt klage gjaldt kritikk i år.\n\nEt par klager gjaldt annen diskriminering.\n\n"
    "En klage gjaldt operasjonssentralen.\n"
)


def test_every_small_quantity_of_a_public_edition_is_a_located_problem(tmp_path):
    folder = _folder(
        tmp_path, **{"pass.md": TRIAL, "kritikk.md": "Det var 2 saker og to klager.\n"}
    )
    found = public.hidden_quotes(folder, set(), SMALL)
    located = [(p.file.rsplit("/", 1)[-1], p.line, p.col, p.code, p.text) for p in found]
    assert located == [
        ("kritikk.md", 1, 9, "hidden-number", "«2»"),
        ("kritikk.md", 1, 20, "hidden-number", "«to»"),
        ("pass.md", 1, 1, "small-quantity", "«Bare en enkelt»"),
        ("pass.md", 3, 1, "small-quantity", "«Et par»"),
        ("pass.md", 5, 1, "small-quantity", "«En klage»"),
    ]
    small = [p for p in found if p.code == public.SMALL_QUANTITY]
    assert all("plassholderen" in p.suggestion for p in small)
    with pytest.raises(ProblemsError, match=r"(?s)kritikk\.md:1:9: «2».*pass\.md:5:1: «En klage»"):
        public.refuse(found)


def test_an_internal_edition_is_not_checked(tmp_path):
    folder = _folder(tmp_path, **{"pass.md": TRIAL})
    assert public.hidden_quotes(folder, set(), ()) == []


APPROVED = """godkjent:
  - fil: pass.md
    ord: En klage
    setning: En klage gjaldt operasjonssentralen
    av: Kari Nordmann
    grunn: test
"""


def test_a_reviewer_approves_a_phrase_and_a_stale_approval_is_a_problem(tmp_path):
    folder = _folder(tmp_path, **{"pass.md": TRIAL, public.APPROVALS_FILE: APPROVED})
    codes = [(p.code, p.text) for p in public.hidden_quotes(folder, set(), SMALL)]
    assert codes == [
        ("small-quantity", "«Bare en enkelt»"),
        ("small-quantity", "«Et par»"),
    ]
    (folder / "pass.md").write_text("Klager gjaldt operasjonssentralen.\n", encoding="utf-8")
    stale = public.hidden_quotes(folder, set(), SMALL)
    assert [(p.code, p.line) for p in stale] == [("stale-approval", 2)]
    (folder / public.APPROVALS_FILE).write_text("godkjent:\n  - fil: pass.md\n", "utf-8")
    broken = public.hidden_quotes(folder, set(), SMALL)
    assert [(p.code, p.line) for p in broken] == [("approvals", 2)]
    assert "ord, setning, av, grunn" in broken[0].message


def test_the_sample_commentary_passes_the_public_check_only_with_its_approvals(tmp_path):
    source = paths.commentary_dir("Oslo", 2019)
    assert public.hidden_quotes(source, set(), SMALL) == []
    copy = tmp_path / "oslo"
    copy.mkdir()
    for file in source.glob("*.md"):
        (copy / file.name).write_text(file.read_text(encoding="utf-8"), encoding="utf-8")
    found = public.hidden_quotes(copy, set(), SMALL)
    assert len(found) == 10 and {p.code for p in found} == {public.SMALL_QUANTITY}


def test_a_commentary_file_not_in_utf8_is_named_not_a_traceback(tmp_path):
    folder = _folder(tmp_path, **{"pass.md": TRIAL})
    (folder / "kritikk.md").write_bytes("Én klage gjaldt kritikk.\n".encode("cp1252"))
    with pytest.raises(ProblemsError) as err:
        public.hidden_quotes(folder, set(), SMALL)
    assert [p.code for p in err.value.problems] == ["encoding"]
    assert err.value.problems[0].file.endswith("kritikk.md")


# ----------------------------------------------- one checker: check_commentary says them too

GROUNDS = (
    "Et par klager gjaldt brudd på taushetsplikt.\n\nNoen klager gjaldt brudd på taushetsplikt.\n"
)


def _values(edition: str):
    from klagerapport.check import BuildValues

    flat = {
        "district": "Oslo",
        "year.current": 2019,
        "received.total": 60,
        "grounds.adferd.count": 57,
        "grounds.taushetsplikt.count": 0,  # printed as 0 by the public edition: 0, 1 or 2
    }
    values = BuildValues.from_flat({k: {"value": v, "text": str(v)} for k, v in flat.items()})
    values.utgave = edition
    return values


def _refused(found):
    return [(p.file.rsplit("/", 1)[-1], p.line, p.col, p.code, p.text) for p in found]


def test_check_commentary_on_a_public_builds_values_lists_what_its_render_refuses(tmp_path):
    """The auditor's sentence (issue 21 item 3): `check` on a public build said «ingen funn»
    for what the public render refused. check_commentary now says the public wording check's
    problems itself, once each, with their codes and messages."""
    from klagerapport import settings
    from klagerapport.check import check_commentary

    folder = _folder(tmp_path, **{"grunnlag.md": GROUNDS})
    found = check_commentary(folder, _values(settings.OFFENTLIG), district="Oslo", year=2019)
    mine = [p for p in found if p.code in public.REFUSED]
    assert _refused(mine) == [
        ("grunnlag.md", 1, 1, "small-quantity", "«Et par»"),
        ("grunnlag.md", 3, 1, "small-quantity", "«Noen klager»"),  # a category printed as 0
    ]
    # exactly the wording check's problems, messages and suggestions kept
    empty = {("grunnlag", "taushetsplikt")}
    assert mine == public.hidden_quotes(folder, set(), SMALL, empty, "Oslo")
    with pytest.raises(ProblemsError, match=r"grunnlag\.md:1:1: «Et par»") as err:
        public.refuse(found)
    assert err.value.problems == mine
    # the internal edition rounds nothing: not one of them
    internal = check_commentary(folder, _values(settings.INTERN), district="Oslo", year=2019)
    assert not [p for p in internal if p.code in public.REFUSED]
    public.refuse(internal)  # nothing to refuse


def test_check_commentary_reads_the_public_wording_as_its_caller_gives_it(tmp_path):
    """The preview passes the texts it has just read (`read`): the public problems are about
    those, not the file on disk; a `[…]{.intern}` span is not the public edition's text."""
    from klagerapport import settings
    from klagerapport.check import check_commentary

    folder = _folder(tmp_path, **{"grunnlag.md": "Klager gjaldt adferd.\n"})
    texts = {"grunnlag.md": "[En klage gjaldt pass.]{.intern} Et par klager gjaldt pass.\n"}
    found = check_commentary(
        folder,
        _values(settings.OFFENTLIG),
        district="Oslo",
        year=2019,
        read=lambda file: texts.get(file.name),
    )
    assert _refused(p for p in found if p.code in public.REFUSED) == [
        ("grunnlag.md", 1, 34, "small-quantity", "«Et par»")
    ]
