"""Adding a section takes a registry entry, a function (here inside its notebook) and a notebook;
adding a value key takes one line of the contract. The build, the workbook and the docs pick
them up with no other edit. Run in a copy of the project (KLAGERAPPORT_ROOT), in a subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from openpyxl import load_workbook

from klagerapport import paths

pytestmark = pytest.mark.slow

FIXTURE = Path(__file__).parent / "fixtures" / "new_section" / "08_extra.ipynb"
CONTRACT_LINE = """
  - key: extra.count
    kind: count
    population: received
    description: klager mottatt i rapportåret (en ny seksjon)
"""
SCRIPT = textwrap.dedent(
    """
    import json, sys
    from klagerapport.pipeline import run as pipeline_run
    from klagerapport.publish import contract
    from klagerapport.sections import registry

    # the registry entry: the one edit in the package
    registry.SECTIONS = (
        *registry.SECTIONS,
        registry.SectionSpec("extra", 8, registry.SECTIONS[0].function, {"ekstra": "Ekstra"}),
    )
    pipeline_run.build_report(
        year=2019, district="Oslo", out=sys.argv[1], engine="embedded", log=lambda line: None
    )
    marked = contract.DOCS_START + "\\n" + contract.DOCS_END
    print(json.dumps({"docs": contract.with_key_table(marked)}))
    """
)


def project_copy(root: Path) -> Path:
    for rel in ("data/reference", "data/raw/sample", "notebooks", "report", "commentary"):
        shutil.copytree(paths.ROOT / rel, root / rel)
    for rel in ("_quarto.yml", "config.yml"):
        shutil.copy2(paths.ROOT / rel, root / rel)
    return root


def test_a_new_section_and_value_key_need_no_other_edit(tmp_path):
    root = project_copy(tmp_path / "project")
    shutil.copy2(FIXTURE, root / "notebooks" / FIXTURE.name)
    with open(root / "report" / "values.yml", "a", encoding="utf-8") as fh:
        fh.write(CONTRACT_LINE)
    out = tmp_path / "out"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "KLAGERAPPORT_ROOT": str(root)}
    env["PATH"] = f"{Path(sys.executable).parent}:{env['PATH']}"
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    values = json.loads((out / "values.json").read_text(encoding="utf-8"))
    published = (paths.ROOT / "data/reference/published/oslo-2019.yml").read_text("utf-8")
    assert values["extra"]["count"] == values["received"]["total"]
    assert f"received_total: {values['received']['total']}" in published
    assert (out / "notebooks" / "08_extra.ipynb").is_file()
    assert (out / "tables" / "ekstra.csv").is_file()
    assert "Ekstra" in load_workbook(out / "tabeller.xlsx").sheetnames
    docs = json.loads(proc.stdout.strip().splitlines()[-1])["docs"]
    assert "`extra.count`" in docs


def test_an_undeclared_value_key_stops_the_build(tmp_path):
    root = project_copy(tmp_path / "project")
    shutil.copy2(FIXTURE, root / "notebooks" / FIXTURE.name)  # no contract line this time
    env = {"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin", "HOME": str(tmp_path)}
    env["KLAGERAPPORT_ROOT"] = str(root)
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "out")],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert proc.returncode != 0
    assert "«extra.count» står ikke i report/values.yml" in proc.stderr
    assert not (tmp_path / "out").exists()
