"""The analysts' commentary: placeholders, typed numbers, file names.

- every `{{< var key >}}` in commentary/**.md is a key of the values contract
  (docs/architecture.md, "Value keys"), and, once a build exists, a key of its _variables.yml;
- the number lint: no digit typed in the prose outside a placeholder, except the phrases listed
  under «tall» in the district's allow-list commentary/<district>/tillatt.yml (check/allowlist.py);
- every commentary file is named after a section of report/sections.yml.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
import yaml

from klagerapport import codes, paths
from klagerapport.check import allowlist
from klagerapport.publish import contract

SECTIONS = paths.REPORT_DIR / "sections.yml"

VAR = re.compile(r"\{\{<\s*var\s+([^\s>]+)\s*>\}\}")
SHORTCODE = re.compile(r"\{\{<.*?>\}\}", re.DOTALL)
FOOTNOTE_LABEL = re.compile(r"\[\^[^\]]+\]")
CROSSREF = re.compile(r"@(?:tbl|fig)-[\w-]+")
INCLUDE = re.compile(r"\{\{<\s*include\s+/?(\S+?)\s*>\}\}")
DIGITS = re.compile(r"\d+")


# ---------------------------------------------------------------- helpers (pure functions)


def commentary_files() -> list[Path]:
    """Every analysts' file: commentary/<district>/<year>/<key>.md (README.md excluded)."""
    return sorted(p for p in paths.COMMENTARY.glob("*/*/*.md"))


def placeholders(text: str) -> list[str]:
    """The keys of every `{{< var key >}}` in a text, in order."""
    return VAR.findall(text)


def typed_numbers(text: str, allowed: list[str] = ()) -> list[str]:
    """Digits typed in commentary prose, each with a little context.

    Placeholders and includes (`{{< … >}}`), footnote labels and the allowed phrases are
    removed first; whatever digit is left was typed by hand.
    """
    text = SHORTCODE.sub(" ", text)
    text = FOOTNOTE_LABEL.sub(" ", text)
    text = CROSSREF.sub(" ", text)
    for phrase in sorted(allowed, key=len, reverse=True):
        text = text.replace(phrase, " ")
    hits = []
    for m in DIGITS.finditer(text):
        context = text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
        hits.append(f"{m.group()!r} in …{context}…")
    return hits


def allowed_literals(file: Path) -> dict[str, list[str]]:
    """Section key -> allowed number phrases, from a district's tillatt.yml («tall»)."""
    entries, problems = allowlist.load(file)
    if problems:
        raise AssertionError("\n".join(f"{p.where()}: {p.message}" for p in problems))
    out: dict[str, list[str]] = {}
    for entry in entries:
        if entry.kind == "number":
            out.setdefault(entry.section, []).append(entry.text)
    return out


def contract_key_patterns() -> tuple[contract.KeySpec, ...]:
    """The value keys the commentary may use: the value contract, report/values.yml."""
    return contract.specs()


def is_contract_key(key: str, patterns) -> bool:
    return any(spec.matches(key) for spec in patterns)


def section_files() -> set[str]:
    """File names (without .md) the template includes, from report/sections.yml."""
    spec = yaml.safe_load(SECTIONS.read_text(encoding="utf-8"))
    names = set()
    for item in spec["sections"]:
        if "key" in item and "decisions" not in item:
            names.add(item["key"])
        for entry in item.get("decisions", ()):
            code = entry if isinstance(entry, str) else entry["code"]
            names.add(code.replace("_", "-"))
    return names


def lookup(variables: dict, key: str):
    """Value of a dotted key in a nested _variables.yml mapping; KeyError if absent."""
    node = variables
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            raise KeyError(key)
        node = node[part]
    return node


def substitute(text: str, variables: dict) -> str:
    return VAR.sub(lambda m: str(lookup(variables, m.group(1))), text)


@cache
def _allowed(district_dir: Path) -> dict[str, list[str]]:
    return allowed_literals(district_dir / "tillatt.yml")


# ---------------------------------------------------------------- the helpers themselves


def test_lint_flags_a_typed_number():
    text = "Av de {{< var decisions.total >}} sakene ble 26 avgjort i 2019."
    hits = typed_numbers(text)
    assert [h.split()[0] for h in hits] == ["'26'", "'2019'"]


def test_lint_passes_placeholders_includes_footnotes_and_allowed_phrases():
    text = (
        "I {{< var year.minus2 >}} var det {{< var discrimination.etnisk.decided_minus2 >}}.[^a1]"
        "\n\n{{< include /tables/utvikling.md >}}\n\nse @tbl-x2, man ringer 02800."
    )
    assert typed_numbers(text, ["ringer 02800"]) == []
    assert typed_numbers(text) != []  # the phone number alone is not exempt


def test_key_table_is_read_with_ranges_siblings_and_code_lists():
    patterns = contract_key_patterns()
    for good in (
        "year.current",
        "year.minus12",
        "received.all_decided_by",
        "decisions.ikke_grunnlag.minus1_share",
        "decisions.minus1_total",
        "decisions.etnisk",
        "grounds.saksbehandling.share",
        "grounds.adferd_saksbehandling.share",
        "discrimination.etnisk.decided_minus8",
        "units.sentralbord_og_operasjonssentral.minus2",
    ):
        assert is_contract_key(good, patterns), good
    for bad in (
        "year.minus13",
        "decisions.bogus.count",
        "grounds.228.1.count",
        "discrimination.etnisk.decided_minus9",
        "received.totalt",
        "units.pass.minus3",
    ):
        assert not is_contract_key(bad, patterns), bad


def test_allowed_literals_are_read_from_the_allow_list(tmp_path):
    file = tmp_path / "tillatt.yml"
    file.write_text(
        "tall:\n  - avsnitt: pass\n    tekst: på 10 minutter\n    grunn: en regel\n"
        "ord:\n  - avsnitt: kritikk\n    tekst: økende\n    grunn: ikke her\n",
        encoding="utf-8",
    )
    assert allowed_literals(file) == {"pass": ["på 10 minutter"]}
    file.write_text("tall:\n  - avsnitt: pass\n    tekst: på 10 minutter\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="grunn"):
        allowed_literals(file)


# ---------------------------------------------------------------- the commentary


def test_there_is_commentary():
    assert commentary_files(), f"no commentary/<district>/<year>/*.md under {paths.COMMENTARY}"


@pytest.mark.parametrize("path", commentary_files(), ids=lambda p: str(p.relative_to(paths.ROOT)))
def test_placeholders_are_contract_keys(path):
    patterns = contract_key_patterns()
    text = path.read_text(encoding="utf-8")
    unknown = [k for k in placeholders(text) if not is_contract_key(k, patterns)]
    assert not unknown, f"{path.name}: keys not in docs/architecture.md: {unknown}"
    # a shortcode must open and close on one line, or it would print as raw text
    for n, line in enumerate(text.splitlines(), 1):
        assert line.count("{{<") == len(SHORTCODE.findall(line)), f"{path.name}:{n}: broken {{<"


@pytest.mark.parametrize("path", commentary_files(), ids=lambda p: str(p.relative_to(paths.ROOT)))
def test_no_typed_numbers(path):
    allowed = _allowed(path.parent.parent).get(path.stem, [])
    hits = typed_numbers(path.read_text(encoding="utf-8"), allowed)
    assert not hits, (
        f"{path.relative_to(paths.ROOT)}: numbers typed by hand; use a {{{{< var key >}}}} "
        f"placeholder, or list the phrase under «tall» in tillatt.yml:\n" + "\n".join(hits)
    )


def test_every_allowed_literal_is_used():
    """Every «tall» and «ord» entry of a district's tillatt.yml occurs in its commentary."""
    for file in sorted(paths.COMMENTARY.glob("*/tillatt.yml")):
        entries, problems = allowlist.load(file)
        assert not problems, [p.message for p in problems]
        texts: dict[str, list[str]] = {}
        for path in sorted(file.parent.glob("*/*.md")):
            texts.setdefault(path.stem, []).append(path.read_text(encoding="utf-8"))
        for entry in entries:
            assert any(entry.text in t for t in texts.get(entry.section, [])), (
                f"{paths.shown(file)} allows {entry.text!r} in {entry.section}, "
                "which no longer says it"
            )


@pytest.mark.parametrize("path", commentary_files(), ids=lambda p: str(p.relative_to(paths.ROOT)))
def test_file_is_a_known_section_with_body_text_only(path):
    assert path.stem in section_files(), (
        f"{path.name} is not a section of report/sections.yml: {sorted(section_files())}"
    )
    headings = re.findall(r"^(#{1,6}) ", path.read_text(encoding="utf-8"), re.MULTILINE)
    assert all(h == "###" for h in headings), f"{path.name}: only ### sub-headings (template)"


def test_oslo_2019_is_complete_except_decisions_without_text():
    present = {p.stem for p in paths.commentary_dir("Oslo", 2019).glob("*.md")}
    assert present == section_files() - {"avvist", "overfort"}


def test_keys_in_the_analysts_readme_are_contract_keys():
    """commentary/README.md lists keys for the analysts; it must not drift from the contract."""
    patterns = contract_key_patterns()
    readme = (paths.COMMENTARY / "README.md").read_text(encoding="utf-8")
    examples = {"<decision>": "kritikk", "<ground>": "adferd", "<unit>": "pass"}
    keys = re.findall(r"`([a-z_]+(?:\.[a-z0-9_<>]+)+)`", readme)
    keys = [k for k in keys if not k.endswith((".yml", ".md"))]  # file names, not keys
    assert len(keys) > 10
    for key in keys:
        for name, example in examples.items():
            key = key.replace(name, example)
        assert is_contract_key(key, patterns), f"commentary/README.md names unknown key {key}"


# ---------------------------------------------------------------- against a real build


@pytest.fixture(scope="module")
def build_dir(oslo_2019) -> Path:
    """The shared real Oslo 2019 build of the synthetic sample, report included."""
    return oslo_2019


@pytest.fixture(scope="module")
def built_variables(build_dir) -> dict:
    return yaml.safe_load((build_dir / "_variables.yml").read_text(encoding="utf-8"))


@pytest.mark.slow
def test_included_and_referenced_tables_exist_in_a_real_build(build_dir):
    for path in paths.commentary_dir("Oslo", 2019).glob("*.md"):
        text = path.read_text(encoding="utf-8")
        for target in INCLUDE.findall(text):
            assert (build_dir / target).is_file(), f"{path.name} includes {target}"
        for name in re.findall(r"@tbl-([\w-]+)", text):
            assert (build_dir / "tables" / f"{name}.md").is_file(), f"{path.name}: @tbl-{name}"


@pytest.mark.slow
def test_every_placeholder_resolves_in_a_real_build(built_variables):
    for path in paths.commentary_dir("Oslo", 2019).glob("*.md"):
        text = substitute(path.read_text(encoding="utf-8"), built_variables)
        assert "{{< var" not in text
        for key in placeholders(path.read_text(encoding="utf-8")):
            assert str(lookup(built_variables, key)) not in ("", "–"), f"{path.name}: {key}"


@pytest.mark.slow
def test_resolved_commentary_carries_the_published_figures(built_variables):
    """The seed's slips are corrected through the data: '21 av 174', not '21 av 176'."""
    ref = yaml.safe_load(paths.published_reference("Oslo", 2019).read_text(encoding="utf-8"))
    folder = paths.commentary_dir("Oslo", 2019)
    kritikk = substitute((folder / "kritikk.md").read_text(encoding="utf-8"), built_variables)
    label = codes.label("decisions", "kritikk")
    assert f"{ref['decisions_2018'][label]} av {ref['decided_per_year'][2018]} saker" in kritikk
    generelt = substitute((folder / "generelt.md").read_text(encoding="utf-8"), built_variables)
    assert f"i {ref['year']} var {ref['received_total']} saker" in generelt
    # all cases received in the year were decided early the next year (seed: "… 2019")
    assert re.search(rf"ferdigbehandlet pr \d+\. \w+ {ref['year'] + 1}\.", generelt)
