"""The commentary check's findings marked in the page, where they are.

Before Pandoc sees a commentary file, each finding on a line gets tokens of plain letters and
digits (which Markdown leaves alone): a placeholder the check faults (`{{< var … >}}`,
`{{< claim … >}}`) is replaced by one token, which becomes the note; the words of any other
finding (a typed number, a claim word, another district's name) are put between an opening and
a closing token, which become a `<mark>` around them. After Pandoc, `mark_findings` swaps the
tokens in the text of the HTML (never inside a tag) for escaped notes. A broken shortcode is
left alone: the render reports it.

Every statement the check read is marked in its sentence: verified (green, `kp-bekreftet`), false
(red, `kp-feil`), or to be signed off by a reviewer (yellow, `kp-godkjenning`); other warnings
are `kp-advarsel`.

A token names its file (a short hash of the name) and the finding's number within that file, so
a file's tokens do not change when another file gains or loses a finding: the fast path then
renders only the file that was saved.
"""

from __future__ import annotations

import hashlib
import html
import re

from .. import grammar
from ..errors import Problem
from .problems import ERROR, INFO, span

TOKEN = "KPFUNN{}{:04d}{}"  # file, number in the file, kind
POINT, OPEN, CLOSE = "X", "A", "B"
TOKEN_RE = re.compile(r"KPFUNN([0-9a-f]{6})(\d{4})([XAB])")
TAG = re.compile(r"(<[^>]*>)")
NOT_MARKED = {"broken-shortcode"}
# What opens a line's block (list item, quote, heading): a token before it would change the block.
BLOCK_START = re.compile(r"^(?:[ \t]*(?:[-*+]|\d+[.)]|#{1,6}|>)(?:[ \t]+|$))*")


def file_tag(file: str) -> str:
    return hashlib.blake2s(file.encode("utf-8"), digest_size=3).hexdigest()


def tokenize(text: str, file: str, findings: list[Problem]) -> str:
    """`text` (of `file`) with the tokens of its findings (those with a place in a line)."""
    lines = text.split("\n")
    by_line: dict[int, list[tuple[int, Problem]]] = {}
    for n, f in enumerate(f for f in findings if f.file == file):
        if span(f) is not None and f.code not in NOT_MARKED and f.line <= len(lines):
            by_line.setdefault(f.line, []).append((n, f))
    tag = file_tag(file)
    for lineno, items in by_line.items():
        lines[lineno - 1] = _tokenize_line(lines[lineno - 1], items, tag)
    return "\n".join(lines)


def _tokenize_line(line: str, items: list[tuple[int, Problem]], tag: str) -> str:
    lead = BLOCK_START.match(line).end()
    replaced: list[tuple[int, int, int]] = []  # start, end, finding number
    inserts: list[tuple[int, int, str]] = []  # position, order at that position, token
    for n, f in items:
        start, end = span(f)
        end = min(end, len(line))
        if grammar.is_written_shortcode(line[start:end]):
            if not any(s < end and start < e for s, e, _ in replaced):
                replaced.append((start, end, n))
            continue
        start = max(start, lead)
        if end <= start:  # the words are the block's marker: a note where its text starts
            inserts.append((start, 1, TOKEN.format(tag, n, POINT)))
        else:
            inserts.append((start, 2, TOKEN.format(tag, n, OPEN)))
            inserts.append((end, 0, TOKEN.format(tag, n, CLOSE)))
    for s, e, _ in replaced:  # nothing goes inside a replaced placeholder
        inserts = [(e if s < pos < e else pos, order, token) for pos, order, token in inserts]
    edits = [(s, 1, e, TOKEN.format(tag, n, POINT)) for s, e, n in replaced]
    edits += [(pos, order, pos, token) for pos, order, token in inserts]
    out, at = [], 0
    for start, _order, end, token in sorted(edits, key=lambda e: (e[0], e[1])):
        out.append(line[at:start] + token)
        at = max(at, end)
    out.append(line[at:])
    return "".join(out)


def note(finding: Problem) -> str:
    return f"{finding.message} – {finding.suggestion}" if finding.suggestion else finding.message


# the mark of each kind of finding: (class, background)
STYLES = {
    "error": ("kp-feil", "#f9d0d0"),
    "signoff": ("kp-godkjenning", "#fff0a8"),
    "warning": ("kp-advarsel", "#ffe2b8"),
    "info": ("kp-bekreftet", "#d4f0d8"),
}


def kind_of(finding: Problem) -> str:
    if finding.severity == ERROR:
        return "error"
    if finding.severity == INFO:
        return "info"
    return "signoff" if finding.code == "needs-signoff" else "warning"


def finding_html(n: int, finding: Problem, *, first: bool, around: bool = False) -> str:
    """The escaped note that stands where the finding is: the note itself in place of a
    placeholder, or (`around`) the opening of a mark around the words."""
    css, colour = STYLES[kind_of(finding)]
    text = note(finding)
    ident = f' id="kp-funn-{n}"' if first else ""
    opening = (
        f'<mark class="kp-funn {css}"{ident} style="background:{colour}" '
        f'title="{html.escape(text, quote=True)}">'
    )
    if around:
        return opening
    shown = f"⚠ {text}" if finding.severity == ERROR else "⚠"
    return f"{opening}{html.escape(shown)}</mark>"


def mark_findings(page: str, findings: list[Problem]) -> str:
    """Replace the tokens in the text (never inside a tag) by their marks and notes."""
    if not findings:
        return page
    numbers: dict[tuple[str, int], int] = {}  # (file tag, number in the file) -> number
    counts: dict[str, int] = {}
    for n, f in enumerate(findings):
        tag = file_tag(f.file)
        numbers[tag, counts.get(tag, 0)] = n
        counts[tag] = counts.get(tag, 0) + 1
    seen: set[int] = set()
    pieces = TAG.split(page)
    for i in range(0, len(pieces), 2):  # even pieces are text, odd ones tags
        if "KPFUNN" not in pieces[i]:
            continue
        tokens = [(numbers.get((m[1], int(m[2]))), m[3]) for m in TOKEN_RE.finditer(pieces[i])]
        # a mark opens only where it also closes, in the same text
        around = {n for n, kind in tokens if kind == OPEN} & {
            n for n, kind in tokens if kind == CLOSE
        }

        def replace(match: re.Match, around=around) -> str:
            n, kind = numbers.get((match[1], int(match[2]))), match[3]
            if n is None:
                return match[0]
            if kind == CLOSE:
                return "</mark>" if n in around else ""
            first = n not in seen
            seen.add(n)
            return finding_html(n, findings[n], first=first, around=n in around)

        pieces[i] = TOKEN_RE.sub(replace, pieces[i])
    return "".join(pieces)
