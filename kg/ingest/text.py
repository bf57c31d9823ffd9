"""Plain text and Markdown files: one article per file, id from the file name."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.decode import decode, require_text
from kg.ingest.language import detect
from kg.model import Article


def article_id(path: Path) -> str:
    """The file name without its last extension: `putin-xi-video-call.de.txt` -> `putin-xi-video-call.de`."""
    return path.name[: -len(path.suffix)] if path.suffix else path.name


def read_text(path: Path) -> Iterator[Article | InputError]:
    try:
        text = require_text(decode(path.read_bytes(), str(path)), str(path))
    except InputError as exc:
        yield exc
        return
    yield Article(id=article_id(path), text=text, lang=detect(text), source=str(path))
