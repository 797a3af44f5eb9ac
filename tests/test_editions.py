"""Commentary written for one edition only (`[…]{.intern}`, `[…]{.offentlig}`, check/editions.py):
each edition reads its own wording, the checks keep every finding's line and character, and each
wording is checked against the numbers of the edition that prints it."""

from __future__ import annotations

from pathlib import Path

from klagerapport import settings
from klagerapport.check import ERROR, BuildValues, check_commentary
from klagerapport.check.editions import for_edition
from klagerapport.check.public import hidden_quotes

LINE = (
    "Vi mottok {{< var received.total >}} klager. "
    "[Den siste ble avsluttet {{< var received.all_decided_by >}}.]{.intern}"
    "[Ingen var under behandling da tallene ble tatt ut.]{.offentlig}[^note] Slutt."
)


def test_each_edition_prints_its_own_wording_and_nothing_of_the_other():
    intern = for_edition(LINE, settings.INTERN, keep_columns=False)
    assert intern == (
        "Vi mottok {{< var received.total >}} klager. "
        "Den siste ble avsluttet {{< var received.all_decided_by >}}.[^note] Slutt."
    )
    public = for_edition(LINE, settings.OFFENTLIG, keep_columns=False)
    assert public == (
        "Vi mottok {{< var received.total >}} klager. "
        "Ingen var under behandling da tallene ble tatt ut.[^note] Slutt."
    )
    assert "all_decided_by" not in public and "{." not in public + intern


def test_the_checks_read_each_word_at_its_own_column():
    for edition in settings.UTGAVER:
        read = for_edition(LINE + "\nNeste linje.", edition)
        assert [len(x) for x in read.split("\n")] == [len(LINE), len("Neste linje.")]
        for word in ("Vi mottok", "[^note] Slutt."):
            assert read.index(word) == LINE.index(word)
    read = for_edition(LINE, settings.OFFENTLIG)
    assert read.index("Ingen var") == LINE.index("Ingen var")
    assert read.index("Ingen var") - 1 == LINE.index("[Ingen var")  # the bracket is a space


def test_only_a_whole_span_of_a_known_edition_on_one_line_is_read():
    for text in (
        "[to linjer\n]{.offentlig}",
        "[med [klammer] inni]{.offentlig}",
        "[ukjent]{.offentleg}",
        "[uten klasse]",
    ):
        assert for_edition(text, settings.INTERN) == text


def _values(utgave: str, total: int) -> BuildValues:
    flat = {"district": "Agder", "year.current": 2021, "year.minus1": 2020,
            "received.total": total, "received.minus1": 51}  # fmt: skip
    values = BuildValues.from_flat({k: {"value": v, "text": str(v)} for k, v in flat.items()})
    values.utgave = utgave
    return values


def test_each_wording_is_checked_against_its_own_editions_numbers(tmp_path):
    folder = tmp_path / "k"
    folder.mkdir()
    (folder / "innkomne-saker.md").write_text(
        "[Antall klager økte fra i fjor{{< claim received.total gt received.minus1 >}}.]{.intern}"
        "[Antall klager sank fra i fjor{{< claim received.total lt received.minus1 >}}.]"
        "{.offentlig}\n",
        encoding="utf-8",
    )

    def errors(utgave: str, total: int) -> list:
        found = check_commentary(
            folder, _values(utgave, total), allowed=[], sections=["innkomne-saker"]
        )
        return [f for f in found if f.severity == ERROR]

    # 55 > 51: the internal wording holds, and the public one is not read in the internal edition
    assert errors(settings.INTERN, 55) == []
    # the same public wording is false on these numbers: an error, at its own line and column
    [f] = errors(settings.OFFENTLIG, 55)
    assert f.line == 1 and f.col > len("[Antall klager økte fra i fjor")
    assert errors(settings.OFFENTLIG, 49) == []
    assert errors(settings.INTERN, 49) != []


def test_the_public_wording_check_reads_only_the_public_wording(tmp_path):
    folder = tmp_path / "k"
    folder.mkdir()
    (folder / "generelt.md").write_text(LINE + "\n", encoding="utf-8")
    assert hidden_quotes(Path(folder), {"received.all_decided_by"}) == []
    (folder / "generelt.md").write_text(LINE.replace("{.intern}", "{.offentlig}") + "\n", "utf-8")
    [found] = hidden_quotes(Path(folder), {"received.all_decided_by"})
    assert found.line == 1 and "received.all_decided_by" in found.text


def test_a_misspelled_edition_is_no_span_and_the_render_refuses_its_class(tmp_path):
    """`[…]{.offentleg}` is read by neither edition as theirs: it stays, and the render's
    attribute allowlist (render/safety.py) refuses the unknown class, so it is never printed in
    both editions by mistake."""
    from klagerapport.render import safety

    text = for_edition("Før. [Teksten.]{.offentleg} Etter.\n", settings.OFFENTLIG)
    assert "{.offentleg}" in text
    found = safety.problems(safety.pandoc_ast(text, "markdown-citations"), tmp_path)
    assert any(needle == ".offentleg" for _why, needle in found), found
    # a correctly marked span leaves nothing for the allowlist to refuse
    fine = for_edition(
        "Før. [Teksten.]{.offentlig} Etter.\n", settings.OFFENTLIG, keep_columns=False
    )
    assert safety.problems(safety.pandoc_ast(fine, "markdown-citations"), tmp_path) == []
