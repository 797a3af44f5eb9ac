"""`klagerapport preview` without a browser: what may be served, the fast path against a full
render, a half-written or unsafe file, what the watcher reacts to, the JupyterLab entry.

The page in a real browser is in test_preview_browser.py; the commentary check and its marks in
the page in test_preview_check.py.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from klagerapport import paths
from klagerapport.preview.files import safe_asset
from klagerapport.preview.marks import mark_findings

# -------------------------------------------------------------------- what may be served


def test_only_stylesheets_and_figures_inside_the_staged_folder_are_served(tmp_path):
    root = tmp_path / "prosjekt"
    (root / "figures").mkdir(parents=True)
    (root / "figures" / "a.svg").write_text("<svg/>", encoding="utf-8")
    (root / "rapport.css").write_text("p{}", encoding="utf-8")
    (root / "_variables.yml").write_text("a: 1", encoding="utf-8")
    (root / ".hidden.css").write_text("p{}", encoding="utf-8")
    (tmp_path / "outside.css").write_text("p{}", encoding="utf-8")
    (root / "figures" / "link.svg").symlink_to(tmp_path / "outside.css")
    assert safe_asset(root, "figures/a.svg") == (root / "figures" / "a.svg").resolve()
    assert safe_asset(root, "rapport.css") is not None
    for name in (
        "../outside.css",
        "figures/../../outside.css",
        str(tmp_path / "outside.css"),
        "figures",
        "figures/",
        "_variables.yml",
        ".hidden.css",
        "figures/link.svg",
        "figures/missing.svg",
        "",
    ):
        assert safe_asset(root, name) is None, name


# ------------------------------------------------------- the fast path equals a full render


@pytest.fixture
def oslo_session(tmp_path, oslo_2019):
    """A preview session of the Oslo 2019 build over a copy of its commentary (the session and
    the copy's folder), closed after the test."""
    from klagerapport.preview.session import Session

    source = tmp_path / "kommentar"
    shutil.copytree(paths.commentary_dir("Oslo", 2019), source)
    session = Session(oslo_2019, district="Oslo", year=2019, commentary=source)
    try:
        yield session, source
    finally:
        session.close()


@pytest.mark.slow
def test_a_spliced_page_is_the_page_a_full_render_makes(oslo_session):
    from klagerapport.render.embedded import html as html_step

    session, source = oslo_session
    assert session.refresh(full=True) is None and session.state.error is None
    notes = (source / "generelt.md").read_text(encoding="utf-8")
    assert "[^" in notes  # a piece with a footnote, numbered page-wide
    (source / "generelt.md").write_text(
        notes.replace("\n\n", "\n\nNy setning med {{< var year.minus1 >}}.\n\n", 1),
        encoding="utf-8",
    )
    (source / "tiltak.md").write_text("Kort. {{< var received.totl >}}\n", encoding="utf-8")
    owed = session.refresh()
    assert owed is not None and session.spliced == 1, session.state.error
    full = html_step.render_html(session.staged, session._prepared, owed.markdown, name="sjekk")
    assert session.state.html == mark_findings(full, session.state.findings)
    unknown = [n for n, f in enumerate(session.state.findings) if "received.totl" in f.message]
    assert len(unknown) == 1 and "Ny setning med" in session.state.html
    assert f'id="kp-funn-{unknown[0]}"' in session.state.html
    assert session.settle(owed) is False  # nothing left to change


@pytest.mark.slow
def test_a_half_written_file_is_an_error_in_the_page_until_it_is_whole(oslo_session):
    session, source = oslo_session
    session.refresh(full=True)
    good = session.state.html
    whole = "Første linje.\n\nFor «ærlig» og åpen.\n".encode()
    (source / "pass.md").write_bytes(whole[: whole.index("«".encode()) + 1])  # cut in «
    session.refresh()
    error = session.state.error
    assert error is not None and error.line == 3 and error.file.endswith("pass.md")
    assert "UTF-8" in error.message and session.state.html == good  # the last good page
    (source / "pass.md").write_bytes(whole)
    session.refresh()
    assert session.state.error is None and "For «ærlig» og åpen." in session.state.html


@pytest.mark.slow
def test_raw_html_in_a_saved_file_is_refused_on_the_fast_path_too(oslo_session):
    session, source = oslo_session
    session.refresh(full=True)
    good = session.state.html
    file = source / "pass.md"
    file.write_text(file.read_text(encoding="utf-8") + "\n<script>x()</script>\n", "utf-8")
    assert session.refresh() is None  # nothing spliced, nothing owed
    error = session.state.error
    assert error is not None and error.file.endswith("pass.md") and "HTML" in error.message
    assert session.state.html == good and "<script>" not in good


# ------------------------------------------------------------------------ what is watched


def test_changes_are_sorted_into_commentary_full_or_nothing(tmp_path):
    from types import SimpleNamespace

    from watchfiles import Change

    from klagerapport.preview.server import classify

    source = tmp_path / "commentary" / "oslo" / "2019"
    run_dir = tmp_path / "bygg" / "2019"
    session = SimpleNamespace(source=source, run_dir=run_dir, district="Oslo")

    def kind(*names):
        return classify({(Change.modified, str(n)) for n in names}, session)

    assert kind(source / "pass.md") == "commentary"
    assert (
        kind(source / ".pass.md.swp", source / ".ipynb_checkpoints" / "pass-checkpoint.md") is None
    )
    assert kind(source / "notater.txt", run_dir / "notebooks" / "01.ipynb") is None
    assert kind(source / "gjennomgang.yml") == "commentary"  # the check reads them
    assert kind(paths.allowlist_file("Oslo")) == "commentary"
    assert kind(paths.allowlist_file("Agder")) is None
    assert kind(run_dir / "_variables.yml") == "full"
    assert kind(run_dir / "values" / "received.json", source / "pass.md") == "full"
    assert kind(run_dir) == "full"  # a new build swapped in
    assert kind(paths.REPORT_DIR / "rapport.qmd") == "full"


# ------------------------------------------------------------------------ JupyterLab


def test_jupyterlab_launcher_entry_is_registered_and_valid():
    import warnings

    from jupyter_server_proxy.config import get_entrypoint_server_processes

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a config the proxy cannot use is only a warning there
        processes = {p.name: p for p in get_entrypoint_server_processes()}
    preview = processes["klagerapport"]
    assert preview.command[-4:] == ["klagerapport", "preview", "--port", "{port}"]
    assert preview.launcher_entry.enabled and preview.launcher_entry.title == "Forhåndsvisning"
    assert Path(preview.launcher_entry.icon_path).is_file()
    assert preview.new_browser_tab is False
