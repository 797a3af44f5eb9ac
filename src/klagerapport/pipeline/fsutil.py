"""The one way this project writes files: atomically (a reader never sees half a file), and the
one way it replaces a folder (the old one stays until the new one is in place).
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path


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


def swap_in(new: Path, final: Path) -> None:
    """Replace the folder `final` by `new`: rename the old aside, the new in, delete the old."""
    old = None
    if final.exists():
        old = final.parent / f".{final.name}.old-{os.getpid()}-{time.time_ns()}"
        final.rename(old)
    try:
        new.rename(final)
    except BaseException:
        if old is not None:
            old.rename(final)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
