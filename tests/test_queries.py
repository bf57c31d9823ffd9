"""Saved queries on a real pyoxigraph store: every file in queries/ with its example, the contract rows,
typed parameters, safe binding (injection through every type), headers and the question library.

The graph is built from `Extraction` records of short articles written for these tests (their ids
are those of examples/articles, so the queries' examples select them), mapped by `kg.rdf.mapping`.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from pyoxigraph import Store

from kg import queries, results
from kg.model import (Actor, ActorType, Agreement, Article, Event, EventStatus, EventType, Evidence, Extraction,
                      Membership, PartialDate, Role, Statement)
from kg.queries import QueryLibrary, SavedQuery
from kg.rdf import iris
from kg.rdf.mapping import to_quads
from kg.store import GraphStore

DIP = "https://w3id.org/diplomacy-kg/ontology#"
WD = "http://www.wikidata.org/entity/"

PERSON, STATE, ORG, PLACE, TREATY = (ActorType.PERSON, ActorType.STATE, ActorType.ORGANIZATION, ActorType.PLACE,
                                     ActorType.AGREEMENT)
ARTICLE_A = ("xi-putin-phone-call.de", "de", [
    "Xi Jinping und Wladimir Putin haben am Freitag telefoniert.",
    '"Wir haben gemeinsam viele Prüfungen überstanden", sagte Xi.',
    "Putin gab Tucker Carlson ein Interview.",
    "Russland und China sind Mitglieder der BRICS.",
    "Der Kreml erklärte, Russland und China unterstützten eine Lösung in Gaza.",
])
ARTICLE_B = ("putin-xi-video-call.de", "de", [
    "Putin und Xi sprachen am 21. Januar 2026 per Videoverbindung.",
    '"Die Allianz bleibt stabil", sagte der russische Präsident.',
    "Laut Uschakow wird Putin im Frühjahr 2026 China besuchen.",
    "Uschakow sagte, die Ansichten stimmten überein.",
    "Der Vertrag New START zwischen Russland und den USA läuft im Februar 2026 aus.",
    "Xi telefonierte mit Donald Trump.",
])
ARTICLE_C = ("lavrov-wang-meeting.en", "en", [
    "Sergey Lavrov met Wang Yi in Beijing on 3 March 2026.",
    "Xi Jinping will attend the APEC summit in Shenzhen in November 2026.",
])


class _Writer:
    """Builds one `Extraction` whose evidence spans point at real words of the article text."""

    def __init__(self, spec: tuple[str, str, list[str]]) -> None:
        self.id, self.lang, sentences = spec
        self.text = " ".join(sentences)
        starts = [self.text.index(s) for s in sentences]
        self.sentences = tuple((s, s + len(t)) for s, t in zip(starts, sentences, strict=True))

    def ev(self, words: str, nth: int = 0) -> tuple[Evidence, ...]:
        start = -1
        for _ in range(nth + 1):
            start = self.text.index(words, start + 1)
        sentence = next(i for i, (s, e) in enumerate(self.sentences) if s <= start < e)
        return (Evidence(start, start + len(words), sentence, "test"),)

    def actor(self, key: str, label: str, kind: ActorType, qid: str | None = None, word: str = "") -> Actor:
        return Actor(key=key, label=label, type=kind, wikidata=qid, evidence=self.ev(word or label.split()[-1]))

    def article(self) -> Article:
        return Article(id=self.id, text=self.text, lang=self.lang, source="test")


def extractions() -> list[Extraction]:
    a = _Writer(ARTICLE_A)
    first = Extraction(
        article=a.article(), sentences=a.sentences,
        actors=(a.actor("Q15031", "Xi Jinping", PERSON, "Q15031"), a.actor("Q7747", "Wladimir Putin", PERSON, "Q7747"),
                a.actor("tucker carlson", "Tucker Carlson", PERSON), a.actor("Q159", "Russland", STATE, "Q159"),
                a.actor("Q148", "China", STATE, "Q148"), a.actor("Q243630", "BRICS", ORG, "Q243630"),
                a.actor("kreml", "Kreml", ORG), a.actor("Q39760", "Gaza", PLACE, "Q39760")),
        events=(Event(EventType.PHONE_CALL, ("Q15031", "Q7747"), a.ev("telefoniert")),
                Event(EventType.INTERVIEW, ("Q7747", "tucker carlson"), a.ev("Interview"))),
        statements=(Statement("Q15031", "Wir haben gemeinsam viele Prüfungen überstanden", True,
                              a.ev("Wir haben gemeinsam viele Prüfungen überstanden")),
                    Statement("kreml", "Russland und China unterstützten eine Lösung in Gaza", False,
                              a.ev("Russland und China unterstützten eine Lösung in Gaza"))),
        roles=(Role("Q15031", "Staatschef", "Q148", a.ev("Xi Jinping")),),
        memberships=(Membership("Q159", "Q243630", a.ev("Mitglieder der BRICS")),
                     Membership("Q148", "Q243630", a.ev("Mitglieder der BRICS"))),
    )
    b = _Writer(ARTICLE_B)
    second = Extraction(
        article=b.article(), sentences=b.sentences,
        actors=(b.actor("Q7747", "Wladimir Putin", PERSON, "Q7747"),
                b.actor("Q15031", "Xi Jinping", PERSON, "Q15031", "Xi"),
                b.actor("juri uschakow", "Juri Uschakow", PERSON), b.actor("Q148", "China", STATE, "Q148"),
                b.actor("Q159", "Russland", STATE, "Q159"), b.actor("Q30", "USA", STATE, "Q30"),
                b.actor("new start", "New START", TREATY), b.actor("Q22686", "Donald Trump", PERSON, "Q22686")),
        events=(Event(EventType.VIDEO_CALL, ("Q7747", "Q15031"), b.ev("per Videoverbindung"),
                      date=PartialDate(2026, 1, 21)),
                Event(EventType.VISIT, ("Q7747", "Q148"), b.ev("China besuchen"), date=PartialDate(2026),
                      status=EventStatus.PLANNED),
                Event(EventType.PHONE_CALL, ("Q15031", "Q22686"), b.ev("telefonierte"))),
        statements=(Statement("Q7747", "Die Allianz bleibt stabil", True, b.ev("Die Allianz bleibt stabil")),
                    Statement("juri uschakow", "die Ansichten stimmten überein", False,
                              b.ev("die Ansichten stimmten überein"))),
        roles=(Role("Q7747", "Präsident", "Q159", b.ev("russische Präsident")),
               Role("juri uschakow", "Berater des Präsidenten", "Q159", b.ev("Uschakow"))),
        agreements=(Agreement("new start", ("Q159", "Q30"), b.ev("New START"), expires=PartialDate(2026, 2)),),
    )
    c = _Writer(ARTICLE_C)
    third = Extraction(
        article=c.article(), sentences=c.sentences,
        actors=(c.actor("Q58217", "Sergey Lavrov", PERSON, "Q58217"), c.actor("Q701801", "Wang Yi", PERSON, "Q701801"),
                c.actor("Q956", "Beijing", PLACE, "Q956"), c.actor("Q15031", "Xi Jinping", PERSON, "Q15031"),
                c.actor("Q170481", "APEC", ORG, "Q170481"), c.actor("Q15174", "Shenzhen", PLACE, "Q15174")),
        events=(Event(EventType.MEETING, ("Q58217", "Q701801"), c.ev("met"), place="Q956",
                      date=PartialDate(2026, 3, 3)),
                Event(EventType.SUMMIT, ("Q15031", "Q170481"), c.ev("summit"), place="Q15174",
                      date=PartialDate(2026, 11), status=EventStatus.PLANNED)),
    )
    return [first, second, third]


def build_store(path: Path | None = None) -> GraphStore:
    """The test articles in a store: in memory, or on disk at `path`."""
    store = GraphStore(path)
    for extraction in extractions():
        store.replace_graph(iris.article(extraction.article.id), to_quads(extraction))
    return store


def save_store(path: Path) -> str:
    """The test articles in an on-disk store at `path`, closed again so `kg` or a server can open it."""
    store = build_store(path)
    store.flush()
    del store
    return str(path)


@pytest.fixture(scope="module")
def store() -> Store:
    return build_store().store


@pytest.fixture(scope="module")
def library() -> QueryLibrary:
    return QueryLibrary.from_directory()


def rows(store: Store, query: SavedQuery, /, **values: str) -> list[dict[str, str]]:
    table = queries.run(store, query.bind(values))
    assert isinstance(table, results.Table)
    return [{k: t.value for k, t in r.items()} for r in table.records()]


def library_rows(store: Store, query_name: str, /, **values: str) -> list[dict[str, str]]:
    return rows(store, QueryLibrary.from_directory().get(query_name), **values)


# --- every file in queries/ --------------------------------------------------------------------

FEDERATED = {"wikidata-offices", "wikidata-birth", "wikidata-member-of"}
EXAMPLE_ROWS = {
    "actors": 8, "events": 6, "statements": 2, "roles": 2, "memberships": 2, "agreements": 2,
    "actor-profile": 1, "agreements-expiring": 1, "contacts": 2, "mentions": 1, "most-active": 6,
    "network": 3, "planned-events": 2, "sources": 1, "statements-by": 1, "timeline": 4,
}


def test_the_library_has_the_contract_and_the_question_queries(library: QueryLibrary) -> None:
    names = {q.name for q in library}
    assert {"actors", "events", "statements", "roles", "memberships", "agreements"} <= names
    assert names == set(EXAMPLE_ROWS) | FEDERATED | {"contact-graph"}
    for query in library:
        assert query.summary and query.description, query.name
        assert query.example() or not any(p.required for p in query.parameters), query.name


@pytest.mark.parametrize("name", sorted(EXAMPLE_ROWS))
def test_each_query_returns_its_rows_for_its_example(store: Store, library: QueryLibrary, name: str) -> None:
    query = library.get(name)
    found = rows(store, query, **query.example())
    assert len(found) == EXAMPLE_ROWS[name]


@pytest.fixture(scope="module")
def examples_store() -> Store:
    """The graph `kg build examples/articles` makes, with the project's own extraction pipeline."""
    from kg.build import build
    from kg.nlp.pipeline import Pipeline

    store = GraphStore()
    report = build([Path(__file__).resolve().parent.parent / "examples" / "articles"], store, Pipeline(),
                   validate=False)
    assert report.articles == 2 and not report.errors
    return store.store


@pytest.mark.parametrize("name", sorted(set(EXAMPLE_ROWS) | {"contact-graph"}))
def test_each_example_has_rows_on_the_graph_built_from_the_example_articles(
        examples_store: Store, library: QueryLibrary, name: str) -> None:
    query = library.get(name)
    answer = queries.run(examples_store, query.bind(query.example()))
    assert isinstance(answer, (results.Table, results.Graph))
    assert (answer.rows if isinstance(answer, results.Table) else answer.triples)


def test_the_construct_query_gives_the_actors_contacts_as_triples(store: Store, library: QueryLibrary) -> None:
    query = library.get("contact-graph")
    graph = queries.run(store, query.bind(query.example()))
    assert isinstance(graph, results.Graph)
    events = {t.subject.value for t in graph.triples
              if t.predicate.value.endswith("#type") and t.object.value.startswith(DIP)}
    assert len(events) == 4
    turtle = results.render(graph, "turtle").decode()
    assert "dip:Interview" in turtle and "Tucker Carlson" in turtle


@pytest.mark.parametrize("name", sorted(EXAMPLE_ROWS))
def test_queries_work_on_a_union_default_graph_too(store: Store, library: QueryLibrary, name: str) -> None:
    query = library.get(name)
    text = query.bind(query.example())
    plain = results.from_pyoxigraph(store.query(text))
    union = results.from_pyoxigraph(store.query(text, use_default_graph_as_union=True))
    assert plain == union


# --- the contract queries ----------------------------------------------------------------------

def test_actors_gives_one_row_per_actor_and_article_with_its_most_specific_class(store: Store) -> None:
    found = library_rows(store, "actors")
    assert len(found) == 22
    assert len({(r["articleId"], r["actor"]) for r in found}) == 22
    assert {r["type"].removeprefix(DIP) for r in found} == {"Person", "State", "Organization", "Place", "Agreement"}
    putin = [r for r in found if r["actor"].endswith("/entity/Q7747")]
    assert [r["wikidata"] for r in putin] == [WD + "Q7747"] * 2
    assert {r["label"] for r in putin} == {"Wladimir Putin"}
    kreml = next(r for r in found if r["label"] == "Kreml")
    assert "wikidata" not in kreml


def test_events_gives_one_row_per_participant_with_plain_dates_and_status_iris(store: Store) -> None:
    found = library_rows(store, "events")
    assert len(found) == 14
    video = [r for r in found if r["type"] == DIP + "VideoCall"]
    assert {r["participant"].rsplit("/", 1)[1] for r in video} == {"Q7747", "Q15031"}
    assert {r["date"] for r in video} == {"2026-01-21"}
    assert {r["status"] for r in video} == {DIP + "happened"}
    summit = next(r for r in found if r["type"] == DIP + "Summit")
    assert (summit["date"], summit["status"], summit["place"].rsplit("/", 1)[1]) == ("2026-11", DIP + "planned",
                                                                                     "Q15174")
    table = queries.run(store, QueryLibrary.from_directory().get("events").bind({}))
    dates = {r["date"] for r in table.records() if "date" in r}
    assert {d.datatype.value for d in dates} == {"http://www.w3.org/2001/XMLSchema#string"}


def test_statements_roles_memberships_and_agreements_rows(store: Store) -> None:
    statements = library_rows(store, "statements")
    assert Counter(r["direct"] for r in statements) == {"true": 2, "false": 2}
    uschakow = next(r for r in statements if r["speaker"].endswith("juri-uschakow"))
    assert uschakow["quote"] == "die Ansichten stimmten überein"
    roles = library_rows(store, "roles")
    assert {(r["person"].rsplit("/", 1)[1], r["role"], r["of"].rsplit("/", 1)[1]) for r in roles} == {
        ("Q15031", "Staatschef", "Q148"), ("Q7747", "Präsident", "Q159"),
        ("juri-uschakow", "Berater des Präsidenten", "Q159")}
    members = library_rows(store, "memberships")
    assert {(r["member"][-4:], r["organization"][-7:]) for r in members} == {("Q159", "Q243630"), ("Q148", "Q243630")}
    agreements = library_rows(store, "agreements")
    assert {(r["label"], r["party"].rsplit("/", 1)[1]) for r in agreements} == {("New START", "Q159"),
                                                                                 ("New START", "Q30")}


def test_contract_queries_return_every_row_with_no_page_limit() -> None:
    big = _Writer(("many-actors.en", "en", [f"Person {i} spoke." for i in range(150)]))
    actors = tuple(Actor(f"person {i}", f"Person {i}", ActorType.PERSON, evidence=big.ev(f"Person {i} "))
                   for i in range(150))
    store = GraphStore()
    extraction = Extraction(article=big.article(), sentences=big.sentences, actors=actors)
    store.replace_graph(iris.article(extraction.article.id), to_quads(extraction))
    assert len(library_rows(store.store, "actors")) == 150


def test_optional_parameters_left_out_are_wildcards_and_given_ones_filter(store: Store) -> None:
    assert len(library_rows(store, "events", type="dip:Visit")) == 2
    assert len(library_rows(store, "events", status=DIP + "planned")) == 4
    assert len(library_rows(store, "statements", direct="false")) == 2
    assert len(library_rows(store, "statements", direct="0", article="putin-xi-video-call.de")) == 1
    assert len(library_rows(store, "actors", type="dip:Agreement")) == 1


# --- the question library ----------------------------------------------------------------------

def test_contacts_between_two_actors_come_with_dates_and_sources(store: Store) -> None:
    found = library_rows(store, "contacts", a="Q15031", b="Q7747")
    assert [(r.get("date"), r["type"].removeprefix(DIP), r["evidence"]) for r in found] == [
        ("2026-01-21", "VideoCall", "per Videoverbindung"), (None, "PhoneCall", "telefoniert")]
    assert library_rows(store, "contacts", a="Q7747", b="Q15031", type="dip:VideoCall")[0]["date"] == "2026-01-21"
    assert library_rows(store, "contacts", a="Q7747", b="Q7747") == []


def test_timeline_is_in_date_order_and_a_period_keeps_overlapping_dates(store: Store) -> None:
    found = library_rows(store, "timeline", actor="Q7747")
    assert [r.get("date") for r in found] == ["2026", "2026-01-21", None, None]
    assert found[0]["with"] == "China"
    january = library_rows(store, "timeline", actor="Q7747", **{"from": "2026-01-01", "to": "2026-01-31"})
    assert [r["date"] for r in january] == ["2026", "2026-01-21"]
    later = library_rows(store, "timeline", actor="Q7747", **{"from": "2026-02-01"})
    assert [r["date"] for r in later] == ["2026"]


def test_network_counts_contacts_per_pair(store: Store) -> None:
    xi = library_rows(store, "network", actor="Q15031")
    assert [(r["partnerLabel"], r["contacts"], r["types"]) for r in xi][0] == ("Wladimir Putin", "2",
                                                                              "PhoneCall, VideoCall")
    assert [r["partnerLabel"] for r in library_rows(store, "network", actor="Q15031", min_contacts="2")] == [
        "Wladimir Putin"]
    pairs = library_rows(store, "network")
    assert len(pairs) == 6
    assert len({frozenset((r["actor"], r["partner"])) for r in pairs}) == 6


def test_most_active_ranks_actors_in_a_period(store: Store) -> None:
    found = library_rows(store, "most-active", **{"from": "2026-01-01", "to": "2026-12-31"})
    assert [(r["label"], r["events"]) for r in found[:2]] == [("Wladimir Putin", "2"), ("Xi Jinping", "2")]
    states = library_rows(store, "most-active", type="dip:State")
    assert [(r["label"], r["events"]) for r in states] == [("China", "1")]
    assert [(r["label"], r["events"]) for r in library_rows(store, "most-active", min_events="4")] == [
        ("Wladimir Putin", "4"), ("Xi Jinping", "4")]
    assert library_rows(store, "most-active", min_events="5") == []


def test_what_an_actor_said_by_id_by_name_and_by_kind(store: Store) -> None:
    assert [r["quote"] for r in library_rows(store, "statements-by", speaker="Q7747")] == ["Die Allianz bleibt stabil"]
    by_name = library_rows(store, "statements-by", speaker_name="USCHAKOW")
    assert [(r["speakerLabel"], r["direct"], r["sentence"]) for r in by_name] == [("Juri Uschakow", "false", "3")]
    assert len(library_rows(store, "statements-by", direct="false")) == 2


def test_statements_that_mention_an_actor(store: Store) -> None:
    found = library_rows(store, "mentions", actor="Q159")
    assert [(r["speakerLabel"], r["mentionedLabel"]) for r in found] == [("Kreml", "Russland")]
    assert len(library_rows(store, "mentions", name="china")) == 1
    assert library_rows(store, "mentions", actor="Q30") == []


def test_planned_events_from_a_date_on(store: Store) -> None:
    found = library_rows(store, "planned-events", **{"from": "2026-06-01"})
    assert [(r["date"], r["type"].removeprefix(DIP), r.get("place")) for r in found] == [
        ("2026", "Visit", None), ("2026-11", "Summit", "Shenzhen")]
    assert library_rows(store, "planned-events", type="dip:Summit")[0]["participants"] == "APEC, Xi Jinping"
    assert library_rows(store, "planned-events", **{"from": "2027-01-01"}) == []


def test_agreements_with_parties_and_expiry(store: Store) -> None:
    found = library_rows(store, "agreements-expiring", year="2026")
    assert [(r["label"], r["expires"], r["parties"]) for r in found] == [("New START", "2026-02", "USA, Russland")]
    assert library_rows(store, "agreements-expiring", year="2027") == []
    assert len(library_rows(store, "agreements-expiring", to="2026-02-28")) == 1
    assert library_rows(store, "agreements-expiring", **{"from": "2026-03-01"}) == []
    assert library_rows(store, "agreements-expiring", party="Q148") == []


def test_sources_of_a_fact_give_article_sentence_and_words(store: Store) -> None:
    statement = next(r["statement"] for r in library_rows(store, "statements") if r["direct"] == "true"
                     and r["speaker"].endswith("Q7747"))
    found = library_rows(store, "sources", fact=statement)
    assert [(r["articleId"], r["sentence"], r["text"]) for r in found] == [
        ("putin-xi-video-call.de", "1", "Die Allianz bleibt stabil")]
    text = " ".join(ARTICLE_B[2])
    assert text[int(found[0]["begin"]):int(found[0]["end"])] == found[0]["text"]


def test_actor_profile_by_id_or_by_language_tagged_name(store: Store) -> None:
    xi = library_rows(store, "actor-profile", actor="Q15031")
    assert [(r["label"], r["articles"], r["roles"]) for r in xi] == [("Xi Jinping", "3", "Staatschef (China)")]
    assert library_rows(store, "actor-profile", label="Wladimir Putin@en") == []
    assert library_rows(store, "actor-profile", label="Wladimir Putin@de")[0]["roles"] == "Präsident (Russland)"
