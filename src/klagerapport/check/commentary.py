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
in `uten-kommentar.yml` is not missing), the new year's review list and the sign-offs.
With `verified=True` the statements the check verified come as `info` findings (the preview
marks them in the sentence).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from .. import fmt, grammar, paths, userfiles
from ..errors import Problem
from . import (
    allowlist,
    claims,
    districts,
    editions,
    national,
    nocomment,
    numbers,
    reportdate,
    review,
    sentences,
    signoff,
    statements,
    typed,
)
from .allowlist import Allowed
from .build_values import BuildValues, describes_of
from .findings import ERROR, INFO, WARNING, sort_key
from .lexicon import for_district
from .meaning import Ref, series_of
from .sections import may_be_empty, optional_keys, section_keys, section_titles
from .statements import changesize

SNIPPET = 90
CLAIM_REACH = 40  # characters between a claim word and the claim after it


def _snippet(line: str, start: int, end: int) -> str:
    """The words around a hit, at most SNIPPET characters."""
    left = max(0, start - 30)
    right = min(len(line), max(end + 30, left + 40))
    text = line[left:right].strip()
    return ("…" if left else "") + text[:SNIPPET] + ("…" if right < len(line) else "")


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
    context = _Context(lines, allowed)
    found = []
    reader = _reader(values, district)
    for sentence in sentences.sentences(text, reader.lex):
        found += _sentence(sentence, file, reader, context)
    for n, line in enumerate(lines, 1):
        found += check_line(line, n, file, values, allowed, district, context)
    return found


class _Context:
    """What the sentence reading tells the line checks: the value each typed number means,
    the numbers a statement reads itself (share words), the quantitative sentences' spans."""

    def __init__(self, lines: list[str], allowed: list[Allowed]) -> None:
        self.meant: dict[tuple[int, int], Ref | None] = {}
        self.sentence_key: dict[tuple[int, int], str] = {}  # a typed number's sentence's key
        self.taken: set[tuple[int, int]] = set()
        self.quantitative: dict[int, list[tuple[int, int]]] = {}
        self.word_ok = {
            n: allowlist.spans(line, [a.text for a in allowed if a.kind == "word"])
            for n, line in enumerate(lines, 1)
        }

    def word_allowed(self, line: int, start: int, end: int) -> bool:
        return allowlist.covered(start, end, self.word_ok.get(line, []))


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
    findings += review.pending(commentary_dir)
    findings = signoff.apply(commentary_dir, findings)
    if not verified:
        findings = [f for f in findings if f.severity != INFO]
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
    context: _Context | None = None,
) -> list[Problem]:
    """The findings of one line of commentary (`context`: what its sentences said)."""
    out: list[Problem] = []
    context = context or _Context([line], allowed)

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
        if (lineno, number.start) in context.meant:
            typed.check_meant(number, context.meant[(lineno, number.start)], values, add)
        else:
            typed.check_number(number, values, add)
    quantitative = context.quantitative.get(lineno, [])
    for mention in districts.mentions(masked, district):
        if allowlist.covered(mention.start, mention.end, word_ok + number_ok):
            continue
        about_numbers = any(a <= mention.start < b for a, b in quantitative)
        add(
            ERROR if mention.strong or about_numbers else WARNING,
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


def _sentence(
    s: sentences.Sentence, file: str, reader: statements.Reader, context: _Context
) -> list[Problem]:
    """The findings of one sentence read as claims: false statements, open ones (a reviewer
    signs them off), verified ones (info); its claims; what the line checks need from it."""
    out: list[Problem] = []

    def add(severity, code, start, end, message, suggestion="", sign=""):
        line, col = s.where(start)
        _, end_col = s.where(max(start, end - 1))
        text = " ".join(s.text.split())
        shown = text if len(text) <= SNIPPET else text[: SNIPPET - 1] + "…"
        found = Problem.at(
            file, line, col + 1, severity, code, message, suggestion, shown,
            max(1, end_col + 1 - col),
        )  # fmt: skip
        if sign:  # a needs-signoff finding carries its sentence's key as its value
            found = replace(found, value=sign)
        out.append(found)

    outcomes = [o for o in reader.examine(s) if not _allowed(s, o, context)]
    claim_list = _claims(s, reader, add)
    for o in outcomes:
        word = claims.ClaimWord(o.start, o.end, o.words, _category(o))
        claim = _claim_for(o, claim_list)
        if claim is not None and not claims.agrees(word, claim[0]):
            add(
                ERROR,
                "claim-contradicts",
                o.start,
                o.end,
                f"«{o.words}» sier {claims.SAYS.get(word.category, 'noe annet')}, men påstanden "
                f"etter ordet sier «{claim[0]}»",
                "skriv ordet som påstanden sier, eller påstanden som ordet sier",
            )
            continue
        status = o.status
        if status == statements.OPEN and o.kind == "rang":
            verdict = national.district_rank(word, s.masked, 0, len(s.masked), reader.values)
            if verdict is not None and verdict.ok is not None:
                status = statements.OK if verdict.ok else statements.FALSE
                o = statements.Outcome(
                    o.start,
                    o.end,
                    o.kind,
                    status,
                    o.words,
                    verdict.detail,
                    f"skriv {{{{< var {verdict.about} >}}}} i stedet for "
                    "navnet, eller skriv setningen om",
                    verdict.about,
                )
        if claim is not None:
            # the analyst's claim right after the word says what the word means: it decides
            # (a false claim is reported as such)
            status = statements.OK if claim[1] else None
        if status is None:
            continue
        if status == statements.FALSE:
            if o.kind == "nivå":
                add(ERROR, "wrong-value", o.start, o.end, o.detail, o.fix)
            else:
                add(
                    ERROR,
                    "stale-claim",
                    o.start,
                    o.end,
                    f"«{o.words}» stemmer ikke med tallene: {o.detail}",
                    o.fix
                    if o.fix.startswith("skriv")
                    else _fix(o, reader.values) + (f" ({o.fix})" if o.fix else ""),
                )
        elif status == statements.OPEN:
            digest = s.digest()
            add(
                WARNING,
                "needs-signoff",
                o.start,
                o.end,
                f"«{o.words}» er en tallpåstand, men {o.detail}",
                f"skriv en påstand rett etter ordet (f.eks. «{o.words}{{{{< claim "
                f"{_example(word)} >}}}}»), skriv setningen med plassholderen den gjelder, eller "
                f"la en kontrollør godkjenne setningen i {signoff.FILE_NAME} (fil: "
                f"{file.rsplit('/', 1)[-1]}, setning: {digest}): klagerapport godkjenn "
                f"--setning {digest} --av «navn» --grunn «hvorfor»",
                digest,
            )
        else:
            add(
                INFO,
                "verified",
                o.start,
                o.end,
                f"«{o.words}» stemmer: {o.detail}" if o.detail else f"«{o.words}» stemmer",
            )
    _numbers(s, reader, context, outcomes)
    return out


def _allowed(s: sentences.Sentence, o: statements.Outcome, context: _Context) -> bool:
    """A word the allow-list's «ord» lists (not about the report's numbers)."""
    line, col = s.where(o.start)
    _, end = s.where(max(o.start, o.end - 1))
    return o.kind != "nivå" and context.word_allowed(line, col, end + 1)


def _category(o: statements.Outcome) -> str:
    words = o.words.casefold()
    lex = claims.claim_words(o.words)
    if lex:
        return lex[0].category
    return {"retning": "flat", "rang": "max"}.get(o.kind, words)


def _claims(s: sentences.Sentence, reader: statements.Reader, add) -> list:
    """Each claim of the sentence: (claim, holds, start); bad and false ones reported."""
    out = []
    for h in s.holders:
        if h.name != "claim":
            continue
        parsed = claims.parse_claim(h.args)
        if isinstance(parsed, str):
            add(ERROR, "bad-claim", h.start, h.end, parsed)
            continue
        verdict = claims.evaluate(parsed, reader.values)
        if verdict.ok is False:
            add(
                ERROR,
                "false-claim",
                h.start,
                h.end,
                f"påstanden «{parsed}» holder ikke: {verdict.detail}",
                "skriv setningen om etter årets tall (og påstanden med den)",
            )
        out.append((parsed, verdict.ok is True, h.start))
    return out


def _claim_for(o: statements.Outcome, claim_list: list):
    """The claim right after a statement's word (within CLAIM_REACH characters)."""
    after = [c for c in claim_list if 0 <= c[2] - o.end <= CLAIM_REACH]
    return after[0] if after else None


def _numbers(s, reader, context: _Context, outcomes) -> None:
    """For the line checks: the value each typed number means (by the words of its clause),
    the numbers a share statement reads itself, where the sentence speaks of numbers."""
    # numbers a statement reads itself: a share («fire av ti»), a difference («3 flere enn»)
    spans = [(o.start, o.end) for o in outcomes if o.kind in ("andel", "forskjell")]
    found = numbers.find_numbers(s.text)
    quantitative = bool(outcomes) or bool(found) or any(h.name == "var" for h in s.holders)
    if quantitative:
        first_line, first_col = s.where(0)
        last_line, last_col = s.where(max(0, len(s.text) - 1))
        for line in range(first_line, last_line + 1):
            a = first_col if line == first_line else 0
            b = last_col + 1 if line == last_line else 10**6
            context.quantitative.setdefault(line, []).append((a, b))
    years = reader.years(s)
    for number in found:
        where = s.where(number.start)
        if any(a <= number.start < b for a, b in spans):
            context.taken.add(where)
            continue
        if number.kind in ("year", "date", "glued"):
            continue
        # the value its clause names; if the clause names none, the sentence up to there
        a, b = s.clause_of(number.start)
        year = reader.year_at(s, number.start, years)
        if reader.from_side(s, number.start, number.end):
            year = (year or 0) + 1  # «fra 174 til 211»: the first number is the year before
        wanted = reader.wanted(s, a, b, year)
        if not wanted.anchored():
            wanted = reader.wanted(s, 0, b, year)
        if number.kind == "share":
            wanted.concepts.add("andel")
        unit = s.masked[number.end :].split()[:1]
        if unit and (concept := reader.lex.number_units.get(unit[0].strip(".,;:!?»").casefold())):
            wanted.concepts.add(concept)  # «over 50 dager»: the handling time (tall_enhet)
        if number.kind == "share" and changesize.sizes_change(s, number.start):
            # «økte med 20 prosent»: the relative change of the count the clause names
            wanted.concepts.discard("andel")
            count = reader.meanings.bind(wanted, share=False, before=1)
            context.meant[where] = changesize.change_of(count, reader.values, reader.lex)
        else:
            context.meant[where] = reader.meanings.bind(wanted, share=number.kind == "share")
        context.sentence_key[where] = s.digest()


def _example(word: claims.ClaimWord) -> str:
    """A claim the analyst can start from, in the word's own direction (see README)."""
    op = {
        "up": "gt",
        "down": "lt",
        "flat": "approx",
        "more": "gt",
        "fewer": "lt",
        "max": "ge",
        "min": "le",
    }.get(word.category, "approx")
    return f"nøkkel {op} annen_nøkkel"


def _fix(o: statements.Outcome, values: BuildValues) -> str:
    key = o.about.split(" = ")[0].split(",")[0].strip()
    head = key.rpartition(".")[0]
    series = series_of(key)[0] if key else ""
    for leaf in ("rank_word",) if o.kind == "rang" else ("change_word", "rank_word"):
        word = f"{head}.{leaf}"
        # only the word that follows this value: handling_days.change_word is the mean's, not
        # the median's or the share within the deadline's; a quantifier has no such word
        described = describes_of(word)
        if (
            head
            and word in values
            and o.kind != "alle"
            and described
            and (series_of(described)[0] == series or key == f"{head}.change")
        ):
            return (
                f"bruk {{{{< var {head}.{leaf} >}}}}, som følger tallene, eller skriv setningen om"
            )
    return "skriv setningen om etter årets tall"
