"""`kg query list|show|run` on an on-disk store, and the result formats the command line writes."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pyoxigraph import Literal, NamedNode, QueryResultsFormat, parse_query_results

from kg import results
from kg.cli import main
from kg.queries import QueryLibrary
from test_queries import save_store


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    return save_store(tmp_path_factory.mktemp("cli") / "store")


def kg(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_list_names_every_saved_query_with_its_summary() -> None:
    code, out, _ = kg("query", "list")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == len(QueryLibrary.from_directory())
    assert any(line.startswith("timeline ") and "timeline" in line.lower() for line in lines)


def test_show_documents_parameters_and_an_example_command() -> None:
    code, out, _ = kg("query", "show", "contacts")
    assert code == 0
    assert "a              qid        required example=Q7747" in out
    assert "example: kg query run contacts --param a=Q7747 --param b=Q15031" in out
    assert "SELECT ?date ?type" in out


def test_run_prints_a_readable_table(store_dir: str) -> None:
    code, out, _ = kg("query", "run", "timeline", "--param", "actor=Q7747", "--store", store_dir)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["date", "type", "status", "with", "place", "articleId", "event"]
    assert lines[2].startswith("2026        dip:Visit      dip:planned   China")
    assert lines[-1] == "(4 rows)"


@pytest.mark.parametrize("fmt", ["json", "csv", "tsv", "xml"])
def test_run_writes_the_sparql_result_formats(store_dir: str, fmt: str) -> None:
    code, out, _ = kg("query", "run", "contacts", "-p", "a=Q7747", "-p", "b=Q15031", "--format", fmt,
                      "--store", store_dir)
    assert code == 0
    if fmt == "csv":
        found = list(csv.DictReader(io.StringIO(out)))
        assert [r["evidence"] for r in found] == ["per Videoverbindung", "telefoniert"]
        return
    parsed = list(parse_query_results(out.encode(), {"json": QueryResultsFormat.JSON, "tsv": QueryResultsFormat.TSV,
                                                     "xml": QueryResultsFormat.XML}[fmt]))
    assert [s["evidence"] for s in parsed] == [Literal("per Videoverbindung"), Literal("telefoniert")]


def test_run_writes_turtle_for_a_construct_query(store_dir: str) -> None:
    code, out, _ = kg("query", "run", "contact-graph", "-p", "actor=Q7747", "--format", "turtle", "--store", store_dir)
    assert code == 0
    assert "dip:VideoCall" in out and "@prefix dip:" in out


def test_run_an_ad_hoc_file_with_its_own_parameters(store_dir: str, tmp_path: Path) -> None:
    query = tmp_path / "Who Spoke.rq"
    query.write_text("#+ summary: speakers\nPREFIX dip: <https://w3id.org/diplomacy-kg/ontology#>\n"
                     "SELECT ?quote WHERE { GRAPH ?g { ?s dip:speaker ?who ; dip:quote ?quote } "
                     "FILTER(CONTAINS(STR(?who), ?_who)) }\n", encoding="utf-8")
    code, out, _ = kg("query", "run", "--file", str(query), "-p", "who=uschakow", "--format", "json",
                      "--store", store_dir)
    assert code == 0
    assert [b["quote"]["value"] for b in json.loads(out)["results"]["bindings"]] == ["die Ansichten stimmten überein"]


@pytest.mark.parametrize("args, message", [
    (["timeline", "-p", "actor=Putin"], "parameter 'actor' must be a Wikidata id such as Q7747"),
    (["timeline"], "parameter 'actor' is required"),
    (["timeline", "-p", "actor=Q7747", "-p", "colour=red"], "unknown parameter 'colour'"),
    (["no-such-query"], "no saved query named 'no-such-query'"),
    (["actors", "--format", "turtle"], "cannot be written as turtle"),
])
def test_mistakes_end_with_one_line_and_exit_code_2(store_dir: str, args: list[str], message: str) -> None:
    code, out, err = kg("query", "run", *args, "--store", store_dir)
    assert code == 2
    assert out == ""
    assert message in err and len(err.strip().splitlines()) == 1


def test_a_name_or_a_file_but_not_both(store_dir: str, tmp_path: Path) -> None:
    query = tmp_path / "q.rq"
    query.write_text("SELECT * WHERE { ?s ?p ?o }", encoding="utf-8")
    assert kg("query", "run", "--store", store_dir)[0] == 2
    assert kg("query", "run", "actors", "--file", str(query), "--store", store_dir)[0] == 2
    assert kg("query", "run", "actors", "-p", "no-equals-sign", "--store", store_dir)[0] == 2


# --- result formats ---------------------------------------------------------------------------

def test_html_escapes_values_and_links_only_web_iris() -> None:
    table = results.Table(("x", "y"), ((Literal("<script>alert(1)</script>"), NamedNode("javascript:alert(1)")),
                                       (NamedNode("https://example.org/a?b=1&c=2"), None)))
    page = results.render_html(table, "t<i>tle")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert 'href="javascript' not in page
    assert '<a href="https://example.org/a?b=1&amp;c=2">' in page
    assert "<title>t&lt;i&gt;tle</title>" in page


def test_text_tables_shorten_iris_and_cut_long_cells() -> None:
    table = results.Table(("actor", "quote"), ((NamedNode("https://w3id.org/diplomacy-kg/id/entity/Q7747"),
                                                Literal("word " * 30)),))
    lines = results.render_text(table).splitlines()
    assert lines[2].startswith("id:entity/Q7747  word word")
    assert lines[2].endswith("…")
    assert lines[-1] == "(1 row)"


def test_sparql_json_round_trips_through_the_table() -> None:
    table = results.Table(("a", "b"), ((Literal("x", language="de"), Literal("2", datatype=NamedNode(
        "http://www.w3.org/2001/XMLSchema#integer"))), (None, NamedNode("http://example.org/"))))
    assert results.from_sparql_json(results.render(table, "json")) == table
    assert results.from_sparql_json(table.to_json()) == table
