"""The preview's problems are `klagerapport check`'s findings, and they are marked in the page.

The unit tests run the preview's `Checker` and `check_commentary` on the same commentary files
(written into tmp_path, against values made here) and compare every field; then the marks the
page gets for them. The slow test does the same through a real preview session of Oslo 2019.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from klagerapport import paths
from klagerapport.check import BuildValues, check_commentary
from klagerapport.check.findings import ERROR, INFO, WARNING, blocks_final
from klagerapport.errors import Problem
from klagerapport.fmt import NBSP
from klagerapport.preview import problems
from klagerapport.preview.files import read_commentary
from klagerapport.preview.marks import file_tag, mark_findings, tokenize

SECTIONS = ["generelt", "kritikk", "frister"]
DISTRICT, YEAR = "Agder", 2019


def values() -> BuildValues:
    flat = {
        "district": ("Agder", "Agder"),
        "year.current": (2019, "2019"),
        "year.minus1": (2018, "2018"),
        "received.total": (211, "211"),
        "received.minus1": (174, "174"),
        "received.change": (0.2126, f"21{NBSP}%"),
        "received.change_word": ("økning", "økning"),
        "decisions.kritikk.count": (26, "26"),
        "decisions.kritikk.share": (0.1232, f"12{NBSP}%"),
        "handling_days.mean_minus1": (None, "–"),
    }
    return BuildValues.from_flat({k: {"value": v, "text": t} for k, (v, t) in flat.items()})


# One case of each kind of finding, each on a line of its own.
TEXTS = {
    "generelt.md": (
        "Agder mottok {{< var received.total >}} klager i {{< var year.current >}}.\n"
        "\n"
        "Vi fikk {{< var received.totl >}} klager.\n"  # unknown key
        "Snittet var {{< var handling_days.mean_minus1 >}} dager.\n"  # no value
        "Det var en nedgang på {{< var received.change >}} fra året før.\n"  # claim word, wrong
        "Antallet økte igjen i fjor.\n"  # claim word, nothing checks it
        "Det var 211 klager og 12 % kritikk.\n"  # typed numbers equal to values
        "- 250 saker i alt.\n"  # a typed number in a list item (near 211: an error)
    ),
    "kritikk.md": (
        "Som i Oslo politidistrikt ble {{< var decisions.kritikk.count >}} saker kritisert.\n"
        "Også i Bergen og i Oslo.\n"  # a place name: a warning
        "Flere saker{{< claim decisions.kritikk.count gt received.total >}} enn før.\n"
        "Fast nummer 02800 til politiet.\n"  # allowed in tillatt.yml
    ),
    "ekstra.md": "Ikke et avsnitt.\n",  # unknown section; frister.md is missing
}
ALLOWLIST = {
    "tall": [{"avsnitt": "kritikk", "tekst": "nummer 02800", "grunn": "politiets telefon"}],
    "ord": [],
}
EXPECTED_CODES = {
    "unknown-key",
    "missing-value",
    "stale-claim",
    "needs-signoff",
    "typed-value",
    "typed-number",
    "other-district",
    "false-claim",
    "missing-section",
    "unknown-section",
}


@pytest.fixture
def commentary(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "kommentar"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    allow = tmp_path / "tillatt.yml"
    allow.write_text(yaml.safe_dump(ALLOWLIST, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(paths, "allowlist_file", lambda district: allow)
    return folder


def checked(folder: Path) -> list[Problem]:
    """What `klagerapport check` finds (the function its command calls)."""
    return check_commentary(folder, values(), district=DISTRICT, year=YEAR, sections=SECTIONS)


def previewed(checker: problems.Checker, folder: Path, *, verified=False) -> list[Problem]:
    """What the preview finds, from the texts it has read (as Session does); `verified`: with
    the statements the check verified, which the page marks too."""
    texts = {file.name: text for file, text in read_commentary(folder).items()}
    found = checker.find(folder, texts)
    return found if verified else [f for f in found if f.severity != INFO]


def test_the_preview_finds_what_klagerapport_check_finds(commentary):
    checker = problems.Checker(values(), district=DISTRICT, year=YEAR, sections=SECTIONS)
    found, expected = previewed(checker, commentary), checked(commentary)
    # and it marks the statements the check verified: «mottok … klager i 2019» is right
    verified = [f for f in previewed(checker, commentary, verified=True) if f.severity == INFO]
    assert verified == [
        f for f in check_commentary(commentary, values(), district=DISTRICT, year=YEAR,
                                    sections=SECTIONS, verified=True) if f.severity == INFO
    ]  # fmt: skip
    assert [f.to_json() for f in found] == [f.to_json() for f in expected]
    assert [(f.file, f.line, f.message, f.severity) for f in found] == [
        (f.file, f.line, f.message, f.severity) for f in expected
    ]
    assert {f.code for f in found} == EXPECTED_CODES  # every kind is there to compare
    by_code = {f.code: f for f in found}
    claim = by_code["stale-claim"]
    assert (claim.line, claim.severity, claim.text.count("nedgang")) == (5, ERROR, 1)
    assert "received.change_word" in claim.suggestion
    other = [f for f in found if f.code == "other-district"]
    # never an error (a comparison may be true), always a stop for the final edition
    assert all(blocks_final(f) for f in other)
    assert [(f.line, f.severity, f.file.endswith("kritikk.md")) for f in other] == [
        (1, WARNING, True),
        (2, WARNING, True),  # Bergen, a town in Vest
        (2, WARNING, True),
    ]
    assert "Oslo politidistrikt" in other[0].message
    assert not any("02800" in f.message for f in found)  # the allow-list holds


def test_a_save_rechecks_only_the_changed_file_and_never_answers_from_a_stale_copy(
    commentary, monkeypatch
):
    calls = []
    real = problems.check_section
    monkeypatch.setattr(
        problems, "check_section", lambda text, file, *a: calls.append(file) or real(text, file, *a)
    )
    checker = problems.Checker(values(), district=DISTRICT, year=YEAR, sections=SECTIONS)
    previewed(checker, commentary)
    assert len(calls) == 2  # generelt and kritikk; frister is missing, ekstra not a section
    calls.clear()
    file = commentary / "kritikk.md"
    file.write_text(file.read_text(encoding="utf-8") + "Det var 260 saker.\n", encoding="utf-8")
    found = previewed(checker, commentary)
    assert [Path(c).name for c in calls] == ["kritikk.md"]
    assert found == checked(commentary)
    # «260 saker» in a sentence that names no category: received.total is meant, and it is not
    # 260 (near enough to be a slip, not another quantity: typed.far)
    assert any(f.line == 5 and f.code == "typed-number" for f in found)
    calls.clear()
    # the allow-list changes the rules of a file whose text did not change
    allow = paths.allowlist_file(DISTRICT)
    allow.write_text(
        yaml.safe_dump({"tall": [{"avsnitt": "kritikk", "tekst": "var 260", "grunn": "test"}]}),
        encoding="utf-8",
    )
    found = previewed(checker, commentary)
    assert [Path(c).name for c in calls] == ["kritikk.md"]
    assert found == checked(commentary)
    assert not any(f.line == 5 and f.code == "typed-number" for f in found)


# ---------------------------------------------------------------------- marked in the page


def _marked(text: str, findings: list[Problem]) -> str:
    """The text as the page shows it: tokens, then one paragraph of HTML, then the marks."""
    tokens = tokenize(text, "x.md", findings)
    return mark_findings(f"<p>{tokens}</p>", findings)


def _finding(line: int, start: int, end: int, severity=ERROR, message="m", suggestion=""):
    return Problem.at("x.md", line, start + 1, severity, "c", message, suggestion, "", end - start)


def test_a_faulty_placeholder_is_replaced_by_its_note_and_other_words_are_marked():
    text = "Vi fikk {{< var received.totl >}} klager, en økning på 12 %."
    placeholder = text.index("{{<"), text.index(">}}") + 3
    word = text.index("økning"), text.index("økning") + len("økning")
    number = text.index("12 %"), len(text) - 1
    findings = [
        _finding(1, *placeholder, message="ukjent nøkkel", suggestion="mente du «received.total»?"),
        _finding(1, *word, severity=WARNING, message="ukontrollert"),
        _finding(1, *number, message="skrevet for hånd"),
    ]
    page = _marked(text, findings)
    assert "{{<" not in page and "KPFUNN" not in page
    red = 'style="background:#f9d0d0"'
    assert (
        f'<mark class="kp-funn kp-feil" id="kp-funn-0" {red} title="ukjent nøkkel – mente du '
        '«received.total»?">⚠ ukjent nøkkel – mente du «received.total»?</mark> klager'
    ) in page
    assert 'title="ukontrollert">økning</mark> på ' in page
    assert 'class="kp-funn kp-advarsel" id="kp-funn-1"' in page
    assert f'id="kp-funn-2" {red} title="skrevet for hånd">12 %</mark>.</p>' in page


def test_each_statement_is_marked_verified_false_or_to_be_signed_off():
    text = "Antallet økte, det høyeste noensinne, og over halvparten ble avgjort."
    spans = [
        (text.index(w), text.index(w) + len(w)) for w in ("økte", "høyeste", "over halvparten")
    ]
    findings = [
        Problem.at("x.md", 1, spans[0][0] + 1, INFO, "verified", "stemmer", "", "", 4),
        Problem.at("x.md", 1, spans[1][0] + 1, ERROR, "stale-claim", "usann", "", "", 7),
        Problem.at("x.md", 1, spans[2][0] + 1, WARNING, "needs-signoff", "godkjenn", "", "", 15),
    ]
    page = _marked(text, findings)
    assert 'class="kp-funn kp-bekreftet" id="kp-funn-0" style="background:#d4f0d8" ' in page
    assert 'title="stemmer">økte</mark>' in page
    assert 'class="kp-funn kp-feil" id="kp-funn-1"' in page and ">høyeste</mark>" in page
    assert 'class="kp-funn kp-godkjenning" id="kp-funn-2" style="background:#fff0a8"' in page
    assert ">over halvparten</mark>" in page


def test_marks_are_escaped_never_inside_a_tag_and_keep_the_block_they_stand_in():
    evil = "<script>alert(1)</script>"
    findings = [_finding(1, 0, 5, message=f"ukjent «{evil}»"), _finding(2, 0, 1)]
    tokens = tokenize("AAAAA og mer\n1. punkt", "x.md", findings)
    first, second = tokens.split("\n")
    tag = f"KPFUNN{file_tag('x.md')}"
    assert first.startswith(f"{tag}0000AAAAAA{tag}0000B")
    assert second.startswith(f"1. {tag}0001X")  # the list item stays a list item
    page = mark_findings(f'<p title="{first}">{first}</p>', findings)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert page.startswith(f'<p title="{tag}0000A')  # the attribute is left alone
    assert page.count('id="kp-funn-0"') == 1
    # words split by a tag: a note where they start, no mark left open
    split = mark_findings(f"<p>{tag}0000Aen <em>to</em> tre{tag}0000B</p>", findings)
    assert split.count("<mark") == split.count("</mark>") == 1
    assert "KPFUNN" not in split


def test_a_files_tokens_stay_when_another_file_gains_a_finding():
    text = "Vi fikk 12 % her."
    mine = _finding(1, 8, 12)
    other = Problem.at("a.md", 1, 1, ERROR, "c", "m", "", "", 1)  # sorted before x.md
    alone = tokenize(text, "x.md", [mine])
    assert tokenize(text, "x.md", [other, mine]) == alone  # the fast path renders x.md again
    page = mark_findings(f"<p>{alone}</p>", [other, mine])
    assert 'id="kp-funn-1" style="background:#f9d0d0" title="m">12 %</mark>' in page


# --------------------------------------------------------------------- a real session


@pytest.mark.slow
def test_a_preview_session_shows_the_findings_of_klagerapport_check(tmp_path, oslo_2019):
    from klagerapport.preview.session import Session

    source = tmp_path / "kommentar"
    shutil.copytree(paths.commentary_dir("Oslo", 2019), source)
    build_values = BuildValues.load(oslo_2019)
    wrong = "nedgang" if build_values.raw("received.change") > 0 else "økning"
    file = source / "tiltak.md"
    file.write_text(
        file.read_text(encoding="utf-8")
        + f"\n\nDet var en {wrong} på {{{{< var received.change >}}}} fra året før.\n\n"
        "Som i Agder politidistrikt økte antallet {{< var received.totl >}} i fjor.\n\n"
        "Det er noe høyere tall i forhold til andre politidistrikt.\n",
        encoding="utf-8",
    )
    session = Session(oslo_2019, district="Oslo", year=2019, commentary=source)
    try:
        session.refresh(full=True)
        assert session.state.error is None
        expected = check_commentary(source, build_values, district="Oslo", year=2019)
        listed = session.state_json()["findings"]
        assert [{k: v for k, v in f.items() if k not in ("id", "where")} for f in listed] == [
            f.to_json() for f in expected
        ]
        codes = {f["code"] for f in listed if f["file"].endswith("tiltak.md")}
        assert {"stale-claim", "other-district", "unknown-key", "needs-signoff"} <= codes
        for n, f in enumerate(session.state.findings):  # every finding in a line is marked
            assert (f'id="kp-funn-{n}"' in session.state.html) == (problems.span(f) is not None)
        assert "kp-bekreftet" in session.state.html  # statements verified, marked in place
        assert "KPFUNN" not in session.state.html
        # a finding more in a file before tiltak.md: only that file is rendered again
        before = dict(session._last.pieces)
        first = source / "innkomne-saker.md"
        first.write_text(first.read_text(encoding="utf-8") + "\nDet var 12 saker.\n", "utf-8")
        assert session.refresh() is not None and session.state.error is None
        assert [k for k in before if before[k] != session._last.pieces[k]] == ["innkomne-saker"]
        expected = check_commentary(source, build_values, district="Oslo", year=2019)
        problems_now = [f for f in session.state.findings if f.severity != INFO]
        assert problems_now == expected and len(expected) > len(listed)
    finally:
        session.close()
