"""`check_commentary`: every problem in one district's commentary for one year, at once.

A pure function of the commentary folder, the build's values and the allow-list; no output.
For each line of each `<section>.md`: unknown keys (with the nearest keys), placeholders with no
value, `{{< claim >}}`s the data no longer supports, claim words next to a value that contradict
it (or that nothing checks), numbers typed by hand (the placeholder proposed when one equals or
nearly equals a computed value), another district's name. Then missing or unknown section files
and the new year's review list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from .. import paths
from ..errors import Problem
from . import allowlist, claims, districts, national, numbers, ranks, review, typed
from .allowlist import Allowed
from .build_values import BuildValues
from .findings import ERROR, WARNING, sort_key
from .sections import optional_keys, section_keys, section_titles

SHORTCODE = re.compile(r"\{\{<\s*(?P<name>\w+)(?P<args>.*?)>\}\}")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ«\"(\[>*])|(?<=:)\s*$")
SNIPPET = 90


def _snippet(line: str, start: int, end: int) -> str:
    """The words around a hit, at most SNIPPET characters."""
    left = max(0, start - 30)
    right = min(len(line), max(end + 30, left + 40))
    text = line[left:right].strip()
    return ("…" if left else "") + text[:SNIPPET] + ("…" if right < len(line) else "")


def _sentences(masked: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(masked):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(masked)))
    return spans


def read_section(file: Path) -> str | None:
    """A section file's text, or None when there is no such file."""
    return file.read_text(encoding="utf-8") if file.is_file() else None


def check_section(
    text: str, file: str, values: BuildValues, allowed: list[Allowed], district: str
) -> list[Problem]:
    """The findings of one section file's text, line by line (`allowed`: the rules for it)."""
    lines = enumerate(text.splitlines(), 1)
    return [f for n, line in lines for f in check_line(line, n, file, values, allowed, district)]


def check_commentary(
    commentary_dir: Path,
    values: BuildValues | Path,
    *,
    allowed: list[Allowed] | None = None,
    district: str | None = None,
    year: int | None = None,
    sections: list[str] | None = None,
    read: Callable[[Path], str | None] = read_section,
    section: Callable[..., list[Problem]] = check_section,
) -> list[Problem]:
    """Every finding for `commentary_dir` against `values` (or a build folder holding them),
    sorted in the report's order of the section files (then the others), and by line in each.
    `Problem.to_json()` is the machine-readable form.

    `allowed` defaults to the district's tillatt.yml; `district` and `year` to the values'.
    `read` and `section` are how a file is read and checked; the live preview passes the texts
    it has read and a `check_section` that remembers the files that did not change.
    """
    commentary_dir = Path(commentary_dir)
    if not isinstance(values, BuildValues):  # a build folder
        values = BuildValues.load(Path(values))
    district = district or values.district
    year = year if year is not None else values.year
    findings: list[Problem] = []
    if allowed is None:
        allowed, problems = allowlist.for_district(district)
        findings += problems
    sections = section_keys() if sections is None else sections
    titles = section_titles(values)

    for key in sections:
        file = commentary_dir / f"{key}.md"
        shown = paths.shown(file)
        text = read(file)
        if text is None or not text.strip():
            findings.append(
                Problem.at(
                    shown,
                    0,
                    0,
                    WARNING,
                    "missing-section",
                    f"kommentaren til avsnittet «{titles.get(key, key)}» mangler (rapporten "
                    "skriver «Kommentar mangler»)",
                    f"skriv kommentaren i {shown}; en endelig rapport bygges ikke uten denne "
                    "kommentaren",
                )
            )
            continue
        rules = [a for a in allowed if a.applies(key, year)]
        findings += section(text, shown, values, rules, district)
    optional = optional_keys(district)
    for key in optional:  # checked like the others when written, never missing
        file = commentary_dir / f"{key}.md"
        text = read(file)
        if text is not None and text.strip():
            rules = [a for a in allowed if a.applies(key, year)]
            findings += section(text, paths.shown(file), values, rules, district)
    if commentary_dir.is_dir():
        for extra in sorted(commentary_dir.glob("*.md")):
            if extra.stem not in sections and extra.stem not in optional:
                findings.append(
                    Problem.at(
                        paths.shown(extra),
                        0,
                        0,
                        WARNING,
                        "unknown-section",
                        f"filen er ikke et avsnitt i rapporten og tas ikke med: {extra.name}",
                        f"avsnittene er {', '.join(sections)} (report/sections.yml)",
                    )
                )
    findings += review.pending(commentary_dir)
    order = {key: i for i, key in enumerate([*sections, *optional])}

    def in_report_order(f: Problem) -> tuple:
        return (order.get(Path(f.file).stem, len(order)), *sort_key(f))

    return sorted(set(findings), key=in_report_order)


def check_line(
    line: str,
    lineno: int,
    file: str,
    values: BuildValues,
    allowed: list[Allowed],
    district: str,
) -> list[Problem]:
    """The findings of one line of commentary."""
    out: list[Problem] = []

    def add(severity, code, col, message, suggestion="", end=None):
        end = end if end is not None else col + 1
        snippet = _snippet(line, col, end)
        out.append(
            Problem.at(
                file, lineno, col + 1, severity, code, message, suggestion, snippet, end - col
            )
        )

    if line.count("{{<") != len(SHORTCODE.findall(line)):
        add(
            ERROR,
            "broken-shortcode",
            line.find("{{<"),
            "kortkoden er ikke lukket på linjen",
            "skriv hele {{< var nøkkel >}} på én linje",
        )

    holders: list[claims.Placeholder] = []
    claim_at: list[int] = []  # where each claim stands: it covers the nearest claim word
    for m in SHORTCODE.finditer(line):
        name, args = m.group("name"), m.group("args").strip()
        if name == "var":
            key = args.strip("\"'")
            entry = values.get(key)
            if entry is None:
                near = values.nearest(key)
                add(
                    ERROR,
                    "unknown-key",
                    m.start(),
                    f"ukjent nøkkel «{key}»",
                    f"mente du «{near[0]}»?"
                    + (f" (eller {', '.join(near[1:])})" if near[1:] else "")
                    if near
                    else "se «klagerapport values» for alle nøkler",
                    m.end(),
                )
                continue
            if entry.missing:
                add(
                    ERROR,
                    "missing-value",
                    m.start(),
                    f"«{key}» har ingen verdi i dette bygget; rapporten skriver «{entry.text}»",
                    "skriv setningen uten tallet, eller velg en nøkkel som har verdi",
                    m.end(),
                )
            holders.append(claims.Placeholder(m.start(), m.end(), key))
        elif name == "claim":
            parsed = claims.parse_claim(args)
            if isinstance(parsed, str):
                add(ERROR, "bad-claim", m.start(), parsed, "", m.end())
                continue
            verdict = claims.evaluate(parsed, values)
            claim_at.append(m.start())
            if verdict.ok is False:
                add(
                    ERROR,
                    "false-claim",
                    m.start(),
                    f"påstanden «{parsed}» holder ikke: {verdict.detail}",
                    "skriv setningen om etter årets tall (og påstanden med den)",
                    m.end(),
                )

    masked = numbers.mask(line)
    word_ok = allowlist.spans(line, [a.text for a in allowed if a.kind == "word"])
    number_ok = allowlist.spans(line, [a.text for a in allowed if a.kind == "number"])
    _claim_words(masked, holders, claim_at, values, word_ok, add)
    for number in numbers.find_numbers(line):
        if allowlist.covered(number.start, number.end, number_ok):
            continue
        typed.check_number(number, values, add)
    for mention in districts.mentions(masked, district):
        if allowlist.covered(mention.start, mention.end, word_ok + number_ok):
            continue
        add(
            ERROR if mention.strong else WARNING,
            "other-district",
            mention.start,
            f"«{mention.text}» er {mention.district} – teksten gjelder {district or 'et annet'}",
            f"skriv {district}s eget navn, eller {{{{< var district >}}}}",
            mention.end,
        )
    return out


def _claim_words(masked, holders, claim_at, values, word_ok, add) -> None:
    """Each claim word of each sentence: covered by a claim, checked against the value next to
    it (an error when contradicted), or a warning when nothing checks it."""
    words = [
        w for w in claims.claim_words(masked) if not allowlist.covered(w.start, w.end, word_ok)
    ]
    for s, e in _sentences(masked):
        in_sentence = [w for w in words if s <= w.start < e]
        here = [p for p in holders if s <= p.start < e]
        covered = set()
        for at in claim_at:
            if s <= at < e and in_sentence:
                nearest = min(in_sentence, key=lambda w: abs(at - w.end))
                covered.add(nearest)
        when = ranks.span(masked, s, e, here, values)
        for word in in_sentence:
            if word in covered:
                continue
            key, other = claims.subject(word, here, values)
            verdict = (
                claims.check_word(word, key, values, other, when) if key else claims.Verdict(None)
            )
            if verdict.ok is None:  # the national report: «Oslo hadde kortest …»
                verdict = national.district_rank(word, masked, s, e, values) or verdict
                key = verdict.about or key
            if verdict.ok is False:
                add(
                    ERROR,
                    "stale-claim",
                    word.start,
                    f"«{word.text}» stemmer ikke med tallene: {verdict.detail}",
                    _fix(word, key, values) + (f" ({verdict.truth})" if verdict.truth else ""),
                    word.end,
                )
            elif verdict.ok is None:
                add(
                    WARNING,
                    "unchecked-claim",
                    word.start,
                    f"«{word.text}» sier {claims.SAYS[word.category]}, men "
                    + (verdict.detail or "ingen verdi i setningen viser det"),
                    f"skriv en påstand rett etter ordet, f.eks. «{word.text}{{{{< claim "
                    f"{_example(word, key)} >}}}}», eller før ordet opp under «ord» i "
                    "tillatt.yml med grunn",
                    word.end,
                )


def _example(word: claims.ClaimWord, key: str | None) -> str:
    """A claim the analyst can start from, in the word's own direction (see README)."""
    subject = key or "nøkkel"
    op, other = {
        "up": (">", "nøkkel_året_før"),
        "down": ("<", "nøkkel_året_før"),
        "flat": ("~=", "nøkkel_året_før"),
        "more": (">", "annen_nøkkel"),
        "fewer": ("<", "annen_nøkkel"),
        "max": (">=", "annen_nøkkel"),
        "min": ("<=", "annen_nøkkel"),
    }[word.category]
    return f"{subject} {op} {other}"


def _fix(word: claims.ClaimWord, key: str, values: BuildValues) -> str:
    if key.endswith("_district"):  # the national comparison's extremes
        return f"skriv {{{{< var {key} >}}}} i stedet for navnet, eller skriv setningen om"
    head = key.rpartition(".")[0]
    rank = word.category in ("max", "min")
    for leaf in ("rank_word",) if rank else ("change_word", "rank_word"):
        if f"{head}.{leaf}" in values:
            return (
                f"bruk {{{{< var {head}.{leaf} >}}}}, som følger tallene, eller skriv setningen om"
            )
    return "skriv setningen om etter årets tall"
