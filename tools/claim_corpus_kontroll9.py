"""The claim corpus's part `kontroll9`: each sentence with the code that labels it.

Written on 7 December 2026 (issue 21, task H5) by an outside adversary who had not read the
check's rules, its lexicon or the earlier parts' sentences: analyst prose about Oslo 2019, Agder
2020, 2021 and 2022, Troms 2021 and Vest 2019 (a report new to the corpus, from the national
sample). Kinds and styles the earlier parts had little of: fraction words with and without
hedges («knapt halvparten», «snaut tre av fire», «rundt en av åtte»), hedged numbers of days
(«rundt to uker», «nesten tre uker», «nesten seks dager»), ranks of a category («nest vanligst»,
a tie called «det klart vanligste»), the two populations (received against decided), «i
forfjor», a number that equals another value, long sentences whose last clause is the false one,
and towns of another district. Labelled like kontroll6 (tools/claim_corpus_kontroll6.py): by a
function over `tools.claim_facts` (the case files read with pandas, none of klagerapport's
code). The readings of hedges and fraction words are the documented ones
(commentary/README.md, «Ord som tallene kan motsi»): «omtrent/rundt» a number within 10 %
(shares 2 percentage points), «nesten/snaut/knapt» under it and within that, «drøyt/i overkant
av» over it and within that, a fraction word within 3 percentage points (5 with «omtrent» or
«rundt»), «over/under» strictly, «omtrent like mange» within 10 %, «dobbelt så mange» and other
factors within 15 %; «tre uker» is 21 days as «fire uker» is 28. Committed before the check was
run on it, and measured at first contact (benchmarks/README.md).

    .venv/bin/python -m tools.claim_corpus_kontroll9            # the labels and reasons
    .venv/bin/python -m tools.claim_corpus_kontroll9 --yaml     # the part as corpus YAML
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
    first,
    fraction,
    hedged_days,
    highest_since,
    listing,
    lowest_since,
    n,
    p,
    rising_since,
    second,
)

PART = "kontroll9"
OSLO = "oslo-2019"
A20 = "agder-2020"
A21 = "agder-2021"
A22 = "agder-2022"
TROMS = "troms-2021"
VEST = "vest-2019"


_o, _a0, _a1, _a2, _t, _v = map(sentences_about, (OSLO, A20, A21, A22, TROMS, VEST))


def _oslo_last_clause(f: Facts) -> tuple[bool, str]:
    rise = f.received() / f.received(2018) - 1
    shorter = f.mean_days() < f.mean_days(2018)
    within_down = f.within_deadline() < f.within_deadline(2018)
    return rise > 0.2 and shorter and within_down, (
        f"mottatt +{p(rise)}; snitt {n(f.mean_days(2018))} til {n(f.mean_days())} dager; innen "
        f"fristen {p(f.within_deadline(2018))} til {p(f.within_deadline())}"
    )


def _decisions_first_then(f: Facts) -> tuple[bool, str]:
    now, before = f.decisions(), f.decisions(f.year - 1)
    ok = first(now, "ikke_grunnlag")[0] and second(now, "uheldig")[0]
    ok = ok and first(before, "ikke_grunnlag")[0]
    return ok, f"{f.year - 1}: {listing(before)}; {f.year}: {listing(now)}"


SENTENCES: list[Sentence] = [
    # ------------------------------------------------------------------ Oslo 2019
    _o("retning", "Sammenlignet med {{< var year.minus1 >}} gikk antallet innkomne klager noe "
                  "tilbake i {{< var year.current >}}.",
       lambda f: change("mottatt", f.received(2018), f.received(), "down")),
    _o("sammenligning", "Tallet på klagesaker vi tok imot, var høyere enn året før.",
       lambda f: (f.received() > f.received(2018),
                  f"mottatt {f.received(2018)} til {f.received()}")),
    _o("andel", "Omtrent hver tredje klage endte med at politiet fikk kritikk.",
       lambda f: fraction(f.decision_share("kritikk"), 1 / 3, "kritikk", FRACTION_HEDGED)),
    _o("andel", "Rundt en av åtte klager endte med grunnlag for kritikk.",
       lambda f: fraction(f.decision_share("kritikk"), 1 / 8, "kritikk", FRACTION_HEDGED)),
    _o("nivå", "Gjennomsnittlig behandlingstid var på nesten tre uker.",
       lambda f: hedged_days(f.mean_days(), 21, "gjennomsnitt", "under")),
    _o("sammenligning", "Medianen lå på {{< var handling_days.median >}} dager, altså kortere enn "
                        "fjorårets {{< var handling_days.median_minus1 >}}.",
       lambda f: (f.median_days() < f.median_days(2018),
                  f"median {n(f.median_days(2018))} til {n(f.median_days())}")),
    _o("nivå", "Den gjennomsnittlige saksbehandlingstiden i fjor var "
               "{{< var handling_days.mean >}} dager.",
       lambda f: (round(f.mean_days(2018), 1) == round(f.mean_days(), 1),
                  f"snitt 2018 {n(f.mean_days(2018))}; verdien er 2019s {n(f.mean_days())}")),
    _o("rang", "Ikke grunnlag for kritikk var det nest vanligste utfallet i "
               "{{< var year.current >}}.",
       lambda f: second(f.decisions(), "ikke_grunnlag")),
    _o("rang", "«Uheldig, men ikke grunnlag for kritikk» var det nest vanligste utfallet.",
       lambda f: second(f.decisions(), "uheldig")),
    _o("sammenligning", "Det var flere klager om adferd enn om saksbehandling.",
       lambda f: (f.ground("adferd") > f.ground("saksbehandling"),
                  f"adferd {f.ground('adferd')}, saksbehandling {f.ground('saksbehandling')}")),
    _o("tall", "Bare en håndfull saker, fire i alt, ble overført til annen instans.",
       lambda f: (f.decision("overfort") == 4, f"overført {f.decision('overfort')}")),
    _o("negasjon", "Antallet saker med grunnlag for kritikk gikk ikke ned fra året før.",
       lambda f: (f.decision("kritikk") >= f.decision("kritikk", 2018),
                  f"kritikk {f.decision('kritikk', 2018)} til {f.decision('kritikk')}")),
    _o("negasjon", "Vi har ikke sett noen økning i saker som ble vurdert som uheldige.",
       lambda f: (f.decision("uheldig") <= f.decision("uheldig", 2018),
                  f"uheldig {f.decision('uheldig', 2018)} til {f.decision('uheldig')}")),
    _o("fra-til", "Andelen som fikk svar innen fristen på fire uker, gikk fra 88 til 87 prosent.",
       lambda f: (round(100 * f.within_deadline(2018)) == 88 and round(100 * f.within_deadline())
                  == 87, f"innen fristen {p(f.within_deadline(2018))} til "
                         f"{p(f.within_deadline())}")),
    _o("likhet", "Klager om maktmisbruk var omtrent like mange som klager under «annet».",
       lambda f: (abs(f.ground("maktmisbruk") - f.ground("annet"))
                  <= NEAR * max(f.ground("maktmisbruk"), f.ground("annet")),
                  f"maktmisbruk {f.ground('maktmisbruk')}, annet {f.ground('annet')}")),
    _o("rang", "Aldri siden statistikken startet i 2007 har vi avsluttet flere klager enn i år.",
       lambda f: highest_since(f.decided_series(), f.year, "avgjort")),
    _o("rang", "Antallet avsluttede klager var det laveste siden 2016.",
       lambda f: lowest_since(f.decided_series(), f.year, "avgjort", 2016)),
    _o("nivå", "I 2016 ble det avsluttet {{< var discrimination.etnisk.decided >}} klager med "
               "påstand om etnisk diskriminering.",
       lambda f: (f.ethnic_decided(2016) == f.ethnic_decided(),
                  f"etnisk avgjort 2016 {f.ethnic_decided(2016)}; verdien er 2019s "
                  f"{f.ethnic_decided()}")),
    _o("fra-til", "Klager med påstand om etnisk diskriminering som ble avsluttet, økte fra "
                  "{{< var discrimination.etnisk.decided_minus1 >}} til "
                  "{{< var discrimination.etnisk.decided >}}.",
       lambda f: change("etnisk avgjort", f.ethnic_decided(2018), f.ethnic_decided(), "up")),
    _o("andel", "Saksbehandling/service sto for over halvparten av klagene.",
       lambda f: fraction(f.ground_share("saksbehandling"), 0.5, "saksbehandling", how="above")),
    _o("andel", "Rundt 44 prosent av klagene gjaldt saksbehandling.",
       lambda f: fraction(f.ground_share("saksbehandling"), 0.44, "saksbehandling",
                          SHARE_HEDGED)),
    _o("alle", "Alle klagene vi mottok i {{< var year.current >}}, er ferdigbehandlet.",
       lambda f: (f.open() == 0, f"åpne {f.open()}")),
    _o("retning", "Andelen saker med kritikk av politiet falt litt fra året før.",
       lambda f: change("kritikk (%)", 100 * f.decision_share("kritikk", 2018),
                        100 * f.decision_share("kritikk"), "down")),
    _o("retning", "Selv om antallet klager økte med over tjue prosent, ble saksbehandlingstiden "
                  "kortere, og andelen som ble besvart innen fristen, gikk ned.",
       _oslo_last_clause),
    _o("sammenligning", "Det ble avsluttet flere klager i år enn i 2017.",
       lambda f: (f.decided() > f.decided(2017),
                  f"avgjort 2017 {f.decided(2017)}, 2019 {f.decided()}")),
    _o("likhet", "Antall avsluttede saker lå i 2017 på omtrent samme nivå som i fjor.",
       lambda f: (abs(f.decided(2017) - f.decided(2018)) <= NEAR * max(f.decided(2017),
                                                                       f.decided(2018)),
                  f"avgjort 2017 {f.decided(2017)}, 2018 {f.decided(2018)}")),
    _o("tall", "Drøyt et dusin klager gjaldt maktmisbruk.",
       lambda f: (12 < f.ground("maktmisbruk") <= 12 * (1 + NEAR),
                  f"maktmisbruk {f.ground('maktmisbruk')}; «drøyt» er over 12")),
    _o("andel", "Sytten prosent av klagene havnet i kategorien «annet».",
       lambda f: (round(100 * f.ground_share("annet")) == 17,
                  f"annet {p(f.ground_share('annet'))}")),
    # ------------------------------------------------------------------ Agder 2020
    _a0("sammenligning", "Agder politidistrikt mottok færre klager i {{< var year.current >}} enn "
                         "i {{< var year.minus1 >}}.",
        lambda f: (f.received() < f.received(2019),
                   f"mottatt {f.received(2019)} til {f.received()}")),
    _a0("retning", "Saksbehandlingstiden ble lengre i år, både målt i gjennomsnitt og median.",
        lambda f: (f.mean_days() > f.mean_days(2019) and f.median_days() > f.median_days(2019),
                   f"snitt {n(f.mean_days(2019))} til {n(f.mean_days())}, median "
                   f"{n(f.median_days(2019))} til {n(f.median_days())}")),
    _a0("andel", "Under en tredjedel av klagene ble besvart innen fristen.",
        lambda f: fraction(f.within_deadline(), 1 / 3, "innen fristen", how="below")),
    _a0("andel", "Omtrent en av tre klager ble besvart innen fristen.",
        lambda f: fraction(f.within_deadline(), 1 / 3, "innen fristen", FRACTION_HEDGED)),
    _a0("negasjon", "Ingen saker ble overført til annen instans i år.",
        lambda f: (f.decision("overfort") == 0, f"overført {f.decision('overfort')}")),
    _a0("nivå", "I 2019 kom det inn {{< var received.total >}} klager.",
        lambda f: (f.received(2019) == f.received(),
                   f"mottatt 2019 {f.received(2019)}; verdien er 2020s {f.received()}")),
    _a0("sammenligning", "Det var nesten dobbelt så mange klager om saksbehandling som om adferd.",
        lambda f: factor(f.ground("saksbehandling"), f.ground("adferd"), 2,
                         "saksbehandling mot adferd")),
    _a0("rang", "Flest klager gjaldt saksbehandling/service.",
        lambda f: first(f.grounds(), "saksbehandling")),
    _a0("negasjon", "Antall avsluttede saker var ikke lavere enn året før.",
        lambda f: (f.decided() >= f.decided(2019), f"avgjort {f.decided(2019)} til {f.decided()}")),
    _a0("alle", "Samtlige klager mottatt i {{< var year.current >}} var ferdigbehandlet innen "
                "utgangen av mars året etter.",
        lambda f: (f.all_decided_by() is not None and str(f.all_decided_by()) <= "2021-03-31",
                   f"alle avsluttet {f.all_decided_by()}")),
    _a0("retning", "Antall avsluttede saker om etnisk diskriminering økte i år.",
        lambda f: change("etnisk avgjort", f.ethnic_decided(2019), f.ethnic_decided(), "up")),
    _a0("rang", "Som i fjor var ikke grunnlag for kritikk det vanligste utfallet, fulgt av "
                "uheldig.", _decisions_first_then),
    # ------------------------------------------------------------------ Agder 2021
    _a1("retning", "Andelen besvart innen fristen sank fra i fjor.",
        lambda f: change("innen fristen (%)", 100 * f.within_deadline(2020),
                         100 * f.within_deadline(), "down")),
    _a1("fra-til", "Andelen besvart innen fristen steg fra "
                   "{{< var handling_days.within_deadline_minus1 >}} til "
                   "{{< var handling_days.within_deadline >}}.",
        lambda f: change("innen fristen (%)", 100 * f.within_deadline(2020),
                         100 * f.within_deadline(), "up")),
    _a1("nivå", "Medianen for saksbehandlingstiden var fire uker.",
        lambda f: (f.median_days() == 28, f"median {n(f.median_days())} dager; fire uker er 28")),
    _a1("andel", "Halvparten av sakene tok mer enn fem uker å behandle.",
        lambda f: fraction(f.share_over(35), 0.5, "over 35 dager")),
    _a1("likhet", "Adferd og saksbehandling var like vanlige klagegrunnlag i år.",
        lambda f: (f.ground("adferd") == f.ground("saksbehandling"),
                   f"adferd {f.ground('adferd')}, saksbehandling {f.ground('saksbehandling')}")),
    _a1("likhet", "Klager om adferd og om saksbehandling var omtrent like mange.",
        lambda f: (abs(f.ground("adferd") - f.ground("saksbehandling"))
                   <= NEAR * max(f.ground("adferd"), f.ground("saksbehandling")),
                   f"adferd {f.ground('adferd')}, saksbehandling {f.ground('saksbehandling')}")),
    _a1("tall", "Tre saker endte med kritikk av politiet.",
        lambda f: (f.decision("kritikk") == 3, f"kritikk {f.decision('kritikk')}")),
    _a1("tall", "To av klagene vi mottok, gjaldt etnisk diskriminering.",
        lambda f: (f.ethnic_received() == 2, f"etnisk mottatt {f.ethnic_received()}")),
    _a1("sammenligning", "Det ble avsluttet færre klager i {{< var year.current >}} enn året før.",
        lambda f: (f.decided() < f.decided(2020), f"avgjort {f.decided(2020)} til {f.decided()}")),
    _a1("fra-til", "Antallet saker der hendelsesforløpet ikke lot seg avklare, økte kraftig, fra "
                   "én til åtte.",
        lambda f: (f.decision("ikke_avklart", 2020) == 1 and f.decision("ikke_avklart") == 8,
                   f"ikke avklart {f.decision('ikke_avklart', 2020)} til "
                   f"{f.decision('ikke_avklart')} (åtte ganger: kraftig i enhver lesning)")),
    _a1("alle", "Alle klagene fra {{< var year.current >}} var avgjort før nyttår.",
        lambda f: (f.all_decided_by() is not None and str(f.all_decided_by()) <= "2021-12-31",
                   f"alle avsluttet {f.all_decided_by()}")),
    # ------------------------------------------------------------------ Agder 2022
    _a2("alle", "Samtlige klager som kom inn i år, er ferdig behandlet.",
        lambda f: (f.open() == 0, f"åpne {f.open()}")),
    _a2("tall", "Tre klager fra i år er fortsatt under behandling.",
        lambda f: (f.open() == 3, f"åpne {f.open()}")),
    _a2("rang", "Antall avsluttede klager om etnisk diskriminering er det høyeste siden 2016.",
        lambda f: highest_since(f.ethnic_decided_series(), f.year, "etnisk avgjort")),
    _a2("retning", "Gjennomsnittlig saksbehandlingstid gikk ned med nesten seks dager.",
        lambda f: hedged_days(f.mean_days(2021) - f.mean_days(), 6, "nedgang i snitt", "under")),
    _a2("retning", "Gjennomsnittlig saksbehandlingstid økte med nesten seks dager.",
        lambda f: hedged_days(f.mean_days() - f.mean_days(2021), 6, "økning i snitt", "under")),
    _a2("andel", "Over halvparten av klagene gjaldt adferd.",
        lambda f: fraction(f.ground_share("adferd"), 0.5, "adferd", how="above")),
    _a2("andel", "Halvparten av klagene gjaldt adferd.",
        lambda f: fraction(f.ground_share("adferd"), 0.5, "adferd")),
    _a2("sammenligning", "Det var åtte ganger så mange saker med grunnlag for kritikk som i fjor.",
        lambda f: factor(f.decision("kritikk"), f.decision("kritikk", 2021), 8, "kritikk")),
    _a2("sammenligning", "Flere saker endte som uheldige enn som ikke grunnlag for kritikk.",
        lambda f: (f.decision("uheldig") > f.decision("ikke_grunnlag"),
                   f"uheldig {f.decision('uheldig')}, "
                   f"ikke grunnlag {f.decision('ikke_grunnlag')}")),
    _a2("negasjon", "Det kom ikke inn en eneste klage om brudd på taushetsplikten i år.",
        lambda f: (f.ground("taushetsplikt") == 0, f"taushetsplikt {f.ground('taushetsplikt')}")),
    _a2("nivå", "Andelen besvart innen fristen var "
                "{{< var handling_days.within_deadline_minus1 >}} i {{< var year.current >}}.",
        lambda f: (round(f.within_deadline(2021), 3) == round(f.within_deadline(), 3),
                   f"innen fristen 2022 {p(f.within_deadline())}; verdien er 2021s "
                   f"{p(f.within_deadline(2021))}")),
    _a2("andel", "Knapt halvparten av klagene ble besvart innen fristen.",
        lambda f: fraction(f.within_deadline(), 0.5, "innen fristen", how="under")),
    _a2("sammenligning", "Det kom inn flere klager enn vi avsluttet i år.",
        lambda f: (f.received() > f.decided(), f"mottatt {f.received()}, avgjort {f.decided()}")),
    _a2("nivå", "I forfjor mottok vi {{< var received.minus1 >}} klager.",
        lambda f: (f.received(2020) == f.received(2021),
                   f"mottatt 2020 {f.received(2020)}; verdien er 2021s {f.received(2021)}")),
    _a2("fra-til", "I 2021 kom det inn {{< var received.minus1 >}} klager, mens tallet i år var "
                   "{{< var received.total >}}.",
        lambda f: (True, f"mottatt 2021 {f.received(2021)}, 2022 {f.received()}")),
    # ------------------------------------------------------------------ Troms 2021
    _t("negasjon", "Ingen av klagene endte med grunnlag for kritikk i år.",
       lambda f: (f.decision("kritikk") == 0, f"kritikk {f.decision('kritikk')}")),
    _t("sammenligning", "Troms politidistrikt tok imot færre klager enn året før.",
       lambda f: (f.received() < f.received(2020),
                  f"mottatt {f.received(2020)} til {f.received()}")),
    _t("likhet", "Klager om adferd var like mange som klager om saksbehandling.",
       lambda f: (f.ground("adferd") == f.ground("saksbehandling"),
                  f"adferd {f.ground('adferd')}, saksbehandling {f.ground('saksbehandling')}")),
    _t("rang", "Adferd var det klart vanligste klagegrunnlaget.",
       lambda f: first(f.grounds(), "adferd")),
    _t("nivå", "Gjennomsnittlig behandlingstid var rundt to uker.",
       lambda f: hedged_days(f.mean_days(), 14, "gjennomsnitt", "near")),
    _t("andel", "Ni av ti klager fikk svar innen fire uker.",
       lambda f: fraction(f.within_deadline(), 0.9, "innen fristen")),
    _t("negasjon", "Det ble ikke avsluttet noen saker om etnisk diskriminering i "
                   "{{< var year.current >}}.",
       lambda f: (f.ethnic_decided() == 0, f"etnisk avgjort {f.ethnic_decided()}")),
    _t("retning", "Klager om etnisk diskriminering har økt hvert år siden 2016.",
       lambda f: rising_since(f.ethnic_decided_series(), 2016, "etnisk avgjort")),
    _t("sted", "I Bodø fikk vi {{< var received.total >}} klager i år.",
       lambda f: town_in("Bodø", f.district)),
    _t("sted", "Troms politidistrikt, som blant annet dekker Tromsø og Harstad, mottok "
               "{{< var received.total >}} klager.",
       lambda f: town_in("Tromsø", f.district)),
    _t("fra-til", "Fire klager ble avvist, mot to året før.",
       lambda f: (f.decision("avvist") == 4 and f.decision("avvist", 2020) == 2,
                  f"avvist {f.decision('avvist', 2020)} til {f.decision('avvist')}")),
    _t("retning", "Til tross for at vi fikk to klager flere enn i fjor, gikk antallet saker med "
                  "kritikk ned til null.",
       lambda f: (f.received() - f.received(2020) == 2 and f.decision("kritikk") == 0
                  < f.decision("kritikk", 2020),
                  f"mottatt {f.received(2020)} til {f.received()}; kritikk "
                  f"{f.decision('kritikk', 2020)} til {f.decision('kritikk')}")),
    _t("andel", "Bare én av ti klager ble ikke besvart innen fristen.",
       lambda f: fraction(1 - f.within_deadline(), 0.1, "etter fristen")),
    # ------------------------------------------------------------------ Vest 2019
    _v("sted", "I Vest politidistrikt, med Bergen som største by, mottok vi "
               "{{< var received.total >}} klager.",
       lambda f: town_in("Bergen", f.district)),
    _v("retning", "Antall innkomne klager økte litt fra {{< var year.minus1 >}}.",
       lambda f: change("mottatt", f.received(2018), f.received(), "up")),
    _v("retning", "Saksbehandlingstiden var i snitt kortere enn i fjor.",
       lambda f: (f.mean_days() < f.mean_days(2018),
                  f"snitt {n(f.mean_days(2018))} til {n(f.mean_days())}")),
    _v("andel", "Snaut tre av fire klager ble besvart innen fristen.",
       lambda f: fraction(f.within_deadline(), 0.75, "innen fristen", how="under")),
    _v("sammenligning", "Adferd var vanligere enn saksbehandling som klagegrunnlag.",
       lambda f: (f.ground("adferd") > f.ground("saksbehandling"),
                  f"adferd {f.ground('adferd')}, saksbehandling {f.ground('saksbehandling')}")),
    _v("sammenligning", "Det ble avsluttet færre klager i {{< var year.current >}} enn i "
                        "{{< var year.minus1 >}}.",
       lambda f: (f.decided() < f.decided(2018), f"avgjort {f.decided(2018)} til {f.decided()}")),
    _v("sammenligning", "Vi mottok færre klager om etnisk diskriminering enn vi avsluttet.",
       lambda f: (f.ethnic_received() < f.ethnic_decided(),
                  f"etnisk mottatt {f.ethnic_received()}, avgjort {f.ethnic_decided()}")),
    _v("tall", "Tolv saker ble avvist.",
       lambda f: (f.decision("avvist") == 12,
                  f"avvist {f.decision('avvist')}; 12 er kritikk ({f.decision('kritikk')})")),
    _v("fra-til", "Andelen saker som ble vurdert som uheldige, steg fra "
                  "{{< var decisions.uheldig.minus1_share >}} til "
                  "{{< var decisions.uheldig.share >}}.",
       lambda f: change("uheldig (%)", 100 * f.decision_share("uheldig", 2018),
                        100 * f.decision_share("uheldig"), "up")),
    _v("nivå", "{{< var decisions.kritikk.minus1 >}} saker endte med kritikk i år.",
       lambda f: (f.decision("kritikk", 2018) == f.decision("kritikk"),
                  f"kritikk 2019 {f.decision('kritikk')}; verdien er 2018s "
                  f"{f.decision('kritikk', 2018)}")),
    _v("andel", "Over en fjerdedel av klagene tok lengre tid enn fristen på 28 dager.",
        lambda f: fraction(f.share_over(28), 0.25, "over 28 dager", how="above")),
    _v("likhet", "Klagene fordelte seg likt mellom adferd og saksbehandling, med "
                 "{{< var grounds.adferd.count >}} hver.",
       lambda f: (f.ground("adferd") == f.ground("saksbehandling"),
                  f"adferd {f.ground('adferd')}, saksbehandling {f.ground('saksbehandling')}")),
]  # fmt: skip


labelled, main = part_functions(PART, SENTENCES)


if __name__ == "__main__":
    sys.exit(main())
