"""A command line the program cannot read is answered in bokmål, with exit status 2, naming the
option and the value, and never with a traceback (Typer's own messages are English)."""

from __future__ import annotations

import sys

import pytest

from klagerapport import cli


def run_main(monkeypatch, capsys, *argv: str) -> tuple[int, str]:
    monkeypatch.setattr(sys, "argv", ["klagerapport", *argv])
    with pytest.raises(SystemExit) as done:
        cli.main()
    captured = capsys.readouterr()
    return done.value.code, captured.err + captured.out


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["new-district"], "Feil: mangler --district. Se «klagerapport new-district --help»."),
        (["build", "--year", "abc"], "Feil: ugyldig verdi «abc» for --year: må være et heltall."),
        (["validate", "--year=x1"], "Feil: ugyldig verdi «x1» for --year: må være et heltall."),
        (["build", "--yaer", "2019"], "Feil: ukjent valg --yaer (mente du --year?)."),
        (["bygg"], "Feil: ukjent kommando «bygg». Se «klagerapport --help»."),
    ],
)
def test_a_command_line_that_cannot_be_read_is_answered_in_bokmal(monkeypatch, capsys, argv, said):
    status, text = run_main(monkeypatch, capsys, *argv)
    assert status == cli.USAGE_STATUS
    assert said in text
    assert "Traceback" not in text and "Error" not in text and "Missing" not in text


def test_help_still_exits_0_and_no_command_shows_the_help(monkeypatch, capsys):
    status, text = run_main(monkeypatch, capsys, "--help")
    assert status == 0 and "build" in text
    status, text = run_main(monkeypatch, capsys)
    assert status == cli.USAGE_STATUS and "build" in text and "Traceback" not in text


def test_a_user_error_inside_a_command_keeps_its_own_message_and_status(monkeypatch, capsys):
    status, text = run_main(monkeypatch, capsys, "build", "--utgave", "foo", "--year", "2019")
    assert status == 1 and "ukjent utgave «foo»" in text
