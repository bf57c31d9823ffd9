"""`kg link` and `kg registry`: the linker and the registry from the command line.

Thin shells over `registry`, `online` and `refresh` (attached to the `kg`
group by the CLI module as `link_command` and `registry_group`). Online look-ups
use the settings `wikidata_api`, `wikidata_sparql` and `cache_dir`, so a second
run of the same command makes no request.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from kg import config
from kg.linking import refresh as refreshing
from kg.linking.online import OnlineLinker
from kg.linking.registry import DATA_DIR, Entry, Registry, choose
from kg.linking.wikidata import Policy, WikidataClient
from kg.model import ActorType, PartialDate

# How politely the commands ask Wikidata (a pause of a second between requests, as Wikimedia asks of bots).
POLICY = Policy()


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> PartialDate | None:
    if value is None:
        return None
    try:
        return PartialDate.parse(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


def _client(cache_dir: str | None, no_cache: bool = False) -> WikidataClient:
    client = WikidataClient.from_settings({"cache_dir": cache_dir}, policy=POLICY)
    if no_cache and client.cache is not None:
        client.cache.max_age = 0.0
    return client


def _summary(entry: Entry, lang: str) -> dict[str, Any]:
    return {"key": entry.key, "wikidata": entry.qid, "type": entry.type.value, "label": entry.label(lang),
            "source": entry.source}


def _describe(entry: Entry, lang: str) -> str:
    qid = entry.qid or "(no Wikidata id)"
    return f"{entry.key:<28} {entry.type.value:<12} {entry.label(lang)}  {qid}  [{entry.source}]"


def _readings(registry: Registry, name: str) -> dict[str, Entry]:
    """The non-name readings of a word: the actor it is a metonym of, the state its adjective names."""
    found = {"metonym": registry.by_metonym(name), "demonym": registry.by_demonym(name)}
    return {kind: entry for kind, entry in found.items() if entry is not None}


@click.command("link")
@click.argument("names", nargs=-1, required=True)
@click.option("--online", is_flag=True, help="Also ask Wikidata (API + Query Service; answers are cached).")
@click.option("--lang", default="de", show_default=True, type=click.Choice(["de", "en"]),
              help="Language of the names.")
@click.option("--type", "type_", type=click.Choice([t.value for t in ActorType]), help="Keep only this type.")
@click.option("--of", "of", metavar="KEY", help="State or organisation of the context, e.g. Q183.")
@click.option("--date", "on", callback=_date, metavar="YYYY[-MM[-DD]]", help="Article date.")
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
              help=f"Cache of online answers [env KG_CACHE_DIR; default {config.get('cache_dir')}].")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def link_command(names: tuple[str, ...], online: bool, lang: str, type_: str | None, of: str | None,
                 on: PartialDate | None, cache_dir: str | None, as_json: bool) -> None:
    """Show the candidates for each NAME and the one chosen in context."""
    registry = Registry.default()
    linker = OnlineLinker(_client(cache_dir)) if online else None
    results = []
    try:
        for name in names:
            offline = registry.lookup(name)
            remote = [e for e in linker.candidates(name, lang) if e.key not in {o.key for o in offline}] \
                if linker else []
            readings = _readings(registry, name)
            chosen = next(filter(None, (choose(pool, type=type_, of=of, on=on)
                                        for pool in (offline, remote, list(readings.values())))), None)
            results.append((name, offline, remote, readings, chosen))
    finally:
        if linker:
            linker.client.close()
    if as_json:
        click.echo(json.dumps([{"name": n, "registry": [_summary(e, lang) for e in off],
                                "wikidata": [_summary(e, lang) for e in rem],
                                "readings": {k: _summary(e, lang) for k, e in read.items()},
                                "chosen": _summary(ch, lang) if ch else None}
                               for n, off, rem, read, ch in results], ensure_ascii=False, indent=2))
        return
    for name, offline, remote, readings, chosen in results:
        click.echo(name)
        for label, entries in (("registry", offline), ("wikidata", remote)):
            for entry in entries:
                click.echo(f"  {label:<9} {_describe(entry, lang)}")
        for kind, entry in readings.items():
            click.echo(f"  {kind:<9} {_describe(entry, lang)}")
        click.echo(f"  chosen    {_describe(chosen, lang) if chosen else '(none: stays unlinked)'}")


@click.group("registry")
def registry_group() -> None:
    """The offline registry of states, organisations, persons, places and treaties."""


@registry_group.command("show")
@click.argument("key")
def show(key: str) -> None:
    """Show one entry by key (a Wikidata id or slug) or by name."""
    registry = Registry.default()
    entry = registry.entry(key) or next(iter(registry.lookup(key)), None)
    if entry is None:
        raise click.ClickException(f"no registry entry for {key!r}")
    click.echo(f"{entry.key}  {entry.type.value}  [{entry.source}]")
    click.echo(f"  wikidata:  {entry.qid or '(none)'}")
    click.echo(f"  label:     {entry.label_de} / {entry.label_en}")
    for name, value in (("aliases", entry.aliases), ("demonyms", entry.demonyms), ("metonyms", entry.metonyms)):
        if value:
            click.echo(f"  {name + ':':<10} {'; '.join(value)}")
    for name, ref in (("capital", entry.capital), ("country", entry.country)):
        if ref:
            target = registry.entry(ref)
            click.echo(f"  {name + ':':<10} {ref} {target.label_en if target else ''}")
    for office in entry.offices:
        term = f"{office.start.iso() if office.start else '?'}..{office.end.iso() if office.end else ''}"
        body = registry.entry(office.of)
        click.echo(f"  office:    {office.title_de} / {office.title_en} of {body.label_en if body else office.of}"
                   f" ({office.of}) {term}")


@registry_group.command("refresh")
@click.option("--write", is_flag=True, help="Write the changes (without it, only the diff is shown).")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), default=DATA_DIR,
              show_default=True, help="Registry data directory to refresh.")
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
              help=f"Cache of Query Service answers [env KG_CACHE_DIR; default {config.get('cache_dir')}].")
@click.option("--no-cache", is_flag=True, help="Ask the Query Service again even for cached queries.")
def refresh_command(write: bool, data_dir: Path, cache_dir: str | None, no_cache: bool) -> None:
    """Extend the registry from the Wikidata Query Service; show the diff, write with --write."""
    with _client(cache_dir, no_cache) as client:
        result = refreshing.refresh(client, data_dir)
    lines = result.diff.lines()
    for line in lines:
        click.echo(line)
    if not result.diff:
        click.echo("registry is up to date")
        return
    if not write:
        click.echo(f"{len(lines)} change(s); run again with --write to apply them")
        return
    for path in refreshing.write(result, data_dir):
        click.echo(f"wrote {path}")
