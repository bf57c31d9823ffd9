"""The segmenter: offsets, compounds, sentence ends in German and English."""
from __future__ import annotations

import pytest

from kg.model import Article
from kg.nlp.doc import Doc
from kg.nlp.segment import segment


def _sentences(text: str, lang: str = "de") -> list[str]:
    doc = Doc(Article("t", text, lang, "test"))
    segment(doc)
    for token in doc.tokens:
        assert text[token.start:token.end] == token.text
    return [text[s.start:s.end] for s in doc.sentences]


@pytest.mark.parametrize("text, expected", [
    ("Putin reiste nach Peking. Dort traf er Xi.", ["Putin reiste nach Peking.", "Dort traf er Xi."]),
    ("Der Vertrag läuft am 5. Februar aus. Danach gilt nichts mehr.",
     ["Der Vertrag läuft am 5. Februar aus.", "Danach gilt nichts mehr."]),
    ("Das sagte Dr. Müller am Montag. Er blieb.", ["Das sagte Dr. Müller am Montag.", "Er blieb."]),
    ('"Wir sind bereit." Das sagte Xi.', ['"Wir sind bereit."', "Das sagte Xi."]),
    ("Überschrift ohne Punkt\nDer Text beginnt hier.", ["Überschrift ohne Punkt", "Der Text beginnt hier."]),
    ("Es gibt keinen Vertrag mehr, der die Waffen einschränkt.Sie sollten reden.",
     ["Es gibt keinen Vertrag mehr, der die Waffen einschränkt.", "Sie sollten reden."]),
])
def test_german_sentences(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_english_abbreviations() -> None:
    assert _sentences("Mr. Blinken met Gen. Smith in the U.S. capital. They talked.", "en") == [
        "Mr. Blinken met Gen. Smith in the U.S. capital.", "They talked."]


def test_hyphen_compounds_are_split_into_parts() -> None:
    doc = Doc(Article("t", "Der US-Präsident und der Kreml-Sprecher", "de", "test"))
    segment(doc)
    assert [t.text for t in doc.tokens] == ["Der", "US", "-", "Präsident", "und", "der", "Kreml", "-", "Sprecher"]
    assert [t.space_before for t in doc.tokens][1:4] == [True, False, False]
