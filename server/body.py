"""Reading request bodies within the size limit, and decoding them strictly.

The limit is checked against Content-Length before reading and again while
reading (a chunked body has no length), so an oversized body is refused with
413 without ever being held in memory.
"""
from __future__ import annotations

from email.parser import BytesParser
from email.policy import HTTP

from starlette.requests import Request

from server.errors import HttpError
from server.formats import parse_media_type


async def read_body(request: Request, limit: int) -> bytes:
    """The whole body, or HttpError 413 once it passes `limit` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            size = int(declared)
        except ValueError as exc:
            raise HttpError(400, "bad_request", "Content-Length is not a number") from exc
        if size > limit:
            raise _too_large(limit)
    chunks: list[bytes] = []
    received = 0
    async for chunk in request.stream():
        received += len(chunk)
        if received > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(limit: int) -> HttpError:
    return HttpError(413, "body_too_large", f"the request body is larger than {limit} bytes")


def decode_utf8(body: bytes, content_type: str | None) -> str:
    """Text of a SPARQL body: UTF-8 only (the protocol says so), with a clear error otherwise."""
    _, params = parse_media_type(content_type)
    charset = params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise HttpError(415, "unsupported_charset", f"charset={charset} is not accepted: send UTF-8")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HttpError(400, "bad_encoding", f"the body is not valid UTF-8 ({exc.reason} at byte {exc.start})") from exc


def multipart_parts(body: bytes, content_type: str) -> list[tuple[str, bytes]]:
    """(content type, bytes) of each part of a multipart/form-data body, in order."""
    header = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1")
    message = BytesParser(policy=HTTP).parsebytes(header + body)
    if not message.is_multipart():
        raise HttpError(400, "bad_multipart", "the multipart body cannot be read (missing boundary?)")
    parts: list[tuple[str, bytes]] = []
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        parts.append((part.get("Content-Type", ""), payload if isinstance(payload, bytes) else b""))
    return parts
