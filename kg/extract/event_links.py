"""How one contact hangs on another: on the sidelines of a summit, during a visit, continuing talks.

A meeting "am Rande des Gipfels" / "on the sidelines" is a meeting of its own
whose persons attend the summit; "während des Besuchs" / "there" dates a
contact by the visit it belongs to; talks to be "fortgesetzt" / "continued"
are a new round with the sides of the last one; "eröffnete das Treffen" /
"attended the summit" says the subject took part in the contact referred to.
"""
from __future__ import annotations

import re
from functools import cache

from kg.extract.event_cues import verb_lemma
from kg.extract.event_frame import Frame, governing
from kg.extract.event_merge import ANY
from kg.lang import data


def sidelines(f: Frame) -> bool:
    """The sentence says the contact was on the sidelines of another ("am Rande des Gipfels")."""
    return any(_sequence_at(f, j, phrase) for phrase in f.words.SIDELINES for j in range(f.v.start, f.v.end))


def _sequence_at(f: Frame, j: int, phrase: tuple[str, ...]) -> bool:
    return j + len(phrase) <= f.v.end and all(f.v.word(j + k) == w for k, w in enumerate(phrase))


def occasion(f: Frame) -> str | None:
    """The type of the contact this one happened during ("während des Besuchs": Visit), `ANY`, or None.

    Read in the sentence up to the end of the cue's window, so "During the visit,
    Healey and Shmyhal signed ..." links the signing to the visit.
    """
    start = f.v.tokens[f.v.start].start
    end = f.v.tokens[f.end - 1].end
    text = f.v.doc.text[start:end]
    for pattern, type_name in _occasions(f.v.doc.article.lang):
        if pattern.search(text):
            return type_name
    return None


@cache
def _occasions(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(p.replace(" ", r"\s+"), re.IGNORECASE), t or ANY)
                 for p, t in data(lang, "dates").SAME_OCCASION)


def continues(f: Frame) -> bool:
    """"die Verhandlungen fortsetzen", "continue the talks": a further round of a contact already reported."""
    return _verb_in(f, f.words.CONTINUED)


def partakes(f: Frame) -> bool:
    """The clause's verb says its subject took part ("eröffnete das Treffen", "attended the summit")."""
    return _verb_in(f, f.words.PARTAKE)


def _verb_in(f: Frame, lemmas: frozenset[str]) -> bool:
    segments = [f.segment, *governing(f)]
    return any(f.v.tokens[j].pos.startswith("V") and verb_lemma(f.v, j) in lemmas
               for seg in segments for j in range(seg.start, seg.end))
