"""HTML pages: the main text is extracted and boilerplate (menus, footers, ads) dropped.

trafilatura does the extraction: it is the best-maintained main-text
extractor for news pages and needs no network when given the HTML.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import trafilatura

from kg.errors import InputError
from kg.ingest.decode import decode, normalise, require_text
from kg.ingest.language import detect
from kg.ingest.text import article_id
from kg.model import Article, PartialDate


def read_html(path: Path) -> Iterator[Article | InputError]:
    try:
        html = decode(path.read_bytes(), str(path))
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
        text = require_text(normalise(_field(doc, "text") or ""), str(path))
    except InputError as exc:
        yield exc
        return
    published = _field(doc, "date")
    lang = _field(doc, "language")
    yield Article(
        id=article_id(path),
        text=text,
        lang=lang if lang in ("de", "en") else detect(text),
        source=str(path),
        title=_field(doc, "title"),
        url=_field(doc, "url"),
        published=PartialDate.parse(published) if published else None,
    )


def _field(doc: object, name: str) -> str | None:
    """trafilatura returns a Document object (or a dict in older versions)."""
    if doc is None:
        return None
    value = doc.get(name) if isinstance(doc, dict) else getattr(doc, name, None)
    return value or None
