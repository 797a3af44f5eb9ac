"""The commands for the commentary: `check`, `values`, `godkjenn` (sign-offs), `new-year`,
`new-district` and the live `preview`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import KlagerapportError
from .options import DebugOpt, DistrictOpt, JsonOpt, RunDirOpt, YearOpt
from .running import fail, guarded, say_defaults


def check(
    year: YearOpt = None,
    district: DistrictOpt = None,
    out: RunDirOpt = None,
    as_json: JsonOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Check the commentary against the build's values; exit 1 on errors (module: check)."""
    from ..check import commands as c

    if out is None:
        guarded(lambda: say_defaults(district, year), debug)
    code = guarded(
        lambda: c.check_command(year=year, district=district, out=out, as_json=as_json), debug
    )
    raise typer.Exit(code)


def values(
    year: YearOpt = None,
    district: DistrictOpt = None,
    out: RunDirOpt = None,
    search: Annotated[
        str | None,
        typer.Option(
            "--search", help="Only values whose key, text, description or kind contains this."
        ),
    ] = None,
    debug: DebugOpt = False,
) -> None:
    """Every value key of a build with its text and raw value, by section (module: check)."""
    from ..check import commands as c

    if out is None:
        guarded(lambda: say_defaults(district, year), debug)
    guarded(lambda: c.values_command(year=year, district=district, out=out, search=search), debug)


def godkjenn(
    year: YearOpt = None,
    district: DistrictOpt = None,
    out: RunDirOpt = None,
    setning: Annotated[
        str | None,
        typer.Option("--setning", help="The sentence's key (as `check` or this list gives it)."),
    ] = None,
    av: Annotated[str | None, typer.Option("--av", help="Who signs the sentence off.")] = None,
    grunn: Annotated[
        str | None, typer.Option("--grunn", help="Why the sentence holds (one line).")
    ] = None,
    debug: DebugOpt = False,
) -> None:
    """List the sentences waiting for a reviewer's sign-off; with --setning, sign one off in
    godkjent.yml (module: check)."""
    from ..check import commands as c

    if out is None:
        guarded(lambda: say_defaults(district, year), debug)
    guarded(
        lambda: c.signoff_command(
            year=year, district=district, out=out, sentence=setning, by=av, reason=grunn
        ),
        debug,
    )


def new_year(
    year: Annotated[
        int | None,
        typer.Option("--year", help="The new report year (default: the year after config.yml's)."),
    ] = None,
    from_year: Annotated[
        int | None, typer.Option("--from", help="Start from this year's commentary (year-1).")
    ] = None,
    district: DistrictOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Start next year's commentary from this year's, with a review list (module: check)."""
    from ..check import newyear

    guarded(
        lambda: newyear.new_year_command(year=year, from_year=from_year, district=district),
        debug,
    )


def new_district(
    district: Annotated[str, typer.Option("--district", help="Police district.")],
    year: YearOpt = None,
    data: Annotated[
        Path | None,
        typer.Option(
            "--data", help="The export whose units start the unit list (default: config.yml)."
        ),
    ] = None,
    debug: DebugOpt = False,
) -> None:
    """Start a district's commentary from the clean template commentary/_mal, and its unit list
    in data/reference/units.yml from the data (module: check)."""
    from ..check import newyear

    guarded(lambda: newyear.new_district_command(district=district, year=year, data=data), debug)


def preview(
    year: YearOpt = None,
    district: DistrictOpt = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="The build folder (default: outputs/<d>/<y>/).")
    ] = None,
    port: Annotated[int, typer.Option("--port", help="Port (0: any free port).")] = 8765,
    host: Annotated[
        str, typer.Option("--host", help="Interface; other than 127.0.0.1 only if you mean it.")
    ] = "127.0.0.1",
    open_browser: Annotated[
        bool, typer.Option("--open/--no-open", help="Open the page in the browser.")
    ] = False,
) -> None:
    """Serve a build's report, re-rendered on each commentary save (module: preview)."""
    from .. import preview as p

    try:
        if out is None:
            say_defaults(district, year)
        p.run(
            year=year, district=district, out=out, host=host, port=port, open_browser=open_browser
        )
    except KlagerapportError as err:
        fail(err)
