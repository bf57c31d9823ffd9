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
from kg.extract.event_cues import INVITE, TALK, Cue, find_cues
from kg.extract.event_drafts import COMPONENT
from kg.extract.event_frame import Frame
from kg.extract.event_merge import Draft, merge
from kg.extract.event_status import cancelled, negated, speculative
from kg.extract.event_visits import invitations, visits
from kg.lang import data
from kg.model import EventType
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
            drafts.extend(_read(Frame(v, cue, start, end, spans, ctx.registry)))
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
