"""The saved-query API: `/api/queries` lists the questions of `queries/`, `/api/queries/{name}` answers one.

A request's parameters are converted by their declared types and bound as
terms (`kg.queries`), so a value can never change the query; a bad value is a
400 naming the parameter and the type it needs. The format comes from a suffix
(`.json .csv .tsv .ttl .html .xml .nt .jsonld`) or else from `Accept` (SPARQL
JSON by default). All rows are returned unless `page` or `per_page` is given or
the query declares `pagination`; pages carry `Link` (first, prev, next, last)
and `X-Total-Count`. Results are cached per store version (the engine's
`version` and `generation`): a repeated call is answered from the cache
(`KG-Cache: hit`) or with 304 for a client that sends the ETag back, and a
write to the store empties the cache.

Also here: `/api/openapi.json` (OpenAPI 3.1, generated from the query headers
by `server.openapi`) and `/api/docs` (Swagger UI from local assets).
"""
from __future__ import annotations

import hashlib
import json
import math
from collections import OrderedDict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from fastapi import APIRouter, FastAPI, Request
from pyoxigraph import RdfFormat, parse
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response

from kg import results
from kg.errors import ParameterError, QueryError, UnknownQueryError
from kg.queries import MAX_PAGE_SIZE, RESERVED_NAMES, QueryLibrary, SavedQuery
from server import openapi
from server.body import decode_utf8, read_body
from server.engine import etag_matches
from server.errors import HttpError
from server.formats import parse_media_type

router = APIRouter(prefix="/api")

SUFFIXES = {"json": "json", "csv": "csv", "tsv": "tsv", "ttl": "turtle", "html": "html", "xml": "xml",
            "nt": "ntriples", "jsonld": "jsonld"}
"""File-name suffixes of `/api/queries/{name}.{suffix}` and the format each one asks for."""

_OFFERED = {"table": ("json", "xml", "csv", "tsv", "html"), "graph": ("turtle", "ntriples", "jsonld", "html")}
DEFAULT_PAGE_SIZE = 100
CACHE_ENTRIES = 64
CACHE_CELLS = 5_000_000


@dataclass(frozen=True)
class Page:
    number: int
    size: int


class ResultCache:
    """Whole results of saved queries for one store version; a new version empties it.

    Bounded by entries and by cells (rows x columns, or triples x 3), least recently used first out,
    so a few huge results cannot hold the server's memory.
    """

    def __init__(self, entries: int = CACHE_ENTRIES, cells: int = CACHE_CELLS) -> None:
        self.entries = entries
        self.cells = cells
        self._version: Hashable = None
        self._items: OrderedDict[Hashable, results.Result] = OrderedDict()

    def get(self, version: Hashable, key: Hashable) -> results.Result | None:
        self._check(version)
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
        return found

    def put(self, version: Hashable, key: Hashable, result: results.Result) -> None:
        self._check(version)
        if _cells(result) > self.cells:
            return
        self._items[key] = result
        while len(self._items) > self.entries or sum(map(_cells, self._items.values())) > self.cells:
            self._items.popitem(last=False)

    def _check(self, version: Hashable) -> None:
        if version != self._version:
            self._version = version
            self._items.clear()


def _cells(result: results.Result) -> int:
    if isinstance(result, results.Table):
        return len(result.rows) * max(1, len(result.variables))
    if isinstance(result, results.Graph):
        return len(result.triples) * 3
    return 1


def library(app: FastAPI) -> QueryLibrary:
    """The app's saved queries, read from `queries/` on first use (a broken file is a 500 naming it)."""
    found = getattr(app.state, "saved_queries", None)
    if found is None:
        try:
            found = QueryLibrary.from_directory()
        except QueryError as exc:
            raise HttpError(500, "bad_saved_query", str(exc)) from exc
        app.state.saved_queries = found
    return found


def _cache(app: FastAPI) -> ResultCache:
    found = getattr(app.state, "saved_query_cache", None)
    if found is None:
        found = app.state.saved_query_cache = ResultCache()
    return found


@router.get("/queries", summary="List the saved queries")
async def list_queries(request: Request) -> JSONResponse:
    """Every saved query with its summary, parameters (types, defaults, examples) and URL."""
    listing = [{**q.describe(), "url": f"/api/queries/{q.name}"} for q in library(request.app)]
    return JSONResponse({"queries": listing})


@router.get("/openapi.json", summary="OpenAPI 3.1 description of the saved-query API")
async def openapi_document(request: Request) -> JSONResponse:
    return JSONResponse(openapi.document(library(request.app)))


@router.get("/docs", summary="Interactive API documentation", response_class=HTMLResponse)
async def docs_page() -> HTMLResponse:
    return HTMLResponse(openapi.docs_page("/api/openapi.json"))


@router.api_route("/queries/{name}", methods=["GET", "HEAD", "POST"], summary="Run a saved query")
async def run_saved_query(name: str, request: Request) -> Response:
    stem, _, suffix = name.rpartition(".") if "." in name else (name, "", "")
    query = _saved_query(request.app, stem)
    if request.method == "POST" and "POST" not in query.methods:
        raise HttpError(405, "method_not_allowed", f"{query.name} is run with GET (its header declares no POST)",
                        headers={"Allow": "GET, HEAD"})
    values, paging = await _request_values(request)
    text = _bind(request.app, query, values)
    kind = "graph" if query.form in ("CONSTRUCT", "DESCRIBE") else "table"
    fmt = _format(kind, suffix, request.headers.get("accept"))
    page = _page(query, kind, paging)
    engine = request.app.state.engine
    etag = engine.etag(_digest(query.name, text, fmt, page))
    headers = {"ETag": etag, "Cache-Control": "no-cache", "Vary": "Accept, Accept-Encoding"}
    if etag_matches(request.headers.get("if-none-match", ""), etag):
        return Response(status_code=304, headers=headers)
    result, hit = await _result(request.app, query, text)
    headers["KG-Cache"] = "hit" if hit else "miss"
    if page is not None and isinstance(result, results.Table):
        headers.update(_page_headers(request, page, len(result.rows)))
        result = result.page((page.number - 1) * page.size, page.size)
    if isinstance(result, results.Table):
        headers["KG-Result-Rows"] = str(len(result.rows))
    body = results.render(result, fmt, title=query.summary or query.name)
    return Response(body, headers=headers, media_type=results.FORMATS[fmt].media_type)


def _saved_query(app: FastAPI, name: str) -> SavedQuery:
    try:
        return library(app).get(name)
    except UnknownQueryError as exc:
        raise HttpError(404, "unknown_query", f"{exc.message}; GET /api/queries lists them") from exc


async def _request_values(request: Request) -> tuple[dict[str, str], dict[str, str]]:
    """(parameter values, paging values) from the query string and, for POST, the form or JSON body."""
    pairs = list(request.query_params.multi_items())
    if request.method == "POST":
        pairs += await _body_pairs(request)
    values: dict[str, str] = {}
    for key, value in pairs:
        if key in values:
            raise HttpError(400, "bad_parameter", f"parameter {key!r} is given more than once")
        values[key] = value
    paging = {k: values.pop(k) for k in RESERVED_NAMES if k in values}
    return values, paging


async def _body_pairs(request: Request) -> list[tuple[str, str]]:
    limit = int(request.app.state.settings["max_body_bytes"])
    body = await read_body(request, limit)
    media_type, _ = parse_media_type(request.headers.get("content-type"))
    if not body:
        return []
    text = decode_utf8(body, request.headers.get("content-type"))
    if media_type == "application/x-www-form-urlencoded":
        return parse_qsl(text, keep_blank_values=True)
    if media_type == "application/json":
        return _json_pairs(text)
    raise HttpError(415, "unsupported_media_type",
                    "send parameters as application/x-www-form-urlencoded or as a JSON object")


def _json_pairs(text: str) -> list[tuple[str, str]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise HttpError(400, "bad_json", f"the body is not valid JSON: {exc.msg}") from exc
    if not isinstance(data, dict):
        raise HttpError(400, "bad_json", "the body must be a JSON object of parameter names and values")
    pairs: list[tuple[str, str]] = []
    for key, value in data.items():
        if isinstance(value, bool):
            value = "true" if value else "false"
        if not isinstance(value, (str, int, float)):
            raise HttpError(400, "bad_parameter",
                            f"parameter {key!r} must be a single value, not {type(value).__name__}")
        pairs.append((key, str(value)))
    return pairs


def _bind(app: FastAPI, query: SavedQuery, values: Mapping[str, str]) -> str:
    try:
        return query.bind(values, wikidata_sparql=app.state.settings.get("wikidata_sparql"))
    except ParameterError as exc:
        raise HttpError(400, "bad_parameter", exc.message) from exc
    except QueryError as exc:
        raise HttpError(500, "bad_saved_query", str(exc)) from exc


def _format(kind: str, suffix: str, accept: str | None) -> str:
    """The format name for a suffix or an Accept header; 406 when none of the offered ones fits."""
    offered = _OFFERED[kind]
    if suffix:
        wanted = SUFFIXES.get(suffix)
        if kind == "graph" and wanted == "json":
            wanted = "jsonld"
        if wanted not in offered:
            available = ", ".join("." + s for s, f in SUFFIXES.items() if f in offered)
            raise HttpError(406, "not_acceptable", f"this query's answer cannot be sent as .{suffix}; "
                                                   f"available: {available}")
        return wanted
    return _negotiate(offered, accept)


def _negotiate(offered: tuple[str, ...], accept: str | None) -> str:
    """The offered format the client wants most: q-value, then specificity, then the server's order."""
    if not accept or not accept.strip():
        return offered[0]
    ranges = []
    for item in accept.split(","):
        media_type, params = parse_media_type(item)
        main, slash, sub = media_type.partition("/")
        try:
            q = float(params.get("q", "1"))
        except ValueError:
            q = 0.0
        if slash and main and sub:
            ranges.append((main, sub, q))
    best: tuple[float, int, int] | None = None
    choice = None
    for order, name in enumerate(offered):
        for media_type in results.FORMATS[name].media_types:
            main, _, sub = media_type.partition("/")
            for r_main, r_sub, q in ranges:
                spec = 2 if (r_main, r_sub) == (main, sub) else 1 if (r_main, r_sub) == (main, "*") else (
                    0 if (r_main, r_sub) == ("*", "*") else -1)
                score = (q, spec, -order)
                if spec >= 0 and q > 0 and (best is None or score > best):
                    best, choice = score, name
    if choice is None:
        types = ", ".join(results.FORMATS[f].media_types[0] for f in offered)
        raise HttpError(406, "not_acceptable", f"no acceptable format; this answer can be sent as: {types}")
    return choice


def _page(query: SavedQuery, kind: str, paging: Mapping[str, str]) -> Page | None:
    """The page asked for: none (all rows) unless `page`/`per_page` is given or the query declares pagination."""
    if not paging and query.pagination is None:
        return None
    if kind != "table" and paging:
        raise HttpError(400, "bad_parameter", "page and per_page apply to SELECT results only")
    if kind != "table":
        return None
    size = _positive(paging["per_page"], "per_page") if "per_page" in paging else (
        query.pagination or DEFAULT_PAGE_SIZE)
    if size > MAX_PAGE_SIZE:
        raise HttpError(400, "bad_parameter", f"parameter 'per_page' must be at most {MAX_PAGE_SIZE}")
    number = _positive(paging["page"], "page") if "page" in paging else 1
    return Page(number, size)


def _positive(value: str, name: str) -> int:
    if not value.isdigit() or int(value) < 1 or len(value) > 9:
        raise HttpError(400, "bad_parameter", f"parameter {name!r} must be a positive integer (got {value[:40]!r})")
    return int(value)


def _page_headers(request: Request, page: Page, total: int) -> dict[str, str]:
    """`Link` with first, prev, next and last pages (RFC 8288) and the total row count."""
    last = max(1, math.ceil(total / page.size))
    rels = [("first", 1)]
    if page.number > 1:
        rels.append(("prev", min(page.number - 1, last)))
    if page.number < last:
        rels.append(("next", page.number + 1))
    rels.append(("last", last))
    links = ", ".join(f'<{request.url.include_query_params(page=n, per_page=page.size)}>; rel="{rel}"'
                      for rel, n in rels)
    return {"Link": links, "X-Total-Count": str(total)}


async def _result(app: FastAPI, query: SavedQuery, text: str) -> tuple[results.Result, bool]:
    """The whole result of `text`, from the cache of this store version or from the engine."""
    engine = app.state.engine
    version = (engine.generation, engine.version)
    cache = _cache(app)
    found = cache.get(version, text)
    if found is not None:
        return found, True
    if query.form in ("CONSTRUCT", "DESCRIBE"):
        result: results.Result = await _graph(engine, text)
    else:
        result = results.from_sparql_json(await engine.select_json(text))
    cache.put(version, text, result)
    return result, False


async def _graph(engine: Any, text: str) -> results.Graph:
    """A CONSTRUCT answer read from the engine as N-Triples (errors pass through as HttpError)."""
    response = await engine.execute(text, fmt="ntriples")
    if isinstance(response, FileResponse):
        with open(response.path, "rb") as handle:
            body = handle.read()
        if response.background is not None:
            await response.background()
    else:
        body = bytes(response.body)
    if response.status_code != 200:
        error = json.loads(body).get("error", {})
        raise HttpError(response.status_code, error.get("code", "query_failed"), error.get("message", ""))
    return results.Graph(tuple(parse(body, format=RdfFormat.N_TRIPLES)))


def _digest(*parts: Any) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:20]
