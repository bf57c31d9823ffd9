"""The W3C SPARQL 1.1 Protocol and Graph Store Protocol test suites against the running server.

The server runs with writes allowed and no token (`insecure_no_token`), the
one mode these suites can use since their requests carry no credentials. Each
test first puts the store in the state its manifest assumes (graph data
loaded, graphs it touches deleted), so the tests do not depend on their order.
"""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from urllib.parse import quote, urljoin

import httpx
import pytest
import rdflib
from rdflib.compare import isomorphic

from server.formats import parse_media_type
from server.testing import running_server
from w3c_cases import ALL, DATA, GSP, Case, Step

SRX = "{http://www.w3.org/2005/sparql-results#}"
BOOLEAN_TYPES = ("application/sparql-results+xml", "application/sparql-results+json")
TABULAR_TYPES = BOOLEAN_TYPES + ("text/csv", "text/tab-separated-values")
RDF_TYPES = {"application/rdf+xml": "xml", "text/turtle": "turtle", "application/n-triples": "nt",
             "text/plain": "nt", "text/html": None, "application/xhtml+xml": None}


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = tmp_path_factory.mktemp("w3c") / "store"
    settings = {"store": str(store), "allow_writes": True, "insecure_no_token": True, "query_timeout": 20.0}
    with running_server(settings) as url:
        yield url


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=30.0) as http:
        yield http


def _url(base_url: str, step: Step, location: str | None) -> str:
    endpoint = f"{base_url}/store" if step.endpoint == GSP else f"{base_url}/sparql"
    query_string = step.query_string.replace("$LOCATION$", location or "")
    return endpoint + step.path + (f"?{query_string}" if query_string else "")


def _send(client: httpx.Client, base_url: str, step: Step, location: str | None) -> httpx.Response:
    body = step.body
    if isinstance(body, str):
        # UTF-16 as RFC 2781 sends it: a byte order mark, then big-endian code units.
        body = b"\xfe\xff" + body.encode("utf-16-be") if step.encoding == "utf-16" else body.encode("utf-8")
    request = client.build_request(step.method, _url(base_url, step, location), content=body,
                                   headers=dict(step.headers))
    if "accept" not in dict(step.headers):
        del request.headers["accept"]  # the manifests send no Accept header
    return client.send(request)


def _status_ok(status: int, allowed: tuple[str, ...]) -> bool:
    for item in allowed:
        if item.endswith("xx") and status // 100 == int(item[0]):
            return True
        if item.isdigit() and status == int(item):
            return True
    return False


def _boolean(response: httpx.Response) -> bool:
    media_type, _ = parse_media_type(response.headers.get("content-type"))
    assert media_type in BOOLEAN_TYPES, f"not a boolean results format: {media_type}"
    if media_type.endswith("json"):
        return json.loads(response.content)["boolean"]
    element = ET.fromstring(response.content).find(f"{SRX}boolean")
    assert element is not None, "no <boolean> in the XML results"
    return (element.text or "").strip() == "true"


def _table(response: httpx.Response) -> tuple[list[str], list[dict[str, str]]]:
    """Variables and rows (as plain strings) of a tabular answer in any of the four formats."""
    media_type, _ = parse_media_type(response.headers.get("content-type"))
    assert media_type in TABULAR_TYPES, f"not a tabular results format: {media_type}"
    text = response.content.decode("utf-8")
    if media_type.endswith("json"):
        data = json.loads(text)
        rows = [{k: f"{v['type']}:{v['value']}" for k, v in b.items()} for b in data["results"]["bindings"]]
        return data["head"]["vars"], rows
    if media_type.endswith("xml"):
        root = ET.fromstring(text)
        names = [v.get("name", "") for v in root.iter(f"{SRX}variable")]
        rows = []
        for result in root.iter(f"{SRX}result"):
            row = {}
            for binding in result.iter(f"{SRX}binding"):
                value = binding[0]
                kind = {"uri": "uri", "literal": "literal", "bnode": "bnode"}[value.tag.removeprefix(SRX)]
                row[binding.get("name", "")] = f"{kind}:{value.text or ''}"
            rows.append(row)
        return names, rows
    delimiter = "," if media_type == "text/csv" else "\t"
    table = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    names = [name.lstrip("?") for name in table[0]]
    return names, [dict(zip(names, row, strict=False)) for row in table[1:]]


def _graph(response: httpx.Response, media_type: str) -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(data=response.content, format=RDF_TYPES.get(media_type) or "turtle", publicID=str(response.url))
    return graph


def _check(step: Step, response: httpx.Response) -> None:
    media_type, params = parse_media_type(response.headers.get("content-type"))
    if step.fmt == "boolean":
        value = _boolean(response)
        if step.boolean is not None:
            assert value is step.boolean
    elif step.fmt == "tabular":
        names, rows = _table(response)
        assert names, "no variables declared"
        if step.expect_other_iri:
            assert len(rows) == 1
            assert rows[0]["o"].startswith(("uri:", "http")) and not rows[0]["o"].endswith(":test")
        else:
            assert "value" in names
    elif step.fmt == "RDF":
        assert media_type in RDF_TYPES, f"{media_type} is not RDF/XML, Turtle, N-Triples or RDFa"
        if RDF_TYPES[media_type]:
            _graph(response, media_type)
    if step.content_type:
        want, _ = parse_media_type(step.content_type)
        assert media_type == want
        assert params.get("charset", "utf-8").lower() == "utf-8"
    if step.graph is not None:
        expected = rdflib.Graph().parse(data=step.graph, format="turtle")
        assert isomorphic(_graph(response, media_type), expected), response.text


def _prepare(client: httpx.Client, base_url: str, case: Case) -> None:
    for n in case.graph_data:
        iri = DATA[n]
        update = (f"DROP SILENT GRAPH <{iri}> ; INSERT DATA {{ GRAPH <{iri}> "
                  f"{{ <{iri}> a <http://xmlns.com/foaf/0.1/Document> }} }}")
        response = client.post(f"{base_url}/sparql", content=update,
                               headers={"content-type": "application/sparql-update"})
        assert response.status_code < 300, response.text
    for path, query_string in case.preclean:
        client.delete(f"{base_url}/store{path}" + (f"?{query_string}" if query_string else ""))


@pytest.mark.parametrize("case", ALL, ids=[c.id for c in ALL])
def test_w3c(case: Case, base_url: str, client: httpx.Client) -> None:
    _prepare(client, base_url, case)
    location: str | None = None
    for number, step in enumerate(case.steps, 1):
        response = _send(client, base_url, step, location)
        where = f"request {number}/{len(case.steps)} ({step.method} {step.endpoint})"
        assert _status_ok(response.status_code, step.status), \
            f"{where}: status {response.status_code}, expected {step.status}: {response.text[:300]}"
        if step.location:
            assert "location" in response.headers, f"{where}: no Location header"
            location = quote(urljoin(str(response.url), response.headers["location"]), safe="")
        try:
            _check(step, response)
        except AssertionError as exc:
            raise AssertionError(f"{where}: {exc}") from exc


def test_suite_sizes() -> None:
    assert sum(1 for c in ALL if c.steps[0].endpoint != GSP) == 34
    assert sum(1 for c in ALL if c.steps[0].endpoint == GSP) == 13
