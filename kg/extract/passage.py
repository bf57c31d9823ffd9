"""A passage: the sentences one quotation holds together, with what each token is.

The segmenter ends sentences inside quotations ("…überstanden. Mit Blick …",
sagte Xi), so the statement extractor works on passages: a sentence, or the run
of sentences a quotation spans. For every token the passage knows whether it
is quoted, which actor mention covers it, and whether it ends a clause; the
cue finder and the speaker resolver only look at unquoted tokens, so the
speech verbs and names inside a quotation never attribute it.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from types import ModuleType

from kg.extract.quotemarks import Quotation
from kg.nlp.doc import Doc, Mention, Sentence, Token

# Parentheses are not boundaries: "Baerbock (Grüne) sagte" keeps its subject in the clause.
_PUNCT_BOUNDARIES = frozenset({",", ";", ":", "–", "—", ".", "!", "?", "…"})
_SENTENCE_ENDS = frozenset({".", "!", "?", "…"})
_HYPHENS = frozenset({"-", "‐"})


@dataclass
class Passage:
    doc: Doc
    speech: ModuleType
    formatting: str
    sentences: list[Sentence]
    quotations: list[Quotation]
    outer: list[Mention]
    tokens: list[Token] = field(default_factory=list)
    quote_at: list[int] = field(default_factory=list)
    mention_at: list[Mention | None] = field(default_factory=list)
    closing_ends: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.tokens = [t for s in self.sentences for t in s.tokens]
        self.quote_at = [self._quotation_of(t) for t in self.tokens]
        self.mention_at = _mentions_by_token(self.outer, self.tokens)
        self.closing_ends = {i for i, t in enumerate(self.tokens) if self._closes_with_punctuation(t)}

    def __len__(self) -> int:
        return len(self.tokens)

    def lower(self, i: int) -> str:
        return self.tokens[i].text.lower()

    def tag(self, i: int) -> str:
        return self.tokens[i].pos

    def lemma(self, i: int) -> str:
        return (self.tokens[i].lemma or self.tokens[i].text).lower()

    def junk(self, i: int) -> bool:
        """Formatting debris (`**`) that neither ends a clause nor says anything."""
        return all(c in self.formatting for c in self.tokens[i].text)

    def quoted(self, i: int) -> bool:
        return self.quote_at[i] >= 0

    def words(self, start: int, end: int) -> list[int]:
        """The unquoted, non-junk token indices in [start, end)."""
        return [i for i in range(max(start, 0), min(end, len(self))) if not self.quoted(i) and not self.junk(i)]

    def boundary(self, i: int) -> bool:
        """Ends a clause: unquoted punctuation, or a quotation that ends with its own comma or full stop."""
        if i in self.closing_ends:
            return True
        return not self.quoted(i) and (self.tokens[i].text in _PUNCT_BOUNDARIES or self._dash(i))

    def sentence_end(self, i: int) -> bool:
        return not self.quoted(i) and self.tokens[i].text in _SENTENCE_ENDS

    def hyphen_joined(self, i: int) -> bool:
        """A hyphen inside a compound ("Kreml-Sprecher"), not a dash between clauses."""
        t = self.tokens[i]
        nxt = self.tokens[i + 1] if i + 1 < len(self) else None
        return t.text in _HYPHENS and not t.space_before and nxt is not None and not nxt.space_before

    def next_word(self, i: int, end: int | None = None) -> int | None:
        """The first unquoted, non-junk token at or after `i`."""
        for j in range(i, len(self) if end is None else end):
            if not self.junk(j) and not self.quoted(j):
                return j
        return None

    def previous_word(self, i: int) -> int | None:
        for j in range(i - 1, -1, -1):
            if not self.junk(j):
                return j
        return None

    def clause_start(self, i: int) -> int:
        j = i - 1
        while j >= 0 and not self.boundary(j):
            j -= 1
        return j + 1

    def clause_end(self, i: int) -> int:
        j = i + 1
        while j < len(self) and not self.boundary(j):
            j += 1
        return j

    def quotation_tokens(self, q: int) -> tuple[int, int]:
        """First and last token index of quotation `q` (its marks included)."""
        inside = [i for i, n in enumerate(self.quote_at) if n == q]
        return inside[0], inside[-1]

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Character offsets of tokens first..last inclusive."""
        return self.tokens[first].start, self.tokens[last].end

    def _quotation_of(self, token: Token) -> int:
        for n, q in enumerate(self.quotations):
            if q.start <= token.start and token.end <= q.end:
                return n
        return -1

    def _closes_with_punctuation(self, token: Token) -> bool:
        for q in self.quotations:
            if token.end == q.end:
                inner = self.doc.text[q.start + 1:q.end - 1].rstrip(self.formatting + " ")
                return inner[-1:] in {",", ".", "!", "?"}
        return False

    def _dash(self, i: int) -> bool:
        return self.tokens[i].text in _HYPHENS and self.tokens[i].space_before and not self.hyphen_joined(i)


def outer_mentions(doc: Doc) -> list[Mention]:
    """The article's mentions in order, without those inside a longer one (a demonym inside a title)."""
    outer: list[Mention] = []
    for m in sorted(doc.mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if outer and m.start < outer[-1].end:
            continue
        outer.append(m)
    return outer


def _mentions_by_token(outer: list[Mention], tokens: list[Token]) -> list[Mention | None]:
    """The outermost mention over each token."""
    starts = [m.start for m in outer]
    covered: list[Mention | None] = []
    for t in tokens:
        k = bisect.bisect_right(starts, t.start) - 1
        m = outer[k] if k >= 0 else None
        covered.append(m if m is not None and m.start < t.end and t.start < m.end else None)
    return covered


def passages(doc: Doc, quotations: list[Quotation], speech: ModuleType, formatting: str) -> list[Passage]:
    """The article's sentences grouped so that no quotation crosses a passage."""
    if not doc.sentences:
        return []
    starts = [s.start for s in doc.sentences]
    outer = outer_mentions(doc)
    last_of = list(range(len(doc.sentences)))
    for q in quotations:
        first = bisect.bisect_right(starts, q.start) - 1
        last = bisect.bisect_right(starts, q.end - 1) - 1
        for n in range(first, last + 1):
            last_of[n] = max(last_of[n], last)
    out: list[Passage] = []
    n = 0
    while n < len(doc.sentences):
        end, reach = n, last_of[n]
        while end < reach:
            end += 1
            reach = max(reach, last_of[end])
        group = doc.sentences[n:end + 1]
        lo, hi = group[0].start, group[-1].end
        mine = [q for q in quotations if lo <= q.start < hi]
        out.append(Passage(doc, speech, formatting, group, mine, outer))
        n = end + 1
    return out
