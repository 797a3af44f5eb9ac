"""Benchmark of the public edition's protection and audit (not a test):
`python benchmarks/bench_public.py [--year 2021]`.

For the 13-report publication of a year of the national sample (the 12 districts and Norge):

1. the protection: rounding every inner cell of the whole sample (every district and year the
   reports print) once, as `publish/protection.py` does;
2. the audit: the built-in attacker (`publish/audit.py`) over the 13 reports' public files
   (values and tables, written to a temporary folder first; the writing is not timed);
3. the integer-programming attacker (`publish/attack.py`): the batch's gate over the whole
   publication (the 13 reports of the year and the earlier years' reports), each report's own
   gate over its written values, and the same with one true total leaked into a report;
4. the information lost: per report, the table cells and case counts printed, how many the
   rounding changed, and by how much, against the internal edition.

Reads the processed store only (validating it first if needed); writes nothing in the project.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from klagerapport import paths
from klagerapport.ingest import validate
from klagerapport.publish import attack, attack_equations, audit, contract, protection
from klagerapport.publish import values as V
from klagerapport.sections import registry

DISTRICTS = [
    "Oslo", "Øst", "Innlandet", "Sør-Øst", "Agder", "Sør-Vest",
    "Vest", "Møre og Romsdal", "Trøndelag", "Nordland", "Troms", "Finnmark", "Norge",
]  # fmt: skip


def report(cases, district: str, year: int, utgave: str):
    tables, values = {}, {}
    for function in registry.functions(district).values():
        result = function(cases, year=year, district=district, utgave=utgave)
        tables.update(result.tables)
        values.update(result.values)
    return tables, values


def counts(tables, values) -> dict:
    """Every printed count: (table, row label, column) and value keys -> int."""
    out = {}
    for name, table in tables.items():
        for row in table.rows:
            label = row[0] if isinstance(row[0], str) else row[0].text
            for c, cell in enumerate(row[1:], start=1):
                raw = getattr(cell, "raw", None)
                if isinstance(raw, int) and not isinstance(raw, bool):
                    out[(name, label, c)] = raw
    for key, value in values.items():
        if contract.counts_cases(key) and isinstance(value.raw, int):
            out[key] = value.raw
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--year", type=int, default=2021)
    args = parser.parse_args()
    year = args.year
    cases = validate.load_validated(paths.RAW / "sample-national").cases
    print(f"Machine: {os.cpu_count()} cores, load {os.getloadavg()}; {len(cases)} cases")

    t0 = time.perf_counter()
    public_cases, done = protection.protect(cases)
    protect_s = time.perf_counter() - t0
    print(
        f"Protection: {protect_s:.3f} s ({done.cells} inner cells, {done.rounded_up} rounded "
        f"up, {done.rounded_down} down)"
    )

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folders = {}
        for district in DISTRICTS:
            pub_tables, pub_values = report(cases, district, year, "offentlig")
            int_tables, int_values = report(cases, district, year, "intern")
            folder = Path(tmp) / paths.slug(district)
            (folder / "tables").mkdir(parents=True)
            for name, table in pub_tables.items():
                (folder / "tables" / f"{name}.csv").write_text(table.to_csv(), encoding="utf-8")
            V.write_section(pub_values, folder / "values" / "all.json")
            folders[district] = folder
            shown, true = counts(pub_tables, pub_values), counts(int_tables, int_values)
            keys = set(shown) | set(true)
            diffs = [abs(shown.get(k, 0) - true.get(k, 0)) for k in keys]
            small = [k for k in keys if true.get(k, 0) in (1, 2)]
            rows.append(
                (
                    district,
                    len(keys),
                    len(small),
                    sum(d > 0 for d in diffs),
                    sum(diffs) / len(diffs),
                    max(diffs),
                )
            )
        t0 = time.perf_counter()
        findings, checked = 0, 0
        narrowest = None
        for district, folder in folders.items():
            found = audit.audit_run(folder, cases, district=district, year=year)
            findings += len(found.problems)
            checked += found.counts_checked
            if found.narrowest and (
                narrowest is None
                or found.narrowest[1] - found.narrowest[0] < narrowest[1] - narrowest[0]
            ):
                narrowest = found.narrowest
        audit_s = time.perf_counter() - t0
        print(
            f"Audit of the 13 reports: {audit_s:.3f} s ({checked} counts attacked, {findings} "
            f"findings, narrowest interval around a true small count {narrowest})"
        )
        t0 = time.perf_counter()
        earlier = [(d, y) for d in DISTRICTS for y in range(year - 2, year)]
        whole = attack.attack(cases, attack.publication(DISTRICTS, [year], earlier))
        batch_s = time.perf_counter() - t0
        print(f"Batch gate, {year} with {year - 2}-{year - 1}: {batch_s:.3f} s; {whole.summary()}")
        print(
            f"  {whole.cells} inner cells, {whole.statements} equations, {whole.attacked} "
            f"targets ({whole.rounded} changed cells), {whole.certified} proved without a solve"
        )
        t0 = time.perf_counter()
        solves = 0
        for district, folder in folders.items():
            written = attack_equations.Report(district, year, audit.flat_values(folder))
            found = attack.attack(cases, [written])
            findings += len(found.problems)
            solves += found.solves
        reports_s = time.perf_counter() - t0
        print(f"Each report's gate (13, own values): {reports_s:.3f} s, {solves} solves")
        own = audit.flat_values(folders["Agder"])
        truth = report(cases, "Agder", year, "intern")[1]["received.total"].raw
        t0 = time.perf_counter()
        leak = attack_equations.Report("Agder", year, {**own, "received.total": truth})
        leaky = attack.attack(cases, [leak])
        leak_s = time.perf_counter() - t0
        print(
            f"Agder with its true received total leaked: {leak_s:.3f} s, {leaky.solves} solves, "
            f"{len(leaky.problems)} findings, e.g. {leaky.problems[:1]}"
        )
    print(f"Protection + audit: {protect_s + audit_s:.3f} s")
    print(f"Protection + audit + batch gate: {protect_s + audit_s + batch_s:.3f} s")
    print()
    print("| report | counts printed | true 1-2 | changed by rounding | mean abs change | max |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for district, n, small, changed, mean, top in rows:
        print(f"| {district} | {n} | {small} | {changed} | {mean:.2f} | {top} |")
    total = [sum(r[i] for r in rows) for i in (1, 2, 3)]
    print(f"| all 13 | {total[0]} | {total[1]} | {total[2]} | | |")
    print(json.dumps({"protect_s": protect_s, "audit_s": audit_s, "batch_gate_s": batch_s}))
    del public_cases


if __name__ == "__main__":
    main()
