"""Write a build's values as the claim corpus reads them: tests/corpus/<rapport>-verdier.json.

The claim corpus (tests/corpus/påstander.yml) is checked against the values of a real build,
stored with the corpus so the corpus test needs no build: every `values/<section>.json` of the
run folder, and the yearly series the check reads from `tables/` (report/values.yml `series:`).
A slow test (tests/test_check_corpus.py) keeps each stored file equal to a fresh build.

    .venv/bin/python -m tools.corpus_values <run folder> <rapport>     # e.g. agder-2020

Build the run first, e.g. Agder 2020 from the national sample: `klagerapport build --district
Agder --year 2020 --data data/raw/sample-national/norge-2016-2022.csv` (the render is not needed).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from klagerapport.check.build_values import read_year_table, series_tables

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"


def corpus_values(run: Path) -> dict:
    """{"series": {key: {year: count}}, "values": {section: {key: {value, text}}}}."""
    values = {
        file.stem: json.loads(file.read_text(encoding="utf-8"))
        for file in sorted((run / "values").glob("*.json"))
    }
    series = {}
    for key, table in series_tables().items():
        file = run / "tables" / f"{table}.csv"
        if file.is_file():
            series[key] = {str(y): c for y, c in sorted(read_year_table(file).items())}
    return {"series": series, "values": values}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("bruk: python -m tools.corpus_values <kjøremappe> <rapport>", file=sys.stderr)
        return 2
    run, name = Path(argv[0]), argv[1]
    if not (run / "values").is_dir():
        print(f"fant ikke {run}/values: bygg rapporten først", file=sys.stderr)
        return 1
    target = CORPUS / f"{name}-verdier.json"
    target.write_text(
        json.dumps(corpus_values(run), ensure_ascii=False, sort_keys=True) + "\n",
        encoding="utf-8",
    )
    print(f"skrev {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
