"""A realistic case export, shaped as a case system's Excel export that an analyst saved:
a summary sheet first, title rows above the header, the export's own header names, the form's
labels, Excel date cells (and one serial number), a Sum row and a note at the bottom.
The expected figures are counted by hand in `test_ingest_exports.py`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

D = dt.datetime

EXPORT_HEADER = ("Saksnr.", "Politidistrikt", "Mottatt dato", "Avsluttet dato", "Avgjørelse",
                 "Grunnlag", "Diskriminering", "Enhet", "Sammendrag")  # fmt: skip

# Spreadsheet row 5 on: one case decided in 2019 that was received in 2018, eight received in
# 2019 (two still open, written "Under behandling" as the form does).
EXPORT_CASES = (
    ("2018/090", "Agder politidistrikt", D(2018, 12, 10), D(2019, 1, 15),
     "Ikke grunnlag for kritikk", "228.5 Saksbehandling/service", "Uten diskriminering",
     "Kristiansand", "fritekst"),
    ("2019/001", "Agder politidistrikt", D(2019, 1, 3), D(2019, 1, 21), "Grunnlag for kritikk",
     "228.1 Adferd", "Med etnisk diskriminering", "Kristiansand", "fritekst"),
    ("2019/002", "Agder pd", D(2019, 2, 11), D(2019, 3, 1), "Ikke grunnlag for kritikk",
     "228.1 Adferd", "Uten diskriminering", "Arendal", None),
    ("2019/003", "Agder politidistrikt", D(2019, 3, 5), D(2019, 3, 6), "Avvist", 228.2, None,
     "Arendal", None),
    ("2019/004", "AGDER", D(2019, 4, 10), D(2019, 5, 2), "Uheldig, men ikke grunnlag for kritikk",
     "228,5", "Med annen diskriminering", "Mandal", None),
    ("2019/005", "Agder politidistrikt", D(2019, 6, 20), D(2019, 7, 1),
     "Ikke grunnlag for kritikk", "228.2 Maktmisbruk", "Med etnisk diskriminering",
     "Kristiansand", None),
    ("2019/006", "Agder politidistrikt", 43720, D(2019, 10, 1), "Grunnlag for kritikk",
     "228.1 Adferd", "Uten diskriminering", "Arendal", None),  # 43720 = 12.09.2019
    ("2019/007", "Agder politidistrikt", D(2019, 11, 28), None, "Under behandling",
     "228.9 Annet", "Uten diskriminering", "Mandal", None),
    ("2019/008", "Agder politidistrikt", D(2019, 12, 15), None, "Under behandling",
     "228.1 Adferd", "Med etnisk diskriminering", "Kristiansand", "fritekst"),
)  # fmt: skip


def write_export(folder: Path, name: str = "Klagesaker Agder 2019.xlsx") -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "Oppsummering"
    summary.append(["Oppsummering klagesaker 2019"])
    summary.append(["Avgjørelse", "Antall"])
    summary.append(["Grunnlag for kritikk", 2])
    sheet = book.create_sheet("Saker")
    sheet.append(["Klagesaker – Agder politidistrikt"])
    sheet.append(["Uttrekk fra saksbehandlingssystemet 03.01.2020"])
    sheet.append([])
    sheet.append(list(EXPORT_HEADER))
    for case in EXPORT_CASES:
        sheet.append(list(case))
        for cell in sheet[sheet.max_row][2:4]:
            if isinstance(cell.value, dt.datetime):
                cell.number_format = "DD.MM.YYYY"
    sheet.append(["Sum", None, None, None, None, None, None, None, len(EXPORT_CASES)])
    sheet.append([])
    sheet.append(["Kilde: saksbehandlingssystemet. Fritekst er fjernet før deling."])
    path = folder / name
    book.save(path)
    return path
