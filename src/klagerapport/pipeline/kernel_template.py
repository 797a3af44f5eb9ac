"""The warm kernels' template process: `python -m klagerapport.pipeline.kernel_template`.

It imports ipykernel, pandas, matplotlib, pyarrow and the klagerapport package once (the
"zygote"; WARM_MODULES: also what ipykernel would import in every kernel), freezes those
objects for the garbage collector (a kernel's collections then leave the shared pages alone),
says it is ready, then reads one JSON request per line on stdin (`{"argv", "env",
"cwd"}`) and forks a kernel for each, answering `{"pid": N}`. The child becomes an ordinary
IPython kernel on the connection file the kernel manager wrote, runs one notebook and exits.
The template ends when its stdin closes: when the build that started it ends, however it ends.
The build's side is `pipeline/kernels.py` (the pool) and `pipeline/kernel_managers.py` (the
kernel managers Papermill uses).

`python -m klagerapport.pipeline.kernel_template --kernel -f <connection file>` is a plain
kernel (a new interpreter, what `ipykernel_launcher` starts) with the same guard as a forked one:
a kernel that cannot bind one of its ports exits at once, so the build sees it die and starts
another on new ports, instead of waiting on a kernel that lives on without a heartbeat (ipykernel
binds the heartbeat in a thread, and a failure there only ends that thread).
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import signal
import sys
import threading
from pathlib import Path

from . import imports

# What the template imports once, so a forked kernel has them already.
WARM_MODULES = (
    "ipykernel.kernelapp",
    "ipykernel.ipkernel",
    "IPython.display",
    "numpy",
    "pandas",
    "pyarrow",
    "pyarrow.parquet",
    "matplotlib",
    "matplotlib.figure",
    "matplotlib.backends.backend_agg",
    "matplotlib.backends.backend_svg",
    "matplotlib_inline.backend_inline",
    "klagerapport.sections",
    "klagerapport.ingest.store",
    "klagerapport.ingest.validate",
    "klagerapport.publish.figures",
    # What ipykernel, IPython and the sections' reading would import in every kernel after the
    # fork (ipykernel's debugger module; its debugpy and pydevd are not imported at all, see
    # imports.KERNEL_SKIPPED); none starts a thread. Not sqlite3 (IPython's history, 4 ms): a
    # Python may be built without it, and a template that cannot import a module cannot start.
    "ipykernel.debugger",
    "IPython.core.completerlib",
    "IPython.core.debugger",
    "psutil",
    "pyarrow.dataset",
    "xml.dom.minidom",
    # What every kernel still imported after the fork (IPython's shell and its store magic,
    # tornado's event loop, a section's reshaping, Pillow's image plugins that a PNG's save
    # loads, the SVG's reading for display): 11 to 19 modules a kernel, none now.
    "IPython.core.logger",
    "IPython.core.oinspect",
    "IPython.extensions.storemagic",
    "IPython.utils.wildcard",
    "faulthandler",
    "tornado.platform.asyncio",
    "pandas.core.reshape.reshape",
    "PIL.BmpImagePlugin",
    "PIL.GifImagePlugin",
    "PIL.JpegImagePlugin",
    "PIL.PpmImagePlugin",
    "xml.dom.expatbuilder",
    "zmq.utils.garbage",
)
# Imported too where this Python has them (IPython's history uses sqlite3 if it can): a template
# that could not import them still starts.
OPTIONAL_WARM_MODULES = ("sqlite3",)
FORK_SAFE_THREADS = frozenset({"jemalloc_bg_thd"})
READY = "ready"
TEMPLATE_MODULE = "klagerapport.pipeline.kernel_template"  # this module, as `python -m` runs it
LAUNCHER = "ipykernel_launcher"
PLAIN = "--kernel"  # first argument: be one plain kernel, not the template
EXIT_GRACE = 0.5  # seconds a finished kernel's exit handlers may take
BIND_FAILED = 98  # a kernel's exit status when a port it was given is taken (EADDRINUSE)


def exit_on_thread_failure() -> None:
    """A kernel thread that dies of a port already taken («Address already in use»; ipykernel's
    heartbeat binds in its own thread) ends the kernel, with its traceback on stderr: a kernel
    missing a thread would otherwise look alive to the build."""
    import traceback

    def hook(args: threading.ExceptHookArgs) -> None:
        name = args.thread.name if args.thread else "?"
        if name != "Heartbeat" and not _address_in_use(args.exc_value):
            threading.__excepthook__(args)  # a notebook's own thread: as in any kernel
            return
        print(f"Kjernens tråd «{name}» stoppet; kjernen avslutter:", file=sys.stderr)
        traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback)
        sys.stderr.flush()
        os._exit(BIND_FAILED if _address_in_use(args.exc_value) else 1)

    threading.excepthook = hook


def _address_in_use(err: BaseException | None) -> bool:
    import errno

    return getattr(err, "errno", None) == errno.EADDRINUSE


def _unsafe_threads() -> list[str]:
    """The OS threads of this process, other than the main one, that would make a fork unsafe.

    A fork copies only the calling thread; a lock another thread holds stays locked in the child.
    jemalloc's background thread (started by pyarrow) is the exception: jemalloc takes all its
    locks around fork (pthread_atfork) and restarts the thread in the child when needed.
    """
    try:
        tasks = sorted(os.listdir("/proc/self/task"), key=int)
    except OSError:
        return [t.name for t in threading.enumerate()][1:]
    names = []
    for task in tasks:
        if int(task) == os.getpid():
            continue
        try:
            name = Path(f"/proc/self/task/{task}/comm").read_text().strip()
        except OSError:
            continue
        if name not in FORK_SAFE_THREADS:
            names.append(name)
    return names


def _kernel_child(request: dict, template_pid: int, reply_fd: int) -> None:
    """In the forked child: become a fresh kernel on the requested connection file; never return."""
    code = 1
    try:
        os.close(reply_fd)
        os.setsid()  # own process group: the manager signals the kernel's group
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(2, 1)  # fd-level output goes where the template's errors go, not into the pipe
        os.close(devnull)
        os.environ.clear()
        os.environ.update(request.get("env") or {})
        os.chdir(request.get("cwd") or "/")
        signal.signal(signal.SIGINT, signal.default_int_handler)  # as a new process has it
        exit_on_thread_failure()
        import random

        import numpy

        random.seed()
        numpy.random.seed()  # a new process draws fresh entropy, so does a fork
        from ipykernel import kernelapp

        argv = [*request["argv"], f"--IPKernelApp.parent_handle={template_pid}"]
        sys.argv = [LAUNCHER, *argv]
        kernelapp.launch_new_instance(argv=argv)
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException as exc:  # the child must never fall back into the template loop
        import traceback

        traceback.print_exc()
        code = BIND_FAILED if _address_in_use(exc) else 1
    finally:
        try:
            import atexit

            # ipykernel's exit handler joins its control thread, which now and then is stuck
            # sending a last status message to an IOPub thread that has already stopped (the
            # kernel then waits for the manager's SIGTERM, 2.5 s on). The notebook is done and
            # its outputs are with the manager: the exit handlers get EXIT_GRACE, no more.
            watchdog = threading.Timer(EXIT_GRACE, os._exit, args=(code,))
            watchdog.daemon = True
            watchdog.start()
            atexit._run_exitfuncs()
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


def _reap(signum: int, frame: object) -> None:
    """Reap every kernel that has ended (SIGCHLD)."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def template_main() -> None:
    """The template's loop: import the warm modules, say ready, fork a kernel per request."""
    import importlib

    # Ctrl-C reaches the whole process group: the build stops the template by closing its stdin.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # no BLAS threads: forking stays safe
    # pydevd (ipykernel's debugger) warns on import that this interpreter has frozen modules
    # (a kernel started from its kernelspec runs with -Xfrozen_modules=off); the debugger is
    # never used by a build, so that warning would only reach the build's output.
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    imports.skip_debugger()  # nor imported: the kernels run without it (pipeline/imports.py)
    reply = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)  # stray prints from imports must not corrupt the reply pipe
    for name in sys.argv[1:] or WARM_MODULES:
        importlib.import_module(name)
    for name in OPTIONAL_WARM_MODULES:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    threads = _unsafe_threads()
    if threads:
        reply.write(json.dumps({"error": f"threads after imports: {threads}"}) + "\n")
        return
    # Finished kernels are reaped here (not by the system, SIG_IGN): their CPU time then counts
    # in this process's children's, and so in the build's (benchmarks/bench_build.py).
    signal.signal(signal.SIGCHLD, _reap)
    # Everything imported so far is kept for good: a kernel's garbage collections then never
    # walk the template's objects, which would cost CPU and copy every page they touch (a
    # forked kernel shares the template's memory until it writes to it).
    gc.collect()
    gc.freeze()
    reply.write(READY + "\n")
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _kernel_child(request, os.getppid(), reply.fileno())
        reply.write(json.dumps({"pid": pid}) + "\n")


def plain_kernel_main(argv: list[str]) -> None:
    """One plain kernel, as `python -m ipykernel_launcher <argv>` with the thread guard; a
    failure to start (a port already taken) ends the process at once."""
    if sys.path and sys.path[0] == "":  # as ipykernel_launcher: not the working folder
        del sys.path[0]
    exit_on_thread_failure()
    imports.skip_debugger()  # as a forked kernel: no debugger
    try:
        from ipykernel import kernelapp

        kernelapp.launch_new_instance(argv=argv)
    except SystemExit:
        raise
    except BaseException as exc:
        import traceback

        traceback.print_exc()
        sys.stderr.flush()
        # no interpreter shutdown: with sockets half bound it can wait on them
        os._exit(BIND_FAILED if _address_in_use(exc) else 1)


if __name__ == "__main__":
    if sys.argv[1:2] == [PLAIN]:
        plain_kernel_main(sys.argv[2:])
    else:
        template_main()
