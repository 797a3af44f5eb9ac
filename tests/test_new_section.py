"""Adding a section is a module, its notebook and one entry in the registry; adding a value key
is one line of the contract. The build, the report (HTML and PDF), the workbook and the docs
pick them up with no other edit: no change to report/rapport.qmd, no monkeypatch.

Run in a copy of the project and of the package (KLAGERAPPORT_ROOT, PYTHONPATH), in a
subprocess: the copy's registry.py is edited as a person would edit it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from built import norm
from openpyxl import load_workbook
from pypdf import PdfReader

from klagerapport import paths
from klagerapport.errors import KlagerapportError
from klagerapport.sections import registry

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).parent / "fixtures" / "new_section"
CAPTION = "Ekstra: klager mottatt i testseksjonen"  # tests/fixtures/new_section/extra.py
CONTRACT_LINE = """
  - key: extra.count
    kind: count
    population: received
    description: klager mottatt i rapportåret (en ny seksjon)
"""
IMPORT = "from .extra import TABLE as EXTRA_TABLE\nfrom .extra import extra\n"
ENTRY = (
    '    SectionSpec("extra", {order}, extra, {{EXTRA_TABLE: TableSpec("Ekstra", "generelt")}}),\n'
)
SCRIPT = textwrap.dedent(
    """
    import json, sys
    from klagerapport.pipeline import run as pipeline_run
    from klagerapport.publish import contract

    pipeline_run.build_report(  # two notebooks at a time: the test runs beside others
        year=2019, district="Oslo", out=sys.argv[1], engine="embedded", jobs=2,
        log=lambda line: None,
    )
    marked = contract.DOCS_START + "\\n" + contract.DOCS_END
    print(json.dumps({"docs": contract.with_key_table(marked)}))
    """
)


def project_copy(root: Path, order: int) -> Path:
    """A copy of the project with the fixture section added: its module, its notebook (which
    calls `sections.extra`, exported nowhere) and its entry, first in the registry's list
    (placed under the commentary part «Generelt»)."""
    for rel in ("data/reference", "data/raw/sample", "notebooks", "report", "commentary", "src"):
        shutil.copytree(paths.ROOT / rel, root / rel, ignore=shutil.ignore_patterns("*.egg-info"))
    for rel in ("_quarto.yml", "config.yml", "pyproject.toml"):
        shutil.copy2(paths.ROOT / rel, root / rel)
    package = root / "src" / "klagerapport" / "sections"
    shutil.copy2(FIXTURES / "extra.py", package / "extra.py")
    shutil.copy2(FIXTURES / "09_extra.ipynb", root / "notebooks" / f"{order:02d}_extra.ipynb")
    source = (package / "registry.py").read_text(encoding="utf-8")
    source = source.replace("\nALL = ", f"{IMPORT}\nALL = ", 1)
    # first in the list, as a person may write it: the sections run by their order
    start = source.index("(\n", source.index("DECLARED: tuple")) + 2
    source = source[:start] + ENTRY.format(order=order) + source[start:]
    (package / "registry.py").write_text(source, encoding="utf-8")
    return root


def build(root: Path, out: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {
        "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
        "HOME": str(tmp_path),
        "KLAGERAPPORT_ROOT": str(root),
        "PYTHONPATH": str(root / "src"),  # the copy's package, before the installed one
    }
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )


def test_a_new_section_appears_in_the_html_the_pdf_and_the_workbook(tmp_path):
    root = project_copy(tmp_path / "project", order=9)
    with open(root / "report" / "values.yml", "a", encoding="utf-8") as fh:
        fh.write(CONTRACT_LINE)
    out = tmp_path / "out"
    proc = build(root, out, tmp_path)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert (root / "report" / "rapport.qmd").read_bytes() == (
        paths.REPORT_DIR / "rapport.qmd"
    ).read_bytes()  # the report's document was not edited
    values = json.loads((out / "values.json").read_text(encoding="utf-8"))
    assert values["extra"]["count"] == values["received"]["total"] > 0
    assert (out / "notebooks" / "09_extra.ipynb").is_file()
    html = (out / "rapport.html").read_text(encoding="utf-8")
    # placed where the registry says: after the commentary part «Generelt», before the next
    start, caption = html.index('id="kommentar-generelt"'), html.index(CAPTION)
    assert start < caption < html.index('id="kommentar-innkomne-saker"')
    pdf = norm(" ".join(p.extract_text() for p in PdfReader(out / "rapport.pdf").pages))
    assert norm(CAPTION) in pdf
    sheets = load_workbook(out / "tabeller.xlsx").sheetnames
    assert "Ekstra" in sheets and sheets.index("Ekstra") == len(sheets) - 1  # the last order
    docs = json.loads(proc.stdout.strip().splitlines()[-1])["docs"]
    assert "`extra.count`" in docs


def test_a_section_whose_order_is_taken_is_refused(tmp_path):
    taken = registry.SECTIONS[-1].order  # the comparison's notebook number
    root = project_copy(tmp_path / "project", order=taken)
    proc = build(root, tmp_path / "out", tmp_path)
    assert proc.returncode != 0
    assert f"rekkefølge brukt mer enn én gang: {taken}" in proc.stderr
    assert not (tmp_path / "out").exists()


def test_the_registry_declares_each_name_order_and_table_once():
    registry.check(registry.SECTIONS)
    orders = [s.order for s in registry.SECTIONS]
    assert len(set(orders)) == len(orders)
    twice = (
        *registry.SECTIONS,
        registry.SectionSpec("ny", orders[0], registry.SECTIONS[0].function),
    )
    with pytest.raises(KlagerapportError, match=f"rekkefølge brukt mer enn én gang: {orders[0]}"):
        registry.check(twice)


def test_an_undeclared_value_key_stops_the_build(tmp_path):
    root = project_copy(tmp_path / "project", order=9)  # no contract line this time
    proc = build(root, tmp_path / "out", tmp_path)
    assert proc.returncode != 0
    assert "«extra.count» står ikke i report/values.yml" in proc.stderr
    assert not (tmp_path / "out").exists()


def test_a_notebook_without_an_entry_and_an_entry_without_a_notebook_are_named():
    from types import SimpleNamespace

    from klagerapport.errors import BuildError
    from klagerapport.pipeline import run as pipeline_run

    found = [SimpleNamespace(name=s.name, filename=s.notebook_name) for s in registry.SECTIONS]
    pipeline_run.check_registry(found)  # the project's own agree
    extra = SimpleNamespace(name="weekday", filename="09_weekday.ipynb")
    with pytest.raises(BuildError) as caught:
        pipeline_run.check_registry([*found[1:], extra])
    message = str(caught.value)
    assert "notebooks/09_weekday.ipynb har ingen oppføring i sections/registry.py" in message
    assert 'SectionSpec("weekday", 09, …)' in message
    first = registry.SECTIONS[0]
    assert f"seksjonen «{first.name}» har ingen notatbok notebooks/{first.notebook_name}" in message


def test_a_section_is_found_by_name_in_the_package_without_an_export():
    from klagerapport import sections

    assert all(getattr(sections, s.name) is s.function for s in registry.SECTIONS)
    with pytest.raises(AttributeError):
        sections.no_such_section  # noqa: B018
