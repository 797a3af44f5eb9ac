"""`check_commentary`: every problem in one district's commentary for one year, at once.

A pure function of the commentary folder, the build's values and the allow-list; no output.
Each `<section>.md` is read as sentences (sentences.py), and each sentence as claims
(check/statements/): direction, comparison, equality, rank, share, «all decided» and every
placeholder's fit with its words, each bound to the build's values by meaning. A false statement
is an error; one no value can show is a `needs-signoff` item (file:line) that stops the final
edition until a reviewer signs it off in `godkjent.yml` (signoff.py). `{{< claim >}}`s are
evaluated and must agree with their word. Line by line: unknown keys (with the nearest keys),
placeholders with no value, numbers typed by hand (the placeholder meant by the sentence's
words), another district's name or place. Then missing or unknown section files (a part listed
in `uten-kommentar.yml` is not missing), the new year's review list and the sign-offs. When the
values are a public build's, also what the public edition's render refuses (check/public.py:
a small quantity said in words, a hidden number typed, a case said to exist in a category it
prints as 0).
With `verified=True` the statements the check verified come as `info` findings (the preview
marks them in the sentence).

The parts: this module reads the folder (which files, missing and unknown sections, the
order, the sign-offs applied); `sentence_findings.py` reads each sentence as claims,
`line_findings.py` checks each line, and `line_context.py` is what a sentence's reading tells
the line checks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .. import paths, userfiles
from ..districts import is_national
from ..errors import Problem
from . import (
    allowlist,
    doubt,
    editions,
    nocomment,
    public,
    reportdate,
    review,
    sentences,
    signoff,
    statements,
)
from .allowlist import Allowed
from .build_values import BuildValues
from .findings import INFO, WARNING, sort_key
from .lexicon import for_district
from .line_context import LineContext
from .line_findings import check_line
from .sections import may_be_empty, optional_keys, section_keys, section_titles
from .sentence_findings import check_sentence


def read_section(file: Path) -> str | None:
    """A section file's text, or None when there is no such file (userfiles.UserFileError when
    it is not UTF-8)."""
    return userfiles.read_text(file) if file.is_file() else None


def _read_or_report(
    read: Callable[[Path], str | None], file: Path, findings: list[Problem]
) -> str | None:
    """`read(file)`; a file that cannot be read as text is a finding (and read as absent)."""
    try:
        return read(file)
    except userfiles.UserFileError as err:
        findings += err.problems
        return None


def check_section(
    text: str, file: str, values: BuildValues, allowed: list[Allowed], district: str
) -> list[Problem]:
    """The findings of one section file's text: its sentences read as claims, then line by line
    (`allowed`: the allow-list's rules for it). Verified statements are `info` findings."""
    lines = text.splitlines()
    context = LineContext(lines, allowed)
    found = []
    reader = _reader(values, district)
    read = sentences.sentences(text, reader.lex)
    for sentence in read:
        found += check_sentence(sentence, file, reader, context)
    for n, line in enumerate(lines, 1):
        found += check_line(line, n, file, values, allowed, district, context)
    return doubt.demote(
        found,
        read,
        context.unread_words,
        national=is_national(district),
        district=district,
        file=file,
    )


def _reader(values: BuildValues, district: str) -> statements.Reader:
    key = ("reader", district)
    if key not in values.memo:
        values.memo[key] = statements.Reader(values, for_district(district))
    return values.memo[key]


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
    verified: bool = False,
) -> list[Problem]:
    """Every finding for `commentary_dir` against `values` (or a build folder holding them),
    sorted in the report's order of the section files (then the others), and by line in each.
    `Problem.to_json()` is the machine-readable form.

    `allowed` defaults to the district's tillatt.yml; `district` and `year` to the values'.
    `read` and `section` are how a file is read and checked; the live preview passes the texts
    it has read and a `check_section` that remembers the files that did not change.
    `verified`: also the statements the check verified (`info` findings, for the preview).
    """
    commentary_dir = Path(commentary_dir)
    if not isinstance(values, BuildValues):  # a build folder
        values = BuildValues.load(Path(values))
    district = district or values.district
    year = year if year is not None else values.year
    read = editions.reader(read, values.utgave)  # the text the values' edition publishes
    findings: list[Problem] = []
    if allowed is None:
        allowed, problems = allowlist.for_district(district)
        findings += problems
    sections = section_keys() if sections is None else sections
    titles = section_titles(values)
    empty_ok, problems = nocomment.load(commentary_dir, may_be_empty())
    findings += problems + nocomment.written_anyway(commentary_dir, empty_ok, read)
    findings += reportdate.load(commentary_dir, year)[1]

    for key in sections:
        file = commentary_dir / f"{key}.md"
        shown = paths.shown(file)
        problems_before = len(findings)
        text = _read_or_report(read, file, findings)
        if not userfiles.has_prose(text) and key in empty_ok:
            continue
        if len(findings) > problems_before:  # not UTF-8: said, not also missing
            continue
        if not userfiles.has_prose(text):
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
        text = _read_or_report(read, file, findings)
        if userfiles.has_prose(text):
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
    # the public edition's wording (small quantities, hidden numbers; check/public.py), which
    # its render refuses: said here, so every caller lists what the render will refuse
    unreadable: list[Problem] = []  # said already for a section's file; the set drops twins
    findings += public.findings(
        commentary_dir, values, district, lambda file: _read_or_report(read, file, unreadable)
    )
    findings += unreadable
    findings += review.pending(commentary_dir)
    findings = signoff.apply(commentary_dir, findings)
    if not verified:
        findings = [f for f in findings if f.severity != INFO]
    order = {key: i for i, key in enumerate([*sections, *optional])}

    def in_report_order(f: Problem) -> tuple:
        return (order.get(Path(f.file).stem, len(order)), *sort_key(f))

    return sorted(set(findings), key=in_report_order)
