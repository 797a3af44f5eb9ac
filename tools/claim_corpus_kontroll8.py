"""The claim corpus's part `kontroll8`: each sentence with the code that labels it.

Written on 7 December 2026 (issue 21, task H10) from an outside adversary's trial: the false
sentences a newcomer's Agder 2021/2022 commentary got through `check` and `build --endelig`
(quantifiers «alle», «samtlige», «ingen av», «ikke … noen»; a streak «for tredje år på rad»;
a ratio «dobbelt så mange»; a comparison of two categories «vanligere enn»; a handling time
«under en måned»; vague counts «en enkelt», «et par»), close variants of each, and true
sentences of the same shapes. Labelled like kontroll6 (tools/claim_corpus_kontroll6.py): by a
function over `tools.claim_facts` (the case files read with pandas, none of klagerapport's
code). Committed before the rules were fixed for it, and measured at first contact
(benchmarks/README.md).

    .venv/bin/python -m tools.claim_corpus_kontroll8            # the labels and reasons
"""

from __future__ import annotations

import sys

from tools.claim_corpus_kontroll6 import (
    Sentence,
    change,
    part_functions,
    sentences_about,
)
from tools.claim_facts import Facts
from tools.claim_readings import FACTOR, falling, listing, n, p, rising, within_relative

PART = "kontroll8"
A21 = "agder-2021"
A22 = "agder-2022"
MONTH = 30  # «en måned» read as 30 days (a month is 28 to 31: 30 is the reading in between)
WEEK = 7


_a, _b = map(sentences_about, (A21, A22))


def _discrimination(f: Facts) -> int:
    return f.ethnic_received() + f.other_received()


def _streak(f: Facts, years: int, up: bool) -> tuple[bool, str]:
    """«for N. år på rad»: the last `years` changes of the received series all one way."""
    counts = [f.received(y) for y in range(f.year - years, f.year + 1)]
    ok = rising(counts) if up else falling(counts)
    return ok, "mottatt: " + ", ".join(str(c) for c in counts)


def _ratio(f: Facts, factor: float) -> tuple[bool, str]:
    """«dobbelt så mange klager som i fjor»: this year's received against last year's, within
    claim_readings.FACTOR of the factor."""
    before, now = f.received(f.year - 1), f.received()
    ok = within_relative(now / before, factor, FACTOR)
    return ok, f"mottatt {before} til {now} (faktor {n(now / before)})"


SENTENCES: list[Sentence] = [
    # ------------------------------------------------------------------ the trial's sentences
    _a("alle", "Alle klagene ble besvart innen fristen.",
       lambda f: (f.within_deadline() == 1, f"innen fristen {p(f.within_deadline())}")),
    _a("alle", "Ingen av klagene ble besvart etter fristen.",
       lambda f: (f.within_deadline() == 1, f"innen fristen {p(f.within_deadline())}")),
    _a("alle", "Samtlige klager gjaldt adferd.",
       lambda f: (f.ground_share("adferd") == 1, f"adferd {p(f.ground_share('adferd'))}")),
    _a("nivå", "Saksbehandlingstiden var under en måned.",
       lambda f: (f.mean_days() < MONTH and f.median_days() < MONTH,
                  f"gjennomsnitt {n(f.mean_days())}, median {n(f.median_days())} dager")),
    _a("retning", "Klagene økte for tredje år på rad.", lambda f: _streak(f, 3, up=True)),
    _a("negasjon", "Det ble ikke mottatt noen klager om diskriminering.",
       lambda f: (_discrimination(f) == 0, f"diskriminering mottatt {_discrimination(f)}")),
    _a("retning", "Vi fikk dobbelt så mange klager som i fjor.", lambda f: _ratio(f, 2)),
    _a("sammenligning", "Klager om saksbehandling var vanligere enn klager om adferd.",
       lambda f: (f.ground("saksbehandling") > f.ground("adferd"),
                  f"saksbehandling {f.ground('saksbehandling')}, adferd {f.ground('adferd')}")),
    _b("tall", "Bare en enkelt klage gjaldt kritikk i år.",
       lambda f: (f.decision("kritikk") == 1, f"kritikk {f.decision('kritikk')}")),
    _b("tall", "Et par klager gjaldt annen diskriminering.",
       lambda f: (f.other_received() == 2, f"annen mottatt {f.other_received()}")),
    # ------------------------------------------------------------------ variants, Agder 2021
    _a("alle", "Samtlige klager ble besvart innen fristen.",
       lambda f: (f.within_deadline() == 1, f"innen fristen {p(f.within_deadline())}")),
    _a("alle", "Alle sakene ble avgjort innen fristen på fire uker.",
       lambda f: (f.within_deadline() == 1, f"innen fristen {p(f.within_deadline())}")),
    _a("alle", "Ingen klager ble besvart innen fristen.",
       lambda f: (f.within_deadline() == 0, f"innen fristen {p(f.within_deadline())}")),
    _a("alle", "Alle klagene gjaldt saksbehandling.",
       lambda f: (f.ground_share("saksbehandling") == 1,
                  f"saksbehandling {p(f.ground_share('saksbehandling'))}")),
    _a("alle", "Ingen av klagene gjaldt adferd.",
       lambda f: (f.ground("adferd") == 0, f"adferd {f.ground('adferd')}")),
    _a("alle", "Samtlige saker ble avgjort som uheldig.",
       lambda f: (f.decision_share("uheldig") == 1, f"uheldig {p(f.decision_share('uheldig'))}")),
    _a("negasjon", "Vi mottok ikke noen klager om etnisk diskriminering.",
       lambda f: (f.ethnic_received() == 0, f"etnisk mottatt {f.ethnic_received()}")),
    _a("negasjon", "Det kom ikke inn noen klager om adferd i år.",
       lambda f: (f.ground("adferd") == 0, f"adferd {f.ground('adferd')}")),
    _a("negasjon", "Ingen av sakene ble avgjort som grunnlag for kritikk.",
       lambda f: (f.decision("kritikk") == 0, f"kritikk {f.decision('kritikk')}")),
    _a("retning", "Antall klager økte for andre år på rad.", lambda f: _streak(f, 2, up=True)),
    _a("retning", "Antall klager gikk ned for andre år på rad.",
       lambda f: _streak(f, 2, up=False)),
    _a("retning", "Klagene falt for tredje år på rad.", lambda f: _streak(f, 3, up=False)),
    _a("retning", "Vi fikk halvparten så mange klager som i fjor.", lambda f: _ratio(f, 0.5)),
    _a("retning", "Antall klager var dobbelt så høyt som året før.", lambda f: _ratio(f, 2)),
    _a("retning", "Vi fikk omtrent like mange klager som i fjor.",
       lambda f: (abs(f.received() - f.received(2020)) <= 0.1 * max(f.received(),
                                                                     f.received(2020)),
                  f"mottatt {f.received(2020)} til {f.received()}")),
    _a("sammenligning", "Klager om adferd var vanligere enn klager om saksbehandling.",
       lambda f: (f.ground("adferd") > f.ground("saksbehandling"),
                  f"adferd {f.ground('adferd')}, saksbehandling {f.ground('saksbehandling')}")),
    _a("sammenligning", "Klager om adferd var sjeldnere enn klager om saksbehandling.",
       lambda f: (f.ground("adferd") < f.ground("saksbehandling"),
                  f"adferd {f.ground('adferd')}, saksbehandling {f.ground('saksbehandling')}")),
    _a("sammenligning", "Klager om saksbehandling var sjeldnere enn klager om adferd.",
       lambda f: (f.ground("saksbehandling") < f.ground("adferd"),
                  f"saksbehandling {f.ground('saksbehandling')}, adferd {f.ground('adferd')}")),
    _a("nivå", "Saksbehandlingstiden var over en måned.",
       lambda f: (f.mean_days() > MONTH and f.median_days() > MONTH,
                  f"gjennomsnitt {n(f.mean_days())}, median {n(f.median_days())} dager")),
    _a("nivå", "Gjennomsnittlig saksbehandlingstid var under en uke.",
       lambda f: (f.mean_days() < WEEK, f"gjennomsnitt {n(f.mean_days())} dager")),
    _a("nivå", "Gjennomsnittlig saksbehandlingstid var over en uke.",
       lambda f: (f.mean_days() > WEEK, f"gjennomsnitt {n(f.mean_days())} dager")),
    _a("nivå", "Gjennomsnittlig saksbehandlingstid var over en måned.",
       lambda f: (f.mean_days() > MONTH, f"gjennomsnitt {n(f.mean_days())} dager")),
    _a("tall", "Bare en enkelt klage gjaldt grunnlag for kritikk.",
       lambda f: (f.decision("kritikk") == 1, f"kritikk {f.decision('kritikk')}")),
    _a("tall", "Et par klager gjaldt annen diskriminering i år.",
       lambda f: (f.other_received() == 2, f"annen mottatt {f.other_received()}")),
    _a("alle", "Samtlige klager fra {{< var year.current >}} var ferdigbehandlet ved årsskiftet.",
       lambda f: (f.all_decided_by() is not None and str(f.all_decided_by()) <= "2021-12-31",
                  f"alle avsluttet {f.all_decided_by()}")),
    _a("andel", "Rundt halvparten av klagene ble besvart innen fristen.",
       lambda f: (abs(f.within_deadline() - 0.5) <= 0.05,
                  f"innen fristen {p(f.within_deadline())}")),
    _a("retning", "Antall innkomne klager økte fra året før.",
       lambda f: change("mottatt", f.received(2020), f.received(), "up")),
    _a("alle", "Ikke alle klagene ble besvart innen fristen.",
       lambda f: (f.within_deadline() < 1, f"innen fristen {p(f.within_deadline())}")),
    _a("retning", "Klagene økte ikke for tredje år på rad.",
       lambda f: (not _streak(f, 3, up=True)[0], _streak(f, 3, up=True)[1])),
    _a("retning", "Vi fikk ikke dobbelt så mange klager som i fjor.",
       lambda f: (not _ratio(f, 2)[0], _ratio(f, 2)[1])),
    _a("nivå", "Medianen for saksbehandlingstiden var under en måned.",
       lambda f: (f.median_days() < MONTH, f"median {n(f.median_days())} dager")),
    _a("alle", "Alle klagene fra {{< var year.current >}} er nå ferdigbehandlet.",
       lambda f: (f.open() == 0, f"åpne {f.open()}")),
    # ------------------------------------------------------------------ Agder 2022
    _b("negasjon", "Ingen av sakene ble overført.",
       lambda f: (f.decision("overfort") == 0, f"overført {f.decision('overfort')}")),
    _b("alle", "Ingen av klagene ble besvart etter fristen i år.",
       lambda f: (f.within_deadline() == 1, f"innen fristen {p(f.within_deadline())}")),
    _b("alle", "Samtlige klager i år gjaldt adferd.",
       lambda f: (f.ground_share("adferd") == 1, f"adferd {p(f.ground_share('adferd'))}")),
    _b("negasjon", "Det ble ikke mottatt noen klager om diskriminering i "
                    "{{< var year.current >}}.",
       lambda f: (_discrimination(f) == 0, f"diskriminering mottatt {_discrimination(f)}")),
    _b("retning", "Vi fikk dobbelt så mange klager i år som i fjor.", lambda f: _ratio(f, 2)),
    _b("sammenligning", "I år var klager om saksbehandling vanligere enn klager om adferd.",
       lambda f: (f.ground("saksbehandling") > f.ground("adferd"),
                  f"saksbehandling {f.ground('saksbehandling')}, adferd {f.ground('adferd')}")),
    _b("retning", "Klagene økte for tredje år på rad i {{< var year.current >}}.",
       lambda f: _streak(f, 3, up=True)),
    _b("nivå", "Saksbehandlingstiden var under en måned i år.",
       lambda f: (f.mean_days() < MONTH and f.median_days() < MONTH,
                  f"gjennomsnitt {n(f.mean_days())}, median {n(f.median_days())} dager")),
    _b("tall", "Færre enn tre saker ble overført.",
       lambda f: (f.decision("overfort") < 3, f"overført {f.decision('overfort')}")),
    _b("tall", "Færre enn tre saker ble avvist.",
       lambda f: (f.decision("avvist") < 3, f"avvist {f.decision('avvist')}")),
    _b("retning", "Antall klager økte med 20 prosent.",
       lambda f: (abs(f.received() / f.received(2021) - 1.2) <= 0.02,
                  f"mottatt {f.received(2021)} til {f.received()} "
                  f"({n(100 * (f.received() / f.received(2021) - 1))} %)")),
    _b("alle", "Alle klagene ble besvart innen fristen i år.",
       lambda f: (f.within_deadline() == 1, f"innen fristen {p(f.within_deadline())}")),
    _b("rang", "Adferd var det vanligste grunnlaget for klager i år.",
       lambda f: (max(f.grounds().values()) == f.ground("adferd"),
                  f"grunnlag: {listing(f.grounds())}")),
]  # fmt: skip


labelled, main = part_functions(PART, SENTENCES)


if __name__ == "__main__":
    sys.exit(main())
