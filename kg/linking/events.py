"""Cross-article event identity: the same real event reported by several articles is one event.

Before an article is written, each of its events is compared with the events
other articles already put in the store: same type, same status, participant
sets overlapping by at least half (Jaccard >= 0.5, as an analyst would judge),
and compatible dates (equal, one a refinement of the other, or one unknown).
A match gives the event the stored event's IRI, so the event has one IRI and
every reporting article as a source (`prov:wasDerivedFrom` in each article's
graph). Candidates are found through the participant index, so the cost grows
with the events of the same actors, not with the store.
"""
from __future__ import annotations

from dataclasses import dataclass

from pyoxigraph import NamedNode

from kg.model import Event, Extraction
from kg.rdf import iris
from kg.rdf.mapping import actor_iri
from kg.rdf.terms import DIP, RDF
from kg.store import GraphStore


@dataclass(frozen=True)
class StoredEvent:
    iri: NamedNode
    participants: frozenset[str]
    date: str | None


def same_events(extraction: Extraction, store: GraphStore) -> dict[int, NamedNode]:
    """The IRIs of stored events (of other articles) that the extraction's events report again, by event index."""
    own_graph = iris.article(extraction.article.id)
    found: dict[int, NamedNode] = {}
    for index, event in enumerate(extraction.events):
        participants = frozenset(actor_iri(extraction, p).value for p in event.participants)
        date = event.date.iso() if event.date else None
        best = max(_candidates(store, event, participants, own_graph),
                   key=lambda c: (_jaccard(participants, c.participants), c.iri.value), default=None)
        if best is not None and _jaccard(participants, best.participants) >= 0.5 and _compatible(date, best.date):
            found[index] = best.iri
    return found


def _candidates(store: GraphStore, event: Event, participants: frozenset[str],
                own_graph: NamedNode) -> list[StoredEvent]:
    quads = store.store
    event_class = DIP[event.type.value]
    status = DIP[event.status.value]
    seen: set[NamedNode] = set()
    result = []
    for participant in sorted(participants):
        for quad in quads.quads_for_pattern(None, DIP.participant, NamedNode(participant), None):
            node, graph = quad.subject, quad.graph_name
            if graph == own_graph or node in seen or not isinstance(node, NamedNode):
                continue
            if not any(quads.quads_for_pattern(node, RDF.type, event_class, graph)):
                continue
            if not any(quads.quads_for_pattern(node, DIP.status, status, graph)):
                continue
            seen.add(node)
            members = frozenset(q.object.value for q in quads.quads_for_pattern(node, DIP.participant, None, graph))
            dates = [q.object.value for q in quads.quads_for_pattern(node, DIP.date, None, graph)]
            result.append(StoredEvent(node, members, dates[0] if dates else None))
    return result


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _compatible(a: str | None, b: str | None) -> bool:
    """Dates agree when either is unknown or one refines the other ("2026-02" and "2026-02-04")."""
    return a is None or b is None or a.startswith(b) or b.startswith(a)
