"""One preview session: a staged project kept on disk, the values and the last page in memory.

The first render stages the whole Quarto project of a build (as `klagerapport render` does) in a
private temporary folder. A saved commentary file re-copies only the commentary and re-runs only
the HTML step (render/embedded/html.py): no notebooks, no PDF, no XLSX. A changed report/ or
build restages everything.

Fast path (pieces.py): when only some commentary files changed, only those go through Pandoc
and are spliced into the last page; then the whole page is made again in the background
(`settle`) and replaces the quick one if it differs, so the page always ends as a full render.

The commentary is checked by `klagerapport check` on every save (problems.py, only the files
that changed); its findings are marked in the staged copy and become escaped notes in the HTML
(marks.py), so the page shows them where they are. A public build's wording the check found
(check/public.py) stops the page as it stops the render, and is listed once. A render that
fails keeps the last good HTML and records the error (file, line, message); the located
problems it carries (errors.Problem) are listed in the panel with the commentary's findings,
and so are the notes about the data a draft's box shows (`render.data_notes`): what
`render --json` lists for the same build.

A whole page (not a spliced one) passes the build's guard on its HTML (render/guard/): no
unresolved placeholder, and every piece of the document found in it (completeness); the PDF's
checks are the build's.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from .. import outline, paths
from ..check import editions
from ..check import public as public_check
from ..errors import KlagerapportError
from ..publish import utgave
from ..render import data_notes, guard, safety
from ..render import stage as staging
from ..render.embedded import html as html_step
from .files import read_commentary, safe_asset
from .marks import mark_findings, tokenize
from .pieces import Rendered, fence_pieces, splice, split_pieces
from .problems import INFO, Checker
from .state import State, failed, finding_json, read_values, succeeded


@dataclass(frozen=True)
class Settle:
    """A full render owed after a spliced one: the document of render `generation`, still to
    be checked whole (only its changed pieces were)."""

    generation: int
    markdown: str
    lines: list


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
        self._checker: Checker | None = None
        self._lock = threading.Lock()
        self._last: Rendered | None = None
        self._prepared: html_step.Prepared | None = None
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
                raw = splice(self._last, outside, pieces, lines, self.staged, self._prepared)
                if raw is None:
                    html_step.check(self.staged, lines)
                    raw = html_step.render_html(self.staged, self._prepared, markdown)
                    self._guard(raw)
                else:
                    self.spliced += 1
                    owed = Settle(self._generation, markdown, lines)
                self._last = Rendered(outside, pieces, raw)
                page = mark_findings(raw, state.findings)
                if page != state.html:  # an unchanged page is not sent again
                    state.html = page
                    state.html_version = state.version + 1
                succeeded(state)
            except Exception as err:  # any input problem: shown in the page, never a crash
                failed(state, err)
                owed = None
            state.version += 1
            state.seconds = time.perf_counter() - started
            return owed

    def settle(self, owed: Settle) -> bool:
        """Check and make the whole page of a spliced render; True if the page changed."""
        error = None
        try:
            html_step.check(self.staged, owed.lines)
            raw = html_step.render_html(self.staged, self._prepared, owed.markdown, name="hel")
            self._guard(raw)
        except KlagerapportError as err:
            error = err
        except Exception:
            return False  # the spliced page stays; the next save renders again
        with self._lock:
            if owed.generation != self._generation or self._last is None:
                return False  # a newer render came first
            if error is not None:  # the whole document fails where its pieces passed
                failed(self.state, error)
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

    def _guard(self, raw: str) -> None:
        """The build's guard on a whole page's HTML (before its marks)."""
        assert self.staged is not None and self._prepared is not None
        source = guard.read_source(self.root, staging.DOCUMENT, self.staged.describe)
        meta, variables = self._prepared.meta, self.staged.variables
        found = guard.output_problems(
            guard.visible_html(raw), "rapport.html", source, html=True, variables=variables
        )
        found += guard.completeness_problems(raw, None, source, variables, meta)
        guard.raise_problems(found)

    def _stage_all(self) -> None:
        self.staged = None
        shutil.rmtree(self.root, ignore_errors=True)
        self.root.mkdir(parents=True)
        staged = staging.stage(self.run_dir, self.root, district=self.district, year=self.year)
        # the commentary staged is the session's (_stage_commentary): messages name its files
        staged.sources[self.root.resolve() / "commentary"] = self.source
        self.staged = staged
        self._prepared = html_step.prepare(staged)
        self._checker = Checker.load(self.run_dir, district=self.district, year=self.year)
        self.state.notes = data_notes(self.run_dir, self.year)  # as a draft's box shows them
        self.state.values = read_values(self.run_dir, staged.variables)
        self.state.values_version += 1
        self._stage_commentary()

    def _stage_commentary(self) -> None:
        """Copy the commentary again (marked where the check finds problems) and rebuild its
        part."""
        assert self.staged is not None and self._checker is not None
        texts = read_commentary(self.source)
        findings = self._checker.find(self.source, {f.name: t for f, t in texts.items()})
        self.state.findings = findings  # listed even when the page cannot be made
        target = self.root / "commentary"
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir()
        for file, text in texts.items():
            text = editions.for_edition(text, utgave.of_run(self.run_dir))  # as checked
            marked = tokenize(text, paths.shown(file), findings)
            (target / file.name).write_text(marked, encoding="utf-8")
        # the checks staging makes on the commentary, made again on every save
        home = paths.COMMENTARY.resolve()
        inside = home if self.source.resolve().is_relative_to(home) else self.source
        safety.check_links(self.source, inside=inside)
        public_check.refuse(findings)  # a public edition's wording stops it, as in the render
        parts, warnings = staging.commentary_files(
            outline.load_sections(), self.source, self.staged.variables
        )
        folder = self.root / staging.COMMENTARY_DIR
        for name, text in parts.items():
            (folder / f"{name}.qmd").write_text(fence_pieces(text), encoding="utf-8")
        self.staged.warnings = warnings
        self.state.warnings = warnings

    # ----------------------------------------------------------------------- for the page

    def asset(self, name: str) -> Path | None:
        """A stylesheet or figure of the staged report, or None for anything else."""
        if self.staged is None:
            return None
        return safe_asset(self.root, name)

    def state_json(self) -> dict:
        state = self.state
        # what stopped the render and is not a finding already (a public edition's wording
        # is both: listed once, as `render --json` lists it)
        stopped = [p for p in state.stopped if p not in state.findings]
        return {
            "version": state.version,
            "html_version": state.html_version,
            "values_version": state.values_version,
            "district": self.district,
            "year": self.year,
            "seconds": round(state.seconds, 3),
            "error": asdict(state.error) if state.error else None,
            # the panel lists problems; verified statements are only marked in the page; then
            # what stopped the last render, then the notes about the data (after the
            # findings, whose numbers are their marks' in the page)
            "findings": [
                finding_json(n, f)
                for n, f in enumerate([*state.findings, *stopped, *state.notes])
                if f.severity != INFO
            ],
            "warnings": state.warnings,
        }

    def values_json(self) -> dict:
        return {
            "values_version": self.state.values_version,
            "values": [asdict(v) for v in self.state.values],
        }
