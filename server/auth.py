"""Who may write: read-only by default; writes need `--allow-writes` and the bearer token.

`allow_writes` with an empty `write_token` would let anyone write, so the
server refuses to start that way unless `insecure_no_token` is also set; that
mode exists for conformance test suites whose requests carry no credentials.
"""
from __future__ import annotations

import hmac
from collections.abc import Mapping
from typing import Any

from starlette.requests import Request

from kg.errors import ConfigError
from server.errors import HttpError


def check_settings(settings: Mapping[str, Any]) -> None:
    """Refuses writes without a token unless the operator asked for exactly that."""
    if settings["allow_writes"] and not settings["write_token"] and not settings["insecure_no_token"]:
        raise ConfigError("--allow-writes needs a token in KG_WRITE_TOKEN (or, for test suites only, "
                          "--insecure-no-token to accept writes from anyone)")


def require_writer(request: Request, settings: Mapping[str, Any]) -> None:
    """401 without a token, 403 with a wrong one or when writes are off; nothing is read before this."""
    if not settings["allow_writes"]:
        raise HttpError(403, "writes_disabled", "this server is read-only (start it with --allow-writes)")
    token = settings["write_token"]
    if not token and settings["insecure_no_token"]:
        return
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise HttpError(401, "token_required", "send the write token as `Authorization: Bearer TOKEN`",
                        headers={"WWW-Authenticate": 'Bearer realm="kg"'})
    if not hmac.compare_digest(given.strip().encode("utf-8"), str(token).encode("utf-8")):
        raise HttpError(403, "token_rejected", "the write token is wrong")
