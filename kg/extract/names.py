"""Names the registry does not know, found by their shape.

A person is a run of two or more proper-noun tokens ("Tucker Carlson",
"Mohammed bin Salman") or one after a title ("Außenministerin Kowalczyk"), not
behind an article ("die Hamas"), not after a place preposition ("in San
Marino") and not headed by an organisation or place word; titles before the
name are left out ("TV-Moderator Tucker Carlson"). An organisation is an
acronym in parentheses after its long name ("Vereinigung Freier Landwirte
(VFL)"), a name after a word for a kind of organisation ("der Finanzdienstleister
Euroclear"), a broadcaster with its number ("Channel 12"), or a council named
by the bodies it joins ("NATO-Ukraine-Rat"). Unknown single words are left
alone otherwise: without a lexicon of first names, a lone capitalised word is
too often a common noun or a place. Places the registry does not know are proper
nouns after a place preposition or a word for a city ("in Samarkand", "in the
city of Cebu"), a building noun with its name ("Schloss Bellevue"), and the
capitalised place of a dateline ("EVIAN-LES-BAINS, France (Reuters) -").
"""
from __future__ import annotations

from functools import lru_cache
from itertools import takewhile

import simplemma

from kg.extract.gazetteer import fold
from kg.extract.mentions import HYPHENS, Annotator
from kg.extract.titles import title_at
from kg.model import ActorType
from kg.nlp.doc import Sentence, Token

_MAX_PERSON_WORDS = 3


def find_unknown(notes: Annotator) -> None:
    for sentence in notes.doc.sentences:
        _acronyms(notes, sentence)
        _numbered(notes, sentence)
        _compound_bodies(notes, sentence)
        _introduced(notes, sentence)
        _buildings(notes, sentence)
        _dateline(notes, sentence)
        for run in _runs(notes, sentence):
            if not _place(notes, run):
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
    return (token.pos in notes.lang.PROPER_NOUN_TAGS or token.pos in notes.lang.FOREIGN_TAGS
            or _unknown_capital(notes, token))


def _unknown_capital(notes: Annotator, token: Token) -> bool:
    """'Badr Albusaidi': in a language that writes nouns in lower case, a capitalised word the lexicon does not
    know is a name, whatever tag the tagger guessed for it (not at the start of a sentence)."""
    if notes.lang.CAPITALISED_NOUNS or token.i == 0 or notes.doc.tokens[token.i - 1].sent != token.sent:
        return False
    return not _known_word(notes.doc.article.lang, token.text.lower())


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


def _place(notes: Annotator, run: list[Token]) -> bool:
    """'in Samarkand', 'in der Stadt Cebu', 'in the city of Nuuk', 'im Schloss Bellevue': a place the registry
    does not know, named by proper nouns after a place preposition, a word for a city or a building."""
    tokens = notes.doc.tokens
    first, last = run[0].i, run[-1].i
    if first == 0 or any(t.pos not in notes.lang.PROPER_NOUN_TAGS for t in run):
        return False
    marks = tuple(notes.lang.POSSESSIVE_MARKS)
    if run[-1].text.endswith(marks) or (last + 1 < len(tokens) and tokens[last + 1].text in marks):
        return False
    before = tokens[first - 1]
    if not (before.text.lower() in notes.lang.UNKNOWN_PLACE_PREPOSITIONS or _after_city_noun(notes, before)):
        return False
    label = notes.doc.text[tokens[first].start:run[-1].end]
    notes.add(first, last + 1, label, label, ActorType.PLACE, None, "name", named=True)
    return True


def _buildings(notes: Annotator, sentence: Sentence) -> None:
    """'Schloss Bellevue', 'Palais Schaumburg': a building noun and the capitalised name after it."""
    tokens = notes.doc.tokens
    for token in sentence.tokens[:-1]:
        name = tokens[token.i + 1]
        if (token.text in notes.lang.BUILDING_NOUNS and not notes.covered(token.i) and not notes.covered(name.i)
                and name.text[:1].isupper() and name.text.isalpha() and name.text not in notes.lang.NOT_NAMES):
            label = notes.doc.text[token.start:name.end]
            notes.add(token.i, name.i + 1, label, label, ActorType.PLACE, None, "name", named=True)


def _dateline(notes: Annotator, sentence: Sentence) -> None:
    """'EVIAN-LES-BAINS, France (Reuters) -': the capitalised place that opens a paragraph before its state."""
    doc = notes.doc
    tokens = sentence.tokens
    if tokens[0].start > 0 and doc.text[tokens[0].start - 1] != "\n":
        return
    k = 0
    while k < len(tokens) and (tokens[k].text in HYPHENS or (tokens[k].text.isupper() and tokens[k].text.isalpha()
                                                              and not notes.covered(tokens[k].i))):
        k += 1
    if k == 0 or k + 1 >= len(tokens) or tokens[k - 1].text in HYPHENS or tokens[k].text != ",":
        return
    state = notes.mention_at(tokens[k + 1].i)
    if state is not None and state.type == ActorType.STATE:
        label = doc.text[tokens[0].start:tokens[k - 1].end].title()
        known = [e for e in notes.registry.lookup(label) if e.type == ActorType.PLACE]
        if len(known) == 1:
            notes.add_entry(tokens[0].i, tokens[k - 1].i + 1, known[0], "name", named=True)
        else:
            notes.add(tokens[0].i, tokens[k - 1].i + 1, label, label, ActorType.PLACE, None, "name", named=True)


def _after_city_noun(notes: Annotator, before: Token) -> bool:
    """'der Stadt Cebu', 'the city of Cebu'."""
    tokens = notes.doc.tokens
    if before.text.lower() in notes.lang.CITY_LINKS and before.i > 0:
        before = tokens[before.i - 1]
    return before.text in notes.lang.CITY_NOUNS or before.text.lower() in notes.lang.CITY_NOUNS


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


def _numbered(notes: Annotator, sentence: Sentence) -> None:
    """'Channel 12', 'Kanal 13': a broadcaster named by a head word and its number."""
    tokens = sentence.tokens
    for word, number in zip(tokens, tokens[1:], strict=False):
        if (word.text in notes.lang.NUMBERED_ORGANIZATIONS and number.text.isdigit() and len(number.text) <= 3
                and not notes.covered(word.i) and not notes.covered(number.i)):
            label = _surface(notes, [word, number])
            notes.add(word.i, number.i + 1, label, label, ActorType.ORGANIZATION, None, "name", named=True)


def _compound_bodies(notes: Annotator, sentence: Sentence) -> None:
    """'NATO-Ukraine-Rat', 'NATO-Russia Council': a council named by the bodies and states it joins."""
    tokens = sentence.tokens
    for k, head in enumerate(tokens):
        if fold(head.lemma or head.text) not in notes.lang.COMPOUND_BODY_HEADS or not head.text[:1].isupper():
            continue
        parts = _compound_parts(notes, tokens, k)
        if len(parts) >= 2:
            first = parts[0]
            written = head.lemma if head.lemma[:1].isupper() else head.text   # "Rats" -> "Rat", "Council"
            label = notes.doc.text[first.start:head.start] + written
            notes.add(first.i, head.i + 1, label, label, ActorType.ORGANIZATION, None, "name", named=True)


def _compound_parts(notes: Annotator, tokens: list[Token], k: int) -> list[Token]:
    """The first tokens of the registry names joined by hyphens before token `k` ("NATO", "Ukraine")."""
    parts: list[Token] = []
    j = k - 1
    if j >= 0 and tokens[j].text in HYPHENS and not tokens[j].space_before and not tokens[k].space_before:
        j -= 1
    while j >= 0:
        start = _name_start(notes, tokens, j)
        if start is None:
            break
        j = start
        parts.insert(0, tokens[j])
        if j < 2 or tokens[j - 1].text not in HYPHENS or tokens[j - 1].space_before or tokens[j].space_before:
            break
        j -= 2
    return parts


def _name_start(notes: Annotator, tokens: list[Token], j: int) -> int | None:
    """Where the name of a state or body that ends at `tokens[j]` starts (a position in `tokens`), if one does.

    Also a registry name the actor pass left alone before a capitalised head ("Ukraine Council").
    """
    mention = notes.mention_at(tokens[j].i)
    if mention is not None:
        if mention.type not in (ActorType.STATE, ActorType.ORGANIZATION) or mention.kind != "name":
            return None
        while j > 0 and notes.mention_at(tokens[j - 1].i) is mention:
            j -= 1
        return j
    for start in range(j, max(-1, j - 3), -1):
        match = notes.gazetteer_hit(tokens[start].i)
        if match is not None and match.end == tokens[j].i + 1 and any(
                r.entry.type in (ActorType.STATE, ActorType.ORGANIZATION) for r in match.form.readings):
            return start
    return None


def _introduced(notes: Annotator, sentence: Sentence) -> None:
    """'beim Finanzdienstleister Euroclear', 'der Rüstungskonzern Rheinmetall': a name after a word for a
    kind of organisation is that organisation."""
    tokens = sentence.tokens
    for k, noun in enumerate(tokens[:-1]):
        if notes.covered(noun.i) or not _organisation_noun(notes, noun):
            continue
        name = list(takewhile(lambda t: _org_name_word(notes, t), tokens[k + 1:k + 4]))
        if name:
            label = _surface(notes, name)
            notes.add(name[0].i, name[-1].i + 1, label, label, ActorType.ORGANIZATION, None, "name", named=True)


def _organisation_noun(notes: Annotator, token: Token) -> bool:
    word = fold(token.text)
    nouns = notes.lang.ORGANIZATION_NOUNS
    return word in nouns or (notes.lang.CAPITALISED_NOUNS and word.endswith(tuple(nouns)))


def _org_name_word(notes: Annotator, token: Token) -> bool:
    """A capitalised name no pass has taken ("Euroclear", "Rheinmetall", "BASF"); no common noun ("Ärzte")."""
    text = token.text
    if not (text[:1].isupper() and text.replace("-", "").isalnum()) or notes.covered(token.i):
        return False
    if text in notes.lang.NOT_NAMES or title_at(notes.doc, token.i) is not None:
        return False
    return (token.pos in notes.lang.PROPER_NOUN_TAGS or token.pos in notes.lang.FOREIGN_TAGS or text.isupper()
            or not _known_word(notes.doc.article.lang, text))


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
        capitals = "".join(t.text[0] for t in words if t.text[:1].isupper())
        every = "".join(t.text[0] for t in words)      # "Verband der Automobilindustrie (VDA)"
        if acronym.upper() in (capitals.upper(), every.upper()) and words[0].text[:1].isupper():
            return words
        j -= 1
    return []


def _surface(notes: Annotator, run: list[Token]) -> str:
    return notes.doc.text[run[0].start:run[-1].end]
