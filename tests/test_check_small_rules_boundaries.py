"""The small claim rules at their edges, written against the survivors of their first mutation
runs (issue 18, item 7): streaks (statements/streak.py), a statement about two measures at once
(statements/both.py), a rank by a clear margin (statements/margin.py), the net
(statements/net.py) and a typed number bound by the words around it (check/bindings.py).

Each test reads what the reader made of one sentence, on hand-made values: every statement's
kind, verdict, words, detail and the values it was checked against, so a mutant that moves a
boundary, drops a word or binds another value fails one.
"""

from __future__ import annotations

from handvalues import hand_values

from klagerapport.check.lexicon import for_district
from klagerapport.check.sentences import sentences
from klagerapport.check.statements import FALSE, OK, OPEN, Reader

BASE = {
    "district": "Agder",
    "year.current": 2021,
    "year.minus1": 2020,
    "received.total": 55,
    "received.minus1": 51,
    "received.change": 0.0784,
    "received.open": 0,
    "decided.total": 55,
    "decided.minus1": 51,
    "handling_days.mean": 35.7,
    "handling_days.median": 28.0,
    "handling_days.deadline": 28,
    "handling_days.within_deadline": 0.519,
    "grounds.total": 55,
    "grounds.adferd.count": 22,
    "grounds.adferd.share": 0.4,
    "grounds.saksbehandling.count": 17,
    "grounds.saksbehandling.share": 0.309,
    "grounds.maktmisbruk.count": 6,
    "grounds.maktmisbruk.share": 0.109,
    "decisions.total": 55,
}
# decided.total rose every year from 2017 to 2021
RISING = {"decided.total": {2017: 40, 2018: 45, 2019: 50, 2020: 51, 2021: 55}}


def examined(text: str, series=None, **changes) -> list[tuple]:
    """(kind, status, words, detail, about) of every statement the check reports for the one
    sentence `text` (the rules' statements, «både … og», then the net's)."""
    lex = for_district("Agder")
    [sentence] = sentences(text + "\n", lex)
    reader = Reader(hand_values(BASE, changes, series), lex)
    return [(o.kind, o.status, o.words, o.detail, o.about) for o in reader.examine(sentence)]


def _steps(*pairs: tuple[str, str]) -> str:
    return "; ".join(f"{before}, {after}" for before, after in pairs)


# ---------------------------------------------------------------- streaks (streak.py)

STEP_2021 = ("decided.minus1 = 51", "decided.total = 55")
STEP_2020 = ("decided.total i 2019 = 50", "decided.minus1 = 51")
STEP_2019 = ("decided.total i 2018 = 45", "decided.total i 2019 = 50")


def test_a_streak_reads_each_change_and_names_them_all():
    got = examined("Antall avgjorte klager økte for tredje år på rad.", RISING)
    detail = _steps(STEP_2021, STEP_2020, STEP_2019)
    assert got[-1] == ("retning", OK, "tredje år på rad", detail, "decided.total")


def test_a_streak_without_a_rise_or_fall_in_its_clause_is_open():
    # «uendret» is a direction word, but no streak of changes one way
    got = examined("Antall avgjorte klager var uendret for tredje år på rad.", RISING)
    why = "ingen verdi i bygget viser det (fant ikke retningen ordene gjelder)"
    assert got[-1] == ("retning", OPEN, "tredje år på rad", why, "")


def test_a_direction_word_at_the_clauses_start_is_the_streaks():
    got = examined("Økte antall avgjorte klager for tredje år på rad?", RISING)
    assert got[-1][:3] == ("retning", OK, "tredje år på rad")


def test_a_streak_of_a_value_without_last_years_is_open():
    got = examined("Klager om maktmisbruk økte for tredje år på rad.", RISING)
    why = "ingen verdi i bygget viser det (fant ikke verdien ordene gjelder)"
    assert got[-1] == ("retning", OPEN, "tredje år på rad", why, "")


FALLING = {"decided.total": {2018: 60, 2019: 60, 2020: 51, 2021: 45}}


def test_a_fall_needs_every_change_to_be_a_fall_a_flat_one_is_not():
    changes = {"decided__total": 45, "decided__minus1": 51}
    two = examined("Antall avgjorte klager gikk ned for andre år på rad.", FALLING, **changes)
    detail = (
        "decided.minus1 = 51, decided.total = 45; decided.total i 2019 = 60, decided.minus1 = 51"
    )
    assert two[-1] == ("retning", OK, "andre år på rad", detail, "decided.total")
    three = examined("Antall avgjorte klager gikk ned for tredje år på rad.", FALLING, **changes)
    flat = "decided.total i 2018 = 60, decided.total i 2019 = 60"
    assert three[-1] == ("retning", FALSE, "tredje år på rad", f"{detail}; {flat}", "decided.total")


def test_a_year_the_build_lacks_does_not_hide_a_known_change_before_it():
    # 2019 is missing: the changes into and out of it are unknown, the one before is known
    gap = {"decided.total": {2016: 50, 2017: 40, 2018: 45, 2020: 51, 2021: 55}}
    got = examined("Antall avgjorte klager økte for femte år på rad.", gap)
    detail = _steps(
        STEP_2021,
        ("decided.total i 2017 = 40", "decided.total i 2018 = 45"),
        ("decided.total i 2016 = 50", "decided.total i 2017 = 40"),
    )
    assert got[-1] == ("retning", FALSE, "femte år på rad", detail, "decided.total")
    # every known change rose: nothing contradicts, nothing shows the missing year
    gap["decided.total"][2016] = 30
    for text in (
        "Antall avgjorte klager økte for femte år på rad.",
        "Antall avgjorte klager økte ikke for femte år på rad.",
    ):
        why = (
            "ingen verdi i bygget viser det (fant ikke verdiene for årene før i fjor ordene "
            "gjelder)"
        )
        assert examined(text, gap)[-1] == ("retning", OPEN, "femte år på rad", why, ""), text


def test_only_a_negation_between_the_word_and_the_streak_denies_the_streak():
    # a negation before the word, or another word between, leaves the word its own statement
    for text, status in (
        ("Antall avgjorte klager har ikke økt for tredje år på rad.", FALSE),
        ("Avgjorte klager økte i antall for tredje år på rad.", OK),
    ):
        got = examined(text, RISING)
        word = "økt" if "ikke" in text else "økte"
        assert [(k, st, w) for k, st, w, _, _ in got] == [
            ("retning", status, word),
            ("retning", status, "tredje år på rad"),
        ], text
    # «økte ikke for …»: the streak alone reads the word
    got = examined("Antall avgjorte klager økte ikke for tredje år på rad.", RISING)
    assert [(k, st, w) for k, st, w, _, _ in got] == [("retning", FALSE, "tredje år på rad")]


# ---------------------------------------------------------------- «både … og» (both.py)

HANDLING = {"handling_days__mean_minus1": 40.0, "handling_days__median_minus1": 28.0}
RECEIVED = "received.minus1 = 51, received.total = {}"
DECIDED = "decided.minus1 = 51, decided.total = 55"


def test_both_populations_before_the_verb_are_each_read():
    """«Både mottatte og avsluttede klager økte» was read as avsluttede alone: a fall of the
    received passed as verified (the second side ran on to the sentence's end)."""
    text = "Både mottatte og avsluttede klager økte fra i fjor."
    fell = examined(text, received__total=50, received__change=-0.02)
    about = f"{DECIDED}, {RECEIVED.format(50)}"
    assert fell == [("begge", FALSE, "økte fra i fjor", f"mottatte: {RECEIVED.format(50)}", about)]
    rose = examined(text, received__total=56, received__change=0.098)
    detail = f"mottatte: {RECEIVED.format(56)}; avsluttede klager: {DECIDED}"
    assert rose == [("begge", OK, "økte fra i fjor", detail, f"{DECIDED}, {RECEIVED.format(56)}")]
