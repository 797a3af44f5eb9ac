"""The commands for a district's defaults and its data: `init` (config.yml) and `validate`."""

from __future__ import annotations

from typing import Annotated

import typer

from .options import DataOpt, DebugOpt, DistrictOpt, EngineOpt, YearOpt
from .running import guarded


def init(
    district: Annotated[str, typer.Option("--district", help="Your police district.")],
    year: YearOpt = None,
    data: DataOpt = None,
    engine: EngineOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Set your district (and year, data, engine) once in config.yml: every command uses them."""
    from .. import paths, settings

    def write() -> None:
        name = settings.load(district=district, year=year, data=data, engine=engine).district
        shown_data = paths.shown(data) if data is not None else None
        file = settings.write_defaults(
            {"district": name, "year": year, "data": shown_data, "engine": engine}
        )
        cfg = settings.load()
        # what this command line gave is said to come from it, not from the file it wrote
        given = {"district": district, "year": year, "data": data}
        origin = {k: v for k, v in cfg.origin.items() if given.get(k) is None}
        origin.update({k: "kommandolinjen" for k, v in given.items() if v is not None})
        cfg = cfg.but(origin=origin)
        typer.echo(f"Skrev {paths.shown(file)}: {cfg.describe(rendering=False)}")
        typer.echo(
            "Alle kommandoer (build, render, validate, check, values, preview, new-year, batch) "
            "bruker nå dette når --district, --year eller --data ikke er gitt."
        )
        if not cfg.data.exists():
            typer.echo(f"Advarsel: {paths.shown(cfg.data)} finnes ikke ennå.", err=True)

    guarded(write, debug)


def validate(
    data: DataOpt = None,
    year: YearOpt = None,
    district: DistrictOpt = None,
    partial: Annotated[
        bool,
        typer.Option(
            "--delvis", help="--district Norge over data that lacks police districts: a warning."
        ),
    ] = False,
    debug: DebugOpt = False,
) -> None:
    """Load and validate case data; print a summary, or every error (module: ingest.validate)."""
    from ..ingest import validate as v

    code = guarded(
        lambda: v.validate_command(data=data, year=year, district=district, partial=partial),
        debug,
    )
    raise typer.Exit(code)
