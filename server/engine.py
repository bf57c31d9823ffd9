"""The one place queries and updates run: limits, negotiation, caching headers, worker processes.

Every route that touches the store (the SPARQL endpoint, the Graph Store, the
saved-query API, the service description) goes through a `QueryEngine`, kept
on `app.state.engine`. It checks a request before any work (text length, the
federation allow-list, an acceptable format, the concurrency cap), runs it in
a worker process under a time limit (`server.pool`), and turns the outcome
into an HTTP answer.

The dataset a query sees: by default the union of all graphs (every article
graph plus the default graph) is the query's default graph, so
`SELECT * { ?s ?p ?o }` finds facts of every article, and `GRAPH ?g { }`
still names each article. A query's own FROM / FROM NAMED, or the protocol's
`default-graph-uri` / `named-graph-uri`, replace that. To query the store's
real default graph alone, send `union=false`, or name it with
`default-graph-uri=urn:x-kg:default-graph` (`DEFAULT_GRAPH_URI`).

Updates: the protocol's `using-graph-uri` / `using-named-graph-uri` become
USING clauses (400 if the update has its own USING or WITH); CLEAR and DROP
treat a graph that was never written as an empty one; LOAD is refused (it
would fetch any URL); SERVICE obeys the same allow-list as in queries.

Answers are never cut short: the rows are counted while they are serialised
and a result over `max_results` is refused (422, `too_many_results`, header
`KG-Result-Cap`); a query over its time limit is stopped (504,
`query_timeout`). A large answer is spooled to a temporary file by the worker
and streamed from there, so memory stays bounded.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
import uuid
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from starlette.background import BackgroundTask
from starlette.responses import FileResponse, Response

from kg import sparql_lexer
from kg.rdf.terms import PREFIXES
from server import formats
from server.errors import HttpError, error_response
from server.metrics import Metrics
from server.pool import JobTimeout, WorkerLost, WorkerPool
from server.worker import (
    DEFAULT_GRAPH,
    GraphDeleteJob,
    GraphGetJob,
    GraphWriteJob,
    Outcome,
    QueryJob,
    StatsJob,
    UpdateJob,
)

DEFAULT_GRAPH_URI = "urn:x-kg:default-graph"
_ERROR_STATUS = {
    "syntax": (400, "syntax_error"),
    "bad_input": (400, "bad_request"),
    "too_many_results": (422, "too_many_results"),
    "not_found": (404, "not_found"),
    "rejected": (400, "update_rejected"),
    "io": (500, "store_error"),
    "internal": (500, "internal_error"),
}


@dataclass(frozen=True)
class _Plan:
    """A checked request, ready to run: its job, answer format and cache key."""

    job: Any
    fmt: formats.Format
    tag: str
    federated: bool


class QueryEngine:
    """Runs SPARQL against the store in worker processes, within the server's limits."""

    def __init__(self, settings: Mapping[str, Any], metrics: Metrics | None = None) -> None:
        self.settings = dict(settings)
        self.metrics = metrics or Metrics()
        self.pool = WorkerPool(settings["store"], size=max(1, int(settings["max_concurrent_queries"])),
                               writable=bool(settings["allow_writes"]))
        self.version = 0
        self.generation = uuid.uuid4().hex[:8]
        self.active = 0
        self._stats: tuple[int, dict[str, Any]] | None = None
        self.metrics.gauges.update({
            "kg_store_version": ("Writes accepted since the server started.", lambda: self.version),
            "kg_queries_in_flight": ("Requests running or waiting for a worker.", lambda: self.active),
            "kg_worker_restarts_total": ("Worker processes replaced after a timeout or crash.",
                                         lambda: self.pool.restarts),
            "kg_workers_alive": ("Worker processes running.", lambda: self.pool.alive()),
        })

    @property
    def writable(self) -> bool:
        return bool(self.settings["allow_writes"])

    async def start(self) -> None:
        await self.pool.start()

    async def close(self) -> None:
        await self.pool.close()

    # ---- queries -------------------------------------------------------------------------------

    async def execute(self, query: str, *, accept: str | None = None, fmt: str | None = None,
                      timeout: float | None = None, union_default_graph: bool = True,
                      default_graph_uris: Sequence[str] = (), named_graph_uris: Sequence[str] = (),
                      base_iri: str | None = None, if_none_match: str | None = None) -> Response:
        """A content-negotiated answer to `query`, or an error Response (JSON body)."""
        try:
            plan = self._plan_query(query, accept, fmt, union_default_graph, default_graph_uris,
                                    named_graph_uris, base_iri)
            etag = self.etag(plan.tag)
            if if_none_match and etag_matches(if_none_match, etag):
                return Response(status_code=304, headers=self._cache_headers(etag))
            outcome, seconds = await self._run(plan.job, timeout, federated=plan.federated)
            return self._answer(outcome, plan, etag, seconds)
        except HttpError as error:
            self.metrics.inc("kg_query_errors_total", code=error.code)
            return error_response(error)

    async def select_json(self, query: str, *, timeout: float | None = None) -> dict[str, Any]:
        """SPARQL JSON results of a SELECT or ASK over the default dataset, as a dict; raises HttpError."""
        plan = self._plan_query(query, None, "json", True, (), (), None)
        if plan.fmt.name != "json":
            raise HttpError(400, "not_a_select", "only SELECT and ASK queries have JSON results")
        outcome, _ = await self._run(plan.job, timeout, federated=plan.federated)
        try:
            return json.loads(_read_body(outcome))
        finally:
            if outcome.path:
                os.remove(outcome.path)

    def _plan_query(self, query: str, accept: str | None, fmt: str | None, union: bool,
                    default_graphs: Sequence[str], named_graphs: Sequence[str], base_iri: str | None) -> _Plan:
        self._check_length(query, "query")
        tokens = sparql_lexer.tokenize(query)
        form = sparql_lexer.query_form(tokens)
        if form is None and _looks_like_update(tokens):
            raise HttpError(400, "not_a_query", "this is an update: send it with POST as `update` "
                                                "(form) or as application/sparql-update")
        federated = self._check_federation(tokens)
        kind = formats.GRAPH if form in ("CONSTRUCT", "DESCRIBE") else formats.RESULTS
        chosen = formats.negotiate(kind, accept, fmt)
        given = bool(default_graphs) or bool(named_graphs)
        job = QueryJob(
            query=query, result_format=chosen.name, cap=self.max_results, spool=self.pool.spool_path(),
            base_iri=base_iri, union=union and not given and not sparql_lexer.names_dataset(tokens),
            default_graphs=tuple(DEFAULT_GRAPH if g == DEFAULT_GRAPH_URI else g for g in default_graphs)
            if given else None,
            named_graphs=tuple(named_graphs) if given else None,
            prefixes=_prefixes(tokens) if kind == formats.GRAPH else {},
        )
        tag = _digest("query", query, chosen.name, job.union, job.default_graphs, job.named_graphs, base_iri)
        return _Plan(job, chosen, tag, federated)

    # ---- updates and graph store -----------------------------------------------------------------

    async def update(self, update: str, *, base_iri: str | None = None, using_graph_uris: Sequence[str] = (),
                     using_named_graph_uris: Sequence[str] = (), timeout: float | None = None) -> None:
        """Applies a SPARQL update (atomically); raises HttpError. Callers check the write token."""
        self._require_writes()
        self._check_length(update, "update")
        tokens = sparql_lexer.tokenize(update)
        if sparql_lexer.query_form(tokens) is not None:
            raise HttpError(400, "not_an_update", "this is a query: send it as `query`, not `update`")
        if sparql_lexer.loads(tokens):
            raise HttpError(403, "load_refused", "LOAD fetches any URL, so this endpoint refuses it; "
                                                 "use `kg load` or a Graph Store PUT instead")
        federated = self._check_federation(tokens)
        if using_graph_uris or using_named_graph_uris:
            if sparql_lexer.has_using_or_with(tokens):
                raise HttpError(400, "dataset_conflict", "the update has USING or WITH clauses and the request "
                                                         "also sets using-graph-uri / using-named-graph-uri")
            update = self._with_using(update, tokens, using_graph_uris, using_named_graph_uris)
            tokens = sparql_lexer.tokenize(update)
        update = sparql_lexer.silence_clear_drop(update, tokens)
        await self._write(UpdateJob(update, base_iri), timeout, federated=federated)

    async def graph_get(self, graph: str, *, accept: str | None = None, fmt: str | None = None,
                        timeout: float | None = None, if_none_match: str | None = None,
                        kind: str = formats.GRAPH) -> Response:
        """A Graph Store GET: one graph (IRI or DEFAULT_GRAPH) or, with kind=DATASET, every graph."""
        try:
            chosen = formats.negotiate(kind, accept, fmt)
            job = GraphGetJob(graph=graph, result_format=chosen.name, cap=self.max_results,
                              spool=self.pool.spool_path(), prefixes=dict(PREFIXES))
            plan = _Plan(job, chosen, _digest("graph", graph, chosen.name), False)
            etag = self.etag(plan.tag)
            if if_none_match and etag_matches(if_none_match, etag):
                return Response(status_code=304, headers=self._cache_headers(etag))
            outcome, seconds = await self._run(job, timeout, federated=False)
            return self._answer(outcome, plan, etag, seconds)
        except HttpError as error:
            self.metrics.inc("kg_query_errors_total", code=error.code)
            return error_response(error)

    async def graph_write(self, graph: str, parts: Sequence[tuple[str, bytes]], *, replace: bool) -> bool:
        """PUT (replace=True) or POST RDF into a graph; True when the graph is new. Raises HttpError."""
        self._require_writes()
        outcome = await self._write(GraphWriteJob(graph, tuple(parts), replace), None, federated=False)
        return outcome.created

    async def graph_delete(self, graph: str) -> None:
        self._require_writes()
        await self._write(GraphDeleteJob(graph), None, federated=False)

    async def stats(self) -> dict[str, Any]:
        """VoID numbers of the store, computed once per store version."""
        if self._stats is not None and self._stats[0] == self.version:
            return self._stats[1]
        version = self.version
        outcome, _ = await self._run(StatsJob(), None, federated=False)
        self._stats = (version, outcome.data)
        return outcome.data

    # ---- shared machinery ------------------------------------------------------------------------

    @property
    def max_results(self) -> int:
        return int(self.settings["max_results"])

    def etag(self, tag: str) -> str:
        """Weak ETag: the same request on the same store version has the same answer."""
        return f'W/"{self.generation}-{self.version}-{tag}"'

    def _cache_headers(self, etag: str) -> dict[str, str]:
        return {"ETag": etag, "Cache-Control": "no-cache", "Vary": "Accept, Accept-Encoding"}

    def _require_writes(self) -> None:
        if not self.writable:
            raise HttpError(403, "writes_disabled", "this server is read-only (start it with --allow-writes)")

    def _check_length(self, text: str, what: str) -> None:
        limit = int(self.settings["max_query_length"])
        if len(text) > limit:
            raise HttpError(413, "query_too_long", f"the {what} has {len(text)} characters; the limit is {limit}")

    def _check_federation(self, tokens: Sequence[sparql_lexer.Token]) -> bool:
        """Refuses SERVICE calls to endpoints not on the allow-list; True when the text federates."""
        allowed = set(self.settings["federation_allow"])
        endpoints = sparql_lexer.service_endpoints(tokens)
        for endpoint in endpoints:
            if endpoint is None:
                raise HttpError(403, "service_refused", "SERVICE needs a fixed endpoint IRI from the allow-list")
            if endpoint not in allowed:
                listed = ", ".join(sorted(allowed)) or "none"
                raise HttpError(403, "service_refused",
                                f"SERVICE <{endpoint}> is not allowed; allowed endpoints: {listed}")
        return bool(endpoints)

    def _with_using(self, update: str, tokens: Sequence[sparql_lexer.Token],
                    graphs: Sequence[str], named: Sequence[str]) -> str:
        try:
            return sparql_lexer.add_using(update, tokens, graphs, named)
        except ValueError as exc:
            raise HttpError(400, "bad_graph_iri", f"using-graph-uri / using-named-graph-uri: {exc}") from exc

    def _timeout(self, requested: float | None) -> float:
        limit = float(self.settings["query_timeout"])
        if requested is None:
            return limit
        if requested <= 0:
            raise HttpError(400, "bad_timeout", "timeout must be a positive number of seconds")
        return min(requested, limit)

    @asynccontextmanager
    async def _slot(self) -> AsyncIterator[None]:
        """One of the `max_concurrent_queries` places; none free means 503 with Retry-After."""
        if self.active >= int(self.settings["max_concurrent_queries"]):
            raise HttpError(503, "too_busy", "too many queries are running; retry shortly",
                            headers={"Retry-After": "1"})
        self.active += 1
        try:
            yield
        finally:
            self.active -= 1

    async def _run(self, job: Any, timeout: float | None, *, federated: bool) -> tuple[Outcome, float]:
        seconds = self._timeout(timeout)
        async with self._slot():
            started = time.monotonic()
            try:
                outcome = await self.pool.run(job, seconds)
            except JobTimeout as exc:
                self._discard(job)
                self.metrics.inc("kg_query_timeouts_total")
                self.metrics.inc("kg_queries_total", outcome="timeout")
                raise HttpError(504, "query_timeout",
                                f"stopped after the time limit of {seconds:g} s; narrow the query, add LIMIT, "
                                f"or send a larger `timeout` (at most {self.settings['query_timeout']:g} s)") from exc
            except WorkerLost as exc:
                self._discard(job)
                raise HttpError(500, "worker_lost", "the query worker stopped unexpectedly; try again") from exc
            elapsed = time.monotonic() - started
        self.metrics.observe(elapsed)
        self._discard(job, keep=outcome.path)
        if outcome.error:
            self.metrics.inc("kg_queries_total", outcome="error")
            raise self._error(outcome, federated)
        self.metrics.inc("kg_queries_total", outcome="ok")
        return outcome, elapsed

    async def _write(self, job: Any, timeout: float | None, *, federated: bool) -> Outcome:
        try:
            outcome, _ = await self._run(job, timeout, federated=federated)
        except HttpError:
            self.metrics.inc("kg_updates_total", outcome="error")
            raise
        self.version += 1
        self.metrics.inc("kg_updates_total", outcome="ok")
        return outcome

    def _discard(self, job: Any, keep: str | None = None) -> None:
        spool = getattr(job, "spool", None)
        if spool:
            self.pool.discard_spool(spool, keep)

    def _error(self, outcome: Outcome, federated: bool) -> HttpError:
        if outcome.error == "io" and federated:
            return HttpError(502, "service_failed", f"a SERVICE call failed: {outcome.message}")
        status, code = _ERROR_STATUS.get(outcome.error, (500, "internal_error"))
        headers = {"KG-Result-Cap": str(self.max_results)} if outcome.error == "too_many_results" else {}
        message = outcome.message
        if outcome.error == "too_many_results":
            message = (f"the answer has more than {self.max_results} rows or triples, the server's cap; "
                       "add LIMIT (and OFFSET to page) or narrow the query")
        return HttpError(status, code, message, headers=headers)

    def _answer(self, outcome: Outcome, plan: _Plan, etag: str, seconds: float) -> Response:
        headers = self._cache_headers(etag)
        headers["KG-Result-Rows"] = str(outcome.rows)
        headers["Server-Timing"] = f"query;dur={seconds * 1000:.1f}"
        if outcome.path is None:
            return Response(outcome.body or b"", headers=headers, media_type=plan.fmt.content_type)
        return FileResponse(outcome.path, headers=headers, media_type=plan.fmt.content_type,
                            background=BackgroundTask(_remove, outcome.path))


def etag_matches(if_none_match: str, etag: str) -> bool:
    """Weak comparison (RFC 9110): `*` or any listed tag equal once `W/` is ignored."""
    own = etag.removeprefix("W/")
    for candidate in if_none_match.split(","):
        value = candidate.strip()
        if value == "*" or value.removeprefix("W/") == own:
            return True
    return False


def _looks_like_update(tokens: Sequence[sparql_lexer.Token]) -> bool:
    update_words = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
    return any(t.word() in update_words and t.depth == 0 for t in tokens)


def _prefixes(tokens: Sequence[sparql_lexer.Token]) -> dict[str, str]:
    """Project prefixes plus the query's own, so Turtle answers read like the query."""
    prefixes = dict(PREFIXES)
    for index, token in enumerate(tokens[:-2]):
        if token.word() == "PREFIX" and tokens[index + 2].kind == sparql_lexer.IRI:
            iri = tokens[index + 2].text[1:-1]
            if "\\" not in iri and "://" in iri:
                prefixes[tokens[index + 1].text[:-1]] = iri
    return prefixes


def _digest(*parts: Any) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:20]


def _read_body(outcome: Outcome) -> bytes:
    if outcome.path is None:
        return outcome.body or b""
    with open(outcome.path, "rb") as handle:
        return handle.read()


def _remove(path: str) -> None:
    if os.path.exists(path):
        os.remove(path)
