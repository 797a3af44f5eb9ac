"""The public edition's commentary (check/public.py): a definite singular of a case noun as a
sentence's subject states one case («Klagen gjaldt …», «den ene klagen», «den eneste saken»),
issue 20's known gap; the words in data/reference/smaa-antall.yml."""

from __future__ import annotations

import pytest

from klagerapport.check import public

LIMIT = 3  # the rule's min_count (data/reference/suppression.yml)


def said(text: str) -> list[str]:
    return [text[a:b] for a, b in public.small_quantities(text, LIMIT)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Klagen gjaldt maktmisbruk.", "Klagen"),
        ("Kritikksaken ble avgjort i mars.", "Kritikksaken"),  # a compound's ending
        ("Det var en rolig høst. Saken kom fra Kristiansand.", "Saken"),  # after a full stop
        ("I år gjaldt klagen maktmisbruk.", "klagen"),  # the verb before it
        ("> Henvendelsen handlet om ventetid.", "Henvendelsen"),  # a quote
        ("Den ene klagen gjaldt pass.", "Den ene klagen"),
        ("Det ene tilfellet gjaldt pass.", "Det ene tilfellet"),
        ("Den eneste saken om våpen ble avvist.", "Den eneste saken"),
    ],
)
def test_a_definite_singular_case_noun_as_subject_states_one_case(text, words):
    assert said(text) == [words]


@pytest.mark.parametrize(
    "text",
    [
        "Klagene gjaldt maktmisbruk.",  # plural
        "Årsaken var ventetiden.",  # not a case noun (ikke_saksord)
        "Hovedsaken er at publikum får svar.",
        "Klagen skal sendes til politimesteren.",  # no stating verb right after it
        "Hvordan klagen behandles, står i reglementet.",  # not the subject first
        "På den ene siden er det bra.",  # «den ene» with no case noun
        "Det eneste vi kan si noe om er de sakene vi har mottatt.",
        "Vi så på klagen gjaldt.",  # a verb of the list after it, but not first
    ],
)
def test_a_definite_case_noun_that_is_not_a_sentences_subject_passes(text):
    assert said(text) == []


def test_the_verbs_and_nouns_come_from_the_data_file():
    words = public.words()
    assert "klagen" in words["bestemt_entall"] and "gjaldt" in words["bestemt_verb"]
    assert "gjaldt" in words["bestemt_omvendt"] and "saken" in words["bestemt_endelser"]
