"""The public edition's protection at its boundaries (publish/protection.py, the rule in
publish/suppression.py and the register in publish/register.py): cells of 0, 1, 2, 3 = min_count
and more; the running-sum rounding order within a (district, year received) and its reset at
the next; the histogram bin edge after the deadline; the copies of a rounded-up cell; the rule
file's defaults and errors; the register's names, years and the changed cells it lists.

Each test is the one that fails when a boundary moves by one (found by `make mutation`).
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from factories import case, frame

from klagerapport.errors import KlagerapportError
from klagerapport.publish import protection, register
from klagerapport.publish import suppression as S

RULE = S.Rule()


def _counts(groups: dict[tuple[str, int], list[int]]) -> pd.Series:
    """Inner-cell counts shaped as cell_counts returns them (every INNER level): in a group,
    cell i is the i-th unit's, all else alike, so each cell is a published count of its own
    (the units table) and the group's total another (the decision table)."""
    index, values = [], []
    for (district, year), cells in groups.items():
        for i, n in enumerate(cells):
            cell = {"distrikt": district, "ry": year, "dy": year, "avgjorelse": "kritikk"}
            cell |= {"diskriminering": "ingen", "grunnlag": "228.1", "enhet": f"enhet {i:03d}"}
            cell |= {"bin": 0, "etter": 0}
            index.append(tuple(cell[name] for name in protection.INNER))
            values.append(n)
    names = list(protection.INNER)
    return pd.Series(values, index=pd.MultiIndex.from_tuples(index, names=names), dtype="int64")


def _rounded(groups: dict[tuple[str, int], list[int]], base: int = 3) -> dict:
    out = protection.rounded_counts(_counts(groups), base)
    return {g: out.xs(g, level=list(protection.GROUP)).tolist() for g in groups}


# ------------------------------------------------------------------ rounding of the cells


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        ([0], [0]),  # a zero stays a zero
        ([1], [0]),  # drift -1 beats +2
        ([2], [3]),  # drift +1 beats -2
        ([3], [3]),  # min_count itself is not small
        ([4, 7], [4, 7]),
        ([1, 1], [0, 3]),  # after -1: up gives +1, down -2
        ([2, 2], [3, 0]),  # after +1: down gives -1, up +2
        ([1, 1, 1], [0, 3, 0]),
        ([2, 1, 2, 1], [3, 0, 3, 0]),  # 2 up (+1), 1 down (0), 2 up (+1), 1 down (0)
        ([1, 5, 1, 0, 2], [0, 5, 3, 0, 0]),  # larger cells and zeros do not move the sum
    ],
)
def test_small_cells_are_rounded_in_order_keeping_the_running_sum_within_one(cells, expected):
    assert _rounded({("oslo", 2019): cells}) == {("oslo", 2019): expected}


def test_the_running_sum_starts_again_in_each_district_and_year():
    rounded = _rounded({("oslo", 2019): [1], ("oslo", 2020): [1], ("vest", 2020): [2, 2]})
    # without the restart the second group's 1 would follow a drift of -1 and go up
    assert rounded == {("oslo", 2019): [0], ("oslo", 2020): [0], ("vest", 2020): [3, 0]}


def test_a_tie_between_up_and_down_rounds_down():
    # base 4: after a 1 rounded down (drift -1), a 1 may go up (+2) or down (-2): down
    assert _rounded({("oslo", 2019): [1, 1]}, base=4) == {("oslo", 2019): [0, 0]}
    assert _rounded({("oslo", 2019): [1, 1, 1]}, base=4) == {("oslo", 2019): [0, 0, 4]}
    assert _rounded({("oslo", 2019): [2]}, base=4) == {("oslo", 2019): [0]}  # +2 or -2
    assert _rounded({("oslo", 2019): [3, 1]}, base=4) == {("oslo", 2019): [4, 0]}


def test_rounding_leaves_its_input_alone_and_keeps_the_index():
    counts = _counts({("oslo", 2019): [1, 2, 3]})
    out = protection.rounded_counts(counts, 3)
    assert counts.tolist() == [1, 2, 3]
    assert out.index.equals(counts.index) and out.tolist() == [0, 3, 3]


# ------------------------------------------------------------------- the inner cells


def test_the_histogram_bins_are_seven_days_with_an_edge_after_the_deadline():
    days = pd.Series([0, 1, 7, 8, 27, 28, 29, 35, 36, None], dtype="Float64")
    assert protection.handling_bin(days, 28).tolist() == [-1, 0, 0, 1, 3, 3, 4, 4, 5, -(10**6)]
    # another deadline moves the edge with it: 30 is the last day of a bin, 31 the first
    assert protection.handling_bin(pd.Series([23, 30, 31, 37, 38]), 30).tolist() == [
        2,
        3,
        4,
        4,
        5,
    ]
    # the index of the handling times is kept
    index = pd.Index([7, 3])
    assert protection.handling_bin(pd.Series([1, 8], index=index), 28).index.equals(index)
    # and another width
    assert protection.handling_bin(pd.Series([0, 28, 29, 38, 39]), 28, width=10).tolist() == [
        -1,
        1,
        2,
        2,
        3,
    ]


def test_each_case_gets_its_inner_cell_with_nothing_missing():
    cases = frame(
        case("2019-01-01", "2019-01-29", "kritikk", "228.5", "etnisk", "  Pass  Kontor ", "Oslo"),
        case("2019-12-31", None, None, "228.9", "ingen", None, "Vest"),
    )
    cases.index = pd.Index([10, 4])
    keys = protection.inner_keys(cases, deadline=28)
    assert list(keys.columns) == list(protection.INNER)
    assert keys.index.equals(cases.index)
    assert keys.to_dict("records") == [
        {
            "distrikt": "oslo",
            "ry": 2019,
            "dy": 2019,
            "avgjorelse": "kritikk",
            "diskriminering": "etnisk",
            "grunnlag": "228.5",
            "enhet": "pass kontor",
            "bin": 3,
            "etter": 0,
        },
        {
            "distrikt": "vest",
            "ry": 2019,
            "dy": protection.OPEN,
            "avgjorelse": "",
            "diskriminering": "ingen",
            "grunnlag": "228.9",
            "enhet": "",
            "bin": protection.NO_DAYS,
            "etter": protection.OPEN,
        },
    ]
    # a case without district or date (never in validated data) still gets a cell
    blank = frame(case("2019-01-01", distrikt=None))
    blank["mottatt"] = pd.NaT
    assert protection.inner_keys(blank)[["distrikt", "ry", "dy", "bin"]].to_dict("records") == [
        {"distrikt": "", "ry": 0, "dy": protection.OPEN, "bin": protection.NO_DAYS}
    ]
    # 28 days is inside the deadline's bin, 29 is not; the deadline given is the one used
    later = frame(case("2019-01-01", "2019-01-30"))
    assert protection.inner_keys(later, deadline=28)["bin"].tolist() == [4]
    assert protection.inner_keys(later, deadline=29)["bin"].tolist() == [3]
    assert protection.inner_keys(later)["bin"].tolist() == [4]  # settings.yml: 28


def test_cell_counts_are_sorted_by_the_cell():
    cases = frame(
        case("2020-01-01", distrikt="Vest"),
        case("2019-01-01"),
        case("2019-01-01"),
    )
    counts = protection.cell_counts(cases)
    assert list(counts.index.names) == list(protection.INNER)
    assert counts.tolist() == [2, 1]
    assert [c[:2] for c in counts.index] == [("oslo", 2019), ("vest", 2020)]


# ------------------------------------------------------------------------ protect


def _cell(n: int, day: str, ground: str = "228.1", unit: str | None = None) -> list[dict]:
    """n open cases of one inner cell."""
    return [case(day, None, None, ground, enhet=unit)] * n


def test_protect_counts_what_it_rounds_and_the_drift_of_each_group():
    # Oslo 2019: cells of 1 (down), 2 (up), 3 and 4 (kept); Vest 2019: a 2 (up)
    cases = frame(
        *_cell(1, "2019-01-01", "228.1"),
        *_cell(2, "2019-01-01", "228.2"),
        *_cell(3, "2019-01-01", "228.3"),
        *_cell(4, "2019-01-01", "228.4"),
        *[dict(c, distrikt="Vest") for c in _cell(2, "2019-02-01", "228.9")],
    )
    public, done = protection.protect(cases, RULE, deadline=28)
    assert (done.cells, done.rounded_up, done.rounded_down) == (5, 2, 1)
    assert done.groups == {("vest", 2019): 1}  # a group whose drift is 0 is not listed
    counts = protection.cell_counts(public)
    assert counts.tolist() == [3, 3, 4, 3]
    assert len(public) == 13 and public.index.tolist()[:9] == list(range(1, 10))


def test_copies_of_a_rounded_up_cell_take_its_cases_in_turn():
    cases = frame(
        case("2019-01-01", None, None, "228.1", enhet="A"),
        case("2019-01-01", None, None, "228.1", enhet="B"),
        case("2019-01-01", None, None, "228.1", enhet=" b"),  # the same cell as "B"
    )
    # cells: "a" (1 case: down, drift -1), "b" (2 cases: up to base, copies of rows 1, 2, 1 …)
    for base, index in ((3, [1, 2, 1]), (4, [1, 2, 1, 2]), (5, [1, 2, 1, 2, 1])):
        public, done = protection.protect(cases, S.Rule(min_count=base))
        assert (done.rounded_up, done.rounded_down) == (1, 1)
        assert public.index.tolist() == index


def test_cases_needing_no_rounding_come_back_as_they_are():
    cases = frame(*_cell(3, "2019-01-01"), *_cell(5, "2019-01-01", "228.2"))
    public, done = protection.protect(cases, RULE)
    assert public is cases
    assert (done.cells, done.rounded_up, done.rounded_down, done.groups) == (2, 0, 0, {})


def test_the_rule_and_deadline_are_the_ones_given():
    cases = frame(*_cell(3, "2019-01-01"))
    assert len(protection.protect(cases, S.Rule(min_count=4))[0]) == 4
    assert len(protection.protect(cases)[0]) == 3  # suppression.yml: 3
    # two cases 28 and 29 days: one cell under deadline 29 (kept at 2 -> 3), two cells under 28
    # 28 and 29 days: one cell of 2 under deadline 29 (up: both cases and a copy), two cells
    # of 1 under 28 (the first down, the second up: three times the 29 days)
    pair = frame(case("2019-01-01", "2019-01-29"), case("2019-01-01", "2019-01-30"))
    assert protection.public_cases(pair, deadline=29).index.tolist() == [0, 1, 0]
    assert protection.public_cases(pair, deadline=28).index.tolist() == [1, 1, 1]
    assert protection.protect(pair, RULE, deadline=29)[0].index.tolist() == [0, 1, 0]


@pytest.mark.parametrize(("n", "fixed"), [(0, True), (1, False), (2, False), (3, True)])
def test_a_fixed_point_has_no_cell_of_one_or_two(n, fixed):
    cases = frame(*_cell(n, "2019-01-01"), *_cell(4, "2019-01-01", "228.2"))
    assert protection.is_fixed_point(cases) is fixed
    assert protection.is_fixed_point(cases, S.Rule(min_count=n + 1)) is (n == 0)


def test_a_fixed_point_uses_the_deadline_given():
    pair = frame(*[case("2019-01-01", "2019-01-29")] * 3, *[case("2019-01-01", "2019-01-30")] * 3)
    assert protection.is_fixed_point(pair, deadline=28)
    three = pair.iloc[[0, 1, 3]]  # 2 + 1 under deadline 28, one cell of 3 under 29
    assert not protection.is_fixed_point(three, deadline=28)
    assert protection.is_fixed_point(three, deadline=29)


# ------------------------------------------------------------------------- the rule


@pytest.mark.parametrize(
    ("rule", "small"),
    [
        (S.Rule(), [1, 2]),
        (S.Rule(min_count=4), [1, 2, 3]),
        (S.Rule(min_count=1), []),
        (S.Rule(suppress_zero=True), [0, 1, 2]),
    ],
)
def test_which_counts_are_small(rule, small):
    assert [n for n in range(-1, 6) if rule.is_small(n)] == small
    assert rule.is_small(None) is False


def test_the_rule_file_is_read_with_its_defaults(tmp_path):
    file = tmp_path / "s.yml"
    file.write_text("", encoding="utf-8")
    assert S.load_rule(file) == S.Rule(3, False, ":", "")
    file.write_text("min_count: 5\nsuppress_zero: true\nsymbol: '*'\nnote: ' Avrundet. '\n")
    # min_n_handling follows min_count: 5 * 4 + 1 = 21 (least_n_handling)
    assert S.load_rule(file) == S.Rule(5, True, "*", "Avrundet.", 21)
    file.write_text("min_count: 1\n")
    assert S.load_rule(file).min_count == 1
    assert S.rule() == S.load_rule(S.SUPPRESSION_FILE)
    assert S.rule().note.startswith("Offentlig utgave: små tall er avrundet")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("min_count: 0\n", "s.yml: min_count må være minst 1 og symbol satt"),
        ("symbol: ''\n", "s.yml: min_count må være minst 1 og symbol satt"),
        ("min_count: tre\n", "s.yml: ugyldig verdi: invalid literal"),
        ("min_count: [3\n", "s.yml: kan ikke leses: "),
    ],
)
def test_a_bad_rule_file_is_a_user_error_naming_it(tmp_path, text, message):
    file = tmp_path / "s.yml"
    file.write_text(text, encoding="utf-8")
    with pytest.raises(KlagerapportError) as info:
        S.load_rule(file)
    assert message in str(info.value)
    with pytest.raises(KlagerapportError, match="kan ikke leses"):
        S.load_rule(tmp_path / "missing.yml")


# --------------------------------------------------------------------- the register


def test_the_register_lies_beside_the_reports_of_a_public_folder(tmp_path):
    assert register.location(tmp_path / "oslo" / "2021-offentlig") == tmp_path / register.REGISTER
    assert register.location(tmp_path / "oslo" / "2021") is None
    assert register.REGISTER == "offentlig-register"


def test_the_register_records_each_district_year_up_to_the_year_with_its_rounded_cells(tmp_path):
    cases = frame(
        *_cell(2, "2019-01-01"),
        *_cell(1, "2019-01-01", "228.2"),
        *_cell(4, "2020-01-01"),
        *_cell(3, "2021-01-01"),
    )
    found = register.groups(cases, 2020)
    assert found == {
        ("oslo", 2019): {"-1||ingen|228.1||-1000000|-1": 3},  # the 1 rounded to 0 is left out
        ("oslo", 2020): {"-1||ingen|228.1||-1000000|-1": 4},
    }
    # min_count 2: the 2 is kept, the 1 ties between +1 and -1 and goes down
    assert register.groups(cases, 2019, S.Rule(min_count=2)) == {
        ("oslo", 2019): {"-1||ingen|228.1||-1000000|-1": 2}
    }
    reg = tmp_path / "reg"
    assert register.check_and_record(reg, cases, 2020) == (0, 2)
    record = json.loads((reg / "oslo" / "2019.json").read_text(encoding="utf-8"))
    assert record == {"distrikt": "oslo", "mottatt": 2019, "celler": found[("oslo", 2019)]}
    assert register.check_and_record(reg, cases, 2021) == (2, 1)
    # the record keeps non-ASCII names as they are
    east = frame(*[dict(c, distrikt="Sør-Øst") for c in _cell(3, "2019-01-01")])
    register.check_and_record(reg, east, 2019)
    text = (reg / "sor-ost" / "2019.json").read_text(encoding="utf-8")
    assert (
        text == '{"distrikt": "sør-øst", "mottatt": 2019, "celler": '
        '{"-1||ingen|228.1||-1000000|-1": 3}}\n'
    )

    assert sorted(p.name for p in (reg / "oslo").iterdir()) == [
        "2019.json",
        "2020.json",
        "2021.json",
    ]


def test_a_district_without_a_name_is_recorded_under_ukjent(tmp_path):
    cases = frame(*[dict(c, distrikt="…") for c in _cell(3, "2019-01-01")])
    assert register.check_and_record(tmp_path, cases, 2019) == (0, 1)
    assert (tmp_path / "ukjent" / "2019.json").is_file()


def test_a_changed_year_names_its_district_year_and_up_to_five_changed_cells(tmp_path):
    units = [f"u{i}" for i in range(7)]
    cases = frame(*(c for u in units for c in _cell(3, "2019-01-01", unit=u)))
    reg = tmp_path / "reg"
    register.check_and_record(reg, cases, 2019)
    # five cells changed: each one's 3 cases become 4
    more = pd.concat(
        [cases, frame(*(c for u in units[:5] for c in _cell(1, "2019-01-01", unit=u)))]
    )
    with pytest.raises(KlagerapportError) as info:
        register.check_and_record(reg, more, 2019)
    text = str(info.value)
    assert text.startswith(
        "den offentlige utgaven ville trykke andre tall enn det som alt er publisert for "
        "(registeret "
    )
    cell = "-1||ingen|228.1|{}|-1000000|-1"
    five = ", ".join(cell.format(u) for u in units[:5])
    hint = "\nBare endelige offentlige utgaver registreres."
    assert f"):\n  oslo mottatt 2019: 5 celler ({five}){hint}" in text
    six = frame(*(c for u in units[:6] for c in _cell(1, "2019-01-01", unit=u)))
    with pytest.raises(KlagerapportError) as info:
        register.check_and_record(reg, pd.concat([cases, six]), 2019)
    assert f"):\n  oslo mottatt 2019: 6 celler ({five} …){hint}" in str(info.value)
    # a new cell, and a second year changed: one line each
    new = frame(*_cell(3, "2019-01-01", unit="ny"), *_cell(4, "2020-01-01"))
    register.check_and_record(reg, frame(*_cell(3, "2020-01-01")), 2020)
    with pytest.raises(KlagerapportError) as info:
        register.check_and_record(reg, pd.concat([cases, new]), 2020)
    assert (
        f"):\n  oslo mottatt 2019: 1 celler ({cell.format('ny')})"
        f"\n  oslo mottatt 2020: 1 celler ({cell.format('')}){hint}"
    ) in str(info.value)
    # nothing recorded by a refused build
    record = json.loads((reg / "oslo" / "2019.json").read_text(encoding="utf-8"))
    assert set(record["celler"].values()) == {3}


def test_the_rounded_cells_of_a_register_are_in_the_cells_order():
    cases = frame(*_cell(3, "2019-01-01", "228.2"), *_cell(3, "2019-01-01", "228.1"))
    cells = register.groups(cases, 2019)[("oslo", 2019)]
    assert list(cells) == ["-1||ingen|228.1||-1000000|-1", "-1||ingen|228.2||-1000000|-1"]
    assert np.array_equal(list(cells.values()), [3, 3])
