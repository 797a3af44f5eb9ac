"""The small claim rules at their edges, written against the survivors of their first mutation
runs (issue 18, item 7): streaks (statements/streak.py), a statement about two measures at once
(statements/both.py), a rank by a clear margin (statements/margin.py), the net
(statements/net.py) and a typed number bound by the words around it (check/bindings.py).

Each test reads what the reader made of one sentence, on hand-made values: every statement's
kind, verdict, words, detail and the values it was checked against, so a mutant that moves a
boundary, drops a word or binds another value fails one.
"""

from __future__ import annotations

from handvalues import AGDER_2021, hand_values

from klagerapport.check.commentary import check_section
from klagerapport.check.doubt import PREFIX as DOUBT
from klagerapport.check.lexicon import for_district
from klagerapport.check.sentences import sentences
from klagerapport.check.statements import FALSE, OK, OPEN, Reader

BASE = AGDER_2021
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
    why = "ingen verdi i bygget viser det (fant ikke retningen eller året før ordene gjelder)"
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


# ---------------------------------------------------------- typed numbers' words (bindings.py)


def typed(text: str, series=None, **changes) -> list[tuple[str, str]]:
    """(code, message) of every finding about a typed number of the one sentence `text`."""
    got = check_section(text + "\n", "generelt.md", hand_values(BASE, changes, series), [], "Agder")
    return [
        (f.code, f.message)
        for f in got
        if f.code.startswith("typed-") or "for hånd" in f.message or f.message.startswith(DOUBT)
    ]


EACH = "Klager om adferd og om saksbehandling var like vanlige, med {} klager hver."


def test_each_of_two_categories_is_the_first_that_differs():
    # adferd 22, saksbehandling 17: «22 … hver» is wrong for saksbehandling, «17» for adferd
    # «like» and «hver», which no rule reads, make the errors probable ones (check/doubt.py)
    # and each number is the other category's, which the words name too: a reviewer decides
    # (check/rivals.py), never an error
    def rival(n: int) -> list[str]:
        got = check_section(
            EACH.format(n) + "\n", "generelt.md", hand_values(BASE, {}), [], "Agder"
        )
        return [
            f.message for f in got if f.code == "needs-signoff" and f.message.startswith(f"«{n}»")
        ]

    assert rival(22) == [
        "«22» er ikke grounds.saksbehandling.count (17), som ordene ble lest å gjelde, men er lik "
        "grounds.adferd.count (22), som ordene også kan gjelde"
    ]
    assert rival(17) == [
        "«17» er ikke grounds.adferd.count (22), som ordene ble lest å gjelde, men er lik "
        "grounds.saksbehandling.count (17), som ordene også kan gjelde"
    ]
    # both 22: the number holds for each, and is named by the first
    assert typed(EACH.format(22), grounds__saksbehandling__count=22) == [
        ("typed-value", "«22» er grounds.adferd.count, skrevet for hånd")
    ]


def test_each_hedged_is_near_each_count():
    # «om lag 21» is near 22 (adferd), not 17 (saksbehandling): wrong for the second
    wrong = "«21» stemmer ikke med det setningen gjelder: grounds.saksbehandling.count er 17"
    assert typed(EACH.format("om lag 21")) == [("needs-signoff", DOUBT + wrong)]
    # «om lag 21» is within the «omtrent» tolerance of 22 (a count, not a share)
    assert typed(EACH.format("om lag 21"), grounds__saksbehandling__count=22) == [
        ("typed-value", "«21» stemmer med grounds.adferd.count (22), skrevet for hånd")
    ]


SHARES = {"handling_days__within_deadline_minus1": 0.7}  # 70 % → 51,9 %: 18,1 points
POINTS = "endringen fra handling_days.within_deadline_minus1 til handling_days.within_deadline"


def test_points_are_the_printed_shares_difference_or_the_exact_one_when_hedged():
    text = "Andelen besvart innen fristen falt med {} prosentpoeng."
    # bare: 70 % and 52 % as printed, 18 points
    assert typed(text.format(18), **SHARES) == [
        ("typed-value", f"«18» er {POINTS}, skrevet for hånd")
    ]
    assert typed(text.format(17), **SHARES) == [
        (
            "typed-number",
            f"«17» stemmer ikke med det setningen gjelder: {POINTS} er 18 prosentpoeng",
        )
    ]
    # hedged: the exact difference, 18,1, with its one decimal
    assert typed(text.format("nesten 18,1"), **SHARES) == [
        ("typed-value", f"«18,1» stemmer med {POINTS} (18,1 prosentpoeng), skrevet for hånd")
    ]
    # the clause need not say «andel»: points are of a share
    assert typed("Svar innen fristen falt med 18 prosentpoeng.", **SHARES) == [
        ("typed-value", f"«18» er {POINTS}, skrevet for hånd")
    ]


def test_points_of_a_share_without_last_years_value_need_a_sign_off():
    unread = "«2» er skrevet for hånd, og bygget har ikke verdien ordene rundt det gjelder"
    assert typed("Andelen klager om adferd falt med 2 prosentpoeng.") == [("needs-signoff", unread)]


KRITIKK = {"decisions__kritikk__count": 7, "decisions__kritikk__minus1": 10}
CHANGE = "endringen fra decisions.kritikk.minus1 til decisions.kritikk.count"


def test_a_percent_more_or_fewer_than_last_year_is_the_relative_change():
    for word in ("færre", "flere"):
        text = f"Kritikk ble gitt i 30 prosent {word} saker enn i fjor."
        assert typed(text, **KRITIKK) == [
            ("typed-value", f"«30 prosent» er {CHANGE}, skrevet for hånd")
        ], text
    wrong = typed("Kritikk ble gitt i 27 prosent færre saker enn i fjor.", **KRITIKK)
    said = "«27 prosent» stemmer ikke med det setningen gjelder"
    assert wrong == [("typed-number", f"{said}: {CHANGE} er 30\u00a0%")]
    # «om lag 27»: near 30 as a size (10 %), not within a share's points: a sign-off
    near = typed("Kritikk ble gitt i om lag 27 prosent færre saker enn i fjor.", **KRITIKK)
    unread = "«27 prosent» er skrevet for hånd, og bygget har ikke verdien ordene rundt det gjelder"
    assert near == [("needs-signoff", unread)]


def test_a_percent_fewer_than_a_named_year_is_the_change_from_that_year():
    series = {"decisions.kritikk.count": {2019: 14, 2020: 10, 2021: 7}}
    text = "Kritikk ble gitt i {} prosent færre saker enn i 2019."
    since = "endringen fra decisions.kritikk.count i 2019 til decisions.kritikk.count"
    got = typed(text.format(50), series, year__minus2=2019, **KRITIKK)
    assert ("typed-value", f"«50 prosent» er {since}, skrevet for hånd") in got, got
    got = typed(text.format(30), series, year__minus2=2019, **KRITIKK)
    assert (
        "typed-number",
        f"«30 prosent» stemmer ikke med det setningen gjelder: {since} er 50\u00a0%",
    ) in got, got


def test_a_number_at_the_sentences_start_has_no_word_before_it():
    assert typed("55 klager kom inn i år.") == [
        ("typed-value", "«55» er received.total, skrevet for hånd")
    ]


def test_a_hedge_between_mot_and_the_number_keeps_it_the_year_named_after():
    text = "Medianen lå på 28 dager, mot om lag {} dager året før."
    median = ("typed-value", "«28» er handling_days.median, skrevet for hånd")
    assert typed(text.format(20), handling_days__median_minus1=20.5) == [
        median,
        ("typed-value", "«20» stemmer med handling_days.median_minus1 (20.5), skrevet for hånd"),
    ]
    wrong = "«25» stemmer ikke med det setningen gjelder: handling_days.median_minus1 er 20.5"
    assert typed(text.format(25), handling_days__median_minus1=20.5) == [
        median,
        ("typed-number", wrong),
    ]


def test_a_change_typed_by_hand_is_advised_by_its_words_for_it_has_no_key():
    def advice(text: str, **changes) -> list[str]:
        vals = hand_values(BASE, changes)
        got = check_section(text + "\n", "generelt.md", vals, [], "Agder")
        return [f.suggestion for f in got if f.code.startswith("typed-")]

    text = "Andelen besvart innen fristen falt med 18 prosentpoeng."
    assert advice(text, **SHARES) == [f"skriv plassholderen for {POINTS}"]
    text = "Kritikk ble gitt i 30 prosent færre saker enn i fjor."
    assert advice(text, **KRITIKK) == [f"skriv plassholderen for {CHANGE}"]


def test_both_needs_a_statement_a_level_alone_is_read_as_it_stands():
    got = examined("Både mottatte og avsluttede klager var {{< var received.total >}}.")
    why = (
        "«received.total» passer ikke med setningen: setningen sier «avsluttet», verdien er "
        "«mottatt»"
    )
    assert got == [("nivå", FALSE, "{{< var received.total >}}", why, "received.total")]


def test_both_needs_two_concepts_of_one_group_or_two_categories_of_one_group():
    # a concept on one side and a category on the other: no pair, the sentence as it stands
    for text in (
        "Både mottatte klager og klager om adferd økte fra i fjor.",
        "Både klager om adferd og mottatte klager økte fra i fjor.",
    ):
        assert [o[0] for o in examined(text)] == ["retning"], text
    # two categories of one group: each read on its own
    got = examined("Både klager om adferd og klager om saksbehandling økte fra i fjor.")
    lacks = "ingen verdi i bygget viser det (fant ikke bygget har ikke {} året før ordene gjelder)"
    detail = (
        f"klager om adferd: {lacks.format('grounds.adferd.count')}; "
        f"klager om saksbehandling: {lacks.format('grounds.saksbehandling.count')}"
    )
    assert got == [("begge", OPEN, "økte fra i fjor", detail, "")]


# ---------------------------------------------------------------- «klart vanligste» (margin.py)


def test_a_margin_word_widens_the_rank_words_by_at_most_one_article():
    for text, words in (
        ("Adferd var det klart vanligste klagegrunnlaget.", "klart vanligste"),
        ("Adferd var klart den vanligste grunnen til klager.", "klart den vanligste"),
        ("Adferd var Klart det vanligste klagegrunnlaget.", "Klart det vanligste"),
        # two articles: the margin word is too far, the rank is read alone
        ("Adferd var klart det det vanligste klagegrunnlaget.", "vanligste"),
        # nothing before the rank word
        ("Vanligste klagegrunnlag var adferd.", "Vanligste"),
    ):
        detail = "adferd = 22; det høyeste var adferd (22)"
        assert examined(text) == [("rang", OK, words, detail, "adferd = 22")], text


def test_a_percent_fewer_reads_the_builds_change_or_last_year_when_no_year_is_named():
    # a count with a change value of its own: that value
    assert typed("Vi mottok 8 prosent flere klager enn i fjor.") == [
        ("typed-value", "«8 prosent» er received.change, skrevet for hånd")
    ]
    # no year named after the number: against last year
    assert typed("Kritikk ble gitt i 30 prosent færre saker.", **KRITIKK) == [
        ("typed-value", f"«30 prosent» er {CHANGE}, skrevet for hånd")
    ]
    # hedged and within a share's points of the change: it holds
    near = typed("Kritikk ble gitt i om lag 29 prosent færre saker enn i fjor.", **KRITIKK)
    assert near == [
        ("typed-value", f"«29 prosent» stemmer med {CHANGE} (30\u00a0%), skrevet for hånd")
    ]


def test_a_percent_fewer_than_nothing_or_than_a_year_without_a_value_needs_a_sign_off():
    unread = "«30 prosent» er skrevet for hånd, og bygget har ikke verdien ordene rundt det gjelder"
    assert typed("Klager om maktmisbruk var 30 prosent færre enn i fjor.") == [
        ("needs-signoff", unread)
    ]
    from_zero = {"decisions__kritikk__count": 7, "decisions__kritikk__minus1": 0}
    got = typed("Kritikk ble gitt i 30 prosent flere saker enn i fjor.", **from_zero)
    assert got == [("needs-signoff", unread)]


def test_a_percent_fewer_in_a_named_year_than_an_earlier_one():
    series = {"decisions.kritikk.count": {2018: 20, 2019: 14, 2020: 10, 2021: 7}}
    text = "I 2020 ble kritikk gitt i {} prosent færre saker enn i 2018."
    since = "endringen fra decisions.kritikk.count i 2018 til decisions.kritikk.minus1"
    years = {"year__minus2": 2019, "year__minus3": 2018}
    got = typed(text.format(50), series, **years, **KRITIKK)
    assert ("typed-value", f"«50 prosent» er {since}, skrevet for hånd") in got, got


def test_both_sides_go_before_the_statement_not_before_a_placeholder_ahead_of_it():
    text = "Med {{< var received.total >}} økte både mottatte og avsluttede klager fra i fjor."
    got = [(kind, status, words) for kind, status, words, _, _ in examined(text)]
    assert got == [("begge", FALSE, "økte både mottatte og avsluttede klager fra i fjor")]
