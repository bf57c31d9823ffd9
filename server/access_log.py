"""A structured access log: one JSON line per request, with how long the query itself took.

Written as plain ASGI middleware so it also sees requests that end in an error
handler, and so streamed answers are timed to their last byte.
"""
from __future__ import annotations

import json
import logging
import re
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.metrics import Metrics

log = logging.getLogger("kg.access")
_QUERY_TIME = re.compile(r"query;dur=([0-9.]+)")


class AccessLog:
    """Logs method, path, status, bytes, total and query milliseconds; counts requests in `metrics`."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.monotonic()
        seen: dict[str, Any] = {"status": 500, "bytes": 0, "query_ms": None}

        async def record(message: Message) -> None:
            if message["type"] == "http.response.start":
                seen["status"] = message["status"]
                for name, value in message.get("headers", []):
                    if name.lower() == b"server-timing":
                        match = _QUERY_TIME.search(value.decode("latin-1"))
                        seen["query_ms"] = float(match.group(1)) if match else None
            elif message["type"] == "http.response.body":
                seen["bytes"] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, record)
        finally:
            self._write(scope, seen, time.monotonic() - started)

    def _write(self, scope: Scope, seen: dict[str, Any], seconds: float) -> None:
        self.metrics.inc("kg_requests_total", method=scope["method"], status=str(seen["status"]))
        client = scope.get("client") or ("", 0)
        entry = {
            "method": scope["method"],
            "path": scope["path"],
            "query_string_bytes": len(scope.get("query_string", b"")),
            "status": seen["status"],
            "bytes": seen["bytes"],
            "ms": round(seconds * 1000, 1),
            "query_ms": seen["query_ms"],
            "client": client[0],
        }
        log.info(json.dumps(entry, separators=(",", ":")))
