"""Operations routes: `/healthz` for probes and `/metrics` for Prometheus."""
from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

from server.engine import QueryEngine

router = APIRouter()


@router.api_route("/healthz", methods=["GET", "HEAD"], include_in_schema=False)
async def healthz(request: Request) -> Response:
    """200 while at least one worker holds the store open, else 503."""
    engine: QueryEngine = request.app.state.engine
    alive = engine.pool.alive()
    body = {"status": "ok" if alive else "unavailable", "workers": alive, "store_version": engine.version,
            "writable": engine.writable}
    return JSONResponse(body, status_code=200 if alive else 503, headers={"Cache-Control": "no-store"})


@router.get("/metrics", include_in_schema=False)
async def metrics(request: Request) -> Response:
    engine: QueryEngine = request.app.state.engine
    return PlainTextResponse(engine.metrics.render(), media_type="text/plain; version=0.0.4")
