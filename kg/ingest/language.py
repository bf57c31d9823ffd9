"""Language detection for articles that do not say their language.

simplemma's detector ships its word lists inside the wheel, so it works offline.
"""
from __future__ import annotations

from simplemma import langdetect

SUPPORTED = ("de", "en")


def detect(text: str) -> str:
    """The most likely supported language of `text` (German when undecided: it is the first language)."""
    scores = dict(langdetect(text[:5000], lang=SUPPORTED))
    return max(SUPPORTED, key=lambda code: (scores.get(code, 0.0), code == "de"))
