"""Online linking (opt-in): candidates from the Wikidata API, checked through the Query Service.

Why two services: `wbsearchentities` finds items by name the way Wikidata's
own search box does, but says nothing reliable about what an item is. The
Query Service then checks each candidate's type (P31, through P279
subclasses, against the classes in `data/wikidata-classes.tsv`) and the
offices it held (P39 with start/end qualifiers and the office's jurisdiction),
so that context (type, country, article date) can choose between candidates
exactly as it does for registry entries. A candidate of no known type is
dropped rather than guessed.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import NamedNode

from kg.linking.registry import DATA_DIR, Entry, Office, choose
from kg.linking.wikidata import Item, WikidataClient
from kg.model import ActorType, PartialDate
from kg.rdf.terms import WIKIDATA

PREFIXES = """PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX p: <http://www.wikidata.org/prop/>
PREFIX ps: <http://www.wikidata.org/prop/statement/>
PREFIX pq: <http://www.wikidata.org/prop/qualifier/>
PREFIX wikibase: <http://wikiba.se/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

TYPE_QUERY = PREFIXES + """SELECT DISTINCT ?item ?class ?country WHERE {
  %(classes)s
  ?item wdt:P31/wdt:P279* ?class .
  OPTIONAL { ?item wdt:P17 ?country }
}
"""

OFFICE_QUERY = PREFIXES + """SELECT ?item ?office ?officeDe ?officeEn ?of ?hos ?hog ?start ?end WHERE {
  ?item p:P39 ?statement .
  ?statement ps:P39 ?office .
  OPTIONAL { ?statement pq:P580 ?start }
  OPTIONAL { ?statement pq:P582 ?end }
  OPTIONAL { ?office wdt:P1001 ?of }
  OPTIONAL { ?hos wdt:P1906 ?office }
  OPTIONAL { ?hog wdt:P1313 ?office }
  OPTIONAL { ?office rdfs:label ?officeDe FILTER(LANG(?officeDe) = "de") }
  OPTIONAL { ?office rdfs:label ?officeEn FILTER(LANG(?officeEn) = "en") }
  FILTER NOT EXISTS { ?statement wikibase:rank wikibase:DeprecatedRank }
}
"""


@dataclass(frozen=True)
class WikidataClass:
    qid: str
    type: ActorType
    label: str


def load_classes(path: Path = DATA_DIR / "wikidata-classes.tsv") -> tuple[WikidataClass, ...]:
    """The Wikidata classes that decide an item's type, highest priority first."""
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    rows = [line.split("\t") for line in lines if line.strip()]
    return tuple(WikidataClass(qid, ActorType(kind), label) for qid, kind, label, *_ in rows)


def values(variable: str, qids: Iterable[str]) -> str:
    """A SPARQL `VALUES` block of Wikidata items, serialised from pyoxigraph terms."""
    terms = " ".join(str(NamedNode(WIKIDATA + qid)) for qid in qids)
    return f"VALUES ?{variable} {{ {terms} }}"


def qid_of(iri: str) -> str | None:
    return iri[len(WIKIDATA):] if iri.startswith(WIKIDATA) else None


class OnlineLinker:
    """Search, check and choose Wikidata items for a name; every answer goes through the client's cache."""

    def __init__(self, client: WikidataClient, classes: Sequence[WikidataClass] | None = None) -> None:
        self.client = client
        self.classes = tuple(classes or load_classes())

    def candidates(self, name: str, lang: str = "de", limit: int = 7) -> list[Entry]:
        """Items Wikidata finds for `name`, in its order, typed; items of no known type are left out."""
        hits = self.client.search(name, lang, limit)
        if not hits:
            return []
        qids = [h.qid for h in hits]
        types, countries = self._types(qids)
        typed = [q for q in qids if q in types]
        items = self.client.items(typed) if typed else {}
        people = [q for q in typed if types[q] == ActorType.PERSON]
        offices = self._offices(people) if people else {}
        return [_entry(items.get(q), q, types[q], countries.get(q), offices.get(q, ()), self.client.api_url)
                for q in typed]

    def link(self, name: str, lang: str = "de", *, type: ActorType | str | None = None,
             of: str | None = None, on: PartialDate | None = None) -> Entry | None:
        return choose(self.candidates(name, lang), type=type, of=of, on=on)

    def _types(self, qids: Sequence[str]) -> tuple[dict[str, ActorType], dict[str, str]]:
        query = TYPE_QUERY % {"classes": values("class", (c.qid for c in self.classes))} + values("item", qids)
        rank = {c.qid: (i, c.type) for i, c in enumerate(self.classes)}
        best: dict[str, tuple[int, ActorType]] = {}
        countries: dict[str, str] = {}
        for row in self.client.select(query):
            item, cls = qid_of(row.get("item", "")), qid_of(row.get("class", ""))
            if item is None or cls not in rank:
                continue
            if item not in best or rank[cls][0] < best[item][0]:
                best[item] = rank[cls]
            country = qid_of(row.get("country", ""))
            if country:
                countries.setdefault(item, country)
        return {item: kind for item, (_, kind) in best.items()}, countries

    def _offices(self, qids: Sequence[str]) -> dict[str, tuple[Office, ...]]:
        held: dict[str, dict[tuple[str, str], Office]] = {}
        for row in self.client.select(OFFICE_QUERY + values("item", qids)):
            office = _office(row)
            item = qid_of(row.get("item", ""))
            if office is not None and item is not None:
                slot = (row["office"], office.start.iso() if office.start else "")
                held.setdefault(item, {})[slot] = _merge(held.get(item, {}).get(slot), office)
        return {item: tuple(sorted(by_slot.values(), key=lambda o: o.start or PartialDate(1)))
                for item, by_slot in held.items()}


def _date(text: str | None) -> PartialDate | None:
    if not text:
        return None
    try:
        return PartialDate.parse(text)
    except ValueError:
        return None


def _office(row: Mapping[str, str]) -> Office | None:
    """One P39 statement as an `Office`; its `of` is the jurisdiction, or the state it heads."""
    of = next((qid_of(row[k]) for k in ("of", "hos", "hog") if row.get(k) and qid_of(row[k])), None)
    if of is None:
        return None
    roles = tuple(role for key, role in (("hos", "head_of_state"), ("hog", "head_of_government")) if row.get(key))
    label = qid_of(row["office"]) or row["office"]
    return Office(row.get("officeDe") or row.get("officeEn") or label, row.get("officeEn") or label, of,
                  _date(row.get("start")), _date(row.get("end")), roles)


def _merge(old: Office | None, new: Office) -> Office:
    """Rows of one statement differ only in roles (an office can head a state and its government)."""
    if old is None:
        return new
    return Office(old.title_de, old.title_en, old.of, old.start, old.end, tuple(dict.fromkeys(old.roles + new.roles)))


def _entry(item: Item | None, qid: str, kind: ActorType, country: str | None, offices: tuple[Office, ...],
           source: str) -> Entry:
    labels = item.labels if item else {}
    aliases = item.aliases if item else {}
    label_en = labels.get("en") or labels.get("de") or qid
    label_de = labels.get("de") or label_en
    names = tuple(dict.fromkeys(a for lang in ("de", "en") for a in aliases.get(lang, ())))
    return Entry(key=qid, qid=qid, type=kind, label_de=label_de, label_en=label_en,
                 aliases=tuple(a for a in names if a not in (label_de, label_en)), demonyms=(), metonyms=(),
                 capital=None, offices=offices, source=source,
                 country=None if kind == ActorType.STATE else country)
