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


def _pipeline(online: bool) -> Any:
    from kg.nlp.pipeline import DEFAULT, ONLINE, Context, Pipeline

    if not online:
        return Pipeline(DEFAULT)
    from kg.linking.commands import POLICY
    from kg.linking.online import OnlineLinker
    from kg.linking.wikidata import WikidataClient

    return Pipeline(ONLINE, Context(online=OnlineLinker(WikidataClient.from_settings(policy=POLICY))))


@click.group(cls=_Group)
@click.version_option(package_name="diplomacy-kg")
def main() -> None:
    """Build a knowledge graph of diplomacy news and serve it over SPARQL."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@_store_option
@click.option("--no-validate", is_flag=True, help="Skip SHACL validation of each article graph.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--online", is_flag=True,
              help="Also link actors the offline registry does not know through Wikidata (cached).")
def build(paths: tuple[str, ...], store: str | None, no_validate: bool, quiet: bool, online: bool) -> None:
    """Build articles (.txt .md .html .jsonl files or directories) into the store."""
    from kg.build import build as run_build
    from kg.ingest import iter_files

    graph_store = _open_store(store)
    pipeline = _pipeline(online)
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

        report = run_build(files, graph_store, pipeline, validate=not no_validate, on_article=progress)
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


@main.group()
def query() -> None:
    """Saved queries (queries/*.rq): list them, show one, run one or an ad-hoc .rq file."""


@query.command("list")
def query_list() -> None:
    """Every saved query with its summary."""
    from kg.queries import QueryLibrary

    for saved in QueryLibrary.from_directory():
        click.echo(f"{saved.name:22} {saved.summary}")


@query.command("show")
@click.argument("name")
def query_show(name: str) -> None:
    """A saved query's documentation, parameters, an example command and its SPARQL."""
    from kg.queries import QueryLibrary

    saved = QueryLibrary.from_directory().get(name)
    click.echo(f"{saved.name}: {saved.summary}\n")
    if saved.description:
        click.echo(saved.description + "\n")
    for p in saved.parameters:
        extra = "".join(f" {k}={v}" for k, v in (("default", p.default), ("example", p.example)) if v is not None)
        click.echo(f"  {p.name:14} {p.type:10} {'required' if p.required else 'optional':8}{extra}")
        click.echo(f"  {'':14} {p.description or p.expected}")
    example = " ".join(f"--param {k}={v!r}" if " " in v else f"--param {k}={v}" for k, v in saved.example().items())
    click.echo(f"\nexample: kg query run {saved.name} {example}".rstrip() + "\n")
    click.echo(saved.text, nl=False)


@query.command("run")
@click.argument("name", required=False)
@click.option("--file", "path", type=click.Path(exists=True, dir_okay=False), help="Run this .rq file instead.")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="A parameter value (repeatable).")
@click.option("--format", "fmt", default="table", show_default=True,
              type=click.Choice(["table", "json", "csv", "tsv", "xml", "turtle", "ntriples", "jsonld", "html"]))
@_store_option
def query_run(name: str | None, path: str | None, params: tuple[str, ...], fmt: str, store: str | None) -> None:
    """Run saved query NAME (or --file Q.rq) with typed parameters on the store."""
    from kg import queries, results
    from kg.errors import QueryError

    if (name is None) == (path is None):
        raise click.UsageError("give a saved query NAME or --file Q.rq (one of them)")
    if path is not None:
        saved = queries.parse(Path(path).read_text(encoding="utf-8"), "adhoc", source=path)
    else:
        saved = queries.QueryLibrary.from_directory().get(name or "")
    values: dict[str, str] = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.UsageError(f"--param needs NAME=VALUE, got {item!r}")
        values[key.strip()] = value
    text = saved.bind(values, wikidata_sparql=config.get("wikidata_sparql"))
    result = queries.run(_open_store(store, read_only=True).store, text)
    try:
        body = results.render(result, fmt, title=saved.summary or saved.name)
    except ValueError as exc:
        raise QueryError(str(exc)) from None
    click.echo(body, nl=False)


@main.command()
@_store_option
@click.option("--host", default=None, help=f"Address to listen on [env KG_HOST; default {config.get('host')}].")
@click.option("--port", type=int, default=None, help=f"Port [env KG_PORT; default {config.get('port')}].")
@click.option("--allow-writes", is_flag=True, default=None,
              help="Accept SPARQL updates and Graph Store writes, with the token of KG_WRITE_TOKEN.")
@click.option("--insecure-no-token", is_flag=True, default=None,
              help="With --allow-writes and no token, accept writes from anyone (conformance test suites only).")
@click.option("--cors", is_flag=True, default=None, help="Send CORS headers allowing any origin.")
@click.option("--timeout", "query_timeout", type=float, default=None,
              help=f"Longest a query may run, in seconds [env KG_QUERY_TIMEOUT; default {config.get('query_timeout')}].")
def serve(store: str | None, host: str | None, port: int | None, allow_writes: bool | None,
          insecure_no_token: bool | None, cors: bool | None, query_timeout: float | None) -> None:
    """Serve the store: SPARQL at /sparql, Graph Store at /store, saved queries at /api, a query UI at /."""
    from server.app import serve as run_server

    run_server(config.resolve({
        "store": store, "host": host, "port": port, "allow_writes": allow_writes or None,
        "insecure_no_token": insecure_no_token or None, "cors": cors or None, "query_timeout": query_timeout,
    }))

def _attach_linking() -> None:
    from kg.linking.commands import link_command, registry_group

    main.add_command(link_command, "link")
    main.add_command(registry_group, "registry")


_attach_linking()

if __name__ == "__main__":
    main()
