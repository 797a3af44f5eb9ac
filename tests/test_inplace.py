"""The guard of an in-place `quarto render` of a build's Quarto project: _quarto.yml's
pre-render and post-render script (report/_kontroll.py -> klagerapport.render.inplace), run
here the way Quarto runs it (src/command/render/project.ts, runScripts: the script and its
arguments, in the project's folder, with QUARTO_PROJECT_OUTPUT_FILES after rendering; a
non-zero exit stops the render)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from fakerun import make_fake_run, write_commentary

from klagerapport import paths, render, settings
from klagerapport.render.embedded import options

GENERELT = "Første avsnitt om klagene.\n\nAndre avsnitt, om {{< var received.total >}} saker.\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A build's Quarto project with the HTML and PDF rendered from it."""
    tmp = tmp_path_factory.mktemp("inplace")
    mp = pytest.MonkeyPatch()
    mp.setattr(paths, "COMMENTARY", tmp / "commentary")
    write_commentary(tmp / "commentary", {"generelt": GENERELT})
    run_dir = make_fake_run(tmp / "run")
    render.render_run(run_dir, settings.load(district="Oslo", year=2019, engine="embedded"))
    mp.undo()
    return run_dir


@pytest.fixture
def project(built, tmp_path) -> Path:
    folder = tmp_path / "quarto-prosjekt"
    shutil.copytree(built / render.PROJECT_DIR, folder)
    for name in ("rapport.html", "rapport.pdf"):
        shutil.copy2(built / name, folder / name)
    return folder


def _quarto_runs(project: Path, *args: str, python: str = sys.executable, **env):
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("QUARTO_", "KLAGE"))}
    return subprocess.run(
        [python, "_kontroll.py", *args],
        cwd=project,
        env={**environ, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_quarto_yml_declares_the_guard_as_the_projects_scripts():
    config = yaml.safe_load(paths.QUARTO_PROJECT.read_text(encoding="utf-8"))
    declared = {key: config["project"][key] for key in options.PROJECT_SCRIPTS}
    assert declared == options.PROJECT_SCRIPTS
    assert (paths.REPORT_DIR / "_kontroll.py").is_file()


def test_a_clean_project_passes_before_and_after(project):
    assert _quarto_runs(project, "før").returncode == 0
    done = _quarto_runs(project, "etter", QUARTO_PROJECT_OUTPUT_FILES="rapport.html\nrapport.pdf")
    assert done.returncode == 0, done.stderr


def test_a_claim_with_a_sign_stops_quarto_before_it_reads_the_document(project):
    (project / "commentary" / "generelt.md").write_text(
        GENERELT + "\nEn økning{{< claim received.change > 0 >}} i år.\n", encoding="utf-8"
    )
    done = _quarto_runs(project, "før")
    assert done.returncode == 1
    assert "commentary/generelt.md, linje 5: «>» i en kortkode" in done.stderr
    assert "skriv sammenligningen med ord" in done.stderr


def test_an_unknown_key_stops_quarto_before_and_after(project):
    (project / "commentary" / "generelt.md").write_text(
        GENERELT + "\nUkjent {{< var finnes.ikke >}}.\n", encoding="utf-8"
    )
    done = _quarto_runs(project, "før")
    assert done.returncode == 1
    assert "commentary/generelt.md, linje 5: ukjent var «finnes.ikke»" in done.stderr
    # what Quarto 1.11 writes for it (shortcodes-handlers.lua: "?var:" .. varName, in bold)
    html = project / "rapport.html"
    text = html.read_text(encoding="utf-8")
    html.write_text(text.replace("</main>", "<p><strong>?var:finnes.ikke</strong></p></main>"))
    done = _quarto_runs(project, "etter", QUARTO_PROJECT_OUTPUT_FILES="rapport.html")
    assert done.returncode == 1
    assert "commentary/generelt.md, linje 5: uløst plassholder «?var:finnes.ikke»" in done.stderr


def test_a_truncated_render_stops_after_naming_the_first_missing_piece(project, tmp_path):
    html = project / "rapport.html"
    text = html.read_text(encoding="utf-8")
    html.write_text(text[: text.index("Andre avsnitt")] + "</main></body></html>")
    listing = tmp_path / "utfiler.txt"  # Quarto's way round a long list in the environment
    listing.write_text("rapport.html\n", encoding="utf-8")
    done = _quarto_runs(project, "etter", QUARTO_USE_FILE_FOR_PROJECT_OUTPUT_FILES=str(listing))
    assert done.returncode == 1
    assert "commentary/generelt.md, linje 3: avsnitt «andre avsnitt om 211 saker»" in done.stderr
    assert "mangler i rapport.html" in done.stderr


def test_without_a_python_with_klagerapport_it_stops_rather_than_pass(project):
    bare = shutil.which("python3", path="/usr/bin:/bin")
    probe = subprocess.run([bare, "-c", "import klagerapport"], capture_output=True, check=False)
    assert probe.returncode != 0  # the system's Python has no klagerapport
    done = _quarto_runs(project, "før", python=bare)
    assert done.returncode == 1
    assert "fant ingen Python med klagerapport" in done.stderr
    found = _quarto_runs(project, "før", python=bare, KLAGERAPPORT_PYTHON=sys.executable)
    assert found.returncode == 0, found.stderr
