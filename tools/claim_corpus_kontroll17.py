"""The claim corpus's part `kontroll17`: each sentence with the code that labels it.

Written on 7 December 2026 (issue 21, task S6-H) by an outsider who had read neither the check's
rules (src/klagerapport/check/), its lexicon, its list of small numbers nor any earlier part's
sentences (only how parts are made and labelled: tests/claimcorpus.py and the helper functions of
tools/claim_corpus_kontroll6.py, _kontroll9.py and _kontroll12.py). Held out
(`claimcorpus.HELD_OUT`): measured at first contact, never tuned on. Four in five sentences are
about **Oslo 2019**, the rest about **Nordland 2022** (national sample), in the voice of a reviewer
at POD summarising the district's year for the national report: an official register, the
passive voice, comparisons with earlier years and between categories, hedged figures, «prosent»
and «%», a few value placeholders (some with the words around them wrong), and a few sentences of
plain prose with no figure (true). About 55 % are false, in the ways a hurried writer errs: a
wrong direction, last year's number, the median called the mean, a near-miss share, a wrong rank,
the wrong category or population, another district's town, a number right for another year.

Labelled by a function per sentence over `tools.claim_facts` (the case files read with pandas, none
of klagerapport's code). The readings are the documented ones (commentary/README.md, «Ord som
tallene kan motsi», with tools/claim_readings.py's thresholds): a hedged number («om lag», «rundt»)
within 10 % (2 percentage points for a share), «nesten/snaut/i underkant av» under it and «drøyt/i
overkant av» over it within the same; a share typed without a hedge is the report's whole percent; a
fraction word within 3 percentage points (5 with «om lag/rundt»), «nesten/knapt» under it by at most
7; «over/under» strictly; factors («dobbelt så mange», «tredoblet») within 15 %, «mer enn» a factor
strictly over it, «nesten» under it within 15 %; «fire uker» and «fristen» are 28 days, a month 30;
a handling-time claim naming neither mean nor median is about both; «diskriminering» alone is ethnic
and other together. Degree words («kraftig», «markert», «svak») are not read (no documented
threshold): such a sentence is labelled by its direction, and its reason says so. «De siste fem
årene» is the report year and the four before it.

    .venv/bin/python -m tools.claim_corpus_kontroll17            # the labels and reasons
    .venv/bin/python -m tools.claim_corpus_kontroll17 --yaml     # the part as corpus YAML
"""

from __future__ import annotations

import sys

from tools.claim_corpus_kontroll6 import Sentence, change, part_functions
from tools.claim_corpus_kontroll12 import _near, _rank_in
from tools.claim_facts import Facts, town_in
from tools.claim_readings import (
    FACTOR,
    FRACTION_HEDGED,
    NEAR,
    NESTEN,
    SHARE_HEDGED,
    first,
    fraction,
    hedged_days,
    listing,
    n,
    p,
    second,
    within_relative,
)

PART = "kontroll17"
OSLO = "oslo-2019"
NORDLAND = "nordland-2022"
NO_FIGURE = "ingen tallpåstand: beskrivende tekst"
DEGREE = "gradsordet leses ikke (ingen dokumentert terskel); merket etter retningen"


def _s(rapport):
    return lambda art, tekst, truth: Sentence(rapport, art, tekst, truth)


_o, _n = map(_s, (OSLO, NORDLAND))


def _eq(value: float, said: float, what: str) -> tuple[bool, str]:
    return value == said, f"{what} {n(value)}; setningen sier {n(said)}"


def _pct(share: float, said: float, what: str) -> tuple[bool, str]:
    """A share typed without a hedge: the report's whole percent."""
    return round(100 * share) == said, f"{what} {p(share)}; setningen sier {n(said)} %"


def _pct_hedged(share: float, said: float, what: str, how: str) -> tuple[bool, str]:
    """A hedged share: near | under | over, within SHARE_HEDGED (percentage points)."""
    x, t, tol = 100 * share, said, 100 * SHARE_HEDGED
    ok = {"near": abs(x - t) <= tol, "under": t - tol <= x < t, "over": t < x <= t + tol}[how]
    return ok, f"{what} {p(share)}; ordet sier {n(said)} % ({how}, innen {n(tol)} prosentpoeng)"


def _count_hedged(value: float, said: float, what: str, how: str) -> tuple[bool, str]:
    """A hedged count: «om lag» (near, kontroll12's _near), «drøyt» over, «i underkant av» under,
    within NEAR (relative)."""
    if how == "near":
        return _near(value, said, what)
    ok = within_relative(value, said, NEAR, how)
    return ok, f"{what} {n(value)}; ordet sier {n(said)} ({how}, innen {n(100 * NEAR)} %)"


def _near_fraction(share: float, target: float, what: str) -> tuple[bool, str]:
    """«nesten/knapt» before a fraction word: under it by at most NESTEN (percentage points)."""
    ok = target - NESTEN <= share < target
    return (
        ok,
        f"{what} {p(share)}; ordet sier under {p(target)} (høyst {n(100 * NESTEN)} prosentpoeng)",
    )


def _times(a: float, b: float, factor: float, what: str, how: str) -> tuple[bool, str]:
    """A factor: «mer enn» (above) strictly over it; «nesten» (under) below it within 15 %."""
    r = a / b
    ok = {"above": r > factor, "under": factor * (1 - FACTOR) <= r < factor}[how]
    return ok, f"{what}: {n(a)} mot {n(b)} (faktor {n(r)}); ordet sier {n(factor)} ({how})"


def _received_share(f: Facts, count: int) -> float:
    return count / f.received()


def _over_deadline(f: Facts) -> float:
    return f.share_over(28)


def _both_fell(f: Facts) -> tuple[bool, str]:
    y = f.year - 1
    ok = f.mean_days() < f.mean_days(y) and f.median_days() < f.median_days(y)
    return ok, (f"gjennomsnitt {n(f.mean_days(y))} til {n(f.mean_days())}, median "
                f"{n(f.median_days(y))} til {n(f.median_days())}")  # fmt: skip


def _rising_every_year(f: Facts, since: int) -> tuple[bool, str]:
    s = f.received_series()
    ok = all(s[y] > s[y - 1] for y in range(since + 1, f.year + 1))
    return ok, "mottatt: " + listing({y: v for y, v in s.items() if y >= since})


def _min_decided_year(f: Facts, said: int) -> tuple[bool, str]:
    s = f.decided_series()
    low = min(s.values())
    ok = [y for y, v in s.items() if v == low] == [said]
    return ok, "avsluttet: " + listing(s)


def _range_last_five(f: Facts, lo: int, hi: int) -> tuple[bool, str]:
    s = {y: f.received(y) for y in range(f.year - 4, f.year + 1)}
    ok = min(s.values()) == lo and max(s.values()) == hi
    return ok, "mottatt de siste fem årene (rapportåret og fire før): " + listing(s)


def _over_each_year(f: Facts, since: int, floor: int) -> tuple[bool, str]:
    s = {y: v for y, v in f.decided_series().items() if y >= since}
    return all(v > floor for v in s.values()), "avsluttet: " + listing(s)


def _highest_since(series: dict[int, int], year: int, since: int, what: str):
    return _rank_in(series, year, 1, since, what)


def _top_both_years(f: Facts, key: str) -> tuple[bool, str]:
    now, before = f.grounds(), f.grounds(f.year - 1)
    ok = first(now, key)[0] and first(before, key)[0]
    return ok, f"{f.year}: {listing(now)}; {f.year - 1}: {listing(before)}"


def _ethnic_direction(f: Facts, said: str) -> tuple[bool, str]:
    """Ethnic discrimination «klager»: both the received and the decided figure must move so."""
    y = f.year - 1
    rec = change("mottatt", f.ethnic_received(y), f.ethnic_received(), said)
    dec = change("avsluttet", f.ethnic_decided(y), f.ethnic_decided(), said)
    return rec[0] and dec[0], f"{rec[1]}; {dec[1]}"


def _neither_rose(f: Facts, a: tuple[str, int, int], b: tuple[str, int, int]) -> tuple[bool, str]:
    ok = not (a[2] > a[1]) and not (b[2] > b[1])
    return ok, f"{a[0]} {a[1]} til {a[2]}, {b[0]} {b[1]} til {b[2]}"


def _all_decided(f: Facts) -> tuple[bool, str]:
    return f.open() == 0, f"åpne: {f.open()}; alle avsluttet {f.all_decided_by()}"


def _town(town: str):
    return lambda f: town_in(town, f.district)


def _unit_place(f: Facts, name: str, place: int) -> tuple[bool, str]:
    fn = {1: first, 2: second}[place]
    return fn(f.units(), name)


SENTENCES = [
    # ------------------------------------------------------------------ received, Oslo
    _o("tall", "I 2019 ble det mottatt 211 klager mot ansatte i Oslo politidistrikt, mot 174 "
               "året før.",
       lambda f: (f.received() == 211 and f.received(2018) == 174,
                  f"mottatt 2019 {f.received()}, 2018 {f.received(2018)}")),
    _o("retning", "Antallet mottatte klager ble redusert fra 2018 til 2019.",
       lambda f: change("mottatt", f.received(2018), f.received(), "down")),
    _o("tall", "Det ble registrert om lag 210 klager i 2019.",
       lambda f: _count_hedged(f.received(), 210, "mottatt", "near")),
    _o("tall", "Det ble mottatt 174 klager i 2019, det samme som året før.",
       lambda f: (f.received() == 174 and f.received(2018) == 174,
                  f"mottatt 2018 {f.received(2018)}, 2019 {f.received()}: fjorårets tall")),
    _o("tall", "Sammenlignet med 2018 ble det mottatt 37 flere klager.",
       lambda f: _eq(f.received() - f.received(2018), 37, "differanse")),
    _o("andel", "Økningen fra året før var på i underkant av 15 prosent.",
       lambda f: _count_hedged(100 * (f.received() / f.received(2018) - 1), 15,
                               "endring i prosent", "under")),
    _o("andel", "Antallet klager økte med drøyt 20 prosent fra 2018.",
       lambda f: _count_hedged(100 * (f.received() / f.received(2018) - 1), 20,
                               "endring i prosent", "over")),
    _o("rang", "Det høyeste antallet klager siden statistikken startet i 2007 ble registrert i "
               "2019.",
       lambda f: _highest_since(f.received_series(), 2019, 2007, "mottatt")),
    _o("rang", "Antallet klager i 2019 var det nest høyeste siden 2007.",
       lambda f: _rank_in(f.received_series(), 2019, 2, 2007, "mottatt")),
    _o("retning", "Antallet mottatte klager har ikke økt hvert år siden 2015.",
       lambda f: (not _rising_every_year(f, 2015)[0], _rising_every_year(f, 2015)[1])),
    _o("retning", "Det er mottatt flere klager hvert år siden 2015.",
       lambda f: _rising_every_year(f, 2015)),
    _o("rang", "I 2015 ble det mottatt færre klager enn i noe annet år i perioden 2007–2019.",
       lambda f: (min(f.received_series(), key=f.received_series().get) == 2015
                  and sorted(f.received_series().values())[0]
                  < sorted(f.received_series().values())[1],
                  "mottatt: " + listing(f.received_series()))),
    _o("sammenligning", "Nivået i 2019 var mer enn dobbelt så høyt som i 2016.",
       lambda f: _times(f.received(), f.received(2016), 2, "mottatt 2019 mot 2016", "above")),
    _o("sammenligning", "Sammenlignet med 2015 er antallet klager mer enn doblet.",
       lambda f: _times(f.received(), f.received(2015), 2, "mottatt 2019 mot 2015", "above")),
    _o("tall", "I fjor ble det mottatt 211 klager.",
       lambda f: _eq(f.received(2018), 211, "mottatt i fjor (2018)")),
    _o("retning", "Det ble registrert en markert økning i antall mottatte klager fra 2018 til "
                  "2019.",
       lambda f: (change("mottatt", f.received(2018), f.received(), "up")[0],
                  change("mottatt", f.received(2018), f.received(), "up")[1] + "; " + DEGREE)),
    _o("tall", "Det ble mottatt drøyt 220 klager i 2019.",
       lambda f: _count_hedged(f.received(), 220, "mottatt", "over")),
    _o("tall", "I 2017 ble det mottatt 174 klager.",
       lambda f: _eq(f.received(2017), 174, "mottatt 2017 (174 er 2018)")),
    _o("sammenligning", "Siden 2015 er antallet klager nesten tredoblet.",
       lambda f: _times(f.received(), f.received(2015), 3, "mottatt 2019 mot 2015", "under")),
    _o("tall", "Det ble mottatt 85 klager i 2016.",
       lambda f: _eq(f.received(2016), 85, "mottatt 2016 (85 er 2015)")),
    _o("tall", "I 2018 ble det mottatt 175 klager.",
       lambda f: _eq(f.received(2018), 175, "mottatt 2018")),
    _o("tall", "De siste fem årene har antallet klager ligget mellom 85 og 211 i året.",
       lambda f: _range_last_five(f, 85, 211)),
    _o("tall", "Oslo politidistrikt mottok 211 klager i 2019.",
       lambda f: _eq(f.received(), 211, "mottatt")),
    _o("sted", "For Bergen ble det registrert 211 klager i 2019.", _town("Bergen")),
    _o("tall", "Det ble mottatt {{< var received.total >}} klager i 2019, mot 147 i 2008.",
       lambda f: _eq(f.received(2008), 147, "mottatt 2008 (2007 hadde 147)")),
    _o("tall", "Med {{< var received.total >}} klager ble det mottatt 37 flere enn i 2018.",
       lambda f: _eq(f.received() - f.received(2018), 37, "differanse")),
    # ------------------------------------------------------------------ decided and open
    _o("tall", "Totalt ble 211 klager avsluttet i løpet av 2019.",
       lambda f: _eq(f.decided(), 211, "avsluttet")),
    _o("sammenligning", "Det ble avsluttet færre saker i 2019 enn i 2018.",
       lambda f: change("avsluttet", f.decided(2018), f.decided(), "down")),
    _o("alle", "Samtlige klager mottatt i 2019 er ferdigbehandlet.", _all_decided),
    _o("tall", "Fem av klagene fra 2019 er fortsatt under behandling.",
       lambda f: _eq(f.open(), 5, "åpne nå (fem var åpne ved årsskiftet)")),
    _o("tall", "Ved utgangen av 2019 var fem av årets klager ennå ikke avsluttet.",
       lambda f: _eq(f.open_at_year_end(), 5, "åpne 31.12.2019")),
    _o("alle", "Den siste av klagene fra 2019 ble avsluttet 16. januar 2020.",
       lambda f: (str(f.all_decided_by()) == "2020-01-16",
                  f"siste avsluttet {f.all_decided_by()}")),
    _o("alle", "Alle klager mottatt i 2019 var avsluttet før årsskiftet.",
       lambda f: _eq(f.open_at_year_end(), 0, "åpne 31.12.2019")),
    _o("alle", "Tallene for 2019 er hentet ut etter at alle klager fra året var avsluttet.",
       _all_decided),
    _o("rang", "Antallet avsluttede saker har ligget over 170 hvert år siden 2016.",
       lambda f: _over_each_year(f, 2016, 170)),
    _o("rang", "I perioden 2007–2019 ble færrest klager avsluttet i 2010.",
       lambda f: _min_decided_year(f, 2010)),
    # ------------------------------------------------------------------ decisions
    _o("rang", "Den vanligste avgjørelsen var at det ikke var grunnlag for kritikk.",
       lambda f: first(f.decisions(), "ikke_grunnlag")),
    _o("rang", "Uheldig var den hyppigst brukte konklusjonen i 2019.",
       lambda f: first(f.decisions(), "uheldig")),
    _o("rang", "Nest flest saker ble avsluttet som uheldig.",
       lambda f: second(f.decisions(), "uheldig")),
    _o("andel", "Andelen saker avsluttet som uheldig økte kraftig, fra 26 til 36 prosent.",
       lambda f: (_pct(f.decision_share("uheldig", 2018), 26, "")[0]
                  and _pct(f.decision_share("uheldig"), 36, "")[0],
                  f"uheldig {p(f.decision_share('uheldig', 2018))} til "
                  f"{p(f.decision_share('uheldig'))}; {DEGREE}")),
    _o("retning", "Andelen saker som endte med kritikk, gikk ned fra året før.",
       lambda f: change("andel kritikk (%)", 100 * f.decision_share("kritikk", 2018),
                        100 * f.decision_share("kritikk"), "down")),
    _o("tall", "Det ble gitt kritikk i 26 saker, fem flere enn i 2018.",
       lambda f: (f.decision("kritikk") == 26
                  and f.decision("kritikk") - f.decision("kritikk", 2018) == 5,
                  f"kritikk 2018 {f.decision('kritikk', 2018)}, 2019 {f.decision('kritikk')}")),
    _o("tall", "Kritikk ble gitt i 21 saker i 2019.",
       lambda f: _eq(f.decision("kritikk"), 21, "kritikk (21 var fjorårets tall)")),
    _o("andel", "Om lag hver åttende sak endte med kritikk.",
       lambda f: fraction(f.decision_share("kritikk"), 1 / 8, "kritikk", FRACTION_HEDGED)),
    _o("andel", "Rundt hver femte sak ble avsluttet med kritikk.",
       lambda f: fraction(f.decision_share("kritikk"), 1 / 5, "kritikk", FRACTION_HEDGED)),
    _o("tall", "Fem klager ble avvist, mot sju året før.",
       lambda f: (f.decision("avvist") == 5 and f.decision("avvist", 2018) == 7,
                  f"avvist 2018 {f.decision('avvist', 2018)}, 2019 {f.decision('avvist')}")),
    _o("retning", "Antallet avviste klager økte fra 2018.",
       lambda f: change("avvist", f.decision("avvist", 2018), f.decision("avvist"), "up")),
    _o("likhet", "Like mange saker ble avvist som overført til annen instans.",
       lambda f: (f.decision("avvist") == f.decision("overfort"),
                  f"avvist {f.decision('avvist')}, overført {f.decision('overfort')}")),
    _o("sammenligning", "Flere saker ble overført til annen instans enn avvist i 2019.",
       lambda f: (f.decision("overfort") > f.decision("avvist"),
                  f"overført {f.decision('overfort')}, avvist {f.decision('avvist')}")),
    _o("tall", "I 16 saker lyktes ikke undersøkelsene i å avklare hendelsesforløpet.",
       lambda f: _eq(f.decision("ikke_avklart"), 16, "ikke avklart (2018: 16)")),
    _o("retning", "Andelen saker uten grunnlag for kritikk steg fra 2018 til 2019.",
       lambda f: change("andel ikke grunnlag (%)", 100 * f.decision_share("ikke_grunnlag", 2018),
                        100 * f.decision_share("ikke_grunnlag"), "up")),
    _o("tall", "Antallet saker uten grunnlag for kritikk økte likevel noe, fra 76 til 82.",
       lambda f: (f.decision("ikke_grunnlag", 2018) == 76 and f.decision("ikke_grunnlag") == 82,
                  f"ikke grunnlag {f.decision('ikke_grunnlag', 2018)} til "
                  f"{f.decision('ikke_grunnlag')}")),
    _o("andel", "Knapt fire av ti saker ble avsluttet som uheldig.",
       lambda f: _near_fraction(f.decision_share("uheldig"), 0.4, "uheldig")),
    _o("andel", "Over 40 prosent av sakene ble avsluttet med at det ikke var grunnlag for "
                "kritikk.",
       lambda f: (f.decision_share("ikke_grunnlag") > 0.40,
                  f"ikke grunnlag {p(f.decision_share('ikke_grunnlag'))} (2018: "
                  f"{p(f.decision_share('ikke_grunnlag', 2018))}); «over» strengt")),
    _o("andel", "I 2018 ble nesten 44 prosent av sakene avsluttet uten grunnlag for kritikk.",
       lambda f: _pct_hedged(f.decision_share("ikke_grunnlag", 2018), 44, "ikke grunnlag 2018",
                             "under")),
    _o("andel", "Kritikk ble gitt i {{< var decisions.kritikk.count >}} saker, og andelen var "
                "dermed om lag 12 prosent.",
       lambda f: _pct_hedged(f.decision_share("kritikk"), 12, "kritikk", "near")),
    _o("retning", "Andelen som ble avsluttet som uheldig, {{< var decisions.uheldig.share >}}, "
                  "var lavere enn året før.",
       lambda f: change("andel uheldig (%)", 100 * f.decision_share("uheldig", 2018),
                        100 * f.decision_share("uheldig"), "down")),
    _o("tall", "{{< var decisions.uheldig.count >}} saker ble avsluttet med kritikk.",
       lambda f: (f.decision("uheldig") == f.decision("kritikk"),
                  f"plassholderen er uheldig ({f.decision('uheldig')}); kritikk "
                  f"{f.decision('kritikk')}")),
    _o("retning", "Andelen saker med kritikk viste en svak nedgang.",
       lambda f: (change("andel kritikk (%)", 100 * f.decision_share("kritikk", 2018),
                         100 * f.decision_share("kritikk"), "down")[0],
                  change("andel kritikk (%)", 100 * f.decision_share("kritikk", 2018),
                         100 * f.decision_share("kritikk"), "down")[1] + "; " + DEGREE)),
    _o("tall", "Antallet saker avsluttet som uheldig økte kraftig, fra 46 til 76.",
       lambda f: (f.decision("uheldig", 2018) == 46 and f.decision("uheldig") == 76,
                  f"uheldig {f.decision('uheldig', 2018)} til {f.decision('uheldig')}; {DEGREE}")),
    _o("andel", "Hver tredje sak ble avsluttet som uheldig.",
       lambda f: fraction(f.decision_share("uheldig"), 1 / 3, "uheldig")),
    _o("andel", "Om lag hver fjerde sak i 2018 ble avsluttet som uheldig.",
       lambda f: fraction(f.decision_share("uheldig", 2018), 1 / 4, "uheldig 2018",
                          FRACTION_HEDGED)),
    _o("retning", "Verken antallet avviste saker eller antallet saker overført til annen "
                  "instans økte fra 2018.",
       lambda f: _neither_rose(f, ("avvist", f.decision("avvist", 2018), f.decision("avvist")),
                               ("overført", f.decision("overfort", 2018),
                                f.decision("overfort")))),
    # ------------------------------------------------------------------ grounds
    _o("rang", "Klager på saksbehandling utgjorde den største gruppen, med 93 saker.",
       lambda f: (first(f.grounds(), "saksbehandling")[0] and f.ground("saksbehandling") == 93,
                  first(f.grounds(), "saksbehandling")[1])),
    _o("rang", "Adferd var det vanligste klagegrunnlaget i 2019.",
       lambda f: first(f.grounds(), "adferd")),
    _o("rang", "Adferd var nest vanligste grunnlag, med 75 klager.",
       lambda f: (second(f.grounds(), "adferd")[0] and f.ground("adferd") == 75,
                  second(f.grounds(), "adferd")[1])),
    _o("retning", "Klager på maktmisbruk økte fra året før.",
       lambda f: change("maktmisbruk", f.ground("maktmisbruk", 2018), f.ground("maktmisbruk"),
                        "up")),
    _o("tall", "Det ble mottatt 12 klager om maktmisbruk, én færre enn i 2018.",
       lambda f: (f.ground("maktmisbruk") == 12
                  and f.ground("maktmisbruk", 2018) - f.ground("maktmisbruk") == 1,
                  f"maktmisbruk {f.ground('maktmisbruk', 2018)} til {f.ground('maktmisbruk')}")),
    _o("tall", "Det ble ikke registrert noen klager om manglende oppgivelse av ID i 2019.",
       lambda f: _eq(f.ground("id"), 0, "manglende ID")),
    _o("tall", "Kun én klage i 2019 gjaldt manglende oppgivelse av ID.",
       lambda f: _eq(f.ground("id"), 1, "manglende ID (2018: 1)")),
    _o("tall", "Én klage gjaldt brudd på taushetsplikt, som i 2018.",
       lambda f: (f.ground("taushetsplikt") == 1 and f.ground("taushetsplikt", 2018) == 1,
                  f"taushetsplikt 2018 {f.ground('taushetsplikt', 2018)}, 2019 "
                  f"{f.ground('taushetsplikt')}")),
    _o("tall", "Antallet klager om saksbehandling økte med 24 fra 2018.",
       lambda f: _eq(f.ground("saksbehandling") - f.ground("saksbehandling", 2018), 24,
                     "endring saksbehandling")),
    _o("andel", "Rundt en tredjedel av klagene gjaldt saksbehandling.",
       lambda f: fraction(f.ground_share("saksbehandling"), 1 / 3, "saksbehandling",
                          FRACTION_HEDGED)),
    _o("andel", "Om lag 40 prosent av klagene gjaldt saksbehandling.",
       lambda f: _pct_hedged(f.ground_share("saksbehandling"), 40,
                             "saksbehandling (2018: 39,7 %)", "near")),
    _o("andel", "Klager om adferd utgjorde under en tredjedel av klagene.",
       lambda f: fraction(f.ground_share("adferd"), 1 / 3, "adferd", how="below")),
    _o("andel", "Drøyt en tredjedel av klagene gjaldt adferd.",
       lambda f: fraction(f.ground_share("adferd"), 1 / 3, "adferd", how="over")),
    _o("sammenligning", "Flere klager gjaldt adferd enn saksbehandling.",
       lambda f: (f.ground("adferd") > f.ground("saksbehandling"),
                  f"adferd {f.ground('adferd')}, saksbehandling {f.ground('saksbehandling')}")),
    _o("tall", "28 klager ble registrert med grunnlaget annet.",
       lambda f: _eq(f.ground("annet"), 28, "annet (2018: 28)")),
    _o("retning", "Klager i kategorien annet gikk ned fra 2018.",
       lambda f: change("annet", f.ground("annet", 2018), f.ground("annet"), "down")),
    _o("sammenligning", "Det ble klaget på saksbehandling mer enn åtte ganger så ofte som på "
                        "maktmisbruk.",
       lambda f: _times(f.ground("saksbehandling"), f.ground("maktmisbruk"), 8,
                        "saksbehandling mot maktmisbruk", "above")),
    _o("rang", "Også i år gjaldt flest klager saksbehandling.",
       lambda f: _top_both_years(f, "saksbehandling")),
    _o("rang", "Også i år var adferd det vanligste grunnlaget.",
       lambda f: _top_both_years(f, "adferd")),
    _o("retning", "Verken klager om adferd eller klager om saksbehandling økte i 2019.",
       lambda f: _neither_rose(f, ("adferd", f.ground("adferd", 2018), f.ground("adferd")),
                               ("saksbehandling", f.ground("saksbehandling", 2018),
                                f.ground("saksbehandling")))),
    _o("tall", "Klager om adferd økte fra 63 i 2018 til {{< var grounds.adferd.count >}} i 2019.",
       lambda f: (f.ground("adferd", 2018) == 63 and f.ground("adferd") > 63,
                  f"adferd {f.ground('adferd', 2018)} til {f.ground('adferd')}")),
    # ------------------------------------------------------------------ discrimination
    _o("tall", "Det ble mottatt 16 klager som gjaldt etnisk diskriminering.",
       lambda f: _eq(f.ethnic_received(), 16, "etnisk mottatt (avsluttet: 16)")),
    _o("retning", "Klager om etnisk diskriminering gikk ned sammenlignet med 2018.",
       lambda f: _ethnic_direction(f, "down")),
    _o("tall", "Tre klager gjaldt annen diskriminering.",
       lambda f: _eq(f.other_received(), 3, "annen diskriminering mottatt")),
    _o("tall", "Det ble ikke mottatt klager om annen diskriminering i 2019.",
       lambda f: _eq(f.other_received(), 0, "annen diskriminering mottatt")),
    _o("rang", "Antallet avsluttede saker om etnisk diskriminering var det høyeste siden 2007.",
       lambda f: _highest_since(f.ethnic_decided_series(), 2019, 2007, "etnisk avsluttet")),
    _o("rang", "Det ble avsluttet 16 saker om etnisk diskriminering, det nest høyeste antallet "
               "siden 2007.",
       lambda f: (f.ethnic_decided() == 16
                  and _rank_in(f.ethnic_decided_series(), 2019, 2, 2007, "")[0],
                  "etnisk avsluttet: " + listing(f.ethnic_decided_series()))),
    _o("tall", "Det ble avsluttet 15 saker om etnisk diskriminering i 2019.",
       lambda f: _eq(f.ethnic_decided(), 15, "etnisk avsluttet (mottatt: 15)")),
    _o("tall", "I alt 18 klager gjaldt diskriminering.",
       lambda f: _eq(f.ethnic_received() + f.other_received(), 18,
                     "etnisk + annen mottatt («diskriminering» alene er begge)")),
    _o("andel", "Etnisk diskriminering ble påberopt i om lag hver fjerde klage.",
       lambda f: fraction(f.ethnic_received() / f.received(), 1 / 4, "etnisk", FRACTION_HEDGED)),
    # ------------------------------------------------------------------ handling time
    _o("tall", "Klagene ble i gjennomsnitt behandlet på 16,7 dager.",
       lambda f: _eq(round(f.mean_days(), 1), 16.7, "gjennomsnitt")),
    _o("tall", "Median saksbehandlingstid var 16,7 dager.",
       lambda f: _eq(round(f.median_days(), 1), 16.7, "median (gjennomsnittet er 16,7)")),
    _o("tall", "Gjennomsnittlig behandlingstid var 15 dager.",
       lambda f: _eq(round(f.mean_days(), 1), 15, "gjennomsnitt (medianen er 15)")),
    _o("tall", "Medianen var 15 dager, mot 16,5 dager i 2018.",
       lambda f: (f.median_days() == 15 and f.median_days(2018) == 16.5,
                  f"median 2018 {n(f.median_days(2018))}, 2019 {n(f.median_days())}")),
    _o("retning", "Gjennomsnittlig behandlingstid økte fra 2018 til 2019.",
       lambda f: change("gjennomsnitt", f.mean_days(2018), f.mean_days(), "up")),
    _o("retning", "Behandlingstiden ble kortere både målt som gjennomsnitt og median.",
       _both_fell),
    _o("andel", "Om lag 88 prosent av klagene ble besvart innen fristen på 28 dager.",
       lambda f: _pct_hedged(f.within_deadline(), 88, "innen fristen", "near")),
    _o("retning", "Andelen besvart innen fire uker falt fra året før.",
       lambda f: change("innen fristen (%)", 100 * f.within_deadline(2018),
                        100 * f.within_deadline(), "down")),
    _o("andel", "Nesten ni av ti klager ble besvart innen 28 dager.",
       lambda f: _near_fraction(f.within_deadline(), 0.9, "innen fristen")),
    _o("andel", "Over 90 prosent av klagene ble besvart innen fristen på fire uker.",
       lambda f: (f.within_deadline() > 0.9, f"innen fristen {p(f.within_deadline())}")),
    _o("andel", "Hver åttende klage tok lengre tid enn fire uker.",
       lambda f: fraction(_over_deadline(f), 1 / 8, "over fristen")),
    _o("andel", "Rundt hver fjerde klage ble besvart etter fristen.",
       lambda f: fraction(_over_deadline(f), 1 / 4, "over fristen", FRACTION_HEDGED)),
    _o("tall", "Ingen av klagene hadde en behandlingstid på over tre måneder.",
       lambda f: (f.longest_days() <= 90, f"lengste {f.longest_days()} dager; tre måneder er 90")),
    _o("tall", "Gjennomsnittlig behandlingstid var drøyt 18 dager.",
       lambda f: hedged_days(f.mean_days(), 18, "gjennomsnitt", "over")),
    _o("tall", "I 2018 var medianen 18,9 dager.",
       lambda f: _eq(f.median_days(2018), 18.9, "median 2018 (gjennomsnittet er 18,9)")),
    _o("retning", "Medianen var uendret fra 2018.",
       lambda f: change("median", f.median_days(2018), f.median_days(), "same")),
    _o("tall", "Klagene ble i snitt behandlet på under tre uker.",
       lambda f: (f.mean_days() < 21, f"gjennomsnitt {n(f.mean_days())}; tre uker er 21 dager")),
    _o("sammenligning", "Gjennomsnittlig behandlingstid var lengre enn fristen på 28 dager.",
       lambda f: (f.mean_days() > 28, f"gjennomsnitt {n(f.mean_days())}")),
    _o("tall", "Gjennomsnittet var {{< var handling_days.mean >}} dager, mot 18,9 dager året "
               "før.",
       lambda f: _eq(round(f.mean_days(2018), 1), 18.9, "gjennomsnitt 2018")),
    _o("tall", "Medianen var {{< var handling_days.mean >}} dager.",
       lambda f: (round(f.median_days(), 1) == round(f.mean_days(), 1),
                  f"plassholderen er gjennomsnittet ({n(f.mean_days())}); median "
                  f"{n(f.median_days())}")),
    _o("retning", "{{< var handling_days.within_deadline >}} av klagene ble besvart innen "
                  "fristen, en nedgang fra 2018.",
       lambda f: change("innen fristen (%)", 100 * f.within_deadline(2018),
                        100 * f.within_deadline(), "down")),
    _o("tall", "Behandlingstiden var i gjennomsnitt 2,2 dager kortere enn i 2018.",
       lambda f: (abs(round(f.mean_days(2018), 1) - round(f.mean_days(), 1) - 2.2) < 1e-9,
                  f"som rapporten skriver dem (én desimal): gjennomsnitt "
                  f"{n(f.mean_days(2018))} til {n(f.mean_days())}")),
    # ------------------------------------------------------------------ units
    _o("rang", "Flest klager gjaldt Pass, med 42 saker.",
       lambda f: (_unit_place(f, "Pass", 1)[0] and f.unit("Pass") == 42,
                  _unit_place(f, "Pass", 1)[1])),
    _o("rang", "Orden Sentrum mottok flest klager i 2019.",
       lambda f: _unit_place(f, "Orden Sentrum", 1)),
    _o("rang", "Etter Pass var det Orden Sentrum som mottok flest klager i 2019.",
       lambda f: _unit_place(f, "Orden Sentrum", 2)),
    _o("sammenligning", "Klagene mot Pass ble nesten tredoblet fra 2018.",
       lambda f: _times(f.unit("Pass"), f.unit("Pass", 2018), 3, "Pass 2019 mot 2018", "under")),
    _o("retning", "Sentralbord og operasjonssentral fikk færre klager enn i 2018.",
       lambda f: change("Sentralbord", f.unit("Sentralbord og operasjonssentral", 2018),
                        f.unit("Sentralbord og operasjonssentral"), "down")),
    _o("tall", "Grønland politistasjon fikk 15 klager, fem flere enn året før.",
       lambda f: (f.unit("Grønland politistasjon") == 15
                  and f.unit("Grønland politistasjon")
                  - f.unit("Grønland politistasjon", 2018) == 5,
                  f"Grønland {f.unit('Grønland politistasjon', 2018)} til "
                  f"{f.unit('Grønland politistasjon')}")),
    _o("retning", "Asker og Bærum politistasjon fikk flere klager enn i fjor.",
       lambda f: change("Asker og Bærum", f.unit("Asker og Bærum politistasjon", 2018),
                        f.unit("Asker og Bærum politistasjon"), "up")),
    _o("likhet", "Asker og Bærum politistasjon fikk 12 klager, like mange som "
                 "Etterforskning.",
       lambda f: (f.unit("Asker og Bærum politistasjon") == 12
                  == f.unit("Etterforskning"),
                  f"Asker og Bærum {f.unit('Asker og Bærum politistasjon')}, Etterforskning "
                  f"{f.unit('Etterforskning')}")),
    _o("sammenligning", "Patrulje Øst fikk flere klager enn Patrulje Vest.",
       lambda f: (f.unit("Patrulje Øst") > f.unit("Patrulje Vest"),
                  f"Øst {f.unit('Patrulje Øst')}, Vest {f.unit('Patrulje Vest')}")),
    _o("tall", "Det ble ikke registrert klager mot Arrest.",
       lambda f: _eq(f.unit("Arrest"), 0, "Arrest")),
    _o("sammenligning", "Majorstuen politistasjon fikk dobbelt så mange klager som i 2018.",
       lambda f: (abs(f.unit("Majorstuen politistasjon")
                      / f.unit("Majorstuen politistasjon", 2018) - 2) <= 2 * FACTOR,
                  f"Majorstuen {f.unit('Majorstuen politistasjon', 2018)} til "
                  f"{f.unit('Majorstuen politistasjon')}")),
    _o("retning", "Klagene mot Majorstuen politistasjon var uendret fra året før.",
       lambda f: change("Majorstuen", f.unit("Majorstuen politistasjon", 2018),
                        f.unit("Majorstuen politistasjon"), "same")),
    _o("rang", "Stovner politistasjon fikk nest flest klager.",
       lambda f: _unit_place(f, "Stovner politistasjon", 2)),
    _o("rang", "Nest flest klager gjaldt Sentralbord og operasjonssentral.",
       lambda f: _unit_place(f, "Sentralbord og operasjonssentral", 2)),
    _o("andel", "Klagene mot Pass utgjorde om lag en tredjedel av alle klager.",
       lambda f: fraction(_received_share(f, f.unit("Pass")), 1 / 3, "Pass", FRACTION_HEDGED)),
    _o("andel", "Om lag hver femte klage gjaldt Pass.",
       lambda f: fraction(_received_share(f, f.unit("Pass")), 1 / 5, "Pass", FRACTION_HEDGED)),
    # ------------------------------------------------------------------ prose, no figure
    _o("ingen", "Rapporten er utarbeidet på grunnlag av klagesaker registrert i distriktets "
                "saksbehandlingssystem.",
       lambda f: (True, NO_FIGURE)),
    _o("ingen", "Klager som gjelder mulige straffbare forhold, behandles av Spesialenheten for "
                "politisaker og inngår ikke i denne oversikten.",
       lambda f: (True, NO_FIGURE)),
    _o("ingen", "Distriktet har gjennom året arbeidet med å forbedre rutinene for oppfølging av "
                "klager.",
       lambda f: (True, NO_FIGURE)),
    _o("ingen", "Klagene er behandlet i tråd med klagereglementet, og klager er gitt skriftlig "
                "svar.",
       lambda f: (True, NO_FIGURE)),
    # ------------------------------------------------------------------ Nordland 2022
    _n("tall", "Nordland politidistrikt mottok 47 klager i 2022, fire flere enn året før.",
       lambda f: (f.received() == 47 and f.received() - f.received(2021) == 4,
                  f"mottatt 2021 {f.received(2021)}, 2022 {f.received()}")),
    _n("retning", "Antallet klager i Nordland gikk ned fra 2021.",
       lambda f: change("mottatt", f.received(2021), f.received(), "down")),
    _n("tall", "Det ble gitt kritikk i seks saker, mot ingen i 2021.",
       lambda f: (f.decision("kritikk") == 6 and f.decision("kritikk", 2021) == 0,
                  f"kritikk 2021 {f.decision('kritikk', 2021)}, 2022 {f.decision('kritikk')}")),
    _n("tall", "Som i fjor ble det ikke gitt kritikk i noen saker.",
       lambda f: (f.decision("kritikk") == 0 and f.decision("kritikk", 2021) == 0,
                  f"kritikk 2021 {f.decision('kritikk', 2021)}, 2022 {f.decision('kritikk')}")),
    _n("tall", "Gjennomsnittlig behandlingstid ble redusert med drøyt elleve dager.",
       lambda f: _count_hedged(f.mean_days(2021) - f.mean_days(), 11, "nedgang i dager",
                               "over")),
    _n("tall", "Medianen var 18 dager.",
       lambda f: _eq(f.median_days(), 18, "median (gjennomsnittet er 18,2)")),
    _n("andel", "Snaut 79 prosent av klagene ble besvart innen fristen.",
       lambda f: _pct_hedged(f.within_deadline(), 79, "innen fristen", "under")),
    _n("likhet", "Andelen besvart innen fristen var på samme nivå som i 2021.",
       lambda f: (abs(f.within_deadline() - f.within_deadline(2021)) <= SHARE_HEDGED,
                  f"innen fristen {p(f.within_deadline(2021))} til {p(f.within_deadline())}")),
    _n("rang", "Saksbehandling var det vanligste klagegrunnlaget, med 21 klager.",
       lambda f: (first(f.grounds(), "saksbehandling")[0] and f.ground("saksbehandling") == 21,
                  first(f.grounds(), "saksbehandling")[1])),
    _n("retning", "Klager om adferd økte i 2022.",
       lambda f: change("adferd", f.ground("adferd", 2021), f.ground("adferd"), "up")),
    _n("tall", "Ti klager ble registrert under grunnlaget annet, mot sju året før.",
       lambda f: (f.ground("annet") == 10 and f.ground("annet", 2021) == 7,
                  f"annet 2021 {f.ground('annet', 2021)}, 2022 {f.ground('annet')}")),
    _n("sted", "I Tromsø ble det mottatt 47 klager i 2022.", _town("Tromsø")),
    _n("rang", "Det ble mottatt flere klager i 2022 enn i noe tidligere år siden 2016.",
       lambda f: _highest_since(f.received_series(), 2022, 2016, "mottatt")),
    _n("tall", "Fem klager gjaldt annen diskriminering.",
       lambda f: _eq(f.other_received(), 5, "annen diskriminering (etnisk: 5)")),
    _n("tall", "Fem klager gjaldt etnisk diskriminering, like mange som i 2021.",
       lambda f: (f.ethnic_received() == 5 == f.ethnic_received(2021),
                  f"etnisk 2021 {f.ethnic_received(2021)}, 2022 {f.ethnic_received()}")),
    _n("andel", "Om lag halvparten av sakene ble avsluttet uten grunnlag for kritikk.",
       lambda f: fraction(f.decision_share("ikke_grunnlag"), 1 / 2, "ikke grunnlag",
                          FRACTION_HEDGED)),
    _n("alle", "Alle klager mottatt i 2022 er avsluttet.", _all_decided),
    _n("tall", "Det ble avsluttet 47 saker i 2022.",
       lambda f: _eq(f.decided(), 47, "avsluttet (mottatt: 47)")),
    _n("retning", "Uheldig ble brukt i færre saker enn i 2021.",
       lambda f: change("uheldig", f.decision("uheldig", 2021), f.decision("uheldig"), "down")),
    _n("tall", "Klagene ble i gjennomsnitt behandlet på over 30 dager i 2022.",
       lambda f: (f.mean_days() > 30, f"gjennomsnitt {n(f.mean_days())} (2021: "
                                      f"{n(f.mean_days(2021))})")),
    _n("tall", "Tre klager gjaldt maktmisbruk, mot én i 2021.",
       lambda f: (f.ground("maktmisbruk") == 3 and f.ground("maktmisbruk", 2021) == 1,
                  f"maktmisbruk 2021 {f.ground('maktmisbruk', 2021)}, 2022 "
                  f"{f.ground('maktmisbruk')}")),
    _n("tall", "Ingen saker ble avvist i 2022.",
       lambda f: _eq(f.decision("avvist"), 0, "avvist")),
    _n("sted", "Også klager fra Bodø og Mo i Rana inngår i tallene for distriktet.",
       lambda f: (town_in("Bodø", f.district)[0] and town_in("Mo i Rana", f.district)[0],
                  "Bodø og Mo i Rana ligger i Nordland; ingen tallpåstand")),
    _n("tall", "Gjennomsnittet var {{< var handling_days.mean >}} dager, mot snaut 30 dager i "
               "2021.",
       lambda f: hedged_days(f.mean_days(2021), 30, "gjennomsnitt 2021", "under")),
    _n("andel", "Om lag 45 prosent av klagene gjaldt saksbehandling, mens adferd utgjorde 37 "
                "prosent.",
       lambda f: (_pct_hedged(f.ground_share("saksbehandling"), 45, "", "near")[0]
                  and _pct(f.ground_share("adferd"), 37, "")[0],
                  f"saksbehandling {p(f.ground_share('saksbehandling'))}, adferd "
                  f"{p(f.ground_share('adferd'))} (2021: "
                  f"{p(f.ground_share('adferd', 2021))})")),
    _n("retning", "Median behandlingstid gikk ned fra 29 til 15 dager.",
       lambda f: (f.median_days(2021) == 29 and f.median_days() == 15,
                  f"median 2021 {n(f.median_days(2021))}, 2022 {n(f.median_days())}")),
]  # fmt: skip


labelled, main = part_functions(PART, SENTENCES)


if __name__ == "__main__":
    sys.exit(main())
