"""`klagerapport init` says where each value it wrote came from: the command line for what was
given there, config.yml only for what it kept from the file."""

from __future__ import annotations

from typer.testing import CliRunner

from klagerapport import paths
from klagerapport.cli import app


def test_values_given_on_the_command_line_are_said_to_come_from_it(config):
    result = CliRunner().invoke(app, ["init", "--district", "Troms", "--year", "2021"])
    assert result.exit_code == 0, result.output
    line = result.stdout.splitlines()[0]
    assert "distrikt=Troms (fra kommandolinjen), år=2021 (fra kommandolinjen)" in line
    assert line.endswith(f" (fra {paths.shown(config)})")  # data: kept from the file
    assert line.count("config.yml") == 2  # the file written, and data's origin


def test_data_given_is_from_the_command_line_too(config, tmp_path):
    data = tmp_path / "klager.csv"
    data.write_text("", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["init", "--district", "Troms", "--year", "2021", "--data", str(data)]
    )
    assert result.exit_code == 0, result.output
    assert "fra config.yml" not in result.stdout
    assert result.stdout.count("(fra kommandolinjen)") == 3
