"""The offline registry: who is who in diplomacy news, with Wikidata ids that never are guessed.

Why a curated registry and not a Wikidata search: the linker must work without
network, in German, and must never link a name to a wrong item. Every id in the
registry comes from a file under `data/sources/` (the entry's `source` names
it); an important entity without a verified id is kept, with no id, so that it
is still recognised and typed but never mislinked.

The registry answers the questions an extractor asks while reading an article:
which entries a name can denote (`lookup`, best first, with `choose` to pick
by context), which state an adjective names (`by_demonym`: "russischen"),
which actor a metonym stands for (`by_metonym`: "Kreml", "Weißes Haus",
"Moskau"), and who held an office on a date (`holder`: "Bundeskanzler" of
Germany in 2024 is Scholz, in 2026 Merz). All indexes are dicts built once.
"""
from __future__ import annotations

import calendar
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from kg.errors import RegistryError
from kg.linking import tsv
from kg.linking.tsv import Data
from kg.model import ActorType, PartialDate

DATA_DIR = Path(__file__).parent / "data"

# German adjective endings, longest first: "russischen" -> "russisch".
_ENDINGS = ("en", "em", "er", "es", "e")
_NON_WORD = re.compile(r"[^0-9a-z+]+")


def normalize(text: str) -> str:
    """Case-, diacritic-, hyphen- and punctuation-insensitive form: "Élysée-Palast" -> "elysee palast".

    A "+" is kept, since "OPEC+" is not "OPEC".
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return _NON_WORD.sub(" ", plain).strip()


@dataclass(frozen=True)
class Office:
    """An office held from `start` (inclusive) to `end` (exclusive: the successor's first day)."""

    title_de: str
    title_en: str
    of: str
    start: PartialDate | None
    end: PartialDate | None
    roles: tuple[str, ...] = ()

    def overlap(self, on: PartialDate | None) -> int:
        """Days that `on` (a day, month or year) shares with the term; with no date, 1 if still held."""
        if on is None:
            return 1 if self.end is None else 0
        first, last = _span(on)
        start = _span(self.start)[0] if self.start else date.min
        end = _exclusive_end(self.end) if self.end else date.max
        return max(0, (min(last + timedelta(days=1), end) - max(first, start)).days)


@dataclass(frozen=True)
class Entry:
    """One actor the registry knows; `key` is its Wikidata id, or a stable slug when it has none."""

    key: str
    qid: str | None
    type: ActorType
    label_de: str
    label_en: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    metonyms: tuple[str, ...]
    capital: str | None
    offices: tuple[Office, ...]
    source: str
    country: str | None = None
    demonyms_de: tuple[str, ...] = ()
    demonyms_en: tuple[str, ...] = ()

    def label(self, lang: str) -> str:
        return self.label_de if lang == "de" else self.label_en

    def demonym(self, lang: str) -> str | None:
        """The first demonym in `lang` ("chinesisch", "Chinese"), for building names of the state's bodies."""
        found: tuple[str, ...] = getattr(self, f"demonyms_{lang}", ())
        return found[0] if found else None

    def names(self) -> tuple[str, ...]:
        """Labels then aliases, without repeats."""
        return tuple(dict.fromkeys((self.label_de, self.label_en, *self.aliases)))


class Registry:
    """The registry's entries with the indexes the extractor needs; immutable once built."""

    def __init__(self, data: Data) -> None:
        self.data = data
        offices = _offices_by_holder(data)
        self._entries: dict[str, Entry] = {}
        for record in data.records:
            if record.key in self._entries:
                raise RegistryError(f"duplicate key {record.key!r} ({record.kind}.tsv)")
            self._entries[record.key] = _entry(record, offices.get(record.key, ()))
        self._entries = {key: self._with_capital_metonyms(entry) for key, entry in self._entries.items()}
        self._check_references()
        self._names = self._index_names()
        explicit = {r.key: set(r.metonyms) for r in data.records}
        self._metonyms = _unique_index(
            (form, 0 if form in explicit[entry.key] else 1, entry)
            for entry in self._entries.values() for form in entry.metonyms)
        self._demonyms = _unique_index(
            (form, 0, entry) for entry in self._entries.values() for form in entry.demonyms)
        self._titles = _title_index(data)
        self._office_holders = [(office, self._entries[holder]) for holder, held in offices.items()
                                for office in held]

    @classmethod
    def from_dir(cls, directory: Path) -> "Registry":
        return cls(tsv.read(directory))

    @classmethod
    def default(cls) -> "Registry":
        """The registry shipped with the package (loaded once per process)."""
        return _default()

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries.values())

    def entry(self, key: str) -> Entry | None:
        return self._entries.get(key)

    def lookup(self, name: str) -> list[Entry]:
        """Entries whose label or alias is `name` (normalised); label matches first, then ids before none.

        Among equals, places come last: "Weißes Haus" names the body that speaks before the building.
        """
        return list(self._names.get(normalize(name), ()))

    def by_demonym(self, adjective: str) -> Entry | None:
        """The state an adjective names, in any German ending: "russischen", "Russian" -> Russia."""
        form = normalize(adjective)
        for candidate in (form, *(form[: -len(e)] for e in _ENDINGS if form.endswith(e) and len(form) > len(e) + 2)):
            if candidate in self._demonyms:
                return self._demonyms[candidate]
        return None

    def by_metonym(self, name: str) -> Entry | None:
        """The actor a place or building stands for: "Kreml" -> the Kremlin, "Moskau" -> Russia."""
        return self._metonyms.get(normalize(name))

    def holder(self, office_title: str, of_key: str | None, on: PartialDate | None) -> Entry | None:
        """Who held the office named `office_title` of `of_key` on `on` (today's holder when `on` is None).

        `office_title` is a title ("Bundeskanzler", "Präsident", "Staatschef", "Foreign Minister")
        or a role id ("head_of_state"). Without `of_key`, the state the title implies is used
        ("Bundeskanzler" -> Germany). None when nobody, or more than one person, fits equally well.
        """
        of_key = of_key or self.implied_of(office_title)
        if of_key is None:
            return None
        scored: dict[str, tuple[int, Entry]] = {}
        for office, person in self._office_holders:
            if office.of == of_key and self._title_fits(office_title, office):
                days = office.overlap(on)
                if days and days > scored.get(person.key, (0, person))[0]:
                    scored[person.key] = (days, person)
        ranked = sorted(scored.values(), key=lambda pair: -pair[0])
        if not ranked or len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
            return None
        return ranked[0][1]

    def offices_of(self, key: str, on: PartialDate | None) -> list[Office]:
        """The offices `key` held on `on` (every office, past and present, when `on` is None)."""
        entry = self._entries.get(key)
        if entry is None:
            return []
        return [o for o in entry.offices if on is None or o.overlap(on)]

    def implied_of(self, office_title: str) -> str | None:
        """The state or body a title names by itself: "Bundeskanzler" -> Germany; None for "Präsident"."""
        return self._titles.get(normalize(office_title), (frozenset(), None))[1]

    def roles(self, office_title: str) -> frozenset[str]:
        """The role ids a title word denotes ("Staatschef" -> head_of_state); empty when unknown."""
        form = normalize(office_title)
        known = self._titles.get(form, (frozenset(), None))[0]
        return known | {form.replace(" ", "_")}

    def surface_forms(self) -> Iterator[tuple[str, Entry]]:
        """Every label, alias and metonym with its entry, for building a gazetteer."""
        for entry in self._entries.values():
            for form in dict.fromkeys((*entry.names(), *entry.metonyms)):
                yield form, entry

    def choose(self, candidates: Iterable[Entry], *, type: ActorType | str | None = None,
               of: str | None = None, on: PartialDate | None = None) -> Entry | None:
        """The best candidate in context (see the module function `choose`)."""
        return choose(candidates, type=type, of=of, on=on)

    def _title_fits(self, title: str, office: Office) -> bool:
        form = normalize(title)
        if form in (normalize(office.title_de), normalize(office.title_en)):
            return True
        return bool(self.roles(title) & set(office.roles))

    def _with_capital_metonyms(self, entry: Entry) -> Entry:
        """A state's capital stands for its government: "Moskau" is a metonym of Russia."""
        capital = self._entries.get(entry.capital) if entry.capital else None
        if capital is None:
            return entry
        metonyms = tuple(dict.fromkeys((*entry.metonyms, *capital.names())))
        return replace(entry, metonyms=metonyms)

    def _check_references(self) -> None:
        for entry in self._entries.values():
            for ref in (entry.capital, entry.country, *(o.of for o in entry.offices)):
                if ref is not None and ref not in self._entries:
                    raise RegistryError(f"{entry.key} refers to unknown key {ref!r}")

    def _index_names(self) -> dict[str, tuple[Entry, ...]]:
        ranked: dict[str, dict[str, tuple[int, int, int, Entry]]] = defaultdict(dict)
        for entry in self._entries.values():
            labels = {normalize(entry.label_de), normalize(entry.label_en)}
            for name in entry.names():
                form = normalize(name)
                rank = (0 if form in labels else 1, 0 if entry.qid else 1, int(entry.type == ActorType.PLACE))
                current = ranked[form].get(entry.key)
                if current is None or rank < current[:3]:
                    ranked[form][entry.key] = (*rank, entry)
        return {form: tuple(e for *_, e in sorted(by_key.values(), key=lambda t: t[:3]))
                for form, by_key in ranked.items()}


def choose(candidates: Iterable[Entry], *, type: ActorType | str | None = None,
           of: str | None = None, on: PartialDate | None = None) -> Entry | None:
    """The best candidate in context, or None when none fits.

    `type` is a hard filter. `of` (a state or organisation key) and `on` (the
    article date) are preferences: a person holding an office of `of` on `on`,
    a place or body in `of`, or `of` itself come first. Ties keep the
    candidates' order (`lookup` gives them best first).
    """
    wanted = ActorType(type) if type is not None else None
    pool = [c for c in candidates if wanted is None or c.type == wanted]
    if not pool:
        return None
    return max(pool, key=lambda c: _context_score(c, of, on))


def _context_score(entry: Entry, of: str | None, on: PartialDate | None) -> tuple[int, int]:
    held = [o for o in entry.offices if on is None or o.overlap(on)]
    related = of is not None and (entry.key == of or entry.country == of or any(o.of == of for o in held))
    return (int(related), int(on is not None and bool(held)))


@cache
def _default() -> Registry:
    return Registry.from_dir(DATA_DIR)


def _span(day: PartialDate) -> tuple[date, date]:
    """First and last calendar day a partial date covers."""
    if day.day:
        one = date(day.year, day.month, day.day)  # type: ignore[arg-type]
        return one, one
    if day.month:
        last = calendar.monthrange(day.year, day.month)[1]
        return date(day.year, day.month, 1), date(day.year, day.month, last)
    return date(day.year, 1, 1), date(day.year, 12, 31)


def _exclusive_end(end: PartialDate) -> date:
    """A day-precise end is the successor's first day; a vaguer one ends after the period it names."""
    first, last = _span(end)
    return first if end.day else last + timedelta(days=1)


def _offices_by_holder(data: Data) -> dict[str, tuple[Office, ...]]:
    held: dict[str, list[Office]] = defaultdict(list)
    labels = {r.key: (r.label_en, r.label_de) for r in data.records}
    for o in data.offices:
        if o.holder not in labels:
            raise RegistryError(f"office holder {o.holder!r} ({o.holder_name}) is not an entry", source="offices.tsv")
        if o.holder_name and o.holder_name not in labels[o.holder]:
            raise RegistryError(f"office holder {o.holder} is {labels[o.holder][0]!r}, not {o.holder_name!r}",
                                source="offices.tsv")
        held[o.holder].append(Office(o.title_de, o.title_en, o.of, o.start, o.end, o.roles))
    return {key: tuple(sorted(offices, key=lambda x: x.start or PartialDate(1))) for key, offices in held.items()}


def _entry(record: tsv.Record, offices: tuple[Office, ...]) -> Entry:
    aliases = tuple(a for a in dict.fromkeys((*record.aliases_de, *record.aliases_en))
                    if a not in (record.label_de, record.label_en))
    return Entry(
        key=record.key, qid=record.qid, type=record.type, label_de=record.label_de, label_en=record.label_en,
        aliases=aliases, demonyms=tuple(dict.fromkeys((*record.demonyms_de, *record.demonyms_en))),
        metonyms=record.metonyms, capital=record.capital, offices=offices, source=record.source,
        country=record.country, demonyms_de=record.demonyms_de, demonyms_en=record.demonyms_en,
    )


def _unique_index(claims: Iterable[tuple[str, int, Entry]]) -> dict[str, Entry]:
    """Form -> entry from (form, priority, entry) claims; the lowest priority wins.

    An explicit metonym (priority 0) beats a capital's name (1): "Brüssel" stands
    for the EU, not for Belgium. A form that two entries claim at the same
    priority is left out, since picking one of them would be a guess.
    """
    best: dict[str, tuple[int, dict[str, Entry]]] = {}
    for form, priority, entry in claims:
        key = normalize(form)
        if not key:
            continue
        current = best.get(key)
        if current is None or priority < current[0]:
            best[key] = (priority, {entry.key: entry})
        elif priority == current[0]:
            current[1][entry.key] = entry
    return {form: next(iter(entries.values())) for form, (_, entries) in best.items() if len(entries) == 1}


def _title_index(data: Data) -> dict[str, tuple[frozenset[str], str | None]]:
    index: dict[str, tuple[frozenset[str], str | None]] = {}
    for t in data.titles:
        form = normalize(t.title)
        roles, of = index.get(form, (frozenset(), None))
        index[form] = (roles | frozenset(t.roles), of or t.of)
    return index
