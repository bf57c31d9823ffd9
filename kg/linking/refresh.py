"""Extending the registry from the Wikidata Query Service, shown as a diff before anything is written.

Why a diff and only additions: the registry is curated. Its German labels,
aliases, demonyms and metonyms were chosen by hand and Wikidata's labels are
not always the names news uses ("Volksrepublik China" vs "China"), so a
refresh never overwrites them. It adds what is missing: sovereign states and
international organisations not yet known, Wikidata's labels as aliases of
known entries, heads of state and government (P1906/P1313 offices held, P39)
with their terms, and the end of a term that has ended. The only entries it
removes are ones an earlier refresh added and Wikidata no longer returns.

Every id a refresh adds is recorded in `data/sources/wikidata-refresh.tsv`
(id, name, type, date retrieved, endpoint), so the rule that each id in the
registry traces to a source file holds for refreshed entries too.
"""
from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.linking import tsv
from kg.linking.online import PREFIXES, qid_of, values
from kg.linking.registry import DATA_DIR, normalize
from kg.linking.tsv import Data, OfficeRecord, Record, TitleRecord
from kg.linking.wikidata import WikidataClient
from kg.model import PartialDate

SOURCE = "sources/wikidata-refresh.tsv"
SOURCE_COLUMNS = ("qid", "name", "type", "retrieved", "endpoint")
SINCE = "2000-01-01T00:00:00Z"
SOVEREIGN_STATE = "Q3624078"
INTERNATIONAL_ORGANIZATION = "Q484652"
MIN_MEMBERS = 3

STATES_QUERY = PREFIXES + """SELECT ?item ?de ?en WHERE {
  %(class)s
  ?item wdt:P31 ?class .
  FILTER NOT EXISTS { ?item wdt:P576 ?dissolved }
  OPTIONAL { ?item rdfs:label ?de FILTER(LANG(?de) = "de") }
  OPTIONAL { ?item rdfs:label ?en FILTER(LANG(?en) = "en") }
}
"""

ORGANIZATIONS_QUERY = PREFIXES + """SELECT ?item ?de ?en (COUNT(DISTINCT ?member) AS ?members) WHERE {
  %(class)s
  %(state)s
  ?item wdt:P31 ?class .
  ?member wdt:P463 ?item ; wdt:P31 ?state .
  FILTER NOT EXISTS { ?item wdt:P576 ?dissolved }
  OPTIONAL { ?item rdfs:label ?de FILTER(LANG(?de) = "de") }
  OPTIONAL { ?item rdfs:label ?en FILTER(LANG(?en) = "en") }
}
GROUP BY ?item ?de ?en
HAVING (COUNT(DISTINCT ?member) >= %(min)d)
"""

HOLDERS_QUERY = PREFIXES + """PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT ?state ?role ?office ?officeDe ?officeEn ?item ?de ?en ?start ?end WHERE {
  { ?state wdt:P1906 ?office . BIND("head_of_state" AS ?role) }
  UNION
  { ?state wdt:P1313 ?office . BIND("head_of_government" AS ?role) }
  ?item p:P39 ?statement .
  ?statement ps:P39 ?office ; pq:P580 ?start .
  OPTIONAL { ?statement pq:P582 ?end }
  FILTER(?start >= "%(since)s"^^xsd:dateTime)
  FILTER NOT EXISTS { ?statement wikibase:rank wikibase:DeprecatedRank }
  OPTIONAL { ?item rdfs:label ?de FILTER(LANG(?de) = "de") }
  OPTIONAL { ?item rdfs:label ?en FILTER(LANG(?en) = "en") }
  OPTIONAL { ?office rdfs:label ?officeDe FILTER(LANG(?officeDe) = "de") }
  OPTIONAL { ?office rdfs:label ?officeEn FILTER(LANG(?officeEn) = "en") }
}
"""


@dataclass(frozen=True)
class Fetched:
    """What the Query Service said, as registry records (ids from Wikidata itself)."""

    records: tuple[Record, ...]
    offices: tuple[OfficeRecord, ...]
    kinds: frozenset[str]


@dataclass(frozen=True)
class Change:
    key: str
    before: Record | None
    after: Record | None
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Diff:
    added: tuple[Record, ...] = ()
    changed: tuple[Change, ...] = ()
    removed: tuple[Record, ...] = ()
    offices_added: tuple[OfficeRecord, ...] = ()
    offices_ended: tuple[tuple[OfficeRecord, OfficeRecord], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed or self.offices_added or self.offices_ended)

    def lines(self) -> list[str]:
        """The diff for people: `+` added, `~` changed, `-` removed."""
        out = [f"+ {r.type.value} {r.key} {r.label_en} / {r.label_de}" for r in self.added]
        for c in self.changed:
            assert c.before is not None and c.after is not None
            for name in c.fields:
                old, new = getattr(c.before, name), getattr(c.after, name)
                extra = [v for v in new if v not in old] if isinstance(new, tuple) else [new]
                out.append(f"~ {c.key} {c.after.label_en}: {name} += {'; '.join(map(str, extra))}")
        out += [f"- {r.type.value} {r.key} {r.label_en} (no longer in Wikidata)" for r in self.removed]
        out += [f"+ office {o.holder} {o.holder_name}: {o.title_en or o.title_de} of {o.of} {_term(o)}"
                for o in self.offices_added]
        out += [f"~ office {new.holder} {new.holder_name}: {new.title_en or new.title_de} of {new.of} "
                f"ended {new.end.iso() if new.end else '?'}" for _, new in self.offices_ended]
        return out


@dataclass
class Plan:
    """The data a refresh would write, its diff, and the provenance rows of the ids it adds."""

    data: Data
    diff: Diff
    provenance: list[tuple[str, ...]] = field(default_factory=list)


def fetch(client: WikidataClient, current: Data) -> Fetched:
    """Sovereign states, international organisations, and heads of the registry's states since 2000."""
    records = _states(client) + _organizations(client)
    state_ids = sorted({r.qid for r in current.records if r.kind == "states" and r.qid} |
                       {r.qid for r in records if r.kind == "states" and r.qid})
    holders, offices = _holders(client, state_ids)
    return Fetched(tuple(records + holders), tuple(offices), frozenset({"states", "organizations"}))


def plan(current: Data, fetched: Fetched, *, endpoint: str, today: datetime.date | None = None) -> Plan:
    """Merges `fetched` into `current` without overwriting curated data; returns the result and its diff."""
    stamp = (today or datetime.date.today()).isoformat()
    by_qid = {r.qid: r for r in current.records if r.qid}
    records = {r.key: r for r in current.records}
    added: list[Record] = []
    changed: list[Change] = []
    provenance: list[tuple[str, ...]] = []
    for new in _unique(fetched.records):
        old = by_qid.get(new.qid or "")
        if old is None:
            records[new.key] = new
            added.append(new)
            provenance.append((new.key, new.label_en, new.type.value, stamp, endpoint))
            continue
        merged = _extend(old, new)
        if merged != old:
            records[old.key] = merged
            changed.append(Change(old.key, old, merged, _changed_fields(old, merged)))
    fetched_ids = {r.qid for r in fetched.records}
    removed = [r for r in current.records
               if r.source == SOURCE and r.kind in fetched.kinds and r.qid not in fetched_ids]
    for r in removed:
        records.pop(r.key, None)
    fetched_offices = [_with_title_roles(o, current.titles) for o in fetched.offices]
    offices, offices_added, offices_ended = _merge_offices(current.offices, fetched_offices, records)
    data = Data(tuple(records.values()), tuple(offices), current.titles)
    diff = Diff(tuple(added), tuple(changed), tuple(removed), tuple(offices_added), tuple(offices_ended))
    return Plan(data, diff, provenance)


def refresh(client: WikidataClient, directory: Path = DATA_DIR) -> Plan:
    """Fetches from the client's Query Service and plans the merge into the registry in `directory`."""
    current = tsv.read(directory)
    return plan(current, fetch(client, current), endpoint=client.sparql_url)


def write(result: Plan, directory: Path = DATA_DIR) -> list[Path]:
    """Writes the planned registry and appends the provenance of every added id."""
    written = tsv.write(result.data, directory)
    source = directory / SOURCE
    removed = {r.key for r in result.diff.removed}
    rows = _read_source(source)
    rows = [row for row in rows if row[0] not in removed] + result.provenance
    lines = ["\t".join(SOURCE_COLUMNS)] + ["\t".join(row) for row in sorted(rows)]
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [*written, source]


def _read_source(path: Path) -> list[tuple[str, ...]]:
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return [tuple(line.split("\t")) for line in lines if line.strip()]


def _labels(row: dict[str, str], key: str) -> tuple[str, str]:
    en = row.get("en") or row.get("de") or key
    return row.get("de") or en, en


def _states(client: WikidataClient) -> list[Record]:
    query = STATES_QUERY % {"class": values("class", [SOVEREIGN_STATE])}
    return [_record("states", row) for row in client.select(query) if qid_of(row.get("item", ""))]


def _organizations(client: WikidataClient) -> list[Record]:
    query = ORGANIZATIONS_QUERY % {"class": values("class", [INTERNATIONAL_ORGANIZATION]),
                                   "state": values("state", [SOVEREIGN_STATE]), "min": MIN_MEMBERS}
    return [_record("organizations", row) for row in client.select(query) if qid_of(row.get("item", ""))]


def _record(kind: str, row: dict[str, str]) -> Record:
    qid = qid_of(row["item"])
    assert qid is not None
    de, en = _labels(row, qid)
    return Record(kind, qid, qid, de, en, source=SOURCE)


def _holders(client: WikidataClient, state_ids: Sequence[str]) -> tuple[list[Record], list[OfficeRecord]]:
    if not state_ids:
        return [], []
    query = HOLDERS_QUERY % {"since": SINCE} + values("state", state_ids)
    people: dict[str, Record] = {}
    offices: dict[tuple[str, str, str], OfficeRecord] = {}
    for row in client.select(query):
        person, state = qid_of(row.get("item", "")), qid_of(row.get("state", ""))
        start = _date(row.get("start"))
        if person is None or state is None or start is None:
            continue
        people.setdefault(person, _record("persons", row))
        de, en = _labels({"de": row.get("officeDe", ""), "en": row.get("officeEn", "")}, row.get("office", ""))
        key = (person, state, start.iso())
        old = offices.get(key)
        roles = tuple(dict.fromkeys((*(old.roles if old else ()), row["role"])))
        offices[key] = OfficeRecord(person, people[person].label_en, state, de, en, roles, start,
                                    _date(row.get("end")))
    return list(people.values()), list(offices.values())


def _date(text: str | None) -> PartialDate | None:
    try:
        return PartialDate.parse(text) if text else None
    except ValueError:
        return None


def _unique(records: Iterable[Record]) -> list[Record]:
    seen: dict[str, Record] = {}
    for r in records:
        seen.setdefault(r.key, r)
    return list(seen.values())


def _extend(old: Record, new: Record) -> Record:
    """Wikidata's labels become aliases of a known entry when it does not know them yet."""
    known = set(old.aliases_de) | set(old.aliases_en) | {old.label_de, old.label_en}
    extra_de = tuple(n for n in (new.label_de,) if n and n not in known)
    extra_en = tuple(n for n in (new.label_en,) if n and n not in known and n not in extra_de)
    return replace(old, aliases_de=old.aliases_de + extra_de, aliases_en=old.aliases_en + extra_en)


def _changed_fields(old: Record, new: Record) -> tuple[str, ...]:
    return tuple(name for name in ("aliases_de", "aliases_en") if getattr(old, name) != getattr(new, name))


def _same_term(a: OfficeRecord, b: OfficeRecord) -> bool:
    """One term of one office: same holder, same state, a shared role or title, compatible start dates."""
    if a.holder != b.holder or a.of != b.of:
        return False
    if not (set(a.roles) & set(b.roles) or a.title_en == b.title_en):
        return False
    if a.start is None or b.start is None:
        return True
    x, y = a.start.iso(), b.start.iso()
    return x.startswith(y) or y.startswith(x)


def _with_title_roles(office: OfficeRecord, titles: Sequence[TitleRecord]) -> OfficeRecord:
    """Roles named by the office's label ("Bundeskanzler (Deutschland)" -> chancellor), so `holder` finds it."""
    label = f" {normalize(office.title_de)} {normalize(office.title_en)} "
    named = [role for t in titles if f" {normalize(t.title)} " in label for role in t.roles]
    return replace(office, roles=tuple(dict.fromkeys((*office.roles, *named))))


def _merge_offices(current: Sequence[OfficeRecord], fetched: Sequence[OfficeRecord], records: dict[str, Record]
                   ) -> tuple[list[OfficeRecord], list[OfficeRecord], list[tuple[OfficeRecord, OfficeRecord]]]:
    offices = list(current)
    added: list[OfficeRecord] = []
    ended: list[tuple[OfficeRecord, OfficeRecord]] = []
    for new in fetched:
        if new.holder not in records or new.of not in records:
            continue
        new = replace(new, holder_name=records[new.holder].label_en)
        match = next((i for i, old in enumerate(offices) if _same_term(old, new)), None)
        if match is None:
            offices.append(new)
            added.append(new)
        elif offices[match].end is None and new.end is not None:
            closed = replace(offices[match], end=new.end)
            ended.append((offices[match], closed))
            offices[match] = closed
    return offices, added, ended


def _term(office: OfficeRecord) -> str:
    start = office.start.iso() if office.start else "?"
    return f"{start}..{office.end.iso() if office.end else ''}"
