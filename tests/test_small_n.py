"""Handling-time statistics of few cases in the public edition (issue 20, item 4).

A cell of 1 or 2 real cases may be rounded up to 3 copies (publish/protection.py), so a mean,
median or histogram over a few printed cases can be one real case's own handling time. The
public edition prints «–» for a column's mean, median and share within the deadline, and draws
the histogram without bars, when the column's *printed* n is 1 .. min_n_handling-1
(data/reference/suppression.yml; docs/suppression.md): in the district's report, the national
report and the comparison's rows, in every place they are printed. The internal edition is
unchanged. Every expected number here is counted by eye from the hand-made cases."""

from __future__ import annotations

import json
import re
import shutil

import pytest
import yaml
from factories import case, frame

from klagerapport import districts, settings
from klagerapport.errors import KlagerapportError
from klagerapport.publish import comparison_captions, protection
from klagerapport.publish import suppression as S
from klagerapport.sections.comparison import COUNTS, comparison
from klagerapport.sections.handling_time import STATISTICS, handling_time
from klagerapport.sections.received import received
from klagerapport.sections.units import units

PUBLIC = settings.OFFENTLIG
HIDDEN = "–"
TABLE = "saksbehandlingstid"


def same_cell(n: int, *, first_day: int = 8, year: int = 2019, **fields) -> list[dict]:
    """`n` cases of one inner cell (same decision, ground, unit and 7-day histogram bin): no
    rounding touches them when n >= 3. Handling days first_day, first_day + 1, ... (n <= 7)."""
    return [case(f"{year}-03-01", f"{year}-03-{1 + first_day + i:02d}", **fields) for i in range(n)]


def one_decided() -> list[dict]:
    """One open case and one case decided after 19 days: the open case's cell is rounded down
    and the decided case's cell up, to 3 copies of its 19 days."""
    return [case("2019-02-01", None), case("2019-03-01", "2019-03-20")]


def two_late() -> list[dict]:
    """Two cases answered after 40 and 41 days (deadline 28), one inner cell of 2."""
    return [case("2019-03-01", "2019-04-10"), case("2019-03-01", "2019-04-11")]


def public(cases, **options):
    return handling_time(frame(*cases), year=2019, district="Oslo", utgave=PUBLIC, **options)


def internal(cases):
    return handling_time(frame(*cases), year=2019, district="Oslo")


def column(result, year: int) -> list[str]:
    table = result.tables[TABLE]
    at = table.header.index(str(year))
    return [row[at] for row in table.text_rows()]


def assert_withheld(result, *, n: int) -> None:
    """The year's mean, median and share are «–» in the values and the table, n is printed,
    the histogram has no bars and its alt text no statistic."""
    values = result.values
    assert values["handling_days.n"].raw == n
    for key in STATISTICS["handling_days.n"]:
        assert (values[key].raw, values[key].text) == (None, HIDDEN), key
    assert column(result, 2019) == [HIDDEN, HIDDEN, HIDDEN, str(n)]
    assert "vises ikke" in result.tables[TABLE].note
    chart = result.charts[TABLE]
    assert not chart.figure.axes[0].patches  # no bars
    assert "vises ikke" in chart.alt and "Gjennomsnitt" not in chart.alt
    assert values["handling_days.change_word"].raw is None
    sentence = values["handling_days.change_sentence"].text
    assert "vises ikke" in sentence and not re.search(r"\d+,\d", sentence)


# ------------------------------------------------------------------------------- the rule


def test_the_threshold_is_configured_and_may_not_be_below_the_bound(tmp_path):
    rule = S.rule()
    assert rule.min_n_handling == 7 == S.least_n_handling(rule.min_count)
    assert [n for n in range(10) if rule.hides_handling(n)] == [1, 2, 3, 4, 5, 6]
    assert not rule.hides_handling(None)
    file = tmp_path / "suppression.yml"
    base = yaml.safe_load(S.SUPPRESSION_FILE.read_text(encoding="utf-8"))
    file.write_text(yaml.safe_dump({**base, "min_n_handling": 10}), encoding="utf-8")
    assert S.load_rule(file).min_n_handling == 10
    file.write_text(yaml.safe_dump({**base, "min_n_handling": 6}), encoding="utf-8")
    with pytest.raises(KlagerapportError, match="min_n_handling må være minst 7"):
        S.load_rule(file)


def test_one_real_case_can_stand_for_min_count_printed_cases():
    """The bound's premise, on the protection itself: a lone case becomes 3 identical rows."""
    rounded = protection.public_cases(frame(*one_decided()))
    decided = rounded[rounded["avsluttet"].notna()]
    assert len(decided) == S.rule().min_count
    assert decided["avsluttet"].nunique() == 1 and decided["mottatt"].nunique() == 1


# ------------------------------------------------------------------- the district's report


def test_one_decided_case_never_publishes_its_handling_time():
    result = public(one_decided())
    assert_withheld(result, n=3)
    printed = " ".join(v.text for v in result.values.values())
    assert not re.search(r"(?<!\d)19(?!\d)", printed), printed
    # the internal edition is unchanged: the case's own 19 days
    assert internal(one_decided()).values["handling_days.mean"].text == "19,0"


def test_two_late_cases_are_withheld_and_the_internal_edition_is_not():
    result = public(two_late())
    assert_withheld(result, n=3)
    inside = internal(two_late()).values
    assert (inside["handling_days.mean"].text, inside["handling_days.within_deadline"].raw) == (
        "40,5",
        0.0,
    )


def test_boundary_at_the_threshold():
    six = public(same_cell(3, avgjorelse="kritikk") + same_cell(3, avgjorelse="avvist"))
    assert_withheld(six, n=6)
    seven = public(same_cell(7))  # days 8 .. 14, all in one bin: exact, not rounded
    values = seven.values
    assert values["handling_days.n"].raw == 7
    assert (values["handling_days.mean"].text, values["handling_days.median"].text) == (
        "11,0",
        "11",
    )
    assert values["handling_days.within_deadline"].text.startswith("100")
    assert column(seven, 2019) == ["11,0", "11", values["handling_days.within_deadline"].text, "7"]
    assert seven.charts[TABLE].figure.axes[0].patches
    assert "vises ikke" not in seven.tables[TABLE].note + seven.charts[TABLE].alt


def test_the_threshold_comes_from_the_rule(monkeypatch):
    stricter = S.Rule(min_n_handling=10, note=S.rule().note)
    monkeypatch.setattr(S, "rule", lambda: stricter)
    assert_withheld(public(same_cell(7)), n=7)
    ten = public(same_cell(7) + same_cell(3, avgjorelse="avvist"))
    assert ten.values["handling_days.mean"].raw is not None


def test_late_cases_among_many_are_never_one_or_two():
    """n minus the cases within the deadline is a sum of inner cells (the bins split at the
    deadline): two late cases among six on time are printed as three, never as two."""
    values = public(same_cell(6) + two_late()).values
    n, share = values["handling_days.n"].raw, values["handling_days.within_deadline"].raw
    assert n == 9 and round(n * (1 - share)) == 3


def test_last_years_column_alone_withheld():
    cases = same_cell(3, year=2018) + same_cell(7)
    result = public(cases)
    values = result.values
    assert values["handling_days.n_minus1"].raw == 3
    for key in STATISTICS["handling_days.n_minus1"]:
        assert values[key].raw is None, key
    assert values["handling_days.mean"].text == "11,0"
    assert column(result, 2018) == [HIDDEN, HIDDEN, HIDDEN, "3"]
    assert values["handling_days.change_word"].raw is None
    sentence = values["handling_days.change_sentence"].text
    assert sentence.startswith("(gjennomsnittet for 2018 vises ikke") and "9,0" not in sentence
    assert result.charts[TABLE].figure.axes[0].patches  # this year's bars are drawn
    # internal: last year's mean of 9 days and the change word
    assert internal(cases).values["handling_days.change_word"].text == "økning"


def test_this_years_column_withheld_quotes_last_years_mean():
    values = public(same_cell(7, year=2018) + one_decided()).values
    assert values["handling_days.mean_minus1"].text == "11,0"
    assert values["handling_days.change_sentence"].text.endswith(
        "; i 2018 lå gjennomsnittet på 11,0 dager)"
    )


# -------------------------------------------------------------- the national report's rows


def national_cases():
    """Oslo: 7 cases of one cell; Vest: one decided case (rounded up to 3 copies)."""
    vest = [{**c, "distrikt": "Vest"} for c in one_decided()]
    return frame(*same_cell(7), *vest)


def test_comparison_rows_withhold_as_the_districts_own_reports_do():
    cases = national_cases()
    result = comparison(cases, year=2019, district="Norge", utgave=PUBLIC)
    table = result.tables[COUNTS]
    rows = {row[0]: row for row in table.text_rows()}
    mean = table.header.index(comparison_captions.COMPARISON_MEAN_DAYS)
    within = table.header.index(comparison_captions.COMPARISON_WITHIN)
    assert rows["Vest"][mean] == HIDDEN and rows["Vest"][within] == HIDDEN
    assert rows["Oslo"][mean] == "11,0"
    # the two districts' sum (a partial national row, named so): 10 printed cases, shown
    national = districts.national_row(districts.missing_police_districts(["Oslo", "Vest"]))
    assert rows[national][mean] not in (HIDDEN, "")
    own = handling_time(cases, year=2019, district="Vest", utgave=PUBLIC).values
    assert own["handling_days.mean"].text == rows["Vest"][mean]
    # a withheld row withholds the column's extremes (it might be the longest)
    for end in ("max", "min"):
        assert result.values[f"comparison.handling_mean_{end}"].text == HIDDEN
        assert result.values[f"comparison.handling_mean_{end}_district"].text == HIDDEN
    inside = comparison(cases, year=2019, district="Norge")
    inside_rows = {row[0]: row for row in inside.tables[COUNTS].text_rows()}
    assert inside_rows["Vest"][mean] == "19,0"


# ------------------------------------------------------------------- units, national table


def test_a_district_rounded_away_keeps_its_row_in_the_public_national_units_table():
    rows = []
    for d in districts.police_districts():
        for year in (2017, 2018, 2019):
            n = 1 if d.name == "Finnmark" else 3  # Finnmark: one case a year, rounded to 0
            rows += same_cell(n, year=year, distrikt=d.name)
    cases = frame(*rows)
    inside = units(cases, year=2019, district="Norge").tables["enheter"].text_rows()
    shown = units(cases, year=2019, district="Norge", utgave=PUBLIC).tables["enheter"]
    rows_shown = shown.text_rows()
    assert [r[0] for r in rows_shown] == [r[0] for r in inside]  # every row of the form
    assert {r[0]: r[1:] for r in inside}["Finnmark"] == ["1", "1", "1"]
    assert {r[0]: r[1:] for r in rows_shown}["Finnmark"] == ["0", "0", "0"]
    assert rows_shown[-1] == ["Sum", "33", "33", "33"]


# ------------------------------------------------------------------------- page 1's owner


def test_page_one_owner_of_a_partial_national_report(tmp_path):
    from klagerapport.render import finality
    from klagerapport.render.stage import DOCUMENT, RUN_METADATA, Staged

    cases = frame(*same_cell(3), *same_cell(3, distrikt="Vest"))
    owner = received(cases, year=2019, district="Norge").values["owner"]
    assert owner.text == "hele landet, delvis (2 av 12 politidistrikter)"
    assert received(cases, year=2019, district="Oslo").values["owner"].text == (
        "Oslo politidistrikt"
    )
    (tmp_path / DOCUMENT).write_text('---\ntitle: "Skjema"\n---\n', encoding="utf-8")
    (tmp_path / RUN_METADATA).write_text("rapport: {}\n", encoding="utf-8")
    heading = "Hele landet, delvis: 2 av 12 politidistrikter (mangler …)"
    variables = {"district": heading, "owner": owner.text}
    staged = Staged(tmp_path, variables, [], {})
    finality.describe(staged, utgave="intern", final=True, year=2019)
    meta = yaml.safe_load((tmp_path / RUN_METADATA).read_text(encoding="utf-8"))
    # first under its label on page 1: a capital letter
    assert meta["rapport"]["eier"] == finality.md_escape("H" + owner.text[1:])
    assert (
        meta["rapport"]["eier"].replace("\\", "")
        == "Hele landet, delvis (2 av 12 politidistrikter)"
    )
    assert "alle politidistrikter" not in meta["author"].lower()


# ------------------------------------------------------------------- whole public builds


@pytest.fixture(scope="module", params=["one_decided", "two_late"])
def built(request, tmp_path_factory):
    """A public build of a Troms 2019 with only `one_decided` or `two_late` cases."""
    from klagerapport.ingest import store
    from klagerapport.pipeline import run as pipeline_run

    root = tmp_path_factory.mktemp(request.param)
    lines = ["saksnr;distrikt;mottatt;avsluttet;avgjorelse;grunnlag;diskriminering;enhet"]
    for i, c in enumerate(globals()[request.param]()):
        closed = c["avsluttet"] or ""
        lines.append(f"2019/{i:04d};Troms;{c['mottatt']};{closed};{c['avgjorelse'] or ''};228.1;;")
    data = root / "troms.csv"
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = root / "troms" / "2019-offentlig"
    try:
        pipeline_run.build_report(
            year=2019,
            district="Troms",
            data=data,
            out=out,
            engine="embedded",
            utgave=PUBLIC,
            log=lambda _l: None,
        )
    finally:
        shutil.rmtree(store.location(data), ignore_errors=True)
    return out


@pytest.mark.slow
def test_a_public_build_prints_the_withheld_statistics_alike_everywhere(built):
    from openpyxl import load_workbook

    values = json.loads((built / "values.json").read_text(encoding="utf-8"))["handling_days"]
    assert values["n"] == 3
    assert [values[k] for k in ("mean", "median", "within_deadline")] == [None] * 3
    texts = yaml.safe_load((built / "_variables.yml").read_text(encoding="utf-8"))
    assert [texts["handling_days"][k] for k in ("mean", "median", "within_deadline")] == [
        HIDDEN
    ] * 3
    csv_rows = (built / "tables" / f"{TABLE}.csv").read_text(encoding="utf-8").splitlines()
    assert csv_rows[1:] == [
        "Gjennomsnitt (dager),,",
        "Median (dager),,",
        "Andel besvart innen 28 dager,,",
        "Antall saker,,3",
    ]
    book = load_workbook(built / "tabeller.xlsx")
    sheet = next(s for s in book.worksheets if s.title == "Saksbehandlingstid")
    cells = {row[0]: row[1:] for row in sheet.iter_rows(values_only=True) if row[0]}
    assert cells["Gjennomsnitt (dager)"] == (None, None)
    assert cells["Antall saker"] == (None, 3)
    html = (built / "rapport.html").read_text(encoding="utf-8")
    # page 1's placeholder {{< var handling_days.mean >}} prints «–», then why
    assert "<p>– dager i 2019 (gjennomsnittet vises ikke i den offentlige utgaven" in html
    alt = re.search(r'fig-alt="([^"]*)"', (built / "figures" / f"{TABLE}.md").read_text())[1]
    assert "vises ikke" in alt
    for days in ("19,0", "40,5", "40", "41"):  # the real cases' own days, nowhere
        assert not re.search(rf"(?<![\d,]){days}(?![\d,]) dager", html), days


@pytest.mark.slow
def test_commentary_quoting_a_withheld_value_is_named_by_the_check(built, tmp_path):
    """The commentary template's placeholders of the withheld mean and share print «–» and the
    check names each, file and line (a final edition stops on them)."""
    from klagerapport import paths
    from klagerapport.check import BuildValues, blocks_final, check_commentary

    (tmp_path / "klagebehandling.md").write_text(
        (paths.COMMENTARY_TEMPLATE / "klagebehandling.md").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    findings = check_commentary(tmp_path, BuildValues.load(built), year=2019)
    named = [f for f in findings if f.code == "missing-value"]
    assert [m for f in named for m in re.findall(r"«(handling_days\.\w+)»", f.message)] == [
        "handling_days.mean",
        "handling_days.within_deadline",
    ]
    assert all(f.line == 1 and f.file.endswith("klagebehandling.md") for f in named)
    assert all(blocks_final(f) for f in named)


@pytest.mark.slow
def test_a_public_batch_withholds_a_small_districts_pod_row_as_its_own_report(tmp_path):
    """Oslo (the sample, many cases) and Troms (one decided case) as one public publication:
    the national comparison's Troms row and POD's roll-up print «–»/empty where Troms's own
    report withholds, and the roll-up reconciles."""
    import csv

    from klagerapport import paths
    from klagerapport.ingest import store
    from klagerapport.pipeline import batch

    sample = next(paths.SAMPLE_DIR.glob("*.csv"))
    with open(sample, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    header, body = rows[0], rows[1:]
    col = {name: i for i, name in enumerate(header)}
    kept = [r for r in body if r[col["mottatt"]].endswith("2019")]
    for i, c in enumerate(one_decided()):
        row = [""] * len(header)
        row[col["saksnr"]], row[col["distrikt"]] = f"2019/9{i:03d}", "Troms"
        row[col["mottatt"]], row[col["avsluttet"]] = c["mottatt"], c["avsluttet"] or ""
        row[col["avgjorelse"]], row[col["grunnlag"]] = c["avgjorelse"] or "", "228.1"
        kept.append(row)
    data = tmp_path / f"test-small-n-{tmp_path.name}.csv"
    with open(data, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows([header, *kept])
    lines: list[str] = []
    out = tmp_path / "out"
    try:
        result = batch.build_batch(
            districts="Oslo,Troms",
            years="2019",
            data=data,
            out=out,
            render=False,
            partial=True,
            utgave=PUBLIC,
            log=lines.append,
        )
    finally:
        shutil.rmtree(store.location(data), ignore_errors=True)
    assert result.ok, "\n".join(lines)
    own = json.loads((out / "troms" / "2019-offentlig" / "values.json").read_text())
    assert own["handling_days"]["n"] == 3 and own["handling_days"]["mean"] is None
    assert json.loads((out / "oslo" / "2019-offentlig" / "values.json").read_text())[
        "handling_days"
    ]["mean"]
    pod = out / "pod" / "2019-offentlig"
    with open(pod / f"{COUNTS}.csv", encoding="utf-8", newline="") as fh:
        table = list(csv.reader(fh))
    mean = table[0].index(comparison_captions.COMPARISON_MEAN_DAYS)
    within = table[0].index(comparison_captions.COMPARISON_WITHIN)
    by_name = {r[0]: r for r in table[1:]}
    assert (by_name["Troms"][mean], by_name["Troms"][within]) == ("", "")
    national = next(name for name in by_name if name.startswith(districts.NATIONAL))
    assert national.startswith("Norge, delvis (") and by_name[national][mean]
    assert by_name["Oslo"][mean]
