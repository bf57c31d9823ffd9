"""The `quotes` pipeline component: statements, quoted (direct) and reported (indirect).

Every quotation in the article is a candidate. Titles ("die Sendung "Hart aber
fair""), scare quotes ("die sogenannte "Spezialoperation"", an adjective in
marks before its noun) and quotations no speech cue reaches ("angesichts der
"Unberechenbarkeit" der USA") are not statements: an analyst would not record
them, and precision counts as much as recall. A document quoted with "heißt es"
gives statements only of whole clauses. The speaker comes from the cue
in the same passage (see `kg.extract.attribution`) or, for a quotation that
stands alone, from the sentence before it when that ends with a colon
("sagte der chinesische Staatschef:"), from the next sentence ("Das sagte
Putin."), or from the previous quotation of the same paragraph (a quotation
continued). A joint statement ("Merz und Selenskyj sagten") becomes one
statement per speaker.
"""
from __future__ import annotations

from types import ModuleType
from typing import Any

from kg.extract.attribution import cue_for, reported_clause
from kg.extract.passage import Passage, passages
from kg.extract.quotemarks import Quotation, find_quotations
from kg.extract.speakers import SpeakerResolver, Speakers
from kg.extract.speech import HEARSAY, Cue, find_cues
from kg.lang import data
from kg.model import Evidence, Statement
from kg.nlp.doc import Doc

COMPONENT = "quotes"

_PUNCTUATION = frozenset(",;:.!?…()–—-")


def extract(doc: Doc, ctx: Any) -> None:
    lang = doc.article.lang
    marks, speech = data(lang, "quotes"), data(lang, "speech")
    quotations = find_quotations(doc.text, marks)
    resolver = SpeakerResolver(doc, ctx.registry, speech, [(q.start, q.end) for q in quotations])
    reader = _Reader(doc, passages(doc, quotations, speech, marks.FORMATTING), resolver, marks)
    for n in range(len(reader.passages)):
        reader.read(n)


class _Reader:
    """Reads passages in order, so pronouns and continued quotations see the speakers before them."""

    def __init__(self, doc: Doc, passages_: list[Passage], resolver: SpeakerResolver, marks: ModuleType) -> None:
        self.doc = doc
        self.passages = passages_
        self.resolver = resolver
        self.marks = marks
        self.last_direct: dict[int, Speakers] = {}
        self.seen: set[tuple[str, str, bool]] = set()

    def read(self, n: int) -> None:
        p = self.passages[n]
        cues = find_cues(p, self.resolver)
        spoken: set[int] = set()
        for q, quotation in enumerate(p.quotations):
            if not self._is_speech(p, q, quotation):
                continue
            cue = cue_for(p, cues, q)
            if cue is not None:
                spoken.add(cue.at)
                if cue.kind != HEARSAY or self._clause(p, q):
                    self._quoted(quotation, cue.speakers, self._cue_evidence(p, cue), n)
            else:
                found, evidence = self._across(n, q)
                self._quoted(quotation, found, evidence, n)
        for cue in cues:
            clause = reported_clause(p, cue, cues, spoken)
            if clause is not None:
                self._reported(p, cue, clause)

    # -- which quotations are speech ------------------------------------------------------

    def _is_speech(self, p: Passage, q: int, quotation: Quotation) -> bool:
        text = self.doc.text[quotation.text_start:quotation.text_end]
        return not (self._scare(quotation) or self._title(p, q, text) or self._attributive(p, q, text))

    def _scare(self, quotation: Quotation) -> bool:
        """"die sogenannte "Spezialoperation"": a marker word right before the quotation."""
        words = self.doc.text[max(0, quotation.start - 40):quotation.start].lower().split()
        tails = [" ".join(words[-k:]) for k in (1, 2) if len(words) >= k]
        return any(tail.startswith(marker) for tail in tails for marker in self.marks.SCARE_MARKERS)

    def _title(self, p: Passage, q: int, text: str) -> bool:
        """"die Sendung "Hart aber fair"": a capitalised quotation right after a title noun."""
        first, _ = p.quotation_tokens(q)
        before = p.previous_word(first)
        if before is None or p.quoted(before) or not text[:1].isupper():
            return False
        return p.lemma(before).endswith(self.marks.TITLE_NOUNS) or p.lower(before).endswith(self.marks.TITLE_NOUNS)

    def _attributive(self, p: Passage, q: int, text: str) -> bool:
        """"ihrer "multilateralen" Koordinierung": one quoted word that modifies the noun after it."""
        _, last = p.quotation_tokens(q)
        after = p.next_word(last + 1)
        return (len(text.split()) == 1 and after is not None and after == last + 1
                and p.tag(after) in p.speech.NOUN_TAGS)

    def _clause(self, p: Passage, q: int) -> bool:
        """A quotation with a verb of its own. A document's borrowed phrase ("führten einen
        "detaillierten Austausch", heißt es in der Mitteilung") is the writer's report, not a statement."""
        first, last = p.quotation_tokens(q)
        return any(p.tag(j).startswith(p.speech.VERB_TAG_PREFIX) for j in range(first, last + 1))

    # -- speakers beyond the passage ------------------------------------------------------

    def _across(self, n: int, q: int) -> tuple[Speakers | None, tuple[Evidence, ...]]:
        """A speaker from a neighbouring passage: a colon before, the next sentence, a continued quotation."""
        p = self.passages[n]
        first, _ = p.quotation_tokens(q)
        if n > 0 and p.next_word(0, first) is None and self._ends_with_colon(self.passages[n - 1]):
            prev = self.passages[n - 1]
            cues = find_cues(prev, self.resolver)
            return (cues[-1].speakers, self._cue_evidence(prev, cues[-1])) if cues else (None, ())
        if not self._stands_alone(p):
            return None, ()
        nxt = self._next_sentence_cue(n)
        if nxt is not None:
            return nxt
        if n > 0 and self._same_paragraph(self.passages[n - 1], p) and n - 1 in self.last_direct:
            return self.last_direct[n - 1], ()
        return None, ()

    def _next_sentence_cue(self, n: int) -> tuple[Speakers | None, tuple[Evidence, ...]] | None:
        """The speaker named right after a quotation that stands alone: „…“ Das sagte Putin. / „…“ So Putin."""
        if n + 1 >= len(self.passages):
            return None
        nxt = self.passages[n + 1]
        j = nxt.next_word(0)
        speech = nxt.speech
        if j is None or nxt.lower(j) not in speech.ANAPHORIC_OBJECTS | speech.SO_MARKERS:
            return None
        cues = [c for c in find_cues(nxt, self.resolver) if c.at <= j + 1 and c.speakers]
        return (cues[0].speakers, self._cue_evidence(nxt, cues[0])) if cues else None

    def _ends_with_colon(self, p: Passage) -> bool:
        last = p.previous_word(len(p))
        return last is not None and p.tokens[last].text == ":"

    def _stands_alone(self, p: Passage) -> bool:
        return all(p.tokens[j].text in _PUNCTUATION for j in p.words(0, len(p)))

    def _same_paragraph(self, a: Passage, b: Passage) -> bool:
        return "\n" not in self.doc.text[a.tokens[-1].end:b.tokens[0].start]

    # -- statements -----------------------------------------------------------------------

    def _quoted(self, quotation: Quotation, speakers: Speakers | None, evidence: tuple[Evidence, ...],
                n: int) -> None:
        if not speakers:
            return
        text = self.doc.text[quotation.text_start:quotation.text_end]
        own = self.doc.evidence(quotation.start, quotation.end, COMPONENT)
        self._emit(speakers, text, True, (own, *evidence))
        self.last_direct[n] = speakers

    def _reported(self, p: Passage, cue: Cue, clause: tuple[int, int]) -> None:
        start, end = clause
        pieces = [(start, end)]
        if start <= cue.start < end:
            pieces = [(start, cue.start), (cue.end, end)]
        stray = "".join(mark for pair in self.marks.PAIRS for mark in pair) + self.marks.FORMATTING
        text = " ".join(self._text(p, a, b) for a, b in pieces if b > a).strip(" ," + stray)
        lo, hi = p.span(start, end - 1)
        evidence = (self.doc.evidence(lo, hi, COMPONENT), *self._cue_evidence(p, cue))
        self._emit(cue.speakers or (), text, False, evidence)

    def _text(self, p: Passage, a: int, b: int) -> str:
        words = p.words(a, b)
        if not words:
            return ""
        lo, hi = p.span(words[0], words[-1])
        return self.doc.text[lo:hi].strip(" ,")

    def _cue_evidence(self, p: Passage, cue: Cue) -> tuple[Evidence, ...]:
        first, last = min(cue.at, cue.end - 1), max(cue.at, cue.end - 1)
        lo, hi = p.span(first, last)
        return (self.doc.evidence(lo, hi, COMPONENT),)

    def _emit(self, speakers: Speakers, text: str, direct: bool, evidence: tuple[Evidence, ...]) -> None:
        if not text:
            return
        for key in speakers:
            if (key, text, direct) in self.seen:
                continue
            self.seen.add((key, text, direct))
            self.doc.statements.append(Statement(speaker=key, quote=text, direct=direct, evidence=evidence))
        self.resolver.remember(self.doc.sentence_at(evidence[0].start).i, speakers)
