"""Named treaties the registry does not know, found by their shape.

A treaty is named when its head noun carries a name: an acronym or proper
noun joined by a hyphen ("INF-Vertrag", "Minsk-Abkommen"), a German place
adjective ("Minsker Abkommen", "Pariser Klimaabkommen"), an "of" phrase
("Vertrag von Lissabon", "Treaty of Versailles"), or in English capitalised
words before a capitalised head ("Paris Agreement", "Abraham Accords") or a
capitalised title after it ("Declaration on the Conduct of Parties ..."). A
declaration counts only when named for a place ("Jeddah Declaration", not the
"Kreml-Erklärung"). An unnamed deal counts when the text treats it as concrete:
a definite compound ("das Rohstoffabkommen") in a sentence that signs,
negotiates or puts it in force, or a ceasefire with the place it holds in ("die
Waffenruhe im Gazastreifen"). A bare "ein Atomabkommen" or "the agreement" is
left alone.
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
            start, end = (None, token.i) if fold(token.text) in words.CEASEFIRE_HEADS else \
                _named_span(notes, words, sentence, token)
            if start is not None and not _declared_at_place(notes, words, start, token):
                start = None
            if start is None:
                start, end = _concrete_span(notes, words, sentence, token)
            if start is not None:
                label = _label(notes, start, end, token)
                notes.add(start, end, label, label, ActorType.AGREEMENT, None, "name", named=True)


def _head(words, token: Token) -> bool:
    if fold(token.text) in words.CEASEFIRE_HEADS:
        return True
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
        start = i - 2
        while start - 2 >= first and tokens[start - 1].text in HYPHENS and _name_part(notes, tokens[start - 2]):
            start -= 2
        return start, i + 1
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
        return _titled(notes, words, sentence, head)
    return None, i


def _titled(notes: Annotator, words, sentence: Sentence, head: Token) -> tuple[int | None, int]:
    """'Declaration on the Conduct of Parties in the South China Sea': a capitalised head with a title phrase,
    its words capitalised but for a few function words."""
    tokens = notes.doc.tokens
    last = sentence.tokens[-1].i
    j = head.i + 1
    if j > last or fold(tokens[j].text) not in words.TITLE_LINKS:
        return None, head.i
    end = head.i
    while j <= last and (fold(tokens[j].text) in words.TITLE_LINKS or _title_word(notes, tokens[j])):
        if _title_word(notes, tokens[j]):
            end = j
        j += 1
    return (head.i, end + 1) if end > head.i else (None, head.i)


def _title_word(notes: Annotator, token: Token) -> bool:
    """A capitalised word of the title; a state, body or person named there is a party, not the title."""
    mention = notes.mention_at(token.i)
    if mention is not None and mention.type not in (ActorType.PLACE, ActorType.AGREEMENT):
        return False
    return token.text[:1].isupper() and token.text.isalpha() and token.text not in notes.lang.NOT_NAMES


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


def _declared_at_place(notes: Annotator, words, start: int, head: Token) -> bool:
    """A declaration is a deal when named for the place it was made ("Jeddah Declaration"), not for the
    body that issued it ("Kreml-Erklärung", a press statement)."""
    if not fold(head.text).endswith(words.PLACE_NAMED_HEADS):
        return True
    mention = notes.mention_at(start)
    return mention is None or mention.type in (ActorType.PLACE, ActorType.STATE)


def _concrete_span(notes: Annotator, words, sentence: Sentence, head: Token) -> tuple[int | None, int]:
    """A deal the text treats as concrete though unnamed: 'das Rohstoffabkommen wurde unterzeichnet',
    'die Waffenruhe im Gazastreifen trat in Kraft'.

    The head is a compound treaty noun ("Migrationsabkommen", not a bare "Abkommen") or a ceasefire with the
    place it holds in; it must be definite and its sentence must sign, negotiate or put it in force.
    """
    tokens = notes.doc.tokens
    i = head.i
    if i == sentence.tokens[0].i or tokens[i - 1].pos not in notes.lang.ARTICLE_TAGS or not _concrete(words, sentence):
        return None, i
    word = fold(head.text)
    if word in words.CEASEFIRE_HEADS:
        return _ceasefire_span(notes, words, sentence, head)
    if not words.CAPITALISED_HEADS and not any(word == h for h in words.HEADS) and len(word) > 8:
        return i, i + 1
    return None, i


def _ceasefire_span(notes: Annotator, words, sentence: Sentence, head: Token) -> tuple[int | None, int]:
    """'die Waffenruhe im Gazastreifen', 'the ceasefire in Gaza': the head with its place."""
    tokens = notes.doc.tokens
    j = head.i + 1
    if j + 1 > sentence.tokens[-1].i or fold(tokens[j].text) not in words.PLACE_PREPOSITIONS:
        return None, head.i
    if tokens[j + 1].pos in notes.lang.ARTICLE_TAGS:
        j += 1
    mention = notes.mention_at(j + 1)
    if mention is None or mention.type not in (ActorType.PLACE, ActorType.STATE) or mention.kind != "name":
        return None, head.i
    end = j + 1
    while notes.mention_at(end + 1) is mention:
        end += 1
    return head.i, end + 1


def _concrete(words, sentence: Sentence) -> bool:
    return any(fold(t.text) in words.CONCRETE_WORDS or fold(t.lemma or t.text) in words.CONCRETE_WORDS
               for t in sentence.tokens)
