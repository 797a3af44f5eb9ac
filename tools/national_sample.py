"""The seeded generator of the synthetic national sample in data/raw/sample-national/.

One multi-district file, the shape of a national export: every case of the 12 police districts
received 2016–2022, exported 31 January 2023. The data is invented and marked synthetic.

- Oslo's cases received up to 2019 are the Oslo sample's rows (data/raw/sample/), unchanged, so
  Oslo 2019 reproduces every published figure from this file as it does from the Oslo sample.
- The national number received each year is calibrated to POD's published totals quoted in
  issue 12 (NATIONAL_RECEIVED, each marked with where it comes from; in the years without a
  published figure Oslo's sample count is taken as 20 %, and marked so). Oslo is Oslo's sample
  up to 2019 and 20 % from 2020; the rest is shared between the other districts in proportion
  to their population (POPULATION_WEIGHT, rounded), by largest remainder: the totals are exact.
- Each district has its own units (its stations and common sections); decisions, grounds,
  discrimination and handling times are drawn from seeded distributions like Oslo's.

`python -m tools.national_sample [--seed N]` writes the CSV and its manifest.yml.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import sys
from pathlib import Path

import numpy as np
import yaml

from klagerapport import districts as D
from klagerapport import fsutil, paths

DEFAULT_SEED = 20230131
YEARS = range(2016, 2023)
EXPORT_DATE = dt.date(2023, 1, 31)
FOLDER = paths.ROOT / "data" / "raw" / "sample-national"
FILE = "norge-2016-2022.csv"
OSLO_UNTIL = 2019  # Oslo's rows up to this year come from the Oslo sample
OSLO_SHARE = 0.20
MARKER_PREFIX = "FRITEKSTMERKE"
HEADER = "saksnr;distrikt;mottatt;avsluttet;avgjorelse;grunnlag;diskriminering;enhet;beskrivelse"

# Complaints received in the whole country: (number, source). Published: POD's figures as
# quoted in issue 12 (2022: decided, used as received). For the years without a published
# figure the total is derived from Oslo's sample count as Oslo / OSLO_SHARE (Oslo ≈ a fifth).
ASSUMED = "ikke publisert i kildene prosjektet har: Oslo-utvalgets antall / 0,20"
NATIONAL_RECEIVED = {
    2016: (620, ASSUMED),  # 124 / 0.20
    2017: (875, ASSUMED),  # 175 / 0.20
    2018: (1047, "publisert (POD)"),
    2019: (1055, ASSUMED),  # 211 / 0.20
    2020: (933, "publisert (POD)"),
    2021: (1012, "publisert (POD)"),
    2022: (1118, "publisert (POD), avgjorte saker"),
}

# Relative population of each district other than Oslo (rounded, thousands): only the
# proportions between the synthetic districts' sizes.
POPULATION_WEIGHT = {
    "Øst": 830,
    "Innlandet": 370,
    "Sør-Øst": 720,
    "Agder": 310,
    "Sør-Vest": 490,
    "Vest": 640,
    "Møre og Romsdal": 265,
    "Trøndelag": 470,
    "Nordland": 240,
    "Troms": 170,
    "Finnmark": 75,
}

TOWNS = {
    "Oslo": ["Grønland", "Majorstuen", "Stovner", "Manglerud", "Asker og Bærum"],
    "Øst": ["Lillestrøm", "Moss", "Ski", "Fredrikstad", "Sarpsborg"],
    "Innlandet": ["Hamar", "Gjøvik", "Lillehammer", "Kongsvinger"],
    "Sør-Øst": ["Tønsberg", "Skien", "Drammen", "Sandefjord"],
    "Agder": ["Kristiansand", "Arendal", "Mandal"],
    "Sør-Vest": ["Stavanger", "Haugesund", "Sandnes"],
    "Vest": ["Bergen sentrum", "Bergen vest", "Førde"],
    "Møre og Romsdal": ["Ålesund", "Molde", "Kristiansund"],
    "Trøndelag": ["Trondheim", "Steinkjer", "Stjørdal"],
    "Nordland": ["Bodø", "Mo i Rana", "Narvik"],
    "Troms": ["Tromsø", "Harstad", "Finnsnes"],
    "Finnmark": ["Alta", "Hammerfest", "Kirkenes"],
}
SECTIONS = ["Patrulje", "Etterforskning", "Operasjonssentral", "Pass og utlendingsforvaltning"]

DECISIONS = {
    "kritikk": 0.12,
    "uheldig": 0.35,
    "ikke_grunnlag": 0.39,
    "ikke_avklart": 0.08,
    "avvist": 0.035,
    "overfort": 0.025,
}
GROUNDS = {
    "228.1": 0.36,
    "228.2": 0.06,
    "228.3": 0.01,
    "228.4": 0.005,
    "228.5": 0.44,
    "228.9": 0.125,
}
DISCRIMINATION = {"": 0.91, "K-etnisk": 0.075, "K-disk": 0.015}


def largest_remainder(total: int, weights: dict[str, float]) -> dict[str, int]:
    """Integers in proportion to `weights` that sum exactly to `total`."""
    names = list(weights)
    w = np.array([weights[n] for n in names], dtype=float)
    raw = total * w / w.sum()
    base = np.floor(raw).astype(int)
    order = np.argsort(-(raw - base), kind="stable")
    for i in order[: total - int(base.sum())]:
        base[i] += 1
    return {n: int(b) for n, b in zip(names, base, strict=True)}


def oslo_sample_rows() -> list[list[str]]:
    sample = next(paths.SAMPLE_DIR.glob("*.csv"))
    lines = sample.read_text(encoding="utf-8").splitlines()
    if lines[0] != HEADER:
        raise SystemExit(f"uventet overskrift i {sample}: {lines[0]}")
    return [line.split(";") for line in lines[1:]]


def received_year(row: list[str]) -> int:
    return int(row[2][-4:])


def plan(oslo_rows: list[list[str]]) -> dict[int, dict[str, int]]:
    """Cases received per year and district; each year sums to NATIONAL_RECEIVED exactly."""
    counts: dict[int, dict[str, int]] = {}
    for year in YEARS:
        total = NATIONAL_RECEIVED[year][0]
        if year <= OSLO_UNTIL:
            oslo = sum(1 for r in oslo_rows if received_year(r) == year)
        else:
            oslo = round(total * OSLO_SHARE)
        counts[year] = {"Oslo": oslo, **largest_remainder(total - oslo, POPULATION_WEIGHT)}
    return counts


def _pick(rng: np.random.Generator, table: dict[str, float], n: int) -> list[str]:
    keys = list(table)
    p = np.array([table[k] for k in keys])
    return [keys[i] for i in rng.choice(len(keys), size=n, p=p / p.sum())]


def district_rows(
    rng: np.random.Generator, district: str, year: int, n: int, first_marker: int
) -> list[list[str]]:
    units = [f"{t} politistasjon" for t in TOWNS[district]] + SECTIONS
    unit_weights = rng.dirichlet(np.full(len(units), 2.0))
    mean_days = rng.uniform(14, 40)
    days_in_year = (dt.date(year, 12, 31) - dt.date(year, 1, 1)).days + 1
    starts = sorted(int(d) for d in rng.integers(0, days_in_year, size=n))
    decisions = _pick(rng, DECISIONS, n)
    grounds = _pick(rng, GROUNDS, n)
    disc = _pick(rng, DISCRIMINATION, n)
    rows = []
    for i in range(n):
        received = dt.date(year, 1, 1) + dt.timedelta(days=starts[i])
        days = int(rng.gamma(2.0, mean_days / 2.0))
        answered = received + dt.timedelta(days=days)
        still_open = answered > EXPORT_DATE
        unit = units[int(rng.choice(len(units), p=unit_weights))]
        marker = f"{MARKER_PREFIX}{first_marker + i:05d}"
        rows.append(
            [
                f"{year}/{i + 1:05d}",
                district,
                received.strftime("%d.%m.%Y"),
                "" if still_open else answered.strftime("%d.%m.%Y"),
                "" if still_open else decisions[i],
                grounds[i],
                disc[i],
                unit,
                f"Syntetisk tekst {marker}.",
            ]
        )
    return rows


def generate(seed: int = DEFAULT_SEED) -> tuple[str, dict[int, dict[str, int]]]:
    """The CSV text and the plan it was made to."""
    rng = np.random.default_rng(seed)
    oslo = oslo_sample_rows()
    counts = plan(oslo)
    rows = [r for r in oslo if received_year(r) <= OSLO_UNTIL]
    marker = len(oslo) + 1
    order = [d.name for d in D.police_districts()]
    for year in YEARS:
        for district in order:
            if district == "Oslo" and year <= OSLO_UNTIL:
                continue
            made = district_rows(rng, district, year, counts[year][district], marker)
            marker += len(made)
            rows += made
    return "\n".join([HEADER, *(";".join(r) for r in rows)]) + "\n", counts


def manifest(text: str, seed: int, counts: dict[int, dict[str, int]]) -> dict:
    return {
        "synthetic": True,
        "real_data": False,
        "description": (
            "Syntetiske (oppdiktede) klagesaker for alle tolv politidistrikter, mottatt "
            "2016–2022 (Oslo fra 2006, fra Oslo-utvalget). Ikke ekte data."
        ),
        "file": FILE,
        "rows": text.count("\n") - 1,
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "generator": "tools/national_sample.py",
        "command": f"python -m tools.national_sample --seed {seed}",
        "seed": seed,
        "export_date": EXPORT_DATE.isoformat(),
        "national_received": {
            y: {"antall": n, "kilde": s} for y, (n, s) in NATIONAL_RECEIVED.items()
        },
        "received_by_district": counts,
        "oslo": "saker mottatt til og med 2019 er radene i data/raw/sample/ uendret",
        "free_text": "beskrivelse is invented; each carries a unique marker FRITEKSTMERKENNNNN",
        "encoding": "utf-8",
        "separator": ";",
        "date_format": "DD.MM.YYYY",
    }


def write(seed: int = DEFAULT_SEED, folder: Path = FOLDER) -> Path:
    text, counts = generate(seed)
    folder.mkdir(parents=True, exist_ok=True)
    fsutil.write_text(folder / FILE, text)
    meta = manifest(text, seed, counts)
    head = "# Synthetic national sample, NOT real data. Written by tools/national_sample.py.\n"
    fsutil.write_text(
        folder / "manifest.yml", head + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    )
    return folder / FILE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    path = write(args.seed)
    print(f"Skrev {paths.shown(path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
