"""The commentary check's findings marked in the page, where they are.

Before Pandoc sees a commentary file, each finding on a line gets tokens of plain letters and
digits (which Markdown leaves alone): a placeholder the check faults (`{{< var … >}}`,
`{{< claim … >}}`) is replaced by one token, which becomes the note; the words of any other
finding (a typed number, a claim word, another district's name) are put between an opening and
a closing token, which become a `<mark>` around them. After Pandoc, `mark_findings` swaps the
tokens in the text of the HTML (never inside a tag) for escaped notes. A broken shortcode is
left alone: the render reports it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from .problems import ERROR, Finding, span

TOKEN = "KPFUNN{:04d}{}"
POINT, OPEN, CLOSE = "X", "A", "B"
TOKEN_RE = re.compile(r"KPFUNN(\d{4})([XAB])")
TAG = re.compile(r"(<[^>]*>)")
WHOLE_SHORTCODE = re.compile(r"\{\{<.*>\}\}", re.DOTALL)
NOT_MARKED = {"broken-shortcode"}
# What opens a line's block (list item, quote, heading): a token before it would change the block.
BLOCK_START = re.compile(r"^(?:[ \t]*(?:[-*+]|\d+[.)]|#{1,6}|>)(?:[ \t]+|$))*")


def tokenize(text: str, found: Iterable[tuple[int, Finding]]) -> str:
    """`text` with the tokens of the numbered findings (those with a place in a line)."""
    lines = text.split("\n")
    by_line: dict[int, list[tuple[int, Finding]]] = {}
    for n, f in found:
        if span(f) is not None and f.code not in NOT_MARKED and f.line <= len(lines):
            by_line.setdefault(f.line, []).append((n, f))
    for lineno, items in by_line.items():
        lines[lineno - 1] = _tokenize_line(lines[lineno - 1], items)
    return "\n".join(lines)


def _tokenize_line(line: str, items: list[tuple[int, Finding]]) -> str:
    lead = BLOCK_START.match(line).end()
    replaced: list[tuple[int, int, int]] = []  # start, end, finding number
    inserts: list[tuple[int, int, str]] = []  # position, order at that position, token
    for n, f in items:
        start, end = span(f)
        end = min(end, len(line))
        if WHOLE_SHORTCODE.fullmatch(line, start, end):
            if not any(s < end and start < e for s, e, _ in replaced):
                replaced.append((start, end, n))
            continue
        start = max(start, lead)
        if end <= start:  # the words are the block's marker: a note where its text starts
            inserts.append((start, 1, TOKEN.format(n, POINT)))
        else:
            inserts.append((start, 2, TOKEN.format(n, OPEN)))
            inserts.append((end, 0, TOKEN.format(n, CLOSE)))
    for s, e, _ in replaced:  # nothing goes inside a replaced placeholder
        inserts = [(e if s < pos < e else pos, order, token) for pos, order, token in inserts]
    edits = [(s, 1, e, TOKEN.format(n, POINT)) for s, e, n in replaced]
    edits += [(pos, order, pos, token) for pos, order, token in inserts]
    out, at = [], 0
    for start, _order, end, token in sorted(edits, key=lambda e: (e[0], e[1])):
        out.append(line[at:start] + token)
        at = max(at, end)
    out.append(line[at:])
    return "".join(out)


def note(finding: Finding) -> str:
    return f"{finding.message} – {finding.suggestion}" if finding.suggestion else finding.message


def finding_html(n: int, finding: Finding, *, first: bool, around: bool = False) -> str:
    """The escaped note that stands where the finding is: the note itself in place of a
    placeholder, or (`around`) the opening of a mark around the words."""
    severity = "kp-feil" if finding.severity == ERROR else "kp-advarsel"
    text = note(finding)
    ident = f' id="kp-funn-{n}"' if first else ""
    opening = f'<mark class="kp-funn {severity}"{ident} title="{html.escape(text, quote=True)}">'
    if around:
        return opening
    shown = f"⚠ {text}" if finding.severity == ERROR else "⚠"
    return f"{opening}{html.escape(shown)}</mark>"


def mark_findings(page: str, findings: list[Finding]) -> str:
    """Replace the tokens in the text (never inside a tag) by their marks and notes."""
    if not findings:
        return page
    seen: set[int] = set()
    pieces = TAG.split(page)
    for i in range(0, len(pieces), 2):  # even pieces are text, odd ones tags
        if "KPFUNN" not in pieces[i]:
            continue
        tokens = [(int(m[1]), m[2]) for m in TOKEN_RE.finditer(pieces[i])]
        # a mark opens only where it also closes, in the same text
        around = {n for n, kind in tokens if kind == OPEN} & {
            n for n, kind in tokens if kind == CLOSE
        }

        def replace(match: re.Match, around=around) -> str:
            n, kind = int(match[1]), match[2]
            if n >= len(findings):
                return match[0]
            if kind == CLOSE:
                return "</mark>" if n in around else ""
            first = n not in seen
            seen.add(n)
            return finding_html(n, findings[n], first=first, around=n in around)

        pieces[i] = TOKEN_RE.sub(replace, pieces[i])
    return "".join(pieces)
