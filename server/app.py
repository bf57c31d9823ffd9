"""The HTTP application: `create_app(settings)` builds it, `serve(settings)` runs it with uvicorn.

Routes: `/sparql` (SPARQL 1.1 Protocol), `/store` (Graph Store Protocol),
`/api/queries...` (saved queries), `/` (query UI), `/healthz`, `/metrics`,
`/static/...`. All queries run through the `QueryEngine` on
`app.state.engine`; settings (see `kg.config`) are on `app.state.settings`.
Every error answers `{"error": {"code", "message"}}`.
"""
from __future__ import annotations

import logging
import sys
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.responses import Response
from starlette.staticfiles import StaticFiles

from server import graph_store, monitoring, pages, protocol, saved
from server.access_log import AccessLog
from server.auth import check_settings
from server.engine import QueryEngine
from server.errors import HttpError, error_response
from server.metrics import Metrics
from server.pool import check_store

STATIC = Path(__file__).resolve().parent / "static"
EXPOSED_HEADERS = ("ETag", "Link", "X-Total-Count", "KG-Cache", "KG-Result-Rows", "KG-Result-Cap", "Retry-After",
                   "Location", "Allow", "WWW-Authenticate", "Server-Timing")
"""The headers the server sends for clients to read (CORS-safelisted ones aside); scripts in a browser may
read only these. Keep it in step with the headers set in engine.py, saved.py, graph_store.py and auth.py."""


def create_app(settings: Mapping[str, Any]) -> FastAPI:
    """The application for `settings` (from `kg.config.resolve`); workers start with the app's lifespan."""
    check_settings(settings)
    metrics = Metrics()
    engine = QueryEngine(settings, metrics)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await engine.start()
        try:
            yield
        finally:
            await engine.close()

    app = FastAPI(title="diplomacy-kg SPARQL endpoint", lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.settings = dict(settings)
    app.state.engine = engine
    _add_error_handlers(app)
    for module in (protocol, graph_store, monitoring, pages, saved):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    if settings["cors"]:
        app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "HEAD", "POST"],
                           allow_headers=["Accept", "Content-Type", "Authorization", "If-None-Match"],
                           expose_headers=list(EXPOSED_HEADERS),
                           max_age=600)
    app.add_middleware(AccessLog, metrics=metrics)
    return app


def _add_error_handlers(app: FastAPI) -> None:
    async def on_http_error(_: Request, exc: Exception) -> Response:
        assert isinstance(exc, HttpError)
        return error_response(exc)

    async def on_starlette_error(_: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        headers = dict(exc.headers or {})
        return error_response(HttpError(exc.status_code, code, str(exc.detail), headers=headers))

    async def on_validation_error(_: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return error_response(HttpError(400, "bad_request", str(exc.errors())))

    app.add_exception_handler(HttpError, on_http_error)
    app.add_exception_handler(StarletteHTTPException, on_starlette_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)


def configure_logging() -> None:
    """The access log as JSON lines on stderr, next to uvicorn's own messages."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    access = logging.getLogger("kg.access")
    access.handlers = [handler]
    access.setLevel(logging.INFO)
    access.propagate = False


def serve(settings: Mapping[str, Any]) -> None:
    """Runs the endpoint until interrupted; refuses unsafe settings or an unusable store before binding the port.

    Worker processes are started as `python -m server.worker`, so the caller's
    main module is never re-imported (no `if __name__ == "__main__"` guard needed).
    """
    check_settings(settings)
    check_store(settings["store"], writable=bool(settings["allow_writes"]))
    configure_logging()
    uvicorn.run(create_app(settings), host=settings["host"], port=int(settings["port"]),
                access_log=False, log_level="info", timeout_graceful_shutdown=5)
