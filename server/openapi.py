"""An OpenAPI 3.1 description of the saved-query API, generated from the query headers.

One operation per saved query (GET, plus POST where its header declares it),
with each typed parameter as a schema (an IRI, a Wikidata id, a date ...), its
default and example, the result formats and the error shape. The page that
shows it is Swagger UI served from `server/static/vendor/swagger-ui/`, so the
documentation works with no network.
"""
from __future__ import annotations

import html
import json
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from kg.queries import MAX_PAGE_SIZE, MAX_VALUE_LENGTH, Parameter, QueryLibrary, SavedQuery

ASSETS = "/static/vendor/swagger-ui"

_TYPE_SCHEMAS: dict[str, dict[str, Any]] = {
    "iri": {"type": "string", "format": "iri"},
    "qid": {"type": "string", "pattern": "^Q[1-9][0-9]*$"},
    "string": {"type": "string", "maxLength": MAX_VALUE_LENGTH},
    "langString": {"type": "string", "pattern": "@[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$"},
    "integer": {"type": "integer"},
    "decimal": {"type": "number"},
    "date": {"type": "string", "format": "date"},
    "gYear": {"type": "string", "pattern": "^[0-9]{4}$"},
    "boolean": {"type": "boolean"},
}

_TABLE_TYPES = ("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                "text/tab-separated-values", "text/html")
_GRAPH_TYPES = ("text/turtle", "application/n-triples", "application/ld+json", "text/html")
_ERROR = {"$ref": "#/components/responses/Error"}


def _package_version() -> str:
    try:
        return version("diplomacy-kg")
    except PackageNotFoundError:
        return "0"


def document(library: QueryLibrary) -> dict[str, Any]:
    """The OpenAPI 3.1 document for every query of `library`."""
    paths: dict[str, Any] = {"/api/queries": {"get": _list_operation()}}
    for query in library:
        item = {"get": _operation(query, "get")}
        if "POST" in query.methods:
            item["post"] = _operation(query, "post")
        paths[f"/api/queries/{query.name}"] = item
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "diplomacy-kg saved queries",
            "version": _package_version(),
            "description": "Documented, parameterised questions about the diplomacy knowledge graph. Each "
                           "parameter is bound by its type, never pasted into the query. Append .json, .csv, "
                           ".tsv, .ttl, .html, .xml, .nt or .jsonld to a query's path to choose the format "
                           "without an Accept header.",
            "license": {"name": "Apache-2.0", "identifier": "Apache-2.0"},
        },
        "tags": sorted(({"name": t} for t in {t for q in library for t in q.tags}), key=lambda t: t["name"]),
        "paths": paths,
        "components": _components(),
    }


def _list_operation() -> dict[str, Any]:
    return {
        "operationId": "listQueries",
        "summary": "List the saved queries",
        "description": "Every saved query with its summary, parameters (types, defaults, examples) and URL.",
        "responses": {"200": {"description": "The saved queries.",
                              "content": {"application/json": {"schema": {"type": "object"}}}}},
    }


def _operation(query: SavedQuery, method: str) -> dict[str, Any]:
    graph = query.form in ("CONSTRUCT", "DESCRIBE")
    op: dict[str, Any] = {
        "operationId": _operation_id(query.name, method),
        "summary": query.summary or query.name,
        "description": query.description,
        "tags": list(query.tags),
        "responses": _responses(graph),
    }
    params = [] if graph else _paging_parameters(query)
    if method == "get":
        params = [_parameter(p) for p in query.parameters] + params
    else:
        op["requestBody"] = _request_body(query)
    if params:
        op["parameters"] = params
    return op


def _operation_id(name: str, method: str) -> str:
    words = name.split("-")
    base = words[0] + "".join(w.capitalize() for w in words[1:])
    return base if method == "get" else f"{base}Post"


def _schema(param: Parameter) -> dict[str, Any]:
    schema = dict(_TYPE_SCHEMAS[param.type])
    if param.type == "langString" and param.lang:
        schema = {"type": "string", "maxLength": MAX_VALUE_LENGTH}
    if param.enum:
        schema["enum"] = list(param.enum)
    if param.default is not None:
        schema["default"] = _typed(param, param.default)
    return schema


def _typed(param: Parameter, value: str) -> Any:
    """A header value as the JSON type its schema declares."""
    if param.type == "integer":
        return int(value)
    if param.type == "decimal":
        return float(value)
    if param.type == "boolean":
        return value.strip().lower() in ("true", "1", "yes")
    return value


def _parameter(param: Parameter) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": param.name, "in": "query", "required": param.required,
        "description": f"{param.description} ({param.expected})".strip(),
        "schema": _schema(param),
    }
    if param.example is not None:
        out["example"] = _typed(param, param.example)
    return out


def _paging_parameters(query: SavedQuery) -> list[dict[str, Any]]:
    size = query.pagination
    note = f"Declared page size: {size}." if size else "Without page or per_page every row is returned."
    return [
        {"name": "page", "in": "query", "required": False, "description": f"Page number, from 1. {note}",
         "schema": {"type": "integer", "minimum": 1}},
        {"name": "per_page", "in": "query", "required": False, "description": "Rows per page.",
         "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE}},
    ]


def _request_body(query: SavedQuery) -> dict[str, Any]:
    schema = {
        "type": "object",
        "properties": {p.name: {**_schema(p), "description": p.expected} for p in query.parameters},
        "required": [p.name for p in query.parameters if p.required],
        "additionalProperties": False,
    }
    return {"required": False, "content": {"application/x-www-form-urlencoded": {"schema": schema},
                                           "application/json": {"schema": schema}}}


def _responses(graph: bool) -> dict[str, Any]:
    types = _GRAPH_TYPES if graph else _TABLE_TYPES
    content = {t: {"schema": {"$ref": "#/components/schemas/SparqlResults"}} if t.endswith("+json") and not graph
               else {"schema": {"type": "string"}} for t in types}
    headers = {"ETag": {"$ref": "#/components/headers/ETag"}}
    if not graph:
        headers |= {"Link": {"$ref": "#/components/headers/Link"},
                    "X-Total-Count": {"$ref": "#/components/headers/X-Total-Count"}}
    return {
        "200": {"description": "The answer, in the format of the suffix or of Accept.", "headers": headers,
                "content": content},
        "304": {"description": "Not modified: the ETag sent in If-None-Match is still current."},
        "400": _ERROR, "404": _ERROR, "406": _ERROR, "422": _ERROR, "503": _ERROR, "504": _ERROR,
    }


def _components() -> dict[str, Any]:
    return {
        "schemas": {
            "Error": {"type": "object", "required": ["error"], "properties": {"error": {
                "type": "object", "required": ["code", "message"],
                "properties": {"code": {"type": "string"}, "message": {"type": "string"}}}}},
            "SparqlResults": {"type": "object", "description": "SPARQL 1.1 Query Results JSON Format.",
                              "properties": {"head": {"type": "object"}, "results": {"type": "object"},
                                             "boolean": {"type": "boolean"}}},
        },
        "responses": {"Error": {"description": "An error: the status says what kind, the body says what to do.",
                                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}},
        "headers": {
            "ETag": {"description": "Changes when the store changes.", "schema": {"type": "string"}},
            "Link": {"description": "first, prev, next and last pages (only when paginated).",
                     "schema": {"type": "string"}},
            "X-Total-Count": {"description": "Rows of the whole result (only when paginated).",
                              "schema": {"type": "integer"}},
        },
    }


def docs_page(spec_url: str) -> str:
    """The Swagger UI page for the document at `spec_url`, using only the locally served assets
    (the online spec validator badge is switched off: it would call validator.swagger.io)."""
    config = json.dumps({"url": spec_url, "dom_id": "#swagger-ui", "deepLinking": True, "validatorUrl": None})
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>diplomacy-kg saved queries</title>
<link rel="stylesheet" href="{html.escape(ASSETS)}/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="{html.escape(ASSETS)}/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle(Object.assign({config}, {{presets: [SwaggerUIBundle.presets.apis]}}));</script>
</body>
</html>
"""
