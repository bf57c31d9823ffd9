"""Later references to actors already named: short names and titles.

"Carlson" after "Tucker Carlson", an acronym after "Long Name (LN)", and "der
russische Präsident" after Putin was named all become mentions of the actor
named before. A title resolves to the most recently mentioned person who holds a
matching office, by the registry (on the article's date) or by a title the
article itself gave that person; an unnamed spokesperson is left to the quote
extractor, which lets the spokesperson's body speak.
"""
from __future__ import annotations

from kg.extract import bodies
from kg.extract.gazetteer import fold
from kg.extract.mentions import Annotator, entry_label, is_party
from kg.extract.titles import PERSON_NOUN, TitlePhrase, TitleReader, compatible, holds, is_former
from kg.lang import data
from kg.model import ActorType

# Offices with one holder per state at a time, so the registry may name the holder
# even when the article did not ("der Bundeskanzler" in an article of 2024).
_SINGLE_HOLDER = frozenset({"president", "head_of_state", "head_of_government", "foreign_minister"})


def short_forms(notes: Annotator) -> None:
    """Surnames of persons and acronyms of organisations found earlier, wherever they recur."""
    forms = _short_form_index(notes)
    if not forms:
        return
    suffixes = notes.lang.NAME_SUFFIXES
    for token in notes.doc.tokens:
        if notes.covered(token.i) or not token.text[:1].isupper():
            continue
        word = fold(token.text)
        key = forms.get(word) or next((forms[word[:-len(s)]] for s in suffixes
                                       if word.endswith(fold(s)) and word[:-len(s)] in forms), None)
        if key:
            info = notes.doc.actors[key]
            notes.add(token.i, token.i + 1, key, info.label, info.type, info.wikidata, "partial", named=True)


def _short_form_index(notes: Annotator) -> dict[str, str]:
    owners: dict[str, set[str]] = {}
    for key, info in notes.doc.actors.items():
        if not info.named:
            continue
        if info.type == ActorType.PERSON:
            for name in (info.label, *info.names):
                words = [w for w in name.split() if w[:1].isupper()]
                if words:
                    owners.setdefault(fold(words[-1]), set()).add(key)
        elif info.type == ActorType.ORGANIZATION and notes.registry.entry(key) is None and key.isupper():
            owners.setdefault(fold(key), set()).add(key)
    return {form: next(iter(keys)) for form, keys in owners.items() if len(keys) == 1}


def titles(notes: Annotator) -> None:
    """Title phrases: the body inside a compound title, and a title that stands for a named person."""
    doc = notes.doc
    held: list[tuple[str, str, str | None]] = []
    for phrase in TitleReader(doc, notes.registry).phrases():
        _compound_body(notes, phrase)
        if phrase.person is not None:
            held.append((phrase.person, phrase.word.category, phrase.of))
            continue
        if not _singular(notes, phrase) or is_former(notes.doc, phrase):
            continue
        person = None if phrase.word.category == PERSON_NOUN else _resolve(notes, phrase, held)
        start = phrase.start
        if person is None:
            person, start = _party_epithet(notes, phrase), phrase.word.start   # the party keeps its own mention
        if person is not None:
            info = doc.actors[person]
            notes.add(start, phrase.word.end, person, info.label, ActorType.PERSON, info.wikidata, "title",
                      named=True)


def _party_epithet(notes: Annotator, phrase: TitlePhrase) -> str | None:
    """'..., sagte der CDU-Politiker': a party epithet names the person the text is about.

    That is the first person named earlier in the sentence, else in the nearest
    sentence before that names one (within two): the subject the epithet continues.
    """
    words = data(notes.doc.article.lang, "memberships").PARTY_PERSON_WORDS
    if phrase.of is None or not phrase.word.folded.endswith(tuple(words)) or not is_party(notes.registry, phrase.of):
        return None
    doc = notes.doc
    start = doc.tokens[phrase.start].start
    sentence = doc.tokens[phrase.start].sent
    for s in range(sentence, max(-1, sentence - 3), -1):
        persons = sorted((m for m in doc.mentions if m.sentence == s and m.type == ActorType.PERSON
                          and m.end <= start and m.kind in ("name", "partial")), key=lambda m: m.start)
        known = [m.key for m in persons if _party_of(notes, m.key) == phrase.of]
        free = [m.key for m in persons if _party_of(notes, m.key) is None]
        if known or free:
            return (known or free)[0]
    return None


def _party_of(notes: Annotator, person: str) -> str | None:
    """The party the registry knows a person leads or belongs to, if any."""
    parties = [o.of for o in notes.registry.offices_of(person, None) if is_party(notes.registry, o.of)]
    return parties[0] if parties else None


def _compound_body(notes: Annotator, phrase: TitlePhrase) -> None:
    """'Kremlsprecher' names the Kremlin: a mention over the first part of the word.

    A first part that is a kind of body ("der israelische Regierungssprecher") names that body of the
    phrase's state.
    """
    word = phrase.word
    if phrase.prefix_span is None:
        if word.prefix and phrase.of is not None and word.end == word.start + 1:
            bodies.in_compound(notes, word.prefix, phrase.of, notes.doc.tokens[word.start].start)
        return
    entry = phrase.prefix_entry
    start, end = phrase.prefix_span
    notes.add_chars(start, end, entry.key, entry_label(entry, notes.doc.article.lang), entry.type, entry.qid, "name")


def _singular(notes: Annotator, phrase: TitlePhrase) -> bool:
    """'der russische Präsident' refers to one person; 'die Präsidenten' and a bare title do not."""
    determiner = phrase.determiner
    titles = notes.title_lang
    if determiner in titles.PLURAL_DETERMINERS:
        return determiner in titles.DETERMINERS and phrase.word.folded.endswith(titles.FEMININE_ENDINGS)
    return determiner in titles.DETERMINERS


def _resolve(notes: Annotator, phrase: TitlePhrase, held: list[tuple[str, str, str | None]]) -> str | None:
    doc = notes.doc
    on = doc.article.published
    start = doc.tokens[phrase.start].start
    seen: list[str] = []
    for m in sorted((m for m in doc.mentions if m.type == ActorType.PERSON and m.end <= start),
                    key=lambda m: m.start, reverse=True):
        if m.key not in seen:
            seen.append(m.key)
    for key in seen:
        if _held_here(key, phrase, held) or holds(notes.registry, key, phrase.word.category, phrase.of, on):
            return key
    if phrase.word.category in _SINGLE_HOLDER and phrase.of is not None and on is not None:
        title = doc.text[doc.tokens[phrase.word.start].start:doc.tokens[phrase.word.end - 1].end]
        entry = notes.registry.holder(title, phrase.of, on)
        if entry is not None:
            doc.add_actor(entry.key, entry_label(entry, doc.article.lang), entry.type, entry.qid)
            return entry.key
    return None


def _held_here(person: str, phrase: TitlePhrase, held: list[tuple[str, str, str | None]]) -> bool:
    return any(p == person and compatible(c, phrase.word.category) and (phrase.of is None or of == phrase.of)
               for p, c, of in held)
