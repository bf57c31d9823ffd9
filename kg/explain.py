"""`kg explain`: every fact of one built article with the text it came from.

Reads the article's graph back from the store (not a re-run of the
pipeline), so it shows exactly what the build wrote: each fact, the component
that produced it, and its evidence sentence with the span highlighted.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode, Quad

from kg.errors import KgError
from kg.rdf import iris
from kg.rdf.terms import DIP, NIF, PROV, RDF, RDFS, SCHEMA
from kg.store import GraphStore

FACT_TYPES = ("PhoneCall", "VideoCall", "Meeting", "Visit", "Summit", "Negotiation", "Interview",
              "Statement", "Role", "Membership", "Agreement")
_FIELDS = {
    "participant": DIP.participant, "place": DIP.place, "date": DIP.date, "status": DIP.status,
    "speaker": DIP.speaker, "quote": DIP.quote, "direct": DIP.direct, "person": DIP.person,
    "title": DIP.roleTitle, "of": DIP.roleOf, "member": DIP.member, "organization": DIP.organization,
    "party": DIP.party, "expires": DIP.expires,
}


@dataclass(frozen=True)
class ExplainedFact:
    kind: str
    node: str
    fields: tuple[tuple[str, str], ...]
    components: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]


class _Graph:
    def __init__(self, quads: list[Quad]) -> None:
        self.quads = quads

    def objects(self, subject: NamedNode, predicate: NamedNode) -> list[NamedNode | Literal]:
        return sorted((q.object for q in self.quads if q.subject == subject and q.predicate == predicate), key=str)

    def subjects(self, predicate: NamedNode, obj: NamedNode) -> list[NamedNode]:
        return sorted({q.subject for q in self.quads if q.predicate == predicate and q.object == obj}, key=str)


def explain(store: GraphStore, article_id: str) -> tuple[str, list[ExplainedFact]]:
    """The article text and its facts, in text order."""
    graph = _Graph(store.graph_quads(iris.article(article_id)))
    if not graph.quads:
        raise KgError(f"no article with id {article_id!r} in the store (see `kg stats`)")
    text = next((o.value for o in graph.objects(iris.article(article_id), SCHEMA.text)), "")
    label = _labeller(graph)
    facts = [fact for kind in FACT_TYPES for fact in _facts(graph, kind, label)]
    return text, sorted(facts, key=lambda f: (f.spans[0] if f.spans else (len(text), 0), f.kind))


def _labeller(graph: _Graph) -> Callable[[NamedNode | Literal], str]:
    def label(term: NamedNode | Literal) -> str:
        if isinstance(term, Literal):
            return term.value
        names = graph.objects(term, RDFS.label)
        return names[0].value if names else term.value.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    return label


def _facts(graph: _Graph, kind: str, label: Callable[[NamedNode | Literal], str]) -> Iterator[ExplainedFact]:
    for node in graph.subjects(RDF.type, DIP[kind]):
        fields = tuple((name, label(value)) for name, predicate in _FIELDS.items()
                       for value in graph.objects(node, predicate))
        if kind == "Agreement":
            fields = (("name", label(node)),) + fields
        components = tuple(label(agent) for agent in graph.objects(node, PROV.wasAttributedTo))
        spans = tuple(sorted((int(graph.objects(span, NIF.beginIndex)[0].value),
                              int(graph.objects(span, NIF.endIndex)[0].value))
                             for span in graph.objects(node, DIP.evidence)))
        yield ExplainedFact(kind, node.value, fields, components, spans)


def render(text: str, fact: ExplainedFact, highlight: Callable[[str], str]) -> str:
    """Several lines: the fact, its fields, and each evidence sentence with the span highlighted."""
    lines = [f"{fact.kind}  ({', '.join(fact.components) or 'no component'})"]
    lines += [f"    {name}: {value}" for name, value in fact.fields]
    for start, end in fact.spans:
        left = max(text.rfind("\n", 0, start) + 1, start - 160)
        right_nl = text.find("\n", end)
        right = min(right_nl if right_nl != -1 else len(text), end + 160)
        lines.append(f"    > {text[left:start]}{highlight(text[start:end])}{text[end:right]}")
    return "\n".join(lines)
