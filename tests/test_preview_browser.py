"""`klagerapport preview` in a real browser (headless Chromium) while a commentary file is edited.

The tests run the command in a child process on a free loopback port, against a copy of the
project's documents (KLAGERAPPORT_ROOT), so the real commentary is never touched. Every wait is
bounded; the server is stopped with Ctrl-C (SIGINT) in teardown and must exit by itself.
"""

from __future__ import annotations

import contextlib
import http.client
import json
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
from klagerapport.check import BuildValues
from klagerapport.preview.state import flat_keys

# Debian's Chromium where installed (.ci/run installs it); else Playwright's own (make browser).
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
START_TIMEOUT = 60.0
UPDATE_TIMEOUT_MS = 20_000
STOP_TIMEOUT = 15.0


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
    return {k: str(v) for k, v in flat_keys(variables)}


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


def _listed(page) -> list[str]:
    return page.locator("#problemer li").all_inner_texts()


@pytest.mark.slow
@pytest.mark.browser
def test_the_panel_lists_what_klagerapport_check_prints(page, preview):
    server, root, build = preview
    file = root / "commentary" / "oslo" / "2019" / "tiltak.md"
    good = file.read_text(encoding="utf-8")
    wrong = "nedgang" if BuildValues.load(build).raw("received.change") > 0 else "økning"
    file.write_text(
        good + f"\n\nDet var en {wrong} på {{{{< var received.change >}}}} fra året før.\n\n"
        "Som i Agder politidistrikt.\n",
        encoding="utf-8",
    )
    page.wait_for_function(
        "() => [...document.querySelectorAll('#problemer li')]"
        ".some(li => li.textContent.includes('Agder politidistrikt'))",
        timeout=UPDATE_TIMEOUT_MS,
    )
    host, port = re.match(r"http://([\d.]+):(\d+)/", server.url).groups()
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        conn.request("GET", "/_preview/state")
        state = json.loads(conn.getresponse().read())
    finally:
        conn.close()
    env = {**os.environ, "KLAGERAPPORT_ROOT": str(root)}
    check = subprocess.run(
        [sys.executable, "-m", "klagerapport", "check", "--json", "--out", str(build)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert check.returncode == 1, check.stderr  # it has errors to report
    printed = json.loads(check.stdout)["findings"]
    shown = [{k: v for k, v in f.items() if k not in ("id", "where")} for f in state["findings"]]
    assert shown == printed
    codes = {f["code"] for f in printed if f["file"].endswith("tiltak.md")}
    assert {"stale-claim", "other-district"} <= codes
    listed = _listed(page)
    assert len(listed) == len(printed)
    for item, f in zip(listed, printed, strict=True):
        where = f"{f['file']}:{f['line']}" if f["line"] else f["file"]
        assert where in item and f["message"] in item and f["suggestion"] in item
    _wait_for_report(page, "Som i Agder politidistrikt.")
    # another district's name is a warning that stops the final edition, never an error
    mark = page.frame_locator("#rapport").locator(
        "mark.kp-advarsel", has_text="Agder politidistrikt"
    )
    assert "Oslo" in mark.get_attribute("title")  # the note says whose text this is
    file.write_text(good, encoding="utf-8")
    page.wait_for_function(
        "() => ![...document.querySelectorAll('#problemer li')]"
        ".some(li => li.textContent.includes('Agder politidistrikt'))",
        timeout=UPDATE_TIMEOUT_MS,
    )


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
