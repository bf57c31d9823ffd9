"""The saved-query HTTP API on a real server (uvicorn on loopback, worker processes, on-disk store):
listing, formats, pagination, errors, POST, injection through every type, the cache with ETag/304,
the same rows as the command line, the OpenAPI document and its UI in headless Chromium offline."""
from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
from click.testing import CliRunner
from openapi_spec_validator import validate
from pyoxigraph import Literal, QueryResultsFormat, parse_query_results

from kg import queries, results
from kg.cli import main
from kg.errors import ParameterError
from kg.queries import PARAMETER_TYPES, QueryLibrary
from server.saved import ResultCache
from server.testing import running_server
from test_queries import save_store

TOKEN = "saved-query-test-token"
ECHO = "".join(f"#+   v_{t}:\n#+     type: {t}\n#+     required: false\n" for t in PARAMETER_TYPES)
ECHO_QUERY = ("#+ summary: Echo every parameter type\n#+ method: [GET, POST]\n#+ parameters:\n" + ECHO +
              "SELECT " + " ".join(f"?{t}" for t in PARAMETER_TYPES) + " WHERE { " +
              " ".join(f"BIND(?_v_{t} AS ?{t})" for t in PARAMETER_TYPES) + " }\n")


@pytest.fixture(scope="module")
def dirs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("saved")
    folder = root / "queries"
    folder.mkdir()
    for source in queries.default_directory().glob("*.rq"):
        shutil.copy(source, folder / source.name)
    (folder / "echo.rq").write_text(ECHO_QUERY, encoding="utf-8")
    return {"server": save_store(root / "server-store"), "cli": save_store(root / "cli-store"),
            "queries": str(folder)}


@pytest.fixture(scope="module")
def client(dirs: dict[str, str]) -> Iterator[httpx.Client]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(queries, "default_directory", lambda: Path(dirs["queries"]))
        settings = {"store": dirs["server"], "allow_writes": True, "write_token": TOKEN}
        with running_server(settings) as base, httpx.Client(base_url=base, timeout=60) as http:
            yield http


def bindings(response: httpx.Response) -> list[dict[str, str]]:
    assert response.status_code == 200, response.text
    return [{k: v["value"] for k, v in b.items()} for b in response.json()["results"]["bindings"]]


def links(response: httpx.Response) -> dict[str, tuple[str, dict[str, str]]]:
    """The Link header as rel -> (path, query parameters); every target is an absolute URL of this server."""
    found = {}
    for part in response.headers["link"].split(", "):
        target, rel = part.split("; ")
        url = urlsplit(target.strip("<>"))
        assert url.scheme == "http" and url.netloc == response.url.netloc.decode()
        found[rel.removeprefix('rel="').rstrip('"')] = (url.path, dict(parse_qsl(url.query)))
    return found


def error(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    return f"{body['error']['code']}: {body['error']['message']}"


LIBRARY = QueryLibrary.from_directory()
ECHO_PARAMETERS = queries.parse(ECHO_QUERY, "echo").parameters
SELECTS = sorted(q.name for q in LIBRARY if q.form == "SELECT" and not q.name.startswith("wikidata-"))


# --- listing and running -----------------------------------------------------------------------

def test_the_listing_gives_names_summaries_parameters_defaults_and_examples(client: httpx.Client) -> None:
    listing = {q["name"]: q for q in client.get("/api/queries").json()["queries"]}
    assert set(listing) == {q.name for q in LIBRARY} | {"echo"}
    network = listing["network"]
    params = {p["name"]: p for p in network["parameters"]}
    assert params["actor"]["type"] == "qid" and params["actor"]["example"] == "Q15031"
    assert params["min_contacts"] == {**params["min_contacts"], "type": "integer", "default": "1", "required": False}
    assert network["url"] == "/api/queries/network" and network["pagination"] == 100
    assert listing["timeline"]["example"] == {"actor": "Q7747"}


@pytest.mark.parametrize("name", SELECTS)
def test_the_command_line_and_http_give_the_same_rows(client: httpx.Client, dirs: dict[str, str], name: str) -> None:
    example = LIBRARY.get(name).example()
    http_rows = bindings(client.get(f"/api/queries/{name}", params={**example, "per_page": "10000"}))
    args = [f"--param={k}={v}" for k, v in example.items()]
    cli = CliRunner().invoke(main, ["query", "run", name, *args, "--format", "json", "--store", dirs["cli"]])
    assert cli.exit_code == 0, cli.stderr
    cli_rows = [{k: v["value"] for k, v in b.items()} for b in json.loads(cli.stdout)["results"]["bindings"]]
    assert http_rows == cli_rows
    assert http_rows


def test_contract_queries_answer_every_row_in_sparql_json_by_default(client: httpx.Client) -> None:
    response = client.get("/api/queries/events", headers={"Accept": "application/sparql-results+json"})
    assert response.headers["content-type"].startswith("application/sparql-results+json")
    assert len(bindings(response)) == 14
    assert "link" not in response.headers


@pytest.mark.parametrize("suffix, media_type", [
    (".json", "application/sparql-results+json"), (".csv", "text/csv"), (".tsv", "text/tab-separated-values"),
    (".html", "text/html"), (".xml", "application/sparql-results+xml"),
])
def test_a_suffix_chooses_the_format(client: httpx.Client, suffix: str, media_type: str) -> None:
    response = client.get(f"/api/queries/contacts{suffix}", params={"a": "Q7747", "b": "Q15031"},
                          headers={"Accept": "image/png"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media_type)
    assert "per Videoverbindung" in response.text


@pytest.mark.parametrize("suffix, media_type, marker", [
    (".ttl", "text/turtle", "dip:VideoCall"), (".nt", "application/n-triples", "#VideoCall>"),
    (".jsonld", "application/ld+json", "VideoCall"), (".json", "application/ld+json", "VideoCall"),
    (".html", "text/html", "dip:VideoCall"),
])
def test_a_construct_query_answers_rdf(client: httpx.Client, suffix: str, media_type: str, marker: str) -> None:
    response = client.get(f"/api/queries/contact-graph{suffix}", params={"actor": "Q7747"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(media_type)
    assert marker in response.text


@pytest.mark.parametrize("accept, media_type", [
    ("text/csv", "text/csv"), ("application/json", "application/sparql-results+json"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/html"),
    ("text/tab-separated-values;q=0.5, text/csv;q=0.4", "text/tab-separated-values"), ("*/*", "application/sparql"),
])
def test_accept_chooses_the_format(client: httpx.Client, accept: str, media_type: str) -> None:
    response = client.get("/api/queries/roles", headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media_type)


def test_formats_that_do_not_fit_are_406(client: httpx.Client) -> None:
    assert "not_acceptable" in error(client.get("/api/queries/roles.ttl"), 406)
    assert ".csv" in error(client.get("/api/queries/roles.ttl"), 406)
    assert "not_acceptable" in error(client.get("/api/queries/roles", headers={"Accept": "image/png"}), 406)


def test_head_answers_the_headers_only(client: httpx.Client) -> None:
    response = client.head("/api/queries/roles.csv")
    assert response.status_code == 200 and response.content == b""
    assert response.headers["etag"]


# --- pagination --------------------------------------------------------------------------------

def test_pages_carry_link_and_total_headers(client: httpx.Client) -> None:
    response = client.get("/api/queries/events.json", params={"per_page": "5", "page": "2"})
    assert len(bindings(response)) == 5
    assert response.headers["x-total-count"] == "14"
    assert links(response) == {"first": ("/api/queries/events.json", {"page": "1", "per_page": "5"}),
                               "prev": ("/api/queries/events.json", {"page": "1", "per_page": "5"}),
                               "next": ("/api/queries/events.json", {"page": "3", "per_page": "5"}),
                               "last": ("/api/queries/events.json", {"page": "3", "per_page": "5"})}
    assert response.headers["link"].index('rel="first"') < response.headers["link"].index('rel="last"')
    last = client.get("/api/queries/events.json", params={"per_page": "5", "page": "3"})
    assert len(bindings(last)) == 4
    assert set(links(last)) == {"first", "prev", "last"}
    pages = [bindings(client.get("/api/queries/events.json", params={"per_page": "5", "page": str(n)}))
             for n in (1, 2, 3)]
    assert sum(pages, []) == bindings(client.get("/api/queries/events.json"))


def test_a_declared_page_size_paginates_by_default(client: httpx.Client) -> None:
    response = client.get("/api/queries/most-active")
    assert response.headers["x-total-count"] == str(len(bindings(response)))
    assert links(response) == {rel: ("/api/queries/most-active", {"page": "1", "per_page": "25"})
                               for rel in ("first", "last")}


def test_beyond_the_last_page_is_empty_and_bad_pages_are_400(client: httpx.Client) -> None:
    response = client.get("/api/queries/events.json", params={"per_page": "5", "page": "9"})
    assert bindings(response) == []
    assert links(response)["prev"] == links(response)["last"] == ("/api/queries/events.json",
                                                                  {"page": "3", "per_page": "5"})
    assert "'page'" in error(client.get("/api/queries/events", params={"page": "0"}), 400)
    assert "'per_page'" in error(client.get("/api/queries/events", params={"per_page": "ten"}), 400)
    assert "'per_page'" in error(client.get("/api/queries/events", params={"per_page": "10001"}), 400)


# --- errors and POST ---------------------------------------------------------------------------

@pytest.mark.parametrize("path, params, status, words", [
    ("/api/queries/no-such-query", {}, 404, "unknown_query"),
    ("/api/queries/timeline", {"actor": "Putin"}, 400, "parameter 'actor' must be a Wikidata id"),
    ("/api/queries/timeline", {"actor": "Q7747", "from": "2026-02-30"}, 400, "parameter 'from' must be a date"),
    ("/api/queries/timeline", {}, 400, "parameter 'actor' is required"),
    ("/api/queries/timeline", {"actor": "Q7747", "colour": "red"}, 400, "unknown parameter 'colour'"),
    ("/api/queries/network", {"min_contacts": "many"}, 400, "parameter 'min_contacts' must be an integer"),
])
def test_errors_have_the_right_status_and_a_json_body(client: httpx.Client, path: str, params: dict[str, str],
                                                      status: int, words: str) -> None:
    assert words in error(client.get(path, params=params), status)


def test_a_repeated_parameter_and_a_post_to_a_get_query_are_refused(client: httpx.Client) -> None:
    assert "more than once" in error(client.get("/api/queries/timeline?actor=Q7747&actor=Q148"), 400)
    response = client.post("/api/queries/timeline", data={"actor": "Q7747"})
    assert "method_not_allowed" in error(response, 405)
    assert response.headers["allow"] == "GET, HEAD"


def test_post_takes_a_form_or_a_json_object_where_declared(client: httpx.Client) -> None:
    form = bindings(client.post("/api/queries/statements-by", data={"speaker_name": "uschakow"}))
    assert [r["quote"] for r in form] == ["die Ansichten stimmten überein"]
    as_json = bindings(client.post("/api/queries/statements-by", json={"speaker": "Q15031", "direct": True}))
    assert [r["speakerLabel"] for r in as_json] == ["Xi Jinping"]
    assert "bad_parameter" in error(client.post("/api/queries/statements-by", json={"speaker": ["Q1"]}), 400)
    assert "bad_json" in error(client.post("/api/queries/statements-by", content=b"{",
                                           headers={"Content-Type": "application/json"}), 400)
    assert "unsupported_media_type" in error(client.post("/api/queries/statements-by", content=b"x",
                                                         headers={"Content-Type": "text/plain"}), 415)


# --- injection through every type over HTTP ----------------------------------------------------

PAYLOADS = ['x" } ; DROP ALL ; #', ") } GRAPH ?g { ?s ?p ?o } (", "Q1 } UNION { ?s ?p ?o }",
            "http://example.org/x> } #", "1 ) } #", "2026 } #", "true } #", 'Putin@de" } #', "2.5 } #"]


def _count(client: httpx.Client) -> str:
    count = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"
    return bindings(client.get("/sparql", params={"query": count}))[0]["n"]


@pytest.mark.parametrize("ptype", sorted(PARAMETER_TYPES))
def test_injection_through_every_type_is_refused_or_bound_as_data(client: httpx.Client, ptype: str) -> None:
    before = _count(client)
    param = next(p for p in ECHO_PARAMETERS if p.type == ptype)
    for payload in PAYLOADS:
        for response in (client.get("/api/queries/echo", params={param.name: payload}),
                         client.post("/api/queries/echo", data={param.name: payload})):
            try:
                expected = param.to_term(payload)
            except ParameterError:
                assert f"parameter '{param.name}'" in error(response, 400)
                continue
            (row,) = list(parse_query_results(response.content, QueryResultsFormat.JSON))
            assert row[ptype] == expected
            assert [name for name in PARAMETER_TYPES if row[name] is not None] == [ptype]
    assert _count(client) == before


# --- cache, ETag, 304 --------------------------------------------------------------------------

def test_results_are_cached_per_store_version_with_etags(client: httpx.Client) -> None:
    url = "/api/queries/contacts.csv?a=Q7747&b=Q22686"
    first = client.get(url)
    second = client.get(url)
    assert second.headers["kg-cache"] == "hit" and second.text == first.text
    etag = second.headers["etag"]
    assert client.get(url, headers={"If-None-Match": etag}).status_code == 304
    assert client.get("/api/queries/contacts.json?a=Q7747&b=Q22686").headers["etag"] != etag
    update = client.post("/sparql", data={"update": "INSERT DATA { GRAPH <http://example.org/scratch> "
                                                    "{ <http://example.org/s> <http://example.org/p> 1 } }"},
                         headers={"Authorization": f"Bearer {TOKEN}"})
    assert update.status_code in (200, 204), update.text
    after = client.get(url, headers={"If-None-Match": etag})
    assert after.status_code == 200
    assert after.headers["etag"] != etag and after.headers["kg-cache"] == "miss"
    assert client.get(url).headers["kg-cache"] == "hit"


def test_the_cache_is_bounded_and_emptied_by_a_new_version() -> None:
    def table(n: int) -> results.Table:
        return results.Table(("x",), tuple((Literal(str(i)),) for i in range(n)))

    cache = ResultCache(entries=2, cells=10)
    cache.put(1, "a", table(4))
    cache.put(1, "b", table(4))
    assert cache.get(1, "a") == table(4)
    cache.put(1, "c", table(4))
    assert (cache.get(1, "a"), cache.get(1, "b"), cache.get(1, "c")) == (table(4), None, table(4))
    cache.put(1, "huge", table(11))
    assert cache.get(1, "huge") is None
    assert cache.get(2, "a") is None and cache.get(1, "a") is None


# --- OpenAPI and its UI ------------------------------------------------------------------------

def test_the_openapi_document_validates_with_one_operation_per_query(client: httpx.Client) -> None:
    document = client.get("/api/openapi.json").json()
    validate(document)
    assert document["openapi"] == "3.1.0"
    paths = document["paths"]
    assert set(paths) == {"/api/queries"} | {f"/api/queries/{q.name}" for q in LIBRARY} | {"/api/queries/echo"}
    timeline = paths["/api/queries/timeline"]["get"]
    params = {p["name"]: p for p in timeline["parameters"]}
    assert params["actor"]["required"] and params["actor"]["schema"]["pattern"] == "^Q[1-9][0-9]*$"
    assert params["from"]["schema"] == {"type": "string", "format": "date"}
    assert params["actor"]["example"] == "Q7747"
    assert "post" in paths["/api/queries/statements-by"] and "post" not in paths["/api/queries/timeline"]
    assert paths["/api/queries/network"]["get"]["parameters"][3]["schema"]["default"] == 1
    operation_ids = [op["operationId"] for item in paths.values() for op in item.values()]
    assert len(operation_ids) == len(set(operation_ids))


def test_the_api_documentation_loads_with_the_network_unreachable(
        client: httpx.Client, offline_page: Callable[[str, list[str]], Any]) -> None:
    base = str(client.base_url)
    attempted: list[str] = []
    page = offline_page(base, attempted)
    page.goto(f"{base}/api/docs")
    page.locator(".opblock-summary-path", has_text="/api/queries/timeline").first.wait_for(timeout=30_000)
    assert page.locator(".opblock").count() >= len(LIBRARY)
    page.locator(".opblock-summary-path", has_text="/api/queries/timeline").first.click()
    parameters = page.locator(".parameters").first
    parameters.wait_for()
    assert "a Wikidata id such as Q7747" in parameters.inner_text()
    assert attempted == []
    page.close()
