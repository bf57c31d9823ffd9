"""The `agreements` component: named treaties, their parties and expiry dates."""
from __future__ import annotations

import pytest

from kg.linking.registry import Registry
from kg.model import ActorType, Article, PartialDate
from kg.nlp.pipeline import Pipeline

RUSSIA, USA, UN_CHARTER = "Q159", "Q30", "Q171328"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(names=["segmenter", "tagger", "actors", "agreements"])


def new_start() -> str:
    return next(e.key for e in Registry.default().lookup("New START") if e.type == ActorType.AGREEMENT)


def agreements(pipeline: Pipeline, text: str, lang: str = "de", published: PartialDate | None = None):
    extraction = pipeline(Article(id="t", text=text, lang=lang, source="test", published=published))
    labels = {a.key: a.label for a in extraction.actors}
    return {labels[a.actor]: a for a in extraction.agreements}, extraction


@pytest.mark.parametrize("lang, text", [
    ("de", "Bei dem Vertrag handelt es sich um START-III, das letzte Abkommen zwischen Russland und den USA."),
    ("de", "Der New-START-Vertrag zwischen Russland und den USA begrenzt die Sprengköpfe."),
    ("en", "The New START treaty between Russia and the United States limits warheads."),
])
def test_a_registry_treaty_with_its_parties(pipeline, lang, text):
    found, extraction = agreements(pipeline, text, lang)
    (agreement,) = extraction.agreements
    assert agreement.actor == new_start()
    assert set(agreement.parties) == {RUSSIA, USA}


def test_the_un_charter_inside_a_compound(pipeline):
    _, extraction = agreements(pipeline, "Sie beriefen sich auf das Völkerrecht und die UN-Charta.")
    assert [(a.actor, a.parties) for a in extraction.agreements] == [(UN_CHARTER, ())]


@pytest.mark.parametrize("lang, text, label", [
    ("de", "Russland und die USA hatten den INF-Vertrag 1987 unterzeichnet.", "INF-Vertrag"),
    ("de", "Das Minsker Abkommen sollte den Krieg beenden.", "Minsker Abkommen"),
    ("de", "Der Vertrag von Lissabon trat 2009 in Kraft.", "Vertrag von Lissabon"),
    ("de", "Die Bedingungen des INF-Vertrags galten lange.", "INF-Vertrag"),
    ("en", "The Paris Agreement set a warming limit.", "Paris Agreement"),
    ("en", "The Treaty of Lisbon entered into force in 2009.", "Treaty of Lisbon"),
    ("en", "The Abraham Accords normalised relations.", "Abraham Accords"),
])
def test_named_treaties_unknown_to_the_registry(pipeline, lang, text, label):
    found, extraction = agreements(pipeline, text, lang)
    assert label in found
    actor = next(a for a in extraction.actors if a.label == label)
    assert (actor.type, actor.wikidata) == (ActorType.AGREEMENT, None)


@pytest.mark.parametrize("lang, text", [
    ("de", "Moskau will nach dem Auslaufen eines wichtigen Atomabkommens verantwortungsvoll handeln."),
    ("de", "Dieser Vertrag ist ein Erfolg. Das Abkommen gilt."),
    ("en", "The agreement was signed after the treaty talks."),
])
def test_generic_treaty_words_are_no_named_treaty(pipeline, lang, text):
    found, _ = agreements(pipeline, text, lang)
    assert found == {}


def test_signatories_are_the_parties(pipeline):
    found, _ = agreements(pipeline, "Russland und die USA unterzeichneten den INF-Vertrag im Dezember 1987.")
    assert set(found["INF-Vertrag"].parties) == {RUSSIA, USA}


@pytest.mark.parametrize("lang, text, published, expires", [
    ("de", "Der Vertrag heißt START-III. Dieser läuft am 5. Februar 2026 aus.", None, PartialDate(2026, 2, 5)),
    ("de", "START-III läuft am 5. Februar aus.", PartialDate(2026, 1, 20), PartialDate(2026, 2, 5)),
    ("en", "New START expires on February 5, 2026.", None, PartialDate(2026, 2, 5)),
])
def test_expiry_date(pipeline, lang, text, published, expires):
    _, extraction = agreements(pipeline, text, lang, published)
    (agreement,) = extraction.agreements
    assert agreement.expires == expires


def test_expiry_without_a_resolvable_year_stays_empty(pipeline):
    _, extraction = agreements(pipeline, "Der Vertrag heißt START-III. Dieser läuft am 5. Februar aus.")
    (agreement,) = extraction.agreements
    assert agreement.expires is None


def test_every_mention_is_evidence_of_one_agreement(pipeline):
    text = "START-III (New Strategic Arms Reduction Treaty) läuft aus. Über START-III wird verhandelt."
    _, extraction = agreements(pipeline, text)
    (agreement,) = extraction.agreements
    assert [text[e.start:e.end] for e in agreement.evidence] == [
        "START-III", "New Strategic Arms Reduction Treaty", "START-III"]


@pytest.mark.parametrize("lang, text, label, parties", [
    ("de", "Die Ukraine und die USA unterzeichneten das Rohstoffabkommen.", "Rohstoffabkommen", {"Q212", USA}),
    ("de", "Das Migrationsabkommen zwischen Italien und Albanien trat in Kraft.", "Migrationsabkommen",
     {"Q38", "Q222"}),
    ("de", "Frankreich und Polen haben das Verteidigungsabkommen ratifiziert.", "Verteidigungsabkommen",
     {"Q142", "Q36"}),
    ("de", "Die EU und der Mercosur haben das EU-Mercosur-Abkommen unterzeichnet.", "EU-Mercosur-Abkommen",
     {"Q458", "mercosur"}),
])
def test_a_definite_compound_treaty_that_is_signed_or_in_force(pipeline, lang, text, label, parties):
    found, _ = agreements(pipeline, text, lang)
    assert set(found[label].parties) == parties


@pytest.mark.parametrize("lang, text", [
    ("de", "Merz forderte ein Migrationsabkommen mit Marokko."),
    ("de", "Das Handelsabkommen sei eine gute Idee, sagte er."),
    ("de", "Das steht in der Kreml-Erklärung."),
    ("de", "Die Waffenruhe müsse kommen, sagte er."),
    ("en", "He called for a ceasefire."),
])
def test_a_wished_for_or_unspecific_deal_is_no_agreement(pipeline, lang, text):
    found, _ = agreements(pipeline, text, lang)
    assert found == {}


@pytest.mark.parametrize("lang, text, label", [
    ("de", "Die Waffenruhe im Gazastreifen trat am Sonntag in Kraft.", "Waffenruhe im Gazastreifen"),
    ("de", "Der Waffenstillstand in der Ukraine wurde gebrochen.", "Waffenstillstand in der Ukraine"),
    ("en", "The ceasefire in Gaza took effect on Sunday.", "ceasefire in Gaza"),
])
def test_a_ceasefire_where_it_holds_is_an_agreement(pipeline, lang, text, label):
    found, _ = agreements(pipeline, text, lang)
    assert label in found


@pytest.mark.parametrize("lang, text, label, parties", [
    ("en", "The Jeddah Declaration was signed by Sudan and South Sudan.", "Jeddah Declaration", {"Q1049", "Q958"}),
    ("de", "Die Dschidda-Erklärung wurde von Sudan und Südsudan unterzeichnet.", "Dschidda-Erklärung",
     {"Q1049", "Q958"}),
])
def test_a_declaration_named_for_a_place_with_its_passive_signatories(pipeline, lang, text, label, parties):
    found, _ = agreements(pipeline, text, lang)
    assert set(found[label].parties) == parties


@pytest.mark.parametrize("lang, text, label, parties", [
    ("en", "China and ASEAN signed the Declaration on the Conduct of Parties in the South China Sea in 2002.",
     "Declaration on the Conduct of Parties in the South China Sea", {"Q148", "Q7768"}),
    ("en", "The Agreement on Trade between Germany and France was signed.", "Agreement on Trade", {"Q183", "Q142"}),
])
def test_a_capitalised_treaty_title(pipeline, lang, text, label, parties):
    found, _ = agreements(pipeline, text, lang)
    assert set(found[label].parties) == parties


@pytest.mark.parametrize("text", [
    "The Agreement on Monday was signed.",
    "The Agreement between Germany and France was signed.",
])
def test_no_title_from_dates_or_parties(pipeline, text):
    found, _ = agreements(pipeline, text, "en")
    assert found == {}
