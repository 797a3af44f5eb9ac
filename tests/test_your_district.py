"""Your district, not Oslo: config.yml (written once by `klagerapport init`) sets the district
and year every command uses, and each says where they came from; `validate` without --year
checks every year; `render` keeps the build's data source, edition and draft/final;
`new-district` starts the unit list from the data; `values --search` finds printed text;
genitives are Norwegian («Troms'», not «Tromss»)."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
import yaml
from casefiles import fixtures, row, write_csv
from fakerun import make_fake_run
from typer.testing import CliRunner

from klagerapport import fmt, paths, render, settings
from klagerapport.check import BuildValues, check_commentary, newyear, reference
from klagerapport.cli import app
from klagerapport.errors import KlagerapportError
from klagerapport.ingest import units

data_dir, store_dir = fixtures()


def test_init_sets_the_district_year_and_data_once_keeping_the_comments(config, data_dir):
    data = write_csv(
        data_dir, [row(distrikt="Troms", mottatt="2023-02-01", avsluttet="2023-02-20")]
    )
    result = CliRunner().invoke(
        app, ["init", "--district", "troms pd", "--year", "2023", "--data", str(data)]
    )
    assert result.exit_code == 0, result.output
    written = config.read_text(encoding="utf-8")
    assert "# Your district, year and data" in written
    assert "engine: auto                    # auto | quarto" in written  # untouched line
    assert "# a file or a folder" in written  # the data line keeps its comment
    raw = yaml.safe_load(written)
    assert (raw["district"], raw["year"], raw["data"]) == ("Troms", 2023, str(data))
    cfg = settings.load()
    assert (cfg.district, cfg.year, cfg.data) == ("Troms", 2023, data)
    assert "distrikt=Troms (fra " in cfg.describe() and "år=2023 (fra " in cfg.describe()
    given = settings.load(district="Oslo", year=2019).describe()
    assert given.startswith("Parametere: distrikt=Oslo, år=2019, data=")


def test_no_district_anywhere_is_an_error_naming_init(tmp_path):
    empty = tmp_path / "config.yml"
    empty.write_text("engine: auto\n", encoding="utf-8")
    with pytest.raises(KlagerapportError, match="klagerapport init --district"):
        settings.load(config_file=empty)
    assert settings.load(config_file=empty, district="Vest", year=2020).district == "Vest"


def test_validate_without_year_checks_every_year_of_the_configured_district(
    config, data_dir, store_dir
):
    rows = [
        row(saksnr="1", distrikt="Troms", mottatt="2023-02-01", avsluttet="2023-02-20"),
        row(saksnr="2", distrikt="Troms", mottatt="2022-05-01", avsluttet="2022-05-20"),
    ]
    data = write_csv(data_dir, rows)
    settings.write_defaults({"district": "Troms", "data": str(data)}, config)  # year stays 2019
    result = CliRunner().invoke(app, ["validate"])
    assert result.exit_code == 0, result.output
    first = result.stdout.splitlines()[0]
    assert first.startswith("Parametere: distrikt=Troms (fra ")
    assert "år=alle år i dataene" in first
    assert "Saker i Troms per år" in result.stdout and "◀" not in result.stdout
    assert "Ingen feil." in result.stdout


def test_values_and_check_say_which_district_and_year_they_use(config):
    result = CliRunner().invoke(app, ["values"])
    assert "Bruker distrikt Oslo og år 2019 fra " in result.stderr
    assert "config.yml" in result.stderr
    quiet = CliRunner().invoke(app, ["values", "--district", "Oslo", "--year", "2019"])
    assert "Bruker distrikt" not in quiet.stderr


def fake_build(tmp_path, **parameters):
    run_dir = make_fake_run(tmp_path / "troms" / "2023")
    built = {"district": "Troms", "year": 2023, "utgave": "intern", "final": True}
    record = {"parameters": {**built, "data": "data/raw/troms-eksport.csv", **parameters}}
    (run_dir / paths.BUILD_RECORD).write_text(json.dumps(record), encoding="utf-8")
    return run_dir


@pytest.fixture
def rendered(monkeypatch):
    """render_run replaced by a recorder: the plan render_command renders with."""
    calls = []

    def fake(run_dir, plan):
        calls.append({"district": plan.district, "year": plan.year, "final": plan.final})
        files = [run_dir / n for n in ("rapport.html", "rapport.pdf", "tabeller.xlsx")]
        return render.RenderResult(*files, engine="embedded")

    monkeypatch.setattr(render, "render_run", fake)
    return calls


def test_render_keeps_the_builds_data_and_final_edition(tmp_path, rendered, capsys):
    run_dir = fake_build(tmp_path)
    plan = settings.load(district="Troms", year=2023, out=run_dir, engine="embedded")
    render.render_command(plan)
    assert rendered[-1] == {"district": "Troms", "year": 2023, "final": True}
    err = capsys.readouterr().err
    assert "data=data/raw/troms-eksport.csv (fra build.json)" in err
    assert "data/raw/sample" not in err
    assert "endelig" in err and "Utgave: endelig, som bygget" in err
    # told otherwise: a draft, and build.json says so, so the next render keeps the draft
    render.render_command(plan.but(final=False), keep_final=False)
    assert rendered[-1]["final"] is False
    assert json.loads((run_dir / paths.BUILD_RECORD).read_text())["parameters"]["final"] is False
    render.render_command(plan)
    assert rendered[-1]["final"] is False


def test_render_of_a_folder_takes_its_builds_district_and_year_not_config(
    config, tmp_path, rendered
):
    run_dir = fake_build(tmp_path)  # built for Troms 2023; config.yml says Oslo 2019
    assert (settings.load().district, settings.load().year) == ("Oslo", 2019)
    result = CliRunner().invoke(app, ["render", "--out", str(run_dir), "--engine", "embedded"])
    assert result.exit_code == 0, result.output
    assert rendered[-1] == {"district": "Troms", "year": 2023, "final": True}
    assert "distrikt=Troms (fra build.json), år=2023 (fra build.json)" in result.stderr
    # what is given on the command line still wins over the build's record
    plan = render.render_plan(out=run_dir, year=2022)
    assert (plan.district, plan.year) == ("Troms", 2022)
    assert plan.origin["district"] == paths.BUILD_RECORD and "year" not in plan.origin
    assert plan.utgave == settings.INTERN  # no suppression log: the internal edition
    # a public folder is re-rendered, and logged, as the public edition
    from klagerapport.publish import utgave

    (run_dir / utgave.LOG_FILE).write_text("{}", encoding="utf-8")
    plan = render.render_plan(out=run_dir)
    assert plan.utgave == settings.OFFENTLIG and "utgave=offentlig" in plan.describe()


@pytest.mark.parametrize("given", [[], ["--district", "Troms", "--year", "2023"]])
def test_render_of_a_build_whose_record_names_no_data_says_as_built_not_config(
    config, tmp_path, rendered, given
):
    """A public build.json has no data path: the render logs «som bygget», never the data
    config.yml names (a build made from other data than config.yml's)."""
    settings.write_defaults({"district": "Troms", "year": 2023, "data": "data/raw/troms"}, config)
    run_dir = fake_build(tmp_path, utgave="offentlig")
    record = json.loads((run_dir / paths.BUILD_RECORD).read_text())
    del record["parameters"]["data"]  # as cache.public_record leaves it out
    (run_dir / paths.BUILD_RECORD).write_text(json.dumps(record), encoding="utf-8")
    args = ["render", "--out", str(run_dir), "--engine", "embedded", *given]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    (line,) = [x for x in result.stderr.splitlines() if x.startswith("Parametere:")]
    assert ", data=som bygget, motor=embedded" in line
    assert "data/raw/troms" not in result.stderr and "config.yml" not in line
    # a record that names the data is still followed
    record["parameters"]["data"] = "data/raw/sample"
    (run_dir / paths.BUILD_RECORD).write_text(json.dumps(record), encoding="utf-8")
    result = CliRunner().invoke(app, args)
    assert "data=data/raw/sample (fra build.json)" in result.stderr


@pytest.fixture
def batched(monkeypatch):
    """The batch's reports, recorded instead of built: (district, year) of each."""
    from klagerapport.pipeline import batch, batch_workers

    built = []

    def record(reports, plan, executor, pool, log):
        built.extend((r.district, r.year) for r in reports)
        return [batch_workers.Outcome(r, batch_workers.BUILT) for r in reports]

    monkeypatch.setattr(batch, "build_all", record)
    return built


def test_batch_without_districts_or_years_takes_config_yml_and_says_so(
    config, tmp_path, data_dir, store_dir, batched
):
    rows = [row(saksnr=f"t{y}", distrikt="Troms", mottatt=f"{y}-02-01", avsluttet=f"{y}-02-20")
            for y in (2022, 2023)]  # fmt: skip
    rows.append(row(saksnr="o1", distrikt="Oslo", mottatt="2023-03-01", avsluttet="2023-03-09"))
    data = write_csv(data_dir, rows)
    settings.write_defaults({"district": "Troms", "year": 2023, "data": str(data)}, config)
    quick = ["--jobs", "1", "--kernels", "plain", "--out", str(tmp_path / "ut")]
    result = CliRunner().invoke(app, ["batch", *quick])
    assert result.exit_code == 0, result.output
    assert batched == [("Troms", 2023)]
    first = result.stdout.splitlines()[0]
    assert first.startswith("Parametere: distrikter=Troms (fra "), first
    assert "config.yml), år=2023 (fra " in first and "data=" in first
    # given, they win and carry no note
    batched.clear()
    result = CliRunner().invoke(app, ["batch", "--years", "2022-2023", *quick])
    assert batched == [("Troms", 2022), ("Troms", 2023)]
    assert "år=2022-2023, data=" in result.stdout.splitlines()[0]
    # Norge in config.yml (the national analyst's): every district of the data
    settings.write_defaults({"district": "Norge"}, config)
    batched.clear()
    result = CliRunner().invoke(app, ["batch", "--delvis", "--no-national", *quick])
    assert result.exit_code == 0, result.output
    assert batched == [("Oslo", 2023), ("Troms", 2023)]
    assert result.stdout.startswith("Parametere: distrikter=all (fra ")


def test_make_report_endelig_builds_the_final_edition():
    dry = subprocess.run(
        ["make", "-n", "report", "ENDELIG=1"], cwd=paths.ROOT, capture_output=True, text=True,
        timeout=60, check=True,
    )  # fmt: skip
    assert "klagerapport build" in dry.stdout and "--endelig" in dry.stdout
    plain = subprocess.run(
        ["make", "-n", "report"], cwd=paths.ROOT, capture_output=True, text=True, timeout=60,
        check=True,
    )  # fmt: skip
    assert "--endelig" not in plain.stdout


def test_new_district_starts_the_unit_list_from_the_data(tmp_path, monkeypatch, data_dir, store_dir,
                                                        capsys):  # fmt: skip
    unit_file = tmp_path / "units.yml"
    shutil.copy(units.UNITS_FILE, unit_file)
    monkeypatch.setattr(units, "UNITS_FILE", unit_file)
    monkeypatch.setattr(paths, "COMMENTARY", tmp_path / "commentary")
    monkeypatch.setattr(paths, "COMMENTARY_TEMPLATE", paths.ROOT / "commentary" / "_mal")
    rows = [row(saksnr=f"t{i}", distrikt="Troms", enhet="Tromsø politistasjon") for i in range(5)]
    rows += [row(saksnr=f"h{i}", distrikt="Troms", enhet="Harstad politistasjon") for i in range(2)]
    rows += [row(saksnr="h9", distrikt="Troms", enhet="harstad  politistasjon")]  # one unit
    rows += [row(saksnr="p1", distrikt="Troms", enhet="Kari Nordmann")]  # a name: 1 case
    rows += [row(saksnr=f"o{i}", distrikt="Oslo", enhet="Stovner politistasjon") for i in range(4)]
    data = write_csv(data_dir, rows)
    newyear.new_district_command(district="Troms", year=2023, data=data)
    out = capsys.readouterr().out
    assert "Skrev et utkast til Troms' enhetsliste" in out
    assert "2 enheter fra dataene, kommentert ut" in out
    assert "Fyll inn: fjern «# » foran hver enhet" in out
    assert "1 skrivemåte brukt i færre enn 3 saker er ikke tatt med" in out
    text = unit_file.read_text(encoding="utf-8")
    assert '  # - name: "Tromsø politistasjon"   # 5 saker' in text
    assert '  # - name: "Harstad politistasjon"  # 3 saker' in text  # the usual spelling
    block = text.split("\ntroms:")[1]
    assert "Kari Nordmann" not in block and "Stovner" not in block  # a name; Oslo's unit
    loaded = yaml.safe_load(text)
    assert loaded["troms"] is None and len(loaded["oslo"]) > 5  # nothing published yet
    # uncommented, it is a valid list
    units._read.cache_clear()
    unit_file.write_text(text.replace("  # - name:", "  - name:"), encoding="utf-8")
    assert [u.name for u in units.for_district("Troms", unit_file)] == [
        "Tromsø politistasjon",
        "Harstad politistasjon",
    ]
    units._read.cache_clear()
    lines = newyear.units_scaffold("Troms", data)
    assert lines[0].startswith("Enhetslisten for Troms står i")


def test_values_search_finds_the_printed_name_with_or_without_aeoeaa():
    vals = BuildValues.from_flat(
        {
            "district": {"value": "Troms", "text": "Troms"},
            "units.tromso_politistasjon.count": {"value": 41, "text": "41"},
            "comparison.received_max_district": {"value": "Tromsø", "text": "Tromsø"},
            "received.total": {"value": 211, "text": "211"},
        }
    )
    found = reference.terminal(vals, search="tromsø")
    assert "units.tromso_politistasjon.count" in found
    assert "comparison.received_max_district" in found
    assert "received.total" not in found
    assert "units.tromso_politistasjon.count" in reference.terminal(vals, search="Tromso")


def test_genitives_are_norwegian():
    assert [fmt.genitive(n) for n in ("Troms", "Oslo", "Agder", "Møre og Romsdal", "Vest")] == [
        "Troms'",
        "Oslos",
        "Agders",
        "Møre og Romsdals",
        "Vests",
    ]
    assert fmt.genitive("Fax") == "Fax'" and fmt.genitive("Ritz") == "Ritz'"


def test_the_checks_fix_text_writes_troms_genitive(tmp_path):
    folder = tmp_path / "k"
    folder.mkdir()
    (folder / "generelt.md").write_text("I Oslo politidistrikt er det bra.\n", encoding="utf-8")
    vals = BuildValues.from_flat({"district": {"value": "Troms", "text": "Troms"}})
    found = [
        f
        for f in check_commentary(folder, vals, allowed=[], sections=["generelt"], district="Troms")
        if f.code == "other-district"
    ]
    assert found and all("skriv Troms' eget navn" in f.suggestion for f in found)
    assert not any("Tromss" in f.suggestion for f in found)
