"""The public edition of the Oslo 2019 sample (`build --utgave offentlig`) against the internal
one: no count of 1 or 2 in any table, CSV, alt text or PDF table, no hidden cell that can be
worked out from its row, column or the totals, the rule under each affected table, a log without
values, and the internal edition untouched. And a district with no commentary and no notes gets
every table and chart of the form, in the form's order."""

from __future__ import annotations

import csv
import json
import re
import shutil

import numpy as np
import pytest
from built import norm

from klagerapport import paths, settings
from klagerapport.ingest import store
from klagerapport.pipeline import run as pipeline_run
from klagerapport.publish import escape, suppression

pytestmark = pytest.mark.slow

SMALL = re.compile(r"(?<![\d,.])[12](?![\d,.])")  # a whole 1 or 2, not part of 12, 2019, 0,2
HIDDEN = suppression.rule().symbol


@pytest.fixture(scope="module")
def public(tmp_path_factory):
    out = tmp_path_factory.mktemp("public") / "oslo-2019-offentlig"
    pipeline_run.build_report(
        year=2019,
        district="Oslo",
        out=out,
        engine="embedded",
        utgave="offentlig",
        log=lambda _l: None,
    )
    return out


def _csv(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_no_table_cell_of_one_or_two(public):
    hidden = 0
    for file in sorted((public / "tables").glob("*.csv")):
        rows = _csv(file)
        for row in rows[1:]:
            for cell in row[1:]:
                assert cell not in ("1", "2"), f"{file.name}: {row}"
                hidden += cell == HIDDEN
    assert hidden >= 11  # the sample has 11 cells of 1-2 (issue 13) plus secondary ones


def test_the_internal_edition_is_not_suppressed(oslo_2019):
    rows = _csv(oslo_2019 / "tables" / "avgjorelse.csv")
    assert rows[1][:4] == ["Grunnlag for kritikk", "26", "2", "0"]
    assert not (oslo_2019 / "undertrykking.json").exists()
    for file in (oslo_2019 / "tables").glob("*.csv"):
        assert HIDDEN not in {c for r in _csv(file)[1:] for c in r[1:]}, file.name


def _relations(name: str, rows: list[list[str]]):
    """The linear relations of a published table, written out here independently of the
    build's own model: (total cell, part cells); cells are (row, column) of the CSV body, and
    ('implied', row) is the decision table's unprinted column (total minus the other two)."""
    body = rows[1:]
    n, last = len(body), len(body) - 1
    cols = range(1, len(rows[0]))
    rels = []
    if name == "avgjorelse":
        for r in range(n):
            rels.append(((r, 1), [(r, 2), (r, 3), ("implied", r)]))
        for c in [2, 3, 1]:
            rels.append(((last, c), [(r, c) for r in range(last)]))
        rels.append((("implied", last), [("implied", r) for r in range(last)]))
    elif name in ("grunnlag", "enheter"):
        for c in cols:
            rels.append(((last, c), [(r, c) for r in range(last)]))
        if name == "grunnlag":  # each row adds up to a total printed in the decision table
            for r in range(n):
                rels.append((("row-total", r), [(r, c) for c in cols]))
    return rels


def _determined(rels, unknown: list) -> set:
    """The unknown cells the relations fix exactly (rank test, numpy)."""
    index = {k: i for i, k in enumerate(unknown)}
    rows = []
    for total, parts in rels:
        row = np.zeros(len(unknown))
        for sign, cells in ((1, [total]), (-1, parts)):
            for k in cells:
                if k in index:
                    row[index[k]] += sign
        if row.any():
            rows.append(row)
    if not rows:
        return set()
    a = np.array(rows)
    rank = np.linalg.matrix_rank(a)
    return {
        k
        for k, i in index.items()
        if np.linalg.matrix_rank(np.vstack([a, np.eye(1, len(unknown), i)])) == rank
    }


def test_no_hidden_cell_can_be_worked_out(public):
    for name in ("avgjorelse", "grunnlag", "enheter"):
        rows = _csv(public / "tables" / f"{name}.csv")
        hidden = [
            (r, c) for r, row in enumerate(rows[1:]) for c, v in enumerate(row) if v == HIDDEN
        ]
        assert hidden or name == "avgjorelse"
        implied = [("implied", r) for r in range(len(rows) - 1)] if name == "avgjorelse" else []
        unknown = hidden + implied
        assert _determined(_relations(name, rows), unknown) & set(hidden) == set(), name


def test_rule_under_each_affected_table_and_a_log_without_values(public):
    log = json.loads((public / "undertrykking.json").read_text(encoding="utf-8"))
    assert log["regel"]["min_antall"] == 3 and log["regel"]["symbol"] == HIDDEN
    cells = [e for entries in log["avsnitt"].values() for e in entries if "tabell" in e]
    assert {e["grunn"] for e in cells} == {suppression.PRIMARY, suppression.SECONDARY}
    for e in (e for entries in log["avsnitt"].values() for e in entries):
        assert set(e) <= {"tabell", "rad", "kolonne", "grunn", "verdi"}  # never a number
    for table in {e["tabell"] for e in cells}:
        md = (public / "tables" / f"{table}.md").read_text(encoding="utf-8")
        assert suppression.rule().note in md, table
    html = norm((public / "rapport.html").read_text(encoding="utf-8"))
    assert html.count("Tall basert på færre enn 3 saker vises ikke") == len(
        {e["tabell"] for e in cells}
    )


def test_alt_texts_and_values_publish_no_one_or_two(public):
    for md in (public / "figures").glob("*.md"):
        alt = re.search(r'fig-alt="([^"]*)"', md.read_text(encoding="utf-8"))[1]
        assert not SMALL.search(alt.replace("færre enn 3", "")), (md.name, alt)
    values = json.loads((public / "values.json").read_text(encoding="utf-8"))
    assert values["decisions"]["kritikk"]["etnisk"] is None  # 2 in the internal edition
    assert values["units"]["hittegods"]["count"] is None


def _md_rows(md: str) -> list[list[str]]:
    """The body rows of a Markdown pipe table as printed (escapes removed)."""
    lines = [line for line in md.splitlines() if line.startswith("| ")][1:]
    cells = [re.split(r"(?<!\\)\|", line.strip()[1:-1]) for line in lines]
    return [[escape.unmarkdown(c.strip()) for c in row] for row in cells]


def test_pdf_and_html_tables_print_what_the_csv_says(public):
    """Every row of every table reads in the PDF text exactly as published, so the PDF has no
    1 or 2 the CSV does not; and no HTML table cell is 1 or 2."""
    from pypdf import PdfReader

    text = norm(" ".join(p.extract_text() for p in PdfReader(public / "rapport.pdf").pages))
    for md in sorted((public / "tables").glob("*.md")):
        if md.stem == "diskriminering":  # in the workbook, not in the report
            continue
        for row in _md_rows(md.read_text(encoding="utf-8")):
            assert norm(" ".join(row)) in text, (md.name, row)
    assert f"Grunnlag for kritikk 26 {HIDDEN} 0" in text
    assert "Grunnlag for kritikk 26 2 0" not in text
    html = (public / "rapport.html").read_text(encoding="utf-8")
    cells = re.findall(r"<t[dh][^>]*>([^<]*)</t[dh]>", html)
    assert cells and not {"1", "2"} & {c.strip() for c in cells}


def test_commentary_quoting_a_hidden_value_fails_the_public_build(public, monkeypatch, tmp_path):
    from klagerapport import render
    from klagerapport.errors import KlagerapportError

    folder = tmp_path / "commentary" / "oslo" / "2019"
    folder.mkdir(parents=True)
    (folder / "generelt.md").write_text(
        "Tekst.\n\nK-etnisk med kritikk: {{< var decisions.kritikk.etnisk >}}.\n", encoding="utf-8"
    )
    monkeypatch.setattr(paths, "COMMENTARY", tmp_path / "commentary")
    run_dir = tmp_path / "run"
    shutil.copytree(public, run_dir)
    with pytest.raises(KlagerapportError, match=r"generelt\.md:3: .*decisions\.kritikk\.etnisk"):
        render.render_run(run_dir, settings.load(district="Oslo", year=2019, engine="embedded"))


def test_a_district_without_commentary_gets_the_whole_form(tmp_path):
    sample = next(paths.SAMPLE_DIR.glob("*.csv")).read_text(encoding="utf-8")
    data = tmp_path / "test-build-agder.csv"
    data.write_text(sample.replace(";Oslo;", ";Agder;"), encoding="utf-8")
    out = tmp_path / "agder-2019"
    try:
        pipeline_run.build_report(
            year=2019, district="Agder", data=data, out=out, engine="embedded", log=lambda _l: None
        )
    finally:
        shutil.rmtree(store.location(data), ignore_errors=True)
    html = (out / "rapport.html").read_text(encoding="utf-8")
    order = [
        'id="tbl-avgjorelse"',
        "Totalt antall mottatte klagesaker 2019:",
        'id="tbl-grunnlag"',
        'id="fig-grunnlag"',
        'id="tbl-saksbehandlingstid"',
        'id="fig-saksbehandlingstid"',
        'id="tbl-utvikling"',
        'id="fig-utvikling"',
        'id="tbl-enheter"',
        'id="tbl-etnisk-utvikling"',
        'id="fig-etnisk-utvikling"',
    ]
    positions = [html.find(mark) for mark in order]
    assert all(p > 0 for p in positions), dict(zip(order, positions, strict=True))
    assert positions == sorted(positions)
    assert "Kommentar mangler" in html
    assert "slått sammen" not in html  # Oslo's row note stays Oslo's
    assert (out / paths.deliverable("Agder", 2019, "pdf")).is_file()
