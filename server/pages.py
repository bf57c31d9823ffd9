"""The query UI at `/`: a SPARQL editor and result tables (Yasgui), from local files only.

The page works with no network: Yasgui's script and style are vendored in
`server/static/vendor/`, its autocompleters that call web services are off,
the ontology's prefixes are declared in the starting query and the saved
queries are offered as examples, all embedded in the page itself.
"""
from __future__ import annotations

import html
import json
import logging
from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse

from kg.errors import QueryError
from kg.queries import QueryLibrary
from kg.rdf.terms import PREFIXES

router = APIRouter()
log = logging.getLogger("kg.server")

_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="/static/vendor/yasgui.min.css">
<link rel="stylesheet" href="/static/ui.css">
</head>
<body>
<header><h1>{title}</h1><nav><a href="/sparql?format=turtle">service description</a>
<a href="/api/queries">saved-query API</a> <a href="/healthz">health</a></nav></header>
<main>
<aside><h2>Examples</h2><ul id="examples"></ul></aside>
<section id="yasgui"></section>
</main>
<script id="kg-config" type="application/json">{config}</script>
<script src="/static/vendor/yasgui.min.js"></script>
<script src="/static/ui.js"></script>
</body>
</html>
"""


def starting_query() -> str:
    """The query a new tab opens with: every project prefix declared, then a first look at the data."""
    lines = [f"PREFIX {name}: <{iri}>" for name, iri in PREFIXES.items()]
    lines += ["", "SELECT ?article ?class (COUNT(?thing) AS ?things)", "WHERE {",
              "  GRAPH ?article { ?thing a ?class }", "}", "GROUP BY ?article ?class", "ORDER BY ?article ?class",
              "LIMIT 100"]
    return "\n".join(lines) + "\n"


def examples() -> list[dict[str, str]]:
    """The saved queries with their example values bound, as the UI's example list."""
    try:
        library = QueryLibrary.from_directory()
    except QueryError as exc:
        log.warning("no saved queries for the UI: %s", exc)
        return []
    found: list[dict[str, str]] = []
    for saved in library:
        try:
            text = saved.bind(saved.example())
        except QueryError:
            text = saved.text
        found.append({"name": saved.name, "summary": saved.summary or saved.name, "query": text})
    return found


def _config(request: Request) -> dict[str, Any]:
    return {"endpoint": str(request.url_for("sparql_post")), "prefixes": PREFIXES,
            "query": starting_query(), "examples": examples()}


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
async def index(request: Request) -> HTMLResponse:
    config = json.dumps(_config(request), ensure_ascii=False).replace("<", "\\u003c")
    page = _PAGE.format(title=html.escape("Diplomacy knowledge graph: SPARQL"), config=config)
    return HTMLResponse(page, headers={"Cache-Control": "no-cache"})
