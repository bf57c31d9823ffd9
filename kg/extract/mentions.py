"""Bookkeeping shared by the actor passes: which tokens are taken, and how a mention is added.

Each pass of `kg.extract.actors` claims tokens; later passes skip claimed
tokens, so a registry name is never re-read as an unknown name and a demonym
inside "US-amerikanisch" is not counted twice.
"""
from __future__ import annotations

import bisect
from itertools import takewhile
from types import ModuleType
from typing import Any

from kg.extract.gazetteer import Match, fold, gazetteer
from kg.lang import LANGUAGES, data
from kg.model import ActorType
from kg.nlp.doc import Doc, Mention, Token

HYPHENS = frozenset({"-", "–", "‐"})


def is_party(registry: Any, key: str) -> bool:
    """A political party: an organisation of one state whose name says it is a party ("Partei", "Union").

    Parties are told apart from a state's other bodies (the Kremlin, a broadcaster) by their names, in any
    language the registry has them.
    """
    entry = registry.entry(key)
    if entry is None or entry.type != ActorType.ORGANIZATION or entry.country is None:
        return False
    names = [fold(n) for n in entry.names()]
    return any(word in name for lang in LANGUAGES for word in data(lang, "memberships").PARTY_NAME_WORDS
               for name in names)


def entry_label(entry: Any, lang: str) -> str:
    """The entry's label in the article's language (English when the registry has none)."""
    return getattr(entry, f"label_{lang}", None) or entry.label_en or entry.label_de


class Annotator:
    """Adds mentions to one document and remembers which tokens they cover."""

    def __init__(self, doc: Doc, registry: Any, component: str) -> None:
        self.doc = doc
        self.registry = registry
        self.component = component
        self.lang: ModuleType = data(doc.article.lang, "actors")
        self.title_lang: ModuleType = data(doc.article.lang, "titles")
        self.taken: dict[int, Mention] = {}
        self._starts = [t.start for t in doc.tokens]

    def covered(self, i: int) -> bool:
        return i in self.taken

    def mention_at(self, i: int) -> Mention | None:
        return self.taken.get(i)

    def add_entry(self, start: int, end: int, entry: Any, kind: str, *, named: bool) -> Mention:
        """A mention of a registry entry over tokens [start, end)."""
        label = entry_label(entry, self.doc.article.lang)
        return self.add(start, end, entry.key, label, entry.type, entry.qid, kind, named=named)

    def add(self, start: int, end: int, key: str, label: str, type_: ActorType, qid: str | None,
            kind: str, *, named: bool) -> Mention:
        """A mention of any actor over tokens [start, end); registers the actor."""
        tokens = self.doc.tokens
        self.doc.add_actor(key, label, type_, qid, named=named)
        mention = Mention(start=tokens[start].start, end=tokens[end - 1].end, key=key, type=type_,
                          sentence=tokens[start].sent, component=self.component, kind=kind)
        self.doc.add_mention(mention, self.doc.text[mention.start:mention.end])
        for i in range(start, end):
            self.taken[i] = mention
        return mention

    def remove(self, mention: Mention) -> None:
        """Takes a mention back (a demonym that turned out to be part of a body's name); frees its tokens."""
        self.doc.mentions.remove(mention)
        for i in [i for i, m in self.taken.items() if m is mention]:
            del self.taken[i]

    def token_span(self, mention: Mention) -> tuple[int, int]:
        """The tokens [first, after last) a mention covers."""
        first = max(0, bisect.bisect_right(self._starts, mention.start) - 1)
        last = bisect.bisect_left(self._starts, mention.end)
        return first, max(first + 1, last)

    def add_chars(self, start: int, end: int, key: str, label: str, type_: ActorType, qid: str | None,
                  kind: str) -> Mention:
        """A mention of part of a token (the body inside a compound title); claims no token.

        The body is implied, not named: "Kremlchef Putin" mentions the Kremlin in passing, and it becomes an
        actor of the article only when a fact refers to it (a statement of the Kreml-Sprecher, a role).
        """
        self.doc.add_actor(key, label, type_, qid, named=False)
        mention = Mention(start=start, end=end, key=key, type=type_, sentence=self.doc.sentence_at(start).i,
                          component=self.component, kind=kind)
        self.doc.add_mention(mention, self.doc.text[start:end])
        return mention

    def gazetteer_hit(self, i: int) -> Match | None:
        return gazetteer(self.registry, self.doc.article.lang).match_at(self.doc.tokens, i)

    def in_place_context(self, i: int) -> bool:
        """Right after a place preposition ("nach Moskau") or a word for a city ("die Hauptstadt Moskau"),
        also across a coordination ("nach Peking und Moskau"); "aus dem Kreml" is the institution."""
        tokens = self.doc.tokens
        j = i - 1
        if j >= 1 and tokens[j].text.lower() in self.lang.PLACE_ARTICLES:
            return tokens[j - 1].text.lower() in self.lang.PLACE_PREPOSITIONS_WITH_ARTICLE   # "at the White House"
        while j >= 0 and tokens[j].sent == tokens[i].sent:
            token = tokens[j]
            if j >= 1 and (tokens[j - 1].text.lower(), token.text.lower()) in self.lang.NOT_PLACE_PHRASES:
                return False      # "according to Downing Street"
            if token.text.lower() in self.lang.PLACE_PREPOSITIONS or token.text in self.lang.CITY_NOUNS:
                return not self._voice_from(j)
            if token.text.lower() not in self.lang.COORDINATORS or j == 0 or not _capitalised(tokens[j - 1]):
                return False
            j -= 2
            while j >= 0 and _capitalised(tokens[j]) and tokens[j].sent == tokens[i].sent:
                j -= 1
        return False

    def _voice_from(self, j: int) -> bool:
        """'Widerstand kam aus Budapest', 'Nach Angaben aus Brasília', 'criticism from Beijing', 'Aus Peking
        hieß es': what comes from a capital there is its government's voice, not a place."""
        tokens = self.doc.tokens
        if tokens[j].text.lower() not in self.lang.SOURCE_PREPOSITIONS:
            return False
        before = [t for t in tokens[max(0, j - 6):j] if t.sent == tokens[j].sent]
        after = list(takewhile(lambda t: t.sent == tokens[j].sent and t.text != ",", tokens[j + 2:j + 4]))
        return any(fold(t.lemma or t.text) in self.lang.VOICE_WORDS or fold(t.text) in self.lang.VOICE_WORDS
                   for t in before + after)

    def compound_demonym(self, i: int) -> int | None:
        """'US-amerikanischen' read as one demonym; returns the index after it, if it is one."""
        tokens = self.doc.tokens
        if i + 2 >= len(tokens) or tokens[i + 1].text not in HYPHENS or not tokens[i + 2].text[:1].islower():
            return None
        if tokens[i + 1].space_before or tokens[i + 2].space_before:
            return None
        entry = self.registry.by_demonym(tokens[i].text + "-" + tokens[i + 2].text)
        if entry is None or entry.type != ActorType.STATE:
            return None
        self.add_entry(i, i + 3, entry, "demonym", named=False)
        return i + 3


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper()
