"""Wikidata enrichment through SERVICE, against a real SPARQL server standing in for the Wikidata Query
Service: `oxigraph serve` on loopback, loaded with a small Wikidata-shaped data set. The endpoint is the
setting `wikidata_sparql`; the HTTP API also needs it on the `federation_allow` list."""
from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from click.testing import CliRunner

from kg import queries, results
from kg.cli import main
from kg.queries import QueryLibrary
from loopback import oxigraph_serve
from server.testing import running_server
from test_queries import build_store, save_store

# Item ids from ../shared/wikidata/verified-qids.tsv, plus Q11696 (President of the United States);
# properties: P39 position held, P463 member of, P569 date of birth, P580 start time, P582 end time.
WIKIDATA = """
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix wdt: <http://www.wikidata.org/prop/direct/> .
@prefix p: <http://www.wikidata.org/prop/> .
@prefix ps: <http://www.wikidata.org/prop/statement/> .
@prefix pq: <http://www.wikidata.org/prop/qualifier/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

wd:Q7747 wdt:P569 "1952-10-07T00:00:00Z"^^xsd:dateTime .
wd:Q15031 wdt:P569 "1953-06-15T00:00:00Z"^^xsd:dateTime .
wd:Q22686 wdt:P569 "1946-06-14T00:00:00Z"^^xsd:dateTime ;
  p:P39 [ ps:P39 wd:Q11696 ; pq:P580 "2017-01-20T00:00:00Z"^^xsd:dateTime ;
          pq:P582 "2021-01-20T00:00:00Z"^^xsd:dateTime ] ,
        [ ps:P39 wd:Q11696 ; pq:P580 "2025-01-20T00:00:00Z"^^xsd:dateTime ] .
wd:Q6279 p:P39 [ ps:P39 wd:Q11696 ; pq:P580 "2021-01-20T00:00:00Z"^^xsd:dateTime ;
                 pq:P582 "2025-01-20T00:00:00Z"^^xsd:dateTime ] .
wd:Q11696 rdfs:label "President of the United States"@en , "Präsident der Vereinigten Staaten"@de .
wd:Q159 wdt:P463 wd:Q243630 , wd:Q485207 , wd:Q1065 .
wd:Q243630 rdfs:label "BRICS"@en .
wd:Q485207 rdfs:label "Shanghai Cooperation Organisation"@en .
wd:Q1065 rdfs:label "United Nations"@en , "Vereinte Nationen"@de .
"""


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of a running `oxigraph serve` holding the Wikidata-shaped data."""
    with oxigraph_serve(tmp_path_factory.mktemp("wikidata"), WIKIDATA) as url:
        yield url


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    return save_store(tmp_path_factory.mktemp("federation") / "store")


LIBRARY = QueryLibrary.from_directory()
FEDERATED = ("wikidata-offices", "wikidata-birth", "wikidata-member-of")


def run(endpoint: str, name: str, **values: str) -> list[dict[str, str]]:
    table = queries.run(build_store().store, LIBRARY.get(name).bind(values, wikidata_sparql=endpoint))
    assert isinstance(table, results.Table)
    return [{k: t.value for k, t in r.items()} for r in table.records()]


def test_offices_held_with_dates_and_names_in_a_language(endpoint: str) -> None:
    found = run(endpoint, "wikidata-offices", actor="Q22686")
    assert [(r["officeLabel"], r["start"][:10], r.get("end", "")[:10]) for r in found] == [
        ("President of the United States", "2017-01-20", "2021-01-20"),
        ("President of the United States", "2025-01-20", "")]
    assert {r["label"] for r in found} == {"Donald Trump"}
    current = run(endpoint, "wikidata-offices", actor="Q22686", current="true", lang="de")
    assert [(r["officeLabel"], r["start"][:10]) for r in current] == [("Präsident der Vereinigten Staaten",
                                                                       "2025-01-20")]


def test_date_of_birth_and_memberships(endpoint: str) -> None:
    assert [r["born"][:10] for r in run(endpoint, "wikidata-birth", actor="Q7747")] == ["1952-10-07"]
    members = run(endpoint, "wikidata-member-of", actor="Q159")
    assert {(r["organizationLabel"], r["inGraph"]) for r in members} == {
        ("BRICS", "true"), ("Shanghai Cooperation Organisation", "false"), ("United Nations", "false")}


def test_an_actor_not_in_the_graph_gets_nothing(endpoint: str) -> None:
    assert run(endpoint, "wikidata-offices", actor="Q6279") == []


@pytest.fixture(scope="module")
def allowed(endpoint: str, store_dir: str) -> Iterator[str]:
    """A server whose allow-list has the local Wikidata stand-in."""
    with running_server({"store": store_dir, "wikidata_sparql": endpoint, "federation_allow": (endpoint,)}) as base:
        yield base


@pytest.mark.parametrize("name", FEDERATED)
def test_the_command_line_and_http_agree(endpoint: str, store_dir: str, allowed: str, name: str) -> None:
    example = LIBRARY.get(name).example()
    cli = CliRunner().invoke(main, ["query", "run", name, *[f"-p{k}={v}" for k, v in example.items()],
                                    "--format", "json", "--store", store_dir],
                             env={"KG_WIKIDATA_SPARQL": endpoint})
    assert cli.exit_code == 0, cli.stderr
    cli_rows = results.from_sparql_json(cli.stdout)
    assert cli_rows.rows
    answer = httpx.get(f"{allowed}/api/queries/{name}.json", params=example, timeout=60)
    assert answer.status_code == 200, answer.text
    assert results.from_sparql_json(answer.text) == cli_rows


def test_http_refuses_an_endpoint_off_the_allow_list(endpoint: str, store_dir: str) -> None:
    with running_server({"store": store_dir, "wikidata_sparql": endpoint}) as base:
        answer = httpx.get(f"{base}/api/queries/wikidata-birth", params={"actor": "Q7747"}, timeout=60)
    assert answer.status_code == 403
    assert answer.json()["error"]["code"] == "service_refused"
