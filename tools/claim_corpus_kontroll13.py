"""The claim corpus's part `kontroll13`: each sentence with the code that labels it.

Written on 7 December 2026 (issue 21, task A of session 5) by an outsider who had not read the
check's rules (src/klagerapport/check/), its lexicon, its list of small numbers or any part's
sentences (only how parts are made and labelled: tests/claimcorpus.py and the helper functions
of the kontroll6, 9 and 12 modules). Held out (`claimcorpus.HELD_OUT`): measured, never tuned
on. Written the way the district analysts write the commentary of «Rapporteringsskjema – klager
på politiet» about **Oslo 2019** (at least three in four sentences), the rest about **Vest
2019** (the national sample): numbers typed and as placeholders, both in one sentence, hedges,
fraction words, negation, years («i fjor», «i 2017», «siden 2015», «de siste fem årene»),
ranks, shares, units, handling times (mean, median, the 28-day deadline), discrimination,
open cases, degree words, «også i år», towns, and plain prose. The false ones err the way a
hurried writer does: the wrong direction, last year's number, the median called the mean, a
near-miss share, a wrong rank, the wrong category, another district's town, a right number
for the wrong year.

Labelled like the earlier parts: by a function over `tools.claim_facts` (the case files read
with pandas, none of klagerapport's code). A placeholder is read as the value its key names
(report/values.yml), taken from the facts. The readings are the documented ones
(commentary/README.md, «Ord som tallene kan motsi»; docs/assumptions.md): a hedged number
(«om lag», «rundt», «omtrent») within 10 %, a hedged share within 2 percentage points;
«nesten/i underkant av» under it and «drøyt/i overkant av» over it, within the same; a fraction
word within 3 percentage points (5 with «omtrent/rundt/om lag»); «over/under» strictly; factors
(«dobbelt så mange», «tre ganger så mange», «nesten tredoblet») within 15 %; «fire uker» and the
deadline are 28 days, «tre uker» 21, a month 30 days; a handling-time claim that names neither
the mean nor the median is about both; «diskriminering» alone is ethnic and other together;
the units are counted over received cases (P7), the decisions and grounds over cases received
in the year (P1), K-etnisk «avgjort» over cases decided (P2); a typed share is right when the
report's whole percent (P8, half up) is the number. A degree word («kraftig», «markert»,
«svak») is only used where the label is the same on any reading of it (said in the reason), and
«også i år» only where this year and last year agree. Committed before the check was run on
it, and measured at first contact (benchmarks/README.md). 185 sentences, 100 false; 152 about
Oslo 2019, 33 about Vest 2019.

    .venv/bin/python -m tools.claim_corpus_kontroll13            # the labels and reasons
    .venv/bin/python -m tools.claim_corpus_kontroll13 --yaml     # the part as corpus YAML
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import sys

from tools.claim_corpus_kontroll6 import change, part_functions, sentences_about
from tools.claim_facts import DEADLINE_DAYS, Facts, town_in
from tools.claim_readings import (
    FACTOR,
    FRACTION_HEDGED,
    NEAR,
    every,
    fraction,
    hedged_number,
    hedged_share,
    highest_since,
    listing,
    lowest_since,
    n,
    p,
    place,
    rising_since,
    typed_share,
    within_relative,
)

PART = "kontroll13"
OSLO = "oslo-2019"
VEST = "vest-2019"


# a fraction word (claim_readings.fraction), this part's reasons calling it «brøkordet»
_brok = functools.partial(fraction, word="brøkordet")


_o, _v = map(sentences_about, (OSLO, VEST))


def _times(a: float, b: float, factor: float, what: str, how: str = "near") -> tuple[bool, str]:
    """«N ganger så mange»: a/b near the factor, «nesten» under it (claim_readings.FACTOR)."""
    ratio = a / b if b else math.inf
    ok = within_relative(ratio, factor, FACTOR, how)
    return ok, f"{what}: {n(a)} mot {n(b)}, faktor {n(ratio)}; ordet sier {n(factor)} ({how})"


def _rank(counts: dict[str, int], key: str, at: int) -> tuple[bool, str]:
    """The key alone at place `at` (claim_readings.place), in this part's reasons."""
    got, tied = place(counts, key)
    where = f"plass {got}{' (delt)' if tied else ''}"
    return got == at and not tied, f"{key}: {where}; {listing(counts)}"


def _eq(name: str, value: float, said: float) -> tuple[bool, str]:
    return value == said, f"{name} {n(value)}; setningen sier {n(said)}"


def _rank_word(f: Facts) -> tuple[bool, str]:
    s = f.decided_series()
    place = 1 + sum(v > s[f.year] for v in s.values())
    return True, (f"avsluttede per år: {listing(s)}; plassholderen er årets plass (plass {place}), "
                  "så ordet den setter inn stemmer")  # fmt: skip


def _weak_better(f: Facts) -> tuple[bool, str]:
    before, after = f.within_deadline(f.year - 1), f.within_deadline()
    ok = 0 < after - before < 0.01
    return ok, (f"innen fristen {p(before)} til {p(after)}: opp under 1 prosentpoeng, en bedring "
                "(flere innen fristen) som er svak på enhver lesning")  # fmt: skip


def _open_at_new_year_then_all(f: Facts) -> tuple[bool, str]:
    at_end = f.open_on(dt.date(f.year, 12, 31))
    last = f.all_decided_by()
    ok = at_end > 0 and last is not None and last <= dt.date(f.year + 1, 1, 20)
    return ok, f"åpne 31.12.: {at_end}; siste avsluttet {last}"


def _flat_then_strong(f: Facts, strong: bool) -> tuple[bool, str]:
    """«flatet ut/svak nedgang i fjor» (a change under 2 %) then a rise; a rise of over 20 % is
    «kraftig» on any reading, a fall of under 1 % is not."""
    s = f.received_series()
    y = f.year
    last = s[y - 1] / s[y - 2] - 1
    now = s[y] / s[y - 1] - 1
    ok = (abs(last) < 0.02 and now > 0.2) if strong else (last < -0.2 and now > 0)
    return ok, f"mottatt {y - 2}–{y}: {s[y - 2]}, {s[y - 1]}, {s[y]} ({p(last)}, {p(now)})"


SENTENCES = [
    # ------------------------------------------------------------------ Oslo: received, decided
    _o("tall", "I 2019 mottok Oslo politidistrikt 211 klager, mot 174 året før.",
       lambda f: every(_eq("mottatt 2019", f.received(), 211),
                       _eq("mottatt 2018", f.received(2018), 174))),
    _o("retning", "Antall innkomne klager økte med i underkant av 20 prosent fra i fjor.",
       lambda f: hedged_number(100 * (f.received() / f.received(2018) - 1), 20,
                               "endring i mottatte i prosent", "under")),
    _o("rang", "Vi mottok drøyt 210 klager i år, det høyeste antallet siden vi begynte å føre "
               "statistikk i 2007.",
       lambda f: every(hedged_number(f.received(), 210, "mottatt", "over"),
                       highest_since(f.received_series(), 2019, "mottatt per år", 2007))),
    _o("andel", "Med {{< var received.total >}} klager ligger vi om lag en femtedel over "
                "fjorårets nivå.",
       lambda f: _brok(f.received() / f.received(2018) - 1, 1 / 5, "endring fra i fjor",
                       FRACTION_HEDGED)),
    _o("fra", "Antallet klager gikk ned fra 175 i 2017 til 174 i 2018, før det økte kraftig i "
              "2019.",
       lambda f: every(_eq("mottatt 2017", f.received(2017), 175),
                       _eq("mottatt 2018", f.received(2018), 174),
                       (f.received() / f.received(2018) - 1 > 0.2,
                       f"2019: {f.received()}, over 20 % opp, kraftig på enhver lesning"))),
    _o("rang", "Det ble behandlet 211 saker i 2019, som er det nest høyeste antallet i serien.",
       lambda f: (f.decided() == 211 and place(
           {str(y): v for y, v in f.decided_series().items()}, str(f.year)) == (2, False),
                  "avsluttede per år: " + listing(f.decided_series()))),
    _o("retning", "Antallet klager økte markert i 2019, etter at det flatet ut året før.",
       lambda f: _flat_then_strong(f, True)),
    _o("retning", "Etter en kraftig nedgang i fjor økte antallet klager igjen i 2019.",
       lambda f: _flat_then_strong(f, False)),
    _o("retning", "Antallet mottatte klager har økt hvert år siden 2015.",
       lambda f: rising_since(f.received_series(), 2015, "mottatt")),
    _o("rang", "2015 var året med færrest avsluttede klager siden 2007.",
       lambda f: lowest_since(f.decided_series(), 2015, "avsluttede per år")),
    _o("rang", "Det laveste antallet klager i perioden var i 2011, med 89 avsluttede saker.",
       lambda f: every(_eq("avsluttet 2011", f.decided(2011), 89),
                       lowest_since(f.decided_series(), 2011, "avsluttede per år"))),
    _o("sammenligning", "De siste fem årene har antallet avsluttede klager mer enn doblet seg.",
       lambda f: (f.decided() > 2 * f.decided(2015) and f.decided() > 2 * f.decided(2014),
                  f"avsluttet 2014 {f.decided(2014)}, 2015 {f.decided(2015)}, 2019 "
                  f"{f.decided()}: over det doble fra begge (2014 eller 2015 som første år)")),
    _o("rang", "Antallet behandlede saker i 2019 var det høyeste noensinne.",
       lambda f: highest_since(f.decided_series(), 2019, "avsluttede per år", 2007)),
    _o("sammenligning", "I 2017 ble det avsluttet 176 klager, færre enn i 2018.",
       lambda f: every(_eq("avsluttet 2017", f.decided(2017), 176),
                       (f.decided(2017) < f.decided(2018),
                       f"2017 {f.decided(2017)} mot 2018 {f.decided(2018)}"))),
    _o("tall", "Siden 2016 har antallet avsluttede saker økt med nesten 90.",
       lambda f: hedged_number(f.decided() - f.decided(2016), 90, "økning 2016–2019", "under")),
    _o("tall", "Vi mottok {{< var received.total >}} klager i {{< var year.current >}}, 37 flere "
               "enn året før.",
       lambda f: _eq("mottatt 2019 minus 2018", f.received() - f.received(2018), 37)),
    _o("retning", "Det ble mottatt {{< var received.total >}} klager, en nedgang på "
                  "{{< var received.change >}} fra i fjor.",
       lambda f: change("mottatt", f.received(2018), f.received(), "down")),
    _o("tall", "I {{< var year.minus1 >}} mottok vi {{< var received.minus1 >}} klager, mens vi i "
               "{{< var year.current >}} mottok {{< var received.total >}}.",
       lambda f: (True, f"plassholderne er 2018: {f.received(2018)} og 2019: {f.received()}, "
                        "hver med sitt år")),
    _o("sammenligning", "Vi behandlet {{< var decided.total >}} saker, rundt 30 prosent flere "
                        "enn i {{< var year.minus1 >}}.",
       lambda f: hedged_number(100 * (f.decided() / f.decided(2018) - 1), 30,
                               "endring i avsluttede i prosent")),
    _o("rang", "Dette er det {{< var decided.rank_word >}} antallet avsluttede klager siden "
               "{{< var decided.first_year >}}.",
       _rank_word),
    # ------------------------------------------------------------------ Oslo: decisions
    _o("rang", "Også i år var «ikke grunnlag for kritikk» den vanligste avgjørelsen, med 82 "
               "saker.",
       lambda f: every(_rank(f.decisions(), "ikke_grunnlag", 1),
                       _rank(f.decisions(2018), "ikke_grunnlag", 1),
                       _eq("ikke grunnlag 2019", f.decision("ikke_grunnlag"), 82))),
    _o("rang", "Uheldig, men ikke grunnlag for kritikk var den nest vanligste avgjørelsen, med 76 "
               "saker mot 46 i fjor.",
       lambda f: every(_rank(f.decisions(), "uheldig", 2),
                       _eq("uheldig 2019", f.decision("uheldig"), 76),
                       _eq("uheldig 2018", f.decision("uheldig", 2018), 46))),
    _o("andel", "Grunnlag for kritikk ble konstatert i 26 saker, om lag hver åttende klage.",
       lambda f: every(_eq("kritikk", f.decision("kritikk"), 26),
                       _brok(f.decision_share("kritikk"), 1 / 8, "andel kritikk",
                             FRACTION_HEDGED))),
    _o("andel", "Andelen saker med kritikk var 12 prosent, opp fra 9 prosent i 2018.",
       lambda f: every(typed_share(f.decision_share("kritikk"), 12, "kritikk 2019"),
                       typed_share(f.decision_share("kritikk", 2018), 9, "kritikk 2018"))),
    _o("andel", "Andelen klager avgjort som uheldig steg markert, fra 26 til 36 prosent.",
       lambda f: every(typed_share(f.decision_share("uheldig", 2018), 26, "uheldig 2018"),
                       typed_share(f.decision_share("uheldig"), 36, "uheldig 2019"),
                       (f.decision_share("uheldig") - f.decision_share("uheldig", 2018) > 0.08,
                       "opp mer enn 8 prosentpoeng: markert på enhver lesning"))),
    _o("andel", "Nesten fire av ti klagesaker i år endte med «ikke grunnlag for kritikk».",
       lambda f: _brok(f.decision_share("ikke_grunnlag"), 0.4, "ikke grunnlag", how="under")),
    _o("andel", "Over halvparten av klagesakene fikk avgjørelsen ikke grunnlag for kritikk.",
       lambda f: _brok(f.decision_share("ikke_grunnlag"), 0.5, "ikke grunnlag", how="above")),
    _o("andel", "Omtrent en tredjedel av klagene ble avgjort som uheldig.",
       lambda f: _brok(f.decision_share("uheldig"), 1 / 3, "uheldig", FRACTION_HEDGED)),
    _o("andel", "Nesten hver femte klage ble avgjort uten at hendelsesforløpet ble avklart.",
       lambda f: _brok(f.decision_share("ikke_avklart"), 0.2, "ikke avklart", how="under")),
    _o("likhet", "Det var 17 saker der hendelsesforløpet ikke ble avklart, det samme som i fjor.",
       lambda f: every(_eq("ikke avklart 2019", f.decision("ikke_avklart"), 17),
                       _eq("ikke avklart 2018", f.decision("ikke_avklart", 2018), 17))),
    _o("fra", "Antallet avviste klager ble halvert, fra 8 til 4.",
       lambda f: every(_eq("avvist 2018", f.decision("avvist", 2018), 8),
                       _eq("avvist 2019", f.decision("avvist"), 4))),
    _o("likhet", "Det ble avvist fem klager i 2019, og like mange ble overført til annen "
                 "instans.",
       lambda f: every(_eq("avvist", f.decision("avvist"), 5),
                       _eq("overført", f.decision("overfort"), 5))),
    _o("sammenligning", "Færre saker ble overført til annen instans enn året før.",
       lambda f: change("overført", f.decision("overfort", 2018), f.decision("overfort"),
                        "down")),
    _o("tall", "Ingen av klagene ble overført til annen instans i 2019.",
       lambda f: _eq("overført", f.decision("overfort"), 0)),
    _o("negasjon", "Antallet klager avgjort som uheldig har ikke økt fra i fjor.",
       lambda f: (f.decision("uheldig") <= f.decision("uheldig", 2018),
                  f"uheldig {f.decision('uheldig', 2018)} til {f.decision('uheldig')}")),
    _o("negasjon", "Verken avviste eller overførte saker økte i antall fra 2018.",
       lambda f: (f.decision("avvist") <= f.decision("avvist", 2018)
                  and f.decision("overfort") <= f.decision("overfort", 2018),
                  f"avvist {f.decision('avvist', 2018)} til {f.decision('avvist')}, overført "
                  f"{f.decision('overfort', 2018)} til {f.decision('overfort')}")),
    _o("negasjon", "Det var ikke færre saker med kritikk i år enn i fjor.",
       lambda f: (f.decision("kritikk") >= f.decision("kritikk", 2018),
                  f"kritikk {f.decision('kritikk', 2018)} til {f.decision('kritikk')}")),
    _o("tall", "I {{< var year.minus1 >}} ble {{< var decisions.kritikk.count >}} saker avgjort "
               "som grunnlag for kritikk.",
       lambda f: _eq("kritikk 2018", f.decision("kritikk", 2018), f.decision("kritikk"))),
    _o("retning", "{{< var decisions.uheldig.count >}} saker ble avgjort som uheldig, som er en "
                  "økning fra {{< var decisions.uheldig.minus1 >}} året før.",
       lambda f: change("uheldig", f.decision("uheldig", 2018), f.decision("uheldig"), "up")),
    _o("andel", "{{< var decisions.ikke_avklart.share >}} av sakene ble avgjort som ikke "
                "grunnlag for kritikk.",
       lambda f: (f.decision("ikke_avklart") == f.decision("ikke_grunnlag"),
                  f"plassholderen er andelen ikke avklart ({p(f.decision_share('ikke_avklart'))})"
                  f"; ikke grunnlag er {p(f.decision_share('ikke_grunnlag'))}")),
    _o("andel", "Av de {{< var decisions.total >}} sakene ble 26 avgjort som grunnlag for "
                "kritikk, om lag 12 prosent.",
       lambda f: every(_eq("kritikk", f.decision("kritikk"), 26),
                       hedged_share(f.decision_share("kritikk"), 12, "andel kritikk"))),
    _o("tall", "Av de {{< var decisions.total >}} sakene ble 21 avgjort som grunnlag for "
               "kritikk.",
       lambda f: _eq("kritikk 2019", f.decision("kritikk"), 21)),
    # ------------------------------------------------------------------ Oslo: grounds
    _o("rang", "Klager på saksbehandling/service var det vanligste grunnlaget, med 93 saker, "
               "foran adferd med 75.",
       lambda f: every(_rank(f.grounds(), "saksbehandling", 1), _rank(f.grounds(), "adferd", 2),
                       _eq("saksbehandling", f.ground("saksbehandling"), 93),
                       _eq("adferd", f.ground("adferd"), 75))),
    _o("rang", "Adferd var det hyppigste klagegrunnlaget i 2019.",
       lambda f: _rank(f.grounds(), "adferd", 1)),
    _o("rang", "Også i år var saksbehandling det vanligste klagegrunnlaget.",
       lambda f: every(_rank(f.grounds(), "saksbehandling", 1),
                       _rank(f.grounds(2018), "saksbehandling", 1))),
    _o("andel", "Klager på adferd og saksbehandling utgjorde til sammen rundt 80 prosent av alle "
                "klager.",
       lambda f: hedged_share(f.ground_share("adferd") + f.ground_share("saksbehandling"), 80,
                              "adferd og saksbehandling")),
    _o("andel", "Drøyt 40 prosent av klagene gjaldt saksbehandling/service.",
       lambda f: hedged_share(f.ground_share("saksbehandling"), 40, "saksbehandling", "over")),
    _o("andel", "Rundt 44 prosent av klagene i 2019 gjaldt saksbehandling eller service.",
       lambda f: hedged_share(f.ground_share("saksbehandling"), 44, "saksbehandling")),
    _o("andel", "Nesten 40 prosent av klagene gjaldt adferd.",
       lambda f: hedged_share(f.ground_share("adferd"), 40, "adferd", "under")),
    _o("tall", "Det kom ingen klager om manglende oppgivelse av ID i 2019.",
       lambda f: _eq("ID", f.ground("id"), 0)),
    _o("finnes", "Det kom også noen klager om manglende ID.",
       lambda f: (f.ground("id") >= 2, f"ID {f.ground('id')}; «noen klager» er minst to")),
    _o("finnes", "Bare én av årets klager gjaldt brudd på taushetsplikten.",
       lambda f: _eq("taushetsplikt", f.ground("taushetsplikt"), 1)),
    _o("fra", "Maktmisbruk gikk svakt ned, fra 13 til 12 saker.",
       lambda f: every(_eq("maktmisbruk 2018", f.ground("maktmisbruk", 2018), 13),
                       _eq("maktmisbruk 2019", f.ground("maktmisbruk"), 12))),
    _o("retning", "Klager om maktmisbruk økte litt fra i fjor.",
       lambda f: change("maktmisbruk", f.ground("maktmisbruk", 2018), f.ground("maktmisbruk"),
                        "up")),
    _o("fra", "Klagene i kategorien annet økte fra 24 til 30.",
       lambda f: every(_eq("annet 2018", f.ground("annet", 2018), 24),
                       _eq("annet 2019", f.ground("annet"), 30))),
    _o("sammenligning", "Det kom dobbelt så mange klager på saksbehandling som på annet.",
       lambda f: _times(f.ground("saksbehandling"), f.ground("annet"), 2,
                        "saksbehandling mot annet")),
    _o("sammenligning", "Det kom omtrent tre ganger så mange klager på saksbehandling som i "
                        "kategorien annet.",
       lambda f: _times(f.ground("saksbehandling"), f.ground("annet"), 3,
                        "saksbehandling mot annet")),
    _o("andel", "Bare hver tjuende klage gjaldt maktmisbruk.",
       lambda f: _brok(f.ground_share("maktmisbruk"), 1 / 20, "maktmisbruk")),
    # ------------------------------------------------------------------ Oslo: handling time
    _o("fra", "Den gjennomsnittlige saksbehandlingstiden var 16,7 dager, ned fra 18,9 dager i "
              "2018.",
       lambda f: every(_eq("snitt 2019", round(f.mean_days(), 1), 16.7),
                       _eq("snitt 2018", round(f.mean_days(2018), 1), 18.9))),
    _o("tall", "Medianen for saksbehandlingstid var 16,7 dager.",
       lambda f: _eq("median", f.median_days(), 16.7)),
    _o("tall", "Gjennomsnittlig saksbehandlingstid var 15 dager i 2019.",
       lambda f: _eq("snitt", round(f.mean_days(), 1), 15)),
    _o("retning", "Saksbehandlingstiden gikk ned både målt som gjennomsnitt og median.",
       lambda f: every(change("snitt", f.mean_days(2018), f.mean_days(), "down"),
                       change("median", f.median_days(2018), f.median_days(), "down"))),
    _o("andel", "Over halvparten av klagene ble besvart på 15 dager eller mindre.",
       lambda f: _brok(1 - f.share_over(15), 0.5, "besvart på 15 dager eller mindre", how="above")),
    _o("nivå", "I snitt tok det i underkant av tre uker å besvare en klage.",
       lambda f: hedged_number(f.mean_days(), 21, "snitt dager", "under")),
    _o("andel", "Om lag 88 prosent av klagene ble besvart innen fristen på fire uker.",
       lambda f: hedged_share(f.within_deadline(), 88, "innen fristen")),
    _o("retning", "Andelen besvart innen 28-dagersfristen gikk litt ned fra i fjor.",
       lambda f: change("innen fristen i prosent", 100 * f.within_deadline(2018),
                        100 * f.within_deadline(), "down")),
    _o("andel", "Hver tiende klage tok lenger tid enn fristen på 28 dager.",
       lambda f: _brok(f.share_over(DEADLINE_DAYS), 0.1, "over fristen")),
    _o("andel", "Nesten hver fjerde klage ble ikke besvart innen fristen.",
       lambda f: _brok(f.share_over(DEADLINE_DAYS), 0.25, "over fristen", how="under")),
    _o("alle", "Ingen klager tok mer enn to måneder å behandle.",
       lambda f: (f.count_over(60) == 0, f"over 60 dager: {f.count_over(60)}")),
    _o("tall", "Den lengste saksbehandlingstiden var 71 dager.",
       lambda f: _eq("lengste", f.longest_days(), 71)),
    _o("retning", "{{< var handling_days.within_deadline >}} av klagene ble besvart innen "
                  "fristen, mot {{< var handling_days.within_deadline_minus1 >}} året før, altså "
                  "en svak bedring.",
       _weak_better),
    _o("tall", "Snittet for saksbehandlingstid var {{< var handling_days.median >}} dager.",
       lambda f: (f.median_days() == round(f.mean_days(), 1),
                  f"plassholderen er medianen {n(f.median_days())}; snittet er "
                  f"{n(f.mean_days())}")),
    _o("fra", "Medianen var {{< var handling_days.median >}} dager, mot "
              "{{< var handling_days.median_minus1 >}} i {{< var year.minus1 >}}.",
       lambda f: (True, f"median 2019 {n(f.median_days())}, 2018 {n(f.median_days(2018))}: "
                        "hver plassholder med sitt år og mål")),
    _o("sammenligning", "Saksbehandlingstiden ble lengre i 2019 enn i 2018.",
       lambda f: every(change("snitt", f.mean_days(2018), f.mean_days(), "up"),
                       change("median", f.median_days(2018), f.median_days(), "up"))),
    _o("nivå", "Både gjennomsnitt og median lå under tre uker.",
       lambda f: (f.mean_days() < 21 and f.median_days() < 21,
                  f"snitt {n(f.mean_days())}, median {n(f.median_days())}; tre uker er 21")),
    _o("tall", "Saksbehandlingstiden var i gjennomsnitt rundt 17 dager, mens medianen var 16,5 "
               "dager.",
       lambda f: every(hedged_number(f.mean_days(), 17, "snitt"),
                       _eq("median", f.median_days(), 16.5))),
    _o("negasjon", "Saksbehandlingstiden ble ikke kortere i 2019.",
       lambda f: (f.mean_days() >= f.mean_days(2018) and f.median_days() >= f.median_days(2018),
                  f"snitt {n(f.mean_days(2018))} til {n(f.mean_days())}, median "
                  f"{n(f.median_days(2018))} til {n(f.median_days())}; begge")),
    # ------------------------------------------------------------------ Oslo: discrimination
    _o("tall", "Av sakene som ble avgjort i 2019, var 16 registrert som K-etnisk.",
       lambda f: _eq("K-etnisk avgjort", f.ethnic_decided(), 16)),
    _o("tall", "Av klagene mottatt i 2019 var 16 kodet som K-etnisk.",
       lambda f: _eq("K-etnisk mottatt", f.ethnic_received(), 16)),
    _o("fra", "Antallet avgjorte K-etnisk-saker økte fra 11 i fjor til 16 i år.",
       lambda f: every(_eq("K-etnisk avgjort 2018", f.ethnic_decided(2018), 11),
                       _eq("K-etnisk avgjort 2019", f.ethnic_decided(), 16))),
    _o("rang", "Med 16 saker er K-etnisk på sitt høyeste nivå siden vi startet "
               "klagerapporteringen.",
       lambda f: highest_since(f.ethnic_decided_series(), 2019, "K-etnisk avgjort", 2007)),
    _o("rang", "Det høyeste antallet K-etnisk-saker ble registrert i 2016, med 18 avgjorte "
               "saker.",
       lambda f: every(highest_since(f.ethnic_decided_series(), 2016, "K-etnisk avgjort", 2007),
                       _eq("2016", f.ethnic_decided(2016), 18))),
    _o("tall", "Tre klager mottatt i år gjaldt annen diskriminering, som alder, kjønn eller "
               "funksjonsevne.",
       lambda f: _eq("annen diskriminering mottatt", f.other_received(), 3)),
    _o("tall", "Totalt gjaldt 18 av klagene mottatt i 2019 diskriminering.",
       lambda f: _eq("etnisk + annen mottatt", f.ethnic_received() + f.other_received(), 18)),
    _o("andel", "Over en tidel av klagene mottatt i år gjaldt etnisk diskriminering.",
       lambda f: _brok(f.ethnic_received() / f.received(), 0.1, "K-etnisk mottatt", how="above")),
    _o("tall", "Det ble ikke avgjort noen saker med annen diskriminering i 2019.",
       lambda f: _eq("annen diskriminering avgjort", f.other_decided(), 0)),
    _o("sammenligning", "K-etnisk-sakene avgjort i 2019 var tre ganger så mange som i 2017.",
       lambda f: _times(f.ethnic_decided(), f.ethnic_decided(2017), 3, "K-etnisk avgjort")),
    # ------------------------------------------------------------------ Oslo: open cases
    _o("alle", "Samtlige klager mottatt i 2019 var ferdigbehandlet pr. 20. januar 2020.",
       lambda f: (f.all_decided_by() == dt.date(2020, 1, 20),
                  f"siste avsluttet {f.all_decided_by()}")),
    _o("alle", "Alle klagene fra 2019 var ferdigbehandlet før utgangen av 2019.",
       lambda f: (f.open_on(dt.date(2019, 12, 31)) == 0,
                  f"åpne 31.12.2019: {f.open_on(dt.date(2019, 12, 31))}")),
    _o("alle", "Ved årsskiftet var ikke alle klagene fra 2019 ferdigbehandlet, men alle var "
               "avsluttet innen 20. januar.",
       _open_at_new_year_then_all),
    _o("finnes", "Det er fortsatt noen klager fra 2019 under behandling.",
       lambda f: (f.open() >= 2, f"åpne nå: {f.open()}")),
    _o("alle", "Samtlige klager var ferdigbehandlet pr. 20. januar 2019.",
       lambda f: (f.all_decided_by() == dt.date(2019, 1, 20),
                  f"siste klage mottatt 2019 avsluttet {f.all_decided_by()}")),
    # ------------------------------------------------------------------ Oslo: units
    _o("rang", "Pass var enheten med flest klager i 2019, med 42.",
       lambda f: every(_rank(f.units(), "Pass", 1), _eq("Pass", f.unit("Pass"), 42))),
    _o("retning", "Klagene mot Pass nesten tredoblet seg fra i fjor.",
       lambda f: _times(f.unit("Pass"), f.unit("Pass", 2018), 3, "Pass", "under")),
    _o("fra", "Passkontoret fikk 42 klager, mot 30 i fjor.",
       lambda f: every(_eq("Pass 2019", f.unit("Pass"), 42),
                       _eq("Pass 2018", f.unit("Pass", 2018), 30))),
    _o("rang", "Orden Sentrum hadde nest flest klager, med 19.",
       lambda f: every(_rank(f.units(), "Orden Sentrum", 2),
                       _eq("Orden Sentrum", f.unit("Orden Sentrum"), 19))),
    _o("likhet", "Sentralbordet og operasjonssentralen fikk 17 klager, like mange som Grønland "
                 "politistasjon.",
       lambda f: every(_eq("sentralbord", f.unit("Sentralbord og operasjonssentral"), 17),
                       _eq("Grønland", f.unit("Grønland politistasjon"), 17))),
    _o("fra", "Grønland politistasjon fikk flere klager enn i fjor, 15 mot 11.",
       lambda f: every(_eq("Grønland 2019", f.unit("Grønland politistasjon"), 15),
                       _eq("Grønland 2018", f.unit("Grønland politistasjon", 2018), 11))),
    _o("retning", "Asker og Bærum politistasjon fikk færre klager enn i 2018.",
       lambda f: change("Asker og Bærum", f.unit("Asker og Bærum politistasjon", 2018),
                        f.unit("Asker og Bærum politistasjon"), "down")),
    _o("retning", "Klagene mot Stovner politistasjon gikk ned fra i fjor.",
       lambda f: change("Stovner", f.unit("Stovner politistasjon", 2018),
                        f.unit("Stovner politistasjon"), "down")),
    _o("nivå", "Utlendingsavsnittet har ligget stabilt på under ti klager i året de siste tre "
               "årene.",
       lambda f: (all(f.unit("Utlendingsavsnittet", y) < 10 for y in (2017, 2018, 2019)),
                  "Utlendingsavsnittet 2017–2019: "
                  + ", ".join(str(f.unit("Utlendingsavsnittet", y)) for y in (2017, 2018, 2019))
                  + " (de tre årene enhetstabellen viser)")),
    _o("tall", "Patruljene Øst, Sør og Vest fikk til sammen 26 klager.",
       lambda f: _eq("patruljene", sum(f.unit(f"Patrulje {w}") for w in ("Øst", "Sør", "Vest")),
                     26)),
    _o("sammenligning", "Patrulje Vest fikk færre klager enn både Patrulje Øst og Patrulje Sør.",
       lambda f: (f.unit("Patrulje Vest") < min(f.unit("Patrulje Øst"), f.unit("Patrulje Sør")),
                  f"Vest {f.unit('Patrulje Vest')}, Øst {f.unit('Patrulje Øst')}, Sør "
                  f"{f.unit('Patrulje Sør')}")),
    _o("likhet", "Majorstuen politistasjon fikk like mange klager som i fjor.",
       lambda f: change("Majorstuen", f.unit("Majorstuen politistasjon", 2018),
                        f.unit("Majorstuen politistasjon"), "same")),
    _o("sammenligning", "Manglerud politistasjon fikk flere klager enn Stovner.",
       lambda f: (f.unit("Manglerud politistasjon") > f.unit("Stovner politistasjon"),
                  f"Manglerud {f.unit('Manglerud politistasjon')}, Stovner "
                  f"{f.unit('Stovner politistasjon')}")),
    _o("tall", "Etterforskning fikk 13 klager, tre flere enn året før.",
       lambda f: every(_eq("Etterforskning", f.unit("Etterforskning"), 13),
                       _eq("forskjell", f.unit("Etterforskning") - f.unit("Etterforskning", 2018),
                          3))),
    _o("sammenligning", "Trafikk hadde dobbelt så mange klager som i fjor.",
       lambda f: _times(f.unit("Trafikk"), f.unit("Trafikk", 2018), 2, "Trafikk 2019 mot 2018")),
    _o("tall", "Hittegods fikk tre klager i 2019.",
       lambda f: _eq("Hittegods", f.unit("Hittegods"), 3)),
    _o("rang", "{{< var units.pass.count >}} klager gjaldt Pass, flest av alle enhetene.",
       lambda f: _rank(f.units(), "Pass", 1)),
    _o("tall", "Pass fikk {{< var units.pass.minus1 >}} klager i år.",
       lambda f: _eq("Pass i år", f.unit("Pass"), f.unit("Pass", 2018))),
    _o("tall", "Felles enhet for forebygging hadde sju klager, én færre enn Patrulje Øst.",
       lambda f: every(_eq("FEF", f.unit("Felles enhet for forebygging"), 7),
                       _eq("Patrulje Øst minus FEF",
                          f.unit("Patrulje Øst") - f.unit("Felles enhet for forebygging"), 1))),
    # ------------------------------------------------------------------ Oslo: places
    _o("sted", "I Bergen ble det mottatt 211 klager i 2019.",
       lambda f: every(town_in("Bergen", "Oslo"), _eq("mottatt", f.received(), 211))),
    _o("sted", "Klager mot Grønland og Manglerud politistasjoner utgjorde til sammen 27 saker.",
       lambda f: _eq("Grønland + Manglerud",
                     f.unit("Grønland politistasjon") + f.unit("Manglerud politistasjon"), 27)),
    _o("sted", "Asker og Bærum politistasjon i Sandvika fikk 12 klager, mot 17 året før.",
       lambda f: every(town_in("Sandvika", "Oslo"),
                       _eq("Asker og Bærum 2019", f.unit("Asker og Bærum politistasjon"), 12),
                       _eq("Asker og Bærum 2018", f.unit("Asker og Bærum politistasjon", 2018),
                          17))),
    _o("sted", "I Tromsø fikk passkontoret 42 klager i år.",
       lambda f: every(town_in("Tromsø", "Oslo"), _eq("Pass", f.unit("Pass"), 42))),
    # ------------------------------------------------------------------ Oslo: prose
    _o("ingen", "Klageordningen er viktig for tilliten mellom politiet og publikum i Oslo.",
       lambda f: (True, "ingen tallpåstand")),
    _o("ingen", "Vi oppfordrer publikum til å klage når de er misfornøyd med politiets arbeid.",
       lambda f: (True, "ingen tallpåstand")),
    _o("ingen", "Klagene gir oss verdifull læring, både på avsnittene og i ledelsen.",
       lambda f: (True, "ingen tallpåstand")),
    _o("ingen", "Passkontoret har utvidet åpningstidene for å møte presset om våren.",
       lambda f: (True, "ingen tallpåstand")),
    _o("ingen", "Arkivering av klagesaker i Websak er fortsatt tidkrevende for "
                "saksbehandlerne.",
       lambda f: (True, "ingen tallpåstand")),
    _o("ingen", "Klager fra Asker og Bærum behandles på samme måte som klager fra resten av "
                "distriktet.",
       lambda f: (True, "ingen tallpåstand")),
    # ------------------------------------------------------------------ Oslo: more
    _o("andel", "Andelen besvart innen fristen var 87 prosent, omtrent som i fjor.",
       lambda f: every(typed_share(f.within_deadline(), 87, "innen fristen 2019"),
                       hedged_share(f.within_deadline(), 100 * f.within_deadline(2018),
                                  "innen fristen mot i fjor"))),
    _o("fra", "Medianen for saksbehandlingstid falt fra 16,5 til 15,5 dager.",
       lambda f: every(_eq("median 2018", f.median_days(2018), 16.5),
                       _eq("median 2019", f.median_days(), 15.5))),
    _o("retning", "Gjennomsnittlig saksbehandlingstid gikk ned med drøyt tre dager fra i fjor.",
       lambda f: hedged_number(f.mean_days(2018) - f.mean_days(), 3, "nedgang i snitt, dager",
                               "over")),
    _o("sammenligning", "Saker avgjort som uheldig var flere enn saker avgjort som ikke "
                        "grunnlag for kritikk.",
       lambda f: (f.decision("uheldig") > f.decision("ikke_grunnlag"),
                  f"uheldig {f.decision('uheldig')}, ikke grunnlag {f.decision('ikke_grunnlag')}")),
    _o("likhet", "Det var omtrent like mange saker med kritikk som saker der forløpet ikke ble "
                 "avklart.",
       lambda f: (abs(f.decision("kritikk") - f.decision("ikke_avklart"))
                  <= NEAR * max(f.decision("kritikk"), f.decision("ikke_avklart")),
                  f"kritikk {f.decision('kritikk')}, ikke avklart {f.decision('ikke_avklart')}; "
                  "«omtrent like mange» innen 10 %")),
    _o("rang", "Klagene mot Orden Sentrum økte fra 14 til 19, og Orden Sentrum var med det "
               "enheten med flest klager etter Pass og sentralbordet.",
       lambda f: every(_eq("Orden Sentrum 2018", f.unit("Orden Sentrum", 2018), 14),
                       _eq("Orden Sentrum 2019", f.unit("Orden Sentrum"), 19),
                       _rank(f.units(), "Orden Sentrum", 3))),
    _o("rang", "Maktmisbruk var det tredje vanligste grunnlaget, med 12 klager.",
       lambda f: every(_rank(f.grounds(), "maktmisbruk", 3),
                       _eq("maktmisbruk", f.ground("maktmisbruk"), 12))),
    _o("tall", "I 2019 ble det registrert 11 K-etnisk-saker blant de avgjorte.",
       lambda f: _eq("K-etnisk avgjort 2019", f.ethnic_decided(), 11)),
    _o("rang", "Antallet avsluttede saker var i 2019 det høyeste siden 2007, med 174.",
       lambda f: every(highest_since(f.decided_series(), 2019, "avsluttede per år", 2007),
                       _eq("avsluttet 2019", f.decided(), 174))),
    _o("nivå", "Saksbehandlingstiden var i gjennomsnitt under to uker.",
       lambda f: (f.mean_days() < 14, f"snitt {n(f.mean_days())}; to uker er 14")),
    _o("andel", "Hver tredje klage ble avgjort som ikke grunnlag for kritikk.",
       lambda f: _brok(f.decision_share("ikke_grunnlag"), 1 / 3, "ikke grunnlag")),
    _o("sammenligning", "Asker og Bærum politistasjon fikk flere klager enn Orden Sentrum.",
       lambda f: (f.unit("Asker og Bærum politistasjon") > f.unit("Orden Sentrum"),
                  f"Asker og Bærum {f.unit('Asker og Bærum politistasjon')}, Orden Sentrum "
                  f"{f.unit('Orden Sentrum')}")),
    _o("tall", "Utlendingsavsnittet fikk 6 klager i år.",
       lambda f: _eq("Utlendingsavsnittet 2019", f.unit("Utlendingsavsnittet"), 6)),
    _o("fra", "Klager om adferd økte med 13 fra i fjor, til 76.",
       lambda f: every(_eq("adferd 2019 minus 2018", f.ground("adferd") - f.ground("adferd", 2018),
                          13),
                       _eq("adferd 2019", f.ground("adferd"), 76))),
    _o("sted", "Politiet i Drammen mottok 42 klager på passkontoret.",
       lambda f: every(town_in("Drammen", "Oslo"), _eq("Pass", f.unit("Pass"), 42))),
    _o("tall", "Klager mottatt i fjor ble avgjort som kritikk i 26 tilfeller.",
       lambda f: _eq("kritikk 2018", f.decision("kritikk", 2018), 26)),
    _o("retning", "{{< var decisions.avvist.count >}} klager ble avvist i 2019, en økning fra "
                  "året før.",
       lambda f: change("avvist", f.decision("avvist", 2018), f.decision("avvist"), "up")),
    _o("retning", "Andelen saker avgjort som ikke grunnlag for kritikk økte fra "
                  "{{< var decisions.ikke_grunnlag.minus1_share >}} til "
                  "{{< var decisions.ikke_grunnlag.share >}}.",
       lambda f: change("ikke grunnlag i prosent", 100 * f.decision_share("ikke_grunnlag", 2018),
                        100 * f.decision_share("ikke_grunnlag"), "up")),
    _o("likhet", "Det kom inn {{< var units.orden_sentrum.count >}} klager mot Orden Sentrum, "
                 "like mange som i fjor.",
       lambda f: change("Orden Sentrum", f.unit("Orden Sentrum", 2018), f.unit("Orden Sentrum"),
                        "same")),
    _o("tall", "Ingen klager om diskriminering ble mottatt i fjor.",
       lambda f: _eq("etnisk + annen mottatt 2018",
                     f.ethnic_received(2018) + f.other_received(2018), 0)),
    _o("retning", "Klager på saksbehandling økte med over 30 prosent fra i fjor.",
       lambda f: (f.ground("saksbehandling") / f.ground("saksbehandling", 2018) > 1.3,
                  f"saksbehandling {f.ground('saksbehandling', 2018)} til "
                  f"{f.ground('saksbehandling')} "
                  f"({p(f.ground('saksbehandling') / f.ground('saksbehandling', 2018) - 1)}); "
                  "endringen i grunnlaget setningen nevner, ikke i alle mottatte")),
    _o("retning", "Klager på adferd økte med over 30 prosent fra i fjor.",
       lambda f: (f.ground("adferd") / f.ground("adferd", 2018) > 1.3,
                  f"adferd {f.ground('adferd', 2018)} til {f.ground('adferd')} "
                  f"({p(f.ground('adferd') / f.ground('adferd', 2018) - 1)})")),
    _o("andel", "Klager på maktmisbruk utgjorde rundt 12 prosent av klagene.",
       lambda f: hedged_share(f.ground_share("maktmisbruk"), 12, "maktmisbruk")),
    _o("andel", "Snaut 90 prosent av klagene ble besvart innen fristen i 2018.",
       lambda f: hedged_share(f.within_deadline(2018), 90, "innen fristen 2018", "under")),
    _o("fra", "Median saksbehandlingstid var 15 dager, halvannen dag mer enn i fjor.",
       lambda f: every(_eq("median", f.median_days(), 15),
                       _eq("median 2019 minus 2018", f.median_days() - f.median_days(2018), 1.5))),
    _o("andel", "Over 90 prosent av klagene ble besvart innen fire uker.",
       lambda f: (f.within_deadline() > 0.9, f"innen fristen {p(f.within_deadline())}")),
    _o("andel", "Drøyt 12 prosent av klagene tok mer enn fire uker.",
       lambda f: hedged_share(f.share_over(DEADLINE_DAYS), 12, "over fristen", "over")),
    _o("andel", "{{< var grounds.adferd.share >}} av klagene i år gjaldt saksbehandling eller "
                "service.",
       lambda f: (f.ground("adferd") == f.ground("saksbehandling"),
                  f"plassholderen er andelen adferd ({p(f.ground_share('adferd'))}); "
                  f"saksbehandling er {p(f.ground_share('saksbehandling'))}")),
    _o("andel", "Pass fikk nesten halvparten av alle klager.",
       lambda f: _brok(f.unit("Pass") / f.received(), 0.5, "Pass av mottatte", how="under")),
    _o("andel", "Hver fjerde klage gjaldt Pass.",
       lambda f: _brok(f.unit("Pass") / f.received(), 0.25, "Pass av mottatte")),
    _o("retning", "Klagene mot Våpen ble doblet fra i fjor.",
       lambda f: _times(f.unit("Våpen"), f.unit("Våpen", 2018), 2, "Våpen 2019 mot 2018")),
    # ------------------------------------------------------------------ Vest 2019
    _v("fra", "Vest politidistrikt mottok 118 klager i 2019, fire færre enn året før.",
       lambda f: every(_eq("mottatt", f.received(), 118),
                       _eq("forskjell", f.received(2018) - f.received(), 4))),
    _v("retning", "Antallet klager i Vest økte svakt fra i fjor.",
       lambda f: change("mottatt", f.received(2018), f.received(), "up")),
    _v("sted", "I Bergen og resten av Vest ble det behandlet 117 saker i 2019.",
       lambda f: every(town_in("Bergen", "Vest"), _eq("avsluttet", f.decided(), 117))),
    _v("rang", "Adferd var det klart vanligste klagegrunnlaget i 2019.",
       lambda f: _rank(f.grounds(), "adferd", 1)),
    _v("likhet", "Adferd og saksbehandling var like vanlige grunnlag, med 46 klager hver.",
       lambda f: every(_eq("adferd", f.ground("adferd"), 46),
                       _eq("saksbehandling", f.ground("saksbehandling"), 46))),
    _v("fra", "Klagene på saksbehandling gikk ned fra 53 til 46.",
       lambda f: every(_eq("saksbehandling 2018", f.ground("saksbehandling", 2018), 53),
                       _eq("saksbehandling 2019", f.ground("saksbehandling"), 46))),
    _v("fra", "Antallet saker med grunnlag for kritikk falt fra 21 til 12.",
       lambda f: every(_eq("kritikk 2018", f.decision("kritikk", 2018), 21),
                       _eq("kritikk 2019", f.decision("kritikk"), 12))),
    _v("rang", "Uheldig var den vanligste avgjørelsen i Vest i 2019, med 50 saker.",
       lambda f: every(_rank(f.decisions(), "uheldig", 1), _eq("uheldig", f.decision("uheldig"),
                                                              50))),
    _v("rang", "Ikke grunnlag for kritikk var også i år den vanligste avgjørelsen.",
       lambda f: every(_rank(f.decisions(), "ikke_grunnlag", 1),
                       _rank(f.decisions(2018), "ikke_grunnlag", 1))),
    _v("tall", "Ingen saker ble overført til annen instans i 2019.",
       lambda f: _eq("overført", f.decision("overfort"), 0)),
    _v("fra", "Gjennomsnittlig saksbehandlingstid økte fra 14,6 til 20,1 dager.",
       lambda f: every(_eq("snitt 2018", round(f.mean_days(2018), 1), 14.6),
                       _eq("snitt 2019", round(f.mean_days(), 1), 20.1))),
    _v("tall", "Medianen lå på 20,1 dager.",
       lambda f: _eq("median", f.median_days(), 20.1)),
    _v("andel", "Om lag tre av fire klager ble besvart innen fristen på fire uker.",
       lambda f: _brok(f.within_deadline(), 0.75, "innen fristen", FRACTION_HEDGED)),
    _v("andel", "Andelen besvart innen fristen steg til 86 prosent.",
       lambda f: every(change("innen fristen i prosent", 100 * f.within_deadline(2018),
                             100 * f.within_deadline(), "up"),
                       typed_share(f.within_deadline(), 86, "innen fristen"))),
    _v("andel", "Drøyt hver fjerde klage tok lenger tid enn 28 dager.",
       lambda f: _brok(f.share_over(DEADLINE_DAYS), 0.25, "over fristen", how="over")),
    _v("nivå", "Saksbehandlingstiden i Vest var under tre uker både i snitt og median.",
       lambda f: (f.mean_days() < 21 and f.median_days() < 21,
                  f"snitt {n(f.mean_days())}, median {n(f.median_days())}; tre uker er 21")),
    _v("tall", "Det ble registrert 13 K-etnisk-saker blant klagene som kom inn i 2019.",
       lambda f: _eq("K-etnisk mottatt", f.ethnic_received(), 13)),
    _v("tall", "Av sakene avgjort i 2019 var 13 kodet K-etnisk.",
       lambda f: _eq("K-etnisk avgjort", f.ethnic_decided(), 13)),
    _v("retning", "K-etnisk-saker avgjort i Vest har økt hvert år siden 2016.",
       lambda f: rising_since(f.ethnic_decided_series(), 2016, "K-etnisk avgjort")),
    _v("alle", "Samtlige klager fra 2019 var ferdigbehandlet 10. februar 2020.",
       lambda f: (f.all_decided_by() == dt.date(2020, 2, 10),
                  f"siste avsluttet {f.all_decided_by()}")),
    _v("alle", "Alle klager mottatt i 2019 var ferdigbehandlet innen utgangen av januar 2020.",
       lambda f: (f.open_on(dt.date(2020, 1, 31)) == 0,
                  f"åpne 31.1.2020: {f.open_on(dt.date(2020, 1, 31))}")),
    _v("fra", "Klager om maktmisbruk i Vest økte fra åtte til ni.",
       lambda f: every(_eq("maktmisbruk 2018", f.ground("maktmisbruk", 2018), 8),
                       _eq("maktmisbruk 2019", f.ground("maktmisbruk"), 9))),
    _v("tall", "Det kom ingen klager om brudd på taushetsplikt i Vest i 2019.",
       lambda f: _eq("taushetsplikt", f.ground("taushetsplikt"), 0)),
    _v("fra", "Det kom én klage om manglende ID, mot ingen i fjor.",
       lambda f: every(_eq("ID 2019", f.ground("id"), 1), _eq("ID 2018", f.ground("id", 2018), 0))),
    _v("likhet", "Klagene om manglende ID var like mange som i fjor.",
       lambda f: change("ID", f.ground("id", 2018), f.ground("id"), "same")),
    _v("sammenligning", "Det ble behandlet færre saker i 2019 enn i 2018, 117 mot 131.",
       lambda f: every(_eq("avsluttet 2019", f.decided(), 117),
                       _eq("avsluttet 2018", f.decided(2018), 131))),
    _v("sted", "I Førde-området og resten av distriktet ble 42 klager avgjort som ikke grunnlag "
               "for kritikk, samme antall som i fjor.",
       lambda f: every(town_in("Førde", "Vest"),
                       _eq("ikke grunnlag 2019", f.decision("ikke_grunnlag"), 42),
                       _eq("ikke grunnlag 2018", f.decision("ikke_grunnlag", 2018), 42))),
    _v("sted", "I Stavanger ble 50 saker avgjort som uheldig i 2019.",
       lambda f: every(town_in("Stavanger", "Vest"), _eq("uheldig", f.decision("uheldig"), 50))),
    _v("retning", "Vest mottok {{< var received.total >}} klager, en økning fra "
                  "{{< var received.minus1 >}} i {{< var year.minus1 >}}.",
       lambda f: change("mottatt", f.received(2018), f.received(), "up")),
    _v("andel", "Rundt en av ti klager endte med kritikk i 2019.",
       lambda f: _brok(f.decision_share("kritikk"), 0.1, "kritikk", FRACTION_HEDGED)),
    _v("tall", "Vest behandlet 131 saker i 2019.",
       lambda f: _eq("avsluttet 2019", f.decided(), 131)),
    _v("andel", "Rundt 17 prosent av sakene i Vest endte med kritikk.",
       lambda f: hedged_share(f.decision_share("kritikk"), 17, "kritikk")),
    _v("fra", "Gjennomsnittet i Vest steg fra 12 til 15 dager.",
       lambda f: every(_eq("snitt 2018", round(f.mean_days(2018), 1), 12),
                       _eq("snitt 2019", round(f.mean_days(), 1), 15))),
]  # fmt: skip


labelled, main = part_functions(PART, SENTENCES)


if __name__ == "__main__":
    sys.exit(main())
