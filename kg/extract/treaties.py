"""Named treaties the registry does not know, found by their shape.

A treaty is named when its head noun carries a name: an acronym or proper
noun joined by a hyphen ("INF-Vertrag", "Minsk-Abkommen"), a German place
adjective ("Minsker Abkommen", "Pariser Klimaabkommen"), an "of" phrase
("Vertrag von Lissabon", "Treaty of Versailles"), or in English capitalised
words before a capitalised head ("Paris Agreement", "Abraham Accords"). A bare
"Atomabkommen" or "the agreement" is no named treaty and is left alone.
"""
from __future__ import annotations

from functools import lru_cache

from kg.extract.gazetteer import fold
from kg.extract.mentions import HYPHENS, Annotator
from kg.lang import data
from kg.model import ActorType
from kg.nlp.doc import Sentence, Token


def find(notes: Annotator) -> None:
    words = data(notes.doc.article.lang, "agreements")
    for sentence in notes.doc.sentences:
        for token in sentence.tokens:
            if notes.covered(token.i) or not _head(words, token):
                continue
            start, end = _named_span(notes, words, sentence, token)
            if start is not None:
                label = _label(notes, start, end, token)
                notes.add(start, end, label, label, ActorType.AGREEMENT, None, "name", named=True)


def _head(words, token: Token) -> bool:
    if words.CAPITALISED_HEADS and not token.text[:1].isupper():
        return False
    return _is_head(words, fold(token.text))


@lru_cache(maxsize=1 << 14)
def _is_head(words, word: str) -> bool:
    """A treaty noun, or in German a compound ending in one ("Klimaabkommen")."""
    return any(word == h or (word.endswith(h) and not words.CAPITALISED_HEADS) for h in words.HEADS)


def _named_span(notes: Annotator, words, sentence: Sentence, head: Token) -> tuple[int | None, int]:
    tokens = notes.doc.tokens
    first = sentence.tokens[0].i
    i = head.i
    if i - 2 >= first and tokens[i - 1].text in HYPHENS and _name_part(notes, tokens[i - 2]):
        return i - 2, i + 1
    if i - 1 >= first and words.PLACE_ADJECTIVE_ENDING and _place_adjective(notes, words, tokens[i - 1]):
        return i - 1, i + 1
    after = _of_name(notes, words, sentence, head)
    if after is not None:
        return i, after
    if words.CAPITALISED_HEADS:
        j = i
        while j - 1 >= first and tokens[j - 1].text[:1].isupper() and tokens[j - 1].text not in notes.lang.NOT_NAMES:
            j -= 1
        if j < i:
            return j, i + 1
    return None, i


def _name_part(notes: Annotator, token: Token) -> bool:
    """An acronym, a proper noun, or a registry name before the hyphen."""
    text = token.text
    if notes.covered(token.i):
        return notes.mention_at(token.i).type != ActorType.PERSON
    return text[:1].isupper() and (text.isupper() or token.pos in notes.lang.PROPER_NOUN_TAGS)


def _place_adjective(notes: Annotator, words, token: Token) -> bool:
    """'Minsker', 'Pariser': capitalised, ending in -er, tagged as a name or adjective (not 'Dieser')."""
    text = token.text
    nouns = data(notes.doc.article.lang, "tagger").NOUN
    tagged = token.pos in nouns or token.pos.startswith(notes.lang.ADJECTIVE_TAG_PREFIX)
    return (text[:1].isupper() and text.endswith(words.PLACE_ADJECTIVE_ENDING) and len(text) > 4 and text.isalpha()
            and tagged and text not in notes.lang.NOT_NAMES)


def _of_name(notes: Annotator, words, sentence: Sentence, head: Token) -> int | None:
    """'Vertrag von Lissabon', 'Treaty of Versailles': the token after the place name."""
    tokens = notes.doc.tokens
    j = head.i + 1
    if j + 1 > sentence.tokens[-1].i or fold(tokens[j].text) not in words.OF_WORDS:
        return None
    mention = notes.mention_at(j + 1)
    if mention is None:
        name = tokens[j + 1]
        return j + 2 if name.pos in notes.lang.PROPER_NOUN_TAGS and name.text not in notes.lang.NOT_NAMES else None
    if mention.type not in (ActorType.PLACE, ActorType.STATE):
        return None
    end = j + 1
    while notes.mention_at(end + 1) is mention:
        end += 1
    return end + 1


def _label(notes: Annotator, start: int, end: int, head: Token) -> str:
    """The name as written, with the head noun in its dictionary form ("des INF-Vertrags" -> "INF-Vertrag")."""
    tokens = notes.doc.tokens
    text = notes.doc.text
    lemma = head.lemma
    if lemma and fold(head.text).startswith(fold(lemma)) and lemma[:1].isupper():
        return text[tokens[start].start:head.start] + lemma + text[head.end:tokens[end - 1].end]
    return text[tokens[start].start:tokens[end - 1].end]
