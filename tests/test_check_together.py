"""Rules of 8 December 2026 at their boundaries: categories said together (a share of their
sum; a first place shared), a count's placeholder said as a share, «har ikke endret seg»,
«ingen av …» with a category, and a stretch with no subject of its own (Oslo 2019's values,
changed one at a time)."""

from __future__ import annotations

import claimcorpus as cc
import pytest
from test_check_boundaries import outcomes

from klagerapport.check.statements import FALSE, OK, OPEN

TOGETHER = "Kritikk og uheldig utgjorde til sammen nesten halvparten av sakene."


@pytest.mark.parametrize(
    ("uheldig", "status"),
    [(0.37, OK), (0.3799, OK), (0.38, FALSE), (0.31, OK), (0.3099, FALSE)],
)
def test_a_share_of_categories_said_together_is_their_sum_at_the_edges(uheldig, status):
    # kritikk 0,12: «nesten halvparten» is [0,43, 0,50) of the sum (toleranse.nesten 7 points)
    [o] = outcomes(TOGETHER, decisions__kritikk__share=0.12, decisions__uheldig__share=uheldig)
    assert (o.kind, o.status) == ("andel", status)
    assert o.about == "decisions.kritikk.share + decisions.uheldig.share"


def test_the_categories_may_be_joined_by_eller_som_and_quotes_and_stand_in_the_clause():
    [o, _] = outcomes(
        "Nesten halvparten av klagene endte med kritikk eller som «uheldig», mens litt under "
        "fire av ti fikk «Ikke grunnlag for kritikk».",
    )
    assert (o.kind, o.status) == ("andel", OK)
    assert o.about == "decisions.kritikk.share + decisions.uheldig.share"


def test_each_on_its_own_or_one_category_is_not_a_sum():
    [o] = outcomes("Kritikk og uheldig utgjorde hver nesten halvparten av sakene.")
    assert "+" not in o.about
    [o] = outcomes("Uheldig utgjorde nesten halvparten av sakene.")
    assert (o.status, o.about) == (FALSE, "decisions.uheldig.share")
    # a category of another group beside it is no part of the sum
    [o] = outcomes("Adferd og kritikk utgjorde nesten halvparten av sakene.")
    assert "+" not in o.about


def test_a_sum_with_a_value_the_build_lacks_is_open():
    [o] = outcomes(TOGETHER, decisions__uheldig__share=None)
    assert (o.kind, o.status) == ("andel", OPEN)


def test_a_first_place_shared_with_a_category_not_named_is_open_one_named_is_not():
    rank = "Flest K-etnisk-saker ble avgjort som uheldig."
    [o] = outcomes(rank)  # ikke_avklart, ikke_grunnlag and uheldig have 4 each
    assert (o.kind, o.status) == ("rang", OPEN) and o.detail.endswith("en delt plass")
    [o] = outcomes(rank, decisions__uheldig__etnisk=5)
    assert (o.kind, o.status) == ("rang", OK)
    [o] = outcomes(rank, decisions__uheldig__etnisk=3)
    assert (o.kind, o.status) == ("rang", FALSE)
    [o] = outcomes("Avvist og overført var de sjeldneste avgjørelsene.")  # 5 and 5, both named
    assert (o.kind, o.status) == ("rang", OK)


def _levels(text: str) -> list:
    return [o for o in outcomes(text) if o.kind == "nivå"]


def test_a_counts_placeholder_said_as_a_share_is_the_wrong_value():
    [o] = _levels(
        "Andelen klager som endte med kritikk var {{< var decisions.kritikk.count >}} prosent."
    )
    assert o.status == FALSE and o.detail.endswith("verdien er et antall, men står som prosent")
    [o] = _levels("Det var {{< var decisions.kritikk.count >}} % kritikk.")
    assert o.detail.endswith("verdien er et antall, men står som prosent")
    [o] = _levels("Andelen uheldig-saker økte til {{< var decisions.uheldig.count >}}.")
    assert o.detail.endswith("setningen sier «andel», verdien er et antall")
    # the base of a share, a count beside its share, and a share's own placeholder are right
    assert (
        _levels(
            "Andelen av de {{< var received.total >}} klagene som endte med kritikk, var "
            "{{< var decisions.kritikk.share >}}."
        )
        == []
    )
    assert (
        _levels(
            "Kritikk ble gitt i {{< var decisions.kritikk.count >}} saker, en andel på "
            "{{< var decisions.kritikk.share >}}."
        )
        == []
    )
    assert _levels("Kritikk utgjorde {{< var decisions.kritikk.count >}} av sakene.") == []


@pytest.mark.parametrize(("before", "status"), [(15, OK), (16.5, FALSE), (14.9, FALSE)])
def test_har_ikke_endret_seg_is_unchanged(before, status):
    [o] = outcomes("Medianen har ikke endret seg fra i fjor.", handling_days__median_minus1=before)
    assert (o.kind, o.status, o.words) == ("retning", status, "ikke endret seg")


@pytest.mark.parametrize(("count", "status"), [(0, OK), (1, FALSE), (2, FALSE)])
def test_ingen_av_with_categories_is_their_count_of_0(count, status):
    [o] = outcomes("Ingen av K-etnisk-sakene endte med kritikk.", decisions__kritikk__etnisk=count)
    assert (o.kind, o.status, o.about) == ("nivå", status, "decisions.kritikk.etnisk")
    [o] = outcomes("Ingen av de etniske sakene ble avvist.", decisions__avvist__etnisk=count)
    assert (o.status, o.about) == (status, "decisions.avvist.etnisk")


def test_ingen_av_without_a_category_names_no_count():
    assert outcomes("Ingen av disse endringene påvirket tallene.") == []


def test_a_unit_alias_in_its_definite_form_is_the_unit():
    [o] = outcomes("Arresten fikk også enkelte klager.")  # no value for Arrest: open
    assert o.status == OPEN
    [o] = outcomes("Arresten fikk også enkelte klager.", units__arrest__count=3)
    assert (o.status, o.about) == (OK, "units.arrest.count")


# ---------------------------------------------------------------- words the check now reads


@pytest.mark.parametrize(
    ("line", "ordinal_status"),
    [
        ("Orden Sentrum kom på andreplass.", OK),  # 19, behind Pass's 42
        ("Sentralbord og operasjonssentral kom på andreplass.", FALSE),  # 17: third
        ("Pass kom på førsteplass.", OK),
        ("Pass havnet på tredjeplassen.", FALSE),
    ],
)
def test_a_place_word_is_a_rank_at_its_ordinal(line, ordinal_status):
    [o] = outcomes(line)
    assert (o.kind, o.status) == ("rang", ordinal_status)


def test_ventetid_is_no_measure_of_its_own():
    # the shipped Oslo 2019 commentary's «lang ventetid når man møter opp» is the wait at the
    # office, not the handling time: the word binds to no value
    assert outcomes("Ventetiden gikk ned.") == []


def test_lyktes_det_ikke_a_avklare_is_the_category_ikke_avklart():
    [o] = outcomes(
        "I 17 saker lyktes det ikke å avklare hva som hadde skjedd, omtrent som året før."
    )
    assert (o.kind, o.status) == ("likhet", OK)
    assert "decisions.ikke_avklart.count = 17" in o.about


def test_the_busiest_month_is_a_quantitative_word_a_reviewer_signs_off():
    found = cc.problems(cc.findings({"tekst": "Desember var den travleste måneden."}))
    assert [(f.code, f.severity) for f in found] == [("needs-signoff", "warning")]
    assert cc.problems(cc.findings({"tekst": "Det var travelt i desember."})) == []


def test_det_ikke_var_grunnlag_for_kritikk_is_the_category_ikke_grunnlag():
    [o] = outcomes("Den vanligste avgjørelsen var at det ikke var grunnlag for kritikk.")
    assert (o.kind, o.status) == ("rang", OK) and "ikke_grunnlag = 82" in o.detail
    [o] = outcomes("Den vanligste avgjørelsen var at det var grunnlag for kritikk.")
    assert (o.kind, o.status) == ("rang", FALSE)


def test_a_share_no_word_names_is_open_for_a_direction_too():
    [o] = outcomes("Andelen falt.")
    assert (o.kind, o.status) == ("retning", OPEN)
    [o] = outcomes("Andelen besvart innen fristen økte.")  # named: the share within the deadline
    assert (o.kind, o.status) == ("retning", OK)


@pytest.mark.parametrize(
    ("uheldig", "status"), [(60, OK), (52, OK), (50, FALSE), (68, OK), (70, FALSE)]
)
def test_times_as_many_of_one_category_as_another_compares_the_two(uheldig, status):
    # kritikk 20: three times within toleranse.faktor (15 % of 3): [51, 69]
    [o] = outcomes(
        "Det var tre ganger så mange uheldig-saker som kritikk-saker.",
        decisions__uheldig__count=uheldig,
        decisions__kritikk__count=20,
    )
    assert (o.kind, o.status) == ("retning", status)
    assert o.about == "decisions.uheldig.count"


def test_times_as_many_as_a_year_is_still_the_year():
    [o] = outcomes("Det var dobbelt så mange klager om adferd som om maktmisbruk.")
    assert (o.status, o.about) == (FALSE, "grounds.adferd.count")  # 75 against 12


@pytest.mark.parametrize(
    "line",
    ["Sammenlignet med 2015 er antallet klager mer enn doblet.",
     "Antallet klager er mer enn doblet i forhold til 2015."],
)  # fmt: skip
def test_sammenlignet_med_a_year_is_the_base_of_a_change(line):
    [o] = outcomes(line)
    assert (o.kind, o.status) == ("retning", OK)
    assert o.about == "decided.total i 2015 = 86, decided.total = 211"
    [o] = outcomes(line.replace("mer enn doblet", "halvert"))
    assert (o.kind, o.status) == ("retning", FALSE)


# ---------------------------------------------------------------- kontroll18's first contact


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.code, f.severity) for f in cc.problems(cc.findings({"tekst": text}))]


def test_a_sentence_naming_an_own_place_with_numbers_needs_a_signoff_at_the_place():
    found = cc.problems(
        cc.findings(
            {
                "tekst": "Stovner og Grønland fikk til sammen "
                "{{< var units.gronland_politistasjon.count >}} klager."
            }
        )
    )
    [item] = found
    # at the place in the stretch with the number («Stovner» stands alone before «og»)
    assert (item.code, item.severity, item.col) == ("needs-signoff", "warning", 12)
    assert item.message.startswith("«Grønland» er et sted i distriktet, ikke en enhet på listen")
    assert item.file == "generelt.md" and item.value  # keyed to the sentence for a sign-off
    # a verified statement beside a place is open too
    assert _found("Klagene mot politiet i Asker og Bærum økte kraftig.") == [
        ("needs-signoff", "warning")
    ]
    # a unit's own name is the unit; a place in a sentence without numbers is prose
    assert (
        _found("Grønland politistasjon fikk {{< var units.gronland_politistasjon.count >}} klager.")
        == []
    )
    assert _found("Politiet på Grønland har lange tradisjoner.") == []
    # nor a place in a stretch with only a year's placeholder (the shipped pass.md)
    assert (
        _found(
            "Det ble implementert nytt bookingsystem november {{< var year.current >}}, og "
            "kontorene i Sandvika og Grønland måtte stenges noen dager."
        )
        == []
    )


def test_a_place_after_og_goes_on_with_the_stretch_before_it():
    [o] = outcomes("Klagene mot politiet i Asker og Bærum økte kraftig.")
    assert (o.kind, o.status) == ("retning", OK)  # read as the district's: the place opens it
    assert outcomes("Arbeidet i Asker og Bærum økte.") == []  # the stretch before names no data


@pytest.mark.parametrize(("last", "status"), [("2019-12-31", OK), ("2020-01-01", FALSE)])
def test_innen_utgangen_av_aret_is_the_report_years_last_day(last, status):
    [o] = outcomes(
        "Alle klagene fra {{< var year.current >}} var avsluttet innen utgangen av året.",
        received__all_decided_by=last,
    )
    assert (o.kind, o.status) == ("alle", status)


def test_a_series_extreme_in_a_clause_of_another_year_is_the_wrong_value():
    [o] = outcomes(
        "I {{< var year.minus12 >}} ble det behandlet {{< var development.max >}} saker."
    )
    assert (o.kind, o.status) == ("nivå", FALSE)
    assert o.detail.endswith("setningen gjelder 2007, verdien er fra 2019 (development.max_year)")
    assert (
        outcomes("I {{< var year.current >}} ble det behandlet {{< var development.max >}} saker.")
        == []
    )


def test_a_streak_is_about_years_of_data_whatever_its_subject():
    # «ventetiden» names no value, but «for tredje år på rad» says three years of changes
    assert _found("Ventetiden har gått ned for tredje år på rad.") == [("needs-signoff", "warning")]
    assert _found("Ventetiden har gått ned.") == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # «innen 15 dager» with a deadline of 28 and no «frist»: a span of its own (no value)
        ("Halvparten av sakene fikk svar innen 15 dager.", ["needs-signoff", "needs-signoff"]),
        ("Nesten ni av ti fikk svar innen 25 dager.", ["needs-signoff", "needs-signoff"]),
        # near the deadline's number (within 10 %): the deadline, mistyped
        ("Nesten ni av ti fikk svar innen 30 dager.", ["needs-signoff", "typed-number"]),
        # the deadline's own number, or «frist» named: the deadline
        ("Nesten ni av ti fikk svar innen 28 dager.", ["needs-signoff", "typed-value"]),
        (
            "Svarfristen er 28 dager, men noen fikk svar innen 30 dager.",
            ["typed-value", "typed-number"],
        ),
    ],
)
def test_innen_n_dager_is_the_deadline_only_at_its_number_or_with_frist(text, codes):
    assert [code for code, _ in _found(text)] == codes


def test_a_share_within_the_deadlines_days_is_the_share_within_the_deadline():
    [o] = outcomes("Andelen som fikk svar innen 28 dager falt.")
    assert (o.kind, o.status) == ("retning", FALSE)  # 87 % to 88 %
    [o] = outcomes("Andelen som fikk svar innen 15 dager falt.")
    assert (o.kind, o.status) == ("retning", OPEN)


def test_own_places_are_the_reports_districts_not_oslos():
    # Bergen is Vest's own (leksikon.yml `steder`): a place, not a unit of Vest's list
    vest = {"rapport": "vest-2019"}
    found = cc.problems(
        cc.findings({**vest, "tekst": "I Bergen mottok vi {{< var received.total >}} klager."})
    )
    assert [(f.code, f.message[:8]) for f in found] == [("needs-signoff", "«Bergen»")]
    # in Oslo's report Bergen is another district's town, the other-district finding
    found = cc.problems(
        cc.findings({"tekst": "I Bergen mottok vi {{< var received.total >}} klager."})
    )
    assert [f.code for f in found] == ["other-district"]
