"""The claim corpus's part `kontroll16`: each sentence with the code that labels it.

Written on 7 December 2026 (issue 21, round s6, task B) by an outsider who had not read the
check's rules (src/klagerapport/check/), its lexicon, its list of small numbers or any part's
sentence lists (only how parts are made and labelled; the last eight sentences of kontroll12's
module were seen by accident while reading its helpers, and none is imitated here). Held out
(`claimcorpus.HELD_OUT`): measured at first contact, never tuned on. About **Oslo 2019** (four
in five sentences) and **Vest 2019** (the rest), in the voice of a newcomer analyst: short plain
sentences, often two to a line, everyday words («saker» for klager, «ventetid», «behandlet»,
«fikk medhold», «oppførsel»), colloquial hedges («drøyt», «snaue», «snaut», «knappe»),
number words («tjue», «et titall», «et par»), percentages written several ways («40 prosent»,
«40 %», «fire av ti»), questions and headings with numbers («Hvor lang tid tok det?»),
placeholders, and placeholders beside typed numbers. About 55 % are false in the ways a hurried
writer errs: a wrong direction, last year's number as this year's, the median called the mean, a
near-miss share, a wrong rank, the wrong category or population, a town of another district, a
number right for another year.

Labelled like kontroll6 on: by a function over `tools.claim_facts` (the case files read with
pandas, none of klagerapport's code). The readings are the documented ones (commentary/README.md,
«Ord som tallene kan motsi»; docs/assumptions.md; the thresholds of tools/claim_readings.py):
«om lag/rundt/omtrent» before a number within 10 % (a share within 2 percentage points);
«nesten/snaue/knappe» under it and «drøyt/i overkant av» over it, within the same; «over/under»
strictly; a fraction word («en tredjedel», «hver femte», «fire av ti») within 3 percentage
points, 5 with «omtrent/rundt/om lag», «nesten/knapt» before it under it by at most 7; a typed
percentage is the share rounded half up to a whole percent (P8); «omtrent like mange / på samme
nivå» within 10 %; «like mange» exact; «et par» 2 or 3; factors («dobbelt så mange», «nesten
tredoblet») within 15 %, «mer enn doblet» a factor over 2; «fire uker» and «fristen» 28 days, «tre
uker» 21, a month 30 days; a handling-time claim naming neither mean nor median is about both;
«behandlet/avsluttet» is the cases decided in the year (P6) and «fikk inn/kom inn» those received
(P1); «i fjor» is the year before the report year; «diskriminering» alone is ethnic and other
together. Where a reading is not documented the sentence is written so that every plausible
reading gives the same label, and the reason says so («fikk medhold»: kritikk alone or kritikk
and uheldig together; «et titall»: about ten; degree words «markert», «kraftig», «svak»).
Committed before the check was run on it, and measured at first contact (benchmarks/README.md).

    .venv/bin/python -m tools.claim_corpus_kontroll16            # the labels and reasons
    .venv/bin/python -m tools.claim_corpus_kontroll16 --yaml     # the part as corpus YAML
"""

from __future__ import annotations

import itertools
import sys

from tools.claim_corpus_kontroll6 import Sentence, change, part_functions
from tools.claim_corpus_kontroll12 import _both_days, _near
from tools.claim_facts import Facts, town_in
from tools.claim_readings import (
    FRACTION_HEDGED,
    NEAR,
    NESTEN,
    SHARE_HEDGED,
    factor,
    first,
    fraction,
    hedged_days,
    listing,
    n,
    p,
    place,
    second,
)

PART = "kontroll16"
OSLO = "oslo-2019"
VEST = "vest-2019"


def _s(rapport):
    return lambda art, tekst, truth: Sentence(rapport, art, tekst, truth)


_o, _v = map(_s, (OSLO, VEST))


# ---------------------------------------------------------------------- readings
def _pct(share: float) -> int:
    """A share as the report prints it: whole percent, rounded half up (P8)."""
    return int(100 * share + 0.5)


def _typed_pct(share: float, said: int, what: str) -> tuple[bool, str]:
    return _pct(share) == said, f"{what} {p(share)}, trykt {_pct(share)} %; teksten sier {said} %"


def _share_near(share: float, said: float, what: str, how: str = "near") -> tuple[bool, str]:
    """«rundt/om lag 44 prosent» (near), «snaue 90 prosent» (under), «i overkant av» (over):
    within SHARE_HEDGED of the percentage."""
    target = said / 100
    ok = {
        "near": abs(share - target) <= SHARE_HEDGED,
        "under": target - SHARE_HEDGED <= share < target,
        "over": target < share <= target + SHARE_HEDGED,
    }[how]
    return ok, f"{what} {p(share)}; teksten sier {n(said)} % ({how}, innen 2 prosentpoeng)"


def _count_near(value: int, target: int, what: str, how: str) -> tuple[bool, str]:
    """A hedged count: «drøyt 200» over, «knappe 20» under, within NEAR."""
    ok = {
        "near": abs(value - target) <= NEAR * target,
        "under": target * (1 - NEAR) <= value < target,
        "over": target < value <= target * (1 + NEAR),
    }[how]
    return ok, f"{what} {value}; teksten sier {target} ({how}, innen 10 %)"


def _diff(what: str, before: int, after: int, said: int) -> tuple[bool, str]:
    """«fem flere enn i fjor» (said > 0) or «fem færre» (said < 0): the exact difference."""
    return after - before == said, f"{what}: {before} til {after}, forskjell {after - before:+d}"


def _fromto(what: str, before: float, after: float, said_before: float, said_after: float):
    """«fra X til Y»: both numbers, last year's and this year's."""
    ok = (before, after) == (said_before, said_after)
    said = f"{n(said_before)} til {n(said_after)}"
    return ok, f"{what}: {n(before)} til {n(after)}; teksten sier {said}"


def _rank(counts: dict[str, int], key: str, at: int) -> tuple[bool, str]:
    got, tied = place(counts, key)
    return got == at and not tied, (f"plass {got}{' (delt)' if tied else ''}: {listing(counts)}")


def _every_year_up(series: dict[int, int], start: int, last: int, what: str):
    s = {y: series[y] for y in range(start, last + 1)}
    ok = all(b > a for a, b in itertools.pairwise(s.values()))
    return ok, f"{what}: " + listing(s)


def _medhold(f: Facts, test, words: str) -> tuple[bool, str]:
    """«fikk medhold» is not a term of the form: read as kritikk alone and as kritikk and
    uheldig together; the sentence was written so that both readings agree (else false)."""
    year = f.year - 1
    a = (f.decision("kritikk", year), f.decision("kritikk"))
    b = (a[0] + f.decision("uheldig", year), a[1] + f.decision("uheldig"))
    shares = (f.decision_share("kritikk"),
              f.decision_share("kritikk") + f.decision_share("uheldig"))  # fmt: skip
    ok = test(a, shares[0]) and test(b, shares[1])
    return ok, (f"«medhold» som kritikk: {a[0]} til {a[1]} ({p(shares[0])}); som kritikk og "
                f"uheldig: {b[0]} til {b[1]} ({p(shares[1])}); {words}")  # fmt: skip


def _prose(_f: Facts) -> tuple[bool, str]:
    return True, "ingen tallpåstand: en vurdering eller et mål, ikke et tall fra dataene"


def _discrimination(f: Facts, year: int | None = None) -> int:
    return f.ethnic_received(year) + f.other_received(year)


SENTENCES = [
    # ------------------------------------------------------------ Oslo: how many cases
    _o("tall", "Vi fikk inn 211 saker i 2019. Det er flere enn året før.",
       lambda f: (f.received() == 211 and f.received() > f.received(2018),
                  f"mottatt 2018 {f.received(2018)}, 2019 {f.received()}")),
    _o("retning", "Antall saker gikk litt ned fra i fjor.",
       lambda f: change("mottatt", f.received(2018), f.received(), "down")),
    _o("tall", "Det kom inn drøyt 200 saker i fjor.",
       lambda f: _count_near(f.received(2018), 200, "mottatt i fjor (2018)", "over")),
    _o("andel", "Saksmengden økte med om lag en femtedel.",
       lambda f: fraction(f.received() / f.received(2018) - 1, 1 / 5,
                           "endring i mottatte", FRACTION_HEDGED)),
    _o("tall", "Økningen fra 2018 var på rundt 30 prosent.",
       lambda f: _near(100 * (f.received() / f.received(2018) - 1), 30,
                       "endring i mottatte i prosent:")),
    _o("retning", "Tallet har økt hvert år siden 2015.",
       lambda f: _every_year_up(f.received_series(), 2015, 2019, "mottatt")),
    _o("sammenligning", "Siden 2015 har antallet saker mer enn doblet seg.",
       lambda f: (f.received() > 2 * f.received(2015),
                  f"mottatt 2015 {f.received(2015)}, 2019 {f.received()}: faktor "
                  f"{n(f.received() / f.received(2015))}; «mer enn doblet» er over 2")),
    _o("likhet", "Vi fikk omtrent like mange saker som i 2017.",
       lambda f: (abs(f.received() - f.received(2017)) <= NEAR * f.received(2017),
                  f"mottatt 2017 {f.received(2017)}, 2019 {f.received()} (innen 10 %?)")),
    _o("rang", "2019 var året med nest flest saker siden vi startet tellingen.",
       lambda f: _rank({str(y): v for y, v in f.decided_series().items()}, "2019", 2)),
    _o("rang", "Hvor mange saker? 211. Det er flest noensinne.",
       lambda f: (f.received() == 211 and _rank({str(y): v for y, v in
                                                   f.received_series().items()}, "2019", 1)[0],
                  "mottatt: " + listing(f.received_series()))),
    _o("retning", "Det er tredje år på rad med flere saker.",
       lambda f: _every_year_up(f.received_series(), 2016, 2019, "mottatt")),
    _o("tall", "Siden 2015 har antallet saker økt med om lag 100.",
       lambda f: _near(f.received() - f.received(2015), 100, "økning 2015–2019:")),
    _o("retning", "Det var en markert økning i antall saker i 2019.",
       lambda f: (f.received() > 1.1 * f.received(2018),
                  f"mottatt {f.received(2018)} til {f.received()} "
                  f"(+{p(f.received() / f.received(2018) - 1)}); «markert» har ingen dokumentert "
                  "terskel, men over 20 % er markert etter enhver lesning")),
    _o("tall", "Tjue saker mer enn i fjor. Det er mye for et år.",
       lambda f: _diff("mottatt", f.received(2018), f.received(), 20)),
    # ------------------------------------------------------------ Oslo: decisions
    _o("rang", "Det vanligste utfallet var ikke grunnlag for kritikk.",
       lambda f: first(f.decisions(), "ikke_grunnlag")),
    _o("rang", "Den vanligste avgjørelsen var uheldig, men ikke kritikkverdig.",
       lambda f: first(f.decisions(), "uheldig")),
    _o("tall", "26 saker fikk kritikk. Det er fem færre enn i fjor.",
       lambda f: _diff("kritikk", f.decision("kritikk", 2018), f.decision("kritikk"), -5)),
    _o("andel", "Andelen med kritikk var omtrent som i fjor, rundt 12 prosent.",
       lambda f: (abs(f.decision_share("kritikk") - f.decision_share("kritikk", 2018))
                  <= SHARE_HEDGED and _share_near(f.decision_share("kritikk"), 12, "")[0],
                  f"andel kritikk {p(f.decision_share('kritikk', 2018))} til "
                  f"{p(f.decision_share('kritikk'))}")),
    _o("retning", "Andelen saker med kritikk gikk ned fra i fjor.",
       lambda f: change("andel kritikk", 100 * f.decision_share("kritikk", 2018),
                        100 * f.decision_share("kritikk"), "down")),
    _o("andel", "Fire av ti saker endte som uheldig.",
       lambda f: fraction(f.decision_share("uheldig"), 0.4, "andel uheldig")),
    _o("andel", "Drøyt en tredjedel av sakene endte som uheldig.",
       lambda f: fraction(f.decision_share("uheldig"), 1 / 3, "andel uheldig", how="over")),
    _o("fra-til", "Uheldig-sakene økte fra 46 til 67.",
       lambda f: _fromto("uheldig", f.decision("uheldig", 2018), f.decision("uheldig"), 46, 67)),
    _o("andel", "Nesten halvparten av sakene fikk ikke grunnlag for kritikk.",
       lambda f: fraction(f.decision_share("ikke_grunnlag"), 0.5, "andel ikke grunnlag",
                           NESTEN, "under")),
    _o("andel", "Knapt fire av ti saker endte uten grunnlag for kritikk.",
       lambda f: fraction(f.decision_share("ikke_grunnlag"), 0.4, "andel ikke grunnlag",
                           NESTEN, "under")),
    _o("fra-til", "Ikke grunnlag for kritikk gikk ned fra 82 til 76.",
       lambda f: _fromto("ikke grunnlag", f.decision("ikke_grunnlag", 2018),
                         f.decision("ikke_grunnlag"), 82, 76)),
    _o("sammenligning", "Det var flere avviste saker i år enn i fjor.",
       lambda f: change("avvist", f.decision("avvist", 2018), f.decision("avvist"), "up")),
    _o("likhet", "Like mange saker ble avvist som overført, fem av hver.",
       lambda f: (f.decision("avvist") == f.decision("overfort") == 5,
                  f"avvist {f.decision('avvist')}, overført {f.decision('overfort')}")),
    _o("ingen", "Ingen saker ble overført til andre.",
       lambda f: (f.decision("overfort") == 0, f"overført {f.decision('overfort')}")),
    _o("andel", "Bare drøyt hver tiende sak endte med kritikk.",
       lambda f: fraction(f.decision_share("kritikk"), 0.1, "andel kritikk", how="over")),
    _o("sammenligning", "Flere fikk medhold i år enn i fjor.",
       lambda f: _medhold(f, lambda c, _s: c[1] > c[0], "begge økte?")),
    _o("andel", "Færre enn hver tiende som klaget, fikk medhold.",
       lambda f: _medhold(f, lambda _c, s: s < 0.1, "under 10 %?")),
    _o("tall", "Et par saker ble avvist.",
       lambda f: (f.decision("avvist") in (2, 3), f"avvist {f.decision('avvist')}; «et par» er "
                                                   "2 eller 3")),
    _o("retning", "Andelen kritikk endret seg bare svakt fra 2018.",
       lambda f: (abs(f.decision_share("kritikk") - f.decision_share("kritikk", 2018)) < 0.02,
                  f"andel kritikk {p(f.decision_share('kritikk', 2018))} til "
                  f"{p(f.decision_share('kritikk'))}; «svakt» uten dokumentert terskel, men under "
                  "ett prosentpoeng er svakt etter enhver lesning")),
    _o("tall", "Hva gikk ned? Kritikk, fra 26 til 21.",
       lambda f: _fromto("kritikk", f.decision("kritikk", 2018), f.decision("kritikk"), 26, 21)),
    _o("andel", "36 % endte som uheldig, mot 26 % i fjor.",
       lambda f: (_pct(f.decision_share("uheldig")) == 36
                  and _pct(f.decision_share("uheldig", 2018)) == 26,
                  f"andel uheldig {p(f.decision_share('uheldig', 2018))} til "
                  f"{p(f.decision_share('uheldig'))}")),
    _o("andel", "I fjor endte 44 prosent uten grunnlag for kritikk. I år var det 41 prosent.",
       lambda f: (_pct(f.decision_share("ikke_grunnlag", 2018)) == 44
                  and _pct(f.decision_share("ikke_grunnlag")) == 41,
                  f"andel ikke grunnlag {p(f.decision_share('ikke_grunnlag', 2018))} til "
                  f"{p(f.decision_share('ikke_grunnlag'))}")),
    # ------------------------------------------------------------ Oslo: grounds
    _o("rang", "Adferd var det vanligste grunnlaget.",
       lambda f: first(f.grounds(), "adferd")),
    _o("fra-til", "Saker om oppførsel økte fra 62 til 57.",
       lambda f: _fromto("adferd", f.ground("adferd", 2018), f.ground("adferd"), 62, 57)),
    _o("andel", "Om lag 44 prosent gjaldt saksbehandling.",
       lambda f: _share_near(f.ground_share("saksbehandling"), 44, "andel saksbehandling")),
    _o("andel", "Rundt halvparten av sakene gjaldt saksbehandling.",
       lambda f: fraction(f.ground_share("saksbehandling"), 0.5, "andel saksbehandling",
                           FRACTION_HEDGED)),
    _o("likhet", "Bare én sak gjaldt taushetsplikt, like mange som i fjor.",
       lambda f: (f.ground("taushetsplikt") == f.ground("taushetsplikt", 2018) == 1,
                  f"taushetsplikt {f.ground('taushetsplikt', 2018)} og "
                  f"{f.ground('taushetsplikt')}")),
    _o("ingen", "Ingen klaget på brudd på taushetsplikt.",
       lambda f: (f.ground("taushetsplikt") == 0, f"taushetsplikt {f.ground('taushetsplikt')}")),
    _o("ingen", "Ingen saker gjaldt manglende ID.",
       lambda f: (f.ground("id") == 0, f"manglende ID {f.ground('id')}")),
    _o("rang", "Annet var nest vanligst.",
       lambda f: second(f.grounds(), "annet")),
    _o("andel", "Tre av fire saker gjaldt adferd.",
       lambda f: fraction(f.ground_share("adferd"), 0.75, "andel adferd")),
    _o("andel", "Rundt en tredjedel av sakene gjaldt oppførsel.",
       lambda f: fraction(f.ground_share("adferd"), 1 / 3, "andel adferd", FRACTION_HEDGED)),
    _o("andel", "Saksbehandling og adferd utgjorde til sammen under tre fjerdedeler.",
       lambda f: fraction((f.ground("saksbehandling") + f.ground("adferd")) / f.received(),
                           0.75, "andel saksbehandling og adferd", how="below")),
    _o("andel", "Fire av fem saker gjaldt enten saksbehandling eller adferd.",
       lambda f: fraction((f.ground("saksbehandling") + f.ground("adferd")) / f.received(),
                           0.8, "andel saksbehandling og adferd")),
    _o("retning", "Også i år var saksbehandling det vanligste grunnlaget.",
       lambda f: (first(f.grounds(2018), "saksbehandling")[0]
                  and first(f.grounds(), "saksbehandling")[0],
                  f"2018: {listing(f.grounds(2018))}; 2019: {listing(f.grounds())}")),
    _o("andel", "Saksbehandling: 44 %. Adferd: 40 %.",
       lambda f: (_pct(f.ground_share("saksbehandling")) == 44
                  and _pct(f.ground_share("adferd")) == 40,
                  f"saksbehandling {p(f.ground_share('saksbehandling'))}, adferd "
                  f"{p(f.ground_share('adferd'))}")),
    # ------------------------------------------------------------ Oslo: discrimination
    _o("tall", "15 av sakene vi fikk inn, gjaldt etnisk diskriminering.",
       lambda f: (f.ethnic_received() == 15, f"etnisk mottatt {f.ethnic_received()}")),
    _o("tall", "Vi behandlet 15 saker om etnisk diskriminering i 2019.",
       lambda f: (f.ethnic_decided() == 15,
                  f"etnisk avsluttet (behandlet, P6) {f.ethnic_decided()}; mottatt "
                  f"{f.ethnic_received()}")),
    _o("tall", "Vi avsluttet 16 saker om etnisk diskriminering, fem flere enn i fjor.",
       lambda f: (f.ethnic_decided() == 16
                  and _diff("", f.ethnic_decided(2018), f.ethnic_decided(), 5)[0],
                  f"etnisk avsluttet {f.ethnic_decided(2018)} til {f.ethnic_decided()}")),
    _o("retning", "Saker om etnisk diskriminering gikk ned fra i fjor.",
       lambda f: (f.ethnic_received() < f.ethnic_received(2018)
                  or f.ethnic_decided() < f.ethnic_decided(2018),
                  f"etnisk mottatt {f.ethnic_received(2018)} til {f.ethnic_received()}, avsluttet "
                  f"{f.ethnic_decided(2018)} til {f.ethnic_decided()}: ned i ingen av dem")),
    _o("rang", "Aldri har vi hatt flere saker om etnisk diskriminering enn i år.",
       lambda f: (f.ethnic_decided() == max(f.ethnic_decided_series().values())
                  and f.ethnic_received() == max(f.ethnic_received(y) for y in
                                                 f.decided_series()),
                  "etnisk avsluttet: " + listing(f.ethnic_decided_series()))),
    _o("rang", "Flest saker om etnisk diskriminering avsluttet vi i 2016.",
       lambda f: _rank({str(y): v for y, v in f.ethnic_decided_series().items()}, "2016", 1)),
    _o("tall", "Til sammen gjaldt et titall saker diskriminering.",
       lambda f: (abs(_discrimination(f) - 10) <= 2,
                  f"etnisk {f.ethnic_received()} + annen {f.other_received()} = "
                  f"{_discrimination(f)}; «et titall» er om lag ti etter enhver lesning")),
    _o("andel", "Knapt én av ti saker gjaldt diskriminering.",
       lambda f: fraction(_discrimination(f) / f.received(), 0.1, "andel diskriminering",
                           NESTEN, "under")),
    # ------------------------------------------------------------ Oslo: handling time
    _o("nivå", "Hvor lang tid tok det? I snitt knappe 17 dager.",
       lambda f: hedged_days(f.mean_days(), 17, "gjennomsnitt", "under")),
    _o("tall", "Gjennomsnittlig ventetid var 15 dager.",
       lambda f: (round(f.mean_days(), 1) == 15, f"gjennomsnitt {n(f.mean_days())}, median "
                                                 f"{n(f.median_days())}")),
    _o("tall", "Medianen lå på 15 dager. Det er halvannen dag mindre enn i fjor.",
       lambda f: (f.median_days() == 15 and f.median_days(2018) - f.median_days() == 1.5,
                  f"median {n(f.median_days(2018))} til {n(f.median_days())}")),
    _o("retning", "Ventetiden gikk opp fra i fjor.",
       lambda f: (f.mean_days() > f.mean_days(2018) and f.median_days() > f.median_days(2018),
                  f"snitt {n(f.mean_days(2018))} til {n(f.mean_days())}, median "
                  f"{n(f.median_days(2018))} til {n(f.median_days())}; uten «snitt» eller "
                  "«median» gjelder påstanden begge")),
    _o("fra-til", "Ventetiden ble kortere, fra 18,9 til 16,7 dager i snitt.",
       lambda f: _fromto("gjennomsnitt", round(f.mean_days(2018), 1), round(f.mean_days(), 1),
                         18.9, 16.7)),
    _o("fra-til", "Snittet falt fra 16,5 til 15 dager.",
       lambda f: _fromto("gjennomsnitt", round(f.mean_days(2018), 1), round(f.mean_days(), 1),
                         16.5, 15)),
    _o("andel", "Vi svarte på snaue 90 prosent innen fristen.",
       lambda f: _share_near(f.within_deadline(), 90, "innen fristen", "under")),
    _o("andel", "Over 90 % fikk svar innen fire uker.",
       lambda f: fraction(f.within_deadline(), 0.9, "innen 28 dager", how="above")),
    _o("andel", "Nesten ni av ti fikk svar innen 28 dager.",
       lambda f: fraction(f.within_deadline(), 0.9, "innen 28 dager", NESTEN, "under")),
    _o("tall", "25 saker tok lengre tid enn fire uker.",
       lambda f: (f.count_over(28) == 25, f"over 28 dager: {f.count_over(28)}")),
    _o("andel", "Hver femte sak brukte mer enn fire uker.",
       lambda f: fraction(f.share_over(28), 0.2, "andel over 28 dager")),
    _o("tall", "Den lengste saken tok 71 dager.",
       lambda f: (f.longest_days() == 71, f"lengste saksbehandlingstid {f.longest_days()}")),
    _o("ingen", "Ingen sak tok mer enn to måneder.",
       lambda f: (f.count_over(60) == 0, f"over 60 dager: {f.count_over(60)}; lengste "
                                         f"{f.longest_days()}")),
    _o("retning", "Andelen som fikk svar innen fristen, falt litt.",
       lambda f: change("innen fristen %", 100 * f.within_deadline(2018),
                        100 * f.within_deadline(), "down")),
    _o("nivå", "Saksbehandlingstiden var under tre uker.",
       lambda f: _both_days(f, lambda d: d < 21, "under 21 dager")),
    _o("tall", "I fjor var medianen 15 dager.",
       lambda f: (f.median_days(2018) == 15, f"median 2018 {n(f.median_days(2018))}, 2019 "
                                             f"{n(f.median_days())}")),
    _o("retning", "Snittet gikk ned med mer enn to dager.",
       lambda f: (f.mean_days(2018) - f.mean_days() > 2,
                  f"snitt {f.mean_days(2018):.2f} til {f.mean_days():.2f}".replace(".", ","))),
    _o("retning", "Ventetiden økte kraftig i 2019.",
       lambda f: (f.mean_days() > f.mean_days(2018) and f.median_days() > f.median_days(2018),
                  f"snitt {n(f.mean_days(2018))} til {n(f.mean_days())}, median "
                  f"{n(f.median_days(2018))} til {n(f.median_days())}: ned, så ikke «kraftig "
                  "opp» etter noen lesning")),
    _o("andel", "Hvor mange fikk svar innen fire uker? Snaut 88 prosent.",
       lambda f: _share_near(f.within_deadline(), 88, "innen fristen", "under")),
    _o("nivå", "Over halvparten av sakene var ferdige på to uker eller mindre.",
       lambda f: (sum(d <= 14 for d in f.handling_days()) / len(f.handling_days()) >= 0.5,
                  "innen 14 dager: " + p(sum(d <= 14 for d in f.handling_days())
                                         / len(f.handling_days())))),
    # ------------------------------------------------------------ Oslo: all decided, open
    _o("alle", "Alle sakene fra 2019 var ferdig behandlet 20. januar 2020.",
       lambda f: (str(f.all_decided_by()) == "2020-01-20", f"siste svar {f.all_decided_by()}")),
    _o("alle", "Alle saker var ferdige før nyttår.",
       lambda f: (f.open_at_year_end() == 0,
                  f"åpne 31. desember: {f.open_at_year_end()}")),
    _o("tall", "Ved årsskiftet var fem saker fortsatt åpne.",
       lambda f: (f.open_at_year_end() == 5, f"åpne 31. desember: {f.open_at_year_end()}")),
    _o("finnes", "Det er fortsatt noen saker under behandling.",
       lambda f: (f.open() > 1, f"åpne nå: {f.open()}")),
    _o("alle", "Ingen saker fra 2019 står åpne nå.",
       lambda f: (f.open() == 0, f"åpne nå: {f.open()}")),
    # ------------------------------------------------------------ Oslo: units
    _o("rang", "Orden Sentrum fikk nest flest, 17 saker.",
       lambda f: (f.unit("Orden Sentrum") == 17 and second(f.units(), "Orden Sentrum")[0],
                  second(f.units(), "Orden Sentrum")[1])),
    _o("rang", "Etter Pass kom Orden Sentrum med 19 saker.",
       lambda f: (f.unit("Orden Sentrum") == 19 and second(f.units(), "Orden Sentrum")[0],
                  second(f.units(), "Orden Sentrum")[1])),
    _o("sammenligning", "Pass fikk nesten dobbelt så mange saker som i fjor.",
       lambda f: (f.unit("Pass") < 2 * f.unit("Pass", 2018)
                  and factor(f.unit("Pass"), f.unit("Pass", 2018), 2, "")[0],
                  factor(f.unit("Pass"), f.unit("Pass", 2018), 2, "Pass 2019 mot 2018")[1])),
    _o("sammenligning", "Pass nesten tredoblet antallet fra i fjor.",
       lambda f: (f.unit("Pass") < 3 * f.unit("Pass", 2018)
                  and factor(f.unit("Pass"), f.unit("Pass", 2018), 3, "")[0],
                  factor(f.unit("Pass"), f.unit("Pass", 2018), 3, "Pass 2019 mot 2018")[1])),
    _o("tall", "Pass hadde 30 saker i fjor.",
       lambda f: (f.unit("Pass", 2018) == 30,
                  f"Pass 2017 {f.unit('Pass', 2017)}, 2018 {f.unit('Pass', 2018)}")),
    _o("tall", "I 2017 hadde Pass 30 saker.",
       lambda f: (f.unit("Pass", 2017) == 30, f"Pass 2017 {f.unit('Pass', 2017)}")),
    _o("andel", "Omtrent hver femte sak gjaldt pass.",
       lambda f: fraction(f.unit("Pass") / f.received(), 0.2, "andel Pass", FRACTION_HEDGED)),
    _o("retning", "Grønland fikk færre saker enn i fjor.",
       lambda f: change("Grønland", f.unit("Grønland politistasjon", 2018),
                        f.unit("Grønland politistasjon"), "down")),
    _o("likhet", "Stovner og Manglerud fikk like mange saker.",
       lambda f: (f.unit("Stovner politistasjon") == f.unit("Manglerud politistasjon"),
                  f"Stovner {f.unit('Stovner politistasjon')}, Manglerud "
                  f"{f.unit('Manglerud politistasjon')}")),
    _o("retning", "Patruljene i Øst, Sør og Vest fikk alle flere saker enn i fjor.",
       lambda f: (all(f.unit(u) > f.unit(u, 2018)
                      for u in ("Patrulje Øst", "Patrulje Sør", "Patrulje Vest")),
                  ", ".join(f"{u} {f.unit(u, 2018)} til {f.unit(u)}"
                            for u in ("Patrulje Øst", "Patrulje Sør", "Patrulje Vest")))),
    _o("tall", "Patrulje Vest fikk et titall saker.",
       lambda f: (f.unit("Patrulje Vest") == 10, f"Patrulje Vest {f.unit('Patrulje Vest')}; "
                                                 "«et titall» er om lag ti")),
    _o("sammenligning", "Etterforskning fikk færre saker enn i 2017.",
       lambda f: change("Etterforskning", f.unit("Etterforskning", 2017),
                        f.unit("Etterforskning"), "down")),
    _o("likhet", "Etterforskning lå på samme nivå som i 2017, med 13 saker.",
       lambda f: (f.unit("Etterforskning") == f.unit("Etterforskning", 2017) == 13,
                  f"Etterforskning 2017 {f.unit('Etterforskning', 2017)}, 2019 "
                  f"{f.unit('Etterforskning')}")),
    _o("tall", "Et par saker gjaldt hittegods. Våpen fikk tre.",
       lambda f: (f.unit("Hittegods") in (2, 3) and f.unit("Våpen") == 3,
                  f"Hittegods {f.unit('Hittegods')}, Våpen {f.unit('Våpen')}")),
    _o("rang", "Asker og Bærum fikk flest saker av politistasjonene.",
       lambda f: first({u: c for u, c in f.units().items() if u.endswith("politistasjon")},
                        "Asker og Bærum politistasjon")),
    _o("sted", "I Bergen fikk vi 211 saker i 2019.",
       lambda f: town_in("Bergen", f.district)),
    _o("sted", "Sandvika og Asker fikk færre saker enn året før.",
       lambda f: change("Asker og Bærum", f.unit("Asker og Bærum politistasjon", 2018),
                        f.unit("Asker og Bærum politistasjon"), "down")),
    _o("sted", "Som i Vest var saksbehandling det vanligste grunnlaget.",
       lambda f: (first(f.grounds(), "saksbehandling")[0]
                  and first(Facts("Vest", f.year).grounds(), "saksbehandling")[0],
                  f"Oslo: {listing(f.grounds())}; "
                  f"Vest: {listing(Facts('Vest', f.year).grounds())}")),
    _o("sted", "I Trondheim endte flere saker med kritikk enn her hos oss.",
       lambda f: (Facts("Trøndelag", f.year).decision("kritikk") > f.decision("kritikk"),
                  f"Trøndelag kritikk {Facts('Trøndelag', f.year).decision('kritikk')}, Oslo "
                  f"{f.decision('kritikk')}")),
    # ------------------------------------------------------------ Oslo: placeholders
    _o("tall", "Vi fikk {{< var received.total >}} saker, mot {{< var received.minus1 >}} "
               "året før.",
       lambda f: (f.received() > 0, f"{f.received()} og {f.received(2018)}: plassholderne "
                                    "stemmer med ordene")),
    _o("tall", "I 2018 fikk vi {{< var received.total >}} saker.",
       lambda f: (f.received(2018) == f.received(),
                  f"received.total er 2019: {f.received()}; 2018: {f.received(2018)}")),
    _o("tall", "Snittet var {{< var handling_days.median >}} dager.",
       lambda f: (round(f.mean_days(), 1) == f.median_days(),
                  f"plassholderen er medianen {n(f.median_days())}; snittet "
                  f"{n(f.mean_days())}")),
    _o("tall", "{{< var decisions.kritikk.count >}} saker endte som uheldig.",
       lambda f: (f.decision("kritikk") == f.decision("uheldig"),
                  f"plassholderen er kritikk {f.decision('kritikk')}; uheldig "
                  f"{f.decision('uheldig')}")),
    _o("retning", "{{< var decisions.uheldig.count >}} saker endte som uheldig. Det er en "
                  "økning fra {{< var decisions.uheldig.minus1 >}}.",
       lambda f: change("uheldig", f.decision("uheldig", 2018), f.decision("uheldig"), "up")),
    _o("retning", "Pass fikk {{< var units.pass.count >}} saker, ned fra "
                  "{{< var units.pass.minus1 >}}.",
       lambda f: change("Pass", f.unit("Pass", 2018), f.unit("Pass"), "down")),
    _o("likhet", "Andelen innen fristen var {{< var handling_days.within_deadline >}}, omtrent "
                 "som i fjor.",
       lambda f: (abs(f.within_deadline() - f.within_deadline(2018)) <= SHARE_HEDGED,
                  f"innen fristen {p(f.within_deadline(2018))} til {p(f.within_deadline())}")),
    _o("retning", "Hele {{< var received.change >}} færre saker enn året før.",
       lambda f: change("mottatt", f.received(2018), f.received(), "down")),
    _o("tall", "Vi fikk {{< var received.total >}} saker i år. Det er 37 flere enn i 2018.",
       lambda f: _diff("mottatt", f.received(2018), f.received(), 37)),
    _o("tall", "Av {{< var received.total >}} saker gjaldt 75 saksbehandling.",
       lambda f: (f.ground("saksbehandling") == 75,
                  f"saksbehandling {f.ground('saksbehandling')}, adferd {f.ground('adferd')}")),
    _o("tall", "Vi behandlet {{< var discrimination.etnisk.received >}} saker om etnisk "
               "diskriminering i {{< var year.current >}}.",
       lambda f: (f.ethnic_decided() == f.ethnic_received(),
                  f"plassholderen er mottatt {f.ethnic_received()}; behandlet (avsluttet, P6) "
                  f"{f.ethnic_decided()}")),
    _o("alle", "Siste sak fra i år ble avsluttet {{< var received.all_decided_by >}}.",
       lambda f: (f.all_decided_by() is not None, f"siste svar {f.all_decided_by()}")),
    _o("fra-til", "Kritikk økte fra {{< var decisions.kritikk.count >}} til "
                  "{{< var decisions.kritikk.minus1 >}}.",
       lambda f: _fromto("kritikk", f.decision("kritikk", 2018), f.decision("kritikk"),
                         f.decision("kritikk"), f.decision("kritikk", 2018))),
    _o("retning", "Saksmengden økte med {{< var received.change >}} fra {{< var year.minus1 >}}.",
       lambda f: change("mottatt", f.received(2018), f.received(), "up")),
    _o("sammenligning", "Antall behandlede saker var lavere enn i {{< var year.minus2 >}}.",
       lambda f: change("avsluttet 2017 mot 2019", f.decided(2017), f.decided(), "down")),
    _o("nivå", "Snittet var {{< var handling_days.mean >}} dager, godt under fristen på "
               "{{< var handling_days.deadline >}}.",
       lambda f: (f.mean_days() < 28, f"snitt {n(f.mean_days())}, frist 28")),
    _o("tall", "I {{< var year.minus1 >}} var snittet {{< var handling_days.mean >}} dager.",
       lambda f: (round(f.mean_days(2018), 1) == round(f.mean_days(), 1),
                  f"plassholderen er 2019: {n(f.mean_days())}; 2018: {n(f.mean_days(2018))}")),
    _o("andel", "{{< var decisions.ikke_grunnlag.share >}} fikk ikke grunnlag for kritikk, "
                "nesten halvparten.",
       lambda f: fraction(f.decision_share("ikke_grunnlag"), 0.5, "andel ikke grunnlag",
                           NESTEN, "under")),
    _o("tall", "Hvor mange klaget på oppførsel? {{< var grounds.adferd.count >}}, opp fra 62.",
       lambda f: (f.ground("adferd", 2018) == 62 and f.ground("adferd") > 62,
                  f"adferd {f.ground('adferd', 2018)} til {f.ground('adferd')}")),
    _o("tall", "Med {{< var units.pass.count >}} saker ligger Pass på topp, foran Orden Sentrum "
               "med 17.",
       lambda f: (first(f.units(), "Pass")[0] and f.unit("Orden Sentrum") == 17,
                  f"Pass {f.unit('Pass')}, Orden Sentrum {f.unit('Orden Sentrum')}")),
    # ------------------------------------------------------------ Oslo: plain prose
    _o("ingen", "Vi tar alle saker på alvor, også de som blir avvist.", _prose),
    _o("ingen", "Klagene gir oss nyttig læring. Vi bruker dem i opplæringen.", _prose),
    _o("ingen", "Tallene er små, så endringer kan være tilfeldige.", _prose),
    _o("ingen", "Vi jobber videre med å få ned ventetiden.", _prose),
    _o("ingen", "Hva klager folk på? Tabellen under viser fordelingen.", _prose),
    _o("ingen", "En klage kan avvises hvis den gjelder noe politiet ikke har ansvar for.", _prose),
    # ------------------------------------------------------------ Vest 2019
    _v("tall", "Vest fikk 118 saker i 2019, fire færre enn året før.",
       lambda f: (f.received() == 118
                  and _diff("", f.received(2018), f.received(), -4)[0],
                  f"mottatt {f.received(2018)} til {f.received()}")),
    _v("retning", "Antall saker økte litt fra i fjor.",
       lambda f: change("mottatt", f.received(2018), f.received(), "up")),
    _v("tall", "Vi behandlet 118 saker i 2019.",
       lambda f: (f.decided() == 118, f"avsluttet (behandlet, P6) {f.decided()}, mottatt "
                                      f"{f.received()}")),
    _v("fra-til", "Vi behandlet 117 saker, mot 131 året før.",
       lambda f: _fromto("avsluttet", f.decided(2018), f.decided(), 131, 117)),
    _v("fra-til", "Kritikk ble nesten halvert, fra 21 til 11.",
       lambda f: _fromto("kritikk", f.decision("kritikk", 2018), f.decision("kritikk"), 21, 11)),
    _v("rang", "Uheldig var vanligst, med 50 saker.",
       lambda f: (f.decision("uheldig") == 50 and first(f.decisions(), "uheldig")[0],
                  first(f.decisions(), "uheldig")[1])),
    _v("rang", "Ikke grunnlag for kritikk var det vanligste utfallet.",
       lambda f: first(f.decisions(), "ikke_grunnlag")),
    _v("likhet", "Ikke grunnlag for kritikk stod på stedet hvil, 42 saker begge år.",
       lambda f: (f.decision("ikke_grunnlag", 2018) == f.decision("ikke_grunnlag") == 42,
                  f"ikke grunnlag {f.decision('ikke_grunnlag', 2018)} og "
                  f"{f.decision('ikke_grunnlag')}")),
    _v("andel", "Drøyt fire av ti endte som uheldig.",
       lambda f: fraction(f.decision_share("uheldig"), 0.4, "andel uheldig", how="over")),
    _v("andel", "Rundt halvparten endte som uheldig.",
       lambda f: fraction(f.decision_share("uheldig"), 0.5, "andel uheldig", FRACTION_HEDGED)),
    _v("likhet", "Adferd og saksbehandling var like vanlige, 46 saker hver.",
       lambda f: (f.ground("adferd") == f.ground("saksbehandling") == 46,
                  f"adferd {f.ground('adferd')}, saksbehandling {f.ground('saksbehandling')}")),
    _v("rang", "Saksbehandling var det klart vanligste grunnlaget.",
       lambda f: first(f.grounds(), "saksbehandling")),
    _v("retning", "Ventetiden gikk ned i 2019.",
       lambda f: (f.mean_days() < f.mean_days(2018) and f.median_days() < f.median_days(2018),
                  f"snitt {n(f.mean_days(2018))} til {n(f.mean_days())}, median "
                  f"{n(f.median_days(2018))} til {n(f.median_days())}; uten «snitt» eller "
                  "«median» gjelder påstanden begge")),
    _v("fra-til", "Snittet steg fra knappe 15 til drøyt 20 dager.",
       lambda f: (hedged_days(f.mean_days(2018), 15, "", "under")[0]
                  and hedged_days(f.mean_days(), 20, "", "over")[0],
                  f"snitt {f.mean_days(2018):.2f} til {f.mean_days():.2f} dager; «knappe 15» er "
                  "13,5 til under 15, «drøyt 20» over 20 til 22".replace(".", ",", 2))),
    _v("tall", "I snitt tok en sak 15 dager.",
       lambda f: (round(f.mean_days(), 1) == 15,
                  f"gjennomsnitt {n(f.mean_days())}, median {n(f.median_days())}")),
    _v("fra-til", "Medianen økte fra 12 til 15 dager.",
       lambda f: _fromto("median", f.median_days(2018), f.median_days(), 12, 15)),
    _v("andel", "Ni av ti fikk svar innen fristen.",
       lambda f: fraction(f.within_deadline(), 0.9, "innen fristen")),
    _v("andel", "Bare tre av fire fikk svar innen 28 dager.",
       lambda f: fraction(f.within_deadline(), 0.75, "innen 28 dager")),
    _v("likhet", "Andelen innen fristen var omtrent som året før.",
       lambda f: (abs(f.within_deadline() - f.within_deadline(2018)) <= SHARE_HEDGED,
                  f"innen fristen {p(f.within_deadline(2018))} til {p(f.within_deadline())}")),
    _v("retning", "Andelen innen fristen falt med rundt 20 prosentpoeng.",
       lambda f: _near(100 * (f.within_deadline(2018) - f.within_deadline()), 20,
                       "fall i prosentpoeng:")),
    _v("tall", "13 saker vi fikk inn, gjaldt etnisk diskriminering.",
       lambda f: (f.ethnic_received() == 13, f"etnisk mottatt {f.ethnic_received()}")),
    _v("tall", "Vi avsluttet 13 saker om etnisk diskriminering.",
       lambda f: (f.ethnic_decided() == 13, f"etnisk avsluttet {f.ethnic_decided()}, mottatt "
                                            f"{f.ethnic_received()}")),
    _v("fra-til", "Avsluttede saker om etnisk diskriminering økte fra sju til elleve.",
       lambda f: _fromto("etnisk avsluttet", f.ethnic_decided(2018), f.ethnic_decided(), 7, 11)),
    _v("sammenligning", "Antall saker vi fikk inn om etnisk diskriminering, ble mer enn "
                        "doblet fra i fjor.",
       lambda f: (f.ethnic_received() > 2 * f.ethnic_received(2018),
                  f"etnisk mottatt {f.ethnic_received(2018)} til {f.ethnic_received()}")),
    _v("sammenligning", "Saker om etnisk diskriminering ble mer enn tredoblet fra i fjor.",
       lambda f: (f.ethnic_received() > 3 * f.ethnic_received(2018)
                  or f.ethnic_decided() > 3 * f.ethnic_decided(2018),
                  f"etnisk mottatt {f.ethnic_received(2018)} til {f.ethnic_received()}, avsluttet "
                  f"{f.ethnic_decided(2018)} til {f.ethnic_decided()}: under tre ganger i begge")),
    _v("alle", "Alle sakene var ferdig behandlet 10. februar 2020.",
       lambda f: (str(f.all_decided_by()) == "2020-02-10", f"siste svar {f.all_decided_by()}")),
    _v("alle", "Alle saker var ferdige i januar 2020.",
       lambda f: (f.all_decided_by() is not None and f.all_decided_by().month == 1,
                  f"siste svar {f.all_decided_by()}")),
    _v("andel", "Hver femte sak fikk kritikk.",
       lambda f: fraction(f.decision_share("kritikk"), 0.2, "andel kritikk")),
    _v("andel", "Omtrent hver tiende sak endte med kritikk.",
       lambda f: fraction(f.decision_share("kritikk"), 0.1, "andel kritikk", FRACTION_HEDGED)),
    _v("sted", "I Bergen økte antall saker litt.",
       lambda f: (town_in("Bergen", f.district)[0]
                  and change("", f.received(2018), f.received(), "up")[0],
                  f"{town_in('Bergen', f.district)[1]}; "
                  f"{change('mottatt', f.received(2018), f.received(), 'up')[1]}")),
    _v("sted", "I Oslo var snittet 20 dager.",
       lambda f: (f.district == "Oslo",
                  f"Oslo er et annet politidistrikt; rapporten gjelder {f.district} (snitt "
                  f"{n(f.mean_days())})")),
    _v("rang", "Maktmisbruk var nest vanligst.",
       lambda f: second(f.grounds(), "maktmisbruk")),
    _v("andel", "Over 40 % gjaldt adferd.",
       lambda f: fraction(f.ground_share("adferd"), 0.4, "andel adferd", how="above")),
    _v("retning", "Kritikk-andelen var {{< var decisions.kritikk.share >}}, opp fra i fjor.",
       lambda f: change("andel kritikk %", 100 * f.decision_share("kritikk", 2018),
                        100 * f.decision_share("kritikk"), "up")),
    _v("retning", "Vi fikk {{< var received.total >}} saker mot {{< var received.minus1 >}} i "
                  "{{< var year.minus1 >}}, en liten nedgang.",
       lambda f: change("mottatt", f.received(2018), f.received(), "down")),
    _v("tall", "Snittet var {{< var handling_days.mean_minus1 >}} dager i "
               "{{< var year.current >}}.",
       lambda f: (round(f.mean_days(2018), 1) == round(f.mean_days(), 1),
                  f"plassholderen er 2018: {n(f.mean_days(2018))}; 2019: {n(f.mean_days())}")),
    _v("tall", "Hvor lang tid tok det? Medianen var 15 dager, tre mer enn i fjor.",
       lambda f: (f.median_days() == 15 and f.median_days() - f.median_days(2018) == 3,
                  f"median {n(f.median_days(2018))} til {n(f.median_days())}")),
]  # fmt: skip


labelled, main = part_functions(PART, SENTENCES)


if __name__ == "__main__":
    sys.exit(main())
