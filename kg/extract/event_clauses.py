"""A sentence as the event extractor sees it: tokens, actor mentions on tokens, and clause segments.

There is no German dependency parser that ships offline, so who took part in
a contact is read from clause segments instead of a parse: a sentence is cut
at commas, semicolons, dashes and at "und" before a finite verb; a segment
that opens with a subordinating conjunction or relative pronoun is
subordinate. A comma between two names is an enumeration ("Frankreich,
Kanada und Uruguay"), not a clause boundary.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from types import ModuleType

from kg.nlp.doc import Doc, Mention, Sentence, Token

_FINAL_MARKS = frozenset({".", "!", "?", "…", ":"})
_CLOSING_QUOTES = frozenset("\"“”»«’‘)")


@dataclass(frozen=True)
class Span:
    """An actor mention on token indexes [start, end) of `doc.tokens`."""

    mention: Mention
    start: int
    end: int

    @property
    def key(self) -> str:
        return self.mention.key


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    subordinate: bool

    def __contains__(self, i: int) -> bool:
        return self.start <= i < self.end


@dataclass
class SentenceView:
    doc: Doc
    sentence: Sentence
    words: ModuleType
    spans: list[Span]
    segments: list[Segment]
    _lower: dict[int, str] = field(default_factory=dict, repr=False)
    _lemmas: dict[int, str] = field(default_factory=dict, repr=False)
    _at: dict[int, Span] = field(default_factory=dict, repr=False)
    start: int = field(init=False)   # first token index of the sentence
    end: int = field(init=False)     # one past its last token index

    def __post_init__(self) -> None:
        self.start = self.sentence.tokens[0].i
        self.end = self.sentence.tokens[-1].i + 1
        for token in self.sentence.tokens:
            self._lower[token.i] = token.text.lower()
            self._lemmas[token.i] = (token.lemma or token.text).lower()
        for span in self.spans:
            for i in range(span.start, span.end):
                self._at[i] = span

    @property
    def tokens(self) -> list[Token]:
        return self.doc.tokens

    @property
    def headline(self) -> bool:
        """A line without a closing full stop: a title or sub-heading, which sums up rather than reports."""
        last = self.sentence.tokens[-1].text
        if last in _CLOSING_QUOTES and len(self.sentence.tokens) > 1:
            last = self.sentence.tokens[-2].text
        return last not in _FINAL_MARKS

    def segment_of(self, i: int) -> Segment:
        return next((s for s in self.segments if i in s), self.segments[-1])

    def spans_in(self, start: int, end: int) -> list[Span]:
        return [s for s in self.spans if s.start >= start and s.end <= end]

    def span_at(self, i: int) -> Span | None:
        return self._at.get(i)

    def word(self, i: int) -> str:
        """The token's text in lower case ("" outside the sentence)."""
        return self._lower.get(i, "")

    def lemma(self, i: int) -> str:
        return self._lemmas.get(i, "")

    def is_word(self, i: int, words: frozenset[str] | set[str]) -> bool:
        return self.start <= i < self.end and (self.word(i) in words or self.lemma(i) in words)


def view(doc: Doc, sentence: Sentence, words: ModuleType, spans: list[Span]) -> SentenceView:
    """The sentence with its mentions and clause segments."""
    own = [s for s in spans if s.mention.sentence == sentence.i]
    result = SentenceView(doc, sentence, words, own, [])
    result.segments = _segments(result)
    return result


def token_spans(doc: Doc) -> list[Span]:
    """All mentions on token indexes; a mention inside a longer one is dropped ("russische" in a title)."""
    starts = {t.start: t.i for t in doc.tokens}
    ends = {t.end: t.i + 1 for t in doc.tokens}
    spans = [Span(m, starts[m.start], ends[m.end]) for m in doc.mentions if m.start in starts and m.end in ends]
    spans.sort(key=lambda s: (s.start, -s.end))
    kept: list[Span] = []
    for span in spans:
        if kept and span.end <= kept[-1].end:
            continue
        kept.append(span)
    return kept


def _segments(v: SentenceView) -> list[Segment]:
    cuts = [i for i in range(v.start, v.end) if _cuts_before(v, i)]
    bounds = [v.start, *cuts, v.end]
    result = []
    for lo, hi in pairwise(bounds):
        while lo < hi and v.tokens[lo].text in v.words.BOUNDARY_PUNCTUATION:
            lo += 1
        if lo < hi:
            result.append(Segment(lo, hi, _subordinate(v, lo)))
    return result or [Segment(v.start, v.end, False)]


def _cuts_before(v: SentenceView, i: int) -> bool:
    text = v.tokens[i].text
    if text in v.words.BOUNDARY_PUNCTUATION:
        return not (text == "," and _enumeration(v, i))
    if v.word(i) in v.words.COORDINATORS:
        return _finite_follows(v, i + 1)
    return i > v.start and v.tokens[i].pos in v.words.SUBORDINATE_TAGS and v.span_at(i - 1) is None


def _finite_follows(v: SentenceView, j: int) -> bool:
    """A finite verb next, perhaps after one adverb: "und beabsichtigt", "und dann reiste"."""
    if j < v.end and v.tokens[j].pos in v.words.ADVERB_TAGS:
        j += 1
    return j < v.end and v.tokens[j].pos in v.words.FINITE_TAGS


def _enumeration(v: SentenceView, comma: int) -> bool:
    before = v.span_at(comma - 1)
    after = v.span_at(comma + 1)
    return before is not None and after is not None and before.end == comma and after.start == comma + 1


def _subordinate(v: SentenceView, first: int) -> bool:
    """Opens with a conjunction or relative pronoun, also after "und" or a preposition ("in dem")."""
    if first + 1 < v.end and (v.word(first) in v.words.COORDINATORS
                              or v.tokens[first].pos in v.words.PREPOSITION_TAGS):
        first += 1
    return v.tokens[first].pos in v.words.SUBORDINATE_TAGS
