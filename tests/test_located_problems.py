"""One located-problem type everywhere (issue 18, item 4): what the render guard stops on (a
placeholder, a piece of the document an engine lost), what the embedded engine's reader refuses
(every problem of a document at once), a case file's bad cell and a commentary finding are all
`errors.Problem`s, so `build --json`, `render --json` and `check --json` print them in one JSON
form (a render's or build's JSON: the commentary check's findings as `check --json` lists them,
then what stopped it), and the preview lists them in its panel, each with its file and line."""

from __future__ import annotations

import hashlib
import json
import pickle
import shutil
from pathlib import Path

import pytest
from casefiles import fixtures, row, write_csv
from fakerun import make_fake_run, write_commentary
from typer.testing import CliRunner

from klagerapport import paths, render, settings
from klagerapport.cli import app
from klagerapport.errors import (
    BuildError,
    KlagerapportError,
    Problem,
    ReportError,
    as_problems,
    problems_of,
)
from klagerapport.pipeline import rendering
from klagerapport.render import completeness, guard, safety
from klagerapport.render.embedded import html as html_step
from klagerapport.render.embedded import shortcodes

data_dir, store_dir = fixtures()

GENERELT = (
    "Innledning om klagene.\n\n"
    "Et avsnitt som en motor kan miste uten å si fra om det.\n\n"
    "Avvist: {{< var decisions >}}\n"
)
LOST = "Et avsnitt som en motor kan miste"


def _render_json(run_dir):
    return CliRunner().invoke(
        app,
        [
            *("render", "--json", "--district", "Oslo", "--year", "2019"),
            *("--out", str(run_dir), "--engine", "embedded"),
        ],
    )


def _one(document: dict, code: str) -> dict:
    found = [f for f in document["findings"] if f["code"] == code]
    assert len(found) == 1, document
    return found[0]


def test_render_json_lists_a_guard_problem_with_file_and_line(tmp_path, commentary_root):
    run_dir = make_fake_run(tmp_path / "run")
    (run_dir / "rapport.html").write_text("forrige gode rapport", encoding="utf-8")
    write_commentary(commentary_root, {"generelt": GENERELT})
    result = _render_json(run_dir)
    assert result.exit_code == 1, result.output
    document = json.loads(result.stdout)  # nothing but the JSON on stdout
    assert (document["district"], document["year"]) == ("Oslo", 2019)
    assert document["counts"] == {"error": 1, "warning": 0}
    group = _one(document, guard.GROUP_VALUE)
    assert group["file"].endswith("oslo/2019/generelt.md")
    assert (group["line"], group["column"], group["severity"]) == (5, 9, "error")
    assert group["message"] == (
        "var «decisions» er en gruppe, ikke en verdi; Quarto ville skrevet ingenting"
    )
    # the person reads the same problem, without a traceback; the last good report stays
    assert "generelt.md, linje 5: var «decisions» er en gruppe" in result.stderr
    assert "Traceback" not in result.output
    assert (run_dir / "rapport.html").read_text(encoding="utf-8") == "forrige gode rapport"


def test_render_json_lists_a_missing_piece_with_file_and_line(
    tmp_path, commentary_root, monkeypatch
):
    run_dir = make_fake_run(tmp_path / "run")
    write_commentary(commentary_root, {"generelt": GENERELT.replace("{{< var decisions >}}", "")})
    engine = render.render_embedded

    def losing(staged, html_out, pdf_out):  # an engine that drops a paragraph from the HTML
        engine(staged, html_out, pdf_out)
        html = html_out.read_text(encoding="utf-8")
        assert LOST in html
        html_out.write_text(html.replace(LOST, ""), encoding="utf-8")

    monkeypatch.setattr(render, "render_embedded", losing)
    result = _render_json(run_dir)
    assert result.exit_code == 1, result.output
    missing = _one(json.loads(result.stdout), completeness.MISSING)
    assert missing["file"].endswith("oslo/2019/generelt.md") and missing["line"] == 3
    assert "mangler i rapport.html" in missing["message"]
    assert not (run_dir / "rapport.html").exists()


def test_render_json_lists_every_unsafe_piece_of_markup_with_file_and_line(
    tmp_path, commentary_root
):
    run_dir = make_fake_run(tmp_path / "run")
    text = "Innledning.\n\n<b>fet</b> tekst.\n\nOg $x^2$ her.\n"
    write_commentary(commentary_root, {"generelt": text})
    result = _render_json(run_dir)
    assert result.exit_code == 1, result.output
    found = [f for f in json.loads(result.stdout)["findings"] if f["code"] == safety.UNSAFE]
    assert all(f["file"].endswith("oslo/2019/generelt.md") for f in found)
    assert [f["line"] for f in found] == [3, 3, 5]  # <b>, </b>, the math
    assert "3 problemer i dokumentet" in result.stderr


def test_render_json_of_a_clean_render_has_no_findings(tmp_path, commentary_root):
    run_dir = make_fake_run(tmp_path / "run")
    write_commentary(commentary_root, {"generelt": "Innledning om klagene.\n"})
    result = _render_json(run_dir)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["findings"] == []
    assert (run_dir / "rapport.html").is_file()


@pytest.fixture
def built(tmp_path, oslo_2019, monkeypatch):
    """A copy of the Oslo 2019 build and of its commentary, which the test may change."""
    run_dir = tmp_path / "run"
    shutil.copytree(oslo_2019, run_dir)
    root = tmp_path / "commentary"
    shutil.copytree(paths.commentary_dir("Oslo", 2019).parent, root / "oslo")
    monkeypatch.setattr(paths, "COMMENTARY", root)
    return run_dir


def _check_json(run_dir) -> dict:
    result = CliRunner().invoke(
        app, ["check", "--json", "--district", "Oslo", "--year", "2019", "--out", str(run_dir)]
    )
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


WRONG = "\nI 2019 kom det inn 299 klager, en økning på 300 prosent fra året før.\n"


@pytest.mark.slow
def test_render_json_lists_the_commentary_findings_as_check_json_does(built):
    generelt = paths.commentary_dir("Oslo", 2019) / "generelt.md"
    generelt.write_text(generelt.read_text(encoding="utf-8") + WRONG, encoding="utf-8")
    checked = _check_json(built)
    assert any(f["severity"] == "error" for f in checked["findings"]), checked  # a draft warns
    result = _render_json(built)
    assert result.exit_code == 0, result.output  # a draft is made whatever the check says
    rendered = json.loads(result.stdout)
    assert rendered == checked  # one form: the same findings, counts, district and year
    assert all(f["file"] for f in rendered["findings"])

    # a render the guard stops lists the check's findings, then what stopped it
    generelt.write_text(
        generelt.read_text(encoding="utf-8") + "\nSe @tbl-finnes-ikke.\n",
        encoding="utf-8",
    )
    checked = _check_json(built)
    result = _render_json(built)
    assert result.exit_code == 1, result.output
    stopped = json.loads(result.stdout)
    assert stopped["findings"][: len(checked["findings"])] == checked["findings"]
    dangling = _one(stopped, guard.NO_TARGET)
    assert dangling["file"].endswith("oslo/2019/generelt.md") and dangling["severity"] == "error"
    assert stopped["counts"]["error"] == checked["counts"]["error"] + 1


@pytest.mark.slow
def test_a_final_render_that_the_check_stops_lists_every_finding(built):
    generelt = paths.commentary_dir("Oslo", 2019) / "generelt.md"
    generelt.write_text(generelt.read_text(encoding="utf-8") + WRONG, encoding="utf-8")
    checked = _check_json(built)
    result = CliRunner().invoke(
        app,
        [
            *("render", "--json", "--endelig", "--district", "Oslo", "--year", "2019"),
            *("--out", str(built), "--engine", "embedded"),
        ],
    )
    assert result.exit_code == 1, result.output
    assert json.loads(result.stdout) == checked  # each finding once, located, not one message
    assert "Endelig rapport for Oslo 2019 bygges ikke" in result.stderr


def _build_json(run_dir):
    return CliRunner().invoke(
        app,
        [
            *("build", "--json", "--kernels", "plain", "--district", "Oslo", "--year", "2019"),
            *("--out", str(run_dir), "--engine", "embedded"),
        ],
    )


@pytest.mark.slow
def test_build_json_lists_the_commentary_findings_rendered_or_reused(built):
    result = _build_json(built)  # nothing changed: the render is reused from build.json
    assert result.exit_code == 0, result.output
    assert "Rapport: uendret, gjenbrukt" in result.stderr
    # The reused findings were recorded when the shared build was made from the project's own
    # commentary; this test's copy of it lies elsewhere, with the same text.
    copy = f"{paths.COMMENTARY}/"
    checked = json.loads(json.dumps(_check_json(built)).replace(copy, "commentary/"))
    assert json.loads(result.stdout) == checked
    generelt = paths.commentary_dir("Oslo", 2019) / "generelt.md"
    generelt.write_text(generelt.read_text(encoding="utf-8") + WRONG, encoding="utf-8")
    result = _build_json(built)  # the commentary changed: rendered again
    assert result.exit_code == 0, result.output
    assert "Rapport: uendret" not in result.stderr
    rendered = json.loads(result.stdout)
    assert rendered == _check_json(built) and rendered["counts"]["error"] > 0


def test_build_json_lists_the_data_problems_in_the_same_form(data_dir, store_dir, tmp_path):
    path = write_csv(data_dir, [row(grunnlag="228.99")])
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app,
        [
            *("build", "--json", "--kernels", "plain", "--data", str(path), "--year", "2019"),
            *("--district", "Oslo", "--out", str(out)),
        ],
    )
    assert result.exit_code == 1, result.output
    document = json.loads(result.stdout)
    [bad] = document["findings"]
    assert bad["file"].endswith("klager.csv") and bad["line"] == 2
    assert bad["data_column"] and bad["value"] == "228.99"
    assert set(bad) >= {"file", "line", "column", "severity", "code", "message"}
    assert not out.exists()


def test_a_build_keeps_the_guard_problems_of_its_render(tmp_path, monkeypatch):
    problem = Problem("commentary/oslo/2019/generelt.md", "var «x» er tom", row=3, code="empty")

    def fails(*args, **kwargs):
        raise ReportError([problem])

    monkeypatch.setattr(render, "render_run", fails)
    with pytest.raises(BuildError) as info:
        rendering._render(tmp_path, None)
    assert problems_of(info.value) == [problem]
    assert "commentary/oslo/2019/generelt.md, linje 3: var «x» er tom" in str(info.value)
    # and across processes (a batch's workers)
    again = pickle.loads(pickle.dumps(info.value))
    assert (type(again), str(again), again.problems) == (BuildError, str(info.value), [problem])


def test_a_build_keeps_the_findings_its_render_carried_and_a_reuse_gives_them_again(
    tmp_path, monkeypatch
):
    finding = Problem.at(
        "commentary/oslo/2019/generelt.md",
        4,
        7,
        "warning",
        "typed-value",
        "skriv verdien",
        length=5,
    )
    guard_problem = Problem("commentary/oslo/2019/generelt.md", "var «x» er tom", row=3)

    def fails(*args, **kwargs):
        raise ReportError([guard_problem]).with_findings([finding])

    monkeypatch.setattr(render, "render_run", fails)
    with pytest.raises(BuildError) as info:
        rendering._render(tmp_path, None)
    assert as_problems(info.value) == [finding, guard_problem]
    again = pickle.loads(pickle.dumps(info.value))  # a batch's worker sends it whole
    assert (again.problems, again.findings) == ([guard_problem], (finding,))

    # a render reused from build.json gives the findings it recorded
    final, new = tmp_path / "final", tmp_path / "new"
    final.mkdir()
    new.mkdir()
    (final / "rapport.html").write_text("<p>rendret</p>", encoding="utf-8")
    sha = hashlib.sha256(b"<p>rendret</p>").hexdigest()
    record = {"key": "k", "outputs": {"rapport.html": sha}, "findings": [finding.record()]}
    record = json.loads(json.dumps({"render": record}))  # as build.json holds it
    monkeypatch.setattr(rendering, "render_key", lambda *args: ("k", {}))
    plan = settings.load(district="Oslo", year=2019, out=final, engine="embedded")
    step = rendering.render_step(new, plan, code="c", previous=record, log=lambda line: None)
    assert step.reused and step.findings == [finding]
    assert [f.length for f in step.findings] == [5]  # the preview's mark: every field kept


def test_an_error_that_is_only_a_message_is_one_problem_at_the_place_it_names():
    [placed] = as_problems(KlagerapportError("commentary/a.md, linje 3: #x er brukt to ganger"))
    assert (placed.file, placed.line, placed.message) == (
        "commentary/a.md",
        3,
        "#x er brukt to ganger",
    )
    [bare] = as_problems(KlagerapportError("fant ingen byggmappe"))
    assert (bare.file, bare.line, bare.message) == ("", 0, "fant ingen byggmappe")
    carried = Problem("b.md", "tom", row=2, code="empty-value")
    assert as_problems(ReportError([carried])) == [carried]
    # an error that is only a message lists the findings it carries first, in any process
    finding = Problem.at("c.md", 4, 2, "warning", "typed-value", "skriv verdien")
    err = KlagerapportError("fant ingen byggmappe").with_findings([finding])
    assert as_problems(pickle.loads(pickle.dumps(err))) == [finding, bare]


# ---------------------------------------------------------------------------- the preview


@pytest.fixture
def session(tmp_path, oslo_2019):
    from klagerapport.preview.session import Session

    source = tmp_path / "kommentar"
    shutil.copytree(paths.commentary_dir("Oslo", 2019), source)
    made = Session(oslo_2019, district="Oslo", year=2019, commentary=source)
    yield made
    made.close()


@pytest.mark.slow
def test_the_preview_lists_what_the_guard_stops_on_with_the_commentary_findings(
    session, monkeypatch
):
    assert session.refresh(full=True) is None and session.state.error is None
    assert session.state_json()["findings"] == [
        f for f in session.state_json()["findings"] if f["code"] not in guard.CODES
    ]
    text = (session.source / "generelt.md").read_text(encoding="utf-8")
    first = next(n for n, line in enumerate(text.splitlines(), start=1) if len(line) > 60)
    words = text.splitlines()[first - 1].split()[:6]
    page = html_step.render_html

    def losing(*args, **kwargs):  # an HTML step that loses a paragraph and leaves a leftover
        html = page(*args, **kwargs)
        start = html.index(words[0] + " " + words[1])
        end = html.index("</p>", start)
        return html[:start] + "?var:finnes.ikke" + html[end:]

    monkeypatch.setattr(html_step, "render_html", losing)
    good = session.state.html
    session.refresh(full=True)
    state = session.state_json()
    assert state["error"] is not None and session.state.html == good  # the last good page
    listed = {f["code"]: f for f in state["findings"]}
    missing, leftover = listed[completeness.MISSING], listed[guard.LEFTOVER_CODE]
    assert missing["file"] == paths.shown(session.source / "generelt.md")
    assert missing["line"] == first and missing["where"] == f"{missing['file']}:{first}"
    assert "mangler i rapport.html" in missing["message"]
    assert leftover["file"] == "rapport.html" and leftover["line"] > 0
    # the commentary's own findings are still listed, before them
    codes = [f["code"] for f in state["findings"]]
    assert codes.index(completeness.MISSING) >= len(codes) - 2
    monkeypatch.setattr(html_step, "render_html", page)
    session.refresh(full=True)
    assert session.state.error is None
    assert not {completeness.MISSING, guard.LEFTOVER_CODE} & {
        f["code"] for f in session.state_json()["findings"]
    }


# ------------------------------------------------------------- the embedded engine's reader


def test_the_embedded_engine_locates_every_problem_of_a_document_at_once(tmp_path):
    (tmp_path / "kommentar.md").write_text(
        "Avvist: {{< var decisions.avvist >}} saker.\n"
        "\n"
        "Gruppen {{< var decisions >}} og {{< meta forfatter >}}.\n"
        "\n"
        "| x |\n|--:|\n| 1 |\n\n: Første {#tbl-a}\n\n"
        "| y |\n|--:|\n| 2 |\n\n: Andre {#tbl-a}\n\n"
        "Se @tbl-borte og {{< pagebreak >}}.\n",
        encoding="utf-8",
    )
    (tmp_path / "rapport.qmd").write_text(
        "---\ntitle: T\n---\n{{< include /kommentar.md >}}\n\n{{< include /mangler.md >}}\n",
        encoding="utf-8",
    )
    variables = {"decisions": {"total": "12"}}
    with pytest.raises(ReportError) as info:
        shortcodes.preprocess(tmp_path / "rapport.qmd", root=tmp_path, variables=variables, meta={})
    found = [(Path(p.file).name, p.line, p.col, p.code) for p in info.value.problems]
    assert found == [
        ("kommentar.md", 1, 9, guard.UNKNOWN_VALUE),
        ("kommentar.md", 3, 9, guard.GROUP_VALUE),
        ("kommentar.md", 3, 34, guard.UNKNOWN_VALUE),
        ("kommentar.md", 15, 10, shortcodes.DUPLICATE_LABEL),
        ("kommentar.md", 17, 4, guard.NO_TARGET),
        ("kommentar.md", 17, 18, guard.GRAMMAR),
        ("rapport.qmd", 6, 0, safety.BAD_INCLUDE),
    ]
    # every one for a person too, with its file and line, and none twice
    message = str(info.value)
    assert message.startswith("7 feil i rapporten")
    assert "kommentar.md, linje 3: variabelen «decisions» har ingen enkeltverdi" in message
    assert "rapport.qmd, linje 6: fant ikke filen /mangler.md" in message
    assert all(isinstance(p, Problem) for p in as_problems(info.value))


def test_a_dangling_reference_is_located_when_the_shortcodes_are_clean(tmp_path):
    (tmp_path / "rapport.qmd").write_text(
        "Tekst\n\nSe @tbl-borte og @fig-vekk.\n", encoding="utf-8"
    )
    with pytest.raises(ReportError) as info:
        shortcodes.preprocess(tmp_path / "rapport.qmd", root=tmp_path, variables={}, meta={})
    assert [(p.line, p.col, p.code) for p in info.value.problems] == [
        (3, 4, guard.NO_TARGET),
        (3, 18, guard.NO_TARGET),
    ]


@pytest.mark.slow
def test_the_preview_lists_every_problem_the_engine_finds_in_the_commentary(session):
    assert session.refresh(full=True) is None and session.state.error is None
    file = session.source / "generelt.md"
    text = file.read_text(encoding="utf-8").rstrip("\n")
    first = text.count("\n") + 3  # the lines added below: after one empty line
    file.write_text(
        text + "\n\nSe @tbl-finnes-ikke og @fig-vekk.\n\nGruppen {{< var decisions >}} her.\n",
        encoding="utf-8",
    )
    session.refresh()
    state = session.state_json()
    assert state["error"] is not None
    shown = paths.shown(file)
    engine = [
        (f["file"], f["line"], f["column"], f["code"])
        for f in state["findings"]
        if f["code"] in guard.CODES
    ]
    assert engine == [(shown, first, 4, guard.NO_TARGET), (shown, first, 24, guard.NO_TARGET)]
    # the commentary check's own findings stay listed, before them (the group of values is the
    # check's: the preview marks it in the page, so the engine never reads it)
    found = [(f["code"], f["line"]) for f in state["findings"]]
    assert ("unknown-key", first + 2) in found[: found.index((guard.NO_TARGET, first))]


@pytest.mark.slow
def test_the_preview_lists_the_notes_about_the_data_a_draft_shows(tmp_path, oslo_2019):
    from klagerapport.preview.session import Session

    run_dir = tmp_path / "run"
    shutil.copytree(oslo_2019, run_dir)
    received = run_dir / "values" / "received.json"
    values = json.loads(received.read_text(encoding="utf-8"))
    values["received.total"] = {**values["received.total"], "value": 0, "text": "0"}
    received.write_text(json.dumps(values, ensure_ascii=False), encoding="utf-8")
    [note] = render.data_notes(run_dir, 2019)
    made = Session(
        run_dir, district="Oslo", year=2019, commentary=paths.commentary_dir("Oslo", 2019)
    )
    try:
        made.refresh(full=True)
        listed = made.state_json()["findings"]
    finally:
        made.close()
    last = {key: value for key, value in listed[-1].items() if key != "id"}
    assert last == {"where": "dataene", **note.to_json()}
    assert listed[-1]["code"] == "no-received" and listed[-1]["severity"] == "warning"
