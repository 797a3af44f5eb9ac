"""`klagerapport validate`: a Norwegian summary on success, every problem and exit 1 on error."""

from __future__ import annotations

import subprocess
import sys

import pytest
from casefiles import GOOD, fixtures, row, write_csv
from typer.testing import CliRunner

from klagerapport import paths
from klagerapport.cli import app

EXAMPLE = paths.DATA / "example" / "klager-eksempel.csv"

data_dir, store_dir = fixtures()


def invoke(*args: str):
    return CliRunner().invoke(app, ["validate", *args])


def test_summary_on_success(data_dir, store_dir):
    rows = [*GOOD, row(distrikt="Vest")]
    result = invoke(
        "--data", str(write_csv(data_dir, rows)), "--year", "2019", "--district", "Oslo"
    )
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Parametere: distrikt=Oslo, år=2019")
    assert "Saker i Oslo per år (mottatt / avsluttet):" in out
    assert "  2019        3          2  ◀" in out
    assert "Under behandling (ingen avsluttet-dato): 1" in out
    assert "1 sak mottatt i 2019 er fortsatt under behandling." in out
    assert "1 rad fra andre distrikter enn Oslo er utelatt: Vest (1)." in out
    assert "Ingen feil." in out


def test_every_problem_printed_and_exit_1(data_dir, store_dir):
    path = write_csv(data_dir, [row(grunnlag="228.8"), row(saksnr="2", mottatt="31.02.2019")])
    result = invoke("--data", str(path), "--year", "2019", "--district", "Oslo")
    assert result.exit_code == 1
    err = result.stderr
    assert err.startswith("Feil: 2 feil i inndata:")
    assert "rad 2 (saksnr 2019/0100), kolonne «grunnlag»: ukjent grunnlag: «228.8»" in err
    assert "rad 3 (saksnr 2), kolonne «mottatt»: umulig dato" in err
    assert "Traceback" not in result.output
    assert not (store_dir / "klager").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--data", "finnes/ikke.csv"], "finnes ikke"),
        (["--year", "1990"], "Ingen saker mottatt eller avsluttet i 1990"),
        (["--district", "Finnmark"], "Ingen saker for distrikt «Finnmark»"),
    ],
)
def test_user_errors_without_traceback(store_dir, args, message):
    result = invoke("--data", str(EXAMPLE), *args)
    assert result.exit_code == 1
    assert result.stderr.startswith("Feil: ")
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_real_command_prints_no_traceback(tmp_path):
    missing = tmp_path / "mangler"
    proc = subprocess.run(
        [sys.executable, "-m", "klagerapport", "validate", "--data", str(missing)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1
    assert proc.stderr.startswith("Feil: Finner ikke data")
    assert "Traceback" not in proc.stderr


def test_example_file_validates(store_dir):
    result = invoke("--data", str(EXAMPLE), "--year", "2019", "--district", "Oslo")
    assert result.exit_code == 0, result.output
    assert "Ingen feil." in result.stdout


def test_a_broken_snapshot_is_a_user_error_without_traceback(data_dir, store_dir):
    path = write_csv(data_dir)
    assert invoke("--data", str(path)).exit_code == 0
    [folder] = store_dir.iterdir()
    (folder / "manifest.json").unlink()
    result = invoke("--data", str(path))
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith(
        f"Feil: {paths.shown(folder)}: de lagrede sakene er ødelagt: manifest.json mangler."
    )
    assert "Traceback" not in result.output
