"""Every date a report prints is true, in both editions.

The public edition computes its numbers from the rounded cases (docs/suppression.md): a cell
rounded down leaves its cases out, so the last answer date of the rounded cases is often an
earlier case's date, a false fact («ferdigbehandlet 8. januar 2020» for an Oslo 2019 whose last
case was answered 20 January 2020). The true date is one case's date, and in the public edition
it could tell that a printed 0 is a true 1 or 2, so the public edition prints no case's date
(docs/suppression.md, "Dates").
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from klagerapport import fmt
from klagerapport.errors import KlagerapportError
from klagerapport.publish import contract, text, utgave
from klagerapport.publish import values as V
from klagerapport.publish.result import SectionResult
from klagerapport.sections import load_cases, registry
from klagerapport.stats import populations as P

DATE_TEXT = re.compile(rf"\b\d{{1,2}}\. (?:{'|'.join(fmt.MONTHS)}) \d{{4}}\b")


@pytest.fixture(scope="module")
def oslo():
    return load_cases(year=2019, district="Oslo")


def edition(cases, year: int, name: str) -> dict:
    """Every value of the edition, and under «text:<where>» every other text it prints: table
    captions, notes and cells, chart captions and alt texts."""
    values = {}
    for func in registry.functions("Oslo").values():
        result = func(cases, year=year, district="Oslo", utgave=name)
        values.update(result.values)
        for table in result.tables.values():
            cells = " ".join(str(getattr(c, "text", c)) for row in table.rows for c in row)
            words = " ".join([table.caption, table.note, *table.header, cells])
            values[f"text:{table.name}"] = V.Value(None, words)
        for chart_name, chart in result.charts.items():
            values[f"text:{chart_name}-figur"] = V.Value(None, f"{chart.caption} {chart.alt}")
    return values


def date_keys() -> list:
    return [spec for spec in contract.specs() if spec.kind == "date"]


@pytest.mark.parametrize("year", [2015, 2018, 2019])
def test_every_date_the_public_edition_prints_is_a_true_one(oslo, year):
    internal, public = edition(oslo, year, "intern"), edition(oslo, year, "offentlig")
    true_dates = {
        value.text
        for key, value in internal.items()
        if contract.kind_of(key) == "date" and value.raw is not None
    }
    printed = {(key, day) for key, value in public.items() for day in DATE_TEXT.findall(value.text)}
    assert printed, "the public edition prints the handling basis date"
    assert any(key.startswith("text:") for key, _ in printed)  # the handling table's note
    made_up = {(key, day) for key, day in printed if day not in true_dates}
    assert made_up == set()
    # each date value is the internal edition's, or withheld
    for spec in date_keys():
        if spec.key in public:
            assert public[spec.key].raw in (None, internal[spec.key].raw), spec.key


@pytest.mark.parametrize("year", [2015, 2018, 2019])
def test_the_public_edition_prints_no_cases_date(oslo, year):
    """A date of a population of cases (the last answer date) is one case's: withheld «–»,
    and the form's sentence says why instead of naming a date."""
    public = edition(oslo, year, "offentlig")
    of_cases = [s.key for s in date_keys() if s.population != "none" and s.key in public]
    assert of_cases == ["received.all_decided_by"]
    for key in of_cases:
        assert (public[key].raw, public[key].text) == (None, V.MISSING_TEXT)
    sentence = public["received.all_decided_sentence"].text
    assert DATE_TEXT.search(sentence) is None
    assert "avrundede" in sentence and "interne utgaven" in sentence
    assert "Samtlige" not in sentence


def test_the_internal_edition_prints_the_true_last_answer_date(oslo):
    internal = edition(oslo, 2019, "intern")
    true_last = P.all_decided_by(P.for_district(oslo, "Oslo"), 2019)
    assert true_last == dt.date(2020, 1, 20)
    assert internal["received.all_decided_by"].raw == true_last.isoformat()
    assert internal["received.all_decided_sentence"].text == (
        "Samtlige klager mottatt i 2019 var ferdigbehandlet 20. januar 2020."
    )


def test_the_public_edition_refuses_a_cases_date_a_section_let_through():
    """The guard in publish/utgave.py: a section that skipped the rule stops the build."""
    day = V.date(dt.date(2020, 1, 20))
    result = SectionResult("received", values={"received.all_decided_by": day})
    assert utgave.publish(result, "intern").values["received.all_decided_by"] == day
    with pytest.raises(KlagerapportError, match=r"received\.all_decided_by"):
        utgave.publish(result, "offentlig")
    withheld = SectionResult("received", values={"received.all_decided_by": V.MISSING})
    assert utgave.publish(withheld, "offentlig").values["received.all_decided_by"] == V.MISSING
    # a date of no population (the handling basis: a rule's, or the export's) is printed
    basis = SectionResult("handling_time", values={"handling_days.basis_date": day})
    assert utgave.publish(basis, "offentlig").values["handling_days.basis_date"] == day


@pytest.mark.parametrize(
    ("received", "still_open", "says"),
    [
        (211, 0, "Ingen av klagene mottatt i 2019 var under behandling i de avrundede tallene"),
        (211, 3, "Av klagene mottatt i 2019 var 3 fortsatt under behandling"),
        (0, 0, "Ingen klager mottatt i 2019 er med i de avrundede tallene"),
    ],
)
def test_the_public_sentence_says_what_the_rounded_numbers_say(received, still_open, says):
    sentence = text.public_decided_sentence(2019, received, still_open)
    assert sentence.startswith(says)
    assert DATE_TEXT.search(sentence) is None
