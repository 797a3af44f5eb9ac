"""Time reading and validating a large case export (43 000 rows), .xlsx and .csv, against the
naive readers: openpyxl's read-only mode for the workbook, pandas.read_csv for the CSV.

Not a test: it prints wall and CPU seconds for a person to read (benchmarks/README.md). The
files are invented and written to a temporary folder.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import sys
import tempfile
import time
from pathlib import Path

ROWS = 43_000
HEADER = ["Saksnr.", "Politidistrikt", "Mottatt dato", "Avsluttet dato", "Avgjørelse",
          "Grunnlag", "Diskriminering", "Enhet", "Sammendrag"]  # fmt: skip


def cases(n: int) -> list[list]:
    rng = random.Random(1)
    decisions = ["Grunnlag for kritikk", "Ikke grunnlag for kritikk", "Avvist"]
    grounds = ["228.1 Adferd", "228.2 Maktmisbruk", "228.5 Saksbehandling/service"]
    out = []
    for i in range(n):
        received = dt.datetime(2019, 1, 1) + dt.timedelta(days=rng.randrange(330))
        out.append([f"2019/{i:05d}", "Oslo politidistrikt", received,
                    received + dt.timedelta(days=rng.randrange(30)), rng.choice(decisions),
                    rng.choice(grounds), rng.choice(["", "Med etnisk diskriminering"]),
                    "Grønland politistasjon", "fritekst om saken"])  # fmt: skip
    return out


def write(folder: Path, rows: list[list]) -> tuple[Path, Path]:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Saker")
    sheet.append(["Klagesaker Oslo 2019"])
    sheet.append([])
    sheet.append(HEADER)
    for r in rows:
        sheet.append(r)
    xlsx = folder / "eksport.xlsx"
    book.save(xlsx)
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    for r in rows:
        writer.writerow([v.strftime("%d.%m.%Y") if isinstance(v, dt.datetime) else v for v in r])
    path = folder / "eksport.csv"
    path.write_bytes(text.getvalue().encode("cp1252"))
    return xlsx, path


def timed(label: str, func) -> float:
    wall, cpu = time.perf_counter(), time.process_time()
    func()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"  {label:<52} {wall:6.2f} s wall {cpu:6.2f} s CPU", flush=True)
    return cpu


def main() -> int:
    import openpyxl
    import pandas as pd

    from klagerapport.ingest import rules

    with tempfile.TemporaryDirectory() as tmp:
        xlsx, csv_path = write(Path(tmp), cases(ROWS))
        print(f"{ROWS} rows; .xlsx {xlsx.stat().st_size // 1024} KiB, "
              f".csv {csv_path.stat().st_size // 1024} KiB")  # fmt: skip

        def naive_xlsx():
            book = openpyxl.load_workbook(xlsx, read_only=True, data_only=True)
            [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]
            book.close()

        base = timed("baseline: openpyxl read-only, values only", naive_xlsx)
        ours = timed("klagerapport: read, find table, parse, check (.xlsx)",
                     lambda: rules.validate_files([xlsx]))  # fmt: skip
        print(f"  ratio (CPU) {ours / base:.2f}")

        def naive_csv():
            pd.read_csv(csv_path, sep=";", dtype=str, encoding="cp1252")

        base = timed("baseline: pandas.read_csv, text only", naive_csv)
        ours = timed("klagerapport: read, find table, parse, check (.csv)",
                     lambda: rules.validate_files([csv_path]))  # fmt: skip
        print(f"  ratio (CPU) {ours / base:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
