"""The claim corpus's part `kontroll10`: each sentence with the code that labels it.

Written on 7 December 2026 (issue 21, task H5) by the outside adversary who wrote kontroll9,
after kontroll9 was measured and before any rule was fixed for it; still without reading the
check's rules, its lexicon or the other parts' sentences. Held out (`claimcorpus.HELD_OUT`):
measured, never tuned on. Mostly about two reports new to the corpus, **Nordland 2022** and
**Innlandet 2018** (national sample), and Oslo 2019's units. Styles kontroll9 had little of:
differences in words («elleve klager flere», «fire flere»), changes in percent of the count
(«økte med rundt tjue prosent»), a fraction of a change («om lag en fjerdedel flere»), «nesten
halvert», «nesten tre ganger så mange», «mer enn doblet siden 2020», a sentence true of last year
and said of this year (and the converse), two clauses of which one is false, «verken … eller»,
«ikke en eneste», claims written after a word (`{{< claim … >}}`), units compared with each
other and with earlier years, towns of the district and of another. Labelled like kontroll6 and
kontroll9: by a function over `tools.claim_facts` (the case files read with pandas), with the
documented readings of hedges, fraction words and factors (commentary/README.md, and the
module docstring of tools/claim_corpus_kontroll9.py). «ble halvert», «ganger så mange» and
«doblet» are factors, within 15 % of the factor («mer enn doblet»: a factor over 2).

    .venv/bin/python -m tools.claim_corpus_kontroll10            # the labels and reasons
    .venv/bin/python -m tools.claim_corpus_kontroll10 --yaml     # the part as corpus YAML
"""

from __future__ import annotations

import sys

from tools.claim_corpus_kontroll6 import Sentence, change, part_functions, sentences_about
from tools.claim_facts import Facts, town_in
from tools.claim_readings import (
    FACTOR,
    FRACTION_HEDGED,
    NEAR,
    SHARE_HEDGED,
    factor,
    first,
    fraction,
    hedged_days,
    listing,
    n,
    p,
    place,
    rising,
    second,
    within_relative,
)

PART = "kontroll10"
NORDLAND = "nordland-2022"
INNLANDET = "innlandet-2018"
OSLO = "oslo-2019"


_n, _i, _o = map(sentences_about, (NORDLAND, INNLANDET, OSLO))


def _streak_received(f: Facts, changes: int) -> tuple[bool, str]:
    counts = [f.received(y) for y in range(f.year - changes, f.year + 1)]
    return rising(counts), "mottatt: " + ", ".join(map(str, counts))


def _highest_decided(f: Facts, at: int) -> tuple[bool, str]:
    s = f.decided_series()
    got, tied = place(s, f.year)
    return got == at and not tied, "avgjort: " + listing(s)


def _both_halved(f: Facts) -> tuple[bool, str]:
    y = f.year - 1
    mean = f.mean_days() / f.mean_days(y)
    median = f.median_days() / f.median_days(y)
    ok = all(within_relative(r, 0.5, FACTOR) for r in (mean, median))
    return ok, (f"snitt {n(f.mean_days(y))} til {n(f.mean_days())} (faktor {n(mean)}), median "
                f"{n(f.median_days(y))} til {n(f.median_days())} (faktor {n(median)})")  # fmt: skip


def _unit_change(f: Facts, unit: str, before: int, said: str) -> tuple[bool, str]:
    return change(unit, f.unit(unit, before), f.unit(unit), said)


SENTENCES: list[Sentence] = [
    # ------------------------------------------------------------------ Nordland 2022
    _n("retning", "Antall mottatte klager økte for andre år på rad.",
       lambda f: _streak_received(f, 2)),
    _n("tall", "Vi mottok elleve klager flere enn året før.",
       lambda f: (f.received() - f.received(2021) == 11,
                  f"mottatt {f.received(2021)} til {f.received()}")),
    _n("tall", "Det kom inn fire flere klager enn i {{< var year.minus1 >}}.",
       lambda f: (f.received() - f.received(2021) == 4,
                  f"mottatt {f.received(2021)} til {f.received()}")),
    _n("retning", "Antall avsluttede saker sank noe i {{< var year.current >}}.",
       lambda f: change("avgjort", f.decided(2021), f.decided(), "down")),
    _n("rang", "Aldri før har vi avsluttet så mange klagesaker på ett år.",
       lambda f: _highest_decided(f, 1)),
    _n("nivå", "Gjennomsnittlig saksbehandlingstid var om lag en måned.",
       lambda f: hedged_days(f.mean_days(), 30, "gjennomsnitt", "near")),
    _n("nivå", "Saksbehandlingstiden var i snitt under tre uker.",
       lambda f: (f.mean_days() < 21, f"gjennomsnitt {n(f.mean_days())} dager; tre uker er 21")),
    _n("retning", "Saksbehandlingstiden ble nesten halvert fra i fjor.", _both_halved),
    _n("fra-til", "Medianen falt fra {{< var handling_days.median_minus1 >}} til "
                  "{{< var handling_days.median >}} dager.",
       lambda f: change("median dager", f.median_days(2021), f.median_days(), "down")),
    _n("andel", "Fire av fem klager ble besvart innen fristen.",
       lambda f: fraction(f.within_deadline(), 0.8, "innen fristen")),
    _n("andel", "Over fire av fem klager fikk svar innen fire uker.",
       lambda f: fraction(f.within_deadline(), 0.8, "innen fristen", how="above")),
    _n("andel", "Klager på saksbehandling/service utgjorde hver tredje sak.",
       lambda f: fraction(f.ground_share("saksbehandling"), 1 / 3, "saksbehandling")),
    _n("rang", "Saksbehandling var det vanligste klagegrunnlaget, med "
               "{{< var grounds.saksbehandling.share >}} av klagene.",
       lambda f: first(f.grounds(), "saksbehandling")),
    _n("rang", "Adferd toppet listen over klagegrunnlag også i år.",
       lambda f: (first(f.grounds(), "adferd")[0] and first(f.grounds(2021), "adferd")[0],
                  f"2021: {listing(f.grounds(2021))}; 2022: {listing(f.grounds())}")),
    _n("sammenligning", "Det var flere klager i kategorien «annet» enn om adferd.",
       lambda f: (f.ground("annet") > f.ground("adferd"),
                  f"annet {f.ground('annet')}, adferd {f.ground('adferd')}")),
    _n("negasjon", "Ingen saker ble overført til annen instans, verken i år eller i fjor.",
       lambda f: (f.decision("overfort") == 0 == f.decision("overfort", 2021),
                  f"overført {f.decision('overfort', 2021)} og {f.decision('overfort')}")),
    _n("negasjon", "Vi hadde ikke en eneste sak med kritikk i år.",
       lambda f: (f.decision("kritikk") == 0,
                  f"kritikk {f.decision('kritikk')} (i fjor {f.decision('kritikk', 2021)})")),
    _n("negasjon", "I {{< var year.minus1 >}} endte ingen saker med grunnlag for kritikk.",
       lambda f: (f.decision("kritikk", 2021) == 0, f"kritikk 2021 {f.decision('kritikk', 2021)}")),
    _n("nivå", "{{< var decisions.kritikk.count >}} saker endte med kritikk i fjor.",
       lambda f: (f.decision("kritikk") == f.decision("kritikk", 2021),
                  f"kritikk 2021 {f.decision('kritikk', 2021)}; verdien er 2022s "
                  f"{f.decision('kritikk')}")),
    _n("tall", "Seks av klagene gjaldt etnisk diskriminering.",
       lambda f: (f.ethnic_received() == 6,
                  f"etnisk mottatt {f.ethnic_received()}; 6 er kritikk ({f.decision('kritikk')})")),
    _n("likhet", "Antall avsluttede saker om etnisk diskriminering var det samme som i fjor.",
       lambda f: (f.ethnic_decided() == f.ethnic_decided(2021),
                  f"etnisk avgjort {f.ethnic_decided(2021)} og {f.ethnic_decided()}")),
    _n("retning", "Antall avsluttede klager om etnisk diskriminering er mer enn doblet siden "
                  "2020.",
       lambda f: (f.ethnic_decided() > 2 * f.ethnic_decided(2020),
                  f"etnisk avgjort 2020 {f.ethnic_decided(2020)}, 2022 {f.ethnic_decided()}")),
    _n("alle", "Samtlige klager fra {{< var year.current >}} var ferdigbehandlet før jul.",
       lambda f: (f.all_decided_by() is not None and str(f.all_decided_by()) < "2022-12-24",
                  f"alle avsluttet {f.all_decided_by()}")),
    _n("alle", "Alle klagene fra {{< var year.current >}} var ferdigbehandlet innen utgangen av "
               "januar {{< var year.next >}}.",
       lambda f: (f.all_decided_by() is not None and str(f.all_decided_by()) <= "2023-01-31",
                  f"alle avsluttet {f.all_decided_by()}")),
    _n("retning", "Antall mottatte klager økte med rundt tjue prosent.",
       lambda f: fraction(f.received() / f.received(2021) - 1, 0.2, "endring mottatt",
                          SHARE_HEDGED)),
    _n("retning", "Antall avsluttede klager økte med rundt tjue prosent.",
       lambda f: fraction(f.decided() / f.decided(2021) - 1, 0.2, "endring avgjort",
                          SHARE_HEDGED)),
    _n("likhet", "Andelen uheldige saker var omtrent den samme som året før.",
       lambda f: fraction(f.decision_share("uheldig"), f.decision_share("uheldig", 2021),
                          "uheldig (fjorårets som mål)", SHARE_HEDGED)),
    _n("sammenligning", "Andelen saker uten grunnlag for kritikk var lavere enn i fjor.",
       lambda f: (f.decision_share("ikke_grunnlag") < f.decision_share("ikke_grunnlag", 2021),
                  f"ikke grunnlag {p(f.decision_share('ikke_grunnlag', 2021))} til "
                  f"{p(f.decision_share('ikke_grunnlag'))}")),
    _n("sted", "Klagene fra Tromsø-området utgjorde {{< var received.total >}} i år.",
       lambda f: town_in("Tromsø", f.district)),
    _n("sted", "I Bodø og resten av Nordland politidistrikt mottok vi "
               "{{< var received.total >}} klager.",
       lambda f: town_in("Bodø", f.district)),
    _n("påstand", "Etter flere år med økning ser vi nå en nedgang"
                  "{{< claim received.change lt 0 >}}.",
       lambda f: change("mottatt", f.received(2021), f.received(), "down")),
    # ------------------------------------------------------------------ Innlandet 2018
    _i("likhet", "Antallet klager holdt seg stabilt fra {{< var year.minus1 >}}.",
       lambda f: (abs(f.received() - f.received(2017)) <= NEAR * max(f.received(),
                                                                     f.received(2017)),
                  f"mottatt {f.received(2017)} til {f.received()}; stabilt: innen 10 %")),
    _i("retning", "Vi mottok om lag en fjerdedel flere klager enn året før.",
       lambda f: fraction(f.received() / f.received(2017) - 1, 0.25, "endring mottatt",
                          FRACTION_HEDGED)),
    _i("retning", "Økningen i antall mottatte klager var på over tretti prosent.",
       lambda f: (f.received() / f.received(2017) - 1 > 0.3,
                  f"endring mottatt {p(f.received() / f.received(2017) - 1)}")),
    _i("rang", "Med {{< var decided.total >}} avsluttede saker er dette det høyeste antallet "
               "siden 2016.",
       lambda f: _highest_decided(f, 1)),
    _i("rang", "Antall avsluttede klager var det nest høyeste siden 2016.",
       lambda f: _highest_decided(f, 2)),
    _i("nivå", "Gjennomsnittlig saksbehandlingstid var {{< var handling_days.mean_minus1 >}} dager "
               "i år.",
       lambda f: (round(f.mean_days(), 1) == round(f.mean_days(2017), 1),
                  f"snitt 2018 {n(f.mean_days())}; verdien er 2017s {n(f.mean_days(2017))}")),
    _i("fra-til", "Saksbehandlingstiden ble betydelig kortere, fra et snitt på "
                  "{{< var handling_days.mean_minus1 >}} til {{< var handling_days.mean >}} dager.",
       lambda f: (f.mean_days() < 0.75 * f.mean_days(2017),
                  f"snitt {n(f.mean_days(2017))} til {n(f.mean_days())} (over en fjerdedel "
                  "kortere: betydelig i enhver lesning)")),
    _i("retning", "Medianen for saksbehandlingstiden økte.",
       lambda f: change("median dager", f.median_days(2017), f.median_days(), "up")),
    _i("andel", "Rundt fire av fem klager ble besvart innen fristen.",
       lambda f: fraction(f.within_deadline(), 0.8, "innen fristen", FRACTION_HEDGED)),
    _i("andel", "Under halvparten av klagene ble besvart innen fristen.",
       lambda f: fraction(f.within_deadline(), 0.5, "innen fristen", how="below")),
    _i("andel", "I {{< var year.minus1 >}} ble under halvparten av klagene besvart innen fristen.",
       lambda f: fraction(f.within_deadline(2017), 0.5, "innen fristen 2017", how="below")),
    _i("sammenligning", "Det var flere klager om saksbehandling enn om adferd.",
       lambda f: (f.ground("saksbehandling") > f.ground("adferd"),
                  f"saksbehandling {f.ground('saksbehandling')}, adferd {f.ground('adferd')}")),
    _i("sammenligning", "I fjor var det flere klager om saksbehandling enn om adferd.",
       lambda f: (f.ground("saksbehandling", 2017) > f.ground("adferd", 2017),
                  f"2017: saksbehandling {f.ground('saksbehandling', 2017)}, adferd "
                  f"{f.ground('adferd', 2017)}")),
    _i("negasjon", "Ingen klager ble overført til annen instans.",
       lambda f: (f.decision("overfort") == 0, f"overført {f.decision('overfort')}")),
    _i("tall", "Bare én sak ble overført til annen instans.",
       lambda f: (f.decision("overfort") == 1, f"overført {f.decision('overfort')}")),
    _i("rang", "Uheldig, men ikke grunnlag for kritikk var det vanligste utfallet.",
       lambda f: first(f.decisions(), "uheldig")),
    _i("rang", "Oftest endte klagene med at det ikke var grunnlag for kritikk.",
       lambda f: first(f.decisions(), "ikke_grunnlag")),
    _i("likhet", "Saker med kritikk var like mange som i fjor, men andelen økte.",
       lambda f: (f.decision("kritikk") == f.decision("kritikk", 2017)
                  and f.decision_share("kritikk") > f.decision_share("kritikk", 2017),
                  f"kritikk {f.decision('kritikk', 2017)} og {f.decision('kritikk')}; andel "
                  f"{p(f.decision_share('kritikk', 2017))} til {p(f.decision_share('kritikk'))}")),
    _i("likhet", "Antall saker med grunnlag for kritikk var uendret fra året før.",
       lambda f: change("kritikk", f.decision("kritikk", 2017), f.decision("kritikk"), "same")),
    _i("negasjon", "Det ble ikke registrert noen klager om manglende oppgivelse av ID.",
       lambda f: (f.ground("id") == 0, f"id {f.ground('id')}")),
    _i("negasjon", "Vi mottok ingen klager om brudd på taushetsplikten.",
       lambda f: (f.ground("taushetsplikt") == 0, f"taushetsplikt {f.ground('taushetsplikt')}")),
    _i("fra-til", "Klager om etnisk diskriminering økte fra fire til fem.",
       lambda f: (f.ethnic_received(2017) == 4 and f.ethnic_received() == 5,
                  f"etnisk mottatt {f.ethnic_received(2017)} til {f.ethnic_received()}, avgjort "
                  f"{f.ethnic_decided(2017)} til {f.ethnic_decided()}")),
    _i("sammenligning", "Vi avsluttet færre saker om etnisk diskriminering enn i "
                        "{{< var year.minus1 >}}.",
       lambda f: (f.ethnic_decided() < f.ethnic_decided(2017),
                  f"etnisk avgjort {f.ethnic_decided(2017)} til {f.ethnic_decided()}")),
    _i("alle", "Alle klagene fra {{< var year.current >}} var ferdigbehandlet allerede ved "
               "årsskiftet.",
       lambda f: (f.all_decided_by() is not None and str(f.all_decided_by()) <= "2018-12-31",
                  f"alle avsluttet {f.all_decided_by()}")),
    _i("alle", "Samtlige klager fra {{< var year.current >}} er nå ferdigbehandlet.",
       lambda f: (f.open() == 0, f"åpne {f.open()}")),
    _i("andel", "Mer enn hver femte klage tok over to måneder å behandle.",
       lambda f: fraction(f.share_over(60), 0.2, "over 60 dager", how="above")),
    _i("andel", "Om lag hver femte klage tok lengre tid enn fire uker.",
       lambda f: fraction(f.share_over(28), 0.2, "over 28 dager", FRACTION_HEDGED)),
    _i("sted", "Innlandet politidistrikt, med Drammen som største by, mottok "
               "{{< var received.total >}} klager.",
       lambda f: town_in("Drammen", f.district)),
    _i("påstand", "Andelen besvart innen fristen økte"
                  "{{< claim handling_days.within_deadline gt "
                  "handling_days.within_deadline_minus1 >}} kraftig.",
       lambda f: (f.within_deadline() > 1.5 * f.within_deadline(2017),
                  f"innen fristen {p(f.within_deadline(2017))} til {p(f.within_deadline())} "
                  "(halvannen gang: kraftig i enhver lesning)")),
    # ------------------------------------------------------------------ Oslo 2019: units
    _o("sammenligning", "Pass fikk nesten tre ganger så mange klager som i fjor.",
       lambda f: (f.unit("Pass") < 3 * f.unit("Pass", 2018)
                  and factor(f.unit("Pass"), f.unit("Pass", 2018), 3, "Pass")[0],
                  factor(f.unit("Pass"), f.unit("Pass", 2018), 3, "Pass")[1])),
    _o("retning", "Klagene mot Pass ble doblet fra {{< var year.minus2 >}}.",
       lambda f: factor(f.unit("Pass"), f.unit("Pass", 2017), 2, "Pass 2019 mot 2017")),
    _o("sammenligning", "Patrulje Øst hadde flere klager enn Patrulje Vest i år.",
       lambda f: (f.unit("Patrulje Øst") > f.unit("Patrulje Vest"),
                  f"Patrulje Øst {f.unit('Patrulje Øst')}, Vest {f.unit('Patrulje Vest')}")),
    _o("sammenligning", "Grønland politistasjon fikk flere klager enn både Stovner og Manglerud.",
       lambda f: (f.unit("Grønland politistasjon") > max(f.unit("Stovner politistasjon"),
                                                        f.unit("Manglerud politistasjon")),
                  f"Grønland {f.unit('Grønland politistasjon')}, Stovner "
                  f"{f.unit('Stovner politistasjon')}, Manglerud "
                  f"{f.unit('Manglerud politistasjon')}")),
    _o("retning", "Asker og Bærum politistasjon fikk flere klager i år enn i fjor.",
       lambda f: _unit_change(f, "Asker og Bærum politistasjon", 2018, "up")),
    _o("retning", "Sentralbord og operasjonssentral har fått flere klager hvert år siden "
                  "{{< var year.minus2 >}}.",
       lambda f: (f.unit("Sentralbord og operasjonssentral", 2017)
                  < f.unit("Sentralbord og operasjonssentral", 2018)
                  < f.unit("Sentralbord og operasjonssentral"),
                  "Sentralbord: " + ", ".join(str(f.unit("Sentralbord og operasjonssentral", y))
                                              for y in (2017, 2018, 2019)))),
    _o("likhet", "Orden Sentrum hadde like mange klager som i fjor.",
       lambda f: _unit_change(f, "Orden Sentrum", 2018, "same")),
    _o("rang", "Etter Pass var det Orden Sentrum som fikk flest klager.",
       lambda f: (first(f.units(), "Pass")[0] and second(f.units(), "Orden Sentrum")[0],
                  "enheter: " + listing(f.units()))),
]  # fmt: skip


labelled, main = part_functions(PART, SENTENCES)


if __name__ == "__main__":
    sys.exit(main())
