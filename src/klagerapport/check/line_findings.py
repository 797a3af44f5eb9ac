"""The findings of one line of commentary: broken shortcodes, unknown keys and placeholders
with no value, numbers typed by hand (the value the sentence's words mean), and another
district's name or place."""

from __future__ import annotations

from dataclasses import replace

from .. import fmt, grammar
from ..errors import Problem
from . import allowlist, districts, numbers, typed
from .allowlist import Allowed
from .build_values import BuildValues
from .findings import ERROR, WARNING
from .line_context import LineContext

SNIPPET = 90


def _snippet(line: str, start: int, end: int) -> str:
    """The words around a hit, at most SNIPPET characters."""
    left = max(0, start - 30)
    right = min(len(line), max(end + 30, left + 40))
    text = line[left:right].strip()
    return ("…" if left else "") + text[:SNIPPET] + ("…" if right < len(line) else "")


def check_line(
    line: str,
    lineno: int,
    file: str,
    values: BuildValues,
    allowed: list[Allowed],
    district: str,
    context: LineContext | None = None,
) -> list[Problem]:
    """The findings of one line of commentary (`context`: what its sentences said)."""
    out: list[Problem] = []
    # alone, the line is line `lineno` of its context (the allow-list's words are per line)
    context = context or LineContext([""] * (lineno - 1) + [line], allowed)

    def add(severity, code, col, message, suggestion="", end=None):
        end = end if end is not None else col + 1
        snippet = _snippet(line, col, end)
        found = Problem.at(
            file, lineno, col + 1, severity, code, message, suggestion, snippet, end - col
        )
        sign = context.sentence_key.get((lineno, col))
        if code == "needs-signoff" and sign:  # signed off by its sentence's key (godkjent.yml)
            found = replace(found, value=sign)
        out.append(found)

    written = grammar.written(line)
    if line.count("{{<") != len(written):
        add(
            ERROR,
            "broken-shortcode",
            line.find("{{<"),
            "kortkoden er ikke lukket på linjen",
            "skriv hele {{< var nøkkel >}} på én linje",
        )

    for sc in written:
        name, args = sc.name, sc.arguments
        if name != "var":
            continue
        key = args.strip("\"'")
        entry = values.get(key)
        if entry is None:
            near = values.nearest(key)
            add(
                ERROR,
                "unknown-key",
                sc.start,
                f"ukjent nøkkel «{key}»",
                f"mente du «{near[0]}»?" + (f" (eller {', '.join(near[1:])})" if near[1:] else "")
                if near
                else "se «klagerapport values» for alle nøkler",
                sc.end,
            )
            continue
        if entry.missing:
            add(
                ERROR,
                "missing-value",
                sc.start,
                f"«{key}» har ingen verdi i dette bygget; rapporten skriver «{entry.text}»",
                "skriv setningen uten tallet, eller velg en nøkkel som har verdi",
                sc.end,
            )

    masked = numbers.mask(line)
    word_ok = context.word_ok.get(lineno, [])
    number_ok = allowlist.spans(line, [a.text for a in allowed if a.kind == "number"])
    for number in numbers.find_numbers(line):
        if allowlist.covered(number.start, number.end, number_ok):
            continue
        if (lineno, number.start) in context.taken:
            continue
        _typed(number, lineno, values, context, add)
        where = (lineno, number.start)
        if where in context.loose or where in context.unread:
            # a typed number its place or its words set apart from its clause's value («18 av
            # klagene»): its stretch is read in part (doubt.py); not a number whose words merely
            # name no value («en økning på 300 prosent»), which says nothing of the rest
            context.unread_words.append((lineno, number.start + 1))
    quantitative = context.quantitative.get(lineno, [])
    for mention in districts.mentions(masked, district):
        if allowlist.covered(mention.start, mention.end, word_ok + number_ok):
            continue
        about_numbers = any(a <= mention.start < b for a, b in quantitative)
        # never an error: a comparison with another district may be true, which only a
        # person can tell (the final edition waits for the allow-list's «ord» with a reason)
        add(
            WARNING,
            "other-district",
            mention.start,
            f"«{mention.text}» er {mention.district} – teksten gjelder {district or 'et annet'}"
            + (" (i en setning om tallene)" if about_numbers and not mention.strong else ""),
            f"skriv {fmt.genitive(district or 'distriktet')} eget navn, "
            "eller {{< var district >}}; et sted som hører hjemme i teksten "
            "føres opp under «ord» i tillatt.yml med grunn",
            mention.end,
        )
    return out


def _typed(number: numbers.Number, lineno: int, values: BuildValues, context, add) -> None:
    """The finding of one number typed by hand, by what the sentence reading said of it."""
    where = (lineno, number.start)
    if where in context.unread:
        typed.unread(number, add)
    elif where in context.loose:
        typed.loose(number, context.loose[where], add)
    elif where in context.meant:
        typed.check_meant(number, context.meant[where], values, add, context.rival.get(where))
    else:
        typed.check_number(number, values, add)
