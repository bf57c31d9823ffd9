"""The `online` pipeline component against local servers that speak Wikidata's protocols."""
from __future__ import annotations

from pathlib import Path

from kg.linking.online import OnlineLinker
from kg.linking.relink import extract
from kg.model import ActorType, Article
from kg.nlp.doc import Doc, Mention
from kg.nlp.pipeline import Context
from wikidata_fakes import FakeWikidata, wikidata_client


def _doc(*actors: tuple[str, str, ActorType]) -> Doc:
    text = " ".join(label for _, label, _ in actors)
    doc = Doc(Article("t", text, "de", "test"))
    offset = 0
    for key, label, type_ in actors:
        doc.add_actor(key, label, type_, None)
        doc.add_mention(Mention(offset, offset + len(label), key, type_, 0, "actors"), label)
        offset += len(label) + 1
    return doc


def test_unlinked_actors_are_linked_and_rekeyed(wikidata: FakeWikidata, tmp_path: Path) -> None:
    doc = _doc(("person/putin", "Putin", ActorType.PERSON), ("person/unbekannt", "Unbekannt Niemand", ActorType.PERSON),
               ("person/peking", "Peking", ActorType.PERSON))
    with wikidata_client(wikidata, tmp_path) as client:
        extract(doc, Context(online=OnlineLinker(client)))
    assert doc.actors["Q7747"].wikidata == "Q7747" and "person/putin" not in doc.actors
    assert [m.key for m in doc.mentions] == ["Q7747", "person/unbekannt", "person/peking"]
    assert doc.actors["person/unbekannt"].wikidata is None
    assert doc.actors["person/peking"].wikidata is None  # Q956 is a place, not a person: left unlinked


def test_offline_context_changes_nothing() -> None:
    doc = _doc(("person/putin", "Putin", ActorType.PERSON))
    extract(doc, Context())
    assert list(doc.actors) == ["person/putin"]
