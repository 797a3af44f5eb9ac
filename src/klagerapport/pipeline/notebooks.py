"""The section notebooks: discovery, parameters (papermill.inspect_notebook), execution with
Papermill, and the failure message that names section, cell, line and exception.
"""

from __future__ import annotations

import functools
import json
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .imports import skip_slow_optional

skip_slow_optional()  # before papermill: its import chain compiles a grammar nobody here uses

from nbclient.exceptions import CellTimeoutError  # noqa: E402
from papermill.exceptions import PapermillExecutionError  # noqa: E402

from .. import paths  # noqa: E402
from ..errors import BuildError  # noqa: E402
from . import kernel_client, kernel_managers, kernels, trait_classes  # noqa: E402

KERNEL = "python3"
KERNEL_ARGS = ["--IPKernelApp.log_level=CRITICAL"]  # no kernel chatter in the build log
ENGINE = "klagerapport"  # Papermill's nbclient engine, saving as `engine_name` says
KERNEL_STARTS = 3  # attempts to start a section's kernel
IOPUB_TIMEOUT = 120  # seconds for a cell's outputs after its reply (nbclient's default: 4)
CELL_TIMEOUT = 900  # seconds a cell may run: a section's take milliseconds, this is a hang
_NOTEBOOK_NAME = re.compile(r"^(?:\d+_)?(?P<section>.+)\.ipynb$")
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_CELL_FRAME = re.compile(r"Cell In\s*\[(?P<count>\d*)\], line (?P<line>\d+)")


@dataclass(frozen=True)
class Section:
    """One section notebook of the build."""

    name: str
    notebook: Path

    @property
    def filename(self) -> str:
        return self.notebook.name


def discover(folder: Path) -> list[Section]:
    """The section notebooks of a folder, in file-name order: 01_received.ipynb -> received."""
    found = []
    for nb in sorted(folder.glob("*.ipynb")):
        match = _NOTEBOOK_NAME.match(nb.name)
        if match:
            found.append(Section(match["section"], nb))
    if not found:
        raise BuildError(f"ingen notatbøker i {folder}")
    return found


def declared_parameters(notebook: Path) -> set[str]:
    """Names the notebook's `parameters` cell declares, as Papermill reads them (empty if it has
    no parameters cell)."""
    import papermill

    return set(papermill.inspect_notebook(str(notebook)))


def section_parameters(section: Section, common: dict, options: dict) -> dict:
    """The common parameters plus every option the notebook declares (e.g. deadline_days)."""
    declared = declared_parameters(section.notebook)
    return {**common, **{k: v for k, v in options.items() if k in declared}}


@functools.cache
def engine_name() -> str:
    """Register and name Papermill's nbclient engine with one difference: the executed notebook
    is written when it starts and when it ends (also when it fails or is stopped, with every
    output so far: Papermill's `notebook_complete` runs in a `finally`), and then once more by
    `papermill.execute_notebook` itself, but not twice for every cell in between. Papermill
    writes (and validates) the whole notebook, its charts' SVG included, at every cell's start
    and end: about 17 writes a notebook, 0.3 s of a build's CPU. The notebook written is the
    same; only the copies of it half-way are gone (a cell running longer than Papermill's
    `autosave_cell_every` is still saved while it runs)."""
    from papermill.engines import NBClientEngine, NotebookExecutionManager, papermill_engines

    class Manager(NotebookExecutionManager):
        between_cells = False

        def save(self, **kwargs):
            if not self.between_cells:
                super().save(**kwargs)

        def cell_start(self, cell, cell_index=None, **kwargs):
            self.between_cells = True
            try:
                super().cell_start(cell, cell_index, **kwargs)
            finally:
                self.between_cells = False

        def cell_complete(self, cell, cell_index=None, **kwargs):
            self.between_cells = True
            try:
                super().cell_complete(cell, cell_index, **kwargs)
            finally:
                self.between_cells = False

    class Engine(NBClientEngine):
        @classmethod
        def execute_notebook(
            cls,
            nb,
            kernel_name,
            output_path=None,
            progress_bar=True,
            log_output=False,
            autosave_cell_every=30,
            **kwargs,
        ):
            """As Papermill's `Engine.execute_notebook`, with the manager above."""
            manager = Manager(
                nb,
                output_path=output_path,
                progress_bar=progress_bar,
                log_output=log_output,
                autosave_cell_every=autosave_cell_every,
            )
            manager.notebook_start()
            try:
                cls.execute_managed_notebook(manager, kernel_name, log_output=log_output, **kwargs)
            finally:
                manager.cleanup_pbar()
                manager.notebook_complete()
            return manager.nb

    papermill_engines.register(ENGINE, Engine)
    return ENGINE


def kernel_start_failed(err: BaseException) -> bool:
    """True for a kernel that died or hung while starting (e.g. a port it was given was taken,
    «Address already in use»: the kernel exits, see kernel_template.exit_on_thread_failure)."""
    if isinstance(err, kernel_client.KernelStartError):
        return True
    text = str(err)
    return isinstance(err, RuntimeError | TimeoutError) and any(
        m in text for m in ("before replying to kernel_info", "didn't respond", "did not respond")
    )


def execute(
    notebook: Path,
    output: Path,
    parameters: dict,
    cwd: Path | None = None,
    manager_class: type | None = None,
) -> tuple[float, int, str]:
    """Run one notebook with Papermill; return (wall seconds, kernel starts, "fork" or "plain":
    the kernel it finally ran on). Picklable.

    `manager_class` (a `KernelPool.manager_class`) forks the kernel from a warm template; None
    spawns a plain kernel (`kernel_managers.plain_manager_class`). A kernel that fails to start
    (it died, or was not ready by its deadline) is started again on new ports, up to
    KERNEL_STARTS times in all; after a forked kernel fails (or the template does), the next
    starts are plain kernels.
    An error in the notebook's code is never retried. A cell gets CELL_TIMEOUT and its outputs
    IOPUB_TIMEOUT (never silently dropped); a forked kernel that passes either is given up for
    a plain one (a fork can inherit a lock held at the fork), a plain one fails the build
    with a BuildError naming what was waited for. The kernel starts in `cwd` (nbclient's resource
    path), so the injected parameters can be relative paths. Not Papermill's `cwd=`: it is a
    process-wide chdir, which races between threads. Every class the Jupyter objects name by
    a string is resolved first, once per process (`trait_classes`): threads resolving them at
    once fail.
    """
    import papermill

    trait_classes.resolve_once()  # before this thread makes a Jupyter object (a race otherwise)
    start = time.perf_counter()
    manager = manager_class or kernel_managers.plain_manager_class()
    for attempt in range(1, KERNEL_STARTS + 1):
        kind = "plain" if manager is kernel_managers.plain_manager_class() else "fork"
        try:
            papermill.execute_notebook(
                str(notebook),
                str(output),
                parameters=parameters,
                kernel_name=KERNEL,
                engine_name=engine_name(),
                progress_bar=False,
                log_output=False,
                extra_arguments=KERNEL_ARGS,
                resources={"metadata": {"path": str(cwd)}} if cwd else {},
                kernel_manager_class=manager,
                start_timeout=int(kernel_client.READY_TIMEOUT),
                iopub_timeout=IOPUB_TIMEOUT,
                raise_on_iopub_timeout=True,
                execution_timeout=CELL_TIMEOUT,
            )
            tidy_executed(output, notebook)
            return time.perf_counter() - start, attempt, kind
        except PapermillExecutionError:
            raise
        except CellTimeoutError as err:
            if kind == "fork" and attempt < KERNEL_STARTS:  # a forked kernel stuck: try plain
                manager = kernel_managers.plain_manager_class()
                continue
            what = "utdata" if "IOPub" in str(err) else "svar"
            seconds = IOPUB_TIMEOUT if what == "utdata" else CELL_TIMEOUT
            raise BuildError(
                f"en celle i {notebook.name} ble ikke ferdig: ventet {seconds} s på kjernens "
                f"{what}. {kernel_client.LOAD_HINT}"
            ) from None
        except kernels.PoolError:
            manager = kernel_managers.plain_manager_class()  # the warm template is gone
        except Exception as err:
            if attempt == KERNEL_STARTS or not kernel_start_failed(err):
                raise
            manager = kernel_managers.plain_manager_class()
    raise AssertionError("unreachable")


def tidy_executed(executed: Path, source: Path) -> None:
    """Papermill records where it read and wrote the notebook; in the audit trail these are the
    project's notebook and the run's notebooks/ folder, never a temporary build folder."""
    try:
        nb = json.loads(executed.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    meta = nb.get("metadata", {}).get("papermill")
    if not isinstance(meta, dict):
        return
    meta["input_path"] = paths.shown(source)
    meta["output_path"] = f"notebooks/{executed.name}"
    executed.write_text(json.dumps(nb, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _error_cell(nb: dict) -> tuple[int, dict] | None:
    """(1-based number in the source notebook, cell) of the cell whose output is an error."""
    number = 0
    for cell in nb.get("cells", []):
        tags = cell.get("metadata", {}).get("tags", [])
        if "injected-parameters" in tags or "papermill-error-cell-tag" in tags:
            continue
        number += 1
        if any(o.get("output_type") == "error" for o in cell.get("outputs", [])):
            return number, cell
    return None


def _raising_line(traceback: Iterable[str]) -> int | None:
    """The line number within the cell of the frame 'Cell In[n], line L' in a traceback."""
    text = _ANSI.sub("", "\n".join(traceback))
    found = _CELL_FRAME.findall(text)
    return int(found[0][1]) if found else None


def failure_message(section: Section, executed: Path, err: Exception) -> str:
    """The section, cell, source line and exception of a failed notebook, and where it is kept."""
    ename = getattr(err, "ename", type(err).__name__)
    evalue = getattr(err, "evalue", str(err))
    where, lines = "", []
    try:
        nb = json.loads(executed.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        nb = {}
    found = _error_cell(nb)
    if found:
        number, cell = found
        source = "".join(cell.get("source", "")).splitlines()
        tb = next(o.get("traceback", []) for o in cell["outputs"] if o["output_type"] == "error")
        line = _raising_line(tb)
        count = cell.get("execution_count")
        where = f", celle {number}" + (f" (In [{count}])" if count else "")
        if line and 0 < line <= len(source):
            where += f", linje {line}"
            lines = [source[line - 1].strip()]
        else:
            lines = [s.strip() for s in source if s.strip()]
    text = f"avsnittet «{section.name}» feilet i {section.filename}{where}"
    if lines:
        text += ":\n" + "\n".join(f"    {s}" for s in lines)
    text += f"\n{ename}: {evalue}"
    if executed.is_file():
        text += f"\nDen kjørte notatboken er lagret i {paths.shown(executed)}"
    return text
