"""The values reference for the analyst: every key of a build with the text the report prints
and the raw value, grouped by the section that computed it. `klagerapport values` prints it;
every render writes it as verdier.html next to the report. Every value is escaped: text from
the data never becomes markup.
"""

from __future__ import annotations

import html
import json

from .. import paths
from .build_values import BuildValues, Entry, description

SECTION_TITLES = {
    "received": "Mottatte og avgjorte klager",
    "decisions": "Avgjørelser",
    "grounds": "Grunnlag",
    "handling_time": "Saksbehandlingstid",
    "development": "Utvikling over år",
    "units": "Enheter",
    "discrimination": "Diskriminering",
}
KIND_TITLES = {
    "count": "antall",
    "share": "andel",
    "days": "dager",
    "date": "dato",
    "year": "årstall",
    "word": "ord",
    "sentence": "setning",
}


def _raw(entry: Entry) -> str:
    if entry.raw is None:
        return "ingen verdi"
    return json.dumps(entry.raw, ensure_ascii=False)


def _folded(text: str) -> str:
    """Text as a search compares it: lower case, æøå as ae/o/a, no spaces, dashes or dots, so
    that «tromsø» finds the printed «Tromsø politistasjon» and its key `units.tromso_…`."""
    return paths.slug(text).replace("-", "")


def _matches(entry: Entry, search: str | None) -> bool:
    """The search in the text the report prints, the raw value, the key, the description or
    the kind («andel» finds every share), written with or without æøå and spaces."""
    if not search:
        return True
    needle = _folded(search)
    if not needle:
        return search.casefold() in str(entry.text).casefold()
    where = (
        str(entry.text),
        "" if entry.raw is None else str(entry.raw),
        entry.key,
        description(entry.key),
        KIND_TITLES.get(entry.kind, ""),
    )
    return any(needle in _folded(part) for part in where)


def grouped(values: BuildValues, search: str | None = None) -> dict[str, list[Entry]]:
    out = {}
    for section, entries in values.by_section().items():
        hits = [e for e in entries if _matches(e, search)]
        if hits:
            out[section] = hits
    return out


def terminal(values: BuildValues, *, search: str | None = None) -> str:
    groups = grouped(values, search)
    if not groups:
        return f"Ingen nøkler, tekster eller beskrivelser inneholder «{search}»."
    lines = []
    for section, entries in groups.items():
        lines.append(f"{SECTION_TITLES.get(section, section)} ({section})")
        width = max(len(e.key) for e in entries)
        for e in entries:
            lines.append(f"  {e.key:<{width}}  {e.text!s:<24}  {_raw(e)}  [{KIND_TITLES[e.kind]}]")
            if description(e.key):
                lines.append(f"  {'':<{width}}  {description(e.key)}")
        lines.append("")
    lines.append("Skriv en verdi i kommentaren som {{< var nøkkel >}}.")
    return "\n".join(lines)


def page(values: BuildValues) -> str:
    """verdier.html: one self-contained page, every piece of text escaped."""
    e = html.escape
    title = f"Verdier for kommentaren – {values.district} {values.year or ''}".strip()
    out = [
        "<!DOCTYPE html>",
        '<html lang="nb">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{e(title)}</title>",
        "<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
        "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.2rem .5rem;"
        "border-bottom:1px solid #ddd;vertical-align:top}code{font-size:.95em}"
        ".mangler{color:#a33}</style>",
        "</head>",
        "<body>",
        f"<h1>{e(title)}</h1>",
        "<p>Hver nøkkel skrives i kommentaren som <code>{{&lt; var nøkkel &gt;}}</code> og "
        "fylles inn med teksten i midten. «klagerapport check» kontrollerer kommentaren mot "
        "disse verdiene.</p>",
    ]
    for section, entries in grouped(values).items():
        out.append(f"<h2>{e(SECTION_TITLES.get(section, section))}</h2>")
        out.append(
            "<table><thead><tr><th>nøkkel</th><th>tekst i rapporten</th>"
            "<th>verdi</th><th>slag</th></tr></thead><tbody>"
        )
        for entry in entries:
            cls = ' class="mangler"' if entry.missing else ""
            out.append(
                f"<tr{cls}><td><code>{e(entry.key)}</code></td><td>{e(entry.text)}</td>"
                f"<td><code>{e(_raw(entry))}</code></td><td>{e(KIND_TITLES[entry.kind])}</td>"
                f"<td>{e(description(entry.key))}</td></tr>"
            )
        out.append("</tbody></table>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)
