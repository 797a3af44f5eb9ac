"""Staging the report's Quarto project of one run: _quarto.yml, report/, the run's tables/,
figures/ and _variables.yml, the analysts' commentary, and the generated commentary part.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from .. import grammar, outline, paths, userfiles
from ..check import editions, nocomment
from ..districts import is_national
from ..errors import KlagerapportError
from ..publish import escape, utgave
from ..sections import registry
from . import fonts, safety
from .embedded import shortcodes

DOCUMENT = "rapport.qmd"
COMMENTARY_DIR = "_kommentarer"  # generated: one file per commentary part, included by the template
INTRO = "innledning"  # the file of the commentary's opening heading
NOT_STAGED = ("sections.yml", "values.yml")  # read by the build, not by Quarto
MISSING_TITLE = "Kommentar mangler"
# The national report's own part of the form (the districts compared), staged for it alone:
# the template includes the generated NATIONAL_INCLUDE, which includes report/nasjonalt.qmd and
# the part's optional commentary for the national report, and is empty for a district.
NATIONAL_PART = "nasjonalt.qmd"
NATIONAL_INCLUDE = "_nasjonalt.qmd"
# Generated: the tables and charts the sections registry places, one file per place; the
# documents include each place where the form shows its tables.
PLACES_DIR = "_plassering"
# the paths of the includes of a commentary part and of a place (read by klagerapport.grammar)
PART_PATH = re.compile(rf"/?{COMMENTARY_DIR}/(?P<name>[\w-]+)\.qmd")
PLACE_PATH = re.compile(rf"/?{PLACES_DIR}/(?P<name>[\w-]+)\.qmd")


def _has_text(file: Path) -> bool:
    """Whether a commentary file says anything (a file of `<!-- -->` comments does not)."""
    return file.is_file() and userfiles.has_prose(userfiles.read_text(file))


def commentary_files(
    sections: Mapping, source: Path, variables: Mapping, optional: tuple[str, ...] = ()
) -> tuple[dict[str, str], list[str]]:
    """The generated commentary parts, one text per file the template includes (its headings,
    then the analysts' file or "Kommentar mangler"), and the warnings. `optional`: keys of
    commentary files the report may include elsewhere (no warning that they are unused).
    A part the district leaves without commentary on purpose (check/nocomment.py,
    `uten-kommentar.yml`) prints nothing, not even its heading."""
    files: dict[str, list[str]] = {INTRO: [f"# {sections['intro_heading']} {{#kommentarer}}", ""]}
    warnings = []
    left_out, _ = nocomment.load(source, tuple(sections.get("may_be_empty") or ()))
    for part in outline.commentary_parts(sections):
        if part.key in left_out and not _has_text(source / f"{part.key}.md"):
            files.setdefault(part.group, [])
            continue
        lines = files.setdefault(part.group, [])
        anchor = f" {{#kommentar-{part.key or part.group}}}"
        lines += [f"{'#' * part.level} {part.heading}{anchor}", ""]
        if part.key is None:
            continue
        file = source / f"{part.key}.md"
        if _has_text(file):
            lines += [f"{{{{< include /commentary/{part.key}.md >}}}}", ""]
            continue
        heading = _plain_heading(part.heading, variables)
        warnings.append(f"{MISSING_TITLE}: {heading} ({paths.shown(file)})")
        lines += [
            f'::: {{.callout-warning title="{MISSING_TITLE}"}}',
            f"Kommentaren til denne delen er ikke skrevet: filen `{paths.shown(file)}` finnes ikke "
            "eller er tom.",
            ":::",
            "",
        ]
    expected = {f"{p.key}.md" for p in outline.commentary_parts(sections) if p.key}
    expected |= {f"{key}.md" for key in optional}
    if source.is_dir():
        for extra in sorted(source.glob("*.md")):
            if extra.name not in expected:
                warnings.append(f"Kommentarfilen brukes ikke i rapporten: {paths.shown(extra)}")
    return {name: "\n".join(lines) for name, lines in files.items()}, warnings


def check_template(document: Path, names: list[str]) -> None:
    """The template includes every commentary part once, in the order of sections.yml."""
    included = []
    for line in document.read_text(encoding="utf-8").splitlines():
        match = PART_PATH.fullmatch(grammar.include(line) or "")
        if match:
            included.append(match["name"])
    if included != names:
        raise KlagerapportError(
            f"{paths.shown(document)} må ta med kommentardelene én gang hver, i rekkefølgen i "
            f"{paths.shown(outline.SECTIONS_FILE)}: {', '.join(names)} "
            f"(fant: {', '.join(included)})"
        )


def block(name: str, figure: bool) -> str:
    """One table (and its chart under it) as the report shows it: the one piece of markup for
    a placed table, so the report's styles for tables and figures apply to every one."""
    text = f"{{{{< include /tables/{name}.md >}}}}\n"
    if figure:
        text += f"\n{{{{< include /figures/{name}.md >}}}}\n"
    return text


def places(documents: list[Path]) -> list[str]:
    """The places the documents include (`{{< include /_plassering/<place>.qmd >}}`), in order."""
    found: list[str] = []
    for document in documents:
        for line in document.read_text(encoding="utf-8").splitlines():
            match = PLACE_PATH.fullmatch(grammar.include(line) or "")
            if match and match["name"] not in found:
                found.append(match["name"])
    return found


def place_files(district: str, documents: list[Path]) -> dict[str, str]:
    """Each place's generated text: the blocks of the tables the registry places there for the
    report of `district`, in the sections' order (empty where none is)."""
    known = places(documents)
    placed = registry.placed(district)
    unknown = [place for place in placed if place not in known]
    if unknown:
        raise KlagerapportError(
            f"sections/registry.py plasserer tabeller på {', '.join(unknown)}, som ingen av "
            f"{', '.join(paths.shown(d) for d in documents)} har. Tillatt: {', '.join(known)}"
        )
    return {place: "\n".join(block(n, f) for n, f in placed.get(place, [])) for place in known}


def _plain_heading(heading: str, variables: Mapping) -> str:
    line = shortcodes.Line(heading, outline.SECTIONS_FILE, 0)
    try:
        return shortcodes.resolve_shortcodes([line], variables=variables, meta={})[0].text
    except KlagerapportError:
        return heading


def variable_text(variables: Mapping, key: str) -> str:
    try:
        return str(grammar.lookup(variables, key))
    except KeyError:
        raise KlagerapportError(f"_variables.yml mangler nøkkelen «{key}»") from None


def read_variables(run_dir: Path) -> dict:
    file = run_dir / "_variables.yml"
    if not file.is_file():
        raise KlagerapportError(
            f"fant ikke {paths.shown(file)}: mappen er ikke et ferdig bygg. "
            "Kjør «klagerapport build»."
        )
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as err:
        raise KlagerapportError(f"{paths.shown(file)}: ikke gyldig YAML: {err}") from None
    if not isinstance(data, dict):
        raise KlagerapportError(f"{paths.shown(file)}: forventet nøkler og verdier")
    return data


@dataclass
class Staged:
    root: Path
    variables: dict
    warnings: list[str]
    sources: dict[Path, Path]  # staged folder -> the user's folder, for error messages

    def describe(self, path: Path) -> str:
        path = path.resolve()
        for staged, origin in self.sources.items():
            if path.is_relative_to(staged):
                return paths.shown(origin / path.relative_to(staged))
        if path.is_relative_to(self.root):
            return str(path.relative_to(self.root))
        return str(path)


RUN_METADATA = "_rapport.yml"


def _project_file(root: Path) -> dict:
    return userfiles.load_yaml(root / "_quarto.yml", "_quarto.yml") or {}


def _front_matter(root: Path) -> dict:
    front, _, _ = grammar.split_front_matter((root / DOCUMENT).read_text(encoding="utf-8"))
    return front


def options(root: Path) -> dict:
    """The project's options: _quarto.yml merged with the document's front matter."""
    return {**_project_file(root), **_front_matter(root)}


def metadata(root: Path) -> dict:
    """The document's metadata as Quarto merges it: _quarto.yml, then the files under its
    `metadata-files` (in order; Quarto merges them into the project's configuration), then
    the document's front matter, each overriding the one before (top-level keys)."""
    merged = _project_file(root)
    for name in merged.get("metadata-files") or []:
        file = root / name
        if not file.is_file():
            raise KlagerapportError(f"_quarto.yml: metadata-files: fant ikke {name}")
        merged.update(yaml.safe_load(file.read_text(encoding="utf-8")) or {})
    merged.update(_front_matter(root))
    return merged


def run_metadata(variables: Mapping) -> dict:
    """The run's own metadata for the documents (_rapport.yml): where and when, "Oslo 2019"
    (`sted`: the PDF's and the HTML's title), and the same in the short form of the PDF's
    running header (`topptekst`: "Norge, delvis (10 av 12) 2021", where `sted` lists the
    districts a partial national report lacks; a run made before `district_short` existed:
    `sted`)."""
    year = variable_text(variables, "year.current")
    place = f"{variable_text(variables, 'district')} {year}"
    try:
        header = f"{grammar.lookup(variables, 'district_short')} {year}"
    except KeyError:
        header = place
    # Pandoc reads metadata as Markdown
    return {"rapport": {"sted": escape.markdown(place), "topptekst": escape.markdown(header)}}


def write_run_metadata(into: Path, variables: Mapping) -> None:
    text = "# Written by klagerapport for this build; listed under metadata-files in _quarto.yml.\n"
    text += yaml.safe_dump(run_metadata(variables), allow_unicode=True, sort_keys=False)
    (into / RUN_METADATA).write_text(text, encoding="utf-8")


def national_include(national: bool, source: Path) -> str:
    """The generated NATIONAL_INCLUDE: the national part (and its commentary, if written) for
    the national report, nothing for a district's."""
    if not national:
        return ""
    text = f"{{{{< include /{NATIONAL_PART} >}}}}\n"
    if _has_text(source / f"{outline.NATIONAL_COMMENTARY}.md"):
        text += f"\n{{{{< include /commentary/{outline.NATIONAL_COMMENTARY}.md >}}}}\n"
    return text


def stage(
    run_dir: Path, into: Path, *, district: str, year: int, with_fonts: bool = True
) -> Staged:
    """Lay out the Quarto project of one run in `into` (an empty folder); `with_fonts=False`:
    without the typeface's files, which the caller writes (`fonts.write_chart_fonts`) before
    an engine runs."""
    run_dir = run_dir.resolve()
    into = into.resolve()
    variables = read_variables(run_dir)
    source = paths.commentary_dir(district, year)
    # nothing from outside commentary/, report/ or the run folder is copied in through a link
    safety.check_links(paths.REPORT_DIR, inside=paths.REPORT_DIR)
    safety.check_links(source, inside=paths.COMMENTARY)
    for folder in (run_dir / "tables", run_dir / "figures"):
        safety.check_links(folder, inside=run_dir)
    userfiles.check_readable(sorted(source.glob("*.md")))  # every file not in UTF-8, at once

    shutil.copy2(paths.QUARTO_PROJECT, into / "_quarto.yml")
    national = is_national(district)
    for item in paths.REPORT_DIR.iterdir():
        if item.name in NOT_STAGED or (item.name == NATIONAL_PART and not national):
            continue
        if item.is_dir():
            shutil.copytree(item, into / item.name)
        else:
            shutil.copy2(item, into / item.name)
    if with_fonts:
        fonts.write_chart_fonts(into)  # the charts' font, embedded by rapport.css
    for folder in ("tables", "figures"):
        if (run_dir / folder).is_dir():
            shutil.copytree(run_dir / folder, into / folder)
        else:
            (into / folder).mkdir()
    if source.is_dir():
        shutil.copytree(source, into / "commentary")
        edition = utgave.of_run(run_dir)
        for file in sorted((into / "commentary").glob("*.md")):  # the edition's own wording
            text = file.read_text(encoding="utf-8")
            file.write_text(
                editions.for_edition(text, edition, keep_columns=False), encoding="utf-8"
            )
    else:
        (into / "commentary").mkdir()
    with open(into / "_variables.yml", "w", encoding="utf-8") as fh:
        yaml.safe_dump(variables, fh, allow_unicode=True, sort_keys=False)

    write_run_metadata(into, variables)
    optional = (outline.NATIONAL_COMMENTARY,) if national else ()
    parts, warnings = commentary_files(outline.load_sections(), source, variables, optional)
    (into / NATIONAL_INCLUDE).write_text(national_include(national, source), encoding="utf-8")
    check_template(paths.REPORT_DIR / DOCUMENT, list(parts))
    (into / COMMENTARY_DIR).mkdir()
    documents = [
        d for d in (paths.REPORT_DIR / DOCUMENT, paths.REPORT_DIR / NATIONAL_PART) if d.is_file()
    ]
    (into / PLACES_DIR).mkdir()
    for name, text in place_files(district, documents).items():
        (into / PLACES_DIR / f"{name}.qmd").write_text(text, encoding="utf-8")
    for name, text in parts.items():
        (into / COMMENTARY_DIR / f"{name}.qmd").write_text(text, encoding="utf-8")
    sources = {
        into / "commentary": source,
        into / "tables": run_dir / "tables",
        into / "figures": run_dir / "figures",
        into / DOCUMENT: paths.REPORT_DIR / DOCUMENT,
        into / COMMENTARY_DIR: outline.SECTIONS_FILE,
        into / PLACES_DIR: paths.REPORT_DIR / DOCUMENT,
        into / NATIONAL_PART: paths.REPORT_DIR / NATIONAL_PART,
    }
    return Staged(into, variables, warnings, sources)
