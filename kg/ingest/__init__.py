"""Readers that turn files into `Article`s: plain text, Markdown, HTML and JSON Lines.

`read_paths` walks files and directories and yields, in a stable order, either
an `Article` or an `InputError` naming the file (and line) that could not be
read, so one bad file never stops a batch.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.html import read_html
from kg.ingest.jsonl import read_jsonl
from kg.ingest.text import read_text
from kg.model import Article

READERS = {".txt": read_text, ".md": read_text, ".html": read_html, ".htm": read_html, ".jsonl": read_jsonl}


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """The readable files under `paths`, directories walked recursively in sorted order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READERS)
        else:
            yield path


def read_paths(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    for path in iter_files(paths):
        reader = READERS.get(path.suffix.lower())
        if reader is None:
            yield InputError(f"unsupported file type {path.suffix or '(none)'!r} "
                             f"(use {', '.join(sorted(READERS))})", source=str(path))
            continue
        if not path.exists():
            yield InputError("no such file", source=str(path))
            continue
        yield from reader(path)
