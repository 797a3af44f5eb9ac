"""Golden test: every section, run on the synthetic Oslo sample for 2019, reproduces every figure
of the published report (data/reference/published/oslo-2019.yml). Expected numbers are read from
that file, never typed here; shares and means are compared as the report prints them (half-up).
"""

from __future__ import annotations

import csv

import pytest
import yaml

from klagerapport import codes, fmt, paths
from klagerapport.ingest import validate
from klagerapport.publish import contract
from klagerapport.publish import values as V
from klagerapport.publish.captions import DECISION_HEADER, TOTAL_LABEL
from klagerapport.publish.result import SectionResult
from klagerapport.publish.tables import Table
from klagerapport.sections import registry

PUBLISHED = yaml.safe_load(paths.published_reference("Oslo", 2019).read_text(encoding="utf-8"))
DISTRICT = PUBLISHED["district"]
YEAR = PUBLISHED["year"]

# Top-level keys of the YAML that are not figures computed from case data.
NOT_FIGURES = {"district", "year", "carry_over_note"}
CHECKED: set[str] = set()  # filled by the `checks` decorator below


def checks(*keys: str):
    """Mark a test as the check of these top-level keys of the published YAML."""
    CHECKED.update(keys)
    return lambda func: func


@pytest.fixture(scope="module")
def results() -> dict[str, SectionResult]:
    cases = validate.load_validated(paths.SAMPLE_DIR, year=YEAR, district=DISTRICT).cases
    return {
        name: func(cases, year=YEAR, district=DISTRICT)
        for name, func in registry.functions().items()
    }


@pytest.fixture(scope="module")
def vals(results) -> dict[str, V.Value]:
    merged = {}
    for result in results.values():
        merged.update(result.values)
    return merged


def rows_by_label(table: Table) -> dict[str, list]:
    return {row[0]: row[1:] for row in table.raw_rows()}


@checks("received_total")
def test_received_total(vals):
    assert vals["received.total"].raw == PUBLISHED["received_total"]


@checks("decisions")
def test_decision_table(results):
    table = results["decisions"].tables["avgjorelse"]
    assert rows_by_label(table) == PUBLISHED["decisions"]
    order = [label for label in PUBLISHED["decisions"] if label != TOTAL_LABEL]
    assert [row[0] for row in table.rows[:-1]] == order  # no "Under behandling" row: none open


@checks("decisions")
def test_decision_values(vals):
    by_label = {c.label: c.key for c in codes.decisions()}
    for label, (total, etnisk, annen) in PUBLISHED["decisions"].items():
        key = "decisions" if label == TOTAL_LABEL else f"decisions.{by_label[label]}"
        count = vals[f"{key}.total" if label == TOTAL_LABEL else f"{key}.count"]
        assert (count.raw, vals[f"{key}.etnisk"].raw, vals[f"{key}.annen"].raw) == (
            total,
            etnisk,
            annen,
        ), label


@checks("grounds", "grounds_columns")
def test_ground_table(results):
    table = results["grounds"].tables["grunnlag"]
    assert table.header[1:] == PUBLISHED["grounds_columns"]
    assert rows_by_label(table) == PUBLISHED["grounds"]


@checks("mean_handling_days")
def test_mean_handling_days(vals):
    published = PUBLISHED["mean_handling_days"]
    for key, year in (("handling_days.mean", YEAR), ("handling_days.mean_minus1", YEAR - 1)):
        assert vals[key].raw == published[year]
        assert vals[key].text == fmt.decimal(published[year])
    assert vals["handling_days.change_word"].raw == "nedgang"


@checks("answer_deadline_days")
def test_answer_deadline(vals, results):
    deadline = PUBLISHED["answer_deadline_days"]
    assert vals["handling_days.deadline"].raw == deadline
    labels = [row[0] for row in results["handling_time"].tables["saksbehandlingstid"].rows]
    assert f"Andel besvart innen {deadline} dager" in labels


@checks("decided_per_year")
def test_decided_per_year(results, vals):
    table = results["development"].tables["utvikling"]
    published = PUBLISHED["decided_per_year"]
    assert dict(table.raw_rows()) == published
    assert [row[0] for row in table.raw_rows()] == sorted(published, reverse=True)
    assert vals["decided.total"].raw == published[YEAR]
    assert vals["decided.minus1"].raw == published[YEAR - 1]
    assert vals["decided.first_year"].raw == min(published)
    ranked = sorted(published.values(), reverse=True)
    assert ranked.index(published[YEAR]) == 0
    assert vals["decided.rank_word"].raw == "høyeste"


@checks("k_etnisk_decided_per_year")
def test_k_etnisk_decided_per_year(results, vals):
    table = dict(results["development"].tables["etnisk-utvikling"].raw_rows())
    published = PUBLISHED["k_etnisk_decided_per_year"]
    assert {year: table[year] for year in published} == published
    assert vals["discrimination.etnisk.decided"].raw == published[YEAR]
    for k in range(1, 9):
        assert vals[f"discrimination.etnisk.decided_minus{k}"].raw == published[YEAR - k]
    top = max(published, key=lambda y: (published[y], -y))
    assert vals["discrimination.etnisk.decided_max_year"].raw == top


@checks("decisions")
def test_k_etnisk_received_is_the_table_figure(vals):
    # the seed's "16 registrert K-etnisk" (decided) against 15 in the table (received)
    assert vals["discrimination.etnisk.received"].raw == PUBLISHED["decisions"]["Total"][1]
    assert vals["discrimination.annen.received"].raw == PUBLISHED["decisions"]["Total"][2]


@checks("decisions_2018")
def test_previous_year_decision_counts(vals):
    by_label = {c.label: c.key for c in codes.decisions()}
    for label, count in PUBLISHED["decisions_2018"].items():
        assert vals[f"decisions.{by_label[label]}.minus1"].raw == count, label
    assert vals["decisions.minus1_total"].raw == PUBLISHED["decided_per_year"][YEAR - 1]


@checks("units")
def test_units(results, vals):
    table = rows_by_label(results["units"].tables["enheter"])
    suffix = {YEAR: "count", YEAR - 1: "minus1", YEAR - 2: "minus2"}
    column = {YEAR - 2: 0, YEAR - 1: 1, YEAR: 2}
    for unit, per_year in PUBLISHED["units"].items():
        for year, count in per_year.items():
            assert vals[f"units.{V.unit_key(unit)}.{suffix[year]}"].raw == count, (unit, year)
            assert table[unit][column[year]] == count, (unit, year)


def _share_key(label: str) -> str:
    """The value key of a share the commentary quotes, from its published label."""
    for c in codes.decisions():
        if c.label == label:
            return f"decisions.{c.key}.share"
    for c in codes.grounds():
        if codes.ground_heading(c.code) == label:
            return f"grounds.{c.key}.share"
    keys = {c.key: c for c in codes.grounds()}
    parts = [part.strip().lower() for part in label.split(" og ")]
    assert all(p in keys for p in parts), label
    return f"grounds.{'_'.join(parts)}.share"


@checks("shares_2019_percent")
def test_published_shares(vals):
    for label, percent in PUBLISHED["shares_2019_percent"].items():
        value = vals[_share_key(label)]
        assert value.text == fmt.percent_points(percent), label
        assert fmt.round_half_up(value.raw * 100) == percent, label


@checks("growth_2018_2019_percent")
def test_growth(vals):
    growth = PUBLISHED["growth_2018_2019_percent"]
    assert vals["received.change"].text == fmt.percent_points(growth)
    assert vals["received.change_word"].raw == "økning"


def test_every_published_figure_is_checked():
    assert set(PUBLISHED) - NOT_FIGURES == CHECKED


def test_saved_csv_is_the_published_decision_table(results, tmp_path):
    results["decisions"].save(tmp_path)
    with open(tmp_path / "tables" / "avgjorelse.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == list(DECISION_HEADER)
    assert {r[0]: [int(x) for x in r[1:]] for r in rows[1:]} == PUBLISHED["decisions"]


def test_saved_markdown_prints_the_published_ground_sums(results, tmp_path):
    results["grounds"].save(tmp_path)
    md = (tmp_path / "tables" / "grunnlag.md").read_text(encoding="utf-8")
    sums = " | ".join(fmt.integer(n) for n in PUBLISHED["grounds"]["SUM"])
    assert f"| SUM | {sums} |" in md
    assert md.rstrip().endswith("{#tbl-grunnlag}")


def test_every_value_key_is_in_the_contract_and_every_contract_key_is_made(vals):
    specs = contract.specs()
    assert [k for k in vals if not any(s.matches(k) for s in specs)] == []
    national = [s for s in specs if s.key.startswith("comparison.")]  # Norge's: test_comparison
    assert national
    unmade = [s.key for s in specs if s not in national and not any(s.matches(k) for k in vals)]
    assert unmade == []
    assert not [k for k in vals if k.startswith("comparison.")]  # a district has no comparison
    raw = {k: v.raw for k, v in vals.items()}
    assert contract.check(raw) == []
