"""The vocabulary terms the mapper writes, defined once.

`DIP` is the project's ontology (`ontology/diplomacy.ttl`); every other prefix
is an established vocabulary the ontology reuses (see `ontology/README.md`).
Terms are pyoxigraph `NamedNode`s so no RDF is ever built by string gluing.
"""
from __future__ import annotations

from pyoxigraph import NamedNode

ONTOLOGY = "https://w3id.org/diplomacy-kg/ontology#"
DATA = "https://w3id.org/diplomacy-kg/id/"
WIKIDATA = "http://www.wikidata.org/entity/"

PREFIXES: dict[str, str] = {
    "dip": ONTOLOGY,
    "id": DATA,
    "wd": WIKIDATA,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "https://schema.org/",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "prov": "http://www.w3.org/ns/prov#",
    "time": "http://www.w3.org/2006/time#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "org": "http://www.w3.org/ns/org#",
    "dcterms": "http://purl.org/dc/terms/",
}


class _Namespace:
    """A closed namespace: asking for a term that is not declared is an error, not a typo in the graph."""

    def __init__(self, base: str, names: str) -> None:
        self._base = base
        self._names = frozenset(names.split())

    def __getattr__(self, name: str) -> NamedNode:
        if name not in self._names:
            raise AttributeError(f"{self._base}{name} is not a declared term")
        return NamedNode(self._base + name)

    def __getitem__(self, name: str) -> NamedNode:
        return self.__getattr__(name)


DIP = _Namespace(ONTOLOGY, """
    Actor Person State Organization Place Agreement Article
    Event PhoneCall VideoCall Meeting Visit Summit Negotiation Interview
    Statement Role Membership EventStatus happened planned Component
    articleId mentionedIn participant place date status
    speaker quote direct person roleTitle roleOf member organization
    party expires evidence sentenceIndex component
""")
RDF = _Namespace(PREFIXES["rdf"], "type")
RDFS = _Namespace(PREFIXES["rdfs"], "label comment")
OWL = _Namespace(PREFIXES["owl"], "sameAs")
XSD = _Namespace(PREFIXES["xsd"], "string boolean integer date gYear gYearMonth gMonth gDay nonNegativeInteger dateTime")
SKOS = _Namespace(PREFIXES["skos"], "altLabel prefLabel")
SCHEMA = _Namespace(PREFIXES["schema"], "headline url datePublished inLanguage text eventStatus EventScheduled")
PROV = _Namespace(PREFIXES["prov"], "wasDerivedFrom wasAttributedTo SoftwareAgent")
TIME = _Namespace(PREFIXES["time"], "hasTime DateTimeDescription unitType unitDay unitMonth unitYear year month day")
NIF = _Namespace(PREFIXES["nif"], "String OffsetBasedString Context beginIndex endIndex anchorOf referenceContext")
