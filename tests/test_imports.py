"""The build process does not pay for slow optional imports it never uses."""

from __future__ import annotations

import subprocess
import sys


def test_the_build_imports_papermill_without_compiling_the_iri_grammar():
    code = (
        "import sys, klagerapport.pipeline.run, papermill\n"
        "print('papermill' in sys.modules, sys.modules.get('rfc3987_syntax', 'absent'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "None"]
