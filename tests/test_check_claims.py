"""The commentary check's rank words against whole yearly series, the national report's
commentary (district names, the comparison's extremes) and the missing-comment warnings.

Values are made here in the values/<section>.json form, the yearly series in the tables/ form
(year -> count), as the development section writes them.
"""

from __future__ import annotations

from pathlib import Path

from klagerapport.check import ERROR, WARNING, BuildValues, check_commentary
from klagerapport.check.build_values import read_year_table

SECTIONS = ["innkomne-saker"]
# decided per year as the development table («utvikling») holds it: 56 in 2018 and 2019
DECIDED = {2016: 32, 2017: 47, 2018: 56, 2019: 56, 2020: 51, 2021: 52}


def values(district: str = "Agder", series: dict | None = None, **changes) -> BuildValues:
    flat = {
        "district": district,
        "year.current": 2021,
        "year.minus1": 2020,
        "year.minus2": 2019,
        "year.minus3": 2018,
        "received.total": 55,
        "received.minus1": 51,
        "decided.total": 52,
        "decided.minus1": 51,
        "decided.rank_word": "tredje høyeste",
        "comparison.received_max": 202,
        "comparison.received_max_district": "Oslo",
        "comparison.handling_mean_min": 15.6,
        "comparison.handling_mean_min_district": "Troms",
    }
    flat.update({k.replace("__", "."): v for k, v in changes.items()})
    made = {k: {"value": v, "text": str(v)} for k, v in flat.items()}
    per_year = {"decided.total": DECIDED} if series is None else series
    return BuildValues.from_flat(made, series=per_year)


def check(tmp_path: Path, text: str, vals: BuildValues | None = None, sections=SECTIONS):
    folder = tmp_path / "k"
    folder.mkdir(exist_ok=True)
    (folder / "innkomne-saker.md").write_text(text, encoding="utf-8")
    return check_commentary(folder, vals or values(), allowed=[], sections=sections)


# ------------------------------------------------------------------------ A: rank words


def test_a_false_record_is_an_error_naming_the_true_extreme(tmp_path):
    text = (
        "Det ble behandlet {{< var decided.total >}} klager, det høyeste antallet siden starten.\n"
    )
    [f] = check(tmp_path, text)
    assert (f.code, f.severity) == ("stale-claim", ERROR)
    assert "2018 og 2019 hadde 56" in f.message and "2016–2021" in f.message
    assert "decided.rank_word" in f.suggestion and "56 i 2018 og 2019" in f.suggestion
    # the same sentence holds when this year is the highest (a tie counts)
    assert check(tmp_path, text, values(series={"decided.total": {**DECIDED, 2021: 56}},
                                        decided__total=56)) == []  # fmt: skip


def test_the_span_of_a_rank_word_is_the_years_the_sentence_names(tmp_path):
    since = "Det ble behandlet {{< var decided.total >}} klager, det høyeste antallet siden 2020.\n"
    assert [f.code for f in check(tmp_path, since)] == ["typed-value"]  # 2020 typed, claim holds
    # «siden 2019» is the years after it: 2019's 56 does not count against 52
    var = "Behandlet {{< var decided.total >}}, det høyeste siden {{< var year.minus2 >}}.\n"
    assert check(tmp_path, var) == []
    [f] = check(tmp_path, var.replace("høyeste", "laveste"))
    assert f.code == "stale-claim" and "2020 hadde 51" in f.message and "2020–2021" in f.message
    [f] = check(tmp_path, var.replace("minus2", "minus3"))  # since 2018: 2019 had 56
    assert f.code == "stale-claim" and "2019 hadde 56" in f.message
    two = "Behandlet {{< var decided.total >}}, det høyeste på to år.\n"
    assert check(tmp_path, two) == []
    low = "Behandlet {{< var decided.total >}}, det laveste noensinne.\n"
    [f] = check(tmp_path, low)
    assert "2016 hadde 32" in f.message


def test_a_second_place_is_checked_as_a_place_not_as_the_top(tmp_path):
    second = "Behandlet {{< var decided.total >}}, det nest høyeste antallet.\n"
    [f] = check(tmp_path, second)
    assert f.code == "stale-claim" and "nr. 3" in f.message  # 56 twice above it
    assert check(tmp_path, second.replace("nest", "tredje")) == []


def test_no_span_means_the_whole_series_and_a_record_without_one_is_not_confirmed(tmp_path):
    text = "Det ble behandlet {{< var decided.total >}} klager, det høyeste antallet.\n"
    assert [f.code for f in check(tmp_path, text)] == ["stale-claim"]
    # received has only this year and last in the build: «noensinne» cannot be confirmed
    ever = "Agder mottok {{< var received.total >}} klager, det høyeste antallet noensinne.\n"
    [f] = check(tmp_path, ever)
    assert (f.code, f.severity) == ("needs-signoff", WARNING)
    assert "bygget har bare 2 år av received.total" in f.message and f.value
    # … but a record the two years already contradict is an error
    [f] = check(tmp_path, ever, values(received__total=50))
    assert f.code == "stale-claim"
    # and over the two years it has, the claim holds
    assert check(tmp_path, ever.replace("noensinne", "på to år")) == []


def test_a_table_that_is_not_the_values_series_is_not_used(tmp_path):
    text = "Det ble behandlet {{< var decided.total >}} klager, det høyeste antallet.\n"
    other = {"decided.total": {**DECIDED, 2021: 60}}  # disagrees with decided.total = 52
    # this year and last (52, 51) cannot show a record: a reviewer signs it off; 2018's 56 in
    # the table that is not this series is never held against it
    [f] = check(tmp_path, text, values(series=other))
    assert (f.code, f.severity) == ("needs-signoff", WARNING) and "56" not in f.message


def test_the_yearly_table_is_read_as_the_build_writes_it(tmp_path):
    file = tmp_path / "utvikling.csv"
    file.write_text("Årstall,Klagesaker\n2021,52\n2020,:\n2019,56\n", encoding="utf-8")
    assert read_year_table(file) == {2021: 52, 2020: None, 2019: 56}


# ------------------------------------------------------------------------ B: national report


def test_district_names_belong_in_the_national_report(tmp_path):
    text = "Oslo og Troms politidistrikt er nevnt.\n"
    assert check(tmp_path, text, values("Norge")) == []
    assert {f.code for f in check(tmp_path, text)} == {"other-district"}


def test_a_key_that_is_the_extreme_by_definition_supports_its_rank_word(tmp_path):
    text = (
        "{{< var comparison.received_max_district >}} mottok flest klager "
        "({{< var comparison.received_max >}}).\n"
        "{{< var comparison.handling_mean_min_district >}} hadde kortest saksbehandlingstid "
        "({{< var comparison.handling_mean_min >}} dager).\n"
    )
    assert check(tmp_path, text, values("Norge")) == []
    wrong = "Det var færrest klager i ett distrikt: {{< var comparison.received_max >}}.\n"
    [f] = check(tmp_path, wrong, values("Norge"))
    assert f.code == "stale-claim" and "det høyeste" in f.message


def test_a_rank_word_about_a_named_district_is_checked_against_the_comparison(tmp_path):
    wrong = "Oslo hadde kortest saksbehandlingstid.\n"
    [f] = check(tmp_path, wrong, values("Norge"))
    assert (f.code, f.severity) == ("stale-claim", ERROR)
    assert "Troms (15.6), ikke Oslo" in f.message
    assert "{{< var comparison.handling_mean_min_district >}}" in f.suggestion
    right = "Troms hadde kortest saksbehandlingstid, mens Oslo mottok flest klager.\n"
    assert check(tmp_path, right, values("Norge")) == []
    # a tie names both; «Møre og Romsdal» is one district
    tie = values("Norge", comparison__handling_mean_min_district="Møre og Romsdal og Troms")
    assert check(tmp_path, "I Møre og Romsdal var saksbehandlingstiden kortest.\n", tie) == []
    # in a district's own report the sentence is not a comparison of districts
    assert {f.code for f in check(tmp_path, wrong)} == {"other-district", "needs-signoff"}


# ------------------------------------------------------------------------ C: missing comments


def test_missing_comments_are_named_by_title_in_report_order(tmp_path):
    folder = tmp_path / "tom"
    folder.mkdir()
    sections = ["innkomne-saker", "for-ovrig", "generelt"]  # the report's order, not a–z
    found = check_commentary(folder, values(), allowed=[], sections=sections)
    assert [Path(f.file).stem for f in found] == sections
    first = found[0]
    assert "«Nærmere om innkomne saker i 2021»" in first.message
    assert first.suggestion.endswith("en endelig rapport bygges ikke uten denne kommentaren")
    assert "«For øvrig»" in found[1].message
