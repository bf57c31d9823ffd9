"""Query results as plain values, and every format they are written in.

The command line and the HTTP API must give the same rows, so both turn an
answer into a `Table` (SELECT), an `Answer` (ASK) or a `Graph` (CONSTRUCT,
DESCRIBE) and format it here. SPARQL JSON is built from the terms; XML, CSV and
TSV come from pyoxigraph's own result serialisers, RDF formats from its RDF
serialiser. Reading a pyoxigraph answer happens once, in the calling thread,
because pyoxigraph results must not cross threads.
"""
from __future__ import annotations

import html
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pyoxigraph import (BlankNode, Literal, NamedNode, QueryBoolean, QueryResultsFormat, QuerySolutions,
                        QueryTriples, RdfFormat, Triple, parse_query_results, serialize)

from kg.rdf.terms import PREFIXES, XSD

Term = NamedNode | BlankNode | Literal | Triple


@dataclass(frozen=True)
class Table:
    """The solutions of a SELECT query: variable names and rows of terms (None where unbound)."""

    variables: tuple[str, ...]
    rows: tuple[tuple[Term | None, ...], ...]

    def page(self, offset: int, limit: int) -> Table:
        return Table(self.variables, self.rows[offset:offset + limit])

    def records(self) -> list[dict[str, Term]]:
        """Each row as a mapping of the bound variables only."""
        return [{v: t for v, t in zip(self.variables, row, strict=True) if t is not None} for row in self.rows]

    def to_json(self) -> dict[str, Any]:
        bindings = [{v: term_json(t) for v, t in record.items()} for record in self.records()]
        return {"head": {"vars": list(self.variables)}, "results": {"bindings": bindings}}


@dataclass(frozen=True)
class Answer:
    """The answer of an ASK query."""

    value: bool

    def to_json(self) -> dict[str, Any]:
        return {"head": {}, "boolean": self.value}


@dataclass(frozen=True)
class Graph:
    """The triples of a CONSTRUCT or DESCRIBE query."""

    triples: tuple[Triple, ...]


Result = Table | Answer | Graph


@dataclass(frozen=True)
class Format:
    """An output format: its media type (with charset where text), other media types it answers, and
    the result kinds it can carry."""

    name: str
    media_type: str
    kinds: tuple[type, ...]
    aliases: tuple[str, ...] = ()

    @property
    def media_types(self) -> tuple[str, ...]:
        """Every bare media type (no parameters) a client may ask this format by."""
        return (self.media_type.split(";")[0], *self.aliases)


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("json", "application/sparql-results+json", (Table, Answer), ("application/json",)),
    Format("xml", "application/sparql-results+xml", (Table, Answer), ("application/xml", "text/xml")),
    Format("csv", "text/csv; charset=utf-8", (Table, Answer)),
    Format("tsv", "text/tab-separated-values; charset=utf-8", (Table, Answer)),
    Format("turtle", "text/turtle; charset=utf-8", (Graph,), ("application/x-turtle",)),
    Format("ntriples", "application/n-triples", (Graph,), ("text/plain",)),
    Format("jsonld", "application/ld+json", (Graph,), ("application/json",)),
    Format("html", "text/html; charset=utf-8", (Table, Answer, Graph), ("application/xhtml+xml",)),
    Format("table", "text/plain; charset=utf-8", (Table, Answer, Graph)),
)}
"""Every output format by name; `kinds` says which results it can carry."""

_RESULT_FORMATS = {"xml": QueryResultsFormat.XML, "csv": QueryResultsFormat.CSV, "tsv": QueryResultsFormat.TSV}
_RDF_FORMATS = {"turtle": RdfFormat.TURTLE, "ntriples": RdfFormat.N_TRIPLES, "jsonld": RdfFormat.JSON_LD}


def from_pyoxigraph(answer: QuerySolutions | QueryBoolean | QueryTriples) -> Result:
    """Reads a whole pyoxigraph answer (in the thread that produced it)."""
    if isinstance(answer, QueryBoolean):
        return Answer(bool(answer))
    if isinstance(answer, QueryTriples):
        return Graph(tuple(answer))
    return _table(answer)


def _table(solutions: QuerySolutions) -> Table:
    names = tuple(v.value for v in solutions.variables)
    return Table(names, tuple(tuple(solution[name] for name in names) for solution in solutions))


def from_sparql_json(data: Mapping[str, Any] | bytes | str) -> Table | Answer:
    """Reads SPARQL JSON results (a parsed dict or its text) through pyoxigraph's parser."""
    raw = json.dumps(data) if isinstance(data, Mapping) else data
    answer = parse_query_results(raw, QueryResultsFormat.JSON)
    return Answer(bool(answer)) if isinstance(answer, QueryBoolean) else _table(answer)


def term_json(term: Term) -> dict[str, Any]:
    """One term in the SPARQL 1.1 JSON results form."""
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype != XSD.string:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {"subject": term_json(term.subject), "predicate": term_json(term.predicate),
                                        "object": term_json(term.object)}}


def formats_for(result_kind: type) -> list[str]:
    """Names of the formats that can carry a result of this kind, the default first."""
    return [f.name for f in FORMATS.values() if result_kind in f.kinds]


def render(result: Result, fmt: str, *, title: str = "") -> bytes:
    """`result` written in format `fmt` (a key of FORMATS); a format that cannot carry it raises ValueError."""
    spec = FORMATS.get(fmt)
    if spec is None or not isinstance(result, spec.kinds):
        raise ValueError(f"a {type(result).__name__.lower()} result cannot be written as {fmt}")
    if fmt == "html":
        return render_html(result, title).encode("utf-8")
    if fmt == "table":
        return render_text(result).encode("utf-8")
    if isinstance(result, Graph):
        return serialize(result.triples, format=_RDF_FORMATS[fmt], prefixes=PREFIXES)
    body = json.dumps(result.to_json(), ensure_ascii=False).encode("utf-8")
    if fmt == "json":
        return body
    return parse_query_results(body, QueryResultsFormat.JSON).serialize(format=_RESULT_FORMATS[fmt])


def compact(term: Term | None) -> str:
    """A short readable form: prefixed names for known namespaces, a literal's plain text."""
    if term is None:
        return ""
    if isinstance(term, NamedNode):
        for prefix, base in sorted(PREFIXES.items(), key=lambda p: -len(p[1])):
            if term.value.startswith(base) and len(term.value) > len(base):
                return f"{prefix}:{term.value[len(base):]}"
        return term.value
    if isinstance(term, Literal):
        return term.value
    return str(term)


def _rows(result: Result) -> tuple[tuple[str, ...], list[tuple[Term | None, ...]]]:
    if isinstance(result, Table):
        return result.variables, list(result.rows)
    if isinstance(result, Answer):
        return ("answer",), [(Literal("true" if result.value else "false", datatype=XSD.boolean),)]
    return ("subject", "predicate", "object"), [(t.subject, t.predicate, t.object) for t in result.triples]


def render_text(result: Result, *, width: int = 48) -> str:
    """An aligned plain-text table for a terminal; long cells are cut with an ellipsis."""
    header, rows = _rows(result)

    def cell(term: Term | None) -> str:
        text = " ".join(compact(term).split())
        return text if len(text) <= width else text[:width - 1] + "…"

    cells = [[cell(t) for t in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.append(f"({len(rows)} row{'' if len(rows) == 1 else 's'})")
    return "\n".join(lines) + "\n"


def _html_cell(term: Term | None) -> str:
    if isinstance(term, NamedNode) and term.value.startswith(("http://", "https://")):
        return f'<a href="{html.escape(term.value, quote=True)}">{html.escape(compact(term))}</a>'
    return html.escape(compact(term))


def render_html(result: Result, title: str = "") -> str:
    """A self-contained HTML page with the result as a table (no scripts, no outside assets)."""
    header, rows = _rows(result)
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "\n".join("<tr>" + "".join(f"<td>{_html_cell(t)}</td>" for t in row) + "</tr>" for row in rows)
    name = html.escape(title or "Query result")
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{name}</title>\n"
            "<style>body{font-family:sans-serif;margin:1em}table{border-collapse:collapse}"
            "th,td{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}"
            "th{background:#eee}</style></head>\n"
            f"<body><h1>{name}</h1>\n<p>{len(rows)} row{'' if len(rows) == 1 else 's'}</p>\n"
            f"<table><thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody></table></body></html>\n")
