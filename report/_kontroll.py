"""The report's guard under an in-place `quarto render` / `quarto preview` of this project.

Declared in _quarto.yml as the project's pre-render (`_kontroll.py før`) and post-render
(`_kontroll.py etter`) script: Quarto runs it in the project's folder with its Python and
stops the render when it exits non-zero. It only finds a Python with klagerapport installed and
hands over to `klagerapport.render.inplace`, the same guard as `klagerapport render`'s own.

Which Python: this one if it has klagerapport; else $KLAGERAPPORT_PYTHON; else the
`.venv` of the klagerapport checkout this folder lies in (outputs/<district>/<year>/
quarto-prosjekt/). Without any, it stops: an unguarded render is what it is there to prevent.
Standard library only (Quarto may start it with any Python 3).
"""

import importlib.util
import os
import subprocess
import sys
from pathlib import Path


def klagerapport_python():
    if importlib.util.find_spec("klagerapport") is not None:
        return sys.executable
    if os.environ.get("KLAGERAPPORT_PYTHON"):
        return os.environ["KLAGERAPPORT_PYTHON"]
    for parent in Path.cwd().resolve().parents:
        if (parent / "pyproject.toml").is_file():
            for python in (parent / ".venv" / "bin" / "python", parent / ".venv" / "Scripts" / "python.exe"):
                if python.is_file():
                    return str(python)
    return None


def main():
    step = sys.argv[1] if len(sys.argv) > 1 else ""
    python = klagerapport_python()
    if python is None:
        print(
            "klagerapport: fant ingen Python med klagerapport, så rapporten kan ikke kontrolleres. "
            "Kjør «make install» i klagerapport-mappen (denne mappen må ligge under den), "
            "eller sett KLAGERAPPORT_PYTHON til en Python der klagerapport er installert.",
            file=sys.stderr,
        )
        return 1
    command = [python, "-m", "klagerapport.render.inplace", step, str(Path.cwd())]
    return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
