"""The one way this project writes files: atomically (a reader never sees half a file), and the
one way it replaces a folder (there is never a moment without a report).

- `output_lock(final)`: an exclusive lock (`<parent>/.<name>.lock`) held while a build or a
  render writes `final`; a second one is refused with a message naming the holder.
- `swap_in(new, final)`: `final` becomes `new` in one step (Linux `renameat2(RENAME_EXCHANGE)`);
  where that is not available, two renames, and `recover` at the next run puts the old report
  back if a kill came between them.
- `recover(final)`: under the lock, restore a report a killed swap left aside and remove the
  `.tmp-`/`.old-` folders of dead runs.
- `remove_dead_leftovers(folder, prefix)`: temporary folders named with a pid that is gone.
- `os_error_message(err)`: a file-system error as one line.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import os
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

from . import paths
from .errors import BuildError


def write_with(target: Path, write: Callable[[Path], object]) -> Path:
    """Call `write(tmp)` on a temporary name beside `target`, then move it into place."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        write(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def write_text(target: Path, text: str) -> Path:
    """Write a UTF-8 text file atomically."""
    return write_with(target, lambda p: p.write_text(text, encoding="utf-8"))


def write_bytes(target: Path, data: bytes) -> Path:
    """Write a binary file atomically."""
    return write_with(target, lambda p: p.write_bytes(data))


def copy(source: Path, target: Path) -> Path:
    """Copy a file into place atomically."""
    return write_with(target, lambda p: shutil.copy2(source, p))


def replace_files(made: dict[str, Path], finals: dict[str, Path]) -> None:
    """Replace several files together: copy every new file beside its target first (so a full
    disk fails before anything changed), then move each into place."""
    pending = {kind: finals[kind].with_name(f".{finals[kind].name}.tmp") for kind in finals}
    try:
        for kind, tmp in pending.items():
            shutil.copy2(made[kind], tmp)
    except OSError:
        for tmp in pending.values():
            tmp.unlink(missing_ok=True)
        raise
    for kind, tmp in pending.items():
        os.replace(tmp, finals[kind])


_LEFTOVER = re.compile(r"\.(?:tmp|old)-(?P<pid>\d+)-")
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_dead_leftovers(folder: Path, prefix: str) -> list[Path]:
    """Remove `folder/<prefix>*.tmp-<pid>-*` and `.old-<pid>-*` entries whose process is gone."""
    removed = []
    if not folder.is_dir():
        return removed
    for entry in folder.iterdir():
        match = _LEFTOVER.search(entry.name)
        if entry.name.startswith(prefix) and match and not pid_alive(int(match["pid"])):
            _remove(entry)
            removed.append(entry)
    return removed


def _remove(entry: Path) -> None:
    if entry.is_dir() and not entry.is_symlink():
        shutil.rmtree(entry, ignore_errors=True)
    else:
        entry.unlink(missing_ok=True)


def leftovers(final: Path) -> list[Path]:
    """The temporary and set-aside folders of runs writing `final`, oldest name first."""
    pattern = re.compile(rf"^\.{re.escape(final.name)}\.(?:tmp|old)-")
    if not final.parent.is_dir():
        return []
    return sorted(p for p in final.parent.iterdir() if pattern.match(p.name))


def recover(final: Path) -> list[str]:
    """Under the output lock: put back a report a killed swap left aside, remove leftovers.
    Returns what was done, for the log."""
    done = []
    if not final.exists():
        aside = [p for p in leftovers(final) if ".old-" in p.name and p.is_dir()]
        if aside:
            newest = max(aside, key=lambda p: p.stat().st_mtime_ns)
            os.rename(newest, final)
            done.append(f"Gjenopprettet forrige resultat i {paths.shown(final)}")
    rest = leftovers(final)
    for entry in rest:
        _remove(entry)
    if rest:
        done.append(f"Ryddet {len(rest)} midlertidige mapper etter avbrutte kjøringer")
    return done


def exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2); False where the system cannot."""
    func = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if func is None:
        return False
    result = func(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def swap_in(new: Path, final: Path, *, atomic: bool = True) -> None:
    """Replace `final` by `new` so that a report is always there, then delete the old one."""
    if not final.exists():
        os.rename(new, final)
        return
    if atomic and exchange(new, final):
        shutil.rmtree(new, ignore_errors=True)  # `new` now holds the old run
        return
    old = final.parent / f".{final.name}.old-{os.getpid()}-{os.urandom(4).hex()}"
    os.rename(final, old)
    try:
        os.rename(new, final)
    except BaseException:
        os.rename(old, final)
        raise
    shutil.rmtree(old, ignore_errors=True)


@contextlib.contextmanager
def output_lock(final: Path, what: str) -> Iterator[None]:
    """Hold the output folder's lock; refuse if another build or render holds it."""
    final.parent.mkdir(parents=True, exist_ok=True)
    lock = final.parent / f".{final.name}.lock"
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "ukjent"
            raise BuildError(
                f"{paths.shown(final)} er i bruk av en annen kjøring ({holder}); "
                "vent til den er ferdig og prøv igjen"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{what}, prosess {os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)


def os_error_message(err: OSError) -> str:
    """A file-system error as one line: what failed, and where."""
    reason = {
        errno.EROFS: "filsystemet er skrivebeskyttet",
        errno.EACCES: "mangler tilgang",
        errno.EPERM: "mangler tilgang",
        errno.ENOSPC: "disken er full",
        errno.EDQUOT: "diskkvoten er brukt opp",
    }.get(err.errno or 0, err.strerror or str(err))
    where = f": {paths.shown(Path(err.filename))}" if err.filename else ""
    return f"filsystemfeil ({reason}){where}"
