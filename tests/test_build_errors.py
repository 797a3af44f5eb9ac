"""A newcomer's trial of `klagerapport build`: what a build says when the year has no data, and
how its errors read (one test per problem found)."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from types import SimpleNamespace

import pandas as pd
import pytest
from casefiles import fixtures, row, write_csv
from fakerun import make_fake_run, quarto_on_path, write_commentary
from typer.testing import CliRunner

from klagerapport import render, settings
from klagerapport.cli import app
from klagerapport.errors import BuildError, KlagerapportError
from klagerapport.ingest import rules, validate
from klagerapport.pipeline import rendering
from klagerapport.render import finality

data_dir, store_dir = fixtures()


def _run_with_received(tmp_path, total):
    run_dir = tmp_path / "run"
    (run_dir / "values").mkdir(parents=True)
    values = {"received.total": {"value": total, "text": str(total)}}
    (run_dir / "values" / "received.json").write_text(json.dumps(values), encoding="utf-8")
    return run_dir


def test_a_year_without_received_complaints_is_a_warning_in_the_draft(tmp_path):
    notes = render.data_notes(_run_with_received(tmp_path, 0), 2020)
    assert [n.severity for n in notes] == ["warning"]
    assert notes[0].message.startswith("Ingen klager er registrert mottatt i 2020")
    box = "\n".join(finality.draft_box(notes))
    assert "Ingen klager er registrert mottatt i 2020" in box
    assert render.data_notes(_run_with_received(tmp_path / "b", 211), 2019) == []
    assert render.data_notes(tmp_path / "no-run", 2019) == []


# --- the command line: errors before any work, in Norwegian, without class names -----------


def build(*args: str):
    return CliRunner().invoke(app, ["build", "--kernels", "plain", *args])


def test_build_of_a_year_the_export_does_not_cover_stops_with_exit_1(data_dir, store_dir, tmp_path):
    path = write_csv(data_dir, [row(mottatt="2019-12-20", avsluttet="2020-01-04")])
    out = tmp_path / "out2020"
    result = build("--data", str(path), "--year", "2020", "--district", "Oslo", "--out", str(out))
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("Feil: Dataene dekker ikke 2020 for distrikt Oslo")
    assert "siste mottatt-dato i dataene er 20. desember 2019" in result.stderr
    assert "Traceback" not in result.output
    assert not out.exists()


def test_engine_quarto_without_quarto_fails_first_and_without_a_class_name(
    data_dir, store_dir, tmp_path, monkeypatch
):
    quarto_on_path(monkeypatch, None)
    path = write_csv(data_dir)
    out = tmp_path / "out"
    result = build("--data", str(path), "--year", "2019", "--engine", "quarto", "--out", str(out))
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("Feil: motoren «quarto» er valgt, men Quarto finnes ikke")
    assert "Error" not in result.output
    assert "Validert" not in result.stdout  # nothing ran before the check
    assert not out.exists()


def test_render_failure_shows_a_user_error_without_its_class(tmp_path, monkeypatch):
    def fails(*args, **kwargs):
        raise KlagerapportError("motoren er borte")

    monkeypatch.setattr(render, "render_run", fails)
    cfg = settings.BuildPlan(district="Oslo", year=2019, data=tmp_path)
    with pytest.raises(BuildError) as info:
        rendering._render(tmp_path, cfg)
    assert str(info.value) == "rendringen feilet: motoren er borte"


def test_validate_describes_only_data_district_and_year(data_dir, store_dir):
    result = CliRunner().invoke(
        app, ["validate", "--data", str(write_csv(data_dir)), "--year", "2019"]
    )
    assert result.exit_code == 0, result.output
    first = result.stdout.splitlines()[0]
    assert first.startswith("Parametere: distrikt=")
    assert "år=2019" in first and "data=" in first
    assert "motor" not in first and "utkast" not in first


# --- commentary: math refused, every safety problem at once --------------------------------


def _render_error(tmp_path, commentary_root, text: str) -> str:
    write_commentary(commentary_root, {"generelt": "Innledning.\n\n" + text})
    with pytest.raises(KlagerapportError) as info:
        render.render_run(
            make_fake_run(tmp_path / "run"),
            settings.load(district="Oslo", year=2019, engine="embedded"),
        )
    assert not (tmp_path / "run" / "rapport.html").exists()
    return str(info.value)


@pytest.mark.parametrize(
    ("text", "line", "shown"),
    [("Matte $x^2$ slutt.\n", 3, "$…$"), ("Før.\n\n$$\ny = x^2\n$$\n", 6, "$$…$$")],
)
def test_math_in_commentary_is_refused_with_file_and_line(
    tmp_path, commentary_root, text, line, shown
):
    message = _render_error(tmp_path, commentary_root, text)
    assert f"generelt.md, linje {line}: matematikk ({shown}) støttes ikke" in message
    assert "PDF/UA" not in message and "Typst" not in message


def test_dollar_amounts_are_not_math(tmp_path, commentary_root):
    write_commentary(commentary_root, {"generelt": "Det kostet $5 og $10.\n"})
    run_dir = make_fake_run(tmp_path / "run")
    render.render_run(run_dir, settings.load(district="Oslo", year=2019, engine="embedded"))
    assert "$5 og $10" in (run_dir / "rapport.html").read_text(encoding="utf-8")


def test_every_commentary_safety_problem_is_reported_at_once(tmp_path, commentary_root):
    text = (
        "{{< include /../../../etc/hostname >}}\n\n"  # line 3
        "Se <b>her</b>.\n\n"  # line 5
        '`#read("/etc/passwd")`{=typst}\n\n'  # line 7
        "[klikk](javascript:alert(1))\n\n"  # line 9
        "Matte $x^2$ slutt.\n"  # line 11
    )
    message = _render_error(tmp_path, commentary_root, text)
    lines = message.splitlines()
    assert lines[0].startswith("6 problemer i dokumentet")
    expected = [
        (3, "include peker ut av prosjektet"),
        (5, "rå HTML er ikke tillatt: <b>"),
        (5, "rå HTML er ikke tillatt: </b>"),
        (7, "rå TYPST er ikke tillatt"),
        (9, "lenker med «javascript:» er ikke tillatt"),
        (11, "matematikk ($…$) støttes ikke"),
    ]
    assert len(lines) == 1 + len(expected)
    for got, (line, what) in zip(lines[1:], expected, strict=True):
        assert re.search(rf"generelt\.md, linje {line}: {re.escape(what)}", got), got


# --- a closed stdout (`klagerapport check | head`) -------------------------------------------


def _with_closed_stdout(*args: str) -> subprocess.CompletedProcess:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before the first line is written
    try:
        return subprocess.run(
            [sys.executable, "-m", "klagerapport", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=300,
            check=False,
        )
    finally:
        os.close(write_end)


def test_a_closed_stdout_ends_the_command_quietly(tmp_path):
    csv = write_csv(tmp_path)
    proc = _with_closed_stdout("validate", "--data", str(csv), "--year", "2019")
    assert proc.returncode == 141
    assert proc.stderr == ""


# --- wording ------------------------------------------------------------------------------


def test_a_shortened_list_ends_with_its_ellipsis_alone():
    dates = pd.to_datetime([f"2030-01-{d:02d}" for d in range(1, 8)])
    cases = pd.DataFrame({"avsluttet": dates, "distrikt": [f"D{i}" for i in range(7)]})
    (late,) = rules.future_warning(cases, dt.date(2026, 1, 1))
    assert late.endswith(" …") and not late.endswith("….")
    (few,) = rules.future_warning(cases.head(2), dt.date(2026, 1, 1))
    assert few.endswith("2. januar 2030.")
    cases["distrikt"] = ["Oslo", "Agder", "Vest", "Øst", "Sør-Øst", "Innlandet", "Troms"]
    _, (others,) = rules.filter_district(cases, "Oslo")
    assert others.endswith(" …") and not others.endswith("….")


def test_a_shortened_list_of_cases_in_several_exports_ends_with_its_ellipsis_alone(
    data_dir, store_dir
):
    rows = [row(saksnr=f"2019/{i}") for i in range(1, 8)]
    write_csv(data_dir, rows, name="a.csv")
    write_csv(data_dir, rows, name="b.csv")
    (note,) = [w for w in validate.load_validated(data_dir).warnings if "flere eksporter" in w]
    assert note.startswith("7 saker fantes i flere eksporter")
    assert note.endswith(" …") and not note.endswith("….")


def test_build_without_endelig_or_utkast_keeps_a_final_folder_final(tmp_path, monkeypatch):
    """As render and batch: a final edition is never replaced by a draft unasked."""
    from klagerapport.pipeline import run as pipeline_run

    built = []

    def build_report(plan, **_kw):
        built.append(plan.final)
        return SimpleNamespace(findings=[])

    monkeypatch.setattr(pipeline_run, "build_report", build_report)
    out = tmp_path / "oslo-2019"
    out.mkdir()
    (out / "build.json").write_text('{"parameters": {"final": true}}', encoding="utf-8")
    common = ("--year", "2019", "--district", "Oslo", "--out", str(out))
    kept = build(*common)
    assert kept.exit_code == 0, kept.output
    assert "Utgave: endelig" in kept.stderr and "--utkast" in kept.stderr
    assert build(*common, "--utkast").exit_code == 0
    assert build(*common, "--endelig").exit_code == 0
    (out / "build.json").write_text('{"parameters": {"final": false}}', encoding="utf-8")
    assert build(*common).exit_code == 0
    assert built == [True, False, True, False]
