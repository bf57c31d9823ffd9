"""The query UI in headless Chromium, with every request off the loopback blocked: a person types
a query, runs it and reads the result table, and the page never tries to reach the network."""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from server.testing import make_store, running_server

playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DATA = """
@prefix dip: <https://w3id.org/diplomacy-kg/ontology#> .
@prefix id: <https://w3id.org/diplomacy-kg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
id:article-1 {
  id:article-1 a dip:Article .
  id:lawrow a dip:Person ; rdfs:label "Sergej Lawrow"@de .
  id:wang a dip:Person ; rdfs:label "Wang Yi"@de .
}
"""
QUERY = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
         "SELECT ?name WHERE { ?person rdfs:label ?name } ORDER BY ?name")


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = str(tmp_path_factory.mktemp("ui") / "store")
    make_store(path, DATA)
    with running_server({"store": path}) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (see scripts/apt-packages.txt)")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


def _offline_page(browser: object, base: str, attempted: list[str]) -> object:
    """A page whose requests to anything but the test server are recorded and refused."""
    page = browser.new_page()  # type: ignore[attr-defined]
    own = urlsplit(base).netloc

    def route(request_route: object) -> None:
        url = request_route.request.url  # type: ignore[attr-defined]
        if urlsplit(url).netloc == own or url.startswith(("data:", "blob:", "about:")):
            request_route.continue_()  # type: ignore[attr-defined]
        else:
            attempted.append(url)
            request_route.abort()  # type: ignore[attr-defined]

    page.route("**/*", route)
    return page


def test_typing_and_running_a_query_shows_the_result_table(browser: object, base: str) -> None:
    attempted: list[str] = []
    page = _offline_page(browser, base, attempted)
    page.goto(f"{base}/")
    editor = page.locator(".CodeMirror").first
    editor.wait_for()
    assert "PREFIX dip: <https://w3id.org/diplomacy-kg/ontology#>" in page.evaluate(
        "window.kgYasgui.getTab().getYasqe().getValue()")
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(QUERY)
    page.locator(".yasqe_queryButton").first.click()
    table = page.locator(".yasr table tbody")
    table.wait_for(timeout=30_000)
    page.wait_for_function("document.querySelector('.yasr table tbody').innerText.includes('Wang Yi')")
    text = table.inner_text()
    assert text.index("Sergej Lawrow") < text.index("Wang Yi")
    assert attempted == []
    page.close()


def test_saved_queries_are_offered_as_examples(browser: object, base: str) -> None:
    attempted: list[str] = []
    page = _offline_page(browser, base, attempted)
    page.goto(f"{base}/")
    buttons = page.locator("#examples button")
    buttons.first.wait_for()
    names = {buttons.nth(i).get_attribute("data-example") for i in range(buttons.count())}
    shipped = {p.stem for p in (Path(__file__).resolve().parent.parent / "queries").glob("*.rq")}
    assert names == shipped
    buttons.first.click()
    page.wait_for_function("window.kgYasgui.getTab().getYasqe().getValue().includes('SELECT')")
    assert attempted == []
    page.close()
