"""Runs the real application on a free loopback port, for tests and `kg serve --get`-style checks.

The server is uvicorn on 127.0.0.1 in a background thread (real HTTP, real
worker processes), configured only by the settings given here: the caller's
KG_* environment variables are ignored so a test cannot depend on them.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import uvicorn
from pyoxigraph import RdfFormat, Store

from kg import config
from server.app import create_app

_START_SECONDS = 60.0


@contextmanager
def running_server(overrides: Mapping[str, Any]) -> Iterator[str]:
    """Yields the base URL (`http://127.0.0.1:PORT`) of a running server; stops it on exit."""
    settings = config.resolve({**overrides, "host": "127.0.0.1", "port": 0}, environ={})
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=0, log_level="warning",
                                           access_log=False, lifespan="on", timeout_graceful_shutdown=2))
    thread = threading.Thread(target=server.run, name="kg-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + _START_SECONDS
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError("the test server did not start (see the log above)")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def make_store(path: str, trig: str = "") -> None:
    """Creates an on-disk store holding the TriG `trig`, closed again so a server can open it."""
    store = Store(path)
    if trig:
        store.load(trig.encode("utf-8"), format=RdfFormat.TRIG)
    store.flush()
    del store
