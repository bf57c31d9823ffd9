"""Turning bytes into article text, with the checks every reader shares."""
from __future__ import annotations

from kg.errors import InputError


def decode(data: bytes, source: str, line: int | None = None) -> str:
    """UTF-8 text (a BOM is dropped); binary data and invalid UTF-8 are refused with the byte offset."""
    if b"\x00" in data:
        raise InputError("binary data, not text (NUL byte found)", source=source, line=line)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"invalid UTF-8 at byte {exc.start}", source=source, line=line) from exc
    return normalise(text)


def normalise(text: str) -> str:
    """Unix newlines and no trailing white space, so offsets do not depend on the platform."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def require_text(text: str, source: str, line: int | None = None) -> str:
    if not text.strip():
        raise InputError("empty article (no text)", source=source, line=line)
    return text
