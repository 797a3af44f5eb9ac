"""Primary and secondary suppression on hand-made tables (publish/suppression.py)."""

from __future__ import annotations

import itertools

import pytest

from klagerapport import settings
from klagerapport.errors import KlagerapportError
from klagerapport.publish import suppression as S

RULE = S.Rule()  # Statistics Norway's default: 1 and 2 hidden, zeros shown


def grid_relations(
    n_rows: int, n_cols: int, *, row_totals: bool, col_totals: bool
) -> list[S.Relation]:
    """The relations of a two-way table with cells (i, j), i < n_rows, j < n_cols, where the
    row totals (if any) are the cells (i, n_cols) and the column totals (i = n_rows, j); with
    both, (n_rows, n_cols) is the grand total."""
    rels = []
    rows = n_rows + (1 if col_totals else 0)
    cols = n_cols + (1 if row_totals else 0)
    if row_totals:
        for i in range(rows):
            rels.append(S.Relation((i, n_cols), tuple((i, j) for j in range(n_cols))))
    if col_totals:
        for j in range(cols):
            rels.append(S.Relation((n_rows, j), tuple((i, j) for i in range(n_rows))))
    return rels


def grid(rows: list[list[int]], *, row_totals=True, col_totals=True):
    """Cells (i, j) of `rows` with their totals appended: the values and the relations."""
    n, m = len(rows), len(rows[0])
    values = {(i, j): v for i, row in enumerate(rows) for j, v in enumerate(row)}
    if row_totals:
        for i, row in enumerate(rows):
            values[(i, m)] = sum(row)
    if col_totals:
        for j in range(m):
            values[(n, j)] = sum(row[j] for row in rows)
        if row_totals:
            values[(n, m)] = sum(map(sum, rows))
    rels = grid_relations(n, m, row_totals=row_totals, col_totals=col_totals)
    return values, rels


def recomputable(values, rels, flags) -> set:
    """Brute force: the hidden cells every completion consistent with the totals agrees on."""
    hidden = sorted(flags)
    top = max(values.values())
    bound = {k: min([values[r.total] for r in rels if k in r.parts] or [top]) for k in hidden}
    seen: dict = {k: set() for k in hidden}
    for guess in itertools.product(*(range(bound[k] + 1) for k in hidden)):
        trial = {**values, **dict(zip(hidden, guess, strict=True))}
        if all(trial[r.total] == sum(trial[p] for p in r.parts) for r in rels):
            for k, v in zip(hidden, guess, strict=True):
                seen[k].add(v)
    return {k for k, vs in seen.items() if len(vs) == 1}


def test_the_default_rule_is_statistics_norways():
    rule = S.rule()
    assert (rule.min_count, rule.suppress_zero, rule.symbol) == (3, False, ":")
    assert [n for n in range(6) if rule.is_small(n)] == [1, 2]


def test_primary_hides_ones_and_twos_not_zeros():
    values = {"a": 0, "b": 1, "c": 2, "d": 3, "e": 40}
    assert S.primary(values, RULE) == {"b": S.PRIMARY, "c": S.PRIMARY}
    zeros = S.Rule(suppress_zero=True)
    assert set(S.primary(values, zeros)) == {"a", "b", "c"}


def test_a_lone_small_cell_in_a_row_takes_the_rows_smallest_other_cell():
    values, rels = grid([[5, 1, 4], [3, 6, 4], [4, 3, 5]])
    flags = S.protect(values, rels, RULE)
    assert flags[(0, 1)] == S.PRIMARY
    assert flags[(0, 2)] == S.SECONDARY  # 4 < 5 in row 0
    # the columns then each had one hidden cell: their smallest others go too
    assert sum(f == S.SECONDARY for f in flags.values()) >= 3
    assert S.derivable(values, rels, flags) == set()
    assert recomputable(values, rels, flags) == set()


def test_secondary_crosses_rows_and_columns_to_a_fixed_point():
    values, rels = grid([[1, 5, 6], [4, 9, 3], [8, 2, 7]])
    flags = S.protect(values, rels, RULE)
    for rel in rels:
        hidden = [k for k in rel.cells if k in flags]
        assert len(hidden) != 1, f"{rel} gives away {hidden}"
    assert S.derivable(values, rels, flags) == set()


def test_totals_stay_consistent_and_values_are_not_changed():
    rows = [[12, 2, 30], [15, 20, 1]]
    values, rels = grid(rows)
    before = dict(values)
    S.protect(values, rels, RULE)
    assert values == before
    for rel in rels:
        assert values[rel.total] == sum(values[p] for p in rel.parts)


def test_zeros_are_not_chosen_while_a_non_zero_cell_can_be():
    values, rels = grid([[0, 2, 9, 0], [0, 6, 4, 5]])
    flags = S.protect(values, rels, RULE)
    assert all(values[k] != 0 for k in flags)
    assert S.derivable(values, rels, flags) == set()


def test_zeros_suppressed_when_configured():
    values, rels = grid([[0, 5, 9], [4, 6, 4]])
    flags = S.protect(values, rels, S.Rule(suppress_zero=True))
    assert flags[(0, 0)] == S.PRIMARY
    assert S.derivable(values, rels, flags) == set()


def test_nothing_small_nothing_hidden():
    values, rels = grid([[10, 5], [3, 4]])
    assert S.protect(values, rels, RULE) == {}


def test_a_small_total_is_hidden_with_its_cells():
    values, rels = grid([[1, 1, 0], [4, 3, 5]])
    flags = S.protect(values, rels, RULE)
    assert {(0, 0), (0, 1), (0, 3)} <= set(flags)
    assert S.derivable(values, rels, flags) == set()
    assert recomputable(values, rels, flags) == set()


def test_columns_only_table_like_the_units_table():
    values, rels = grid([[42, 15], [2, 0], [8, 1], [17, 20]], row_totals=False)
    flags = S.protect(values, rels, RULE)
    assert flags[(1, 0)] == S.PRIMARY and flags[(2, 1)] == S.PRIMARY
    assert flags[(2, 0)] == S.SECONDARY  # 8 is the smallest other non-zero of column 0
    assert S.derivable(values, rels, flags) == set()


def test_an_unpublished_column_can_give_a_cell_away():
    # total = none + ethnic + other, "none" is not printed but follows from the other three
    values = {"tot": 30, "none": 27, "eth": 2, "oth": 1}
    rels = [S.Relation("tot", ("none", "eth", "oth"))]
    flags = S.protect(values, rels, RULE, unpublished=["none"])
    assert flags == {"eth": S.PRIMARY, "oth": S.PRIMARY}
    values = {"tot": 30, "none": 2, "eth": 20, "oth": 8}
    flags = S.protect(values, rels, RULE, unpublished=["none"])
    assert flags["none"] == S.PRIMARY and flags["oth"] == S.SECONDARY


def test_a_cell_that_cannot_be_protected_is_an_error():
    values = {"tot": 5, "a": 2, "b": 3}
    rels = [S.Relation("tot", ("a", "b"))]
    with pytest.raises(KlagerapportError):
        S.protect(values, rels, RULE, fixed=["tot", "b"])


def test_the_exact_check_agrees_with_brute_force():
    import random

    rng = random.Random(7)
    values, rels = grid([[3, 1, 2], [2, 4, 1]])
    cells = list(values)
    for _ in range(40):
        hidden = set(rng.sample(cells, rng.randint(1, 5)))
        exact = S.derivable(values, rels, hidden)
        # what linear algebra determines, every completion agrees on
        assert exact <= recomputable(values, rels, hidden)
        lone = {
            k
            for r in rels
            for k in r.cells
            if k in hidden and sum(c in hidden for c in r.cells) == 1
        }
        assert lone <= exact


def test_protect_ends_with_nothing_derivable_on_many_tables():
    import random

    rng = random.Random(11)
    for _ in range(30):
        rows = [[rng.choice([0, 1, 2, 3, 5, 8, 13]) for _ in range(4)] for _ in range(3)]
        values, rels = grid(rows)
        flags = S.protect(values, rels, RULE)
        assert S.primary(values, RULE).keys() <= flags.keys()
        assert S.derivable(values, rels, flags) == set()


def test_utgave_names():
    assert settings.utgave(None) == "intern"
    assert settings.utgave("Offentlig") == "offentlig"
    with pytest.raises(KlagerapportError):
        settings.utgave("hemmelig")


def test_the_public_audit_trail_hides_small_counts():
    from klagerapport.publish.result import SectionResult

    public = SectionResult("x", populations={"mottatt": 2, "alle": 40}, utgave=settings.OFFENTLIG)
    text = public.audit_markdown()
    assert "| mottatt | : |" in text and "| alle | 40 |" in text
    internal = SectionResult("x", populations={"mottatt": 2})
    assert "| mottatt | 2 |" in internal.audit_markdown()


def assert_protected(internal_table, published_rows) -> None:
    """No cell printed as «:» follows from the internal table's relations and the published
    cells. Unknown too: cells the table never prints (implied columns, row totals printed
    elsewhere) when they are unpublished or small themselves (then hidden where printed)."""
    from klagerapport.publish import utgave as U

    values, rels, unpublished, _fixed = U.model(internal_table)
    hidden = {(r, c) for r, row in enumerate(published_rows) for c, t in enumerate(row) if t == ":"}
    off_table = {k for k in values if not isinstance(k[1], int) and S.rule().is_small(values[k])}
    unknown = [*hidden, *unpublished, *off_table]
    assert not S.derivable(values, rels, unknown) & hidden, internal_table.name


def test_every_section_publishes_a_tiny_district_without_a_one_or_two():
    """Hand-made cases where nearly every count is 1 or 2: each section runs in the public
    edition, prints no 1 or 2 in a table or an alt text, and keeps its hidden cells hidden."""
    import re

    from factories import frame, small_cases

    from klagerapport.publish import utgave as U
    from klagerapport.sections import registry

    cases = frame(*small_cases())
    small = re.compile(r"(?<![\d,.])[12](?![\d,.])")
    for name, function in registry.functions().items():
        result = function(cases, year=2019, district="Oslo", utgave=settings.OFFENTLIG)
        internal = function(cases, year=2019, district="Oslo")
        assert (result.utgave, internal.utgave) == (settings.OFFENTLIG, settings.INTERN)
        for table_name, table in result.tables.items():
            rows = table.text_rows()
            for row in rows:
                assert not {"1", "2"} & set(row[1:]), (name, row)
            # the hidden cells, against the internal table's numbers and relations
            assert_protected(internal.tables[table_name], rows)
        for chart in result.charts.values():
            assert not small.search(chart.alt.replace("færre enn 3", "")), chart.alt
        for key, value in result.values.items():
            raw = internal.values[key].raw
            counted = not key.startswith(("year.", "development.years"))
            if counted and isinstance(raw, int) and raw in (1, 2):
                assert U.is_hidden(value), key


def test_a_year_with_few_handled_cases_hides_its_statistics_and_the_comparison():
    from factories import case, frame

    from klagerapport.publish import utgave as U
    from klagerapport.sections import registry

    cases = frame(
        case("2018-03-01", "2018-03-20"),  # one case in 2018: its 19 days would be published
        *(case("2019-03-01", f"2019-03-{d:02d}") for d in (5, 9, 14, 20)),
    )
    result = registry.functions()["handling_time"](
        cases, year=2019, district="Oslo", utgave=settings.OFFENTLIG
    )
    rows = result.tables["saksbehandlingstid"].text_rows()
    assert [r[1] for r in rows] == [":"] * 4  # 2018: every statistic of the one case hidden
    assert ":" not in [r[2] for r in rows]  # 2019: four cases, shown
    for key in ("mean_minus1", "median_minus1", "within_deadline_minus1", "n_minus1"):
        assert U.is_hidden(result.values[f"handling_days.{key}"]), key
    sentence = result.values["handling_days.change_sentence"].text
    assert "19" not in sentence and sentence == U.NO_COMPARISON
    logged = [
        e["grunn"] for e in result.suppression_log if e.get("verdi") == "handling_days.n_minus1"
    ]
    assert logged == [S.PRIMARY]


@pytest.mark.slow
def test_every_year_of_the_sample_publishes_protected():
    """Oslo 2007-2019 from the synthetic sample: every section runs in the public edition (no
    table it cannot protect), prints no 1 or 2, and no hidden cell can be worked out."""
    from klagerapport import paths, settings
    from klagerapport.ingest import store, validate
    from klagerapport.sections import registry

    validated = validate.load_validated(paths.SAMPLE_DIR, year=2019, district="Oslo")
    cases = store.read_cases(validated.processed)
    for year in range(2007, 2020):
        for function in registry.functions().values():
            public = function(cases, year=year, district="Oslo", utgave=settings.OFFENTLIG)
            internal = function(cases, year=year, district="Oslo")
            for name, table in public.tables.items():
                rows = table.text_rows()
                assert not any({"1", "2"} & set(row[1:]) for row in rows), (year, name)
                assert_protected(internal.tables[name], rows)
