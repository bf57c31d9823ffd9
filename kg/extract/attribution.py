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
marks reported speech by mood, is in that mood. A source with the indicative
("Laut Uschakow hat Putin ... angenommen") is the writer's report, unless the
verb is the reportative "soll" or, in English, the source trails the clause as
a tag would (", according to Downing Street."). A verb that announces, offers,
urges or accuses reports an infinitive clause too ("kündigte an, nach Kiew zu
reisen", "urged both sides to accept ..."); a demand or reaffirmation reports
its object ("forderte eine stärkere Rolle der Türkei").
"""
from __future__ import annotations

from kg.extract.passage import Passage
from kg.extract.phrases import Phrase, noun_phrase, skip_prepositional
from kg.extract.speech import HEARSAY, NAMING, SO, SOURCE, VERB, Cue

_FORWARD = (VERB, NAMING, HEARSAY)
_DASHES = frozenset({"-", "–", "—"})
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
    if cue.speakers is None or cue.kind == NAMING:
        return None
    found = None
    if cue.kind in (VERB, HEARSAY):
        found = _forward_clause(p, cue, cues)  # also after a quotation: "„…“, sagte X, Y werde ..."
    if cue.at in spoken:
        return found if found is not None and _reports(p, cue, *found) else None
    if found is None and cue.tag and not cue.final:
        found = _backward_clause(p, cue, cues)
    if found is None and cue.kind in (SO, SOURCE) and not _has_verb_cue(p, cue, cues):
        found = _sentence_of(p, cue)
    if found is None or not _reports(p, cue, *found):
        return _demand(p, cue)
    return found


def _demand(p: Passage, cue: Cue) -> tuple[int, int] | None:
    """"Ankara forderte zudem eine stärkere Rolle der Türkei", "reaffirmed their commitment to ...":
    the object of a demand or a reaffirmation is the paraphrase of what was said."""
    if cue.kind != VERB or cue.final or cue.lemma not in p.speech.OBJECT_REPORT_VERBS:
        return None
    spoken_by = [k for k in range(cue.at + 1, cue.end) if p.mention_at[k] is not None
                 and p.mention_at[k].key in cue.speakers]  # "bekräftigte Xi sein Bekenntnis"
    j = _past_adjuncts(p, p.next_word(spoken_by[-1] + 1 if spoken_by else cue.end, cue.clause_end))
    if j is None or j >= cue.clause_end or p.lower(j) in p.speech.ANAPHORIC_OBJECTS \
            or noun_phrase(p, j, cue.clause_end) is None:
        return None
    end = cue.clause_end
    while end > j and (p.tag(end - 1) in p.speech.PARTICLE_TAGS or p.junk(end - 1)):
        end -= 1
    return None if any(p.quoted(k) for k in range(j, end)) else (j, end)


def _forward_clause(p: Passage, cue: Cue, cues: list[Cue]) -> tuple[int, int] | None:
    j = _after_comma(p, cue) if p.speech.REPORT_NEEDS_COMMA else _after_verb(p, cue)
    if j is None or p.boundary(j) or p.quoted(j) or any(c.at == j for c in cues):
        return None  # ", adding that ...": the next cue reports for itself
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
        told = noun_phrase(p, j, len(p))
        after = _past_adjuncts(p, p.next_word(told.end))
        j = _subject_inside(p, told) if after is not None and p.tag(after) in p.speech.FINITE_TAGS else after
    if j is not None and p.tokens[j].text == ",":
        j = p.next_word(j + 1)
    return j


def _subject_inside(p: Passage, told: Phrase) -> int:
    """"told reporters Germany would ...": the chunker ran the addressee into the clause's subject;
    the subject starts at the phrase's last name."""
    names = [j for j in range(told.start + 1, told.end) if p.mention_at[j] is not None
             and p.mention_at[j] is not p.mention_at[j - 1]]
    return names[-1] if names else told.end - 1


def _past_adjuncts(p: Passage, j: int | None) -> int | None:
    """Skips adverbs, particles and prepositional phrases ("sagte am Mittwoch in Moskau, ...")."""
    s = p.speech
    while j is not None and (p.tag(j) in s.ADVERB_TAGS or p.tag(j) in s.PREPOSITION_TAGS):
        j = p.next_word(skip_prepositional(p, j, len(p)) if p.tag(j) in s.PREPOSITION_TAGS else j + 1)
    return j


def _addressee(p: Passage, cue: Cue, j: int) -> bool:
    """The one spoken to ("told reporters that ...", "told Putin the world ..."); "said Putin and Xi had
    ..." has none: the name begins the reported clause."""
    return p.lemma(cue.at) in p.speech.ADDRESSEE_VERBS and noun_phrase(p, j, len(p)) is not None


def _clause_stop(p: Passage, start: int, cues: list[Cue]) -> int:
    later = [c.start for c in cues if c.start > start]
    limit = min(later) if later else len(p)
    for j in range(start, limit):
        if p.sentence_end(j) or (not p.quoted(j) and p.tokens[j].text in (";", ":")):
            return j
        if p.tokens[j].text == "," and not p.quoted(j) and _breaks(p, j):
            return j
    return _trim_comma(p, start, limit)


def _breaks(p: Passage, comma: int) -> bool:
    """What follows the comma is no longer reported: ", während ..." (the writer's contrast), or a new
    predicate of the sentence's subject that is not in the reporting mood (", weigert sich jedoch ...")."""
    nxt = p.next_word(comma + 1)
    if nxt is None:
        return False
    if p.lower(nxt) in p.speech.CLAUSE_BREAKS:
        return True
    if p.lower(nxt) in p.speech.COORDINATORS:
        nxt = p.next_word(nxt + 1)
    return nxt is not None and p.tag(nxt) in p.speech.FINITE_TAGS and not subjunctive(p, nxt)


def _backward_clause(p: Passage, cue: Cue, cues: list[Cue]) -> tuple[int, int] | None:
    sentence = p.tokens[cue.at].sent
    sentence_start = next(i for i, t in enumerate(p.tokens) if t.sent == sentence)
    earlier = [c.end for c in cues if sentence_start <= c.end <= cue.start and c is not cue]
    start = p.next_word(max([sentence_start, *earlier]), cue.start)
    if start is None:
        return None
    start = _after_dateline(p, start, cue.start)
    return start, _trim_comma(p, start, cue.start)


def _after_dateline(p: Passage, start: int, end: int) -> int:
    """"BEIJING (Reuters) - Blinken met Wang ..., the State Department said": the report starts after
    the dateline, a verbless opening cut off by a dash."""
    for j in range(start, end):
        if p.tag(j).startswith(p.speech.VERB_TAG_PREFIX) or p.quoted(j):
            return start
        if p.boundary(j) and p.tokens[j].text in _DASHES:
            return p.next_word(j + 1, end) or start
    return start


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
    """Finite (or an infinitive a reporting verb governs), unquoted, and in the reporting mood where
    the language needs one."""
    tokens = range(start, end)
    if any(p.quoted(j) for j in tokens):
        return False
    if _infinitive_report(p, cue, start, end):
        return True
    finite = [j for j in tokens if _finite(p, j) and not (cue.start <= j < cue.end)]
    if not finite:
        return False
    if cue.kind not in p.speech.PARAPHRASE_NEEDS_MOOD or any(subjunctive(p, j) for j in finite):
        return True
    return cue.kind == SOURCE and (any(p.lower(j) in p.speech.REPORTATIVE_FORMS for j in finite)
                                   or _trailing_source(p, cue))


def _finite(p: Passage, j: int) -> bool:
    """A finite verb; in English also a past form the tagger read as a participle ("gaps concerned tariffs")."""
    if p.tag(j) in p.speech.FINITE_TAGS:
        return True
    if p.tag(j) not in p.speech.BARE_PARTICIPLE_TAGS:
        return False
    before = p.previous_word(j)
    return before is not None and p.tag(before) in p.speech.NOUN_TAGS | p.speech.PRONOUN_TAGS


def _infinitive_report(p: Passage, cue: Cue, start: int, end: int) -> bool:
    """"kündigte an, im Januar nach Kiew zu reisen": an infinitive before any finite verb."""
    if cue.kind != VERB or cue.lemma not in p.speech.INFINITIVE_REPORT_VERBS:
        return False
    for j in p.words(start, end):
        if p.tag(j) in p.speech.INFINITIVE_TAGS:
            return True
        if _finite(p, j):
            return False
    return False


def _trailing_source(p: Passage, cue: Cue) -> bool:
    """", according to Downing Street.": a source after its clause that ends the sentence."""
    if not p.speech.TRAILING_SOURCE_REPORTS:
        return False
    before = p.previous_word(cue.start)
    after = p.next_word(cue.end)
    return (before is not None and p.tokens[before].text == ","
            and (after is None or p.sentence_end(after) or p.tokens[after].sent != p.tokens[cue.at].sent))


def reporting_mood(p: Passage, j: int) -> bool:
    """Konjunktiv I ("sei", "solle", "befinde"): the mood that reports speech even in a sentence of its
    own ("Xi sagte, ... . Die EU solle ..."). Konjunktiv II ("wäre") is as often the writer's conditional."""
    return p.lower(j) in p.speech.REPORTING_MOOD_FORMS or _stem_subjunctive(p, j)


def subjunctive(p: Passage, j: int) -> bool:
    """Konjunktiv: a listed form ("sei", "hätten") or stem + -e where the lemma has stem + -en ("befinde")."""
    return p.lower(j) in p.speech.SUBJUNCTIVE_FORMS or _stem_subjunctive(p, j)


def _stem_subjunctive(p: Passage, j: int) -> bool:
    """Konjunktiv I of any verb: stem + -e where the infinitive is stem + -en ("befinde", "befinden"),
    or stem + -n for stems in -er/-el ("liefere", "liefern")."""
    s = p.speech
    word, lemma, ending = p.lower(j), p.lemma(j), s.SUBJUNCTIVE_ENDING
    if not ending or not word.endswith(ending):
        return False
    stem = word[:-len(ending)]
    return lemma.endswith(word + s.INFINITIVE_ENDING) or (
        stem.endswith(s.SHORT_INFINITIVE_STEMS) and lemma.endswith(stem + s.INFINITIVE_ENDING))
