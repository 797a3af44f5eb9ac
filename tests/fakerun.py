"""A small, fake run folder as the build writes it (the form's tables and charts,
_variables.yml) and commentary files, for render tests."""

from __future__ import annotations

from pathlib import Path

import yaml

from klagerapport import codes
from klagerapport.fmt import NBSP

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200">'
    '<rect x="20" y="40" width="60" height="150" fill="#1f3a5f"/>'
    '<rect x="100" y="120" width="60" height="70" fill="#6b8fb5"/></svg>'
)

VARIABLES = {
    "district": "Oslo",
    "owner": "Oslo politidistrikt",
    "year": {"current": "2019", "minus1": "2018", "next": "2020"},
    "received": {
        "total": "211",
        "open": "0",
        "all_decided_by": "20. januar 2020",
        "all_decided_sentence": (
            "Samtlige klager mottatt i 2019 var ferdigbehandlet 20. januar 2020."
        ),
        "change": f"21{NBSP}%",
    },
    "decided": {"total": "211"},
    "handling_days": {
        "mean": "16,7",
        "mean_minus1": "18,9",
        "change_word": "nedgang",
        "change_sentence": "(en nedgang fra 2018 da gjennomsnittet lå på 18,9 dager)",
    },
    "decisions": {"kritikk": {"count": "26", "share": f"12{NBSP}%"}},
}


def decision_table() -> tuple[str, str]:
    labels = [c.label for c in codes.decisions()]
    counts = [(26, 2, 0), (76, 4, 0), (82, 4, 2), (17, 4, 1), (5, 0, 0), (5, 1, 0)]
    head = "Avgjørelseskode,Sum,Etnisk,Annen\n"
    csv = head + "".join(
        f'"{lab}",{a},{b},{c}\n' for lab, (a, b, c) in zip(labels, counts, strict=True)
    )
    csv += "Total,211,15,3\n"
    md = [
        "| Avgjørelseskode | Sum antall behandlede klager | Herav klager med etnisk "
        "diskriminering | Herav klager med annen diskriminering |",
        "|:---|---:|---:|---:|",
        *(f"| {lab} | {a} | {b} | {c} |" for lab, (a, b, c) in zip(labels, counts, strict=True)),
        "| Total | 211 | 15 | 3 |",
        "",
        ": Mottatte klagesaker Oslo politidistrikt 2019 etter avgjørelseskode {#tbl-avgjorelse}",
    ]
    return csv, "\n".join(md) + "\n"


def ground_table() -> tuple[str, str]:
    heads = [codes.ground_heading(g.code) for g in codes.grounds()]
    rows = {
        "Uten diskriminering": [62, 10, 1, 0, 90, 30],
        "Med etnisk diskriminering": [10, 2, 0, 0, 3, 0],
        "Med annen diskriminering": [3, 0, 0, 0, 0, 0],
        "SUM": [75, 12, 1, 0, 93, 30],
    }
    csv = "Antall saker," + ",".join(heads) + "\n"
    csv += "".join(f"{k}," + ",".join(map(str, v)) + "\n" for k, v in rows.items())
    md = [
        "| Antall saker | " + " | ".join(heads) + " |",
        "|:---|" + "---:|" * len(heads),
        *(f"| {k} | " + " | ".join(map(str, v)) + " |" for k, v in rows.items()),
        "",
        ": Mottatte klagesaker Oslo 2019 etter grunnlag {#tbl-grunnlag}",
    ]
    return csv, "\n".join(md) + "\n"


def small_table(name: str, header: list[str], rows: list[list[str]]) -> tuple[str, str]:
    csv = ",".join(header) + "\n" + "".join(",".join(r) + "\n" for r in rows)
    md = [
        "| " + " | ".join(header) + " |",
        "|:---|" + "---:|" * (len(header) - 1),
        *("| " + " | ".join(r) + " |" for r in rows),
        "",
        f": Tabell {name} {{#tbl-{name}}}",
    ]
    return csv, "\n".join(md) + "\n"


# The form's other tables, as small stand-ins (the template includes every one of them).
OTHER_TABLES = {
    "saksbehandlingstid": (
        ["Saksbehandlingstid", "2018", "2019"],
        [["Antall saker", "174", "211"]],
    ),
    "utvikling": (["Årstall", "Klagesaker"], [["2019", "211"], ["2018", "174"]]),
    "etnisk-utvikling": (["Årstall", "K-etnisk"], [["2019", "16"], ["2018", "11"]]),
    "enheter": (["Enhet", "2017", "2018", "2019"], [["Pass", "30", "15", "42"]]),
}
FIGURES = ("grunnlag", "saksbehandlingstid", "utvikling", "etnisk-utvikling")


def make_fake_run(run_dir: Path, *, variables: dict | None = None) -> Path:
    """A run folder like the build writes: the form's tables and charts, _variables.yml."""
    (run_dir / "tables").mkdir(parents=True)
    (run_dir / "figures").mkdir()
    tables = {"avgjorelse": decision_table(), "grunnlag": ground_table()}
    tables |= {name: small_table(name, *spec) for name, spec in OTHER_TABLES.items()}
    for name, (csv, md) in tables.items():
        (run_dir / "tables" / f"{name}.csv").write_text(csv, encoding="utf-8")
        (run_dir / "tables" / f"{name}.md").write_text(md, encoding="utf-8")
    for name in FIGURES:
        (run_dir / "figures" / f"{name}.svg").write_text(SVG, encoding="utf-8")
        (run_dir / "figures" / f"{name}.md").write_text(
            f"![Mottatte klagesaker etter {name}](figures/{name}.svg)"
            f'{{#fig-{name} fig-alt="Stolpediagram over klagesaker etter {name}"}}\n',
            encoding="utf-8",
        )
    data = yaml.safe_dump(variables or VARIABLES, allow_unicode=True)
    (run_dir / "_variables.yml").write_text(data, encoding="utf-8")
    return run_dir


def write_commentary(root: Path, files: dict[str, str]) -> None:
    folder = root / "oslo" / "2019"
    folder.mkdir(parents=True, exist_ok=True)
    for key, text in files.items():
        (folder / f"{key}.md").write_text(text, encoding="utf-8")


def quarto_on_path(monkeypatch, where: str | None) -> None:
    """Make the render see the Quarto CLI at `where` (or not at all), and nothing else change:
    `shutil.which` answers for every other program as before (libraries look programs up too)."""
    import shutil

    from klagerapport import render

    real = shutil.which

    def which(name, *args, **kwargs):
        return where if name == "quarto" else real(name, *args, **kwargs)

    monkeypatch.setattr(render.shutil, "which", which)
