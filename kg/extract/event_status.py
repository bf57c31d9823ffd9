"""When and whether: the date of one event cue, its status (happened or planned), and negation.

The date is the date expression nearest the cue in its window, resolved by the
date grammar with the tense the status implies; planned are announced,
intended and invited contacts; "traf sich nicht", "kein Treffen", a cancelled
or only possible contact is no event.
"""
from __future__ import annotations

import re

from kg.extract import dates
from kg.extract.dates import Tense
from kg.extract.event_cues import INVITE, NOUN, TALK, verb_lemma
from kg.extract.event_clauses import Segment
from kg.extract.event_frame import Frame, governing, has_finite
from kg.lang import data
from kg.model import EventStatus, PartialDate


def event_date(f: Frame, tense: Tense) -> PartialDate | None:
    """The date expression nearest to the cue in its window (None if that one cannot be resolved).

    A more precise date of the same window that falls inside it wins ("Im vergangenen
    Jahr reiste Xi im März letzten Jahres ..." is March), also when the vaguer one
    cannot be resolved for lack of a publication date.
    """
    start, end = f.char_span()
    found = [s for s in dates.scan_doc(f.v.doc, start, end, tense) if not _after_excluded_word(f, s.start)]
    if not found:
        return None
    cue_start, cue_end = f.v.tokens[f.cue.start].start, f.v.tokens[f.cue.end - 1].end
    nearest = min(found, key=lambda s: (max(cue_start - s.end, s.start - cue_end, 0), s.date is None))
    if nearest.date is None:
        finer = [s.date for s in found if s.date is not None and _RANK[s.precision] > _RANK[nearest.precision]]
        return finer[0] if len(finer) == 1 else None
    inside = [s.date for s in found if s.date is not None and s.date.iso().startswith(nearest.date.iso())]
    return max(inside, key=lambda d: len(d.iso()))


_RANK = {"year": 0, "month": 1, "day": 2}


def _after_excluded_word(f: Frame, char: int) -> bool:
    """"seit 2014", "since 2022": the start of a period, not the date of the contact."""
    index = next((t.i for t in f.v.sentence.tokens if t.start == char), None)
    if index is None:
        return False
    return f.v.word(index) in f.words.DATE_NOT_AFTER or (
        index > f.v.start and f.v.word(index - 1) in f.words.DATE_NOT_AFTER)


def same_day(f: Frame) -> bool:
    """"am selben Tag": dated like the contact reported just before."""
    start, end = f.char_span()
    text = f.v.doc.text[start:end]
    patterns = data(f.v.doc.article.lang, "dates").SAME_DAY
    return any(re.search(p.replace(" ", r"\s+"), text, re.IGNORECASE) for p in patterns)


def status(f: Frame) -> EventStatus:
    """Planned for announced, intended or invited contacts, read in the cue's clause."""
    tokens = _status_tokens(f)
    if f.cue.kind == INVITE:
        past = any(f.v.word(j) in f.words.PAST_AUXILIARIES for j in tokens)
        return EventStatus.HAPPENED if past else EventStatus.PLANNED
    if _started(f, tokens):
        return EventStatus.HAPPENED
    planned = any(_plans(f, j, tokens) for j in tokens) or _planned_pair(f, tokens) or _future(f, tokens)
    return EventStatus.PLANNED if planned else EventStatus.HAPPENED


def _started(f: Frame, tokens: list[int]) -> bool:
    """"began what both sides hope will be the final round of talks": begun in the past, whatever is hoped."""
    return any(f.v.tokens[j].pos.startswith("V") and verb_lemma(f.v, j) in f.words.STARTED
               and (f.v.tokens[j].pos in f.words.PAST_TAGS or _preterite(f, j)) for j in tokens)


def tense(f: Frame, state: EventStatus) -> Tense:
    """The tense to resolve dates with: future if planned, past if the clause is told in the past, else open."""
    if state is EventStatus.PLANNED:
        return dates.FUTURE
    tokens = _status_tokens(f)
    if any(f.v.tokens[j].pos in f.words.PAST_TAGS or f.v.word(j) in f.words.PAST_AUXILIARIES
           or (f.v.tokens[j].pos in f.words.FINITE_TAGS and _preterite(f, j)) for j in tokens):
        return dates.PAST
    perfect = any(f.v.word(j) in f.words.PERFECT_AUXILIARIES for j in tokens) and any(
        f.v.tokens[j].pos in f.words.PARTICIPLE_TAGS for j in tokens)
    return dates.PAST if perfect else None


def _preterite(f: Frame, j: int) -> bool:
    """"reiste", "telefonierten" (stem and a past ending), "trafen" (a strong past form)."""
    word, lemma = f.v.word(j), f.v.lemma(j)
    if word.endswith(f.words.STRONG_PAST_FORMS):
        return True
    for ending in f.words.INFINITIVE_ENDINGS:
        stem = lemma[:-len(ending)]
        if lemma.endswith(ending) and word.startswith(stem) and word[len(stem):] in f.words.WEAK_PAST_ENDINGS:
            return True
    return False


def _status_tokens(f: Frame) -> list[int]:
    """The cue's whole segment and the main-clause segments of its window (not relative clauses).

    An infinitive clause has the modality of the clause it depends on
    ("soll nach Peking reisen, um Xi zu treffen"), so the segments before it count too.
    """
    home = f.segment
    segments = [s for s in f.v.segments if s is home or (f.start <= s.start < f.end and not s.subordinate)]
    return sorted({j for s in segments + governing(f) for j in range(s.start, s.end)})


def _plans(f: Frame, j: int, tokens: list[int]) -> bool:
    verb = f.v.tokens[j].pos.startswith("V") and verb_lemma(f.v, j) in f.words.PLANNED
    if not (verb or f.v.is_word(j, f.words.PLANNED)):
        return False
    if f.v.word(j) in f.words.REPORTED_FUTURE and f.cue.kind in (NOUN, TALK):
        return False  # "at the close of the summit, the G7 said it would act": the summit is not what would be
    perfect = any(f.v.tokens[k].pos in f.words.PARTICIPLE_TAGS and k + 1 in tokens
                  and f.v.word(k + 1) in f.words.PERFECT_INFINITIVES for k in tokens)
    return not perfect


def _planned_pair(f: Frame, tokens: list[int]) -> bool:
    """Two words in the clause ("Einladung ... angenommen", "nahm die Einladung an"), or a phrase before the cue."""
    words = {f.v.word(j) for j in tokens} | {
        verb_lemma(f.v, j) if f.v.tokens[j].pos.startswith("V") else f.v.lemma(j) for j in tokens}
    if any(first in words and second in words for first, second in f.words.PLANNED_PAIRS):
        return True
    return any(_sequence_before_cue(f, sequence) for sequence in f.words.PLANNED_SEQUENCES)


def _sequence_before_cue(f: Frame, sequence: tuple[str, ...]) -> bool:
    """"agreed to meet" (the phrase ends one or two words before the cue), not "agreed to coordinate"."""
    for gap in (1, 2):
        first = f.cue.start - gap - len(sequence) + 1
        if first >= f.v.start and all(f.v.is_word(first + k, {w}) for k, w in enumerate(sequence)):
            return True
    return False


def _future(f: Frame, tokens: list[int]) -> bool:
    auxiliary = any(f.v.word(j) in f.words.FUTURE_AUXILIARIES for j in tokens)
    return auxiliary and any(f.v.tokens[j].pos in f.words.INFINITIVE_TAGS for j in tokens)


def cancelled(f: Frame) -> bool:
    """"sagte das Treffen ab", "the summit was called off"."""
    seg = f.segment
    return any(verb_lemma(f.v, j) in f.words.CANCELLED for j in range(seg.start, seg.end)
               if f.v.tokens[j].pos.startswith("V"))


def negated(f: Frame) -> bool:
    """"traf sich nicht", "kein Treffen", "has no plans to meet", "hat nicht vor, ... zu treffen": no event."""
    segments = [f.segment, *governing(f), *_main_clause_after(f)]
    tokens = [j for seg in segments for j in range(seg.start, seg.end)]
    before = [j for j in tokens if j < f.cue.start]
    negator = any(f.v.word(j) in f.words.NEGATORS and not f.v.is_word(j + 1, f.words.NEGATION_UNDONE_BY)
                  for j in tokens)
    denied = any(f.v.word(j) in f.words.NEGATIVE_DETERMINERS for j in before)
    if f.cue.kind not in (NOUN, TALK):
        return negator or denied
    if any(f.v.word(j) in f.words.NEGATIVE_DETERMINERS for j in range(f.cue.start - 3, f.cue.start)):
        return True
    return (negator or denied) and any(verb_lemma(f.v, j) in f.words.OCCURRENCE_VERBS
                                       for j in tokens if f.v.tokens[j].pos.startswith("V"))


def _main_clause_after(f: Frame) -> list[Segment]:
    """A noun cue's subject phrase cut off by a relative clause continues after it, with its verb first:
    "Ein Treffen zwischen X und Y, das Z anregt, kam nicht zustande"."""
    if f.cue.kind not in (NOUN, TALK) or has_finite(f, f.segment):
        return []
    index = f.v.segments.index(f.segment)
    for seg in f.v.segments[index + 2:index + 3]:
        if f.v.tokens[seg.start].pos in f.words.FINITE_TAGS:
            return [seg]
    return []


def speculative(f: Frame) -> bool:
    """Only possible, demanded, offered or ready for ("ein Treffen sei möglich", "bot an, die Gespräche
    auszurichten", "zu Gesprächen bereit"): not reported as an event."""
    tokens = [j for seg in (f.segment, *governing(f)) for j in range(seg.start, seg.end)]
    tokens = [j for j in tokens if f.v.tokens[j].pos not in f.words.PROPER_NOUN_TAGS]  # "May" is no "may"
    if any(f.v.is_word(j, f.words.SPECULATIVE) or (f.v.tokens[j].pos.startswith("V") and verb_lemma(
            f.v, j) in f.words.SPECULATIVE) for j in tokens):
        return True
    lemmas = {f.v.lemma(j) for j in tokens} | {f.v.word(j) for j in tokens}
    if any(verb in lemmas and particle in lemmas for verb, particle in f.words.SPECULATIVE_PAIRS):
        return True
    return any(all(f.v.is_word(j + k, {w}) for k, w in enumerate(sequence))
               for sequence in f.words.SPECULATIVE_SEQUENCES for j in tokens)
