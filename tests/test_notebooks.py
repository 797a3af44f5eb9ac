"""The section notebooks: thin, parameterized, clean in git, and runnable on the sample_data.
Each is its title, the parameters cell and three calls: load the cases, compute the section,
show and save its result (audit first)."""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

import nbformat
import papermill
import pytest
import yaml

from klagerapport import paths, sections
from klagerapport.ingest import validate
from klagerapport.pipeline import hygiene, notebooks

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("*.ipynb"))
REQUIRED_PARAMETERS = {"district", "year", "processed", "out_dir"}
ALLOWED_IMPORTS = {"klagerapport"} | set(sys.stdlib_module_names)
SECTIONS = (
    "received",
    "decisions",
    "grounds",
    "handling_time",
    "development",
    "units",
    "discrimination",
    "comparison",  # the national report only (sections/registry.py: scope)
)


def load(nb: Path) -> dict:
    return json.loads(nb.read_text(encoding="utf-8"))


def code_cells(nb: Path) -> list[str]:
    return ["".join(c["source"]) for c in load(nb)["cells"] if c["cell_type"] == "code"]


def imported_roots(source: str) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            roots.add((node.module or "").split(".")[0])
    return roots


def displayed_expression(source: str) -> str | None:
    """The cell's last statement if Jupyter would display it (a bare expression), else None."""
    body = ast.parse(source).body
    if body and isinstance(body[-1], ast.Expr):
        return ast.unparse(body[-1])
    return None


def test_there_is_one_notebook_per_section_in_order():
    assert [s.name for s in notebooks.discover(paths.NOTEBOOKS)] == list(SECTIONS)
    assert [nb.name[:2] for nb in NOTEBOOKS] == [f"{i:02d}" for i in range(1, 9)]


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_thin_parameterized_and_clean(nb):
    content = load(nb)
    assert content["metadata"]["kernelspec"]["name"] == "python3"
    assert content["cells"][0]["cell_type"] == "markdown"
    assert notebooks.declared_parameters(nb) >= REQUIRED_PARAMETERS
    assert hygiene.dirty_cells(nb) == []
    sources = code_cells(nb)
    roots = set().union(*(imported_roots(s) for s in sources))
    assert roots <= ALLOWED_IMPORTS, roots - ALLOWED_IMPORTS
    section = notebooks.discover(paths.NOTEBOOKS)[NOTEBOOKS.index(nb)].name
    assert hasattr(sections, section)


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_the_parameters_and_three_calls(nb):
    """After the parameters: `cases = sections.load_cases(...)`, `result = sections.<name>(cases,
    ...)`, `sections.show_and_save(result, out_dir)`, one statement each (and the one import)."""
    section = notebooks.discover(paths.NOTEBOOKS)[NOTEBOOKS.index(nb)].name
    cells = load(nb)["cells"]
    assert [c["cell_type"] for c in cells] == ["markdown", "code", "code", "code", "code"]
    assert "parameters" in cells[1]["metadata"]["tags"]
    calls = []
    for source in code_cells(nb)[1:]:
        body = [n for n in ast.parse(source).body if not isinstance(n, ast.ImportFrom)]
        assert len(body) == 1, source
        calls.append(ast.unparse(body[0]))
    assert calls[0] == "cases = sections.load_cases(processed, year=year, district=district)"
    assert calls[1].startswith(f"result = sections.{section}(cases, year=year, district=district")
    assert calls[2] == "sections.show_and_save(result, out_dir)"
    imports = [
        n for s in code_cells(nb)[1:] for n in ast.parse(s).body if isinstance(n, ast.ImportFrom)
    ]
    assert [ast.unparse(n) for n in imports] == ["from klagerapport import sections"]


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_displays_nothing_but_the_section_result(nb):
    shown = [e for e in map(displayed_expression, code_cells(nb)) if e is not None]
    assert shown == ["sections.show_and_save(result, out_dir)"]
    for source in code_cells(nb):
        calls = [n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Call)]
        names = {getattr(c.func, "id", getattr(c.func, "attr", "")) for c in calls}
        assert not names & {"print", "display", "head", "to_string", "sample"}, names


def test_displayed_expression_detects_a_bare_frame():
    assert displayed_expression("cases = load()\ncases") == "cases"
    assert displayed_expression("x = 1") is None


def run_notebook(nb: Path, out: Path, **parameters) -> Path:
    executed = out / "executed.ipynb"
    papermill.execute_notebook(
        str(nb),
        str(executed),
        parameters={**parameters, "out_dir": str(out)},
        kernel_name="python3",
        progress_bar=False,
        extra_arguments=notebooks.KERNEL_ARGS,
    )
    return executed


@pytest.mark.slow
def test_handling_time_notebook_runs_on_the_sample(tmp_path):
    processed = validate.load_validated(paths.SAMPLE_DIR, year=2019, district="Oslo").processed
    nb = paths.NOTEBOOKS / "04_handling_time.ipynb"
    executed = run_notebook(
        nb, tmp_path, district="Oslo", year=2019, processed=str(processed), deadline_days=28
    )
    published = yaml.safe_load(paths.published_reference("Oslo", 2019).read_text("utf-8"))
    values = json.loads((tmp_path / "values" / "handling_time.json").read_text("utf-8"))
    assert round(values["handling_days.mean"]["value"], 1) == published["mean_handling_days"][2019]
    assert values["handling_days.mean"]["text"] == "16,7"
    assert values["handling_days.deadline"]["value"] == 28
    tables = list((tmp_path / "tables").glob("*.csv"))
    assert tables
    assert all(t.read_text("utf-8").strip() for t in tables)
    errors = [
        o
        for c in load(executed)["cells"]
        for o in c.get("outputs", [])
        if o["output_type"] == "error"
    ]
    assert errors == []
    # the audit trail a reviewer opens: the last cell shows the populations and reconciliations
    # first, then the section's tables
    shown = [
        "".join(o["data"].get("text/markdown", ""))
        for o in load(executed)["cells"][-1]["outputs"]
        if o["output_type"] == "display_data"
    ]
    assert "### Populasjoner" in shown[0] and "### Avstemming" in shown[0]
    assert "FEIL" not in shown[0]
    assert any("{#tbl-saksbehandlingstid}" in text for text in shown[1:]), shown


@pytest.mark.slow
def test_received_notebook_run_by_hand_with_its_district_and_year(tmp_path):
    """papermill with -p district -p year and no snapshot: config.yml's data (here the shipped
    sample), validated; without them the notebook stops and says how to run it."""
    (tmp_path / "none").mkdir()
    with pytest.raises(papermill.PapermillExecutionError, match="notatboken har ikke fått"):
        run_notebook(paths.NOTEBOOKS / "01_received.ipynb", tmp_path / "none")
    executed = run_notebook(
        paths.NOTEBOOKS / "01_received.ipynb", tmp_path, district="Oslo", year=2019
    )
    values = json.loads((tmp_path / "values" / "received.json").read_text("utf-8"))
    published = yaml.safe_load(paths.published_reference("Oslo", 2019).read_text("utf-8"))
    assert values["received.total"]["value"] == published["received_total"]
    assert executed.is_file()


def test_hygiene_check_fails_on_a_notebook_with_outputs(tmp_path, capsys):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("1 + 1"), nbformat.v4.new_code_cell("2 + 2")]
    nb.cells[1].outputs = [nbformat.v4.new_output("execute_result", data={"text/plain": "4"})]
    nb.cells[1].execution_count = 1
    nbformat.write(nb, tmp_path / "dirty.ipynb")
    assert hygiene.main([str(tmp_path)]) == 1
    assert "dirty.ipynb: cells [2] have outputs" in capsys.readouterr().err
    nb.cells[1].outputs, nb.cells[1].execution_count = [], None
    nbformat.write(nb, tmp_path / "dirty.ipynb")
    assert hygiene.main([str(tmp_path)]) == 0


def _parameters(nb: Path) -> dict:
    """The defaults of a notebook's parameters cell."""
    namespace: dict = {}
    exec("".join(load(nb)["cells"][1]["source"]), namespace)
    return namespace


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=lambda p: p.name)
def test_a_notebook_has_no_district_or_year_of_its_own(nb):
    """Opened by hand (JupyterLab, papermill without -p), a notebook must not compute a default
    district (it computed Oslo 2019 from the sample while config.yml said Agder 2021)."""
    defaults = _parameters(nb)
    assert defaults["district"] == "" and defaults["year"] == 0


@pytest.fixture
def agder_config(tmp_path, monkeypatch) -> Path:
    config = tmp_path / "config.yml"
    config.write_text("district: Agder\nyear: 2021\ndata: data/raw/sample-national\n", "utf-8")
    monkeypatch.setattr(paths, "CONFIG_FILE", config)
    return config


def test_by_hand_without_district_and_year_the_notebook_says_how_to_run_it(agder_config):
    from klagerapport.errors import KlagerapportError

    with pytest.raises(KlagerapportError) as caught:
        sections.load_cases("", year=0, district="")
    message = str(caught.value)
    assert 'district = "Agder", year = 2021' in message and "klagerapport build" in message


def test_by_hand_the_notebook_reads_the_data_config_names_not_the_sample(agder_config):
    from klagerapport.ingest import store

    cases = sections.load_cases("", year=2021, district="Troms")
    national = validate.load_validated(paths.RAW / "sample-national", year=2021, district="Troms")
    assert len(cases) == len(store.read_cases(national.processed, district="Troms")) > 0
