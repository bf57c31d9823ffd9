"""Real servers on 127.0.0.1 for the tests: a free port, waiting until a URL answers, and `oxigraph serve`.

Plain functions rather than fixtures, because each test module starts its
servers with its own data and settings (see conftest.py for the fixtures
built on them). Kept out of conftest.py because pytest does not mean
conftest modules to be imported.
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

_VENV_OXIGRAPH = Path(sys.executable).parent / "oxigraph"
OXIGRAPH = str(_VENV_OXIGRAPH) if _VENV_OXIGRAPH.exists() else shutil.which("oxigraph") or "oxigraph"
"""The real Oxigraph server, from the `oxigraph` test dependency installed next to this Python."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen[bytes] | subprocess.Popen[str] | None = None,
                  seconds: float = 30.0) -> None:
    """Returns once `url` answers any HTTP response; fails at once if `process` (the server) exits first."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            httpx.get(url, timeout=2)
            return
        except httpx.TransportError:
            if process is not None and process.poll() is not None:
                detail = process.stderr.read() if process.stderr else ""
                raise RuntimeError(f"the server for {url} exited with {process.returncode}: {detail}") from None
            if time.monotonic() > deadline:
                raise RuntimeError(f"{url} did not answer within {seconds:.0f} s") from None
            time.sleep(0.1)


@contextmanager
def oxigraph_serve(folder: Path, turtle: str) -> Iterator[str]:
    """Runs `oxigraph serve` on a free loopback port over a new store in `folder` holding the Turtle
    `turtle`; yields the server's SPARQL query URL and stops the server on exit."""
    data = folder / "data.ttl"
    data.write_text(turtle, encoding="utf-8")
    location = folder / "oxigraph-db"
    subprocess.run([OXIGRAPH, "load", "--location", str(location), "--file", str(data)], check=True,
                   capture_output=True)
    port = free_port()
    process = subprocess.Popen([OXIGRAPH, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    try:
        wait_until_up(f"{url}?query=ASK%7B%7D", process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)
