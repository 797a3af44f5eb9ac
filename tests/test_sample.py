"""The synthetic sample generator: deterministic, constructed (not lucky), sane, safe to rerun."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

import pandas as pd
import pytest
import yaml
from golden import FIGURES, computed, expected, read_cases

from klagerapport import codes, paths, settings
from klagerapport.errors import KlagerapportError
from tools import sample_data

COMMITTED = paths.SAMPLE_DIR / "oslo-2007-2019.csv"
MANIFEST = paths.SAMPLE_DIR / "manifest.yml"
OTHER_SEED = 7


@pytest.fixture(scope="module")
def committed() -> pd.DataFrame:
    return read_cases(COMMITTED)


@pytest.fixture(scope="module")
def other_seed_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("sample-seed")
    assert sample_data.main(["--out", str(out), "--seed", str(OTHER_SEED)]) == 0
    return out


def test_default_seed_regenerates_the_committed_files_byte_for_byte(tmp_path):
    written = sample_data.write_sample(out=tmp_path)
    assert written.name == COMMITTED.name
    assert written.read_bytes() == COMMITTED.read_bytes()
    assert (tmp_path / "manifest.yml").read_bytes() == MANIFEST.read_bytes()


def test_other_seed_gives_another_file(other_seed_dir):
    assert (other_seed_dir / COMMITTED.name).read_bytes() != COMMITTED.read_bytes()


def test_other_seed_still_reproduces_every_published_figure(other_seed_dir):
    cases = read_cases(other_seed_dir / COMMITTED.name)
    wrong = {
        (key, str(sub)): computed(cases, key, sub)
        for key, sub in FIGURES
        if computed(cases, key, sub) != expected(key, sub)
    }
    assert wrong == {}


def test_manifest_describes_a_synthetic_file():
    man = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    assert man["synthetic"] is True
    assert man["real_data"] is False
    assert man["seed"] == sample_data.DEFAULT_SEED
    assert man["file"] == COMMITTED.name
    assert man["sha256"] == hashlib.sha256(COMMITTED.read_bytes()).hexdigest()
    assert man["rows"] == len(read_cases(COMMITTED))
    assert (paths.ROOT / man["reproduces"]).is_file()


def test_header_and_formats():
    lines = COMMITTED.read_text(encoding="utf-8").splitlines()
    assert lines[0].split(";") == [c["name"] for c in codes.columns()] + ["beskrivelse"]
    date = re.compile(r"\d{2}\.\d{2}\.\d{4}")
    for line in lines[1:]:
        cells = line.split(";")
        assert len(cells) == len(lines[0].split(";"))
        assert date.fullmatch(cells[2]) and date.fullmatch(cells[3]), line
        assert re.fullmatch(r"\d{4}/\d{5}", cells[0]), line


def test_case_numbers_are_unique_and_carry_the_year_received(committed):
    assert committed["saksnr"].is_unique
    assert (committed["saksnr"].str[:4].astype(int) == committed["mottatt"].dt.year).all()


def test_no_open_cases_and_none_decided_before_received(committed):
    assert committed["avsluttet"].notna().all()
    assert (committed["avsluttet"] >= committed["mottatt"]).all()
    assert committed["avsluttet"].max() <= pd.Timestamp(sample_data.EXPORT_DATE)


def test_codes_are_valid(committed):
    assert committed["avgjorelse"].isin([c.code for c in codes.decisions()]).all()
    assert committed["grunnlag"].isin([c.code for c in codes.grounds()]).all()
    assert committed["diskriminering"].isin([c.code for c in codes.discrimination()]).all()


def test_discrimination_is_written_both_as_codes_and_as_form_aliases():
    raw = pd.read_csv(COMMITTED, sep=";", dtype=str, keep_default_na=False)["diskriminering"]
    for item in codes.discrimination():
        assert (raw == item.code).any(), item.code
        for alias in item.aliases:
            assert (raw == alias).any(), alias


def test_last_case_received_in_the_year_was_decided_on_20_january(committed):
    year = committed[committed["mottatt"].dt.year == 2019]
    assert year["avsluttet"].max() == pd.Timestamp(dt.date(2020, 1, 20))


def test_a_few_cases_cross_each_year_end_and_are_decided_by_mid_january(committed):
    years = committed["mottatt"].dt.year
    crossing = committed[committed["avsluttet"].dt.year > years]
    assert (crossing["avsluttet"].dt.year == crossing["mottatt"].dt.year + 1).all()
    assert (crossing["mottatt"].dt.month == 12).all()
    assert (crossing["avsluttet"].dt.month == 1).all() and (
        crossing["avsluttet"].dt.day <= 20
    ).all()
    per_year = crossing["mottatt"].dt.year.value_counts()
    assert sorted(per_year.index) == list(range(2006, 2020))
    assert per_year.between(3, 7).all()
    assert set(years[years < 2007].index) == set(
        crossing[crossing["mottatt"].dt.year == 2006].index
    )


def test_handling_time_is_right_skewed_and_mostly_within_the_deadline(committed):
    days = (committed["avsluttet"] - committed["mottatt"]).dt.days
    deadline = settings.rules()["answer_deadline_days"]
    assert days.min() >= 0
    assert days.median() < days.mean()
    assert (days <= deadline).mean() > 0.75
    assert days.max() >= 60


def test_units_are_plausible(committed):
    year = committed["mottatt"].dt.year
    merged = committed["enhet"] == "Asker og Bærum politistasjon"
    assert merged.any() and (year[merged] >= 2017).all()
    passes = committed[committed["enhet"] == "Pass"]
    assert (passes["grunnlag"] == "228.5").mean() > 0.6
    spring = passes["mottatt"].dt.month.between(3, 6).mean()
    assert spring > 4 / 12  # pass complaints peak in spring
    assert (committed["enhet"] == "").any()


def test_every_free_text_carries_a_unique_marker(committed):
    markers = committed["beskrivelse"].str.extract(rf"({sample_data.MARKER_PREFIX}\d{{5}})")[0]
    assert markers.notna().all()
    assert markers.is_unique


def test_the_self_check_catches_a_changed_figure():
    text = COMMITTED.read_text(encoding="utf-8")
    pub = sample_data.read_published()
    assert sample_data.mismatches(text, pub) == []
    lines = text.splitlines(keepends=True)
    i = next(k for k, line in enumerate(lines) if line.startswith("2019/") and ";kritikk;" in line)
    lines[i] = lines[i].replace(";kritikk;", ";uheldig;")
    problems = sample_data.mismatches("".join(lines), pub)
    assert any(p.startswith("decisions:") for p in problems)
    assert not any(p.startswith("grounds:") for p in problems)
    j = next(k for k, line in enumerate(lines) if line.startswith("2019/") and ";Pass;" in line)
    lines[j] = lines[j].replace(";Pass;", ";Ukjent;")
    assert any(p.startswith("units:") for p in sample_data.mismatches("".join(lines), pub))


def test_inconsistent_published_tables_are_refused():
    pub = sample_data.read_published()
    pub["grounds"] = dict(pub["grounds"])
    sums = list(pub["grounds"]["SUM"])
    sums[0] += 1
    pub["grounds"]["SUM"] = sums
    with pytest.raises(KlagerapportError):
        sample_data.generate(pub=pub)


def test_a_failed_run_leaves_the_previous_sample_in_place(tmp_path, monkeypatch):
    good = sample_data.write_sample(out=tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    monkeypatch.setattr(sample_data, "mismatches", lambda text, pub: ["decisions: forced mismatch"])
    with pytest.raises(KlagerapportError, match="forced mismatch"):
        sample_data.write_sample(out=tmp_path, seed=OTHER_SEED)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    assert good.is_file()


def test_cli_reports_failure_without_traceback(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sample_data, "mismatches", lambda text, pub: ["decisions: forced mismatch"])
    assert sample_data.main(["--out", str(tmp_path)]) == 1
    output = capsys.readouterr()
    assert "forced mismatch" in output.err
    assert "Traceback" not in output.err + output.out
    assert list(tmp_path.iterdir()) == []
