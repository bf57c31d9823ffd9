"""The SPARQL 1.1 Protocol at `/sparql`: queries by GET and POST, updates by POST.

Query:  GET ?query=... | POST form `query=...` | POST application/sparql-query
Update: POST form `update=...` | POST application/sparql-update (needs writes and the token)
Dataset parameters: default-graph-uri, named-graph-uri (queries); using-graph-uri,
using-named-graph-uri (updates). Extra parameters: `format` (answer format for
browsers), `timeout` (seconds, lowers the server's limit), `union=false` (query
the store's real default graph instead of the union of all graphs).
A GET without a query returns the service description.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from starlette.responses import Response

from server.auth import require_writer
from server.body import decode_utf8, read_body
from server.engine import QueryEngine
from server.errors import HttpError
from server.formats import parse_media_type
from server.service_description import describe

router = APIRouter()

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"


@router.api_route("/sparql", methods=["GET", "HEAD"], include_in_schema=False)
async def sparql_get(request: Request) -> Response:
    params = _params(request.query_params.multi_items())
    if "update" in params:
        raise HttpError(400, "update_needs_post", "updates must be sent with POST (form or application/sparql-update)")
    if "query" not in params:
        return await describe(request)
    return await _query(request, _one(params, "query"), params)


@router.post("/sparql", include_in_schema=False)
async def sparql_post(request: Request) -> Response:
    content_type = request.headers.get("content-type")
    media_type, _ = parse_media_type(content_type)
    settings = request.app.state.settings
    url_params = _params(request.query_params.multi_items())
    if media_type == SPARQL_UPDATE:
        require_writer(request, settings)
        text = decode_utf8(await read_body(request, settings["max_body_bytes"]), content_type)
        return await _update(request, text, url_params)
    if media_type == SPARQL_QUERY:
        text = decode_utf8(await read_body(request, settings["max_body_bytes"]), content_type)
        return await _query(request, text, url_params)
    if media_type == FORM:
        body = await read_body(request, settings["max_body_bytes"])
        params = _merge(url_params, _form(body))
        if "query" in params and "update" in params:
            raise HttpError(400, "query_and_update", "send either `query` or `update`, not both")
        if "update" in params:
            require_writer(request, settings)
            return await _update(request, _one(params, "update"), params)
        if "query" in params:
            return await _query(request, _one(params, "query"), params)
        raise HttpError(400, "missing_query", "the form has neither `query` nor `update`")
    if not media_type:
        raise HttpError(415, "content_type_required",
                        f"POST needs Content-Type {FORM}, {SPARQL_QUERY} or {SPARQL_UPDATE}")
    raise HttpError(415, "unsupported_media_type",
                    f"{media_type} is not accepted; use {FORM}, {SPARQL_QUERY} or {SPARQL_UPDATE}")


async def _query(request: Request, query: str, params: Mapping[str, list[str]]) -> Response:
    engine: QueryEngine = request.app.state.engine
    return await engine.execute(
        query,
        accept=request.headers.get("accept"),
        fmt=_optional(params, "format"),
        timeout=_timeout(params),
        union_default_graph=_flag(params, "union", default=True),
        default_graph_uris=params.get("default-graph-uri", []),
        named_graph_uris=params.get("named-graph-uri", []),
        base_iri=endpoint_iri(request),
        if_none_match=request.headers.get("if-none-match") if request.method in ("GET", "HEAD") else None,
    )


async def _update(request: Request, update: str, params: Mapping[str, list[str]]) -> Response:
    engine: QueryEngine = request.app.state.engine
    await engine.update(
        update,
        base_iri=endpoint_iri(request),
        using_graph_uris=params.get("using-graph-uri", []),
        using_named_graph_uris=params.get("using-named-graph-uri", []),
        timeout=_timeout(params),
    )
    return Response(status_code=204)


def endpoint_iri(request: Request) -> str:
    """The request URL without its query string: the base IRI of relative IRIs in a request."""
    return str(request.url.replace(query="", fragment=""))


def _params(items: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for key, value in items:
        params.setdefault(key, []).append(value)
    return params


def _form(body: bytes) -> dict[str, list[str]]:
    try:
        text = body.decode("ascii")
        return parse_qs(text, keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeError as exc:
        raise HttpError(400, "bad_encoding", "the form is not URL-encoded UTF-8") from exc


def _merge(first: Mapping[str, list[str]], second: Mapping[str, list[str]]) -> dict[str, list[str]]:
    merged = {key: list(values) for key, values in first.items()}
    for key, values in second.items():
        merged.setdefault(key, []).extend(values)
    return merged


def _one(params: Mapping[str, list[str]], name: str) -> str:
    values = params[name]
    if len(values) != 1:
        raise HttpError(400, f"multiple_{name}", f"exactly one `{name}` parameter is allowed, got {len(values)}")
    return values[0]


def _optional(params: Mapping[str, list[str]], name: str) -> str | None:
    values = params.get(name)
    return _one(params, name) if values else None


def _timeout(params: Mapping[str, list[str]]) -> float | None:
    value = _optional(params, "timeout")
    if value is None or value == "":
        return None
    try:
        return float(value)
    except ValueError as exc:
        raise HttpError(400, "bad_timeout", f"timeout={value!r} is not a number of seconds") from exc


def _flag(params: Mapping[str, list[str]], name: str, *, default: bool) -> bool:
    value = _optional(params, name)
    if value is None:
        return default
    if value.lower() in ("true", "1", "yes", "on", ""):
        return True
    if value.lower() in ("false", "0", "no", "off"):
        return False
    raise HttpError(400, f"bad_{name}", f"{name}={value!r} is not true or false")
