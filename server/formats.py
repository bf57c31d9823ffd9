"""Result formats and content negotiation.

A SELECT or ASK answer can be written as SPARQL JSON, XML, CSV or TSV; a graph
(CONSTRUCT, DESCRIBE, a Graph Store GET) as Turtle, N-Triples, RDF/XML, JSON-LD,
N-Quads or TriG; a whole dataset as TriG or N-Quads. The first format of each
list is the default when the client accepts anything: JSON for results and
Turtle for graphs (Oxigraph's server answers CONSTRUCT with N-Quads, which
most RDF clients and the W3C protocol tests do not accept).

Browsers cannot set `Accept` from a link, so a `format` parameter (a short
name such as `csv` or a media type) takes precedence over the header.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from server.errors import HttpError

RESULTS = "results"
GRAPH = "graph"
DATASET = "dataset"


@dataclass(frozen=True)
class Format:
    """One serialisation: `name` is what the worker and the `format` parameter use."""

    name: str
    media_type: str
    aliases: tuple[str, ...] = ()
    short_names: tuple[str, ...] = ()

    @property
    def content_type(self) -> str:
        return f"{self.media_type}; charset=utf-8"

    def answers(self, media_type: str) -> bool:
        return media_type == self.media_type or media_type in self.aliases


_JSON = Format("json", "application/sparql-results+json", ("application/json",), ("json", "srj"))
_XML = Format("xml", "application/sparql-results+xml", ("application/xml", "text/xml"), ("xml", "srx"))
_CSV = Format("csv", "text/csv", (), ("csv",))
_TSV = Format("tsv", "text/tab-separated-values", (), ("tsv",))
_TURTLE = Format("turtle", "text/turtle", ("application/x-turtle",), ("turtle", "ttl"))
_NTRIPLES = Format("ntriples", "application/n-triples", ("text/plain",), ("ntriples", "nt", "n-triples"))
_RDFXML = Format("rdfxml", "application/rdf+xml", ("application/xml", "text/xml"), ("rdfxml", "rdf", "xml"))
_JSONLD = Format("jsonld", "application/ld+json", ("application/json",), ("jsonld", "json-ld", "json"))
_NQUADS = Format("nquads", "application/n-quads", (), ("nquads", "nq", "n-quads"))
_TRIG = Format("trig", "application/trig", (), ("trig",))

FORMATS: dict[str, tuple[Format, ...]] = {
    RESULTS: (_JSON, _XML, _CSV, _TSV),
    GRAPH: (_TURTLE, _NTRIPLES, _RDFXML, _JSONLD, _NQUADS, _TRIG),
    DATASET: (_TRIG, _NQUADS),
}

# Media types a client may send RDF in (Graph Store PUT/POST), by worker format name.
UPLOAD_FORMATS: dict[str, str] = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/rdf+xml": "rdfxml",
    "application/ld+json": "jsonld",
    "application/n-quads": "nquads",
    "application/trig": "trig",
}


@dataclass(frozen=True)
class _Range:
    type: str
    subtype: str
    q: float
    position: int

    def specificity(self, media_type: str) -> int:
        """2 for an exact match, 1 for `type/*`, 0 for `*/*`, -1 for no match."""
        main, _, sub = media_type.partition("/")
        if self.type == "*":
            return 0
        if self.type != main:
            return -1
        if self.subtype == "*":
            return 1
        return 2 if self.subtype == sub else -1


def parse_media_type(value: str | None) -> tuple[str, dict[str, str]]:
    """`text/turtle; charset=UTF-8` -> ("text/turtle", {"charset": "UTF-8"})."""
    if not value:
        return "", {}
    head, *params = value.split(";")
    parsed: dict[str, str] = {}
    for param in params:
        key, sep, val = param.partition("=")
        if sep:
            parsed[key.strip().lower()] = val.strip().strip('"')
    return head.strip().lower(), parsed


def _parse_accept(header: str) -> list[_Range]:
    ranges: list[_Range] = []
    for position, item in enumerate(header.split(",")):
        media_type, params = parse_media_type(item)
        main, sep, sub = media_type.partition("/")
        if not sep or not main or not sub:
            continue
        try:
            q = float(params.get("q", "1"))
        except ValueError:
            q = 0.0
        ranges.append(_Range(main, sub, max(0.0, min(q, 1.0)), position))
    return ranges


def _quality(ranges: Sequence[_Range], fmt: Format) -> tuple[float, int, int]:
    """How much the client wants `fmt`: q of the most specific matching range, then specificity, then order."""
    best = (0.0, -1, 0)
    for media_type in (fmt.media_type, *fmt.aliases):
        for rng in ranges:
            spec = rng.specificity(media_type)
            if spec < 0:
                continue
            score = (rng.q, spec, -rng.position)
            if spec > best[1] or (spec == best[1] and score > best):
                best = score
    return best


def negotiate(kind: str, accept: str | None, fmt: str | None = None) -> Format:
    """The format to answer in, or HttpError 406 naming what is available."""
    candidates = FORMATS[kind]
    if fmt:
        return _by_parameter(kind, fmt)
    if not accept or not accept.strip():
        return candidates[0]
    ranges = _parse_accept(accept)
    if not ranges:
        return candidates[0]
    scored = [(_quality(ranges, f), -i, f) for i, f in enumerate(candidates)]
    wanted = [(score, order, f) for score, order, f in scored if score[0] > 0 and score[1] >= 0]
    if not wanted:
        raise not_acceptable(kind)
    return max(wanted, key=lambda item: (item[0][0], item[0][1], item[0][2], item[1]))[2]


def _by_parameter(kind: str, fmt: str) -> Format:
    value = fmt.strip().lower()
    for candidate in FORMATS[kind]:
        if value in candidate.short_names or candidate.answers(parse_media_type(value)[0]):
            return candidate
    raise not_acceptable(kind, f"format={fmt!r} is not available here")


def not_acceptable(kind: str, reason: str = "no acceptable format") -> HttpError:
    offered = ", ".join(f.media_type for f in FORMATS[kind])
    return HttpError(406, "not_acceptable", f"{reason}; this answer can be sent as: {offered}")
