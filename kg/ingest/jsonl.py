"""JSON Lines: one article per line with `id`, `url`, `title`, `lang`, `published`, `text`."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.decode import decode, normalise, require_text
from kg.ingest.language import SUPPORTED, detect
from kg.ingest.text import article_id
from kg.model import Article, PartialDate


def read_jsonl(path: Path) -> Iterator[Article | InputError]:
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror}", source=source)
        return
    if not data.strip():
        yield InputError("empty file (no JSON lines)", source=source)
        return
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        try:
            yield _article(decode(raw, source, number), path, number)
        except InputError as exc:
            yield exc


def _article(line: str, path: Path, number: int) -> Article:
    source = str(path)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON: {exc.msg} at column {exc.colno}", source=source, line=number) from exc
    if not isinstance(record, dict):
        raise InputError("a JSON line must be an object", source=source, line=number)
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError("missing or non-string field 'text'", source=source, line=number)
    text = require_text(normalise(text), source, number)
    lang = record.get("lang") or detect(text)
    if lang not in SUPPORTED:
        raise InputError(f"unsupported language {lang!r} (supported: {', '.join(SUPPORTED)})",
                         source=source, line=number)
    published = record.get("published")
    try:
        date = PartialDate.parse(str(published)) if published else None
    except ValueError as exc:
        raise InputError(f"field 'published': {exc}", source=source, line=number) from exc
    return Article(
        id=str(record.get("id") or f"{article_id(path)}-{number}"),
        text=text,
        lang=lang,
        source=f"{source}:{number}",
        title=record.get("title") or None,
        url=record.get("url") or None,
        published=date,
    )
