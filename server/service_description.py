"""The SPARQL service description (with VoID statistics), answered on GET /sparql without a query.

It tells clients what the endpoint supports: languages, result formats, the
union default graph, federation, and how big the data is. Built from
pyoxigraph terms and serialised by pyoxigraph, like every RDF answer here.
"""
from __future__ import annotations

from fastapi import Request
from pyoxigraph import BlankNode, Literal, NamedNode, Triple, serialize
from starlette.responses import RedirectResponse, Response

from server.engine import QueryEngine
from server.formats import GRAPH, negotiate, parse_media_type
from server.worker import RDF_FORMATS

_SD = "http://www.w3.org/ns/sparql-service-description#"
_VOID = "http://rdfs.org/ns/void#"
_FORMATS = "http://www.w3.org/ns/formats/"
_RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_XSD_INTEGER = NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_PREFIXES = {"sd": _SD, "void": _VOID, "formats": _FORMATS}
_RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                   "Turtle", "N-Triples", "RDF_XML", "JSON-LD", "N-Quads", "TriG")


def sd(name: str) -> NamedNode:
    return NamedNode(_SD + name)


def void(name: str) -> NamedNode:
    return NamedNode(_VOID + name)


def _count(value: int) -> Literal:
    return Literal(str(value), datatype=_XSD_INTEGER)


async def describe(request: Request) -> Response:
    """The description in a negotiated RDF format; a browser asking for HTML is sent to the UI."""
    accept = request.headers.get("accept", "")
    fmt = request.query_params.get("format")
    if not fmt and _prefers_html(accept):
        return RedirectResponse("/", status_code=303)
    chosen = negotiate(GRAPH, accept, fmt)
    engine: QueryEngine = request.app.state.engine
    endpoint = NamedNode(str(request.url.replace(query="", fragment="")))
    triples = service_triples(endpoint, engine.writable, await engine.stats())
    body = serialize(triples, format=RDF_FORMATS[chosen.name], prefixes=_PREFIXES)
    return Response(body, media_type=chosen.content_type, headers={"Vary": "Accept"})


def _prefers_html(accept: str) -> bool:
    return any(parse_media_type(item)[0] in ("text/html", "application/xhtml+xml") for item in accept.split(","))


def service_triples(endpoint: NamedNode, writable: bool, stats: dict) -> list[Triple]:
    service = BlankNode()
    dataset = BlankNode()
    default_graph = BlankNode()
    triples = [
        Triple(service, _RDF_TYPE, sd("Service")),
        Triple(service, sd("endpoint"), endpoint),
        Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        Triple(service, sd("feature"), sd("BasicFederatedQuery")),
        Triple(service, sd("defaultEntailmentRegime"), NamedNode("http://www.w3.org/ns/entailment/Simple")),
        Triple(service, sd("defaultDataset"), dataset),
        Triple(dataset, _RDF_TYPE, sd("Dataset")),
        Triple(dataset, _RDF_TYPE, void("Dataset")),
        Triple(dataset, void("sparqlEndpoint"), endpoint),
        Triple(dataset, sd("defaultGraph"), default_graph),
        Triple(default_graph, _RDF_TYPE, sd("Graph")),
        Triple(default_graph, void("triples"), _count(stats["triples"])),
        Triple(dataset, void("triples"), _count(stats["quads"])),
        Triple(dataset, void("distinctSubjects"), _count(stats["subjects"])),
        Triple(dataset, void("distinctObjects"), _count(stats["objects"])),
        Triple(dataset, void("classes"), _count(len(stats["classes"]))),
        Triple(dataset, void("properties"), _count(len(stats["properties"]))),
        Triple(dataset, void("documents"), _count(stats["graphs"])),
    ]
    if writable:
        triples.append(Triple(service, sd("supportedLanguage"), sd("SPARQL11Update")))
    triples += [Triple(service, sd("resultFormat"), NamedNode(_FORMATS + name)) for name in _RESULT_FORMATS]
    triples += _partitions(dataset, "classPartition", "class", "entities", stats["classes"])
    triples += _partitions(dataset, "propertyPartition", "property", "triples", stats["properties"])
    return triples


def _partitions(dataset: BlankNode, link: str, key: str, measure: str, rows: list) -> list[Triple]:
    triples: list[Triple] = []
    for iri, count in rows:
        node = BlankNode()
        triples += [Triple(dataset, void(link), node), Triple(node, void(key), NamedNode(iri)),
                    Triple(node, void(measure), _count(count))]
    return triples
