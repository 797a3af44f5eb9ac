"""An attacker on whole publications of the public edition, written independently of the
protection (it imports neither publish/protection.py nor publish/audit.py): it reads only what
the public files carry (each table's CSV and each report's values, as the build writes them)
and knows how the form adds up.

Publications: the national sample 2020-2022 (each year the 12 districts and Norge) and the Oslo
sample 2015-2019. For each, every linear relation the attacker knows between printed counts is
checked on the printed numbers: tables add up, the nation is the sum of the districts, each
year's "last year" and series cells are what the earlier year's reports printed, the
comparison's rows are the districts' own reports, and shares agree with their counts at the
printed precision. All hold, so "the truth is what is printed" is a solution of the attacker's
integer program: every hidden true value has an interval that also holds the printed number.
Against the internal edition (the truth): no printed count is 1 or 2, so a true 1-2 is never
pinned inside 1-2 nor exactly, and no changed count is pinned exactly.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from fractions import Fraction

import pytest

from klagerapport import paths
from klagerapport.ingest import validate
from klagerapport.publish import contract
from klagerapport.publish import values as V
from klagerapport.sections import registry

pytestmark = pytest.mark.slow

NATIONAL = "Norge"
DISTRICTS = [
    "Oslo", "Øst", "Innlandet", "Sør-Øst", "Agder", "Sør-Vest",
    "Vest", "Møre og Romsdal", "Trøndelag", "Nordland", "Troms", "Finnmark",
]  # fmt: skip


def files(cases, district: str, year: int, utgave: str) -> dict:
    """A report's public files: {"tables": {name: CSV text}, "values": JSON text}."""
    tables, values = {}, {}
    for function in registry.functions(district).values():
        result = function(cases, year=year, district=district, utgave=utgave)
        tables.update({name: t.to_csv() for name, t in result.tables.items()})
        values.update(V.to_json(result.values))
    return {"tables": tables, "values": json.dumps(values)}


# ------------------------------------------------------------- the attacker: files only


def read(report: dict) -> tuple[dict, dict]:
    """({table: (header, {row label: [cells]})}, {key: raw}) from a report's files."""
    tables = {}
    for name, text in report["tables"].items():
        rows = list(csv.reader(io.StringIO(text)))
        tables[name] = (rows[0], {r[0]: [_num(c) for c in r[1:]] for r in rows[1:]})
    values = {k: v["value"] for k, v in json.loads(report["values"]).items()}
    return tables, values


def _num(cell: str):
    try:
        return int(cell)
    except ValueError:
        try:
            return float(cell)
        except ValueError:
            return cell or None


def relations(pub: dict[tuple[str, int], tuple[dict, dict]]) -> list[tuple[str, object, object]]:
    """(what, left, right): every equation the attacker writes between printed numbers."""
    eqs = []

    def eq(what, a, b):
        if a is not None and b is not None:
            eqs.append((what, a, b))

    for (district, year), (tables, values) in pub.items():
        at = f"{district} {year}"
        _, dec = tables["avgjorelse"]
        *body, total = dec.values()  # the last row: the totals
        for c in range(3):
            eq(f"{at} avgjørelse kolonne {c}", total[c], sum(r[c] for r in body))
        eq(f"{at} mottatt", values["received.total"], total[0])
        head, ground = tables["grunnlag"]
        *gbody, gsum = ground.values()
        for c in range(len(head) - 1):
            eq(f"{at} grunnlag kolonne {c}", gsum[c], sum(r[c] for r in gbody))
        eq(f"{at} grunnlag = mottatt", sum(gsum), total[0])
        eq(f"{at} grunnlag K-etnisk", sum(gbody[1]), total[1])
        eq(f"{at} grunnlag K-disk", sum(gbody[2]), total[2])
        head, units = tables["enheter"]
        *ubody, usum = units.values()
        for c in range(3):
            if all(isinstance(r[c], int) for r in ubody) and isinstance(usum[c], int):
                eq(f"{at} enheter kolonne {c}", usum[c], sum(r[c] for r in ubody))
        eq(f"{at} enheter i år = mottatt", usum[2], total[0])
        n, opened = values["handling_days.n"], values["received.open"]
        # handling time counts the cases answered by its basis date (docs/assumptions.md P12);
        # the ones answered later are not printed, so n is at most received minus open
        if n is not None and opened is not None:
            eq(f"{at} saksbehandlingstid n ≤ mottatt − åpne", min(n, total[0] - opened), n)
        for key in values:  # a share printed as a whole percent: count / received, half up
            if key.startswith(("decisions.", "grounds.")) and key.endswith(".share") and total[0]:
                count = values[key.removesuffix(".share") + ".count"]
                exact = Fraction(count, total[0]) * 100
                eq(f"{at} {key}", round(values[key] * 100), int(exact + Fraction(1, 2)))
        series = tables["utvikling"][1]
        eq(f"{at} serien i år", series.get(str(year), [None])[0], values["decided.total"])
        before = pub.get((district, year - 1))
        if before is not None:
            t0, v0 = before
            eq(f"{at} mottatt i fjor", values["received.minus1"], v0["received.total"])
            eq(f"{at} avsluttet i fjor", values["decided.minus1"], v0["decided.total"])
            for label, row in t0["utvikling"][1].items():
                eq(f"{at} serien {label}", series.get(label, [None])[0], row[0])
            for label, row in t0["etnisk-utvikling"][1].items():
                eq(f"{at} K-etnisk {label}", tables["etnisk-utvikling"][1][label][0], row[0])
            for label, row in t0["enheter"][1].items():
                if label in units:
                    eq(f"{at} enheter {label} i fjor", units[label][1], row[2])
    for (district, year), (tables, values) in pub.items():
        if district != NATIONAL:
            continue
        parts = [pub[(d, year)] for d in DISTRICTS if (d, year) in pub]
        for name in ("avgjorelse", "grunnlag"):
            for label, row in tables[name][1].items():
                for c, cell in enumerate(row):
                    eq(
                        f"Norge {year} {name} {label} {c}",
                        cell,
                        sum(
                            p[0][name][1].get(label, [0] * len(row))[c] for p in parts
                        ),  # no row: none,
                    )
        for key in ("received.total", "decided.total", "received.open", "handling_days.n"):
            eq(f"Norge {year} {key}", values[key], sum(p[1][key] for p in parts))
        comp = tables["sammenligning"][1]
        for d in DISTRICTS:
            if (d, year) in pub:
                own = pub[(d, year)][1]
                eq(f"sammenligning {d} {year} mottatt", comp[d][0], own["received.total"])
                eq(f"sammenligning {d} {year} snitt", comp[d][3], own["handling_days.mean"])
                eq(
                    f"sammenligning {d} {year} innen frist",
                    comp[d][4],
                    own["handling_days.within_deadline"],
                )
        for label, row in tables["enheter"][1].items():
            if label in DISTRICTS and (label, year) in pub:
                own_sum = list(pub[(label, year)][0]["enheter"][1].values())[-1]
                eq(f"Norge {year} enheter {label}", row[2], own_sum[2])
    return eqs


def attack(public: dict, internal: dict) -> dict:
    """The attacker's findings and what the publication lost, per report."""
    pub = {k: read(v) for k, v in public.items()}
    true = {k: read(v) for k, v in internal.items()}
    broken = [(w, a, b) for w, a, b in relations(pub) if a != b]
    found = defaultdict(int)
    for report, (tables, values) in true.items():
        ptables, pvalues = pub[report]
        pairs = []
        for name, (_, rows) in tables.items():
            for label, row in rows.items():
                shown = ptables[name][1].get(label)
                for c, cell in enumerate(row):
                    if isinstance(cell, int):  # a count (means and shares are decimals)
                        printed = shown[c] if shown is not None else 0
                        pairs.append((f"{name} {label} {c}", cell, printed))
        for key, raw in values.items():
            if contract.counts_cases(key) and isinstance(raw, int):
                pairs.append((key, raw, pvalues.get(key)))
        for _what, t, p in pairs:
            if isinstance(p, int) and p in (1, 2):
                found["printed 1-2"] += 1
            if t in (1, 2):
                found["true small"] += 1
                if p == t:
                    found["small exact"] += 1
            elif p != t:
                found["changed"] += 1
    return {"broken": broken, **found}


# -------------------------------------------------------------------------- the tests


@pytest.fixture(scope="module")
def national_cases():
    return validate.load_validated(paths.RAW / "sample-national").cases


def publication(cases, reports, utgave):
    return {(d, y): files(cases, d, y, utgave) for d, y in reports}


def test_the_national_publication_2020_2022_survives_the_attacker(national_cases):
    reports = [(d, y) for y in (2020, 2021, 2022) for d in [*DISTRICTS, NATIONAL]]
    public = publication(national_cases, reports, "offentlig")
    internal = publication(national_cases, reports, "intern")
    found = attack(public, internal)
    assert found["broken"] == []
    assert found["true small"] > 300  # the data has many true 1-2 cells: all of them attacked
    assert found.get("small exact", 0) == 0
    assert found.get("printed 1-2", 0) == 0
    assert found["changed"] > 0
    # the same attacker on the internal files as if published: it pins every small cell
    assert attack(internal, internal).get("small exact", 0) == found["true small"]


def test_the_oslo_publication_2015_2019_survives_the_attacker():
    cases = validate.load_validated(paths.SAMPLE_DIR).cases
    reports = [("Oslo", y) for y in range(2015, 2020)]
    public = publication(cases, reports, "offentlig")
    internal = publication(cases, reports, "intern")
    found = attack(public, internal)
    assert found["broken"] == []
    assert found["true small"] > 10
    assert found.get("small exact", 0) == 0
    assert found.get("printed 1-2", 0) == 0
