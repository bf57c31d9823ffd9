"""Fixtures shared by the test modules: on-disk stores, headless Chromium, and the local Wikidata stand-ins.

Servers are module-scoped in the modules that need them (each with its own
data and settings); the plain helpers they use are in loopback.py
(ports, waiting, `oxigraph serve`) and wikidata_fakes.py (the Wikidata API).
"""
from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from loopback import oxigraph_serve
from server.testing import make_store
from wikidata_fakes import FIXTURES, FakeWikidata

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
_CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def trig_store(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, str], str]:
    """`trig_store(name, trig)`: the path of a new on-disk store holding the TriG `trig`, closed for a server."""
    def make(name: str, trig: str) -> str:
        path = str(tmp_path_factory.mktemp(name) / "store")
        make_store(path, trig)
        return path

    return make


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless, driven by Playwright; the tests using it skip where either is missing."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (see scripts/apt-packages.txt)")
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=_CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def offline_page(browser: Any) -> Callable[[str, list[str]], Any]:
    """`offline_page(base, attempted)`: a new page whose requests to anything but the server at `base`
    are recorded in `attempted` and refused, so a test can show the page never reaches the network."""
    def open_page(base: str, attempted: list[str]) -> Any:
        page = browser.new_page()
        own = urlsplit(base).netloc

        def route(request_route: Any) -> None:
            url = request_route.request.url
            if urlsplit(url).netloc == own or url.startswith(("data:", "blob:", "about:")):
                request_route.continue_()
            else:
                attempted.append(url)
                request_route.abort()

        page.route("**/*", route)
        return page

    return open_page


@pytest.fixture(scope="module")
def query_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Oxigraph server on loopback with the Wikidata-shaped test data; yields its /query URL."""
    with oxigraph_serve(tmp_path_factory.mktemp("wdqs"), (FIXTURES / "wdqs.ttl").read_text(encoding="utf-8")) as url:
        yield url


@pytest.fixture(scope="module")
def wikidata(query_service: str) -> Iterator[FakeWikidata]:
    """The Wikidata API stand-in on loopback, passing SPARQL through to `query_service`."""
    server = FakeWikidata(query_service)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
