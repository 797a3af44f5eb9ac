"""How long the render guard's completeness check takes on a built report.

    .venv/bin/python benchmarks/bench_completeness.py [outputs/oslo/2019]

Reads the build's Quarto project, rapport.html and rapport.pdf (`make report` first) and times
`guard.completeness_problems` (both outputs) a few times, then the HTML alone, then the live
preview's guard on its whole page (`preview.session.Session`, the build's district and year
Oslo 2019). Prints figures for a person to read; not a test. Results in benchmarks/README.md.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

from klagerapport import paths
from klagerapport.render import PROJECT_DIR, completeness, guard, inplace
from klagerapport.render import stage as staging

RUNS = 5


def main() -> int:
    run_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else paths.output_dir("Oslo", 2019)
    project = (run_dir / PROJECT_DIR).resolve()
    source = inplace._source(project)
    variables = staging.read_variables(project)
    meta = staging.metadata(project)
    html = (run_dir / "rapport.html").read_text(encoding="utf-8")
    started = time.perf_counter()
    pages = guard.pdf_text(run_dir / "rapport.pdf")
    pdf_seconds = time.perf_counter() - started
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        problems = guard.completeness_problems(html, pages, source, variables, meta)
        times.append(time.perf_counter() - started)
    html_times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        guard.completeness_problems(html, None, source, variables, meta)
        html_times.append(time.perf_counter() - started)
    pieces = completeness.pieces(source.lines, variables, meta)
    words = len(completeness.words("\n".join(pages)))
    print(
        f"{paths.shown(run_dir)}: {len(pieces)} pieces, {len(pages)} PDF pages, {words} PDF words"
    )
    print(f"PDF text: {pdf_seconds:.2f} s; completeness (HTML + PDF), {RUNS} runs:")
    print(
        f"  median {statistics.median(times):.2f} s, min {min(times):.2f} s, max {max(times):.2f} s"
    )
    print(f"  problems: {problems or 'none'}")
    print(f"completeness, HTML only (the preview's whole page), {RUNS} runs:")
    print(
        f"  median {statistics.median(html_times):.2f} s, min {min(html_times):.2f} s, "
        f"max {max(html_times):.2f} s"
    )
    preview(run_dir)
    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")


def preview(run_dir: Path) -> None:
    """The preview's guard on its whole page, and a full preview render with it."""
    from klagerapport.preview.session import Session

    session = Session(run_dir, district="Oslo", year=2019)
    try:
        session.refresh(full=True)
        if session.state.error is not None:
            print(f"preview: {session.state.error.message}")
            return
        page = session._last.html
        guarded, full = [], []
        for _ in range(RUNS):
            started = time.perf_counter()
            session._guard(page)
            guarded.append(time.perf_counter() - started)
        for _ in range(3):
            started = time.perf_counter()
            session.refresh(full=True)
            full.append(time.perf_counter() - started)
    finally:
        session.close()
    print(f"preview's guard on its whole page, {RUNS} runs:")
    print(f"  median {statistics.median(guarded):.2f} s, min {min(guarded):.2f} s")
    print(f"preview full render with it, 3 runs: median {statistics.median(full):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
