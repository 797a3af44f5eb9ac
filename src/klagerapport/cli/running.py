"""How a command runs: a user error as one line and status 1, any other error as a bug (status
2, the traceback with --debug), a reader that went away as a writer's quiet stop, `--json`'s
findings and what stopped the run, and which district and year a command took from config.yml."""

from __future__ import annotations

import contextlib
import os
import sys
from typing import NoReturn

import typer

from .. import settings
from ..errors import KlagerapportError


def fail(err: KlagerapportError) -> None:
    typer.echo(f"Feil: {err}", err=True)
    raise typer.Exit(1)


SIGPIPE_STATUS = 141  # 128 + SIGPIPE: what a shell reports for a writer whose reader left


def silence_stdout() -> None:
    """Send stdout to /dev/null, so that the interpreter's last flush raises nothing."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _closed_output() -> NoReturn:
    """The reader of our output went away (`klagerapport check | head`): not an error, and
    nothing to say about it. Stop quietly with the status a shell gives such a writer."""
    silence_stdout()
    raise typer.Exit(SIGPIPE_STATUS)


def guarded(call, debug: bool):
    """Run a command: user errors as `fail`, any other error as one line (or, with --debug,
    the traceback)."""
    try:
        return call()
    except KlagerapportError as err:
        fail(err)
    except (typer.Exit, KeyboardInterrupt):
        raise
    except BrokenPipeError:
        _closed_output()
    except Exception as err:
        if debug:
            raise
        first = (str(err).splitlines() or [""])[0][:200]
        typer.echo(
            f"Intern feil: {type(err).__name__}: {first}\n"
            "Dette er en feil i programmet, ikke i dataene dine. Kjør samme kommando med "
            "--debug for hele feilmeldingen, og send den til dem som vedlikeholder klagerapport.",
            err=True,
        )
        raise typer.Exit(2) from None


def run_as_json(load, run, debug: bool, *, district: str | None, year: int | None) -> None:
    """A build or render for `--json`: `run(load())` (which returns the commentary's findings)
    with its progress on stderr, then on stdout the JSON form of `klagerapport check --json`
    (district, year, counts, findings) with everything that warns or stopped it: the
    commentary check's findings and the notes about the data (what a draft's box shows), then
    every located problem that stopped it (the render guard's, the engine's, a case file's; an
    error that is only a message as one finding, at the place it names if it names one)."""
    import json

    from ..check import report
    from ..errors import Problem, as_problems

    plans: list[settings.BuildPlan] = []
    findings: list[Problem] = []

    def attempt() -> KlagerapportError | None:
        with contextlib.redirect_stdout(sys.stderr):
            try:
                plans.append(load())
                findings.extend(run(plans[0]))
            except KlagerapportError as err:
                return err
        return None

    failed = guarded(attempt, debug)
    found = as_problems(failed) if failed is not None else findings
    if plans:
        district, year = plans[0].district, plans[0].year
    document = report.to_json(found, district=district, year=year)
    typer.echo(json.dumps(document, ensure_ascii=False, indent=1))
    if failed is not None:
        fail(failed)


def say_defaults(district: str | None, year: int | None) -> None:
    """On stderr, which district and year a command uses when they come from config.yml (set
    once with `klagerapport init`): never a silent default."""
    from .. import settings

    cfg = settings.load(district=district, year=year)
    taken = [
        f"{label} {value}"
        for label, value, given in (("distrikt", cfg.district, district), ("år", cfg.year, year))
        if given is None
    ]
    if taken:
        typer.echo(
            f"Bruker {' og '.join(taken)} fra {cfg.origin.get('district') or cfg.origin['year']} "
            "(--district/--year velger andre; «klagerapport init --district …» setter dine).",
            err=True,
        )
