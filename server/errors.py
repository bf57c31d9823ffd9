"""The endpoint's one error shape: an HTTP status plus `{"error": {"code", "message"}}`.

Every refusal (bad syntax, a limit, a missing token) is raised as `HttpError`
anywhere in the server and turned into the same JSON body by one handler, so
clients can match on `code` whatever route they called.
"""
from __future__ import annotations

from collections.abc import Mapping

from starlette.responses import JSONResponse, Response


class HttpError(Exception):
    """A request the endpoint refuses or cannot complete; `code` is stable, `message` says what to do."""

    def __init__(self, status: int, code: str, message: str, *, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})

    def __str__(self) -> str:
        return f"{self.status} {self.code}: {self.message}"


def error_response(error: HttpError) -> Response:
    """The JSON error body for `error` (the HTTP server drops the body of a HEAD answer)."""
    body = {"error": {"code": error.code, "message": error.message}}
    return JSONResponse(body, status_code=error.status, headers=error.headers)
