"""Each fact is written once: a second copy of any of these fails here.

The control-character class, the engine names and their message, the answer deadline, the
district names, a section's table names and the notebooks' load of the cases.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import yaml

from klagerapport import districts, paths, settings, untrusted
from klagerapport.errors import KlagerapportError
from klagerapport.sections import registry

PACKAGE = paths.ROOT / "src" / "klagerapport"
SOURCES = sorted(PACKAGE.rglob("*.py"))
NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("*.ipynb"))


def text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def code_of(notebook: Path) -> str:
    cells = json.loads(text(notebook))["cells"]
    return "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")


def holding(pattern: str, files: list[Path]) -> list[str]:
    found = re.compile(pattern)
    return [f.relative_to(paths.ROOT).as_posix() for f in files if found.search(text(f))]


def test_the_control_character_class_is_written_once():
    assert holding(r"\\x00-\\x1f|\\x7f", SOURCES) == ["src/klagerapport/untrusted.py"]
    assert untrusted.has_control("a\u2028b") and not untrusted.has_control("Sør-Vest")


def test_the_engine_names_and_their_message_are_written_once():
    assert holding(r"[\"']quarto[\"'],\s*[\"']embedded[\"']", SOURCES) == [
        "src/klagerapport/settings.py"
    ]
    assert holding(r"ukjent motor|Tillatt: auto", SOURCES) == []  # made by settings.allowed
    try:
        settings.engine("pandoc")
    except KlagerapportError as err:
        assert str(err) == "ukjent motor «pandoc». Tillatt: auto, quarto, embedded"
    else:
        raise AssertionError("an unknown engine was accepted")


# A deadline given its number in code: `deadline = 28`, `DEADLINE_DAYS = 28`, `FRIST = 28`,
# `svarfrist=28` (the number is settings.yml's answer_deadline_days, read by settings)
DEADLINE_SET = r"(?i)(deadline|frist)\w*\s*=\s*\d"


def test_the_answer_deadline_is_written_once():
    rules = yaml.safe_load(text(paths.SETTINGS_FILE))
    assert rules["answer_deadline_days"] == settings.answer_deadline_days()
    deadline = rf"\b{settings.answer_deadline_days()}\b"
    assert holding(deadline, NOTEBOOKS) == []
    assert [n.name for n in NOTEBOOKS if re.search(deadline, code_of(n))] == []
    assert holding(DEADLINE_SET, SOURCES) == []


def test_a_deadline_written_in_any_case_or_in_norwegian_is_caught():
    for line in ("FRIST = 28", "DEADLINE = 28", "answer_deadline_days=28", "svarfrist = 28"):
        assert re.search(DEADLINE_SET, line), line
    assert not re.search(DEADLINE_SET, "frist = settings.answer_deadline_days()")


def keys_of(tree, where: tuple = ()) -> list[tuple[tuple, str]]:
    """Every mapping key of a YAML document, at any depth, with the keys above it."""
    if isinstance(tree, dict):
        return [
            item
            for key, value in tree.items()
            for item in [(where, str(key)), *keys_of(value, (*where, str(key)))]
        ]
    if isinstance(tree, list):
        return [item for value in tree for item in keys_of(value, where)]
    return []


# The one map keyed by district names outside districts.yml: the lexicon's towns and places of
# each police district (check/districts.py); its keys must be exactly the police districts.
PLACES = ("leksikon.yml", ("steder",))


def district_names_in(file: Path, names: set[str]) -> set[str]:
    """The district names `file` writes as list items or as map keys (but the places' keys)."""
    listed = set(re.findall(r"^\s*-\s*(.+?)\s*$", text(file), re.M))
    keyed = {
        key for where, key in keys_of(yaml.safe_load(text(file))) if (file.name, where) != PLACES
    }
    return names & (listed | keyed)


def test_the_district_names_are_written_once():
    every = districts.all_districts()
    names = {spelling for d in every for spelling in d.spellings()}
    assert {"Oslo", "Sør-Vest", "Finnmark", "Oslo politidistrikt", "Sorost"} <= names
    for file in sorted(paths.REFERENCE.rglob("*.yml")):
        if file != paths.DISTRICTS_FILE:
            written = district_names_in(file, names)
            assert not written, f"{file.name} writes district names: {sorted(written)}"
    lexicon = yaml.safe_load(text(paths.REFERENCE / PLACES[0]))
    police = [d.name for d in every if d.kind == "district"]
    assert len(police) == 12
    assert sorted(lexicon["steder"]) == sorted(police), "leksikon.yml steder: not the districts"
    # the unit lists are keyed by a district's folder name, made from districts.yml's name
    slugs = {d.slug for d in every}
    units = yaml.safe_load(text(paths.REFERENCE / "units.yml"))
    assert units and set(units) <= slugs, sorted(set(units) - slugs)


def test_a_district_name_as_a_map_key_is_caught(tmp_path):
    names = {d.name for d in districts.all_districts()}
    second = tmp_path / "enheter.yml"
    second.write_text("fristene:\n  Troms: 30\n  Vest: [a, b]\n", encoding="utf-8")
    assert district_names_in(second, names) == {"Troms", "Vest"}
    places = tmp_path / PLACES[0]  # the lexicon's places may name them; nothing else there
    places.write_text("steder:\n  Troms: [Tromsø]\nandre:\n  Vest: 1\n", encoding="utf-8")
    assert district_names_in(places, names) == {"Vest"}


def test_a_sections_table_names_are_written_once():
    """A table's name is its section module's constant; the registry declares it by that
    constant; the report's documents name places, never tables."""
    names = set(registry.sheet_names())
    modules = [f for f in (PACKAGE / "sections").glob("*.py") if f.name != "registry.py"]
    for name in sorted(names):
        written = [
            f.name
            for f in modules
            for node in ast.walk(ast.parse(text(f)))
            if isinstance(node, ast.Constant) and node.value == name
        ]
        assert len(written) == 1, (name, written)
    tree = ast.parse(text(PACKAGE / "sections" / "registry.py"))
    tables = [
        key
        for node in ast.walk(tree)
        if isinstance(node, ast.Dict)
        for key in node.keys
        if key is not None and any(isinstance(v, ast.Call) for v in node.values)
    ]
    assert tables and all(not isinstance(k, ast.Constant) for k in tables)
    for document in paths.REPORT_DIR.glob("*.qmd"):
        assert not re.search(r"/(tables|figures)/", text(document)), document.name


def test_the_notebooks_load_the_cases_with_one_call():
    for notebook in NOTEBOOKS:
        code = code_of(notebook)
        assert code.count("sections.load_cases(") == 1, notebook.name
        assert not re.search(r"read_cases|load_validated|tempfile", code), notebook.name


_RE_CALLS = {
    "compile",
    "match",
    "fullmatch",
    "search",
    "sub",
    "subn",
    "finditer",
    "findall",
    "split",
}


def shortcode_regexes(source: str) -> list[int]:
    """The lines where `source` hands the `re` module a pattern that reads `{{<` (escaped or
    not): a reader of the document grammar of its own."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
            and node.func.attr in _RE_CALLS
            and node.args
        ):
            pattern = node.args[0]
            texts = [n.value for n in ast.walk(pattern) if isinstance(n, ast.Constant)]
            if any("{{<" in str(t).replace("\\", "") for t in texts):
                found.append(node.lineno)
    return found


def test_only_grammar_reads_shortcodes_with_a_regex():
    """Issue 22: the package klagerapport/grammar/ is the one reader of the shortcode grammar."""
    grammar = PACKAGE / "grammar"
    assert shortcode_regexes(text(grammar / "includes.py"))  # the check sees the grammar's own
    others = {
        f"{path.relative_to(PACKAGE)}:{line}"
        for path in SOURCES
        if not path.is_relative_to(grammar)
        for line in shortcode_regexes(text(path))
    }
    assert others == set()


def test_a_second_shortcode_regex_is_caught():
    source = 'import re\nA = re.compile(r"\\{\\{<\\s*(\\w+).*?>\\}\\}")\nB = re.sub("x", "", s)\n'
    assert shortcode_regexes(source) == [2]
