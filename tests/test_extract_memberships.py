"""The `memberships` component: stated memberships, chairs, groupings and parties; not future ones."""
from __future__ import annotations

import pytest

from kg.model import Article
from kg.nlp.pipeline import Pipeline

RUSSIA, CHINA, POLAND, HUNGARY, FRANCE, GERMANY = "Q159", "Q148", "Q36", "Q28", "Q142", "Q183"
NATO, BRICS, SCO, UN, EU, G20 = "Q7184", "Q243630", "Q485207", "Q1065", "Q458", "Q19771"
MERZ = "Q566257"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(names=["segmenter", "tagger", "actors", "memberships"])


def memberships(pipeline: Pipeline, text: str, lang: str = "de") -> set[tuple[str, str]]:
    extraction = pipeline(Article(id="t", text=text, lang=lang, source="test"))
    return {(m.member, m.organization) for m in extraction.memberships}


def labelled(pipeline: Pipeline, text: str, lang: str = "de") -> set[tuple[str, str]]:
    extraction = pipeline(Article(id="t", text=text, lang=lang, source="test"))
    labels = {a.key: a.label for a in extraction.actors}
    return {(labels[m.member], labels[m.organization]) for m in extraction.memberships}


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Polen und Ungarn sind Mitglieder der Nato.", {(POLAND, NATO), (HUNGARY, NATO)}),
    ("de", "Polen ist seit 1999 Mitglied der Nato.", {(POLAND, NATO)}),
    ("de", "Die Nato-Mitglieder Frankreich und Deutschland stimmten zu.", {(FRANCE, NATO), (GERMANY, NATO)}),
    ("de", "Frankreich, ein Mitgliedstaat der EU, stimmte dagegen.", {(FRANCE, EU)}),
    ("en", "Poland and Hungary are members of NATO.", {(POLAND, NATO), (HUNGARY, NATO)}),
    ("en", "NATO member states such as France and Poland agreed.", {(FRANCE, NATO), (POLAND, NATO)}),
    ("en", "France, a member of the European Union, objected.", {(FRANCE, EU)}),
])
def test_stated_membership(pipeline, lang, text, expected):
    assert memberships(pipeline, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Russland übernahm Anfang des Jahres den rotierenden Vorsitz der BRICS.", {(RUSSIA, BRICS)}),
    ("de", "Russland hat derzeit den BRICS-Vorsitz inne.", {(RUSSIA, BRICS)}),
    ("en", "Russia took over the rotating chair of BRICS in January.", {(RUSSIA, BRICS)}),
    ("en", "Brazil holds the presidency of the G20 this year.", {("Q155", G20)}),
])
def test_chairing_a_body_is_membership(pipeline, lang, text, expected):
    assert memberships(pipeline, text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    ("de", "Sowohl Peking als auch Moskau haben in Foren wie den Vereinten Nationen ihre Koordinierung verstärkt "
           "und Gruppierungen gebildet, in denen sie Einfluss haben, wie BRICS und die SOZ."),
    ("en", "Both Beijing and Moscow have built groupings where they hold sway, such as BRICS and the SCO."),
])
def test_groupings_listed_after_such_as_have_the_subjects_as_members(pipeline, lang, text):
    assert memberships(pipeline, text, lang) == {(CHINA, BRICS), (RUSSIA, BRICS), (CHINA, SCO), (RUSSIA, SCO)}


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Friedrich Merz (CDU) sprach im Bundestag.", {("Friedrich Merz", "CDU")}),
    ("de", "Die Abgeordnete Jana Kowalczyk (BSW) stimmte dagegen.", {("Jana Kowalczyk", "BSW")}),
    ("de", "Der CDU-Politiker Friedrich Merz widersprach.", {("Friedrich Merz", "CDU")}),
])
def test_party_membership(pipeline, lang, text, expected):
    assert labelled(pipeline, text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    ("de", "Die Ukraine will Mitglied der Nato werden."),
    ("de", "Die Ukraine ist kein Mitglied der Nato."),
    ("de", "Saudi-Arabien soll künftig Mitglied der BRICS werden."),
    ("de", "China und Russland arbeiten in Foren wie den Vereinten Nationen zusammen."),
    ("de", "Die BRICS-Staaten und die SOZ haben ihre Mitgliedschaft erweitert."),
    ("en", "Ukraine wants to become a member of NATO."),
    ("en", "Ukraine is not a member of NATO."),
    ("en", "Saudi Arabia is a candidate member of BRICS."),
])
def test_no_membership_when_not_stated_or_not_yet(pipeline, lang, text):
    assert memberships(pipeline, text, lang) == set()


def test_membership_evidence_covers_member_cue_and_body(pipeline):
    text = "Heute gilt: Polen ist Mitglied der Nato."
    extraction = pipeline(Article(id="t", text=text, lang="de", source="test"))
    (membership,) = extraction.memberships
    (evidence,) = membership.evidence
    assert text[evidence.start:evidence.end] == "Polen ist Mitglied der Nato"


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Finnland trat 2023 der Nato bei.", {("Q33", NATO)}),
    ("de", "Schweden ist der Nato im März beigetreten.", {("Q34", NATO)}),
    ("en", "Finland joined NATO in 2023.", {("Q33", NATO)}),
    ("en", "Poland, a member of NATO and the EU, called for sanctions.", {(POLAND, NATO), (POLAND, EU)}),
    ("de", "Die Ukraine will der Nato beitreten.", set()),
    ("en", "Ukraine wants to join NATO.", set()),
])
def test_joining_and_lists_of_bodies(pipeline, lang, text, expected):
    assert memberships(pipeline, text, lang) == expected
