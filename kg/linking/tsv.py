"""The registry's file format: sorted tab-separated files, one per entity kind.

Why TSV: a reviewer reads a registry change as a one-line diff per entity, a
spreadsheet opens it, and `grep` finds a name. Lists (aliases, demonyms,
metonyms, roles) are `;`-separated inside a cell. Offices live in their own
file with the holder's name beside the holder's key, so a wrong key in a hand
edit shows as a mismatch at load time instead of a silent mislink.

Files under `kg/linking/data/`:
- `states.tsv`, `places.tsv`, `organizations.tsv`, `persons.tsv`, `agreements.tsv`: entries
- `offices.tsv`: who held which office of which state or organisation, from when to when
- `titles.tsv`: the words (German and English) that name an office, mapped to role ids
- `sources/`: the files the Wikidata ids come from, verbatim
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.errors import RegistryError
from kg.model import ActorType, PartialDate

QID = re.compile(r"Q[1-9][0-9]*")
NO_SOURCE = "none"

KINDS: dict[str, ActorType] = {
    "states": ActorType.STATE,
    "places": ActorType.PLACE,
    "organizations": ActorType.ORGANIZATION,
    "persons": ActorType.PERSON,
    "agreements": ActorType.AGREEMENT,
}
FILES = (*(f"{kind}.tsv" for kind in KINDS), "offices.tsv", "titles.tsv")

ENTRY_COLUMNS = ("key", "qid", "label_de", "label_en", "aliases_de", "aliases_en", "demonyms_de",
                 "demonyms_en", "capital", "metonyms", "country", "source")
# The columns each kind's file carries, so that no file has a column that is always empty.
KIND_COLUMNS: dict[str, tuple[str, ...]] = {
    "states": ENTRY_COLUMNS,
    "places": ("key", "qid", "label_de", "label_en", "aliases_de", "aliases_en", "country", "source"),
    "organizations": ("key", "qid", "label_de", "label_en", "aliases_de", "aliases_en", "metonyms",
                      "country", "source"),
    "persons": ("key", "qid", "label_de", "label_en", "aliases_de", "aliases_en", "source"),
    "agreements": ("key", "qid", "label_de", "label_en", "aliases_de", "aliases_en", "source"),
}
OFFICE_COLUMNS = ("holder", "holder_name", "of", "title_de", "title_en", "roles", "start", "end")
TITLE_COLUMNS = ("title", "lang", "roles", "of")
_LISTS = {"aliases_de", "aliases_en", "demonyms_de", "demonyms_en", "metonyms", "roles"}


@dataclass(frozen=True)
class Record:
    """One entry as stored: aliases kept per language so that a rewrite round-trips."""

    kind: str
    key: str
    qid: str | None
    label_de: str
    label_en: str
    aliases_de: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    demonyms_de: tuple[str, ...] = ()
    demonyms_en: tuple[str, ...] = ()
    capital: str | None = None
    metonyms: tuple[str, ...] = ()
    country: str | None = None
    source: str = NO_SOURCE

    @property
    def type(self) -> ActorType:
        return KINDS[self.kind]


@dataclass(frozen=True)
class OfficeRecord:
    holder: str
    holder_name: str
    of: str
    title_de: str
    title_en: str
    roles: tuple[str, ...]
    start: PartialDate | None
    end: PartialDate | None


@dataclass(frozen=True)
class TitleRecord:
    """A word that names an office ("Bundeskanzler"), its role ids and the state it implies, if any."""

    title: str
    lang: str
    roles: tuple[str, ...]
    of: str | None = None


@dataclass(frozen=True)
class Data:
    records: tuple[Record, ...]
    offices: tuple[OfficeRecord, ...]
    titles: tuple[TitleRecord, ...]


def read(directory: Path) -> Data:
    """Reads every registry file of `directory`; raises `RegistryError` naming file and line."""
    records: list[Record] = []
    for kind in KINDS:
        path = directory / f"{kind}.tsv"
        for line, row in _rows(path, KIND_COLUMNS[kind]):
            records.append(_record(kind, row, path, line))
    offices = [_office(row, path, line) for path in [directory / "offices.tsv"]
               for line, row in _rows(path, OFFICE_COLUMNS)]
    titles = [_title(row) for line, row in _rows(directory / "titles.tsv", TITLE_COLUMNS)]
    return Data(tuple(records), tuple(offices), tuple(titles))


def write(data: Data, directory: Path) -> list[Path]:
    """Writes the registry files sorted, so that the same data always gives the same bytes."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for kind, columns in KIND_COLUMNS.items():
        rows = sorted((r for r in data.records if r.kind == kind), key=record_order)
        written.append(_write(directory / f"{kind}.tsv", columns, [_cells(r, columns) for r in rows]))
    offices = sorted(data.offices, key=office_order)
    written.append(_write(directory / "offices.tsv", OFFICE_COLUMNS, [_cells(o, OFFICE_COLUMNS) for o in offices]))
    titles = sorted(data.titles, key=lambda t: (t.lang, t.roles, t.title.casefold()))
    written.append(_write(directory / "titles.tsv", TITLE_COLUMNS, [_cells(t, TITLE_COLUMNS) for t in titles]))
    return written


def record_order(record: Record) -> tuple[str, str]:
    return (record.label_en.casefold(), record.key)


def office_order(office: OfficeRecord) -> tuple[str, str, str, str]:
    start = office.start.iso() if office.start else ""
    return (office.of, office.holder_name.casefold(), start, office.title_en)


def _rows(path: Path, columns: Sequence[str]) -> Iterable[tuple[int, dict[str, str]]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RegistryError(f"cannot read registry file: {exc.strerror}", source=str(path)) from exc
    lines = text.splitlines()
    if not lines:
        raise RegistryError("empty registry file (a header line is needed)", source=str(path))
    header = lines[0].split("\t")
    unknown = [c for c in header if c not in columns]
    if unknown or ("key" in columns and "key" not in header):
        raise RegistryError(f"unexpected columns {unknown or header}; expected {list(columns)}",
                            source=str(path), line=1)
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != len(header):
            raise RegistryError(f"{len(cells)} cells where the header has {len(header)}",
                                source=str(path), line=number)
        yield number, {name: cell.strip() for name, cell in zip(header, cells, strict=True)}


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(";") if part.strip())


def _record(kind: str, row: dict[str, str], path: Path, line: int) -> Record:
    values: dict[str, object] = {"kind": kind}
    for name in ENTRY_COLUMNS:
        cell = row.get(name, "")
        values[name] = _split(cell) if name in _LISTS else (cell or None)
    values["source"] = values["source"] or NO_SOURCE
    record = Record(**values)  # type: ignore[arg-type]
    problem = _record_problem(record)
    if problem:
        raise RegistryError(problem, source=str(path), line=line)
    return record


def _record_problem(record: Record) -> str | None:
    if not record.key or not record.label_de or not record.label_en:
        return "key, label_de and label_en are required"
    if record.qid is not None:
        if not QID.fullmatch(record.qid):
            return f"not a Wikidata id: {record.qid!r}"
        if record.key != record.qid:
            return f"an entry with a Wikidata id is keyed by it: key {record.key!r} != {record.qid}"
        if record.source == NO_SOURCE:
            return f"{record.qid} has no source: every id must trace to a file in sources/"
    elif QID.fullmatch(record.key):
        return f"key {record.key!r} looks like a Wikidata id but the qid column is empty"
    elif record.source != NO_SOURCE:
        return f"source {record.source!r} given for an entry without an id"
    return None


def _date(cell: str, path: Path, line: int) -> PartialDate | None:
    if not cell:
        return None
    try:
        return PartialDate.parse(cell)
    except ValueError as exc:
        raise RegistryError(str(exc), source=str(path), line=line) from exc


def _office(row: dict[str, str], path: Path, line: int) -> OfficeRecord:
    if not (row.get("holder") and row.get("of") and (row.get("title_de") or row.get("title_en"))):
        raise RegistryError("holder, of and a title are required", source=str(path), line=line)
    start, end = _date(row.get("start", ""), path, line), _date(row.get("end", ""), path, line)
    if start and end and end < start:
        raise RegistryError(f"office ends ({end.iso()}) before it starts ({start.iso()})", source=str(path), line=line)
    return OfficeRecord(row["holder"], row.get("holder_name", ""), row["of"], row.get("title_de", ""),
                        row.get("title_en", ""), _split(row.get("roles", "")), start, end)


def _title(row: dict[str, str]) -> TitleRecord:
    return TitleRecord(row["title"], row.get("lang", ""), _split(row.get("roles", "")), row.get("of") or None)


def _cells(item: object, columns: Sequence[str]) -> list[str]:
    out = []
    for name in columns:
        value = getattr(item, name)
        if isinstance(value, tuple):
            out.append("; ".join(value))
        elif isinstance(value, PartialDate):
            out.append(value.iso())
        else:
            out.append("" if value is None else str(value))
    return out


def _write(path: Path, columns: Sequence[str], rows: list[list[str]]) -> Path:
    for row in rows:
        bad = [cell for cell in row if "\t" in cell or "\n" in cell]
        if bad:
            raise RegistryError(f"a cell holds a tab or line break: {bad[0]!r}", source=str(path))
    lines = ["\t".join(columns)] + ["\t".join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
