"""Boundary tests of check/sentence_findings.py: the findings of one sentence read as claims.

Each text's sentences are read by the real reader against Agder 2021's hand-made values and
checked by `check_sentence` with a fresh `LineContext`; every finding is compared whole (code,
severity, line, 1-based column, length, message, suggestion, the words shown, the sign-off key),
and so are the unread words the sentence leaves for doubt.py. The small helpers (`_fix`,
`_example`, `_category`) are called on hand-made outcomes."""

from __future__ import annotations

import pytest
from handvalues import AGDER_2021, hand_values

from klagerapport.check.allowlist import Allowed
from klagerapport.check.claims import ClaimWord
from klagerapport.check.commentary import _reader
from klagerapport.check.line_context import LineContext
from klagerapport.check.line_findings import SNIPPET
from klagerapport.check.sentence_findings import (
    CLAIM_REACH,
    _category,
    _example,
    _fix,
    check_sentence,
)
from klagerapport.check.sentences import sentences
from klagerapport.check.statements import Outcome

UP = "«økte» stemmer: received.minus1 = 51, received.total = 55"
FALSE_CLAIM = (
    "påstanden «received.change lt 0» holder ikke: received.change = 0.0784, 0",
    "skriv setningen om etter årets tall (og påstanden med den)",
)
NORGE = {
    "district": "Norge",
    "comparison.handling_mean_min": 15.6,
    "comparison.handling_mean_min_district": "Troms",
}


def run(text, *, base=AGDER_2021, district="Agder", allowed=(), file="dir/f.md", **changes):
    """Every finding of `text`'s sentences, each as a tuple of every field, and the unread
    words they left in the context."""
    values = hand_values(base, changes)
    reader = _reader(values, district)
    context = LineContext(text.splitlines(), list(allowed))
    out = []
    for s in sentences(text, reader.lex):
        out += check_sentence(s, file, reader, context)
    return [
        (f.code, f.severity, f.row, f.col, f.length, f.message, f.suggestion, f.text, f.value)
        for f in out
    ], context.unread_words


def short(text, **kw):
    """(code, column, message) of each finding."""
    return [(f[0], f[3], f[5]) for f in run(text, **kw)[0]]


def signoff_fix(words: str, op: str, digest: str, file: str = "f.md") -> str:
    return (
        f"skriv en påstand rett etter ordet (f.eks. «{words}{{{{< claim nøkkel {op} "
        f"annen_nøkkel >}}}}»), skriv setningen med plassholderen den gjelder, eller la en "
        f"kontrollør godkjenne setningen i godkjent.yml (fil: {file}, setning: {digest}): "
        f"klagerapport godkjenn --setning {digest} --av «navn» --grunn «hvorfor»"
    )


# ---------------------------------------------------------------- verdicts of the reader


def test_a_statement_that_holds_is_verified_with_its_values():
    assert run("Antall klager økte.") == (
        [("verified", "info", 1, 15, 4, UP, "", "Antall klager økte.", None)],
        [],
    )


def test_a_statement_that_does_not_hold_is_stale_with_the_generic_fix():
    assert run("Antall klager falt.") == (
        [
            (
                "stale-claim",
                "error",
                1,
                15,
                4,
                "«falt» stemmer ikke med tallene: received.minus1 = 51, received.total = 55",
                "skriv setningen om etter årets tall",
                "Antall klager falt.",
                None,
            )
        ],
        [],
    )


def test_a_false_statement_names_the_word_that_follows_the_numbers():
    found, _ = run("Antall klager falt.", received__change_word="økte")
    assert found[0][6] == (
        "bruk {{< var received.change_word >}}, som følger tallene, eller skriv setningen om"
    )


def test_a_placeholder_that_does_not_fit_its_words_is_a_wrong_value_with_the_readers_fix():
    text = "I {{< var year.minus1 >}} mottok vi {{< var received.total >}} klager."
    assert run(text) == (
        [
            (
                "wrong-value",
                "error",
                1,
                37,
                26,
                "«received.total» passer ikke med setningen: setningen gjelder året før, "
                "verdien rapportåret",
                "skriv {{< var received.minus1 >}} (51)",
                text,
                None,
            )
        ],
        [],
    )
    # a level is about the numbers themselves: the allow-list's words never silence it
    allowed = [Allowed("word", "f", "{{< var received.total >}}", "r")]
    assert [f[0] for f in run(text, allowed=allowed)[0]] == ["wrong-value"]


def test_an_open_statement_needs_a_sign_off_naming_its_sentence_file_and_key():
    text = "Troms hadde lengst saksbehandlingstid."
    found, unread = run(text, base={**AGDER_2021, **NORGE}, district="Norge")
    [f] = found
    digest = f[8]
    assert len(digest) == 12
    assert f == (
        "needs-signoff",
        "warning",
        1,
        13,
        6,
        "«lengst» er en tallpåstand, men ingen verdi i bygget viser det (fant ikke bygget har "
        "bare 1 år av handling_days.mean ordene gjelder)",
        signoff_fix("lengst", "ge", digest),
        text,
        digest,
    )
    assert unread == []  # not the net's: the reading is whole, the build lacks the value
    # the file is named by its last part only
    assert run(text, base={**AGDER_2021, **NORGE}, district="Norge", file="f.md")[0] == found
    assert run(text, base={**AGDER_2021, **NORGE}, district="Norge", file="a/b/c.md")[0][0][
        6
    ] == signoff_fix("lengst", "ge", digest, "c.md")


def test_a_cue_no_rule_reads_needs_a_sign_off_and_leaves_its_word_unread():
    found, unread = run("Av klagene gjaldt mange adferd.")
    [f] = found
    assert f[:6] == (
        "needs-signoff",
        "warning",
        1,
        19,
        5,
        "«mange» er en tallpåstand, men ingen regel leser mengdeordet mot tallene",
    )
    assert f[6] == signoff_fix("mange", "approx", f[8])
    assert unread == [(1, 19)]


def test_a_compound_noun_no_phrase_reads_leaves_its_word_unread():
    found, unread = run("Det var slik at klageantallet økte.")
    assert [f[0] for f in found] == ["needs-signoff"]
    assert unread == [(1, 17)]
    assert run("Det var slik at antall klager økte.") == (
        [("verified", "info", 1, 31, 4, UP, "", "Det var slik at antall klager økte.", None)],
        [],
    )


def test_an_allowed_word_is_not_a_finding_and_part_of_it_is_not_enough():
    assert run("Antall klager økte.", allowed=[Allowed("word", "f", "økte", "r")]) == ([], [])
    assert run("Antall klager økte.", allowed=[Allowed("word", "f", "klager økte.", "r")]) == (
        [],
        [],
    )
    assert short("Antall klager økte.", allowed=[Allowed("word", "f", "økt", "r")]) == [
        ("verified", 15, UP)
    ]
    assert short("Antall klager økte.", allowed=[Allowed("word", "f", "kte", "r")]) == [
        ("verified", 15, UP)
    ]


# ---------------------------------------------------------------- claims


def test_a_claim_right_after_the_word_decides_it():
    # the reader says «falt» is false (51 -> 55), the analyst's claim says the change is down
    text = "Antall klager falt{{< claim received.change lt 0 >}}."
    assert short(text, received__change=-0.1) == [
        ("verified", 15, "«falt» stemmer: received.minus1 = 51, received.total = 55")
    ]
    # a false claim is reported as such, not the word again
    assert run(text) == (
        [
            (
                "false-claim",
                "error",
                1,
                19,
                34,
                *FALSE_CLAIM,
                text,
                None,
            )
        ],
        [],
    )


def test_after_a_contradicted_word_the_next_statement_is_still_checked():
    text = "Antall klager falt{{< claim received.change gt 0 >}}, mens antall klager økte."
    assert short(text) == [
        (
            "claim-contradicts",
            15,
            "«falt» sier en nedgang, men påstanden etter ordet sier «received.change gt 0»",
        ),
        ("verified", 74, UP),
    ]


def test_after_a_word_its_false_claim_decides_the_next_statement_is_still_checked():
    text = "Antall klager falt{{< claim received.change lt 0 >}}, mens antall klager økte."
    assert short(text) == [("false-claim", 19, FALSE_CLAIM[0]), ("verified", 74, UP)]


def test_a_claim_that_says_the_opposite_of_its_word_contradicts_it():
    text = "Antall klager økte{{< claim received.change lt 0 >}} i år."
    assert run(text)[0] == [
        ("false-claim", "error", 1, 19, 34, *FALSE_CLAIM, text, None),
        (
            "claim-contradicts",
            "error",
            1,
            15,
            4,
            "«økte» sier en økning, men påstanden etter ordet sier «received.change lt 0»",
            "skriv ordet som påstanden sier, eller påstanden som ordet sier",
            text,
            None,
        ),
    ]
    assert short("Antall klager falt{{< claim received.change gt 0 >}}.")[0] == (
        "claim-contradicts",
        15,
        "«falt» sier en nedgang, men påstanden etter ordet sier «received.change gt 0»",
    )


def test_a_claim_decides_only_within_claim_reach_characters_after_the_word():
    assert CLAIM_REACH == 40
    gap = ", og det var ventet av alle i distriktet"
    assert len(gap) == CLAIM_REACH
    at = short("Antall klager økte" + gap + "{{< claim received.change lt 0 >}}.")
    assert [f[0] for f in at] == ["false-claim", "claim-contradicts"]
    beyond = short("Antall klager økte" + gap + "x{{< claim received.change lt 0 >}}.")
    assert [f[0] for f in beyond] == ["false-claim", "verified"]
    before = short("{{< claim received.change lt 0 >}} Antall klager økte.")
    assert before == [("false-claim", 1, FALSE_CLAIM[0]), ("verified", 50, UP)]


def test_the_first_claim_after_the_word_decides_it():
    text = "Antall klager økte{{< claim received.change gt 0 >}}{{< claim received.change lt 0 >}}."
    assert [f[0] for f in run(text)[0]] == ["false-claim", "verified"]
    text = "Antall klager økte{{< claim received.change lt 0 >}}{{< claim received.change gt 0 >}}."
    assert [f[0] for f in run(text)[0]] == ["false-claim", "claim-contradicts"]


def test_a_claim_that_cannot_be_read_is_an_error_and_decides_nothing():
    text = "Antall klager falt{{< claim received.change >}}."
    found, _ = run(text)
    assert [f[:5] for f in found] == [
        ("bad-claim", "error", 1, 19, 29),
        ("stale-claim", "error", 1, 15, 4),
    ]
    assert found[0][5].startswith("påstanden «received.change» kan ikke leses")
    assert found[0][6] == ""
    # the claims after a bad one are still read
    text = "Antall klager økte{{< claim received.change >}}{{< claim received.change lt 0 >}}."
    assert [f[:4] for f in run(text)[0]] == [
        ("bad-claim", "error", 1, 19),
        ("false-claim", "error", 1, 48),
        ("claim-contradicts", "error", 1, 15),
    ]
    # another shortcode is not a claim
    assert short("Antall klager falt{{< pagebreak >}}.")[0][0] == "stale-claim"


# ---------------------------------------------------------------- rank words over districts


def test_a_rank_word_about_a_named_district_is_checked_in_the_national_report():
    norge = {**AGDER_2021, **NORGE}
    wrong = "Oslo hadde kortest saksbehandlingstid."
    assert run(wrong, base=norge, district="Norge") == (
        [
            (
                "stale-claim",
                "error",
                1,
                12,
                7,
                "«kortest» stemmer ikke med tallene: comparison.handling_mean_min_district = "
                "Troms (15.6), ikke Oslo",
                "skriv {{< var comparison.handling_mean_min_district >}} i stedet for navnet, "
                "eller skriv setningen om",
                wrong,
                None,
            )
        ],
        [],
    )
    right = "Troms hadde kortest saksbehandlingstid."
    assert run(right, base=norge, district="Norge") == (
        [("verified", "info", 1, 13, 7, "«kortest» stemmer", "", right, None)],
        [],
    )


def test_a_rank_word_its_placeholder_verifies_still_needs_the_district_it_names():
    norge = {
        **AGDER_2021,
        **NORGE,
        "comparison.received_max": 202,
        "comparison.received_max_district": "Oslo",
    }
    wrong = "Troms mottok flest klager ({{< var comparison.received_max >}})."
    assert run(wrong, base=norge, district="Norge")[0] == [
        (
            "stale-claim",
            "error",
            1,
            14,
            5,
            "«flest» stemmer ikke med tallene: comparison.received_max_district = Oslo (202), "
            "ikke Troms",
            "skriv {{< var comparison.received_max_district >}} i stedet for navnet, eller "
            "skriv setningen om",
            wrong,
            None,
        )
    ]
    # the right district keeps the placeholder's own verdict and its words
    right = "Oslo mottok flest klager ({{< var comparison.received_max >}})."
    assert [f[:6] for f in run(right, base=norge, district="Norge")[0]] == [
        (
            "verified",
            "info",
            1,
            13,
            5,
            "«flest» stemmer: comparison.received_max er det høyeste",
        )
    ]
    # a rank word false by its placeholder stays false whatever district it names
    least = {**norge, "comparison.received_min": 12, "comparison.received_min_district": "Troms"}
    text = "Troms mottok færrest klager ({{< var comparison.received_max >}})."
    assert [f[:6] for f in run(text, base=least, district="Norge")[0]] == [
        (
            "stale-claim",
            "error",
            1,
            14,
            7,
            "«færrest» stemmer ikke med tallene: comparison.received_max er det høyeste, ikke "
            "det laveste",
        )
    ]
    # in a district's own report the name is no comparison of districts
    assert [f[0] for f in run(wrong, base={**norge, "district": "Agder"})[0]] == ["verified"]


# ---------------------------------------------------------------- where a finding is


def test_a_finding_is_at_its_words_line_and_column_and_shows_the_sentence_on_one_line():
    found, _ = run("Antall\nklager   falt i  år.")
    assert [(*f[:5], f[7]) for f in found] == [
        ("stale-claim", "error", 2, 10, 4, "Antall klager falt i år.")
    ]
    found, _ = run("Det var slik.\nAntall klager\nfalt i år.")
    assert [f[2:5] for f in found] == [(3, 1, 4)]


def test_a_long_sentence_is_shown_in_snippet_characters():
    assert SNIPPET == 90
    head = "Antall klager økte"
    for length, shown in ((90, None), (91, 89)):
        text = head + " " + "x" * (length - len(head) - 2) + "."
        assert len(text) == length
        [f] = run(text)[0]
        assert f[7] == (text if shown is None else text[:shown] + "…")


# ---------------------------------------------------------------- the helpers


@pytest.mark.parametrize(
    ("category", "op"),
    [
        ("up", "gt"),
        ("down", "lt"),
        ("flat", "approx"),
        ("more", "gt"),
        ("fewer", "lt"),
        ("max", "ge"),
        ("min", "le"),
        ("share", "approx"),
        ("noe", "approx"),
    ],
)
def test_the_example_claim_goes_the_words_way(category, op):
    assert _example(ClaimWord(0, 1, "x", category)) == f"nøkkel {op} annen_nøkkel"


@pytest.mark.parametrize(
    ("words", "kind", "category"),
    [
        ("økte", "retning", "up"),  # the claim lexicon first
        ("Falt", "retning", "down"),
        ("flest", "rang", "max"),
        ("på samme nivå", "retning", "flat"),  # the kind's default
        ("ukjent ord", "rang", "max"),
        ("ukjent ord", "retning", "flat"),
        ("Noe Annet", "nivå", "noe annet"),  # else the words themselves, folded
    ],
)
def test_a_statements_category_is_its_claim_word_else_its_kind(words, kind, category):
    assert _category(Outcome(0, 1, kind, "ok", words)) == category


def _values(**changes):
    return hand_values(
        AGDER_2021,
        {
            "received__change_word": "økte",
            "decided__change_word": "økte",
            "decided__rank_word": "høyeste",
            "handling_days__change_word": "kortere",
            **changes,
        },
    )


CHANGE = "bruk {{{{< var {} >}}}}, som følger tallene, eller skriv setningen om"
GENERIC = "skriv setningen om etter årets tall"


@pytest.mark.parametrize(
    ("kind", "about", "fix"),
    [
        ("retning", "received.minus1 = 51, received.total = 55", "received.change_word"),
        ("retning", "received.total = 55, received.minus1 = 51", "received.change_word"),
        ("retning", "received.total, received.minus1", "received.change_word"),
        ("retning", "received.change", "received.change_word"),  # the change itself
        ("retning", "decided.total = 55", "decided.change_word"),  # change word first
        ("rang", "decided.total = 55", "decided.rank_word"),  # a rank: only its word
        ("rang", "received.total = 55", GENERIC),  # no received.rank_word
        ("alle", "decided.total = 55", GENERIC),  # a quantifier has no such word
        ("retning", "handling_days.mean = 35.7", "handling_days.change_word"),
        ("retning", "handling_days.median = 28", GENERIC),  # the word is the mean's
        ("retning", "handling_days.change = 1", "handling_days.change_word"),
        ("retning", "", GENERIC),
        ("retning", "total = 55", GENERIC),  # no section
    ],
)
def test_the_fix_of_a_false_statement_is_the_word_that_follows_its_own_value(kind, about, fix):
    found = _fix(Outcome(0, 1, kind, "false", "x", about=about), _values())
    assert found == (fix if fix == GENERIC else CHANGE.format(fix))


def test_the_fix_needs_the_word_in_the_build():
    outcome = Outcome(0, 1, "retning", "false", "x", about="decided.total = 55")
    values = _values()
    del values.entries["decided.change_word"]
    assert _fix(outcome, values) == CHANGE.format("decided.rank_word")
    del values.entries["decided.rank_word"]
    assert _fix(outcome, values) == GENERIC


def test_words_across_a_line_break_are_marked_from_their_start_by_one_character():
    found, _ = run("Antall klager gikk\nopp i år.")
    assert [(*f[:5], f[7]) for f in found] == [
        ("verified", "info", 1, 15, 1, "Antall klager gikk opp i år.")
    ]
