"""Event cues: the words that say a contact took place ("Telefonat", "trafen sich", "per Videoverbindung").

A cue is found by lemma, so every inflection counts ("Telefonats",
"telefonierten"); a noun cue also ends a compound ("Staatsbesuch",
"Auslandsreise"); a separable verb is read with its particle ("trafen ... ein"
is "eintreffen", an arrival, not a meeting). The word lists live in
`kg/lang/<lang>/events.py`.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from kg.extract.event_clauses import SentenceView
from kg.model import EventType

NOUN, VERB, PHRASE, TALK, INVITE = "noun", "verb", "phrase", "talk", "invite"
TALK_VERB = "talk verb"  # "sprach mit Selenskyj": a contact only with a partner, of no type of its own


@dataclass(frozen=True)
class Cue:
    """A cue over tokens [start, end); `word` is the list entry that matched, `type` None for talk in general."""

    start: int
    end: int
    type: EventType | None
    word: str
    kind: str
    definite: bool = False


def find_cues(v: SentenceView) -> list[Cue]:
    """The cues of one sentence, left to right, not overlapping; "face-to-face meeting" is one cue."""
    cues: list[Cue] = []
    i = v.start
    while i < v.end:
        cue = _phrase(v, i) or _noun(v, i) or _verb(v, i)
        if cue is None:
            i += 1
            continue
        if cues and cues[-1].end == cue.start and cues[-1].type == cue.type:
            cue = Cue(cues.pop().start, cue.end, cue.type, cue.word, cue.kind, cue.definite)
        cues.append(cue)
        i = cue.end
    return cues


def verb_lemma(v: SentenceView, i: int) -> str:
    """The verb's lemma with its separable particle, if the clause has one ("sagte ... ab" -> "absagen")."""
    lemma = v.lemma(i)
    for j in range(i + 1, v.end):
        if v.span_at(j) is not None:
            continue  # "bin" in "Abdullah bin Sajid" is no verb
        if v.tokens[j].pos in v.words.SEPARABLE_PARTICLE_TAGS or _loose_particle(v, j):
            return v.words.PARTICLE_VERB.format(particle=v.word(j), verb=lemma)
        if v.tokens[j].pos in v.words.FINITE_TAGS or v.tokens[j].pos in v.words.SUBORDINATE_TAGS:
            break
    return lemma


def _loose_particle(v: SentenceView, j: int) -> bool:
    """A particle the tagger read as an adverb, closing its clause ("kam mit ..., Scheich X, zusammen.")."""
    closes = j + 1 >= v.end or not v.tokens[j + 1].text.isalnum()  # punctuation follows
    return v.word(j) in v.words.CLAUSE_FINAL_PARTICLES and closes


def compound_head(word: str, heads: Iterable[str], min_prefix: int) -> str | None:
    """The longest entry of `heads` that `word` is or ends in as a compound ("staatsbesuch" -> "besuch")."""
    fitting = [h for h in heads if word == h or (word.endswith(h) and len(word) - len(h) >= min_prefix)]
    return max(fitting, key=len, default=None)


@cache
def _phrases(words: ModuleType) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """The phrases by their first word, longest first (first words carry no "*")."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase in sorted(words.PHRASES, key=lambda p: -len(p[0])):
        index.setdefault(phrase[0][0], []).append(phrase)
    return {first: tuple(phrases) for first, phrases in index.items()}


@cache
def _noun_heads(words: ModuleType) -> frozenset[str]:
    return frozenset(words.NOUNS) | words.TALK_NOUNS | words.INVITE_NOUNS


@cache
def _verb_heads(words: ModuleType) -> frozenset[str]:
    return frozenset(words.VERBS) | words.INVITE_VERBS


def _phrase(v: SentenceView, i: int) -> Cue | None:
    index = _phrases(v.words)
    candidates = index.get(v.word(i), ()) + (index.get(v.lemma(i), ()) if v.lemma(i) != v.word(i) else ())
    for words, type_name in candidates:
        end = i + len(words)
        if end <= v.end and all(_matches(v, i + k, w) for k, w in enumerate(words)):
            return Cue(i, end, EventType(type_name), " ".join(words), PHRASE)
    return None


def _matches(v: SentenceView, i: int, pattern: str) -> bool:
    if pattern.endswith("*"):
        return v.word(i).startswith(pattern[:-1]) or v.lemma(i).startswith(pattern[:-1])
    return pattern in (v.word(i), v.lemma(i))


def _noun(v: SentenceView, i: int) -> Cue | None:
    words = v.words
    if v.tokens[i].pos not in words.NOUN_TAGS or v.span_at(i) is not None:
        return None
    lemma = v.lemma(i)
    if lemma in words.NOT_NOUNS:
        return None
    head = compound_head(lemma, _noun_heads(words), words.MIN_COMPOUND_PREFIX)
    if head is None:
        return None
    definite = _definite(v, i)
    if head in words.TALK_NOUNS:
        return Cue(i, i + 1, None, head, TALK, definite)
    type_name = words.NOUNS.get(head, "Visit")
    return Cue(i, i + 1, EventType(type_name), head, NOUN, definite)


def _verb(v: SentenceView, i: int) -> Cue | None:
    words = v.words
    pos = v.tokens[i].pos
    if not pos.startswith("V") or pos in words.NOUN_TAGS or v.span_at(i) is not None:
        return None
    lemma = verb_lemma(v, i)
    if lemma in words.NOT_VERBS:
        return None
    if lemma in words.TALK_VERBS:
        return Cue(i, i + 1, None, lemma, TALK_VERB)
    head = compound_head(lemma, _verb_heads(words), words.MIN_VERB_PREFIX)
    if head in words.INVITE_VERBS:
        return Cue(i, i + 1, EventType.VISIT, head, INVITE)
    if head is not None:
        return Cue(i, i + 1, EventType(words.VERBS[head]), head, VERB)
    return None


def _definite(v: SentenceView, i: int) -> bool:
    """A definite article or a word that points back before the noun: "das lange Telefonat",
    "des knapp einstündigen Telefonats", "the hour-long meeting", "ein solches Treffen"."""
    j = i - 1
    while j >= v.start and (_modifier(v, j) or v.word(j) in v.words.ANAPHORIC):
        if v.word(j) in v.words.ANAPHORIC:
            return True
        j -= 1
    return j >= v.start and v.word(j) in v.words.DEFINITE_ARTICLES


def _modifier(v: SentenceView, j: int) -> bool:
    """An adjective, an adverb before it, or a hyphenated part of one ("hour-long", "knapp einstündig")."""
    pos = v.tokens[j].pos
    return (pos.startswith(v.words.ADJECTIVE_TAG_PREFIX) or pos in v.words.ADVERB_TAGS
            or v.tokens[j].text == "-" or (j + 1 < v.end and v.tokens[j + 1].text == "-"))
