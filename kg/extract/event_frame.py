"""One event cue in its sentence: the frame every argument reader works on.

A `Frame` is a cue plus the tokens of its sentence that belong to it (up to
the next cue); a `Ref` is an actor referred to at a token, by a mention or
through "die beiden ..." / "er".
"""
from __future__ import annotations

from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from kg.extract.event_clauses import Segment, SentenceView, Span
from kg.extract.event_cues import Cue
from kg.model import ActorType

PARTICIPANT_TYPES = (ActorType.PERSON, ActorType.STATE, ActorType.ORGANIZATION)


@dataclass(frozen=True)
class Ref:
    """An actor referred to at a token: a mention, or a person behind "die beiden ..." or "er"."""

    key: str
    type: ActorType
    token: int
    agent: bool = False  # a state named through its representatives ("russische Vertreter", "US-Delegation")


@dataclass
class Frame:
    """One cue with the tokens [start, end) of its sentence that belong to it."""

    v: SentenceView
    cue: Cue
    start: int
    end: int
    all_spans: list[Span] = field(repr=False)
    registry: Any = field(repr=False)
    previous: list[Any] = field(default_factory=list, repr=False)  # the drafts of the cues before this one

    @property
    def words(self) -> ModuleType:
        return self.v.words

    @property
    def segment(self) -> Segment:
        return self.v.segment_of(self.cue.start)

    def char_span(self) -> tuple[int, int]:
        return self.v.tokens[self.start].start, self.v.tokens[self.end - 1].end

    def evidence_span(self) -> tuple[int, int]:
        """The window, widened to the cue's whole clause segment when the window cut it."""
        seg = self.segment
        return (self.v.tokens[min(self.start, seg.start)].start,
                self.v.tokens[max(self.end, seg.end) - 1].end)


def word_before(f: Frame, i: int) -> str:
    """The word before a name, skipping articles and adjectives ("in der östlichen Ukraine" -> "in")."""
    j = i - 1
    while j >= f.v.start and (f.v.word(j) in f.words.DETERMINERS
                              or f.v.tokens[j].pos.startswith(f.words.ADJECTIVE_TAG_PREFIX)):
        j -= 1
    return f.v.word(j) if j >= f.v.start else ""


def governing(f: Frame) -> list[Segment]:
    """For an infinitive clause ("..., Selenskyj zu treffen"), the segments back to the one with its verb."""
    index = f.v.segments.index(f.segment)
    found = []
    while index > 0 and not has_finite(f, f.v.segments[index]):
        index -= 1
        found.append(f.v.segments[index])
    return found


def has_finite(f: Frame, seg: Segment) -> bool:
    return any(f.v.tokens[j].pos in f.words.FINITE_TAGS for j in range(seg.start, seg.end))
