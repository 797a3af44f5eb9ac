"""Resolve, once and under a lock, every class the Jupyter objects name by a dotted string.

A traitlets `Type` or `Instance` trait may name its class as a string ("jupyter_client.
KernelClient"); traitlets imports it the first time an object with the trait is made
(`_resolve_classes`: `if isinstance(self.klass, str): self.klass = import_item(self.klass)`).
That check and that assignment are not atomic. When two threads make their first notebook
client or kernel manager at once, the second can find the class already resolved by the first
and hand the class, not its name, to `import_item`:
`TypeError: import_item accepts strings, not '<class 'traitlets.traitlets.MetaHasTraits'>'`.
A busy CI machine hit it (a section failed in a batch build of two districts).

`resolve_once()` imports the modules a notebook's run makes objects from and resolves every
such trait of every loaded `HasTraits` class before the first notebook runs. `notebooks.execute`
calls it first, so the threads that run sections never resolve a class themselves.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterator

from . import kernel_client, kernel_managers

# What a notebook's run makes objects from (Papermill's client, the kernel manager, its
# provisioner and kernel spec, the client, the session); imported before resolving, since a
# class that is loaded only later would resolve its traits in a thread.
JUPYTER_MODULES = (
    "papermill.clientwrap",
    "nbclient.client",
    "jupyter_client.manager",
    "jupyter_client.kernelspec",
    "jupyter_client.session",
    "jupyter_client.asynchronous.client",
    "jupyter_client.blocking.client",
    "jupyter_client.provisioning.factory",
    "jupyter_client.provisioning.local_provisioner",
)

_lock = threading.Lock()
_done = False


def resolve_once() -> None:
    """Resolve every lazily named class once per process; later calls return at once."""
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        for name in JUPYTER_MODULES:
            importlib.import_module(name)
        kernel_managers.plain_manager_class()  # the project's own classes, made once
        kernel_client.ready_client_class()
        resolve_loaded()
        _done = True


def resolve_loaded() -> int:
    """Resolve the named classes of every loaded HasTraits class; return how many were names."""
    resolved = 0
    for cls in _loaded_classes():
        for trait in cls.class_traits().values():
            for part in _parts(trait):
                if not _unresolved(part):
                    continue
                try:
                    part._resolve_classes()
                except ImportError:
                    continue  # a class of an optional package nothing here makes
                resolved += 1
    return resolved


def unresolved_traits() -> list[str]:
    """Every trait of a loaded HasTraits class that still names its class by a string."""
    found = []
    for cls in _loaded_classes():
        for name, trait in cls.class_traits().items():
            if any(_unresolved(part) for part in _parts(trait)):
                found.append(f"{cls.__module__}.{cls.__qualname__}.{name}")
    return sorted(set(found))


def _loaded_classes() -> Iterator[type]:
    from traitlets import HasTraits

    seen: set[type] = set()
    todo = [HasTraits]
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        yield cls
        todo.extend(cls.__subclasses__())


def _parts(trait) -> Iterator:
    """The trait and the traits inside it (a Union's types, a container's items and keys)."""
    yield trait
    inner = list(getattr(trait, "trait_types", None) or [])
    for attr in ("_trait", "_key_trait", "_value_trait"):
        if getattr(trait, attr, None) is not None:
            inner.append(getattr(trait, attr))
    inner.extend(getattr(trait, "_traits", None) or [])
    for part in inner:
        yield from _parts(part)


def _unresolved(part) -> bool:
    from traitlets import Type

    if not hasattr(part, "_resolve_classes"):
        return False
    if isinstance(getattr(part, "klass", None), str):
        return True
    return isinstance(part, Type) and isinstance(part.default_value, str)
