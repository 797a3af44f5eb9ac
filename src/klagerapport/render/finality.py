"""Draft or final: the finality of a report (`--utkast`, the default, and `--endelig`).

Both check the commentary first (klagerapport.check). A final report stops on any check error,
missing section, quantitative sentence no value shows and no reviewer has signed off
(godkjent.yml), another district's name, unreviewed item of a new year's review list or a
missing report date (dato.yml; check.findings.FINAL_BLOCKING), naming each with file:line, and
carries no draft mark. A public edition, draft or final, stops first on the public wording
the check found (a small quantity in words, a hidden number: check/public.py). Any other draft
is rendered whatever the check says: its title (the HTML title, the PDF's header and document
metadata) says «utkast», page 1's date without dato.yml says «(foreløpig)», and a box at the
top of the commentary lists the check's findings. The findings quote the analysts' text, so
every character of them is escaped before it enters the Markdown.
"""

from __future__ import annotations

import re
import string
from pathlib import Path

import yaml

from .. import fmt, grammar, paths, settings
from ..check import BuildValues, blocks_final, check_commentary, public, reference, reportdate
from ..check import report as check_report
from ..check.findings import LABELS
from ..errors import BuildError, KlagerapportError, Problem
from ..publish import utgave
from ..publish.values import MISSING_TEXT
from .stage import COMMENTARY_DIR, DOCUMENT, INTRO, RUN_METADATA, Staged, variable_text

DRAFT_SUFFIX = " (utkast)"
# The public edition's title (HTML <title>, PDF title, header, metadata) says so.
PUBLIC_SUFFIX = " – offentlig utgave"
EDITION_NAMES = {"intern": "Intern utgave", "offentlig": "Offentlig utgave"}
DRAFT_BOX_TITLE = "Utkast: kontroll av kommentaren"
_PUNCTUATION = set(string.punctuation)
# a draft's provisional date without dato.yml: the day the report year's handling time is
# taken at (sections/handling_time.py), true for the report year whatever the export's end
BASIS_DATE_KEY = "handling_days.basis_date"
NOT_SET = "ikke satt"


def check(run_dir: Path, *, district: str, year: int, final: bool) -> list[Problem]:
    """The commentary's findings; an error if the report cannot be made: a public edition's
    wording its commentary check found (check/public.py, draft or final), or a final report's
    blocking findings (the error's problems the findings that stop it, its findings all of
    them)."""
    public_edition = utgave.of_run(run_dir) == settings.OFFENTLIG
    try:
        values = BuildValues.load(run_dir)
    except KlagerapportError as err:
        if final or public_edition:  # neither is made unchecked
            edition = "en endelig rapport" if final else "den offentlige utgaven"
            msg = f"kan ikke kontrollere kommentaren for {edition}: {err}"
            raise BuildError(msg) from None
        return []
    folder = paths.commentary_dir(district, year)
    findings = check_commentary(folder, values, year=year) + reportdate.missing(folder, year)
    try:
        public.refuse(findings)  # the public edition's wording, draft or final
    except KlagerapportError as err:
        raise err.with_findings(findings) from None
    blocking = [f for f in findings if blocks_final(f)]
    if final and blocking:
        title = f"Endelig rapport for {district} {year} bygges ikke; rett dette først"
        # the findings that stop it are its problems; all of them its findings (`--json`)
        raise BuildError(check_report.terminal(blocking, title=title), blocking).with_findings(
            findings
        )
    return findings


def summary(findings: list[Problem], *, final: bool) -> list[str]:
    """The build log's lines about the check (a draft's findings are in the document)."""
    if final or not findings:
        return []
    return [
        f"Kontroll av kommentaren: {check_report.summary(findings)} "
        "(vist i utkastet; «klagerapport check» viser dem med forslag)"
    ]


def md_escape(text: str) -> str:
    """Text that Markdown prints as it is: shortcodes shown as ⟨var key⟩, every ASCII
    punctuation character backslash-escaped (Pandoc reads `\\x` as a literal x)."""
    for code in reversed(grammar.scan(text).shortcodes):
        inner = " ".join([code.name, *(a.value for a in code.args)])
        text = text[: code.start] + f"⟨{inner}⟩" + text[code.end :]
    text = text.replace(grammar.OPEN, "⟨").replace(grammar.CLOSE, "⟩")  # any that are not
    return "".join("\\" + c if c in _PUNCTUATION else c for c in text.replace("\n", " "))


def draft_box(findings: list[Problem]) -> list[str]:
    lines = [f'::: {{.callout-warning title="{DRAFT_BOX_TITLE}"}}']
    if not findings:
        lines += ["Dette er et utkast. Kontrollen fant ingen feil eller advarsler.", ":::", ""]
        return lines
    lines += [
        f"Dette er et utkast. Kontrollen fant {md_escape(check_report.summary(findings))}:",
        "",
    ]
    for f in findings:
        where = f"{f.file}, linje {f.line}" if f.line else f.file
        item = f"{LABELS[f.severity]}: {where}: {f.message}"
        if f.suggestion:
            item += f" → {f.suggestion}"
        lines.append(f"- {md_escape(item)}")
    return [*lines, ":::", ""]


def _mark_title(document: Path, suffix: str = DRAFT_SUFFIX) -> None:
    """Append `suffix` to the title in the staged document's front matter."""
    lines = document.read_text(encoding="utf-8").split("\n")
    if not lines or lines[0].strip() != "---":
        return
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            break
        m = re.match(r"^title:\s*(.*)$", lines[i])
        if m:
            title = str(yaml.safe_load(m.group(1)) or "")
            dumped = yaml.safe_dump(title + suffix, allow_unicode=True, width=1000)
            lines[i] = "title: " + dumped.strip().removesuffix("...").strip()
            break
    document.write_text("\n".join(lines), encoding="utf-8")


_REPORTED_KEY = re.compile(r"^ukjent nøkkel «(.+)»$")


def _mark_unknown_keys(staged: Staged, findings: list[Problem]) -> None:
    """In the draft's copy of the commentary, a placeholder the check reported as an unknown
    key becomes a visible mark instead of stopping the render; the analyst's files are
    untouched, and a key the check did not report still stops it (render/guard/)."""
    reported = {
        m.group(1)
        for f in findings
        if f.code == "unknown-key" and (m := _REPORTED_KEY.match(f.message))
    }

    def mark(text: str) -> str:
        for code in reversed(grammar.shortcodes(text)):
            key = code.positional[:1]
            if code.name == "var" and key and key[0] in reported:
                shown = f"**{md_escape(f'[ukjent nøkkel «{key[0]}»]')}**"
                text = text[: code.start] + shown + text[code.end :]
        return text

    for file in sorted((staged.root / "commentary").glob("*.md")):
        text = file.read_text(encoding="utf-8")
        marked = mark(text)
        if marked != text:
            file.write_text(marked, encoding="utf-8")


def owner(variables) -> str:
    """Page 1's owner: the build's `owner` value (sections/received.py: the district's official
    name, or the national scope as the data covers it, partial or whole), with a capital first
    letter, as it stands first under its label («Hele landet, delvis (10 av 12 …)», where a
    caption prints it inside a sentence)."""
    text = variable_text(variables, "owner")
    return text[:1].upper() + text[1:]


def report_date(staged: Staged, year: int, *, final: bool = False, public: bool = False) -> str:
    """The report's date as page 1 prints it: the analysts' (the commentary's dato.yml,
    check/reportdate.py; for the `public` edition its `offentlig` date where set). A draft
    without it shows a provisional date, marked so, that is true for the report year: the day
    its handling time is taken at (`handling_days.basis_date`, on or before the data's last day;
    docs/assumptions.md P12), or «ikke satt» for a run without one. Never the wall clock or the
    data's last day (an export running years past the report year would date it then), so the
    same input gives the same report. A final edition is refused without dato.yml before this is
    reached (`check`); should it be called anyway, it prints «ikke satt», never a date the
    analysts did not set."""
    # the check names the file's problems
    chosen = reportdate.load_dates(staged.root / "commentary", year)[0].of_edition(public)
    if chosen is not None:
        return fmt.date(chosen)
    if final:
        return NOT_SET
    try:
        basis = str(grammar.lookup(staged.variables, BASIS_DATE_KEY))
    except KeyError:
        basis = ""
    shown = basis if basis and basis != MISSING_TEXT else NOT_SET
    return f"{shown} ({reportdate.PROVISIONAL})"


def describe(staged: Staged, *, utgave: str, final: bool, year: int) -> None:
    """Page 1's facts in the run's metadata (_rapport.yml, `rapport.*`): the owner (the
    district), the edition and the report's date (`report_date`); the public edition's title
    says that it is one."""
    if utgave == "offentlig":
        _mark_title(staged.root / DOCUMENT, PUBLIC_SUFFIX)
    file = staged.root / RUN_METADATA
    text = file.read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    facts = {
        "eier": md_escape(owner(staged.variables)),
        "utgave": EDITION_NAMES.get(utgave, utgave) + ("" if final else ", utkast"),
        # fmt.date's text, from a date
        "dato": report_date(staged, year, final=final, public=utgave == "offentlig"),
    }
    data.setdefault("rapport", {}).update(facts)
    # the same facts where an HTML title block (Pandoc's, Quarto's) shows them
    data.update({"subtitle": facts["utgave"], "author": facts["eier"], "date": facts["dato"]})
    header = "".join(line + "\n" for line in text.split("\n") if line.startswith("#"))
    dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    file.write_text(header + dumped, encoding="utf-8")


def write_page_title(staged: Staged) -> None:
    """The HTML's <title> (`pagetitle` in _rapport.yml, which Quarto and the embedded engine both
    read): the document's title as marked (edition, draft), then district and year."""
    front = yaml.safe_load(_front_matter_text(staged.root / DOCUMENT)) or {}
    title = md_escape(str(front.get("title", "")))
    file = staged.root / RUN_METADATA
    data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
    place = data.get("rapport", {}).get("sted", "")
    page_title = f"{title} – {place}" if place else title
    with open(file, "a", encoding="utf-8") as fh:
        fh.write(yaml.safe_dump({"pagetitle": page_title}, allow_unicode=True, width=1000))


def _front_matter_text(document: Path) -> str:
    lines = document.read_text(encoding="utf-8").split("\n")
    if not lines or lines[0].strip() != "---":
        return ""
    body = []
    for line in lines[1:]:
        if line.strip() in ("---", "..."):
            break
        body.append(line)
    return "\n".join(body)


def apply(staged: Staged, findings: list[Problem], *, final: bool) -> None:
    """Mark a draft: «(utkast)» in the title, the findings at the top of the commentary, and
    unknown keys as visible marks in the text."""
    if final:
        return
    _mark_title(staged.root / DOCUMENT)
    _mark_unknown_keys(staged, findings)
    part = staged.root / COMMENTARY_DIR / f"{INTRO}.qmd"  # the commentary's opening heading
    lines = part.read_text(encoding="utf-8").split("\n")
    # after the part's heading and its blank line
    part.write_text("\n".join([*lines[:2], *draft_box(findings), *lines[2:]]), encoding="utf-8")


def write_values_page(run_dir: Path, target: Path) -> None:
    """verdier.html, the values reference, beside the report (an empty note without values)."""
    try:
        text = reference.page(BuildValues.load(run_dir))
    except KlagerapportError:
        text = '<!DOCTYPE html>\n<html lang="nb"><meta charset="utf-8"><title>Verdier</title>'
        text += "<p>Bygget har ingen verdier.</p></html>\n"
    target.write_text(text, encoding="utf-8")


def refuse_unchecked_public_date(
    last_render: Path, *, district: str, year: int, public: bool
) -> None:
    """`klagerapport render` of a public folder re-renders without the true cases, so it cannot
    check page 1's date against the dates the edition withholds (check/reportdate.py, which the
    public build runs). A date the last render of the folder printed was checked (by its build,
    or by this same rule); any other date set in dato.yml stops the render, naming the file:
    a build checks it (and reuses every section). `last_render`: that render's _rapport.yml."""
    if not public:
        return
    folder = paths.commentary_dir(district, year)
    chosen = reportdate.load_dates(folder, year)[0].of_edition(public=True)
    if chosen is None:  # a draft's provisional date: the handling basis date, printed anyway
        return
    printed = None
    if last_render.is_file():
        data = yaml.safe_load(last_render.read_text(encoding="utf-8")) or {}
        printed = (data.get("rapport") or {}).get("dato")
    if printed == fmt.date(chosen):
        return
    shown = paths.shown(folder / reportdate.FILE_NAME)
    raise KlagerapportError(
        f"{shown}: den offentlige utgavens dato er {fmt.date(chosen)}, og forrige bygg sjekket "
        f"{printed or 'ingen dato'}. Om en dato er én av dem den offentlige utgaven holder "
        "tilbake, kan bare et bygg med dataene si (docs/suppression.md, «Dates»): kjør "
        f"«klagerapport build --utgave offentlig --district {district} --year {year}» "
        "(det gjenbruker avsnittene)."
    )
