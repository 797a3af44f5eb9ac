"""Boundary tests of check/numbers.py: the numbers of a line of prose, each at its column with
its kind and its decimals as typed; what is masked first (a nameless shortcode, a footnote
label, a cross-reference, a URL) is blanked to the same length, so the columns after it stay;
a share shown as the percent a reader sees, rounded half up at the decimals typed."""

from __future__ import annotations

import pytest

from klagerapport import fmt
from klagerapport.check.numbers import find_numbers, mask, percent_text


def spans(line: str) -> list[tuple[int, str, str, int]]:
    return [(n.start, n.text, n.kind, n.decimals) for n in find_numbers(line)]


@pytest.mark.parametrize(
    ("line", "blanked"),
    [
        ('Se {{< "12" >}} og 55 klager.', '{{< "12" >}}'),  # a nameless shortcode
        ("Se [^12] og 55 klager.", "[^12]"),  # a footnote label
        ("Se @tbl-2019 og 55 klager.", "@tbl-2019"),  # a cross-reference
        ("Se https://x.no/2019 og 55 klager.", "https://x.no/2019"),  # a URL
    ],
)
def test_what_is_masked_is_blanked_to_its_own_length(line, blanked):
    start = line.index(blanked)
    assert mask(line) == line[:start] + " " * len(blanked) + line[start + len(blanked) :]
    assert spans(line) == [(line.index("55"), "55", "count", 0)]


def test_only_a_typed_decimal_or_percent_has_decimals():
    line = "12,5 % av 1 047 saker 20. januar 2020, 16,7 dager, 55 klager, fem saker"
    assert spans(line) == [
        (0, "12,5 %", "share", 1),
        (10, "1 047", "count", 0),
        (22, "20. januar 2020", "date", 0),
        (39, "16,7", "decimal", 1),
        (51, "55", "count", 0),
        (62, "fem", "word", 0),
    ]


@pytest.mark.parametrize(
    ("share", "decimals", "shown"),
    [(0.1232, 0, 12.0), (0.125, 0, 13.0), (0.12345, 1, 12.3), (0.12355, 2, 12.35)],
)
def test_a_share_is_the_percent_the_report_prints_rounded_half_up(share, decimals, shown):
    assert percent_text(share, decimals) == shown
    printed = fmt.percent(share, decimals).split("\u00a0")[0].replace(",", ".")
    assert float(printed) == shown


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("55 klager", [(0, "55", "count", 0)]),  # at the line's start, a letter at its end
        ("Vi fikk 55", [(8, "55", "count", 0)]),  # at the line's end
        ("A5 er skjemaet", [(1, "5", "glued", 0)]),  # glued to the letter before it
        ("12 % og 12,5 %", [(0, "12 %", "share", 0), (8, "12,5 %", "share", 1)]),
        ("Tjue prosent", [(0, "Tjue prosent", "share", 0)]),
        ("Vi mottok 1047 klager i 1900", [(10, "1047", "count", 0), (24, "1900", "year", 0)]),
        ("I 2099, ikke 2100", [(2, "2099", "year", 0), (13, "2100", "count", 0)]),
        ("1899 og 1900", [(0, "1899", "count", 0), (8, "1900", "year", 0)]),
    ],
)
def test_each_number_at_its_column_with_its_kind(line, found):
    assert spans(line) == found


def test_a_number_word_before_prosent_is_a_percent_of_its_value():
    [twenty] = find_numbers("Tjue prosent av klagene")
    assert twenty.value == 20.0 and isinstance(twenty.value, float)


def test_a_label_number_is_no_quantity_and_the_numbers_after_it_are_read():
    assert spans("Tabell 4 viser 55 klager.") == [(15, "55", "count", 0)]
    assert spans("Se tabell 4 og figur 2: 55 klager.") == [(24, "55", "count", 0)]


def test_an_impossible_date_is_no_date_and_the_dates_after_it_are_read():
    found = spans("31. februar 2020 og 20. januar 2020")
    assert found[-1] == (20, "20. januar 2020", "date", 0)
    assert "date" not in [kind for _, _, kind, _ in found[:-1]]


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Tiden var sytten dager.", [(10, "sytten", "word", 0)]),  # days, not a duration
        ("Tiden var sytten døgn.", [(10, "sytten", "word", 0)]),
        ("Tiden var tre uker.", []),  # weeks: leksikon.yml `varighet`, the duration rule
        ("Tiden var sytten dagers arbeid.", []),  # «dagers» is not «dager»
        ("Antallet økte med tre.", [(18, "tre", "word", 0)]),  # a change's size
        ("Tiden ble redusert med tre dager.", [(23, "tre", "word", 0)]),
        ("Tiden gikk ned med to døgn.", [(19, "to", "word", 0)]),
        ("Tiden ble redusert med tre uker.", []),  # weeks after «med»: the duration rule
        ("Vi reiste med tre biler.", []),  # «med» after no word of change
        ("Antallet økte, med tre.", []),  # the change word right before «med» only
    ],
)
def test_a_number_word_before_dager_or_after_a_change_and_med_is_a_value(line, found):
    assert [(n.start, n.text, n.kind, n.decimals) for n in find_numbers(line)] == found


def test_the_number_after_fra_shares_the_percent_after_til():
    assert spans("Andelen falt fra 44 til 39 prosent.") == [
        (17, "44", "share", 0),
        (24, "39 prosent", "share", 0),
    ]
    assert spans("falt fra 44,5 til 39 %") == [(9, "44,5", "share", 1), (18, "39 %", "share", 0)]
    assert spans("økte fra 44 til 39 saker") == [(9, "44", "count", 0), (16, "39", "count", 0)]
