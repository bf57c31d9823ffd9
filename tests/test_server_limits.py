"""The endpoint's limits over real HTTP: time, result size, body and query length, concurrency,
federation allow-list and write authorisation. Each refusal is a clear JSON error and leaves the
store and the server as they were."""
from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from kg.errors import ConfigError
from loopback import oxigraph_serve
from server.testing import running_server

DATA = """
@prefix ex: <http://example.org/> .
ex:article-1 { ex:a ex:knows ex:b , ex:c , ex:d , ex:e , ex:f , ex:g , ex:h , ex:i , ex:j , ex:k . }
"""
TEN_ROWS = "SELECT ?o WHERE { <http://example.org/a> <http://example.org/knows> ?o }"
# A cross product of four 200-value VALUES blocks: 1.6 billion rows to count, on an empty store.
_VALUES = " ".join(str(n) for n in range(200))
SLOW = ("SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"VALUES ?v{i} {{ {_VALUES} }}" for i in range(4)) + " }")
TOKEN = "s3cret-token"
REMOTE_DATA = '<http://example.org/x> <http://example.org/says> "hallo" .\n'


@pytest.fixture(scope="module")
def limited(trig_store: Callable[[str, str], str]) -> Iterator[str]:
    settings = {"store": trig_store("limited", DATA), "max_results": 5, "query_timeout": 30.0,
                "max_query_length": 3000, "max_body_bytes": 4000, "max_concurrent_queries": 1}
    with running_server(settings) as url:
        yield url


@pytest.fixture(scope="module")
def writable(trig_store: Callable[[str, str], str]) -> Iterator[str]:
    settings = {"store": trig_store("writable", DATA), "allow_writes": True, "write_token": TOKEN}
    with running_server(settings) as url:
        yield url


def _error(response: httpx.Response, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert error["code"] == code
    return error["message"]


def test_a_slow_query_stops_at_its_limit_and_the_server_recovers(limited: str) -> None:
    message = _error(httpx.get(f"{limited}/sparql", params={"query": SLOW, "timeout": "1"}, timeout=60),
                     504, "query_timeout")
    assert "1 s" in message
    after = httpx.get(f"{limited}/sparql", params={"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"}, timeout=60)
    assert after.json()["results"]["bindings"][0]["n"]["value"] == "10"
    metrics = httpx.get(f"{limited}/metrics").text
    assert "kg_query_timeouts_total 1" in metrics
    assert "kg_worker_restarts_total 1" in metrics


def test_a_timeout_cannot_be_raised_past_the_server_limit(limited: str) -> None:
    _error(httpx.get(f"{limited}/sparql", params={"query": "ASK {}", "timeout": "-3"}), 400, "bad_timeout")
    assert httpx.get(f"{limited}/sparql", params={"query": "ASK {}", "timeout": "9999"}).status_code == 200


def test_a_result_over_the_cap_is_refused_not_cut(limited: str) -> None:
    response = httpx.get(f"{limited}/sparql", params={"query": TEN_ROWS})
    message = _error(response, 422, "too_many_results")
    assert response.headers["kg-result-cap"] == "5" and "LIMIT" in message
    construct = "CONSTRUCT WHERE { ?s ?p ?o }"
    _error(httpx.post(f"{limited}/sparql", data={"query": construct}), 422, "too_many_results")
    _error(httpx.get(f"{limited}/store"), 422, "too_many_results")
    at_cap = httpx.get(f"{limited}/sparql", params={"query": TEN_ROWS + " LIMIT 5", "format": "tsv"})
    assert at_cap.status_code == 200 and len(at_cap.text.splitlines()) == 6


def test_long_queries_and_bodies_are_413(limited: str) -> None:
    long_query = "ASK { " + "# padding\n" * 400 + "}"
    _error(httpx.get(f"{limited}/sparql", params={"query": long_query}), 413, "query_too_long")
    _error(httpx.post(f"{limited}/sparql", content="ASK {}" + " " * 5000,
                      headers={"content-type": "application/sparql-query"}), 413, "body_too_large")

    def chunks() -> Iterator[bytes]:
        yield b"ASK {"
        for _ in range(10):
            yield b" " * 1000
        yield b"}"

    _error(httpx.post(f"{limited}/sparql", content=chunks(), headers={"content-type": "application/sparql-query"}),
           413, "body_too_large")


def test_the_concurrency_cap_answers_503_with_retry_after(limited: str) -> None:
    slow_done: list[int] = []
    thread = threading.Thread(target=lambda: slow_done.append(
        httpx.get(f"{limited}/sparql", params={"query": SLOW, "timeout": "3"}, timeout=60).status_code))
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while "kg_queries_in_flight 1" not in httpx.get(f"{limited}/metrics").text:
            assert time.monotonic() < deadline, "the slow query never started"
            time.sleep(0.05)
        busy = httpx.get(f"{limited}/sparql", params={"query": "ASK {}"})
        _error(busy, 503, "too_busy")
        assert busy.headers["retry-after"] == "1"
    finally:
        thread.join()
    assert slow_done == [504]


def test_service_calls_outside_the_allow_list_are_refused(limited: str) -> None:
    message = _error(httpx.get(f"{limited}/sparql", params={
        "query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"}), 403, "service_refused")
    assert "http://127.0.0.1:9/sparql" in message and "query.wikidata.org" in message
    prefixed = "PREFIX x: <http://127.0.0.1:9/> SELECT * WHERE { SERVICE SILENT x:sparql { ?s ?p ?o } }"
    _error(httpx.get(f"{limited}/sparql", params={"query": prefixed}), 403, "service_refused")
    variable = "SELECT * WHERE { BIND(<http://127.0.0.1:9/sparql> AS ?e) SERVICE ?e { ?s ?p ?o } }"
    _error(httpx.get(f"{limited}/sparql", params={"query": variable}), 403, "service_refused")
    hidden = 'SELECT * WHERE { ?s ?p "SERVICE <http://127.0.0.1:9/sparql>" } # SERVICE <http://127.0.0.1:9/>'
    assert httpx.get(f"{limited}/sparql", params={"query": hidden}).status_code == 200


@pytest.fixture(scope="module")
def remote_oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Oxigraph server holding one triple, as a federation target."""
    with oxigraph_serve(tmp_path_factory.mktemp("remote"), REMOTE_DATA) as url:
        yield url


def test_service_calls_to_an_allowed_endpoint_run(trig_store: Callable[[str, str], str],
                                                  remote_oxigraph: str) -> None:
    settings = {"store": trig_store("federated", DATA), "federation_allow": (remote_oxigraph,)}
    with running_server(settings) as url:
        query = f"SELECT ?o WHERE {{ SERVICE <{remote_oxigraph}> {{ ?s <http://example.org/says> ?o }} }}"
        response = httpx.get(f"{url}/sparql", params={"query": query}, timeout=60)
        assert response.status_code == 200, response.text
        assert [b["o"]["value"] for b in response.json()["results"]["bindings"]] == ["hallo"]


def _count(base: str) -> int:
    response = httpx.get(f"{base}/sparql", params={"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"})
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def test_unauthorised_writes_change_nothing(writable: str) -> None:
    update = "DELETE WHERE { ?s ?p ?o }"
    before = _count(writable)
    missing = httpx.post(f"{writable}/sparql", content=update, headers={"content-type": "application/sparql-update"})
    _error(missing, 401, "token_required")
    assert missing.headers["www-authenticate"].startswith("Bearer")
    wrong = httpx.post(f"{writable}/sparql", data={"update": update}, headers={"authorization": "Bearer nope"})
    _error(wrong, 403, "token_rejected")
    _error(httpx.put(f"{writable}/store?default", content="<urn:a> <urn:b> <urn:c> .",
                     headers={"content-type": "text/turtle"}), 401, "token_required")
    _error(httpx.delete(f"{writable}/store", params={"graph": "http://example.org/article-1"},
                        headers={"authorization": "Bearer nope"}), 403, "token_rejected")
    assert _count(writable) == before == 10


def test_authorised_writes_apply_and_change_the_etag(writable: str) -> None:
    query = {"query": "SELECT ?o WHERE { <http://example.org/new> ?p ?o }"}
    first = httpx.get(f"{writable}/sparql", params=query)
    auth = {"authorization": f"Bearer {TOKEN}"}
    insert = ('INSERT DATA { GRAPH <http://example.org/article-2> '
              '{ <http://example.org/new> <http://example.org/p> "x" } }')
    done = httpx.post(f"{writable}/sparql", content=insert,
                      headers={**auth, "content-type": "application/sparql-update"})
    assert done.status_code == 204, done.text
    second = httpx.get(f"{writable}/sparql", params=query, headers={"if-none-match": first.headers["etag"]})
    assert second.status_code == 200 and second.headers["etag"] != first.headers["etag"]
    assert second.json()["results"]["bindings"][0]["o"]["value"] == "x"
    put = httpx.put(f"{writable}/store", params={"graph": "http://example.org/article-3"}, headers={
        **auth, "content-type": "text/turtle"}, content="<http://example.org/s> <http://example.org/p> 1 .")
    assert put.status_code == 201


def test_load_and_bad_graph_bodies_are_refused_without_change(writable: str) -> None:
    auth = {"authorization": f"Bearer {TOKEN}"}
    before = _count(writable)
    _error(httpx.post(f"{writable}/sparql", data={"update": "LOAD <http://127.0.0.1:9/data.ttl>"}, headers=auth),
           403, "load_refused")
    _error(httpx.put(f"{writable}/store", params={"graph": "http://example.org/article-1"},
                     headers={**auth, "content-type": "text/turtle"}, content="<http://example.org/s> oops ."),
           400, "syntax_error")
    _error(httpx.put(f"{writable}/store", params={"graph": "http://example.org/article-1"},
                     headers={**auth, "content-type": "image/png"}, content=b"\x89PNG"), 415, "unsupported_media_type")
    _error(httpx.post(f"{writable}/sparql", data={"update": "INSERT DATA { <a> <b> }"}, headers=auth),
           400, "syntax_error")
    assert _count(writable) == before


def test_writes_without_a_token_need_the_explicit_insecure_flag(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="insecure-no-token"), \
            running_server({"store": str(tmp_path / "store"), "allow_writes": True}):
        pass
