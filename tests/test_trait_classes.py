"""Sections run on threads: no thread may resolve a class a Jupyter object names by a string.

CI once failed a batch build with `TypeError: import_item accepts strings, not
'<class 'traitlets.traitlets.MetaHasTraits'>'`: two threads made their first notebook client at
once, and traitlets' lazy class lookup is not atomic (`pipeline/trait_classes.py`).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from traitlets import HasTraits, Type

from klagerapport.pipeline import trait_classes

FIXTURES = Path(__file__).parent / "fixtures" / "notebooks"


def test_resolving_the_loaded_classes_resolves_every_named_class_in_them():
    from traitlets import Dict, Instance, List, Union

    class Named(HasTraits):
        factory = Type(klass="collections.abc.Mapping", default_value="collections.OrderedDict")
        one = Instance("collections.OrderedDict", allow_none=True)
        many = List(Instance("collections.Counter"))
        either = Union([Instance("collections.deque"), Dict()])

    unresolved = trait_classes.unresolved_traits()
    for name in ("factory", "one", "many", "either"):
        assert any(n.endswith(f".Named.{name}") for n in unresolved), name
    assert trait_classes.resolve_loaded() >= 4
    assert not any(".Named." in n for n in trait_classes.unresolved_traits())
    import collections

    assert Named.class_traits()["factory"].default_value is collections.OrderedDict


_PROBE = r"""
import json, sys, threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
import traitlets.traitlets as tt
from klagerapport.pipeline import notebooks, trait_classes

import importlib
for name in trait_classes.JUPYTER_MODULES:
    importlib.import_module(name)
before = len(trait_classes.unresolved_traits())
outside = []  # lazy resolutions made without the lock: a thread racing another

def watch(cls):
    original = cls._resolve_string
    def resolve(self, string):
        if not trait_classes._lock.locked():
            outside.append(f"{threading.current_thread().name}: {string}")
        return original(self, string)
    cls._resolve_string = resolve

for cls in (tt.Type, tt.Instance, tt.ForwardDeclaredType, tt.ForwardDeclaredInstance):
    watch(cls)

fixtures, out = Path(sys.argv[1]), Path(sys.argv[2])
def run(i):
    folder = out / str(i)
    folder.mkdir()
    notebooks.execute(fixtures / "writes_values.ipynb", folder / "nb.ipynb",
                      {"out_dir": str(folder)}, cwd=folder)
    return (folder / "values" / "writes_values.json").exists()

with ThreadPoolExecutor(3) as pool:
    ran = list(pool.map(run, range(3)))
ours = ("jupyter_client.", "nbclient.", "papermill.", "klagerapport.")
after = [n for n in trait_classes.unresolved_traits() if n.startswith(ours)]
print(json.dumps({"before": before, "outside": outside, "ran": ran, "after": after}))
"""


def test_notebooks_run_on_threads_never_resolve_a_named_class_outside_the_lock(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, str(FIXTURES), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=280,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    assert got["ran"] == [True, True, True]
    assert got["before"] > 0  # there was something to resolve: the probe can see a race
    assert got["outside"] == []
    assert got["after"] == []  # of the Jupyter classes the build makes
