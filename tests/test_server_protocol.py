"""The SPARQL endpoint over real HTTP: negotiation, datasets, caching, HEAD, service description, operations."""
from __future__ import annotations

import json
import logging
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
import rdflib

from server.testing import running_server

DATA = """
@prefix dip: <https://w3id.org/diplomacy-kg/ontology#> .
@prefix id: <https://w3id.org/diplomacy-kg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

id:article-a {
  id:article-a a dip:Article .
  id:macron a dip:Person ; rdfs:label "Emmanuel Macron"@de .
  id:call-1 a dip:PhoneCall ; dip:participant id:macron, id:scholz .
}
id:article-b {
  id:article-b a dip:Article .
  id:scholz a dip:Person ; rdfs:label "Olaf Scholz"@en .
}
<https://w3id.org/diplomacy-kg/id/meta> rdfs:comment "only in the default graph" .
"""
PERSONS = "PREFIX dip: <https://w3id.org/diplomacy-kg/ontology#> SELECT ?p WHERE { ?p a dip:Person } ORDER BY ?p"
MACRON = "https://w3id.org/diplomacy-kg/id/macron"
SCHOLZ = "https://w3id.org/diplomacy-kg/id/scholz"


@pytest.fixture(scope="module")
def store_path(trig_store: Callable[[str, str], str]) -> str:
    return trig_store("protocol", DATA)


@pytest.fixture(scope="module")
def base(store_path: str) -> Iterator[str]:
    with running_server({"store": store_path}) as url:
        yield url


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=30.0) as client:
        yield client


def _values(response: httpx.Response, var: str) -> list[str]:
    assert response.status_code == 200, response.text
    return [row[var]["value"] for row in response.json()["results"]["bindings"] if var in row]


def test_get_and_both_posts_give_the_same_rows(base: str, http: httpx.Client) -> None:
    by_get = http.get(f"{base}/sparql", params={"query": PERSONS})
    by_form = http.post(f"{base}/sparql", data={"query": PERSONS})
    by_body = http.post(f"{base}/sparql", content=PERSONS, headers={"content-type": "application/sparql-query"})
    assert _values(by_get, "p") == _values(by_form, "p") == _values(by_body, "p") == [MACRON, SCHOLZ]


def test_the_default_graph_is_the_union_of_all_graphs(base: str, http: httpx.Client) -> None:
    query = "SELECT ?s WHERE { ?s a <https://w3id.org/diplomacy-kg/ontology#Article> } ORDER BY ?s"
    articles = _values(http.get(f"{base}/sparql", params={"query": query}), "s")
    assert len(articles) == 2
    real_default = http.get(f"{base}/sparql", params={"query": query, "union": "false"})
    assert _values(real_default, "s") == []
    comment = "SELECT ?c WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#comment> ?c }"
    by_sentinel = http.get(f"{base}/sparql", params={"query": comment, "default-graph-uri": "urn:x-kg:default-graph"})
    assert _values(by_sentinel, "c") == ["only in the default graph"]


def test_protocol_dataset_and_from_clauses_restrict_the_default_graph(base: str, http: httpx.Client) -> None:
    graph_b = "https://w3id.org/diplomacy-kg/id/article-b"
    only_b = http.get(f"{base}/sparql", params={"query": PERSONS, "default-graph-uri": graph_b})
    assert _values(only_b, "p") == [SCHOLZ]
    from_b = PERSONS.replace("WHERE", f"FROM <{graph_b}> WHERE")
    assert _values(http.get(f"{base}/sparql", params={"query": from_b}), "p") == [SCHOLZ]
    named = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert set(_values(http.get(f"{base}/sparql", params={"query": named, "named-graph-uri": graph_b}), "g")) \
        == {graph_b}


@pytest.mark.parametrize(("accept", "media_type"), [
    (None, "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    ("text/*;q=0.2, application/json", "application/sparql-results+json"),
])
def test_select_answers_in_the_negotiated_format(base: str, http: httpx.Client, accept: str | None,
                                                 media_type: str) -> None:
    headers = {"accept": accept} if accept else {}
    request = http.build_request("GET", f"{base}/sparql", params={"query": PERSONS}, headers=headers)
    if not accept:
        del request.headers["accept"]
    response = http.send(request)
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media_type
    assert "Emmanuel Macron" not in response.text and MACRON in response.text


@pytest.mark.parametrize(("accept", "rdflib_format"), [
    (None, "turtle"), ("text/turtle", "turtle"), ("application/n-triples", "nt"),
    ("application/rdf+xml", "xml"), ("application/ld+json", "json-ld"), ("application/n-quads", "nquads"),
    ("application/trig", "trig"),
])
def test_construct_answers_in_the_negotiated_rdf_format(base: str, http: httpx.Client, accept: str | None,
                                                        rdflib_format: str) -> None:
    query = "CONSTRUCT { ?p ?x ?y } WHERE { ?p a <https://w3id.org/diplomacy-kg/ontology#Person> ; ?x ?y }"
    request = http.build_request("POST", f"{base}/sparql", data={"query": query},
                                 headers={"accept": accept} if accept else {})
    if not accept:
        del request.headers["accept"]
    response = http.send(request)
    assert response.status_code == 200, response.text
    assert response.headers["kg-result-rows"] == "4"
    graph = rdflib.Dataset() if rdflib_format in ("nquads", "trig") else rdflib.Graph()
    graph.parse(data=response.content, format=rdflib_format)
    labels = {str(o) for _, p, o in graph.triples((None, rdflib.RDFS.label, None))}
    assert labels == {"Emmanuel Macron", "Olaf Scholz"}


def test_format_parameter_wins_over_accept(base: str, http: httpx.Client) -> None:
    response = http.get(f"{base}/sparql", params={"query": PERSONS, "format": "csv"}, headers={"accept": "text/html"})
    assert response.headers["content-type"].startswith("text/csv")
    assert response.text.splitlines() == ["p", MACRON, SCHOLZ]


def test_no_acceptable_format_is_406_with_the_choices(base: str, http: httpx.Client) -> None:
    response = http.get(f"{base}/sparql", params={"query": PERSONS}, headers={"accept": "image/png"})
    assert response.status_code == 406
    assert "text/csv" in response.json()["error"]["message"]
    bad_param = http.get(f"{base}/sparql", params={"query": "ASK {}", "format": "turtle"})
    assert bad_param.status_code == 406


def test_ask_query(base: str, http: httpx.Client) -> None:
    response = http.get(f"{base}/sparql", params={"query": f"ASK {{ <{MACRON}> ?p ?o }}"})
    assert response.json()["boolean"] is True


def test_syntax_error_is_400_with_the_parser_message(base: str, http: httpx.Client) -> None:
    response = http.get(f"{base}/sparql", params={"query": "SELECT * WHERE { ?s ?p }"})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "syntax_error"
    assert "1:" in response.json()["error"]["message"]


def test_updates_on_a_read_only_server_are_refused_and_change_nothing(base: str, http: httpx.Client) -> None:
    response = http.post(f"{base}/sparql", content="CLEAR ALL", headers={"content-type": "application/sparql-update",
                                                                         "authorization": "Bearer anything"})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "writes_disabled"
    assert http.put(f"{base}/store?default", content="<urn:a> <urn:b> <urn:c> .",
                    headers={"content-type": "text/turtle"}).status_code == 403
    assert _values(http.get(f"{base}/sparql", params={"query": PERSONS}), "p") == [MACRON, SCHOLZ]


def test_etag_gives_304_and_head_has_the_headers(base: str, http: httpx.Client) -> None:
    first = http.get(f"{base}/sparql", params={"query": PERSONS})
    etag = first.headers["etag"]
    again = http.get(f"{base}/sparql", params={"query": PERSONS}, headers={"if-none-match": etag})
    assert again.status_code == 304 and again.content == b""
    other = http.get(f"{base}/sparql", params={"query": PERSONS, "format": "xml"}, headers={"if-none-match": etag})
    assert other.status_code == 200
    head = http.head(f"{base}/sparql", params={"query": PERSONS})
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-type"] == first.headers["content-type"]
    assert head.headers["etag"] == etag


def test_large_answers_are_gzipped(base: str, http: httpx.Client) -> None:
    numbers = " ".join(str(n) for n in range(1, 11))
    query = f"SELECT ?n WHERE {{ VALUES ?a {{ {numbers} }} VALUES ?b {{ {numbers} }} BIND(?a * ?b AS ?n) }}"
    response = http.get(f"{base}/sparql", params={"query": query}, headers={"accept-encoding": "gzip"})
    assert response.headers["content-encoding"] == "gzip"
    assert len(response.json()["results"]["bindings"]) == 100
    plain = http.get(f"{base}/sparql", params={"query": query}, headers={"accept-encoding": "identity"})
    assert "content-encoding" not in plain.headers and plain.content == response.content


def test_cors_is_off_by_default(base: str, http: httpx.Client) -> None:
    response = http.get(f"{base}/sparql", params={"query": "ASK {}"}, headers={"origin": "https://example.org"})
    assert "access-control-allow-origin" not in response.headers


def test_cors_flag_opens_the_endpoint(trig_store: Callable[[str, str], str]) -> None:
    with running_server({"store": trig_store("cors", DATA), "cors": True}) as url:
        simple = httpx.get(f"{url}/sparql", params={"query": "ASK {}"}, headers={"origin": "https://example.org"})
        assert simple.headers["access-control-allow-origin"] == "*"
        exposed = {h.strip().lower() for h in simple.headers["access-control-expose-headers"].split(",")}
        assert {"etag", "link", "x-total-count", "kg-cache", "kg-result-rows", "kg-result-cap", "retry-after",
                "location", "www-authenticate"} <= exposed
        preflight = httpx.options(f"{url}/sparql", headers={
            "origin": "https://example.org", "access-control-request-method": "POST",
            "access-control-request-headers": "content-type"})
        assert preflight.status_code == 200
        assert "POST" in preflight.headers["access-control-allow-methods"]


def test_service_description_with_void_counts(base: str, http: httpx.Client) -> None:
    response = http.get(f"{base}/sparql", headers={"accept": "text/turtle"})
    assert response.status_code == 200
    graph = rdflib.Graph().parse(data=response.text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    void = rdflib.Namespace("http://rdfs.org/ns/void#")
    assert (None, sd.endpoint, rdflib.URIRef(f"{base}/sparql")) in graph
    assert (None, sd.feature, sd.UnionDefaultGraph) in graph
    assert (None, sd.supportedLanguage, sd.SPARQL11Update) not in graph
    quads = next(graph.objects(None, void.triples))
    assert int(quads) > 0
    documents = {int(o) for o in graph.objects(None, void.documents)}
    assert documents == {2}
    browser = http.get(f"{base}/sparql", headers={"accept": "text/html,*/*;q=0.8"}, follow_redirects=False)
    assert browser.status_code == 303 and browser.headers["location"] == "/"


def test_graph_store_reads(base: str, http: httpx.Client) -> None:
    graph_b = "https://w3id.org/diplomacy-kg/id/article-b"
    response = http.get(f"{base}/store", params={"graph": graph_b}, headers={"accept": "application/n-triples"})
    assert response.status_code == 200
    assert "Olaf Scholz" in response.text and "Macron" not in response.text
    missing = http.get(f"{base}/store", params={"graph": "https://w3id.org/diplomacy-kg/id/nothing"})
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    dataset = http.get(f"{base}/store", headers={"accept": "application/n-quads"})
    assert dataset.text.count(f"<{graph_b}> .") == 3
    assert http.head(f"{base}/store", params={"graph": graph_b}).headers["content-type"].startswith("text/turtle")


def test_healthz_and_metrics(base: str, http: httpx.Client) -> None:
    health = http.get(f"{base}/healthz")
    assert health.status_code == 200 and health.json()["status"] == "ok" and health.json()["workers"] >= 1
    http.get(f"{base}/sparql", params={"query": "ASK {}"})
    http.get(f"{base}/sparql", params={"query": "ASK {"})
    text = http.get(f"{base}/metrics").text
    assert 'kg_queries_total{outcome="ok"}' in text
    assert 'kg_query_errors_total{code="syntax_error"}' in text
    assert "kg_query_duration_seconds_count" in text
    assert 'kg_requests_total{method="GET",status="200"}' in text


def test_access_log_has_a_json_line_with_query_time(base: str, http: httpx.Client,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="kg.access"):
        http.get(f"{base}/sparql", params={"query": PERSONS})
        deadline = time.monotonic() + 10  # the line is written once the answer has gone out
        while not any(r.name == "kg.access" and '"/sparql"' in r.getMessage() for r in caplog.records):
            assert time.monotonic() < deadline, "no access log line"
            time.sleep(0.02)
    entries = [json.loads(r.getMessage()) for r in caplog.records if r.name == "kg.access"]
    entry = next(e for e in entries if e["path"] == "/sparql")
    assert entry["status"] == 200 and entry["query_ms"] is not None and entry["method"] == "GET"


def test_the_store_cannot_be_opened_for_writing_while_served(store_path: str, base: str) -> None:
    """What `kg build` meets while the server runs: a clear StoreError (POSIX locks are per process)."""
    script = "import sys; from kg.store import GraphStore; GraphStore(sys.argv[1])"
    result = subprocess.run([sys.executable, "-c", script, store_path], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parent.parent, timeout=60)
    assert result.returncode != 0
    assert "StoreError" in result.stderr and "lock" in result.stderr.lower()
