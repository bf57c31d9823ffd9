"""Which cue speaks which quotation, and which clauses are reported speech.

A quotation inside a passage is spoken by, in this order: the verb that ends
the subordinate clause around it ("der Xi als "lieben Freund" bezeichnete");
the nearest speech verb before it in its sentence ("Xi betonte, dass ...
"..."", "nannte ... "beispielhaft"", "sagte: "...""); the attribution tag
after it (""...", sagte er", ""...", heißt es in der Kreml-Erklärung"); a
source for the whole sentence ("laut Uschakow", "so Putin"). Quotations with
no cue at all are left to the cross-sentence rules of `kg.extract.quotes`.

A reported clause is the clause a speech verb introduces (", dass ...", ",
die Welt befinde sich ..."), the clause before an attribution tag ("Er könne
nicht kommen, erklärte Scholz"), or the sentence a source governs ("Laut X sei
..."). It counts only when it holds a finite verb, holds no quotation (the
quotation is the better record of the same words), and, where the language
marks reported speech by mood, is in that mood.
"""
from __future__ import annotations

from kg.extract.passage import Passage
from kg.extract.phrases import noun_phrase, skip_prepositional
from kg.extract.speech import HEARSAY, NAMING, SO, SOURCE, VERB, Cue
from kg.model import ActorType

_FORWARD = (VERB, NAMING, HEARSAY)
_SENTENCE_WIDE = (SO, SOURCE, HEARSAY)


def cue_for(p: Passage, cues: list[Cue], q: int) -> Cue | None:
    first, last = p.quotation_tokens(q)
    return (_enclosing(cues, first, last) or _preceding(p, cues, first) or _following(p, cues, last)
            or _sentence_wide(p, cues, first))


def _enclosing(cues: list[Cue], first: int, last: int) -> Cue | None:
    return next((c for c in cues if c.final and c.start <= first and last < c.at), None)


def _preceding(p: Passage, cues: list[Cue], first: int) -> Cue | None:
    before = [c for c in cues if c.at < first and c.kind in _FORWARD]
    if not before:
        return None
    cue = before[-1]
    if cue.end > first or _sentence_ends_between(p, cue.end, first):
        return None
    return cue


def _following(p: Passage, cues: list[Cue], last: int) -> Cue | None:
    after = [c for c in cues if c.at > last and not c.final]
    if not after:
        return None
    cue = after[0]
    if not cue.tag or _sentence_ends_between(p, last, cue.start):
        return None
    return cue


def _sentence_wide(p: Passage, cues: list[Cue], first: int) -> Cue | None:
    sentence = p.tokens[first].sent
    return next((c for c in cues if c.kind in _SENTENCE_WIDE and p.tokens[c.at].sent == sentence), None)


def _sentence_ends_between(p: Passage, start: int, end: int) -> bool:
    return any(p.sentence_end(j) for j in range(start, end))


# -- reported clauses ----------------------------------------------------------------------

def reported_clause(p: Passage, cue: Cue, cues: list[Cue], spoken: set[int]) -> tuple[int, int] | None:
    """Tokens [start, end) of the clause `cue` reports without quoting, or None."""
    if cue.speakers is None or cue.kind == NAMING or cue.at in spoken:
        return None
    found = None
    if cue.kind in (VERB, HEARSAY):
        found = _forward_clause(p, cue, cues)
    if found is None and cue.tag and not cue.final:
        found = _backward_clause(p, cue, cues)
    if found is None and cue.kind in (SO, SOURCE) and not _has_verb_cue(p, cue, cues):
        found = _sentence_of(p, cue)
    if found is None or not _reports(p, cue, *found):
        return None
    return found


def _forward_clause(p: Passage, cue: Cue, cues: list[Cue]) -> tuple[int, int] | None:
    j = _after_comma(p, cue) if p.speech.REPORT_NEEDS_COMMA else _after_verb(p, cue)
    if j is None or p.boundary(j) or p.quoted(j):
        return None
    return j, _clause_stop(p, j, cues)


def _after_comma(p: Passage, cue: Cue) -> int | None:
    """German: the reported clause follows the comma that ends the cue's clause ("sagte der Zeitung X, ...")."""
    end = cue.clause_end
    if end >= len(p) or p.tokens[end].text != ",":
        return None
    return p.next_word(end + 1)


def _after_verb(p: Passage, cue: Cue) -> int | None:
    """English: past the addressee and adjuncts, an optional comma ("told reporters on Tuesday that ...")."""
    j = _past_adjuncts(p, p.next_word(cue.end))
    if j is not None and _addressee(p, cue, j):
        j = _past_adjuncts(p, p.next_word(noun_phrase(p, j, len(p)).end))
    if j is not None and p.tokens[j].text == ",":
        j = p.next_word(j + 1)
    return j


def _past_adjuncts(p: Passage, j: int | None) -> int | None:
    """Skips adverbs, particles and prepositional phrases ("sagte am Mittwoch in Moskau, ...")."""
    s = p.speech
    while j is not None and (p.tag(j) in s.ADVERB_TAGS or p.tag(j) in s.PREPOSITION_TAGS):
        j = p.next_word(skip_prepositional(p, j, len(p)) if p.tag(j) in s.PREPOSITION_TAGS else j + 1)
    return j


def _addressee(p: Passage, cue: Cue, j: int) -> bool:
    """The person spoken to ("sagte Xi Putin, ...", "told reporters that ...")."""
    phrase = noun_phrase(p, j, len(p))
    if phrase is None:
        return False
    person = any(m is not None and m.type is ActorType.PERSON for m in p.mention_at[phrase.start:phrase.end])
    return person or p.lemma(cue.at) in p.speech.ADDRESSEE_VERBS


def _clause_stop(p: Passage, start: int, cues: list[Cue]) -> int:
    later = [c.start for c in cues if c.start > start]
    limit = min(later) if later else len(p)
    for j in range(start, limit):
        if p.sentence_end(j) or (not p.quoted(j) and p.tokens[j].text in (";", ":")):
            return j
        if p.tokens[j].text == "," and not p.quoted(j):
            nxt = p.next_word(j + 1)
            if nxt is not None and p.lower(nxt) in p.speech.CLAUSE_BREAKS:
                return j
    return _trim_comma(p, start, limit)


def _backward_clause(p: Passage, cue: Cue, cues: list[Cue]) -> tuple[int, int] | None:
    sentence = p.tokens[cue.at].sent
    sentence_start = next(i for i, t in enumerate(p.tokens) if t.sent == sentence)
    earlier = [c.end for c in cues if sentence_start <= c.end <= cue.start and c is not cue]
    start = p.next_word(max([sentence_start, *earlier]), cue.start)
    if start is None:
        return None
    return start, _trim_comma(p, start, cue.start)


def _sentence_of(p: Passage, cue: Cue) -> tuple[int, int] | None:
    """The sentence a source governs, from its start to its end (the source phrase is cut out later)."""
    sentence = p.tokens[cue.at].sent
    indices = [i for i, t in enumerate(p.tokens) if t.sent == sentence]
    end = indices[-1] if p.sentence_end(indices[-1]) else indices[-1] + 1
    return indices[0], end


def _has_verb_cue(p: Passage, cue: Cue, cues: list[Cue]) -> bool:
    sentence = p.tokens[cue.at].sent
    return any(c.kind == VERB and c.speakers and p.tokens[c.at].sent == sentence for c in cues)


def _trim_comma(p: Passage, start: int, end: int) -> int:
    while end > start and (p.junk(end - 1) or p.tokens[end - 1].text in {",", "-", "–"}):
        end -= 1
    return end


def _reports(p: Passage, cue: Cue, start: int, end: int) -> bool:
    """Finite, unquoted, and in the reporting mood where the language needs one."""
    tokens = range(start, end)
    if any(p.quoted(j) for j in tokens):
        return False
    finite = [j for j in tokens if p.tag(j) in p.speech.FINITE_TAGS and not (cue.start <= j < cue.end)]
    if not finite:
        return False
    if cue.kind not in p.speech.PARAPHRASE_NEEDS_MOOD:
        return True
    return any(subjunctive(p, j) for j in finite)


def subjunctive(p: Passage, j: int) -> bool:
    """Konjunktiv: a listed form ("sei", "hätten") or stem + -e where the lemma has stem + -en ("befinde")."""
    s = p.speech
    word = p.lower(j)
    if word in s.SUBJUNCTIVE_FORMS:
        return True
    ending = s.SUBJUNCTIVE_ENDING
    return bool(ending) and word.endswith(ending) and p.lemma(j).endswith(word + s.INFINITIVE_ENDING)
