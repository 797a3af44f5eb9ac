"""The claim corpus's part `kontroll21`: each sentence with the code that labels it.

Written on 8 December 2026 (issue 21, session 7, task I) by an outsider who had not read the
check's rules, its lexicon, its list of small numbers or any earlier part's sentences (only how
parts are made and labelled, and a glance at the tail of kontroll12's module while finding its
helpers). Held out (`claimcorpus.HELD_OUT`): measured, never tuned on. All about **Oslo 2019**,
in the voice of an analyst writing this year's commentary from scratch for the final report: the
form's sections in order, most numbers as value placeholders, some typed; comparisons between
decisions, grounds and units, with last year and named earlier years, the series (highest and
lowest, «siden 2015»), handling time (mean against median, the 28-day deadline), discrimination
and the units. The false ones are near-misses: a placeholder of the right measure but the wrong
year or category, a direction that held last year, a rank off by one, a share word just outside
its value.

Labelled by a function over `tools.claim_facts` (the case files read with pandas, none of
klagerapport's code), with the documented readings of `tools.claim_readings`
(commentary/README.md): hedged numbers within the lexicon's relative tolerance, fraction words
within theirs, «over/under» strictly, typed percentages as the report prints them (whole percent,
half up), «diskriminering» alone is ethnic and other together, a handling-time claim naming
neither mean nor median is about both. A placeholder sentence is true when the placeholder's
measure, year and category are the ones the words say, and what the words add is true.

    .venv/bin/python -m tools.claim_corpus_kontroll21            # the labels and reasons
    .venv/bin/python -m tools.claim_corpus_kontroll21 --yaml     # the part as corpus YAML
"""

from __future__ import annotations

import sys

from tools.claim_corpus_kontroll6 import Sentence, change, part_functions, sentences_about
from tools.claim_facts import Facts, town_in
from tools.claim_readings import (
    FRACTION_HEDGED,
    every,
    factor,
    first,
    fraction,
    hedged_days,
    hedged_number,
    hedged_share,
    highest_since,
    listing,
    lowest_since,
    n,
    p,
    places_only,
    printed_percent,
    second,
    since,
    typed_share,
)

PART = "kontroll21"
OSLO = "oslo-2019"
_o = sentences_about(OSLO)
Y, Y1 = 2019, 2018


def _pct(before: float, after: float) -> float:
    return (after - before) / before


def _same(what: str, a: float, b: float) -> tuple[bool, str]:
    """A placeholder or figure that must be the value the words name: `a` the one used, `b` the
    one meant."""
    return a == b, f"{what}: plassholderens verdi {n(a)}, ordene gjelder {n(b)}"


def _more(what_a: str, a: float, what_b: str, b: float) -> tuple[bool, str]:
    return a > b, f"{what_a} {n(a)}, {what_b} {n(b)}"


def _prose(_f: Facts) -> tuple[bool, str]:
    return True, "ingen tallpåstand"


def _place_of(counts: dict, key: str, at: int) -> tuple[bool, str]:
    larger = sum(v > counts[key] for v in counts.values())
    tied = sum(v == counts[key] for v in counts.values()) > 1
    return larger + 1 == at and not tied, f"plass {larger + 1}: {listing(counts)}"


def _units_rank(f: Facts, name: str, at: int) -> tuple[bool, str]:
    return _place_of(f.units(), name, at)


def _mean_above_median(f: Facts) -> tuple[bool, str]:
    return f.mean_days() > f.median_days(), (
        f"snitt {n(f.mean_days())}, median {n(f.median_days())}"
    )


def _vest(f: Facts) -> tuple[bool, str]:
    vest = Facts("Vest", Y)
    return f.received() > vest.received(), f"Oslo {f.received()}, Vest {vest.received()}"


SENTENCES: list[Sentence] = [
    # ------------------------------------------------------------------ innledning / mottatte
    _o("prosa", "Rapporten beskriver klagesakene Oslo politidistrikt mottok og avsluttet i "
                "{{< var year.current >}}, og bygger på utdrag fra saksbehandlingssystemet.",
       _prose),
    _o("plassholder", "Oslo politidistrikt mottok {{< var received.total >}} klager i 2019, "
                      "mot {{< var received.minus1 >}} i 2018.",
       lambda f: every(_same("mottatt 2019", f.received(), f.received()),
                       _same("mottatt 2018", f.received(Y1), f.received(Y1)))),
    _o("plassholder", "Distriktet mottok {{< var received.minus1 >}} klager i 2019, en økning "
                      "fra året før.",
       lambda f: _same("mottatt 2019", f.received(Y1), f.received())),
    _o("retning", "Antallet mottatte klager økte med {{< var received.change >}} fra 2018.",
       lambda f: change("mottatt", f.received(Y1), f.received(), "up")),
    _o("retning", "Antallet mottatte klager gikk ned med {{< var received.change >}} fra i fjor.",
       lambda f: change("mottatt", f.received(Y1), f.received(), "down")),
    _o("antall", "Vi mottok drøyt 200 klager i 2019.",
       lambda f: hedged_number(f.received(), 200, "mottatt", "over")),
    _o("antall", "I underkant av 180 klager kom inn i 2019, omtrent som året før.",
       lambda f: hedged_number(f.received(), 180, "mottatt", "under")),
    _o("retning", "Det kom inn 37 flere klager enn i 2018.",
       lambda f: (f.received() - f.received(Y1) == 37,
                  f"mottatt {f.received(Y1)} til {f.received()}")),
    _o("retning", "Det kom inn 27 flere klager enn i 2018.",
       lambda f: (f.received() - f.received(Y1) == 27,
                  f"mottatt {f.received(Y1)} til {f.received()}")),
    _o("andel", "Økningen i mottatte klager var på rundt en femtedel.",
       lambda f: fraction(_pct(f.received(Y1), f.received()), 0.2, "økning",
                          tol=FRACTION_HEDGED)),
    _o("andel", "Antallet mottatte klager økte med nesten en tredjedel fra i fjor.",
       lambda f: fraction(_pct(f.received(Y1), f.received()), 1 / 3, "økning", how="under")),
    _o("antall", "Vi mottok 211 klager, mot 176 året før.",
       lambda f: (f.received() == 211 and f.received(Y1) == 176,
                  f"mottatt {f.received()}, året før {f.received(Y1)}")),
    _o("retning", "Også i år økte antallet klager som kom inn til distriktet.",
       lambda f: every(change("mottatt", f.received(Y1), f.received(), "up"),
                       change("mottatt året før", f.received(2017), f.received(Y1), "up"))),
    _o("retning", "Tallet på innkomne klager har steget år for år siden 2016.",
       lambda f: (all(f.received(y + 1) > f.received(y) for y in range(2016, Y)),
                  listing(since(f.received_series(), 2016)))),
    _o("alle", "{{< var received.all_decided_sentence >}} Ingen saker fra 2019 står dermed "
               "åpne.",
       lambda f: (f.open() == 0, f"åpne {f.open()}")),
    _o("alle", "Samtlige klager mottatt i 2019 var ferdigbehandlet før utgangen av januar 2020.",
       lambda f: (f.all_decided_by() is not None and str(f.all_decided_by()) <= "2020-01-31",
                  f"alle avsluttet {f.all_decided_by()}")),
    _o("alle", "Alle årets klager var avsluttet før nyttår.",
       lambda f: (f.all_decided_by() is not None and str(f.all_decided_by()) <= "2019-12-31",
                  f"alle avsluttet {f.all_decided_by()}")),
    _o("negasjon", "Ved utgangen av 2019 var ingen av årets klager under behandling.",
       lambda f: (f.open_at_year_end() == 0, f"åpne 31.12.: {f.open_at_year_end()}")),
    _o("antall", "Ved årsskiftet sto det fortsatt noen klager åpne, men alle var avsluttet "
                 "innen {{< var received.all_decided_by >}}.",
       lambda f: (f.open_at_year_end() > 0 and f.open() == 0,
                  f"åpne 31.12.: {f.open_at_year_end()}, åpne nå {f.open()}")),
    # ------------------------------------------------------------------ avsluttede / utvikling
    _o("plassholder", "Distriktet avsluttet {{< var decided.total >}} klagesaker i 2019, "
                      "det høyeste antallet i hele serien.",
       lambda f: highest_since(f.decided_series(), Y, "avsluttet")),
    _o("plassholder", "Det ble avsluttet {{< var decided.minus1 >}} saker i 2019.",
       lambda f: _same("avsluttet 2019", f.decided(Y1), f.decided())),
    _o("rang", "Antallet avsluttede saker er det nest høyeste siden statistikken startet i "
               "{{< var decided.first_year >}}.",
       lambda f: _place_of({str(k): v for k, v in f.decided_series().items()}, str(Y), 2)),
    _o("utvikling", "Antallet avsluttede saker har ikke vært lavere enn i 2015, da det var "
                    "{{< var development.min >}}.",
       lambda f: lowest_since(f.decided_series(), 2015, "avsluttet")),
    _o("utvikling", "Det laveste antallet avsluttede saker i serien var i 2011.",
       lambda f: lowest_since(f.decided_series(), 2011, "avsluttet")),
    _o("utvikling", "Siden 2015 har antallet avsluttede saker mer enn doblet seg.",
       lambda f: (f.decided() > 2 * f.decided(2015),
                  f"avsluttet 2015 {f.decided(2015)}, 2019 {f.decided()}")),
    _o("utvikling", "Siden 2015 har antallet avsluttede saker nesten tredoblet seg.",
       lambda f: (f.decided() < 3 * f.decided(2015)
                  and factor(f.decided(), f.decided(2015), 3, "2019 mot 2015")[0],
                  factor(f.decided(), f.decided(2015), 3, "avsluttet 2019 mot 2015")[1])),
    _o("utvikling", "Antallet avsluttede saker har økt hvert år siden 2015.",
       lambda f: (all(f.decided(y + 1) > f.decided(y) for y in range(2015, Y)),
                  listing(since(f.decided_series(), 2015)))),
    _o("utvikling", "Etter en liten nedgang i 2018 økte antallet avsluttede saker igjen i 2019.",
       lambda f: every(change("avsluttet 2017-2018", f.decided(2017), f.decided(Y1), "down"),
                       change("avsluttet 2018-2019", f.decided(Y1), f.decided(), "up"))),
    _o("utvikling", "De siste fem årene har antallet avsluttede saker ligget over 100 hvert år.",
       lambda f: (all(f.decided(y) > 100 for y in range(2015, Y + 1)),
                  listing(since(f.decided_series(), 2015)))),
    _o("utvikling", "Antallet avsluttede saker i 2019 er om lag 40 prosent høyere enn i 2007.",
       lambda f: hedged_share(_pct(f.decided(2007), f.decided()), 40, "økning fra 2007")),
    _o("utvikling", "I 2009 og 2010 ble det avsluttet færre enn 100 saker hvert år.",
       lambda f: (f.decided(2009) < 100 and f.decided(2010) < 100,
                  f"2009 {f.decided(2009)}, 2010 {f.decided(2010)}")),
    _o("retning", "Antallet avsluttede saker gikk ned med {{< var decided.change >}}.",
       lambda f: change("avsluttet", f.decided(Y1), f.decided(), "down")),
    _o("sammenligning", "I 2019 avsluttet vi flere saker enn vi mottok.",
       lambda f: _more("avsluttet", f.decided(), "mottatt", f.received())),
    _o("prosa", "Utviklingen over tid viser store svingninger fra år til år, og enkeltår bør "
                "ikke tillegges for stor vekt.",
       _prose),
    # ------------------------------------------------------------------ avgjørelser
    _o("rang", "Den vanligste avgjørelsen var ikke grunnlag for kritikk, med "
               "{{< var decisions.ikke_grunnlag.count >}} saker.",
       lambda f: first(f.decisions(), "ikke_grunnlag")),
    _o("rang", "Flest saker endte i 2019 med avgjørelsen uheldig, men ikke grunnlag for kritikk.",
       lambda f: first(f.decisions(), "uheldig")),
    _o("rang", "Uheldig, men ikke grunnlag for kritikk var nest vanligst med "
               "{{< var decisions.uheldig.count >}} saker.",
       lambda f: second(f.decisions(), "uheldig")),
    _o("rang", "Grunnlag for kritikk var den nest vanligste avgjørelsen.",
       lambda f: second(f.decisions(), "kritikk")),
    _o("plassholder", "I {{< var decisions.kritikk.minus1 >}} saker fant vi grunnlag for kritikk "
                      "i 2019.",
       lambda f: _same("kritikk 2019", f.decision("kritikk", Y1), f.decision("kritikk"))),
    _o("plassholder", "Det var grunnlag for kritikk i {{< var decisions.kritikk.count >}} saker, "
                      "mot {{< var decisions.kritikk.minus1 >}} året før, altså en økning.",
       lambda f: change("kritikk", f.decision("kritikk", Y1), f.decision("kritikk"), "up")),
    _o("andel", "Andelen saker med grunnlag for kritikk var {{< var decisions.kritikk.share >}}, "
                "omtrent som i fjor.",
       lambda f: hedged_share(f.decision_share("kritikk"),
                              100 * f.decision_share("kritikk", Y1), "kritikk")),
    _o("andel", "Hver åttende sak endte med kritikk.",
       lambda f: fraction(f.decision_share("kritikk"), 1 / 8, "kritikk")),
    _o("andel", "Rundt hver femte sak endte med kritikk.",
       lambda f: fraction(f.decision_share("kritikk"), 1 / 5, "kritikk", tol=FRACTION_HEDGED)),
    _o("andel", "Ikke grunnlag for kritikk utgjorde {{< var decisions.ikke_grunnlag.share >}} "
                "av sakene, ned fra {{< var decisions.ikke_grunnlag.minus1_share >}}.",
       lambda f: change("andel ikke grunnlag", f.decision_share("ikke_grunnlag", Y1),
                        f.decision_share("ikke_grunnlag"), "down")),
    _o("andel", "Andelen saker uten grunnlag for kritikk økte fra {{< var year.minus1 >}}.",
       lambda f: change("andel ikke grunnlag", f.decision_share("ikke_grunnlag", Y1),
                        f.decision_share("ikke_grunnlag"), "up")),
    _o("andel", "I drøyt en tredjedel av årets saker konkluderte vi med uheldig.",
       lambda f: fraction(f.decision_share("uheldig"), 1 / 3, "uheldig", how="over")),
    _o("andel", "Over 40 prosent av sakene endte med ikke grunnlag for kritikk.",
       lambda f: (f.decision_share("ikke_grunnlag") > 0.40,
                  f"ikke grunnlag {p(f.decision_share('ikke_grunnlag'))}")),
    _o("andel", "Knapt fire av ti av årets saker ble avsluttet med ikke grunnlag for kritikk.",
       lambda f: fraction(f.decision_share("ikke_grunnlag"), 0.4, "ikke grunnlag", how="under")),
    _o("andel", "Hver fjerde sak ble avgjort som uheldig.",
       lambda f: fraction(f.decision_share("uheldig"), 0.25, "uheldig")),
    _o("andel", "36 prosent av klagene ble avgjort som uheldig, mot 26 prosent i 2018.",
       lambda f: every(typed_share(f.decision_share("uheldig"), 36, "uheldig 2019"),
                       typed_share(f.decision_share("uheldig", Y1), 26, "uheldig 2018"))),
    _o("andel", "Uheldig utgjorde 39 prosent av avgjørelsene.",
       lambda f: typed_share(f.decision_share("uheldig"), 39, "uheldig")),
    _o("retning", "Antallet saker avgjort som uheldig økte kraftig, fra "
                  "{{< var decisions.uheldig.minus1 >}} til {{< var decisions.uheldig.count >}}.",
       lambda f: (_pct(f.decision("uheldig", Y1), f.decision("uheldig")) > 0.25,
                  f"uheldig {f.decision('uheldig', Y1)} til {f.decision('uheldig')} "
                  f"({p(_pct(f.decision('uheldig', Y1), f.decision('uheldig')))}; kraftig: "
                  "over 25 %, vår lesning)")),
    _o("retning", "Saker avgjort som uheldig gikk noe ned fra i fjor.",
       lambda f: change("uheldig", f.decision("uheldig", Y1), f.decision("uheldig"), "down")),
    _o("retning", "Antallet saker overført til annen instans økte fra i fjor.",
       lambda f: change("overført", f.decision("overfort", Y1), f.decision("overfort"), "up")),
    _o("sammenligning", "Avviste og overførte saker var like mange, {{< var "
                        "decisions.avvist.count >}} hver.",
       lambda f: (f.decision("avvist") == f.decision("overfort"),
                  f"avvist {f.decision('avvist')}, overført {f.decision('overfort')}")),
    _o("sammenligning", "Det var flere avviste saker enn saker der hendelsesforløpet ikke ble "
                        "avklart.",
       lambda f: _more("avvist", f.decision("avvist"), "ikke avklart",
                       f.decision("ikke_avklart"))),
    _o("plassholder", "I {{< var decisions.ikke_avklart.count >}} saker lyktes ikke "
                      "undersøkelsene i å avklare hendelsesforløpet, omtrent som året før.",
       lambda f: (abs(f.decision("ikke_avklart") - f.decision("ikke_avklart", Y1))
                  <= 0.1 * f.decision("ikke_avklart", Y1),
                  f"ikke avklart {f.decision('ikke_avklart', Y1)} til "
                  f"{f.decision('ikke_avklart')}")),
    _o("plassholder", "Undersøkelsene klarte ikke å avklare hendelsesforløpet i "
                      "{{< var decisions.avvist.count >}} saker.",
       lambda f: _same("ikke avklart", f.decision("avvist"), f.decision("ikke_avklart"))),
    _o("sammenligning", "Det var om lag tre ganger så mange saker med uheldig som med kritikk.",
       lambda f: factor(f.decision("uheldig"), f.decision("kritikk"), 3, "uheldig/kritikk")),
    _o("sammenligning", "Uheldig og ikke grunnlag for kritikk sto til sammen for tre av fire "
                        "avgjørelser.",
       lambda f: fraction((f.decision("uheldig") + f.decision("ikke_grunnlag"))
                          / f.received(), 0.75, "uheldig + ikke grunnlag")),
    _o("sammenligning", "Forskjellen mellom uheldig og ikke grunnlag for kritikk er blitt "
                        "markert mindre siden i fjor.",
       lambda f: (abs(f.decision("ikke_grunnlag") - f.decision("uheldig"))
                  < abs(f.decision("ikke_grunnlag", Y1) - f.decision("uheldig", Y1)),
                  f"2018: {f.decision('ikke_grunnlag', Y1)} mot {f.decision('uheldig', Y1)}; "
                  f"2019: {f.decision('ikke_grunnlag')} mot {f.decision('uheldig')}")),
    _o("negasjon", "Verken avviste eller overførte saker økte i antall.",
       lambda f: (f.decision("avvist") <= f.decision("avvist", Y1)
                  and f.decision("overfort") <= f.decision("overfort", Y1),
                  f"avvist {f.decision('avvist', Y1)} til {f.decision('avvist')}, overført "
                  f"{f.decision('overfort', Y1)} til {f.decision('overfort')}")),
    _o("negasjon", "Ingen saker ble avvist i 2019.",
       lambda f: (f.decision("avvist") == 0, f"avvist {f.decision('avvist')}")),
    _o("andel", "Andelen saker der hendelsesforløpet ikke ble avklart, økte fra "
                "{{< var decisions.ikke_avklart.minus1_share >}} til "
                "{{< var decisions.ikke_avklart.share >}}.",
       lambda f: change("andel ikke avklart", f.decision_share("ikke_avklart", Y1),
                        f.decision_share("ikke_avklart"), "up")),
    # ------------------------------------------------------------------ grunnlag
    _o("rang", "Saksbehandling/service var det vanligste grunnlaget for klage, med "
               "{{< var grounds.saksbehandling.count >}} saker.",
       lambda f: first(f.grounds(), "saksbehandling")),
    _o("rang", "Adferd var det vanligste klagegrunnlaget, fulgt av saksbehandling.",
       lambda f: every(first(f.grounds(), "adferd"), second(f.grounds(), "saksbehandling"))),
    _o("rang", "Adferd var nest vanligst med {{< var grounds.adferd.count >}} klager.",
       lambda f: second(f.grounds(), "adferd")),
    _o("rang", "Maktmisbruk var det tredje vanligste grunnlaget.",
       lambda f: _place_of(f.grounds(), "maktmisbruk", 3)),
    _o("andel", "Klager om saksbehandling utgjorde {{< var grounds.saksbehandling.share >}}, "
                "litt under halvparten av alle klager.",
       lambda f: fraction(f.ground_share("saksbehandling"), 0.5, "saksbehandling",
                          how="under", tol=0.1)),
    _o("andel", "Over halvparten av klagene gjaldt saksbehandling eller service.",
       lambda f: fraction(f.ground_share("saksbehandling"), 0.5, "saksbehandling", how="above")),
    _o("andel", "Adferd og saksbehandling sto til sammen for {{< var "
                "grounds.adferd_saksbehandling.share >}} av klagene, altså fire av fem.",
       lambda f: fraction((f.ground("adferd") + f.ground("saksbehandling")) / f.received(), 0.8,
                          "adferd + saksbehandling")),
    _o("andel", "Klager på tjenestepersonenes adferd utgjorde rundt en tredjedel av årets klager.",
       lambda f: fraction(f.ground_share("adferd"), 1 / 3, "adferd", tol=FRACTION_HEDGED)),
    _o("andel", "Hver fjerde klage gjaldt adferd.",
       lambda f: fraction(f.ground_share("adferd"), 0.25, "adferd")),
    _o("andel", "Om lag 6 prosent av klagene gjaldt maktmisbruk.",
       lambda f: hedged_share(f.ground_share("maktmisbruk"), 6, "maktmisbruk")),
    _o("andel", "Maktmisbruk utgjorde 8 prosent av klagene.",
       lambda f: typed_share(f.ground_share("maktmisbruk"), 8, "maktmisbruk")),
    _o("antall", "Det kom bare én klage om brudd på taushetsplikt.",
       lambda f: (f.ground("taushetsplikt") == 1, f"taushetsplikt {f.ground('taushetsplikt')}")),
    _o("negasjon", "Verken taushetsplikt eller manglende ID ga noen klager i 2019.",
       lambda f: (f.ground("taushetsplikt") == 0 and f.ground("id") == 0,
                  f"taushetsplikt {f.ground('taushetsplikt')}, id {f.ground('id')}")),
    _o("plassholder", "{{< var grounds.annet.count >}} klager gjaldt maktmisbruk.",
       lambda f: _same("maktmisbruk", f.ground("annet"), f.ground("maktmisbruk"))),
    _o("sammenligning", "Det var nesten åtte ganger så mange klager om saksbehandling som om "
                        "maktmisbruk.",
       lambda f: (f.ground("saksbehandling") < 8 * f.ground("maktmisbruk")
                  and factor(f.ground("saksbehandling"), f.ground("maktmisbruk"), 8, "")[0],
                  factor(f.ground("saksbehandling"), f.ground("maktmisbruk"), 8,
                         "saksbehandling/maktmisbruk")[1])),
    _o("sammenligning", "Det kom flere klager om maktmisbruk enn med annet grunnlag.",
       lambda f: _more("maktmisbruk", f.ground("maktmisbruk"), "annet", f.ground("annet"))),
    _o("sammenligning", "Klager om adferd var flere enn klager om saksbehandling.",
       lambda f: _more("adferd", f.ground("adferd"), "saksbehandling", f.ground("saksbehandling"))),
    # ------------------------------------------------------------------ diskriminering
    _o("plassholder", "Det ble avsluttet {{< var discrimination.etnisk.decided >}} saker om "
                      "etnisk diskriminering, mot {{< var discrimination.etnisk.decided_minus1 >}}"
                      " i 2018.",
       lambda f: (True, f"etnisk avsluttet {f.ethnic_decided(Y1)} til {f.ethnic_decided()}")),
    _o("plassholder", "Det ble avsluttet {{< var discrimination.etnisk.decided_minus1 >}} saker "
                      "om etnisk diskriminering i 2019.",
       lambda f: _same("etnisk avsluttet 2019", f.ethnic_decided(Y1), f.ethnic_decided())),
    _o("diskriminering", "Antallet avsluttede saker om etnisk diskriminering økte fra i fjor.",
       lambda f: change("etnisk avsluttet", f.ethnic_decided(Y1), f.ethnic_decided(), "up")),
    _o("diskriminering", "Det høyeste antallet avsluttede saker om etnisk diskriminering var i "
                         "2019.",
       lambda f: highest_since(f.ethnic_decided_series(), Y, "etnisk avsluttet")),
    _o("diskriminering", "Det høyeste antallet avsluttede saker om etnisk diskriminering hadde "
                         "vi i {{< var discrimination.etnisk.decided_max_year >}}, med "
                         "{{< var discrimination.etnisk.decided_max >}} saker.",
       lambda f: (True, listing(f.ethnic_decided_series()))),
    _o("diskriminering", "Med {{< var discrimination.etnisk.decided >}} avsluttede saker om etnisk "
                         "diskriminering var 2019 det nest høyeste året siden 2007.",
       lambda f: _place_of({str(k): v for k, v in f.ethnic_decided_series().items()}, str(Y),
                           2)),
    _o("diskriminering", "I 2017 ble det avsluttet 7 saker om etnisk diskriminering, det laveste "
                         "siden 2014.",
       lambda f: every((f.ethnic_decided(2017) == 7, f"2017 {f.ethnic_decided(2017)}"),
                       lowest_since(f.ethnic_decided_series(), 2017, "etnisk", 2014))),
    _o("diskriminering", "Antallet avsluttede saker om etnisk diskriminering har mer enn "
                         "doblet seg siden 2017.",
       lambda f: (f.ethnic_decided() > 2 * f.ethnic_decided(2017),
                  f"etnisk avsluttet 2017 {f.ethnic_decided(2017)}, 2019 {f.ethnic_decided()}")),
    _o("diskriminering", "Det kom inn {{< var discrimination.annen.received >}} klager om annen "
                         "diskriminering enn etnisk.",
       lambda f: (True, f"annen mottatt {f.other_received()}")),
    _o("diskriminering", "Det kom inn {{< var discrimination.annen.received >}} klager om "
                         "etnisk diskriminering.",
       lambda f: _same("etnisk mottatt", f.other_received(), f.ethnic_received())),
    _o("diskriminering", "Til sammen 18 klager gjaldt diskriminering.",
       lambda f: (f.ethnic_received() + f.other_received() == 18,
                  f"etnisk {f.ethnic_received()} + annen {f.other_received()} (diskriminering "
                  "alene er begge)")),
    _o("diskriminering", "Til sammen 15 klager gjaldt diskriminering.",
       lambda f: (f.ethnic_received() + f.other_received() == 15,
                  f"etnisk {f.ethnic_received()} + annen {f.other_received()} (diskriminering "
                  "alene er begge)")),
    _o("diskriminering", "Ingen av sakene om etnisk diskriminering endte med kritikk.",
       lambda f: (f.ethnic_by("avgjorelse")["kritikk"] == 0,
                  "etnisk: " + listing(f.ethnic_by("avgjorelse")))),
    _o("diskriminering", "De fleste klagene om etnisk diskriminering gjaldt adferd.",
       lambda f: (f.ethnic_by("grunnlag")["adferd"] > f.ethnic_received() / 2,
                  "etnisk: " + listing(f.ethnic_by("grunnlag")))),
    _o("diskriminering", "Klagene om etnisk diskriminering gjaldt oftest maktmisbruk.",
       lambda f: first(f.ethnic_by("grunnlag"), "maktmisbruk")),
    _o("diskriminering", "Det ble mottatt flere klager om etnisk diskriminering enn det ble "
                         "avsluttet.",
       lambda f: _more("etnisk mottatt", f.ethnic_received(), "avsluttet", f.ethnic_decided())),
    # ------------------------------------------------------------------ behandlingstid
    _o("behandlingstid", "Gjennomsnittlig behandlingstid var {{< var handling_days.mean >}} "
                         "dager, {{< var handling_days.change_sentence >}}.",
       lambda f: (True, f"snitt {n(f.mean_days(Y1))} til {n(f.mean_days())}")),
    _o("behandlingstid", "Gjennomsnittlig behandlingstid var {{< var handling_days.median >}} "
                         "dager.",
       lambda f: _same("snitt", f.median_days(), round(f.mean_days(), 1))),
    _o("behandlingstid", "Medianen for behandlingstid var {{< var handling_days.median >}} dager,"
                         " ned fra {{< var handling_days.median_minus1 >}} dager i fjor.",
       lambda f: change("median", f.median_days(Y1), f.median_days(), "down")),
    _o("behandlingstid", "Gjennomsnittlig behandlingstid økte fra i fjor.",
       lambda f: change("snitt", f.mean_days(Y1), f.mean_days(), "up")),
    _o("behandlingstid", "Både gjennomsnitt og median gikk ned fra 2018.",
       lambda f: every(change("snitt", f.mean_days(Y1), f.mean_days(), "down"),
                       change("median", f.median_days(Y1), f.median_days(), "down"))),
    _o("behandlingstid", "Gjennomsnittet lå høyere enn medianen, noe som tyder på at noen få "
                         "saker tok lang tid.",
       _mean_above_median),
    _o("behandlingstid", "Medianen lå over gjennomsnittet.",
       lambda f: (f.median_days() > f.mean_days(),
                  f"median {n(f.median_days())}, snitt {n(f.mean_days())}")),
    _o("behandlingstid", "Klagene ble i snitt behandlet på 15 dager i 2019.",
       lambda f: (round(f.mean_days(), 1) == 15, f"snitt {n(f.mean_days())}")),
    _o("behandlingstid", "Medianen var 15 dager, mens gjennomsnittet lå på 16,7.",
       lambda f: (f.median_days() == 15 and round(f.mean_days(), 1) == 16.7,
                  f"median {n(f.median_days())}, snitt {n(f.mean_days())}")),
    _o("behandlingstid", "I gjennomsnitt tok det rundt to uker å behandle en klage i 2019.",
       lambda f: hedged_days(f.mean_days(), 14, "snitt")),
    _o("behandlingstid", "Minst halvparten av årets klager fikk svar på 15 dager eller mindre.",
       lambda f: (sum(d <= 15 for d in f.handling_days()) / len(f.handling_days()) >= 0.5,
                  f"{p(sum(d <= 15 for d in f.handling_days()) / len(f.handling_days()))} "
                  "på 15 dager eller mindre")),
    _o("behandlingstid", "Medianen gikk ned med tre dager.",
       lambda f: (f.median_days(Y1) - f.median_days() == 3,
                  f"median {n(f.median_days(Y1))} til {n(f.median_days())}")),
    _o("frist", "Andelen besvart innen fristen steg svakt, fra "
                "{{< var handling_days.within_deadline_minus1 >}} til "
                "{{< var handling_days.within_deadline >}}.",
       lambda f: change("innen fristen", f.within_deadline(Y1), f.within_deadline(), "up")),
    _o("frist", "Andelen besvart innen fristen gikk litt ned fra 2018.",
       lambda f: change("innen fristen", f.within_deadline(Y1), f.within_deadline(), "down")),
    _o("frist", "Nesten ni av ti klagere i 2019 fikk svar innen 28 dager.",
       lambda f: fraction(f.within_deadline(), 0.9, "innen fristen", how="under")),
    _o("frist", "I 2019 fikk over 90 prosent av klagerne svar innen fristen.",
       lambda f: (f.within_deadline() > 0.9, f"innen fristen {p(f.within_deadline())}")),
    _o("frist", "Omtrent hver åttende klage tok lengre tid enn fristen på 28 dager.",
       lambda f: fraction(f.share_over(28), 1 / 8, "over fristen", tol=FRACTION_HEDGED)),
    _o("frist", "Hver femte klage ble ikke besvart innen fristen.",
       lambda f: fraction(f.share_over(28), 0.2, "over fristen")),
    _o("frist", "88 prosent ble besvart innen fristen, mot 87 prosent i fjor.",
       lambda f: every(typed_share(f.within_deadline(), 88, "2019"),
                       typed_share(f.within_deadline(Y1), 87, "2018"))),
    _o("frist", "87 prosent av klagene i 2019 ble besvart innen fristen.",
       lambda f: typed_share(f.within_deadline(), 87, "innen fristen")),
    _o("frist", "Fristen på 28 dager ble overskredet i {{< var handling_days.n >}} saker.",
       lambda f: _same("over fristen", f.handling_days().__len__(), f.count_over(28))),
    # ------------------------------------------------------------------ enheter
    _o("enhet", "Pass fikk flest klager av enhetene, {{< var units.pass.count >}}.",
       lambda f: _units_rank(f, "Pass", 1)),
    _o("enhet", "Orden Sentrum var enheten med nest flest klager.",
       lambda f: _units_rank(f, "Orden Sentrum", 2)),
    _o("enhet", "Sentralbord og operasjonssentral hadde nest flest klager.",
       lambda f: _units_rank(f, "Sentralbord og operasjonssentral", 2)),
    _o("enhet", "Grønland politistasjon hadde tredje flest klager.",
       lambda f: _units_rank(f, "Grønland politistasjon", 3)),
    _o("enhet", "Antallet klager mot Pass ble nesten tredoblet fra 2018 til 2019.",
       lambda f: (f.unit("Pass") < 3 * f.unit("Pass", Y1)
                  and factor(f.unit("Pass"), f.unit("Pass", Y1), 3, "")[0],
                  factor(f.unit("Pass"), f.unit("Pass", Y1), 3, "Pass 2019 mot 2018")[1])),
    _o("enhet", "Pass fikk {{< var units.pass.minus1 >}} klager i 2019, flere enn noen annen "
                "enhet.",
       lambda f: _same("Pass 2019", f.unit("Pass", Y1), f.unit("Pass"))),
    _o("enhet", "Om lag hver femte av årets klager var rettet mot Pass.",
       lambda f: fraction(f.unit("Pass") / f.received(), 0.2, "Pass", tol=FRACTION_HEDGED)),
    _o("enhet", "Pass sto for over en fjerdedel av klagene.",
       lambda f: fraction(f.unit("Pass") / f.received(), 0.25, "Pass", how="above")),
    _o("enhet", "Pass fikk mer enn dobbelt så mange klager som Orden Sentrum.",
       lambda f: (f.unit("Pass") > 2 * f.unit("Orden Sentrum"),
                  f"Pass {f.unit('Pass')}, Orden Sentrum {f.unit('Orden Sentrum')}")),
    _o("enhet", "Grønland politistasjon fikk {{< var units.gronland_politistasjon.count >}} "
                "klager, en økning fra {{< var units.gronland_politistasjon.minus1 >}}.",
       lambda f: change("Grønland", f.unit("Grønland politistasjon", Y1),
                        f.unit("Grønland politistasjon"), "up")),
    _o("enhet", "Stovner politistasjon fikk færre klager enn i 2018.",
       lambda f: change("Stovner", f.unit("Stovner politistasjon", Y1),
                        f.unit("Stovner politistasjon"), "down")),
    _o("enhet", "Asker og Bærum politistasjon fikk {{< var "
                "units.asker_og_baerum_politistasjon.count >}} klager, en økning fra i fjor.",
       lambda f: change("Asker og Bærum", f.unit("Asker og Bærum politistasjon", Y1),
                        f.unit("Asker og Bærum politistasjon"), "up")),
    _o("enhet", "Asker og Bærum og Stovner fikk like mange klager.",
       lambda f: (f.unit("Asker og Bærum politistasjon") == f.unit("Stovner politistasjon"),
                  f"Asker og Bærum {f.unit('Asker og Bærum politistasjon')}, Stovner "
                  f"{f.unit('Stovner politistasjon')}")),
    _o("enhet", "Alle de tre patruljeenhetene fikk færre klager enn i 2018.",
       lambda f: every(*(change(u, f.unit(u, Y1), f.unit(u), "down")
                         for u in ("Patrulje Øst", "Patrulje Sør", "Patrulje Vest")))),
    _o("enhet", "Patrulje Vest fikk flere klager enn Patrulje Øst.",
       lambda f: _more("Patrulje Vest", f.unit("Patrulje Vest"), "Øst", f.unit("Patrulje Øst"))),
    _o("enhet", "Blant patruljene fikk Øst flere klager enn Vest i 2019.",
       lambda f: _more("Patrulje Øst", f.unit("Patrulje Øst"), "Vest", f.unit("Patrulje Vest"))),
    _o("enhet", "Sentralbord og operasjonssentral fikk {{< var "
                "units.sentralbord_og_operasjonssentral.count >}} klager, flere enn Orden Sentrum.",
       lambda f: _more("Sentralbord", f.unit("Sentralbord og operasjonssentral"), "Orden Sentrum",
                       f.unit("Orden Sentrum"))),
    _o("enhet", "Utlendingsavsnittet fikk flere klager enn i fjor, men færre enn i 2017.",
       lambda f: every(change("Utlendingsavsnittet", f.unit("Utlendingsavsnittet", Y1),
                              f.unit("Utlendingsavsnittet"), "up"),
                       change("Utlendingsavsnittet mot 2017", f.unit("Utlendingsavsnittet", 2017),
                              f.unit("Utlendingsavsnittet"), "down"))),
    _o("enhet", "Namsavdelingen fikk {{< var units.namsavdelingen.minus1 >}} klager i 2019.",
       lambda f: _same("Namsavdelingen 2019", f.unit("Namsavdelingen", Y1),
                       f.unit("Namsavdelingen"))),
    _o("enhet", "Våpen og Hittegods fikk færrest klager, tre hver.",
       lambda f: (f.unit("Våpen") == 3 and f.unit("Hittegods") == 3,
                  f"Våpen {f.unit('Våpen')}, Hittegods {f.unit('Hittegods')}")),
    _o("sted", "Grønland politistasjon fikk mer enn dobbelt så mange klager som "
               "Majorstuen politistasjon.",
       lambda f: (f.unit("Grønland politistasjon") > 2 * f.unit("Majorstuen politistasjon"),
                  f"Grønland {f.unit('Grønland politistasjon')}, Majorstuen "
                  f"{f.unit('Majorstuen politistasjon')}")),
    _o("sted", "Klager fra Bærum og Asker behandles nå av Oslo politidistrikt.",
       lambda f: every(town_in("Bærum", f.district), town_in("Asker", f.district))),
    _o("sted", "Klager mot politiet i Drammen inngår også i tallene for Oslo.",
       lambda f: town_in("Drammen", f.district)),
    _o("sted", "Oslo mottok flere klager enn Vest politidistrikt i 2019.",
       lambda f: _vest(f)),
    _o("sted", "Tallene omfatter klager mot tjenestesteder fra Grorud til Ullern.",
       places_only),
    _o("prosa", "Økningen i klager henger trolig sammen med økt pågang ved passkontorene.",
       _prose),
    # ------------------------------------------------------------------ flere nær-bom
    _o("utvikling", "Før i år var 2018 året med flest avsluttede saker.",
       lambda f: highest_since(since(f.decided_series(), None, Y1), Y1, "avsluttet før 2019")),
    _o("utvikling", "Antallet avsluttede saker økte for tredje år på rad.",
       lambda f: every(*(change(f"avsluttet {y - 1}-{y}", f.decided(y - 1), f.decided(y), "up")
                         for y in (2017, 2018, 2019)))),
    _o("behandlingstid", "Den gjennomsnittlige behandlingstiden for årets klager var "
                         "{{< var handling_days.mean_minus1 >}} dager.",
       lambda f: _same("snitt 2019", round(f.mean_days(Y1), 1), round(f.mean_days(), 1))),
    _o("behandlingstid", "Medianen var {{< var handling_days.median >}} dager, ned fra "
                         "{{< var handling_days.mean_minus1 >}} dager i fjor.",
       lambda f: _same("median 2018", round(f.mean_days(Y1), 1), f.median_days(Y1))),
    _o("frist", "I 2019 ble {{< var handling_days.within_deadline_minus1 >}} av klagene besvart "
                "innen fristen.",
       lambda f: typed_share(f.within_deadline(), printed_percent(f.within_deadline(Y1)),
                             "innen fristen 2019")),
    _o("andel", "Om lag en tredjedel av klagene gjaldt saksbehandling.",
       lambda f: fraction(f.ground_share("saksbehandling"), 1 / 3, "saksbehandling",
                          tol=FRACTION_HEDGED)),
    _o("andel", "Nesten halvparten av årets saker ble avsluttet med ikke grunnlag for kritikk.",
       lambda f: fraction(f.decision_share("ikke_grunnlag"), 0.5, "ikke grunnlag", how="under")),
    _o("andel", "Uheldig utgjorde {{< var decisions.uheldig.minus1_share >}} av avgjørelsene i "
                "2019.",
       lambda f: typed_share(f.decision_share("uheldig"),
                             printed_percent(f.decision_share("uheldig", Y1)), "uheldig 2019")),
    _o("enhet", "Orden Sentrum fikk færre klager enn i 2018.",
       lambda f: change("Orden Sentrum", f.unit("Orden Sentrum", Y1), f.unit("Orden Sentrum"),
                        "down")),
    _o("enhet", "Sentralbord og operasjonssentral fikk omtrent like mange klager som året før.",
       lambda f: (abs(f.unit("Sentralbord og operasjonssentral")
                      - f.unit("Sentralbord og operasjonssentral", Y1))
                  <= 0.1 * f.unit("Sentralbord og operasjonssentral", Y1),
                  f"Sentralbord {f.unit('Sentralbord og operasjonssentral', Y1)} til "
                  f"{f.unit('Sentralbord og operasjonssentral')} (innen 10 %)")),
    _o("diskriminering", "Klager om etnisk diskriminering utgjorde 9 prosent av de mottatte "
                         "klagene.",
       lambda f: typed_share(f.ethnic_received() / f.received(), 9, "etnisk")),
    _o("fra-til", "Det var grunnlag for kritikk i 26 saker, fem færre enn i 2018.",
       lambda f: (f.decision("kritikk") == 26
                  and f.decision("kritikk", Y1) - f.decision("kritikk") == 5,
                  f"kritikk {f.decision('kritikk', Y1)} til {f.decision('kritikk')}")),
    _o("enhet", "Patrulje Sør fikk flere klager enn i fjor.",
       lambda f: change("Patrulje Sør", f.unit("Patrulje Sør", Y1), f.unit("Patrulje Sør"),
                        "up")),
    _o("andel", "Andelen saker avgjort som uheldig økte med rundt 15 prosentpoeng.",
       lambda f: hedged_share(f.decision_share("uheldig") - f.decision_share("uheldig", Y1), 15,
                              "økning i andel uheldig")),
    _o("enhet", "Pass fikk {{< var units.pass.count >}} klager, nesten tre ganger så mange som "
                "Sentralbord og operasjonssentral.",
       lambda f: factor(f.unit("Pass"), f.unit("Sentralbord og operasjonssentral"), 3,
                        "Pass/Sentralbord")),
    _o("diskriminering", "I 2016 ble det avsluttet {{< var discrimination.etnisk.decided_minus2 >}}"
                         " saker om etnisk diskriminering.",
       lambda f: _same("etnisk avsluttet 2016", f.ethnic_decided(2017), f.ethnic_decided(2016))),
]  # fmt: skip


labelled, main = part_functions(PART, SENTENCES)


if __name__ == "__main__":
    sys.exit(main())
