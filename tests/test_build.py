"""The build end to end: examples into a store, determinism, atomic re-builds, bad input, the CLI."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.build import build
from kg.nlp.pipeline import Pipeline
from kg.rdf import iris
from kg.rdf.shacl import validate_store
from kg.store import GraphStore

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
KG = [sys.executable, "-m", "kg.cli"]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="module")
def built(pipeline: Pipeline) -> GraphStore:
    store = GraphStore()
    report = build([EXAMPLES], store, pipeline)
    assert report.errors == []
    return store


def test_examples_build_into_one_graph_per_article(built: GraphStore) -> None:
    ids = sorted(p.stem for p in EXAMPLES.glob("*.txt"))
    assert [g.value for g in built.articles()] == [iris.article(i).value for i in ids]
    stats = built.stats()
    assert stats.actors > 10 and stats.events >= 2 and stats.statements >= 5


def test_every_build_conforms_to_the_shapes(built: GraphStore) -> None:
    assert validate_store(built) == []


def test_building_twice_gives_identical_quads(built: GraphStore, pipeline: Pipeline) -> None:
    again = GraphStore()
    build([EXAMPLES], again, pipeline)
    assert sorted(map(str, again.store)) == sorted(map(str, built.store))


def test_rebuilding_an_article_leaves_the_store_unchanged(pipeline: Pipeline) -> None:
    store = GraphStore()
    build([EXAMPLES], store, pipeline)
    before = sorted(map(str, store.store))
    build([next(EXAMPLES.glob("*.txt"))], store, pipeline)
    assert sorted(map(str, store.store)) == before


def test_a_changed_article_replaces_its_graph(tmp_path: Path, pipeline: Pipeline) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Wladimir Putin telefonierte mit Xi Jinping.", encoding="utf-8")
    store = GraphStore()
    build([path], store, pipeline)
    path.write_text("Olaf Scholz traf Emmanuel Macron in Paris.", encoding="utf-8")
    build([path], store, pipeline)
    text = " ".join(q.object.value for q in store.graph_quads(iris.article("a")))
    assert "Scholz" in text and "Putin" not in text


def test_bad_files_are_reported_and_the_rest_is_built(tmp_path: Path, pipeline: Pipeline) -> None:
    shutil.copy(next(EXAMPLES.glob("*.txt")), tmp_path / "good.txt")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "lines.jsonl").write_text('{"id": "j1", "text": "Xi Jinping reiste nach Moskau."}\n{oops\n',
                                          encoding="utf-8")
    store = GraphStore()
    report = build([tmp_path], store, pipeline)
    assert report.articles == 2
    assert sorted(str(e).split(": ")[0] for e in report.errors) == [
        str(tmp_path / "binary.txt"), f"{tmp_path / 'lines.jsonl'}:2"]


def _kg(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    return subprocess.run([*KG, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


def test_cli_build_summary_exit_codes_and_export_load_round_trip(tmp_path: Path) -> None:
    articles = tmp_path / "in"
    shutil.copytree(EXAMPLES, articles)
    ok = _kg("build", str(articles), "--store", "s1", cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("2 articles, ") and ", 0 errors" in ok.stdout

    dump = tmp_path / "dump.nq"
    assert _kg("export", "--store", "s1", "--format", "nquads", "-o", str(dump), cwd=tmp_path).returncode == 0
    assert _kg("load", str(dump), "--store", "s2", cwd=tmp_path).returncode == 0
    again = tmp_path / "again.nq"
    _kg("export", "--store", "s2", "--format", "nquads", "-o", str(again), cwd=tmp_path)
    assert sorted(dump.read_text().splitlines()) == sorted(again.read_text().splitlines())

    (articles / "broken.jsonl").write_text("not json\n", encoding="utf-8")
    failed = _kg("build", str(articles), "--store", "s1", cwd=tmp_path)
    assert failed.returncode == 1
    assert f"{articles / 'broken.jsonl'}:1: malformed JSON" in failed.stderr
    assert ", 1 errors" in failed.stdout

    stats = _kg("stats", "--store", "s1", cwd=tmp_path)
    assert "articles     2" in stats.stdout
    valid = _kg("validate", "--store", "s1", cwd=tmp_path)
    assert valid.returncode == 0 and valid.stdout.strip().endswith("0 violations")


def test_cli_explain_shows_facts_with_highlighted_evidence(tmp_path: Path) -> None:
    src = tmp_path / "call.jsonl"
    src.write_text(json.dumps({"id": "call", "lang": "de", "text":
        'Wladimir Putin telefonierte am Mittwoch mit Xi Jinping. "Wir sind Freunde", sagte Putin.'}) + "\n",
        encoding="utf-8")
    assert _kg("build", str(src), "--store", "s", cwd=tmp_path).returncode == 0
    out = _kg("explain", "call", "--store", "s", cwd=tmp_path).stdout
    assert "PhoneCall" in out and "Statement" in out
    assert "[[" in out and "]]" in out
    missing = _kg("explain", "nope", "--store", "s", cwd=tmp_path)
    assert missing.returncode == 2 and "no article with id 'nope'" in missing.stderr
