"""The build: safe failure, the atomic swap, reuse of unchanged sections, and real report runs.

Fast tests drive the build machinery with the fixture notebooks in tests/fixtures/notebooks/
and a stand-in for validation (a tiny file as the processed store). The slow tests build real
runs from the sample: 2019 once per session (shared with test_privacy), 2018 and 2007.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from fixturebuild import fixture_build, leftovers, notebook_dir, tree_hash

from klagerapport import codes, fsutil, paths
from klagerapport.errors import BuildError, KlagerapportError
from klagerapport.ingest import store
from klagerapport.pipeline import notebooks
from klagerapport.pipeline import run as pipeline_run
from klagerapport.sections import registry

# --- the machinery, with fixture notebooks --------------------------------------------------


def test_fixture_build_writes_run_record_and_progress(tmp_path, fake_validate):
    out = tmp_path / "out" / "run"
    result, lines = fixture_build(out, notebook_dir(tmp_path, "writes_values"))
    assert json.loads((out / "values.json").read_text())["fixture"]["year"] == 2019
    assert (out / "notebooks" / "01_writes_values.ipynb").is_file()
    record = json.loads((out / "build.json").read_text())
    assert record["parameters"]["year"] == 2019
    assert record["sections"]["writes_values"]["files"] == ["values/writes_values.json"]
    assert record["input_manifest"] == {"files": [{"sha256": "abc"}]}
    assert record["processed_sha256"] == hashlib.sha256(fake_validate.read_bytes()).hexdigest()
    assert any("[1/1] writes_values" in line for line in lines)
    assert any(line.startswith("Ferdig:") for line in lines)
    assert result.run_dir == out
    assert leftovers(out.parent) == []


def test_failing_notebook_names_section_cell_line_exception_and_keeps_previous(
    tmp_path, fake_validate
):
    out = tmp_path / "out" / "run"
    fixture_build(out, notebook_dir(tmp_path, "writes_values"))
    before = tree_hash(out)
    failing = notebook_dir(tmp_path, "writes_values", "fails_in_cell_3")
    with pytest.raises(BuildError) as caught:
        fixture_build(out, failing, incremental=False)
    message = str(caught.value)
    assert "«fails_in_cell_3»" in message
    assert "celle 3" in message
    assert 'raise ValueError(f"planted failure in cell 3, year {year}")' in message
    assert "ValueError: planted failure in cell 3, year 2019" in message
    kept = out.parent / ".failed" / "run" / "02_fails_in_cell_3.ipynb"
    assert kept.is_file()
    assert str(kept.name) in message
    assert "Traceback" not in message
    assert tree_hash(out) == before
    assert leftovers(out.parent) == []


def test_interrupt_keeps_previous_output_and_removes_temp(tmp_path, fake_validate, monkeypatch):
    out = tmp_path / "out" / "run"
    fixture_build(out, notebook_dir(tmp_path, "writes_values"))
    before = tree_hash(out)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline_run, "run_sections", interrupted)
    with pytest.raises(KeyboardInterrupt):
        fixture_build(out, notebook_dir(tmp_path, "writes_values"), incremental=False)
    assert tree_hash(out) == before
    assert leftovers(out.parent) == []


def test_failing_merge_keeps_previous_output(tmp_path, fake_validate, monkeypatch):
    out = tmp_path / "out" / "run"
    fixture_build(out, notebook_dir(tmp_path, "writes_values"))
    before = tree_hash(out)

    def broken_merge(run_dir):
        raise KlagerapportError("planted merge failure")

    monkeypatch.setattr("klagerapport.publish.values.merge", broken_merge)
    with pytest.raises(
        BuildError, match=r"planted merge failure\nForrige resultat .* er ikke endret"
    ):
        fixture_build(out, notebook_dir(tmp_path, "writes_values"), incremental=False)
    assert tree_hash(out) == before
    assert leftovers(out.parent) == []


def test_out_refuses_a_folder_that_is_not_a_run(tmp_path, fake_validate):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    with pytest.raises(BuildError, match="ikke en tidligere kjøring"):
        fixture_build(out, notebook_dir(tmp_path, "writes_values"))
    assert (out / "notes.txt").read_text() == "keep me"


def test_rebuild_reuses_unchanged_sections_and_reruns_changed(tmp_path, fake_validate):
    out = tmp_path / "out" / "run"
    nbdir = notebook_dir(tmp_path, "writes_values")
    first, _ = fixture_build(out, nbdir)
    assert [r.reused for r in first.sections] == [False]
    again, lines = fixture_build(out, nbdir)
    assert [r.reused for r in again.sections] == [True]
    assert any("gjenbrukt: writes_values" in line for line in lines)
    assert json.loads((out / "values.json").read_text())["fixture"]["year"] == 2019
    assert (out / "notebooks" / "01_writes_values.ipynb").is_file()
    fake_validate.write_bytes(b"other data")  # the processed store changed
    changed, _ = fixture_build(out, nbdir)
    assert [r.reused for r in changed.sections] == [False]


def test_swap_restores_the_old_folder_when_the_new_cannot_move_in(tmp_path):
    final, new = tmp_path / "run", tmp_path / "new"
    final.mkdir()
    (final / "a.txt").write_text("old")
    with pytest.raises(FileNotFoundError):  # `new` was never created: it cannot move in
        fsutil.swap_in(new, final)
    assert (final / "a.txt").read_text() == "old"
    assert leftovers(tmp_path) == []


def test_parameters_declared_by_the_notebook_are_passed():
    handling = next(s for s in notebooks.discover(paths.NOTEBOOKS) if s.name == "handling_time")
    received = next(s for s in notebooks.discover(paths.NOTEBOOKS) if s.name == "received")
    options = {"deadline_days": 28}
    assert notebooks.section_parameters(handling, {"year": 2019}, options)["deadline_days"] == 28
    assert "deadline_days" not in notebooks.section_parameters(received, {"year": 2019}, options)


# --- real runs from the sample --------------------------------------------------------------


@pytest.fixture(scope="session")
def run_2019(oslo_2019) -> Path:
    return oslo_2019


@pytest.fixture(scope="module")
def published() -> dict:
    return yaml.safe_load(paths.published_reference("Oslo", 2019).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def values_2019(run_2019) -> dict:
    return json.loads((run_2019 / "values.json").read_text(encoding="utf-8"))


@pytest.mark.slow
def test_2019_received_and_handling_time_match_published(values_2019, published):
    assert values_2019["received"]["total"] == published["received_total"]
    days = published["mean_handling_days"]
    assert round(values_2019["handling_days"]["mean"], 1) == days[2019]
    assert round(values_2019["handling_days"]["mean_minus1"], 1) == days[2018]


@pytest.mark.slow
def test_2019_decision_table_matches_published(values_2019, published):
    by_label = {c.label: c.code for c in codes.decisions()}
    for label, (total, etnisk, annen) in published["decisions"].items():
        if label == "Total":
            got = values_2019["decisions"]
            assert [got["total"], got["etnisk"], got["annen"]] == [total, etnisk, annen]
            continue
        got = values_2019["decisions"][by_label[label]]
        assert [got["count"], got["etnisk"], got["annen"]] == [total, etnisk, annen], label
    for label, count in published["decisions_2018"].items():
        assert values_2019["decisions"][by_label[label]]["minus1"] == count, label


@pytest.mark.slow
def test_2019_ground_sums_match_published(values_2019, published):
    keys = [g.key for g in codes.grounds()]
    sums = published["grounds"]["SUM"]
    assert [values_2019["grounds"][k]["count"] for k in keys] == sums


@pytest.mark.slow
def test_2019_decided_series_matches_published(values_2019, published):
    series = published["decided_per_year"]
    decided = values_2019["decided"]
    assert decided["total"] == series[2019]
    assert decided["minus1"] == series[2018]
    assert decided["first_year"] == min(series)
    assert decided["rank_word"] == "høyeste"
    etnisk = values_2019["discrimination"]["etnisk"]
    assert etnisk["decided"] == published["k_etnisk_decided_per_year"][2019]


@pytest.mark.slow
def test_2019_run_has_every_section_notebook_and_record(run_2019):
    district_sections = pipeline_run.in_scope(notebooks.discover(paths.NOTEBOOKS), "Oslo")
    names = [s.filename for s in district_sections]
    assert "08_comparison.ipynb" not in names  # the national report's only
    assert sorted(p.name for p in (run_2019 / "notebooks").glob("*.ipynb")) == names
    record = json.loads((run_2019 / "build.json").read_text(encoding="utf-8"))
    assert set(record["sections"]) == {s.name for s in district_sections}
    assert record["processed_sha256"]
    assert not (run_2019 / pipeline_run.STAGING).exists()
    for name in ("rapport.html", "rapport.pdf", "tabeller.xlsx"):
        assert (run_2019 / name).stat().st_size > 0
    assert record["engine_used"] in ("quarto", "embedded")
    git = record["git"]
    assert git is None or (len(git["commit"]) == 40 and isinstance(git["dirty"], bool))


@pytest.mark.slow
def test_executed_notebooks_are_a_readable_audit_trail(run_2019):
    """Each executed notebook shows its populations and reconciliations, all OK, and its
    parameters name no temporary folder (the store relative to the project, out_dir '.')."""
    for nb in sorted((run_2019 / "notebooks").glob("*.ipynb")):
        content = json.loads(nb.read_text(encoding="utf-8"))
        text = json.dumps(content, ensure_ascii=False)
        assert "Avstemming" in text and "Populasjoner" in text, nb.name
        assert "| FEIL |" not in text, nb.name
        injected = next(
            "".join(c["source"])
            for c in content["cells"]
            if "injected-parameters" in c["metadata"].get("tags", [])
        )
        assert 'out_dir = "."' in injected, injected
        assert 'processed = "data/processed/' in injected, injected
        assert "/tmp" not in text and ".tmp-" not in text, nb.name


def test_the_notebooks_that_draw_charts_are_started_first_the_rest_in_order():
    found = pipeline_run.in_scope(notebooks.discover(paths.NOTEBOOKS), "Oslo")
    started = [s.name for s in pipeline_run.charts_first(found)]
    assert started == [
        "development",  # two charts
        "grounds",
        "handling_time",
        "received",
        "decisions",
        "units",
        "discrimination",
    ]
    assert [s.name for s in found] == sorted(started, key=lambda n: registry.by_name(n).order)


def test_notebooks_and_registry_must_name_the_same_sections(tmp_path):
    found = notebooks.discover(paths.NOTEBOOKS)
    pipeline_run.check_registry(found)
    extra = notebooks.Section("extra", tmp_path / "08_extra.ipynb")
    with pytest.raises(BuildError, match="seksjonsregisteret"):
        pipeline_run.check_registry([*found, extra])


@pytest.mark.slow
@pytest.mark.parametrize("year", [2018, 2007])
def test_other_sample_years_build(year, tmp_path):
    out = tmp_path / f"oslo-{year}"
    pipeline_run.build_report(year=year, district="Oslo", out=out)
    values = json.loads((out / "values.json").read_text(encoding="utf-8"))
    assert values["year"]["current"] == year
    assert values["received"]["total"] > 0
    assert (out / "rapport.pdf").stat().st_size > 0
    if year == 2007:
        text = yaml.safe_load((out / "_variables.yml").read_text(encoding="utf-8"))
        assert values["received"]["minus1"] is None
        assert text["received"]["change_word"] == "ingen tidligere data"
        assert text["handling_days"]["change_word"] == "ingen tidligere data"


def test_failure_message_points_at_the_cell_line_even_when_the_error_is_deeper(tmp_path):
    """ipykernel's traceback: coloured, the cell frame first, then the library's frames."""
    traceback = [
        "\x1b[0;31m---------------------------------------------------------------------\x1b[0m",
        "\x1b[0;31mKeyError\x1b[0m                 Traceback (most recent call last)",
        "Cell \x1b[0;32mIn[5], line 2\x1b[0m\n\x1b[1;32m      1\x1b[0m x = 1\n"
        "\x1b[0;32m----> 2\x1b[0m result \x1b[38;5;241m=\x1b[39m sections.units(cases)",
        "File \x1b[0;32m/src/klagerapport/sections.py:480\x1b[0m, in \x1b[0;36munits\x1b[0m",
        "\x1b[0;31mKeyError\x1b[0m: 'enhet'",
    ]
    executed = tmp_path / "06_units.ipynb"
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": "# Enheter"},
        {"cell_type": "code", "metadata": {"tags": ["parameters"]}, "source": "year = 2019"},
        {"cell_type": "code", "metadata": {"tags": ["injected-parameters"]}, "source": "y = 1"},
        {
            "cell_type": "code",
            "metadata": {},
            "execution_count": 5,
            "source": "x = 1\nresult = sections.units(cases)\nresult.show()",
            "outputs": [{"output_type": "error", "traceback": traceback}],
        },
    ]
    executed.write_text(json.dumps({"cells": cells}), encoding="utf-8")
    error = SimpleNamespace(ename="KeyError", evalue="'enhet'")
    message = notebooks.failure_message(notebooks.Section("units", executed), executed, error)
    assert "«units»" in message
    assert "celle 3 (In [5]), linje 2:\n    result = sections.units(cases)\n" in message
    assert "KeyError: 'enhet'" in message
    assert "x = 1" not in message


def test_failing_render_keeps_previous_output(tmp_path, fake_validate, monkeypatch):
    out = tmp_path / "out" / "run"
    fixture_build(out, notebook_dir(tmp_path, "writes_values"))
    before = tree_hash(out)

    def broken_render(run_dir, plan):
        raise RuntimeError("planted render failure")

    monkeypatch.setattr("klagerapport.render.render_run", broken_render)
    with pytest.raises(BuildError, match="rendringen feilet: RuntimeError: planted render failure"):
        pipeline_run.build_report(
            year=2019, out=out, notebooks=notebook_dir(tmp_path, "writes_values"), log=print
        )
    assert tree_hash(out) == before
    assert leftovers(out.parent) == []


def test_a_good_build_clears_an_earlier_failure(tmp_path, fake_validate):
    out = tmp_path / "out" / "run"
    with pytest.raises(BuildError):
        fixture_build(out, notebook_dir(tmp_path, "fails_in_cell_3"))
    assert (out.parent / ".failed" / "run").is_dir()
    shutil.rmtree(tmp_path / "nb")
    fixture_build(out, notebook_dir(tmp_path, "writes_values"))
    assert not (out.parent / ".failed").exists()


def test_a_kernel_that_dies_while_starting_is_started_again(tmp_path, monkeypatch):
    import papermill
    from papermill.exceptions import PapermillExecutionError

    calls: list[int] = []

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("Kernel died before replying to kernel_info")

    monkeypatch.setattr(papermill, "execute_notebook", flaky)
    _, starts, _ = notebooks.execute(tmp_path / "a.ipynb", tmp_path / "b.ipynb", {})
    assert starts == 2

    def code_error(*args, **kwargs):
        calls.append(1)
        raise PapermillExecutionError(3, 4, "x = 1/0", "ZeroDivisionError", "division", [])

    calls.clear()
    monkeypatch.setattr(papermill, "execute_notebook", code_error)
    with pytest.raises(PapermillExecutionError):
        notebooks.execute(tmp_path / "a.ipynb", tmp_path / "b.ipynb", {})
    assert len(calls) == 1

    def always_dies(*args, **kwargs):
        calls.append(1)
        raise RuntimeError("Kernel died before replying to kernel_info")

    calls.clear()
    monkeypatch.setattr(papermill, "execute_notebook", always_dies)
    with pytest.raises(RuntimeError):
        notebooks.execute(tmp_path / "a.ipynb", tmp_path / "b.ipynb", {})
    assert len(calls) == notebooks.KERNEL_STARTS


@pytest.mark.slow
def test_a_users_file_for_another_district_and_year_builds(tmp_path):
    sample = next(paths.SAMPLE_DIR.glob("*.csv")).read_text(encoding="utf-8")
    data = tmp_path / "test-build-vest.csv"
    data.write_text(sample.replace(";Oslo;", ";Vest;"), encoding="utf-8")
    out = tmp_path / "vest-2015"
    try:
        pipeline_run.build_report(year=2015, district="Vest", data=data, out=out, render=False)
    finally:
        shutil.rmtree(store.location(data), ignore_errors=True)  # this test's processed store
    values = json.loads((out / "values.json").read_text(encoding="utf-8"))
    assert values["district"] == "Vest"
    assert values["year"]["current"] == 2015
    assert values["received"]["total"] > 0
    record = json.loads((out / "build.json").read_text(encoding="utf-8"))
    assert record["parameters"]["district"] == "Vest"
    assert record["input_manifest"]["files"][0]["name"] == data.name
