"""Numbers typed by hand (check/typed.py), each rule at its edge, and the words of its findings.

Every test builds a handful of values by hand (key, raw, kind, the printed text), types one
number in a line of prose, and reads the whole finding: severity, code, column, the bokmål
message and the suggestion with the placeholder it proposes. A typed number is the value it
equals as the report prints it (a share as a percent, rounded half up; days and decimals to
the typed decimals, at least one), resembles a count within 10 % of it (counts of 20 or more),
a share within 1 percentage point (2 after a hedge word), and a year only when equal. When the
sentence names the value it means, the suggestion is that value's placeholder, never one that
merely equals the number.
"""

from __future__ import annotations

import pytest

from klagerapport.check import typed
from klagerapport.check.build_values import BuildValues, Entry
from klagerapport.check.findings import ERROR, WARNING
from klagerapport.check.meaning import Ref
from klagerapport.check.numbers import Number, find_numbers

NOT_ALLOWED = (
    "bruk en plassholder {{< var nøkkel >}}, eller før teksten opp under «tall» i "
    "tillatt.yml med grunn"
)


def build(*entries: tuple) -> BuildValues:
    """Values from (key, raw, kind) or (key, raw, kind, text); the text is str(raw) if not given."""
    return BuildValues(
        {
            key: Entry(key, raw, rest[0] if rest else str(raw), kind, "test")
            for key, raw, kind, *rest in entries
        }
    )


def number(line: str) -> Number:
    """The one number typed in `line`."""
    [found] = find_numbers(line)
    return found


def check(line: str, values: BuildValues, *, named: bool = True) -> list[tuple]:
    """check_number's findings for the one number of `line`:
    (severity, code, column, message, suggestion, end)."""
    out: list[tuple] = []
    if named:  # as the commentary check calls it, without `named`
        typed.check_number(number(line), values, lambda *f: out.append(f))
    else:
        typed.check_number(number(line), values, lambda *f: out.append(f), named=False)
    return out


def meant_check(line: str, meant: Ref | None, values: BuildValues | None = None) -> list[tuple]:
    out: list[tuple] = []
    typed.check_meant(number(line), meant, values or build(), lambda *f: out.append(f))
    return out


def ref(key: str | None, raw: float, kind: str = "count", text: str = "", label: str = "") -> Ref:
    """What a sentence means: a key's value, or (key None) a year of a series under `label`."""
    return Ref(label or str(key), float(raw), text or str(raw), "series", 0, key, kind)


def is_value(shown: str, key: str, column: int, end: int, also: str = "") -> tuple:
    more = f" (også {also})" if also else ""
    return (
        WARNING,
        "typed-value",
        column,
        f"«{shown}» er {key}{more}, skrevet for hånd",
        f"skriv {{{{< var {key} >}}}}",
        end,
    )


def resembles(shown: str, key: str, text: str, column: int, end: int) -> tuple:
    return (
        ERROR,
        "typed-number",
        column,
        f"«{shown}» er skrevet for hånd og ligner {key} ({text})",
        f"skriv {{{{< var {key} >}}}} hvis det er det tallet; ellers før teksten opp under "
        "«tall» i tillatt.yml med grunn",
        end,
    )


def not_allowed(shown: str, column: int, end: int) -> tuple:
    return (
        ERROR,
        "typed-number",
        column,
        f"«{shown}» er skrevet for hånd og er ikke i tillatt.yml",
        NOT_ALLOWED,
        end,
    )


# ---------------------------------------------------------------- counts: equal, near, far


def test_a_typed_count_equal_to_a_value_is_its_placeholder():
    values = build(("received.total", 211, "count"), ("received.change_word", "økning", "word"))
    assert check("Det kom 211 klager.", values) == [is_value("211", "received.total", 8, 11)]


@pytest.mark.parametrize(
    ("typed_count", "raw", "near"),
    [
        (22, 20, True),  # 10 % of the value: at the edge
        (18, 20, True),  # below it, 10 % of the value (not of the typed number: 1,8)
        (23, 20, False),
        (17, 20, False),
        (20, 19, False),  # a value under 20 is never resembled, only equalled
        (21, 19, False),
        (220, 200, True),
        (221, 200, False),
    ],
)
def test_a_count_resembles_a_value_of_twenty_or_more_within_ten_percent(typed_count, raw, near):
    values = build(("received.total", raw, "count"))
    line = f"Det kom {typed_count} klager."
    end = 8 + len(str(typed_count))
    expected = (
        resembles(str(typed_count), "received.total", str(raw), 8, end)
        if near
        else not_allowed(str(typed_count), 8, end)
    )
    assert check(line, values) == [expected]


def test_a_count_one_off_a_small_value_is_not_allowed():
    values = build(("decided.total", 5, "count"))
    assert check("Det ble avgjort 6.", values) == [not_allowed("6", 16, 17)]
    assert check("Det ble avgjort 4.", values) == [not_allowed("4", 16, 17)]
    assert check("Det ble avgjort 5.", values) == [is_value("5", "decided.total", 16, 17)]


def test_the_nearest_value_is_the_one_resembled_then_the_first_key():
    # 23: b (24) is 1 away, a (21) 2 away, both within 10 %
    values = build(("a", 21, "count"), ("b", 24, "count"))
    assert check("23 klager", values) == [resembles("23", "b", "24", 0, 2)]
    # 22: both 2 away, and a comes first
    values = build(("a", 24, "count"), ("b", 20, "count"))
    assert check("22 klager", values) == [resembles("22", "a", "24", 0, 2)]


def test_an_equal_value_wins_over_a_nearer_one_that_only_resembles():
    values = build(("a", 100, "count"), ("b", 101, "count"))
    assert check("101 klager", values) == [is_value("101", "b", 0, 3)]


def test_equal_values_are_named_fewest_levels_then_shortest_key_first_three_more_at_most():
    values = build(
        ("a.b.c", 12, "count"),
        ("aaa.bb", 12, "count"),
        ("zz", 12, "count"),
        ("yy", 12, "count"),
        ("x.yy", 12.0, "days"),
    )
    # yy and zz (no level) first, by key; then x.yy before aaa.bb (shorter); a.b.c (two
    # levels, though shorter) last; the first is the placeholder, three more are named
    assert check("12 klager", values) == [is_value("12", "yy", 0, 2, also="zz, x.yy, aaa.bb")]
    values = build(("handling_days.mean", 12.0, "days"), ("decided.total", 12, "count"))
    assert check("12 klager", values) == [
        is_value("12", "decided.total", 0, 2, also="handling_days.mean")
    ]
    values = build(("mean", 12.0, "days"), ("decided.total", 12, "count"))
    assert check("12 klager", values) == [is_value("12", "mean", 0, 2, also="decided.total")]


def test_a_value_without_data_or_a_yes_no_value_or_a_word_is_never_a_typed_number():
    values = build(
        ("a.count", None, "count", "–"),
        ("b.flag", True, "count", "ja"),
        ("c.word", "økning", "word"),
        ("d.date", None, "date", "–"),
    )
    assert check("Det kom 1 klage.", values) == [not_allowed("1", 8, 9)]
    assert check("Sist 31. januar 2020.", values) == [not_allowed("31. januar 2020", 5, 20)]


def test_values_are_checked_after_a_yes_no_value_and_after_a_share():
    values = build(("a.flag", True, "count", "ja"), ("b.total", 1, "count"))
    assert check("Det kom 1 klage.", values) == [is_value("1", "b.total", 8, 9)]
    values = build(("a.share", 0.3, "share", "30 %"), ("b.share", 0.25, "share", "25 %"))
    assert check("25 %", values) == [is_value("25 %", "b.share", 0, 4)]


def test_a_number_glued_to_letters_is_never_a_value():
    values = build(("decided.total", 2, "count"))
    assert check("TV2 skrev om saken.", values) == [not_allowed("2", 2, 3)]


# ---------------------------------------------------------------- shares: percent vs points


@pytest.mark.parametrize(
    ("line", "result"),
    [
        ("25 %", "exact"),
        ("25,0 %", "exact"),  # the typed decimals: 25,0
        ("25,1 %", "near"),
        ("26 %", "near"),  # one percentage point
        ("24 prosent", "near"),
        ("27 %", "none"),
        ("23 %", "none"),
        ("omtrent 27 %", "near"),  # two points after a hedge word
        ("omtrent 23 %", "near"),
        ("omtrent 28 %", "none"),
        ("25", "none"),  # a count is never a share's raw number nor its percent
    ],
)
def test_a_typed_percent_is_a_share_as_printed_or_within_points(line, result):
    values = build(
        ("decisions.uheldig.share", 0.25, "share", "25 %"), ("decided.total", 27, "count")
    )
    [found] = check(line, values)
    n = number(line)
    if result == "exact":
        assert found == is_value(n.text, "decisions.uheldig.share", n.start, n.end)
    elif result == "near":
        assert found == resembles(n.text, "decisions.uheldig.share", "25 %", n.start, n.end)
    elif line == "25":  # 25 resembles the count 27 (within 10 %), not the share
        assert found == resembles("25", "decided.total", "27", 0, 2)
    else:
        assert found == not_allowed(n.text, n.start, n.end)


def test_a_share_is_rounded_half_up_to_the_typed_decimals():
    values = build(("a.share", 0.255, "share", "26 %"))
    assert check("26 %", values) == [is_value("26 %", "a.share", 0, 4)]
    assert check("25,5 %", values) == [is_value("25,5 %", "a.share", 0, 6)]
    assert check("25 %", values) == [resembles("25 %", "a.share", "26 %", 0, 4)]


def test_a_typed_percent_never_matches_a_count():
    values = build(("decided.total", 25, "count"))
    assert check("25 %", values) == [not_allowed("25 %", 0, 4)]


def test_a_typed_decimal_never_matches_a_share():
    values = build(("a.share", 0.2, "share", "20 %"))
    assert check("andelen 0,2", values) == [not_allowed("0,2", 8, 11)]


# ---------------------------------------------------------------- days and decimals


@pytest.mark.parametrize(
    ("line", "raw", "exact"),
    [
        ("16,7 dager", 16.66, True),
        ("16,7 dager", 16.65, True),  # half up
        ("16,7 dager", 16.649, False),
        ("16,6 dager", 16.66, False),
        ("16,70 dager", 16.7, True),  # two typed decimals: 16,70
        ("16,75 dager", 16.7, False),
        ("16,75 dager", 16.744, False),
        ("16,75 dager", 16.745, True),
        ("17 dager", 16.96, True),  # days are printed with one decimal: 17,0
        ("17 dager", 17.04, True),
        ("17 dager", 16.94, False),  # 16,9: days are never resembled
        ("17 dager", 17.05, False),
    ],
)
def test_days_are_equal_as_printed_to_the_typed_decimals_and_never_resembled(line, raw, exact):
    values = build(("handling_days.mean", raw, "days"))
    n = number(line)
    expected = (
        is_value(n.text, "handling_days.mean", 0, n.end) if exact else not_allowed(n.text, 0, n.end)
    )
    assert check(line, values) == [expected]


def test_a_typed_decimal_is_a_count_to_its_decimals_and_never_resembles_one():
    values = build(("decided.total", 20, "count"))
    assert check("20,0 i snitt", values) == [is_value("20,0", "decided.total", 0, 4)]
    assert check("21,0 i snitt", values) == [not_allowed("21,0", 0, 4)]


def test_days_are_checked_after_a_value_that_is_not_them():
    values = build(("a.mean", 3.5, "days"), ("b.mean", 16.66, "days"))
    assert check("16,7 dager", values) == [is_value("16,7", "b.mean", 0, 4)]


# ---------------------------------------------------------------- years and dates


def test_a_typed_year_is_a_year_value_and_only_resembles_an_equal_count():
    year = ("year.current", 2019, "year")
    assert check("I 2019 kom det", build(year, ("received.total", 2019, "count"))) == [
        is_value("2019", "year.current", 2, 6)
    ]
    assert check("I 2019 kom det", build(("received.total", 2019, "count"))) == [
        resembles("2019", "received.total", "2019", 2, 6)
    ]
    # a count within 10 % of a typed year is not resembled: years are not counts
    assert check("I 2019 kom det", build(("received.total", 2020, "count"))) == [
        not_allowed("2019", 2, 6)
    ]


def test_a_count_that_reads_like_a_year_is_never_a_year_value():
    values = build(("year.current", 2019, "year"))
    assert check("Det kom 2 019 klager.", values) == [not_allowed("2 019", 8, 13)]


def test_a_typed_year_is_checked_after_a_count_that_is_not_it():
    values = build(("a.total", 2018, "count"), ("b.total", 2019, "count"))
    assert check("I 2019 kom det", values) == [resembles("2019", "b.total", "2019", 2, 6)]


def test_a_typed_date_is_a_date_value_as_written():
    values = build(
        ("a.by", "2020-01-30", "date", "30. januar 2020"),
        ("b.by", "2020-01-31", "date", "31. januar 2020"),
        ("c.word", "2020-01-31", "word"),
    )
    line = "Alle var avgjort 31. januar 2020."
    assert check(line, values) == [is_value("31. januar 2020", "b.by", 17, 32)]
    assert check("Alle var avgjort 1. februar 2020.", values) == [
        not_allowed("1. februar 2020", 17, 32)
    ]


# ---------------------------------------------------------------- number words


def test_a_number_word_equal_to_a_value_proposes_it_else_the_allow_list():
    values = build(("decided.total", 5, "count"))
    assert check("Fem klager ble avvist.", values) == [
        (
            WARNING,
            "number-word",
            0,
            "«Fem» er et tall skrevet med bokstaver, lik decided.total",
            "skriv {{< var decided.total >}}, eller før teksten opp under «tall» i tillatt.yml "
            "med grunn",
            3,
        )
    ]
    assert check("Seks klager ble avvist.", values) == [
        (
            WARNING,
            "number-word",
            0,
            "«Seks» er et tall skrevet med bokstaver, som ikke kommer fra dataene",
            "før teksten opp under «tall» i tillatt.yml med grunn, eller bruk en plassholder",
            4,
        )
    ]


# ---------------------------------------------------------------- a sentence naming no value


def test_an_unnamed_equal_value_is_only_mentioned_never_proposed():
    values = build(("a.total", 211, "count"), ("b.total", 215, "count"))
    assert check("Det kom 211 klager.", values, named=False) == [
        (
            WARNING,
            "typed-value",
            8,
            "«211» er skrevet for hånd og er lik a.total (211)",
            typed.UNNAMED,
            11,
        )
    ]
    # near or unlike every value: the words name none, so nothing says it is wrong: a
    # reviewer's item naming the near value, never an error
    sign = (
        "skriv plassholderen for verdien (klagerapport values --search …), eller la en "
        "kontrollør godkjenne setningen (klagerapport godkjenn)"
    )
    said = "er skrevet for hånd, ordene sier ikke hvilken verdi det er, og bygget har ingen verdi"
    assert check("Det kom 214 klager.", values, named=False) == [
        (WARNING, "needs-signoff", 8, f"«214» {said} lik det (det ligner b.total, 215)", sign, 11)
    ]
    assert check("Det kom 300 klager.", values, named=False) == [
        (WARNING, "needs-signoff", 8, f"«300» {said} lik det", sign, 11)
    ]
    # named: the ordinary finding
    assert check("Det kom 300 klager.", values) == [not_allowed("300", 8, 11)]


def test_unnamed_dates_and_number_words_keep_their_own_findings():
    values = build(("a.by", "2020-01-31", "date", "31. januar 2020"), ("b.total", 5, "count"))
    assert check("Avgjort 31. januar 2020.", values, named=False) == [
        is_value("31. januar 2020", "a.by", 8, 23)
    ]
    [(severity, code, *_)] = check("Fem klager ble avvist.", values, named=False)
    assert (severity, code) == (WARNING, "number-word")


def test_unnamed_text_names_the_search_command():
    assert typed.UNNAMED == (
        "setningen sier ikke hvilken verdi tallet er (et mål, et år, en kategori); skriv "
        "plassholderen for den, «klagerapport values --search …» finner den"
    )


# ---------------------------------------------------------------- a sentence naming its value


def test_the_meant_value_typed_is_its_placeholder():
    meant = ref("received.total", 211)
    assert meant_check("Det kom 211 klager.", meant) == [is_value("211", "received.total", 8, 11)]


def test_the_meant_value_of_a_year_of_a_series_names_it_in_words():
    meant = ref(None, 174, label="received.total i 2017")
    assert meant_check("Da kom 174 klager.", meant) == [
        (
            WARNING,
            "typed-value",
            7,
            "«174» er received.total i 2017, skrevet for hånd",
            "skriv plassholderen for received.total i 2017",
            10,
        )
    ]
    assert meant_check("Da kom 175 klager.", meant) == [
        (
            ERROR,
            "typed-number",
            7,
            "«175» stemmer ikke med det setningen gjelder: received.total i 2017 er 174",
            "skriv plassholderen for received.total i 2017 (174)",
            10,
        )
    ]


def test_a_number_that_is_not_the_meant_value_is_an_error_proposing_the_meant_one():
    # 215 equals another value; the sentence means received.total, so that is proposed
    values = build(("decided.total", 215, "count"))
    meant = ref("received.total", 211)
    assert meant_check("Det kom 215 klager.", meant, values) == [
        (
            ERROR,
            "typed-number",
            8,
            "«215» stemmer ikke med det setningen gjelder: received.total er 211",
            "skriv {{< var received.total >}} (211)",
            11,
        )
    ]


def test_a_hedged_number_that_holds_says_so_and_proposes_the_meant_value():
    meant = ref("received.total", 211)
    assert meant_check("Det kom omtrent 200 klager.", meant) == [
        (
            WARNING,
            "typed-value",
            16,
            "«200» stemmer med received.total (211), skrevet for hånd",
            "skriv {{< var received.total >}}",
            19,
        )
    ]
    [(severity, code, *_)] = meant_check("Det kom omtrent 189 klager.", meant)
    assert (severity, code) == (ERROR, "typed-number")  # 22 off: more than 10 % of 211


def test_a_meant_number_word_equal_or_bounded():
    meant = ref("transferred.total", 5)
    suggestion = (
        "skriv {{< var transferred.total >}}, eller før teksten opp under «tall» i tillatt.yml "
        "med grunn"
    )
    assert meant_check("Fem klager ble overført.", meant) == [
        (
            WARNING,
            "number-word",
            0,
            "«Fem» er et tall skrevet med bokstaver, lik transferred.total",
            suggestion,
            3,
        )
    ]
    meant = ref("transferred.total", 2)
    assert meant_check("Færre enn tre klager ble overført.", meant) == [
        (
            WARNING,
            "number-word",
            10,
            "«tre» er et tall skrevet med bokstaver, stemmer med transferred.total (2)",
            suggestion,
            13,
        )
    ]
    meant = ref("transferred.total", 3)
    [(severity, code, column, message, *_)] = meant_check(
        "Færre enn tre klager ble overført.", meant
    )
    assert (severity, code, column) == (ERROR, "typed-number", 10)
    assert message == "«tre» stemmer ikke med det setningen gjelder: transferred.total er 3"


def _far_item(shown: str, label: str, text: str, column: int, end: int, key: str) -> tuple:
    return (
        WARNING,
        "needs-signoff",
        column,
        f"«{shown}» er langt fra {label} ({text}), som ordene ble lest å gjelde: trolig en annen "
        "størrelse (en enkeltsak, en forskjell, en del, en annen dag)",
        f"skriv plassholderen for verdien setningen gjelder ({{{{< var {key} >}}}} er {text}), "
        "eller la en kontrollør godkjenne setningen (klagerapport godkjenn)",
        end,
    )


@pytest.mark.parametrize(
    ("line", "raw", "far"),
    [
        ("Det kom 30 klager.", 15, False),  # exactly twice: a slip, an error
        ("Det kom 31 klager.", 15, True),  # over twice: another quantity
        ("Det kom 8 klager.", 16, False),  # exactly half
        ("Det kom 7 klager.", 16, True),  # under half
        ("Det kom 7 klager.", 15, True),  # 7 × 2 = 14 < 15
        ("Det kom 8 klager.", 15, False),  # 8 × 2 = 16 ≥ 15
    ],
)
def test_a_count_over_twice_or_under_half_its_meant_value_needs_a_signoff(line, raw, far):
    meant = ref("units.pass.count", raw)
    [(severity, code, *_)] = meant_check(line, meant)
    assert (severity, code) == ((WARNING, "needs-signoff") if far else (ERROR, "typed-number"))


def test_a_far_number_names_the_value_it_was_read_against_and_the_factor_is_the_lexicons():
    meant = ref("handling_days.mean", 16.7, kind="days", text="16,7")
    assert meant_check("Den lengste saken tok 71 dager.", meant) == [
        _far_item("71", "handling_days.mean", "16,7", 22, 24, "handling_days.mean")
    ]
    assert typed.lexicon_data()["toleranse"]["langt_fra"] == 2


def test_beside_a_value_of_0_any_other_number_is_far_and_0_is_the_value():
    meant = ref("decisions.open", 0)
    [(severity, code, *_)] = meant_check("Ved årsskiftet var fem saker åpne.", meant)
    assert (severity, code) == (WARNING, "needs-signoff")
    assert meant_check("Ved årsskiftet var 0 saker åpne.", meant)[0][:2] == (WARNING, "typed-value")
    meant = ref("decisions.open", 3)
    [(severity, code, *_)] = meant_check("Ved årsskiftet var 0 saker åpne.", meant)
    assert (severity, code) == (WARNING, "needs-signoff")


@pytest.mark.parametrize(
    ("line", "raw", "far"),
    [
        ("Andelen var 40 prosent.", 0.79, False),  # 0,40 × 2 = 0,80 ≥ 0,79
        ("Andelen var 40 prosent.", 0.81, True),
        ("Andelen var 80 prosent.", 0.40, False),
        ("Andelen var 81 prosent.", 0.40, True),
    ],
)
def test_a_share_is_far_by_the_same_factor_of_its_fraction(line, raw, far):
    meant = ref("decisions.kritikk.share", raw, kind="share", text="x %")
    [(severity, code, *_)] = meant_check(line, meant)
    assert (severity, code) == ((WARNING, "needs-signoff") if far else (ERROR, "typed-number"))


@pytest.mark.parametrize(
    ("line", "raw", "equal"),
    [
        ("ned med to dager", 2.2, True),  # a number word has no decimals: 2,2 is «to»
        ("ned med tre dager", 2.2, False),
        ("ned med tre dager", 2.5, True),  # rounded half up
        ("ned med to dager", 2.5, False),
        ("ned med 2 dager", 2.2, False),  # digits: as printed, to one decimal
    ],
)
def test_a_number_word_of_days_is_the_value_rounded_to_a_whole_day(line, raw, equal):
    assert typed.equals(number(line), raw, "days") is equal


def test_far_is_only_for_counts_days_and_shares_of_the_same_kind_and_never_below_0():
    assert not typed.far(number("tok 71 dager"), 16.7, "year")
    assert not typed.far(number("var 90 prosent"), 20, "count")  # a percent against a count
    assert not typed.far(number("kom 90 klager"), 0.2, "share")  # a count against a share
    assert not typed.far(number("kom 0 klager"), 0, "count")  # typed numbers are never below 0
    assert not typed.far(number("kom 40 klager"), -3, "count")
    assert typed.far(number("kom 40 klager"), 3, "count")
    assert typed.far(number("tok 71,5 dager"), 16.7, "days")
    assert typed.far(number("kom fem klager"), 0, "count")  # a number word
    assert not typed.far(number("økte med 20 prosent"), 0, "share", "received.change")
    assert typed.far(number("var 20 prosent"), 0, "share", "decisions.kritikk.share")


def test_no_meant_value_a_number_word_needs_a_signoff():
    assert meant_check("Fem klager ble overført.", None, build(("a.total", 5, "count"))) == [
        (
            WARNING,
            "needs-signoff",
            0,
            "«Fem» er et tall skrevet med bokstaver, og setningen sier ikke hvilken verdi det er",
            "skriv plassholderen for verdien, før teksten opp under «tall» i tillatt.yml med "
            "grunn, eller la en kontrollør godkjenne setningen (klagerapport godkjenn)",
            3,
        )
    ]


def test_no_meant_value_a_typed_number_is_only_mentioned():
    values = build(("a.total", 211, "count"))
    assert meant_check("Det kom 211 klager.", None, values) == [
        (
            WARNING,
            "typed-value",
            8,
            "«211» er skrevet for hånd og er lik a.total (211)",
            typed.UNNAMED,
            11,
        )
    ]


# ---------------------------------------------------------------- equals: the meant value


@pytest.mark.parametrize(
    ("line", "raw", "kind", "equal"),
    [
        ("8 %", 0.08, "share", True),
        ("sank med 8 %", -0.08, "share", True),  # a change by its size, sign aside
        ("sank med 8 %", -0.085, "share", False),  # -8,5 % has the size 9 %
        ("8 %", 8, "count", False),  # a percent is never a count
        ("8 %", 0.075, "share", True),
        ("8 %", 0.0749, "share", False),
        ("12,5 %", 0.125, "share", True),  # to the typed decimals
        ("12,4 %", 0.125, "share", False),
        ("1 sak", 1.0, "share", False),  # a count is never a share (100 %)
        ("0,3", 0.3, "share", False),  # nor is a decimal (30 %)
        ("17 dager", 16.96, "days", True),  # days printed with one decimal
        ("17 dager", 16.94, "days", False),
        ("16,7", 16.66, "count", True),  # a typed decimal to its decimals
        ("16,7", 16.64, "count", False),
        ("211 klager", 211, "count", True),
        ("211 klager", 210, "count", False),
        ("i 2019", 2019, "year", True),
        ("rundt 2019", 2018, "count", False),  # a typed year is never hedged
        ("omtrent 200 klager", 222, "count", True),  # 10 % of the larger: 22,2
        ("omtrent 200 klager", 223, "count", False),
        ("omtrent 200 klager", 220, "year", False),  # the hedges are for counts and days
        ("omtrent 17 dager", 18.8, "days", True),
        ("omtrent 17 dager", 18.9, "days", False),
    ],
)
def test_equals_reads_the_number_as_the_report_prints_the_value(line, raw, kind, equal):
    assert typed.equals(number(line), raw, kind) is equal
