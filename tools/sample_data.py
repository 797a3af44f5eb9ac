"""The seeded generator of the synthetic Oslo sample in data/raw/sample/.

Complaint cases received 2007–2019 (plus the few received late in 2006 and decided in
January 2007) that reproduce exactly every figure of the published Oslo 2019 report. The
figures are read from data/reference/published/oslo-2019.yml, never typed here: the fixed
margins (tables, yearly counts, means) are constructed, not sampled and hoped for, and the
written text is checked against the published figures before it replaces anything.
Everything the report does not publish (dates within a year, the decision and ground mix of
other years, units) is drawn from plausible, seeded distributions.

The data is invented. `beskrivelse` is synthetic free text that carries a unique marker
(MARKER_PREFIX + sequence number) so that privacy tests can prove it never reaches an output.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from klagerapport import codes, fmt, fsutil, paths
from klagerapport.errors import KlagerapportError

DEFAULT_SEED = 20200131
DISTRICT = "Oslo"
REPORT_YEAR = 2019
EXPORT_DATE = dt.date(2020, 1, 31)  # the day the case list was exported
ALL_DECIDED_BY = dt.date(2020, 1, 20)  # "ferdigbehandlet pr 20. januar 2020"
LAST_JANUARY_DAY = 18  # carried-over cases of earlier years are decided by mid-January
MARKER_PREFIX = "FRITEKSTMERKE"
MANIFEST_NAME = "manifest.yml"
EXTRA_COLUMNS = ("beskrivelse",)
CARRY_RANGE = (3, 8)  # cases crossing a year end: 3..7 ("ca. fem")
MAX_DAYS = 100

# --- Plausible shapes of what the report does not publish (weights, not results) -----------

# Decision mix of a year, drifting linearly from the first to the last year (decision codes).
DECISION_MIX_EARLY = {
    "kritikk": 0.10,
    "uheldig": 0.18,
    "ikke_grunnlag": 0.52,
    "ikke_avklart": 0.10,
    "avvist": 0.06,
    "overfort": 0.04,
}
DECISION_MIX_LATE = {
    "kritikk": 0.12,
    "uheldig": 0.30,
    "ikke_grunnlag": 0.43,
    "ikke_avklart": 0.09,
    "avvist": 0.03,
    "overfort": 0.03,
}
GROUND_MIX_EARLY = {
    "228.1": 0.42,
    "228.2": 0.10,
    "228.3": 0.02,
    "228.4": 0.01,
    "228.5": 0.30,
    "228.9": 0.15,
}
GROUND_MIX_LATE = {
    "228.1": 0.36,
    "228.2": 0.06,
    "228.3": 0.01,
    "228.4": 0.005,
    "228.5": 0.42,
    "228.9": 0.145,
}
# Multiplicative affinities (1 when absent): how likely a ground is given a decision, etc.
DECISION_GROUND = {
    "kritikk": {"228.5": 1.4, "228.3": 2.0, "228.9": 0.6},
    "uheldig": {"228.1": 1.3, "228.5": 1.2},
    "ikke_grunnlag": {"228.1": 1.1, "228.2": 1.6},
    "ikke_avklart": {"228.1": 1.5, "228.2": 2.0, "228.5": 0.5},
    "avvist": {"228.9": 3.0, "228.5": 0.8, "228.2": 0.5},
    "overfort": {"228.9": 3.0, "228.2": 1.5, "228.1": 0.5},
}
DISCRIMINATION_GROUND = {
    "etnisk": {"228.1": 2.5, "228.2": 2.0, "228.5": 0.4, "228.9": 0.3},
    "annen": {"228.1": 2.5, "228.5": 0.5, "228.9": 0.3},
}
DISCRIMINATION_DECISION = {
    "etnisk": {"ikke_avklart": 1.8, "avvist": 0.3},
    "annen": {"ikke_avklart": 1.5},
}
# Relative handling time by decision (a rejection is quick, an unclear case slow).
DECISION_PACE = {
    "kritikk": 1.3,
    "uheldig": 1.05,
    "ikke_grunnlag": 1.0,
    "ikke_avklart": 1.4,
    "avvist": 0.35,
    "overfort": 0.3,
}

SEASON_FLAT = (0.9, 0.9, 1.0, 1.0, 1.1, 1.1, 1.15, 1.05, 1.0, 1.0, 0.95, 0.85)
SEASON_SPRING = (1.0, 1.3, 1.8, 2.1, 2.0, 1.6, 0.9, 0.7, 0.7, 0.7, 0.6, 0.6)


@dataclass(frozen=True)
class Unit:
    """A unit complained about: its usual yearly count (~150 cases a year) and habits."""

    weight: float
    grounds: Mapping[str, float]
    discrimination: Mapping[str, float] | None = None
    season: Sequence[float] = SEASON_FLAT
    pace: float = 1.0
    since: int = 0


_STREET = {"228.1": 2.5, "228.2": 2.5, "228.4": 2.0, "228.5": 0.5, "228.9": 0.5}
_STATION = {"228.1": 1.5, "228.5": 1.5}
_OFFICE = {"228.1": 0.8, "228.2": 0.05, "228.4": 0.1, "228.5": 4.0, "228.9": 1.0}
UNITS = {
    "Pass": Unit(
        14,
        {"228.1": 1.5, "228.2": 0.02, "228.3": 0.1, "228.4": 0.05, "228.5": 12.0, "228.9": 0.3},
        {"etnisk": 0.3, "annen": 0.5},
        SEASON_SPRING,
        pace=0.75,
    ),
    "Utlendingsavsnittet": Unit(
        7,
        {"228.1": 2.0, "228.2": 0.05, "228.5": 8.0, "228.9": 1.0},
        {"etnisk": 2.5},
    ),
    "Sentralbord og operasjonssentral": Unit(
        12, {"228.1": 6.0, "228.2": 0.1, "228.3": 2.0, "228.5": 5.0, "228.9": 0.5}, pace=0.8
    ),
    "Felles enhet for forebygging": Unit(6, {"228.1": 2.0, "228.2": 1.5}, {"etnisk": 1.5}),
    "Orden Sentrum": Unit(16, _STREET, {"etnisk": 1.8}),
    "Patrulje Øst": Unit(10, _STREET, {"etnisk": 1.5}),
    "Patrulje Sør": Unit(9, _STREET, {"etnisk": 1.3}),
    "Patrulje Vest": Unit(9, _STREET),
    "Grønland politistasjon": Unit(12, _STATION, {"etnisk": 1.5}),
    "Stovner politistasjon": Unit(7, _STATION, {"etnisk": 1.3}),
    "Manglerud politistasjon": Unit(7, _STATION),
    "Majorstuen politistasjon": Unit(7, _STATION),
    "Asker og Bærum politistasjon": Unit(14, _STATION, since=2017),
    "Namsavdelingen": Unit(4, _OFFICE),
    "Etterforskning": Unit(12, {"228.3": 2.0, "228.5": 3.0, "228.2": 0.3}, pace=1.2),
    "Trafikk": Unit(6, {"228.1": 2.0, "228.4": 1.5, "228.5": 1.2}),
    "Hittegods": Unit(2, _OFFICE),
    "Våpen": Unit(2, _OFFICE),
    "Ukjent": Unit(3, {}),
    "": Unit(4, {}),  # left empty in the export
}
DEFAULT_UNIT = Unit(5, {})

GROUND_TEXTS = {
    "228.1": (
        "Klager opplevde tjenestepersonen som uhøflig under en kontroll",
        "Klager mener seg dårlig møtt ved en henvendelse på stasjonen",
        "Klager reagerer på tonen i en samtale med patruljen",
    ),
    "228.2": (
        "Klager mener det ble brukt unødvendig makt ved en innbringelse",
        "Klager reagerer på bruk av håndjern under en kontroll",
    ),
    "228.3": (
        "Klager mener opplysninger om saken ble delt med uvedkommende",
        "Klager reagerer på en melding politiet la ut i sosiale medier",
    ),
    "228.4": ("Klager fikk ikke oppgitt tjenestenummer ved en kontroll",),
    "228.5": (
        "Klager er misfornøyd med lang saksbehandlingstid",
        "Klager har ikke fått svar på en skriftlig henvendelse",
        "Klager mener en anmeldelse ble henlagt uten god nok begrunnelse",
    ),
    "228.9": (
        "Klager tar opp et forhold utenfor politiets ansvarsområde",
        "Klager er uenig i et vedtak fra en annen etat",
    ),
}
UNIT_TEXTS = {
    ("Pass", "228.5"): (
        "Klager fikk ikke levert passøknad fordi fullmakten var mangelfull",
        "Klager fikk ikke bestilt passtime på nett",
        "Klager reagerer på lang ventetid ved passkontoret",
    ),
    ("Utlendingsavsnittet", "228.5"): (
        "Klager venter lenge på svar i en sak om familiegjenforening",
        "Klager er misfornøyd med behandlingen av en søknad om arbeidstillatelse",
    ),
    ("Sentralbord og operasjonssentral", "228.5"): (
        "Klager kom ikke gjennom på telefon til politiet",
    ),
    ("Sentralbord og operasjonssentral", "228.1"): (
        "Klager opplevde operatøren som avvisende i telefonen",
    ),
}


# --- The published figures, as codes --------------------------------------------------------


@dataclass(frozen=True)
class Targets:
    """The published figures the sample must reproduce, keyed by codes."""

    year: int
    received: dict[int, int]  # received in the report year and the year before
    decisions: dict[tuple[str, str], int]  # (decision, discrimination) -> count, received
    grounds: dict[tuple[str, str], int]  # (discrimination, ground) -> count, received
    decisions_previous: dict[str, int]  # decision -> count, received the year before (partial)
    mean_days: dict[int, float]
    decided: dict[int, int]
    etnisk_decided: dict[int, int]
    units: dict[str, dict[int, int]]

    @property
    def etnisk_received(self) -> int:
        return sum(n for (_, disc), n in self.decisions.items() if disc == _etnisk())


def published_file() -> Path:
    return paths.published_reference(DISTRICT, REPORT_YEAR)


def read_published(path: Path | None = None) -> dict:
    """The published figures (the YAML as it is)."""
    path = path or published_file()
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise KlagerapportError(f"{path}: kan ikke lese de publiserte tallene: {err}") from None


def _none() -> str:
    return codes.discrimination()[0].code


def _etnisk() -> str:
    return codes.discrimination()[1].code


def _flags() -> list[str]:
    """Discrimination codes other than 'none', in the order of the decision table columns."""
    return [c.code for c in codes.discrimination()[1:]]


def _split_total(table: Mapping, labels: Mapping[str, str], what: str) -> dict[str, list[int]]:
    """Rows of a published table by code; its one total row must equal the column sums."""
    rows = {labels[k]: list(v) for k, v in table.items() if k in labels}
    others = [k for k in table if k not in labels]
    if len(others) != 1:
        raise KlagerapportError(f"{what}: ukjente rader {others}")
    sums = [sum(col) for col in zip(*rows.values(), strict=True)]
    if list(table[others[0]]) != sums:
        raise KlagerapportError(f"{what}: summen {table[others[0]]} stemmer ikke ({sums})")
    return rows


def check_shapes() -> None:
    """The mixes above must cover exactly the codes of codes.yml (which may change)."""
    dec = {c.code for c in codes.decisions()}
    grounds = {c.code for c in codes.grounds()}
    for name, mix, want in (
        ("DECISION_MIX_EARLY", DECISION_MIX_EARLY, dec),
        ("DECISION_MIX_LATE", DECISION_MIX_LATE, dec),
        ("GROUND_MIX_EARLY", GROUND_MIX_EARLY, grounds),
        ("GROUND_MIX_LATE", GROUND_MIX_LATE, grounds),
    ):
        _check(set(mix) == want, f"{name} dekker ikke kodene i codes.yml: {sorted(want)}")
    _check(set(GROUND_TEXTS) == grounds, "GROUND_TEXTS dekker ikke grunnlagskodene")


def targets_from(pub: Mapping) -> Targets:
    """Translate the published YAML (labels) into code-keyed targets, checking consistency."""
    year = int(pub["year"])
    dec_labels = {c.label: c.code for c in codes.decisions()}
    disc_labels = {c.label: c.code for c in codes.discrimination()}
    headings = {codes.ground_heading(c.code): c.code for c in codes.grounds()}
    ground_cols = [headings[h] for h in pub["grounds_columns"]]

    decisions: dict[tuple[str, str], int] = {}
    for dec, (total, *flagged) in _split_total(pub["decisions"], dec_labels, "decisions").items():
        for disc, n in zip(_flags(), flagged, strict=True):
            decisions[dec, disc] = n
        decisions[dec, _none()] = total - sum(flagged)
    grounds = {
        (disc, g): n
        for disc, row in _split_total(pub["grounds"], disc_labels, "grounds").items()
        for g, n in zip(ground_cols, row, strict=True)
    }
    for disc in disc_labels.values():
        by_dec = sum(n for (_, d), n in decisions.items() if d == disc)
        by_ground = sum(n for (d, _), n in grounds.items() if d == disc)
        if by_dec != by_ground:
            raise KlagerapportError(f"decisions/grounds: {disc} {by_dec} mot {by_ground}")
    if sum(decisions.values()) != pub["received_total"]:
        raise KlagerapportError("decisions: summen er ikke received_total")
    decided = {int(y): int(n) for y, n in pub["decided_per_year"].items()}
    return Targets(
        year=year,
        # The commentary's "21 av 174" counts cases received the year before: as many as decided.
        received={year: int(pub["received_total"]), year - 1: decided[year - 1]},
        decisions=decisions,
        grounds=grounds,
        decisions_previous={dec_labels[k]: int(v) for k, v in pub["decisions_2018"].items()},
        mean_days={int(y): float(v) for y, v in pub["mean_handling_days"].items()},
        decided=decided,
        etnisk_decided={int(y): int(n) for y, n in pub["k_etnisk_decided_per_year"].items()},
        units={u: {int(y): int(n) for y, n in v.items()} for u, v in pub["units"].items()},
    )


# --- Year plan: how many cases, crossing year ends, with discrimination ---------------------


@dataclass(frozen=True)
class YearPlan:
    year: int
    received: int
    carry_out: int  # received this year, decided in January next year
    etnisk: int  # received this year
    etnisk_carry_out: int
    annen: int


def _check(ok: bool, message: str) -> None:
    if not ok:
        raise KlagerapportError(f"Kan ikke lage utvalget: {message}")


def plan_years(t: Targets, rng: np.random.Generator) -> list[YearPlan]:
    """Received counts that make the decided counts come out, via the year-end carry-over:
    received(Y) = decided(Y) - carry_out(Y-1) + carry_out(Y)."""
    first, last = min(t.decided), t.year
    years = range(first - 1, last + 1)
    carry = {y: int(rng.integers(*CARRY_RANGE)) for y in years}
    for y in (last, last - 1):
        carry[y - 1] = t.decided[y] - t.received[y] + carry[y]
    received = {first - 1: carry[first - 1]}
    for y in range(first, last + 1):
        received[y] = t.decided[y] - carry[y - 1] + carry[y]
    for y, n in t.received.items():
        _check(received[y] == n, f"mottatt {y}")

    e_dec = {y: t.etnisk_decided.get(y, int(rng.integers(4, 10))) for y in range(first, last + 1)}
    e_out = {y: int(rng.random() < 0.2) for y in years}
    e_out[last] = max(e_out[last], t.etnisk_received - e_dec[last])
    e_out[last - 1] = e_dec[last] - t.etnisk_received + e_out[last]
    e_rec = {first - 1: e_out[first - 1]}
    for y in range(first, last + 1):
        e_rec[y] = e_dec[y] - e_out[y - 1] + e_out[y]
    annen = {y: 0 if y < first else int(rng.integers(0, 4)) for y in years}
    annen[last] = sum(n for (_, d), n in t.decisions.items() if d not in (_none(), _etnisk()))

    plans = []
    for y in years:
        _check(0 < carry[y] <= received[y], f"overført {y}: {carry[y]}")
        _check(0 <= e_out[y] <= min(carry[y], e_rec[y]), f"K-etnisk overført {y}")
        _check(e_rec[y] - e_out[y] <= received[y] - carry[y], f"K-etnisk {y}")
        _check(e_rec[y] + annen[y] <= received[y], f"diskriminering {y}")
        plans.append(YearPlan(y, received[y], carry[y], e_rec[y], e_out[y], annen[y]))
    return plans


# --- Case attributes --------------------------------------------------------------------------


def _mix(early: Mapping[str, float], late: Mapping[str, float], t: float) -> dict[str, float]:
    return {k: (1 - t) * early[k] + t * late[k] for k in early}


def _counts(
    rng: np.random.Generator, n: int, weights: Mapping[str, float], fixed: Mapping[str, int]
) -> dict[str, int]:
    """n cases over the keys: the fixed counts as given, the rest drawn by weight."""
    rest = n - sum(fixed.values())
    _check(rest >= 0, f"faste antall {dict(fixed)} over {n}")
    free = [k for k in weights if k not in fixed]
    _check(set(fixed) <= set(weights), f"ukjente nøkler {sorted(set(fixed) - set(weights))}")
    if not free:
        _check(rest == 0, f"faste antall {dict(fixed)} gir ikke {n}")
        return {k: int(fixed[k]) for k in weights}
    p = np.array([weights[k] for k in free], dtype=float)
    p = rng.dirichlet(p / p.sum() * 400)  # year-to-year variation around the mix
    drawn = dict(zip(free, largest_remainder(rest, p), strict=True))
    return {k: int(fixed.get(k, drawn.get(k, 0))) for k in weights}


def largest_remainder(n: int, p: np.ndarray) -> list[int]:
    """n split in proportion to p, in whole numbers that add up to n."""
    exact = n * p / p.sum()
    out = np.floor(exact).astype(int)
    for j in np.argsort(-(exact - out), kind="stable")[: n - int(out.sum())]:
        out[j] += 1
    return out.tolist()


def fill(
    rng: np.random.Generator,
    pool: Mapping[str, int],
    affinity: Callable[[int, str], float],
    n: int,
) -> list[str]:
    """Give each of n cases one key from a pool of exact counts (sum n), taking the keys without
    replacement in a random case order, each with probability remaining count x affinity.
    Both margins come out exact; the affinity makes the joint distribution plausible."""
    _check(sum(pool.values()) == n, "pool")
    keys = list(pool)
    left = np.array([pool[k] for k in keys], dtype=float)
    out = [""] * n
    for i in rng.permutation(n):
        w = left * np.array([affinity(int(i), k) for k in keys])
        if w.sum() <= 0:
            w = left.copy()
        j = int(rng.choice(len(keys), p=w / w.sum()))
        left[j] -= 1
        out[i] = keys[j]
    return out


def _aff(table: Mapping[str, Mapping[str, float]], row: str, col: str) -> float:
    return table.get(row, {}).get(col, 1.0)


def _unit(name: str) -> Unit:
    return UNITS.get(name, DEFAULT_UNIT)


def _unit_pool(rng: np.random.Generator, t: Targets, year: int, n: int) -> dict[str, int]:
    fixed = {u: c[year] for u, c in t.units.items() if year in c}
    weights = {u: _unit(u).weight for u in (*t.units, *UNITS) if _unit(u).since <= year}
    return _counts(rng, n, weights, fixed)


def _published_year(rng: np.random.Generator, t: Targets) -> tuple[list[str], list[str], list[str]]:
    """Decision, discrimination and ground of the report year's cases, both tables exact:
    the (decision, discrimination) pairs as published, grounds filled per discrimination row."""
    pairs = [(d, s) for (d, s), k in t.decisions.items() for _ in range(k)]
    pairs = [pairs[i] for i in rng.permutation(len(pairs))]
    decision = [d for d, _ in pairs]
    disc = [s for _, s in pairs]
    ground = [""] * len(pairs)
    for s in (c.code for c in codes.discrimination()):
        idx = [i for i, d in enumerate(disc) if d == s]
        pool = {g.code: t.grounds[s, g.code] for g in codes.grounds()}
        got = fill(
            rng, pool, lambda i, g, idx=idx: _aff(DECISION_GROUND, decision[idx[i]], g), len(idx)
        )
        for i, g in zip(idx, got, strict=True):
            ground[i] = g
    return decision, disc, ground


def _other_year(
    rng: np.random.Generator, t: Targets, plan: YearPlan, share: float
) -> tuple[list[str], list[str], list[str]]:
    """Decision, discrimination and ground of another year: the discrimination counts of the
    plan, the published decision counts of the year before, the rest from the year's mix."""
    n = plan.received
    disc = [_none()] * (n - plan.etnisk - plan.annen)
    disc += [_etnisk()] * plan.etnisk + [_flags()[1]] * plan.annen
    disc = [disc[i] for i in rng.permutation(n)]
    fixed = t.decisions_previous if plan.year == t.year - 1 else {}
    pool = _counts(rng, n, _mix(DECISION_MIX_EARLY, DECISION_MIX_LATE, share), fixed)
    decision = fill(rng, pool, lambda i, d: _aff(DISCRIMINATION_DECISION, disc[i], d), n)
    gpool = _counts(rng, n, _mix(GROUND_MIX_EARLY, GROUND_MIX_LATE, share), {})

    def affinity(i: int, g: str) -> float:
        return _aff(DECISION_GROUND, decision[i], g) * _aff(DISCRIMINATION_GROUND, disc[i], g)

    return decision, disc, fill(rng, gpool, affinity, n)


def _carry_flags(rng: np.random.Generator, disc: list[str], plan: YearPlan) -> np.ndarray:
    """Which cases cross the year end: the planned number, K-etnisk ones as planned."""
    carry = np.zeros(len(disc), dtype=bool)
    etn = np.flatnonzero(np.array(disc) == _etnisk())
    other = np.flatnonzero(np.array(disc) != _etnisk())
    carry[rng.choice(etn, plan.etnisk_carry_out, replace=False)] = True
    carry[rng.choice(other, plan.carry_out - plan.etnisk_carry_out, replace=False)] = True
    return carry


def year_cases(rng: np.random.Generator, t: Targets, plan: YearPlan, first: int) -> pd.DataFrame:
    """The cases received in one year: decision, ground, discrimination, unit, carry-over."""
    y, n = plan.year, plan.received
    if y == t.year:
        decision, disc, ground = _published_year(rng, t)
    else:
        share = min(max((y - first) / (t.year - first), 0.0), 1.0)
        decision, disc, ground = _other_year(rng, t, plan, share)
    units = fill(
        rng,
        _unit_pool(rng, t, y, n),
        lambda i, u: (
            _unit(u).grounds.get(ground[i], 1.0) * (_unit(u).discrimination or {}).get(disc[i], 1.0)
        ),
        n,
    )
    carry = _carry_flags(rng, disc, plan)
    return pd.DataFrame(
        {
            "year": y,
            "avgjorelse": decision,
            "grunnlag": ground,
            "diskriminering": disc,
            "enhet": units,
            "carry": carry,
        }
    )


# --- Dates -----------------------------------------------------------------------------------


def target_sum(mean: float, n: int) -> int:
    """The whole number of days over n cases whose mean rounds half-up to `mean` (1 decimal)."""
    want = fmt.round_half_up(mean, 1)
    s = int(fmt.round_half_up(mean * n))
    for cand in (s, s - 1, s + 1, s - 2, s + 2):
        if fmt.round_half_up(cand / n, 1) == want:
            return cand
    raise KlagerapportError(f"Ingen heltallssum gir snitt {mean} over {n} saker")


def raw_days(rng: np.random.Generator, n: int) -> np.ndarray:
    """Right-skewed handling times: most answered within four weeks, a tail to about 90 days."""
    body = rng.gamma(4.0, 3.5, n)
    tail = 30 + np.minimum(rng.gamma(1.5, 14.0, n), 60)
    return np.where(rng.random(n) < 0.06, tail, body)


def exact_days(rng: np.random.Generator, raw: np.ndarray, total: int) -> np.ndarray:
    """Whole days in [0, MAX_DAYS] shaped like `raw` with exactly the given sum."""
    _check(0 <= total <= MAX_DAYS * len(raw), "sum av dager")
    if not len(raw):
        return np.zeros(0, dtype=int)
    days = np.clip(np.rint(raw * total / raw.sum()), 0, MAX_DAYS).astype(int)
    diff = total - int(days.sum())
    step = 1 if diff > 0 else -1
    for _ in range(abs(diff)):
        ok = days < MAX_DAYS if step > 0 else days > 0
        w = np.where(ok, days + 1.0, 0.0)
        days[rng.choice(len(days), p=w / w.sum())] += step
    return days


FIXED_HOLIDAYS = ((1, 1), (5, 1), (5, 17), (12, 24), (12, 25), (12, 26), (12, 31))


def _weekdays(start: dt.date, end: dt.date) -> list[dt.date]:
    """Working days (no weekends, no fixed-date holidays) from start to end, inclusive."""
    span = (end - start).days + 1
    days = (start + dt.timedelta(k) for k in range(span))
    return [d for d in days if d.weekday() < 5 and (d.month, d.day) not in FIXED_HOLIDAYS]


def carry_dates(
    rng: np.random.Generator, year: int, n: int, last_day: dt.date | None
) -> list[tuple[dt.date, dt.date]]:
    """Received in December, decided in January; with last_day, the latest is exactly that."""
    dec = _weekdays(dt.date(year, 12, 1), dt.date(year, 12, 23))
    p = np.linspace(1, 3, len(dec))
    end = last_day or dt.date(year + 1, 1, LAST_JANUARY_DAY)
    jan = _weekdays(dt.date(year + 1, 1, 2), end - dt.timedelta(1))
    got = [jan[int(rng.integers(len(jan)))] for _ in range(n)]
    if last_day is not None:
        got[int(rng.integers(n))] = last_day
    return [(dec[int(rng.choice(len(dec), p=p / p.sum()))], a) for a in got]


def add_dates(rng: np.random.Generator, cases: pd.DataFrame, t: Targets) -> pd.DataFrame:
    """Received and decided dates for one year's cases, hitting a published mean exactly."""
    y = int(cases["year"].iloc[0])
    cases = cases.reset_index(drop=True)
    mottatt = [dt.date(y, 1, 1)] * len(cases)
    avsluttet = list(mottatt)
    carried = np.flatnonzero(cases["carry"])
    last_day = ALL_DECIDED_BY if y == t.year else None
    for i, (m, a) in zip(carried, carry_dates(rng, y, len(carried), last_day), strict=True):
        mottatt[i], avsluttet[i] = m, a
    carry_sum = sum((avsluttet[i] - mottatt[i]).days for i in carried)

    same = np.flatnonzero(~cases["carry"])
    mean = t.mean_days.get(y, float(rng.uniform(15, 21)))
    pace = np.array(
        [
            DECISION_PACE.get(d, 1.0) * _unit(u).pace
            for d, u in zip(cases["avgjorelse"], cases["enhet"], strict=True)
        ]
    )
    total = target_sum(mean, len(cases)) - carry_sum if len(same) else 0
    days = exact_days(rng, np.minimum(raw_days(rng, len(same)) * pace[same], 95.0), total)
    year_days = _weekdays(dt.date(y, 1, 1), dt.date(y, 12, 31))
    months = np.array([d.month - 1 for d in year_days])
    ords = np.array([d.toordinal() for d in year_days])
    for i, d in zip(same, days, strict=True):
        season = np.array(_unit(cases.at[i, "enhet"]).season)[months]
        w = np.where(np.isin(ords + d, ords), season, 0.0)  # decided on a working day too
        m = year_days[int(rng.choice(len(year_days), p=w / w.sum()))]
        mottatt[i], avsluttet[i] = m, m + dt.timedelta(int(d))
    return cases.assign(mottatt=mottatt, avsluttet=avsluttet)


# --- The file --------------------------------------------------------------------------------


def _written_discrimination(rng: np.random.Generator, code: str, year: int) -> str:
    """Older exports wrote the form's labels (K-etnisk, empty for none); newer often codes."""
    item = next(c for c in codes.discrimination() if c.code == code)
    use_alias = item.aliases and rng.random() < (0.9 if year <= 2014 else 0.55)
    return item.aliases[0] if use_alias else item.code


def _text(rng: np.random.Generator, unit: str, ground: str, seq: int) -> str:
    choices = UNIT_TEXTS.get((unit, ground), GROUND_TEXTS[ground])
    return f"{choices[int(rng.integers(len(choices)))]}. Syntetisk tekst {MARKER_PREFIX}{seq:05d}."


def build_frame(seed: int, t: Targets) -> pd.DataFrame:
    """Every case, as the export's columns (strings), in saksnr order."""
    rng = np.random.default_rng(seed)
    first = min(t.decided)
    years = [add_dates(rng, year_cases(rng, t, plan, first), t) for plan in plan_years(t, rng)]
    cases = pd.concat(years, ignore_index=True)
    cases["tie"] = rng.random(len(cases))
    cases = cases.sort_values(["mottatt", "tie"], kind="stable").reset_index(drop=True)
    saksnr = []
    for y, group in cases.groupby(cases["mottatt"].map(lambda d: d.year), sort=True):
        numbers = int(rng.integers(100, 2000)) + np.cumsum(rng.integers(1, 60, len(group)))
        saksnr += [f"{y}/{k:05d}" for k in numbers]
    rows = {
        "saksnr": saksnr,
        "distrikt": DISTRICT,
        "mottatt": [d.strftime("%d.%m.%Y") for d in cases["mottatt"]],
        "avsluttet": [d.strftime("%d.%m.%Y") for d in cases["avsluttet"]],
        "avgjorelse": cases["avgjorelse"].tolist(),
        "grunnlag": cases["grunnlag"].tolist(),
        "diskriminering": [
            _written_discrimination(rng, c, d.year)
            for c, d in zip(cases["diskriminering"], cases["mottatt"], strict=True)
        ],
        "enhet": cases["enhet"].tolist(),
        "beskrivelse": [
            _text(rng, u, g, k)
            for k, (u, g) in enumerate(zip(cases["enhet"], cases["grunnlag"], strict=True), 1)
        ],
    }
    return pd.DataFrame(rows, columns=header())


def header() -> list[str]:
    return [c["name"] for c in codes.columns()] + list(EXTRA_COLUMNS)


def render_csv(frame: pd.DataFrame) -> str:
    """`;`-separated text, no quoting needed (checked), one line per case, '\\n' line ends."""
    lines = [";".join(frame.columns)]
    for row in frame.itertuples(index=False):
        cells = [str(v) for v in row]
        _check(not any(c in v for v in cells for c in ';"\n'), f"tegn i {cells}")
        lines.append(";".join(cells))
    return "\n".join(lines) + "\n"


# --- Checking the written text against the published figures --------------------------------


def read_sample(text: str) -> pd.DataFrame:
    """The sample's text as a frame of codes and dates (a minimal reader; not the loader)."""
    df = pd.read_csv(io.StringIO(text), sep=";", dtype=str, keep_default_na=False)
    alias = {a: c.code for c in codes.discrimination() for a in (c.code, *c.aliases)}
    df["diskriminering"] = df["diskriminering"].map(alias)
    for col in ("mottatt", "avsluttet"):
        df[col] = pd.to_datetime(df[col], format="%d.%m.%Y", errors="coerce")
    return df


def _pct(part: int, whole: int) -> int:
    return int(fmt.round_half_up(part / whole * 100))


def _share_count(label: str, received: pd.DataFrame) -> int:
    """A published share's numerator: a decision, a ground heading, or 'X og Y' of ground keys."""
    for c in codes.decisions():
        if c.label == label:
            return int((received["avgjorelse"] == c.code).sum())
    for c in codes.grounds():
        if codes.ground_heading(c.code) == label:
            return int((received["grunnlag"] == c.code).sum())
    keys = {c.key: c.code for c in codes.grounds()}
    parts = [p.strip().lower() for p in label.split(" og ")]
    if all(p in keys for p in parts):
        return int(received["grunnlag"].isin([keys[p] for p in parts]).sum())
    raise KlagerapportError(f"ukjent andel i publiserte tall: {label}")


def mismatches(text: str, pub: Mapping) -> list[str]:
    """Every published figure the sample text does not reproduce, and every broken rule."""
    df = read_sample(text)
    year = int(pub["year"])
    rec = df[df["mottatt"].dt.year == year]
    prev = df[df["mottatt"].dt.year == year - 1]
    dec_label = {c.label: c.code for c in codes.decisions()}
    disc_label = {c.label: c.code for c in codes.discrimination()}
    ground_code = {codes.ground_heading(c.code): c.code for c in codes.grounds()}
    found: dict[str, object] = {"received_total": len(rec)}

    def row(part: pd.DataFrame) -> list[int]:
        return [len(part), *(int((part["diskriminering"] == f).sum()) for f in _flags())]

    found["decisions"] = {
        k: row(rec[rec["avgjorelse"] == dec_label[k]]) if k in dec_label else row(rec)
        for k in pub["decisions"]
    }
    cols = [ground_code[h] for h in pub["grounds_columns"]]
    found["grounds"] = {
        k: [
            int(((rec["grunnlag"] == g) & (rec["diskriminering"] == disc_label[k])).sum())
            if k in disc_label
            else int((rec["grunnlag"] == g).sum())
            for g in cols
        ]
        for k in pub["grounds"]
    }
    found["mean_handling_days"] = {
        y: float(fmt.round_half_up((part["avsluttet"] - part["mottatt"]).dt.days.mean(), 1))
        for y in pub["mean_handling_days"]
        for part in [df[df["mottatt"].dt.year == int(y)]]
    }
    found["decided_per_year"] = {
        y: int((df["avsluttet"].dt.year == int(y)).sum()) for y in pub["decided_per_year"]
    }
    found["k_etnisk_decided_per_year"] = {
        y: int(((df["avsluttet"].dt.year == int(y)) & (df["diskriminering"] == _etnisk())).sum())
        for y in pub["k_etnisk_decided_per_year"]
    }
    found["decisions_2018"] = {
        k: int((prev["avgjorelse"] == dec_label[k]).sum()) for k in pub["decisions_2018"]
    }
    found["units"] = {
        u: {y: int(((df["mottatt"].dt.year == int(y)) & (df["enhet"] == u)).sum()) for y in v}
        for u, v in pub["units"].items()
    }
    found["shares_2019_percent"] = {
        k: _pct(_share_count(k, rec), len(rec)) for k in pub["shares_2019_percent"]
    }
    found["growth_2018_2019_percent"] = _pct(len(rec) - len(prev), len(prev))

    problems = [
        f"{key}: publisert {pub[key]!r}, utvalget gir {value!r}"
        for key, value in found.items()
        if value != pub[key]
    ]
    return problems + rule_breaks(df, year)


def rule_breaks(df: pd.DataFrame, year: int) -> list[str]:
    """The data contract and the export's facts: unique saksnr, no open cases, valid codes."""
    rec = df[df["mottatt"].dt.year == year]
    checks = {
        "header": list(df.columns) == header(),
        "saksnr unik": df["saksnr"].is_unique,
        "distrikt": bool((df["distrikt"] == DISTRICT).all()),
        "ingen åpne saker": not df["avsluttet"].isna().any(),
        "avsluttet >= mottatt": bool((df["avsluttet"] >= df["mottatt"]).all()),
        "eksportdato": bool((df["avsluttet"] <= pd.Timestamp(EXPORT_DATE)).all()),
        "siste avgjort": rec["avsluttet"].max() == pd.Timestamp(ALL_DECIDED_BY),
        "avgjorelse": df["avgjorelse"].isin([c.code for c in codes.decisions()]).all(),
        "grunnlag": df["grunnlag"].isin([c.code for c in codes.grounds()]).all(),
        "diskriminering": df["diskriminering"].notna().all(),
        "merke unikt": df["beskrivelse"].str.extract(rf"({MARKER_PREFIX}\d+)")[0].is_unique,
    }
    return [f"regel brutt: {name}" for name, ok in checks.items() if not ok]


# --- Generating and writing ------------------------------------------------------------------


def csv_name(t: Targets) -> str:
    return f"{paths.slug(DISTRICT)}-{min(t.decided)}-{t.year}.csv"


def generate(seed: int = DEFAULT_SEED, pub: Mapping | None = None) -> tuple[str, str]:
    """The sample's CSV text and manifest text; raises if a published figure is not met."""
    pub = pub if pub is not None else read_published()
    check_shapes()
    t = targets_from(pub)
    text = render_csv(build_frame(seed, t))
    problems = mismatches(text, pub)
    if problems:
        raise KlagerapportError(
            "Det syntetiske utvalget gjenskaper ikke de publiserte tallene:\n  - "
            + "\n  - ".join(problems)
        )
    return text, manifest(seed, t, text)


def manifest(seed: int, t: Targets, text: str) -> str:
    data = {
        "synthetic": True,
        "real_data": False,
        "description": (
            "Syntetiske (oppdiktede) klagesaker for Oslo. Ikke ekte data: ingen av sakene, "
            "saksnumrene eller tekstene finnes. Laget for å gjenskape tallene i den publiserte "
            "klagerapporten for Oslo 2019."
        ),
        "file": csv_name(t),
        "rows": text.count("\n") - 1,
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "generator": "tools/sample_data.py",
        "command": f"make sample-data SEED={seed}",
        "seed": seed,
        "district": DISTRICT,
        "received_years": [min(t.decided) - 1, t.year],
        "export_date": EXPORT_DATE.isoformat(),
        "reproduces": str(published_file().relative_to(paths.ROOT)),
        "free_text": (
            f"beskrivelse is invented; each text carries a unique marker {MARKER_PREFIX}NNNNN "
            "that must never appear in any output"
        ),
        "encoding": "utf-8",
        "separator": ";",
        "date_format": "DD.MM.YYYY",
    }
    head = "# Synthetic sample, NOT real data. Written by `make sample-data`; do not edit.\n"
    return head + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def _write_together(files: Mapping[Path, str]) -> None:
    """Write every file to a temporary folder first, then replace the old files together
    (pipeline.fsutil), so a failure never leaves a half-written sample behind."""
    with tempfile.TemporaryDirectory() as tmp:
        made = {}
        for path, text in files.items():
            made[str(path)] = Path(tmp) / path.name
            made[str(path)].write_bytes(text.encode("utf-8"))
            made[str(path)].chmod(0o644)
        fsutil.replace_files(made, {str(path): path for path in files})


def write_sample(out: Path | None = None, seed: int | None = None) -> Path:
    """`make sample-data`: regenerate the sample into `out` (default data/raw/sample)."""
    out = Path(out) if out is not None else paths.SAMPLE_DIR
    seed = DEFAULT_SEED if seed is None else int(seed)
    pub = read_published()
    text, man = generate(seed, pub)
    out.mkdir(parents=True, exist_ok=True)
    target = out / csv_name(targets_from(pub))
    _write_together({target: text, out / MANIFEST_NAME: man})
    rows = text.count("\n") - 1
    print(f"Skrev {fmt.integer(rows)} syntetiske saker til {paths.shown(target)} (frø {seed}).")
    return target


def main(argv: list[str] | None = None) -> int:
    """`python -m tools.sample_data [--seed N] [--out FOLDER]` (what `make sample-data` runs)."""
    import argparse

    parser = argparse.ArgumentParser(description="Regenerate the synthetic Oslo sample.")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    try:
        write_sample(out=args.out, seed=args.seed)
    except KlagerapportError as err:
        print(f"Feil: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
