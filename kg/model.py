"""The typed model between language analysis and RDF.

Extractors produce these frozen records; the RDF mapper turns them into quads.
Nothing here knows about RDF or about a particular language, so each side can
change without touching the other.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum


class ActorType(str, Enum):
    """The actor classes of the guidelines; the values are the ontology's local names."""

    PERSON = "Person"
    STATE = "State"
    ORGANIZATION = "Organization"
    PLACE = "Place"
    AGREEMENT = "Agreement"


class EventType(str, Enum):
    """The contact types of the guidelines; the values are the ontology's local names."""

    PHONE_CALL = "PhoneCall"
    VIDEO_CALL = "VideoCall"
    MEETING = "Meeting"
    VISIT = "Visit"
    SUMMIT = "Summit"
    NEGOTIATION = "Negotiation"
    INTERVIEW = "Interview"


class EventStatus(str, Enum):
    HAPPENED = "happened"
    PLANNED = "planned"


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date that keeps the precision the text gave: year, month or day."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if self.day is not None:
            date(self.year, self.month, self.day)  # raises on an impossible day

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    @classmethod
    def parse(cls, text: str) -> "PartialDate":
        """Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a longer timestamp keeps its day)."""
        parts = text.strip()[:10].split("-")
        try:
            numbers = [int(p) for p in parts if p]
            return cls(*numbers[:3])
        except (TypeError, ValueError) as exc:
            raise ValueError(f"not an ISO date: {text!r}") from exc


@dataclass(frozen=True)
class Article:
    """One input document, already read and cleaned."""

    id: str
    text: str
    lang: str
    source: str
    title: str | None = None
    url: str | None = None
    published: PartialDate | None = None


@dataclass(frozen=True)
class Evidence:
    """Where a fact came from: a character span of the article text and the component that read it."""

    start: int
    end: int
    sentence: int
    component: str


@dataclass(frozen=True)
class Actor:
    """A distinct real-world actor of one article.

    `key` identifies the actor inside the extraction (the Wikidata id when
    linked, else a normalised name); the RDF layer derives the IRI from it.
    """

    key: str
    label: str
    type: ActorType
    wikidata: str | None = None
    names: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Event:
    type: EventType
    participants: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    place: str | None = None
    date: PartialDate | None = None
    status: EventStatus = EventStatus.HAPPENED


@dataclass(frozen=True)
class Statement:
    speaker: str
    quote: str
    direct: bool
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Role:
    person: str
    title: str
    of: str | None
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Membership:
    member: str
    organization: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Agreement:
    """A treaty named in the article; the agreement itself is also an `Actor` of type Agreement."""

    actor: str
    parties: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    expires: PartialDate | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article; the unit the RDF mapper and the store work on."""

    article: Article
    sentences: tuple[tuple[int, int], ...] = ()
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    statements: tuple[Statement, ...] = ()
    roles: tuple[Role, ...] = ()
    memberships: tuple[Membership, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    components: tuple[str, ...] = field(default=())
