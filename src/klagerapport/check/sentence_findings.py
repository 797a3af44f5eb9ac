"""The findings of one sentence read as claims: a false statement (an error), one no value can
show (`needs-signoff`, which a reviewer signs off in godkjent.yml), a verified one (`info`),
and its `{{< claim >}}`s, evaluated and held to agree with their word."""

from __future__ import annotations

from dataclasses import replace

from ..errors import Problem
from . import claims, national, sentences, signoff, statements
from .build_values import BuildValues, describes_of
from .findings import ERROR, INFO, WARNING
from .line_context import LineContext, note_numbers
from .line_findings import SNIPPET
from .meaning import series_of
from .statements import net

CLAIM_REACH = 40  # characters between a claim word and the claim after it


def check_sentence(
    s: sentences.Sentence, file: str, reader: statements.Reader, context: LineContext
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
    for start, _ in reader.compounds(s):  # «kritikkandelen falt»: its subject not read (doubt.py)
        line, col = s.where(start)
        context.unread_words.append((line, col + 1))
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
        if o.kind == "rang" and status != statements.FALSE:
            # a district a rank word names in the national report: the comparison decides, also
            # over a placeholder that is the extreme by definition («Troms mottok flest klager
            # ({{< var comparison.received_max >}})» names another district than the largest)
            verdict = national.district_rank(word, s.masked, 0, len(s.masked), reader.values)
            if (
                verdict is not None
                and verdict.ok is not None
                and not (verdict.ok and status == statements.OK)
            ):
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
            if o.kind == net.KIND:
                # the sentence is read in part here (doubt.py): a word no rule read; not a time
                # span said of another year, which leaves the rest read whole («…, som i fjor»),
                # nor a statement the build has no value for (a gap in the data, not the reading)
                line, col = s.where(o.start)
                context.unread_words.append((line, col + 1))
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
    note_numbers(s, reader, context, outcomes)
    return out


def _allowed(s: sentences.Sentence, o: statements.Outcome, context: LineContext) -> bool:
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
