"""Real SPARQL clients against the running endpoint: SPARQLWrapper, rdflib's SPARQLStore,
Debian's roqet, Comunica's comunica-sparql and curl."""
from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TURTLE, SPARQLWrapper

from server.testing import running_server

ROOT = Path(__file__).resolve().parent.parent
DATA = """
@prefix dip: <https://w3id.org/diplomacy-kg/ontology#> .
@prefix id: <https://w3id.org/diplomacy-kg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

id:article-1 {
  id:article-1 a dip:Article .
  id:putin a dip:Person ; rdfs:label "Wladimir Putin"@de .
  id:xi a dip:Person ; rdfs:label "Xi Jinping"@de .
  id:call a dip:VideoCall ; dip:participant id:putin , id:xi .
}
"""
PARTICIPANTS = ("PREFIX dip: <https://w3id.org/diplomacy-kg/ontology#> "
                "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                "SELECT ?name WHERE { ?call a dip:VideoCall ; dip:participant ?p . ?p rdfs:label ?name } "
                "ORDER BY ?name")
NAMES = ["Wladimir Putin", "Xi Jinping"]


@pytest.fixture(scope="module")
def endpoint(trig_store: Callable[[str, str], str]) -> Iterator[str]:
    with running_server({"store": trig_store("clients", DATA)}) as url:
        yield f"{url}/sparql"


def test_sparqlwrapper_select_ask_construct(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setQuery(PARTICIPANTS)
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert [r["name"]["value"] for r in rows] == NAMES
    assert {r["name"]["xml:lang"] for r in rows} == {"de"}
    client.setReturnFormat(CSV)
    assert client.query().convert().decode("utf-8").splitlines() == ["name", *NAMES]
    client.setQuery("ASK { ?s a <https://w3id.org/diplomacy-kg/ontology#VideoCall> }")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True
    client.setQuery("CONSTRUCT WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o }")
    client.setReturnFormat(TURTLE)
    graph = rdflib.Graph().parse(data=client.query().convert(), format="turtle")
    assert sorted(str(o) for o in graph.objects()) == NAMES


def test_sparqlwrapper_post(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setMethod("POST")
    client.setQuery(PARTICIPANTS)
    client.setReturnFormat(JSON)
    assert [r["name"]["value"] for r in client.query().convert()["results"]["bindings"]] == NAMES


def test_rdflib_sparqlstore(endpoint: str) -> None:
    graph = rdflib.Graph(store=SPARQLStore(endpoint, returnFormat="json"))
    rows = list(graph.query(PARTICIPANTS))
    assert [str(row[0]) for row in rows] == NAMES
    assert {row[0].language for row in rows} == {"de"}
    assert graph.query("ASK { ?s a <https://w3id.org/diplomacy-kg/ontology#Person> }").askAnswer is True


def test_roqet(endpoint: str) -> None:
    roqet = shutil.which("roqet")
    if roqet is None:
        pytest.skip("roqet is not installed (Debian package rasqal-utils, see scripts/apt-packages.txt)")
    result = subprocess.run([roqet, "-q", "-p", endpoint, "-e", PARTICIPANTS, "-r", "csv"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert [line.strip() for line in result.stdout.strip().splitlines()] == ["name", *NAMES]


def test_comunica(endpoint: str) -> None:
    comunica = ROOT / "node_modules" / ".bin" / "comunica-sparql"
    if not comunica.exists():
        pytest.skip("comunica-sparql is not installed (run `npm ci`, see package.json)")
    result = subprocess.run([str(comunica), f"sparql@{endpoint}", "-t", "application/sparql-results+json",
                             PARTICIPANTS], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)["results"]["bindings"]
    # Comunica 4.5's CLI writes language-tagged literals without their tag; the values are what counts.
    assert sorted(r["name"]["value"] for r in rows) == NAMES


def test_curl(endpoint: str) -> None:
    curl = shutil.which("curl")
    if curl is None:
        pytest.skip("curl is not installed")
    result = subprocess.run([curl, "-sS", "--fail", "--compressed", "-H", "Accept: text/tab-separated-values",
                             "--data-urlencode", f"query={PARTICIPANTS}", endpoint],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["?name", *[f'"{n}"@de' for n in NAMES]]
    head = subprocess.run([curl, "-sS", "-I", "-G", "--data-urlencode", f"query={PARTICIPANTS}", endpoint],
                          capture_output=True, text=True, timeout=60)
    assert "200" in head.stdout.splitlines()[0]
    assert "content-type: application/sparql-results+json" in head.stdout.lower()
