"""The package's floors, drawn from the code: no module imports a floor above its own, no
import inside a function dodges a cycle, and the build does not pay for slow optional imports.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from klagerapport import paths

PACKAGE = paths.ROOT / "src" / "klagerapport"

ARCHITECTURE = paths.ROOT / "docs" / "architecture.md"
GROUND = "ground"


def drawn_floors(text: str) -> tuple[tuple[str, ...], set[str]]:
    """The floors of the picture in docs/architecture.md, lowest first, and the ground floor's
    modules: the one statement of the layers, which the tests below hold the code to."""
    block = text.split("<!-- floors:start -->")[1].split("<!-- floors:end -->")[0]
    rows = [r for r in block.splitlines() if r.strip() and not r.startswith(("```", "floor", "-"))]
    floors = [row.split()[0] for row in rows]
    assert floors[-1] == GROUND, "the picture's last row is the ground floor"
    return tuple(reversed(floors)), set(rows[-1].split()[1:])


FLOORS, DRAWN_GROUND = drawn_floors(ARCHITECTURE.read_text(encoding="utf-8"))
GROUND_MODULES = {"__init__"} | DRAWN_GROUND
TOP_MODULES = {"__main__": "cli"}  # the package cli/ is a floor of its own
# Imports of klagerapport modules inside a function, allowed only with a reason (never a cycle).
LOCAL_IMPORTS_ALLOWED = {
    "cli": "each command imports its stage when it runs, so `klagerapport --help` and a typo "
    "answer without importing pandas, and `build` can start its kernel template first",
}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, dotted below klagerapport ("render.stage")
    target: str  # the imported module, dotted below klagerapport ("" for the package)
    line: int
    local: bool  # inside a function


def module_name(file: Path, root: Path = PACKAGE) -> str:
    parts = list(file.relative_to(root).with_suffix("").parts)
    return ".".join(parts)


def _targets(node: ast.AST, module: str, is_package: bool, root: Path) -> list[str]:
    if isinstance(node, ast.Import):
        return [
            a.name.removeprefix("klagerapport").lstrip(".")
            for a in node.names
            if a.name == "klagerapport" or a.name.startswith("klagerapport.")
        ]
    assert isinstance(node, ast.ImportFrom)
    if node.level:
        base = module.split(".")
        if not is_package:
            base = base[:-1]
        base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
        stem = [p for p in base if p != "__init__"] + (
            node.module.split(".") if node.module else []
        )
    elif node.module and (node.module + ".").startswith("klagerapport."):
        stem = node.module.split(".")[1:]
    else:
        return []
    if stem:
        return [".".join(stem)]
    # `from klagerapport import paths`, `from .. import fmt`; `__version__` is the package's
    return [
        a.name if (root / a.name).is_dir() or (root / f"{a.name}.py").is_file() else ""
        for a in node.names
    ]


def imports(root: Path = PACKAGE) -> list[Import]:
    """Every import of a klagerapport module in the package, drawn from the source (ast)."""
    found = []
    for file in sorted(root.rglob("*.py")):
        module = module_name(file, root)
        is_package = file.name == "__init__.py"
        tree = ast.parse(file.read_text(encoding="utf-8"))
        local_nodes = {
            id(n)
            for f in ast.walk(tree)
            if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
            for n in ast.walk(f)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                for target in _targets(node, module, is_package, root):
                    found.append(Import(module, target, node.lineno, id(node) in local_nodes))
    return found


def floor(module: str) -> str:
    """The floor of a module, dotted below klagerapport ("render.stage" -> "render")."""
    head = module.split(".")[0] or "__init__"
    if head in GROUND_MODULES:  # a ground-floor module, or package (grammar/)
        return GROUND
    if (PACKAGE / head).is_dir() or head in FLOORS:
        return head
    if head in TOP_MODULES:
        return TOP_MODULES[head]
    raise AssertionError(f"klagerapport/{head}.py has no floor: add it to docs/architecture.md")


def upward(found: list[Import]) -> list[str]:
    wrong = []
    for imp in found:
        mine, theirs = floor(imp.module), floor(imp.target)
        if FLOORS.index(theirs) > FLOORS.index(mine):
            wrong.append(f"{imp.module}:{imp.line} imports {imp.target} ({mine} < {theirs})")
    return wrong


def hidden(found: list[Import]) -> list[str]:
    return [
        f"{imp.module}:{imp.line} imports {imp.target} inside a function"
        for imp in found
        if imp.local
        and floor(imp.module) not in LOCAL_IMPORTS_ALLOWED
        and imp.module not in LOCAL_IMPORTS_ALLOWED
    ]


def test_the_picture_shows_every_package_and_ground_floor_module_and_no_other():
    packages = {d.name for d in PACKAGE.iterdir() if (d / "__init__.py").is_file()}
    ground_packages = packages & DRAWN_GROUND  # the ground floor's own packages (grammar/)
    assert set(FLOORS) == packages - ground_packages | {GROUND, "cli"}
    ground = {f.stem for f in PACKAGE.glob("*.py")} - set(TOP_MODULES) - {"__init__"}
    ground |= ground_packages
    assert ground <= DRAWN_GROUND, ground - DRAWN_GROUND
    assert ground == DRAWN_GROUND, DRAWN_GROUND ^ ground
    assert FLOORS.index("ingest") < FLOORS.index("render") < FLOORS.index("cli")


def test_a_picture_with_floors_swapped_fails_the_imports():
    """The picture is checked against the code: drawn with render below check, the imports
    of the real package go up a floor."""
    text = ARCHITECTURE.read_text(encoding="utf-8")
    lines = text.splitlines()
    i = next(n for n, line in enumerate(lines) if line.startswith("render "))
    j = next(n for n, line in enumerate(lines) if line.startswith("check "))
    lines[i], lines[j] = lines[j], lines[i]
    swapped, _ = drawn_floors("\n".join(lines))
    assert swapped.index("render") < swapped.index("check")
    wrong = [
        imp
        for imp in imports()
        if swapped.index(floor(imp.target)) > swapped.index(floor(imp.module))
    ]
    assert any(imp.module.startswith("render") and imp.target.startswith("check") for imp in wrong)


def test_every_package_and_top_level_module_has_a_floor():
    for item in PACKAGE.iterdir():
        if item.is_dir() and (item / "__init__.py").is_file():
            assert item.name in FLOORS or item.name in DRAWN_GROUND, f"{item.name} has no floor"
        elif item.suffix == ".py":
            floor(item.stem)


def test_no_module_imports_a_floor_above_its_own():
    found = imports()
    assert len(found) > 300  # the drawing sees the package's imports
    assert upward(found) == []


def test_no_import_inside_a_function_dodges_a_cycle():
    assert hidden(imports()) == []


def test_the_drawing_catches_an_upward_and_a_hidden_import(tmp_path):
    """The checks can fail: a stats module importing render, a function importing check."""
    root = tmp_path / "klagerapport"
    (root / "stats").mkdir(parents=True)
    (root / "render").mkdir()
    (root / "check").mkdir()
    for folder in (root, root / "stats", root / "render", root / "check"):
        (folder / "__init__.py").write_text("")
    (root / "stats" / "bad.py").write_text(
        "from ..render import stage\n\ndef f():\n    from klagerapport.check import x\n"
    )
    found = imports(root)
    assert upward(found) == [
        "stats.bad:1 imports render (stats < render)",
        "stats.bad:4 imports check (stats < check)",
    ]
    assert hidden(found) == ["stats.bad:4 imports check inside a function"]


def test_the_ground_floor_imports_only_the_ground_floor():
    ground = [i for i in imports() if floor(i.module) == GROUND]
    assert {i.module for i in ground} >= {"settings", "outline", "fsutil", "districts"}
    assert [i for i in ground if floor(i.target) != GROUND] == []


def test_the_build_imports_papermill_without_compiling_the_iri_grammar():
    code = (
        "import sys, klagerapport.pipeline.run, papermill\n"
        "print('papermill' in sys.modules, sys.modules.get('rfc3987_syntax', 'absent'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "None"]


def private_uses(root: Path = PACKAGE) -> list[str]:
    """A module's private name (`_x`) used by another module: imported, or read off it."""
    found = []
    for file in sorted(root.rglob("*.py")):
        tree = ast.parse(file.read_text(encoding="utf-8"))
        ours: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (
                node.level or "klagerapport" in (node.module or "")
            ):
                for alias in node.names:
                    if alias.name.startswith("_") and not alias.name.startswith("__"):
                        found.append(
                            f"{module_name(file, root)}:{node.lineno} imports {alias.name}"
                        )
                    ours.add(alias.asname or alias.name)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in ours
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
            ):
                found.append(
                    f"{module_name(file, root)}:{node.lineno} uses {node.value.id}.{node.attr}"
                )
    return found


def test_no_module_uses_another_modules_private_names(tmp_path):
    assert private_uses() == []
    (tmp_path / "a.py").write_text("from .b import _hidden\nfrom . import c\n\nc._x()\n")
    assert private_uses(tmp_path) == ["a:1 imports _hidden", "a:4 uses c._x"]
