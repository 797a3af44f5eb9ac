"""The claim corpus's part `kontroll20`: each sentence with the code that labels it.

Written on 8 December 2026 (issue 21, session 7 task C) by an outsider who had not read the
check's rules, its lexicon, its list of small numbers or any earlier part's sentences (only how
parts are made and labelled). Held out (`claimcorpus.HELD_OUT`): measured, never tuned on.
Nine in ten sentences are about **Oslo 2019**, the rest about Agder 2022, like issue 21's hidden
corpus (about 85 false and 71 true). The voice is a communications adviser writing the public
summary and web text from the analysts' report: plain language, rounded numbers and words
(«nesten 200», «rundt én av fem», «et knapt flertall», «litt over halvparten», «flere enn noen
gang», «det laveste på ti år», «ned for tredje år på rad»), headline-like sentences with colons,
bullet-like fragments («Færre klager, kortere ventetid.»), this year against named earlier years
and the whole period, ranks among grounds, decisions and units, the deadline («innen fristen på
fire uker»), placeholders in quotes, and plain prose. The false ones err as a hurried writer
does: a wrong direction, last year's number, the median called the mean, a near-miss share, a
wrong rank, the wrong category, another district's town, a number right for another year.

Labelled like kontroll6 on: by a function over `tools.claim_facts` (the case files read with
pandas, none of klagerapport's code), with the readings of `tools.claim_readings` (the
documented ones, commentary/README.md «Ord som tallene kan motsi»): a hedged number within
10 % («nesten» under it, «drøyt» over it); a fraction word within 3 percentage points, 5 after
«rundt/om lag»; «nesten/knapt» before a fraction under it by at most 7 points; «over/under»
strictly; «litt over» a fraction and «et knapt flertall» (over half) over it by at most the
fraction tolerance (3 points); factors («dobbelt så mange», «tredoblet») within 15 %, «mer enn
doblet» a factor over 2, «nesten» a factor under it; «på samme nivå»/«omtrent som» within 10 %
for counts and 2 points for shares; a handling-time claim that names neither the mean nor the
median is about both («ventetid» and «saksbehandlingstid» alone); «diskriminering» alone is
ethnic and other together; «noensinne», «flere enn noen gang», «i hele perioden» rank against
the whole series from its first year (2007 for Oslo); «på ti år» against the ten years up to the
report year; «for N-te år på rad» is each of the last N changes; «også i år»/«som i fjor» says
the same of last year; a placeholder is the value its key names (report/values.yml), taken from
the facts, not from a build. Committed before the check was run on it, and measured at first
contact (benchmarks/README.md).

    .venv/bin/python -m tools.claim_corpus_kontroll20            # the labels and reasons
    .venv/bin/python -m tools.claim_corpus_kontroll20 --yaml     # the part as corpus YAML
"""

from __future__ import annotations

import itertools
import sys

from tools.claim_corpus_kontroll6 import Sentence, change, part_functions, sentences_about
from tools.claim_facts import DEADLINE_DAYS, Facts, town_in
from tools.claim_readings import (
    FACTOR,
    FRACTION,
    FRACTION_HEDGED,
    NESTEN,
    alone_highest,
    alone_lowest,
    every,
    factor,
    first,
    fraction,
    half_within_median,
    hedged_number,
    hedged_share,
    listing,
    lowest_since,
    n,
    p,
    places_only,
    printed_percent,
    second,
    since,
    typed_share,
    within,
    within_relative,
)

PART = "kontroll20"
OSLO = "oslo-2019"
AGDER = "agder-2022"

_o, _a = map(sentences_about, (OSLO, AGDER))

Check = tuple[bool, str]


# ---------------------------------------------------------------------------- small readings
def _is(value: float, said: float, what: str) -> Check:
    """A number said exactly (a count, or days as the report prints them)."""
    return value == said, f"{what} {n(value)}; setningen sier {n(said)}"


def _prose(_f: Facts) -> Check:
    return True, "ingen tallpåstand: vanlig tekst om klageordningen"


def _same_level(a: float, b: float, what: str) -> Check:
    """«på samme nivå», «omtrent som i fjor» of counts or days: within 10 %
    (commentary/README.md)."""
    ok = within_relative(a, b, 0.10)
    return ok, f"{what}: {n(b)} og {n(a)} (samme nivå: innen 10 %)"


def _same_share(a: float, b: float, what: str) -> Check:
    """«omtrent den samme andelen»: within 2 percentage points (commentary/README.md)."""
    return within(a, b, 0.02), f"{what}: {p(b)} og {p(a)} (innen 2 prosentpoeng)"


def _streak(series: dict[int, float], year: int, k: int, how: str, what: str) -> Check:
    """«for k-te år på rad»: each of the last k changes up to `year` in the direction."""
    years = [y for y in sorted(series) if y <= year][-(k + 1) :]
    pairs = list(itertools.pairwise(years))
    if how == "up":
        ok = all(series[b] > series[a] for a, b in pairs)
    else:
        ok = all(series[b] < series[a] for a, b in pairs)
    shown = ", ".join(f"{y} {n(series[y])}" for y in years)
    return len(pairs) == k and ok, f"{what}: {shown} ({k} endringer, {how})"


def _top_of_period(series: dict[int, float], year: int, what: str, fmt=n) -> Check:
    """«flere enn noen gang», «høyeste i hele perioden»: the year alone at the top of the
    whole series."""
    shown = ", ".join(f"{y} {fmt(v)}" for y, v in series.items())
    return alone_highest(series, year), f"{what}: {shown}"


def _bottom_of_period(series: dict[int, float], year: int, what: str, fmt=n) -> Check:
    shown = ", ".join(f"{y} {fmt(v)}" for y, v in series.items())
    return alone_lowest(series, year), f"{what}: {shown}"


def _last_years(series: dict[int, float], year: int, k: int) -> dict[int, float]:
    """«på k år»: the k years up to and including `year`."""
    return since(series, year - k + 1, year)


def _factor_over(a: float, b: float, times: float, what: str, fmt=n) -> Check:
    """«mer enn doblet»: a / b over the factor."""
    ok = b > 0 and a / b > times
    return ok, f"{what}: {fmt(b)} til {fmt(a)} (faktor {n(a / b)}; over {n(times)})"


def _share_change(before: float, after: float, said: str, what: str) -> Check:
    """The direction of a share from last year: `said` up | down."""
    real = "up" if after > before else "down" if after < before else "same"
    word = {"up": "en økning", "down": "en nedgang", "same": "uendret"}[real]
    return real == said, f"{what}: {p(before)} til {p(after)}, {word}"


def _factor_nearly(a: float, b: float, times: float, what: str) -> Check:
    """«nesten tredoblet», «nesten fire ganger så mange»: the factor within the tolerance
    (toleranse.faktor) of it and under it."""
    ok = b > 0 and within_relative(a / b, times, FACTOR, "under")
    return ok, f"{what}: {n(a)} mot {n(b)} (faktor {n(a / b)}; nesten {n(times)})"


def _majority_slight(share: float, what: str) -> Check:
    """«et knapt flertall», «litt over halvparten»: over half, by at most the fraction
    tolerance (toleranse.brøk)."""
    return fraction(share, 0.5, what, tol=FRACTION, how="over")


# ---------------------------------------------------------------------------- series
def received_series(f: Facts) -> dict[int, int]:
    return f.received_series()


def _decision_shares(f: Facts, code: str) -> dict[int, float]:
    return {y: f.decision_share(code, y) for y in f.received_series()}


def _ground_shares(f: Facts, key: str) -> dict[int, float]:
    return {y: f.ground_share(key, y) for y in f.received_series()}


def _within_series(f: Facts) -> dict[int, float]:
    return {y: f.within_deadline(y) for y in f.received_series()}


def _mean_series(f: Facts) -> dict[int, float]:
    return {y: f.mean_days(y) for y in f.received_series()}


def _median_series(f: Facts) -> dict[int, float]:
    return {y: f.median_days(y) for y in f.received_series()}


def _unit_series(f: Facts, unit: str, first_year: int) -> dict[int, int]:
    return {y: f.unit(unit, y) for y in range(first_year, f.year + 1)}


def _days_line(f: Facts, year: int | None = None) -> str:
    y = f.year if year is None else year
    return f"gjennomsnitt {n(f.mean_days(y))}, median {n(f.median_days(y))} dager ({y})"


def _both_shorter(f: Facts) -> Check:
    """«kortere saksbehandlingstid»/«kortere ventetid»: neither names the mean nor the median,
    so both (commentary/README.md)."""
    ok = f.mean_days() < f.mean_days(f.year - 1) and f.median_days() < f.median_days(f.year - 1)
    return ok, f"{_days_line(f, f.year - 1)}; {_days_line(f)}"


def _within_days(f: Facts, days: int) -> float:
    """The share of the handling-time cases answered within `days` days."""
    return 1 - f.share_over(days)


def _stations(f: Facts) -> dict[str, int]:
    """The district's police stations among its units (the units named «… politistasjon»)."""
    return {k: v for k, v in f.units().items() if k.endswith("politistasjon")}


def _patrols(f: Facts, year: int | None = None) -> dict[str, int]:
    return {k: v for k, v in f.units(year).items() if k.startswith("Patrulje")}


def _months(f: Facts) -> dict[int, int]:
    return {m: f.received_in_month(m) for m in range(1, 13)}


def _top_keys(counts: dict) -> list:
    top = max(counts.values())
    return [k for k, v in counts.items() if v == top]


def _first_half_share(f: Facts) -> float:
    return sum(f.received_in_month(m) for m in range(1, 7)) / f.received()


def _discrimination(f: Facts, year: int | None = None) -> int:
    """«diskriminering» alone: ethnic and other together (commentary/README.md)."""
    return f.ethnic_received(year) + f.other_received(year)


def _printed_days(x: float) -> float:
    """Days as the report prints them: one decimal."""
    return round(x, 1)


# ---------------------------------------------------------------------------- the sentences
SENTENCES: list[Sentence] = [
    # ------------------------------------------------------------------ received: headlines
    _o("tall", "Rekordår for klager i Oslo: nesten 200 klager kom inn i 2019.",
       lambda f: every(
           _top_of_period(received_series(f), 2019, "mottatt per år"),
           hedged_number(f.received(), 200, "mottatt 2019", "under"))),
    _o("rang", "Rekordår: Oslo politidistrikt fikk flere klager enn noen gang i 2019.",
       lambda f: _top_of_period(received_series(f), 2019, "mottatt per år")),
    _o("andel", "Antallet klager økte med rundt en femtedel fra året før.",
       lambda f: fraction(f.received() / f.received(2018) - 1, 1 / 5, "endring fra 2018",
                          tol=FRACTION_HEDGED)),
    _o("andel", "Klagene økte med om lag en tredjedel sammenlignet med 2018.",
       lambda f: fraction(f.received() / f.received(2018) - 1, 1 / 3, "endring fra 2018",
                          tol=FRACTION_HEDGED)),
    _o("tall", "Det kom inn 37 flere klager enn i fjor.",
       lambda f: _is(f.received() - f.received(2018), 37, "forskjell fra 2018:")),
    _o("tall", "Det kom inn 47 flere klager enn året før.",
       lambda f: _is(f.received() - f.received(2018), 47, "forskjell fra 2018:")),
    _o("retning", "Flere klager, lengre ventetid.",
       lambda f: every(change("mottatt", f.received(2018), f.received(), "up"),
                       (f.mean_days() > f.mean_days(2018)
                        and f.median_days() > f.median_days(2018),
                        f"{_days_line(f, 2018)}; {_days_line(f)}"))),
    _o("retning", "Flere klager, men kortere saksbehandlingstid.",
       lambda f: every(change("mottatt", f.received(2018), f.received(), "up"), _both_shorter(f))),
    _o("retning", "Færre klager, kortere ventetid.",
       lambda f: every(change("mottatt", f.received(2018), f.received(), "down"),
                       _both_shorter(f))),
    _o("negasjon", "Tallet på klager har ikke vært høyere siden vi begynte å føre statistikk "
                   "i 2007.",
       lambda f: _top_of_period(received_series(f), 2019, "mottatt per år fra 2007")),
    _o("retning", "Antallet klager økte for tredje år på rad.",
       lambda f: _streak(received_series(f), 2019, 3, "up", "mottatt")),
    _o("retning", "Etter en liten nedgang i 2018 steg tallet igjen i 2019.",
       lambda f: every(change("mottatt 2017-2018", f.received(2017), f.received(2018), "down"),
                       (f.received(2018) / f.received(2017) > 0.95,
                        "nedgangen er liten (under 5 %)"),
                       change("mottatt 2018-2019", f.received(2018), f.received(), "up"))),
    _o("retning", "Klagetallet har økt hvert år siden 2015.",
       lambda f: _streak(received_series(f), 2019, 4, "up", "mottatt")),
    _o("fra-til", "Siden bunnåret 2015 har antallet klager mer enn doblet seg.",
       lambda f: every(_bottom_of_period(received_series(f), 2015, "mottatt per år"),
                       _factor_over(f.received(), f.received(2015), 2, "mottatt 2015-2019"))),
    _o("fra-til", "Antallet klager er omtrent tredoblet siden 2015.",
       lambda f: factor(f.received(), f.received(2015), 3, "mottatt 2019 mot 2015")),
    _o("tall", "I fjor kom det inn 175 klager.",
       lambda f: _is(f.received(2018), 175, "mottatt 2018")),
    _o("rang", "Med {{< var received.total >}} klager var 2019 det nest travleste året i "
               "statistikken.",
       lambda f: (sorted(received_series(f).values(), reverse=True).index(f.received()) == 1,
                  f"mottatt per år: {listing(received_series(f))}")),
    _o("tall", "I {{< var year.minus1 >}} mottok politiet {{< var received.total >}} klager.",
       lambda f: _is(f.received(2018), f.received(), "mottatt 2018; plassholderen er 2019:")),
    _o("retning", "Sammenlignet med {{< var year.minus1 >}}, da det kom "
                  "{{< var received.minus1 >}} klager, er dette en økning på "
                  "{{< var received.change >}}.",
       lambda f: change("mottatt", f.received(2018), f.received(), "up")),
    _o("retning", "Antallet klager gikk ned med {{< var received.change >}} fra året før.",
       lambda f: change("mottatt", f.received(2018), f.received(), "down")),
    _o("rang", "Det laveste på ti år: 2019 ga færre klager enn noe annet år siden 2010.",
       lambda f: lowest_since(received_series(f), 2019, "mottatt", 2010)),
    _o("rang", "Det laveste klagetallet i hele perioden kom i 2015, med 85 klager.",
       lambda f: every(_bottom_of_period(received_series(f), 2015, "mottatt per år"),
                       _is(f.received(2015), 85, "mottatt 2015"))),
    _o("rang", "Bunnen ble nådd i 2011, da bare 90 klager kom inn.",
       lambda f: every(_bottom_of_period(received_series(f), 2011, "mottatt per år"),
                       _is(f.received(2011), 90, "mottatt 2011"))),
    _o("tall", "Til sammenligning kom det 145 klager i 2009.",
       lambda f: _is(f.received(2009), 145, "mottatt 2009")),
    # ------------------------------------------------------------------ decided, open
    _o("tall", "Politiet avsluttet 176 klagesaker i 2019, like mange som i 2017.",
       lambda f: every(_is(f.decided(), 176, "avsluttet 2019"),
                       _is(f.decided(2017), f.decided(), "avsluttet 2017 mot 2019:"))),
    _o("alle", "Alle klagene fra 2019 er ferdigbehandlet.",
       lambda f: (f.open() == 0, f"åpne av klagene fra 2019: {f.open()}")),
    _o("tall", "Fortsatt er fem klager fra 2019 under behandling.",
       lambda f: (f.open() == 5, f"åpne nå (dataenes slutt): {f.open()}; "
                                 f"åpne 31. desember: {f.open_at_year_end()}")),
    _o("alle", "Ved årsskiftet var fem av årets klager ennå ikke besvart, men alle var "
               "ferdigbehandlet innen 20. januar 2020.",
       lambda f: every(_is(f.open_at_year_end(), 5, "åpne 31. desember 2019"),
                       (str(f.all_decided_by()) <= "2020-01-20",
                        f"siste avsluttet {f.all_decided_by()}"))),
    _o("alle", "Samtlige klager var ferdigbehandlet før nyttår.",
       lambda f: (f.open_at_year_end() == 0, f"åpne 31. desember 2019: {f.open_at_year_end()}")),
    # ------------------------------------------------------------------ decisions
    _o("rang", "Den vanligste avgjørelsen var «ikke grunnlag for kritikk».",
       lambda f: first(f.decisions(), "ikke_grunnlag")),
    _o("rang", "Den vanligste avgjørelsen var «uheldig, men ikke grunnlag for kritikk».",
       lambda f: first(f.decisions(), "uheldig")),
    _o("rang", "Nest flest saker endte med grunnlag for kritikk.",
       lambda f: second(f.decisions(), "kritikk")),
    _o("andel", "Litt over hver tiende klage endte med kritikk av politiet.",
       lambda f: fraction(f.decision_share("kritikk"), 0.1, "andel kritikk", how="over")),
    _o("likhet", "Andelen saker med kritikk var omtrent den samme som i fjor, rundt 12 prosent.",
       lambda f: every(_same_share(f.decision_share("kritikk"), f.decision_share("kritikk", 2018),
                                   "andel kritikk 2018 og 2019"),
                       hedged_share(f.decision_share("kritikk"), 12, "andel kritikk"))),
    _o("fra-til", "Andelen saker med kritikk ble mer enn doblet fra i fjor.",
       lambda f: _factor_over(f.decision_share("kritikk"), f.decision_share("kritikk", 2018), 2,
                              "andel kritikk 2018-2019", p)),
    _o("fra-til", "Antallet saker med kritikk gikk ned fra 26 til 21.",
       lambda f: change("kritikk", f.decision("kritikk", 2018), f.decision("kritikk"), "down")),
    _o("retning", "Saker med kritikk har økt for femte år på rad.",
       lambda f: _streak({y: f.decision("kritikk", y) for y in received_series(f)}, 2019, 5, "up",
                         "kritikk")),
    _o("fra-til", "«Uheldig»-sakene økte kraftig: fra 46 til 76.",
       lambda f: every(_is(f.decision("uheldig", 2018), 46, "uheldig 2018"),
                       _is(f.decision("uheldig"), 76, "uheldig 2019"),
                       (f.decision("uheldig") / f.decision("uheldig", 2018) > 1.5,
                        "økningen er over 50 %, kraftig etter enhver lesning"))),
    _o("retning", "Antallet saker vurdert som uheldige gikk svakt ned.",
       lambda f: change("uheldig", f.decision("uheldig", 2018), f.decision("uheldig"), "down")),
    _o("andel", "Saker som endte med «uheldig» utgjorde over en tredjedel av alle klagene, "
                "36 prosent.",
       lambda f: every(fraction(f.decision_share("uheldig"), 1 / 3, "andel uheldig", how="above"),
                       typed_share(f.decision_share("uheldig"), 36, "andel uheldig"))),
    _o("andel", "Drøyt 40 prosent av klagene endte med «uheldig, men ikke grunnlag for kritikk».",
       lambda f: hedged_share(f.decision_share("uheldig"), 40, "andel uheldig", "over")),
    _o("andel", "Nesten fire av ti klager endte med «ikke grunnlag for kritikk».",
       lambda f: fraction(f.decision_share("ikke_grunnlag"), 0.4, "andel ikke grunnlag",
                          tol=NESTEN, how="under")),
    _o("rang", "Andelen «ikke grunnlag for kritikk» var den laveste siden statistikken startet.",
       lambda f: _bottom_of_period(_decision_shares(f, "ikke_grunnlag"), 2019,
                                   "andel ikke grunnlag per år", p)),
    _o("retning", "Andelen saker uten grunnlag for kritikk steg fra 44 prosent i 2018.",
       lambda f: every(typed_share(f.decision_share("ikke_grunnlag", 2018), 44,
                                   "andel ikke grunnlag 2018"),
                       _share_change(f.decision_share("ikke_grunnlag", 2018),
                                     f.decision_share("ikke_grunnlag"), "up",
                                     "andel ikke grunnlag"))),
    _o("andel", "Til sammen endte nesten halvparten av sakene med enten kritikk eller «uheldig».",
       lambda f: fraction((f.decision("kritikk") + f.decision("uheldig")) / f.received(), 0.5,
                          "andel kritikk og uheldig", tol=NESTEN, how="under")),
    _o("andel", "Til sammen endte over halvparten av sakene med kritikk eller «uheldig».",
       lambda f: fraction((f.decision("kritikk") + f.decision("uheldig")) / f.received(), 0.5,
                          "andel kritikk og uheldig", how="above")),
    _o("tall", "Avviste klager: åtte, samme tall som i fjor.",
       lambda f: every(_is(f.decision("avvist"), 8, "avvist 2019"),
                       _is(f.decision("avvist", 2018), f.decision("avvist"), "avvist 2018:"))),
    _o("retning", "Antallet avviste klager økte fra i fjor.",
       lambda f: change("avvist", f.decision("avvist", 2018), f.decision("avvist"), "up")),
    _o("negasjon", "Verken avviste eller overførte saker ble flere enn i fjor.",
       lambda f: every(change("avvist", f.decision("avvist", 2018), f.decision("avvist"), "down"),
                       change("overført", f.decision("overfort", 2018), f.decision("overfort"),
                              "down"))),
    _o("likhet", "I 17 saker lyktes det ikke å avklare hva som hadde skjedd, omtrent som året før.",
       lambda f: every(_is(f.decision("ikke_avklart"), 17, "ikke avklart 2019"),
                       _same_level(f.decision("ikke_avklart"), f.decision("ikke_avklart", 2018),
                                   "ikke avklart 2018 og 2019"))),
    _o("retning", "Også i år var «ikke grunnlag for kritikk» den vanligste avgjørelsen.",
       lambda f: every(first(f.decisions(), "ikke_grunnlag"),
                       first(f.decisions(2018), "ikke_grunnlag"))),
    # ------------------------------------------------------------------ grounds
    _o("rang", "Saksbehandling og service toppet listen over klagegrunner.",
       lambda f: first(f.grounds(), "saksbehandling")),
    _o("rang", "Adferd var den vanligste klagegrunnen i 2019.",
       lambda f: first(f.grounds(), "adferd")),
    _o("rang", "Adferd kom på andreplass, med 62 saker.",
       lambda f: every(second(f.grounds(), "adferd"), _is(f.ground("adferd"), 62, "adferd 2019"))),
    _o("andel", "Rundt fire av ti klager gjaldt saksbehandling og service.",
       lambda f: fraction(f.ground_share("saksbehandling"), 0.4, "andel saksbehandling",
                          tol=FRACTION_HEDGED)),
    _o("andel", "Et knapt flertall av klagene gjaldt saksbehandling og service.",
       lambda f: _majority_slight(f.ground_share("saksbehandling"), "andel saksbehandling")),
    _o("andel", "Fire av fem klager gjaldt enten adferd eller saksbehandling.",
       lambda f: fraction((f.ground("adferd") + f.ground("saksbehandling")) / f.received(), 0.8,
                          "andel adferd og saksbehandling")),
    _o("likhet", "Maktmisbruk lå på samme nivå som i fjor: 12 klager mot 13.",
       lambda f: every(_is(f.ground("maktmisbruk"), 12, "maktmisbruk 2019"),
                       _is(f.ground("maktmisbruk", 2018), 13, "maktmisbruk 2018"),
                       _same_level(f.ground("maktmisbruk"), f.ground("maktmisbruk", 2018),
                                   "maktmisbruk 2018 og 2019"))),
    _o("fra-til", "Klager på maktmisbruk økte fra 12 til 13.",
       lambda f: change("maktmisbruk", f.ground("maktmisbruk", 2018), f.ground("maktmisbruk"),
                        "up")),
    _o("retning", "Klager på maktmisbruk gikk ned for tredje år på rad.",
       lambda f: _streak({y: f.ground("maktmisbruk", y) for y in received_series(f)}, 2019, 3,
                         "down", "maktmisbruk")),
    _o("rang", "Andelen klager om maktmisbruk er den laveste på ti år.",
       lambda f: _bottom_of_period(_last_years(_ground_shares(f, "maktmisbruk"), 2019, 10), 2019,
                                   "andel maktmisbruk 2010-2019", p)),
    _o("ingen", "Manglende ID: ingen klager i 2019.",
       lambda f: _is(f.ground("id"), 0, "manglende ID")),
    _o("finnes", "Bare én klage gjaldt manglende ID-oppgivelse.",
       lambda f: _is(f.ground("id"), 1, "manglende ID")),
    _o("finnes", "Brudd på taushetsplikten: bare én klage.",
       lambda f: _is(f.ground("taushetsplikt"), 1, "taushetsplikt")),
    _o("sammenligning", "Klagene på saksbehandling økte mer enn klagene på adferd.",
       lambda f: (f.ground("saksbehandling") - f.ground("saksbehandling", 2018)
                  > f.ground("adferd") - f.ground("adferd", 2018)
                  and f.ground("saksbehandling") / f.ground("saksbehandling", 2018)
                  > f.ground("adferd") / f.ground("adferd", 2018),
                  f"saksbehandling {f.ground('saksbehandling', 2018)} til "
                  f"{f.ground('saksbehandling')}, adferd {f.ground('adferd', 2018)} til "
                  f"{f.ground('adferd')}")),
    _o("sammenligning", "Klager på adferd økte mest, med 24 flere enn i fjor.",
       lambda f: every(_is(f.ground("adferd") - f.ground("adferd", 2018), 24,
                           "adferd, forskjell fra 2018:"),
                       (f.ground("adferd") - f.ground("adferd", 2018)
                        == max(f.grounds()[k] - f.grounds(2018)[k] for k in f.grounds()),
                        f"økning per grunnlag: {listing({k: f.grounds()[k] - f.grounds(2018)[k] for k in f.grounds()})}"))),  # noqa: E501
    _o("andel", "Kategorien «annet» samlet 30 klager, om lag hver sjuende.",
       lambda f: every(_is(f.ground("annet"), 30, "annet"),
                       fraction(f.ground_share("annet"), 1 / 7, "andel annet",
                                tol=FRACTION_HEDGED))),
    _o("rang", "Saksbehandling står nå for en større andel av klagene enn noen gang tidligere.",
       lambda f: _top_of_period(_ground_shares(f, "saksbehandling"), 2019,
                                "andel saksbehandling per år", p)),
    _o("rang", "Andelen klager på adferd var den høyeste siden 2007.",
       lambda f: _top_of_period(since(_ground_shares(f, "adferd"), 2007), 2019,
                                "andel adferd per år", p)),
    _o("negasjon", "Verken adferd eller saksbehandling fikk flere klager enn året før.",
       lambda f: every(change("adferd", f.ground("adferd", 2018), f.ground("adferd"), "down"),
                       change("saksbehandling", f.ground("saksbehandling", 2018),
                              f.ground("saksbehandling"), "down"))),
    _o("negasjon", "Antallet klager på saksbehandling økte ikke.",
       lambda f: (f.ground("saksbehandling") <= f.ground("saksbehandling", 2018),
                  f"saksbehandling {f.ground('saksbehandling', 2018)} til "
                  f"{f.ground('saksbehandling')}")),
    _o("retning", "Saksbehandling var også i fjor den vanligste klagegrunnen.",
       lambda f: every(first(f.grounds(2018), "saksbehandling"),
                       first(f.grounds(), "saksbehandling"))),
    # ------------------------------------------------------------------ handling time
    _o("fra-til", "Saksbehandlingstiden gikk ned: i snitt 16,7 dager, mot 18,9 året før.",
       lambda f: every(_is(_printed_days(f.mean_days()), 16.7, "gjennomsnitt 2019"),
                       _is(_printed_days(f.mean_days(2018)), 18.9, "gjennomsnitt 2018"))),
    _o("tall", "I snitt tok det 15 dager å behandle en klage.",
       lambda f: (_printed_days(f.mean_days()) == 15,
                  f"gjennomsnitt {n(f.mean_days())}; 15 er medianen ({n(f.median_days())})")),
    _o("tall", "Medianen var 15 dager: halvparten av klagene ble besvart på 15 dager eller mindre.",
       lambda f: every(_is(f.median_days(), 15, "median"), half_within_median(f))),
    _o("tall", "Median saksbehandlingstid var 16,5 dager.",
       lambda f: _is(f.median_days(), 16.5, "median 2019")),
    _o("tall", "Snittet kom ned med 2,2 dager fra året før.",
       lambda f: _is(round(_printed_days(f.mean_days(2018)) - _printed_days(f.mean_days()), 1),
                     2.2, "nedgang i gjennomsnittet (trykte dager)")),
    _o("tall", "Gjennomsnittlig saksbehandlingstid ble redusert med tre dager.",
       lambda f: _is(round(_printed_days(f.mean_days(2018)) - _printed_days(f.mean_days()), 1),
                     3, "nedgang i gjennomsnittet (trykte dager)")),
    _o("rang", "Saksbehandlingstiden i 2019 var den korteste noensinne.",
       lambda f: every(_bottom_of_period(_mean_series(f), 2019, "gjennomsnitt per år"),
                       _bottom_of_period(_median_series(f), 2019, "median per år"))),
    _o("retning", "Ventetiden har gått ned for tredje år på rad.",
       lambda f: every(_streak(_mean_series(f), 2019, 3, "down", "gjennomsnitt"),
                       _streak(_median_series(f), 2019, 3, "down", "median"))),
    _o("andel", "Nesten ni av ti klager ble besvart innen fristen på fire uker.",
       lambda f: fraction(f.within_deadline(), 0.9, "andel innen fristen", tol=NESTEN,
                          how="under")),
    _o("andel", "Over ni av ti klager ble besvart innen fristen.",
       lambda f: fraction(f.within_deadline(), 0.9, "andel innen fristen", how="above")),
    _o("fra-til", "Andelen som fikk svar innen fristen økte litt, fra 87 til 88 prosent.",
       lambda f: every(typed_share(f.within_deadline(2018), 87, "innen fristen 2018"),
                       typed_share(f.within_deadline(), 88, "innen fristen 2019"))),
    _o("rang", "Aldri før har en så stor andel av klagene blitt besvart innen fristen.",
       lambda f: _top_of_period(_within_series(f), 2019, "andel innen fristen per år", p)),
    _o("andel", "Rundt hver femte klage ble ikke besvart innen fristen.",
       lambda f: fraction(f.share_over(DEADLINE_DAYS), 0.2, "andel over fristen",
                          tol=FRACTION_HEDGED)),
    _o("andel", "Om lag hver åttende klage tok lengre tid enn fire uker.",
       lambda f: fraction(f.share_over(28), 1 / 8, "andel over 28 dager", tol=FRACTION_HEDGED)),
    _o("tall", "Bare 15 klager ble besvart etter fristen.",
       lambda f: _is(f.count_over(DEADLINE_DAYS), 15, "over fristen:")),
    _o("tall", "Lengst ventetid hadde én klage som tok 71 dager å besvare.",
       lambda f: _is(f.longest_days(), 71, "lengste saksbehandlingstid")),
    _o("ingen", "Ingen klager tok mer enn to måneder.",
       lambda f: _is(f.count_over(60), 0, "over 60 dager (to måneder):")),
    _o("andel", "Tre av fire klager fikk svar innen tre uker.",
       lambda f: fraction(_within_days(f, 21), 0.75, "andel innen 21 dager")),
    _o("andel", "Over halvparten av klagene ble besvart innen to uker.",
       lambda f: fraction(_within_days(f, 14), 0.5, "andel innen 14 dager", how="above")),
    _o("sammenligning", "Median saksbehandlingstid var høyere enn snittet.",
       lambda f: (f.median_days() > f.mean_days(),
                  f"median {n(f.median_days())}, gjennomsnitt {n(f.mean_days())}")),
    _o("likhet", "Medianen var uendret fra i fjor.",
       lambda f: change("median", f.median_days(2018), f.median_days(), "same")),
    _o("andel", "Fristen på 28 dager ble holdt i de aller fleste sakene.",
       lambda f: (f.within_deadline() > 0.8,
                  f"andel innen fristen {p(f.within_deadline())}; de aller fleste (over 80 %)")),
    _o("retning", "Gjennomsnittet på 16,7 dager var høyere enn året før.",
       lambda f: every(_is(_printed_days(f.mean_days()), 16.7, "gjennomsnitt 2019"),
                       change("gjennomsnitt", f.mean_days(2018), f.mean_days(), "up"))),
    # ------------------------------------------------------------------ discrimination
    _o("tall", "16 av klagene som kom inn i 2019, gjaldt etnisk diskriminering.",
       lambda f: (f.ethnic_received() == 16,
                  f"etnisk, mottatt 2019: {f.ethnic_received()}; 16 er avsluttet i 2019 "
                  f"({f.ethnic_decided()})")),
    _o("sammenligning", "Politiet avsluttet 16 saker om etnisk diskriminering, flere enn året før.",
       lambda f: every(_is(f.ethnic_decided(), 16, "etnisk, avsluttet 2019"),
                       change("etnisk, avsluttet", f.ethnic_decided(2018), f.ethnic_decided(),
                              "up"))),
    _o("rang", "Saker om etnisk diskriminering: høyeste tall noensinne.",
       lambda f: every(_top_of_period(f.ethnic_decided_series(), 2019, "etnisk avsluttet"),
                       _top_of_period({y: f.ethnic_received(y) for y in received_series(f)},
                                      2019, "etnisk mottatt"))),
    _o("retning", "Klager om etnisk diskriminering gikk ned fra i fjor.",
       lambda f: every(change("etnisk mottatt", f.ethnic_received(2018), f.ethnic_received(),
                              "down"),
                       change("etnisk avsluttet", f.ethnic_decided(2018), f.ethnic_decided(),
                              "down"))),
    _o("likhet", "Tre klager gjaldt annen diskriminering, som i fjor.",
       lambda f: every(_is(f.other_received(), 3, "annen diskriminering 2019"),
                       _is(f.other_received(2018), 3, "annen diskriminering 2018"))),
    _o("ingen", "Ingen av årets klager handlet om annen diskriminering enn etnisk.",
       lambda f: _is(f.other_received(), 0, "annen diskriminering")),
    _o("tall", "Til sammen gjaldt 18 av årets klager diskriminering.",
       lambda f: _is(_discrimination(f), 18, "etnisk og annen diskriminering")),
    _o("tall", "Bare 15 klager handlet om diskriminering totalt.",
       lambda f: _is(_discrimination(f), 15, "etnisk og annen diskriminering")),
    _o("rang", "Blant klagene om etnisk diskriminering endte flest med kritikk.",
       lambda f: first(f.ethnic_by("avgjorelse"), "kritikk")),
    # ------------------------------------------------------------------ units
    _o("rang", "Pass var enheten med flest klager: 42.",
       lambda f: every(first(f.units(), "Pass"), _is(f.unit("Pass"), 42, "Pass"))),
    _o("tall", "Pass fikk 30 klager i år.",
       lambda f: _is(f.unit("Pass"), 30, "Pass 2019")),
    _o("fra-til", "Pass: nesten tre ganger så mange klager som året før.",
       lambda f: _factor_nearly(f.unit("Pass"), f.unit("Pass", 2018), 3, "Pass 2019 mot 2018")),
    _o("fra-til", "Klagene mot Pass ble doblet fra i fjor.",
       lambda f: factor(f.unit("Pass"), f.unit("Pass", 2018), 2, "Pass 2019 mot 2018")),
    _o("andel", "Rundt én av fem klager gjaldt Pass.",
       lambda f: fraction(f.unit("Pass") / f.received(), 0.2, "andel Pass", tol=FRACTION_HEDGED)),
    _o("rang", "Sentralbord og operasjonssentral kom på andreplass.",
       lambda f: second(f.units(), "Sentralbord og operasjonssentral")),
    _o("retning", "Klagene mot Grønland politistasjon gikk ned.",
       lambda f: change("Grønland", f.unit("Grønland politistasjon", 2018),
                        f.unit("Grønland politistasjon"), "down")),
    _o("rang", "Asker og Bærum politistasjon hadde flest klager av politistasjonene.",
       lambda f: first(_stations(f), "Asker og Bærum politistasjon")),
    _o("rang", "Blant politistasjonene var det Grønland som fikk flest klager.",
       lambda f: first(_stations(f), "Grønland politistasjon")),
    _o("sammenligning", "Stovner politistasjon fikk flere klager enn Grønland politistasjon.",
       lambda f: (f.unit("Stovner politistasjon") > f.unit("Grønland politistasjon"),
                  f"Stovner {f.unit('Stovner politistasjon')}, "
                  f"Grønland {f.unit('Grønland politistasjon')}")),
    _o("retning", "Stovner politistasjon har fått flere klager hvert år siden 2014.",
       lambda f: _streak(_unit_series(f, "Stovner politistasjon", 2014), 2019, 5, "up",
                         "Stovner")),
    _o("retning", "Patruljene i Øst, Sør og Vest fikk alle færre klager enn i fjor.",
       lambda f: (all(v < _patrols(f, 2018)[k] for k, v in _patrols(f).items()),
                  f"2018: {listing(_patrols(f, 2018))}; 2019: {listing(_patrols(f))}")),
    _o("retning", "Patrulje Vest var den eneste patruljen med flere klager enn i fjor.",
       lambda f: ([k for k, v in _patrols(f).items() if v > _patrols(f, 2018)[k]]
                  == ["Patrulje Vest"],
                  f"2018: {listing(_patrols(f, 2018))}; 2019: {listing(_patrols(f))}")),
    _o("likhet", "Manglerud politistasjon: like mange klager som i 2018.",
       lambda f: change("Manglerud", f.unit("Manglerud politistasjon", 2018),
                        f.unit("Manglerud politistasjon"), "same")),
    _o("retning", "Også i år var det Pass som fikk flest klager.",
       lambda f: every(first(f.units(), "Pass"), first(f.units(2018), "Pass"))),
    # ------------------------------------------------------------------ months
    _o("rang", "Sommeren var travlest: juli og august hadde flest klager, med 24 hver.",
       lambda f: (_top_keys(_months(f)) == [7, 8] and f.received_in_month(7) == 24,
                  f"per måned: {listing(_months(f))}")),
    _o("rang", "Desember var den travleste måneden.",
       lambda f: (_top_keys(_months(f)) == [12], f"per måned: {listing(_months(f))}")),
    _o("andel", "Et knapt flertall av klagene kom inn i årets første halvår.",
       lambda f: _majority_slight(_first_half_share(f), "andel mottatt januar-juni")),
    _o("andel", "Litt over halvparten av klagene kom i andre halvår.",
       lambda f: _majority_slight(1 - _first_half_share(f), "andel mottatt juli-desember")),
    # ------------------------------------------------------------------ placeholders
    _o("tall", "Av {{< var received.total >}} klager endte {{< var decisions.uheldig.count >}} "
               "med grunnlag for kritikk.",
       lambda f: _is(f.decision("kritikk"), f.decision("uheldig"),
                     "kritikk; plassholderen er uheldig:")),
    _o("tall", "Ventetiden var i gjennomsnitt «{{< var handling_days.median >}}» dager.",
       lambda f: _is(_printed_days(f.mean_days()), f.median_days(),
                     "gjennomsnitt; plassholderen er medianen:")),
    _o("fra-til", "Snittet på «{{< var handling_days.mean >}}» dager er en nedgang fra 18,9 "
                  "dager året før.",
       lambda f: every(_is(_printed_days(f.mean_days(2018)), 18.9, "gjennomsnitt 2018"),
                       change("gjennomsnitt", f.mean_days(2018), f.mean_days(), "down"))),
    _o("fra-til", "Andelen besvart innen fristen var {{< var handling_days.within_deadline >}}, "
                  "opp fra 90 prosent.",
       lambda f: typed_share(f.within_deadline(2018), 90, "innen fristen 2018")),
    _o("tall", "Pass fikk {{< var units.pass.minus1 >}} klager i 2019.",
       lambda f: _is(f.unit("Pass"), f.unit("Pass", 2018), "Pass 2019; plassholderen er 2018:")),
    _o("andel", "Saksbehandling og service sto for {{< var grounds.adferd.share >}} av klagene.",
       lambda f: (printed_percent(f.ground_share("adferd")) == printed_percent(
                      f.ground_share("saksbehandling")),
                  f"andel saksbehandling {p(f.ground_share('saksbehandling'))}; plassholderen "
                  f"er adferd ({p(f.ground_share('adferd'))})")),
    _o("andel", "Rundt 12 prosent av sakene, {{< var decisions.kritikk.count >}} i alt, endte "
                "med kritikk.",
       lambda f: hedged_share(f.decision_share("kritikk"), 12, "andel kritikk")),
    _o("andel", "Hele {{< var handling_days.within_deadline >}} ble besvart innen fristen, mot "
                "87 prosent året før.",
       lambda f: typed_share(f.within_deadline(2018), 87, "innen fristen 2018")),
    _o("tall", "I {{< var year.minus1 >}} fikk Pass {{< var units.pass.count >}} klager.",
       lambda f: _is(f.unit("Pass", 2018), f.unit("Pass"), "Pass 2018; plassholderen er 2019:")),
    _o("rang", "Med {{< var decisions.ikke_grunnlag.count >}} saker var «ikke grunnlag for "
               "kritikk» nok en gang den største gruppen.",
       lambda f: every(first(f.decisions(), "ikke_grunnlag"),
                       first(f.decisions(2018), "ikke_grunnlag"))),
    _o("retning", "Medianen falt til {{< var handling_days.median >}} dager, fra 18,9 i fjor.",
       lambda f: _is(f.median_days(2018), 18.9, "median 2018; 18,9 er gjennomsnittet 2018:")),
    # ------------------------------------------------------------------ places, districts
    _o("sted", "Klagene kommer fra hele distriktet, fra Sandvika i vest til Stovner i øst.",
       places_only),
    _o("sted", "I Bergen kom det inn 211 klager i 2019.",
       lambda f: town_in("Bergen", f.district)),
    _o("sted", "Rekordmange klager i Trondheim: 211 på ett år.",
       lambda f: town_in("Trondheim", f.district)),
    _o("sammenligning", "Oslo fikk nesten fire ganger så mange klager som Agder i 2019.",
       lambda f: _factor_nearly(f.received(), Facts("Agder", 2019).received(), 4,
                                "mottatt Oslo mot Agder 2019")),
    _o("sammenligning", "Oslo mottok tre ganger så mange klager som Vest politidistrikt.",
       lambda f: factor(f.received(), Facts("Vest", 2019).received(), 3,
                        "mottatt Oslo mot Vest 2019")),
    _o("sted", "Også i Drammen økte klagene til et nytt rekordnivå.",
       lambda f: town_in("Drammen", f.district)),
    # ------------------------------------------------------------------ plain prose
    _o("tekst", "Klageordningen gir alle som mener seg urettferdig behandlet av politiet, rett "
                "til å få saken vurdert.", _prose),
    _o("tekst", "Politiet ønsker klagene velkommen, fordi de gir viktig læring.", _prose),
    _o("tekst", "Vi oppfordrer publikum til å si fra når de er misfornøyde med politiet.",
       _prose),
    _o("tall", "Klager på politiet behandles etter klagereglementet, som setter en frist på "
               "fire uker.",
       lambda f: _is(DEADLINE_DAYS, 28, "fristen i dager (fire uker):")),
    # ------------------------------------------------------------------ Agder 2022
    _a("fra-til", "Agder: 60 klager i 2022, fem flere enn året før.",
       lambda f: every(_is(f.received(), 60, "mottatt 2022"),
                       _is(f.received() - f.received(2021), 5, "forskjell fra 2021:"))),
    _a("alle", "I Agder er alle klagene fra 2022 ferdigbehandlet.",
       lambda f: (f.open() == 0, f"åpne av klagene fra 2022: {f.open()}")),
    _a("andel", "Under halvparten av klagene i Agder ble besvart innen fristen.",
       lambda f: fraction(f.within_deadline(), 0.5, "andel innen fristen", how="below")),
    _a("tall", "Snittet i Agder var 29 dager.",
       lambda f: (_printed_days(f.mean_days()) == 29,
                  f"gjennomsnitt {n(f.mean_days())}; 29 er medianen ({n(f.median_days())})")),
    _a("fra-til", "Antallet saker med kritikk økte kraftig, fra én til åtte.",
       lambda f: every(_is(f.decision("kritikk", 2021), 1, "kritikk 2021"),
                       _is(f.decision("kritikk"), 8, "kritikk 2022"))),
    _a("andel", "Halvparten av klagene i Agder gjaldt saksbehandling.",
       lambda f: fraction(f.ground_share("saksbehandling"), 0.5, "andel saksbehandling")),
    _a("rang", "Adferd var den vanligste klagegrunnen i Agder.",
       lambda f: first(f.grounds(), "adferd")),
    _a("retning", "Saksbehandlingstiden i Agder ble kortere enn i 2021.",
       lambda f: _both_shorter(f)),
    _a("rang", "Aldri før har Agder avsluttet flere saker om etnisk diskriminering: ni.",
       lambda f: every(_top_of_period(f.ethnic_decided_series(), 2022, "etnisk avsluttet"),
                       _is(f.ethnic_decided(), 9, "etnisk avsluttet 2022"))),
    _a("likhet", "Ingen klager i Agder ble overført til annen instans i 2022, som i 2021.",
       lambda f: every(_is(f.decision("overfort"), 0, "overført 2022"),
                       _is(f.decision("overfort", 2021), 0, "overført 2021"))),
    _a("sted", "I Kristiansand og Arendal kom det inn flere klager enn i fjor.",
       lambda f: every(town_in("Kristiansand", f.district), town_in("Arendal", f.district),
                       change("mottatt", f.received(2021), f.received(), "up"))),
    _a("sted", "Politiet i Stavanger fikk 60 klager i 2022.",
       lambda f: town_in("Stavanger", f.district)),
]  # fmt: skip


labelled, main = part_functions(PART, SENTENCES)


if __name__ == "__main__":
    sys.exit(main())
