"""The W3C SPARQL 1.1 Protocol (34) and Graph Store Protocol (13) tests, as data.

Transcribed from the manifests of the w3c/rdf-tests repository
(`sparql/sparql11/protocol/manifest.ttl`,
`sparql/sparql11/graph-store-protocol/manifest-direct.ttl` and
`manifest-indirect.ttl`; the W3C test suite licence allows this use): each
test is a list of HTTP requests and what each response must show. Test ids
are the manifests' own. Request paths are relative to the endpoint under test:
`/sparql` for the protocol tests, `/store` for the Graph Store tests.
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

QUERY = "query"
UPDATE = "update"
GSP = "gsp"

OK_2XX_3XX = ("2xx", "3xx")
CLIENT_ERROR = ("4xx",)

FORM = (("content-type", "application/x-www-form-urlencoded"),)
SPARQL_QUERY = (("content-type", "application/sparql-query"),)
SPARQL_UPDATE = (("content-type", "application/sparql-update"),)
TEXT_PLAIN = (("content-type", "text/plain"),)
TURTLE_IN = (("content-type", "text/turtle; charset=utf-8"),)
TURTLE_OUT = (("accept", "text/turtle"),)
TURTLE_HEAD = (("accept", "text/turtle; charset=utf-8"),)

KASEI = "http://kasei.us/2009/09/sparql/data/"
DATA = {n: f"{KASEI}data{n}.rdf" for n in (0, 1, 2, 3)}
PERSON = "http://www.example/gsp/person/"


def _enc(value: str) -> str:
    return quote(value, safe="")


def _param(name: str, value: str) -> str:
    return f"{name}={_enc(value)}"


@dataclass(frozen=True)
class Step:
    """One request and what its response must show."""

    method: str
    endpoint: str
    status: tuple[str, ...]
    query_string: str = ""  # sent as written (already percent-encoded)
    path: str = ""  # appended to the endpoint URL (direct graph identification)
    headers: tuple[tuple[str, str], ...] = ()
    body: str | bytes | None = None
    encoding: str = "utf-8"
    fmt: str | None = None  # boolean | tabular | RDF
    boolean: bool | None = None
    expect_other_iri: bool = False  # update_base_uri: ?o bound to an IRI that is not <test>
    content_type: str | None = None
    graph: str | None = None  # Turtle the body must be isomorphic to
    location: bool = False  # keep the Location header as $LOCATION$


@dataclass(frozen=True)
class Case:
    id: str
    steps: tuple[Step, ...]
    graph_data: tuple[int, ...] = ()  # data files loaded into their named graphs first
    preclean: tuple[tuple[str, str], ...] = ()  # (path, query string) of graphs deleted first


def _ask_true(method: str, query_string: str = "", body: str | None = None,
              headers: tuple[tuple[str, str], ...] = ()) -> Step:
    return Step(method, QUERY, OK_2XX_3XX, query_string=query_string, body=body, headers=headers,
                fmt="boolean", boolean=True)


def _bad(method: str, endpoint: str, query_string: str = "", body: str | None = None,
         headers: tuple[tuple[str, str], ...] = (), encoding: str = "utf-8") -> Step:
    return Step(method, endpoint, CLIENT_ERROR, query_string=query_string, body=body, headers=headers,
                encoding=encoding)


def _update(query_string: str, body: str) -> Step:
    return Step("POST", UPDATE, OK_2XX_3XX, query_string=query_string, body=body, headers=SPARQL_UPDATE)


_ASK_1_2 = f"ASK {{ <{DATA[1]}> a ?type . <{DATA[2]}> a ?type . }}"
_ASK_NAMED_1_2 = f"ASK {{ GRAPH ?g1 {{ <{DATA[1]}> a ?type }} GRAPH ?g2 {{ <{DATA[2]}> a ?type }} }}"
_DG0 = _param("default-graph-uri", DATA[0])
_DG1_DG2 = f"{_param('default-graph-uri', DATA[1])}&{_param('default-graph-uri', DATA[2])}"
_NG1_NG2 = f"{_param('named-graph-uri', DATA[1])}&{_param('named-graph-uri', DATA[2])}"
_PREFIXES = "PREFIX dc: <http://purl.org/dc/terms/>\nPREFIX foaf: <http://xmlns.com/foaf/0.1/>\n"
_INSERT_1_2_3 = "".join(
    f"    GRAPH <{DATA[n]}> {{ <{DATA[n]}> a foaf:Document }}\n" for n in (1, 2, 3))


def _copy_update(target: str, where: str) -> str:
    return (f"{_PREFIXES}DROP ALL ;\nINSERT DATA {{\n{_INSERT_1_2_3}}} ;\n"
            f"INSERT {{\n    GRAPH <{target}> {{\n        ?s a dc:BibliographicResource\n    }}\n}}\n"
            f"WHERE {{\n{where}\n}}")


def _copied_1_2_not_3(target: str) -> str:
    res = "<http://purl.org/dc/terms/BibliographicResource>"
    return (f"ASK {{\n    GRAPH <{target}> {{\n        <{DATA[1]}> a {res} .\n        <{DATA[2]}> a {res} .\n    }}\n"
            f"    FILTER NOT EXISTS {{\n        GRAPH <{target}> {{\n            <{DATA[3]}> a {res} .\n"
            "        }\n    }\n}")


_DEFAULT_GRAPHS_TARGET = "http://example.org/protocol-update-dataset-graphs-test/"
_NAMED_GRAPHS_TARGET = "http://example.org/protocol-update-dataset-named-graphs-test/"
_FULL_TARGET = "http://example.org/protocol-update-dataset-full-test/"

PROTOCOL: tuple[Case, ...] = (
    Case("query_post_form", (_ask_true("POST", _DG0, "query=ASK%20%7B%7D", FORM),)),
    Case("query_dataset_default_graphs_get",
         (_ask_true("GET", f"query={_enc(_ASK_1_2)}&{_DG1_DG2}"),), graph_data=(1, 2)),
    Case("query_dataset_default_graphs_post", (_ask_true("POST", _DG1_DG2, _ASK_1_2, SPARQL_QUERY),),
         graph_data=(1, 2)),
    Case("query_dataset_named_graphs_post", (_ask_true("POST", _NG1_NG2, _ASK_NAMED_1_2, SPARQL_QUERY),),
         graph_data=(1, 2)),
    Case("query_dataset_named_graphs_get", (_ask_true("GET", f"query={_enc(_ASK_NAMED_1_2)}&{_NG1_NG2}"),),
         graph_data=(1, 2)),
    Case("query_dataset_full", (_ask_true(
        "POST", f"{_param('default-graph-uri', DATA[3])}&{_NG1_NG2}",
        f"ASK {{\n  <{DATA[3]}> a ?type\n  GRAPH ?g1 {{ <{DATA[1]}> a ?type }}\n"
        f"  GRAPH ?g2 {{ <{DATA[2]}> a ?type }}\n}}", SPARQL_QUERY),), graph_data=(1, 2, 3)),
    Case("query_multiple_dataset", (_ask_true(
        "POST", _NG1_NG2,
        f"ASK FROM <{DATA[3]}> {{ GRAPH ?g1 {{ <{DATA[1]}> a ?type }} GRAPH ?g2 {{ <{DATA[2]}> a ?type }} }}",
        SPARQL_QUERY),), graph_data=(1, 2, 3)),
    Case("query_get", (_ask_true("GET", f"query=ASK%20%7B%7D&{_DG0}"),)),
    Case("query_content_type_select", (Step("POST", QUERY, OK_2XX_3XX, _DG0, body="SELECT (1 AS ?value) {}",
                                            headers=SPARQL_QUERY, fmt="tabular"),)),
    Case("query_content_type_ask", (Step("POST", QUERY, OK_2XX_3XX, _DG0, body="ASK {}", headers=SPARQL_QUERY,
                                         fmt="boolean"),)),
    Case("query_content_type_describe", (Step("POST", QUERY, OK_2XX_3XX, _DG0, body="DESCRIBE <http://example.org/>",
                                              headers=SPARQL_QUERY, fmt="RDF"),)),
    Case("query_content_type_construct", (Step("POST", QUERY, OK_2XX_3XX, _DG0,
                                               body="CONSTRUCT { <s> <p> 1 } WHERE {}", headers=SPARQL_QUERY,
                                               fmt="RDF"),)),
    Case("update_dataset_default_graph", (
        _update(_param("using-graph-uri", DATA[1]),
                f"{_PREFIXES}CLEAR ALL ;\nINSERT DATA {{\n    GRAPH <{DATA[1]}> {{\n"
                f"        <{DATA[1]}> a foaf:Document\n    }}\n}} ;\nINSERT {{\n"
                "    GRAPH <http://example.org/protocol-update-dataset-test/> {\n"
                "        ?s a dc:BibliographicResource\n    }\n}\nWHERE {\n    ?s a foaf:Document\n}"),
        _ask_true("POST", body="ASK {\n    GRAPH <http://example.org/protocol-update-dataset-test/> {\n"
                               f"        <{DATA[1]}> a <http://purl.org/dc/terms/BibliographicResource>\n    }}\n}}",
                  headers=SPARQL_QUERY),
    )),
    Case("update_dataset_default_graphs", (
        _update(f"{_param('using-graph-uri', DATA[1])}&{_param('using-graph-uri', DATA[2])}",
                _copy_update(_DEFAULT_GRAPHS_TARGET, "    ?s a foaf:Document")),
        _ask_true("POST", body=_copied_1_2_not_3(_DEFAULT_GRAPHS_TARGET), headers=SPARQL_QUERY),
    )),
    Case("update_dataset_named_graphs", (
        _update(f"{_param('using-named-graph-uri', DATA[1])}&{_param('using-named-graph-uri', DATA[2])}",
                _copy_update(_NAMED_GRAPHS_TARGET, "    GRAPH ?g {\n        ?s a foaf:Document\n    }")),
        _ask_true("POST", body=_copied_1_2_not_3(_NAMED_GRAPHS_TARGET), headers=SPARQL_QUERY),
    )),
    Case("update_dataset_full", (
        _update(f"{_param('using-graph-uri', DATA[1])}&{_param('using-named-graph-uri', DATA[2])}",
                f"{_PREFIXES}DROP ALL ;\nINSERT DATA {{\n{_INSERT_1_2_3}}} ;\n"
                f"INSERT {{\n    GRAPH <{_FULL_TARGET}> {{\n        ?s <http://example.org/in> ?in\n    }}\n}}\n"
                "WHERE {\n    {\n        GRAPH ?g { ?s a foaf:Document }\n        BIND(?g AS ?in)\n    }\n"
                "    UNION\n    {\n        ?s a foaf:Document .\n        BIND(\"default\" AS ?in)\n    }\n}"),
        _ask_true("POST", headers=SPARQL_QUERY, body=(
            f"ASK {{\n    GRAPH <{_FULL_TARGET}> {{\n        <{DATA[1]}> <http://example.org/in> \"default\" .\n"
            f"        <{DATA[2]}> <http://example.org/in> <{DATA[2]}> .\n    }}\n    FILTER NOT EXISTS {{\n"
            f"        GRAPH <{_FULL_TARGET}> {{\n            <{DATA[3]}> ?p ?o\n        }}\n    }}\n}}")),
    )),
    Case("update_post_form", (Step("POST", UPDATE, OK_2XX_3XX, body="update=CLEAR+ALL", headers=FORM),)),
    Case("update_post_direct", (Step("POST", UPDATE, OK_2XX_3XX, body="CLEAR ALL", headers=SPARQL_UPDATE),)),
    Case("update_base_uri", (
        Step("POST", UPDATE, OK_2XX_3XX, headers=SPARQL_UPDATE,
             body="CLEAR GRAPH <http://example.org/protocol-base-test/> ;\nINSERT DATA { GRAPH "
                  "<http://example.org/protocol-base-test/> { <http://example.org/s> <http://example.org/p> <test> }"
                  " }"),
        Step("POST", QUERY, OK_2XX_3XX, headers=SPARQL_QUERY, fmt="tabular", expect_other_iri=True,
             body="SELECT ?o WHERE {\n    GRAPH <http://example.org/protocol-base-test/> {\n"
                  "        <http://example.org/s> <http://example.org/p> ?o\n    }\n}"),
    )),
    Case("query_post_direct", (_ask_true("POST", body="ASK {}", headers=SPARQL_QUERY),)),
    Case("bad_query_method", (_bad("PUT", QUERY, f"query=ASK%20%7B%7D&{_DG0}", headers=FORM),)),
    Case("bad_multiple_queries", (_bad("GET", QUERY, "query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D"),)),
    Case("bad_query_wrong_media_type", (_bad("POST", QUERY, body="ASK {}", headers=TEXT_PLAIN),)),
    Case("bad_query_missing_form_type", (_bad("POST", QUERY, body="query=ASK%20%7B%7D"),)),
    Case("bad_query_missing_direct_type", (_bad("POST", QUERY, body="ASK {}"),)),
    Case("bad_query_non_utf8", (_bad("POST", QUERY, body="ASK {}", encoding="utf-16",
                                     headers=(("content-type", "application/sparql-query; charset=UTF-16"),)),)),
    Case("bad_query_syntax", (_bad("GET", QUERY, "query=ASK%20%7B"),)),
    Case("bad_update_get", (_bad("GET", UPDATE, "update=CLEAR%20ALL"),)),
    Case("bad_multiple_updates", (_bad("POST", UPDATE, body="update=CLEAR%20NAMED&update=CLEAR%20DEFAULT",
                                       headers=FORM),)),
    Case("bad_update_wrong_media_type", (_bad("POST", UPDATE, body="CLEAR NAMED", headers=TEXT_PLAIN),)),
    Case("bad_update_missing_form_type", (_bad("POST", UPDATE, body="update=CLEAR%20NAMED"),)),
    Case("bad_update_non_utf8", (_bad("POST", UPDATE, body="CLEAR NAMED", encoding="utf-16",
                                      headers=(("content-type", "application/sparql-update; charset=UTF-16"),)),)),
    Case("bad_update_syntax", (_bad("POST", UPDATE, body="update=CLEAR%20XYZ", headers=FORM),)),
    Case("bad_update_dataset_conflict", (_bad(
        "POST", UPDATE, _param("using-named-graph-uri", "http://example/people"), headers=SPARQL_UPDATE,
        body="PREFIX foaf:  <http://xmlns.com/foaf/0.1/>\nWITH <http://example/addresses>\n"
             "DELETE { ?person foaf:givenName 'Bill' }\nINSERT { ?person foaf:givenName 'William' }\n"
             "WHERE {\n    ?person foaf:givenName 'Bill'\n}"),)),
)

# ---- Graph Store Protocol ------------------------------------------------------------------------

_TTL_PREFIXES = "@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n@prefix v: <http://www.w3.org/2006/vcard/ns#> .\n\n"
JOHN = f'{_TTL_PREFIXES}<{PERSON}1> a foaf:Person;\n    foaf:businessCard [ a v:VCard; v:fn "John Doe" ].\n'
JANE = f'{_TTL_PREFIXES}<{PERSON}1> a foaf:Person;\n    foaf:businessCard [ a v:VCard; v:fn "Jane Doe" ].\n'
JANE_2 = f'{_TTL_PREFIXES}<{PERSON}2> a foaf:Person;\n    foaf:businessCard [ a v:VCard; v:fn "Jane Doe" ].\n'
ALICE = f'{_TTL_PREFIXES}[] a foaf:Person;\n    foaf:businessCard [ a v:VCard; v:given-name "Alice" ].\n'
JANE_MERGED = (f'{_TTL_PREFIXES}<{PERSON}1> a foaf:Person;\n    foaf:givenName "Jane";\n'
               '    foaf:familyName "Doe";\n    foaf:businessCard [ a v:VCard; v:fn "Jane Doe" ].\n')
_BOUNDARY = "a6fe4cd636164618814be9f8d3d1a0de"
MULTIPART = (
    f"--{_BOUNDARY}\r\n"
    'Content-Disposition: form-data; name="lastName.ttl"; filename="lastName.ttl"\r\n'
    "Content-Type: text/turtle; charset=utf-8\r\n\r\n"
    "@prefix foaf: <http://xmlns.com/foaf/0.1/> .\r\n"
    f'<{PERSON}1> foaf:familyName "Doe" .\r\n\r\n'
    f"--{_BOUNDARY}\r\n"
    'Content-Disposition: form-data; name="firstName.ttl"; filename="firstName.ttl"\r\n'
    "Content-Type: text/turtle; charset=utf-8\r\n\r\n"
    "@prefix foaf: <http://xmlns.com/foaf/0.1/> .\r\n"
    f'<{PERSON}1> foaf:givenName "Jane" .\r\n\r\n'
    f"--{_BOUNDARY}--\r\n"
)
MULTIPART_TYPE = (("content-type", f"multipart/form-data; boundary={_BOUNDARY}"),)
TURTLE = "text/turtle; charset=utf-8"


@dataclass(frozen=True)
class _Target:
    """How one graph is named: a path under the store URL (direct) or a query string (indirect)."""

    path: str = ""
    query_string: str = ""


def _direct(n: str) -> _Target:
    return _Target(path=f"/person/{n}.ttl")


def _indirect(n: str, raw: bool = False) -> _Target:
    iri = f"{PERSON}{n}.ttl"
    return _Target(query_string=f"graph={iri}" if raw else _param("graph", iri))


def _put(t: _Target, body: str, status: tuple[str, ...]) -> Step:
    return Step("PUT", GSP, status, t.query_string, t.path, TURTLE_IN, body)


def _post(t: _Target, body: str, status: tuple[str, ...], headers: tuple[tuple[str, str], ...] = TURTLE_IN) -> Step:
    return Step("POST", GSP, status, t.query_string, t.path, headers, body)


def _get(t: _Target, graph: str) -> Step:
    return Step("GET", GSP, ("200",), t.query_string, t.path, TURTLE_OUT, content_type=TURTLE, graph=graph)


def _plain(method: str, t: _Target, status: tuple[str, ...], headers: tuple[tuple[str, str], ...] = ()) -> Step:
    return Step(method, GSP, status, t.query_string, t.path, headers)


def _head_ok(t: _Target) -> Step:
    return Step("HEAD", GSP, ("200",), t.query_string, t.path, TURTLE_HEAD, content_type=TURTLE)


def _put_get_repeat(t: _Target) -> tuple[Step, ...]:
    return (_put(t, JOHN, ("201",)), _get(t, JOHN), _put(t, JANE, ("200", "204")), _get(t, JANE))


def _put_delete_get_delete(t: _Target) -> tuple[Step, ...]:
    return (_put(t, ALICE, ("201", "200", "204")), _plain("DELETE", t, ("200", "204")),
            _plain("GET", t, ("404",)), _plain("DELETE", t, ("404", "200", "204")))


def _post_get_post_get(t: _Target) -> tuple[Step, ...]:
    return (_post(t, JANE, ("200", "201", "204")), _get(t, JANE),
            _post(t, MULTIPART, ("200", "204"), MULTIPART_TYPE), _get(t, JANE_MERGED))


def _head_existing(t: _Target) -> tuple[Step, ...]:
    return (_put(t, JOHN, ("200", "201", "204")), _head_ok(t))


def _clean(*targets: _Target) -> tuple[tuple[str, str], ...]:
    return tuple((t.path, t.query_string) for t in targets)


_DEFAULT = _Target(query_string="default")
_STORE = _Target()
_LOCATION = _Target(query_string="graph=$LOCATION$")

GRAPH_STORE: tuple[Case, ...] = (
    Case("put_get_repeat_direct", _put_get_repeat(_direct("1")), preclean=_clean(_direct("1"))),
    Case("put_delete_get_delete_direct", _put_delete_get_delete(_direct("2")), preclean=_clean(_direct("2"))),
    Case("post_get_post_get_direct", _post_get_post_get(_direct("1")), preclean=_clean(_direct("1"))),
    Case("head_existing_direct", _head_existing(_direct("1")), preclean=_clean(_direct("1"))),
    Case("put_get_repeat_indirect", _put_get_repeat(_indirect("1")), preclean=_clean(_indirect("1"))),
    Case("put_get_default", (_put(_DEFAULT, ALICE, ("200", "201", "204")), _get(_DEFAULT, ALICE))),
    Case("put_delete_get_delete_indirect", _put_delete_get_delete(_indirect("2")),
         preclean=_clean(_indirect("2"))),
    Case("post_get_post_get_indirect", _post_get_post_get(_indirect("1")), preclean=_clean(_indirect("1"))),
    Case("post_get_new_graph", (
        Step("POST", GSP, ("201",), headers=TURTLE_IN, body=ALICE, location=True),
        _get(_LOCATION, ALICE),
    )),
    Case("head_existing_indirect", _head_existing(_indirect("1")), preclean=_clean(_indirect("1"))),
    Case("head_non_existing_indirect", (_plain("HEAD", _indirect("4"), ("404",), TURTLE_HEAD),),
         preclean=_clean(_indirect("4"))),
    Case("put_get_uri_pct_encoded_indirect", (
        _put(_indirect("1"), JOHN, ("201",)), _get(_indirect("1", raw=True), JOHN),
    ), preclean=_clean(_indirect("1"))),
    Case("put_get_uri_pct_encoded_twice", (
        _put(_indirect("%31", raw=True), JOHN, ("201",)),
        _put(_indirect("%2531", raw=True), JANE_2, ("201",)),
        _get(_indirect("%31", raw=True), JOHN),
        _get(_indirect("%2531", raw=True), JANE_2),
    ), preclean=_clean(_indirect("1"), _indirect("%31"))),
)

ALL = PROTOCOL + GRAPH_STORE
assert len(PROTOCOL) == 34 and len(GRAPH_STORE) == 13
