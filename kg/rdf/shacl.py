"""SHACL validation of article graphs against `ontology/shapes.ttl`.

Each article graph is checked on its own, with the ontology mixed into the
data so that class targets follow its subclass axioms (a dip:PhoneCall is a
dip:Event) without running an inference engine. Shapes and ontology are
parsed once per process; a graph is handed from pyoxigraph to rdflib as
N-Triples, the fastest route between the two libraries.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

import pyshacl
from pyoxigraph import NamedNode, Quad, RdfFormat, serialize
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

from kg import resources
from kg.rdf import iris
from kg.rdf.terms import PREFIXES
from kg.store import GraphStore

_MAX_VALUE_CHARS = 80


@dataclass(frozen=True)
class Violation:
    """One failed constraint: the node, the property path (if any), a message a user can act on."""

    focus: str
    path: str | None
    message: str
    severity: str
    graph: str | None = None
    value: str | None = None


def validate_graph(quads: Iterable[Quad]) -> list[Violation]:
    """Violations of one article graph (graph names of the quads are ignored), sorted; empty if it conforms.

    Two constraints of one shape that fail on the same value give the same message; it is reported once.
    """
    data = _data_graph(quads)
    conforms, report, _ = pyshacl.validate(data, shacl_graph=_shapes(), inference="none", inplace=True)
    if conforms:
        return []
    return sorted(set(_violations(report)), key=lambda v: (v.focus, v.path or "", v.message, v.value or ""))


def validate_store(store: GraphStore) -> list[Violation]:
    """Violations of every article graph in the store, each graph validated on its own."""
    found: list[Violation] = []
    for graph in _article_graphs(store):
        found.extend(replace(v, graph=graph.value) for v in validate_graph(store.graph_quads(graph)))
    return found


def format_violation(v: Violation) -> str:
    """One readable line: `<graph> <focus>: message [found value] (path)`."""
    parts = [f"<{v.graph}>"] if v.graph else []
    parts.append(f"<{v.focus}>:")
    if v.severity != "Violation":
        parts.append(f"{v.severity}:")
    parts.append(v.message)
    if v.value is not None:
        parts.append(f"[found {v.value}]")
    if v.path:
        parts.append(f"({v.path})")
    return " ".join(parts)


@cache
def _shapes() -> Graph:
    return Graph().parse(resources.shapes_path(), format="turtle")


@cache
def _ontology() -> Graph:
    return Graph().parse(resources.ontology_path(), format="turtle")


@cache
def _prefixes() -> Graph:
    """An empty graph whose namespace manager knows the project's prefixes, for short path names."""
    graph = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def _data_graph(quads: Iterable[Quad]) -> Graph:
    """The article's triples plus the ontology, as a fresh rdflib graph pyshacl may use in place."""
    graph = Graph()
    for triple in _ontology():
        graph.add(triple)
    triples = [q.triple for q in quads]
    if triples:
        graph.parse(data=serialize(triples, format=RdfFormat.N_TRIPLES), format="nt")
    return graph


def _article_graphs(store: GraphStore) -> list[NamedNode]:
    """Graphs holding an article, plus any graph named like an article (so a damaged one is not skipped)."""
    base = iris.article("").value
    named = {g for g in store.store.named_graphs() if isinstance(g, NamedNode) and g.value.startswith(base)}
    return sorted(named | set(store.articles()), key=lambda g: g.value)


def _violations(report: Graph) -> list[Violation]:
    return [_violation(report, result) for result in report.subjects(RDF.type, SH.ValidationResult)]


def _violation(report: Graph, result: URIRef | BNode) -> Violation:
    path = report.value(result, SH.resultPath)
    value = report.value(result, SH.value)
    severity = report.value(result, SH.resultSeverity)
    return Violation(
        focus=str(report.value(result, SH.focusNode)),
        path=_path(report, path) if path is not None else None,
        message=_message(report, result),
        severity=severity.split("#")[-1] if severity is not None else "Violation",
        value=_value(value) if value is not None else None,
    )


def _message(report: Graph, result: URIRef | BNode) -> str:
    """The English message of the shape, else any message pyshacl produced."""
    messages = [m for m in report.objects(result, SH.resultMessage) if isinstance(m, Literal)]
    english = [m for m in messages if m.language == "en"]
    chosen = english or [m for m in messages if not m.language] or messages
    return str(chosen[0]) if chosen else "does not conform to the shapes"


def _path(report: Graph, path: URIRef | BNode | Literal) -> str:
    if isinstance(path, URIRef):
        return _prefixes().namespace_manager.normalizeUri(path)
    inverse = report.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + _path(report, inverse)
    return "(complex path)"


def _value(value: URIRef | BNode | Literal) -> str:
    text = f"<{value}>" if isinstance(value, URIRef) else value.n3()
    return text if len(text) <= _MAX_VALUE_CHARS else text[: _MAX_VALUE_CHARS - 1] + "…"
