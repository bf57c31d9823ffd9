"""Quotations in running text: which marks open and close them, and what lies between.

The segmenter splits sentences inside quotations and treats every quotation
mark as a token, so quotations are found on the raw text first. Marks are
paired by the language's table (German „…“ next to English “…” and ASCII
"…"), an opening mark must start a word and a closing one end it (so the
apostrophe in "Putin’s" closes nothing), and a quotation never crosses a
paragraph, which keeps one unbalanced ASCII mark from flipping every later
quotation of the article.
"""
from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType


@dataclass(frozen=True)
class Quotation:
    """A quotation: `start`/`end` include the marks, `text_start`/`text_end` are the quoted words."""

    start: int
    end: int
    text_start: int
    text_end: int


def find_quotations(text: str, marks: ModuleType) -> list[Quotation]:
    """Every top-level quotation in `text`, in order; marks inside a quotation are part of it."""
    closers: dict[str, set[str]] = {}
    for opening, closing in marks.PAIRS:
        closers.setdefault(opening, set()).add(closing)
    found: list[Quotation] = []
    offset = 0
    for paragraph in text.split("\n"):
        found.extend(_in_paragraph(paragraph, offset, closers, marks.FORMATTING))
        offset += len(paragraph) + 1
    return found


def _in_paragraph(paragraph: str, offset: int, closers: dict[str, set[str]], formatting: str) -> list[Quotation]:
    found = []
    i = 0
    while i < len(paragraph):
        mark = paragraph[i]
        if mark in closers and _can_open(paragraph, i):
            j = _closing(paragraph, i + 1, closers[mark])
            if j is not None:
                quotation = _trimmed(paragraph, i, j, offset, formatting)
                if quotation is not None:
                    found.append(quotation)
                i = j + 1
                continue
        i += 1
    return found


def _can_open(paragraph: str, i: int) -> bool:
    before = paragraph[i - 1] if i > 0 else " "
    after = paragraph[i + 1] if i + 1 < len(paragraph) else " "
    return not before.isalnum() and not after.isspace()


def _can_close(paragraph: str, j: int) -> bool:
    before = paragraph[j - 1]
    after = paragraph[j + 1] if j + 1 < len(paragraph) else " "
    return not before.isspace() or not after.isalnum()


def _closing(paragraph: str, start: int, closing: set[str]) -> int | None:
    for j in range(start, len(paragraph)):
        if paragraph[j] in closing and _can_close(paragraph, j) and not _inside_word(paragraph, j):
            return j
    return None


def _inside_word(paragraph: str, j: int) -> bool:
    """An apostrophe ("Putin’s", "geht’s") sits between two letters."""
    return 0 < j < len(paragraph) - 1 and paragraph[j - 1].isalpha() and paragraph[j + 1].isalpha()


def _trimmed(paragraph: str, i: int, j: int, offset: int, formatting: str) -> Quotation | None:
    start, end = i + 1, j
    strip = formatting + " \t\r"
    while start < end and paragraph[start] in strip:
        start += 1
    while end > start and paragraph[end - 1] in strip + ",":
        end -= 1  # English puts the comma of the attribution inside the marks
    if not any(c.isalnum() for c in paragraph[start:end]):
        return None
    return Quotation(offset + i, offset + j + 1, offset + start, offset + end)
