"""Starting a commentary: next year's from this year's (`new-year`), a new district's from the
clean template in commentary/_mal/ (`new-district`).

`new-year` copies the section files as they are: the placeholders are relative to the report
year (`year.minus1` …), so they move by themselves. What the data cannot carry over is listed
in the review list (review.py) with file:line: every claim word, claim, literal number or year
and number word, literal years that look like "this year" or "last year" with the placeholder
to use. Allow-list entries bound to the old year (`år:`) do not hold for the new one.

The review list is a carry-over list, not a check: there is no build of the new year when it is
written, so it compares nothing with a value; it says what a person must re-read. The claims
themselves are checked by `check_commentary` (check/commentary.py) against the new year's
build, which also reports each review item until it is marked reviewed (review.py).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import yaml

from .. import districts, fmt, grammar, paths, settings, userfiles
from ..errors import KlagerapportError
from ..ingest import units, validate
from . import allowlist, claims, nocomment, numbers, reportdate, review
from .commentary import section_keys
from .lexicon import for_district

ALLOWLIST_HEADER = """\
# Tall og ord som kommentaren kan skrive uten plassholder; se commentary/oslo/tillatt.yml for
# et eksempel. Hver oppføring: avsnitt, tekst (nøyaktig som i kommentaren), grunn, og eventuelt år.
tall: []
ord: []
"""


# the lexicon's hit kinds that make a sentence quantitative (statements/): a copied sentence with
# one says something of last year's numbers, so the review list names it
QUANTITATIVE = frozenset({
    "retning", "partikkelverb", "faktor", "mer", "mindre", "likhet", "rang", "andel", "null",
    "alle", "noen", "etter_frist", "på_rad", "forhold", "varighet", "mengde", "vurdering",
})  # fmt: skip
MIN_SCAFFOLD_CASES = 3  # a unit text used in fewer cases is left out of the scaffold


def _district(name: str | None) -> str:
    cfg = settings.load(district=name)
    known = districts.find(cfg.district)
    if name and known is None:
        districts.normalise(name)  # raises with the list of known districts
    return known.name if known else cfg.district


def _empty_target(folder: Path) -> None:
    if folder.exists() and any(folder.iterdir()):
        raise KlagerapportError(
            f"{paths.shown(folder)} finnes allerede og er ikke tom; flytt eller slett den først"
        )


def _snippet(line: str, start: int, end: int, pad: int = 25) -> str:
    """The exact text around [start, end), in whole words and whole shortcodes (the review
    list finds it again by this text when lines move)."""
    units = grammar.units(line)
    near = [(a, b) for a, b in units if b > start - pad and a < end + pad]
    if not near:
        return line[start:end]
    return line[near[0][0] : near[-1][1]]


def review_items(
    file: Path, from_year: int, allowed: list[allowlist.Allowed], district: str = ""
) -> list[review.Item]:
    """What to re-read in one copied file, line by line: claim words, every other quantitative
    word of the lexicon («alle», «ingen av», «dobbelt så mange», «for tredje år på rad»,
    «under en måned», «et par» …), literal numbers and years, number words (the allow-list's
    lasting entries excepted; claims are checked by the data)."""
    items: list[review.Item] = []
    lex = for_district(district)
    lasting = [a for a in allowed if a.section == file.stem and a.year is None]
    for n, line in enumerate(userfiles.read_text(file).splitlines(), 1):
        masked = numbers.mask(line)
        words_ok = allowlist.spans(line, [a.text for a in lasting if a.kind == "word"])
        numbers_ok = allowlist.spans(line, [a.text for a in lasting if a.kind == "number"])
        for word in claims.claim_words(masked):
            if allowlist.covered(word.start, word.end, words_ok):
                continue
            text = _snippet(line, word.start, word.end)
            items.append(review.Item(file.name, n, text, f"ordet «{word.text}»"))
        listed = [(w.start, w.end) for w in claims.claim_words(masked)]
        for hit in lex.hits(masked):
            if hit.kind not in QUANTITATIVE or allowlist.covered(hit.start, hit.end, words_ok):
                continue
            if any(a < hit.end and hit.start < b for a, b in listed):
                continue  # already listed as a claim word
            listed.append((hit.start, hit.end))
            text = _snippet(line, hit.start, hit.end)
            items.append(review.Item(file.name, n, text, f"ordet «{hit.text}»"))
        for num in numbers.find_numbers(line):
            if allowlist.covered(num.start, num.end, numbers_ok):
                continue
            text = _snippet(line, num.start, num.end, pad=20)
            if num.kind == "year" and num.value in (from_year, from_year - 1, from_year + 1):
                key = {from_year: "year.minus1", from_year - 1: "year.minus2"}.get(
                    num.value, "year.current"
                )
                what = (
                    f"årstallet {num.text} skrevet for hånd: betyr det et år i forhold til "
                    f"rapportåret, skriv {{{{< var {key} >}}}}"
                )
            elif num.kind == "word":
                what = f"tallordet «{num.text}»"
            else:
                what = f"tallet «{num.text}» skrevet for hånd"
            items.append(review.Item(file.name, n, text, what))
    return items


def new_year(
    *, year: int, from_year: int | None = None, district: str | None = None
) -> tuple[Path, Path, int]:
    """Copy the commentary of `from_year` (default year-1) to `year` and write its review list.

    Returns (new folder, review list, number of allow-list entries left behind).
    """
    name = _district(district)
    from_year = from_year if from_year is not None else year - 1
    if from_year == year:
        raise KlagerapportError("--from og --year er samme år")
    source = paths.commentary_dir(name, from_year)
    target = paths.commentary_dir(name, year)
    if not source.is_dir() or not list(source.glob("*.md")):
        raise KlagerapportError(f"fant ingen kommentar å starte fra i {paths.shown(source)}")
    _empty_target(target)
    sections = set(section_keys())
    entries, _ = allowlist.for_district(name)
    target.mkdir(parents=True, exist_ok=True)
    items: list[review.Item] = []
    for file in sorted(source.glob("*.md")):
        if file.stem not in sections:
            continue
        shutil.copy2(file, target / file.name)
        items += review_items(target / file.name, from_year, entries, name)
    if (source / nocomment.FILE_NAME).is_file():  # parts left without text stay so (sign-offs
        shutil.copy2(source / nocomment.FILE_NAME, target / nocomment.FILE_NAME)  # do not)
    listed = review.write(
        target, items, intro=f"Laget av «klagerapport new-year» fra {from_year} til {year}."
    )
    left = sum(1 for e in entries if e.year == from_year)
    return target, listed, left


def new_district(*, district: str, year: int | None = None) -> Path:
    """A district's first commentary from the clean template (no other district's text)."""
    name = _district(district)
    cfg = settings.load(year=year)
    target = paths.commentary_dir(name, cfg.year)
    _empty_target(target)
    target.mkdir(parents=True, exist_ok=True)
    sections = set(section_keys())
    for file in sorted(paths.COMMENTARY_TEMPLATE.glob("*.md")):
        if file.stem in sections:
            shutil.copy2(file, target / file.name)
    allow = paths.allowlist_file(name)
    if not allow.exists():
        allow.write_text(ALLOWLIST_HEADER, encoding="utf-8")
    return target


def units_scaffold(district: str, data: Path | None = None) -> list[str]:
    """Start the district's unit list in data/reference/units.yml from the data: every `enhet`
    text of the district used in at least MIN_SCAFFOLD_CASES cases, most used first, commented
    out (nothing is published until the analyst removes the «# »). Returns what to tell the
    analyst; writes nothing when the district has a list, or the data has none of its cases."""
    file = units.UNITS_FILE
    key = paths.slug(district)
    listed = _yaml_keys(file)
    if key in listed:
        return [
            f"Enhetslisten for {district} står i {paths.shown(file)} "
            f"({len(units.make(listed[key] or []))} enheter); endre den der."
        ]
    source = data or settings.load(district=district).data
    try:
        cases = validate.load_validated(source).cases
    except KlagerapportError as err:  # every problem, as `validate` says them
        said = str(err).strip().splitlines() or [type(err).__name__]
        return [
            f"Enhetslisten er ikke laget: dataene i {paths.shown(source)} kan ikke leses: "
            + said[0],
            *said[1:],
            f"Rett dataene og lag listen med «klagerapport new-district --district "
            f"{_shell_word(district)} --data <fil>» (flytt først kommentarmappen den skrev over), "
            f"eller skriv den selv under «{key}:» i {paths.shown(file)}.",
        ]
    mine = cases.loc[districts.same_district(cases["distrikt"], district), "enhet"]
    if mine.empty:
        return [
            f"Enhetslisten er ikke laget: {paths.shown(source)} har ingen saker for {district}. "
            f"Gi eksporten med «klagerapport new-district --district {district} --data <fil>», "
            f"eller skriv listen under «{key}:» i {paths.shown(file)}."
        ]
    text = mine.astype("string").str.strip().replace("", pd.NA).dropna()
    counts = text.map(units.normal).value_counts()
    spelled = text.groupby(text.map(units.normal)).agg(lambda v: v.value_counts().index[0])
    kept = [(spelled[n], int(c)) for n, c in counts.items() if c >= MIN_SCAFFOLD_CASES]
    kept.sort(key=lambda p: (-p[1], p[0]))
    left = len(counts) - len(kept)
    lines = [
        "",
        f"{key}:  # utkast fra «klagerapport new-district» ({paths.shown(source)}): fjern «# »",
        "  # foran hver enhet skjemaet skal vise; slett det som ikke er en enhet (f.eks. et navn)",
    ]
    width = max((len(_quoted(n)) for n, _ in kept), default=0)
    lines += [
        f"  # - name: {_quoted(n):<{width}}  # {fmt.count(c, 'sak', 'saker')}" for n, c in kept
    ]
    with open(file, "a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    said = [
        f"Skrev et utkast til {fmt.genitive(district)} enhetsliste i {paths.shown(file)}: "
        f"{fmt.count(len(kept), 'enhet', 'enheter')} fra dataene, kommentert ut.",
        "Fyll inn: fjern «# » foran hver enhet skjemaet skal vise, før andre skrivemåter av samme "
        "enhet opp som aliases, og slett det som ikke er en enhet. Til da telles alle klagene "
        f"som «{units.OTHER}».",
    ]
    if left:
        said.append(
            f"{fmt.count(left, 'skrivemåte', 'skrivemåter')} brukt i færre enn "
            f"{MIN_SCAFFOLD_CASES} saker er ikke tatt med (legg dem til for hånd)."
        )
    return said


def _yaml_keys(file: Path) -> dict:
    try:
        loaded = userfiles.load_yaml(file) or {}
    except FileNotFoundError:
        return {}
    except yaml.YAMLError as err:
        raise KlagerapportError(f"{paths.shown(file)}: ikke gyldig YAML: {err}") from None
    return loaded if isinstance(loaded, dict) else {}


def _shell_word(name: str) -> str:
    """A district's name as one word of a command line."""
    return f'"{name}"' if " " in name else name


def _quoted(name: str) -> str:
    """A unit text as a YAML string (one line, no control characters)."""
    clean = "".join(c if c.isprintable() else " " for c in str(name))
    return json.dumps(" ".join(clean.split()), ensure_ascii=False)


def _print_new_year(target: Path, listed: Path, left: int) -> None:
    items, _ = review.load(target)
    print(
        f"Skrev {paths.shown(target)} og gjennomgangslisten {paths.shown(listed)} "
        f"({len(items)} punkter å lese)."
    )
    if left:
        print(f"{left} oppføringer i tillatt.yml gjaldt bare fjoråret og gjelder ikke nå.")
    print("«klagerapport check» melder hvert punkt til det er merket «gjennomgått: true».")
    print(reportdate.reminder(target))


def new_year_command(*, year: int | None, from_year: int | None, district: str | None) -> None:
    """`klagerapport new-year`: without --year, the year after config.yml's (and it says so,
    with the command that makes the new year the default)."""
    config = paths.shown(paths.CONFIG_FILE)
    if district is None:
        print(f"Distrikt: {_district(None)} (fra {config}).")
    if year is None:
        current = settings.load(district=district).year
        year = current + 1
        print(
            f"Nytt rapportår: {year} (året etter {current} i {config}); gjør det til standardåret "
            f"med «klagerapport init --year {year}»."
        )
    _print_new_year(*new_year(year=year, from_year=from_year, district=district))


def new_district_command(*, district: str, year: int | None, data: Path | None = None) -> None:
    target = new_district(district=district, year=year)
    print(f"Skrev {paths.shown(target)} fra malen {paths.shown(paths.COMMENTARY_TEMPLATE)}.")
    print(year_used_line(_district(district), int(target.name), given=year is not None))
    print("Avsnitt uten fil står som «Kommentar mangler» til de er skrevet.")
    print(reportdate.reminder(target))
    for line in units_scaffold(_district(district), data):
        print(line)


def year_used_line(district: str, year: int, *, given: bool) -> str:
    """Which year the commentary was made for, and where that year came from."""
    if given:
        return f"Rapportår: {year} (fra --year)."
    shown = _shell_word(district)
    return (
        f"Rapportår: {year} (standardåret i {paths.shown(paths.CONFIG_FILE)}); et annet år: "
        f"«klagerapport new-district --district {shown} --year {year + 1}»."
    )
