"""One preview session: a staged project kept on disk, the values and the last page in memory.

The first render stages the whole Quarto project of a build (as `klagerapport render` does) in a
private temporary folder. A saved commentary file re-copies only the commentary and re-runs only
the HTML step (render/embedded/html.py): no notebooks, no PDF, no XLSX. A changed report/ or
build restages everything.

Fast path: each commentary file's text is fenced by marker comments in the page's markdown.
When only some files changed, and nothing outside them did, only those pieces go through Pandoc
and are spliced into the last page; then the whole page is made again in the background
(`settle`) and replaces the quick one if it differs, so the page always ends as a full render.
Pieces with footnotes or top-level headings (numbered and listed page-wide) are never spliced.

Problems found by `problems.find` are replaced in the staged copy by a token that becomes a
marked, escaped note in the HTML, so the page shows them where they are. A render that fails
keeps the last good HTML and records the error (file, line, message).
"""

from __future__ import annotations

import html
import json
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .. import paths
from ..errors import KlagerapportError
from ..publish import edition
from ..render import safety
from ..render import stage as staging
from ..render.embedded import html as html_step
from . import problems
from .problems import Finding

TOKEN = "KPFUNN{:04d}X"
TOKEN_RE = re.compile(r"KPFUNN(\d{4})X")
TAG = re.compile(r"(<[^>]*>)")
# Each commentary file's piece lies between two empty marker divs, in the markdown and the HTML
# (Pandoc keeps divs; comments it strips).
START, END = "::: {{#kp-start-{}}}\n:::", "::: {{#kp-end-{}}}\n:::"
START_HTML, END_HTML, CLOSE = '<div id="kp-start-{}">', '<div id="kp-end-{}">', "</div>"
INCLUDE_PART = re.compile(r"^\{\{< include /commentary/(?P<key>[\w-]+)\.md >\}\}$", re.MULTILINE)
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
NOTE_REF_MD = re.compile(r"\[\^[^\]\s]+\](?!:)")
NOTE_REF = re.compile(
    r'<a href="#fn(\d+)" class="footnote-ref" id="fnref\1" role="doc-noteref"><sup>\1</sup></a>'
)
# A fragment's notes (wherever reference-location puts them), moved by id into the page's list.
NOTES = re.compile(r'<(section|aside) id="footnotes[^"]*"[^>]*>.*?</\1>\n?', re.DOTALL)
NOTE_ITEM = re.compile(r'<li id="fn(\d+)">(.*?)</li>', re.DOTALL)
FENCE_LINE = re.compile(r"^[ \t]*(```|~~~|:::)", re.MULTILINE)
ERROR_WHERE = re.compile(r"^(?P<file>[^\n]+?), linje (?P<line>\d+): (?P<message>.+)$", re.DOTALL)


@dataclass(frozen=True)
class RenderError:
    """Why the last render failed, for the page: where (if known) and the message."""

    message: str
    file: str | None = None
    line: int | None = None

    @classmethod
    def from_exception(cls, err: BaseException) -> RenderError:
        text = str(err).strip() or type(err).__name__
        if not isinstance(err, KlagerapportError):
            text = f"{type(err).__name__}: {text}"
        match = ERROR_WHERE.match(text)
        if match:
            return cls(match["message"], match["file"], int(match["line"]))
        return cls(text)


@dataclass
class Rendered:
    """The last page before its problems were marked, and the markdown it was made from."""

    outside: str  # the markdown with every commentary piece left out
    pieces: dict[str, str]
    html: str


@dataclass(frozen=True)
class Settle:
    """A full render owed after a spliced one: the document of render `generation`, still to
    be checked whole (only its changed pieces were)."""

    generation: int
    markdown: str
    lines: list


@dataclass
class ValueRow:
    key: str
    text: str
    raw: object
    section: str


@dataclass
class State:
    """What the page shows; `version` grows with every render, good or failed."""

    version: int = 0
    html: str | None = None  # the last good render
    html_version: int = 0
    error: RenderError | None = None
    findings: list[Finding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    values: list[ValueRow] = field(default_factory=list)
    values_version: int = 0


class Session:
    """The staged project of one build and the last render; thread-safe `refresh`."""

    def __init__(
        self, run_dir: Path, *, district: str, year: int, commentary: Path | None = None
    ) -> None:
        self.run_dir = Path(run_dir).resolve()
        self.district = district
        self.year = year
        self.source = commentary or paths.commentary_dir(district, year)
        self._tmp = Path(tempfile.mkdtemp(prefix="klagerapport-preview-"))
        self.root = self._tmp / "prosjekt"
        self.staged: staging.Staged | None = None
        self.state = State()
        self._keys: list[str] = []
        self._lock = threading.Lock()
        self._last: Rendered | None = None
        self._prepared: html_step.Prepared | None = None
        self._hidden: set[str] = set()
        self._generation = 0
        self.spliced = 0  # renders that took the fast path (for the benchmark)

    def close(self) -> None:
        shutil.rmtree(self._tmp, ignore_errors=True)

    # ------------------------------------------------------------------------ rendering

    def refresh(self, *, full: bool = False) -> Settle | None:
        """Re-render; `full` restages report/ and the build too, else only the commentary.

        Returns the full render still owed when the page was spliced (see `settle`)."""
        with self._lock:
            started = time.perf_counter()
            state = self.state
            self._generation += 1
            owed = None
            try:
                if full or self.staged is None:
                    self._last = None
                    self._stage_all()
                else:
                    self._stage_commentary()
                lines = html_step.html_lines(self.staged, self._prepared)
                markdown = html_step.html_markdown(self.staged, lines)
                outside, pieces = split_pieces(markdown)
                raw = self._splice(outside, pieces, lines)
                if raw is None:
                    html_step.check(self.staged, lines)
                    raw = html_step.render_html(self.staged, self._prepared, markdown)
                else:
                    self.spliced += 1
                    owed = Settle(self._generation, markdown, lines)
                self._last = Rendered(outside, pieces, raw)
                page = mark_findings(raw, state.findings)
                if page != state.html:  # an unchanged page is not sent again
                    state.html = page
                    state.html_version = state.version + 1
                state.error = None
            except Exception as err:  # any input problem: shown in the page, never a crash
                state.error = RenderError.from_exception(err)
                owed = None
            state.version += 1
            state.seconds = time.perf_counter() - started
            return owed

    def _splice(self, outside: str, pieces: dict[str, str], lines: list) -> str | None:
        """The last page with only the changed pieces made again (each checked as the whole
        document is), or None if that won't do."""
        last = self._last
        if last is None or last.outside != outside or last.pieces.keys() != pieces.keys():
            return None
        changed = [k for k in pieces if pieces[k] != last.pieces[k]]
        if not changed:
            return last.html
        if not all(spliceable(last.pieces[k]) and spliceable(pieces[k]) for k in changed):
            return None
        for key in changed:
            html_step.check(self.staged, piece_lines(lines, key))
        markdown = "\n\n".join(f"{START.format(k)}\n{pieces[k]}\n{END.format(k)}" for k in changed)
        fragment = html_step.render_html_fragment(self.staged, self._prepared, markdown)
        notes_html = "".join(m[0] for m in NOTES.finditer(fragment))
        fragment_notes = {int(m[1]): m[0] for m in NOTE_ITEM.finditer(notes_html)}
        made = {m["key"]: m["body"] for m in HTML_SEGMENT.finditer(NOTES.sub("", fragment))}
        if set(made) != set(changed):
            return None
        page = last.html
        first_note = 0  # the fragment numbers the changed pieces' notes from 1, in order
        for key in changed:
            notes = len(NOTE_REF_MD.findall(pieces[key]))
            if notes != len(NOTE_REF_MD.findall(last.pieces[key])):
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

    def settle(self, owed: Settle) -> bool:
        """Check and make the whole page of a spliced render; True if the page changed."""
        error = None
        try:
            html_step.check(self.staged, owed.lines)
            raw = html_step.render_html(self.staged, self._prepared, owed.markdown, name="hel")
        except KlagerapportError as err:
            error = RenderError.from_exception(err)
        except Exception:
            return False  # the spliced page stays; the next save renders again
        with self._lock:
            if owed.generation != self._generation or self._last is None:
                return False  # a newer render came first
            if error is not None:  # the whole document fails where its pieces passed
                self.state.error = error
                self.state.version += 1
                return True
            self._last.html = raw
            page = mark_findings(raw, self.state.findings)
            if page == self.state.html:
                return False
            self.state.html = page
            self.state.version += 1
            self.state.html_version = self.state.version
            return True

    def _stage_all(self) -> None:
        self.staged = None
        shutil.rmtree(self.root, ignore_errors=True)
        self.root.mkdir(parents=True)
        staged = staging.stage(self.run_dir, self.root, district=self.district, year=self.year)
        self.staged = staged
        self._prepared = html_step.prepare(staged)
        self._hidden = edition.hidden_value_keys(self.run_dir)
        self._keys = [k for k, _ in problems.flat_keys(staged.variables)]
        self.state.values = read_values(self.run_dir, staged.variables)
        self.state.values_version += 1
        self._stage_commentary()

    def _stage_commentary(self) -> None:
        """Copy the commentary again (problems replaced by tokens) and rebuild its part."""
        assert self.staged is not None
        target = self.root / "commentary"
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir()
        findings: list[Finding] = []
        for file in commentary_files(self.source):
            try:
                text = file.read_bytes().decode("utf-8")
            except UnicodeDecodeError as err:
                raise KlagerapportError(
                    f"{paths.shown(file)}, linje {_line_of(file, err.start)}: filen er ikke "
                    "gyldig UTF-8 (ble den lagret halvveis, eller med en annen tegnkoding?)"
                ) from None
            found = problems.find(file, text, self.staged.variables, self._keys)
            (target / file.name).write_text(tokenize(text, found, len(findings)), encoding="utf-8")
            findings.extend(found)
        # the checks staging makes on the commentary, made again on every save
        home = paths.COMMENTARY.resolve()
        inside = home if self.source.resolve().is_relative_to(home) else self.source
        safety.check_links(self.source, inside=inside)
        staging.check_hidden_quotes(self.source, self._hidden)
        parts, warnings = staging.commentary_files(
            staging.load_sections(), self.source, self.staged.variables
        )
        folder = self.root / staging.COMMENTARY_DIR
        for name, text in parts.items():
            (folder / f"{name}.qmd").write_text(fence_pieces(text), encoding="utf-8")
        self.staged.warnings = warnings
        self.state.findings = findings
        self.state.warnings = warnings

    # ----------------------------------------------------------------------- for the page

    def asset(self, name: str) -> Path | None:
        """A stylesheet or figure of the staged report, or None for anything else."""
        if self.staged is None:
            return None
        return safe_asset(self.root, name)

    def state_json(self) -> dict:
        state = self.state
        return {
            "version": state.version,
            "html_version": state.html_version,
            "values_version": state.values_version,
            "district": self.district,
            "year": self.year,
            "seconds": round(state.seconds, 3),
            "error": asdict(state.error) if state.error else None,
            "findings": [
                {
                    "id": f"kp-funn-{n}",
                    "file": paths.shown(f.file),
                    "line": f.line,
                    "severity": f.severity,
                    "message": f.message,
                    "suggestion": f.suggestion,
                }
                for n, f in enumerate(state.findings)
            ],
            "warnings": state.warnings,
        }

    def values_json(self) -> dict:
        return {
            "values_version": self.state.values_version,
            "values": [asdict(v) for v in self.state.values],
        }


# --------------------------------------------------------------------------- pure helpers

ASSET_SUFFIXES = {".css", ".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp"}


def safe_asset(root: Path, name: str) -> Path | None:
    """`name` inside `root` if it is a stylesheet or image file there, else None.

    No hidden names, no `..`, no absolute paths, no symbolic link out of the folder, no folders
    (so no listing): only the report's own assets are ever served.
    """
    parts = Path(name).parts
    if not parts or Path(name).is_absolute() or any(p in ("", ".", "..") for p in parts):
        return None
    if any(p.startswith(".") or "\\" in p or "\x00" in p for p in parts):
        return None
    root = root.resolve()
    try:
        target = (root / name).resolve()
    except (OSError, ValueError):
        return None
    if not target.is_relative_to(root) or target.suffix.lower() not in ASSET_SUFFIXES:
        return None
    return target if target.is_file() else None


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
    return INCLUDE_PART.sub(
        lambda m: f"{START.format(m['key'])}\n\n{m[0]}\n\n{END.format(m['key'])}", part
    )


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


def commentary_files(source: Path) -> list[Path]:
    """The Markdown files of a commentary folder; editors' hidden and backup files skipped."""
    if not source.is_dir():
        return []
    return sorted(
        f
        for f in source.iterdir()
        if f.suffix == ".md" and not f.name.startswith((".", "#")) and f.is_file()
    )


def _line_of(file: Path, offset: int) -> int:
    try:
        return file.read_bytes()[:offset].count(b"\n") + 1
    except OSError:
        return 1


def tokenize(text: str, found: Iterable[Finding], first: int) -> str:
    """`text` with each finding's placeholder replaced by its token (numbered from `first`)."""
    lines = text.split("\n")
    by_line: dict[int, list[tuple[int, Finding]]] = {}
    for n, f in enumerate(found, start=first):
        by_line.setdefault(f.line, []).append((n, f))
    for lineno, items in by_line.items():
        line = lines[lineno - 1]
        for n, f in sorted(items, key=lambda item: item[1].start, reverse=True):
            line = line[: f.start] + TOKEN.format(n) + line[f.end :]
        lines[lineno - 1] = line
    return "\n".join(lines)


def finding_html(n: int, finding: Finding, *, first: bool) -> str:
    """The escaped, marked note that stands in the page where the finding's placeholder was."""
    severity = "kp-feil" if finding.severity == problems.ERROR else "kp-advarsel"
    note = finding.message
    if finding.suggestion:
        note += f" – mente du «{finding.suggestion}»?"
    ident = f' id="kp-funn-{n}"' if first else ""
    shown = f"⚠ {note}" if finding.severity == problems.ERROR else "–"
    return (
        f'<mark class="kp-funn {severity}"{ident} title="{html.escape(note, quote=True)}">'
        f"{html.escape(shown)}</mark>"
    )


def mark_findings(page: str, findings: list[Finding]) -> str:
    """Replace the tokens in the text (never inside a tag) by their marked notes."""
    if not findings:
        return page
    seen: set[int] = set()

    def replace(match: re.Match) -> str:
        n = int(match.group(1))
        if n >= len(findings):
            return match.group(0)
        first = n not in seen
        seen.add(n)
        return finding_html(n, findings[n], first=first)

    pieces = TAG.split(page)
    for i in range(0, len(pieces), 2):  # even pieces are text, odd ones tags
        if "KPFUNN" in pieces[i]:
            pieces[i] = TOKEN_RE.sub(replace, pieces[i])
    return "".join(pieces)


def read_values(run_dir: Path, variables: dict) -> list[ValueRow]:
    """Every value key of the build, grouped by the section that computed it.

    Sections write values/<section>.json (raw value and text); a key only in _variables.yml
    (an older build) is grouped under its first part.
    """
    rows: dict[str, ValueRow] = {}
    folder = run_dir / "values"
    if folder.is_dir():
        for file in sorted(folder.glob("*.json")):
            try:
                data = json.loads(file.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError):
                continue
            for key, item in sorted(data.items()):
                if isinstance(item, dict):
                    rows[key] = ValueRow(key, str(item.get("text")), item.get("value"), file.stem)
    for key, text in problems.flat_keys(variables):
        if key in rows:
            rows[key].text = str(text)  # what the report prints
        else:
            rows[key] = ValueRow(key, str(text), None, key.split(".", 1)[0])
    return sorted(rows.values(), key=lambda r: (r.section, r.key))
