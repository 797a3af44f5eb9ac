"""A section is reused only while everything it reads is unchanged: its key covers every project
file a section reads (`cache.section_inputs`), derived from `data/reference/`, not hand-picked.

Both tests run in a fresh interpreter: one in a copy of the project (KLAGERAPPORT_ROOT), so the
real reference files are never touched; one with an audit hook that records every file opened
while each section does what its notebook does, before any cache of the package is filled.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import yaml

from klagerapport import paths
from klagerapport.ingest import validate
from klagerapport.pipeline import cache

KEYS = """
import json, sys
from pathlib import Path
from klagerapport.pipeline import cache
from klagerapport.pipeline.notebooks import Section
from klagerapport.sections import registry

code = cache.code_hash()
keys = {}
for spec in registry.SECTIONS:
    section = Section(spec.name, spec.notebook)
    params = {"district": "Oslo", "year": 2019, "processed": "x", "utgave": "intern"}
    keys[spec.name] = cache.section_key(section, params, "data-hash", code)
print(json.dumps(keys))
"""


def _python(code: str, root: Path | None = None) -> str:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("KLAGERAPPORT_ROOT", None)
    if root is not None:
        env["KLAGERAPPORT_ROOT"] = str(root)
    proc = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout


def _project_copy(root: Path) -> Path:
    for rel in ("data/reference", "report", "notebooks"):
        shutil.copytree(paths.ROOT / rel, root / rel)
    for rel in ("config.yml", "pyproject.toml"):
        shutil.copy2(paths.ROOT / rel, root / rel)
    return root


def _rename_district(districts_file: Path) -> str:
    """Change one district's name in districts.yml (a caption every section prints)."""
    text = districts_file.read_text(encoding="utf-8")
    assert "Oslo" in text
    districts_file.write_text(text.replace("Oslo", "Oslo og omegn", 1), encoding="utf-8")
    return text


def test_a_changed_district_name_reuses_no_section(tmp_path):
    root = _project_copy(tmp_path / "project")
    before = json.loads(_python(KEYS, root))
    assert json.loads(_python(KEYS, root)) == before  # nothing changed: every key the same
    original = _rename_district(root / "data" / "reference" / "districts.yml")
    after = json.loads(_python(KEYS, root))
    assert set(after) == set(before)
    stale = [name for name in before if after[name] == before[name]]
    assert not stale, f"sections whose key ignores districts.yml: {stale}"
    # ... and reuse, given the previous run's record, refuses every section with its new key
    final, run_dir = tmp_path / "final", tmp_path / "run"
    (final / "notebooks").mkdir(parents=True)
    (final / "table.csv").write_text("a\n", encoding="utf-8")
    sections = {}
    for name, key in before.items():
        section = type("S", (), {"name": name, "filename": f"{name}.ipynb"})()
        (final / "notebooks" / section.filename).write_text("{}", encoding="utf-8")
        wanted = ["table.csv", f"notebooks/{section.filename}"]
        outputs = {rel: cache.file_hash(final / rel) for rel in wanted}
        sections[name] = {"key": key, "files": ["table.csv"], "outputs": outputs}
        previous = {"sections": sections}
        assert cache.reuse(previous, final, section, before[name], run_dir) == ["table.csv"]
        assert cache.reuse(previous, final, section, after[name], run_dir) == []
    # the original name back: the old keys again
    (root / "data" / "reference" / "districts.yml").write_text(original, encoding="utf-8")
    assert json.loads(_python(KEYS, root)) == before


def test_a_file_added_to_the_reference_folder_is_a_section_input_published_too(tmp_path):
    root = _project_copy(tmp_path / "project")
    listed = "from klagerapport import paths; from klagerapport.pipeline import cache\n"
    listed += "print('\\n'.join(paths.shown(p) for p in cache.section_inputs()))"
    inputs = _python(listed, root).split()
    assert "data/reference/districts.yml" in inputs
    assert "report/values.yml" in inputs
    # last year's printed figures: the handling-time section's revision note reads them
    assert "data/reference/published/oslo-2019.yml" in inputs
    (root / "data" / "reference" / "notes" / "vest.yml").write_text("{}\n", encoding="utf-8")
    assert "data/reference/notes/vest.yml" in _python(listed, root).split()
    before = json.loads(_python(KEYS, root))
    (root / "data" / "reference" / "published" / "oslo-2019.yml").write_text("x", "utf-8")
    assert json.loads(_python(KEYS, root)) != before  # a printed figure changed: run again


SECTIONS_READ = """
import json, sys
opened = []
sys.addaudithook(lambda event, args: opened.append(args[0]) if event == "open" else None)
from pathlib import Path
from klagerapport import paths, sections
from klagerapport.sections import registry

processed, out = Path(sys.argv[1]), Path(sys.argv[2])
cases = sections.load_cases(paths.shown(processed), year=2019, district="Oslo")  # as notebooks
for spec in registry.SECTIONS:
    for utgave in ("intern", "offentlig"):
        district = "Oslo" if spec.applies_to("Oslo") else "Norge"
        result = spec.function(cases, year=2019, district=district, utgave=utgave)
        sections.show_and_save(result, out / utgave)
print(json.dumps(sorted({str(p) for p in opened if isinstance(p, (str, bytes, Path))})))
"""


def test_every_project_file_a_section_reads_is_a_section_input(tmp_path):
    validated = validate.load_validated(paths.SAMPLE_DIR, year=2019, district="Oslo")
    out = tmp_path / "out"
    code = textwrap.dedent(SECTIONS_READ)
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "MPLBACKEND": "Agg"}
    env.pop("KLAGERAPPORT_ROOT", None)
    proc = subprocess.run(
        [sys.executable, "-c", code, str(validated.processed), str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    opened = {Path(p).resolve() for p in json.loads(proc.stdout.splitlines()[-1])}
    root = paths.ROOT.resolve()
    package = (root / "src").resolve()
    environment = Path(sys.prefix).resolve()  # .venv/: the libraries, in the key by version
    processed = Path(validated.processed).resolve()
    read = sorted(
        p.relative_to(root).as_posix()
        for p in opened
        if root in p.parents
        and package not in p.parents  # the package's code: in the key by code_hash
        and environment not in p.parents
        and processed not in (p, *p.parents)  # the case data: in the key by its hash
        and p.is_file()
    )
    inputs = {paths.shown(p) for p in cache.section_inputs()}
    assert "data/reference/districts.yml" in read  # the audit hook sees the sections' reads
    outside = [p for p in read if p not in inputs]
    assert not outside, f"sections read project files the cache key does not cover: {outside}"
    assert yaml.safe_load((paths.REFERENCE / "districts.yml").read_text(encoding="utf-8"))
