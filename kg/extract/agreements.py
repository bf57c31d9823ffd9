"""The `agreements` component: each named treaty with its parties and expiry date.

The treaties themselves are actors found by the actor extractor (registry
agreements such as the UN Charter or New START, and named treaties by shape).
Parties come from "zwischen Russland und den USA" / "between X and Y" in the
treaty's noun phrase, or from the subjects of a signing verb ("Russland und
die USA unterzeichneten den Vertrag"). The expiry date comes from an expiry
verb ("läuft am 5. Februar aus", "expires on") in the treaty's sentence or the
next one that refers back to it ("Dieses läuft ... aus"), read by the date
grammar of `kg.extract.dates`, so it is left empty when the date cannot be
resolved (no year and no publication date).
"""
from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

from kg.extract.dates import find_dates
from kg.extract.gazetteer import fold
from kg.extract.titles import mentions_by_token
from kg.lang import data
from kg.model import ActorType, Agreement, PartialDate
from kg.nlp.doc import Doc, Mention, Sentence

if TYPE_CHECKING:
    from kg.nlp.pipeline import Context

COMPONENT = "agreements"

_PARTIES = (ActorType.STATE, ActorType.ORGANIZATION)
_PHRASE_WINDOW = 10   # tokens from a treaty's name to the "zwischen" that gives its parties


class _Reader:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.words: ModuleType = data(doc.article.lang, "agreements")
        self.joiners = data(doc.article.lang, "actors").COORDINATORS
        self.by_token = mentions_by_token(doc)
        self.span: dict[int, tuple[int, int]] = {}
        for i, m in sorted(self.by_token.items()):
            first, _ = self.span.get(id(m), (i, i))
            self.span[id(m)] = (first, i)

    def parties(self, mention: Mention) -> list[str]:
        if id(mention) not in self.span:
            return []
        first, last = self.span[id(mention)]
        sentence = self.doc.sentences[mention.sentence]
        return self._between(last, sentence) or self._signatories(first, sentence)

    def _between(self, end: int, sentence: Sentence) -> list[str]:
        tokens = self.doc.tokens
        last = min(sentence.tokens[-1].i, end + _PHRASE_WINDOW)
        for i in range(end + 1, last + 1):
            if self.by_token.get(i) is None and tokens[i].pos.startswith(self.words.VERB_TAG_PREFIX):
                return []
            if fold(tokens[i].text) in self.words.BETWEEN:
                return self._listed(i + 1, sentence.tokens[-1].i)
        return []

    def _signatories(self, start: int, sentence: Sentence) -> list[str]:
        tokens = self.doc.tokens
        for i in range(start - 1, sentence.tokens[0].i - 1, -1):
            if self._signs(i):
                return self._listed_before(i, sentence.tokens[0].i)
        for i in range(start + 1, sentence.tokens[-1].i + 1):
            if self._signs(i):
                return self._agents(i, sentence) or self._listed(sentence.tokens[0].i, start - 1)
        return []

    def _signs(self, i: int) -> bool:
        token = self.doc.tokens[i]
        return fold(token.lemma or token.text) in self.words.SIGN_LEMMAS

    def _agents(self, verb: int, sentence: Sentence) -> list[str]:
        """'was signed by Sudan's army and the RSF', 'wurde von Russland und China unterzeichnet'."""
        tokens = self.doc.tokens
        last = sentence.tokens[-1].i
        if verb + 1 <= last and fold(tokens[verb + 1].text) in self.words.AGENT_WORDS:
            return self._listed(verb + 2, last)
        for i in range(verb - 1, sentence.tokens[0].i, -1):
            if fold(tokens[i].text) in self.words.AGENT_WORDS:
                return self._listed(i + 1, verb - 1)
        return []

    def _listed(self, i: int, last: int) -> list[str]:
        keys: list[str] = []
        while i <= last:
            mention = self.by_token.get(i)
            if mention is not None and mention.type in _PARTIES and mention.kind != "demonym":
                if mention.key not in keys:
                    keys.append(mention.key)
            elif not self._joiner(i):
                break
            i += 1
        return keys if len(keys) >= 2 else []

    def _listed_before(self, verb: int, first: int) -> list[str]:
        keys: list[str] = []
        i = verb - 1
        while i >= first:
            mention = self.by_token.get(i)
            if mention is not None and mention.type in _PARTIES and mention.kind != "demonym":
                if mention.key not in keys:
                    keys.insert(0, mention.key)
            elif not self._joiner(i):
                break
            i -= 1
        return keys if len(keys) >= 2 else []

    def _joiner(self, i: int) -> bool:
        token = self.doc.tokens[i]
        word = fold(token.text)
        return word in self.joiners or word in self.words.REFERENCES or (token.pos in _articles(self.doc))

    def expiry(self, mention: Mention) -> PartialDate | None:
        sentences = [self.doc.sentences[mention.sentence]]
        following = mention.sentence + 1
        if following < len(self.doc.sentences) and self._refers_back(self.doc.sentences[following]):
            sentences.append(self.doc.sentences[following])
        for sentence in sentences:
            if self._expires(sentence):
                dates = find_dates(self.doc, sentence.start, sentence.end)
                if dates:
                    return dates[0][2]
        return None

    def _refers_back(self, sentence: Sentence) -> bool:
        return fold(sentence.tokens[0].text) in self.words.REFERENCES

    def _expires(self, sentence: Sentence) -> bool:
        lemmas = [fold(t.lemma or t.text) for t in sentence.tokens]
        if any(lemma in self.words.EXPIRY_LEMMAS for lemma in lemmas):
            return True
        words = {fold(t.text) for t in sentence.tokens}
        return any(verb in lemmas and particle in words for verb, particle in self.words.EXPIRY_SEPARABLE)


def _articles(doc: Doc) -> frozenset[str]:
    return data(doc.article.lang, "actors").ARTICLE_TAGS


def extract(doc: Doc, ctx: Context) -> None:
    reader = _Reader(doc)
    by_key: dict[str, list[Mention]] = {}
    for mention in doc.mentions:
        if mention.type == ActorType.AGREEMENT:
            by_key.setdefault(mention.key, []).append(mention)
    for key, mentions in by_key.items():
        parties: list[str] = []
        expires = None
        for mention in mentions:
            parties.extend(p for p in reader.parties(mention) if p not in parties)
            expires = expires or reader.expiry(mention)
        evidence = tuple(doc.evidence(m.start, m.end, COMPONENT) for m in mentions)
        doc.agreements.append(Agreement(actor=key, parties=tuple(parties), evidence=evidence, expires=expires))
