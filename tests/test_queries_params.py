"""Saved-query headers, typed parameters and binding: values become terms, never query text.

Injection attempts go through every parameter type into a query that echoes the bound value: either the
value is refused with an error naming the parameter and its type, or it comes back as exactly the one
term it was converted to, and the store is unchanged.
"""
from __future__ import annotations

import re

import pytest
from pyoxigraph import Literal, NamedNode, Quad, Store

from kg import queries, results
from kg.errors import ParameterError, QueryError
from kg.queries import PARAMETER_TYPES, bind_terms, parse

XSD = "http://www.w3.org/2001/XMLSchema#"


def echo_query(ptype: str, **extra: str) -> queries.SavedQuery:
    declaration = "".join(f"#+     {k}: {v}\n" for k, v in extra.items())
    return parse(f"#+ summary: echo\n#+ parameters:\n#+   v:\n#+     type: {ptype}\n#+     required: true\n"
                 f"{declaration}SELECT ?echo WHERE {{ BIND(?_v AS ?echo) }}\n", "echo")


def echo(store: Store, query: queries.SavedQuery, value: str) -> list[object]:
    table = queries.run(store, query.bind({"v": value}))
    assert isinstance(table, results.Table)
    return [row[0] for row in table.rows]


@pytest.fixture()
def store() -> Store:
    s = Store()
    s.add(Quad(NamedNode("http://example.org/s"), NamedNode("http://example.org/p"), Literal("o"),
               NamedNode("http://example.org/g")))
    return s


# --- conversion by type ------------------------------------------------------------------------

@pytest.mark.parametrize("ptype, value, term", [
    ("iri", "https://example.org/a?b=c#d", NamedNode("https://example.org/a?b=c#d")),
    ("iri", "dip:Person", NamedNode("https://w3id.org/diplomacy-kg/ontology#Person")),
    ("iri", "wd:Q7747", NamedNode("http://www.wikidata.org/entity/Q7747")),
    ("qid", "Q7747", NamedNode("http://www.wikidata.org/entity/Q7747")),
    ("qid", "http://www.wikidata.org/entity/Q148", NamedNode("http://www.wikidata.org/entity/Q148")),
    ("string", "Uschakow", Literal("Uschakow")),
    ("langString", "Wladimir Putin@de", Literal("Wladimir Putin", language="de")),
    ("integer", "+042", Literal("42", datatype=NamedNode(XSD + "integer"))),
    ("decimal", "2.50", Literal("2.5", datatype=NamedNode(XSD + "decimal"))),
    ("decimal", "-100", Literal("-100", datatype=NamedNode(XSD + "decimal"))),
    ("date", "2026-02-04", Literal("2026-02-04", datatype=NamedNode(XSD + "date"))),
    ("gYear", "2026", Literal("2026", datatype=NamedNode(XSD + "gYear"))),
    ("boolean", "TRUE", Literal("true", datatype=NamedNode(XSD + "boolean"))),
    ("boolean", "0", Literal("false", datatype=NamedNode(XSD + "boolean"))),
])
def test_values_become_terms_of_their_declared_type(store: Store, ptype: str, value: str, term: object) -> None:
    assert echo(store, echo_query(ptype), value) == [term]


@pytest.mark.parametrize("ptype, value", [
    ("iri", "not an iri"), ("iri", "relative/path"), ("qid", "Q0"), ("qid", "P31"), ("qid", "Putin"),
    ("langString", "no tag"), ("langString", "x@not a tag"), ("integer", "1.5"), ("integer", "12abc"),
    ("decimal", "1e5"), ("decimal", "NaN"), ("date", "2026-02-30"), ("date", "2026-2-4"), ("gYear", "26"),
    ("boolean", "maybe"), ("string", "x" * 1001),
])
def test_a_bad_value_names_the_parameter_and_the_expected_type(ptype: str, value: str) -> None:
    with pytest.raises(ParameterError) as caught:
        echo_query(ptype).bind({"v": value})
    assert caught.value.parameter == "v"
    assert caught.value.expected == PARAMETER_TYPES[ptype].expected
    assert "'v'" in caught.value.message and PARAMETER_TYPES[ptype].expected in caught.value.message


def test_a_fixed_language_tag_and_an_enumeration() -> None:
    fixed = echo_query("langString", lang="en")
    assert fixed.terms({"v": "Moscow"}) == {"_v": Literal("Moscow", language="en")}
    enum = echo_query("iri", enum="[dip:Visit, dip:Summit]")
    assert enum.terms({"v": "dip:Visit"}) == {"_v": NamedNode("https://w3id.org/diplomacy-kg/ontology#Visit")}
    with pytest.raises(ParameterError, match="one of dip:Visit, dip:Summit"):
        enum.bind({"v": "dip:Meeting"})


def test_required_missing_and_unknown_parameters_are_errors() -> None:
    query = echo_query("string")
    with pytest.raises(ParameterError, match="'v' is required"):
        query.bind({})
    with pytest.raises(ParameterError, match="unknown parameter 'w'"):
        query.bind({"v": "x", "w": "y"})


# --- injection through every type --------------------------------------------------------------

PAYLOADS = [
    'x" } ; DROP ALL ; #',
    "x' } UNION { GRAPH ?g { ?s ?p ?o } } #",
    'a> } SELECT * WHERE { ?s ?p ?o } #',
    '"""',
    "\\",
    "\n} #",
    "?echo",
    "$echo",
    ") } GRAPH ?g { ?s ?p ?o } (",
    "Q1 } UNION { ?s ?p ?o }",
    '2026-01-01"^^<http://www.w3.org/2001/XMLSchema#date> } #',
    "1 ) } #",
    "true } #",
    "http://example.org/x> } #",
    "http://example.org/x>, <http://example.org/y",
    "wd:Q1> } #",
    'Putin@de" } #',
    "x@en } FILTER(true) #",
    "dip:Person> } UNION { ?s ?p ?o } #",
    "2026 } #",
    "1.5 } #",
]


@pytest.mark.parametrize("ptype", sorted(PARAMETER_TYPES))
@pytest.mark.parametrize("payload", PAYLOADS)
def test_injection_is_refused_or_bound_as_one_plain_value(store: Store, ptype: str, payload: str) -> None:
    query = echo_query(ptype)
    before = sorted(map(str, store))
    try:
        expected = query.terms({"v": payload})["_v"]
    except ParameterError as exc:
        assert exc.parameter == "v"
        return
    assert echo(store, query, payload) == [expected]
    assert sorted(map(str, store)) == before
    if isinstance(expected, Literal) and ptype in ("string", "langString"):
        assert payload.startswith(expected.value)


def test_the_bound_text_only_gains_one_values_block() -> None:
    query = echo_query("string")
    text = query.bind({"v": 'x" } ; DROP ALL ; #'})
    assert text.replace(' VALUES (?_v) { ("x\\" } ; DROP ALL ; #") } ', "") == query.text


# --- where VALUES blocks go --------------------------------------------------------------------

def test_braces_in_strings_iris_and_comments_do_not_move_the_binding(store: Store) -> None:
    text = ('PREFIX ex: <http://example.org/>\n# a comment with { and }\n'
            'SELECT ?echo ?s WHERE { BIND(CONCAT("}{", \'\'\'{"}\'\'\', STR(?_v)) AS ?echo) }')
    bound = bind_terms(text, {"_v": Literal("v")})
    table = queries.run(store, bound)
    assert [r[0].value for r in table.rows] == ['}{{"}v']


def test_a_filter_sees_the_bound_value(store: Store) -> None:
    text = "SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STR(?o) = ?_v) }"
    assert len(queries.run(store, bind_terms(text, {"_v": Literal("o")})).rows) == 1
    assert len(queries.run(store, bind_terms(text, {"_v": Literal("x")})).rows) == 0


def test_sub_selects_and_service_groups_get_the_values_they_use() -> None:
    text = ("SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?_v } } "
            "SERVICE <http://example.org/sparql> { ?_v ?q ?r } SERVICE <http://example.org/other> { ?x ?y ?z } }")
    bound = bind_terms(text, {"_v": NamedNode("http://example.org/v")})
    assert bound.count("VALUES (?_v)") == 3
    other = bound.index("<http://example.org/other>")
    assert "VALUES" not in bound[other:]


def test_a_bare_sub_select_group_is_wrapped(store: Store) -> None:
    text = "SELECT ?echo WHERE { SELECT ?echo WHERE { BIND(?_v AS ?echo) } }"
    bound = bind_terms(text, {"_v": Literal("v")})
    assert [r[0].value for r in queries.run(store, bound).rows] == ["v"]


def test_construct_binds_in_the_where_group_not_the_template(store: Store) -> None:
    text = "CONSTRUCT { ?s <http://example.org/echo> ?_v } WHERE { GRAPH ?g { ?s ?p ?o } }"
    graph = queries.run(store, bind_terms(text, {"_v": Literal("v")}))
    assert isinstance(graph, results.Graph)
    assert [t.object.value for t in graph.triples] == ["v"]
    with pytest.raises(QueryError, match="CONSTRUCT WHERE"):
        bind_terms("CONSTRUCT WHERE { ?s ?p ?_v }", {"_v": Literal("v")})


def test_the_wikidata_endpoint_is_redirected_only_in_service_position() -> None:
    query = parse("SELECT * WHERE { BIND(<https://query.wikidata.org/sparql> AS ?x) "
                  "SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }", "svc")
    text = query.bind({}, wikidata_sparql="http://127.0.0.1:9/query")
    assert text.count("<http://127.0.0.1:9/query>") == 1
    assert text.count("<https://query.wikidata.org/sparql>") == 1


# --- headers -----------------------------------------------------------------------------------

def test_a_grlc_header_with_defaults_enumerate_method_and_pagination() -> None:
    query = parse("""#+ summary: Visits
#+ description: Visits of an actor.
#+ tags:
#+   - visits
#+ method: POST
#+ pagination: 50
#+ defaults:
#+   - year: "2026"
#+ enumerate:
#+   - kind:
#+     - Visit
#+     - Summit
SELECT ?e WHERE { ?e ?p ?_year_gYear ; ?q ?__kind . }
""", "visits")
    assert (query.summary, query.tags, query.methods, query.pagination) == ("Visits", ("visits",), ("GET", "POST"), 50)
    year = query.parameter("year")
    assert (year.type, year.required, year.default, year.variable) == ("gYear", True, "2026", "_year_gYear")
    kind = query.parameter("kind")
    assert (kind.type, kind.required, kind.enum) == ("string", False, ("Visit", "Summit"))
    assert query.terms({}) == {"_year_gYear": Literal("2026", datatype=NamedNode(XSD + "gYear"))}


@pytest.mark.parametrize("variable, name, ptype, required", [
    ("_start_date_date", "start_date", "date", True),
    ("__speaker_name", "speaker_name", "string", False),
    ("_place_iri", "place", "iri", True),
    ("_label_en", "label", "langString", True),
    ("__count_integer", "count", "integer", False),
    ("_share_number", "share", "decimal", True),
    ("_who", "who", "string", True),
])
def test_basil_style_variables_keep_underscores_in_names(variable: str, name: str, ptype: str,
                                                         required: bool) -> None:
    query = parse(f"SELECT * WHERE {{ ?s ?p ?{variable} }}", "basil")
    (param,) = query.parameters
    assert (param.name, param.type, param.required, param.variable) == (name, ptype, required, variable)


@pytest.mark.parametrize("header, message", [
    ("#+ sumary: typo\n", "unknown decorators"),
    ("#+ parameters:\n#+   v:\n#+     type: number\n", "unknown type"),
    ("#+ parameters:\n#+   v:\n#+     type: date\n#+     default: tomorrow\n", "default of parameter 'v'"),
    ("#+ parameters:\n#+   w:\n#+     type: string\n", "binds ?_w, which the query does not use"),
    ("#+ parameters:\n#+   v:\n#+     type: string\n#+     colour: red\n", "unknown keys"),
    ("#+ pagination: many\n", "pagination"),
    ("#+ method: DELETE\n", "method"),
    ("#+ summary: [unclosed\n", "not valid YAML"),
    ("#+ defaults:\n#+   - nobody: 1\n", "unknown parameter"),
    ("#+ enumerate:\n#+   - v\n", "list them"),
])
def test_a_broken_header_is_an_error_naming_the_file(header: str, message: str) -> None:
    with pytest.raises(QueryError, match=re.escape(message)) as caught:
        parse(header + "SELECT * WHERE { ?s ?p ?_v }\n", "broken", source="queries/broken.rq")
    assert caught.value.source == "queries/broken.rq"


def test_reserved_and_malformed_names_are_refused() -> None:
    with pytest.raises(QueryError, match="not allowed"):
        parse("SELECT * WHERE { ?s ?p ?_page }", "paged")
    with pytest.raises(QueryError, match="lower-case"):
        parse("SELECT * WHERE { ?s ?p ?o }", "Bad Name")
    with pytest.raises(QueryError, match="not a SPARQL query"):
        parse("INSERT DATA { <http://a> <http://b> <http://c> }", "update")
