"""One event per real occurrence.

An article names the same call many times ("ein Videogespräch", "per
Videoverbindung", "das Gespräch", "während des Anrufs"). Each cue first
becomes a draft; a draft that refers back (a definite "das Telefonat" with no
participants of its own, talk in general: "das Gespräch", or a contact with a
single participant) joins the latest fitting event, and a draft that reports a
contact already drafted (same type and status, compatible date, overlapping
participants, no other person) is merged into it. A draft read from a headline
only sums up: it is kept only if the body reports the same contact.

Contacts also hang on each other: a meeting on the sidelines brings its
persons to the summit, a person joining by video attends the summit, a contact
"during the visit" is dated by the visit, and "next year's summit" or talks to
be continued are a new occurrence of the series reported.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.model import Event, EventStatus, EventType, Evidence, PartialDate

# What talk in general ("das Gespräch", "the talks") can refer back to.
TALK_TYPES = (EventType.PHONE_CALL, EventType.VIDEO_CALL, EventType.MEETING, EventType.NEGOTIATION)
# Anaphors of these types bring their persons along ("auf dem Gipfel sagte Putin" makes Putin an attendee).
ATTENDED_TYPES = (EventType.SUMMIT,)
# What an anaphor of a type may refer to besides its own type: "das zweitägige Treffen" is the summit.
REFERS_TO = {EventType.MEETING: (EventType.MEETING, EventType.SUMMIT)}
# Types that need two participants; a summit is its organisation, an interview may name only its subject.
TWO_SIDED = (EventType.PHONE_CALL, EventType.VIDEO_CALL, EventType.MEETING, EventType.NEGOTIATION, EventType.VISIT)
# An occasion of any type ("dabei"): the contact reported just before.
ANY = "any"
# Types for which a further person named is a further contact, not the same one told again.
PERSONAL = (EventType.PHONE_CALL, EventType.VIDEO_CALL, EventType.MEETING)


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
    sidelines: bool = False  # "am Rande des Gipfels": its persons attend the summit
    occasion: str | None = None  # the type (or ANY) of the contact it happened during ("während des Besuchs")
    continues: bool = False  # "die Verhandlungen fortsetzen": a further round
    body: str | None = None  # the organisation holding a summit or meeting
    named: bool = True  # the participants are named at the cue ("das Treffen mit Macron"), not read nearby
    implied: bool = False  # a visit implied by a reception abroad: kept only if no visit of theirs is reported

    def freeze(self) -> Event:
        if self.type is None:
            raise ValueError("talk in general is no event until it is resolved to a type")
        return Event(type=self.type, participants=tuple(self.participants),
                     evidence=tuple(dict.fromkeys(self.evidence)), place=self.place, date=self.date,
                     status=self.status)


def merge(drafts: list[Draft]) -> list[Event]:
    """The events of an article, in order of first mention."""
    events: list[Draft] = []
    for draft in (d for d in drafts if not d.implied):
        _date_by_links(events, draft)
        if draft.cancels:
            _withdraw(events, draft)
        elif draft.type == EventType.VIDEO_CALL and len(draft.participants) < 2 and _attend(events, draft):
            continue  # "per Video zugeschaltet": taking part in the summit
        elif draft.anaphoric or _lone(draft):
            _resolve(events, draft)
        else:
            _add(events, draft)
        if draft.sidelines and draft.type in PERSONAL:
            _attend(events, draft, date=True)
    for draft in (d for d in drafts if d.implied):
        if not any(e.type == draft.type and _overlap(set(e.participants), set(draft.participants)) for e in events):
            events.append(draft)
    return [e.freeze() for e in events if not e.weak and _complete(e)]


def _date_by_links(events: list[Draft], draft: Draft) -> None:
    """"am selben Tag", "während des Besuchs", "dort": the date of the contact linked to."""
    if draft.date is not None or not events:
        return
    if draft.same_day:
        draft.date = events[-1].date
    elif draft.occasion is not None:
        target = next((e for e in reversed(events) if draft.occasion in (ANY, e.type)), None)
        if target is not None:
            draft.date = target.date
            draft.place = draft.place or target.place


def _lone(draft: Draft) -> bool:
    """A contact with a single participant is a reference to one already reported ("das einstündige Telefonat")."""
    return draft.type in TWO_SIDED and len(draft.participants) < 2 and draft.body is None


def _complete(event: Draft) -> bool:
    """Two sides, or a single body meeting as a whole ("ein Treffen des Arktischen Rats")."""
    return event.type not in TWO_SIDED or len(event.participants) >= 2 or event.body is not None


def _resolve(events: list[Draft], draft: Draft) -> None:
    target = _antecedent(events, draft)
    if target is not None and draft.continues and draft.status is EventStatus.PLANNED and (
            target.status is EventStatus.HAPPENED):
        draft.type = draft.type or target.type
        draft.participants = list(dict.fromkeys([*target.participants, *draft.participants]))
        events.append(draft)  # "sie wollen die Verhandlungen fortsetzen": the next round
    elif target is not None:
        _absorb(target, draft, persons_only=True)
        target.weak = target.weak and draft.weak  # the body reports what the headline sums up
    elif draft.type == EventType.SUMMIT and draft.body is None and _next_of_series(events, draft):
        events.append(draft)
    elif draft.may_stand and not _lone(draft):
        draft.type = draft.type or draft.fallback
        _add(events, draft)


def _next_of_series(events: list[Draft], draft: Draft) -> bool:
    """"next year's summit": a summit of another date continues the series of the last one reported."""
    last = next((e for e in reversed(events) if e.type == EventType.SUMMIT and e.body), None)
    if last is None or draft.date is None or compatible_dates(last.date, draft.date):
        return False
    draft.body = last.body
    draft.participants = list(dict.fromkeys([last.body, *draft.persons]))
    return True


def _add(events: list[Draft], draft: Draft) -> None:
    if draft.type is None or not draft.participants:
        return
    same = next((e for e in events if _same_occurrence(e, draft)), None)
    if same is not None:
        _absorb(same, draft, persons_only=False)
        same.weak = same.weak and draft.weak
    else:
        events.append(draft)


def _attend(events: list[Draft], draft: Draft, *, date: bool = False) -> bool:
    """The draft's persons attend the latest summit (and, with `date`, an undated draft takes its date)."""
    summit = next((e for e in reversed(events) if e.type == EventType.SUMMIT and not e.weak
                   and _same_month(e.date, draft.date)), None)
    if summit is None:
        return False
    summit.participants = list(dict.fromkeys([*summit.participants, *draft.persons]))
    if date and draft.date is None:
        draft.date = summit.date
    return True


def _withdraw(events: list[Draft], cancellation: Draft) -> None:
    """Drops the latest planned event of the type that shares the cancellation's participants (if it names any)."""
    named = set(cancellation.participants)
    for event in reversed(events):
        if event.type == cancellation.type and event.status is EventStatus.PLANNED and (
                not named or named & set(event.participants)):
            events.remove(event)
            return


def _antecedent(events: list[Draft], draft: Draft) -> Draft | None:
    """The latest event the anaphor can refer to: of a fitting type and date, sharing the participants it names."""
    kinds = REFERS_TO.get(draft.type, (draft.type,)) if draft.type is not None else TALK_TYPES
    for event in reversed(events):
        if event.type not in kinds or not compatible_dates(event.date, draft.date):
            continue
        if draft.named and len(draft.participants) >= 2 and not _overlap(
                set(event.participants), set(draft.participants)):
            continue
        if draft.type == EventType.VISIT and draft.participants and not set(draft.participants) & set(
                event.participants):
            continue  # "der Besuch in Paris" is the visit to France
        return event
    return None


def _same_occurrence(a: Draft, b: Draft) -> bool:
    if a.type != b.type or a.status != b.status or not compatible_dates(a.date, b.date):
        return False
    x, y = set(a.participants), set(b.participants)
    if not x or not y or not _overlap(x, y):
        return False
    if a.type == EventType.VISIT:
        return x <= y or y <= x  # two guests of one host are two visits
    return a.type not in PERSONAL or not (x ^ y) & {*a.persons, *b.persons}


def _same_month(a: PartialDate | None, b: PartialDate | None) -> bool:
    """A summit lasts days: a meeting on its sidelines may fall on any of them."""
    return a is None or b is None or compatible_dates(PartialDate(a.year, a.month), PartialDate(b.year, b.month))


def _overlap(x: set[str], y: set[str]) -> bool:
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
