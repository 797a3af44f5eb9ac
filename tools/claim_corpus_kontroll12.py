"""The claim corpus's part `kontroll12`: each sentence with the code that labels it.

Written on 7 December 2026 (issue 21, task H11) by an outsider who had not read the check's
rules, its lexicon, its list of small numbers or any earlier part's sentences (only how parts
are made and labelled). Held out (`claimcorpus.HELD_OUT`): measured, never tuned on. Mostly
about a report new to the corpus, **Trøndelag 2021** (national sample; its values in
tests/corpus/trondelag-2021-verdier.json), and Vest 2019, Agder 2022, Troms 2021 and Oslo 2019.
Styles the earlier parts had little of: a number with its difference in one clause («83 klager,
seks flere enn året før»), a change in percentage points («falt med nesten 17 prosentpoeng»),
streaks of decline and «første gang siden 2018», «mer enn firedoblet» and «mer enn halvert
siden 2019», «ti ganger så mange», sums of categories («adferd og maktmisbruk til sammen»), two
categories tied («like vanlige»), a claim about both mean and median by naming neither, months
of handling time («mer enn to måneder», «fire måneder»), «før jul» and «innen utgangen av
januar», the value placeholders carrying the number while the words around them are wrong, and
towns inside a sentence that carries a figure.

Labelled like kontroll6 to kontroll10: by a function over `tools.claim_facts` (the case files
read with pandas, none of klagerapport's code). The readings are the documented ones
(commentary/README.md, «Ord som tallene kan motsi»; the thresholds are kontroll9's): a hedged
number («om lag», «rundt», «omtrent») within 10 %, «nesten» under it and «drøyt» over it within
10 %; a fraction word within 3 percentage points (5 with «omtrent/rundt»), «nesten» under it;
«over/under» strictly; «omtrent like mange/uendret» within 10 %; factors («ganger så mange»,
«halvparten så mange») within 15 %, «mer enn firedoblet» a factor over 4 and «mer enn halvert»
under 1/2; a month is 30 days (so two months 60, four months 120) and «fire uker» 28; a
handling-time claim that names neither the mean nor the median is about both; «diskriminering»
alone is ethnic and other together; «siden 2019» ranks against the years 2019 to the report year.
Committed before the check was run on it, and measured at first contact (benchmarks/README.md).

    .venv/bin/python -m tools.claim_corpus_kontroll12            # the labels and reasons
    .venv/bin/python -m tools.claim_corpus_kontroll12 --yaml     # the part as corpus YAML
"""

from __future__ import annotations

import sys

from tools.claim_corpus_kontroll6 import Sentence, change, part_functions, sentences_about
from tools.claim_facts import Facts, town_in
from tools.claim_readings import (
    FRACTION_HEDGED,
    NEAR,
    SHARE_HEDGED,
    factor,
    falling,
    first,
    fraction,
    hedged_days,
    listing,
    lowest_since,
    n,
    p,
    place,
    rising,
    second,
    since,
    within_relative,
)

PART = "kontroll12"
TRONDELAG = "trondelag-2021"
VEST = "vest-2019"
AGDER = "agder-2022"
TROMS = "troms-2021"
OSLO = "oslo-2019"


_t, _v, _a, _r, _o = map(sentences_about, (TRONDELAG, VEST, AGDER, TROMS, OSLO))


def _near(value: float, target: float, what: str) -> tuple[bool, str]:
    """«om lag/rundt/omtrent» before a number: `claim_readings.hedged_number` near it, with this
    part's reason."""
    ok = within_relative(value, target, NEAR)
    return ok, f"{what} {n(value)}; ordet sier {n(target)} (±{n(100 * NEAR)} %)"


def _change_pct(before: float, after: float) -> float:
    return 100 * (after / before - 1)


def _received_line(f: Facts) -> str:
    return "mottatt: " + listing(f.received_series())


def _declines_then_rise(f: Facts) -> tuple[bool, str]:
    s = f.received_series()
    y = f.year
    ok = s[y - 3] > s[y - 2] > s[y - 1] < s[y]
    return ok, _received_line(f)


def _first_rise_since(f: Facts, start: int) -> tuple[bool, str]:
    """«første gang siden <start> at … flere enn året før»: a rise in `start` and in the report
    year, none in between."""
    s = f.received_series()
    rises = {y: s[y] > s[y - 1] for y in range(start, f.year + 1)}
    between = [rises[y] for y in range(start + 1, f.year)]
    return rises[start] and rises[f.year] and not any(between), _received_line(f)


def _rank_in(series: dict[int, int], year: int, at: int, start: int, what: str):
    """`year`'s place among the years from `start` on (1 + how many are larger), untied."""
    s = since(series, start)
    got, tied = place(s, year)
    return got == at and not tied, f"{what}: " + listing(s)


def _ground_falling(f: Facts, key: str, years: int) -> tuple[bool, str]:
    counts = [f.ground(key, y) for y in range(f.year - years, f.year + 1)]
    return falling(counts), f"{key}: " + ", ".join(map(str, counts))


def _both_days(f: Facts, test, words: str) -> tuple[bool, str]:
    """A handling-time claim naming neither mean nor median: about both (commentary/README.md)."""
    mean, median = f.mean_days(), f.median_days()
    return test(mean) and test(median), (
        f"gjennomsnitt {n(mean)}, median {n(median)} dager; {words} gjelder begge"
    )


def _pp_change(f: Facts) -> tuple[bool, str]:
    drop = 100 * (f.within_deadline(f.year - 1) - f.within_deadline())
    ok = within_relative(drop, 17, NEAR, "under")
    return ok, (f"innen fristen {p(f.within_deadline(f.year - 1))} til {p(f.within_deadline())}: "
                f"ned {n(drop)} prosentpoeng; «nesten 17» er 15,3 til under 17")  # fmt: skip


def _rise_more_than_third(f: Facts) -> tuple[bool, str]:
    y = f.year - 1
    mean = f.mean_days() / f.mean_days(y) - 1
    median = f.median_days() / f.median_days(y) - 1
    return mean > 1 / 3 and median > 1 / 3, (
        f"snitt {n(f.mean_days(y))} til {n(f.mean_days())} (+{p(mean)}), median "
        f"{n(f.median_days(y))} til {n(f.median_days())} (+{p(median)}); uten «snitt» eller "
        "«median» gjelder påstanden begge"
    )


SENTENCES: list[Sentence] = [
    # ------------------------------------------------------------------ Trøndelag 2021
    _t("tall", "Trøndelag politidistrikt mottok 83 klager i 2021, seks flere enn året før.",
       lambda f: (f.received() == 83 and f.received() - f.received(2020) == 6,
                  f"mottatt {f.received(2020)} til {f.received()}")),
    _t("tall", "Vi mottok {{< var received.total >}} klager, mot {{< var received.minus1 >}} i "
               "fjor – en nedgang.",
       lambda f: change("mottatt", f.received(2020), f.received(), "down")),
    _t("retning", "Antall mottatte klager steg med om lag åtte prosent.",
       lambda f: _near(_change_pct(f.received(2020), f.received()), 8, "endring i prosent")),
    _t("retning", "Antall mottatte klager steg med om lag tolv prosent.",
       lambda f: _near(_change_pct(f.received(2020), f.received()), 12, "endring i prosent")),
    _t("retning", "Klagetallet økte for tredje år på rad.",
       lambda f: (all(f.received(y) > f.received(y - 1) for y in (2019, 2020, 2021)),
                  _received_line(f))),
    _t("retning", "Etter to år med nedgang gikk antall mottatte klager opp igjen.",
       _declines_then_rise),
    _t("retning", "Det er første gang siden 2018 at vi mottar flere klager enn året før.",
       lambda f: _first_rise_since(f, 2018)),
    _t("rang", "Antall mottatte klager var det laveste siden 2017.",
       lambda f: lowest_since(f.received_series(), 2021, "mottatt", 2017)),
    _t("likhet", "Vi mottok om lag 80 klager, omtrent like mange som i 2019.",
       lambda f: (abs(f.received() - 80) <= NEAR * 80
                  and abs(f.received() - f.received(2019)) <= NEAR * f.received(2019),
                  f"mottatt {f.received()}; 2019: {f.received(2019)}")),
    _t("rang", "Vi avsluttet 87 saker, det nest høyeste antallet siden statistikken startet i "
               "2016.",
       lambda f: (f.decided() == 87 and _rank_in(f.decided_series(), 2021, 2, 2016, "avgjort")[0],
                  _rank_in(f.decided_series(), 2021, 2, 2016, "avgjort")[1])),
    _t("rang", "Aldri har distriktet avsluttet flere klagesaker enn i år.",
       lambda f: _rank_in(f.decided_series(), 2021, 1, 2016, "avgjort")),
    _t("fra-til", "Antall avsluttede saker gikk ned fra {{< var decided.minus1 >}} til "
                  "{{< var decided.total >}}.",
       lambda f: change("avgjort", f.decided(2020), f.decided(), "down")),
    _t("retning", "Gjennomsnittlig saksbehandlingstid økte med over ni dager, til drøyt 34 dager.",
       lambda f: (f.mean_days() - f.mean_days(2020) > 9 and 34 < f.mean_days() <= 34 * (1 + NEAR),
                  f"gjennomsnitt {n(f.mean_days(2020))} til {n(f.mean_days())}")),
    _t("retning", "Klagene ble i snitt besvart ni dager raskere enn året før.",
       lambda f: change("gjennomsnitt dager", f.mean_days(2020), f.mean_days(), "down")),
    _t("retning", "Saksbehandlingstiden økte med mer enn en tredjedel.", _rise_more_than_third),
    _t("nivå", "Klagene ble i {{< var year.current >}} behandlet på under en måned.",
       lambda f: _both_days(f, lambda d: d < 30, "«under en måned» (30 dager)")),
    _t("nivå", "Medianen lå på 27 dager, mot 20,5 dager året før.",
       lambda f: (f.median_days() == 27 and f.median_days(2020) == 20.5,
                  f"median {n(f.median_days(2020))} til {n(f.median_days())}")),
    _t("retning", "Gjennomsnittet på {{< var handling_days.mean >}} dager er en forverring fra "
                  "i fjor.",
       lambda f: change("gjennomsnitt dager (lengre er verre)", f.mean_days(2020),
                        f.mean_days(), "up")),
    _t("andel", "Rundt halvparten av klagene fikk svar innen 28-dagersfristen.",
       lambda f: fraction(f.within_deadline(), 0.5, "innen fristen", FRACTION_HEDGED)),
    _t("andel", "I fjor ble rundt sju av ti klager besvart innen fristen.",
       lambda f: fraction(f.within_deadline(2020), 0.7, "innen fristen 2020", FRACTION_HEDGED)),
    _t("andel", "Også i år ble to av tre klager besvart innen fristen.",
       lambda f: fraction(f.within_deadline(), 2 / 3, "innen fristen")),
    _t("andel", "Andelen besvart innen 28 dager falt med nesten 17 prosentpoeng.", _pp_change),
    _t("andel", "Nesten hver sjette klage tok mer enn to måneder å behandle.",
       lambda f: fraction(f.share_over(60), 1 / 6, "over 60 dager", how="under")),
    _t("andel", "Flere enn hver tiende klage tok over 90 dager.",
       lambda f: fraction(f.share_over(90), 0.1, "over 90 dager", how="above")),
    _t("tall", "Én klage tok mer enn fire måneder å behandle.",
       lambda f: (f.count_over(120) == 1, f"over 120 dager: {f.count_over(120)}")),
    _t("rang", "Klager om saksbehandling var den største gruppen, tett fulgt av adferd.",
       lambda f: (first(f.grounds(), "saksbehandling")[0] and second(f.grounds(), "adferd")[0],
                  first(f.grounds(), "saksbehandling")[1])),
    _t("rang", "Adferd var for første gang det vanligste klagegrunnlaget.",
       lambda f: first(f.grounds(), "adferd")),
    _t("retning", "Klager om saksbehandling gikk tilbake for andre år på rad.",
       lambda f: _ground_falling(f, "saksbehandling", 2)),
    _t("andel", "{{< var grounds.saksbehandling.share >}} av klagene gjaldt saksbehandling, som "
                "dermed var det vanligste grunnlaget.",
       lambda f: first(f.grounds(), "saksbehandling")),
    _t("andel", "Andelen klager om saksbehandling sank fra omtrent halvparten til om lag 40 "
                "prosent.",
       lambda f: (abs(f.ground_share("saksbehandling", 2020) - 0.5) <= FRACTION_HEDGED
                  and abs(f.ground_share("saksbehandling") - 0.4) <= SHARE_HEDGED,
                  f"saksbehandling {p(f.ground_share('saksbehandling', 2020))} til "
                  f"{p(f.ground_share('saksbehandling'))}")),
    _t("likhet", "To klager gjaldt manglende ID, like mange som gjaldt maktmisbruk.",
       lambda f: (f.ground("id") == 2 and f.ground("maktmisbruk") == 2,
                  f"id {f.ground('id')}, maktmisbruk {f.ground('maktmisbruk')}")),
    _t("negasjon", "Ingen klager gjaldt brudd på taushetsplikten.",
       lambda f: (f.ground("taushetsplikt") == 0, f"taushetsplikt {f.ground('taushetsplikt')}")),
    _t("rang", "Uheldig, men ikke grunnlag for kritikk var det vanligste utfallet, med 31 saker.",
       lambda f: (f.decision("uheldig") == 31 and first(f.decisions(), "uheldig")[0],
                  first(f.decisions(), "uheldig")[1])),
    _t("sammenligning", "Flere saker endte med ikke grunnlag for kritikk enn med uheldig, men "
                        "ikke grunnlag for kritikk.",
       lambda f: (f.decision("ikke_grunnlag") > f.decision("uheldig"),
                  f"ikke grunnlag {f.decision('ikke_grunnlag')}, uheldig {f.decision('uheldig')}")),
    _t("tall", "Det ble gitt kritikk i sju saker, to færre enn i fjor.",
       lambda f: (f.decision("kritikk") == 7 and f.decision("kritikk", 2020) == 9,
                  f"kritikk {f.decision('kritikk', 2020)} til {f.decision('kritikk')}")),
    _t("andel", "{{< var decisions.kritikk.share >}} av sakene endte med kritikk, en høyere andel "
                "enn i fjor.",
       lambda f: (f.decision_share("kritikk") > f.decision_share("kritikk", 2020),
                  f"andel kritikk {p(f.decision_share('kritikk', 2020))} til "
                  f"{p(f.decision_share('kritikk'))}")),
    _t("andel", "Kritikk ble gitt i over ti prosent av sakene.",
       lambda f: fraction(f.decision_share("kritikk"), 0.1, "kritikk", how="above")),
    _t("retning", "Saker som ikke lot seg avklare, ble mer enn firedoblet.",
       lambda f: (f.decision("ikke_avklart") > 4 * f.decision("ikke_avklart", 2020),
                  f"ikke avklart {f.decision('ikke_avklart', 2020)} til "
                  f"{f.decision('ikke_avklart')}")),
    _t("retning", "Antall avviste klager ble mer enn halvert.",
       lambda f: (f.decision("avvist") < f.decision("avvist", 2020) / 2,
                  f"avvist {f.decision('avvist', 2020)} til {f.decision('avvist')}")),
    _t("retning", "Klager om etnisk diskriminering er mer enn halvert siden 2019.",
       lambda f: (f.ethnic_received() < f.ethnic_received(2019) / 2
                  and f.ethnic_decided() < f.ethnic_decided(2019) / 2,
                  f"etnisk mottatt {f.ethnic_received(2019)} til {f.ethnic_received()}, avgjort "
                  f"{f.ethnic_decided(2019)} til {f.ethnic_decided()}")),
    _t("tall", "Vi mottok tre klager om etnisk diskriminering, én færre enn i fjor.",
       lambda f: (f.ethnic_received() == 3 and f.ethnic_received(2020) == 4,
                  f"etnisk mottatt {f.ethnic_received(2020)} til {f.ethnic_received()}")),
    _t("negasjon", "Det kom ikke inn klager om annen diskriminering.",
       lambda f: (f.other_received() == 0, f"annen mottatt {f.other_received()}")),
    _t("alle", "Alle klager mottatt i 2021 var ferdigbehandlet innen utgangen av januar 2022.",
       lambda f: (f.all_decided_by() is not None and str(f.all_decided_by()) <= "2022-01-31",
                  f"alle avsluttet {f.all_decided_by()}")),
    _t("alle", "Alle årets klager var avsluttet før jul.",
       lambda f: (f.all_decided_by() is not None and str(f.all_decided_by()) < "2021-12-24",
                  f"alle avsluttet {f.all_decided_by()}; julaften 2021-12-24")),
    _t("sted", "I Trondheim og resten av distriktet mottok vi {{< var received.total >}} "
               "klager.",
       lambda f: town_in("Trondheim", f.district)),
    _t("sted", "Politiet i Molde fikk {{< var received.total >}} klager i "
               "{{< var year.current >}}.",
       lambda f: town_in("Molde", f.district)),
    _t("retning", "Klager om adferd gikk ned sammenlignet med 2020.",
       lambda f: change("adferd", f.ground("adferd", 2020), f.ground("adferd"), "down")),
    _t("retning", "Avsluttede saker om etnisk diskriminering har gått ned hvert år siden 2019.",
       lambda f: (f.ethnic_decided(2019) > f.ethnic_decided(2020) > f.ethnic_decided(),
                  "etnisk avgjort: " + listing({y: v for y, v in f.ethnic_decided_series().items()
                                                if y >= 2019}))),
    _t("rang", "Vi mottok flere klager enn noen gang før.",
       lambda f: _rank_in(f.received_series(), 2021, 1, 2016, "mottatt")),
    _t("nivå", "Medianen var over fire uker.",
       lambda f: (f.median_days() > 28, f"median {n(f.median_days())}; fire uker er 28 dager")),
    _t("andel", "Over halvparten av klagene tok mer enn fire uker å behandle.",
       lambda f: fraction(f.share_over(28), 0.5, "over 28 dager", how="above")),
    _t("retning", "Klager om maktmisbruk ble færre enn i fjor.",
       lambda f: change("maktmisbruk", f.ground("maktmisbruk", 2020), f.ground("maktmisbruk"),
                        "down")),
    _t("tall", "Kun én klage gjaldt manglende oppgivelse av ID.",
       lambda f: (f.ground("id") == 1, f"id {f.ground('id')}")),
    # ------------------------------------------------------------------ Vest 2019
    _v("likhet", "Adferd og saksbehandling var like vanlige klagegrunnlag, med 46 klager hver.",
       lambda f: (f.ground("adferd") == f.ground("saksbehandling") == 46,
                  f"adferd {f.ground('adferd')}, saksbehandling {f.ground('saksbehandling')}")),
    _v("rang", "Saksbehandling var klart det vanligste klagegrunnlaget.",
       lambda f: first(f.grounds(), "saksbehandling")),
    _v("sammenligning", "Kritikk ble gitt i om lag 40 prosent færre saker enn i fjor.",
       lambda f: _near(-_change_pct(f.decision("kritikk", 2018), f.decision("kritikk")), 40,
                       f"kritikk {f.decision('kritikk', 2018)} til {f.decision('kritikk')}: "
                       "nedgang i %")),
    _v("negasjon", "Heller ikke i 2018 ble noen saker overført til annen instans.",
       lambda f: (f.decision("overfort", 2018) == 0,
                  f"overført 2018: {f.decision('overfort', 2018)}")),
    _v("fra-til", "Gjennomsnittet steg fra 14,6 til 20,1 dager.",
       lambda f: (round(f.mean_days(2018), 1) == 14.6 and round(f.mean_days(), 1) == 20.1,
                  f"gjennomsnitt {n(f.mean_days(2018))} til {n(f.mean_days())}")),
    _v("fra-til", "Medianen sank fra 15 til 12 dager.",
       lambda f: change("median dager", f.median_days(2018), f.median_days(), "down")),
    _v("andel", "Tre av fire klager ble besvart innen fristen.",
       lambda f: fraction(f.within_deadline(), 0.75, "innen fristen")),
    _v("andel", "Ni av ti klager ble besvart innen fristen, som i fjor.",
       lambda f: (fraction(f.within_deadline(), 0.9, "innen fristen")[0]
                  and fraction(f.within_deadline(2018), 0.9, "innen fristen")[0],
                  f"innen fristen {p(f.within_deadline(2018))} og {p(f.within_deadline())}")),
    _v("retning", "Antall avsluttede saker om etnisk diskriminering har økt hvert år siden 2016.",
       lambda f: (rising(f.ethnic_decided_series().values()),
                  "etnisk avgjort: " + listing(f.ethnic_decided_series()))),
    _v("rang", "Avsluttede saker om etnisk diskriminering nådde sitt høyeste nivå i 2019.",
       lambda f: _rank_in(f.ethnic_decided_series(), 2019, 1, 2016, "etnisk avgjort")),
    _v("tall", "Vi avsluttet 117 saker, 14 færre enn året før.",
       lambda f: (f.decided() == 117 and f.decided(2018) - f.decided() == 14,
                  f"avgjort {f.decided(2018)} til {f.decided()}")),
    _v("retning", "Mottatte klager økte litt fra 2018.",
       lambda f: change("mottatt", f.received(2018), f.received(), "up")),
    _v("sted", "Politiet i Bergen-området fikk færre klager enn i fjor.",
       lambda f: (town_in("Bergen", f.district)[0]
                  and f.received() < f.received(2018),
                  f"{town_in('Bergen', f.district)[1]}; mottatt {f.received(2018)} til "
                  f"{f.received()}")),
    _v("fra-til", "Saker avgjort som uheldig, men ikke grunnlag for kritikk økte med tolv.",
       lambda f: (f.decision("uheldig") - f.decision("uheldig", 2018) == 12,
                  f"uheldig {f.decision('uheldig', 2018)} til {f.decision('uheldig')}")),
    _v("andel", "Klager om etnisk diskriminering utgjorde over en femtedel av de mottatte "
                "klagene.",
       lambda f: fraction(f.ethnic_received() / f.received(), 0.2, "etnisk", how="above")),
    _v("nivå", "Saksbehandlingstiden var under to uker, som i fjor.",
       lambda f: (_both_days(f, lambda d: d < 14, "«under to uker» (14 dager)")[0]
                  and max(f.mean_days(2018), f.median_days(2018)) < 14,
                  _both_days(f, lambda d: d < 14, "«under to uker» (14 dager)")[1]
                  + f"; 2018: {n(f.mean_days(2018))} og {n(f.median_days(2018))}")),
    # ------------------------------------------------------------------ Agder 2022
    _a("tall", "Tre klager fra 2022 er fortsatt under behandling.",
       lambda f: (f.open() == 3, f"åpne {f.open()}")),
    _a("alle", "Alle klagene fra i år er ferdigbehandlet.",
       lambda f: (f.open() == 0, f"åpne {f.open()}")),
    _a("tall", "Kritikk ble gitt i åtte saker, mot bare én i fjor.",
       lambda f: (f.decision("kritikk") == 8 and f.decision("kritikk", 2021) == 1,
                  f"kritikk {f.decision('kritikk', 2021)} til {f.decision('kritikk')}")),
    _a("retning", "Sakene med kritikk ble firedoblet.",
       lambda f: factor(f.decision("kritikk"), f.decision("kritikk", 2021), 4, "kritikk")),
    _a("andel", "Halvparten av klagene i år dreide seg om adferd.",
       lambda f: fraction(f.ground_share("adferd"), 0.5, "adferd")),
    _a("sammenligning", "Både i år og i fjor var adferd et vanligere klagegrunnlag enn "
                        "saksbehandling.",
       lambda f: (f.ground("adferd") > f.ground("saksbehandling")
                  and f.ground("adferd", 2021) > f.ground("saksbehandling", 2021),
                  "adferd/saksbehandling: " + listing({
                      y: f"{f.ground('adferd', y)}/{f.ground('saksbehandling', y)}"
                      for y in (2021, 2022)}))),
    _a("andel", "Under halvparten av klagene fikk svar innen fristen på fire uker.",
       lambda f: fraction(f.within_deadline(), 0.5, "innen fristen", how="below")),
    _a("fra-til", "Medianen økte fra 27,5 til 31 dager.",
       lambda f: (f.median_days(2021) == 27.5 and f.median_days() == 31,
                  f"median {n(f.median_days(2021))} til {n(f.median_days())}")),
    _a("nivå", "Saksbehandlingstiden var i gjennomsnitt rundt 35 dager.",
       lambda f: hedged_days(f.mean_days(), 35, "gjennomsnitt", "near")),
    _a("sammenligning", "Klager om adferd var ti ganger så mange som klager om maktmisbruk.",
       lambda f: factor(f.ground("adferd"), f.ground("maktmisbruk"), 10,
                        "adferd mot maktmisbruk")),
    _a("sammenligning", "Det kom inn flere klager om maktmisbruk enn om taushetsplikt og ID til "
                        "sammen, men færre enn i fjor.",
       lambda f: (f.ground("maktmisbruk") > f.ground("taushetsplikt") + f.ground("id")
                  and f.ground("maktmisbruk") < f.ground("maktmisbruk", 2021),
                  f"maktmisbruk {f.ground('maktmisbruk', 2021)} til {f.ground('maktmisbruk')}; "
                  f"taushetsplikt {f.ground('taushetsplikt')}, id {f.ground('id')}")),
    _a("retning", "Agder mottok færre klager enn i 2021.",
       lambda f: change("mottatt", f.received(2021), f.received(), "down")),
    _a("likhet", "Kristiansand-politiet behandlet ferdig {{< var decided.total >}} saker, like "
                 "mange som de mottok.",
       lambda f: (town_in("Kristiansand", f.district)[0] and f.decided() == f.received(),
                  f"{town_in('Kristiansand', f.district)[1]}; avgjort {f.decided()}, mottatt "
                  f"{f.received()}")),
    # ------------------------------------------------------------------ Troms 2021
    _r("negasjon", "Ingen av sakene endte med kritikk.",
       lambda f: (f.decision("kritikk") == 0, f"kritikk {f.decision('kritikk')}")),
    _r("negasjon", "Distriktet mottok ikke noen klager om diskriminering i 2021.",
       lambda f: (f.ethnic_received() + f.other_received() == 0,
                  f"etnisk {f.ethnic_received()}, annen {f.other_received()} (diskriminering "
                  "alene er begge)")),
    _r("andel", "Ni av ti klagere fikk svar innen fristen.",
       lambda f: fraction(f.within_deadline(), 0.9, "innen fristen")),
    _r("alle", "Samtlige klager fikk svar innen fristen på 28 dager.",
       lambda f: (f.within_deadline() == 1, f"innen fristen {p(f.within_deadline())}")),
    _r("alle", "Alle klagene fra 2021 var avsluttet før nyttår.",
       lambda f: (f.all_decided_by() is not None and str(f.all_decided_by()) <= "2021-12-31",
                  f"alle avsluttet {f.all_decided_by()}")),
    _r("likhet", "Medianen steg fra 10,5 til 12 dager, mens gjennomsnittet var omtrent uendret.",
       lambda f: (f.median_days(2020) == 10.5 and f.median_days() == 12
                  and abs(f.mean_days() - f.mean_days(2020)) <= NEAR * f.mean_days(2020),
                  f"median {n(f.median_days(2020))} til {n(f.median_days())}, snitt "
                  f"{n(f.mean_days(2020))} til {n(f.mean_days())}")),
    _r("rang", "Antall avsluttede saker var det høyeste siden 2019.",
       lambda f: _rank_in(f.decided_series(), 2021, 1, 2019, "avgjort")),
    _r("sted", "I Troms politidistrikt, fra Tromsø til Harstad, mottok vi "
               "{{< var received.total >}} klager.",
       lambda f: (town_in("Tromsø", f.district)[0] and town_in("Harstad", f.district)[0],
                  f"{town_in('Tromsø', f.district)[1]}; {town_in('Harstad', f.district)[1]}")),
    _r("rang", "Uheldig var det vanligste utfallet, med over halvparten av sakene.",
       lambda f: (first(f.decisions(), "uheldig")[0]
                  and fraction(f.decision_share("uheldig"), 0.5, "uheldig", how="above")[0],
                  fraction(f.decision_share("uheldig"), 0.5, "uheldig", how="above")[1])),
    _r("sammenligning", "Troms avsluttet flere saker enn distriktet mottok.",
       lambda f: (f.decided() > f.received(), f"avgjort {f.decided()}, mottatt {f.received()}")),
    # ------------------------------------------------------------------ Oslo 2019
    _o("fra-til", "Saker avgjort som uheldig økte med 20, fra 46 til 76.",
       lambda f: (f.decision("uheldig", 2018) == 46 and f.decision("uheldig") == 76
                  and f.decision("uheldig") - f.decision("uheldig", 2018) == 20,
                  f"uheldig {f.decision('uheldig', 2018)} til {f.decision('uheldig')}")),
    _o("retning", "Mottatte klager økte med over 20 prosent.",
       lambda f: (_change_pct(f.received(2018), f.received()) > 20,
                  f"mottatt {f.received(2018)} til {f.received()}: "
                  f"{n(_change_pct(f.received(2018), f.received()))} %")),
    _o("retning", "Vi mottok nesten en tredjedel flere klager enn i 2018.",
       lambda f: fraction(f.received() / f.received(2018) - 1, 1 / 3, "økning", how="under")),
    _o("retning", "Andelen besvart innen fristen falt litt.",
       lambda f: (f.within_deadline() < f.within_deadline(2018),
                  f"innen fristen {p(f.within_deadline(2018))} til {p(f.within_deadline())}")),
    _o("sammenligning", "Vi avsluttet flere saker om etnisk diskriminering enn i 2016.",
       lambda f: (f.ethnic_decided() > f.ethnic_decided(2016),
                  f"etnisk avgjort 2016 {f.ethnic_decided(2016)}, 2019 {f.ethnic_decided()}")),
    _o("rang", "Det laveste antallet avsluttede saker hadde vi i 2015.",
       lambda f: _rank_in(f.decided_series(), 2015, len(f.decided_series()), 2007, "avgjort")),
    _o("rang", "Klager om taushetsplikt var det minst vanlige grunnlaget.",
       lambda f: (f.ground("taushetsplikt") < min(v for k, v in f.grounds().items()
                                                 if k != "taushetsplikt"),
                  "grunnlag: " + listing(f.grounds()))),
    _o("sammenligning", "Klager om saksbehandling var flere enn klager om adferd og maktmisbruk "
                        "til sammen.",
       lambda f: (f.ground("saksbehandling") > f.ground("adferd") + f.ground("maktmisbruk"),
                  f"saksbehandling {f.ground('saksbehandling')}, adferd {f.ground('adferd')} + "
                  f"maktmisbruk {f.ground('maktmisbruk')}")),
    _o("sammenligning", "Pass fikk nesten tre ganger så mange klager som Orden Sentrum.",
       lambda f: (f.unit("Pass") < 3 * f.unit("Orden Sentrum")
                  and factor(f.unit("Pass"), f.unit("Orden Sentrum"), 3, "Pass/Orden")[0],
                  factor(f.unit("Pass"), f.unit("Orden Sentrum"), 3,
                         "Pass mot Orden Sentrum")[1])),
    _o("retning", "Klagene mot Patrulje Øst og Patrulje Sør gikk begge ned.",
       lambda f: (f.unit("Patrulje Øst") < f.unit("Patrulje Øst", 2018)
                  and f.unit("Patrulje Sør") < f.unit("Patrulje Sør", 2018),
                  f"Patrulje Øst {f.unit('Patrulje Øst', 2018)} til {f.unit('Patrulje Øst')}, "
                  f"Sør {f.unit('Patrulje Sør', 2018)} til {f.unit('Patrulje Sør')}")),
    _o("retning", "Grønland politistasjon fikk færre klager enn i fjor.",
       lambda f: change("Grønland", f.unit("Grønland politistasjon", 2018),
                        f.unit("Grønland politistasjon"), "down")),
    _o("sammenligning", "Patrulje Sør fikk flere klager enn Patrulje Øst.",
       lambda f: (f.unit("Patrulje Sør") > f.unit("Patrulje Øst"),
                  f"Patrulje Sør {f.unit('Patrulje Sør')}, Øst {f.unit('Patrulje Øst')}")),
    _o("andel", "Andelen saker med kritikk falt fra i fjor.",
       lambda f: (f.decision_share("kritikk") < f.decision_share("kritikk", 2018),
                  f"andel kritikk {p(f.decision_share('kritikk', 2018))} til "
                  f"{p(f.decision_share('kritikk'))}")),
]  # fmt: skip


labelled, main = part_functions(PART, SENTENCES)


if __name__ == "__main__":
    sys.exit(main())
