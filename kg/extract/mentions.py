"""Bookkeeping shared by the actor passes: which tokens are taken, and how a mention is added.

Each pass of `kg.extract.actors` claims tokens; later passes skip claimed
tokens, so a registry name is never re-read as an unknown name and a demonym
inside "US-amerikanisch" is not counted twice.
"""
from __future__ import annotations

from types import ModuleType
from typing import Any

from kg.extract.gazetteer import Match, gazetteer
from kg.lang import data
from kg.model import ActorType
from kg.nlp.doc import Doc, Mention, Token

HYPHENS = frozenset({"-", "–", "‐"})


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

    def add_chars(self, start: int, end: int, key: str, label: str, type_: ActorType, qid: str | None,
                  kind: str) -> Mention:
        """A mention of part of a token (the body inside a compound title); claims no token."""
        self.doc.add_actor(key, label, type_, qid, named=True)
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
        while j >= 0 and tokens[j].sent == tokens[i].sent:
            token = tokens[j]
            if token.text.lower() in self.lang.PLACE_PREPOSITIONS or token.text in self.lang.CITY_NOUNS:
                return True
            if token.text.lower() not in self.lang.COORDINATORS or j == 0 or not _capitalised(tokens[j - 1]):
                return False
            j -= 2
            while j >= 0 and _capitalised(tokens[j]) and tokens[j].sent == tokens[i].sent:
                j -= 1
        return False

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
