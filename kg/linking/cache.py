"""A persistent on-disk cache of Wikidata responses, so that a second run makes no request.

Why sqlite: one file, atomic writes, safe across threads and processes, and in
the standard library. A response is keyed by everything that makes it
different (method, URL, sorted parameters, body); only successful responses
are kept, so a failure is retried on the next run instead of being remembered.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
    key TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    status INTEGER NOT NULL,
    content_type TEXT NOT NULL,
    body BLOB NOT NULL,
    stored REAL NOT NULL
)
"""


@dataclass(frozen=True)
class CachedResponse:
    status: int
    content_type: str
    body: bytes
    stored: float


def request_key(method: str, url: str, params: Mapping[str, str] | None = None, body: bytes | None = None) -> str:
    """A stable key for a request: the same request always gives the same key, whatever the parameter order."""
    canonical = json.dumps([method.upper(), url, sorted((params or {}).items())], ensure_ascii=False)
    digest = hashlib.sha256(canonical.encode("utf-8"))
    if body:
        digest.update(b"\x00" + body)
    return digest.hexdigest()


class Cache:
    """Responses by request key in one sqlite file; `max_age` (seconds) makes older entries misses."""

    def __init__(self, path: Path, max_age: float | None = None) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.max_age = max_age
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(_SCHEMA)

    @classmethod
    def in_dir(cls, directory: Path | str, max_age: float | None = None) -> "Cache":
        """The cache file of a cache directory (the `cache_dir` setting)."""
        return cls(Path(directory) / "wikidata.sqlite", max_age)

    def get(self, key: str) -> CachedResponse | None:
        with self._lock:
            row = self._db.execute(
                "SELECT status, content_type, body, stored FROM responses WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        response = CachedResponse(row[0], row[1], bytes(row[2]), row[3])
        if self.max_age is not None and time.time() - response.stored > self.max_age:
            return None
        return response

    def put(self, key: str, url: str, status: int, content_type: str, body: bytes) -> None:
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO responses (key, url, status, content_type, body, stored) "
                "VALUES (?, ?, ?, ?, ?, ?)", (key, url, status, content_type, body, time.time()))

    def __len__(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM responses").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self._db.close()
