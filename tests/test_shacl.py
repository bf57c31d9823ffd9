"""SHACL validation: a hand-built article graph conforms; each kind of damage is reported readably."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from pyoxigraph import Literal, NamedNode, Quad

from kg.model import (
    Actor, ActorType, Agreement, Article, Event, EventStatus, EventType, Evidence, Extraction, Membership,
    PartialDate, Role, Statement,
)
from kg.rdf import iris
from kg.rdf.mapping import to_quads
from kg.rdf.shacl import Violation, format_violation, validate_graph, validate_store
from kg.rdf.terms import DIP, NIF, ONTOLOGY, OWL, PROV, RDF, SCHEMA, XSD
from kg.store import GraphStore

TEXT = ("Wladimir Putin telefonierte am Dienstag mit Xi Jinping. "
        "„Wir sind Freunde“, sagte Xi. "
        "Der russische Präsident Putin lobte den Vertrag New START. "
        "Russland ist Mitglied von BRICS.")


def _span(text: str, sentence: int, component: str = "handmade") -> Evidence:
    start = TEXT.index(text)
    return Evidence(start, start + len(text), sentence, component)


def _extraction(article_id: str = "shacl-test", events: tuple[Event, ...] | None = None) -> Extraction:
    article = Article(article_id, TEXT, "de", f"{article_id}.txt", title="Ein Telefonat",
                      published=PartialDate(2026, 2, 6))
    call = Event(EventType.PHONE_CALL, ("Q7747", "Q15031"), (_span("telefonierte", 0, "events"),),
                 date=PartialDate(2026, 2))
    return Extraction(
        article=article,
        actors=(
            Actor("Q7747", "Wladimir Putin", ActorType.PERSON, "Q7747", ("Putin",), (_span("Wladimir Putin", 0),)),
            Actor("Q15031", "Xi Jinping", ActorType.PERSON, "Q15031", ("Xi",), (_span("Xi Jinping", 0),)),
            Actor("Q159", "Russland", ActorType.STATE, "Q159", (), (_span("Russland", 3),)),
            Actor("Q243630", "BRICS", ActorType.ORGANIZATION, "Q243630", (), (_span("BRICS", 3),)),
            Actor("New START", "New START", ActorType.AGREEMENT, None, (), (_span("New START", 2),)),
        ),
        events=(call,) if events is None else events,
        statements=(Statement("Q15031", "Wir sind Freunde", True, (_span("Wir sind Freunde", 1, "quotes"),)),),
        roles=(Role("Q7747", "Präsident", "Q159", (_span("russische Präsident", 2, "roles"),)),),
        memberships=(Membership("Q159", "Q243630", (_span("Mitglied von BRICS", 3, "memberships"),)),),
        agreements=(Agreement("New START", ("Q159",), (_span("Vertrag New START", 2, "agreements"),),
                              expires=PartialDate(2026, 2, 5)),),
    )


@pytest.fixture(scope="module")
def quads() -> list[Quad]:
    return to_quads(_extraction())


def _node_of_type(quads: list[Quad], cls: NamedNode) -> NamedNode:
    return next(q.subject for q in quads if q.predicate == RDF.type and q.object == cls)


def _without(quads: list[Quad], keep: Callable[[Quad], bool]) -> list[Quad]:
    kept = [q for q in quads if keep(q)]
    assert len(kept) < len(quads), "the damage must remove something"
    return kept


def _replace_object(quads: list[Quad], predicate: NamedNode, subject: NamedNode | None,
                    new: NamedNode | Literal) -> list[Quad]:
    hit = [q for q in quads if q.predicate == predicate and subject in (None, q.subject)]
    assert hit, "the damage must change something"
    return [Quad(q.subject, q.predicate, new, q.graph_name) if q in hit else q for q in quads]


def _only(violations: list[Violation], path: str | None = None) -> Violation:
    matching = [v for v in violations if path is None or v.path == path]
    assert len(matching) == 1, [format_violation(v) for v in violations]
    return matching[0]


def test_a_complete_article_graph_conforms(quads: list[Quad]) -> None:
    assert validate_graph(quads) == []


def test_a_planned_and_a_past_call_between_the_same_people_stay_two_valid_events() -> None:
    people = ("Q7747", "Q15031")
    evidence = (_span("telefonierte", 0),)
    events = (Event(EventType.PHONE_CALL, people, evidence),
              Event(EventType.PHONE_CALL, people, evidence, status=EventStatus.PLANNED))
    quads = to_quads(_extraction(events=events))
    assert len({q.subject for q in quads if q.predicate == RDF.type and q.object == DIP.PhoneCall}) == 2
    assert validate_graph(quads) == []


def test_an_event_without_participants_is_reported(quads: list[Quad]) -> None:
    event = _node_of_type(quads, DIP.PhoneCall)
    violation = _only(validate_graph(_without(quads, lambda q: q.predicate != DIP.participant)))
    assert (violation.focus, violation.path, violation.severity) == (event.value, "dip:participant", "Violation")
    assert violation.message == "An event needs at least one participant (dip:participant)."


def test_a_participant_that_is_not_an_actor_is_reported(quads: list[Quad]) -> None:
    xi = iris.actor("Q15031", "Person")
    damaged = _without(quads, lambda q: not (q.subject == xi and q.predicate == RDF.type))
    violations = validate_graph(damaged)
    participant = _only(violations, "dip:participant")
    assert participant.value == f"<{xi.value}>"
    assert "must be an actor" in participant.message
    assert _only(violations, "dip:speaker").message == "The speaker of a statement must be an actor of this graph."


def test_a_statement_without_speaker_is_reported(quads: list[Quad]) -> None:
    statement = _node_of_type(quads, DIP.Statement)
    violation = _only(validate_graph(_without(quads, lambda q: q.predicate != DIP.speaker)))
    assert (violation.focus, violation.path) == (statement.value, "dip:speaker")
    assert violation.message == "A statement needs exactly one speaker (dip:speaker)."


def test_an_empty_quote_and_a_non_boolean_direct_flag_are_reported(quads: list[Quad]) -> None:
    damaged = _replace_object(quads, DIP.quote, None, Literal("  ", language="de"))
    damaged = _replace_object(damaged, DIP.direct, None, Literal("yes"))
    violations = validate_graph(damaged)
    assert "non-empty quote" in _only(violations, "dip:quote").message
    assert "xsd:boolean" in _only(violations, "dip:direct").message


def test_a_same_as_that_is_not_a_wikidata_item_is_reported(quads: list[Quad]) -> None:
    putin = iris.actor("Q7747", "Person")
    damaged = _replace_object(quads, OWL.sameAs, putin, NamedNode("http://example.org/Q7747"))
    violation = _only(validate_graph(damaged))
    assert (violation.focus, violation.path, violation.value) == (putin.value, "owl:sameAs",
                                                                  "<http://example.org/Q7747>")
    assert "must be a Wikidata item IRI" in violation.message


def test_two_wikidata_links_for_one_actor_are_reported(quads: list[Quad]) -> None:
    putin = iris.actor("Q7747", "Person")
    extra = Quad(putin, OWL.sameAs, iris.wikidata("Q15031"), quads[0].graph_name)
    violation = _only(validate_graph([*quads, extra]))
    assert violation.message == "An actor can be linked to at most one Wikidata item (owl:sameAs)."


def test_an_actor_with_two_actor_types_is_reported(quads: list[Quad]) -> None:
    russia = iris.actor("Q159", "State")
    violation = _only(validate_graph([*quads, Quad(russia, RDF.type, DIP.Place, quads[0].graph_name)]))
    assert (violation.focus, violation.path) == (russia.value, "rdf:type")
    assert "exactly one of the types Person, State" in violation.message


def test_a_status_outside_happened_and_planned_is_reported(quads: list[Quad]) -> None:
    event = _node_of_type(quads, DIP.PhoneCall)
    damaged = _replace_object(quads, DIP.status, event, NamedNode(ONTOLOGY + "cancelled"))
    violation = _only(validate_graph(damaged))
    assert (violation.focus, violation.path) == (event.value, "dip:status")
    assert violation.message == "The status of an event must be dip:happened or dip:planned."


def test_two_statuses_on_one_event_are_reported(quads: list[Quad]) -> None:
    event = _node_of_type(quads, DIP.PhoneCall)
    violation = _only(validate_graph([*quads, Quad(event, DIP.status, DIP.planned, quads[0].graph_name)]))
    assert violation.message == "An event needs exactly one status (dip:status)."


@pytest.mark.parametrize("date", [Literal("Februar 2026"), Literal("2026-13", datatype=XSD.gYearMonth)])
def test_a_date_of_the_wrong_datatype_or_an_impossible_month_is_reported(quads: list[Quad], date: Literal) -> None:
    damaged = _replace_object(quads, DIP.date, None, date)
    violation = _only(validate_graph(damaged), "dip:date")
    assert "xsd:date, xsd:gYearMonth or xsd:gYear" in violation.message
    assert violation.value is not None and violation.value.startswith(f'"{date.value}"')


def test_a_membership_in_something_that_is_not_an_organization_is_reported(quads: list[Quad]) -> None:
    membership = _node_of_type(quads, DIP.Membership)
    damaged = _replace_object(quads, DIP.organization, membership, iris.actor("Q159", "State"))
    violation = _only(validate_graph(damaged), "dip:organization")
    assert violation.focus == membership.value
    assert "a dip:Organization of this graph" in violation.message


def test_a_fact_without_its_source_article_is_reported(quads: list[Quad]) -> None:
    role = _node_of_type(quads, DIP.Role)
    damaged = _without(quads, lambda q: not (q.subject == role and q.predicate == PROV.wasDerivedFrom))
    violation = _only(validate_graph(damaged))
    assert (violation.focus, violation.path) == (role.value, "prov:wasDerivedFrom")
    assert "must name the article it was derived from" in violation.message


def test_a_fact_without_evidence_is_reported(quads: list[Quad]) -> None:
    membership = _node_of_type(quads, DIP.Membership)
    damaged = _without(quads, lambda q: not (q.subject == membership and q.predicate == DIP.evidence))
    assert _only(validate_graph(damaged), "dip:evidence").focus == membership.value


def test_parties_on_something_that_is_not_an_agreement_are_reported(quads: list[Quad]) -> None:
    russia, brics = iris.actor("Q159", "State"), iris.actor("Q243630", "Organization")
    violation = _only(validate_graph([*quads, Quad(brics, DIP.party, russia, quads[0].graph_name)]))
    assert violation.focus == brics.value
    assert violation.message == "Only an agreement (dip:Agreement) can have parties or an expiry date."


def test_a_span_that_ends_before_it_begins_is_reported(quads: list[Quad]) -> None:
    span = next(q.object for q in quads if q.predicate == DIP.evidence)
    damaged = _replace_object(quads, NIF.beginIndex, span, Literal("500", datatype=XSD.nonNegativeInteger))
    violations = validate_graph(damaged)
    assert _only(violations, "nif:beginIndex").focus == span.value
    mismatch = _only([v for v in violations if v.path is None])
    assert mismatch.value == f"<{span.value}>"
    assert mismatch.message.startswith("An evidence span does not match the article text")


def test_a_span_whose_anchor_differs_from_the_text_is_reported(quads: list[Quad]) -> None:
    span = next(q.object for q in quads if q.predicate == DIP.evidence)
    violation = _only(validate_graph(_replace_object(quads, NIF.anchorOf, span, Literal("Merkel"))))
    assert violation.focus == iris.article("shacl-test").value
    assert violation.value == f"<{span.value}>"


def test_an_article_without_id_or_text_is_reported(quads: list[Quad]) -> None:
    damaged = _without(quads, lambda q: q.predicate not in (DIP.articleId, SCHEMA.text))
    violations = validate_graph(damaged)
    assert _only(violations, "dip:articleId").message == \
        "An article needs exactly one non-empty article id (a plain string)."
    assert _only(violations, "schema:text").focus == iris.article("shacl-test").value


def test_a_graph_without_an_article_is_reported() -> None:
    violation = _only(validate_graph([]))
    assert violation.path == "^rdf:type"
    assert violation.message == "An article graph must describe exactly one article (one node of type dip:Article)."


def test_the_store_is_validated_graph_by_graph() -> None:
    store = GraphStore()
    good, bad = _extraction("good"), _extraction("bad")
    store.replace_graph(iris.article("good"), to_quads(good))
    bad_graph = iris.article("bad")
    store.replace_graph(bad_graph, [q for q in to_quads(bad) if q.predicate != DIP.speaker])
    stray = iris.article("stray")
    store.replace_graph(stray, [Quad(stray, SCHEMA.headline, Literal("Ohne Artikel"), stray)])

    violations = validate_store(store)

    assert sorted({v.graph for v in violations}) == [bad_graph.value, stray.value]
    speaker = _only([v for v in violations if v.graph == bad_graph.value])
    assert speaker.path == "dip:speaker"
    line = format_violation(speaker)
    assert line.startswith(f"<{bad_graph.value}> <{speaker.focus}>: A statement needs exactly one speaker")
    assert line.endswith("(dip:speaker)")
    assert "exactly one article" in _only([v for v in violations if v.graph == stray.value]).message


def test_format_violation_is_one_line_with_value_and_severity() -> None:
    v = Violation(focus="https://example.org/x", path="dip:place", message="Too many places.",
                  severity="Warning", graph=None, value="<https://example.org/p>")
    assert format_violation(v) == \
        "<https://example.org/x>: Warning: Too many places. [found <https://example.org/p>] (dip:place)"
