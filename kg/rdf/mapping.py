"""Maps one `Extraction` to the quads of its article graph.

Every fact gets its type, its content, the article it came from
(`prov:wasDerivedFrom`), the component that produced it
(`prov:wasAttributedTo`) and its evidence spans as NIF strings.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from pyoxigraph import Literal, NamedNode, Quad

from kg.model import Actor, Event, Evidence, EventStatus, Extraction, PartialDate
from kg.rdf import iris
from kg.rdf.terms import DIP, NIF, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, TIME, XSD

Triple = tuple[NamedNode, NamedNode, NamedNode | Literal]

_DATE_TYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}
_TIME_UNITS = {"day": TIME.unitDay, "month": TIME.unitMonth, "year": TIME.unitYear}


def date_literal(value: PartialDate) -> Literal:
    """An XSD literal whose datatype carries the precision: xsd:date, xsd:gYearMonth or xsd:gYear."""
    return Literal(value.iso(), datatype=_DATE_TYPES[value.precision])


def actor_iri(extraction: Extraction, key: str) -> NamedNode:
    """The IRI of the extraction's actor `key`."""
    for actor in extraction.actors:
        if actor.key == key:
            return iris.actor(actor.key, actor.type.value)
    raise ValueError(f"fact refers to an actor that was not extracted: {key!r}")


def _actor_iris(extraction: Extraction) -> Callable[[str], NamedNode]:
    """`actor_iri` with the actors indexed once, for mapping a whole extraction."""
    table = {a.key: iris.actor(a.key, a.type.value) for a in extraction.actors}

    def ref(key: str) -> NamedNode:
        if key not in table:
            return actor_iri(extraction, key)  # raises the one error message
        return table[key]
    return ref


def event_iri(extraction: Extraction, event: Event) -> NamedNode:
    """An event's own IRI, named by its content.

    Status and place are part of an event's identity: "they spoke by phone and will speak again"
    is two events, which would otherwise merge into one node with two statuses.
    """
    return iris.fact("event", event.type.value,
                     *sorted(actor_iri(extraction, p).value for p in event.participants),
                     event.date.iso() if event.date else None, event.status.value,
                     actor_iri(extraction, event.place).value if event.place else None)


def to_quads(extraction: Extraction, event_iris: Mapping[int, NamedNode] | None = None) -> list[Quad]:
    """All quads of the article graph, sorted, without duplicates.

    `event_iris` names events (by their index) that another article already reported, so that one
    real event keeps one IRI with every article as a source.
    """
    graph = iris.article(extraction.article.id)
    triples = set(_article(extraction, graph))
    ref = _actor_iris(extraction)

    for actor in extraction.actors:
        triples.update(_actor(actor, graph, extraction))
    for index, event in enumerate(extraction.events):
        node = (event_iris or {}).get(index) or event_iri(extraction, event)
        triples.add((node, RDF.type, DIP[event.type.value]))
        triples.add((node, DIP.status, DIP[event.status.value]))
        if event.status is EventStatus.PLANNED:
            triples.add((node, SCHEMA.eventStatus, SCHEMA.EventScheduled))
        for participant in event.participants:
            triples.add((node, DIP.participant, ref(participant)))
        if event.place:
            triples.add((node, DIP.place, ref(event.place)))
        if event.date:
            triples.update(_date(node, event.date))
        triples.update(_provenance(node, event.evidence, graph, extraction))
    for st in extraction.statements:
        first = st.evidence[0] if st.evidence else None
        node = iris.fact("statement", extraction.article.id, st.speaker, st.quote, first and first.start)
        triples.add((node, RDF.type, DIP.Statement))
        triples.add((node, DIP.speaker, ref(st.speaker)))
        triples.add((node, DIP.quote, Literal(st.quote, language=extraction.article.lang)))
        triples.add((node, DIP.direct, Literal("true" if st.direct else "false", datatype=XSD.boolean)))
        triples.update(_provenance(node, st.evidence, graph, extraction))
    for role in extraction.roles:
        of_iri = ref(role.of) if role.of else None
        node = iris.fact("role", ref(role.person).value, role.title, of_iri and of_iri.value)
        triples.add((node, RDF.type, DIP.Role))
        triples.add((node, DIP.person, ref(role.person)))
        triples.add((node, DIP.roleTitle, Literal(role.title, language=extraction.article.lang)))
        if of_iri:
            triples.add((node, DIP.roleOf, of_iri))
        triples.update(_provenance(node, role.evidence, graph, extraction))
    for m in extraction.memberships:
        node = iris.fact("membership", ref(m.member).value, ref(m.organization).value)
        triples.add((node, RDF.type, DIP.Membership))
        triples.add((node, DIP.member, ref(m.member)))
        triples.add((node, DIP.organization, ref(m.organization)))
        triples.update(_provenance(node, m.evidence, graph, extraction))
    for agreement in extraction.agreements:
        node = ref(agreement.actor)
        for party in agreement.parties:
            triples.add((node, DIP.party, ref(party)))
        if agreement.expires:
            triples.add((node, DIP.expires, date_literal(agreement.expires)))
        triples.update(_provenance(node, agreement.evidence, graph, extraction))
    return sorted((Quad(s, p, o, graph) for s, p, o in triples), key=str)


def _article(extraction: Extraction, graph: NamedNode) -> Iterator[Triple]:
    art = extraction.article
    yield graph, RDF.type, DIP.Article
    yield graph, DIP.articleId, Literal(art.id)
    yield graph, SCHEMA.inLanguage, Literal(art.lang)
    yield graph, SCHEMA.text, Literal(art.text, language=art.lang)
    if art.title:
        yield graph, SCHEMA.headline, Literal(art.title, language=art.lang)
    if art.url:
        yield graph, SCHEMA.url, Literal(art.url, datatype=XSD.string)
    if art.published:
        yield graph, SCHEMA.datePublished, date_literal(art.published)


def _actor(actor: Actor, graph: NamedNode, extraction: Extraction) -> Iterator[Triple]:
    node = iris.actor(actor.key, actor.type.value)
    lang = extraction.article.lang
    yield node, RDF.type, DIP[actor.type.value]
    yield node, RDFS.label, Literal(actor.label, language=lang)
    yield node, DIP.mentionedIn, graph
    for name in actor.names:
        if name != actor.label:
            yield node, SKOS.altLabel, Literal(name, language=lang)
    if actor.wikidata:
        yield node, OWL.sameAs, iris.wikidata(actor.wikidata)
    yield from _spans(node, actor.evidence, graph, extraction)


def _date(node: NamedNode, value: PartialDate) -> Iterator[Triple]:
    """The date twice: as one typed literal for queries, and as OWL-Time with explicit precision."""
    yield node, DIP.date, date_literal(value)
    desc = iris.fact("time", value.iso())
    yield node, TIME.hasTime, desc
    yield desc, RDF.type, TIME.DateTimeDescription
    yield desc, TIME.unitType, _TIME_UNITS[value.precision]
    yield desc, TIME.year, Literal(f"{value.year:04d}", datatype=XSD.gYear)
    if value.month:
        yield desc, TIME.month, Literal(f"--{value.month:02d}", datatype=XSD.gMonth)
    if value.day:
        yield desc, TIME.day, Literal(f"---{value.day:02d}", datatype=XSD.gDay)


def _provenance(node: NamedNode, evidence: tuple[Evidence, ...], graph: NamedNode,
                extraction: Extraction) -> Iterator[Triple]:
    yield node, PROV.wasDerivedFrom, graph
    for ev in evidence:
        yield node, PROV.wasAttributedTo, iris.component(ev.component)
    yield from _spans(node, evidence, graph, extraction)


def _component(name: str) -> Iterator[Triple]:
    """A pipeline component as a PROV software agent, so provenance queries need no project vocabulary."""
    agent = iris.component(name)
    yield agent, RDF.type, PROV.SoftwareAgent
    yield agent, RDF.type, DIP.Component
    yield agent, RDFS.label, Literal(name)


def _spans(node: NamedNode, evidence: tuple[Evidence, ...], graph: NamedNode,
           extraction: Extraction) -> Iterator[Triple]:
    text = extraction.article.text
    for ev in evidence:
        span = iris.span(graph, ev.start, ev.end)
        yield node, DIP.evidence, span
        yield span, RDF.type, NIF.OffsetBasedString
        yield span, NIF.beginIndex, Literal(str(ev.start), datatype=XSD.nonNegativeInteger)
        yield span, NIF.endIndex, Literal(str(ev.end), datatype=XSD.nonNegativeInteger)
        yield span, NIF.anchorOf, Literal(text[ev.start:ev.end])
        yield span, NIF.referenceContext, graph
        yield span, DIP.sentenceIndex, Literal(str(ev.sentence), datatype=XSD.nonNegativeInteger)
        yield span, DIP.component, iris.component(ev.component)
        yield from _component(ev.component)
