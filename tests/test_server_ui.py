"""The query UI in headless Chromium, with every request off the loopback blocked: a person types
a query, runs it and reads the result table, and the page never tries to reach the network."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from server.testing import running_server

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
def base(trig_store: Callable[[str, str], str]) -> Iterator[str]:
    with running_server({"store": trig_store("ui", DATA)}) as url:
        yield url


def test_typing_and_running_a_query_shows_the_result_table(offline_page: Callable[[str, list[str]], Any],
                                                           base: str) -> None:
    attempted: list[str] = []
    page = offline_page(base, attempted)
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


def test_saved_queries_are_offered_as_examples(offline_page: Callable[[str, list[str]], Any], base: str) -> None:
    attempted: list[str] = []
    page = offline_page(base, attempted)
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
