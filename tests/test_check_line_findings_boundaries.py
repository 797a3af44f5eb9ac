"""Boundary tests of check/line_findings.py: the findings of one line of commentary.

`check_line` is called on one line with a `LineContext` set by hand (what a sentence reading
would have told it: the numbers it read itself, the ones set apart, the sentence keys, where
a sentence speaks of numbers), so each rule is met at its edge without the reader. Every
finding is compared whole: code, severity, line, 1-based column, length, message, suggestion,
the words shown and the sign-off key."""

from __future__ import annotations

import pytest
from handvalues import AGDER_2021, hand_values

from klagerapport.check.allowlist import Allowed
from klagerapport.check.line_context import LineContext
from klagerapport.check.line_findings import SNIPPET, _snippet, check_line
from klagerapport.check.meaning import Ref

PLACE_FIX = (
    "skriv Agders eget navn, eller {{< var district >}}; et sted som hører hjemme i teksten "
    "føres opp under «ord» i tillatt.yml med grunn"
)
SIGNOFF_FIX = (
    "skriv plassholderen for verdien, eller la en kontrollør godkjenne setningen "
    "(klagerapport godkjenn)"
)
SAME_55 = "decided.total (også grounds.total, received.total, decisions.total)"


def run(line, *, values=None, district="Agder", allowed=(), lineno=1, **context):
    """The findings of `line` as line `lineno` of a file, each as a tuple of every field, and
    the unread words the line left in its context."""
    c = LineContext([""] * (lineno - 1) + [line], list(allowed))
    for name, value in context.items():
        held = getattr(c, name)
        if isinstance(held, set):
            held |= value
        else:
            held.update(value)
    values = values or hand_values(AGDER_2021, {"received.open": None})
    out = check_line(line, lineno, "f.md", values, list(allowed), district, c)
    return [
        (f.code, f.severity, f.row, f.col, f.length, f.message, f.suggestion, f.text, f.value)
        for f in out
    ], c.unread_words


def codes(line, **kw):
    return [f[0] for f in run(line, **kw)[0]]


# ---------------------------------------------------------------- the words shown


def test_a_hit_within_30_characters_of_the_start_shows_the_line_from_its_start():
    line = "".join(chr(ord("a") + i % 26) for i in range(100))
    assert _snippet(line, 30, 31) == line[:61] + "…"
    assert _snippet(line, 31, 32) == "…" + line[1:62] + "…"


def test_a_hit_within_30_characters_of_the_end_shows_the_line_to_its_end():
    line = "x" * 61
    assert _snippet(line, 30, 31) == line
    assert _snippet(line + "y", 30, 31) == line + "…"


def test_a_hit_near_the_start_shows_at_least_40_characters():
    line = "".join(chr(ord("a") + i % 26) for i in range(100))
    assert _snippet(line, 0, 1) == line[:40] + "…"
    assert _snippet(line, 0, 9) == line[:40] + "…"
    assert _snippet(line, 0, 11) == line[:41] + "…"


def test_the_words_shown_are_at_most_snippet_characters_and_stripped():
    line = "".join(chr(ord("a") + i % 26) for i in range(200))
    shown = _snippet(line, 0, 100)
    assert shown == line[:SNIPPET] + "…"
    assert SNIPPET == 90
    assert _snippet("   abc   ", 3, 4) == "abc"
    assert _snippet("yy   " + "z" * 40, 32, 33) == "…" + "z" * 40


def test_a_finding_shows_its_words_cut_at_both_ends():
    line = "Dette er en lang innledning før nøkkelen: {{< var nei >}}, og så mye mer etterpå"
    found, _ = run(line + ".")  # 12 characters before the 30, none after them
    assert [f[7] for f in found] == [
        "…lang innledning før nøkkelen: {{< var nei >}}, og så mye mer etterpå."
    ]
    found, _ = run(line + " enn noen gang før.")
    assert [f[7] for f in found] == [
        "…lang innledning før nøkkelen: {{< var nei >}}, og så mye mer etterpå enn no…"
    ]
    found, _ = run("{{< var received.total >}} {{< var received.total")
    assert [(f[0], f[3], f[4], f[7]) for f in found] == [
        ("broken-shortcode", 1, 1, "{{< var received.total >}} {{< var recei…")
    ]


# ---------------------------------------------------------------- shortcodes


def test_a_shortcode_not_closed_on_its_line_is_reported_at_the_first_shortcode():
    assert run("Vi fikk {{< var received.total")[0] == [
        (
            "broken-shortcode",
            "error",
            1,
            9,
            1,
            "kortkoden er ikke lukket på linjen",
            "skriv hele {{< var nøkkel >}} på én linje",
            "Vi fikk {{< var received.total",
            None,
        )
    ]
    # the line's first «{{<», even when that one is whole
    found, _ = run("Vi fikk {{< var received.total >}} klager {{< var received.total", lineno=3)
    assert [(f[0], f[2], f[3]) for f in found] == [("broken-shortcode", 3, 9)]


def test_whole_shortcodes_and_a_line_without_any_are_not_broken():
    assert codes("Vi fikk {{< var received.total >}} og {{< var decided.total >}} klager.") == []
    assert codes("Vi fikk mange saker.") == []


def test_an_unknown_key_names_the_nearest_keys_or_the_values_command():
    found, _ = run("Vi fikk {{< var received.totalt >}} klager.", lineno=2)
    assert found == [
        (
            "unknown-key",
            "error",
            2,
            9,
            27,
            "ukjent nøkkel «received.totalt»",
            "mente du «received.total»? (eller decided.total, received.open)",
            "Vi fikk {{< var received.totalt >}} klager.",
            None,
        )
    ]
    one = hand_values({"district": "Agder", "received.total": 55}, {})
    assert run("{{< var received.totalt >}}", values=one)[0][0][6] == "mente du «received.total»?"
    two = hand_values({"district": "Agder", "received.total": 55, "received.open": 1}, {})
    assert run("{{< var received.totalt >}}", values=two)[0][0][6] == (
        "mente du «received.total»? (eller received.open)"
    )
    assert run("{{< var xyz >}}")[0][0][5:7] == (
        "ukjent nøkkel «xyz»",
        "se «klagerapport values» for alle nøkler",
    )


def test_every_unknown_key_of_a_line_is_reported_and_a_quoted_key_is_read_without_quotes():
    found, _ = run("{{< var a >}} og {{< var b >}} og {{< var received.open >}}")
    assert [(f[0], f[3], f[4], f[5]) for f in found] == [
        ("unknown-key", 1, 13, "ukjent nøkkel «a»"),
        ("unknown-key", 18, 13, "ukjent nøkkel «b»"),
        (
            "missing-value",
            35,
            25,
            "«received.open» har ingen verdi i dette bygget; rapporten skriver «None»",
        ),
    ]
    assert codes("{{< var \"received.total\" >}} og {{< var 'decided.total' >}}") == []
    assert codes('{{< var "received.open" >}}') == ["missing-value"]


def test_a_key_without_a_value_is_an_error_saying_what_the_report_prints():
    values = hand_values(AGDER_2021, {})
    values.entries["received.open"] = type(values.entries["received.open"])(
        "received.open", None, "–", "count", ""
    )
    assert run("Åpne: {{< var received.open >}}.", values=values)[0] == [
        (
            "missing-value",
            "error",
            1,
            7,
            25,
            "«received.open» har ingen verdi i dette bygget; rapporten skriver «–»",
            "skriv setningen uten tallet, eller velg en nøkkel som har verdi",
            "Åpne: {{< var received.open >}}.",
            None,
        )
    ]


def test_only_var_shortcodes_are_looked_up():
    assert codes("{{< claim received.totalt gt 3 >}} {{< pagebreak >}}") == []


# ---------------------------------------------------------------- numbers typed by hand


def test_a_number_equal_to_a_value_gets_its_placeholder_and_no_sign_off_key():
    found, unread = run("Vi fikk 55 klager.", sentence_key={(1, 8): "abc"})
    assert found == [
        (
            "typed-value",
            "warning",
            1,
            9,
            2,
            f"«55» er {SAME_55}, skrevet for hånd",
            "skriv {{< var decided.total >}}",
            "Vi fikk 55 klager.",
            None,
        )
    ]
    assert unread == []


def test_a_number_its_words_bind_to_no_value_needs_a_sign_off_with_its_sentences_key():
    found, unread = run("Vi fikk 55 klager.", unread={(1, 8)}, sentence_key={(1, 8): "abc"})
    assert found == [
        (
            "needs-signoff",
            "warning",
            1,
            9,
            2,
            "«55» er skrevet for hånd, og bygget har ikke verdien ordene rundt det gjelder",
            SIGNOFF_FIX,
            "Vi fikk 55 klager.",
            "abc",
        )
    ]
    assert unread == [(1, 9)]
    # the key of the sentence at another place is not this number's
    found, _ = run("Vi fikk 55 klager.", unread={(1, 8)}, sentence_key={(1, 9): "abc"})
    assert found[0][8] is None
    found, unread = run("Vi fikk 55 klager.", lineno=2, unread={(2, 8)})
    assert (found[0][0], found[0][2], found[0][8], unread) == ("needs-signoff", 2, None, [(2, 9)])


def test_a_number_set_apart_by_its_place_needs_a_sign_off_and_leaves_its_stretch_unread():
    found, unread = run("Vi fikk 55 klager.", loose={(1, 8): "en endring"})
    assert found == [
        (
            "needs-signoff",
            "warning",
            1,
            9,
            2,
            "«55» er skrevet for hånd og står som en endring, ikke som verdien ordene rundt det "
            "nevner; bygget har ikke den verdien",
            SIGNOFF_FIX,
            "Vi fikk 55 klager.",
            None,
        )
    ]
    assert unread == [(1, 9)]


def test_a_number_whose_words_name_no_value_is_only_said_to_equal_one():
    found, unread = run("Vi fikk 55 klager.", meant={(1, 8): None})
    assert [f[:6] for f in found] == [
        ("typed-value", "warning", 1, 9, 2, "«55» er skrevet for hånd og er lik decided.total (55)")
    ]
    assert unread == []
    found, _ = run("Vi fikk 56 klager.", meant={(1, 8): None})
    assert [f[0] for f in found] == ["needs-signoff"]
    found, _ = run("Vi fikk 56 klager.")
    assert [f[:6] for f in found] == [
        ("typed-number", "error", 1, 9, 2, "«56» er skrevet for hånd og ligner decided.total (55)")
    ]


def test_a_number_a_statement_read_itself_or_the_allow_list_holds_is_not_checked():
    assert codes("Vi fikk 55 klager.", taken={(1, 8)}) == []
    assert codes("Vi fikk 55 klager.", taken={(1, 9)}) == ["typed-value"]
    assert codes("Vi fikk 55 klager.", lineno=2, taken={(1, 8)}) == ["typed-value"]
    for text in ("fikk 55", "55 k", "55"):
        number = [Allowed("number", "generelt", text, "r")]
        assert codes("Vi fikk 55 klager.", allowed=number) == [], text
    for text in ("5 k", "fikk 5"):  # half the number is not the number
        number = [Allowed("number", "generelt", text, "r")]
        assert codes("Vi fikk 55 klager.", allowed=number) == ["typed-value"], text
    # the allow-list's words («ord») are not numbers
    assert codes("Vi fikk 55 klager.", allowed=[Allowed("word", "generelt", "55", "r")]) == [
        "typed-value"
    ]


def test_every_number_of_a_line_is_checked():
    found, _ = run("Vi fikk 55 klager, 56 saker.", taken={(1, 8)})
    assert [(f[0], f[3]) for f in found] == [("typed-number", 20)]
    found, _ = run("Vi fikk 55 klager, 56 saker.", allowed=[Allowed("number", "g", "55", "r")])
    assert [(f[0], f[3]) for f in found] == [("typed-number", 20)]


# ---------------------------------------------------------------- another district's name


def test_another_districts_name_is_a_warning_naming_it_and_the_own_district():
    assert run("Det gjelder Oslo.")[0] == [
        (
            "other-district",
            "warning",
            1,
            13,
            4,
            "«Oslo» er Oslo – teksten gjelder Agder",
            PLACE_FIX,
            "Det gjelder Oslo.",
            None,
        )
    ]
    found, _ = run("Det gjelder Oslo.", district="")
    assert found[0][5:7] == (
        "«Oslo» er Oslo – teksten gjelder et annet",
        "skriv distriktets eget navn, eller {{< var district >}}; et sted som hører hjemme i "
        "teksten føres opp under «ord» i tillatt.yml med grunn",
    )


def test_a_name_in_a_sentence_about_the_numbers_says_so_from_its_first_character():
    note = "«Oslo» er Oslo – teksten gjelder Agder (i en setning om tallene)"
    plain = "«Oslo» er Oslo – teksten gjelder Agder"

    def message(spans, lineno=1):
        found, _ = run("Det gjelder Oslo.", lineno=lineno, quantitative={1: spans})
        return found[0][5]

    assert message([(12, 13)]) == note  # the span starts at the name
    assert message([(11, 13)]) == note
    assert message([(0, 13)]) == note  # the name starts inside the span
    assert message([(0, 12)]) == plain  # the span ends where the name starts
    assert message([(13, 20)]) == plain  # the span starts after the name's first character
    assert message([(0, 5), (11, 13)]) == note  # any of the line's spans
    assert message([(0, 5)]) == plain
    assert message([(12, 13)], lineno=2) == plain  # another line's span


def test_a_strong_name_says_nothing_of_the_numbers():
    found, _ = run("Det gjelder Oslo politidistrikt.", quantitative={1: [(0, 40)]})
    assert [f[3:6] for f in found] == [
        (13, 19, "«Oslo politidistrikt» er Oslo – teksten gjelder Agder")
    ]


@pytest.mark.parametrize(
    "kind, text, kept",
    [
        ("word", "gjelder Oslo", False),
        ("word", "Oslo", False),
        ("number", "gjelder Oslo", False),  # a number's entry covers the words it holds too
        ("word", "Osl", True),  # a part of the name is not the name
        ("word", "slo.", True),
    ],
)
def test_an_allowed_phrase_holding_the_whole_name_silences_it(kind, text, kept):
    allowed = [Allowed(kind, "generelt", text, "r")]
    assert codes("Det gjelder Oslo.", allowed=allowed) == (["other-district"] if kept else [])


def test_a_name_inside_a_shortcode_is_not_a_mention():
    found, _ = run("{{< var Oslo >}} og Oslo.")
    assert [(f[0], f[3]) for f in found] == [("unknown-key", 1), ("other-district", 21)]


def test_the_own_district_and_the_national_report_name_no_other_district():
    assert codes("Det gjelder Agder.") == []
    assert codes("Det gjelder Oslo.", district="Oslo") == []


def test_a_number_equal_to_another_value_its_words_fit_as_well_needs_a_sign_off():
    values = hand_values(AGDER_2021, {})
    meant = Ref("received.minus1", 51, "51", "received.", 1, "received.minus1", "count")
    rival = {(1, 8): values.get("decided.total")}
    found, _ = run("Vi fikk 55 klager.", meant={(1, 8): meant}, rival=rival)
    assert [f[:7] for f in found] == [
        (
            "needs-signoff",
            "warning",
            1,
            9,
            2,
            "«55» er ikke received.minus1 (51), som ordene ble lest å gjelde, men er lik "
            "decided.total (55), som ordene også kan gjelde",
            "skriv plassholderen for verdien setningen gjelder, eller la en kontrollør "
            "godkjenne setningen (klagerapport godkjenn)",
        )
    ]
    # without a rival (or another number's) the number is wrong
    for rivals in ({}, {(1, 9): values.get("decided.total")}):
        found, _ = run("Vi fikk 55 klager.", meant={(1, 8): meant}, rival=rivals)
        assert [f[:6] for f in found] == [
            (
                "typed-number",
                "error",
                1,
                9,
                2,
                "«55» stemmer ikke med det setningen gjelder: received.minus1 er 51",
            )
        ]


def test_after_an_allowed_name_the_next_name_is_still_reported():
    allowed = [Allowed("word", "generelt", "Oslo", "r")]
    found, _ = run("Det gjelder Oslo og Bergen.", allowed=allowed)
    assert [(f[0], f[3], f[5]) for f in found] == [
        ("other-district", 21, "«Bergen» er Vest – teksten gjelder Agder")
    ]


def test_a_var_after_another_shortcode_is_looked_up():
    assert codes("{{< claim received.total gt 3 >}} og {{< var nei >}}") == ["unknown-key"]


def test_a_key_is_read_as_written_but_for_its_quotes():
    assert run("{{< var Xreceived.totalX >}}")[0][0][5] == "ukjent nøkkel «Xreceived.totalX»"


def test_a_line_checked_alone_is_its_own_line_of_the_file():
    # without a context the line is still line `lineno`: the allow-list's words hold there
    values = hand_values(AGDER_2021, {})
    allowed = [Allowed("word", "generelt", "Oslo", "r")]
    for lineno in (1, 3):
        assert check_line("Det gjelder Oslo.", lineno, "f.md", values, allowed, "Agder") == []
    [f] = check_line("Det gjelder Oslo.", 2, "f.md", values, [], "Agder")
    assert (f.code, f.row, f.col) == ("other-district", 2, 13)


def test_a_context_without_the_line_allows_none_of_its_words():
    values = hand_values(AGDER_2021, {})
    allowed = [Allowed("word", "generelt", "Oslo", "r")]
    context = LineContext(["Det gjelder Oslo."], allowed)  # line 1 only
    found = check_line("Det gjelder Oslo.", 2, "f.md", values, allowed, "Agder", context)
    assert [(f.code, f.row, f.col) for f in found] == [("other-district", 2, 13)]
