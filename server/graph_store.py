"""The SPARQL 1.1 Graph Store HTTP Protocol at `/store`.

Indirect identification: `/store?graph=IRI` (the parameter is percent-decoded
once, as the protocol says) and `/store?default`. Direct identification:
`/store/anything`, whose full request URL is the graph IRI. GET and HEAD are
always allowed (`/store` alone returns the whole dataset as TriG or
N-Quads); PUT (replace), POST (merge; `multipart/form-data` parts are merged
too; POST to `/store` itself creates a new graph and answers 201 with its
Location) and DELETE need writes enabled and the token.
"""
from __future__ import annotations

import uuid

from fastapi import APIRouter, Request
from pyoxigraph import NamedNode
from starlette.responses import Response

from server.auth import require_writer
from server.body import multipart_parts, read_body
from server.engine import QueryEngine
from server.errors import HttpError
from server.formats import DATASET, GRAPH, UPLOAD_FORMATS, parse_media_type
from server.worker import DEFAULT_GRAPH, WHOLE_DATASET

router = APIRouter()
_METHODS = ["GET", "HEAD", "PUT", "POST", "DELETE"]


@router.api_route("/store", methods=_METHODS, include_in_schema=False)
async def store_indirect(request: Request) -> Response:
    params = request.query_params
    graphs = params.getlist("graph")
    if len(graphs) > 1 or (graphs and "default" in params):
        raise HttpError(400, "bad_graph", "name one graph: either ?graph=IRI or ?default")
    if graphs:
        return await _handle(request, _checked_iri(graphs[0]))
    if "default" in params:
        return await _handle(request, DEFAULT_GRAPH)
    return await _handle(request, None)


@router.api_route("/store/{path:path}", methods=_METHODS, include_in_schema=False)
async def store_direct(request: Request, path: str) -> Response:
    if "graph" in request.query_params or "default" in request.query_params:
        raise HttpError(400, "bad_graph", "a graph URL under /store/ names itself; drop ?graph / ?default")
    return await _handle(request, _checked_iri(str(request.url.replace(query="", fragment=""))))


def _checked_iri(value: str) -> str:
    try:
        return NamedNode(value).value
    except ValueError as exc:
        raise HttpError(400, "bad_graph_iri", f"graph={value!r} is not an absolute IRI: {exc}") from exc


async def _handle(request: Request, graph: str | None) -> Response:
    engine: QueryEngine = request.app.state.engine
    method = request.method
    if method in ("GET", "HEAD"):
        return await engine.graph_get(
            WHOLE_DATASET if graph is None else graph,
            accept=request.headers.get("accept"),
            fmt=request.query_params.get("format"),
            if_none_match=request.headers.get("if-none-match"),
            kind=DATASET if graph is None else GRAPH,
        )
    require_writer(request, request.app.state.settings)
    if method == "DELETE":
        if graph is None:
            raise HttpError(400, "bad_graph", "DELETE needs ?graph=IRI or ?default")
        await engine.graph_delete(graph)
        return Response(status_code=204)
    parts = await _rdf_parts(request)
    if method == "PUT":
        if graph is None:
            raise HttpError(400, "bad_graph", "PUT needs ?graph=IRI or ?default")
        created = await engine.graph_write(graph, parts, replace=True)
        return Response(status_code=201 if created else 204)
    if graph is None:
        location = f"{str(request.url.replace(query='', fragment='')).rstrip('/')}/{uuid.uuid4().hex}"
        await engine.graph_write(location, parts, replace=False)
        return Response(status_code=201, headers={"Location": location})
    created = await engine.graph_write(graph, parts, replace=False)
    return Response(status_code=201 if created else 204)


async def _rdf_parts(request: Request) -> list[tuple[str, bytes]]:
    """The RDF in the body as (format, bytes) pairs: one, or one per multipart part."""
    content_type = request.headers.get("content-type", "")
    body = await read_body(request, request.app.state.settings["max_body_bytes"])
    media_type, _ = parse_media_type(content_type)
    if media_type == "multipart/form-data":
        return [(_upload_format(part_type), data) for part_type, data in multipart_parts(body, content_type)]
    return [(_upload_format(content_type), body)]


def _upload_format(content_type: str) -> str:
    media_type, _ = parse_media_type(content_type)
    if media_type not in UPLOAD_FORMATS:
        accepted = ", ".join(sorted(set(UPLOAD_FORMATS)))
        raise HttpError(415, "unsupported_media_type",
                        f"cannot read RDF sent as {media_type or 'no Content-Type'}; send one of: {accepted}")
    return UPLOAD_FORMATS[media_type]
