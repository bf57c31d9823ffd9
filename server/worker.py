"""What runs inside a query worker process: open the store, run jobs, serialise answers.

pyoxigraph cannot cancel a query and its result iterators must be read on the
thread that made them, so every job runs start to finish on this process's
main thread and the server kills the process when a job outlives its time
limit. An answer is serialised here, counted as it is written, into memory up
to `MEMORY_BYTES` and then into a spool file the server streams to the client;
a result over the cap is abandoned, never cut short and sent as if complete.

This module imports nothing of the server so a worker starts fast.
"""
from __future__ import annotations

import io
import os
import sys
import traceback
from collections.abc import Iterable, Iterator
from itertools import islice
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any, BinaryIO

from pyoxigraph import (
    DefaultGraph,
    NamedNode,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    RdfFormat,
    Store,
    parse,
    parse_query_results,
    serialize,
)

MEMORY_BYTES = 1 << 20

RESULT_FORMATS = {
    "json": QueryResultsFormat.JSON,
    "xml": QueryResultsFormat.XML,
    "csv": QueryResultsFormat.CSV,
    "tsv": QueryResultsFormat.TSV,
}
RDF_FORMATS = {
    "turtle": RdfFormat.TURTLE,
    "ntriples": RdfFormat.N_TRIPLES,
    "rdfxml": RdfFormat.RDF_XML,
    "jsonld": RdfFormat.JSON_LD,
    "nquads": RdfFormat.N_QUADS,
    "trig": RdfFormat.TRIG,
}
DEFAULT_GRAPH = ""  # how a job names the store's default graph
WHOLE_DATASET = "*"  # a graph dump of every graph


@dataclass(frozen=True)
class QueryJob:
    query: str
    result_format: str
    cap: int
    spool: str
    base_iri: str | None = None
    union: bool = True
    default_graphs: tuple[str, ...] | None = None  # None: the query's own (or the union)
    named_graphs: tuple[str, ...] | None = None
    prefixes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class UpdateJob:
    update: str
    base_iri: str | None = None


@dataclass(frozen=True)
class GraphGetJob:
    graph: str  # an IRI, DEFAULT_GRAPH or WHOLE_DATASET
    result_format: str
    cap: int
    spool: str
    prefixes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class GraphWriteJob:
    graph: str
    parts: tuple[tuple[str, bytes], ...]  # (format name, body) pairs, merged
    replace: bool


@dataclass(frozen=True)
class GraphDeleteJob:
    graph: str


@dataclass(frozen=True)
class StatsJob:
    limit: int = 200


@dataclass(frozen=True)
class Outcome:
    """What a job produced. `error` is empty on success, else one of the names below."""

    error: str = ""  # syntax | bad_input | too_many_results | not_found | rejected | io | internal
    message: str = ""
    body: bytes | None = None
    path: str | None = None
    rows: int = 0
    created: bool = False
    data: dict[str, Any] = field(default_factory=dict)


class _TooManyResults(Exception):
    pass


class _NotFound(Exception):
    pass


class _Sink(io.RawIOBase):
    """A writable that keeps the first MEMORY_BYTES in memory and spills the rest to `path`."""

    def __init__(self, path: str, count_lines_over: int | None = None) -> None:
        super().__init__()
        self.path = path
        self.buffer = io.BytesIO()
        self.file: BinaryIO | None = None
        self.lines = 0
        self.line_cap = count_lines_over

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        if self.line_cap is not None:
            self.lines += chunk.count(b"\n")
            if self.lines > self.line_cap:
                raise _TooManyResults()
        if self.file is None and self.buffer.tell() + len(chunk) > MEMORY_BYTES:
            self.file = open(self.path, "wb")  # noqa: SIM115 - closed in finish()
            self.file.write(self.buffer.getvalue())
        (self.file or self.buffer).write(chunk)
        return len(chunk)

    def finish(self) -> tuple[bytes | None, str | None]:
        if self.file is None:
            return self.buffer.getvalue(), None
        self.file.close()
        return None, self.path

    def reader(self) -> BinaryIO:
        """The bytes written so far, for a second pass (format conversion)."""
        if self.file is None:
            return io.BytesIO(self.buffer.getvalue())
        self.file.close()
        return open(self.path, "rb")  # noqa: SIM115 - the caller closes it


def serve_jobs(conn: Connection, store_path: str, writable: bool) -> None:
    """The worker process's main loop: open the store, then answer jobs until the pipe closes."""
    try:
        store = Store(store_path) if writable else Store.read_only(store_path)
    except OSError as exc:
        conn.send(Outcome(error="io", message=f"cannot open the store at {store_path}: {exc}"))
        return
    conn.send(Outcome())
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(run_job(store, job))


def run_job(store: Store, job: Any) -> Outcome:
    """One job, with every failure turned into an Outcome the server maps to an HTTP status."""
    try:
        if isinstance(job, QueryJob):
            return _query(store, job)
        if isinstance(job, UpdateJob):
            store.update(job.update, base_iri=job.base_iri)
            return Outcome()
        if isinstance(job, GraphGetJob):
            return _graph_get(store, job)
        if isinstance(job, GraphWriteJob):
            return _graph_write(store, job)
        if isinstance(job, GraphDeleteJob):
            return _graph_delete(store, job)
        if isinstance(job, StatsJob):
            return Outcome(data=_stats(store, job.limit))
        return Outcome(error="internal", message=f"unknown job {type(job).__name__}")
    except _TooManyResults:
        return Outcome(error="too_many_results", message="the result is larger than the server's cap")
    except _NotFound:
        return Outcome(error="not_found", message="no such graph")
    except SyntaxError as exc:
        return Outcome(error="syntax", message=str(exc))
    except ValueError as exc:
        return Outcome(error="bad_input", message=str(exc))
    except OSError as exc:
        return Outcome(error="io", message=str(exc))
    except RuntimeError as exc:  # pyoxigraph: an update that cannot apply (e.g. CREATE of an existing graph)
        return Outcome(error="rejected", message=str(exc))
    except Exception:  # noqa: BLE001 - the worker must answer, whatever happened
        return Outcome(error="internal", message=traceback.format_exc(limit=3))


def _term(graph: str) -> NamedNode | DefaultGraph:
    return DefaultGraph() if graph == DEFAULT_GRAPH else NamedNode(graph)


def _query(store: Store, job: QueryJob) -> Outcome:
    options: dict[str, Any] = {"base_iri": job.base_iri}
    if job.default_graphs is not None or job.named_graphs is not None:
        options["default_graph"] = [_term(g) for g in job.default_graphs or ()]
        options["named_graphs"] = [NamedNode(g) for g in job.named_graphs or ()]
    elif job.union:
        options["use_default_graph_as_union"] = True
    result = store.query(job.query, **options)
    if isinstance(result, QueryBoolean):
        sink = _Sink(job.spool)
        result.serialize(sink, RESULT_FORMATS[job.result_format])
        return _done(sink, 1)
    if isinstance(result, QuerySolutions):
        return _solutions(result, job)
    sink = _Sink(job.spool)
    counter = [0]
    serialize(_capped(result, job.cap, counter), sink, RDF_FORMATS[job.result_format], prefixes=job.prefixes)
    return _done(sink, counter[0])


def _solutions(result: QuerySolutions, job: QueryJob) -> Outcome:
    """Counts rows on a TSV pass (one line per row), then converts to the asked format if needed.

    pyoxigraph serialises solutions in one call, so the rows are counted in
    the bytes: TSV writes exactly one line per solution (newlines in values
    are escaped) and parses back losslessly.
    """
    tsv = _Sink(job.spool + ".tsv" if job.result_format != "tsv" else job.spool, count_lines_over=job.cap + 1)
    result.serialize(tsv, QueryResultsFormat.TSV)
    rows = max(tsv.lines - 1, 0)
    if job.result_format == "tsv":
        return _done(tsv, rows)
    with tsv.reader() as source:
        sink = _Sink(job.spool)
        parse_query_results(source, QueryResultsFormat.TSV).serialize(sink, RESULT_FORMATS[job.result_format])
    _discard(tsv)
    return _done(sink, rows)


def _capped(items: Iterable[Any], cap: int, counter: list[int]) -> Iterator[Any]:
    for count, item in enumerate(items, 1):
        if count > cap:
            raise _TooManyResults()
        counter[0] = count
        yield item


def _done(sink: _Sink, rows: int) -> Outcome:
    body, path = sink.finish()
    return Outcome(body=body, path=path, rows=rows)


def _discard(sink: _Sink) -> None:
    if sink.file is not None and os.path.exists(sink.path):
        os.remove(sink.path)


def _graph_get(store: Store, job: GraphGetJob) -> Outcome:
    sink = _Sink(job.spool)
    counter = [0]
    rdf_format = RDF_FORMATS[job.result_format]
    if job.graph == WHOLE_DATASET:
        serialize(_capped(store, job.cap, counter), sink, rdf_format, prefixes=job.prefixes)
        return _done(sink, counter[0])
    graph = _term(job.graph)
    if isinstance(graph, NamedNode) and not store.contains_named_graph(graph):
        raise _NotFound()
    triples = (quad.triple for quad in store.quads_for_pattern(None, None, None, graph))
    serialize(_capped(triples, job.cap, counter), sink, rdf_format, prefixes=job.prefixes)
    return _done(sink, counter[0])


def _graph_write(store: Store, job: GraphWriteJob) -> Outcome:
    """PUT (replace) or POST (merge) RDF into one graph, atomically: one SPARQL update."""
    graph = _term(job.graph)
    triples = []
    for fmt, data in job.parts:
        base = None if isinstance(graph, DefaultGraph) else graph.value
        for quad in parse(data, format=RDF_FORMATS[fmt], base_iri=base):
            if not isinstance(quad.graph_name, DefaultGraph):
                raise ValueError("the body names a graph; send triples (Turtle, N-Triples, RDF/XML, JSON-LD)")
            triples.append(quad.triple)
    created = isinstance(graph, NamedNode) and not store.contains_named_graph(graph)
    body = serialize(triples, format=RdfFormat.N_TRIPLES).decode("utf-8") if triples else ""
    store.update(_write_update(graph, body, job.replace))
    return Outcome(created=created)


def _write_update(graph: NamedNode | DefaultGraph, ntriples: str, replace: bool) -> str:
    """The update that writes N-Triples (serialised by pyoxigraph) into `graph`."""
    if isinstance(graph, DefaultGraph):
        clear = "CLEAR SILENT DEFAULT ;\n" if replace else ""
        return f"{clear}INSERT DATA {{\n{ntriples}}}"
    clear = f"DROP SILENT GRAPH {graph} ;\n" if replace else ""
    return f"{clear}CREATE SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{ntriples}}} }}"


def _graph_delete(store: Store, job: GraphDeleteJob) -> Outcome:
    graph = _term(job.graph)
    if isinstance(graph, DefaultGraph):
        store.clear_graph(graph)
        return Outcome()
    if not store.contains_named_graph(graph):
        raise _NotFound()
    store.remove_graph(graph)
    return Outcome()


_STATS_QUERIES = {
    "triples": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
    "subjects": "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }",
    "objects": "SELECT (COUNT(DISTINCT ?o) AS ?n) { ?s ?p ?o }",
}


def _stats(store: Store, limit: int) -> dict[str, Any]:
    """VoID statistics over the union of all graphs (what a query sees by default)."""
    def scalar(query: str) -> int:
        for row in store.query(query, use_default_graph_as_union=True):
            return int(row["n"].value)
        return 0

    def partition(query: str) -> list[tuple[str, int]]:
        rows = store.query(query, use_default_graph_as_union=True)
        return [(row["x"].value, int(row["n"].value)) for row in islice(rows, limit)]

    stats: dict[str, Any] = {name: scalar(query) for name, query in _STATS_QUERIES.items()}
    stats["quads"] = len(store)
    stats["graphs"] = sum(1 for _ in store.named_graphs())
    stats["default_graph_triples"] = sum(1 for _ in store.quads_for_pattern(None, None, None, DefaultGraph()))
    stats["classes"] = partition(
        "SELECT ?x (COUNT(DISTINCT ?s) AS ?n) { ?s a ?x FILTER(isIRI(?x)) } GROUP BY ?x ORDER BY DESC(?n)")
    stats["properties"] = partition(
        "SELECT ?x (COUNT(*) AS ?n) { ?s ?x ?o } GROUP BY ?x ORDER BY DESC(?n)")
    return stats


def main(argv: list[str]) -> None:
    """`python -m server.worker FD STORE ro|rw`: serve jobs on the inherited socket FD."""
    fd, store_path, mode = argv
    serve_jobs(Connection(int(fd)), store_path, mode == "rw")


if __name__ == "__main__":
    # Run the imported module, not this __main__ copy, so job classes match the server's pickles.
    from server import worker

    worker.main(sys.argv[1:])
