"""The `events` component: contacts between actors (calls, meetings, visits, summits, talks, interviews).

For each sentence: find the cues (`event_cues`), give each cue the part of
the sentence up to the next cue, read its participants, place, date and
status there (`event_participants`, `event_places`, `event_status`), drop
what is negated, cancelled or only possible, and finally merge all mentions
of one real contact (`event_merge`). Visits get a visitor and a host
(`event_visits`); calls, meetings, negotiations, interviews and summits their
participants (`event_contacts`); joining a summit by video is the summit, not
a video call.
"""
from __future__ import annotations

from itertools import pairwise

from kg.extract.event_clauses import SentenceView, token_spans, view
from kg.extract.event_contacts import cancellation, contacts, summit
from kg.extract.event_cues import INVITE, TALK, TALK_VERB, VERB, Cue, find_cues
from kg.extract.event_drafts import COMPONENT
from kg.extract.event_frame import Frame
from kg.extract.event_merge import Draft, compatible_dates, merge
from kg.extract.event_sides import at_home
from kg.extract.event_status import cancelled, negated, speculative
from kg.extract.event_visits import invitations, visits
from kg.lang import data
from kg.model import EventStatus, EventType
from kg.nlp.doc import Doc

__all__ = ["COMPONENT", "extract", "windows"]


def extract(doc: Doc, ctx) -> None:
    """Appends the article's events to `doc.events`."""
    words = data(doc.article.lang, "events")
    spans = token_spans(doc)
    drafts: list[Draft] = []
    for sentence in doc.sentences:
        v = view(doc, sentence, words, spans)
        cues = _subsumed(find_cues(v), v)
        for cue, (start, end) in zip(cues, windows(v, cues), strict=True):
            read = _read(Frame(v, cue, start, end, spans, ctx.registry, drafts))
            if drafts and drafts[-1].evidence[0].sentence == sentence.i and _purpose(v, cue):
                _date_by_purpose(drafts[-1], read)
            drafts.extend(read)
    _date_visits_by_talks(doc, ctx.registry, drafts)
    doc.events.extend(merge(drafts))


def windows(v: SentenceView, cues: list[Cue]) -> list[tuple[int, int]]:
    """Each cue's tokens: the sentence cut between two cues at the first clause boundary after the first."""
    if not cues:
        return []
    bounds = [v.start]
    for a, b in pairwise(cues):
        cut = next((s.start for s in v.segments if a.end <= s.start <= b.start), b.start)
        bounds.append(max(cut, bounds[-1]))
    bounds.append(v.end)
    return list(pairwise(bounds))


def _subsumed(cues: list[Cue], v: SentenceView) -> list[Cue]:
    """Cues that another cue of the same clause already covers.

    Joining a summit by video, or meeting at a summit, is taking part in the
    summit (the guidelines); "zu einem Staatsbesuch nach Peking eingeladen" is
    the invitation's visit.
    """
    def covered(cue: Cue) -> bool:
        segment = v.segment_of(cue.start)
        others = [c for c in cues if c is not cue and c.start in segment]
        summits = [c for c in others if c.type == EventType.SUMMIT]
        if cue.type == EventType.VIDEO_CALL:
            return bool(summits)
        if cue.kind == VERB and cue.word in v.words.MEDIATION:
            return any(c.type == EventType.NEGOTIATION for c in cues if c is not cue)  # "talks, mediated by X"
        if cue.kind == TALK_VERB:
            return any(c.type is not None for c in others)  # "sprachen telefonisch", "per Video beraten"
        if cue.word in v.words.HOSTING:
            return bool(summits)  # "will host next year's summit"
        if cue.type == EventType.VISIT and cue.start < min((c.start for c in summits), default=cue.start):
            return any(_purpose(v, c) for c in summits)  # travelling to a summit is taking part in it
        if cue.type == EventType.MEETING and cue.kind != TALK:
            return any(_purpose(v, c) for c in summits)
        if cue.type == EventType.VISIT and cue.kind != INVITE:
            return any(c.kind == INVITE for c in others)
        return False
    return [c for c in cues if not covered(c)]


def _purpose(v: SentenceView, cue: Cue) -> bool:
    """"zu einem Gipfel", "for the annual India-Russia summit": the meeting was the summit."""
    j = cue.start - 1
    while j >= v.start and (v.word(j) in v.words.DETERMINERS or v.tokens[j].text == "-"
                            or v.tokens[j].pos.startswith(v.words.ADJECTIVE_TAG_PREFIX)
                            or v.span_at(j) is not None):
        j -= 1
    return j >= v.start and v.word(j) in v.words.SUMMIT_PURPOSE


def _date_by_purpose(trip: Draft, purposes: list[Draft]) -> None:
    """"is expected to visit Norway on Wednesday for talks", "reist zum Gipfel": what a trip is for
    happens when the trip does."""
    if trip.date is None:
        return
    for draft in purposes:
        vaguer = draft.date is None or (compatible_dates(draft.date, trip.date)
                                        and len(draft.date.iso()) < len(trip.date.iso()))
        if vaguer and draft.status == trip.status:
            draft.date = trip.date


def _read(f: Frame) -> list[Draft]:
    if cancelled(f):
        return cancellation(f)
    if negated(f) or speculative(f):
        return []
    if f.cue.kind == INVITE:
        return invitations(f)
    if f.cue.type == EventType.VISIT:
        return visits(f)
    if f.cue.type == EventType.SUMMIT:
        return summit(f)
    return contacts(f)


def _date_visits_by_talks(doc: Doc, registry, drafts: list[Draft]) -> None:
    """An undated visit takes the date of the visitor's dated meeting with someone of the host state.

    "Macron empfing Merz am Mittwoch ... Es war der dritte Besuch des Kanzlers in Paris": the visit
    and the talks held during it are two events of one day.
    """
    meetings = [d for d in drafts if d.type == EventType.MEETING and d.date is not None and not d.anaphoric
                and d.status is EventStatus.HAPPENED]
    for visit in drafts:
        if visit.type != EventType.VISIT or visit.date is not None or visit.anaphoric or len(
                visit.participants) < 2 or visit.status is not EventStatus.HAPPENED:
            continue
        guest, host = visit.participants[0], visit.participants[-1]
        near = visit.evidence[0].start
        for meeting in sorted(meetings, key=lambda m: abs(m.evidence[0].start - near)):
            others = [k for k in meeting.participants if k != guest]
            if guest in meeting.participants and any(at_home(doc, registry, k, host) for k in others):
                visit.date = meeting.date
                break
