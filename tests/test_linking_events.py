"""Cross-article event identity: one real event, one IRI, every reporting article a source."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build
from kg.nlp.pipeline import Pipeline
from kg.rdf.terms import DIP
from kg.store import GraphStore


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _events(store: GraphStore, event_class: str) -> dict[str, set[str]]:
    """Event IRI -> the article graphs that report it."""
    found: dict[str, set[str]] = {}
    for quad in store.store.quads_for_pattern(None, None, DIP[event_class], None):
        found.setdefault(quad.subject.value, set()).add(quad.graph_name.value.rsplit("/", 1)[-1])
    return found


def _write(folder: Path, name: str, text: str, published: str | None = None) -> None:
    import json
    record = {"id": name, "lang": "de", "text": text, "published": published}
    (folder / f"{name}.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")


def test_the_same_call_reported_twice_is_one_event_with_two_sources(tmp_path: Path, pipeline: Pipeline) -> None:
    _write(tmp_path, "a", "Wladimir Putin telefonierte am Mittwoch mit Xi Jinping.", "2026-02-05")
    _write(tmp_path, "b", "Xi Jinping und Wladimir Putin haben ein Telefonat geführt, teilte der Kreml mit.")
    store = GraphStore()
    build([tmp_path], store, pipeline)
    calls = _events(store, "PhoneCall")
    assert list(calls.values()) == [{"a", "b"}]


def test_different_events_stay_apart(tmp_path: Path, pipeline: Pipeline) -> None:
    _write(tmp_path, "a", "Wladimir Putin telefonierte am 4. Februar 2026 mit Xi Jinping.")
    _write(tmp_path, "b", "Wladimir Putin telefonierte am 9. März 2026 mit Xi Jinping.")
    _write(tmp_path, "c", "Olaf Scholz telefonierte am 4. Februar 2026 mit Emmanuel Macron.")
    store = GraphStore()
    build([tmp_path], store, pipeline)
    assert sorted(map(sorted, _events(store, "PhoneCall").values())) == [["a"], ["b"], ["c"]]


def test_rebuilding_keeps_the_shared_event(tmp_path: Path, pipeline: Pipeline) -> None:
    _write(tmp_path, "a", "Wladimir Putin telefonierte am Mittwoch mit Xi Jinping.", "2026-02-05")
    _write(tmp_path, "b", "Xi Jinping und Wladimir Putin haben ein Telefonat geführt.")
    store = GraphStore()
    build([tmp_path], store, pipeline)
    before = sorted(map(str, store.store))
    build([tmp_path], store, pipeline)
    assert sorted(map(str, store.store)) == before
