"""What the endpoint reads from request text before running it: the SPARQL tokenizer's facts
(query form, FROM, SERVICE targets, where USING goes) and content negotiation."""
from __future__ import annotations

import pyoxigraph
import pytest

from kg.sparql_lexer import (
    add_using,
    has_using_or_with,
    names_dataset,
    query_form,
    service_endpoints,
    silence_clear_drop,
    tokenize,
)
from server import formats
from server.errors import HttpError


@pytest.mark.parametrize(("text", "form"), [
    ("PREFIX select: <http://x/> BASE <http://b/> ASK { ?s select:p 'SELECT' }", "ASK"),
    ("# CONSTRUCT in a comment\nselect * {}", "SELECT"),
    ("DESCRIBE <http://x>", "DESCRIBE"),
    ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
    ("INSERT DATA { <a> <b> <c> }", None),
])
def test_query_form(text: str, form: str | None) -> None:
    assert query_form(tokenize(text)) == form


def test_from_is_found_only_as_a_keyword() -> None:
    assert names_dataset(tokenize("SELECT * FROM <http://g> { ?s ?p ?o }"))
    assert not names_dataset(tokenize('SELECT * { ?s ?p "FROM <http://g>" } # FROM <http://h>'))


def test_service_targets_resolve_prefixes_base_and_escapes() -> None:
    text = ("BASE <http://base.example/> PREFIX w: <https://query.wikidata.org/>\n"
            "SELECT * { SERVICE SILENT w:sparql { } SERVICE <rel> { } SERVICE <http://\\u0065vil/> { }"
            " SERVICE ?endpoint { } FILTER(?a<3) ?s ?p '''SERVICE <http://no/>''' }")
    assert service_endpoints(tokenize(text)) == [
        "https://query.wikidata.org/sparql", "http://base.example/rel", "http://evil/", None]


def test_using_clauses_go_before_each_top_level_where_only() -> None:
    update = ("INSERT { ?s a <http://c> } WHERE { ?s ?p ?o FILTER EXISTS { SELECT ?s WHERE { ?s ?q ?r } } } ;\n"
              "DELETE WHERE { ?x <http://p> ?y }")
    rewritten = add_using(update, tokenize(update), ["http://g1"], ["http://g2"])
    assert rewritten.count("USING <http://g1> USING NAMED <http://g2> WHERE") == 1
    assert "DELETE WHERE" in rewritten
    store = pyoxigraph.Store()
    store.update(rewritten)  # still valid SPARQL
    with pytest.raises(ValueError):
        add_using(update, tokenize(update), ["not an iri"], [])


def test_dataset_clauses_in_updates() -> None:
    assert has_using_or_with(tokenize("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }"))
    assert not has_using_or_with(tokenize("INSERT DATA { <http://s> <http://p> 'WITH' }"))


def test_clear_and_drop_become_silent_once() -> None:
    text = "CLEAR GRAPH <http://g> ; DROP SILENT ALL ; INSERT DATA { <http://s> <http://p> 'CLEAR' }"
    assert silence_clear_drop(text, tokenize(text)) == (
        "CLEAR SILENT GRAPH <http://g> ; DROP SILENT ALL ; INSERT DATA { <http://s> <http://p> 'CLEAR' }")


@pytest.mark.parametrize(("kind", "accept", "name"), [
    (formats.RESULTS, None, "json"),
    (formats.RESULTS, "*/*", "json"),
    (formats.RESULTS, "text/csv, application/sparql-results+json", "csv"),
    (formats.RESULTS, "application/sparql-results+json;q=0.4, text/tab-separated-values;q=0.6", "tsv"),
    (formats.RESULTS, "text/*, application/sparql-results+xml;q=0.1", "csv"),
    (formats.RESULTS, "*/*;q=0.1, application/xml", "xml"),
    (formats.GRAPH, None, "turtle"),
    (formats.GRAPH, "application/n-triples, */*;q=0.1", "ntriples"),
    (formats.GRAPH, "text/turtle;q=0, */*", "ntriples"),
    (formats.GRAPH, "application/json", "jsonld"),
    (formats.DATASET, "*/*", "trig"),
])
def test_negotiation(kind: str, accept: str | None, name: str) -> None:
    assert formats.negotiate(kind, accept).name == name


def test_negotiation_refuses_with_406() -> None:
    with pytest.raises(HttpError) as error:
        formats.negotiate(formats.RESULTS, "text/turtle, image/*")
    assert error.value.status == 406
    with pytest.raises(HttpError):
        formats.negotiate(formats.GRAPH, "text/turtle", fmt="csv")
    assert formats.negotiate(formats.GRAPH, "text/html", fmt="xml").name == "rdfxml"
    assert formats.negotiate(formats.RESULTS, None, fmt="application/sparql-results+xml").name == "xml"
