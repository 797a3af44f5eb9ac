"""No module of the package is over 400 lines (issue 18: small modules named by what they
hold), so that a module that grows is split, not let be."""

from __future__ import annotations

from pathlib import Path

from klagerapport import paths

PACKAGE = paths.ROOT / "src" / "klagerapport"
LIMIT = 400
# Being split by another change; each entry goes as soon as its module is at most LIMIT lines
# (test_every_exception_is_still_over_the_limit fails then, to say so).
BEING_SPLIT: dict[str, str] = {
    "pipeline/kernels.py": "being split by another change (H4)",
    "pipeline/batch.py": "being split by another change (H4)",
}


def lines(file: Path) -> int:
    return len(file.read_text(encoding="utf-8").splitlines())


def over(root: Path = PACKAGE, limit: int = LIMIT) -> dict[str, int]:
    """Every module under `root` over `limit` lines: {path below root: lines}."""
    return {
        file.relative_to(root).as_posix(): n
        for file in sorted(root.rglob("*.py"))
        if (n := lines(file)) > limit
    }


def test_no_module_is_over_400_lines():
    assert len(list(PACKAGE.rglob("*.py"))) > 100  # it sees the package
    long = {path: n for path, n in over().items() if path not in BEING_SPLIT}
    assert long == {}, f"split these into modules named by what they hold: {long}"


def test_every_exception_is_still_over_the_limit():
    for path, why in BEING_SPLIT.items():
        assert (PACKAGE / path).is_file(), f"{path} ({why}) is gone: remove its entry"
        assert lines(PACKAGE / path) > LIMIT, f"{path} is split ({why}): remove its entry"


def test_a_module_of_401_lines_is_caught_and_one_of_400_is_not(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "long.py").write_text("x = 1\n" * 401, encoding="utf-8")
    (tmp_path / "short.py").write_text("x = 1\n" * 400, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("x\n" * 900, encoding="utf-8")
    assert over(tmp_path) == {"sub/long.py": 401}
