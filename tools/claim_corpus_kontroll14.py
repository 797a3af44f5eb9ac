"""The claim corpus's part `kontroll14`: each sentence with the code that labels it.

Written on 7 December 2026 (issue 21, session 5, task B) by an outsider who had read neither the
check's rules (src/klagerapport/check/), its lexicon, its list of small numbers nor any earlier
part's sentences (only how parts are made and labelled, and the documentation). Held out
(`claimcorpus.HELD_OUT`): measured at first contact, never tuned on. Mostly about **Oslo 2019**
(the sample report, tests/corpus/oslo-2019-verdier.json), the rest about **Vest 2019** (the
national sample). The style of an analyst who writes long sentences with subordinate clauses:
tables and figures referred to («som @tbl-grunnlag viser», «tabell 4»), the form's labels quoted
(«Ikke grunnlag for kritikk», «Beklagelig/uheldig»), Oslo's units and places (Grønland,
Sandvika, Asker og Bærum), comparisons with the national picture (every district of the
national sample, `claim_facts.Nation`) and with another district, careful qualifications on the
true sentences, and false ones that are subtly wrong: a share one point off as the report
prints it, «over halvparten» at 48 %, «nesten dobbelt så mange» at 1.65 times, the second place
called the first, a streak that broke one year, the median called the mean, the decided
population's count given as the received one's, «også i år» where last year was otherwise.

Labelled like kontroll6 to kontroll12: by a function over `tools.claim_facts` (the case files read
with pandas, none of klagerapport's code). A placeholder is read as the value its key names
(report/values.yml), taken from the facts. The readings are the documented ones
(commentary/README.md, «Ord som tallene kan motsi», and kontroll9's thresholds): a hedged number
(«om lag», «rundt», «omtrent») within 10 %, «nesten» and «i underkant av» under it and «drøyt»
over it within 10 %; a share in percent as the report prints it (whole percent, half up,
docs/assumptions.md P8), «rundt N prosent» within 2 percentage points; a fraction word within 3
percentage points (5 with «om lag/omtrent/rundt»), «nesten/knapt» under it, «drøyt» over it;
«over/under» strictly; «omtrent like mange» and «tilnærmet den samme» within 10 % (2 points for a
share); factors («tre ganger så mange», «halvert») within 15 % of the factor, «nesten» on the
near side of it, «mer enn/over dobbelt» strictly above; a fraction word after «økte med» is the
relative change from the year before; «fire uker» 28 days, «tre uker» 21, «to uker» 14, «to
måneder» 60, «tre måneder» 90; a handling-time statement that names neither the mean nor the
median is about both. Degree words («kraftig», «svakt», «marginal») have no documented
threshold, so they stand only where every reading agrees (a rise of 65 %, of 0,8 percentage
points, a fall of one case in 175). «Landet», «landsgjennomsnittet» and «de andre distriktene»
are the national sample's 2019 cases, every district counted as its own report counts it (its
Oslo rows are the Oslo sample's). «Ved årsskiftet» is 31 December of the report year; «før
nyttår» the same. Committed before the check was run on it, and measured at first contact
(benchmarks/README.md).

    .venv/bin/python -m tools.claim_corpus_kontroll14            # the labels and reasons
    .venv/bin/python -m tools.claim_corpus_kontroll14 --yaml     # the part as corpus YAML
"""

from __future__ import annotations

import itertools
import sys

from tools.claim_corpus_kontroll6 import Sentence, change, part_functions, sentences_about
from tools.claim_facts import Facts, Nation, town_in
from tools.claim_readings import (
    FACTOR,
    FRACTION_HEDGED,
    NESTEN,
    SHARE_HEDGED,
    alone_highest,
    alone_lowest,
    every,
    first,
    fraction,
    half_within_median,
    hedged_number,
    listing,
    n,
    p,
    place,
    places_only,
    printed_percent,
    rising_since,
    second,
    since,
    typed_share,
    within_relative,
)

PART = "kontroll14"
OSLO = "oslo-2019"
VEST = "vest-2019"
# «nesten/knapt» before a fraction word is claim_readings.NESTEN (leksikon.yml toleranse.nesten;
# the published Oslo 2019 report says «nesten halvparten» of 44 %). Set after the first contact:
# this part had read «nesten» as the fraction words' tolerance, which contradicts the seed and
# three earlier parts; four labels were computed again.


_o, _v = map(sentences_about, (OSLO, VEST))


def _strict(value: float, bound: float, what: str, how: str) -> tuple[bool, str]:
    """«over N» / «under N» / «mer enn N»: strictly."""
    ok = value > bound if how == "above" else value < bound
    return ok, f"{what} {n(value)}; ordet sier {'over' if how == 'above' else 'under'} {n(bound)}"


def _share_is(share: float, said: int, what: str) -> tuple[bool, str]:
    """A typed «N prosent» (claim_readings.typed_share), this part's reasons without the «%»."""
    return typed_share(share, said, what, unit="")


def _is(value: float, said: float, what: str) -> tuple[bool, str]:
    return value == said, f"{what} {n(value)}; ordet sier {n(said)}"


def _times(a: float, b: float, factor: float, what: str, how: str = "near") -> tuple[bool, str]:
    """A factor: near it, under («nesten»: below it), both within claim_readings.FACTOR of it;
    above («mer enn») strictly."""
    r = a / b
    ok = within_relative(r, factor, FACTOR, how)
    return ok, f"{what}: {n(a)} mot {n(b)} (faktor {r:.2f}); ordet sier {n(factor)} ({how})"


def _rel(before: float, after: float) -> float:
    """The relative change, as a share."""
    return after / before - 1


def _max_year(series: dict[int, int], year: int, what: str) -> tuple[bool, str]:
    top = max(series.values())
    ok = alone_highest(series, year)
    return ok, f"{what} {year}: {series[year]}; høyest {top} ({listing(series)})"


def _min_year(series: dict[int, int], year: int, what: str) -> tuple[bool, str]:
    low = min(series.values())
    lows = [y for y, v in series.items() if v == low]
    where = ", ".join(map(str, lows))
    return alone_lowest(series, year), f"{what}: lavest {low} i {where}; {year}: {series[year]}"


def _no_claim(_f: Facts) -> tuple[bool, str]:
    return True, "ingen tallpåstand"


# ---------------------------------------------------------------------------- Oslo's own readings
def _only_dip_2018(f: Facts) -> tuple[bool, str]:
    """Every change of received cases 2015-2019 a rise but 2017-2018, a fall of at most 1 %."""
    s = since(f.received_series(), 2015, f.year)
    falls = [(a, b) for a, b in itertools.pairwise(s) if s[b] <= s[a]]
    ok = falls == [(2017, 2018)] and _rel(s[2017], s[2018]) >= -0.01
    return ok, f"mottatt: {listing(s)}"


def _first_over(f: Facts, bound: int) -> tuple[bool, str]:
    s = f.decided_series()
    over = [y for y, v in s.items() if v > bound]
    return over == [f.year], f"avgjort over {bound}: {over or 'ingen'} ({listing(s)})"


def _ground_first_years(f: Facts, key: str, years: range) -> tuple[bool, str]:
    got = {y: first(f.grounds(y), key) for y in years}
    return all(ok for ok, _ in got.values()), "; ".join(f"{y}: {r}" for y, (ok, r) in got.items())


def _least_ground(f: Facts, key: str) -> tuple[bool, str]:
    g = f.grounds()
    return alone_lowest(g, key), f"grunnlag: {listing(g)}"


def _nation(f: Facts) -> Nation:
    return Nation(f.year)


def _district_first(values: dict[str, float], district: str, what: str, lowest=False):
    order = sorted(values, key=values.get, reverse=not lowest)
    top = values[order[0]]
    ok = order[0] == district and list(values.values()).count(top) == 1
    shown = ", ".join(f"{d} {n(values[d])}" for d in order[:4])
    return ok, f"{what}: {shown} …"


def _district_place(values: dict[str, float], district: str, at: int, what: str, lowest=False):
    order = sorted(values, key=values.get, reverse=not lowest)
    shown = ", ".join(f"{d} {n(values[d])}" for d in order[: at + 2])
    return order.index(district) + 1 == at, f"{what}: {shown} …"


def _ethnic_most_also_last_year(f: Facts) -> tuple[bool, str]:
    now = Nation(f.year).by_district(lambda g: g.ethnic_received())
    before = Nation(f.year - 1).by_district(lambda g: g.ethnic_received())
    a = _district_first(now, f.district, f"K-etnisk mottatt {f.year}")
    b = _district_first(before, f.district, f"K-etnisk mottatt {f.year - 1}")
    return every(a, b)


SENTENCES: list[Sentence] = [
    # ------------------------------------------------------------------ Oslo: the year's volume
    _o("rang", "Som @tbl-utvikling viser, mottok Oslo politidistrikt i 2019 flere klager enn i noe "
       "tidligere år siden statistikken startet i 2007, og økningen fra året før var på drøyt 20 "
       "prosent.",
       lambda f: every(_max_year(f.received_series(), f.year, "mottatt"),
                       hedged_number(100 * _rel(f.received(f.year - 1), f.received()), 20,
                                     "endring %", "over"))),
    _o("retning", "Antallet mottatte klager har økt hvert år siden 2015, og i 2019 kom det "
       "{{< var received.total >}} klager.",
       lambda f: rising_since(f.received_series(), 2015, "mottatt")),
    _o("retning", "Med unntak av en marginal nedgang fra 2017 til 2018 har antallet innkomne "
       "klager økt hvert år siden 2015.", _only_dip_2018),
    _o("retning", "Økningen fra 2018 til 2019 var på nesten en tredjedel, fra "
       "{{< var received.minus1 >}} til {{< var received.total >}} innkomne klager.",
       lambda f: fraction(_rel(f.received(f.year - 1), f.received()), 1 / 3, "endring",
                          NESTEN, how="under")),
    _o("andel", "Antallet innkomne saker økte i 2019 med om lag en fjerdedel, noe som langt på "
       "vei forklarer at vi også behandlet flere saker enn noen gang tidligere.",
       lambda f: every(fraction(_rel(f.received(f.year - 1), f.received()), 1 / 4,
                                "endring mottatt", FRACTION_HEDGED),
                       _max_year(f.decided_series(), f.year, "avgjort"))),
    _o("rang", "Det er første gang siden vi begynte å føre statistikk etter den nye "
       "klageordningen at vi har behandlet mer enn 200 klager i løpet av ett år.",
       lambda f: _first_over(f, 200)),
    _o("rang", "Antallet behandlede klager i 2019, {{< var decided.total >}}, er det nest høyeste "
       "siden 2007; bare i 2017 behandlet vi flere.",
       lambda f: (place(f.decided_series(), f.year)[0] == 2,
                  f"avgjort: {listing(f.decided_series())}")),
    _o("negasjon", "Antallet behandlede klager har aldri vært høyere enn i "
       "{{< var year.current >}}, og det laveste nivået i serien finner vi i "
       "{{< var year.minus4 >}}, da vi behandlet {{< var development.min >}} saker.",
       lambda f: every(_max_year(f.decided_series(), f.year, "avgjort"),
                       _min_year(f.decided_series(), f.year - 4, "avgjort"))),
    _o("rang", "Som @fig-utvikling viser, hadde vi det laveste antallet i serien, under 90 "
       "behandlede klager, i 2011.",
       lambda f: _min_year(f.decided_series(), 2011, "avgjort")),
    _o("sammenligning", "Vi behandlet i 2019 over dobbelt så mange klager som i 2015, som er det "
       "året i tabell 4 med færrest saker.",
       lambda f: every(_times(f.decided(), f.decided(2015), 2, "avgjort 2019 mot 2015", "above"),
                       _min_year(f.decided_series(), 2015, "avgjort"))),
    _o("sammenligning", "I 2019 ble det behandlet om lag tre ganger så mange klager som i 2010.",
       lambda f: _times(f.decided(), f.decided(2010), 3, "avgjort 2019 mot 2010")),
    # ------------------------------------------------------------------ Oslo: the decisions
    _o("rang", "Som i tidligere år ble flest saker avgjort som «Ikke grunnlag for kritikk», men "
       "forspranget ned til «Uheldig, men ikke grunnlag for kritikk» er nå bare seks saker.",
       lambda f: every(first(f.decisions(), "ikke_grunnlag"),
                       first(f.decisions(f.year - 1), "ikke_grunnlag"),
                       _is(f.decision("ikke_grunnlag") - f.decision("uheldig"), 6, "forskjell"))),
    _o("rang", "For første gang var «Uheldig, men ikke grunnlag for kritikk» den vanligste "
       "avgjørelsen, med {{< var decisions.uheldig.count >}} saker.",
       lambda f: first(f.decisions(), "uheldig")),
    _o("rang", "Uheldig-sakene var den nest største gruppen, og antallet økte kraftig fra "
       "{{< var decisions.uheldig.minus1 >}} til {{< var decisions.uheldig.count >}}.",
       lambda f: every(second(f.decisions(), "uheldig"),
                       change("uheldig", f.decision("uheldig", f.year - 1),
                              f.decision("uheldig"), "up"),
                       (_rel(f.decision("uheldig", f.year - 1), f.decision("uheldig")) > 0.5,
                        "kraftig: over 50 %"))),
    _o("sammenligning", "Antallet saker som endte som «Beklagelig/uheldig» var nesten dobbelt så "
       "høyt som året før.",
       lambda f: _times(f.decision("uheldig"), f.decision("uheldig", f.year - 1), 2,
                        "uheldig 2019 mot 2018", "under")),
    _o("andel", "Andelen uheldig-saker steg med om lag ti prosentpoeng, fra "
       "{{< var decisions.uheldig.minus1_share >}} til {{< var decisions.uheldig.share >}}.",
       lambda f: hedged_number(100 * (f.decision_share("uheldig")
                                      - f.decision_share("uheldig", 2018)),
                               10, "endring i prosentpoeng")),
    _o("andel", "Andelen saker avgjort som Uheldig, men ikke grunnlag for kritikk var 37 prosent, "
       "mot 26 prosent i 2018.",
       lambda f: every(_share_is(f.decision_share("uheldig"), 37, "uheldig 2019"),
                       _share_is(f.decision_share("uheldig", 2018), 26, "uheldig 2018"))),
    _o("andel", "Ikke grunnlag for kritikk utgjorde 39 prosent av sakene i 2019, en lavere andel "
       "enn i 2018, selv om antallet økte fra 76 til 82.",
       lambda f: every(_share_is(f.decision_share("ikke_grunnlag"), 39, "ikke grunnlag"),
                       change("andel ikke grunnlag %",
                              100 * f.decision_share("ikke_grunnlag", 2018),
                              100 * f.decision_share("ikke_grunnlag"), "down"),
                       _is(f.decision("ikke_grunnlag", 2018), 76, "2018"),
                       _is(f.decision("ikke_grunnlag"), 82, "2019"))),
    _o("retning", "Antallet saker avgjort som «Ikke grunnlag for kritikk» gikk ned fra 2018 til "
       "2019, i tråd med at andelen falt med nesten fem prosentpoeng.",
       lambda f: every(change("ikke grunnlag", f.decision("ikke_grunnlag", 2018),
                              f.decision("ikke_grunnlag"), "down"),
                       hedged_number(100 * (f.decision_share("ikke_grunnlag", 2018)
                                   - f.decision_share("ikke_grunnlag")), 5, "fall i poeng",
                                     "under"))),
    _o("andel", "Over fire av ti klager endte med «Ikke grunnlag for kritikk» i 2019.",
       lambda f: fraction(f.decision_share("ikke_grunnlag"), 0.4, "ikke grunnlag",
                          how="above")),
    _o("andel", "Knapt fire av ti klager endte med avgjørelsen «Ikke grunnlag for kritikk».",
       lambda f: fraction(f.decision_share("ikke_grunnlag"), 0.4, "ikke grunnlag",
                          NESTEN, how="under")),
    _o("likhet", "Andelen saker med Grunnlag for kritikk, {{< var decisions.kritikk.share >}}, "
       "var tilnærmet den samme som i {{< var year.minus1 >}}, selv om antallet økte med fem "
       "saker.",
       lambda f: every((abs(f.decision_share("kritikk") - f.decision_share("kritikk", 2018))
                        <= SHARE_HEDGED,
                        f"kritikk {p(f.decision_share('kritikk', 2018))} og "
                        f"{p(f.decision_share('kritikk'))}"),
                       _is(f.decision("kritikk") - f.decision("kritikk", 2018), 5, "økning"))),
    _o("retning", "Andelen kritikk-saker økte markert, fra 12 til 15 prosent.",
       lambda f: every(_share_is(f.decision_share("kritikk", 2018), 12, "kritikk 2018"),
                       _share_is(f.decision_share("kritikk"), 15, "kritikk 2019"))),
    _o("sammenligning", "Grunnlag for kritikk ble gitt i 26 saker, som er færre enn i 2018, og "
       "det tar vi som et tegn på at arbeidet med publikumsmøtene gir resultater.",
       lambda f: every(_is(f.decision("kritikk"), 26, "kritikk"),
                       change("kritikk", f.decision("kritikk", 2018), f.decision("kritikk"),
                              "down"))),
    _o("andel", "Kritikk ble gitt i om lag hver åttende sak, og det er ikke noe i tallene som "
       "tyder på at terskelen for kritikk har endret seg.",
       lambda f: every(fraction(f.decision_share("kritikk"), 1 / 8, "kritikk", FRACTION_HEDGED),
                       (abs(f.decision_share("kritikk") - f.decision_share("kritikk", 2018))
                        <= SHARE_HEDGED,
                        f"andelen i 2018 {p(f.decision_share('kritikk', 2018))}"))),
    _o("sammenligning", "Med {{< var decisions.kritikk.share >}} lå Oslo i 2019 noe over "
       "landsgjennomsnittet for saker avgjort med Grunnlag for kritikk.",
       lambda f: (f.decision_share("kritikk") > _nation(f).decision_share("kritikk"),
                  f"Oslo {p(f.decision_share('kritikk'))}, landet "
                  f"{p(_nation(f).decision_share('kritikk'))}")),
    _o("sammenligning", "Andelen uheldig-saker var derimot noe høyere i Oslo enn i landet som "
       "helhet, der drøyt en tredjedel av sakene fikk denne avgjørelsen.",
       lambda f: every((f.decision_share("uheldig") > _nation(f).decision_share("uheldig"),
                        f"Oslo {p(f.decision_share('uheldig'))}, landet "
                        f"{p(_nation(f).decision_share('uheldig'))}"),
                       fraction(_nation(f).decision_share("uheldig"), 1 / 3, "landet",
                                how="over"))),
    _o("sammenligning", "Avvist og overført ble det færre av enn året før, og for begge "
       "kategoriene sank antallet til under fem saker.",
       lambda f: every(change("avvist", f.decision("avvist", 2018), f.decision("avvist"), "down"),
                       change("overført", f.decision("overfort", 2018), f.decision("overfort"),
                              "down"),
                       _strict(f.decision("avvist"), 5, "avvist", "below"),
                       _strict(f.decision("overfort"), 5, "overført", "below"))),
    _o("likhet", "Like mange saker ble avvist som overført til annen instans, og begge "
       "kategoriene hadde færre saker enn i {{< var year.minus1 >}}.",
       lambda f: every(_is(f.decision("avvist"), f.decision("overfort"), "avvist mot overført"),
                       change("avvist", f.decision("avvist", 2018), f.decision("avvist"), "down"),
                       change("overført", f.decision("overfort", 2018), f.decision("overfort"),
                              "down"))),
    _o("likhet", "Undersøkelsene lyktes ikke i å avklare hendelsesforløpet i 17 saker, omtrent "
       "like mange som året før.",
       lambda f: every(_is(f.decision("ikke_avklart"), 17, "ikke avklart"),
                       hedged_number(f.decision("ikke_avklart"), f.decision("ikke_avklart", 2018),
                                     "ikke avklart mot 2018"))),
    _o("retning", "I saker der hendelsesforløpet ikke lot seg avklare, ser vi en klar nedgang fra "
       "{{< var decisions.ikke_avklart.minus1 >}} til {{< var decisions.ikke_avklart.count >}}.",
       lambda f: change("ikke avklart", f.decision("ikke_avklart", 2018),
                        f.decision("ikke_avklart"), "down")),
    _o("andel", "Over halvparten av sakene endte enten med kritikk eller med avgjørelsen "
       "«Beklagelig/uheldig».",
       lambda f: fraction(f.decision_share("kritikk") + f.decision_share("uheldig"), 0.5,
                          "kritikk og uheldig", how="above")),
    _o("andel", "Nesten halvparten av klagene endte med kritikk eller som «uheldig», mens litt "
       "under fire av ti fikk «Ikke grunnlag for kritikk».",
       lambda f: every(fraction(f.decision_share("kritikk") + f.decision_share("uheldig"), 0.5,
                                "kritikk og uheldig", NESTEN, how="under"),
                       fraction(f.decision_share("ikke_grunnlag"), 0.4, "ikke grunnlag",
                                how="under"))),
    # ------------------------------------------------------------------ Oslo: the grounds
    _o("rang", "Som @tbl-grunnlag viser, gjaldt de fleste klagene saksbehandling eller adferd, "
       "til sammen {{< var grounds.adferd_saksbehandling.share >}}, og saksbehandling var for "
       "tredje år på rad det vanligste grunnlaget.",
       lambda f: every(fraction(f.ground_share("adferd") + f.ground_share("saksbehandling"),
                                0.5, "adferd og saksbehandling", how="above"),
                       _ground_first_years(f, "saksbehandling", range(2017, 2020)))),
    _o("rang", "Adferd var igjen det vanligste klagegrunnlaget, med "
       "{{< var grounds.adferd.share >}} av klagene, noe som også går tydelig fram av "
       "@fig-grunnlag.",
       lambda f: first(f.grounds(), "adferd")),
    _o("rang", "Adferd kom på andreplass med 75 klager, mot 62 året før.",
       lambda f: every(second(f.grounds(), "adferd"), _is(f.ground("adferd"), 75, "2019"),
                       _is(f.ground("adferd", 2018), 62, "2018"))),
    _o("andel", "Klager om adferd og saksbehandling utgjorde til sammen over 80 prosent av "
       "klagene.",
       lambda f: _strict(100 * (f.ground_share("adferd") + f.ground_share("saksbehandling")), 80,
                         "adferd og saksbehandling %", "above")),
    _o("andel", "Om lag fire av fem klager gjaldt enten adferd eller saksbehandling.",
       lambda f: fraction(f.ground_share("adferd") + f.ground_share("saksbehandling"), 0.8,
                          "adferd og saksbehandling", FRACTION_HEDGED)),
    _o("andel", "Nesten halvparten av klagene gjaldt saksbehandling og service, "
       "{{< var grounds.saksbehandling.share >}}.",
       lambda f: fraction(f.ground_share("saksbehandling"), 0.5, "saksbehandling",
                          NESTEN, how="under")),
    _o("andel", "Klager på saksbehandling økte med om lag en tredjedel, fra 69 til 93.",
       lambda f: every(fraction(_rel(f.ground("saksbehandling", 2018), f.ground("saksbehandling")),
                                1 / 3, "endring", FRACTION_HEDGED),
                       _is(f.ground("saksbehandling", 2018), 69, "2018"),
                       _is(f.ground("saksbehandling"), 93, "2019"))),
    _o("tall", "Antallet klager på saksbehandling økte med nesten 40 prosent fra 2018.",
       lambda f: hedged_number(100 * _rel(f.ground("saksbehandling", 2018),
                                          f.ground("saksbehandling")),
                               40, "endring %", "under")),
    _o("andel", "Maktmisbruk er fortsatt et lite grunnlag, med rundt seks prosent av klagene, og "
       "det var litt færre slike klager enn i 2018.",
       lambda f: every((abs(f.ground_share("maktmisbruk") - 0.06) <= SHARE_HEDGED,
                        f"maktmisbruk {p(f.ground_share('maktmisbruk'))}"),
                       change("maktmisbruk", f.ground("maktmisbruk", 2018), f.ground("maktmisbruk"),
                              "down"))),
    _o("fra-til", "Klager på maktmisbruk økte noe, fra 12 til 13.",
       lambda f: every(_is(f.ground("maktmisbruk", 2018), 12, "2018"),
                       _is(f.ground("maktmisbruk"), 13, "2019"))),
    _o("nivå", "Ingen klager gjaldt manglende oppgivelse av ID i 2019, mens det året før var én "
       "slik klage.",
       lambda f: every(_is(f.ground("id"), 0, "ID 2019"), _is(f.ground("id", 2018), 1, "ID 2018"))),
    _o("rang", "Brudd på taushetsplikt var det minst vanlige grunnlaget, uten en eneste klage i "
       "2019.",
       lambda f: every(_least_ground(f, "taushetsplikt"),
                       _is(f.ground("taushetsplikt"), 0, "taushetsplikt"))),
    _o("sammenligning", "Grunnlaget «Annet» samlet {{< var grounds.annet.count >}} klager, noen "
       "flere enn året før.",
       lambda f: change("annet", f.ground("annet", 2018), f.ground("annet"), "up")),
    _o("andel", "Rundt hver femte klage ble registrert under «Annet».",
       lambda f: fraction(f.ground_share("annet"), 1 / 5, "annet", FRACTION_HEDGED)),
    # ------------------------------------------------------------------ Oslo: handling time
    _o("fra-til", "Den gjennomsnittlige saksbehandlingstiden gikk ned fra 18,9 til 16,7 dager, "
       "og medianen falt med halvannen dag til 15 dager.",
       lambda f: every(_is(round(f.mean_days(2018), 1), 18.9, "snitt 2018"),
                       _is(round(f.mean_days(), 1), 16.7, "snitt 2019"),
                       _is(f.median_days(2018) - f.median_days(), 1.5, "fall i median"),
                       _is(f.median_days(), 15, "median 2019"))),
    _o("nivå", "Medianen for saksbehandlingstiden var {{< var handling_days.mean >}} dager i "
       "2019.",
       lambda f: _is(round(f.mean_days(), 1), f.median_days(), "snitt mot median")),
    _o("tall", "I gjennomsnitt brukte vi 15 dager på å besvare en klage, to dager mindre enn året "
       "før.",
       lambda f: every(_is(round(f.mean_days(), 1), 15, "snitt"),
                       _is(round(f.mean_days(2018) - f.mean_days(), 1), 2, "nedgang"))),
    _o("andel", "Halvparten av klagene ble besvart på 15 dager eller mindre.", half_within_median),
    _o("retning", "Saksbehandlingstiden ble lengre i 2019, både målt som gjennomsnitt og "
       "median.",
       lambda f: every(change("snitt", f.mean_days(2018), f.mean_days(), "up"),
                       change("median", f.median_days(2018), f.median_days(), "up"))),
    _o("andel", "Saksbehandlingstiden var i snitt under tre uker, og om lag ni av ti klager ble "
       "besvart innen fristen på fire uker.",
       lambda f: every(_strict(f.mean_days(), 21, "snitt", "below"),
                       fraction(f.within_deadline(), 0.9, "innen fristen", FRACTION_HEDGED))),
    _o("tall", "Drøyt to uker var det vi i gjennomsnitt brukte på en klagesak.",
       lambda f: hedged_number(f.mean_days(), 14, "snitt dager", "over")),
    _o("tall", "Medianen lå på drøyt to uker, noe som betyr at de fleste fikk svar godt innenfor "
       "fristen.",
       lambda f: every(hedged_number(f.median_days(), 14, "median dager", "over"),
                       fraction(f.within_deadline(), 0.5, "innen fristen", how="above"))),
    _o("fra-til", "Andelen som ble besvart innen fristen økte fra 87 til 89 prosent.",
       lambda f: every(_share_is(f.within_deadline(2018), 87, "2018"),
                       _share_is(f.within_deadline(), 89, "2019"))),
    _o("retning", "Andelen klager besvart innen 28 dager økte svakt, til "
       "{{< var handling_days.within_deadline >}}.",
       lambda f: every(change("innen fristen %", 100 * f.within_deadline(2018),
                              100 * f.within_deadline(), "up"),
                       (f.within_deadline() - f.within_deadline(2018) < 0.02,
                        "svakt: under 2 prosentpoeng"))),
    _o("andel", "Over ni av ti klager ble besvart innen fristen på 28 dager, noe vi er godt "
       "fornøyd med.",
       lambda f: fraction(f.within_deadline(), 0.9, "innen fristen", how="above")),
    _o("andel", "Om lag hver åttende klage tok lengre tid enn fire uker å besvare.",
       lambda f: fraction(f.share_over(28), 1 / 8, "over 28 dager", FRACTION_HEDGED)),
    _o("andel", "Selv om de fleste klagene besvares innen fristen, ble hver femte klage besvart "
       "etter den.",
       lambda f: every(fraction(f.within_deadline(), 0.5, "innen fristen", how="above"),
                       fraction(f.share_over(28), 1 / 5, "over 28 dager"))),
    _o("tall", "Ingen klagesak tok mer enn tre måneder å besvare, og bare et par saker tok over "
       "to måneder.",
       lambda f: every((f.longest_days() <= 90, f"lengst {f.longest_days()} dager"),
                       (f.count_over(60) in (2, 3), f"over 60 dager: {f.count_over(60)}"))),
    _o("tall", "Den lengste behandlingstiden var over 100 dager, i en sak der klagen måtte "
       "oversendes Spesialenheten før vi kunne svare.",
       lambda f: _strict(f.longest_days(), 100, "lengst", "above")),
    _o("sammenligning", "Sammenlignet med landet for øvrig, der snittet var rundt 20 dager, hadde "
       "Oslo en saksbehandlingstid som var nesten seks dager kortere.",
       lambda f: every(hedged_number(_nation(f).mean_days(), 20, "landet snitt"),
                       hedged_number(_nation(f).mean_days() - f.mean_days(), 6, "forskjell",
                                     "under"))),
    _o("rang", "Oslo hadde i 2019 den høyeste andelen klager besvart innen fristen av alle "
       "distriktene, godt over landsgjennomsnittet på om lag 73 prosent.",
       lambda f: every(_district_first(_nation(f).by_district(lambda g: 100 * g.within_deadline()),
                                       f.district, "innen fristen %"),
                       (abs(_nation(f).within_deadline() - 0.73) <= SHARE_HEDGED,
                        f"landet {p(_nation(f).within_deadline())}"))),
    _o("rang", "Oslo hadde i 2019 den korteste gjennomsnittlige saksbehandlingstiden i landet.",
       lambda f: _district_first(_nation(f).by_district(lambda g: g.mean_days()), f.district,
                                 "snitt dager", lowest=True)),
    _o("rang", "Bare Sør-Vest hadde kortere gjennomsnittlig saksbehandlingstid enn Oslo i 2019.",
       lambda f: _district_place(_nation(f).by_district(lambda g: g.mean_days()), f.district, 2,
                                 "snitt dager", lowest=True)),
    # ------------------------------------------------------------------ Oslo: discrimination
    _o("rang", "Av sakene som ble avgjort i 2019, var {{< var discrimination.etnisk.decided >}} "
       "kodet K-etnisk, det nest høyeste antallet siden vi startet klagerapporteringen; bare i "
       "{{< var year.minus3 >}} var det flere.",
       lambda f: every((place(f.ethnic_decided_series(), f.year)[0] == 2,
                        f"K-etnisk avgjort: {listing(f.ethnic_decided_series())}"),
                       _max_year(f.ethnic_decided_series(), f.year - 3, "K-etnisk avgjort"))),
    _o("rang", "Med {{< var discrimination.etnisk.decided >}} saker er antallet K-etnisk blant de "
       "avgjorte sakene det høyeste vi har registrert.",
       lambda f: _max_year(f.ethnic_decided_series(), f.year, "K-etnisk avgjort")),
    _o("retning", "Antallet avgjorte K-etnisk-saker har nå økt for andre år på rad, fra 7 i 2017 "
       "via 11 i 2018 til 16 i år.",
       lambda f: every(rising_since(f.ethnic_decided_series(), 2017, "K-etnisk avgjort"),
                       _is(f.ethnic_decided(2017), 7, "2017"),
                       _is(f.ethnic_decided(2018), 11, "2018"),
                       _is(f.ethnic_decided(), 16, "2019"))),
    _o("retning", "Som @tbl-etnisk-utvikling viser, har antallet avgjorte saker kodet K-etnisk "
       "økt for tredje år på rad, og vi følger denne utviklingen nøye.",
       lambda f: rising_since(f.ethnic_decided_series(), 2016, "K-etnisk avgjort")),
    _o("nivå", "Blant klagene mottatt i 2019 var det 16 med K-etnisk, se @tbl-avgjorelse.",
       lambda f: _is(f.ethnic_received(), 16, "K-etnisk mottatt")),
    _o("andel", "Klager med etnisk diskriminering utgjorde om lag sju prosent av klagene vi "
       "mottok i 2019.",
       lambda f: (abs(f.ethnic_received() / f.received() - 0.07) <= SHARE_HEDGED,
                  f"K-etnisk mottatt {p(f.ethnic_received() / f.received())}")),
    _o("andel", "Over en tidel av klagene vi mottok, gjaldt etnisk diskriminering.",
       lambda f: fraction(f.ethnic_received() / f.received(), 0.1, "K-etnisk", how="above")),
    _o("likhet", "K-disk ble registrert i tre av klagene som kom inn i 2019, like mange som året "
       "før.",
       lambda f: every(_is(f.other_received(), 3, "K-disk 2019"),
                       _is(f.other_received(2018), f.other_received(), "2018 mot 2019"))),
    _o("ingen", "Det ble ikke registrert noen klager om annen diskriminering i 2019.",
       lambda f: _is(f.other_received(), 0, "K-disk mottatt")),
    _o("rang", "Oslo mottok i 2019 flere klager om etnisk diskriminering enn noe annet "
       "politidistrikt.",
       lambda f: _district_first(_nation(f).by_district(lambda g: g.ethnic_received()),
                                 f.district, "K-etnisk mottatt")),
    _o("rang", "Som året før mottok Oslo flest klager om etnisk diskriminering av alle "
       "distriktene.", _ethnic_most_also_last_year),
    _o("tall", "Antallet K-etnisk blant de avgjorte sakene økte fra 11 til 16, en økning på over "
       "50 prosent.",
       lambda f: _strict(100 * _rel(f.ethnic_decided(2018), f.ethnic_decided()), 50, "endring %",
                         "above")),
    _o("tall", "Antallet K-etnisk blant de avgjorte sakene økte med i underkant av 50 prosent, "
       "fra 11 til 16.",
       lambda f: hedged_number(100 * _rel(f.ethnic_decided(2018), f.ethnic_decided()), 50,
                               "endring %", "under")),
    # ------------------------------------------------------------------ Oslo: the units
    _o("sammenligning", "Bevillingsavsnittet (pass) fikk nesten tre ganger så mange klager som "
       "året før, {{< var units.pass.count >}} mot {{< var units.pass.minus1 >}}.",
       lambda f: _times(f.unit("Pass"), f.unit("Pass", 2018), 3, "pass", "under")),
    _o("sammenligning", "Klagene mot Pass ble mer enn tredoblet fra 2018 til 2019, fordi det i "
       "perioder var vanskelig å bestille time til nytt pass på nett.",
       lambda f: _times(f.unit("Pass"), f.unit("Pass", 2018), 3, "pass", "above")),
    _o("rang", "Pass var den enheten som fikk flest klager, om lag hver femte klage.",
       lambda f: every(first(f.units(), "Pass"),
                       fraction(f.unit("Pass") / f.received(), 1 / 5, "pass", FRACTION_HEDGED))),
    _o("rang", "Etter Pass var det Sentralbord og operasjonssentral som fikk flest klager i "
       "2019.",
       lambda f: second(f.units(), "Sentralbord og operasjonssentral")),
    _o("rang", "Orden Sentrum fikk nest flest klager, 19, mot 14 i både 2018 og 2017.",
       lambda f: every(second(f.units(), "Orden Sentrum"),
                       _is(f.unit("Orden Sentrum"), 19, "2019"),
                       _is(f.unit("Orden Sentrum", 2018), 14, "2018"),
                       _is(f.unit("Orden Sentrum", 2017), 14, "2017"))),
    _o("fra-til", "Asker og Bærum politistasjon fikk flere klager enn i 2018, 17 mot 12.",
       lambda f: every(_is(f.unit("Asker og Bærum politistasjon"), 17, "2019"),
                       _is(f.unit("Asker og Bærum politistasjon", 2018), 12, "2018"))),
    _o("likhet", "Klagene mot Asker og Bærum politistasjon i Sandvika gikk ned fra 17 til 12, "
       "tilbake på samme nivå som i 2017.",
       lambda f: every(town_in("Sandvika", f.district),
                       _is(f.unit("Asker og Bærum politistasjon", 2018), 17, "2018"),
                       _is(f.unit("Asker og Bærum politistasjon"), 12, "2019"),
                       _is(f.unit("Asker og Bærum politistasjon", 2017), 12, "2017"))),
    _o("retning", "Grønland politistasjon har hatt en jevn økning de siste tre årene, fra 8 via "
       "11 til 15 klager.",
       lambda f: every(*(_is(f.unit("Grønland politistasjon", y), v, str(y))
                         for y, v in ((2017, 8), (2018, 11), (2019, 15))))),
    _o("likhet", "Stovner politistasjon fikk like mange klager som Grønland politistasjon, 15 "
       "hver.",
       lambda f: every(_is(f.unit("Stovner politistasjon"), 15, "Stovner"),
                       _is(f.unit("Grønland politistasjon"), 15, "Grønland"))),
    _o("likhet", "Majorstuen politistasjon, som dekker store deler av vestkanten, fikk like "
       "mange klager som i fjor.",
       lambda f: _is(f.unit("Majorstuen politistasjon"), f.unit("Majorstuen politistasjon", 2018),
                     "Majorstuen 2019 mot 2018")),
    _o("retning", "Alle de tre patruljene, Øst, Sør og Vest, fikk færre klager enn året før.",
       lambda f: every(*(change(u, f.unit(u, 2018), f.unit(u), "down")
                         for u in ("Patrulje Øst", "Patrulje Sør", "Patrulje Vest")))),
    _o("retning", "Patrulje Vest fikk flest klager av de tre patruljene, selv om antallet økte "
       "fra 2018.",
       lambda f: every(first({u: f.unit(u) for u in ("Patrulje Øst", "Patrulje Sør",
                                                       "Patrulje Vest")}, "Patrulje Vest"),
                       change("Patrulje Vest", f.unit("Patrulje Vest", 2018),
                             f.unit("Patrulje Vest"), "up"))),
    _o("nivå", "Utlendingsavsnittet fikk over ti klager for første gang på tre år.",
       lambda f: _strict(f.unit("Utlendingsavsnittet"), 10, "Utlendingsavsnittet", "above")),
    _o("nivå", "Utlendingsavsnittet har holdt seg på under ti klager i hvert av de tre siste "
       "årene.",
       lambda f: (all(f.unit("Utlendingsavsnittet", y) < 10 for y in (2017, 2018, 2019)),
                  "Utlendingsavsnittet: " + listing({y: f.unit("Utlendingsavsnittet", y)
                                                     for y in (2017, 2018, 2019)}))),
    _o("ingen", "Det kom ingen klager på Sentralarresten i 2019.",
       lambda f: _is(f.unit("Arrest"), 0, "Arrest")),
    _o("sammenligning", "Felles enhet for forebygging fikk dobbelt så mange klager som i 2018.",
       lambda f: _times(f.unit("Felles enhet for forebygging"),
                        f.unit("Felles enhet for forebygging", 2018), 2, "FEF")),
    _o("tall", "Sentralbordet og operasjonssentralen fikk 17 klager, fire flere enn i 2018.",
       lambda f: every(_is(f.unit("Sentralbord og operasjonssentral"), 17, "2019"),
                       _is(f.unit("Sentralbord og operasjonssentral")
                           - f.unit("Sentralbord og operasjonssentral", 2018), 4, "forskjell"))),
    _o("sted", "Klager mot operasjonssentralen i Drammen økte fra 13 til 17.",
       lambda f: every(town_in("Drammen", f.district),
                       _is(f.unit("Sentralbord og operasjonssentral", 2018), 13, "2018"),
                       _is(f.unit("Sentralbord og operasjonssentral"), 17, "2019"))),
    # ------------------------------------------------------------------ Oslo: all decided
    _o("alle", "Samtlige klager som kom inn i 2019, var ferdigbehandlet innen utgangen av januar "
       "2020.",
       lambda f: (f.all_decided_by() is not None and str(f.all_decided_by()) <= "2020-01-31",
                  f"alle avsluttet {f.all_decided_by()}")),
    _o("alle", "Alle klagene fra 2019 var ferdigbehandlet før nyttår.",
       lambda f: _is(f.open_at_year_end(), 0, "åpne 31.12.")),
    _o("alle", "Ved årsskiftet var fem av sakene fra 2019 fortsatt under behandling, men disse "
       "ble avsluttet i løpet av januar.",
       lambda f: every(_is(f.open_at_year_end(), 5, "åpne 31.12."),
                       (f.all_decided_by() is not None and str(f.all_decided_by()) <= "2020-01-31",
                        f"alle avsluttet {f.all_decided_by()}"))),
    _o("alle", "Noen av klagene fra 2019 er fortsatt under behandling når denne rapporten "
       "skrives.",
       lambda f: (f.open() > 0, f"åpne ved dataenes slutt: {f.open()}")),
    # ------------------------------------------------------------------ Oslo in the country
    _o("andel", "Oslo mottok om lag en femtedel av alle klagene i landet i 2019.",
       lambda f: fraction(f.received() / _nation(f).received(), 1 / 5, "Oslos andel",
                          FRACTION_HEDGED)),
    _o("andel", "Oslo sto for over en fjerdedel av alle klagene som ble registrert nasjonalt i "
       "2019.",
       lambda f: fraction(f.received() / _nation(f).received(), 1 / 4, "Oslos andel",
                          how="above")),
    _o("rang", "Med {{< var received.total >}} klager mottok Oslo flest klager av alle "
       "politidistriktene, fulgt av Øst.",
       lambda f: every(_district_place(_nation(f).by_district(lambda g: g.received()), "Oslo", 1,
                                       "mottatt"),
                       _district_place(_nation(f).by_district(lambda g: g.received()), "Øst", 2,
                                       "mottatt"))),
    _o("sammenligning", "Oslo mottok nesten dobbelt så mange klager som Vest politidistrikt i "
       "2019.",
       lambda f: _times(f.received(), _nation(f).districts["Vest"].received(), 2, "Oslo mot Vest",
                        "under")),
    _o("sammenligning", "Oslo mottok mer enn dobbelt så mange klager som Øst, som var det nest "
       "største distriktet målt i klager.",
       lambda f: every(_times(f.received(), _nation(f).districts["Øst"].received(), 2,
                              "Oslo mot Øst", "above"),
                       _district_place(_nation(f).by_district(lambda g: g.received()), "Øst", 2,
                                       "mottatt"))),
    _o("sted", "I Bergen mottok vi {{< var received.total >}} klager i 2019.",
       lambda f: town_in("Bergen", f.district)),
    # ------------------------------------------------------------------ Oslo: placeholders
    _o("nivå", "I {{< var year.minus1 >}} mottok vi {{< var received.total >}} klager, mens det "
       "i {{< var year.current >}} kom inn {{< var received.minus1 >}}.",
       lambda f: _is(f.received(f.year - 1), f.received(), "mottatt 2018 mot 2019")),
    _o("nivå", "Av de {{< var decisions.total >}} sakene ble {{< var decisions.uheldig.count >}} "
       "avgjort med «Grunnlag for kritikk».",
       lambda f: _is(f.decision("kritikk"), f.decision("uheldig"), "kritikk mot uheldig")),
    _o("nivå", "Av de {{< var decisions.total >}} sakene ble {{< var decisions.kritikk.count >}} "
       "avgjort med «Grunnlag for kritikk», mot {{< var decisions.kritikk.minus1 >}} i "
       "{{< var year.minus1 >}}.",
       lambda f: (True, f"kritikk {f.decision('kritikk')} av {f.received()}, "
                        f"{f.decision('kritikk', 2018)} i 2018: plassholderne er de rette")),
    _o("nivå", "Den gjennomsnittlige saksbehandlingstiden i {{< var year.current >}} endte på "
       "{{< var handling_days.mean_minus1 >}} dager, noe vi regner som akseptabelt.",
       lambda f: _is(round(f.mean_days(2018), 1), round(f.mean_days(), 1), "snitt 2018 mot 2019")),
    _o("tall", "Av de {{< var received.total >}} klagene gjaldt 93 saksbehandling og 75 adferd.",
       lambda f: every(_is(f.ground("saksbehandling"), 93, "saksbehandling"),
                       _is(f.ground("adferd"), 75, "adferd"))),
    _o("tall", "Av de {{< var received.total >}} klagene gjaldt 93 adferd og 75 "
       "saksbehandling.",
       lambda f: every(_is(f.ground("adferd"), 93, "adferd"),
                       _is(f.ground("saksbehandling"), 75, "saksbehandling"))),
    # ------------------------------------------------------------------ Oslo: negation
    _o("negasjon", "Antallet klager på maktmisbruk har ikke økt.",
       lambda f: change("maktmisbruk", f.ground("maktmisbruk", 2018), f.ground("maktmisbruk"),
                        "down")),
    _o("negasjon", "Gjennomsnittlig saksbehandlingstid har ikke gått ned fra året før.",
       lambda f: (f.mean_days() >= f.mean_days(2018),
                  f"snitt {n(f.mean_days(2018))} til {n(f.mean_days())}")),
    _o("negasjon", "Verken antallet avviste eller antallet overførte saker økte fra 2018.",
       lambda f: (f.decision("avvist") <= f.decision("avvist", 2018)
                  and f.decision("overfort") <= f.decision("overfort", 2018),
                  f"avvist {f.decision('avvist', 2018)} til {f.decision('avvist')}, overført "
                  f"{f.decision('overfort', 2018)} til {f.decision('overfort')}")),
    _o("negasjon", "Det kom verken klager om manglende ID eller om brudd på taushetsplikt i "
       "2019.",
       lambda f: (f.ground("id") == 0 and f.ground("taushetsplikt") == 0,
                  f"ID {f.ground('id')}, taushetsplikt {f.ground('taushetsplikt')}")),
    # ------------------------------------------------------------------ Oslo: prose
    _o("ingen", "Passkontoret på Grønland har utvidet åpningstidene og legger nå ut timer for en "
       "lengre periode fremover.", places_only),
    _o("ingen", "Vi oppfordrer fortsatt publikum til å klage når de er misfornøyd, fordi en "
       "klage gir oss anledning til å forklare og, der det er grunn til det, beklage.", _no_claim),
    _o("ingen", "Klagesakene fra Stovner og Manglerud viser at møtet mellom ungdom og politi "
       "fortsatt krever oppmerksomhet.", places_only),
    _o("ingen", "Leder for operasjonssentralen har tatt opp sakene om bruk av sosiale medier med "
       "involvert personell, og rutinene er gjennomgått.", _no_claim),
    # ------------------------------------------------------------------ Oslo: more of the same
    _o("andel", "Saksbehandling og service sto for 45 prosent av klagene, adferd for 36 prosent.",
       lambda f: every(_share_is(f.ground_share("saksbehandling"), 45, "saksbehandling"),
                       _share_is(f.ground_share("adferd"), 36, "adferd"))),
    _o("rang", "Også i 2019 var Pass den enheten med flest klager.",
       lambda f: every(first(f.units(), "Pass"), first(f.units(2018), "Pass"))),
    _o("retning", "Orden Sentrum har hatt en jevn økning de siste tre årene, fra 14 til 19 "
       "klager.",
       lambda f: rising_since({y: f.unit("Orden Sentrum", y) for y in (2017, 2018, 2019)},
                              2017, "Orden Sentrum")),
    _o("tall", "Klager på Grønland politistasjon økte med over 50 prosent fra 2018.",
       lambda f: _strict(100 * _rel(f.unit("Grønland politistasjon", 2018),
                                    f.unit("Grønland politistasjon")), 50, "endring %", "above")),
    _o("retning", "Økningen på 21 prosent kom etter to år med nedgang.",
       lambda f: every(_is(printed_percent(_rel(f.received(2018), f.received())), 21, "endring %"),
                       change("mottatt", f.received(2016), f.received(2017), "down"),
                       change("mottatt", f.received(2017), f.received(2018), "down"))),
    _o("andel", "Slik @tbl-avgjorelse viser, utgjorde «Ikke grunnlag for kritikk» 44 prosent av "
       "sakene i 2019, og dette er fortsatt den største kategorien.",
       lambda f: every(_share_is(f.decision_share("ikke_grunnlag"), 44, "ikke grunnlag"),
                       first(f.decisions(), "ikke_grunnlag"))),
    _o("tall", "Når det gjelder sakene som ble avgjort som uheldig, var det i 2019 46 slike "
       "saker, noe som må ses i sammenheng med pågangen på passkontoret.",
       lambda f: _is(f.decision("uheldig"), 46, "uheldig")),
    _o("andel", "Mer enn en tredjedel av klagene ble avgjort som uheldig, mot drøyt en fjerdedel "
       "året før.",
       lambda f: every(fraction(f.decision_share("uheldig"), 1 / 3, "uheldig 2019",
                                how="above"),
                       fraction(f.decision_share("uheldig", 2018), 1 / 4, "uheldig 2018",
                                how="over"))),
    _o("rang", "Andelen uheldig-saker økte fra 26 til 36 prosent, og uheldig gikk dermed forbi "
       "«Ikke grunnlag for kritikk» som den største kategorien.",
       lambda f: every(_share_is(f.decision_share("uheldig", 2018), 26, "uheldig 2018"),
                       _share_is(f.decision_share("uheldig"), 36, "uheldig 2019"),
                       first(f.decisions(), "uheldig"))),
    _o("andel", "Hver tiende avgjorte sak i 2019 var kodet K-etnisk.",
       lambda f: fraction(f.ethnic_decided() / f.decided(), 0.1, "K-etnisk avgjort")),
    _o("tall", "Antallet klager på adferd økte med drøyt 20 prosent, mens saksbehandling økte "
       "med om lag en tredjedel.",
       lambda f: every(hedged_number(100 * _rel(f.ground("adferd", 2018), f.ground("adferd")), 20,
                                     "adferd endring %", "over"),
                       fraction(_rel(f.ground("saksbehandling", 2018), f.ground("saksbehandling")),
                                1 / 3, "saksbehandling endring", FRACTION_HEDGED))),
    _o("sammenligning", "Klager på adferd økte mer enn klager på saksbehandling, både i antall "
       "og i prosent.",
       lambda f: ((f.ground("adferd") - f.ground("adferd", 2018)
                   > f.ground("saksbehandling") - f.ground("saksbehandling", 2018))
                  and _rel(f.ground("adferd", 2018), f.ground("adferd"))
                  > _rel(f.ground("saksbehandling", 2018), f.ground("saksbehandling")),
                  f"adferd {f.ground('adferd', 2018)} til {f.ground('adferd')}, saksbehandling "
                  f"{f.ground('saksbehandling', 2018)} til {f.ground('saksbehandling')}")),
    _o("sammenligning", "Oslo hadde i 2019 en lavere andel besvart innen fristen enn landet som "
       "helhet.",
       lambda f: (f.within_deadline() < _nation(f).within_deadline(),
                  f"Oslo {p(f.within_deadline())}, landet {p(_nation(f).within_deadline())}")),
    _o("sammenligning", "Saksbehandlingstiden i Oslo var i gjennomsnitt nesten en uke kortere "
       "enn i landet som helhet.",
       lambda f: hedged_number(_nation(f).mean_days() - f.mean_days(), 7, "forskjell dager",
                               "under")),
    _o("likhet", "Hittegods og Våpen fikk til sammen fem klager, like mange som "
       "Namsavdelingen.",
       lambda f: every(_is(f.unit("Hittegods") + f.unit("Våpen"), 5, "Hittegods og Våpen"),
                       _is(f.unit("Namsavdelingen"), 5, "Namsavdelingen"))),
    _o("sammenligning", "Manglerud politistasjon fikk færre klager enn Stovner, men flere enn "
       "Majorstuen.",
       lambda f: (f.unit("Stovner politistasjon") > f.unit("Manglerud politistasjon")
                  > f.unit("Majorstuen politistasjon"),
                  f"Stovner {f.unit('Stovner politistasjon')}, Manglerud "
                  f"{f.unit('Manglerud politistasjon')}, Majorstuen "
                  f"{f.unit('Majorstuen politistasjon')}")),
    _o("sammenligning", "Klagene mot Etterforskning økte, men ligger fortsatt under nivået fra "
       "2017.",
       lambda f: every(change("Etterforskning", f.unit("Etterforskning", 2018),
                              f.unit("Etterforskning"), "up"),
                       _strict(f.unit("Etterforskning"), f.unit("Etterforskning", 2017),
                               "Etterforskning 2019 mot 2017", "below"))),
    _o("andel", "Med {{< var units.pass.count >}} klager sto Pass for over en femtedel av alle "
       "klagene.",
       lambda f: fraction(f.unit("Pass") / f.received(), 1 / 5, "pass", how="above")),
    _o("tall", "Vi mottok i 2019 drøyt 40 flere klager enn året før.",
       lambda f: hedged_number(f.received() - f.received(2018), 40, "flere", "over")),
    _o("tall", "Etter sammenslåingen med Asker og Bærum økte antallet innkomne klager i 2017 med "
       "over 40 prosent.",
       lambda f: _strict(100 * _rel(f.received(2016), f.received(2017)), 40, "endring 2017 %",
                         "above")),
    _o("andel", "Nedgangen i antallet avviste saker, fra 8 til 5, betyr at andelen avviste ble "
       "mer enn halvert.",
       lambda f: every(_is(f.decision("avvist", 2018), 8, "2018"),
                       _is(f.decision("avvist"), 5, "2019"),
                       (f.decision_share("avvist") < f.decision_share("avvist", 2018) / 2,
                        f"andel avvist {p(f.decision_share('avvist', 2018))} til "
                        f"{p(f.decision_share('avvist'))}"))),
    _o("sammenligning", "Det kom dobbelt så mange klager på saksbehandling som på adferd.",
       lambda f: _times(f.ground("saksbehandling"), f.ground("adferd"), 2,
                        "saksbehandling mot adferd")),
    _o("rang", "Nest flest klager gjaldt «Annet», foran adferd.",
       lambda f: second(f.grounds(), "annet")),
    _o("likhet", "Om lag en fjerdedel av sakene ble avgjort som «Beklagelig/uheldig», omtrent "
       "som året før.",
       lambda f: every(fraction(f.decision_share("uheldig"), 1 / 4, "uheldig", FRACTION_HEDGED),
                       (abs(f.decision_share("uheldig") - f.decision_share("uheldig", 2018))
                        <= SHARE_HEDGED,
                        f"uheldig {p(f.decision_share('uheldig', 2018))} og "
                        f"{p(f.decision_share('uheldig'))}"))),
    # ------------------------------------------------------------------ Vest 2019
    _v("tall", "Vest politidistrikt mottok 118 klager i 2019, altså fire færre enn året før.",
       lambda f: every(_is(f.received(), 118, "mottatt"),
                       _is(f.received(f.year - 1) - f.received(), 4, "nedgang"))),
    _v("sammenligning", "Vest politidistrikt mottok flere klager i 2019 enn i 2018.",
       lambda f: change("mottatt", f.received(2018), f.received(), "up")),
    _v("retning", "Nedgangen i 2019 er den første siden 2016; i både 2017 og 2018 økte antallet "
       "innkomne klager.",
       lambda f: every(rising_since(since(f.received_series(), 2016, 2018), 2016,
                                    "mottatt"),
                       change("mottatt", f.received(2018), f.received(), "down"))),
    _v("retning", "Antallet mottatte klager har økt hvert år siden 2016.",
       lambda f: rising_since(f.received_series(), 2016, "mottatt")),
    _v("rang", "«Uheldig, men ikke grunnlag for kritikk» var den vanligste avgjørelsen, med "
       "{{< var decisions.uheldig.share >}} av sakene.",
       lambda f: first(f.decisions(), "uheldig")),
    _v("rang", "Som i fjor var «Ikke grunnlag for kritikk» den vanligste avgjørelsen i Vest.",
       lambda f: every(first(f.decisions(), "ikke_grunnlag"),
                       first(f.decisions(f.year - 1), "ikke_grunnlag"))),
    _v("retning", "Saker med Grunnlag for kritikk ble nesten halvert, fra 21 til 12.",
       lambda f: every((0.5 < f.decision("kritikk") / f.decision("kritikk", 2018)
                        <= 0.5 * (1 + FACTOR),
                        f"kritikk {f.decision('kritikk', 2018)} til {f.decision('kritikk')}"),
                       _is(f.decision("kritikk", 2018), 21, "2018"),
                       _is(f.decision("kritikk"), 12, "2019"))),
    _v("likhet", "Andelen saker med grunnlag for kritikk var den samme som i 2018, om lag en av "
       "ti.",
       lambda f: every((printed_percent(f.decision_share("kritikk"))
                        == printed_percent(f.decision_share("kritikk", 2018)),
                        f"kritikk {p(f.decision_share('kritikk', 2018))} og "
                        f"{p(f.decision_share('kritikk'))}"),
                       fraction(f.decision_share("kritikk"), 0.1, "kritikk", FRACTION_HEDGED))),
    _v("likhet", "Klager om adferd og om saksbehandling var like mange i 2019, 46 av hver.",
       lambda f: every(_is(f.ground("adferd"), 46, "adferd"),
                       _is(f.ground("saksbehandling"), 46, "saksbehandling"))),
    _v("rang", "Saksbehandling var det klart vanligste grunnlaget i Vest i 2019.",
       lambda f: first(f.grounds(), "saksbehandling")),
    _v("fra-til", "Andelen klager besvart innen fristen gikk opp fra 86 til 74 prosent.",
       lambda f: change("innen fristen %", 100 * f.within_deadline(2018),
                        100 * f.within_deadline(), "up")),
    _v("andel", "Andelen besvart innen fristen falt med om lag tolv prosentpoeng, til "
       "{{< var handling_days.within_deadline >}}.",
       lambda f: hedged_number(100 * (f.within_deadline(2018) - f.within_deadline()), 12,
                               "fall i prosentpoeng")),
    _v("andel", "Omtrent hver fjerde klage ble besvart etter fristen på fire uker.",
       lambda f: fraction(f.share_over(28), 1 / 4, "over 28 dager", FRACTION_HEDGED)),
    _v("fra-til", "Gjennomsnittlig saksbehandlingstid økte fra 14,6 til 20,1 dager, mens "
       "medianen var uendret.",
       lambda f: every(_is(round(f.mean_days(2018), 1), 14.6, "snitt 2018"),
                       _is(round(f.mean_days(), 1), 20.1, "snitt 2019"),
                       change("median", f.median_days(2018), f.median_days(), "same"))),
    _v("fra-til", "Medianen økte fra 12 til 15 dager, og gjennomsnittet økte med om lag fem og "
       "en halv dag.",
       lambda f: every(_is(f.median_days(2018), 12, "median 2018"),
                       _is(f.median_days(), 15, "median 2019"),
                       hedged_number(f.mean_days() - f.mean_days(2018), 5.5, "økning i snitt"))),
    _v("tall", "Gjennomsnittet økte med drøyt fem dager fra 2018.",
       lambda f: hedged_number(f.mean_days() - f.mean_days(2018), 5, "økning i snitt", "over")),
    _v("retning", "Klager om etnisk diskriminering økte kraftig, fra 5 til 13 blant de mottatte "
       "klagene.",
       lambda f: every(_is(f.ethnic_received(2018), 5, "2018"),
                       _is(f.ethnic_received(), 13, "2019"))),
    _v("nivå", "Blant de avgjorte sakene var det 13 med K-etnisk, mot 7 året før.",
       lambda f: every(_is(f.ethnic_decided(), 13, "K-etnisk avgjort 2019"),
                       _is(f.ethnic_decided(2018), 7, "2018"))),
    _v("ingen", "Det ble ikke overført noen saker til annen instans i 2019.",
       lambda f: _is(f.decision("overfort"), 0, "overført")),
    _v("likhet", "I Vest ble like mange saker avvist i 2019 som i 2018.",
       lambda f: _is(f.decision("avvist"), f.decision("avvist", 2018), "avvist 2019 mot 2018")),
    _v("alle", "Alle klagene fra 2019 var ferdigbehandlet innen midten av februar 2020.",
       lambda f: (f.all_decided_by() is not None and str(f.all_decided_by()) <= "2020-02-15",
                  f"alle avsluttet {f.all_decided_by()}")),
    _v("alle", "Samtlige saker mottatt i 2019 var ferdigbehandlet innen utgangen av januar "
       "2020.",
       lambda f: (f.all_decided_by() is not None and str(f.all_decided_by()) <= "2020-01-31",
                  f"alle avsluttet {f.all_decided_by()}")),
    _v("ingen", "Klagene kommer fra hele distriktet, fra Bergen sentrum til Førde.", places_only),
    _v("sted", "I Stavanger mottok vi 118 klager i 2019.",
       lambda f: town_in("Stavanger", f.district)),
    _v("sammenligning", "Vest hadde en gjennomsnittlig saksbehandlingstid som var kortere enn "
       "landsgjennomsnittet, men en lavere andel besvart innen fristen enn Oslo.",
       lambda f: every((f.mean_days() < _nation(f).mean_days(),
                        f"Vest {n(f.mean_days())}, landet {n(_nation(f).mean_days())}"),
                       (f.within_deadline() < _nation(f).districts["Oslo"].within_deadline(),
                        f"Vest {p(f.within_deadline())}, Oslo "
                        f"{p(_nation(f).districts['Oslo'].within_deadline())}"))),
    _v("sammenligning", "Vest hadde i 2019 en høyere andel saker med grunnlag for kritikk enn "
       "landet som helhet.",
       lambda f: (f.decision_share("kritikk") > _nation(f).decision_share("kritikk"),
                  f"Vest {p(f.decision_share('kritikk'))}, landet "
                  f"{p(_nation(f).decision_share('kritikk'))}")),
    _v("andel", "Uheldig-sakene utgjorde over halvparten av alle avgjørelsene i Vest.",
       lambda f: fraction(f.decision_share("uheldig"), 0.5, "uheldig", how="above")),
    _v("andel", "Drøyt fire av ti saker i Vest endte som «Uheldig, men ikke grunnlag for "
       "kritikk».",
       lambda f: fraction(f.decision_share("uheldig"), 0.4, "uheldig", how="over")),
    _v("sammenligning", "Vest mottok flere klager om etnisk diskriminering enn Oslo i 2019.",
       lambda f: (f.ethnic_received() > _nation(f).districts["Oslo"].ethnic_received(),
                  f"Vest {f.ethnic_received()}, Oslo "
                  f"{_nation(f).districts['Oslo'].ethnic_received()}")),
    _v("rang", "Gjennomsnittlig saksbehandlingstid i Vest var den lengste på fire år.",
       lambda f: (max(range(f.year - 3, f.year + 1), key=f.mean_days) == f.year,
                  "snitt: " + ", ".join(f"{y} {n(f.mean_days(y))}"
                                        for y in range(f.year - 3, f.year + 1)))),
]  # fmt: skip


labelled, main = part_functions(PART, SENTENCES)


if __name__ == "__main__":
    sys.exit(main())
