"""The commentary check: how well it reads claims, and how long it takes.

    .venv/bin/python benchmarks/bench_check.py

Prints, for the claim corpus (tests/corpus/påstander.yml, analyst prose about Oslo 2019, Agder
2020, 2021 and 2022 and Troms 2021 labelled true/false) per part (utvikling: the rules were tuned
on it; kontroll … kontroll6 and kontroll8 … kontroll10: each written and held out, measured once
at first contact, then used to fix what it showed; kontroll7: held out, `claimcorpus.HELD_OUT`; the
first-contact figures are in benchmarks/README.md) and per kind: the false sentences caught (an
error, or a sign-off the final edition requires), those caught by an error, those that would pass
a final edition, and the true sentences given an error or a sign-off. Then the time of one whole
`check_commentary` of Oslo 2019's shipped commentary (every file, fresh values each time, so the
lexicon and the values' meanings are built every run as `klagerapport check` builds them), against
the goal of 1 s.
It is not a test: it prints figures for a person to read (benchmarks/README.md).

    .venv/bin/python benchmarks/bench_check.py --del kontroll9    # one part, in detail

`--del PART` prints only that part: its figures per kind, every false sentence a final edition
would print (no error, no required sign-off), every true sentence given an error, and the false
sentences caught by a sign-off only (a part's first contact, benchmarks/README.md).
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))  # tools/ (the corpus's reports)

import claimcorpus as cc  # noqa: E402

from klagerapport import paths  # noqa: E402
from klagerapport.check import BuildValues, check_commentary  # noqa: E402

GOAL_SECONDS = 1.0
RUNS = 10


def pct(n: int, d: int) -> str:
    return f"{n}/{d} ({100 * n / d:.0f} %)" if d else "–"


def corpus_figures() -> None:
    items = cc.corpus()
    started = time.perf_counter()
    scores = cc.score(items)
    took = time.perf_counter() - started
    print(f"Påstandskorpuset: {len(items)} setninger ({took:.2f} s)\n")
    header = (
        f"{'del':<10} {'art':<14} {'usanne fanget':>16} {'med feil':>16} {'slipper':>8} "
        f"{'sanne med feil':>16} {'sanne, godkj.':>14}"
    )
    print(header)
    print("-" * len(header))
    for part in (*cc.PARTS, "alle"):
        for kind, c in sorted(scores[part].items(), key=lambda kv: (kv[0] != "*", kv[0])):
            if part != "alle" and kind != "*":
                continue
            print(
                f"{part:<10} {('i alt' if kind == '*' else kind):<14} "
                f"{pct(c['usanne_fanget'], c['usanne']):>16} "
                f"{pct(c['usanne_feil'], c['usanne']):>16} "
                f"{c['usanne_slipper']:>8} {pct(c['sanne_feil'], c['sanne']):>16} "
                f"{pct(c['sanne_godkjenning'], c['sanne']):>14}"
            )
    print()


def part_detail(part: str) -> None:
    items = [i for i in cc.corpus() if i["del"] == part]
    if not items:
        print(f"ingen setninger i delen {part!r}; delene: {', '.join(cc.PARTS)}")
        return
    scores = cc.score(items)[part]
    print(f"Delen {part}: {len(items)} setninger\n")
    header = (
        f"{'art':<14} {'usanne fanget':>16} {'med feil':>16} {'slipper':>8} "
        f"{'sanne med feil':>16} {'sanne, godkj.':>14}"
    )
    print(header)
    print("-" * len(header))
    for kind, c in sorted(scores.items(), key=lambda kv: (kv[0] != "*", kv[0])):
        print(
            f"{('i alt' if kind == '*' else kind):<14} "
            f"{pct(c['usanne_fanget'], c['usanne']):>16} {pct(c['usanne_feil'], c['usanne']):>16} "
            f"{c['usanne_slipper']:>8} {pct(c['sanne_feil'], c['sanne']):>16} "
            f"{pct(c['sanne_godkjenning'], c['sanne']):>14}"
        )
    outcomes = [(item, cc.outcome(cc.findings(item))) for item in items]
    lists = (
        ("Usanne som slipper gjennom en endelig utgave", False, ("pass", "warning")),
        ("Sanne med feil", True, ("error",)),
        ("Usanne fanget bare av krav om godkjenning", False, ("signoff",)),
    )
    for title, truth, kinds in lists:
        hits = [(i, o) for i, o in outcomes if i["sann"] == truth and o in kinds]
        print(f"\n{title}: {len(hits)}")
        for item, result in hits:
            print(
                f"  [{item['id']}] {cc.report_of(item)} {item['art']} ({result}): {item['tekst']}"
            )
            print(f"      {item['grunn']}")
    print()


def values_for_oslo_2019() -> tuple[BuildValues, str]:
    run = paths.output_dir("Oslo", 2019)
    if (run / "values").is_dir():
        return BuildValues.load(run), paths.shown(run)
    return cc.values(), paths.shown(cc.VALUES)


def check_time() -> None:
    folder = paths.commentary_dir("Oslo", 2019)
    _, where = values_for_oslo_2019()
    times = []
    for _ in range(RUNS):
        values, _ = values_for_oslo_2019()  # fresh: nothing remembered between runs
        started = time.perf_counter()
        found = check_commentary(folder, values, district="Oslo", year=2019)
        times.append(time.perf_counter() - started)
    print(f"Kontroll av Oslo 2019 ({paths.shown(folder)}, verdier fra {where}), {RUNS} kjøringer:")
    print(
        f"  median {statistics.median(times):.3f} s, min {min(times):.3f} s, "
        f"maks {max(times):.3f} s (mål: høyst {GOAL_SECONDS:.0f} s); {len(found)} funn"
    )


def machine() -> None:
    load = os.getloadavg() if hasattr(os, "getloadavg") else ("?",) * 3
    print(
        f"Maskin: {os.cpu_count()} kjerner, {platform.processor() or platform.machine()}, "
        f"Python {platform.python_version()}, {platform.system()}; "
        f"last (1/5/15 min): {' '.join(f'{x:.2f}' for x in load)}\n"
    )


if __name__ == "__main__":
    machine()
    if sys.argv[1:2] == ["--del"] and len(sys.argv) == 3:
        part_detail(sys.argv[2])
    else:
        corpus_figures()
        check_time()
