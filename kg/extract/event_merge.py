"""One event per real occurrence.

An article names the same call many times ("ein Videogespräch", "per
Videoverbindung", "das Gespräch", "während des Anrufs"). Each cue first
becomes a draft; a draft that refers back (a definite "das Telefonat" with no
participants of its own, or talk in general: "das Gespräch") joins the latest
fitting event, and a draft that reports a contact already drafted (same type
and status, compatible date, overlapping participants) is merged into it.
A draft read from a headline only sums up: it is kept only if the body
reports the same contact.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.model import Event, EventStatus, EventType, Evidence, PartialDate

# What talk in general ("das Gespräch", "the talks") can refer back to.
TALK_TYPES = (EventType.PHONE_CALL, EventType.VIDEO_CALL, EventType.MEETING, EventType.NEGOTIATION)
# Anaphors of these types bring their persons along ("auf dem Gipfel sagte Putin" makes Putin an attendee).
ATTENDED_TYPES = (EventType.SUMMIT,)


@dataclass
class Draft:
    """An event as read from one cue, before merging; `type` None is talk in general."""

    type: EventType | None
    participants: list[str]
    evidence: list[Evidence]
    place: str | None = None
    date: PartialDate | None = None
    status: EventStatus = EventStatus.HAPPENED
    anaphoric: bool = False
    # What an anaphor becomes when nothing earlier fits: its type (or `fallback` for talk in
    # general), if it is the subject of its clause or names two participants itself.
    fallback: EventType | None = None
    may_stand: bool = False
    same_day: bool = False
    weak: bool = False
    cancels: bool = False  # "das Treffen wurde abgesagt": withdraws the planned event it refers to
    persons: list[str] = field(default_factory=list)

    def freeze(self) -> Event:
        if self.type is None:
            raise ValueError("talk in general is no event until it is resolved to a type")
        return Event(type=self.type, participants=tuple(self.participants),
                     evidence=tuple(dict.fromkeys(self.evidence)), place=self.place, date=self.date,
                     status=self.status)


def merge(drafts: list[Draft]) -> list[Event]:
    """The events of an article, in order of first mention."""
    events: list[Draft] = []
    for draft in drafts:
        if draft.same_day and draft.date is None and events:
            draft.date = events[-1].date
        if draft.cancels:
            _withdraw(events, draft)
            continue
        if draft.anaphoric:
            target = _antecedent(events, draft)
            if target is not None:
                _absorb(target, draft, persons_only=True)
                continue
            if not draft.may_stand:
                continue
            draft.type = draft.type or draft.fallback
        if draft.type is None or not draft.participants:
            continue
        same = next((e for e in events if _same_occurrence(e, draft)), None)
        if same is not None:
            _absorb(same, draft, persons_only=False)
            same.weak = same.weak and draft.weak
        else:
            events.append(draft)
    return [e.freeze() for e in events if not e.weak]


def _withdraw(events: list[Draft], cancellation: Draft) -> None:
    """Drops the latest planned event of the type that shares the cancellation's participants (if it names any)."""
    named = set(cancellation.participants)
    for event in reversed(events):
        if event.type == cancellation.type and event.status is EventStatus.PLANNED and (
                not named or named & set(event.participants)):
            events.remove(event)
            return


def _antecedent(events: list[Draft], draft: Draft) -> Draft | None:
    for event in reversed(events):
        if event.weak:
            continue
        fits = event.type == draft.type or (draft.type is None and event.type in TALK_TYPES)
        if fits and compatible_dates(event.date, draft.date):
            return event
    return None


def _same_occurrence(a: Draft, b: Draft) -> bool:
    if a.type != b.type or a.status != b.status or not compatible_dates(a.date, b.date):
        return False
    x, y = set(a.participants), set(b.participants)
    if not x or not y:
        return False
    return x <= y or y <= x or len(x & y) / len(x | y) >= 0.5


def compatible_dates(a: PartialDate | None, b: PartialDate | None) -> bool:
    """Unknown fits anything; "2026-02" fits "2026-02-04" but not "2026-03"."""
    if a is None or b is None:
        return True
    return a.iso().startswith(b.iso()) or b.iso().startswith(a.iso())


def _absorb(target: Draft, draft: Draft, *, persons_only: bool) -> None:
    target.evidence.extend(draft.evidence)
    if draft.date is not None and (target.date is None or len(draft.date.iso()) > len(target.date.iso())):
        target.date = draft.date
    target.place = target.place or draft.place
    if not persons_only:
        new = draft.participants
    elif len(target.participants) < 2 or target.type in ATTENDED_TYPES:
        new = draft.persons
    else:
        new = []
    target.participants = list(dict.fromkeys([*target.participants, *new]))
