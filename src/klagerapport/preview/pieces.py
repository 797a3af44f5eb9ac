"""The fast path: each commentary file as a piece of the page, rendered alone and spliced in.

Each commentary file's text is fenced by two empty marker divs in the page's markdown and HTML
(Pandoc keeps divs; comments it strips). When only some pieces changed, and nothing outside them
did, `splice` renders only those through Pandoc and puts them into the last page. Pieces with
top-level headings or inline notes (numbered and listed page-wide) are never spliced; footnotes
are, when their number does not change (their items are moved into the page's list).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import grammar
from ..render import stage as staging
from ..render.embedded import html as html_step

START, END = "::: {{#kp-start-{}}}\n:::", "::: {{#kp-end-{}}}\n:::"
START_HTML, END_HTML, CLOSE = '<div id="kp-start-{}">', '<div id="kp-end-{}">', "</div>"
COMMENTARY_PATH = re.compile(r"/commentary/(?P<key>[\w-]+)\.md")  # a commentary file's include
SEGMENT = re.compile(
    r"::: \{#kp-start-(?P<key>[\w-]+)\}\n:::\n(?P<body>.*?)\n::: \{#kp-end-(?P=key)\}\n:::",
    re.DOTALL,
)
HTML_SEGMENT = re.compile(
    r'<div id="kp-start-(?P<key>[\w-]+)">\s*</div>(?P<body>.*?)<div id="kp-end-(?P=key)">',
    re.DOTALL,
)
# Markdown that Pandoc lists or closes page-wide (headings in the contents, inline notes, an open
# comment): never rendered as a piece. Footnotes are, when their number does not change.
NOT_SPLICEABLE = re.compile(r"\^\[|^#{1,2}[ \t]|^(=+|-+)[ \t]*$|<!--", re.MULTILINE)
NOTE_REF = re.compile(
    r'<a href="#fn(\d+)" class="footnote-ref" id="fnref\1" role="doc-noteref"><sup>\1</sup></a>'
)
# A fragment's notes (wherever reference-location puts them), moved by id into the page's list.
NOTES = re.compile(r'<(section|aside) id="footnotes[^"]*"[^>]*>.*?</\1>\n?', re.DOTALL)
NOTE_ITEM = re.compile(r'<li id="fn(\d+)">(.*?)</li>', re.DOTALL)
FENCE_LINE = re.compile(r"^[ \t]*(```|~~~|:::)", re.MULTILINE)


@dataclass
class Rendered:
    """The last page before its problems were marked, and the markdown it was made from."""

    outside: str  # the markdown with every commentary piece left out
    pieces: dict[str, str]
    html: str


def splice(
    last: Rendered | None,
    outside: str,
    pieces: dict[str, str],
    lines: list,
    staged: staging.Staged,
    prepared: html_step.Prepared,
) -> str | None:
    """The last page with only the changed pieces made again (each checked as the whole
    document is), or None if that won't do."""
    if last is None or last.outside != outside or last.pieces.keys() != pieces.keys():
        return None
    changed = [k for k in pieces if pieces[k] != last.pieces[k]]
    if not changed:
        return last.html
    if not all(spliceable(last.pieces[k]) and spliceable(pieces[k]) for k in changed):
        return None
    for key in changed:
        html_step.check(staged, piece_lines(lines, key))
    markdown = "\n\n".join(f"{START.format(k)}\n{pieces[k]}\n{END.format(k)}" for k in changed)
    fragment = html_step.render_html_fragment(staged, prepared, markdown)
    notes_html = "".join(m[0] for m in NOTES.finditer(fragment))
    fragment_notes = {int(m[1]): m[0] for m in NOTE_ITEM.finditer(notes_html)}
    made = {m["key"]: m["body"] for m in HTML_SEGMENT.finditer(NOTES.sub("", fragment))}
    if set(made) != set(changed):
        return None
    page = last.html
    first_note = 0  # the fragment numbers the changed pieces' notes from 1, in order
    for key in changed:
        notes = len(grammar.footnote_refs(pieces[key]))
        if notes != len(grammar.footnote_refs(last.pieces[key])):
            return None  # the page's later notes would be numbered anew
        start, end = START_HTML.format(key), END_HTML.format(key)
        if page.count(start) != 1 or page.count(end) != 1:
            return None
        body = made[key]
        if notes:
            before = len(NOTE_REF.findall(page, 0, page.find(start)))
            page, body = _move_notes(page, fragment_notes, body, first_note, before, notes)
            if page is None:
                return None
            first_note += notes
        i = page.find(CLOSE, page.find(start)) + len(CLOSE)
        j = page.find(end, i)
        if j < 0:
            return None
        page = page[:i] + body + page[j:]
    return page


def _renumber(html: str, mapping: dict[int, int]) -> str:
    """Footnote numbers in references, back links and items changed by `mapping`."""

    def number(match: re.Match) -> str:
        return match[0].replace(match[1], str(mapping[int(match[1])]))

    html = NOTE_REF.sub(
        lambda m: (
            f'<a href="#fn{mapping[int(m[1])]}" class="footnote-ref" '
            f'id="fnref{mapping[int(m[1])]}" role="doc-noteref"><sup>{mapping[int(m[1])]}</sup></a>'
        ),
        html,
    )
    html = re.sub(r'<li id="fn(\d+)">', number, html)
    return re.sub(r'<a href="#fnref(\d+)" class="footnote-back"', number, html)


def _move_notes(
    page: str, made: dict[int, str], body: str, first: int, before: int, count: int
) -> tuple[str | None, str]:
    """A piece's `count` notes, numbered `first`+1… in the fragment, as the page's `before`+1…:
    its references renumbered in `body`, its items replacing the page's. None if unsure."""
    mapping = {first + n: before + n for n in range(1, count + 1)}
    if set(mapping) - set(made) or NOTE_REF.search(body) is None:
        return None, body
    if any(int(m[1]) not in mapping for m in NOTE_REF.finditer(body)):
        return None, body
    body = _renumber(body, mapping)
    for old, new in mapping.items():
        item = _renumber(made[old], mapping)
        pattern = re.compile(rf'<li id="fn{new}">.*?</li>', re.DOTALL)
        found = pattern.findall(page)
        if len(found) != 1 or "<li" in found[0][4:] or "<li" in item[4:]:
            return None, body  # a list inside a note: leave it to a full render
        page = pattern.sub(lambda _m, item=item: item, page, count=1)
    return page, body


def fence_pieces(part: str) -> str:
    """The commentary part with each file's include between marker comments."""
    lines = []
    for line in part.split("\n"):
        match = COMMENTARY_PATH.fullmatch(grammar.include(line) or "")
        if match:
            key = match["key"]
            line = f"{START.format(key)}\n\n{line}\n\n{END.format(key)}"
        lines.append(line)
    return "\n".join(lines)


def split_pieces(markdown: str) -> tuple[str, dict[str, str]]:
    """The markdown without its fenced pieces, and each piece by its file's name."""
    pieces = {m["key"]: m["body"] for m in SEGMENT.finditer(markdown)}
    outside = SEGMENT.sub(lambda m: START.format(m["key"]), markdown)
    return outside, pieces


def piece_lines(lines: list, key: str) -> list:
    """The document's lines between a piece's markers."""
    texts = [line.text for line in lines]
    first = texts.index(f"::: {{#kp-start-{key}}}") + 2
    return lines[first : texts.index(f"::: {{#kp-end-{key}}}", first)]


def spliceable(piece: str) -> bool:
    """A piece Pandoc renders alone exactly as within the page (no page-wide numbering)."""
    if NOT_SPLICEABLE.search(piece):
        return False
    fences = FENCE_LINE.findall(piece)
    return all(fences.count(kind) % 2 == 0 for kind in ("```", "~~~", ":::"))
