"""The README's pictures of the live preview, taken with headless Chromium (Playwright).

    .venv/bin/python tools/preview_screenshots.py [--build outputs/oslo/2019] [--jupyterlab]

Works in a throw-away copy of the project (KLAGERAPPORT_ROOT), with a build of Oslo 2019 copied
into it, and a mistyped key added to one commentary file so that the picture shows how a
problem looks. Writes docs/img/forhandsvisning.png and, with --jupyterlab,
docs/img/forhandsvisning-jupyterlab.png (JupyterLab with the launcher's preview tab).
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1]
IMG = SOURCE / "docs" / "img"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")  # else Playwright's
COPIED = ("data/reference", "commentary", "report")
COPIED_FILES = ("config.yml", "_quarto.yml")
EXAMPLE = "innkomne-saker.md"
TYPO = "Av disse var {{< var received.totl >}} saker mottatt i året."


def project(build: Path) -> Path:
    root = Path(tempfile.mkdtemp(prefix="klagerapport-bilder-"))
    for rel in COPIED:
        shutil.copytree(SOURCE / rel, root / rel)
    for rel in COPIED_FILES:
        shutil.copy2(SOURCE / rel, root / rel)
    shutil.copytree(build, root / "outputs" / "oslo" / "2019")
    file = root / "commentary" / "oslo" / "2019" / EXAMPLE
    file.write_text(f"{TYPO}\n\n{file.read_text(encoding='utf-8')}", encoding="utf-8")
    return root


def wait_for(pattern: str, log: Path, proc: subprocess.Popen, seconds: float = 90) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        match = re.search(pattern, log.read_text(encoding="utf-8", errors="replace"))
        if match:
            return match.group(0)
        if proc.poll() is not None:
            break
        time.sleep(0.1)
    raise SystemExit(f"did not start:\n{log.read_text(encoding='utf-8', errors='replace')}")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()


def browser_preview(pw, root: Path, env: dict) -> None:
    log = root / "preview.log"
    with open(log, "w", encoding="utf-8") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "klagerapport", "preview", "--port", "0"],
            cwd=root,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        url = wait_for(r"http://127\.0\.0\.1:\d+/", log, proc)
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--headless"])
        page = browser.new_page(viewport={"width": 1400, "height": 860})
        page.goto(url, wait_until="load")
        page.wait_for_selector("#problemer li.feil", timeout=30_000)
        page.evaluate(
            "document.getElementById('rapport').contentDocument"
            ".querySelector('mark.kp-feil').scrollIntoView({block: 'center'})"
        )
        page.fill("#sok", "received")
        page.wait_for_timeout(300)
        page.screenshot(path=str(IMG / "forhandsvisning.png"))
        browser.close()
    finally:
        stop(proc)


def jupyterlab(pw, root: Path, env: dict) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    token = secrets.token_hex(16)
    log = root / "jupyter.log"
    jupyter = Path(sys.executable).with_name("jupyter")
    with open(log, "w", encoding="utf-8") as out:
        proc = subprocess.Popen(
            [
                str(jupyter),
                "lab",
                "--allow-root",
                "--no-browser",
                f"--port={port}",
                f"--IdentityProvider.token={token}",
                f"--ServerApp.root_dir={root}",
            ],
            cwd=root,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_for(rf"http://127\.0\.0\.1:{port}/lab", log, proc)
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--headless"])
        page = browser.new_page(viewport={"width": 1600, "height": 900})
        page.goto(
            f"http://127.0.0.1:{port}/lab/tree/commentary/oslo/2019/{EXAMPLE}?token={token}&reset"
        )
        page.wait_for_selector(".jp-FileEditor", timeout=90_000)
        page.wait_for_timeout(2000)
        page.locator(".lm-DockPanel-addButton, [title='New Launcher']").first.click()
        page.locator(".jp-LauncherCard:has-text('Forhåndsvisning')").first.click()
        frame = page.frame_locator("iframe").first
        frame.locator("#problemer li.feil").first.wait_for(timeout=90_000)
        page.wait_for_timeout(1500)
        page.screenshot(path=str(IMG / "forhandsvisning-jupyterlab.png"))
        browser.close()
    finally:
        stop(proc)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path, default=SOURCE / "outputs" / "oslo" / "2019")
    parser.add_argument("--jupyterlab", action="store_true")
    args = parser.parse_args()
    if not (args.build / "_variables.yml").is_file():
        raise SystemExit(f"no build in {args.build}: run `make report` first")

    from playwright.sync_api import sync_playwright

    root = project(args.build.resolve())
    env = {**os.environ, "KLAGERAPPORT_ROOT": str(root), "PYTHONUNBUFFERED": "1"}
    try:
        with sync_playwright() as pw:
            browser_preview(pw, root, env)
            if args.jupyterlab:
                jupyterlab(pw, root, env)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(f"Wrote pictures to {IMG}")


if __name__ == "__main__":
    main()
