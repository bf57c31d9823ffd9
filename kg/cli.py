"""The `kg` command: thin commands over the library.

Every option's default comes from `kg.config`, so `KG_STORE=...` works as
well as `--store`. A user mistake ends with a one-line message and exit
code 2, never a traceback; a build with failed articles exits with 1.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from kg import config
from kg.errors import KgError


class _Group(click.Group):
    """Turns the project's errors into one readable line and exit code 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)


def _store_option(f: Any) -> Any:
    return click.option("--store", "store", type=click.Path(file_okay=False), default=None,
                        help=f"Store directory [env KG_STORE; default {config.get('store')}].")(f)


def _open_store(path: str | None, *, read_only: bool = False) -> Any:
    from kg.store import GraphStore

    return GraphStore(config.get("store", {"store": path}), read_only=read_only)


@click.group(cls=_Group)
@click.version_option(package_name="diplomacy-kg")
def main() -> None:
    """Build a knowledge graph of diplomacy news and serve it over SPARQL."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@_store_option
@click.option("--no-validate", is_flag=True, help="Skip SHACL validation of each article graph.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def build(paths: tuple[str, ...], store: str | None, no_validate: bool, quiet: bool) -> None:
    """Build articles (.txt .md .html .jsonl files or directories) into the store."""
    from kg.build import build as run_build
    from kg.ingest import iter_files
    from kg.nlp.pipeline import Pipeline

    graph_store = _open_store(store)
    files = list(iter_files(paths))
    show_bar = not quiet and sys.stderr.isatty() and len(files) > 1
    with click.progressbar(length=len(files), label="building", file=sys.stderr,
                           hidden=not show_bar) as bar:
        seen_sources: set[str] = set()

        def progress(item: Any) -> None:
            source = str(getattr(item, "source", "") or "").split(":")[0]
            if source not in seen_sources:
                seen_sources.add(source)
                bar.update(1)

        report = run_build(files, graph_store, Pipeline(), validate=not no_validate, on_article=progress)
    for error in report.errors:
        click.echo(f"error: {error}", err=True)
    click.echo(report.summary())
    if report.errors:
        sys.exit(1)


@main.command()
@_store_option
def stats(store: str | None) -> None:
    """Counts of quads, articles, actors, events and statements."""
    s = _open_store(store).stats()
    for name in ("quads", "articles", "actors", "events", "statements"):
        click.echo(f"{name:12} {getattr(s, name)}")


@main.command()
@_store_option
@click.option("--format", "fmt", type=click.Choice(["nquads", "trig", "turtle", "jsonld"]), default="nquads",
              show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), default="-", help="File to write (default stdout).")
def export(store: str | None, fmt: str, output: str) -> None:
    """Write the whole graph in an RDF format (turtle merges all article graphs)."""
    graph_store = _open_store(store)
    with click.open_file(output, "wb") as out:
        graph_store.export(out, fmt)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@_store_option
@click.option("--graph", default=None, help="Graph IRI for triple formats (default: the default graph).")
def load(files: tuple[str, ...], store: str | None, graph: str | None) -> None:
    """Bulk-load RDF files (.nq .trig .ttl .nt .jsonld .rdf) into the store."""
    from pyoxigraph import NamedNode

    graph_store = _open_store(store)
    target = NamedNode(graph) if graph else None
    total = sum(graph_store.load(Path(f), graph=target) for f in files)
    graph_store.flush()
    click.echo(f"{total} quads loaded from {len(files)} files")


@main.command()
@_store_option
def validate(store: str | None) -> None:
    """Check every article graph against the SHACL shapes."""
    from kg.rdf.shacl import format_violation, validate_store

    violations = validate_store(_open_store(store))
    for v in violations:
        click.echo(format_violation(v))
    click.echo(f"{len(violations)} violations")
    if violations:
        sys.exit(1)


@main.command()
def settings() -> None:
    """List every setting with its environment variable, current value and help."""
    values = config.resolve()
    for s in config.SETTINGS:
        click.echo(f"{s.env:28} {values[s.name]!r:40} {s.help}")


@main.command()
@click.argument("article_id")
@_store_option
@click.option("--color/--no-color", default=None, help="Highlight with colour (default: when a terminal).")
def explain(article_id: str, store: str | None, color: bool | None) -> None:
    """Print each fact of a built article with its evidence span highlighted."""
    from kg.explain import explain as run_explain, render

    text, facts = run_explain(_open_store(store), article_id)
    use_color = sys.stdout.isatty() if color is None else color

    def highlight(span: str) -> str:
        return click.style(span, bold=True, reverse=True) if use_color else f"[[{span}]]"

    for fact in facts:
        click.echo(render(text, fact, highlight))
    click.echo(f"{len(facts)} facts")
