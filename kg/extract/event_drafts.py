"""A draft event from one cue: participants as read, with date, status, place and evidence."""
from __future__ import annotations

from kg.extract.event_frame import Frame, Ref
from kg.extract.event_links import continues, occasion, sidelines
from kg.extract.event_merge import Draft
from kg.extract.event_places import place
from kg.extract.event_status import event_date, same_day, status, tense
from kg.lang import data
from kg.linking.registry import normalize
from kg.model import ActorType, EventStatus, EventType, PartialDate

COMPONENT = "events"


def new_draft(f: Frame, type_: EventType | None, refs: list[Ref], participants: list[str], *,
              where: str | None = None, anaphoric: bool = False) -> Draft:
    """The draft of one reading of a cue; a date after publication makes it planned."""
    state = status(f)
    when = event_date(f, tense(f, state))
    if when is not None and state is EventStatus.HAPPENED and _after(when, f.v.doc.article.published):
        state = EventStatus.PLANNED
    start, end = f.evidence_span()
    participants = [k for k in participants if not _bare_title(f, k)]
    return Draft(type=type_, participants=participants, evidence=[f.v.doc.evidence(start, end, COMPONENT)],
                 place=where or place(f), date=when, status=state, anaphoric=anaphoric, same_day=same_day(f),
                 weak=f.v.headline, sidelines=sidelines(f), occasion=occasion(f), continues=continues(f),
                 persons=list(dict.fromkeys(r.key for r in refs if r.type == ActorType.PERSON)))


def _bare_title(f: Frame, key: str) -> bool:
    """"der Prinz", "the Sheikh": a title word alone read as a person is nobody in particular."""
    actor = f.v.doc.actors.get(key)
    if actor is None or actor.type != ActorType.PERSON or " " in actor.label.strip():
        return False
    lang = f.v.doc.article.lang
    return actor.label in data(lang, "actors").NOT_NAMES or (normalize(actor.label),) in data(lang, "titles").TITLES


def _after(when: PartialDate, published: PartialDate | None) -> bool:
    """Starts after publication, compared at the precision both have."""
    if published is None:
        return False
    mine = (when.year, when.month or 0, when.day or 0)
    theirs = (published.year, published.month or 0, published.day or 0)
    depth = 1 + (when.month is not None and published.month is not None) + (
        when.day is not None and published.day is not None)
    return mine[:depth] > theirs[:depth]
