"""The ontology parses, declares exactly the terms the mapper writes, in English and German, and codes event types."""
from __future__ import annotations

from pathlib import Path

import owlrl
import pytest
from pyoxigraph import NamedNode, Quad, RdfFormat, serialize
from pyoxigraph import parse as ox_parse
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg import resources
from kg.model import (
    Actor, ActorType, Agreement, Article, Event, EventStatus, EventType, Evidence, Extraction, Membership,
    PartialDate, Role, Statement,
)
from kg.rdf.mapping import to_quads
from kg.rdf.terms import DIP, ONTOLOGY, PREFIXES
from kg.rdf.terms import RDF as OX_RDF

SCHEMA = PREFIXES["schema"]
CORE_VOCABULARIES = tuple(PREFIXES[p] for p in ("rdf", "rdfs", "owl", "xsd"))
# Every external term the ontology uses, each checked against its vocabulary's specification.
KNOWN_EXTERNAL = {
    SCHEMA + t for t in ("Person", "Country", "Organization", "Place", "NewsArticle", "Event", "identifier",
                         "mentions", "eventAttendanceMode", "OnlineEventAttendanceMode",
                         "OfflineEventAttendanceMode")
} | {
    PREFIXES["sem"] + t for t in ("Actor", "Place", "Event", "hasActor", "hasPlace", "hasTimeStamp")
} | {
    PREFIXES["prov"] + t for t in ("Person", "Entity", "SoftwareAgent")
} | {
    PREFIXES["nif"] + t for t in ("Context", "String", "OffsetBasedString")
} | {
    PREFIXES["org"] + t for t in ("Organization", "Membership", "member", "organization")
} | {
    PREFIXES["skos"] + t for t in ("Concept", "ConceptScheme", "prefLabel", "inScheme", "topConceptOf",
                                   "hasTopConcept", "notation", "scopeNote")
} | {
    PREFIXES["dcterms"] + t for t in ("title", "description", "license")
} | {
    "http://purl.org/vocab/vann/preferredNamespacePrefix", "http://purl.org/vocab/vann/preferredNamespaceUri",
    "https://www.apache.org/licenses/LICENSE-2.0", "https://github.com/openeventdata/PLOVER",
    "https://w3id.org/diplomacy-kg/ontology",
}
DECLARATION_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual)
ABSTRACT = {"Actor", "Event", "EventStatus"}  # declared for structure; the mapper writes only their subclasses


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(resources.ontology_path(), format="turtle")


def _dip(name: str) -> URIRef:
    return URIRef(ONTOLOGY + name)


def _declared(ontology: Graph) -> set[str]:
    """Local names of the dip: classes, properties and individuals (not the SKOS scheme or datatypes)."""
    return {str(s)[len(ONTOLOGY):] for t in DECLARATION_TYPES for s in ontology.subjects(RDF.type, t)
            if str(s).startswith(ONTOLOGY)}


def _languages(ontology: Graph, subject: URIRef, predicate: URIRef) -> set[str | None]:
    return {o.language for o in ontology.objects(subject, predicate) if isinstance(o, Literal)}


def _codes(ontology: Graph, concept: URIRef, datatype: str) -> set[str]:
    return {str(o) for o in ontology.objects(concept, SKOS.notation)
            if isinstance(o, Literal) and o.datatype == _dip(datatype)}


def test_the_ontology_parses_with_both_rdf_libraries(ontology: Graph) -> None:
    assert len(ontology) == len(list(ox_parse(path=str(resources.ontology_path()))))
    header = URIRef("https://w3id.org/diplomacy-kg/ontology")
    assert (header, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(header, OWL.versionInfo) is not None
    assert ontology.value(header, URIRef(PREFIXES["dcterms"] + "license")) == \
        URIRef("https://www.apache.org/licenses/LICENSE-2.0")


def test_the_shapes_parse() -> None:
    assert len(Graph().parse(resources.shapes_path(), format="turtle")) > 100


def test_every_term_in_the_code_is_declared_and_nothing_else(ontology: Graph) -> None:
    assert _declared(ontology) == set(DIP._names)  # the closed namespace of kg/rdf/terms.py


@pytest.mark.parametrize("name", sorted(DIP._names))
def test_every_term_has_english_and_german_label_and_comment(ontology: Graph, name: str) -> None:
    for predicate in (RDFS.label, RDFS.comment):
        assert {"en", "de"} <= _languages(ontology, _dip(name), predicate), (name, predicate)


def test_every_class_property_and_datatype_of_the_ontology_is_bilingual(ontology: Graph) -> None:
    kinds = (*DECLARATION_TYPES, RDFS.Datatype, SKOS.Concept, SKOS.ConceptScheme)
    terms = {s for kind in kinds for s in ontology.subjects(RDF.type, kind) if isinstance(s, URIRef)}
    assert all(str(t).startswith(ONTOLOGY) for t in terms), "the ontology declares only its own terms"
    missing = [(str(t), str(p)) for t in terms for p in (RDFS.label, RDFS.comment)
               if not {"en", "de"} <= _languages(ontology, t, p)]
    assert missing == []


def test_only_known_external_terms_are_used(ontology: Graph) -> None:
    used = {str(node) for triple in ontology for node in triple if isinstance(node, URIRef)}
    external = {iri for iri in used if not iri.startswith(ONTOLOGY) and not iri.startswith(CORE_VOCABULARIES)}
    assert external - KNOWN_EXTERNAL == set()


def test_model_types_are_subclasses_of_actor_and_event(ontology: Graph) -> None:
    for actor_type in ActorType:
        assert (_dip(actor_type.value), RDFS.subClassOf, _dip("Actor")) in ontology
    for event_type in EventType:
        assert (_dip(event_type.value), RDFS.subClassOf, _dip("Event")) in ontology
    for status in EventStatus:
        assert (_dip(status.value), RDF.type, _dip("EventStatus")) in ontology


@pytest.mark.parametrize("name", ["PhoneCall", "VideoCall"])
def test_calls_are_online_events(ontology: Graph, name: str) -> None:
    restrictions = [r for r in ontology.objects(_dip(name), RDFS.subClassOf)
                    if ontology.value(r, OWL.onProperty) == URIRef(SCHEMA + "eventAttendanceMode")]
    assert [ontology.value(r, OWL.hasValue) for r in restrictions] == [URIRef(SCHEMA + "OnlineEventAttendanceMode")]


@pytest.mark.parametrize(("concept", "cameo", "plover", "mode"), [
    ("PhoneCall", {"041"}, {"CONSULT"}, {"phone"}),
    ("Visit", {"042", "043"}, {"CONSULT"}, {"visit", "host"}),
    ("Meeting", {"040"}, {"CONSULT"}, set()),
    ("Negotiation", {"046"}, {"CONSULT"}, set()),
    ("Statement", {"010"}, set(), set()),
    ("Signing", {"057"}, {"SUPPORT"}, set()),
    ("planned", {"036"}, {"AGREE"}, set()),
])
def test_the_event_type_scheme_has_cameo_and_plover_codes(ontology: Graph, concept: str, cameo: set[str],
                                                          plover: set[str], mode: set[str]) -> None:
    node = _dip(concept)
    assert (node, RDF.type, SKOS.Concept) in ontology
    assert (node, SKOS.inScheme, _dip("EventTypes")) in ontology
    assert (_codes(ontology, node, "cameoCode"), _codes(ontology, node, "ploverCode"),
            _codes(ontology, node, "ploverMode")) == (cameo, plover, mode)


def test_every_event_class_is_a_concept_of_the_scheme(ontology: Graph) -> None:
    top = set(ontology.objects(_dip("EventTypes"), SKOS.hasTopConcept))
    assert {_dip(t.value) for t in EventType} <= top
    assert {c for c in top if (c, SKOS.inScheme, _dip("EventTypes")) not in ontology} == set()


def _everything() -> Extraction:
    """One extraction that makes the mapper write every kind of triple it knows."""
    text = "Ein Satz über alle, die es gibt."
    ev = (Evidence(0, 4, 0, "test"),)
    actors = tuple(Actor(f"{t.value} x", f"{t.value} X", t, evidence=ev) for t in ActorType)
    key = {t: f"{t.value} x" for t in ActorType}
    events = tuple(Event(t, (key[ActorType.PERSON], key[ActorType.STATE]), ev, place=key[ActorType.PLACE],
                         date=PartialDate(2026, 2), status=s)
                   for t in EventType for s in EventStatus)
    return Extraction(
        article=Article("everything", text, "de", "everything.txt", title="Alles", url="https://example.org/a",
                        published=PartialDate(2026)),
        actors=actors, events=events,
        statements=(Statement(key[ActorType.PERSON], "Satz", True, ev),),
        roles=(Role(key[ActorType.PERSON], "Präsident", key[ActorType.STATE], ev),),
        memberships=(Membership(key[ActorType.STATE], key[ActorType.ORGANIZATION], ev),),
        agreements=(Agreement(key[ActorType.AGREEMENT], (key[ActorType.STATE],), ev, PartialDate(2030, 1, 1)),),
    )


def test_the_mapper_writes_exactly_the_declared_terms(ontology: Graph) -> None:
    used: set[str] = set()
    for quad in to_quads(_everything()):
        used.update(n.value[len(ONTOLOGY):] for n in (quad.predicate, quad.object)
                    if isinstance(n, NamedNode) and n.value.startswith(ONTOLOGY))
    assert used == _declared(ontology) - ABSTRACT


def _owl_rl_errors(ontology: Graph, quads: list[Quad]) -> list[str]:
    """Inconsistencies OWL 2 RL reasoning finds in the ontology plus an article graph.

    owlrl's "improved" datatype handling misreads xsd:gMonth "--02" (as OWL-Time's time:month uses it), so it is off.
    """
    graph = Graph().parse(data=ontology.serialize(format="nt") + _ntriples(quads), format="nt")
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, improved_datatypes=False).expand(graph)
    errors = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")
    return [str(message) for message in graph.objects(None, errors.error)]


def _ntriples(quads: list[Quad]) -> str:
    return serialize([q.triple for q in quads], format=RdfFormat.N_TRIPLES).decode()


def test_an_article_graph_is_consistent_with_the_ontology_and_a_contradiction_is_not(ontology: Graph) -> None:
    quads = to_quads(_everything())
    assert _owl_rl_errors(ontology, quads) == []
    event = next(q.subject for q in quads if q.predicate == OX_RDF.type and q.object == DIP.Meeting)
    both = [*quads, Quad(event, DIP.status, DIP.happened), Quad(event, DIP.status, DIP.planned)]
    assert _owl_rl_errors(ontology, both) != []


def test_data_dirs_are_found_in_the_checkout() -> None:
    assert resources.ontology_path().is_file() and resources.shapes_path().is_file()
    assert resources.queries_dir().is_dir()
    assert resources.ontology_path().parent == resources.ontology_dir()


def test_data_dirs_prefer_the_installed_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    installed = tmp_path / "kg" / "_data" / "ontology"
    installed.mkdir(parents=True)
    monkeypatch.setattr(resources, "_PACKAGE", tmp_path / "kg")
    assert resources.ontology_dir() == installed
    with pytest.raises(FileNotFoundError, match="queries data directory is missing"):
        resources.queries_dir()
