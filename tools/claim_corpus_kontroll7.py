"""The claim corpus's part `kontroll7`: each sentence with the code that labels it.

Written on 7 December 2026 (issue 21), after the rules were fixed from kontroll6 but before
those fixes were run on any of it, and committed before the check was run on it: analyst prose
about Troms 2021 (a third report, from the national sample: a small district, a year with no
kritikk case, two grounds tied, every case answered before the year's end), Oslo 2019 and
Agder 2020. Labelled like kontroll6 (tools/claim_corpus_kontroll6.py): by a function over
`tools.claim_facts` (the case files read with pandas, none of klagerapport's code). It is held
out: measured, never used to fix a rule (tests/claimcorpus.py HELD_OUT).

    .venv/bin/python -m tools.claim_corpus_kontroll7            # the labels and reasons
"""

from __future__ import annotations

import sys

from tools.claim_corpus_kontroll6 import (
    Sentence,
    change,
    part_functions,
    sentences_about,
    the_max,
)
from tools.claim_facts import Facts
from tools.claim_readings import listing, n, p, rising

PART = "kontroll7"
OSLO = "oslo-2019"
AGDER = "agder-2020"
TROMS = "troms-2021"


_t, _o, _a = map(sentences_about, (TROMS, OSLO, AGDER))


def _every_year_up(f: Facts, unit: str, first: int) -> tuple[bool, str]:
    counts = [f.unit(unit, y) for y in range(first, f.year + 1)]
    return rising(counts), f"{unit}: " + ", ".join(str(c) for c in counts)


def _troms_units(f: Facts) -> dict[str, int]:
    cases = f.received_cases(f.year)
    return cases["enhet"].str.strip().value_counts().to_dict()


SENTENCES: list[Sentence] = [
    # ------------------------------------------------------------------ Troms 2021
    _t("tall", "Troms politidistrikt mottok {{< var received.total >}} klager i "
               "{{< var year.current >}}, to flere enn året før.",
       lambda f: (f.received() - f.received(2020) == 2,
                  f"mottatt {f.received(2020)} til {f.received()}")),
    _t("retning", "Antall innkomne klager gikk ned i {{< var year.current >}}.",
       lambda f: change("mottatt", f.received(2020), f.received(), "down")),
    _t("negasjon", "Ingen saker ble avgjort med grunnlag for kritikk i år.",
       lambda f: (f.decision("kritikk") == 0, f"kritikk {f.decision('kritikk')}")),
    _t("retning", "Antall kritikksaker var uendret fra året før.",
       lambda f: change("kritikk", f.decision("kritikk", 2020), f.decision("kritikk"), "same")),
    _t("rang", "Uheldig, men ikke grunnlag for kritikk, var den klart vanligste avgjørelsen.",
       lambda f: (the_max(f.decisions()) == ["uheldig"], f"avgjørelser: {listing(f.decisions())}")),
    _t("rang", "Ikke grunnlag for kritikk var det hyppigste utfallet i {{< var year.current >}}.",
       lambda f: (the_max(f.decisions()) == ["ikke_grunnlag"],
                  f"avgjørelser: {listing(f.decisions())}")),
    _t("retning", "Saker uten grunnlag for kritikk holdt seg på samme nivå som i fjor.",
       lambda f: (abs(f.decision("ikke_grunnlag") - f.decision("ikke_grunnlag", 2020))
                  <= 0.1 * max(f.decision("ikke_grunnlag"), f.decision("ikke_grunnlag", 2020)),
                  f"ikke grunnlag {f.decision('ikke_grunnlag', 2020)} til "
                  f"{f.decision('ikke_grunnlag')}")),
    _t("retning", "Antallet avviste saker ble halvert.",
       lambda f: (abs(f.decision("avvist") / f.decision("avvist", 2020) - 0.5) <= 0.075,
                  f"avvist {f.decision('avvist', 2020)} til {f.decision('avvist')}")),
    _t("retning", "Antallet avviste saker ble fordoblet.",
       lambda f: (abs(f.decision("avvist") / f.decision("avvist", 2020) - 2) <= 0.3,
                  f"avvist {f.decision('avvist', 2020)} til {f.decision('avvist')}")),
    _t("likhet", "Adferd og saksbehandling fikk like mange klager.",
       lambda f: (f.ground("adferd") == f.ground("saksbehandling"),
                  f"adferd {f.ground('adferd')}, saksbehandling {f.ground('saksbehandling')}")),
    _t("rang", "Saksbehandling var det klart vanligste klagegrunnlaget.",
       lambda f: (the_max(f.grounds()) == ["saksbehandling"], f"grunnlag: {listing(f.grounds())}")),
    _t("negasjon", "Ingen klager gjaldt brudd på taushetsplikt i {{< var year.current >}}.",
       lambda f: (f.ground("taushetsplikt") == 0, f"taushetsplikt {f.ground('taushetsplikt')}")),
    _t("negasjon", "Ingen av klagene handlet om maktmisbruk.",
       lambda f: (f.ground("maktmisbruk") == 0, f"maktmisbruk {f.ground('maktmisbruk')}")),
    _t("fra-til", "Saksbehandlingstiden økte noe, fra {{< var handling_days.mean_minus1 >}} til "
                  "{{< var handling_days.mean >}} dager.",
       lambda f: change("snitt dager", f.mean_days(2020), f.mean_days(), "up")),
    _t("retning", "Medianen for saksbehandlingstiden ble kortere.",
       lambda f: change("median dager", f.median_days(2020), f.median_days(), "down")),
    _t("andel", "Ni av ti klager ble besvart innen fristen.",
       lambda f: (abs(f.within_deadline() - 0.9) <= 0.03,
                  f"innen fristen {p(f.within_deadline())}")),
    _t("andel", "Under åtte av ti klager ble besvart innen fristen.",
       lambda f: (f.within_deadline() < 0.8, f"innen fristen {p(f.within_deadline())}")),
    _t("alle", "Alle klagene fra {{< var year.current >}} var ferdigbehandlet ved årsskiftet.",
       lambda f: (f.all_decided_by() is not None and str(f.all_decided_by()) <= "2021-12-31",
                  f"alle avsluttet {f.all_decided_by()}")),
    _t("alle", "Noen av klagene mottatt i år var fortsatt under behandling ved årsskiftet.",
       lambda f: (f.all_decided_by() is None or str(f.all_decided_by()) > "2021-12-31",
                  f"alle avsluttet {f.all_decided_by()}")),
    _t("negasjon", "Det kom ingen klager med etnisk diskriminering i {{< var year.current >}}.",
       lambda f: (f.ethnic_received() == 0, f"etnisk mottatt {f.ethnic_received()}")),
    _t("rang", "Antall avgjorte klager med etnisk diskriminering var det høyeste siden 2016.",
       lambda f: (all(f.ethnic_decided() >= v for v in f.ethnic_decided_series().values()),
                  f"etnisk avgjort: {listing(f.ethnic_decided_series())}")),
    _t("tall", "To klager gjaldt annen diskriminering.",
       lambda f: (f.other_received() == 2 and f.other_decided() == 2,
                  f"annen mottatt {f.other_received()}, avgjort {f.other_decided()}")),
    _t("tall", "Annen diskriminering ble registrert i fire saker.",
       lambda f: (f.other_received() == 4, f"annen mottatt {f.other_received()}")),
    _t("andel", "Nesten halvparten av klagesakene fikk utfallet uheldig.",
       lambda f: (0.43 <= f.decision_share("uheldig") < 0.5,
                  f"uheldig {p(f.decision_share('uheldig'))}")),
    _t("andel", "Over halvparten av sakene endte som uheldig.",
       lambda f: (f.decision_share("uheldig") > 0.5, f"uheldig {p(f.decision_share('uheldig'))}")),
    _t("sammenligning", "Antall avgjorte klager lå lavere enn i {{< var year.minus3 >}}.",
       lambda f: (f.decided() < f.decided(2018), f"avgjort 2018 {f.decided(2018)}, 2021 "
                                                 f"{f.decided()}")),
    _t("rang", "Antall avgjorte klager i {{< var year.current >}} var det høyeste i hele serien.",
       lambda f: (f.decided() >= max(f.decided_series().values()),
                  f"avgjort: {listing(f.decided_series())}")),
    _t("sted", "I Bodø mottok vi {{< var received.total >}} klager.",
       lambda f: (Facts("Nordland", 2021).received() == f.received(),
                  f"Bodø er i Nordland, som mottok {Facts('Nordland', 2021).received()}; "
                  f"{f.received()} er Troms' tall")),
    _t("ingen", "Klagene fra Tromsø, Harstad og Finnsnes gjaldt ofte patruljetjenesten.",
       lambda f: (True, "ingen tallpåstand; stedene hører til distriktet")),
    _t("nivå", "I snitt brukte vi {{< var handling_days.median >}} dager på en klage.",
       lambda f: (round(f.mean_days(), 1) == round(f.median_days(), 1),
                  f"gjennomsnitt {n(f.mean_days())}, median {n(f.median_days())}")),
    _t("nivå", "Median saksbehandlingstid var {{< var handling_days.median >}} dager, mot "
               "{{< var handling_days.median_minus1 >}} dager året før.",
       lambda f: (True, f"median {n(f.median_days(2020))} og {n(f.median_days())}")),
    _t("nivå", "Året før ble {{< var decisions.uheldig.count >}} saker avgjort som uheldig.",
       lambda f: (f.decision("uheldig", 2020) == f.decision("uheldig"),
                  f"uheldig 2020 {f.decision('uheldig', 2020)}; verdien er 2021s "
                  f"{f.decision('uheldig')}")),
    _t("nivå", "I {{< var year.minus1 >}} ble {{< var decisions.uheldig.minus1 >}} saker avgjort "
               "som uheldig, mot {{< var decisions.uheldig.count >}} i år.",
       lambda f: (True, f"uheldig {f.decision('uheldig', 2020)} og {f.decision('uheldig')}")),
    _t("fra-til", "Antall klager på maktmisbruk falt fra 4 til 3.",
       lambda f: ((f.ground("maktmisbruk", 2020), f.ground("maktmisbruk")) == (4, 3),
                  f"maktmisbruk {f.ground('maktmisbruk', 2020)} til {f.ground('maktmisbruk')}")),
    _t("retning", "Klagene på adferd ble nesten doblet.",
       lambda f: (1.7 <= f.ground("adferd") / f.ground("adferd", 2020) < 2,
                  f"adferd {f.ground('adferd', 2020)} til {f.ground('adferd')}")),
    _t("retning", "Klager på saksbehandling økte fra i fjor.",
       lambda f: change("saksbehandling", f.ground("saksbehandling", 2020),
                        f.ground("saksbehandling"), "up")),
    _t("likhet", "Andelen besvart innen fristen var omtrent som året før.",
       lambda f: (abs(f.within_deadline() - f.within_deadline(2020)) <= 0.02,
                  f"innen fristen {p(f.within_deadline(2020))} til {p(f.within_deadline())}")),
    _t("sammenligning", "Andelen besvart innen fristen var lavere enn i {{< var year.minus1 >}}.",
       lambda f: (f.within_deadline() < f.within_deadline(2020),
                  f"innen fristen {p(f.within_deadline(2020))} til {p(f.within_deadline())}")),
    _t("andel", "Fire av ti saker ble avgjort som ikke grunnlag for kritikk.",
       lambda f: (abs(f.decision_share("ikke_grunnlag") - 0.4) <= 0.03,
                  f"ikke grunnlag {p(f.decision_share('ikke_grunnlag'))}")),
    _t("rang", "Finnsnes politistasjon fikk flest klager i {{< var year.current >}}.",
       lambda f: (the_max(_troms_units(f)) == ["Finnsnes politistasjon"],
                  f"enheter: {listing(_troms_units(f))}")),
    _t("rang", "Tromsø politistasjon fikk flest klager i {{< var year.current >}}.",
       lambda f: (the_max(_troms_units(f)) == ["Tromsø politistasjon"],
                  f"enheter: {listing(_troms_units(f))}")),
    # ------------------------------------------------------------------ Oslo 2019
    _o("retning", "Klager på Grønland politistasjon har økt hvert år siden "
                  "{{< var year.minus2 >}}.",
       lambda f: _every_year_up(f, "Grønland politistasjon", 2017)),
    _o("retning", "Klagene på Patrulje Sør har økt hvert år siden {{< var year.minus2 >}}.",
       lambda f: _every_year_up(f, "Patrulje Sør", 2017)),
    _o("sammenligning", "Det ble avgjort flere saker som uheldig enn som ikke grunnlag for "
                        "kritikk.",
       lambda f: (f.decision("uheldig") > f.decision("ikke_grunnlag"),
                  f"uheldig {f.decision('uheldig')}, ikke grunnlag "
                  f"{f.decision('ikke_grunnlag')}")),
    _o("sammenligning", "Saksbehandlingstiden, målt som median, var kortere enn "
                        "gjennomsnittet.",
       lambda f: (f.median_days() < f.mean_days(),
                  f"median {n(f.median_days())}, gjennomsnitt {n(f.mean_days())}")),
    # ------------------------------------------------------------------ Agder 2020
    _a("fra-til", "Uheldig-sakene gikk ned fra {{< var year.minus1 >}} til "
                  "{{< var year.current >}}.",
       lambda f: change("uheldig", f.decision("uheldig", 2019), f.decision("uheldig"), "down")),
    _a("tall", "Det kom inn seks færre klager enn året før.",
       lambda f: (f.received(2019) - f.received() == 6,
                  f"mottatt {f.received(2019)} til {f.received()}")),
    _a("sammenligning", "Saksbehandlingstiden var lengre enn i fjor, både i snitt og median.",
       lambda f: (f.mean_days() > f.mean_days(2019) and f.median_days() > f.median_days(2019),
                  f"snitt {n(f.mean_days(2019))} til {n(f.mean_days())}, median "
                  f"{n(f.median_days(2019))} til {n(f.median_days())}")),
    _a("fra-til", "Andelen saker med grunnlag for kritikk sank fra "
                  "{{< var decisions.kritikk.minus1_share >}} til "
                  "{{< var decisions.kritikk.share >}}.",
       lambda f: change("kritikk (%)", 100 * f.decision_share("kritikk", 2019),
                        100 * f.decision_share("kritikk"), "down")),
]  # fmt: skip


labelled, main = part_functions(PART, SENTENCES)


if __name__ == "__main__":
    sys.exit(main())
