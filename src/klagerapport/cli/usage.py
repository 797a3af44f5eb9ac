"""A command line click could not read, said in bokmål."""

from __future__ import annotations

import re

import typer

from .. import untrusted

USAGE_STATUS = 2  # a command line that cannot be read (as click's own)
# click's UsageError, which Typer (with its own copy of click) raises for a command line it cannot
# read: found through the one subclass Typer exports, so no private module is imported.
UsageError = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")


def usage_message(err: Exception, argv: list[str]) -> str:
    """A command line click could not read, said in bokmål (click's messages are English):
    which option is missing, unknown or has a value of the wrong kind, and where to read more."""
    kind = type(err).__name__
    param = getattr(err, "param", None)
    name = "/".join(getattr(param, "opts", None) or [])
    if kind == "NoSuchOption":
        text = f"ukjent valg {err.option_name}"
        if err.possibilities:
            text += f" (mente du {' eller '.join(sorted(err.possibilities))}?)"
    elif kind == "MissingParameter":
        text = f"mangler {name or 'et valg'}"
    elif kind == "BadParameter" and param is not None:
        given = next(
            (
                v.split("=", 1)[1] if "=" in v else (argv[i + 1] if i + 1 < len(argv) else "")
                for i, v in enumerate(argv)
                if v.split("=", 1)[0] in param.opts
            ),
            None,
        )
        kinds = {int: "et heltall", float: "et tall", bool: "ja eller nei"}
        wanted = kinds.get(getattr(getattr(param, "type_descriptor", None), "annotation", None), "")
        shown = f" «{given}»" if given is not None else ""
        text = f"ugyldig verdi{shown} for {name}" + (f": må være {wanted}" if wanted else "")
    elif match := re.match(r"No such command '(.*)'\.?$", str(err.format_message())):
        text = f"ukjent kommando «{untrusted.CONTROL_RUN.sub(' ', match.group(1))[:60]}»"
    else:
        text = f"kommandolinjen kan ikke leses ({err.format_message()})"
    ctx = getattr(err, "ctx", None)
    command_path = ctx.command_path if ctx is not None else "klagerapport"
    return f"Feil: {text}. Se «{command_path} --help»."
