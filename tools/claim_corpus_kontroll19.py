"""The claim corpus's part `kontroll19`: each sentence with the code that labels it.

Written on 8 December 2026 (issue 21, session 7, task B) by an outsider who had not read the
check's rules (src/klagerapport/check/), its lexicon, its list of small numbers, or any earlier
part's sentences before these were written and committed (only how parts are made and labelled,
the shipped Oslo 2019 commentary for its voice, and the documented readings). Held out
(`claimcorpus.HELD_OUT`): measured at first contact, never tuned on. Nine in ten sentences are
about **Oslo 2019**, the rest about Trøndelag 2021, in the voice of a hurried analyst: a share
word beside a percent that contradicts it, another district's name or town, a typed number that
belongs to another measure, year or category, a kritikk noun on the uheldig number, the median
called the mean, «har ikke økt», «fra X til Y» turned round, «flest» among categories, hedged
equality, and placeholders whose value is right but whose words are wrong (last year's value
called this year's, a count called a share). About 55 % false, the rest true, some of them plain
prose with no number at all.

Labelled like kontroll6 on: by a function over `tools.claim_facts` (the case files read with
pandas, none of klagerapport's code), the readings from `tools.claim_readings`, which are the
documented ones (commentary/README.md, «Ord som tallene kan motsi»): «rundt/om lag/omtrent» a
number within 10 %, «nesten/snaut» under and «drøyt» over it within 10 %; «over/under» strictly;
a fraction word within 3 percentage points (5 after «omtrent/rundt»), «nesten/snaut» under it by
at most 7; «de fleste» the largest group or over half; «omtrent like mange/på samme nivå» within
10 % (2 points for shares); a factor within 15 %; a typed percent as the report prints it (whole
percent, half up); a month 30 days, «tre uker» 21, «fire uker» and «fristen» 28; a handling time
that names neither mean nor median is about both; a town or district of another district given
as the report's own is false (`tools.claim_facts.TOWNS`). Degree words («kraftig», «markert»,
«svak») are not read as thresholds: where a sentence has one, its label rests on the direction
and the numbers it states, and the change it describes is large (or the direction wrong) whatever
the threshold; the reason says so.

    .venv/bin/python -m tools.claim_corpus_kontroll19            # the labels and reasons
    .venv/bin/python -m tools.claim_corpus_kontroll19 --yaml     # the part as corpus YAML
"""

from __future__ import annotations

import sys

from tools.claim_corpus_kontroll6 import Sentence, change, part_functions, sentences_about
from tools.claim_facts import DEADLINE_DAYS, Facts, town_in
from tools.claim_readings import (
    every,
    factor,
    first,
    fraction,
    half_within_median,
    hedged_days,
    hedged_number,
    hedged_share,
    highest_since,
    listing,
    lowest_since,
    n,
    p,
    place,
    printed_percent,
    rising,
    rising_since,
    second,
    since,
    typed_share,
    within,
    within_relative,
)

PART = "kontroll19"
OSLO = "oslo-2019"
TRONDELAG = "trondelag-2021"

_o, _t = map(sentences_about, (OSLO, TRONDELAG))

PROSE = (True, "ingen tallpåstand: vanlig prosa om arbeidet")


# ---------------------------------------------------------------------------- the readings
def _is(value: float, said: float, what: str) -> tuple[bool, str]:
    """A typed number said to be the value, exactly."""
    return value == said, f"{what} {n(value)}; setningen sier {n(said)}"


def _elsewhere(name: str, f: Facts) -> tuple[bool, str]:
    """The report's own figures given as another district's: false."""
    return name == f.district, f"tallene er {f.district}s; setningen sier {name}"


def _as(shown: float, meant: float, shown_what: str, meant_what: str) -> tuple[bool, str]:
    """A placeholder whose value is `shown`, in words that mean another value (`meant`)."""
    return shown == meant, (
        f"plassholderen viser {shown_what} ({n(shown)}); ordene gjelder {meant_what} ({n(meant)})"
    )


def _months(f: Facts) -> dict[int, int]:
    return {m: f.received_in_month(m) for m in range(1, 13)}


def _both_fell(f: Facts) -> tuple[bool, str]:
    ok = f.mean_days() < f.mean_days(2018) and f.median_days() < f.median_days(2018)
    return ok, (
        f"snitt {n(f.mean_days(2018))} til {n(f.mean_days())}, median "
        f"{n(f.median_days(2018))} til {n(f.median_days())}"
    )


def _ground_pair(f: Facts, key: str) -> str:
    return f"{key} {f.ground(key, 2018)} til {f.ground(key)}"


def _ethnic_streak(f: Facts, changes: int) -> tuple[bool, str]:
    """«økte for andre år på rad»: each of the last `changes` changes of the decided series a
    rise."""
    series = f.ethnic_decided_series()
    part = since(series, f.year - changes)
    return rising(part.values()), f"K-etnisk avsluttet: {listing(part)}"


def _trondelag_first_ground(f: Facts, key: str) -> tuple[bool, str]:
    """«igjen det vanligste»: first this year and the year before."""
    now, before = first(f.grounds(), key), first(f.grounds(f.year - 1), key)
    return now[0] and before[0], f"{f.year}: {now[1]}; {f.year - 1}: {before[1]}"


# ---------------------------------------------------------------------------- the sentences
SENTENCES: list[Sentence] = [
    # ------------------------------------------------------------------ received, decided
    _o("retning", "Antall klager gikk ned fra i fjor, fra 174 til 211.",
       lambda f: every(change("mottatt", f.received(2018), f.received(), "down"),
                       _is(f.received(2018), 174, "mottatt 2018"),
                       _is(f.received(), 211, "mottatt 2019"))),
    _o("likhet", "Klagetallet holdt seg omtrent på fjorårets nivå, med 211 klager mot 174.",
       lambda f: (within_relative(f.received(), f.received(2018), 0.1),
                  f"mottatt {f.received(2018)} til {f.received()}: «omtrent» er innen 10 %")),
    _o("tall", "I 2019 mottok Oslo politidistrikt 211 klager, 37 flere enn året før.",
       lambda f: every(_is(f.received(), 211, "mottatt"),
                       _is(f.received() - f.received(2018), 37, "forskjellen fra 2018"))),
    _o("tall", "I 2019 kom det inn 174 klager til Oslo politidistrikt.",
       lambda f: _is(f.received(), 174, "mottatt 2019 (174 er 2018)")),
    _o("retning", "Antall innkomne klager økte med drøyt 20 prosent fra 2018.",
       lambda f: hedged_number(100 * (f.received() / f.received(2018) - 1), 20,
                               "endring i mottatte klager (prosent)", "over")),
    _o("retning", "Økningen i antall mottatte klager var på rundt 30 prosent.",
       lambda f: hedged_number(100 * (f.received() / f.received(2018) - 1), 30,
                               "endring i mottatte klager (prosent)")),
    _o("negasjon", "Antall klager har ikke økt siden i fjor.",
       lambda f: (not f.received() > f.received(2018),
                  f"mottatt {f.received(2018)} til {f.received()}: en økning")),
    _o("negasjon", "Antallet klager har ikke falt; det kom inn flere enn i fjor.",
       lambda f: (f.received() > f.received(2018),
                  f"mottatt {f.received(2018)} til {f.received()}")),
    _o("sted", "Totalt mottok Sør-Øst politidistrikt 211 klager i 2019.",
       lambda f: _elsewhere("Sør-Øst", f)),
    _o("sted", "Klagene kom fra hele distriktet, fra Sandvika i vest til Stovner i øst.",
       lambda f: (town_in("Sandvika", f.district)[0],
                  f"{town_in('Sandvika', f.district)[1]}; Stovner er Oslos; ingen tallpåstand")),
    _o("sted", "Også i Drammen-området fikk vi flere klager enn før.",
       lambda f: town_in("Drammen", f.district)),
    _o("rang", "Antall behandlede klager i 2019 er det høyeste siden vi startet "
               "klagestatistikken i 2007.",
       lambda f: highest_since(f.decided_series(), 2019, "avsluttet", 2007)),
    _o("rang", "Antall avsluttede saker var det nest høyeste i hele serien.",
       lambda f: (place(f.decided_series(), 2019) == (2, False),
                  f"avsluttet: {listing(f.decided_series())}")),
    _o("rang", "Det laveste antallet behandlede klager hadde vi i 2011.",
       lambda f: lowest_since(f.decided_series(), 2011, "avsluttet")),
    _o("retning", "Etter et lite fall i 2018 steg antall mottatte klager igjen i 2019.",
       lambda f: (f.received(2018) < f.received(2017) < f.received(),
                  f"mottatt: {listing(since(f.received_series(), 2017))}")),
    _o("retning", "Antall mottatte klager har økt hvert år siden 2015.",
       lambda f: rising_since(f.received_series(), 2015, "mottatt")),
    _o("fra-til", "Mottatte klager økte fra 176 til 211.",
       lambda f: every(_is(f.received(2018), 176, "mottatt 2018 (176 er 2017s avsluttede)"),
                       _is(f.received(), 211, "mottatt 2019"))),
    _o("likhet", "I 2017 og 2018 mottok vi omtrent like mange klager, 175 og 174.",
       lambda f: every(_is(f.received(2017), 175, "mottatt 2017"),
                       _is(f.received(2018), 174, "mottatt 2018"),
                       (within_relative(f.received(2018), f.received(2017), 0.1),
                        "omtrent like mange: innen 10 %"))),
    _o("tall", "Det ble behandlet 37 flere saker enn i 2017.",
       lambda f: _is(f.decided() - f.decided(2017), 37,
                     f"avsluttet 2017 {f.decided(2017)}, 2019 {f.decided()}: forskjellen")),
    _o("sammenligning", "Vi mottok om lag dobbelt så mange klager som i 2015.",
       lambda f: factor(f.received(), f.received(2015), 2, "mottatt 2019 mot 2015")),
    _o("retning", "Økningen fra 2018 er markert: 37 flere klager enn året før.",
       lambda f: every(_is(f.received() - f.received(2018), 37, "forskjellen fra 2018"),
                       (f.received() / f.received(2018) - 1 > 0.2,
                        f"en økning på {p(f.received() / f.received(2018) - 1)} (gradsordet "
                        "leses ikke som terskel; over 20 % er markert uansett)"))),
    # ------------------------------------------------------------------ open, all decided
    _o("alle", "Samtlige klager fra 2019 var ferdigbehandlet da tallene ble hentet ut "
               "20. januar 2020.",
       lambda f: (str(f.all_decided_by()) == "2020-01-20",
                  f"alle avsluttet {f.all_decided_by()}")),
    _o("alle", "Ved årsskiftet var det ingen saker fra 2019 som fortsatt var under behandling.",
       lambda f: (f.open_at_year_end() == 0,
                  f"åpne 31.12.2019: {f.open_at_year_end()}")),
    _o("alle", "Ved årsskiftet var fem av årets klager ennå ikke besvart, men alle var "
               "avsluttet innen 20. januar.",
       lambda f: every(_is(f.open_at_year_end(), 5, "åpne 31.12.2019"),
                       (str(f.all_decided_by()) <= "2020-01-20",
                        f"alle avsluttet {f.all_decided_by()}"))),
    _o("alle", "Fortsatt er noen av klagene fra 2019 under behandling.",
       lambda f: (f.open() >= 2, f"åpne ved dataenes slutt: {f.open()}")),
    # ------------------------------------------------------------------ decisions
    _o("tall", "Grunnlag for kritikk ble resultatet i 76 saker.",
       lambda f: _is(f.decision("kritikk"), 76, "kritikk (76 er uheldig)")),
    _o("nivå", "Hele {{< var decisions.uheldig.count >}} saker endte med kritikk av politiet.",
       lambda f: _as(f.decision("uheldig"), f.decision("kritikk"), "uheldig", "kritikk")),
    _o("andel", "Over halvparten av sakene, {{< var decisions.ikke_grunnlag.share >}}, endte "
                "med ikke grunnlag for kritikk.",
       lambda f: fraction(f.decision_share("ikke_grunnlag"), 0.5, "ikke grunnlag",
                          how="above")),
    _o("andel", "Nesten halvparten av sakene endte med ikke grunnlag for kritikk.",
       lambda f: fraction(f.decision_share("ikke_grunnlag"), 0.5, "ikke grunnlag", tol=0.07,
                          how="under")),
    _o("andel", "I 2018 endte nesten halvparten av sakene med ikke grunnlag for kritikk.",
       lambda f: fraction(f.decision_share("ikke_grunnlag", 2018), 0.5, "ikke grunnlag 2018",
                          tol=0.07, how="under")),
    _o("rang", "Ikke grunnlag for kritikk var fortsatt det vanligste utfallet, tett fulgt av "
               "uheldig.",
       lambda f: every(first(f.decisions(), "ikke_grunnlag"),
                       first(f.decisions(2018), "ikke_grunnlag"),
                       second(f.decisions(), "uheldig"),
                       (within_relative(f.decision("uheldig"), f.decision("ikke_grunnlag"), 0.1),
                        "«tett fulgt»: innen 10 %"))),
    _o("rang", "Uheldig, men ikke grunnlag for kritikk var det vanligste utfallet i 2019.",
       lambda f: first(f.decisions(), "uheldig")),
    _o("fra-til", "Antallet uheldig-saker steg markert, fra 46 i 2018 til 76 i år.",
       lambda f: every(_is(f.decision("uheldig", 2018), 46, "uheldig 2018"),
                       _is(f.decision("uheldig"), 76, "uheldig 2019"),
                       (f.decision("uheldig") > 1.2 * f.decision("uheldig", 2018),
                        "gradsordet leses ikke som terskel; en økning på "
                        f"{p(f.decision('uheldig') / f.decision('uheldig', 2018) - 1)} er "
                        "markert uansett"))),
    _o("andel", "Andelen saker avgjort som uheldig var om lag en fjerdedel, som året før.",
       lambda f: every(fraction(f.decision_share("uheldig"), 0.25, "uheldig 2019", tol=0.05),
                       fraction(f.decision_share("uheldig", 2018), 0.25, "uheldig 2018",
                                tol=0.05))),
    _o("andel", "Drøyt en tredjedel av klagene ble avgjort som uheldig.",
       lambda f: fraction(f.decision_share("uheldig"), 1 / 3, "uheldig", how="over")),
    _o("likhet", "Andelen med grunnlag for kritikk var på samme nivå som i 2018, 12 prosent "
                 "begge år.",
       lambda f: every(typed_share(f.decision_share("kritikk"), 12, "kritikk 2019"),
                       typed_share(f.decision_share("kritikk", 2018), 12, "kritikk 2018"),
                       (within(f.decision_share("kritikk"), f.decision_share("kritikk", 2018),
                               0.02), "samme nivå: innen 2 prosentpoeng"))),
    _o("likhet", "Andelen saker med kritikk var den samme som året før, 12 prosent, men "
                 "antallet gikk ned.",
       lambda f: every(typed_share(f.decision_share("kritikk"), 12, "kritikk"),
                       change("kritikk", f.decision("kritikk", 2018), f.decision("kritikk"),
                              "down"))),
    _o("retning", "Ikke grunnlag for kritikk gikk ned i antall fra 2018.",
       lambda f: change("ikke grunnlag", f.decision("ikke_grunnlag", 2018),
                        f.decision("ikke_grunnlag"), "down")),
    _o("fra-til", "Andelen ikke grunnlag for kritikk falt fra 44 til 39 prosent.",
       lambda f: every(typed_share(f.decision_share("ikke_grunnlag", 2018), 44, "2018"),
                       typed_share(f.decision_share("ikke_grunnlag"), 39, "2019"))),
    _o("fra-til", "Andelen saker avgjort som uheldig steg fra 26 til 39 prosent.",
       lambda f: every(typed_share(f.decision_share("uheldig", 2018), 26, "uheldig 2018"),
                       typed_share(f.decision_share("uheldig"), 39,
                                   "uheldig 2019 (39 % er ikke grunnlag)"))),
    _o("tall", "17 saker ble avvist i 2019.",
       lambda f: _is(f.decision("avvist"), 17, "avvist (17 er ikke avklart)")),
    _o("nivå", "I {{< var year.minus1 >}} ble {{< var decisions.kritikk.minus1 >}} saker "
               "avgjort som grunnlag for kritikk.",
       lambda f: (True, f"plassholderen er kritikk 2018 ({f.decision('kritikk', 2018)}), "
                        "ordene sier 2018 og kritikk")),
    _o("nivå", "I {{< var year.current >}} ble {{< var decisions.kritikk.minus1 >}} saker "
               "avgjort med kritikk.",
       lambda f: _as(f.decision("kritikk", 2018), f.decision("kritikk"), "kritikk 2018",
                     "kritikk 2019")),
    _o("nivå", "Andelen uheldig-saker økte til {{< var decisions.uheldig.count >}}.",
       lambda f: (False, f"plassholderen er et antall ({f.decision('uheldig')}); ordene sier "
                         f"andelen ({p(f.decision_share('uheldig'))})")),
    _o("fra-til", "Saker der hendelsesforløpet ikke lot seg avklare, gikk ned fra 17 til 16.",
       lambda f: every(_is(f.decision("ikke_avklart", 2018), 17, "ikke avklart 2018"),
                       _is(f.decision("ikke_avklart"), 16, "ikke avklart 2019"))),
    _o("sammenligning", "Det var tre ganger så mange uheldig-saker som kritikk-saker.",
       lambda f: factor(f.decision("uheldig"), f.decision("kritikk"), 3, "uheldig mot kritikk")),
    _o("andel", "Kritikk og uheldig utgjorde til sammen over halvparten av avgjørelsene.",
       lambda f: fraction(f.decision_share("kritikk") + f.decision_share("uheldig"), 0.5,
                          "kritikk og uheldig", how="above")),
    _o("andel", "Til sammen endte nesten halvparten av sakene med kritikk eller uheldig.",
       lambda f: fraction(f.decision_share("kritikk") + f.decision_share("uheldig"), 0.5,
                          "kritikk og uheldig", tol=0.07, how="under")),
    _o("retning", "Det ble flere saker med grunnlag for kritikk, men andelen holdt seg stabil.",
       lambda f: every(change("kritikk", f.decision("kritikk", 2018), f.decision("kritikk"), "up"),
                       (within(f.decision_share("kritikk"), f.decision_share("kritikk", 2018),
                               0.02),
                        f"andel {p(f.decision_share('kritikk', 2018))} til "
                        f"{p(f.decision_share('kritikk'))}: stabil innen 2 prosentpoeng"))),
    _o("nivå", "I fjor ble {{< var decisions.ikke_grunnlag.count >}} saker avgjort som ikke "
               "grunnlag for kritikk.",
       lambda f: _as(f.decision("ikke_grunnlag"), f.decision("ikke_grunnlag", 2018),
                     "ikke grunnlag 2019", "ikke grunnlag 2018")),
    # ------------------------------------------------------------------ grounds
    _o("rang", "Saksbehandling var det vanligste grunnlaget for klage, foran adferd.",
       lambda f: every(first(f.grounds(), "saksbehandling"), second(f.grounds(), "adferd"))),
    _o("rang", "Flest klager gjaldt adferd.",
       lambda f: first(f.grounds(), "adferd")),
    _o("andel", "Klager på adferd utgjorde 44 prosent av klagene.",
       lambda f: typed_share(f.ground_share("adferd"), 44, "adferd")),
    _o("andel", "Fire av fem klager gjaldt adferd eller saksbehandling.",
       lambda f: fraction(f.ground_share("adferd") + f.ground_share("saksbehandling"), 0.8,
                          "adferd og saksbehandling")),
    _o("alle", "Ingen av klagene i 2019 gjaldt manglende oppgivelse av ID.",
       lambda f: (f.ground("id") == 0, f"id {f.ground('id')}")),
    _o("alle", "I år kom det ingen klager på brudd på taushetsplikten.",
       lambda f: (f.ground("taushetsplikt") == 0, f"taushetsplikt {f.ground('taushetsplikt')}")),
    _o("finnes", "Det kom også klager om maktmisbruk, 12 i alt.",
       lambda f: _is(f.ground("maktmisbruk"), 12, "maktmisbruk")),
    _o("finnes", "Vi fikk også noen klager på manglende oppgivelse av ID.",
       lambda f: (f.ground("id") >= 2, f"id {f.ground('id')}")),
    _o("likhet", "Maktmisbruk lå omtrent på fjorårets nivå.",
       lambda f: (within_relative(f.ground("maktmisbruk"), f.ground("maktmisbruk", 2018), 0.1),
                  _ground_pair(f, "maktmisbruk") + ": innen 10 %")),
    _o("nivå", "Klager på saksbehandling utgjorde {{< var grounds.adferd.share >}} av klagene.",
       lambda f: _as(printed_percent(f.ground_share("adferd")),
                     printed_percent(f.ground_share("saksbehandling")),
                     "adferd (prosent)", "saksbehandling (prosent)")),
    _o("andel", "De fleste klagene i 2019 handlet om adferd.",
       lambda f: (first(f.grounds(), "adferd")[0] or f.ground_share("adferd") > 0.5,
                  "«de fleste»: den største gruppen eller over halvparten; "
                  + first(f.grounds(), "adferd")[1])),
    _o("andel", "De fleste klagene i år gjaldt saksbehandling.",
       lambda f: (first(f.grounds(), "saksbehandling")[0]
                  or f.ground_share("saksbehandling") > 0.5,
                  "«de fleste»: den største gruppen eller over halvparten (commentary/README.md); "
                  + first(f.grounds(), "saksbehandling")[1])),
    _o("retning", "Klager på adferd økte fra 62 til 75, mens saksbehandling gikk ned.",
       lambda f: every(_is(f.ground("adferd", 2018), 62, "adferd 2018"),
                       _is(f.ground("adferd"), 75, "adferd 2019"),
                       change("saksbehandling", f.ground("saksbehandling", 2018),
                              f.ground("saksbehandling"), "down"))),
    # ------------------------------------------------------------------ handling time
    _o("fra-til", "Gjennomsnittlig saksbehandlingstid gikk ned fra 18,9 til 16,7 dager.",
       lambda f: every(_is(round(f.mean_days(2018), 1), 18.9, "snitt 2018"),
                       _is(round(f.mean_days(), 1), 16.7, "snitt 2019"))),
    _o("tall", "Snittet for saksbehandlingstiden i 2019 lå på 15 dager.",
       lambda f: _is(round(f.mean_days(), 1), 15, "snitt (15 er medianen)")),
    _o("tall", "Medianen var 16,7 dager.",
       lambda f: _is(f.median_days(), 16.7, "median (16,7 er snittet)")),
    _o("nivå", "Gjennomsnittlig behandlingstid i 2019 var "
               "{{< var handling_days.mean_minus1 >}} dager.",
       lambda f: _as(round(f.mean_days(2018), 1), round(f.mean_days(), 1), "snitt 2018",
                     "snitt 2019")),
    _o("nivå", "Medianen i saksbehandlingstid var {{< var handling_days.median >}} dager, mot "
               "{{< var handling_days.median_minus1 >}} året før.",
       lambda f: (True, f"median {n(f.median_days())}, året før {n(f.median_days(2018))}")),
    _o("retning", "Saksbehandlingstiden ble lengre i 2019.",
       lambda f: (f.mean_days() > f.mean_days(2018) and f.median_days() > f.median_days(2018),
                  _both_fell(f)[1] + " (verken snitt eller median nevnt: begge)")),
    _o("negasjon", "Saksbehandlingstiden har ikke økt, verken målt som gjennomsnitt eller "
                   "median.",
       lambda f: (f.mean_days() <= f.mean_days(2018) and f.median_days() <= f.median_days(2018),
                  _both_fell(f)[1])),
    _o("negasjon", "Medianen har ikke endret seg fra i fjor.",
       lambda f: (f.median_days() == f.median_days(2018),
                  f"median {n(f.median_days(2018))} til {n(f.median_days())}")),
    _o("andel", "Snaut ni av ti klager ble besvart innen fristen på fire uker.",
       lambda f: fraction(f.within_deadline(), 0.9, "innen fristen", tol=0.07, how="under")),
    _o("andel", "Over 90 prosent av klagene ble besvart innen 28 dager.",
       lambda f: (f.within_deadline() > 0.9, f"innen fristen {p(f.within_deadline())}")),
    _o("andel", "88 prosent fikk svar innen fristen, ett prosentpoeng bedre enn i 2018.",
       lambda f: every(typed_share(f.within_deadline(), 88, "innen fristen 2019"),
                       (printed_percent(f.within_deadline())
                        - printed_percent(f.within_deadline(2018)) == 1,
                        f"trykt {printed_percent(f.within_deadline(2018))} % i 2018"))),
    _o("fra-til", "Andelen besvart innen fristen falt litt, fra 88 til 87 prosent.",
       lambda f: every(typed_share(f.within_deadline(2018), 88, "innen fristen 2018"),
                       typed_share(f.within_deadline(), 87, "innen fristen 2019"))),
    _o("andel", "Hver femte klage tok lengre tid enn fire uker.",
       lambda f: fraction(f.share_over(DEADLINE_DAYS), 0.2, "over fire uker")),
    _o("tall", "Saksbehandlingstiden lå i snitt på rundt to uker.",
       lambda f: hedged_days(f.mean_days(), 14, "snitt")),
    _o("andel", "Halvparten av klagene fikk svar på 15 dager eller mindre.",
       lambda f: every(half_within_median(f), _is(f.median_days(), 15, "median"))),
    _o("tall", "Den lengste saken i 2019 tok 95 dager.",
       lambda f: _is(f.longest_days(), 95, "lengste sak 2019 (95 var 2018)")),
    _o("andel", "Rundt en fjerdedel av klagene tok mer enn tre uker.",
       lambda f: fraction(f.share_over(21), 0.25, "over 21 dager", tol=0.05)),
    _o("sammenligning", "Saksbehandlingstiden var lengre enn i 2017.",
       lambda f: (f.mean_days() > f.mean_days(2017) and f.median_days() > f.median_days(2017),
                  f"snitt 2017 {n(f.mean_days(2017))}, 2019 {n(f.mean_days())}; median 2017 "
                  f"{n(f.median_days(2017))}, 2019 {n(f.median_days())}")),
    _o("alle", "Ingen saker tok mer enn to måneder å behandle.",
       lambda f: (f.count_over(60) == 0, f"over 60 dager: {f.count_over(60)}")),
    _o("tall", "Gjennomsnittlig saksbehandlingstid gikk ned med 2,2 dager.",
       lambda f: _is(round(round(f.mean_days(2018), 1) - round(f.mean_days(), 1), 1), 2.2,
                     "nedgangen i snittet (slik rapporten skriver dagene)")),
    _o("tall", "Medianen gikk ned med 2,2 dager.",
       lambda f: _is(f.median_days(2018) - f.median_days(), 2.2, "nedgangen i medianen")),
    _o("retning", "Gjennomsnittlig saksbehandlingstid viste en svak nedgang.",
       lambda f: change("snitt", round(f.mean_days(2018), 1), round(f.mean_days(), 1), "down")),
    _o("retning", "Saksbehandlingstiden økte markert i 2019, til et snitt på 16,7 dager.",
       lambda f: every(change("snitt", round(f.mean_days(2018), 1), round(f.mean_days(), 1),
                              "up"),
                       _is(round(f.mean_days(), 1), 16.7, "snitt"))),
    _o("nivå", "Andelen besvart innen fristen var {{< var handling_days.within_deadline >}}, "
               "en bedring fra året før.",
       lambda f: (f.within_deadline() > f.within_deadline(2018),
                  f"innen fristen {p(f.within_deadline(2018))} til {p(f.within_deadline())}")),
    _o("nivå", "Gjennomsnittet steg fra {{< var handling_days.mean >}} til "
               "{{< var handling_days.mean_minus1 >}} dager.",
       lambda f: (False, f"plassholderne er snitt 2019 ({n(f.mean_days())}) og snitt 2018 "
                         f"({n(f.mean_days(2018))}): «fra» 2019 «til» 2018 er snudd")),
    # ------------------------------------------------------------------ discrimination
    _o("tall", "I 2019 ble 16 saker med etnisk diskriminering avsluttet, mot 11 året før.",
       lambda f: every(_is(f.ethnic_decided(), 16, "K-etnisk avsluttet 2019"),
                       _is(f.ethnic_decided(2018), 11, "K-etnisk avsluttet 2018"))),
    _o("tall", "Vi mottok 16 klager med påstand om etnisk diskriminering i 2019.",
       lambda f: _is(f.ethnic_received(), 16, "K-etnisk mottatt (16 er avsluttet)")),
    _o("rang", "Antall avsluttede K-etnisk-saker var det høyeste siden klagestatistikken "
               "startet.",
       lambda f: highest_since(f.ethnic_decided_series(), 2019, "K-etnisk avsluttet")),
    _o("rang", "Bare i 2016 ble det avsluttet flere K-etnisk-saker enn i 2019.",
       lambda f: ([y for y, v in f.ethnic_decided_series().items() if v > f.ethnic_decided()]
                  == [2016], f"K-etnisk avsluttet: {listing(f.ethnic_decided_series())}")),
    _o("retning", "Avsluttede saker med etnisk diskriminering økte for andre år på rad.",
       lambda f: _ethnic_streak(f, 2)),
    _o("retning", "Avsluttede saker med etnisk diskriminering har økt hvert år siden 2016.",
       lambda f: rising_since(f.ethnic_decided_series(), 2016, "K-etnisk avsluttet")),
    _o("nivå", "I {{< var year.minus1 >}} ble {{< var discrimination.etnisk.decided >}} saker "
               "registrert som K-etnisk.",
       lambda f: _as(f.ethnic_decided(), f.ethnic_decided(2018), "K-etnisk avsluttet 2019",
                     "K-etnisk avsluttet 2018")),
    _o("nivå", "Toppåret for K-etnisk er fortsatt "
               "{{< var discrimination.etnisk.decided_max_year >}}, med "
               "{{< var discrimination.etnisk.decided_max >}} avsluttede saker.",
       lambda f: highest_since(f.ethnic_decided_series(), 2016, "K-etnisk avsluttet")),
    _o("alle", "Tre klager gjaldt annen diskriminering, det samme som i fjor, og alle endte "
               "med kritikk.",
       lambda f: every(_is(f.other_received(), 3, "K-disk mottatt"),
                       _is(f.other_received(2018), 3, "K-disk mottatt 2018"),
                       (f.other_by("avgjorelse")["kritikk"] == f.other_received(),
                        "K-disk per avgjørelse: " + listing(f.other_by("avgjorelse"))))),
    _o("andel", "Klager med etnisk diskriminering utgjorde rundt sju prosent av de mottatte "
                "klagene.",
       lambda f: hedged_share(f.ethnic_received() / f.received(), 7, "K-etnisk mottatt")),
    _o("alle", "Ingen av K-etnisk-sakene endte med kritikk.",
       lambda f: (f.ethnic_by("avgjorelse")["kritikk"] == 0,
                  "K-etnisk per avgjørelse: " + listing(f.ethnic_by("avgjorelse")))),
    _o("rang", "Flest K-etnisk-saker ble avgjort som uheldig.",
       lambda f: first(f.ethnic_by("avgjorelse"), "uheldig")),
    _o("likhet", "K-etnisk-sakene ble avgjort som uheldig, ikke grunnlag og ikke avklart like "
                 "ofte, fire av hver.",
       lambda f: ([f.ethnic_by("avgjorelse")[k] for k in ("uheldig", "ikke_grunnlag",
                                                         "ikke_avklart")] == [4, 4, 4],
                  "K-etnisk per avgjørelse: " + listing(f.ethnic_by("avgjorelse")))),
    _o("sammenligning", "Det kom inn færre klager om etnisk diskriminering enn i 2016.",
       lambda f: (f.ethnic_received() < f.ethnic_received(2016),
                  f"K-etnisk mottatt 2016 {f.ethnic_received(2016)}, 2019 "
                  f"{f.ethnic_received()}")),
    _o("sammenligning", "Antall mottatte K-etnisk-klager ble halvert fra 2016.",
       lambda f: factor(f.ethnic_received(), f.ethnic_received(2016), 0.5,
                        "K-etnisk mottatt 2019 mot 2016")),
    _o("ingen", "Vi tror ikke at tallene alene sier noe om hvor mange som faktisk opplever "
                   "seg diskriminert.",
       lambda f: PROSE),
    # ------------------------------------------------------------------ units
    _o("tall", "Bevillingsavsnittet (pass) fikk rundt 45 klager i 2019.",
       lambda f: hedged_number(f.unit("Pass"), 45, "Pass")),
    _o("fra-til", "Pass mottok 15 klager i år, mot 42 i fjor.",
       lambda f: every(_is(f.unit("Pass"), 15, "Pass 2019"), _is(f.unit("Pass", 2018), 42,
                                                                 "Pass 2018"))),
    _o("rang", "Pass var enheten med flest klager, foran Orden Sentrum.",
       lambda f: every(first(f.units(), "Pass"), second(f.units(), "Orden Sentrum"))),
    _o("rang", "Etter Pass var det sentralbordet og operasjonssentralen som fikk flest klager.",
       lambda f: second(f.units(), "Sentralbord og operasjonssentral")),
    _o("likhet", "Manglerud, Patrulje Øst og Patrulje Sør fikk like mange klager, åtte hver.",
       lambda f: ([f.unit(u) for u in ("Manglerud politistasjon", "Patrulje Øst",
                                       "Patrulje Sør")] == [8, 8, 8],
                  "Manglerud, Patrulje Øst, Patrulje Sør: "
                  + ", ".join(str(f.unit(u)) for u in ("Manglerud politistasjon",
                                                       "Patrulje Øst", "Patrulje Sør")))),
    _o("retning", "Asker og Bærum politistasjon fikk flere klager enn året før.",
       lambda f: change("Asker og Bærum", f.unit("Asker og Bærum politistasjon", 2018),
                        f.unit("Asker og Bærum politistasjon"), "up")),
    _o("retning", "Asker og Bærum politistasjon fikk færre klager enn i fjor, tilbake på "
                  "nivået fra 2017.",
       lambda f: (f.unit("Asker og Bærum politistasjon")
                  < f.unit("Asker og Bærum politistasjon", 2018)
                  and f.unit("Asker og Bærum politistasjon")
                  == f.unit("Asker og Bærum politistasjon", 2017),
                  "Asker og Bærum: " + listing({y: f.unit("Asker og Bærum politistasjon", y)
                                                for y in (2017, 2018, 2019)}))),
    _o("sammenligning", "Majorstuen politistasjon fikk flere klager enn i fjor.",
       lambda f: change("Majorstuen", f.unit("Majorstuen politistasjon", 2018),
                        f.unit("Majorstuen politistasjon"), "up")),
    _o("likhet", "Majorstuen fikk like mange klager som i 2018.",
       lambda f: change("Majorstuen", f.unit("Majorstuen politistasjon", 2018),
                        f.unit("Majorstuen politistasjon"), "same")),
    _o("fra-til", "Patrulje Vest økte fra 10 til 11 klager.",
       lambda f: every(_is(f.unit("Patrulje Vest", 2018), 10, "Patrulje Vest 2018"),
                       _is(f.unit("Patrulje Vest"), 11, "Patrulje Vest 2019"))),
    _o("sted", "Orden Sentrum, som dekker sentrum av Bergen, fikk 19 klager.",
       lambda f: every(town_in("Bergen", f.district),
                       _is(f.unit("Orden Sentrum"), 19, "Orden Sentrum"))),
    _o("rang", "Som i fjor fikk Pass flest klager av alle enhetene.",
       lambda f: every(first(f.units(), "Pass"), first(f.units(2018), "Pass"))),
    _o("tall", "Etterforskning fikk 13 klager, to færre enn i fjor.",
       lambda f: every(_is(f.unit("Etterforskning"), 13, "Etterforskning 2019"),
                       _is(f.unit("Etterforskning", 2018) - f.unit("Etterforskning"), 2,
                           "nedgangen fra 2018"))),
    _o("finnes", "Det kom også noen klager på våpenforvaltningen.",
       lambda f: (f.unit("Våpen") >= 2, f"Våpen {f.unit('Våpen')}")),
    _o("finnes", "Arresten fikk også enkelte klager.",
       lambda f: (f.unit("Arrest") >= 2, f"Arrest {f.unit('Arrest')}")),
    _o("nivå", "Orden Sentrum mottok {{< var units.orden_sentrum.count >}} klager, opp fra "
               "{{< var units.orden_sentrum.minus1 >}}.",
       lambda f: change("Orden Sentrum", f.unit("Orden Sentrum", 2018), f.unit("Orden Sentrum"),
                        "up")),
    _o("nivå", "Pass mottok {{< var units.pass.minus1 >}} klager i 2019.",
       lambda f: _as(f.unit("Pass", 2018), f.unit("Pass"), "Pass 2018", "Pass 2019")),
    _o("retning", "Patrulje Sør har hatt færre klager for hvert år siden 2017.",
       lambda f: (f.unit("Patrulje Sør", 2017) > f.unit("Patrulje Sør", 2018)
                  > f.unit("Patrulje Sør"),
                  "Patrulje Sør: " + listing({y: f.unit("Patrulje Sør", y)
                                             for y in (2017, 2018, 2019)}))),
    # ------------------------------------------------------------------ months
    _o("rang", "Flest klager kom inn i juli og august, 24 i hver av månedene.",
       lambda f: (_months(f)[7] == _months(f)[8] == 24 == max(_months(f).values())
                  and list(_months(f).values()).count(24) == 2,
                  f"per måned: {listing(_months(f))}")),
    _o("rang", "Mai var måneden med flest innkomne klager.",
       lambda f: first(_months(f), 5)),
    # ------------------------------------------------------------------ prose
    _o("ingen", "Klagene gir oss verdifull kunnskap om hvordan publikum opplever møtet med "
                  "politiet.",
       lambda f: PROSE),
    _o("ingen", "Vi oppfordrer fortsatt publikum til å klage når de er misfornøyd.",
       lambda f: PROSE),
    _o("ingen", "Klagesaksbehandlingen er krevende, men gir viktig læring for distriktet.",
       lambda f: PROSE),
    _o("ingen", "Ikke alle som er misfornøyd med politiet, sender en skriftlig klage.",
       lambda f: PROSE),
    # ------------------------------------------------------------------ more Oslo, mixed
    _o("tall", "Saksbehandlingen tok i gjennomsnitt 16,7 dager, 2,2 dager kortere enn i 2017.",
       lambda f: every(_is(round(f.mean_days(), 1), 16.7, "snitt 2019"),
                       _is(round(round(f.mean_days(2017), 1) - round(f.mean_days(), 1), 1), 2.2,
                           f"forskjellen fra 2017 (snitt 2017 {n(f.mean_days(2017))}; 2,2 er "
                           "forskjellen fra 2018)"))),
    _o("andel", "Snaut halvparten av klagene gjaldt saksbehandling, 39 prosent.",
       lambda f: every(fraction(f.ground_share("saksbehandling"), 0.5, "saksbehandling",
                                tol=0.07, how="under"),
                       typed_share(f.ground_share("saksbehandling"), 39, "saksbehandling"))),
    _o("andel", "Over halvparten av klagene, 44 prosent, gjaldt saksbehandling.",
       lambda f: every(fraction(f.ground_share("saksbehandling"), 0.5, "saksbehandling",
                                how="above"),
                       typed_share(f.ground_share("saksbehandling"), 44, "saksbehandling"))),
    _o("tall", "Andelen klager som endte med kritikk var {{< var decisions.kritikk.count >}} "
               "prosent.",
       lambda f: (False, f"plassholderen er et antall ({f.decision('kritikk')}); andelen er "
                         f"{p(f.decision_share('kritikk'))}")),
    _o("nivå", "Av de {{< var decisions.total >}} sakene endte "
               "{{< var decisions.ikke_avklart.count >}} uten at hendelsesforløpet ble avklart.",
       lambda f: (True, f"ikke avklart {f.decision('ikke_avklart')} av {f.received()}")),
    _o("retning", "Det var en svak nedgang i saker avgjort som ikke avklart.",
       lambda f: change("ikke avklart", f.decision("ikke_avklart", 2018),
                        f.decision("ikke_avklart"), "down")),
    _o("sammenligning", "Vi avsluttet like mange saker som vi mottok i 2019.",
       lambda f: (f.decided() == f.received(), f"avsluttet {f.decided()}, mottatt "
                                               f"{f.received()}")),
    _o("tall", "De siste fem årene har vi mottatt mellom 85 og 211 klager i året.",
       lambda f: (min(since(f.received_series(), 2015).values()) == 85
                  and max(since(f.received_series(), 2015).values()) == 211,
                  f"mottatt: {listing(since(f.received_series(), 2015))}")),
    _o("rang", "2017 var året med nest flest mottatte klager.",
       lambda f: (place(f.received_series(), 2017) == (2, False),
                  f"mottatt: {listing(f.received_series())}")),
    _o("retning", "Også i år økte klagene på pass.",
       lambda f: every(change("Pass", f.unit("Pass", 2018), f.unit("Pass"), "up"),
                       change("Pass 2017 til 2018", f.unit("Pass", 2017), f.unit("Pass", 2018),
                              "up"))),
    _o("retning", "Også i år gikk gjennomsnittlig saksbehandlingstid ned.",
       lambda f: every(change("snitt", round(f.mean_days(2018), 1), round(f.mean_days(), 1),
                              "down"),
                       change("snitt 2017 til 2018", round(f.mean_days(2017), 1),
                              round(f.mean_days(2018), 1), "down"))),
    _o("sted", "Som i Bergen og Stavanger er det saksbehandling de fleste klager på.",
       lambda f: every(town_in("Bergen", f.district), town_in("Stavanger", f.district))),
    _o("andel", "Avviste og overførte saker utgjorde til sammen under fem prosent.",
       lambda f: (f.decision_share("avvist") + f.decision_share("overfort") < 0.05,
                  "avvist og overført "
                  f"{p(f.decision_share('avvist') + f.decision_share('overfort'))}")),
    _o("alle", "Den siste av årets klager ble avsluttet {{< var received.all_decided_by >}}, "
               "så ingen saker står åpne.",
       lambda f: (f.open() == 0 and f.all_decided_by() is not None,
                  f"åpne {f.open()}, alle avsluttet {f.all_decided_by()}")),
    _o("påstand", "Antall uheldig-saker gikk noe ned"
                  "{{< claim decisions.uheldig.count gt decisions.uheldig.minus1 >}} fra i fjor.",
       lambda f: change("uheldig", f.decision("uheldig", 2018), f.decision("uheldig"), "down")),
    _o("påstand", "Gjennomsnittlig saksbehandlingstid gikk ned"
                  "{{< claim handling_days.mean lt handling_days.mean_minus1 >}}, mens andelen "
                  "innen fristen holdt seg rundt 88 prosent.",
       lambda f: every(change("snitt", round(f.mean_days(2018), 1), round(f.mean_days(), 1),
                              "down"),
                       hedged_share(f.within_deadline(), 88, "innen fristen"))),
    # ------------------------------------------------------------------ Trøndelag 2021
    _t("tall", "I 2021 mottok distriktet 83 klager mot 77 året før.",
       lambda f: every(_is(f.received(), 83, "mottatt 2021"),
                       _is(f.received(2020), 77, "mottatt 2020"))),
    _t("retning", "Gjennomsnittlig saksbehandlingstid i Trøndelag gikk ned til 34,5 dager.",
       lambda f: every(change("snitt", round(f.mean_days(2020), 1), round(f.mean_days(), 1),
                              "down"),
                       _is(round(f.mean_days(), 1), 34.5, "snitt 2021"))),
    _t("tall", "Medianen var 34,5 dager.",
       lambda f: _is(f.median_days(), 34.5, "median (34,5 er snittet)")),
    _t("fra-til", "Andelen besvart innen fristen økte fra 53 til 70 prosent.",
       lambda f: every(typed_share(f.within_deadline(2020), 53, "innen fristen 2020"),
                       typed_share(f.within_deadline(), 70, "innen fristen 2021"))),
    _t("rang", "Saksbehandling var igjen det vanligste grunnlaget, med 33 klager.",
       lambda f: every(_trondelag_first_ground(f, "saksbehandling"),
                       _is(f.ground("saksbehandling"), 33, "saksbehandling"))),
    _t("tall", "I Trondheim og omegn ble 31 klager avgjort som grunnlag for kritikk.",
       lambda f: every(town_in("Trondheim", f.district),
                       _is(f.decision("kritikk"), 31, "kritikk (31 er uheldig)"))),
    _t("rang", "Antall avsluttede saker var det høyeste siden 2016.",
       lambda f: highest_since(f.decided_series(), 2021, "avsluttet", 2016)),
    _t("sammenligning", "Ikke avklart-sakene ble omtrent firedoblet, fra to til ni.",
       lambda f: every(factor(f.decision("ikke_avklart"), f.decision("ikke_avklart", 2020), 4,
                              "ikke avklart 2021 mot 2020"),
                       _is(f.decision("ikke_avklart", 2020), 2, "ikke avklart 2020"),
                       _is(f.decision("ikke_avklart"), 9, "ikke avklart 2021"))),
    _t("fra-til", "Kritikk-sakene økte fra 7 til 10.",
       lambda f: every(_is(f.decision("kritikk", 2020), 7, "kritikk 2020"),
                       _is(f.decision("kritikk"), 10, "kritikk 2021"))),
    _t("rang", "Brudd på taushetsplikt var det minst vanlige klagegrunnlaget i 2021.",
       lambda f: (f.ground("taushetsplikt") < min(v for k, v in f.grounds().items()
                                                 if k != "taushetsplikt"),
                  "grunnlag: " + listing(f.grounds()))),
    _t("rang", "Uheldig var det vanligste utfallet i 2021, like foran ikke grunnlag.",
       lambda f: every(first(f.decisions(), "uheldig"), second(f.decisions(), "ikke_grunnlag"))),
    _t("nivå", "Mediantiden økte til {{< var handling_days.median >}} dager, fra "
               "{{< var handling_days.median_minus1 >}}.",
       lambda f: change("median", f.median_days(2020), f.median_days(), "up")),
    _t("sted", "Som i Oslo ble de fleste klagene besvart innen fire uker.",
       lambda f: (f.within_deadline() > 0.5 and Facts("Oslo", f.year).within_deadline() > 0.5,
                  f"innen fristen Trøndelag {p(f.within_deadline())}, Oslo "
                  f"{p(Facts('Oslo', f.year).within_deadline())} (landsutvalget)")),
]  # fmt: skip


labelled, main = part_functions(PART, SENTENCES)


if __name__ == "__main__":
    sys.exit(main())
