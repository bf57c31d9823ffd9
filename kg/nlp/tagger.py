"""Part-of-speech tags and lemmas from HanTa (Hanover Tagger).

HanTa ships its German and English models inside the wheel, so tagging works
offline on CPU; it marks proper nouns (NE) and lemmatises verbs and nouns,
which the extractors use to find unknown names and cue words in any inflection.
"""
from __future__ import annotations

from functools import cache

from HanTa import HanoverTagger

from kg.lang import data
from kg.nlp.doc import Doc

COMPONENT = "tagger"


@cache
def _model(name: str) -> HanoverTagger.HanoverTagger:
    return HanoverTagger.HanoverTagger(name)


def tag(doc: Doc) -> None:
    tagger = _model(data(doc.article.lang, "tagger").HANTA_MODEL)
    for sentence in doc.sentences:
        words = [t.text for t in sentence.tokens]
        for token, (_, lemma, pos) in zip(sentence.tokens, tagger.tag_sent(words, taglevel=1)):
            token.lemma = lemma
            token.pos = pos
