"""Tokens and sentences with exact character offsets.

A small rule-based segmenter: hyphenated compounds are split into their parts
("US-Präsident" -> "US", "-", "Präsident") so that names inside compounds can
be matched; a line break always ends a sentence (headlines); a full stop ends
one unless it follows an abbreviation or, in German, an ordinal number.
"""
from __future__ import annotations

import re

from kg.lang import data
from kg.nlp.doc import Doc, Sentence, Token

_TOKEN = re.compile(r"\d+(?:[.,:]\d+)*|(?:[^\W\d_]\.){2,}|\w+(?:['’]\w+)*|\S", re.UNICODE)
_ENDERS = {".", "!", "?", "…"}
_CLOSERS = set("\"“”»«’‘)")
COMPONENT = "segmenter"


def segment(doc: Doc) -> None:
    abbreviations = data(doc.article.lang, "segment").ABBREVIATIONS
    ordinal_dot = data(doc.article.lang, "segment").ORDINAL_DOT
    text = doc.text
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    current: list[Token] = []

    def close() -> None:
        if current:
            sentences.append(Sentence(len(sentences), current[0].start, current[-1].end, list(current)))
            current.clear()

    matches = list(_TOKEN.finditer(text))
    for n, match in enumerate(matches):
        start = match.start()
        if current and "\n" in text[current[-1].end:start]:
            close()
        token = Token(len(tokens), match.group(), start, match.end(), len(sentences),
                      space_before=start > 0 and text[start - 1].isspace())
        tokens.append(token)
        current.append(token)
        if token.text in _ENDERS or (token.text in _CLOSERS and len(current) > 1 and current[-2].text in _ENDERS):
            nxt = matches[n + 1] if n + 1 < len(matches) else None
            attached = nxt is not None and nxt.start() == token.end
            if _ends_sentence(current, nxt.group() if nxt else "", attached, abbreviations, ordinal_dot):
                close()
    close()
    for sentence in sentences:
        for token in sentence.tokens:
            token.sent = sentence.i
    doc.tokens = tokens
    doc.sentences = sentences


def _ends_sentence(current: list[Token], following: str, attached: bool,
                   abbreviations: frozenset[str], ordinal_dot: bool) -> bool:
    if not following:
        return True
    if following in _CLOSERS and attached:
        return False  # a closing quote right after the full stop belongs to this sentence
    if not (following[0].isupper() or following[0].isdigit() or following[0] in "\"„“»«‚'("):
        return False
    if current[-1].text == "." and len(current) > 1:
        before = current[-2]
        if before.text in abbreviations or (len(before.text) == 1 and before.text.isupper()):
            return False
        if ordinal_dot and before.text.isdigit() and len(before.text) <= 2:
            return False
    return True
