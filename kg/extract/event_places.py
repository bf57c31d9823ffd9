"""Where: the destination and host of a visit, the place of a contact, the body a summit belongs to.

A city after "nach" / "to" is the place, and the state it lies in (or is the
capital of) the host; a capital read as its government ("besuchte Kiew") is
still the place of the visit.
"""
from __future__ import annotations

from functools import cache
from typing import Any

from kg.extract.event_clauses import Span
from kg.extract.event_cues import INVITE, NOUN, TALK, compound_head
from kg.extract.event_frame import Frame, word_before
from kg.linking.registry import normalize
from kg.model import ActorType


def destinations(f: Frame) -> list[Span]:
    """Where a trip goes: the names after the first destination preposition ("nach Peking")."""
    lo, hi = (f.cue.end, f.end) if f.cue.kind in (NOUN, TALK) else (f.start, f.end)
    if f.cue.kind == INVITE:
        lo, hi = min(lo, f.segment.start), max(hi, f.segment.end)
    found = _after_prepositions(f, lo, hi, f.words.DESTINATIONS)
    if found or f.cue.kind in (NOUN, TALK):
        return found
    # "wird zu Gesprächen mit X nach Kiew reisen": a verb at the end heads its whole clause
    return _after_prepositions(f, min(lo, f.segment.start), max(hi, f.segment.end), f.words.DESTINATIONS[:1])


def _after_prepositions(f: Frame, lo: int, hi: int, prepositions: tuple[str, ...]) -> list[Span]:
    for preposition in prepositions:
        for j in range(lo, hi):
            if f.v.word(j) == preposition:
                spans = _name_group(f, j + 1)
                if any(_in_a_state(f, s) for s in spans):
                    return spans
    return []


def _in_a_state(f: Frame, span: Span) -> bool:
    """A destination with a host: not a region beyond any one state ("zu seinem Besuch in Asien")."""
    return span.mention.type != ActorType.PLACE or state_of(f.registry, span.key) is not None


def _name_group(f: Frame, first: int) -> list[Span]:
    """The names right after a preposition, through a coordination ("nach Frankreich, Serbien und Ungarn")."""
    span = _span_after_determiners(f, first)
    found: list[Span] = []
    while span is not None:
        found.append(span)
        j = span.end
        if j >= f.v.end or not (f.v.tokens[j].text == "," or f.v.word(j) in f.words.COORDINATORS):
            break
        span = _span_after_determiners(f, j + 1)
    return found


def _span_after_determiners(f: Frame, j: int) -> Span | None:
    """The mention starting at `j`, after any articles, adjectives and place nouns ("die kasachische Hauptstadt").

    A place without a known name keeps its state: "to the Ukrainian port city of X" goes to Ukraine.
    """
    demonym, placed = None, False
    while j < f.v.end and (f.v.word(j) in f.words.DETERMINERS
                         or f.v.tokens[j].pos.startswith(f.words.ADJECTIVE_TAG_PREFIX) or _place_noun(f, j)):
        skipped = f.v.span_at(j)
        if skipped is not None and skipped.mention.kind == "demonym" and demonym is None:
            demonym = skipped
        placed = placed or _place_noun(f, j)
        j += 1
    span = f.v.span_at(j) if j < f.v.end else None
    if span is not None and span.start == j and (demonym is None or _in_a_state(f, span)):
        return span
    return demonym if placed else None


def _place_noun(f: Frame, j: int) -> bool:
    return (f.v.tokens[j].pos in f.words.NOUN_TAGS and f.v.span_at(j) is None
            and compound_head(f.v.lemma(j), f.words.PLACE_NOUNS, f.words.MIN_COMPOUND_PREFIX) is not None)


def host_of(f: Frame, span: Span) -> tuple[str | None, str | None]:
    """(host, place) for a destination: a city gives its state and itself as place.

    A state or city known only through the other (the state of "nach Moskau")
    is registered as an implied actor, so the event can refer to it.
    """
    if span.mention.type == ActorType.PLACE:
        return _implied(f, state_of(f.registry, span.key)), span.key
    if span.mention.type == ActorType.AGREEMENT:
        return None, None
    return span.key, _implied(f, _capital_named(f, span))


def _implied(f: Frame, key: str | None) -> str | None:
    """`key`, registered with the document as an implied actor if the text did not name it."""
    entry = f.registry.entry(key) if key is not None else None
    if entry is None:
        return None
    if key not in f.v.doc.actors:
        f.v.doc.add_actor(key, entry.label(f.v.doc.article.lang), entry.type, entry.qid, named=False)
    return key


def _capital_named(f: Frame, span: Span) -> str | None:
    """A capital read as its government ("besuchte Kiew") is still the place of the visit."""
    entry = f.registry.entry(span.key) if span.mention.kind == "metonym" and f.registry is not None else None
    capital = f.registry.entry(entry.capital) if entry is not None and entry.capital else None
    surface = f.v.doc.text[span.mention.start:span.mention.end]
    if capital is not None and normalize(surface) in {normalize(n) for n in capital.names()}:
        return capital.key
    return None


def state_of(registry: Any, key: str) -> str | None:
    """The state an actor is or lies in: itself, its country, or the state it is the capital of."""
    entry = registry.entry(key) if registry is not None else None
    if entry is None:
        return None
    if entry.type == ActorType.STATE:
        return key
    return getattr(entry, "country", None) or _capitals(registry).get(key)


@cache
def _capitals(registry: Any) -> dict[str, str]:
    return {e.capital: e.key for e in registry if e.type == ActorType.STATE and e.capital}


def place(f: Frame) -> str | None:
    """A place named after a locative preposition ("in Genf"), in the cue's segment first."""
    seg = f.segment
    spans = f.v.spans_in(f.start, f.end)
    spans.sort(key=lambda s: (not (seg.start <= s.start < seg.end), abs(s.start - f.cue.start)))
    for span in spans:
        if span.mention.type == ActorType.PLACE and word_before(f, span.start) in f.words.LOCATIVES:
            return span.key
    return None


def adjacent_organization(f: Frame) -> str | None:
    """The body a summit belongs to: "APEC-Gipfel", "G20 summit", "Gipfel der G20",
    "Gipfeltreffen der Staats- und Regierungschefs der EU"."""
    before = f.cue.start - 1
    if before >= f.v.start and f.v.tokens[before].text == "-":
        before -= 1
    for span in f.v.spans:
        if span.mention.type == ActorType.ORGANIZATION and span.end - 1 == before:
            return span.key
    return genitive_organization(f)


def genitive_organization(f: Frame) -> str | None:
    """An organisation in the noun phrase after the cue, before any verb, name of another kind or clause end."""
    seg = f.segment
    for j in range(f.cue.end, min(f.cue.end + 8, seg.end)):
        span = f.v.span_at(j)
        if span is not None:
            return span.key if span.mention.type == ActorType.ORGANIZATION else None
        if f.v.tokens[j].pos.startswith("V") or f.v.word(j) in f.words.LOCATIVES:
            return None
    return None
