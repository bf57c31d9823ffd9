"""Noun phrases around speech cues, chunked from tags and actor mentions.

Finding who speaks needs only a little syntax: where the noun phrase next to a
speech verb starts and ends, which part is its head ("der Sprecher") and which
its owner ("des Kremls"), and which phrases sit inside a preposition ("nach
Angaben der chinesischen Seite") and so are not the subject. Tags come from the
tagger; a token covered by an actor mention always counts as a noun.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.extract.passage import Passage


@dataclass(frozen=True)
class Phrase:
    """Tokens [start, end) of a noun phrase; [start, head_end) is its head part, the rest its owner."""

    start: int
    head_end: int
    end: int


def in_phrase(p: Passage, i: int) -> bool:
    if p.quoted(i) or p.junk(i):
        return False
    return p.mention_at[i] is not None or p.tag(i) in p.speech.NOUN_PHRASE_TAGS or p.hyphen_joined(i)


def is_noun(p: Passage, i: int) -> bool:
    m = p.mention_at[i]
    return (m is not None and m.kind != "demonym") or p.tag(i) in p.speech.NOUN_TAGS


def noun_phrase(p: Passage, i: int, limit: int) -> Phrase | None:
    """The noun phrase starting at token `i` (not beyond `limit`), with one genitive owner."""
    head_end = _head_end(p, i, limit)
    if head_end == i or not any(is_noun(p, j) for j in range(i, head_end)):
        return None
    end = head_end
    if head_end < limit and p.lower(head_end) in p.speech.GENITIVE_LINKS:
        owner_start = head_end if p.tag(head_end) in p.speech.NOUN_PHRASE_TAGS else head_end + 1
        owner_end = _head_end(p, owner_start, limit)
        if owner_end > owner_start:
            end = owner_end
    return Phrase(i, head_end, end)


def _head_end(p: Passage, i: int, limit: int) -> int:
    seen_noun = False
    j = i
    while j < limit and in_phrase(p, j):
        second_article = p.lower(j) in p.speech.GENITIVE_LINKS or p.tag(j) in p.speech.ARTICLE_TAGS
        if seen_noun and second_article and p.mention_at[j] is None:
            break  # "der Sprecher | des Kremls", "told Putin | the world": an article starts a new phrase
        seen_noun = seen_noun or is_noun(p, j)
        j += 1
    return j


def phrase_ending_at(p: Passage, end: int) -> Phrase | None:
    """The noun phrase whose last token is `end - 1` ("dem Kreml" before "zufolge")."""
    start = end
    while start > 0 and in_phrase(p, start - 1):
        start -= 1
    while start < end:
        phrase = noun_phrase(p, start, end)
        if phrase is not None and phrase.end == end:
            return phrase
        start += 1
    return None


def skip_prepositional(p: Passage, i: int, limit: int) -> int:
    """The token after the prepositional phrase that starts at `i`."""
    j = i + 1
    while j < limit and (p.tag(j) in p.speech.PREPOSITION_TAGS or p.junk(j)):
        j += 1
    phrase = noun_phrase(p, j, limit)
    return phrase.end if phrase is not None else j


def head_noun(p: Passage, phrase: Phrase) -> int | None:
    nouns = [j for j in range(phrase.start, phrase.head_end) if is_noun(p, j)]
    return nouns[-1] if nouns else None
