"""The claim corpus's part `kontroll11`: each sentence with the code that labels it.

Written on 7 December 2026 (issue 21, task H8) from an outside reviewer's trial: sentences about
Troms 2021 (the national sample: avvist 4, overført 0, grunnlag for kritikk 0, taushetsplikt 0,
manglende oppgivelse av ID 0) that said a category had cases when it had none, or not that
many, and went through `check` («ingen funn») and `build --endelig` (exit 0). Then variants of
the same shapes across the corpus's reports, true and false, at counts 0, 1, 2 and many: a
quantity word said of a category («en/én klage» = exactly one; «noen», «enkelte», «flere» as
"several", «få», bare plurals «det kom klager om …», «det var også saker som …» = some), and
«flere … enn» (a comparison, which another rule reads) beside «flere» meaning several.

Labelled like kontroll8 (tools/claim_corpus_kontroll8.py): by a function over
`tools.claim_facts` (the case files read with pandas, none of klagerapport's code). The reading:
«en klage» / «én klage» says exactly one case; a plural quantity word or a bare plural says more
than one (a plural said of a single case is false here; the check may ask a reviewer for it
rather than call it an error); a decision, ground, discrimination kind or unit counts the cases
received in the report year (report/values.yml, `decisions.<code>.count`, `grounds.<key>.count`,
`discrimination.<kind>.received`, `units.<unit>.count`). Committed before the rules were fixed
for it, and measured at first contact (benchmarks/README.md).

    .venv/bin/python -m tools.claim_corpus_kontroll11            # the labels and reasons
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from tools.claim_corpus_kontroll6 import Sentence, part_functions, sentences_about
from tools.claim_facts import Facts

PART = "kontroll11"
TROMS = "troms-2021"
OSLO = "oslo-2019"
A20 = "agder-2020"
A21 = "agder-2021"
A22 = "agder-2022"
VEST = "vest-2019"
NORD = "nordland-2022"
INN = "innlandet-2018"

Count = Callable[[Facts], int]


def decision(code: str, year_back: int = 0) -> Count:
    return lambda f: f.decision(code, f.year - year_back)


def ground(key: str) -> Count:
    return lambda f: f.ground(key)


def ethnic(f: Facts) -> int:
    return f.ethnic_received()


def other(f: Facts) -> int:
    return f.other_received()


def unit(name: str) -> Count:
    return lambda f: f.unit(name)


def one(count: Count, what: str):
    """«en klage …»: exactly one case."""
    return lambda f: (count(f) == 1, f"{what} {count(f)}; «en/én» sier nøyaktig én")


def some(count: Count, what: str):
    """«noen/enkelte/flere/få klager …», «det kom klager om …»: more than one case."""
    return lambda f: (count(f) >= 2, f"{what} {count(f)}; flertall sier mer enn én")


def more(a: Count, b: Count, what: str):
    """«flere … enn …»: a comparison of two counts."""
    return lambda f: (a(f) > b(f), f"{what}: {a(f)} mot {b(f)}")


_t, _o, _a0, _a1, _a2, _v, _n, _i = map(
    sentences_about, (TROMS, OSLO, A20, A21, A22, VEST, NORD, INN)
)

SENTENCES: list[Sentence] = [
    # ------------------------------------------------------------------ the trial's sentences
    _t("finnes", "En klage ble avvist.", one(decision("avvist"), "avvist")),
    _t("finnes", "Én klage gjaldt brudd på taushetsplikt.",
       one(ground("taushetsplikt"), "taushetsplikt")),
    _t("finnes", "Noen klager gjaldt brudd på taushetsplikt.",
       some(ground("taushetsplikt"), "taushetsplikt")),
    _t("finnes", "Flere klager endte med grunnlag for kritikk.",
       some(decision("kritikk"), "kritikk")),
    _t("finnes", "Det kom også klager om manglende oppgivelse av ID.", some(ground("id"), "ID")),
    _t("finnes", "Noen klager ble overført til Spesialenheten.",
       some(decision("overfort"), "overført")),
    _t("finnes", "Enkelte klager endte med grunnlag for kritikk.",
       some(decision("kritikk"), "kritikk")),
    _t("finnes", "En klage gjaldt brudd på taushetsplikt.",
       one(ground("taushetsplikt"), "taushetsplikt")),
    # ------------------------------------------------------------------ Troms 2021, variants
    _t("finnes", "Ett tilfelle gjaldt manglende oppgivelse av ID.", one(ground("id"), "ID")),
    _t("finnes", "Det var også saker som ble overført.", some(decision("overfort"), "overført")),
    _t("finnes", "Få klager endte med grunnlag for kritikk i år.",
       some(decision("kritikk"), "kritikk")),
    _t("finnes", "Enkelte saker ble avvist.", some(decision("avvist"), "avvist")),
    _t("finnes", "Noen av klagene ble avvist.", some(decision("avvist"), "avvist")),
    _t("finnes", "Flere klager gjaldt maktmisbruk.", some(ground("maktmisbruk"), "maktmisbruk")),
    _t("finnes", "Én klage gjaldt maktmisbruk.", one(ground("maktmisbruk"), "maktmisbruk")),
    _t("finnes", "Det kom også klager om annen diskriminering.",
       some(other, "annen diskriminering")),
    _t("finnes", "Noen klager gjaldt etnisk diskriminering.", some(ethnic, "etnisk")),
    _t("finnes", "Det var også saker som endte med uheldig, men ikke grunnlag for kritikk.",
       some(decision("uheldig"), "uheldig")),
    _t("finnes", "En sak ble avgjort som ikke avklart.",
       one(decision("ikke_avklart"), "ikke avklart")),
    _t("finnes", "I fjor ble noen klager overført.",
       some(decision("overfort", 1), "overført i fjor")),
    _t("finnes", "I fjor endte flere saker med grunnlag for kritikk.",
       some(decision("kritikk", 1), "kritikk i fjor")),
    _t("sammenligning", "Flere klager gjaldt adferd enn maktmisbruk.",
       more(ground("adferd"), ground("maktmisbruk"), "adferd mot maktmisbruk")),
    _t("sammenligning", "Flere saker ble avvist enn overført.",
       more(decision("avvist"), decision("overfort"), "avvist mot overført")),
    _t("sammenligning", "Flere saker ble overført enn avvist.",
       more(decision("overfort"), decision("avvist"), "overført mot avvist")),
    # ------------------------------------------------------------------ Oslo 2019
    _o("finnes", "I år gjaldt en klage brudd på taushetsplikt.",
       one(ground("taushetsplikt"), "taushetsplikt")),
    _o("finnes", "Noen klager gjaldt manglende oppgivelse av ID.", some(ground("id"), "ID")),
    _o("finnes", "Det kom også klager om manglende oppgivelse av ID i år.",
       some(ground("id"), "ID")),
    _o("finnes", "Noen klager gjaldt maktmisbruk.", some(ground("maktmisbruk"), "maktmisbruk")),
    _o("finnes", "Flere klager gjaldt etnisk diskriminering.", some(ethnic, "etnisk")),
    _o("finnes", "En klage ble overført til annen instans.",
       one(decision("overfort"), "overført")),
    _o("finnes", "Det kom også klager om saksbehandling og service.",
       some(ground("saksbehandling"), "saksbehandling")),
    _o("finnes", "Flere saker endte med grunnlag for kritikk i år.",
       some(decision("kritikk"), "kritikk")),
    _o("finnes", "Enkelte klager gjaldt Våpen.", some(unit("Våpen"), "Våpen")),
    _o("finnes", "Noen klager gjaldt Arrest.", some(unit("Arrest"), "Arrest")),
    _o("finnes", "Det var også saker som gjaldt brudd på taushetsplikt.",
       some(ground("taushetsplikt"), "taushetsplikt")),
    # ------------------------------------------------------------------ Agder 2020, 2021, 2022
    _a0("finnes", "Én av klagene gjaldt brudd på taushetsplikt.",
        one(ground("taushetsplikt"), "taushetsplikt")),
    _a0("finnes", "Noen saker ble avvist.", some(decision("avvist"), "avvist")),
    _a0("finnes", "Det var også saker som ble avgjort som ikke avklart.",
        some(decision("ikke_avklart"), "ikke avklart")),
    _a0("finnes", "Enkelte klager ble overført.", some(decision("overfort"), "overført")),
    _a1("finnes", "En sak endte med grunnlag for kritikk.", one(decision("kritikk"), "kritikk")),
    _a1("finnes", "Flere saker endte med grunnlag for kritikk.",
        some(decision("kritikk"), "kritikk")),
    _a1("finnes", "Få klager gjaldt brudd på taushetsplikt.",
        some(ground("taushetsplikt"), "taushetsplikt")),
    _a1("finnes", "Noen klager i år gjaldt etnisk diskriminering.", some(ethnic, "etnisk")),
    _a1("finnes", "En klage ble overført.", one(decision("overfort"), "overført")),
    _a2("finnes", "Noen saker ble overført.", some(decision("overfort"), "overført")),
    _a2("finnes", "Det kom også klager om brudd på taushetsplikt.",
        some(ground("taushetsplikt"), "taushetsplikt")),
    _a2("finnes", "Én sak ble avvist.", one(decision("avvist"), "avvist")),
    _a2("finnes", "Enkelte saker ble avvist i år.", some(decision("avvist"), "avvist")),
    _a2("finnes", "Flere klager handlet om etnisk diskriminering.", some(ethnic, "etnisk")),
    # ------------------------------------------------------------------ Vest 2019, Nordland 2022,
    # Innlandet 2018
    _v("finnes", "En klage gjaldt manglende oppgivelse av ID.", one(ground("id"), "ID")),
    _v("finnes", "Noen klager ble overført.", some(decision("overfort"), "overført")),
    _v("finnes", "Én klage gjaldt annen diskriminering.", one(other, "annen diskriminering")),
    _v("finnes", "Det var også klager som gjaldt taushetsplikten.",
       some(ground("taushetsplikt"), "taushetsplikt")),
    _n("finnes", "Det var også saker som ble overført i år.",
       some(decision("overfort"), "overført")),
    _n("finnes", "Én klage gjaldt annen diskriminering i år.", one(other, "annen diskriminering")),
    _n("finnes", "Flere av klagene gjaldt maktmisbruk.",
       some(ground("maktmisbruk"), "maktmisbruk")),
    _n("finnes", "En sak ble avvist.", one(decision("avvist"), "avvist")),
    _i("finnes", "Én sak ble overført.", one(decision("overfort"), "overført")),
    _i("finnes", "Noen klager gjaldt brudd på taushetsplikten.",
       some(ground("taushetsplikt"), "taushetsplikt")),
    _i("finnes", "Det kom dessuten klager om manglende oppgivelse av ID.",
       some(ground("id"), "ID")),
    _i("finnes", "Enkelte klager gjaldt maktmisbruk.", some(ground("maktmisbruk"), "maktmisbruk")),
]  # fmt: skip


labelled, main = part_functions(PART, SENTENCES)


if __name__ == "__main__":
    sys.exit(main())
