"""The one write path into the graph: an embedded pyoxigraph store on disk.

Each article lives in its own named graph (the article's IRI). Replacing an
article drops and re-inserts its graph in a single SPARQL update, which
pyoxigraph applies as one transaction: a reader sees the old graph or the
new one, never a mix, and a build that fails half-way leaves nothing behind.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from pyoxigraph import NamedNode, Quad, RdfFormat, Store, parse, serialize

from kg.errors import StoreError
from kg.rdf.terms import DIP, RDF

EXPORT_FORMATS: dict[str, RdfFormat] = {
    "nquads": RdfFormat.N_QUADS,
    "trig": RdfFormat.TRIG,
    "turtle": RdfFormat.TURTLE,
    "jsonld": RdfFormat.JSON_LD,
}


@dataclass(frozen=True)
class Stats:
    quads: int
    articles: int
    actors: int
    events: int
    statements: int


class GraphStore:
    """A pyoxigraph store with article-level operations. `path=None` keeps it in memory."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        try:
            if self.path is None:
                self.store = Store()
            elif read_only:
                self.store = Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.store = Store(str(self.path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreError("the store is in use by another process (is `kg serve` running on it?)",
                                 source=str(self.path)) from exc
            raise StoreError(f"cannot open the store: {exc}", source=str(self.path)) from exc

    def replace_graph(self, graph: NamedNode, quads: Iterable[Quad]) -> None:
        """Atomically replaces the whole named graph `graph` by `quads` (all in that graph)."""
        triples = [q.triple for q in quads if q.graph_name == graph]
        body = serialize(triples, format=RdfFormat.N_TRIPLES).decode("utf-8") if triples else ""
        self.store.update(f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}}} }}")

    def graph_quads(self, graph: NamedNode) -> list[Quad]:
        return sorted(self.store.quads_for_pattern(None, None, None, graph), key=str)

    def articles(self) -> list[NamedNode]:
        """The named graphs that hold an article, sorted."""
        found = {q.graph_name for q in self.store.quads_for_pattern(None, RDF.type, DIP.Article)
                 if q.subject == q.graph_name}
        return sorted(found, key=lambda n: n.value)

    def stats(self) -> Stats:
        def count(cls: NamedNode) -> int:
            return len({q.subject for q in self.store.quads_for_pattern(None, RDF.type, cls)})

        actor_types = (DIP.Person, DIP.State, DIP.Organization, DIP.Place, DIP.Agreement)
        event_types = (DIP.PhoneCall, DIP.VideoCall, DIP.Meeting, DIP.Visit, DIP.Summit,
                        DIP.Negotiation, DIP.Interview)
        return Stats(
            quads=len(self.store),
            articles=len(self.articles()),
            actors=sum(count(c) for c in actor_types),
            events=sum(count(c) for c in event_types),
            statements=count(DIP.Statement),
        )

    def export(self, out: BinaryIO, fmt: str) -> None:
        """Writes the whole dataset; formats without named graphs get the union of all graphs."""
        rdf_format = EXPORT_FORMATS[fmt]
        if rdf_format.supports_datasets:
            self.store.dump(out, format=rdf_format)
            return
        triples = sorted({q.triple for q in self.store}, key=str)
        out.write(serialize(triples, format=rdf_format))

    def load(self, path: Path, fmt: RdfFormat | None = None, *, graph: NamedNode | None = None) -> int:
        """Bulk-loads an RDF file (format from its extension unless given); returns the quads read."""
        rdf_format = fmt or RdfFormat.from_extension(path.suffix.lstrip("."))
        if rdf_format is None:
            raise StoreError("unknown RDF format (use .nq, .trig, .ttl, .nt, .jsonld or .rdf)", source=str(path))
        try:
            quads = list(_read(path, rdf_format, graph))
        except SyntaxError as exc:
            raise StoreError(f"not valid {rdf_format.name}: {exc}", source=str(path)) from exc
        self.store.extend(quads)
        return len(quads)

    def flush(self) -> None:
        if self.path is not None:
            self.store.flush()


def _read(path: Path, rdf_format: RdfFormat, graph: NamedNode | None) -> Iterator[Quad]:
    """Quads of a dataset file as they are; triples of a graph file into `graph` (else the default graph)."""
    for quad in parse(path=str(path), format=rdf_format):
        if graph is not None and not rdf_format.supports_datasets:
            quad = Quad(quad.subject, quad.predicate, quad.object, graph)
        yield quad
