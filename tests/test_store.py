"""The store: atomic replacement of an article graph, export/load round trips, stats."""
from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad

from kg.errors import StoreError
from kg.store import GraphStore

G1 = NamedNode("https://w3id.org/diplomacy-kg/id/article/a1")
G2 = NamedNode("https://w3id.org/diplomacy-kg/id/article/a2")
P = NamedNode("http://example.org/p")


def _quads(graph: NamedNode, *values: str) -> list[Quad]:
    return [Quad(NamedNode(f"http://example.org/s{i}"), P, Literal(v), graph) for i, v in enumerate(values)]


def test_replace_graph_replaces_only_that_graph() -> None:
    store = GraphStore()
    store.replace_graph(G1, _quads(G1, "a", "b"))
    store.replace_graph(G2, _quads(G2, "x"))
    store.replace_graph(G1, _quads(G1, "c"))
    assert [q.object.value for q in store.graph_quads(G1)] == ["c"]
    assert [q.object.value for q in store.graph_quads(G2)] == ["x"]


def test_failed_replace_leaves_the_old_graph(monkeypatch: pytest.MonkeyPatch) -> None:
    store = GraphStore()
    store.replace_graph(G1, _quads(G1, "old"))

    def broken_serializer(*args: object, **kwargs: object) -> bytes:
        raise OSError("disk full")

    monkeypatch.setattr("kg.store.serialize", broken_serializer)
    with pytest.raises(OSError):
        store.replace_graph(G1, _quads(G1, "new"))
    assert [q.object.value for q in store.graph_quads(G1)] == ["old"]


@pytest.mark.parametrize("fmt, suffix", [("nquads", ".nq"), ("trig", ".trig"), ("jsonld", ".jsonld")])
def test_export_then_load_gives_the_same_quads(tmp_path: Path, fmt: str, suffix: str) -> None:
    store = GraphStore(tmp_path / "a")
    store.replace_graph(G1, _quads(G1, "eins", "zwei"))
    store.replace_graph(G2, [Quad(NamedNode("http://example.org/s"), P, Literal("drei", language="de"), G2)])
    out = tmp_path / f"dump{suffix}"
    with out.open("wb") as f:
        store.export(f, fmt)
    copy = GraphStore(tmp_path / "b")
    copy.load(out)
    assert sorted(map(str, copy.store)) == sorted(map(str, store.store))


def test_turtle_export_merges_graphs() -> None:
    store = GraphStore()
    store.replace_graph(G1, _quads(G1, "eins"))
    store.replace_graph(G2, _quads(G2, "eins"))
    buf = io.BytesIO()
    store.export(buf, "turtle")
    assert buf.getvalue().count(b"eins") == 1


def test_load_rejects_unknown_and_malformed_files(tmp_path: Path) -> None:
    store = GraphStore()
    unknown = tmp_path / "x.unknown"
    unknown.write_text("", encoding="utf-8")
    with pytest.raises(StoreError, match="unknown RDF format"):
        store.load(unknown)
    broken = tmp_path / "x.nq"
    broken.write_text("<http://a> <http://b> .\n", encoding="utf-8")
    with pytest.raises(StoreError, match="not valid"):
        store.load(broken)
    assert len(store.store) == 0


def test_a_store_in_use_gives_a_clear_error(tmp_path: Path) -> None:
    held = GraphStore(tmp_path / "s")
    code = ("from kg.store import GraphStore\nfrom kg.errors import StoreError\n"
            f"try:\n    GraphStore({str(tmp_path / 's')!r})\nexcept StoreError as e:\n    print(e)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "in use by another process" in out
    assert held.stats().quads == 0
