"""`klagerapport godkjenn`: the open sign-off items of a district's year, and recording one.

Without `--setning` it lists every `needs-signoff` item the check finds (file:line, the sentence,
its key). With `--setning KEY --av NAME --grunn TEXT` it records a reviewer's sign-off of that
sentence in `commentary/<district>/<year>/godkjent.yml` (signoff.py reads it), written atomically
(fsutil). The key must be one the check reports as open now: an unknown key, a key already signed
off and a key the file holds for a sentence that no longer needs a sign-off are refused, each
with its reason. The name and the reason are untrusted text: one line, no control characters,
stored as YAML strings (yaml.safe_dump), never as markup; the sentence is stored as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .. import fsutil, paths, untrusted, userfiles
from ..errors import KlagerapportError, Problem
from . import signoff
from .lexicon import for_district
from .sentences import sentences

MAX_TEXT = 500  # characters of a name or a reason

HEADER = (
    "# Setninger med tallpåstander som rapportens verdier ikke kan vise, godkjent av en "
    "kontrollør.\n"
    "# Skrevet av «klagerapport godkjenn» (commentary/README.md, «Setninger som må godkjennes»).\n"
)


@dataclass(frozen=True)
class Item:
    """One open sign-off item: the file (name), its line, the sentence's key and words."""

    file: str
    line: int
    digest: str
    text: str


def open_items(folder: Path, findings: list[Problem], district: str) -> list[Item]:
    """The needs-signoff items among the check's findings, one per sentence, in file order."""
    items: dict[tuple[str, str], Item] = {}
    lex = for_district(district)
    texts: dict[str, dict[str, str]] = {}
    for f in findings:
        if f.code != "needs-signoff" or not f.value:
            continue
        name = Path(f.file).name
        if name not in texts:
            source = folder / name
            body = userfiles.read_text(source) if source.is_file() else ""
            texts[name] = {s.digest(): " ".join(s.text.split()) for s in sentences(body, lex)}
        key = (name, str(f.value))
        if key not in items:
            text = texts[name].get(str(f.value), f.text)
            items[key] = Item(name, f.line, str(f.value), text)
    return sorted(items.values(), key=lambda i: (i.file, i.line, i.digest))


def listing(items: list[Item], title: str) -> str:
    if not items:
        return f"{title}: ingen setninger venter på godkjenning."
    lines = [f"{title}: {len(items)} setning(er) venter på godkjenning", ""]
    for i in items:
        lines += [f"{i.file}:{i.line}  setning {i.digest}", f"    {i.text}"]
    lines += [
        "",
        "Godkjenn én: klagerapport godkjenn --district … --year … --setning <nøkkel> "
        "--av «navn» --grunn «hvorfor setningen stemmer»",
    ]
    return "\n".join(lines)


def _clean(label: str, text: str) -> str:
    text = text.strip()
    if not text:
        raise KlagerapportError(f"--{label} kan ikke være tom")
    if untrusted.has_control(text):
        raise KlagerapportError(f"--{label} må være én linje uten kontrolltegn")
    if len(text) > MAX_TEXT:
        raise KlagerapportError(f"--{label} er for lang (høyst {MAX_TEXT} tegn)")
    return text


def record(folder: Path, items: list[Item], digest: str, by: str, reason: str) -> Item:
    """Record the sign-off of the open item `digest` in godkjent.yml; the item signed."""
    by, reason = _clean("av", by), _clean("grunn", reason)
    digest = digest.strip()
    signed, problems = signoff.load(folder)
    if problems:
        raise KlagerapportError(
            f"{paths.shown(folder / signoff.FILE_NAME)} kan ikke leses: {problems[0].message}"
        )
    match = [i for i in items if i.digest == digest]
    if not match:
        if any(s.digest == digest for s in signed):
            raise KlagerapportError(
                f"setning {digest} står allerede i {signoff.FILE_NAME}, men ingen setning med "
                "den nøkkelen trenger godkjenning nå (den er godkjent, endret, eller kontrollen "
                "kan vise den); se «klagerapport check»"
            )
        known = ", ".join(i.digest for i in items) or "ingen"
        raise KlagerapportError(
            f"ukjent setningsnøkkel «{digest}»: ingen setning som venter på godkjenning har "
            f"den (åpne: {known})"
        )
    if len(match) > 1:
        files = ", ".join(i.file for i in match)
        raise KlagerapportError(f"nøkkelen {digest} finnes i flere filer ({files})")
    item = match[0]
    entry = {"fil": item.file, "setning": item.digest, "tekst": item.text, "av": by,
             "grunn": reason}  # fmt: skip
    target = folder / signoff.FILE_NAME
    fsutil.write_text(target, _with_entry(target, entry))
    after, problems = signoff.load(folder)
    if problems or not any((s.file, s.digest) == (item.file, item.digest) for s in after):
        raise KlagerapportError(f"{paths.shown(target)} ble ikke skrevet riktig")
    return item


def _with_entry(target: Path, entry: dict) -> str:
    """godkjent.yml's text with the entry added: appended to the file as written (its comments
    kept) when that parses to one entry more, else the whole list written anew."""
    block = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=1000)
    indented = "".join(f"  {line}" if line.strip() else line for line in block.splitlines(True))
    shown = paths.shown(target)
    old = userfiles.read_text(target, shown) if target.is_file() else ""
    before = _entries(old, shown)
    if old.strip() and before is not None:
        text = old if old.endswith("\n") else old + "\n"
        candidate = text + indented
        after = _entries(candidate, shown)
        if after is not None and after == [*before, entry]:
            return candidate
    entries = [*(before or []), entry]
    body = yaml.safe_dump({"godkjent": entries}, allow_unicode=True, sort_keys=False, width=1000)
    return HEADER + body


def _entries(text: str, shown: str) -> list | None:
    """The list under «godkjent:» (None when the text is not such a file; a key written twice
    is an error, userfiles.UserFileError, rather than an entry silently lost)."""
    if not text.strip():
        return []
    try:
        data = userfiles.parse_yaml(text, shown)
    except yaml.YAMLError:
        return None
    if not isinstance(data, dict):
        return None
    items = data.get("godkjent")
    if items is None:
        return []
    return items if isinstance(items, list) else None
