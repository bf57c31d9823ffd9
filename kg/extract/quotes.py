"""The `quotes` pipeline component: statements, quoted (direct) and reported (indirect).

Every quotation in the article is a candidate. Titles ("die Sendung "Hart aber
fair""), scare quotes ("die sogenannte "Spezialoperation"", an adjective in
marks before its noun unless a naming verb makes it a label: "what he called its
'unwavering' support") and quotations no speech cue reaches ("angesichts der
"Unberechenbarkeit" der USA") are not statements: an analyst would not record
them, and precision counts as much as recall. A document quoted with "heißt es"
gives statements only of whole clauses. The speaker comes from the cue in the
same passage (see `kg.extract.attribution`) or else from around the quotation:
- a colon before it: the cue of that clause ("sagte der chinesische
  Staatschef:"), or its subject when it has none ("Costa zeigte sich
  zuversichtlich:", the headline "Baerbock:");
- reported speech it goes on with: a sentence in Konjunktiv I with no cue of
  its own ("Lula sagte, ... . Die WTO sei „seit Jahren gelähmt“") speaks with the
  voice of the sentence before, and is itself reported speech when it holds no
  quotation;
- for a quotation that stands alone: the next sentence when it only says who
  spoke ("Das sagte Putin.", "Netanyahu said."), else the voice of the sentence
  before it in the same paragraph (a quotation continued, or the words of who
  was just reported).
A joint statement ("Merz und Selenskyj sagten") becomes one statement per
speaker; the same words from one speaker twice (a headline repeating the text)
are one statement.
"""
from __future__ import annotations

from types import ModuleType
from typing import Any

from kg.extract.attribution import cue_for, reported_clause, reporting_mood
from kg.extract.passage import Passage, passages
from kg.extract.phrases import noun_phrase
from kg.extract.quotemarks import Quotation, find_quotations
from kg.extract.speakers import SpeakerResolver, Speakers
from kg.extract.speech import HEARSAY, NAMING, SO, VERB, Cue, find_cues
from kg.extract.subjects import clause_subject, only_adjuncts
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
        self.cues: dict[int, list[Cue]] = {}
        self.voice: dict[int, Speakers] = {}
        self.seen: set[tuple[str, str, bool]] = set()
        self.n = 0

    def read(self, n: int) -> None:
        p = self.passages[n]
        self.n = n
        cues = self.cues[n] = find_cues(p, self.resolver)
        spoken: set[int] = set()
        for q, quotation in enumerate(p.quotations):
            cue = cue_for(p, cues, q)
            if not self._is_speech(p, q, quotation, cue):
                continue
            if cue is not None:
                spoken.add(cue.at)
                if cue.kind != HEARSAY or self._clause(p, q):
                    self._quoted(quotation, cue.speakers, self._cue_evidence(p, cue))
            else:
                found, evidence = self._across(n, q)
                self._quoted(quotation, found, evidence)
        for cue in cues:
            clause = reported_clause(p, cue, cues, spoken)
            if clause is not None:
                self._reported(p, cue, clause)
        if not cues and not p.quotations and self._continues(n):
            self._continued(p, self.voice[n - 1])
        self._voice_of_cues(n, cues)

    def _voice_of_cues(self, n: int, cues: list[Cue]) -> None:
        """"Lawrow äußerte sich zurückhaltender." speaks even with nothing to record: what follows may go on."""
        if n not in self.voice:
            voiced = [c for c in cues if c.speakers and c.kind != NAMING]
            if voiced:
                self.voice[n] = voiced[-1].speakers

    # -- which quotations are speech ------------------------------------------------------

    def _is_speech(self, p: Passage, q: int, quotation: Quotation, cue: Cue | None) -> bool:
        text = self.doc.text[quotation.text_start:quotation.text_end]
        if self._scare(quotation) or self._title(p, q, text):
            return False
        return self._named(p, q, cue) or not self._attributive(p, q, text)

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
        return self._title_noun(p, before)

    def _title_noun(self, p: Passage, i: int) -> bool:
        return p.lemma(i).endswith(self.marks.TITLE_NOUNS) or p.lower(i).endswith(self.marks.TITLE_NOUNS)

    def _attributive(self, p: Passage, q: int, text: str) -> bool:
        """"ihrer "multilateralen" Koordinierung": one quoted word that modifies the noun after it."""
        _, last = p.quotation_tokens(q)
        after = p.next_word(last + 1)
        return (len(text.split()) == 1 and after is not None and after == last + 1
                and p.tag(after) in p.speech.NOUN_TAGS)

    def _named(self, p: Passage, q: int, cue: Cue | None) -> bool:
        """"what he called its 'unwavering' support": a naming verb makes even a quoted modifier a label."""
        first, _ = p.quotation_tokens(q)
        return cue is not None and cue.kind == NAMING and cue.at < first

    def _clause(self, p: Passage, q: int) -> bool:
        """A quotation with a verb of its own. A document's borrowed phrase ("führten einen
        "detaillierten Austausch", heißt es in der Mitteilung") is the writer's report, not a statement."""
        first, last = p.quotation_tokens(q)
        return any(p.tag(j).startswith(p.speech.VERB_TAG_PREFIX) for j in range(first, last + 1))

    # -- speakers beyond the passage ------------------------------------------------------

    def _across(self, n: int, q: int) -> tuple[Speakers | None, tuple[Evidence, ...]]:
        """A speaker from around the quotation: a colon before it, reported speech it continues,
        the next sentence, or the speaker of the sentence before."""
        p = self.passages[n]
        first, _ = p.quotation_tokens(q)
        colon = p.previous_word(first)
        if colon is not None and p.tokens[colon].text == ":" and not p.quoted(colon):
            return self._colon_speaker(p, colon, [c for c in self.cues[n] if c.at < colon])
        if n > 0 and p.next_word(0, first) is None and self._ends_with_colon(self.passages[n - 1]):
            prev = self.passages[n - 1]
            return self._colon_speaker(prev, prev.previous_word(len(prev)) or 0, self.cues[n - 1])
        if self._continues(n):
            return self.voice[n - 1], ()
        if not self._stands_alone(p):
            return None, ()
        nxt = self._next_sentence_cue(n)
        if nxt is not None:
            return nxt
        if n > 0 and self._same_paragraph(self.passages[n - 1], p) and n - 1 in self.voice:
            return self.voice[n - 1], ()
        return None, ()

    def _colon_speaker(self, p: Passage, colon: int,
                       cues: list[Cue]) -> tuple[Speakers | None, tuple[Evidence, ...]]:
        """Who speaks after "X sagte:" (the cue), "Costa zeigte sich zuversichtlich:" or the
        headline "Baerbock:" (the clause's subject); "ein Dekret mit dem Titel:" introduces no speech."""
        if cues:
            return cues[-1].speakers, self._cue_evidence(p, cues[-1])
        before = p.previous_word(colon)
        if before is None or self._title_noun(p, before):
            return None, ()
        start = p.clause_start(colon)
        speakers = clause_subject(p, start, colon, self.resolver)
        return speakers, (self.doc.evidence(*p.span(start, colon), COMPONENT),) if speakers else ()

    def _continues(self, n: int) -> bool:
        """A sentence with no cue in the reporting mood ("Es sei „kein Durchbruch“") goes on with the
        speech of the sentence before it."""
        if n == 0 or n - 1 not in self.voice or self.cues[n]:
            return False
        p = self.passages[n]
        finite = [j for j in p.words(0, len(p)) if p.tag(j) in p.speech.FINITE_TAGS]
        return bool(finite) and reporting_mood(p, finite[0])

    def _next_sentence_cue(self, n: int) -> tuple[Speakers | None, tuple[Evidence, ...]] | None:
        """The speaker named right after a quotation that stands alone: „…“ Das sagte Putin. / „…“ So
        Putin. / "…" Netanyahu said. / "…" That is what Putin told reporters."""
        if n + 1 >= len(self.passages):
            return None
        nxt = self.passages[n + 1]
        j = nxt.next_word(0)
        if j is None or nxt.quotations:
            return None
        anaphoric = nxt.lower(j) in nxt.speech.ANAPHORIC_OBJECTS | nxt.speech.SO_MARKERS
        cues = [c for c in find_cues(nxt, self.resolver) if c.speakers and c.kind in (VERB, SO)]
        if not cues or not (anaphoric and cues[0].at <= j + 1 or self._bare(nxt, cues[0], anaphoric)):
            return None
        return cues[0].speakers, self._cue_evidence(nxt, cues[0])

    def _bare(self, p: Passage, cue: Cue, anaphoric: bool) -> bool:
        """A sentence that only says who spoke: subject, verb, perhaps who was told, and adjuncts."""
        if cue.kind != VERB:
            return False
        if not anaphoric and any(p.tag(j) in p.speech.FINITE_TAGS for j in p.words(0, cue.at)):
            return False
        end = p.clause_end(cue.at)
        j = p.next_word(cue.end, end)
        if j is not None and p.lower(j) in p.speech.ANAPHORIC_OBJECTS:
            j = p.next_word(j + 1, end)
        phrase = noun_phrase(p, j, end) if j is not None else None
        if phrase is not None and p.lemma(cue.at) in p.speech.ADDRESSEE_VERBS:
            j = phrase.end
        return (j is None or only_adjuncts(p, j, end)) and (end >= len(p) or p.sentence_end(end))

    def _ends_with_colon(self, p: Passage) -> bool:
        last = p.previous_word(len(p))
        return last is not None and p.tokens[last].text == ":"

    def _stands_alone(self, p: Passage) -> bool:
        return all(p.tokens[j].text in _PUNCTUATION for j in p.words(0, len(p)))

    def _same_paragraph(self, a: Passage, b: Passage) -> bool:
        return "\n" not in self.doc.text[a.tokens[-1].end:b.tokens[0].start]

    # -- statements -----------------------------------------------------------------------

    def _quoted(self, quotation: Quotation, speakers: Speakers | None, evidence: tuple[Evidence, ...]) -> None:
        if not speakers:
            return
        text = self.doc.text[quotation.text_start:quotation.text_end]
        own = self.doc.evidence(quotation.start, quotation.end, COMPONENT)
        self._emit(speakers, text, True, (own, *evidence))

    def _continued(self, p: Passage, speakers: Speakers) -> None:
        """A whole sentence of reported speech with no verb of saying ("Die Lage sei ernst.")."""
        words = p.words(0, len(p))
        while words and p.sentence_end(words[-1]):
            words.pop()
        if words:
            lo, hi = p.span(words[0], words[-1])
            self._emit(speakers, self.doc.text[lo:hi], False, (self.doc.evidence(lo, hi, COMPONENT),))

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
        """One statement per speaker; the same words twice (a headline repeating the text) count once."""
        if not text:
            return
        same = " ".join("".join(c for c in text.casefold() if c.isalnum() or c.isspace()).split())
        for key in speakers:
            if (key, same, direct) in self.seen:
                continue
            self.seen.add((key, same, direct))
            self.doc.statements.append(Statement(speaker=key, quote=text, direct=direct, evidence=evidence))
        self.voice[self.n] = speakers
        self.resolver.remember(self.doc.sentence_at(evidence[0].start).i, speakers)
