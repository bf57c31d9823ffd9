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


def label_of(pipeline: Pipeline, text: str, lang: str, published: PartialDate | None = None) -> set[tuple[str, str]]:
    """Roles as (person label, body label), for persons and bodies without a Wikidata id."""
    extraction = pipeline(Article(id="t", text=text, lang=lang, source="test", published=published))
    labels = {a.key: a.label for a in extraction.actors}
    return {(labels.get(r.person, r.person), labels.get(r.of, r.of)) for r in extraction.roles}


@pytest.mark.parametrize("lang, text, person, of", [
    ("de", "Außenminister Sergej Lawrow sprach lange.", LAVROV, RUSSIA),
    ("de", "US-Außenminister Marco Rubio reiste ab.", "Q324546", USA),
    ("de", "UN-Generalsekretär António Guterres warnte.", "Q311440", "Q1065"),
    ("en", "U.N. Secretary-General António Guterres called for access.", "Q311440", "Q1065"),
    ("en", "Narendra Modi, the Indian prime minister, attended.", "Q1058", "Q668"),
    ("de", "Der Präsident der Ukraine, Wolodymyr Selenskyj, sprach.", "Q3874799", "Q212"),
    ("en", "The President of Russia, Vladimir Putin, spoke.", PUTIN, RUSSIA),
    ("en", "Foreign Minister Wang Yi of China said no.", "Q701801", CHINA),
    ("de", "Der chinesische Staats- und Parteichef Xi Jinping sprach.", XI, CHINA),
])
def test_titles_with_their_state_in_any_position(pipeline, lang, text, person, of):
    assert (person, of) in roles(pipeline, text, lang, PartialDate(2026, 3))


def test_an_elided_compound_keeps_the_first_conjuncts_body(pipeline):
    """'Staats- und Parteichef': the demonym's state, not only the party of "Parteichef"."""
    assert roles(pipeline, "Der chinesische Staats- und Parteichef Xi Jinping sprach.") == {(XI, CHINA)}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Malaysia's Deputy Foreign Minister Lim Wei Han said no.", ("Lim Wei Han", "Malaysia")),
    ("de", "Der stellvertretende Außenminister Polens, Jan Kowalski, sprach.", ("Jan Kowalski", "Polen")),
    ("de", "Der russische Botschafter in Riad, Pawel Lebedinski, sprach.", ("Pawel Lebedinski", "Russland")),
    ("de", "Der deutsche Botschafter in Moskau, Alexander Lambsdorff, wurde einbestellt.",
     ("Alexander Lambsdorff", "Deutschland")),
    ("en", "Russia's ambassador to the UN, Vasily Nebenzya, objected.", ("Vasily Nebenzya", "Russia")),
    ("en", "The Polish ambassador to Germany, Jan Tombinski, was summoned.", ("Jan Tombinski", "Poland")),
    ("en", "EU trade commissioner Maroš Šefčovič said the gaps remain.",
     ("Maroš Šefčovič", "European Union")),
    ("de", "EU-Handelskommissar Maroš Šefčovič reiste an.", ("Maroš Šefčovič", "Europäische Union")),
    ("en", "Kenya's trade minister Lee Kinyanjui arrived.", ("Lee Kinyanjui", "Kenya")),
])
def test_deputies_posts_and_fields(pipeline, lang, text, expected):
    assert expected in label_of(pipeline, text, lang)


def test_an_ambassadors_post_is_not_whose_ambassador(pipeline):
    found = label_of(pipeline, "Der russische Botschafter in Riad, Pawel Lebedinski, sprach.", "de")
    assert ("Pawel Lebedinski", "Saudi-Arabien") not in found and ("Pawel Lebedinski", "Riad") not in found


def test_a_deputy_is_not_resolved_as_the_minister(pipeline):
    text = "Der stellvertretende Außenminister Sergej Rjabkow warnte. Der russische Außenminister sagte nichts."
    ryabkov = key_of("Sergej Rjabkow", ActorType.PERSON)
    doc = pipeline.doc(Article(id="t", text=text, lang="de", source="test", published=PartialDate(2026, 3)))
    assert ryabkov not in {m.key for m in doc.mentions if m.kind == "title"}
    assert [r.title for r in doc.roles if r.person == ryabkov] == ["stellvertretende Außenminister"]


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Kommissionspräsidentin Ursula von der Leyen warb für den Plan.", ("Q60772", "european-commission")),
    ("en", "European Commission President Ursula von der Leyen spoke.", ("Q60772", "european-commission")),
    ("de", "IAEA-Generaldirektor Rafael Grossi warnte.", ("rafael-grossi", "Q41984")),
    ("de", "Der Generaldirektor der IAEA, Rafael Grossi, warnte.", ("rafael-grossi", "Q41984")),
    ("de", "Sprecherin Maria Sacharowa sagte das.", ("maria-zakharova", "russian-foreign-ministry")),
])
def test_offices_in_organisations(pipeline, lang, text, expected):
    assert expected in roles(pipeline, text, lang, PartialDate(2026, 3))


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "In an interview with journalist Dana Levin of Israel's Channel 12, he said no.",
     ("Dana Levin", "Channel 12")),
    ("de", "ARD-Korrespondentin Anna Schmidt berichtete aus Kiew.", ("Anna Schmidt", "ARD")),
    ("en", "CNN reporter Jake Miller asked about the talks.", ("Jake Miller", "CNN")),
    ("de", "Die Leiterin der iranischen Atomenergieorganisation, Mina Rahimi, widersprach.",
     ("Mina Rahimi", "iranische Atomenergieorganisation")),
    ("en", "A spokesperson for Iran's foreign ministry, Esmaeil Baghaei, said no.",
     ("Esmaeil Baghaei", "Iranian Foreign Ministry")),
])
def test_posts_at_media_and_bodies(pipeline, lang, text, expected):
    assert expected in label_of(pipeline, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "The Russian journalist Dana Levin was detained."),
    ("de", "Die russische Journalistin Anna Schmidt wurde festgenommen."),
])
def test_a_journalists_nationality_is_no_employer(pipeline, lang, text):
    assert roles(pipeline, text, lang) == set()


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Außenminister Johann Wadephul traf seinen chinesischen Amtskollegen Wang Yi.",
     ("Wang Yi", "China", "Außenminister")),
    ("de", "Verteidigungsminister Boris Pistorius traf seinen polnischen Kollegen Marek Nowak.",
     ("Marek Nowak", "Polen", "Verteidigungsminister")),
    ("en", "His Indian counterpart, commerce minister Piyush Goyal, was upbeat.",
     ("Piyush Goyal", "India", "commerce minister")),
    ("en", "Foreign Secretary Yvette Cooper spoke with her Omani counterpart, Badr Albusaidi.",
     ("Badr Albusaidi", "Oman", "Foreign Secretary")),
])
def test_a_counterpart_holds_the_same_office_for_the_state_named(pipeline, lang, text, expected):
    extraction = pipeline(Article(id="t", text=text, lang=lang, source="test", published=PartialDate(2026, 3)))
    labels = {a.key: a.label for a in extraction.actors}
    assert expected in {(labels[r.person], labels[r.of], r.title) for r in extraction.roles}


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Die Außenminister Russlands und der USA berieten. Sergej Lawrow und Marco Rubio trafen sich in Riad.",
     {(LAVROV, RUSSIA), ("Q324546", USA)}),
    ("en", "The foreign ministers of Russia and the United States met. Sergey Lavrov and Marco Rubio talked.",
     {(LAVROV, RUSSIA), ("Q324546", USA)}),
    ("de", "Der russische Außenminister kam zuerst an. Danach traf Sergej Lawrow den Kronprinzen.",
     {(LAVROV, RUSSIA)}),
])
def test_the_registry_names_the_holders_of_an_office_the_text_gives_without_a_name(pipeline, lang, text, expected):
    assert roles(pipeline, text, lang, PartialDate(2026, 2)) == expected


def test_a_holder_the_registry_does_not_confirm_gets_no_role(pipeline):
    text = "Die Außenminister Russlands und der USA berieten. Wladimir Putin und Donald Trump schwiegen."
    assert roles(pipeline, text, "de", PartialDate(2026, 2)) == set()


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Bundeskanzler Friedrich Merz sprach. Deutschland werde helfen, sagte der CDU-Vorsitzende.",
     ("Q566257", "cdu")),
    ("en", "Defence Secretary John Healey signed the agreement.", ("john-healey", "Q145")),
    ("en", "Zelenskyy met Prime Minister Jonas Gahr Støre in Oslo.", ("jonas-gahr-store", "Q20")),
    ("de", "Ein Regierungssprecher sagte, man sei sich einig. Regierungssprecher Stefan Kornelius bestätigte.",
     ("stefan-kornelius", GERMANY)),
])
def test_roles_of_epithets_and_registry_office_holders(pipeline, lang, text, expected):
    assert expected in roles(pipeline, text, lang, PartialDate(2025, 10))
