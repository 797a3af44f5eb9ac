"""Quarto's output: every WARNING line is an error, located in the source where it names a
key."""

from __future__ import annotations

import re

from ...errors import Problem
from .problems import QUARTO_WARNING, raise_problems
from .source import Located, Source, refers, uses

# Quarto's warnings that name what they could not resolve.
QUARTO_WARNINGS = [
    (re.compile(r"Unknown var (\S+)"), "var"),
    (re.compile(r"Unknown meta key (\S+)"), "meta"),
    (re.compile(r"Unsupported type '[^']*' for key (\S+) in a (var|meta) shortcode"), "type"),
    (re.compile(r"Unable to resolve crossref @(\S+)"), "ref"),
    (re.compile(r"Shortcode '([^']+)' not found"), "shortcode"),
]


# Quarto's one warning that is not about the report: with `pdf-standard: ua-1` it would also run
# veraPDF, if installed, after Typst has already checked PDF/UA-1 while writing the PDF.
NOT_ABOUT_THE_REPORT = ("PDF standard validation requested but verapdf is not installed",)


def quarto_log_problems(log: str, source: Source) -> list[Problem]:
    """Every WARNING line of Quarto's output, located in the source where it names a key (one
    problem for each line that uses it)."""
    problems = []
    for line in log.splitlines():
        if "WARN" not in line or any(text in line for text in NOT_ABOUT_THE_REPORT):
            continue
        message = line.strip()
        where: list[Located] = []
        for pattern, kind in QUARTO_WARNINGS:
            match = pattern.search(message)
            if not match:
                continue
            name = match.group(1).rstrip(".")
            if kind == "ref":
                needle = refers(name)
            elif kind == "shortcode":
                needle = uses(name)
            else:
                needle = (lambda n: lambda t: uses("var", n)(t) or uses("meta", n)(t))(name)
            where = source.find(needle)
            break
        said = f"Quarto advarte: {message}"
        if where:
            problems += [found.problem(QUARTO_WARNING, said) for found in where]
        else:
            problems.append(Problem("", said, code=QUARTO_WARNING))
    return problems


def check_quarto_log(log: str, source: Source) -> None:
    """Quarto's WARNING lines are errors: Quarto publishes what it only warned about."""
    raise_problems(quarto_log_problems(log, source))
