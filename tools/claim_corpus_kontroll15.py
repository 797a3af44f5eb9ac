"""The claim corpus's part `kontroll15`: each sentence with the code that labels it.

Written on 7 December 2026 (issue 21, task s6/A) by an outsider who had not read the check's
rules (src/klagerapport/check/), its lexicon, its list of small numbers or any part's sentences
(only how parts are made and labelled, and the documented readings). Held out
(`claimcorpus.HELD_OUT`): measured at first contact, never tuned on. Like the hidden corpus of
issue 21: about four in five sentences about **Oslo 2019**, the rest about **Innlandet 2018**
(national sample; tests/corpus/innlandet-2018-verdier.json), about 55 % false. The voice is an
experienced analyst's: long, dense sentences with several figures, subordinate clauses («mens»,
«samtidig», «til tross for»), compound nouns («klageantallet», «saksbehandlingstiden»,
«avslagsandelen»), references to the report's tables («jf. tabell 4», the development table,
as commentary/README.md prints `@tbl-utvikling`), placeholders mixed with typed numbers, and
the slips a hurried writer makes (a wrong direction, last year's number as this year's, the
median called the mean, a near-miss share, a wrong rank, the wrong category or population,
another district's name or town, a right number for the wrong year).

Labelled like kontroll6 on: by a function per sentence over `tools.claim_facts` (the case files
read with pandas, none of klagerapport's code); a sentence with several statements is true only
if every one is. A placeholder is read as the value its key names (report/values.yml), taken
from the facts. The readings are the documented ones (commentary/README.md, «Ord som tallene kan
motsi», and the thresholds tools/claim_readings.py takes from it): «om lag», «rundt»,
«omtrent» before a number within 10 % (a share within 2 percentage points); «nesten», «snaut»,
«i underkant av» under it and within the same; «drøyt», «vel», «i overkant av» over it and
within the same; «over»/«under» strictly; a fraction word («en tredjedel», «hver femte», «fire
av fem») within 3 percentage points, 5 with «om lag»/«rundt», «nesten» before it under it by at
most 7; «omtrent like mange»/«omtrent uendret» within 10 % (2 points for shares); factors
(«dobbelt så mange», «nesten tre ganger så mange», «nesten halvert») within 15 %, «mer enn
doblet» over 2; «like mange» exactly; a typed percent as the report prints it (whole percent,
rounded half up); «to uker» 14 days, «tre uker» 21, «fire uker» 28, «to måneder» 60; a
handling-time claim that names neither the mean nor the median is about both; «halvparten av
klagene … på N dager eller mindre» is the median; «diskriminering» alone is ethnic and other
together; «klager»/«innkomne» are the cases received in the year, «avsluttet»/«behandlet» those
decided in it (docs/assumptions.md P1); «ved årsskiftet» is 31 December of the report year; the
handling time is over the cases answered within the basis (docs/assumptions.md P12). A
sentence's reference to a table is layout, not a figure, and is not part of its label.
Committed before the check was run on it, and measured at first contact (benchmarks/README.md).

    .venv/bin/python -m tools.claim_corpus_kontroll15            # the labels and reasons
    .venv/bin/python -m tools.claim_corpus_kontroll15 --yaml     # the part as corpus YAML
"""

from __future__ import annotations

import itertools
import math
import sys

from tools.claim_corpus_kontroll6 import Sentence, change, part_functions
from tools.claim_corpus_kontroll12 import _near
from tools.claim_facts import Facts, town_in
from tools.claim_readings import (
    FACTOR,
    FRACTION,
    FRACTION_HEDGED,
    NEAR,
    NESTEN,
    SHARE_HEDGED,
    first,
    fraction,
    hedged_days,
    listing,
    n,
    p,
    second,
)

PART = "kontroll15"
OSLO = "oslo-2019"
INNLANDET = "innlandet-2018"


def _s(rapport):
    return lambda art, tekst, truth: Sentence(rapport, art, tekst, truth)


_o, _i = map(_s, (OSLO, INNLANDET))


def _all(*checks: tuple[bool, str]) -> tuple[bool, str]:
    """Several statements in one sentence: true only if each is."""
    return all(ok for ok, _ in checks), "; ".join(reason for _, reason in checks)


def _is(value: float, said: float, what: str) -> tuple[bool, str]:
    """A number typed without a hedge: exactly (days to the printed decimal)."""
    return round(value, 1) == said, f"{what} {n(value)}; teksten sier {n(said)}"


def _percent(share: float, said: int, what: str) -> tuple[bool, str]:
    """A typed percent: the share as the report prints it (whole percent, half up)."""
    printed = math.floor(100 * share + 0.5)
    return printed == said, f"{what} {p(share)} (trykt {printed} %); teksten sier {said} %"


def _pchange(name: str, before: float, after: float, said: str) -> tuple[bool, str]:
    """A direction of a share (`change` with the shares in percent)."""
    real = "up" if after > before else "down" if after < before else "same"
    word = {"up": "en økning", "down": "en nedgang", "same": "uendret"}[real]
    return real == said, f"{name}: {p(before)} til {p(after)}, {word}"


def _percents(shares: dict) -> dict:
    return {k: p(v) for k, v in shares.items()}


def _more(a: float, b: float, what: str) -> tuple[bool, str]:
    return a > b, f"{what}: {n(a)} mot {n(b)}"


def _same(a: float, b: float, what: str) -> tuple[bool, str]:
    return a == b, f"{what}: {n(a)} og {n(b)}"


def _about_same(a: float, b: float, what: str) -> tuple[bool, str]:
    """«omtrent like mange», «omtrent uendret»: within NEAR of the earlier (counts, days)."""
    return abs(a - b) <= NEAR * b, f"{what}: {n(b)} og {n(a)} (omtrent lik: ±{p(NEAR)})"


def _share_same(a: float, b: float, what: str) -> tuple[bool, str]:
    """«omtrent uendret» of a share: within 2 percentage points."""
    points = n(100 * SHARE_HEDGED)
    return abs(a - b) <= SHARE_HEDGED, f"{what}: {p(b)} og {p(a)} (±{points} prosentpoeng)"


def _under_factor(a: int, b: int, factor: float, what: str) -> tuple[bool, str]:
    """«nesten N ganger så mange»: under the factor, within 15 % of it."""
    ratio = a / b
    ok = factor * (1 - FACTOR) <= ratio < factor
    within = f"«nesten {n(factor)}» er under, innen {p(FACTOR)}"
    return ok, f"{what}: {a} mot {b} (faktor {n(ratio)}; {within})"


def _rising(series: dict[int, int], start: int, last: int, what: str) -> tuple[bool, str]:
    """A rise every year from `start` to `last` (each year over the one before)."""
    years = range(start, last + 1)
    ok = all(series[b] > series[a] for a, b in itertools.pairwise(years))
    return ok, f"{what}: " + listing({y: series[y] for y in years})


def _min_year(series: dict[int, float], year: int, what: str) -> tuple[bool, str]:
    low = min(series.values())
    ok = series[year] == low and list(series.values()).count(low) == 1
    return ok, f"{what}: " + listing({y: n(v) for y, v in series.items()})


def _max_year(series: dict[int, float], year: int, what: str, show=n) -> tuple[bool, str]:
    top = max(series.values())
    ok = series[year] == top and list(series.values()).count(top) == 1
    return ok, f"{what}: " + listing({y: show(v) for y, v in series.items()})


def _ethnic_by_decision(f: Facts) -> dict[str, int]:
    return f.ethnic_by("avgjorelse")


def _ethnic_by_ground(f: Facts) -> dict[str, int]:
    return f.ethnic_by("grunnlag")


def _patrols(f: Facts, year: int) -> int:
    return sum(f.unit(f"Patrulje {side}", year) for side in ("Øst", "Sør", "Vest"))


def _mean_series(f: Facts, start: int) -> dict[int, float]:
    return {y: f.mean_days(y) for y in range(start, f.year + 1)}


def _within_series(f: Facts) -> dict[int, float]:
    return {y: f.within_deadline(y) for y in f.decided_series()}


def _months(f: Facts) -> dict[int, int]:
    return {m: f.received_in_month(m) for m in range(1, 13)}


def _month_top(f: Facts, months: set[int]) -> tuple[bool, str]:
    counts = _months(f)
    top = max(counts.values())
    return {m for m, c in counts.items() if c == top} == months, "per måned: " + listing(counts)


SENTENCES: list[Sentence] = [
    # ------------------------------------------------------------- Oslo 2019: received, decided
    _o(
        "retning",
        "Antall innkomne klagesaker endte i {{< var year.current >}} på {{< var "
        "received.total >}}, mot {{< var received.minus1 >}} året før, og dermed fortsatte "
        "den jevne økningen vi har sett hvert år siden bunnåret 2015.",
        lambda f: _rising(f.received_series(), 2015, 2019, "mottatt (hvert år siden 2015)"),
    ),
    _o(
        "rang",
        "Klageantallet økte med {{< var received.change >}} fra {{< var year.minus1 >}}, og "
        "med {{< var received.total >}} saker er {{< var year.current >}} det året med flest "
        "innkomne klager siden klagestatistikken startet i {{< var decided.first_year >}}.",
        lambda f: _all(
            change("mottatt", f.received(2018), f.received(), "up"),
            _max_year(f.received_series(), 2019, "mottatt"),
        ),
    ),
    _o(
        "retning",
        "Til tross for at klageantallet gikk noe ned fra {{< var year.minus1 >}}, ble flere "
        "saker enn året før avgjort med grunnlag for kritikk.",
        lambda f: _all(
            change("mottatt", f.received(2018), f.received(), "down"),
            change("kritikk", f.decision("kritikk", 2018), f.decision("kritikk"), "up"),
        ),
    ),
    _o(
        "andel",
        "Økningen fra {{< var received.minus1 >}} til {{< var received.total >}} klager "
        "tilsvarer drøyt en femtedel, og passkontoret alene sto for 27 flere klager enn i "
        "fjor.",
        lambda f: _all(
            fraction(f.received() / f.received(2018) - 1, 0.2, "endring", FRACTION, "over"),
            _is(f.unit("Pass") - f.unit("Pass", 2018), 27, "Pass, forskjell"),
        ),
    ),
    _o(
        "andel",
        "Drøyt halvparten av klagene gjaldt saksbehandling og service, mens adferd sto for om "
        "lag en tredjedel.",
        lambda f: _all(
            fraction(f.ground_share("saksbehandling"), 0.5, "saksbehandling", FRACTION, "over"),
            fraction(f.ground_share("adferd"), 1 / 3, "adferd", FRACTION_HEDGED),
        ),
    ),
    _o(
        "rang",
        "Saksbehandling/service var igjen det vanligste klagegrunnlaget med {{< var "
        "grounds.saksbehandling.count >}} saker, foran adferd med {{< var "
        "grounds.adferd.count >}}.",
        lambda f: _all(
            first(f.grounds(), "saksbehandling"),
            first(f.grounds(2018), "saksbehandling"),
            second(f.grounds(), "adferd"),
        ),
    ),
    _o(
        "rang",
        "Adferd, som var det nest vanligste grunnlaget i fjor, har i år gått forbi "
        "saksbehandling og er nå det vanligste klagegrunnlaget i distriktet.",
        lambda f: _all(second(f.grounds(2018), "adferd"), first(f.grounds(), "adferd")),
    ),
    _o(
        "nivå",
        "I {{< var year.current >}} ble {{< var decisions.uheldig.minus1 >}} saker avgjort "
        "som uheldig, men ikke grunnlag for kritikk, en markert økning fra året før.",
        lambda f: _is(
            f.decision("uheldig"),
            f.decision("uheldig", 2018),
            "uheldig 2019 (plassholderen er 2018s tall)",
        ),
    ),
    _o(
        "fra-til",
        "Uheldig-kategorien økte kraftig, fra {{< var decisions.uheldig.minus1 >}} til {{< "
        "var decisions.uheldig.count >}} saker, og andelen steg fra {{< var "
        "decisions.uheldig.minus1_share >}} til {{< var decisions.uheldig.share >}}.",
        lambda f: _all(
            change("uheldig", f.decision("uheldig", 2018), f.decision("uheldig"), "up"),
            _pchange(
                "andel uheldig",
                f.decision_share("uheldig", 2018),
                f.decision_share("uheldig"),
                "up",
            ),
        ),
    ),
    _o(
        "retning",
        "Selv om antallet kritikksaker økte fra {{< var decisions.kritikk.minus1 >}} til {{< "
        "var decisions.kritikk.count >}}, gikk kritikkandelen ned, fordi klageantallet steg "
        "enda mer.",
        lambda f: _pchange(
            "andel kritikk", f.decision_share("kritikk", 2018), f.decision_share("kritikk"), "down"
        ),
    ),
    _o(
        "likhet",
        "Andelen saker med grunnlag for kritikk var omtrent uendret, rundt tolv prosent begge år.",
        lambda f: _all(
            _share_same(
                f.decision_share("kritikk"), f.decision_share("kritikk", 2018), "andel kritikk"
            ),
            fraction(f.decision_share("kritikk"), 0.12, "2019", SHARE_HEDGED),
            fraction(f.decision_share("kritikk", 2018), 0.12, "2018", SHARE_HEDGED),
        ),
    ),
    _o(
        "nivå",
        "Ikke grunnlag for kritikk var den største avgjørelseskategorien også i år, med {{< "
        "var decisions.uheldig.count >}} saker.",
        lambda f: _all(
            first(f.decisions(), "ikke_grunnlag"),
            _same(
                f.decision("uheldig"),
                f.decision("ikke_grunnlag"),
                "plassholderen (uheldig) mot ikke grunnlag",
            ),
        ),
    ),
    _o(
        "tall",
        "Ikke grunnlag for kritikk var fortsatt den største avgjørelseskategorien, men "
        "avstanden ned til uheldig-sakene krympet fra 30 til seks saker.",
        lambda f: _all(
            first(f.decisions(), "ikke_grunnlag"),
            _is(
                f.decision("ikke_grunnlag", 2018) - f.decision("uheldig", 2018), 30, "avstand 2018"
            ),
            _is(f.decision("ikke_grunnlag") - f.decision("uheldig"), 6, "avstand 2019"),
        ),
    ),
    # ------------------------------------------------------------- Oslo 2019: handling time
    _o(
        "nivå",
        "Den gjennomsnittlige saksbehandlingstiden var {{< var handling_days.median >}} "
        "dager, ned fra {{< var handling_days.mean_minus1 >}} dager i {{< var year.minus1 "
        ">}}.",
        lambda f: _is(
            f.mean_days(), round(f.median_days(), 1), "gjennomsnitt (plassholderen er medianen)"
        ),
    ),
    _o(
        "fra-til",
        "Gjennomsnittlig saksbehandlingstid gikk ned fra 18,9 til 16,7 dager, mens medianen "
        "sank mindre, fra 16,5 til 15 dager.",
        lambda f: _all(
            _is(f.mean_days(2018), 18.9, "snitt 2018"),
            _is(f.mean_days(), 16.7, "snitt 2019"),
            _is(f.median_days(2018), 16.5, "median 2018"),
            _is(f.median_days(), 15, "median 2019"),
            _more(
                f.mean_days(2018) - f.mean_days(),
                f.median_days(2018) - f.median_days(),
                "fall i snitt mot fall i median",
            ),
        ),
    ),
    _o(
        "sammenligning",
        "Både gjennomsnittet og medianen for saksbehandlingstiden ble kortere, og medianen "
        "falt mest, med om lag to dager.",
        lambda f: _all(
            _more(
                f.median_days(2018) - f.median_days(),
                f.mean_days(2018) - f.mean_days(),
                "fall i median mot fall i snitt",
            ),
            _near(f.median_days(2018) - f.median_days(), 2, "fall i median"),
        ),
    ),
    _o(
        "retning",
        "Hele {{< var handling_days.within_deadline >}} av klagene ble besvart innen fristen "
        "på fire uker, en svak bedring fra {{< var handling_days.within_deadline_minus1 >}} i "
        "fjor.",
        lambda f: _pchange("innen fristen", f.within_deadline(2018), f.within_deadline(), "up"),
    ),
    _o(
        "andel",
        "Drøyt ni av ti klager ble besvart innen 28-dagersfristen, omtrent på linje med året før.",
        lambda f: _all(
            fraction(f.within_deadline(), 0.9, "innen fristen", FRACTION, "over"),
            _share_same(f.within_deadline(), f.within_deadline(2018), "innen fristen"),
        ),
    ),
    _o(
        "andel",
        "Nesten ni av ti klager ble besvart innen fristen, både i år og i fjor.",
        lambda f: _all(
            fraction(f.within_deadline(), 0.9, "2019", NESTEN, "under"),
            fraction(f.within_deadline(2018), 0.9, "2018", NESTEN, "under"),
        ),
    ),
    _o(
        "tall",
        "I fjor ble 88 prosent av klagene besvart innen fristen, mens andelen i år økte til "
        "91 prosent.",
        lambda f: _all(
            _percent(f.within_deadline(2018), 88, "innen fristen 2018"),
            _percent(f.within_deadline(), 91, "innen fristen 2019"),
        ),
    ),
    _o(
        "alle",
        "Samtlige klager som kom inn i {{< var year.current >}}, var ferdigbehandlet i januar "
        "{{< var year.next >}}, og ingen saker fra året står åpne.",
        lambda f: (
            f.open() == 0
            and f.all_decided_by() is not None
            and (f.all_decided_by().year, f.all_decided_by().month) == (2020, 1),
            f"åpne {f.open()}, siste avsluttet {f.all_decided_by()}",
        ),
    ),
    _o(
        "alle",
        "Ved årsskiftet var samtlige av årets klager ferdigbehandlet.",
        lambda f: (f.open_at_year_end() == 0, f"åpne 31. desember: {f.open_at_year_end()}"),
    ),
    _o(
        "tall",
        "Ved årsskiftet sto fem av årets klager fortsatt åpne, men også disse var avsluttet "
        "før utgangen av januar.",
        lambda f: (
            f.open_at_year_end() == 5
            and f.all_decided_by() is not None
            and f.all_decided_by().isoformat() <= "2020-01-31",
            f"åpne 31. desember: {f.open_at_year_end()}, siste avsluttet {f.all_decided_by()}",
        ),
    ),
    _o(
        "tall",
        "Rundt ti saker fra {{< var year.current >}} var fortsatt under behandling ved "
        "årsskiftet, slik at statistikken først kunne lukkes i januar.",
        lambda f: _near(f.open_at_year_end(), 10, "åpne 31. desember"),
    ),
    # ------------------------------------------------------------- Oslo 2019: discrimination
    _o(
        "nivå",
        "Av klagene mottatt i {{< var year.current >}} gjaldt {{< var "
        "discrimination.etnisk.received >}} etnisk diskriminering, mens {{< var "
        "discrimination.etnisk.decided >}} av de avsluttede sakene var kodet K-etnisk.",
        lambda f: (
            True,
            f"etnisk mottatt {f.ethnic_received()}, avsluttet {f.ethnic_decided()}: "
            "hver plassholder med sin populasjon",
        ),
    ),
    _o(
        "nivå",
        "Av sakene som ble avgjort i {{< var year.current >}}, var {{< var "
        "discrimination.etnisk.received >}} kodet K-etnisk.",
        lambda f: _same(
            f.ethnic_decided(), f.ethnic_received(), "etnisk avsluttet mot plassholderen (mottatt)"
        ),
    ),
    _o(
        "rang",
        "Etnisitetsgrunnlaget ble registrert i {{< var discrimination.etnisk.decided >}} "
        "avsluttede saker, det høyeste tallet siden vi startet klagerapporteringen.",
        lambda f: _max_year(f.ethnic_decided_series(), 2019, "etnisk avsluttet"),
    ),
    _o(
        "rang",
        "Med {{< var discrimination.etnisk.decided >}} avsluttede K-etnisk-saker er årets "
        "tall det nest høyeste i serien, bare slått av toppåret {{< var "
        "discrimination.etnisk.decided_max_year >}}.",
        lambda f: _all(
            second({str(y): v for y, v in f.ethnic_decided_series().items()}, "2019"),
            _max_year(f.ethnic_decided_series(), 2016, "toppår"),
        ),
    ),
    _o(
        "retning",
        "Antall avsluttede saker med etnisk diskriminering gikk ned fra {{< var year.minus1 "
        ">}}, noe vi ser i sammenheng med det forebyggende arbeidet i bydelene.",
        lambda f: change("etnisk avsluttet", f.ethnic_decided(2018), f.ethnic_decided(), "down"),
    ),
    _o(
        "fra-til",
        "K-etnisk-sakene økte fra 11 til 16 avsluttede saker, men det er fortsatt færre enn i "
        "toppåret 2016, da tallet var 18.",
        lambda f: _all(
            _is(f.ethnic_decided(2018), 11, "2018"),
            _is(f.ethnic_decided(), 16, "2019"),
            _is(f.ethnic_decided(2016), 18, "2016"),
        ),
    ),
    _o(
        "andel",
        "Etnisitetsgrunnlaget preger en stadig større del av klagene: nesten hver femte klage "
        "mottatt i år gjaldt etnisk diskriminering.",
        lambda f: _all(
            fraction(f.ethnic_received() / f.received(), 0.2, "etnisk andel", NESTEN, "under"),
            (lambda s: (s[2017] < s[2018] < s[2019], "etnisk andel: " + listing(_percents(s))))(
                {y: f.ethnic_received(y) / f.received(y) for y in (2017, 2018, 2019)}
            ),
        ),
    ),
    _o(
        "likhet",
        "Det ble mottatt {{< var discrimination.annen.received >}} klager om annen "
        "diskriminering, like mange som i {{< var year.minus1 >}}.",
        lambda f: _same(
            f.other_received(), f.other_received(2018), "annen diskriminering 2019 og 2018"
        ),
    ),
    _o(
        "tall",
        "Til sammen gjaldt 15 av årets klager diskriminering, etnisk eller annen, og det er "
        "flere enn i fjor.",
        lambda f: _all(
            _is(f.ethnic_received() + f.other_received(), 15, "diskriminering (etnisk og annen)"),
            _more(
                f.ethnic_received() + f.other_received(),
                f.ethnic_received(2018) + f.other_received(2018),
                "diskriminering 2019 mot 2018",
            ),
        ),
    ),
    _o(
        "andel",
        "De fleste klagene om etnisk diskriminering endte med grunnlag for kritikk, jf. "
        "tabellen over avgjørelsene.",
        lambda f: (
            lambda d: (
                max(d.values()) == d["kritikk"] or d["kritikk"] > sum(d.values()) / 2,
                "etnisk per avgjørelse: " + listing(d),
            )
        )(_ethnic_by_decision(f)),
    ),
    _o(
        "rang",
        "Klagene om etnisk diskriminering gjaldt oftest adferd, 10 av de {{< var "
        "discrimination.etnisk.received >}} sakene.",
        lambda f: _all(
            first(_ethnic_by_ground(f), "adferd"),
            _is(_ethnic_by_ground(f)["adferd"], 10, "etnisk adferd"),
        ),
    ),
    _o(
        "andel",
        "To tredjedeler av klagene med etnisk diskriminering gjaldt maktmisbruk, mens resten "
        "fordelte seg på adferd og saksbehandling.",
        lambda f: fraction(
            _ethnic_by_ground(f)["maktmisbruk"] / f.ethnic_received(), 2 / 3, "etnisk maktmisbruk"
        ),
    ),
    # ------------------------------------------------------------- Oslo 2019: units
    _o(
        "sammenligning",
        "Passkontoret fikk {{< var units.pass.count >}} klager, nesten tre ganger så mange "
        "som i fjor.",
        lambda f: _under_factor(f.unit("Pass"), f.unit("Pass", 2018), 3, "Pass"),
    ),
    _o(
        "sammenligning",
        "Passkontoret, som har hatt en svært krevende vår med lange køer og få ledige timer, "
        "fikk nesten dobbelt så mange klager som i fjor.",
        lambda f: _under_factor(f.unit("Pass"), f.unit("Pass", 2018), 2, "Pass"),
    ),
    _o(
        "rang",
        "Etter pass var det Orden Sentrum som fikk flest klager, {{< var "
        "units.orden_sentrum.count >}}, fulgt av sentralbordet og operasjonssentralen med {{< "
        "var units.sentralbord_og_operasjonssentral.count >}}.",
        lambda f: (
            lambda u: (
                sorted(u, key=u.get, reverse=True)[:3]
                == ["Pass", "Orden Sentrum", "Sentralbord og operasjonssentral"]
                and len(set(sorted(u.values(), reverse=True)[:4])) == 4,
                listing(u),
            )
        )(f.units()),
    ),
    _o(
        "rang",
        "Grønland politistasjon hadde nest flest klager av enhetene, {{< var "
        "units.gronland_politistasjon.count >}}, noe som henger sammen med at passkontoret "
        "ligger der.",
        lambda f: second(f.units(), "Grønland politistasjon"),
    ),
    _o(
        "retning",
        "Asker og Bærum politistasjon fikk flere klager enn i fjor og ligger nå på nivå med "
        "Stovner.",
        lambda f: _all(
            change(
                "Asker og Bærum",
                f.unit("Asker og Bærum politistasjon", 2018),
                f.unit("Asker og Bærum politistasjon"),
                "up",
            ),
            _about_same(
                f.unit("Asker og Bærum politistasjon"),
                f.unit("Stovner politistasjon"),
                "mot Stovner",
            ),
        ),
    ),
    _o(
        "likhet",
        "Asker og Bærum politistasjon fikk færre klager enn i fjor og havnet på samme nivå "
        "som Stovner politistasjon, med {{< var units.stovner_politistasjon.count >}} klager "
        "hver.",
        lambda f: _all(
            change(
                "Asker og Bærum",
                f.unit("Asker og Bærum politistasjon", 2018),
                f.unit("Asker og Bærum politistasjon"),
                "down",
            ),
            _same(
                f.unit("Asker og Bærum politistasjon"),
                f.unit("Stovner politistasjon"),
                "A&B og Stovner",
            ),
        ),
    ),
    _o(
        "sted",
        "Ordenstjenesten i Bergen sentrum fikk {{< var units.orden_sentrum.count >}} klager, "
        "flere enn noen annen ordensenhet.",
        lambda f: town_in("Bergen", "Oslo"),
    ),
    _o(
        "fra-til",
        "Grønland politistasjon fikk {{< var units.gronland_politistasjon.count >}} klager, "
        "fire flere enn året før, mens Majorstuen lå stabilt på {{< var "
        "units.majorstuen_politistasjon.count >}}.",
        lambda f: _all(
            _is(
                f.unit("Grønland politistasjon") - f.unit("Grønland politistasjon", 2018),
                4,
                "Grønland, forskjell",
            ),
            _same(
                f.unit("Majorstuen politistasjon"),
                f.unit("Majorstuen politistasjon", 2018),
                "Majorstuen",
            ),
        ),
    ),
    _o(
        "sammenligning",
        "Patruljeenhetene Øst, Sør og Vest fikk til sammen flere klager enn i fjor, særlig "
        "etter sommerens mange ordensoppdrag.",
        lambda f: _more(_patrols(f, 2019), _patrols(f, 2018), "patruljene 2019 mot 2018"),
    ),
    _o(
        "retning",
        "Alle de tre patruljeenhetene fikk færre klager enn i fjor.",
        lambda f: (
            all(
                f.unit(f"Patrulje {s}") < f.unit(f"Patrulje {s}", 2018)
                for s in ("Øst", "Sør", "Vest")
            ),
            ", ".join(
                f"{s} {f.unit(f'Patrulje {s}', 2018)} til {f.unit(f'Patrulje {s}')}"
                for s in ("Øst", "Sør", "Vest")
            ),
        ),
    ),
    _o(
        "likhet",
        "Manglerud politistasjon fikk like mange klager som i fjor.",
        lambda f: _same(
            f.unit("Manglerud politistasjon"), f.unit("Manglerud politistasjon", 2018), "Manglerud"
        ),
    ),
    _o(
        "nivå",
        "Utlendingsavsnittet fikk {{< var units.utlendingsavsnittet.minus2 >}} klager i {{< "
        "var year.minus1 >}}, de fleste om lang ventetid på familiegjenforening.",
        lambda f: _same(
            f.unit("Utlendingsavsnittet", 2018),
            f.unit("Utlendingsavsnittet", 2017),
            "Utlendingsavsnittet 2018 mot plassholderen (2017)",
        ),
    ),
    # ------------------------------------------------------------- Oslo 2019: handling time, more
    _o(
        "tall",
        "Den lengste saksbehandlingstiden i år var 71 dager, mot 95 dager året før.",
        lambda f: _all(
            _is(f.longest_days(), 71, "lengst 2019"), _is(f.longest_days(2018), 95, "lengst 2018")
        ),
    ),
    _o(
        "tall",
        "Bare to saker tok mer enn to måneder, mot fire i fjor, og ingen sak tok over 70 dager.",
        lambda f: _all(
            _is(f.count_over(60), 2, "over 60 dager 2019"),
            _is(f.count_over(60, 2018), 4, "over 60 dager 2018"),
            _is(f.count_over(70), 0, "over 70 dager 2019"),
        ),
    ),
    _o(
        "andel",
        "Om lag hver tiende klage tok lengre tid enn fristen på 28 dager.",
        lambda f: fraction(f.share_over(28), 0.1, "over fristen", FRACTION_HEDGED),
    ),
    _o(
        "andel",
        "Hver femte klage ble ikke besvart innen fristen, noe som blant annet skyldes at "
        "mange saker må innom flere enheter.",
        lambda f: fraction(f.share_over(28), 0.2, "over fristen"),
    ),
    _o(
        "andel",
        "Halvparten av årets klager fikk svar på 15 dager eller mindre.",
        lambda f: (
            f.median_days() <= 15,
            f"median {n(f.median_days())} dager (halvparten ved medianen)",
        ),
    ),
    _o(
        "andel",
        "Halvparten av klagene ble besvart på under to uker.",
        lambda f: (
            f.median_days() < 14,
            f"median {n(f.median_days())} dager (halvparten ved medianen); to uker er 14",
        ),
    ),
    _o(
        "tall",
        "Medianen for saksbehandlingstiden var 16,7 dager, godt innenfor fristen.",
        lambda f: _is(f.median_days(), 16.7, "median"),
    ),
    _o(
        "retning",
        "Saksbehandlingstiden økte både målt som gjennomsnitt og median, noe som må ses i "
        "sammenheng med det høye klageantallet.",
        lambda f: _all(
            change("snitt", f.mean_days(2018), f.mean_days(), "up"),
            change("median", f.median_days(2018), f.median_days(), "up"),
        ),
    ),
    _o(
        "tall",
        "Saksbehandlingstiden var i gjennomsnitt i overkant av 18 dager.",
        lambda f: hedged_days(f.mean_days(), 18, "snitt", "over"),
    ),
    _o(
        "tall",
        "Gjennomsnittlig saksbehandlingstid var i underkant av 17 dager.",
        lambda f: hedged_days(f.mean_days(), 17, "snitt", "under"),
    ),
    _o(
        "nivå",
        "Snittet for saksbehandlingstiden i {{< var year.current >}} endte på "
        "{{< var handling_days.mean_minus1 >}} dager, jf. tabellen over saksbehandlingstid.",
        lambda f: _is(
            f.mean_days(), round(f.mean_days(2018), 1), "snitt 2019 (plassholderen er 2018s)"
        ),
    ),
    _o(
        "sammenligning",
        "Saksbehandlingstiden var under tre uker både i snitt og som median, og slik var det "
        "også i fjor.",
        lambda f: (
            all(
                v < 21
                for v in (f.mean_days(), f.median_days(), f.mean_days(2018), f.median_days(2018))
            ),
            f"snitt {n(f.mean_days())}, median {n(f.median_days())}; "
            f"i fjor {n(f.mean_days(2018))} og "
            f"{n(f.median_days(2018))}; tre uker er 21",
        ),
    ),
    _o(
        "retning",
        "Saksbehandlingstiden har gått ned hvert år siden 2016.",
        lambda f: (
            all(b < a for a, b in itertools.pairwise(_mean_series(f, 2016).values())),
            "snitt: " + listing({y: n(v) for y, v in _mean_series(f, 2016).items()}),
        ),
    ),
    _o(
        "rang",
        "Snittiden på {{< var handling_days.mean >}} dager er den korteste vi har hatt siden 2015.",
        lambda f: _min_year(_mean_series(f, 2015), 2019, "snitt"),
    ),
    # ------------------------------------------------------------- Oslo 2019: decisions, more
    _o(
        "fra-til",
        "Antall avviste klager økte fra {{< var decisions.avvist.minus1 >}} til {{< var "
        "decisions.avvist.count >}}, blant annet fordi flere klager kom uten postadresse.",
        lambda f: change("avvist", f.decision("avvist", 2018), f.decision("avvist"), "up"),
    ),
    _o(
        "likhet",
        "Under fem prosent av klagene ble avvist, og det var like mange avviste saker som i fjor.",
        lambda f: _all(
            (f.decision_share("avvist") < 0.05, f"andel avvist {p(f.decision_share('avvist'))}"),
            _same(f.decision("avvist"), f.decision("avvist", 2018), "avvist 2019 og 2018"),
        ),
    ),
    _o(
        "andel",
        "Ikke grunnlag for kritikk utgjorde i år over 40 prosent av sakene.",
        lambda f: fraction(f.decision_share("ikke_grunnlag"), 0.4, "ikke grunnlag", how="above"),
    ),
    _o(
        "andel",
        "Avslagsandelen, altså saker avgjort med ikke grunnlag for kritikk, lå i underkant av "
        "40 prosent, ned fra 44 prosent året før.",
        lambda f: _all(
            fraction(
                f.decision_share("ikke_grunnlag"), 0.4, "ikke grunnlag 2019", SHARE_HEDGED, "under"
            ),
            _percent(f.decision_share("ikke_grunnlag", 2018), 44, "ikke grunnlag 2018"),
        ),
    ),
    _o(
        "andel",
        "Uheldig, men ikke grunnlag for kritikk utgjorde over en tredjedel av sakene, slik "
        "det også gjorde i fjor.",
        lambda f: _all(
            fraction(f.decision_share("uheldig"), 1 / 3, "uheldig 2019", how="above"),
            fraction(f.decision_share("uheldig", 2018), 1 / 3, "uheldig 2018", how="above"),
        ),
    ),
    _o(
        "andel",
        "Over en tredjedel av sakene ble avgjort som uheldig, men ikke grunnlag for kritikk, "
        "mot om lag en fjerdedel i fjor.",
        lambda f: _all(
            fraction(f.decision_share("uheldig"), 1 / 3, "uheldig 2019", how="above"),
            fraction(f.decision_share("uheldig", 2018), 0.25, "uheldig 2018", FRACTION_HEDGED),
        ),
    ),
    _o(
        "andel",
        "Kritikk og uheldig utgjorde til sammen over halvparten av avgjørelsene, jf. tabellen "
        "over saksavgjørelser.",
        lambda f: fraction(
            f.decision_share("kritikk") + f.decision_share("uheldig"),
            0.5,
            "kritikk og uheldig",
            how="above",
        ),
    ),
    _o(
        "andel",
        "Kritikk og uheldig utgjorde til sammen nesten halvparten av sakene.",
        lambda f: fraction(
            f.decision_share("kritikk") + f.decision_share("uheldig"),
            0.5,
            "kritikk og uheldig",
            NESTEN,
            "under",
        ),
    ),
    # ------------------------------------------------------------- Oslo 2019: grounds, more
    _o(
        "andel",
        "Adferd og saksbehandling sto til sammen for {{< var "
        "grounds.adferd_saksbehandling.share >}} av klagene, eller fire av fem.",
        lambda f: fraction(
            f.ground_share("adferd") + f.ground_share("saksbehandling"),
            0.8,
            "adferd og saksbehandling",
        ),
    ),
    _o(
        "retning",
        "Klager om maktmisbruk økte fra {{< var year.minus1 >}}, men utgjør fortsatt en liten "
        "del av klagene.",
        lambda f: change(
            "maktmisbruk", f.ground("maktmisbruk", 2018), f.ground("maktmisbruk"), "up"
        ),
    ),
    _o(
        "likhet",
        "Maktmisbruk var omtrent like vanlig som i fjor, med {{< var "
        "grounds.maktmisbruk.count >}} klager.",
        lambda f: _about_same(
            f.ground("maktmisbruk"), f.ground("maktmisbruk", 2018), "maktmisbruk"
        ),
    ),
    _o(
        "negasjon",
        "Det kom ingen klager om brudd på taushetsplikt i år.",
        lambda f: (f.ground("taushetsplikt") == 0, f"taushetsplikt {f.ground('taushetsplikt')}"),
    ),
    _o(
        "negasjon",
        "Det kom ingen klager om manglende oppgivelse av ID i år.",
        lambda f: (f.ground("id") == 0, f"ID {f.ground('id')}"),
    ),
    _o(
        "rang",
        "Annet-kategorien var den tredje største med {{< var grounds.annet.count >}} klager, "
        "samme antall som i fjor.",
        lambda f: _all(
            (
                sorted(f.grounds().values(), reverse=True)[2] == f.ground("annet"),
                listing(f.grounds()),
            ),
            _same(f.ground("annet"), f.ground("annet", 2018), "annet 2019 og 2018"),
        ),
    ),
    # ------------------------------------------------------------- Oslo 2019: the years
    _o(
        "sammenligning",
        "Klagetallet i {{< var year.current >}} er mer enn dobbelt så høyt som i bunnåret "
        "2015, jf. tabell 4.",
        lambda f: _all(
            (
                f.received() > 2 * f.received(2015),
                f"mottatt 2015 {f.received(2015)}, 2019 {f.received()}",
            ),
            (
                f.decided() > 2 * f.decided(2015),
                f"avsluttet 2015 {f.decided(2015)}, 2019 {f.decided()}",
            ),
            _min_year(f.received_series(), 2015, "mottatt"),
        ),
    ),
    _o(
        "retning",
        "Det er første gang siden 2017 at klagetallet øker.",
        lambda f: (
            lambda s: (
                s[2017] > s[2016] and s[2018] <= s[2017] and s[2019] > s[2018],
                "mottatt: " + listing({y: s[y] for y in (2016, 2017, 2018, 2019)}),
            )
        )(f.received_series()),
    ),
    _o(
        "retning",
        "Klagetallet har økt hvert år de siste fem årene.",
        lambda f: _rising(f.received_series(), 2014, 2019, "mottatt"),
    ),
    _o(
        "rang",
        "Antall avsluttede klager var det høyeste siden statistikken startet i {{< var "
        "decided.first_year >}}.",
        lambda f: _max_year(f.decided_series(), 2019, "avsluttet"),
    ),
    _o(
        "retning",
        "Også i {{< var year.minus1 >}} økte antallet avsluttede saker, og i år fortsatte veksten.",
        lambda f: _all(
            change("avsluttet 2017–2018", f.decided(2017), f.decided(2018), "up"),
            change("avsluttet 2018–2019", f.decided(2018), f.decided(), "up"),
        ),
    ),
    _o(
        "tall",
        "I 2011 ble det avsluttet færre enn 90 klager, og det samme skjedde i 2015, jf. tabell 4.",
        lambda f: (
            f.decided(2011) < 90 and f.decided(2015) < 90,
            f"avsluttet 2011 {f.decided(2011)}, 2015 {f.decided(2015)}",
        ),
    ),
    _o(
        "rang",
        "Det laveste antallet innkomne klager i hele perioden var i 2011.",
        lambda f: _min_year(f.received_series(), 2011, "mottatt"),
    ),
    _o(
        "fra-til",
        "Fra 2016 til 2017 økte antallet innkomne klager kraftig, fra 124 til 175.",
        lambda f: _all(
            _is(f.received(2016), 124, "mottatt 2016"), _is(f.received(2017), 175, "mottatt 2017")
        ),
    ),
    # ------------------------------------------------------ Oslo 2019: placeholders, typed numbers
    _o(
        "tall",
        "Av de {{< var received.total >}} klagene gjaldt 93 saksbehandling og service.",
        lambda f: _is(f.ground("saksbehandling"), 93, "saksbehandling"),
    ),
    _o(
        "tall",
        "Av de {{< var received.total >}} klagene gjaldt 75 saksbehandling og service.",
        lambda f: _is(f.ground("saksbehandling"), 75, "saksbehandling (75 er adferd)"),
    ),
    _o(
        "nivå",
        "Av de {{< var received.minus1 >}} klagene vi mottok i {{< var year.current >}}, ble "
        "26 avgjort med grunnlag for kritikk.",
        lambda f: _all(
            _same(f.received(), f.received(2018), "mottatt 2019 mot plassholderen (2018)"),
            _is(f.decision("kritikk"), 26, "kritikk"),
        ),
    ),
    _o(
        "fra-til",
        "Klageantallet steg med drøyt 20 prosent, mens avslagsandelen – saker som endte med "
        "ikke grunnlag for kritikk – gikk fra 44 til 39 prosent, jf. tabellen over "
        "avgjørelsene.",
        lambda f: _all(
            fraction(f.received() / f.received(2018) - 1, 0.2, "endring", SHARE_HEDGED, "over"),
            _percent(f.decision_share("ikke_grunnlag", 2018), 44, "ikke grunnlag 2018"),
            _percent(f.decision_share("ikke_grunnlag"), 39, "ikke grunnlag 2019"),
        ),
    ),
    _o(
        "fra-til",
        "Klageantallet steg med drøyt 20 prosent, mens avslagsandelen økte fra 44 til 39 prosent.",
        lambda f: _pchange(
            "andel ikke grunnlag",
            f.decision_share("ikke_grunnlag", 2018),
            f.decision_share("ikke_grunnlag"),
            "up",
        ),
    ),
    _o(
        "retning",
        "Samtidig som klageantallet økte, ble saksbehandlingstiden kortere: snittet falt med "
        "2,2 dager til {{< var handling_days.mean >}}, og andelen besvart innen fristen holdt "
        "seg på om lag 88 prosent.",
        lambda f: _all(
            change("mottatt", f.received(2018), f.received(), "up"),
            _is(round(f.mean_days(2018), 1) - round(f.mean_days(), 1), 2.2, "fall i snitt"),
            fraction(f.within_deadline(), 0.88, "innen fristen 2019", SHARE_HEDGED),
            fraction(f.within_deadline(2018), 0.88, "innen fristen 2018", SHARE_HEDGED),
        ),
    ),
    _o(
        "likhet",
        "Til tross for flere klager holdt saksbehandlingstiden seg omtrent uendret på rundt "
        "19 dager i snitt.",
        lambda f: _all(
            _about_same(f.mean_days(), f.mean_days(2018), "snitt"),
            _near(f.mean_days(), 19, "snitt"),
        ),
    ),
    _o(
        "andel",
        "Pass var enheten med flest klager, og passkontoret sto alene for om lag en femtedel "
        "av alle klagene.",
        lambda f: _all(
            first(f.units(), "Pass"),
            fraction(f.unit("Pass") / f.received(), 0.2, "Pass", FRACTION_HEDGED),
        ),
    ),
    _o(
        "andel",
        "Passkontoret sto for om lag en tredjedel av klagene i år.",
        lambda f: fraction(f.unit("Pass") / f.received(), 1 / 3, "Pass", FRACTION_HEDGED),
    ),
    _o(
        "nivå",
        "I 2017 fikk passkontoret {{< var units.pass.minus1 >}} klager, de fleste fra "
        "publikum i Asker og Bærum.",
        lambda f: _same(
            f.unit("Pass", 2017), f.unit("Pass", 2018), "Pass 2017 mot plassholderen (2018)"
        ),
    ),
    _o(
        "retning",
        "Sentralbordet og operasjonssentralen fikk noe færre klager enn i fjor, etter at "
        "ventetiden på 02800 ble kortere.",
        lambda f: change(
            "sentralbord",
            f.unit("Sentralbord og operasjonssentral", 2018),
            f.unit("Sentralbord og operasjonssentral"),
            "down",
        ),
    ),
    _o(
        "sammenligning",
        "Etterforskning fikk flere klager enn Grønland politistasjon i år.",
        lambda f: _more(
            f.unit("Etterforskning"),
            f.unit("Grønland politistasjon"),
            "Etterforskning mot Grønland",
        ),
    ),
    _o(
        "retning",
        "Stovner politistasjon har hatt en jevn økning de siste tre årene, fra 7 via 10 til "
        "12 klager.",
        lambda f: _all(
            _is(f.unit("Stovner politistasjon", 2017), 7, "Stovner 2017"),
            _is(f.unit("Stovner politistasjon", 2018), 10, "Stovner 2018"),
            _is(f.unit("Stovner politistasjon"), 12, "Stovner 2019"),
        ),
    ),
    _o(
        "likhet",
        "Våpenforvaltningen fikk {{< var units.vapen.count >}} klager, det samme som året før.",
        lambda f: _same(f.unit("Våpen"), f.unit("Våpen", 2018), "Våpen 2019 og 2018"),
    ),
    _o(
        "sted",
        "I Vest politidistrikt ble det mottatt {{< var received.total >}} klager i {{< var "
        "year.current >}}, flere enn noen gang.",
        lambda f: _same(
            Facts("Vest", 2019).received(), f.received(), "Vest 2019 mot plassholderen (Oslo)"
        ),
    ),
    _o(
        "sted",
        "Asker og Bærum politistasjon i Sandvika, som kom inn i distriktet ved "
        "sammenslåingen, fikk {{< var units.asker_og_baerum_politistasjon.count >}} klager.",
        lambda f: town_in("Sandvika", "Oslo"),
    ),
    _o(
        "andel",
        "Antallet klager i Oslo økte med om lag 30 prosent fra i fjor.",
        lambda f: fraction(f.received() / f.received(2018) - 1, 0.3, "endring", SHARE_HEDGED),
    ),
    _o(
        "sammenligning",
        "Økningen i antall avsluttede saker var på {{< var decided.change >}}, omtrent som "
        "økningen i saksbehandlingstiden.",
        lambda f: change("snitt", f.mean_days(2018), f.mean_days(), "up"),
    ),
    _o(
        "likhet",
        "Både mottatte og avsluttede klager økte med {{< var received.change >}}.",
        lambda f: (
            round(f.received() / f.received(2018) - 1, 4)
            == round(f.decided() / f.decided(2018) - 1, 4)
            and f.received() > f.received(2018),
            f"mottatt {f.received(2018)} til {f.received()}, "
            f"avsluttet {f.decided(2018)} til {f.decided()}",
        ),
    ),
    _o(
        "sammenligning",
        "Det ble avsluttet flere saker enn det kom inn i {{< var year.current >}}.",
        lambda f: _more(f.decided(), f.received(), "avsluttet mot mottatt"),
    ),
    _o(
        "rang",
        "Flest klager kom inn i juli og august, mens pågangen var lavest i desember.",
        lambda f: _all(
            _month_top(f, {7, 8}),
            (min(_months(f).values()) == f.received_in_month(12), "desember lavest"),
        ),
    ),
    _o(
        "rang",
        "Pågangen var størst i mai, da mange søkte om pass før sommerferien.",
        lambda f: _month_top(f, {5}),
    ),
    _o(
        "andel",
        "Andelen besvart innen fristen på {{< var handling_days.within_deadline >}} er den "
        "høyeste siden klagestatistikken startet.",
        lambda f: _max_year(_within_series(f), 2019, "innen fristen", p),
    ),
    _o(
        "sammenligning",
        "Andelen besvart innen fristen var høyere i 2015 enn i år.",
        lambda f: (
            f.within_deadline(2015) > f.within_deadline(),
            f"innen fristen 2015 {p(f.within_deadline(2015))}, 2019 {p(f.within_deadline())}",
        ),
    ),
    _o(
        "nivå",
        "Klager om adferd økte fra {{< var year.minus1 >}} til {{< var grounds.adferd.count "
        ">}} saker, og adferd sto dermed for {{< var grounds.saksbehandling.share >}} av "
        "klagene.",
        lambda f: _all(
            change("adferd", f.ground("adferd", 2018), f.ground("adferd"), "up"),
            (
                f.ground_share("adferd") == f.ground_share("saksbehandling"),
                f"andel adferd {p(f.ground_share('adferd'))}, plassholderen (saksbehandling) "
                f"{p(f.ground_share('saksbehandling'))}",
            ),
        ),
    ),
    _o(
        "nivå",
        "Klager om adferd økte fra {{< var year.minus1 >}} til {{< var grounds.adferd.count "
        ">}} saker, {{< var grounds.adferd.share >}} av klagene.",
        lambda f: change("adferd", f.ground("adferd", 2018), f.ground("adferd"), "up"),
    ),
    _o(
        "negasjon",
        "Antallet saker med grunnlag for kritikk har ikke økt fra i fjor.",
        lambda f: (
            f.decision("kritikk") <= f.decision("kritikk", 2018),
            f"kritikk {f.decision('kritikk', 2018)} til {f.decision('kritikk')}",
        ),
    ),
    _o(
        "negasjon",
        "Klageantallet har ikke falt, tvert imot: vi mottok {{< var received.total >}} klager "
        "mot {{< var received.minus1 >}} i {{< var year.minus1 >}}.",
        lambda f: (
            f.received() >= f.received(2018),
            f"mottatt {f.received(2018)} til {f.received()}",
        ),
    ),
    _o(
        "negasjon",
        "Verken Trafikk eller Majorstuen politistasjon fikk flere klager enn i fjor.",
        lambda f: (
            f.unit("Trafikk") <= f.unit("Trafikk", 2018)
            and f.unit("Majorstuen politistasjon") <= f.unit("Majorstuen politistasjon", 2018),
            f"Trafikk {f.unit('Trafikk', 2018)} til {f.unit('Trafikk')}, Majorstuen "
            f"{f.unit('Majorstuen politistasjon', 2018)} til {f.unit('Majorstuen politistasjon')}",
        ),
    ),
    _o(
        "negasjon",
        "Verken Grønland eller Stovner politistasjon fikk flere klager enn i fjor.",
        lambda f: (
            f.unit("Grønland politistasjon") <= f.unit("Grønland politistasjon", 2018)
            and f.unit("Stovner politistasjon") <= f.unit("Stovner politistasjon", 2018),
            f"Grønland {f.unit('Grønland politistasjon', 2018)} til "
            f"{f.unit('Grønland politistasjon')}, "
            f"Stovner {f.unit('Stovner politistasjon', 2018)} til "
            f"{f.unit('Stovner politistasjon')}",
        ),
    ),
    _o(
        "tall",
        "Også i år var det uheldig-sakene som økte mest av avgjørelsene, med 30 flere enn i fjor.",
        lambda f: (
            lambda now, before: (
                max(now, key=now.get) == "uheldig" == max(before, key=before.get)
                and now["uheldig"] == 30,
                "endring 2019: " + listing(now) + "; endring 2018: " + listing(before),
            )
        )(
            {k: f.decision(k) - f.decision(k, 2018) for k in f.decisions()},
            {k: f.decision(k, 2018) - f.decision(k, 2017) for k in f.decisions()},
        ),
    ),
    _o(
        "tall",
        "Uheldig-sakene økte mest av avgjørelsene, med 30 flere enn i fjor, mens kritikk økte "
        "med fem.",
        lambda f: (
            lambda d: (
                max(d, key=d.get) == "uheldig" and d["uheldig"] == 30 and d["kritikk"] == 5,
                "endring: " + listing(d),
            )
        )({k: f.decision(k) - f.decision(k, 2018) for k in f.decisions()}),
    ),
    # ------------------------------------------------------------- Oslo 2019: prose without figures
    _o(
        "ingen",
        "Klagebehandlingen er samlet i staben, og hver klager får et skriftlig og begrunnet svar.",
        lambda f: (True, "ingen tallpåstand"),
    ),
    _o(
        "ingen",
        "Vi legger vekt på å forklare hvorfor politiet handlet som det gjorde, også når "
        "klagen ikke fører frem.",
        lambda f: (True, "ingen tallpåstand"),
    ),
    _o(
        "ingen",
        "Erfaringene fra klagesakene brukes aktivt i opplæringen av nye medarbeidere på "
        "Grønland og Stovner.",
        lambda f: (True, "ingen tallpåstand; Grønland og Stovner ligger i Oslo"),
    ),
    _o(
        "ingen",
        "Tabellen over saksbehandlingstid viser fordelingen av sakene etter hvor lang tid de "
        "tok, og figuren under viser den samme fordelingen for året før.",
        lambda f: (True, "ingen tallpåstand; viser til rapportens tabell og figur"),
    ),
    # ------------------------------------------------------------- Innlandet 2018
    _i(
        "andel",
        "Innlandet politidistrikt mottok {{< var received.total >}} klager i {{< var "
        "year.current >}}, en økning på om lag en fjerdedel fra året før.",
        lambda f: fraction(f.received() / f.received(2017) - 1, 0.25, "endring", FRACTION_HEDGED),
    ),
    _i(
        "fra-til",
        "Klageantallet økte for andre år på rad, fra 40 i 2016 via 57 i 2017 til 71 i år.",
        lambda f: _all(
            _is(f.received(2016), 40, "mottatt 2016"),
            _is(f.received(2017), 57, "mottatt 2017"),
            _is(f.received(), 71, "mottatt 2018"),
        ),
    ),
    _i(
        "retning",
        "Den gjennomsnittlige saksbehandlingstiden ble nesten halvert, fra 34,3 til 19,1 dager.",
        lambda f: _all(
            _is(f.mean_days(2017), 34.3, "snitt 2017"),
            _is(f.mean_days(), 19.1, "snitt 2018"),
            (
                0.5 < f.mean_days() / f.mean_days(2017) <= 0.5 * (1 + FACTOR),
                f"faktor {n(f.mean_days() / f.mean_days(2017))}; "
                "«nesten halvert» er over 1/2, innen 15 %",
            ),
        ),
    ),
    _i(
        "andel",
        "Også medianen falt kraftig, til under halvparten av fjorårets 32 dager.",
        lambda f: _all(
            _is(f.median_days(2017), 32, "median 2017"),
            (
                f.median_days() < f.median_days(2017) / 2,
                f"median {n(f.median_days(2017))} til {n(f.median_days())}",
            ),
        ),
    ),
    _i(
        "fra-til",
        "Andelen besvart innen fristen steg markert, fra 42 til 79 prosent.",
        lambda f: _all(
            _percent(f.within_deadline(2017), 42, "innen fristen 2017"),
            _percent(f.within_deadline(), 79, "innen fristen 2018"),
        ),
    ),
    _i(
        "andel",
        "Likevel ble bare to av tre klager besvart innen fristen.",
        lambda f: fraction(f.within_deadline(), 2 / 3, "innen fristen"),
    ),
    _i(
        "andel",
        "Fortsatt ble om lag hver femte klage ikke besvart innen 28 dager.",
        lambda f: fraction(f.share_over(28), 0.2, "over fristen", FRACTION_HEDGED),
    ),
    _i(
        "sted",
        "Klagesakene behandles samlet i staben på Hamar, som i år besvarte {{< var "
        "handling_days.within_deadline >}} av klagene innen fristen.",
        lambda f: town_in("Hamar", "Innlandet"),
    ),
    _i(
        "sted",
        "Politiet i Trondheim mottok {{< var received.total >}} klager i {{< var year.current "
        ">}}, mot {{< var received.minus1 >}} året før.",
        lambda f: town_in("Trondheim", "Innlandet"),
    ),
    _i(
        "rang",
        "Uheldig var som i fjor den vanligste avgjørelsen.",
        lambda f: _all(first(f.decisions(2017), "uheldig"), first(f.decisions(), "uheldig")),
    ),
    _i(
        "rang",
        "I fjor var uheldig den vanligste avgjørelsen, men i år gikk ikke grunnlag for "
        "kritikk forbi.",
        lambda f: _all(first(f.decisions(2017), "uheldig"), first(f.decisions(), "ikke_grunnlag")),
    ),
    _i(
        "fra-til",
        "Antall saker med grunnlag for kritikk økte fra {{< var decisions.kritikk.minus1 >}} "
        "til {{< var decisions.kritikk.count >}}.",
        lambda f: change("kritikk", f.decision("kritikk", 2017), f.decision("kritikk"), "up"),
    ),
    _i(
        "likhet",
        "Antall saker med grunnlag for kritikk var uendret på seks, men kritikkandelen falt "
        "fordi klageantallet økte.",
        lambda f: _all(
            _same(f.decision("kritikk"), f.decision("kritikk", 2017), "kritikk 2018 og 2017"),
            _is(f.decision("kritikk"), 6, "kritikk"),
            _pchange(
                "andel kritikk",
                f.decision_share("kritikk", 2017),
                f.decision_share("kritikk"),
                "down",
            ),
        ),
    ),
    _i(
        "andel",
        "Andelen med grunnlag for kritikk var over ti prosent.",
        lambda f: fraction(f.decision_share("kritikk"), 0.1, "kritikk", how="above"),
    ),
    _i(
        "andel",
        "Adferd var det vanligste klagegrunnlaget med {{< var grounds.adferd.count >}} "
        "klager, drøyt 40 prosent.",
        lambda f: _all(
            first(f.grounds(), "adferd"),
            fraction(f.ground_share("adferd"), 0.4, "adferd", SHARE_HEDGED, "over"),
        ),
    ),
    _i(
        "rang",
        "Saksbehandling var som i fjor det største klagegrunnlaget.",
        lambda f: _all(
            first(f.grounds(2017), "saksbehandling"), first(f.grounds(), "saksbehandling")
        ),
    ),
    _i(
        "retning",
        "Klager om etnisk diskriminering økte fra i fjor, både blant de mottatte og de "
        "avsluttede sakene.",
        lambda f: _all(
            change("etnisk mottatt", f.ethnic_received(2017), f.ethnic_received(), "up"),
            change("etnisk avsluttet", f.ethnic_decided(2017), f.ethnic_decided(), "up"),
        ),
    ),
    _i(
        "alle",
        "Alle klagene mottatt i {{< var year.current >}} var avsluttet innen utgangen av "
        "januar {{< var year.next >}}.",
        lambda f: (
            f.open() == 0
            and f.all_decided_by() is not None
            and f.all_decided_by().isoformat() <= "2019-01-31",
            f"siste avsluttet {f.all_decided_by()}",
        ),
    ),
    _i(
        "alle",
        "Ved årsskiftet var ingen av årets klager under behandling.",
        lambda f: (f.open_at_year_end() == 0, f"åpne 31. desember: {f.open_at_year_end()}"),
    ),
    _i(
        "tall",
        "Saksbehandlingstiden i snitt ble redusert med mer enn 15 dager fra året før.",
        lambda f: (
            f.mean_days(2017) - f.mean_days() > 15,
            f"snitt {n(f.mean_days(2017))} til {n(f.mean_days())}",
        ),
    ),
    _i(
        "tall",
        "Gjennomsnittlig saksbehandlingstid var 17 dager, klart innenfor fristen på fire uker.",
        lambda f: _is(f.mean_days(), 17, "snitt (17 er medianen)"),
    ),
    _i(
        "tall",
        "Medianen lå på 17 dager, vel to dager under gjennomsnittet.",
        lambda f: _all(
            _is(f.median_days(), 17, "median"),
            hedged_days(f.mean_days() - f.median_days(), 2, "snitt minus median", "over"),
        ),
    ),
    _i(
        "likhet",
        "Det ble avsluttet {{< var decided.total >}} saker i {{< var year.current >}}, like "
        "mange som det kom inn.",
        lambda f: _same(f.decided(), f.received(), "avsluttet og mottatt"),
    ),
    _i(
        "tall",
        "Det ble avsluttet {{< var decided.total >}} saker, én mer enn det kom inn.",
        lambda f: _is(f.decided() - f.received(), 1, "avsluttet minus mottatt"),
    ),
    _i(
        "retning",
        "Avviste klager utgjorde {{< var decisions.avvist.share >}}, en nedgang fra i fjor.",
        lambda f: _pchange(
            "andel avvist", f.decision_share("avvist", 2017), f.decision_share("avvist"), "down"
        ),
    ),
    _i(
        "retning",
        "Klager om maktmisbruk gikk ned fra {{< var year.minus1 >}}.",
        lambda f: change(
            "maktmisbruk", f.ground("maktmisbruk", 2017), f.ground("maktmisbruk"), "down"
        ),
    ),
    _i(
        "sammenligning",
        "Klageantallet i Innlandet har nesten doblet seg siden 2016.",
        lambda f: _all(
            _under_factor(f.received(), f.received(2016), 2, "mottatt 2018 mot 2016"),
            _under_factor(f.decided(), f.decided(2016), 2, "avsluttet 2018 mot 2016"),
        ),
    ),
    _i(
        "sammenligning",
        "Klageantallet har mer enn doblet seg siden 2016.",
        lambda f: _all(
            (
                f.received() > 2 * f.received(2016),
                f"mottatt 2016 {f.received(2016)}, 2018 {f.received()}",
            ),
            (
                f.decided() > 2 * f.decided(2016),
                f"avsluttet 2016 {f.decided(2016)}, 2018 {f.decided()}",
            ),
        ),
    ),
    _i(
        "ingen",
        "Distriktet dekker store avstander, fra Lillehammer og Gjøvik til grensen mot "
        "Sverige, og klagene kommer fra hele regionen.",
        lambda f: _all(town_in("Lillehammer", "Innlandet"), town_in("Gjøvik", "Innlandet")),
    ),
    _i(
        "rang",
        "Det høyeste antallet klager kom i 2017, da distriktet ennå var nytt.",
        lambda f: _max_year(f.received_series(), 2017, "mottatt"),
    ),
    _i(
        "andel",
        "Saker med grunnlag for kritikk utgjorde hver åttende sak, som i fjor.",
        lambda f: _all(
            fraction(f.decision_share("kritikk"), 1 / 8, "kritikk 2018"),
            fraction(f.decision_share("kritikk", 2017), 1 / 8, "kritikk 2017"),
        ),
    ),
    _i(
        "andel",
        "Halvparten av klagene i Innlandet fikk svar på under to uker.",
        lambda f: (
            f.median_days() < 14,
            f"median {n(f.median_days())} dager (halvparten ved medianen); to uker er 14",
        ),
    ),
    _i(
        "andel",
        "Klager om adferd og saksbehandling utgjorde til sammen {{< var "
        "grounds.adferd_saksbehandling.share >}}, altså mer enn fire av fem klager.",
        lambda f: fraction(
            f.ground_share("adferd") + f.ground_share("saksbehandling"),
            0.8,
            "adferd og saksbehandling",
            how="above",
        ),
    ),
    _i(
        "nivå",
        "I {{< var year.minus1 >}} mottok distriktet {{< var received.total >}} klager, og i "
        "år kom det enda flere.",
        lambda f: _same(f.received(2017), f.received(), "mottatt 2017 mot plassholderen (2018)"),
    ),
    _i(
        "sammenligning",
        "Saksbehandling var et mindre vanlig klagegrunnlag enn adferd i år, mens det i fjor "
        "var omvendt.",
        lambda f: _all(
            _more(f.ground("adferd"), f.ground("saksbehandling"), "2018 adferd mot saksbehandling"),
            _more(
                f.ground("saksbehandling", 2017),
                f.ground("adferd", 2017),
                "2017 saksbehandling mot adferd",
            ),
        ),
    ),
    _i(
        "likhet",
        "Uheldig-andelen var omtrent uendret fra i fjor.",
        lambda f: _share_same(
            f.decision_share("uheldig"), f.decision_share("uheldig", 2017), "andel uheldig"
        ),
    ),
]


labelled, main = part_functions(PART, SENTENCES)


if __name__ == "__main__":
    sys.exit(main())
