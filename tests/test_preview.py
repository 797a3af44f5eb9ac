"""`klagerapport preview`: problems found in commentary, what the server serves, and the page in
a real browser (headless Chromium) while a commentary file is edited.

The browser tests run the command in a child process on a free loopback port, against a copy of
the project's documents (KLAGERAPPORT_ROOT), so the real commentary is never touched. Every wait
is bounded; the server is stopped with Ctrl-C (SIGINT) in teardown and must exit by itself.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import yaml

from klagerapport import paths
from klagerapport.preview import problems
from klagerapport.preview.session import Finding, mark_findings, safe_asset, tokenize

# Debian's Chromium where installed (.ci/run installs it); else Playwright's own (make browser).
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
START_TIMEOUT = 60.0
UPDATE_TIMEOUT_MS = 20_000
STOP_TIMEOUT = 15.0
PREVIEW = [sys.executable, "-m", "klagerapport", "preview"]
VARIABLES = {"received": {"total": "211", "change": "21 %"}, "year": {"current": "2019"}}


# ------------------------------------------------------------------ problems (pure functions)


def test_an_unknown_key_is_found_at_its_line_with_the_nearest_key():
    text = "Innledning.\n\nVi fikk {{< var received.totl >}} klager i {{< var year.current >}}.\n"
    found = problems.find(Path("x.md"), text, VARIABLES)
    assert [(f.line, f.severity, f.key, f.suggestion) for f in found] == [
        (3, problems.ERROR, "received.totl", "received.total")
    ]
    line = text.splitlines()[2]
    assert line[found[0].start : found[0].end] == "{{< var received.totl >}}"


def test_a_group_and_a_value_without_data_are_found():
    variables = {**VARIABLES, "handling_days": {"mean_minus1": "–"}}
    text = "{{< var received >}} og {{< var handling_days.mean_minus1 >}}"
    found = problems.find(Path("x.md"), text, variables)
    assert [(f.severity, f.key) for f in found] == [
        (problems.ERROR, "received"),
        (problems.WARNING, "handling_days.mean_minus1"),
    ]


def test_a_key_far_from_every_key_has_no_suggestion():
    found = problems.find(Path("x.md"), "{{< var zzzz.qqqq >}}", VARIABLES)
    assert found[0].suggestion is None


def test_findings_are_marked_in_the_text_escaped_and_never_inside_a_tag():
    evil = "<script>alert(1)</script>"
    finding = Finding(Path("x.md"), 1, problems.ERROR, f"ukjent nøkkel «{evil}»", None, evil, 0, 5)
    text = tokenize("AAAAA og mer", [finding], 0)
    assert text.startswith("KPFUNN0000X")
    page = f'<p title="{text}">{text}</p>'
    marked = mark_findings(page, [finding])
    assert "<script>" not in marked
    assert "&lt;script&gt;" in marked
    assert marked.startswith('<p title="KPFUNN0000X')  # the attribute is left alone
    assert marked.count('id="kp-funn-0"') == 1


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


@pytest.mark.slow
def test_a_spliced_page_is_the_page_a_full_render_makes(tmp_path, oslo_2019):
    from klagerapport.preview.session import Session
    from klagerapport.render.embedded import html as html_step

    build = oslo_2019
    source = tmp_path / "kommentar"
    shutil.copytree(paths.commentary_dir("Oslo", 2019), source)
    session = Session(build, district="Oslo", year=2019, commentary=source)
    try:
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
        assert "Ny setning med" in session.state.html and 'id="kp-funn-0"' in session.state.html
        assert session.settle(owed) is False  # nothing left to change
    finally:
        session.close()


@pytest.mark.slow
def test_a_half_written_file_is_an_error_in_the_page_until_it_is_whole(tmp_path, oslo_2019):
    from klagerapport.preview.session import Session

    source = tmp_path / "kommentar"
    shutil.copytree(paths.commentary_dir("Oslo", 2019), source)
    session = Session(oslo_2019, district="Oslo", year=2019, commentary=source)
    try:
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
    finally:
        session.close()


@pytest.mark.slow
def test_raw_html_in_a_saved_file_is_refused_on_the_fast_path_too(tmp_path, oslo_2019):
    from klagerapport.preview.session import Session

    source = tmp_path / "kommentar"
    shutil.copytree(paths.commentary_dir("Oslo", 2019), source)
    session = Session(oslo_2019, district="Oslo", year=2019, commentary=source)
    try:
        session.refresh(full=True)
        good = session.state.html
        file = source / "pass.md"
        file.write_text(file.read_text(encoding="utf-8") + "\n<script>x()</script>\n", "utf-8")
        assert session.refresh() is None  # nothing spliced, nothing owed
        error = session.state.error
        assert error is not None and error.file.endswith("pass.md") and "HTML" in error.message
        assert session.state.html == good and "<script>" not in good
    finally:
        session.close()


# ------------------------------------------------------------------------ what is watched


def test_changes_are_sorted_into_commentary_full_or_nothing(tmp_path):
    from types import SimpleNamespace

    from watchfiles import Change

    from klagerapport.preview.server import classify

    source = tmp_path / "commentary" / "oslo" / "2019"
    run_dir = tmp_path / "bygg" / "2019"
    session = SimpleNamespace(source=source, run_dir=run_dir)

    def kind(*names):
        return classify({(Change.modified, str(n)) for n in names}, session)

    assert kind(source / "pass.md") == "commentary"
    assert (
        kind(source / ".pass.md.swp", source / ".ipynb_checkpoints" / "pass-checkpoint.md") is None
    )
    assert kind(source / "notater.txt", run_dir / "notebooks" / "01.ipynb") is None
    assert kind(run_dir / "_variables.yml") == "full"
    assert kind(run_dir / "values" / "received.json", source / "pass.md") == "full"
    assert kind(run_dir) == "full"  # a new build swapped in
    assert kind(paths.REPORT_DIR / "rapport.qmd") == "full"


# ---------------------------------------------------------------- the page, in a browser


def _project_copy(base: Path) -> Path:
    """The documents the preview reads, copied so that the test can edit the commentary."""
    root = base / "prosjekt"
    root.mkdir()
    for name in ("_quarto.yml", "config.yml"):
        shutil.copy2(paths.ROOT / name, root / name)
    for folder in ("report", "commentary", "data/reference"):
        shutil.copytree(paths.ROOT / folder, root / folder)
    return root


def _flat(variables: dict) -> dict[str, str]:
    return {k: str(v) for k, v in problems.flat_keys(variables)}


class Preview:
    """`klagerapport preview` in a child process; `url` once it listens."""

    def __init__(self, root: Path, build: Path) -> None:
        env = {**os.environ, "KLAGERAPPORT_ROOT": str(root), "PYTHONUNBUFFERED": "1"}
        self.log = root / "preview.log"
        with open(self.log, "w", encoding="utf-8") as out:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "klagerapport",
                    "preview",
                    "--out",
                    str(build),
                    "--port",
                    "0",
                ],
                cwd=root,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        self.url = self._wait_for_url()

    def _wait_for_url(self) -> str:
        deadline = time.monotonic() + START_TIMEOUT
        buffer = ""
        while time.monotonic() < deadline:
            buffer = self.log.read_text(encoding="utf-8", errors="replace")
            match = re.search(r"http://127\.0\.0\.1:\d+/", buffer)
            if match:
                return match.group(0)
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        self.stop()
        raise AssertionError(f"the preview did not start:\n{buffer}")

    def stop(self) -> int | None:
        """Ctrl-C; the server, its watcher and any Pandoc it runs must all be gone after."""
        import psutil

        children = []
        if self.proc.poll() is None:
            with contextlib.suppress(psutil.NoSuchProcess):
                children = psutil.Process(self.proc.pid).children(recursive=True)
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(STOP_TIMEOUT)
                raise AssertionError("the preview did not stop on Ctrl-C") from None
        _gone, alive = psutil.wait_procs(children, timeout=STOP_TIMEOUT)
        assert alive == [], f"processes left behind: {alive}"
        return self.proc.returncode


@pytest.fixture(scope="module")
def preview(oslo_2019):
    own = Path(tempfile.mkdtemp(prefix="klagerapport-test-preview-"))
    build = own / "bygg" / "oslo-2019"  # its own folder: the preview watches the build's parent
    shutil.copytree(oslo_2019, build)
    root = _project_copy(own)
    server = Preview(root, build)
    try:
        yield server, root, build
    finally:
        code = server.stop()
        log = server.log.read_text(encoding="utf-8")
        shutil.rmtree(own, ignore_errors=True)
        assert code in (0, 130), f"the preview exited with {code}:\n{log}"
        assert "Traceback" not in log, log


@pytest.fixture(scope="module")
def page(preview):
    from playwright.sync_api import sync_playwright

    server, _root, _build = preview
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            errors: list[str] = []
            page.on("pageerror", lambda err: errors.append(str(err)))
            page.goto(server.url, wait_until="load")
            page.wait_for_selector("html[data-html-version]", timeout=UPDATE_TIMEOUT_MS)
            page.errors = errors
            yield page
        finally:
            browser.close()


def _report_text(page) -> str:
    return page.frame_locator("#rapport").locator("body").inner_text()


def _wait_for_report(page, needle: str) -> None:
    page.wait_for_function(
        "n => { const d = document.getElementById('rapport').contentDocument;"
        " return d && d.body && d.body.innerText.includes(n); }",
        arg=needle,
        timeout=UPDATE_TIMEOUT_MS,
    )


@pytest.mark.slow
@pytest.mark.browser
def test_the_panel_lists_every_value_of_the_build(page, preview):
    _server, _root, build = preview
    variables = _flat(yaml.safe_load((build / "_variables.yml").read_text(encoding="utf-8")))
    rows = page.evaluate(
        "[...document.querySelectorAll('#verdier tr')].map(tr => "
        "[tr.dataset.key, tr.querySelector('.tekst').textContent])"
    )
    assert dict(rows) == variables
    assert len(rows) == len(variables) > 50
    page.fill("#sok", "received.total")
    visible = page.evaluate(
        "[...document.querySelectorAll('#verdier tr')].filter(tr => !tr.hidden)"
        ".map(tr => tr.dataset.key)"
    )
    assert "received.total" in visible and len(visible) < len(rows)
    page.fill("#sok", "")


@pytest.mark.slow
@pytest.mark.browser
def test_a_saved_edit_shows_in_the_page_with_the_builds_value(page, preview):
    _server, root, build = preview
    variables = _flat(yaml.safe_load((build / "_variables.yml").read_text(encoding="utf-8")))
    file = root / "commentary" / "oslo" / "2019" / "tiltak.md"
    frame = "document.getElementById('rapport').contentWindow"
    page.evaluate(f"{frame}.scrollTo(0, 1500)")
    before = page.evaluate(f"{frame}.scrollY")
    file.write_text(
        file.read_text(encoding="utf-8")
        + "\n\nTestsetning om {{< var received.total >}} mottatte klager.\n",
        encoding="utf-8",
    )
    _wait_for_report(page, f"Testsetning om {variables['received.total']} mottatte klager.")
    assert abs(page.evaluate(f"{frame}.scrollY") - before) < 2  # the scroll position is kept
    assert page.errors == []


@pytest.mark.slow
@pytest.mark.browser
def test_a_mistyped_key_is_marked_at_its_line_with_a_suggestion(page, preview):
    _server, root, _build = preview
    file = root / "commentary" / "oslo" / "2019" / "pass.md"
    lines = file.read_text(encoding="utf-8").splitlines()
    file.write_text(
        "\n".join([*lines, "", "Vi fikk {{< var received.totl >}} klager."]) + "\n",
        encoding="utf-8",
    )
    page.wait_for_selector("#problemer li.feil", timeout=UPDATE_TIMEOUT_MS)
    listed = page.locator("#problemer li.feil").first.inner_text()
    assert f"commentary/oslo/2019/pass.md:{len(lines) + 2}" in listed
    assert "received.totl" in listed and "received.total" in listed
    _wait_for_report(page, "ukjent nøkkel «received.totl»")
    mark = page.frame_locator("#rapport").locator("mark.kp-feil").first
    assert "received.total" in mark.inner_text()
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    page.wait_for_selector("#problemer li.feil", state="detached", timeout=UPDATE_TIMEOUT_MS)


@pytest.mark.slow
@pytest.mark.browser
def test_a_broken_placeholder_shows_the_error_over_the_last_good_page(page, preview):
    _server, root, _build = preview
    file = root / "commentary" / "oslo" / "2019" / "frister.md"
    good = file.read_text(encoding="utf-8")
    broken = good + "\nDette er {{< var received.total\n"
    file.write_text(broken, encoding="utf-8")
    page.wait_for_selector("#feil:not([hidden])", timeout=UPDATE_TIMEOUT_MS)
    where = page.locator("#feil-sted").inner_text()
    line = broken.splitlines().index("Dette er {{< var received.total") + 1
    assert where == f"commentary/oslo/2019/frister.md:{line}"
    assert "kortkode" in page.locator("#feil-melding").inner_text()
    assert "Særlig om frister" in _report_text(page)  # the last good render is still shown
    file.unlink()  # deleted and recreated, as editors do
    time.sleep(0.2)
    file.write_text(good, encoding="utf-8")
    page.wait_for_selector("#feil", state="hidden", timeout=UPDATE_TIMEOUT_MS)


@pytest.mark.slow
@pytest.mark.browser
def test_nothing_outside_the_report_is_served(preview):
    server, _root, _build = preview
    host, port = re.match(r"http://([\d.]+):(\d+)/", server.url).groups()

    def status(path: str) -> int:
        conn = http.client.HTTPConnection(host, int(port), timeout=10)
        try:
            conn.request("GET", path)
            return conn.getresponse().status
        finally:
            conn.close()

    assert status("/rapport.html") == 200
    assert status("/rapport.css") == 200
    for path in (
        "/../../../../etc/passwd",
        "/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/figures/../../../../etc/passwd",
        "//etc/passwd",
        "/figures/",
        "/figures",
        "/_variables.yml",
        "/commentary/pass.md",
        "/tables/avgjorelse.md",
        "/_preview/",
        "/_preview/../../_quarto.yml",
    ):
        assert status(path) in (400, 404), path


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
