"""Names the registry does not know, found by their shape.

A person is a run of two or more proper-noun tokens ("Tucker Carlson",
"Mohammed bin Salman") or one after a title ("Außenministerin Kowalczyk"), not
behind an article ("die Hamas"), not after a place preposition ("in San
Marino") and not headed by an organisation or place word; titles before the
name are left out ("TV-Moderator Tucker Carlson"). An organisation is an
acronym in parentheses after its long name ("Vereinigung Freier Landwirte
(VFL)"). Unknown single words are left alone: without a lexicon of first
names, a lone capitalised word is too often a common noun or a place.
"""
from __future__ import annotations

from functools import lru_cache

import simplemma

from kg.extract.mentions import HYPHENS, Annotator
from kg.extract.titles import title_at
from kg.model import ActorType
from kg.nlp.doc import Sentence, Token

_MAX_PERSON_WORDS = 2


def find_unknown(notes: Annotator) -> None:
    for sentence in notes.doc.sentences:
        _acronyms(notes, sentence)
        for run in _runs(notes, sentence):
            _person(notes, run)


def is_name_word(notes: Annotator, token: Token) -> bool:
    """A capitalised proper noun that is not a function word, month or title."""
    text = token.text
    if not (text[:1].isupper() and text.replace("'", "").replace("’", "").isalpha()):
        return False
    if text in notes.lang.NOT_NAMES or title_at(notes.doc, token.i) is not None:
        return False
    if text.isupper() and len(text) > 1:
        return False   # acronyms are organisations, handled apart
    return token.pos in notes.lang.PROPER_NOUN_TAGS or token.pos in notes.lang.FOREIGN_TAGS


def _runs(notes: Annotator, sentence: Sentence) -> list[list[Token]]:
    """Maximal runs of free name words, with lower-case particles inside ("von der Leyen")."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for token in sentence.tokens:
        if not notes.covered(token.i) and (is_name_word(notes, token) or _surname(notes, current, token)
                                           or _inner_hyphen(notes, current, token)):
            current.append(token)
        elif current and token.text in notes.lang.NAME_PARTICLES and not notes.covered(token.i):
            current.append(token)
        else:
            runs.append(current)
            current = []
    runs.append(current)
    return [_trim(run, notes) for run in runs if run]


def _inner_hyphen(notes: Annotator, run: list[Token], token: Token) -> bool:
    """The hyphen of a double first name ("Hans-Peter Wollseifer"), written without spaces."""
    tokens = notes.doc.tokens
    if not run or token.text not in HYPHENS or token.space_before or token.i + 1 >= len(tokens):
        return False
    following = tokens[token.i + 1]
    return not following.space_before and is_name_word(notes, following) and not notes.covered(following.i)


def _surname(notes: Annotator, run: list[Token], token: Token) -> bool:
    """'Sahra Wagenknecht', 'Hans Wollseifer': after a first name, a capitalised noun that is no word.

    The tagger reads unknown surnames that look like compounds ("Wagen-knecht")
    as common nouns; a word the lemma lexicon does not know, or any noun after a
    title and a first name ("Abgeordnete Sahra Wagenknecht"), is the surname.
    """
    text = token.text
    if len(_name_words(run)) != 1 or not text[:1].isupper() or not text.isalpha() or text in notes.lang.NOT_NAMES:
        return False
    return _after_title(notes, run[0]) or (run[-1].pos in notes.lang.PROPER_NOUN_TAGS
                                           and not _known_word(notes.doc.article.lang, text))


@lru_cache(maxsize=1 << 14)
def _known_word(lang: str, word: str) -> bool:
    return simplemma.is_known(word, lang=lang)


def _trim(run: list[Token], notes: Annotator) -> list[Token]:
    """Without particles inside, a long run keeps its last words: "Trump Freund Tucker Carlson" -> "Tucker Carlson"."""
    while run and (run[-1].text in notes.lang.NAME_PARTICLES or run[-1].text in HYPHENS):
        run = run[:-1]
    words = _name_words(run)
    if len(words) > _MAX_PERSON_WORDS and not any(t.text in notes.lang.NAME_PARTICLES for t in run):
        run = [t for t in run if t.i >= words[-_MAX_PERSON_WORDS][0].i]
    return run


def _name_words(run: list[Token]) -> list[list[Token]]:
    """The words of a name, a hyphenated first name counting as one ("Hans-Peter")."""
    words: list[list[Token]] = []
    for token in run:
        if words and (token.text in HYPHENS or words[-1][-1].text in HYPHENS):
            words[-1].append(token)
        else:
            words.append([token])
    return words


def _person(notes: Annotator, run: list[Token]) -> None:
    capitals = [t for t in run if t.text[:1].isupper()]
    if not capitals or not _person_context(notes, run[0]):
        return
    if len([w for w in _name_words(run) if w[0].text[:1].isupper()]) < 2 and not _after_title(notes, run[0]):
        return
    if any(t.text.lower() in notes.lang.ORGANIZATION_HEADS or t.text in notes.lang.PLACE_WORDS for t in capitals):
        return
    label = _surface(notes, run)
    notes.add(run[0].i, run[-1].i + 1, label, label, ActorType.PERSON, None, "name", named=True)


def _after_title(notes: Annotator, first: Token) -> bool:
    """'Außenminister Kowalczyk', 'Frau Schmidt': a lone surname after a title names a person."""
    if first.i == 0:
        return False
    before = notes.doc.tokens[first.i - 1]
    return before.sent == first.sent and title_at(notes.doc, before.i) is not None


def _person_context(notes: Annotator, first: Token) -> bool:
    """Not behind an article or a place preposition; a title directly before always qualifies."""
    if first.i == 0 or notes.doc.tokens[first.i - 1].sent != first.sent:
        return True
    before = notes.doc.tokens[first.i - 1]
    if title_at(notes.doc, before.i) is not None:
        return True
    return before.pos not in notes.lang.ARTICLE_TAGS and before.text.lower() not in notes.lang.LOCATIVE_PREPOSITIONS


def _acronyms(notes: Annotator, sentence: Sentence) -> None:
    """'Long Name (LN)': an organisation named by its acronym, unless the registry knows it."""
    tokens = sentence.tokens
    for a, b, c in zip(tokens, tokens[1:], tokens[2:], strict=False):
        if a.text != "(" or c.text != ")" or notes.covered(b.i) or not _acronym(b.text):
            continue
        long_form = _long_form(notes, a.i, b.text)
        start = long_form[0].i if long_form else b.i
        label = _surface(notes, long_form) if long_form else b.text
        notes.add(b.i, b.i + 1, b.text, label, ActorType.ORGANIZATION, None, "name", named=True)
        if long_form:
            notes.add(start, long_form[-1].i + 1, b.text, label, ActorType.ORGANIZATION, None, "name", named=True)


def _acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(letters) <= 6 and sum(c.isupper() for c in letters) >= 2 and text.isalnum()


def _long_form(notes: Annotator, paren: int, acronym: str) -> list[Token]:
    """The free capitalised words before '(' whose initials spell the acronym."""
    tokens = notes.doc.tokens
    words: list[Token] = []
    j = paren - 1
    while j >= 0 and not notes.covered(j) and tokens[j].sent == tokens[paren].sent and len(words) < len(acronym) + 3:
        if tokens[j].text[:1].isalpha():
            words.insert(0, tokens[j])
        elif tokens[j].text not in HYPHENS:
            break
        initials = "".join(t.text[0] for t in words if t.text[:1].isupper())
        if initials.upper() == acronym.upper():
            return words
        j -= 1
    return []


def _surface(notes: Annotator, run: list[Token]) -> str:
    return notes.doc.text[run[0].start:run[-1].end]
