"""Commentary as sentences: paragraphs (lines joined until a blank line or a block start), split
into sentences, each with its placeholders and lexicon hits.

A placeholder is never a sentence boundary: shortcodes are masked (kept in length, first
character «§») before the split, so «… 2018. {{< var x >}} av klagene …» starts a sentence at the
placeholder and «{{< var year.current >}}.» inside a sentence ends nothing. A sentence ends at
«.», «!» or «?» before a capital letter, a quote, a parenthesis or a placeholder, and at the end
of the paragraph. Abbreviations («ca.», «pr.», «f.eks.») are followed by a small letter and so
end nothing. Every position maps back to its file line and column.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from .. import grammar
from . import numbers
from .lexicon import Hit, Lexicon

_FOOTNOTE = re.compile(r"\[\^[^\]]+\]:?")
_CROSSREF = re.compile(r"@(?:tbl|fig)-[\w-]+")
_URL = re.compile(r"https?://\S+")
_END = re.compile(r"(?<=[.!?])[\s\u00a0]+(?=[A-ZÆØÅ«\"(\[§]|$)|[.!?]\s*$")
_BLOCK = re.compile(r"^\s*(?:[-*+]\s|\d+[.)]\s|#{1,6}\s|>|:::|\[\^[^\]]+\]:)")
_JOINING = r"\s(?:mot|mens|men|samt|og)\s"  # words that join two clauses
_CLAUSE = re.compile(r"[,;:)–]|" + _JOINING, re.IGNORECASE)
_JOIN = re.compile(_JOINING, re.IGNORECASE)


@dataclass(frozen=True)
class Placeholder:
    start: int
    end: int
    name: str  # var | claim | …
    args: str


@dataclass
class Sentence:
    text: str  # as written (shortcodes included)
    masked: str  # shortcodes as «§» and spaces, footnote labels, cross-references, URLs blanked
    start: int  # offset in the paragraph
    lines: list[tuple[int, int, int]]  # (paragraph offset, file line, column) of each line start
    holders: list[Placeholder] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    clauses: list[tuple[int, int]] = field(default_factory=list)

    def where(self, pos: int) -> tuple[int, int]:
        """The file line and 0-based column of a position in this sentence."""
        at = self.start + pos
        line, col = self.lines[0][1], at
        for offset, lineno, column in self.lines:
            if offset <= at:
                line, col = lineno, at - offset + column
        return line, col

    def digest(self) -> str:
        """The key a reviewer's sign-off is recorded under: the words, spaces normalised."""
        words = " ".join(self.text.split())
        return hashlib.sha256(words.encode("utf-8")).hexdigest()[:12]

    def joined_from(self, pos: int) -> int:
        """Where the clause of `pos` starts once clauses cut off only by punctuation are joined
        back («Saksbehandlingstiden, målt som median, gikk ned»): after the last joining word
        («men», «og» …) before the clause, outside lexicon phrases; 0 if there is none."""
        a, _ = self.clause_of(pos)
        inside = [(h.start, h.end) for h in self.hits]
        joins = [
            m.end()
            for m in _JOIN.finditer(self.masked, 0, a)
            if not any(x <= m.start() + 1 < y for x, y in inside)
        ]
        return joins[-1] if joins else 0

    def stretches(self) -> list[tuple[int, int]]:
        """The sentence cut at its joining words («og», «men», «mot» …, outside lexicon
        phrases), the cuts `joined_from` joins clauses up to: (start, end) of each stretch."""
        inside = [(h.start, h.end) for h in self.hits]
        out, begin = [], 0
        for m in _JOIN.finditer(self.masked):
            if not any(x <= m.start() + 1 < y for x, y in inside):
                out.append((begin, m.start()))
                begin = m.end()
        out.append((begin, len(self.masked)))
        return out

    def clause_of(self, pos: int) -> tuple[int, int]:
        for s, e in self.clauses:
            if s <= pos < e:
                return s, e
        return 0, len(self.masked)


def mask(text: str) -> str:
    def blank(m: re.Match) -> str:
        return " " * len(m.group())

    text = grammar.blank_shortcodes(text, lead="§")
    for pattern in (_FOOTNOTE, _CROSSREF, _URL):
        text = pattern.sub(blank, text)
    return text


def paragraphs(text: str) -> list[tuple[str, list[tuple[int, int, int]]]]:
    """(paragraph text, its line starts) for each paragraph; a quote, list item, heading or
    footnote starts a paragraph of its own."""
    out: list[tuple[str, list[tuple[int, int, int]]]] = []
    current: list[str] = []
    starts: list[tuple[int, int, int]] = []

    def flush() -> None:
        if current:
            out.append(("\n".join(current), list(starts)))
        current.clear()
        starts.clear()

    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            flush()
            continue
        if _BLOCK.match(line):
            flush()
        offset = sum(len(x) + 1 for x in current)
        current.append(line)
        starts.append((offset, n, 0))
    flush()
    return out


def split(paragraph: str, starts, lex: Lexicon) -> list[Sentence]:
    masked = mask(paragraph)
    spans, begin = [], 0
    for m in _END.finditer(masked):
        end = m.start() + (1 if masked[m.start()] in ".!?" else 0)
        if end > begin:
            spans.append((begin, end))
        begin = m.end()
    if begin < len(masked) and masked[begin:].strip():
        spans.append((begin, len(masked)))
    out = []
    for s, e in spans:
        while s < e and masked[s].isspace():
            s += 1
        sentence = Sentence(paragraph[s:e], masked[s:e], s, starts)
        for sc in grammar.written(sentence.text):
            sentence.holders.append(Placeholder(sc.start, sc.end, sc.name, sc.arguments))
        sentence.hits = lex.hits(sentence.masked)
        sentence.clauses = _clauses(sentence)
        out.append(sentence)
    return out


def _clauses(sentence: Sentence) -> list[tuple[int, int]]:
    """Clause spans: split at punctuation and joining words outside lexicon phrases."""
    inside = [(h.start, h.end) for h in sentence.hits]
    cuts = [
        (m.start(), m.end())
        for m in _CLAUSE.finditer(sentence.masked)
        if not any(a <= m.start() < b for a, b in inside)
    ]
    out, begin = [], 0
    for s, e in cuts:
        out.append((begin, s))
        begin = e
    out.append((begin, len(sentence.masked)))
    return out


def sentences(text: str, lex: Lexicon) -> list[Sentence]:
    return [s for para, starts in paragraphs(text) for s in split(para, starts, lex)]


def typed_years(sentence: Sentence) -> list[tuple[int, int, int]]:
    """(start, end, year) of every year typed in the sentence's prose (not a date's year)."""
    return [
        (n.start, n.end, int(n.value))
        for n in numbers.find_numbers(sentence.text, words=False)
        if n.kind == "year"
    ]
