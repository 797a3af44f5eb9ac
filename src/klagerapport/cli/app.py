"""The `klagerapport` command: the Typer app with every command, in the order `--help` lists
them, and `main`, which runs it."""

from __future__ import annotations

import sys

import typer

from .build_commands import batch, build, render
from .commentary_commands import check, godkjenn, new_district, new_year, preview, values
from .data_commands import init, validate
from .running import SIGPIPE_STATUS, silence_stdout
from .usage import USAGE_STATUS, UsageError, usage_message

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Klagerapport: the yearly report on complaints against the police, from case data.",
)
app.command()(init)
app.command()(validate)
app.command()(build)
app.command()(render)
app.command()(check)
app.command()(values)
app.command()(godkjenn)
app.command("new-year")(new_year)
app.command("new-district")(new_district)
app.command()(batch)
app.command()(preview)


INTERRUPTED = 130  # the status Typer returns for a KeyboardInterrupt


def main() -> None:
    from ..pipeline.stopping import sigterm_as_interrupt, stopped_by

    try:
        with sigterm_as_interrupt():  # SIGTERM stops a command as Ctrl-C does: clean-up runs
            status = app(prog_name="klagerapport", standalone_mode=False)
        if status == INTERRUPTED:  # Typer turns Ctrl-C (and so SIGTERM) into this, silently
            raise KeyboardInterrupt
        sys.exit(status if isinstance(status, int) else 0)
    except UsageError as err:
        if type(err).__name__ == "NoArgsIsHelpError":  # no command: the help, as before
            err.show()
        else:
            typer.echo(usage_message(err, sys.argv[1:]), err=True)
        sys.exit(USAGE_STATUS)
    except BrokenPipeError:  # raised outside a command's guard (e.g. while printing help)
        silence_stdout()
        sys.exit(SIGPIPE_STATUS)
    except (KeyboardInterrupt, typer.Abort):
        said, status = stopped_by()
        typer.echo(said, err=True)
        sys.exit(status)
