"""Existence (issue 21, kontroll11; check/statements/existence.py): a sentence that says cases of
a category exist, with a quantity word. «en/én/ett klage» is exactly one; «noen», «enkelte»,
«flere» (several, not «flere … enn»), «få» and a bare plural after «det kom / det var» are more
than none: a count of 0 is an error naming the value, a count of 1 a sign-off (a plural said of
one case), 2 or more holds. Each at its boundary: counts 0, 1 and 2.
"""

from __future__ import annotations

import claimcorpus as cc
import pytest
from handvalues import hand_values

from klagerapport.check import BuildValues, blocks_final
from klagerapport.check.commentary import check_section
from klagerapport.check.findings import ERROR, problems
from klagerapport.check.lexicon import data, for_district
from klagerapport.check.sentences import sentences
from klagerapport.check.statements import Reader, existence

BASE = {
    "district": "Troms",
    "year.current": 2021,
    "year.minus1": 2020,
    "received.total": 30,
    "received.minus1": 28,
    "decided.total": 30,
    "decisions.total": 30,
    "grounds.total": 30,
    "decisions.avvist.count": 4,
    "decisions.avvist.minus1": 2,
    "decisions.overfort.count": 0,
    "decisions.overfort.minus1": 0,
    "decisions.kritikk.count": 0,
    "decisions.kritikk.minus1": 5,
    "decisions.uheldig.count": 14,
    "grounds.adferd.count": 11,
    "grounds.maktmisbruk.count": 3,
    "grounds.taushetsplikt.count": 0,
    "grounds.id.count": 0,
}


def values(**changes) -> BuildValues:
    return hand_values(BASE, changes)


def verdict(text: str, **changes) -> str:
    """error, signoff or pass (nothing that stops a final edition)."""
    found = problems(check_section(text + "\n", "generelt.md", values(**changes), [], "Troms"))
    if any(f.severity == ERROR for f in found):
        return "error"
    return "signoff" if any(blocks_final(f) for f in found) else "pass"


def errors(text: str, **changes) -> list[str]:
    found = check_section(text + "\n", "generelt.md", values(**changes), [], "Troms")
    return [f.message for f in problems(found) if f.severity == ERROR]


@pytest.mark.parametrize(
    ("text", "key", "at"),
    [
        ("En klage ble avvist.", "decisions__avvist__count", {0: "error", 1: "pass", 2: "error"}),
        ("Én klage gjaldt brudd på taushetsplikt.", "grounds__taushetsplikt__count",
         {0: "error", 1: "pass", 2: "error"}),
        ("Ett tilfelle gjaldt manglende oppgivelse av ID.", "grounds__id__count",
         {0: "error", 1: "pass", 2: "error"}),
        ("Én av klagene ble overført.", "decisions__overfort__count",
         {0: "error", 1: "pass", 2: "error"}),
        ("Noen klager gjaldt brudd på taushetsplikt.", "grounds__taushetsplikt__count",
         {0: "error", 1: "signoff", 2: "pass"}),
        ("Flere klager endte med grunnlag for kritikk.", "decisions__kritikk__count",
         {0: "error", 1: "signoff", 2: "pass"}),
        ("Enkelte klager endte med grunnlag for kritikk.", "decisions__kritikk__count",
         {0: "error", 1: "signoff", 2: "pass"}),
        ("Få klager gjaldt manglende oppgivelse av ID.", "grounds__id__count",
         {0: "error", 1: "signoff", 2: "signoff"}),  # "few": the net's sign-off
        ("Noen av sakene ble overført til Spesialenheten.", "decisions__overfort__count",
         {0: "error", 1: "signoff", 2: "pass"}),
        ("Det kom også klager om manglende oppgivelse av ID.", "grounds__id__count",
         {0: "error", 1: "signoff", 2: "pass"}),
        ("Det var også saker som ble overført.", "decisions__overfort__count",
         {0: "error", 1: "signoff", 2: "pass"}),
    ],
)  # fmt: skip
def test_a_quantity_word_said_of_a_category_at_counts_0_1_2(text, key, at):
    assert {n: verdict(text, **{key: n}) for n in at} == at


def test_a_true_statement_is_verified_with_its_value():
    found = check_section("Noen klager gjaldt adferd.\n", "generelt.md", values(), [], "Troms")
    assert [f.message for f in found if "ordene sier" in f.message] == [
        "«Noen klager» stemmer: grounds.adferd.count = 11 (ordene sier at det fantes saker)"
    ]


def test_the_error_names_the_value_and_its_count():
    (message,) = errors("En klage ble avvist.")
    assert "decisions.avvist.count = 4" in message and "«En klage»" in message
    found = check_section("En klage ble avvist.\n", "generelt.md", values(), [], "Troms")
    (fix,) = [f.suggestion for f in problems(found)]
    assert fix == "skriv antallet med plassholderen {{< var decisions.avvist.count >}}"
    (message,) = errors("Noen klager gjaldt brudd på taushetsplikt.")
    assert "grounds.taushetsplikt.count = 0" in message


def test_the_year_is_the_one_the_sentence_names():
    # overført is 0 both years; kritikk 0 this year, 5 the year before
    assert verdict("I fjor ble noen klager overført.") == "error"
    assert verdict("I fjor ble noen klager overført.", decisions__overfort__minus1=2) == "pass"
    assert verdict("I fjor endte flere saker med grunnlag for kritikk.") == "pass"
    assert verdict("I år endte flere saker med grunnlag for kritikk.") == "error"


def test_flere_enn_is_a_comparison_not_several():
    # «flere … enn»: the comparison rule reads it; existence does not (adferd 11, maktmisbruk 3)
    assert verdict("Flere klager gjaldt adferd enn maktmisbruk.") == "pass"
    assert verdict("Flere klager gjaldt maktmisbruk enn adferd.") == "error"
    # at equal counts the comparison is false, whatever the counts say of existence
    assert verdict("Flere klager gjaldt adferd enn maktmisbruk.", grounds__adferd__count=3) == (
        "error"
    )
    assert not [m for m in errors("Flere klager gjaldt maktmisbruk enn adferd.") if "sier at" in m]
    # a change over the years or a degree word makes «flere» a comparative too: not read here
    for text in (
        "Flere klager gjaldt maktmisbruk hvert år siden 2019.",
        "Stadig flere klager gjaldt maktmisbruk.",
        "Flere klager enn i fjor gjaldt maktmisbruk.",
    ):
        found = check_section(text + "\n", "generelt.md", values(), [], "Troms")
        assert not [f for f in found if "ordene sier" in f.message], text  # verified too
    # «flere» as several, the same category: read by existence
    assert verdict("Flere klager gjaldt maktmisbruk.") == "pass"
    assert verdict("Flere klager gjaldt maktmisbruk.", grounds__maktmisbruk__count=0) == "error"


def test_what_is_not_a_count_of_the_years_cases_is_not_read():
    # a general rule, a negation (the zero rule's), an idiom, no category in the clause: every
    # count here is 0, and no statement of existence is read («… sier …» is its finding)
    for text in (
        "En klage kan avvises dersom den kommer inn for sent.",
        "Det kom ikke noen klager om manglende oppgivelse av ID.",
        "I enkelte tilfeller blir en sak overført til Spesialenheten.",
        "Hver enkelt klage om taushetsplikt behandles grundig.",
        "Noen klager venter lenge på svar.",
    ):
        found = check_section(text + "\n", "generelt.md", values(), [], "Troms")
        assert not [f for f in found if f.severity == ERROR or "ordene sier" in f.message]


def test_the_words_are_the_lexicons():
    d = data()["finnes"]
    w = existence.words()
    assert w.one == {str(x).casefold() for x in d["én"]}
    assert {"noen", "enkelte", "flere", "få"} <= w.some
    lex = for_district("Troms")
    hits = lex.hits("Vi mottok en tredjedel av klagene.")
    assert existence.said("Vi mottok en tredjedel av klagene.", hits) == []  # a share
    said = existence.said("Det kom også klager om ID.", lex.hits("Det kom også klager om ID."))
    assert [(h.text, what) for h, what in said] == [("Det kom også klager", existence.SOME)]


def test_no_true_sentence_of_the_corpus_gets_an_error_from_this_rule():
    # every part but the held-out ones (claimcorpus.HELD_OUT: measured only, never a test's)
    wrong = [
        (item["id"], item["tekst"], f.message)
        for item in cc.corpus()
        if item["sann"] and item["del"] not in cc.HELD_OUT
        for f in cc.findings(item)
        if f.severity == ERROR and "(ordene sier" in f.message
    ]
    assert wrong == []
    caught = [
        item["id"]
        for item in cc.corpus()
        if item["del"] == "kontroll11" and not item["sann"]
        for f in cc.findings(item)
        if "(ordene sier" in f.message or "flertall sier flere" in f.message
    ]
    assert len(set(caught)) >= 30  # the rule, not another, catches kontroll11's false sentences


def test_the_phrase_at_the_edges_of_a_sentence():
    lex = for_district("Troms")

    def read(text: str) -> list[tuple[str, str]]:
        return [(h.text, what) for h, what in existence.said(text, lex.hits(text))]

    # «av de» between the quantity word and the noun, up to the text's last word
    assert read("noen av de sakene") == [("noen av de sakene", existence.SOME)]
    assert read("én av klagene") == [("én av klagene", existence.ONE)]
    # a quantity word or «av» as the text's last word: nothing to count
    assert read("Det var noen") == read("Det gjaldt noen av") == []
    assert read("Det kom også") == []
    assert verdict("Noen av de sakene ble overført.") == "error"  # overført 0
    assert verdict("Noen av de sakene ble overført.", decisions__overfort__count=2) == "pass"


def test_each_phrase_of_a_sentence_is_read_on_its_own():
    # a phrase not read (a negation, a comparison) does not stop the next one (overført 0)
    assert verdict("Det kom ikke noen klager om ID, men flere saker ble overført.") == "error"
    assert verdict("Flere klager gjaldt adferd enn maktmisbruk, og noen saker ble overført.") == (
        "error"
    )
    # a negation up to four words before «noen» (the zero rule's reach: «ikke … noen»)
    assert verdict("Vi har ikke fått inn i år noen klager om manglende oppgivelse av ID.") == (
        "pass"
    )


def test_a_comparative_flere_at_its_clauses_edges():
    for text in (
        "Siden 2019 gjaldt flere klager maktmisbruk.",  # the change word first in the clause
        "I år gjaldt stadig flere klager maktmisbruk.",  # a degree word right before, not first
    ):
        found = check_section(text + "\n", "generelt.md", values(), [], "Troms")
        assert not [f for f in found if "ordene sier" in f.message], text


def test_the_statements_are_of_their_own_kind():
    lex = for_district("Troms")
    reader = Reader(values(), lex)
    (s,) = sentences("En klage ble avvist.", lex)
    got = [(o.kind, o.status, o.words) for o in reader.read(s) if o.kind == existence.KIND]
    assert got == [(existence.KIND, "false", "En klage")]
    (s,) = sentences("Noen klager gjaldt ID.", lex)
    (o,) = [o for o in reader.read(s) if o.kind == existence.KIND]
    assert (o.status, o.words) == ("false", "Noen klager")


# ---------------------------------------------------------------- a bare plural subject


@pytest.mark.parametrize(("count", "expected"), [(0, "error"), (1, "signoff"), (2, "pass")])
def test_a_bare_plural_subject_in_the_past_says_cases_exist(count, expected):
    # «Klager gjaldt også …» (the Troms trial's unread case): more than none, as «noen klager»
    text = "Klager gjaldt også manglende oppgivelse av ID."
    assert verdict(text, grounds__id__count=count) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Klager gjaldt taushetsplikt.",  # no filler between
        "Vi mottok mange klager i år, og saker endte med kritikk.",  # after «og»
        "Saker endte med kritikk.",
    ],
)
def test_the_bare_plural_subject_at_its_places(text):
    found = errors(text, grounds__taushetsplikt__count=0)
    assert any("(ordene sier at det fantes saker)" in m for m in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Klager som gjaldt taushetsplikt ble avvist.",  # a relative clause: not the subject's verb
        "Klager gjelder ofte taushetsplikt.",  # the present: general, not the year's cases
        "Klagene gjaldt taushetsplikt.",  # definite: the year's complaints, not «some»
        "Vi behandlet klager gjaldt taushetsplikt.",  # not at the start of its sentence
    ],
)
def test_not_a_bare_plural_subject(text):
    found = errors(text, grounds__taushetsplikt__count=0, decisions__kritikk__count=0)
    assert not any("(ordene sier at det fantes saker)" in m for m in found), found


def test_the_subject_verbs_are_the_lexicons():
    w = existence.words()
    assert {"gjaldt", "endte"} <= w.subject_verbs
    assert "gjelder" not in w.subject_verbs


# ---------------------------------------------------------------- «verken … eller»


@pytest.mark.parametrize(
    ("avvist_before", "error"),
    [(5, False), (4, False), (2, True)],  # avvist 4 this year
)
def test_neither_nor_negates_the_direction_word_at_any_distance(avvist_before, error):
    text = "Verken avviste eller overførte saker økte i antall fra i fjor."
    got = errors(text, decisions__avvist__minus1=avvist_before)
    assert bool(got) == error, got
