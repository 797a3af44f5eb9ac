"""The commands that build and render reports: `build`, `render` and `batch`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .. import settings
from .options import (
    BatchFinalOpt,
    DataOpt,
    DebugOpt,
    DistrictOpt,
    EngineOpt,
    KeepFinalOpt,
    KernelsOpt,
    OutOpt,
    PartialOpt,
    UtgaveOpt,
    YearOpt,
)
from .running import guarded, run_as_json


def build(
    year: YearOpt = None,
    district: DistrictOpt = None,
    data: DataOpt = None,
    out: OutOpt = None,
    engine: EngineOpt = None,
    jobs: Annotated[int | None, typer.Option("--jobs", help="Notebooks run at once.")] = None,
    kernels: KernelsOpt = "fork",
    final: KeepFinalOpt = None,
    utgave: UtgaveOpt = None,
    partial: PartialOpt = False,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            help="The commentary's findings and what stopped the build, as JSON (as check --json).",
        ),
    ] = False,
    debug: DebugOpt = False,
) -> None:
    """Validate, run the section notebooks, render HTML/PDF/XLSX (modules: pipeline.run, render)."""
    from ..pipeline.kernels import KernelPool

    # The warm kernels' template starts importing before this process imports pandas and the
    # rest of the build: the two warm up on separate cores.
    pool = KernelPool() if kernels == "fork" else None
    if pool is not None:
        pool.launch()
    try:
        from .. import paths
        from .. import render as r
        from ..pipeline import run as b

        def load() -> settings.BuildPlan:
            plan = settings.load(
                year=year,
                district=district,
                data=data,
                out=out,
                engine=engine,
                jobs=jobs,
                kernels=kernels,
                final=final,
                utgave=utgave,
                partial=partial or None,
            )
            # a final edition is never replaced by a draft unasked (as render and batch keep it)
            if final is None and r.built_with(plan.folder).get("final") is True:
                print(
                    f"Utgave: endelig, som {paths.shown(plan.folder)} holder (--utkast erstatter "
                    "den med et utkast)",
                    file=sys.stderr,
                )
                plan = plan.but(final=True)
            return plan

        def run(plan: settings.BuildPlan) -> list:  # the findings, for --json
            return b.build_report(plan, kernel_pool=pool).findings

        if as_json:
            run_as_json(load, run, debug, district=district, year=year)
            return
        plan = guarded(load, debug)
        guarded(lambda: run(plan), debug)
    finally:
        if pool is not None:
            pool.close()


def render(
    year: YearOpt = None,
    district: DistrictOpt = None,
    out: OutOpt = None,
    engine: EngineOpt = None,
    final: Annotated[
        bool | None,
        typer.Option(
            "--endelig/--utkast",
            help="Final edition or draft (default: as the build it re-renders was made, from "
            "its build.json).",
        ),
    ] = None,
    utgave: UtgaveOpt = None,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            help="The commentary's findings and what stopped the render, as JSON (as check "
            "--json).",
        ),
    ] = False,
    debug: DebugOpt = False,
) -> None:
    """Re-render the report of an earlier build without recomputing (package: render)."""
    from .. import render as r

    def load() -> settings.BuildPlan:  # --out without --district/--year: the folder's build
        return r.render_plan(
            year=year, district=district, out=out, engine=engine, utgave=utgave, final=final
        )

    def run(plan: settings.BuildPlan) -> list:  # the findings, for --json
        return r.render_command(plan, keep_final=final is None).findings

    if as_json:
        run_as_json(load, run, debug, district=district, year=year)
        return
    plan = guarded(load, debug)
    guarded(lambda: run(plan), debug)


def batch(
    years: Annotated[
        str | None,
        typer.Option(
            "--years", help="Years: 2019, 2017-2021 or 2017,2019 (default: config.yml's year)."
        ),
    ] = None,
    districts: Annotated[
        str | None,
        typer.Option(
            "--districts",
            help="all (the 12 police districts; --delvis: those in the data) or Oslo,Vest "
            "(default: config.yml's district; Norge there: all).",
        ),
    ] = None,
    data: DataOpt = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Folder under which each report gets <district>/<year>/."),
    ] = None,
    engine: EngineOpt = None,
    jobs: Annotated[int | None, typer.Option("--jobs", help="Reports built at once.")] = None,
    national: Annotated[
        bool | None,
        typer.Option(
            "--national/--no-national",
            help="Build Norge and POD's roll-up (default: when every district is in the batch "
            "and the data has all 12, or with --delvis).",
        ),
    ] = None,
    utgave: UtgaveOpt = None,
    partial: PartialOpt = False,
    kernels: KernelsOpt = "fork",
    final: BatchFinalOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Build every (district, year) report, the national one and POD's workbook (pipeline.batch)."""
    from ..pipeline import batch as b

    plan = guarded(
        lambda: settings.load(
            data=data,
            engine=engine,
            utgave=utgave,
            kernels=kernels,
            partial=partial or None,
            final=final,
        ),
        debug,
    )
    result = guarded(
        lambda: b.build_batch(
            plan,
            districts=districts,
            years=years,
            out=out,
            jobs=jobs,
            national=national,
            keep_final=final is None,
            log=lambda line: typer.echo(line),
        ),
        debug,
    )
    raise typer.Exit(0 if result.ok else 1)
