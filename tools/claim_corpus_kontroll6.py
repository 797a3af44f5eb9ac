"""The claim corpus's part `kontroll6`: each sentence with the code that labels it.

Written on 7 December 2026 (issue 21) by another engineer than the one who wrote the check's
rules, before the check was run on any of it: analyst prose about Oslo 2019 and Agder 2020 (the
national sample), each sentence labelled true or false by a function over `tools.claim_facts`
(the case files read with pandas, none of klagerapport's code), never by hand and never by the
check. A placeholder in a sentence is read as the value its key names (docs: report/values.yml),
taken from the facts, not from a build.

    .venv/bin/python -m tools.claim_corpus_kontroll6            # the labels and reasons
    .venv/bin/python -m tools.claim_corpus_kontroll6 --yaml     # the part as corpus YAML

tests/test_check_corpus.py recomputes every label and reason of kontroll6 and requires them to
equal tests/corpus/påstander.yml's.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass

import yaml

from tools.claim_facts import REPORTS, Facts
from tools.claim_readings import (
    alone_highest,
    alone_lowest,
    half_within_median,
    listing,
    n,
    p,
    places_only,
    rising_since,
)

PART = "kontroll6"
OSLO = "oslo-2019"
AGDER = "agder-2020"


@dataclass(frozen=True)
class Sentence:
    rapport: str
    art: str
    tekst: str
    truth: Callable[[Facts], tuple[bool, str]]


def sentences_about(rapport: str) -> Callable[..., Sentence]:
    """A part's maker of sentences about one report: `(art, tekst, truth) -> Sentence`."""
    return lambda art, tekst, truth: Sentence(rapport, art, tekst, truth)


_o, _a = map(sentences_about, (OSLO, AGDER))


def change(name: str, before: float, after: float, said: str) -> tuple[bool, str]:
    """A direction: `said` up | down | same, against before -> after."""
    real = "up" if after > before else "down" if after < before else "same"
    word = {"up": "en økning", "down": "en nedgang", "same": "uendret"}[real]
    return real == said, f"{name}: {n(before)} til {n(after)}, {word}"


def the_max(counts: dict[str, int]) -> list[str]:
    top = max(counts.values())
    return [k for k, v in counts.items() if v == top]


def _min_year(f: Facts, said: int) -> tuple[bool, str]:
    s = f.decided_series()
    low = min(s.values())
    where = ", ".join(str(y) for y, v in s.items() if v == low)
    return alone_lowest(s, said), f"færrest avgjorte i {where} ({low}); {said}: {s[said]}"


def _is_max_year(f: Facts, series: dict[int, int], year: int, what: str) -> tuple[bool, str]:
    top = max(series.values())
    return alone_highest(series, year), (
        f"{what} {year}: {series[year]}; høyest i serien {top} "
        f"({', '.join(str(y) for y, v in series.items() if v == top)})"
    )


def _ethnic_not_down(f: Facts) -> tuple[bool, str]:
    y = f.year
    rec = (f.ethnic_received(y - 1), f.ethnic_received())
    dec = (f.ethnic_decided(y - 1), f.ethnic_decided())
    ok = rec[1] >= rec[0] and dec[1] >= dec[0]
    return ok, f"etnisk mottatt {rec[0]} til {rec[1]}, avgjort {dec[0]} til {dec[1]}: ikke ned"


def _all_decided_by(f: Facts, last_day: str) -> tuple[bool, str]:
    got = f.all_decided_by()
    return got is not None and str(got) <= last_day, f"alle avsluttet {got}; grensen {last_day}"


SENTENCES: list[Sentence] = [
    # ------------------------------------------------------------------ Oslo 2019
    _o("retning", "Antall mottatte klagesaker steg fra {{< var year.minus1 >}} til "
                  "{{< var year.current >}}.",
       lambda f: change("mottatt", f.received(2018), f.received(), "up")),
    _o("retning", "Tallet på innkomne saker falt fra året før.",
       lambda f: change("mottatt", f.received(2018), f.received(), "down")),
    _o("retning", "Saker med grunnlag for kritikk økte i antall fra i fjor.",
       lambda f: change("kritikk", f.decision("kritikk", 2018), f.decision("kritikk"), "up")),
    _o("retning", "Antallet avviste klager økte fra {{< var year.minus1 >}}.",
       lambda f: change("avvist", f.decision("avvist", 2018), f.decision("avvist"), "up")),
    _o("retning", "Medianen for saksbehandlingstiden steg i {{< var year.current >}}.",
       lambda f: change("median dager", f.median_days(2018), f.median_days(), "up")),
    _o("retning", "Andelen som fikk svar innen fristen, økte litt.",
       lambda f: change("innen fristen (%)", 100 * f.within_deadline(2018),
                        100 * f.within_deadline(), "up")),
    _o("retning", "Klagene mot Asker og Bærum politistasjon økte i {{< var year.current >}}.",
       lambda f: change("Asker og Bærum", f.unit("Asker og Bærum politistasjon", 2018),
                        f.unit("Asker og Bærum politistasjon"), "up")),
    _o("sammenligning", "Patrulje Øst fikk færre klager i år enn i fjor.",
       lambda f: change("Patrulje Øst", f.unit("Patrulje Øst", 2018), f.unit("Patrulje Øst"),
                        "down")),
    _o("nivå", "I 2017 mottok vi {{< var received.total >}} klager.",
       lambda f: (f.received(2017) == f.received(),
                  f"mottatt 2017: {f.received(2017)}; verdien er 2019s {f.received()}")),
    _o("retning", "Siden 2015 har antall avgjorte klager økt hvert år.",
       lambda f: rising_since(f.decided_series(), 2015, "avgjorte")),
    _o("retning", "Antall avgjorte klager har mer enn doblet seg siden 2015.",
       lambda f: (f.decided() > 2 * f.decided(2015),
                  f"avgjort 2015: {f.decided(2015)}, 2019: {f.decided()}, faktor "
                  f"{n(f.decided() / f.decided(2015))}")),
    _o("nivå", "I fjor ble det avgjort {{< var decided.total >}} klager.",
       lambda f: (f.decided(2018) == f.decided(),
                  f"avgjort 2018: {f.decided(2018)}; verdien er 2019s {f.decided()}")),
    _o("nivå", "I 2016 ble det avgjort {{< var discrimination.etnisk.decided_minus3 >}} saker "
               "med etnisk diskriminering.",
       lambda f: (True, f"etnisk avgjort 2016 (minus3): {f.ethnic_decided(2016)}")),
    _o("nivå", "I 2017 ble det avgjort {{< var discrimination.etnisk.decided_minus3 >}} saker "
               "med etnisk diskriminering.",
       lambda f: (f.ethnic_decided(2017) == f.ethnic_decided(2016),
                  f"etnisk avgjort 2017: {f.ethnic_decided(2017)}; minus3 er 2016s "
                  f"{f.ethnic_decided(2016)}")),
    _o("nivå", "Den gjennomsnittlige behandlingstiden lå på {{< var handling_days.median >}} "
               "dager.",
       lambda f: (round(f.mean_days(), 1) == round(f.median_days(), 1),
                  f"gjennomsnitt {n(f.mean_days())}, median {n(f.median_days())}")),
    _o("andel", "Halvparten av klagene ble besvart på {{< var handling_days.median >}} dager "
                "eller mindre.", half_within_median),
    _o("nivå", "Medianen var {{< var handling_days.mean_minus1 >}} dager i "
               "{{< var year.current >}}.",
       lambda f: (round(f.median_days(), 1) == round(f.mean_days(2018), 1),
                  f"median 2019 {n(f.median_days())}; verdien er snittet for 2018, "
                  f"{n(f.mean_days(2018))}")),
    _o("nivå", "I gjennomsnitt tok det {{< var handling_days.mean >}} dager å behandle en klage.",
       lambda f: (True, f"gjennomsnitt {n(f.mean_days())} dager")),
    _o("nivå", "{{< var decisions.uheldig.count >}} saker ble avgjort med grunnlag for kritikk.",
       lambda f: (f.decision("uheldig") == f.decision("kritikk"),
                  f"kritikk {f.decision('kritikk')}; verdien er uheldig, "
                  f"{f.decision('uheldig')}")),
    _o("nivå", "{{< var decisions.ikke_grunnlag.count >}} saker endte med ikke grunnlag for "
               "kritikk.",
       lambda f: (True, f"ikke grunnlag {f.decision('ikke_grunnlag')}")),
    _o("nivå", "Ikke avklart ble utfallet i {{< var decisions.avvist.count >}} saker.",
       lambda f: (f.decision("avvist") == f.decision("ikke_avklart"),
                  f"ikke avklart {f.decision('ikke_avklart')}; verdien er avvist, "
                  f"{f.decision('avvist')}")),
    _o("tall", "Fem saker ble overført til en annen instans.",
       lambda f: (f.decision("overfort") == 5, f"overført {f.decision('overfort')}")),
    _o("tall", "Sytten saker ble avvist.",
       lambda f: (f.decision("avvist") == 17,
                  f"avvist {f.decision('avvist')}; 17 er ikke avklart")),
    _o("rang", "Saksbehandling og service var det vanligste klagegrunnlaget.",
       lambda f: (the_max(f.grounds()) == ["saksbehandling"], f"grunnlag: {listing(f.grounds())}")),
    _o("rang", "Adferd var det klart hyppigste grunnlaget for klagene.",
       lambda f: (the_max(f.grounds()) == ["adferd"], f"grunnlag: {listing(f.grounds())}")),
    _o("rang", "Passkontoret var enheten med flest klager i {{< var year.current >}}.",
       lambda f: (the_max(f.units(2019)) == ["Pass"],
                  f"pass {f.unit('Pass')}, høyest av enhetene: "
                  f"{max(f.units(2019).values())}")),
    _o("rang", "Orden Sentrum fikk flest klager av alle enhetene.",
       lambda f: (the_max(f.units(2019)) == ["Orden Sentrum"],
                  f"Orden Sentrum {f.unit('Orden Sentrum')}, pass {f.unit('Pass')}")),
    _o("rang", "Ikke grunnlag for kritikk var den hyppigste avgjørelsen.",
       lambda f: (the_max(f.decisions()) == ["ikke_grunnlag"],
                  f"avgjørelser: {listing(f.decisions())}")),
    _o("rang", "I {{< var year.minus1 >}} var uheldig den vanligste avgjørelsen.",
       lambda f: (the_max(f.decisions(2018)) == ["uheldig"],
                  f"avgjørelser 2018: {listing(f.decisions(2018))}")),
    _o("rang", "Klagetallet i {{< var year.current >}} er det høyeste i hele serien.",
       lambda f: _is_max_year(f, f.decided_series(), 2019, "avgjort")),
    _o("rang", "Det laveste antallet avgjorte klager hadde vi i 2011.",
       lambda f: _min_year(f, 2011)),
    _o("sammenligning", "Det kom inn flere klager på Grønland politistasjon enn på Stovner "
                        "politistasjon.",
       lambda f: (f.unit("Grønland politistasjon") > f.unit("Stovner politistasjon"),
                  f"Grønland {f.unit('Grønland politistasjon')}, Stovner "
                  f"{f.unit('Stovner politistasjon')}")),
    _o("sammenligning", "Manglerud politistasjon fikk flere klager enn Patrulje Vest.",
       lambda f: (f.unit("Manglerud politistasjon") > f.unit("Patrulje Vest"),
                  f"Manglerud {f.unit('Manglerud politistasjon')}, Patrulje Vest "
                  f"{f.unit('Patrulje Vest')}")),
    _o("likhet", "Etterforskning fikk like mange klager som i {{< var year.minus2 >}}.",
       lambda f: (f.unit("Etterforskning") == f.unit("Etterforskning", 2017),
                  f"etterforskning 2017 {f.unit('Etterforskning', 2017)}, 2019 "
                  f"{f.unit('Etterforskning')}")),
    _o("sammenligning", "Trafikk fikk flere klager i {{< var year.current >}} enn i "
                        "{{< var year.minus1 >}}.",
       lambda f: change("trafikk", f.unit("Trafikk", 2018), f.unit("Trafikk"), "up")),
    _o("sammenligning", "Saksbehandlingstiden var kortere enn i fjor, både målt som "
                        "gjennomsnitt og som median.",
       lambda f: (f.mean_days() < f.mean_days(2018) and f.median_days() < f.median_days(2018),
                  f"snitt {n(f.mean_days(2018))} til {n(f.mean_days())}, median "
                  f"{n(f.median_days(2018))} til {n(f.median_days())}")),
    _o("sammenligning", "Det ble avgjort flere saker som ikke avklart enn som grunnlag for "
                        "kritikk.",
       lambda f: (f.decision("ikke_avklart") > f.decision("kritikk"),
                  f"ikke avklart {f.decision('ikke_avklart')}, kritikk "
                  f"{f.decision('kritikk')}")),
    _o("andel", "Over en tredjedel av klagene gjaldt adferd.",
       lambda f: (f.ground_share("adferd") > 1 / 3, f"adferd {p(f.ground_share('adferd'))}")),
    _o("andel", "Knapt hver tiende klage ble avgjort med grunnlag for kritikk.",
       lambda f: (0.07 <= f.decision_share("kritikk") < 0.10,
                  f"kritikk {p(f.decision_share('kritikk'))}: over en tidel, ikke knapt")),
    _o("andel", "Drøyt en tredjedel av sakene ble avgjort som uheldig.",
       lambda f: (1 / 3 < f.decision_share("uheldig") <= 1 / 3 + 0.05,
                  f"uheldig {p(f.decision_share('uheldig'))}")),
    _o("andel", "Snaut ni av ti fikk svar innen fire uker.",
       lambda f: (0.83 <= f.within_deadline() < 0.90,
                  f"innen fristen (28 dager) {p(f.within_deadline())}")),
    _o("andel", "Mer enn halvparten av klagene gjaldt saksbehandling og service.",
       lambda f: (f.ground_share("saksbehandling") > 0.5,
                  f"saksbehandling {p(f.ground_share('saksbehandling'))}")),
    _o("andel", "Omtrent en femtedel av klagene gjaldt maktmisbruk.",
       lambda f: (abs(f.ground_share("maktmisbruk") - 0.2) <= 0.05,
                  f"maktmisbruk {p(f.ground_share('maktmisbruk'))}")),
    _o("andel", "Færre enn én av ti klager gjaldt maktmisbruk.",
       lambda f: (f.ground_share("maktmisbruk") < 0.1,
                  f"maktmisbruk {p(f.ground_share('maktmisbruk'))}")),
    _o("negasjon", "Antallet klager med etnisk diskriminering har ikke gått ned.",
       _ethnic_not_down),
    _o("negasjon", "Saksbehandlingstiden ble ikke kortere i {{< var year.current >}}.",
       lambda f: (f.mean_days() >= f.mean_days(2018),
                  f"snitt {n(f.mean_days(2018))} til {n(f.mean_days())}: kortere")),
    _o("negasjon", "Ingen av sakene ble avvist i {{< var year.current >}}.",
       lambda f: (f.decision("avvist") == 0, f"avvist {f.decision('avvist')}")),
    _o("negasjon", "Klagene på passkontoret var ikke flere enn året før.",
       lambda f: (f.unit("Pass") <= f.unit("Pass", 2018),
                  f"pass {f.unit('Pass', 2018)} til {f.unit('Pass')}")),
    _o("fra-til", "Klagene på Orden Sentrum økte fra {{< var units.orden_sentrum.minus1 >}} til "
                  "{{< var units.orden_sentrum.count >}}.",
       lambda f: change("Orden Sentrum", f.unit("Orden Sentrum", 2018), f.unit("Orden Sentrum"),
                        "up")),
    _o("fra-til", "Andelen besvart innen fristen falt fra "
                  "{{< var handling_days.within_deadline_minus1 >}} til "
                  "{{< var handling_days.within_deadline >}}.",
       lambda f: change("innen fristen (%)", 100 * f.within_deadline(2018),
                        100 * f.within_deadline(), "down")),
    _o("fra-til", "Antall saker med grunnlag for kritikk gikk ned fra 26 til 21.",
       lambda f: ((f.decision("kritikk", 2018), f.decision("kritikk")) == (26, 21),
                  f"kritikk {f.decision('kritikk', 2018)} i 2018 til "
                  f"{f.decision('kritikk')} i 2019")),
    _o("fra-til", "Uheldig-sakene økte fra {{< var decisions.uheldig.minus1 >}} i fjor til "
                  "{{< var decisions.uheldig.count >}} i år.",
       lambda f: change("uheldig", f.decision("uheldig", 2018), f.decision("uheldig"), "up")),
    _o("sted", "I Kristiansand ble det mottatt {{< var received.total >}} klager.",
       lambda f: (False, "Kristiansand er i Agder; 211 er Oslos tall")),
    _o("sted", "Sandvika og Asker hører under Asker og Bærum politistasjon, som fikk "
               "{{< var units.asker_og_baerum_politistasjon.count >}} klager.",
       lambda f: (True, f"Asker og Bærum {f.unit('Asker og Bærum politistasjon')}; stedene er "
                        "Oslos")),
    _o("sted", "Trøndelag politidistrikt fikk {{< var received.minus1 >}} klager i fjor.",
       lambda f: (Facts("Trøndelag", 2019).received(2018) == f.received(2018),
                  f"Trøndelag mottok {Facts('Trøndelag', 2019).received(2018)} i 2018; "
                  f"{f.received(2018)} er Oslos tall")),
    _o("ingen", "Klager fra Holmlia og Furuset gjaldt ofte kontroller.", places_only),
    _o("nivå", "Klagene på Stovner politistasjon utgjorde "
               "{{< var units.majorstuen_politistasjon.count >}}.",
       lambda f: (f.unit("Stovner politistasjon") == f.unit("Majorstuen politistasjon"),
                  f"Stovner {f.unit('Stovner politistasjon')}; verdien er Majorstuens "
                  f"{f.unit('Majorstuen politistasjon')}")),
    _o("nivå", "Vi mottok {{< var received.minus1 >}} klager i {{< var year.current >}}.",
       lambda f: (f.received() == f.received(2018),
                  f"mottatt 2019 {f.received()}; verdien er 2018s {f.received(2018)}")),
    _o("nivå", "Av disse var {{< var discrimination.etnisk.received >}} klager med etnisk "
               "diskriminering mottatt i {{< var year.current >}}.",
       lambda f: (True, f"etnisk mottatt {f.ethnic_received()}")),
    _o("nivå", "Av klagene som ble avgjort i år, gjaldt "
               "{{< var discrimination.etnisk.received >}} etnisk diskriminering.",
       lambda f: (f.ethnic_decided() == f.ethnic_received(),
                  f"etnisk avgjort {f.ethnic_decided()}; verdien er mottatt, "
                  f"{f.ethnic_received()}")),
    _o("tall", "Tolv klager gjaldt maktmisbruk.",
       lambda f: (f.ground("maktmisbruk") == 12, f"maktmisbruk {f.ground('maktmisbruk')}")),
    _o("tall", "Bare én klage gjaldt brudd på taushetsplikt.",
       lambda f: (f.ground("taushetsplikt") == 1,
                  f"taushetsplikt {f.ground('taushetsplikt')}")),
    _o("tall", "Gjennomsnittlig saksbehandlingstid var nesten 17 dager.",
       lambda f: (16 <= f.mean_days() < 17, f"gjennomsnitt {n(f.mean_days())}")),
    _o("tall", "Vi mottok omtrent 250 klager i år.",
       lambda f: (abs(f.received() - 250) <= 25, f"mottatt {f.received()}")),
    _o("tall", "Vi mottok i overkant av 200 klager.",
       lambda f: (200 < f.received() <= 230, f"mottatt {f.received()}")),
    _o("tall", "Antall mottatte klager økte med nesten 40 prosent.",
       lambda f: (0.33 <= f.received() / f.received(2018) - 1 < 0.40,
                  f"{f.received(2018)} til {f.received()}: "
                  f"{p(f.received() / f.received(2018) - 1)}")),
    _o("likhet", "Majorstuen politistasjon fikk omtrent like mange klager som Felles enhet for "
                 "forebygging.",
       lambda f: (abs(f.unit("Majorstuen politistasjon") - f.unit("Felles enhet for forebygging"))
                  <= 1, f"Majorstuen {f.unit('Majorstuen politistasjon')}, FEF "
                        f"{f.unit('Felles enhet for forebygging')}")),
    _o("fra-til", "Klagene på våpenkontoret økte fra én til tre.",
       lambda f: ((f.unit("Våpen", 2018), f.unit("Våpen")) == (1, 3),
                  f"våpen {f.unit('Våpen', 2018)} til {f.unit('Våpen')}")),
    _o("nivå", "I {{< var year.minus1 >}} ble {{< var decisions.ikke_grunnlag.minus1 >}} saker "
               "avgjort som ikke grunnlag for kritikk.",
       lambda f: (True, f"ikke grunnlag 2018: {f.decision('ikke_grunnlag', 2018)}")),
    # ------------------------------------------------------------------ Agder 2020
    _a("retning", "Agder politidistrikt mottok {{< var received.total >}} klager i "
                  "{{< var year.current >}}, en nedgang fra året før.",
       lambda f: change("mottatt", f.received(2019), f.received(), "down")),
    _a("fra-til", "Antall mottatte klager økte fra {{< var received.minus1 >}} til "
                  "{{< var received.total >}}.",
       lambda f: change("mottatt", f.received(2019), f.received(), "up")),
    _a("retning", "Saksbehandlingstiden gikk ned, både i gjennomsnitt og median.",
       lambda f: (f.mean_days() < f.mean_days(2019) and f.median_days() < f.median_days(2019),
                  f"snitt {n(f.mean_days(2019))} til {n(f.mean_days())}, median "
                  f"{n(f.median_days(2019))} til {n(f.median_days())}")),
    _a("nivå", "Snittet for saksbehandlingstiden var {{< var handling_days.median >}} dager i "
               "{{< var year.current >}}.",
       lambda f: (round(f.mean_days(), 1) == round(f.median_days(), 1),
                  f"gjennomsnitt {n(f.mean_days())}, median {n(f.median_days())}")),
    _a("andel", "Under halvparten av klagene ble besvart innen fristen, en bedring fra i fjor.",
       lambda f: (f.within_deadline() < 0.5 and f.within_deadline() > f.within_deadline(2019),
                  f"innen fristen {p(f.within_deadline(2019))} til {p(f.within_deadline())}: "
                  "en forverring")),
    _a("andel", "Litt over en tredjedel av klagene ble besvart innen fristen.",
       lambda f: (1 / 3 < f.within_deadline() <= 1 / 3 + 0.05,
                  f"innen fristen {p(f.within_deadline())}")),
    _a("andel", "De fleste klagene ble besvart innen fristen.",
       lambda f: (f.within_deadline() > 0.5, f"innen fristen {p(f.within_deadline())}")),
    _a("fra-til", "Uheldig, men ikke grunnlag for kritikk, økte fra "
                  "{{< var decisions.uheldig.minus1 >}} til {{< var decisions.uheldig.count >}} "
                  "saker.",
       lambda f: change("uheldig", f.decision("uheldig", 2019), f.decision("uheldig"), "up")),
    _a("retning", "Saker med grunnlag for kritikk ble flere i {{< var year.current >}}.",
       lambda f: change("kritikk", f.decision("kritikk", 2019), f.decision("kritikk"), "up")),
    _a("retning", "Antallet saker med grunnlag for kritikk ble nesten halvert.",
       lambda f: (0.5 < f.decision("kritikk") / f.decision("kritikk", 2019) <= 0.6,
                  f"kritikk {f.decision('kritikk', 2019)} til {f.decision('kritikk')}")),
    _a("rang", "Ikke grunnlag for kritikk var den vanligste avgjørelsen også i fjor.",
       lambda f: (the_max(f.decisions()) == ["ikke_grunnlag"]
                  and the_max(f.decisions(2019)) == ["ikke_grunnlag"],
                  f"2019: {listing(f.decisions(2019))}; 2020: {listing(f.decisions())}")),
    _a("rang", "Uheldig var den vanligste avgjørelsen i {{< var year.current >}}.",
       lambda f: (the_max(f.decisions()) == ["uheldig"], f"avgjørelser: {listing(f.decisions())}")),
    _a("likhet", "Uheldig og ikke grunnlag for kritikk var omtrent like vanlige utfall i år.",
       lambda f: (abs(f.decision("uheldig") - f.decision("ikke_grunnlag"))
                  <= 0.1 * max(f.decision("uheldig"), f.decision("ikke_grunnlag")),
                  f"uheldig {f.decision('uheldig')}, ikke grunnlag {f.decision('ikke_grunnlag')}")),
    _a("negasjon", "Ingen saker ble overført til annen instans.",
       lambda f: (f.decision("overfort") == 0, f"overført {f.decision('overfort')}")),
    _a("negasjon", "Ingen klager ble avvist i {{< var year.current >}}.",
       lambda f: (f.decision("avvist") == 0, f"avvist {f.decision('avvist')}")),
    _a("andel", "Saksbehandling var grunnlaget i under en tredjedel av klagene.",
       lambda f: (f.ground_share("saksbehandling") < 1 / 3,
                  f"saksbehandling {p(f.ground_share('saksbehandling'))}")),
    _a("andel", "Klager på saksbehandling og service utgjorde nesten halvparten av alle "
                "klagene.",
       lambda f: (0.43 <= f.ground_share("saksbehandling") < 0.5,
                  f"saksbehandling {p(f.ground_share('saksbehandling'))}")),
    _a("rang", "Adferd var det vanligste klagegrunnlaget.",
       lambda f: (the_max(f.grounds()) == ["adferd"], f"grunnlag: {listing(f.grounds())}")),
    _a("nivå", "Maktmisbruk var grunnlaget i {{< var grounds.maktmisbruk.count >}} klager.",
       lambda f: (True, f"maktmisbruk {f.ground('maktmisbruk')}")),
    _a("tall", "Fem klager gjaldt adferd.",
       lambda f: (f.ground("adferd") == 5,
                  f"adferd {f.ground('adferd')}; 5 er maktmisbruk")),
    _a("tall", "Fire av klagene gjaldt etnisk diskriminering.",
       lambda f: (f.ethnic_received() == 4 and f.ethnic_decided() == 4,
                  f"etnisk mottatt {f.ethnic_received()}, avgjort {f.ethnic_decided()}")),
    _a("retning", "Antall avgjorte klager med etnisk diskriminering økte fra i fjor.",
       lambda f: change("etnisk avgjort", f.ethnic_decided(2019), f.ethnic_decided(), "up")),
    _a("negasjon", "Ingen klager gjaldt annen diskriminering.",
       lambda f: (f.other_received() == 0 and f.other_decided() == 0,
                  f"annen diskriminering: mottatt {f.other_received()}, avgjort "
                  f"{f.other_decided()}")),
    _a("ingen", "Mange av klagene kom fra publikum i Kristiansand og Grimstad.",
       places_only),
    _a("sted", "I Bergen mottok vi {{< var received.total >}} klager i {{< var year.current >}}.",
       lambda f: (False, "Bergen er i Vest; 51 er Agders tall")),
    _a("sted", "Som i Oslo politidistrikt gikk antallet klager opp i år.",
       lambda f: (f.received() > f.received(2019)
                  and Facts("Oslo", 2020).received() > Facts("Oslo", 2020).received(2019),
                  f"mottatt Agder {f.received(2019)} til {f.received()}, Oslo "
                  f"{Facts('Oslo', 2020).received(2019)} til {Facts('Oslo', 2020).received()}: "
                  "ned begge steder")),
    _a("sammenligning", "Klagetallet i {{< var year.current >}} var lavere enn i "
                        "{{< var year.minus2 >}}.",
       lambda f: (f.received() < f.received(2018) and f.decided() < f.decided(2018),
                  f"mottatt 2018 {f.received(2018)}, 2020 {f.received()}; avgjort 2018 "
                  f"{f.decided(2018)}, 2020 {f.decided()}")),
    _a("rang", "Antall avgjorte klager var det høyeste siden 2016.",
       lambda f: (all(f.decided() >= f.decided(y) for y in range(2016, 2020)),
                  f"avgjort: {listing(f.decided_series())}")),
    _a("likhet", "I fjor og i forfjor ble det avgjort like mange klager.",
       lambda f: (f.decided(2019) == f.decided(2018),
                  f"avgjort 2018 {f.decided(2018)}, 2019 {f.decided(2019)}")),
    _a("nivå", "Året før kom det inn {{< var received.total >}} klager.",
       lambda f: (f.received(2019) == f.received(),
                  f"mottatt 2019 {f.received(2019)}; verdien er 2020s {f.received()}")),
    _a("alle", "Alle klagene mottatt i {{< var year.current >}} var ferdigbehandlet innen "
               "utgangen av mars {{< var year.next >}}.",
       lambda f: _all_decided_by(f, "2021-03-31")),
    _a("alle", "Samtlige klager fra {{< var year.current >}} var avsluttet ved årsskiftet.",
       lambda f: _all_decided_by(f, "2020-12-31")),
    _a("nivå", "Medianen for saksbehandlingstiden var "
               "{{< var handling_days.median_minus1 >}} dager i år.",
       lambda f: (f.median_days() == f.median_days(2019),
                  f"median 2020 {n(f.median_days())}; verdien er 2019s "
                  f"{n(f.median_days(2019))}")),
    _a("fra-til", "Gjennomsnittlig behandlingstid falt fra "
                  "{{< var handling_days.mean_minus1 >}} til {{< var handling_days.mean >}} "
                  "dager.",
       lambda f: change("snitt dager", f.mean_days(2019), f.mean_days(), "down")),
    _a("tall", "Det tok i snitt over 50 dager å behandle en klage.",
       lambda f: (f.mean_days() > 50, f"gjennomsnitt {n(f.mean_days())}")),
    _a("andel", "En snau tidel av sakene endte med kritikk.",
       lambda f: (0.08 <= f.decision_share("kritikk") < 0.10,
                  f"kritikk {p(f.decision_share('kritikk'))}")),
    _a("retning", "Andelen saker avgjort som uheldig økte fra i fjor.",
       lambda f: change("uheldig (%)", 100 * f.decision_share("uheldig", 2019),
                        100 * f.decision_share("uheldig"), "up")),
    _a("retning", "Andelen klager avgjort som ikke grunnlag for kritikk steg.",
       lambda f: change("ikke grunnlag (%)", 100 * f.decision_share("ikke_grunnlag", 2019),
                        100 * f.decision_share("ikke_grunnlag"), "up")),
    _a("tall", "Det ble avgjort {{< var decided.total >}} klager, fem færre enn året før.",
       lambda f: (f.decided(2019) - f.decided() == 5,
                  f"avgjort {f.decided(2019)} til {f.decided()}")),
    _a("tall", "Det kom {{< var received.total >}} klager, fem færre enn året før.",
       lambda f: (f.received(2019) - f.received() == 5,
                  f"mottatt {f.received(2019)} til {f.received()}")),
    _a("retning", "Saker som ikke kunne avklares, ble tredoblet.",
       lambda f: (abs(f.decision("ikke_avklart") / f.decision("ikke_avklart", 2019) - 3) <= 0.45,
                  f"ikke avklart {f.decision('ikke_avklart', 2019)} til "
                  f"{f.decision('ikke_avklart')}")),
    _a("sammenligning", "Det kom færre klager på maktmisbruk enn på adferd.",
       lambda f: (f.ground("maktmisbruk") < f.ground("adferd"),
                  f"maktmisbruk {f.ground('maktmisbruk')}, adferd {f.ground('adferd')}")),
    _a("tall", "Saksbehandlingstiden var i gjennomsnitt drøyt 41 dager.",
       lambda f: (41 < f.mean_days() <= 42, f"gjennomsnitt {n(f.mean_days())}")),
]  # fmt: skip


def labelled_part(part: str, sentences: list[Sentence]) -> list[dict]:
    """A part's items (without ids): rapport, art, sann, tekst, grunn, each label computed from
    its report's facts (the parts kontroll6, 7 and 8 share it)."""
    facts = {name: Facts(district, year) for name, (district, year, _) in REPORTS.items()}
    out = []
    for s in sentences:
        truth, reason = s.truth(facts[s.rapport])
        out.append(
            {"del": part, "rapport": s.rapport, "art": s.art, "sann": bool(truth),
             "tekst": s.tekst, "grunn": reason}
        )  # fmt: skip
    return out


def labelled() -> list[dict]:
    """The part's items (without ids): rapport, art, sann, tekst, grunn."""
    return labelled_part(PART, SENTENCES)


def part_functions(part: str, sentences: list[Sentence]):
    """The two functions every part's module has: `labelled()` (its items without ids:
    rapport, art, sann, tekst, grunn) and `main()` (prints them; `--yaml` as the corpus holds
    them), as `labelled, main = part_functions(PART, SENTENCES)`."""

    def labelled() -> list[dict]:
        return labelled_part(part, sentences)

    def main() -> int:
        return show(labelled(), sys.argv[1:])

    return labelled, main


def show(items: list[dict], argv: list[str]) -> int:
    """Print a part's items and labels (`--yaml`: as the corpus file holds them)."""
    if "--yaml" in argv:
        print(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=100), end="")
        return 0
    for item in items:
        mark = "S" if item["sann"] else "U"
        print(f"{mark} {item['rapport']:<10} {item['art']:<13} {item['tekst']}\n"
              f"      {item['grunn']}")  # fmt: skip
    false = sum(not i["sann"] for i in items)
    print(f"\n{len(items)} setninger: {false} usanne, {len(items) - false} sanne")
    return 0


def main(argv: list[str]) -> int:
    return show(labelled(), argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
