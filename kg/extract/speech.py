"""Speech cues in a passage: who says, where the saying is reported, and what it covers.

Five kinds of cue, all from language data:
- `verb`: a speech verb with its subject ("Xi sagte", ", sagte der russische
  Präsident", "stellte ... fest" through its particle);
- `naming`: a verb whose quotation is a label ("nannte ... "beispielhaft"");
- `so`: "..., so der Kreml-Sprecher";
- `source`: "laut Uschakow", "nach Angaben der chinesischen Seite", "dem Kreml
  zufolge", "according to the Kremlin";
- `hearsay`: "heißt es in einer Mitteilung des Kremls" (no source: "hieß es"
  alone, whose words are skipped).
A cue records where its clause lies and whether it is an attribution tag after
what it reports (", sagte X") or a verb at the end of a subordinate clause
("Putin, der Xi als "lieben Freund" bezeichnete"): the attribution step reads
these shapes to decide which quotation each cue speaks.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.extract.passage import Passage
from kg.extract.phrases import noun_phrase, phrase_ending_at
from kg.extract.speakers import SpeakerResolver, Speakers
from kg.extract.subjects import (
    only_adjuncts,
    person_after,
    subject_after,
    subject_before,
    subject_before_insertion,
    with_apposition,
)

VERB, NAMING, SO, SOURCE, HEARSAY = "verb", "naming", "so", "source", "hearsay"


@dataclass(frozen=True)
class Cue:
    kind: str
    at: int                    # token of the cue word (the verb, "so", "laut", the source before "zufolge")
    start: int                 # first token of the cue's clause
    end: int                   # token after the cue phrase (verb and speaker, or source phrase)
    clause_end: int            # the boundary token that ends the cue's clause
    speakers: Speakers | None  # None: the source is not named, its words are nobody's
    tag: bool = False          # attribution tag after what it reports
    final: bool = False        # verb ending a subordinate clause that holds what it reports
    lemma: str = ""            # the speech verb's lemma, particle included ("ankündigen")


def find_cues(p: Passage, resolver: SpeakerResolver) -> list[Cue]:
    cues: list[Cue] = []
    i = 0
    while i < len(p):
        cue = None if p.quoted(i) or p.junk(i) else _cue_at(p, i, resolver, cues)
        if cue is not None:
            cues.append(cue)
        i = cue.end if cue is not None and cue.kind in (SO, SOURCE) and cue.end > i else i + 1
    return sorted(cues, key=lambda c: c.at)


def _cue_at(p: Passage, i: int, resolver: SpeakerResolver, cues: list[Cue]) -> Cue | None:
    return (_source_before(p, i, resolver) or _source_after(p, i, resolver) or _so(p, i, resolver)
            or _hearsay(p, i, resolver) or _verb(p, i, resolver, cues))


# -- verbs ---------------------------------------------------------------------------------

def _verb(p: Passage, i: int, resolver: SpeakerResolver, cues: list[Cue]) -> Cue | None:
    lemma = _speech_lemma(p, i)
    if lemma is not None and lemma in p.speech.QUOTING_VERBS:
        return _quoting(p, i, resolver)
    if lemma is None or _passive(p, i):
        return None
    start, clause_end = p.clause_start(i), p.clause_end(i)
    kind = NAMING if lemma in p.speech.NAMING_VERBS else VERB
    coordinated = _shares_subject(p, i, start, cues)
    if coordinated is not None:
        return Cue(kind, i, start, i + 1, clause_end, coordinated.speakers, final=_final(p, i, start, clause_end),
                   lemma=lemma)
    status, speakers = subject_before(p, i, start, resolver, tag=_pronoun_tag(p, i, start))
    end = i + 1
    if status == "none":
        speakers, end = subject_after(p, i, clause_end, resolver, tag=_tag(p, i, start, status))
    if status == "none" and speakers is None:
        speakers = subject_before_insertion(p, start, resolver)
    return Cue(kind, i, start, end, clause_end, speakers, tag=_tag(p, i, start, status),
               final=_final(p, i, start, clause_end), lemma=lemma)


def _quoting(p: Passage, i: int, resolver: SpeakerResolver) -> Cue:
    """"Tass zitierte Lawrow mit den Worten: ..." / "Lawrow wurde mit den Worten zitiert": the one quoted speaks."""
    start, clause_end = p.clause_start(i), p.clause_end(i)
    if _passive(p, i):
        status, speakers = subject_before(p, i, start, resolver)
        return Cue(VERB, i, start, i + 1, clause_end, speakers if status == "found" else None,
                   tag=_tag(p, i, start, status))
    speakers, end = person_after(p, i, clause_end, resolver)
    return Cue(VERB, i, start, end, clause_end, speakers, tag=_tag(p, i, start, "none"))


def _speech_lemma(p: Passage, i: int) -> str | None:
    """The speech verb lemma at `i`; a separable verb counts through its particle ("fügte ... hinzu").

    A particle that makes another verb ("sagte ... ab") means the verb is not a speech verb.
    """
    if not p.tag(i).startswith(p.speech.VERB_TAG_PREFIX):
        return None
    verbs = p.speech.SPEECH_VERBS | p.speech.NAMING_VERBS
    lemma = p.lemma(i)
    particle = _particle(p, i)
    if particle is None:
        return lemma if lemma in verbs else None
    combined = p.lower(particle) + lemma if p.speech.PARTICLE_BEFORE_STEM else f"{lemma} {p.lower(particle)}"
    return combined if combined in verbs else None


def _particle(p: Passage, i: int) -> int | None:
    """The separated particle of the verb at `i`: at the clause end in German, right after it in English."""
    stem_last = p.speech.PARTICLE_BEFORE_STEM
    j = p.previous_word(p.clause_end(i)) if stem_last else p.next_word(i + 1)
    if j is None or j <= i or p.quoted(j):
        return None
    # a preposition never ends a German clause: "rief ... auf," is the particle the tagger missed
    return j if p.tag(j) in p.speech.PARTICLE_TAGS or (stem_last and p.tag(j) in p.speech.PREPOSITION_TAGS) else None


def _passive(p: Passage, i: int) -> bool:
    """"wurden ... genannt": a participle with a passive auxiliary names no speaker."""
    if p.tag(i) not in p.speech.PARTICIPLE_TAGS:
        return False
    clause = p.words(p.clause_start(i), p.clause_end(i))
    return any(p.lemma(j) in p.speech.PASSIVE_AUXILIARIES and p.tag(j) in p.speech.FINITE_TAGS for j in clause)


def _shares_subject(p: Passage, i: int, start: int, cues: list[Cue]) -> Cue | None:
    """"sagte ... und nannte ...", "said, adding that ...": the second verb has the first one's subject."""
    before = p.previous_word(i)
    if before is None or before < start - 1:
        return None
    joined = before >= start and p.lower(before) in p.speech.COORDINATORS - {","}
    participle = p.tag(i) in p.speech.PARTICIPLE_CLAUSE_TAGS  # ", adding that", "quoted X as saying"
    if not (joined or participle):
        return None
    earlier = [c for c in cues if c.kind in (VERB, NAMING) and c.end <= before]
    return earlier[-1] if earlier and p.tokens[earlier[-1].at].sent == p.tokens[i].sent else None


def _tag(p: Passage, i: int, start: int, status: str) -> bool:
    """An attribution tag (", sagte X", "… ," Putin said"): the cue follows the clause or quotation it reports."""
    before = p.previous_word(start)
    if before is None or not (p.tokens[before].text == "," or before in p.closing_ends or p.quoted(before)):
        return False
    first = p.next_word(start, i + 1)
    if first is not None and p.tag(first) in p.speech.OPENER_TAGS:
        return False
    return first == i or status == "found"


def _pronoun_tag(p: Passage, i: int, start: int) -> bool:
    """"…, he said": a tag whose subject is the pronoun right before the verb."""
    first = p.next_word(start, i)
    return first is not None and p.next_word(first + 1, i + 1) == i and _tag(p, i, start, "found")


def _final(p: Passage, i: int, start: int, clause_end: int) -> bool:
    """The verb ends a subordinate clause ("..., der Xi als "lieben Freund" bezeichnete,")."""
    after = p.words(i + 1, clause_end)
    if any(not p.tag(j).startswith(p.speech.VERB_TAG_PREFIX) and p.tag(j) not in p.speech.ADVERB_TAGS for j in after):
        return False
    first = p.next_word(start, i)
    if first is None:
        return False
    if p.tag(first) in p.speech.PREPOSITION_TAGS:
        first = p.next_word(first + 1, i)
    return first is not None and p.tag(first) in p.speech.OPENER_TAGS


# -- so, sources, hearsay ------------------------------------------------------------------

def _so(p: Passage, i: int, resolver: SpeakerResolver) -> Cue | None:
    """The "so" attribution: „…“, so der Kreml-Sprecher. / Heute, so Putin, sei …"""
    if p.lower(i) not in p.speech.SO_MARKERS:
        return None
    before = p.previous_word(i)
    after_boundary = before is None or p.boundary(before) or p.quoted(before)
    j = p.next_word(i + 1)
    if not after_boundary or j is None:
        return None
    clause_end = p.clause_end(i)
    if p.lower(j) in p.speech.PRONOUNS or p.lower(j) in p.speech.PLURAL_PRONOUNS:
        speakers, end = resolver.pronoun(p, j, None), j + 1
    else:
        phrase = noun_phrase(p, j, clause_end)
        if phrase is None:
            return None
        speakers, end = with_apposition(p, phrase, resolver), phrase.end
    if not speakers or not only_adjuncts(p, end, clause_end):
        return None
    tag = before is not None and not p.sentence_end(before)
    return Cue(SO, i, i, end, clause_end, speakers, tag=tag)


def _matches(p: Passage, i: int, words: tuple[str, ...]) -> int | None:
    """The token after `words` when they start at `i`."""
    j = i
    for word in words:
        if j is None or j >= len(p) or p.quoted(j) or p.lower(j) != word:
            return None
        j = p.next_word(j + 1)
    return j if j is not None else len(p)


def _source_before(p: Passage, i: int, resolver: SpeakerResolver) -> Cue | None:
    """"laut Uschakow", "nach Angaben der chinesischen Seite", "according to the Kremlin"."""
    low = p.lower(i)
    for words in p.speech.SOURCE_BEFORE:
        j = _matches(p, i, words) if words[0] == low else None
        if j is None or j >= len(p):
            continue
        if p.tag(j) in p.speech.PREPOSITION_TAGS:
            j += 1  # "nach Angaben von X"
        phrase = noun_phrase(p, j, len(p))
        speakers = resolver.phrase(p, phrase, documents=True) if phrase is not None else None
        if speakers:
            return Cue(SOURCE, i, i, phrase.end, p.clause_end(phrase.end - 1), speakers)
    return None


def _source_after(p: Passage, i: int, resolver: SpeakerResolver) -> Cue | None:
    """"dem Kreml zufolge": the source before its postposition."""
    low = p.lower(i)
    for words in p.speech.SOURCE_AFTER:
        j = _matches(p, i, words) if words[0] == low else None
        if j is None:
            continue
        phrase = phrase_ending_at(p, i)
        speakers = resolver.phrase(p, phrase, documents=True) if phrase is not None else None
        if speakers:
            return Cue(SOURCE, phrase.start, phrase.start, j, p.clause_end(i), speakers)
    return None


def _hearsay(p: Passage, i: int, resolver: SpeakerResolver) -> Cue | None:
    """"heißt es in einer Mitteilung des Kremls"; "Es hieß, ..." has no source."""
    s = p.speech
    if p.lemma(i) not in s.HEARSAY_VERBS or not p.tag(i).startswith(s.VERB_TAG_PREFIX):
        return None
    before, after = p.previous_word(i), p.next_word(i + 1)
    if not any(j is not None and p.lower(j) in s.HEARSAY_SUBJECTS for j in (before, after)):
        return None
    start, clause_end = p.clause_start(i), p.clause_end(i)
    speakers, end = _hearsay_source(p, i + 1, clause_end, resolver)
    if speakers is None:
        speakers, _ = _hearsay_source(p, start, i, resolver)  # "Aus dem Weißen Haus hieß es, ..."
    first = p.next_word(start, i + 1)
    tag = first == i and start > 0
    return Cue(HEARSAY, i, start, end, clause_end, speakers, tag=tag)


def _hearsay_source(p: Passage, j: int, clause_end: int, resolver: SpeakerResolver) -> tuple[Speakers | None, int]:
    """The document or place the words come from: "in der Kreml-Erklärung", "in einer Meldung aus dem Kreml"."""
    k = p.next_word(j, clause_end)
    while k is not None and k < clause_end:
        if p.tag(k) not in p.speech.PREPOSITION_TAGS:
            k = p.next_word(k + 1, clause_end)
            continue
        phrase = noun_phrase(p, k + 1, clause_end)
        if phrase is None:
            break
        speakers = resolver.phrase(p, phrase, documents=True)
        if speakers:
            return speakers, phrase.end
        k = p.next_word(phrase.end, clause_end)
    return None, j
