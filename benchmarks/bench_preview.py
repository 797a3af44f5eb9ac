"""Benchmark of the live preview (not a test): `python benchmarks/bench_preview.py`.

Save-to-updated-page time of `klagerapport preview` for Oslo 2019, measured in a real browser
(headless Chromium through Playwright): the time from just before a commentary file is written
to the moment the page shows the new sentence (polled on every animation frame in the page;
both clocks are this machine's wall clock). Several saves per file; prints each time, the
median, and the server's own render time.

Runs in a throw-away copy of the project (KLAGERAPPORT_ROOT), so the real commentary is never
touched. `--build DIR` reuses an existing build of Oslo 2019 (copied), otherwise one is built.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench_build import isolated_root  # the same copy of what a build reads

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")  # else Playwright's
FILES = ("innkomne-saker.md", "tiltak.md", "generelt.md")
TIMEOUT_S = 30.0


def cli(root: Path) -> tuple[list[str], dict]:
    env = {**os.environ, "KLAGERAPPORT_ROOT": str(root), "PYTHONUNBUFFERED": "1"}
    return [sys.executable, "-m", "klagerapport"], env


def build(root: Path, given: Path | None) -> Path:
    out = root / "bygg" / "oslo-2019"
    if given:
        shutil.copytree(given, out)
        return out
    command, env = cli(root)
    subprocess.run(
        [*command, "build", "--year", "2019", "--district", "Oslo", "--out", str(out)],
        cwd=root,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return out


def start_preview(root: Path, run_dir: Path) -> tuple[subprocess.Popen, str, Path]:
    command, env = cli(root)
    log = root / "preview.log"
    with open(log, "w", encoding="utf-8") as out:
        proc = subprocess.Popen(
            [*command, "preview", "--out", str(run_dir), "--port", "0"],
            cwd=root,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        match = re.search(r"http://127\.0\.0\.1:\d+/", log.read_text(encoding="utf-8"))
        if match:
            return proc, match.group(0), log
        if proc.poll() is not None:
            break
        time.sleep(0.05)
    proc.kill()
    raise SystemExit(f"the preview did not start:\n{log.read_text(encoding='utf-8')}")


WAIT_JS = """needle => {
  const d = document.getElementById('rapport').contentDocument;
  return d && d.body && d.body.textContent.includes(needle) ? Date.now() : false;
}"""


def measure(page, file: Path, saves: int, pause: float) -> list[dict]:
    original = file.read_text(encoding="utf-8")
    results = []
    try:
        for i in range(saves):
            marker = f"Målesetning {file.stem} nummer {i} {time.time_ns()}."
            written = time.time()
            file.write_text(f"{original.rstrip()}\n\n{marker}\n", encoding="utf-8")
            handle = page.wait_for_function(
                WAIT_JS, arg=marker, polling="raf", timeout=TIMEOUT_S * 1000
            )
            shown_ms = handle.json_value()
            state = page.evaluate("fetch('_preview/state').then(r => r.json())")
            results.append(
                {"seconds": shown_ms / 1000 - written, "render": state["seconds"], "i": i}
            )
            time.sleep(pause)
    finally:
        file.write_text(original, encoding="utf-8")
    return results


def machine() -> str:
    cpu = "?"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    return (
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, "
        f"{platform.system()}; load average {load}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path, help="an existing Oslo 2019 build to copy")
    parser.add_argument("--saves", type=int, default=9, help="saves per file")
    parser.add_argument("--pause", type=float, default=0.6, help="seconds between saves")
    parser.add_argument("--files", nargs="*", default=list(FILES))
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    root = isolated_root()
    proc = None
    try:
        run_dir = build(root, args.build.resolve() if args.build else None)
        proc, url, _log = start_preview(root, run_dir)
        print(f"Machine: {machine()}")
        print(f"Preview: {url}")
        everything = []
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--headless"])
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url, wait_until="load")
            page.wait_for_selector("html[data-html-version]", timeout=TIMEOUT_S * 1000)
            page.wait_for_timeout(500)
            folder = root / "commentary" / "oslo" / "2019"
            print(f"\n{'file':<20} {'median s':>9} {'min s':>7} {'max s':>7} {'render s':>9}")
            for name in args.files:
                results = measure(page, folder / name, args.saves, args.pause)
                everything += results
                times = [r["seconds"] for r in results]
                renders = [r["render"] for r in results]
                print(
                    f"{name:<20} {statistics.median(times):>9.3f} {min(times):>7.3f} "
                    f"{max(times):>7.3f} {statistics.median(renders):>9.3f}"
                )
                print("  each: " + ", ".join(f"{t:.3f}" for t in times))
            browser.close()
        times = [r["seconds"] for r in everything]
        print(
            f"\nAll {len(times)} saves: median {statistics.median(times):.3f} s, "
            f"min {min(times):.3f} s, max {max(times):.3f} s"
        )
        print(json.dumps({"median": statistics.median(times), "n": len(times)}))
    finally:
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
