"""The `roles` component: offices read from titles next to names, German and English."""
from __future__ import annotations

import pytest

from kg.linking.registry import Registry
from kg.model import ActorType, Article, PartialDate
from kg.nlp.pipeline import Pipeline

PUTIN, XI, TRUMP, RUSSIA, CHINA, USA, GERMANY = "Q7747", "Q15031", "Q22686", "Q159", "Q148", "Q30", "Q183"
SCHOLZ, LAVROV, FRANCE, NATO = "Q61053", "Q58217", "Q142", "Q7184"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(names=["segmenter", "tagger", "actors", "roles"])


def key_of(name: str, type_: ActorType) -> str:
    return next(e.key for e in Registry.default().lookup(name) if e.type == type_)


def roles(pipeline: Pipeline, text: str, lang: str = "de",
          published: PartialDate | None = None) -> set[tuple[str, str]]:
    extraction = pipeline(Article(id="t", text=text, lang=lang, source="test", published=published))
    return {(r.person, r.of) for r in extraction.roles}


def label_key(pipeline: Pipeline, text: str, label: str, lang: str) -> str:
    extraction = pipeline(Article(id="t", text=text, lang=lang, source="test"))
    return next(a.key for a in extraction.actors if a.label == label)


@pytest.mark.parametrize("lang, text, person, of", [
    ("de", "Der russische Präsident Wladimir Putin sprach lange.", PUTIN, RUSSIA),
    ("de", "Der chinesische Staatschef Xi Jinping lobte die Zusammenarbeit.", XI, CHINA),
    ("de", "Das sagte US-Präsident Donald Trump am Abend.", TRUMP, USA),
    ("de", "Chinas Präsident Xi Jinping reiste ab.", XI, CHINA),
    ("de", "Russlands Außenminister Sergej Lawrow traf ein.", LAVROV, RUSSIA),
    ("de", "Bundeskanzler Olaf Scholz reiste nach Paris.", SCHOLZ, GERMANY),
    ("de", "Sergej Lawrow, Außenminister Russlands, widersprach.", LAVROV, RUSSIA),
    ("de", "Emmanuel Macron, der Präsident von Frankreich, lud ein.", "Q3052772", FRANCE),
    ("de", "Im März unternahm Xi seine erste Auslandsreise als Präsident nach Moskau.", XI, CHINA),
    ("en", "Russian President Vladimir Putin spoke for an hour.", PUTIN, RUSSIA),
    ("en", "Chinese leader Xi Jinping praised the ties.", XI, CHINA),
    ("en", "Sergey Lavrov, the foreign minister of Russia, disagreed.", LAVROV, RUSSIA),
    ("en", "Russia's foreign minister Sergey Lavrov arrived.", LAVROV, RUSSIA),
    ("en", "German Chancellor Olaf Scholz travelled to Paris.", SCHOLZ, GERMANY),
])
def test_a_title_next_to_a_name_gives_a_role(pipeline, lang, text, person, of):
    assert (person, of) in roles(pipeline, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("de", '"Das ist gut", sagte der russische Berater des Präsidenten, Juri Uschakow.'),
    ("de", "Der Präsidentenberater Juri Uschakow bestätigte das."),
    ("en", "Russian presidential aide Yuri Ushakov confirmed it."),
    ("en", "Kremlin aide Yuri Ushakov confirmed it."),   # the registry records the post as Russia's
])
def test_an_adviser_to_the_president_belongs_to_the_state(pipeline, lang, text):
    assert roles(pipeline, text, lang) == {(key_of("Juri Uschakow", ActorType.PERSON), RUSSIA)}


@pytest.mark.parametrize("lang, text", [
    ("de", "Kreml-Sprecher Dmitri Peskow wies das zurück."),
    ("de", "Kremlsprecher Dmitri Peskow wies das zurück."),
    ("en", "Kremlin spokesman Dmitry Peskov denied it."),
])
def test_a_spokesperson_belongs_to_the_body_named_in_the_title(pipeline, lang, text):
    peskov = key_of("Dmitri Peskow", ActorType.PERSON)
    assert roles(pipeline, text, lang) == {(peskov, key_of("Kreml", ActorType.ORGANIZATION))}


@pytest.mark.parametrize("lang, text, label, of", [
    ("de", "Der französische Botschafter Jean Dufresne wurde einbestellt.", "Jean Dufresne", FRANCE),
    ("en", "French ambassador Jean Dufresne was summoned.", "Jean Dufresne", FRANCE),
])
def test_an_unknown_person_gets_the_role_the_text_gives(pipeline, lang, text, label, of):
    person = label_key(pipeline, text, label, lang)
    assert roles(pipeline, text, lang) == {(person, of)}


def test_a_title_resolved_to_a_person_gives_the_role(pipeline):
    text = "Wladimir Putin telefonierte mit Xi. Der russische Präsident sagte danach, es sei gut gewesen."
    assert roles(pipeline, text) == {(PUTIN, RUSSIA)}


@pytest.mark.parametrize("lang, text", [
    ("de", "Putin gab dem ehemaligen TV-Moderator Tucker Carlson ein Interview."),
    ("de", "Die Präsidenten trafen sich in Genf."),
    ("de", "Ein Sprecher sagte, Putin sei gesund."),
    ("en", "Putin gave an interview to the American host Tucker Carlson."),
    ("en", "The presidents met in Geneva."),
    ("en", "Russian opposition leader Alexei Navalny was jailed."),
])
def test_no_role_without_an_office_of_a_known_body(pipeline, lang, text):
    assert roles(pipeline, text, lang) == set()


def test_one_role_per_person_and_body(pipeline):
    text = "Der russische Präsident Wladimir Putin sprach. Später sagte Präsident Putin, Russland sei bereit."
    assert roles(pipeline, text) == {(PUTIN, RUSSIA)}


def test_role_evidence_points_at_the_title_and_the_name(pipeline):
    text = "Gestern sagte US-Präsident Donald Trump nichts."
    extraction = pipeline(Article(id="t", text=text, lang="de", source="test"))
    (role,) = extraction.roles
    (evidence,) = role.evidence
    assert text[evidence.start:evidence.end] == "US-Präsident Donald Trump"
    assert evidence.component == "roles"
