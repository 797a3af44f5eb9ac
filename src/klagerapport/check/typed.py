"""Numbers typed by hand in commentary, against the build's values: the placeholder to write
when a typed number equals (or nearly equals) a computed value, else a finding that nothing
checks it (see commentary/README.md).

A typed number that says the value its sentence means is true, so it is not an error; it is a
`typed-value` warning that a final edition may not carry (findings.FINAL_BLOCKING): the number
must become its placeholder. A typed number that is not the value is an error. A word of the
lexicon's `tall_sikring` right before the number hedges it (data/reference/leksikon.yml): «omtrent
45 prosent» is a share within `omtrent_andel`, «nesten 17 dager» a value below 17 and within
`omtrent_relativ` of it, «i overkant av 200 klager» one above 200 and within it, «over 40 dager»
one above 40."""

from __future__ import annotations

from functools import cache

from . import numbers
from .build_values import BuildValues, Entry, is_change
from .findings import ERROR, WARNING
from .lexicon import data as lexicon_data
from .lexicon import within, within_relative


@cache
def _hedges() -> tuple[tuple[str, str], ...]:
    """(words, how) of the lexicon's `tall_sikring` and `tall_grense`, longest first."""
    pairs = [
        (" ".join(str(w).split()).casefold(), how)
        for section in ("tall_sikring", "tall_grense")
        for how, words in lexicon_data()[section].items()
        for w in words
    ]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def hedge(number: numbers.Number) -> str | None:
    """How the words right before a typed number hedge it: omtrent, under, over, mer_enn,
    mindre_enn (leksikon.yml `tall_sikring`), or None when nothing does."""
    before = " ".join(number.before.split()).casefold()
    for words, how in _hedges():
        if before == words or before.endswith(" " + words):
            return how
    return None


def _hedged(how: str, raw: float, said: float, *, share: bool) -> bool:
    """Does `raw` hold for a number `said` hedged `how`? Near: within the lexicon's tolerance
    (percentage points for a share, relative to the larger otherwise), exactly at the edge."""
    tol = lexicon_data()["toleranse"]
    if share:
        near = within(raw, said, float(tol["omtrent_andel"]))
    else:
        near = within_relative(raw, said, float(tol["omtrent_relativ"]))
    return {
        "omtrent": near,
        "under": raw < said and near,
        "over": raw > said and near,
        "mer_enn": raw > said,
        "mindre_enn": raw < said,
    }[how]


def _matches(number: numbers.Number, values: BuildValues) -> tuple[list[Entry], list[Entry]]:
    """Values the typed number equals, and values it nearly equals (for "ca." or a typo)."""
    exact, near = [], []
    for entry in values.entries.values():
        raw = entry.raw
        if isinstance(raw, bool):  # a value without data (None) is skipped below, as no number
            continue
        if number.kind == "date":
            if entry.kind == "date" and same_day(str(number.value), raw):
                exact.append(entry)
            continue
        if not isinstance(raw, int | float):
            continue
        if number.kind == "share":
            if entry.kind != "share":
                continue
            shown = numbers.percent_text(raw, number.decimals)
            if shown == number.value:
                exact.append(entry)
            elif abs(raw * 100 - number.value) <= (2 if hedge(number) else 1):
                near.append(entry)
            continue
        if entry.kind == "share":
            continue
        if number.kind == "year" and entry.kind != "year":
            if raw == number.value:
                near.append(entry)
            continue
        if number.kind != "year" and entry.kind == "year":
            continue
        if number.kind == "decimal" or entry.kind == "days":
            if numbers.decimal_text(raw, max(number.decimals, 1)) == float(number.value):
                exact.append(entry)
            continue
        if raw == number.value:
            exact.append(entry)
        elif raw >= 20 and abs(raw - number.value) <= 0.1 * raw:
            near.append(entry)
    # the equal values of one number are all of one kind (years, dates, shares) or counts and
    # days: fewest levels first, then the shortest key; no date is ever near
    exact.sort(key=lambda e: (e.key.count("."), len(e.key), e.key))
    near.sort(key=lambda e: (abs(float(e.raw) - float(number.value)), e.key))
    return exact, near


def same_day(said: str, raw: object) -> bool:
    """Is the typed date (ISO, or "--MM-DD" without its year) the value's date?"""
    if not isinstance(raw, str):
        return False
    if said.startswith(numbers.YEARLESS):
        return raw[4:] == said[1:]  # "2020-01-20"[4:] == "-01-20"
    return raw == said


def equal_values(number: numbers.Number, values: BuildValues) -> list[Entry]:
    """The values of the build the typed number says, as the report prints them."""
    return _matches(number, values)[0] if number.kind != "glued" else []


UNNAMED = (
    "setningen sier ikke hvilken verdi tallet er (et mål, et år, en kategori); skriv "
    "plassholderen for den, «klagerapport values --search …» finner den"
)


def check_number(number: numbers.Number, values: BuildValues, add, *, named: bool = True) -> None:
    """The finding for one number typed by hand: the placeholder when it is (or nearly is) a
    computed value; `add(severity, code, column, message, suggestion, end)` records it.
    `named` False: the sentence's words name no value, so an equal value is only mentioned,
    never proposed (it may merely be equal)."""
    exact, near = _matches(number, values) if number.kind != "glued" else ([], [])
    if not named and number.kind not in ("date", "word") and exact:
        e = exact[0]
        add(
            WARNING,
            "typed-value",
            number.start,
            f"«{number.text}» er skrevet for hånd og er lik {e.key} ({e.text})",
            UNNAMED,
            number.end,
        )
        return
    if not named and number.kind not in ("date", "word"):
        # the words name no value, so nothing says the number is wrong: a number the build
        # does not have («mot 62 året før», a change, another district's figure) is a
        # reviewer's item, never an error and never passed
        like = f" (det ligner {near[0].key}, {near[0].text})" if near else ""
        add(
            WARNING,
            "needs-signoff",
            number.start,
            f"«{number.text}» er skrevet for hånd, ordene sier ikke hvilken verdi det er, og "
            f"bygget har ingen verdi lik det{like}",
            "skriv plassholderen for verdien (klagerapport values --search …), eller la en "
            "kontrollør godkjenne setningen (klagerapport godkjenn)",
            number.end,
        )
        return
    shown = number.text
    if number.kind == "word":
        if exact:
            add(
                WARNING,
                "number-word",
                number.start,
                f"«{shown}» er et tall skrevet med bokstaver, lik {exact[0].key}",
                f"skriv {{{{< var {exact[0].key} >}}}}, eller før teksten opp under «tall» i "
                "tillatt.yml med grunn",
                number.end,
            )
        else:
            add(
                WARNING,
                "number-word",
                number.start,
                f"«{shown}» er et tall skrevet med bokstaver, som ikke kommer fra dataene",
                "før teksten opp under «tall» i tillatt.yml med grunn, eller bruk en plassholder",
                number.end,
            )
        return
    if exact:
        also = [e.key for e in exact[1:4]]
        more = f" (også {', '.join(also)})" if also else ""
        add(
            WARNING,
            "typed-value",
            number.start,
            f"«{shown}» er {exact[0].key}{more}, skrevet for hånd",
            f"skriv {{{{< var {exact[0].key} >}}}}",
            number.end,
        )
    elif near:
        e = near[0]
        add(
            ERROR,
            "typed-number",
            number.start,
            f"«{shown}» er skrevet for hånd og ligner {e.key} ({e.text})",
            f"skriv {{{{< var {e.key} >}}}} hvis det er det tallet; ellers før teksten opp under "
            "«tall» i tillatt.yml med grunn",
            number.end,
        )
    else:
        add(
            ERROR,
            "typed-number",
            number.start,
            f"«{shown}» er skrevet for hånd og er ikke i tillatt.yml",
            "bruk en plassholder {{< var nøkkel >}}, eller før teksten opp under «tall» i "
            "tillatt.yml med grunn",
            number.end,
        )


def equals(number: numbers.Number, raw: float, kind: str) -> bool:
    """Does the typed number say this value, as the report would print it?"""
    how = hedge(number)
    if number.kind == "share":
        if kind != "share":
            return False
        raw = abs(raw)  # «sank med 8 prosent»: a change (a share here) by its size, sign aside
        if how is not None:  # «omtrent 45 prosent»: within the hedge's tolerance
            return _hedged(how, raw, float(number.value) / 100, share=True)
        return numbers.percent_text(raw, number.decimals) == number.value
    if kind == "share":  # printed as a percent: a count or a decimal never says it («0,3»)
        return False
    if how is not None and number.kind != "year" and kind in ("count", "days"):
        return _hedged(how, raw, float(number.value), share=False)
    if number.kind == "decimal" or kind == "days":
        # days as printed, to one decimal; a number word has none («to dager» for 2,2)
        places = 0 if number.kind == "word" else max(number.decimals, 1)
        return numbers.decimal_text(raw, places) == float(number.value)
    return raw == number.value


def far(number: numbers.Number, raw: float, kind: str, key: str | None = None) -> bool:
    """Is the typed number so far from the value its words were read to mean that the words
    more likely name another quantity (leksikon.yml `toleranse.langt_fra`): over that factor
    above or below it, or a number beside a value of 0 («fem saker var fortsatt åpne» with none
    open at the data's date: another day)? Exactly at the factor is not far («30 saker» for 15
    is a slip, an error). Only counts, days and shares of the same kind, never a change (`key`
    of the contract's kind `change`: «økte med tjue prosent» of no change is false) and never
    a value below 0."""
    if is_change(key):
        return False
    if number.kind not in ("count", "decimal", "word", "share") or kind not in (
        "count",
        "days",
        "share",
    ):
        return False
    if (number.kind == "share") != (kind == "share"):
        return False
    said = float(number.value) / 100 if number.kind == "share" else float(number.value)
    if raw < 0:  # a change; a typed number is never below 0
        return False
    if raw == 0 or said == 0:
        return said != raw
    factor = float(lexicon_data()["toleranse"]["langt_fra"])
    return said > raw * factor or said * factor < raw


def unread(number: numbers.Number, add) -> None:
    """A typed number whose words bind it to a value this build does not have («17
    prosentpoeng» of a share with no value the year before): a reviewer signs it off."""
    add(
        WARNING,
        "needs-signoff",
        number.start,
        f"«{number.text}» er skrevet for hånd, og bygget har ikke verdien ordene rundt det gjelder",
        "skriv plassholderen for verdien, eller la en kontrollør godkjenne setningen "
        "(klagerapport godkjenn)",
        number.end,
    )


def loose(number: numbers.Number, what: str, add) -> None:
    """A typed number whose place says it is `what` (a change, a part, a difference: loose.py),
    not the value its clause names: a reviewer signs it off."""
    add(
        WARNING,
        "needs-signoff",
        number.start,
        f"«{number.text}» er skrevet for hånd og står som {what}, ikke som verdien ordene rundt "
        "det nevner; bygget har ikke den verdien",
        "skriv plassholderen for verdien, eller la en kontrollør godkjenne setningen "
        "(klagerapport godkjenn)",
        number.end,
    )


def check_meant(
    number: numbers.Number, meant, values: BuildValues, add, rival: Entry | None = None
) -> None:
    """A typed number in a sentence whose words name a value (`meant`, a meaning.Ref, or None
    when they name none): the placeholder of that value, and an error when the number is not
    it. The suggestion follows the words (noun, year, category), never a value that merely
    equals the number."""
    shown = number.text
    if meant is None:
        if number.kind == "word":
            add(
                WARNING,
                "needs-signoff",
                number.start,
                f"«{shown}» er et tall skrevet med bokstaver, og setningen sier ikke hvilken verdi "
                "det er",
                "skriv plassholderen for verdien, før teksten opp under «tall» i tillatt.yml med "
                "grunn, eller la en kontrollør godkjenne setningen (klagerapport godkjenn)",
                number.end,
            )
        else:
            check_number(number, values, add, named=False)
        return
    placeholder = (
        f"{{{{< var {meant.key} >}}}}" if meant.key else f"plassholderen for {meant.label}"
    )
    if equals(number, meant.raw, meant.kind):
        # a hedged or bounded number («færre enn tre», «omtrent 40») holds, but is not the value
        holds = f"stemmer med {meant.label} ({meant.text})" if hedge(number) else ""
        if number.kind == "word":
            add(
                WARNING,
                "number-word",
                number.start,
                f"«{shown}» er et tall skrevet med bokstaver, {holds or f'lik {meant.label}'}",
                f"skriv {placeholder}, eller før teksten opp under «tall» i tillatt.yml med grunn",
                number.end,
            )
        else:
            add(
                WARNING,
                "typed-value",
                number.start,
                f"«{shown}» {holds}, skrevet for hånd"
                if holds
                else f"«{shown}» er {meant.label}, skrevet for hånd",
                f"skriv {placeholder}",
                number.end,
            )
        return
    if rival is not None:  # the words fit another value it equals (rivals.py): a person decides
        add(
            WARNING,
            "needs-signoff",
            number.start,
            f"«{shown}» er ikke {meant.label} ({meant.text}), som ordene ble lest å gjelde, men "
            f"er lik {rival.key} ({rival.text}), som ordene også kan gjelde",
            "skriv plassholderen for verdien setningen gjelder, eller la en kontrollør "
            "godkjenne setningen (klagerapport godkjenn)",
            number.end,
        )
        return
    if far(
        number, meant.raw, meant.kind, meant.key
    ):  # another quantity than the words were read to mean
        add(
            WARNING,
            "needs-signoff",
            number.start,
            f"«{shown}» er langt fra {meant.label} ({meant.text}), som ordene ble lest å gjelde: "
            "trolig en annen størrelse (en enkeltsak, en forskjell, en del, en annen dag)",
            f"skriv plassholderen for verdien setningen gjelder ({placeholder} er {meant.text}), "
            "eller la en kontrollør godkjenne setningen (klagerapport godkjenn)",
            number.end,
        )
        return
    add(
        ERROR,
        "typed-number",
        number.start,
        f"«{shown}» stemmer ikke med det setningen gjelder: {meant.label} er {meant.text}",
        f"skriv {placeholder} ({meant.text})",
        number.end,
    )
