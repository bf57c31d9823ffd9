"""Every setting, defined once: name, type, default and help.

A setting `query_timeout` is read from the environment as `KG_QUERY_TIMEOUT`
and may be overridden by a command-line flag; `kg settings` lists them all, so
no setting is undocumented.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    name: str
    type: Callable[[str], Any]
    default: Any
    help: str

    @property
    def env(self) -> str:
        return "KG_" + self.name.upper()


def _bool(text: str) -> bool:
    value = text.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off", ""):
        return False
    raise ValueError(f"not a boolean: {text!r}")


def _list(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


SETTINGS: tuple[Setting, ...] = (
    Setting("store", str, "data/store", "Directory of the embedded pyoxigraph store."),
    Setting("host", str, "127.0.0.1", "Address `kg serve` listens on."),
    Setting("port", int, 8000, "Port `kg serve` listens on."),
    Setting("allow_writes", _bool, False, "Accept SPARQL updates and Graph Store writes (needs write_token)."),
    Setting("write_token", str, "", "Bearer token that write requests must send when writes are allowed."),
    Setting("insecure_no_token", _bool, False,
            "With allow_writes and no write_token, accept writes from anyone (only for conformance test suites)."),
    Setting("query_timeout", float, 30.0, "Longest a query may run, in seconds; a request may ask for less."),
    Setting("max_results", int, 100_000, "Most result rows or triples a query may return before it is refused."),
    Setting("max_query_length", int, 100_000, "Longest query or update text accepted, in characters."),
    Setting("max_body_bytes", int, 10_000_000, "Largest request body accepted, in bytes."),
    Setting("max_concurrent_queries", int, 4, "Queries run at once; more get 503 with Retry-After."),
    Setting("federation_allow", _list, ("https://query.wikidata.org/sparql",),
            "Comma-separated SPARQL endpoints that SERVICE may call."),
    Setting("cors", _bool, False, "Send CORS headers allowing any origin."),
    Setting("wikidata_api", str, "https://www.wikidata.org/w/api.php", "Wikidata API used by online linking."),
    Setting("wikidata_sparql", str, "https://query.wikidata.org/sparql", "Wikidata Query Service endpoint."),
    Setting("cache_dir", str, "data/cache", "Directory of the on-disk cache of online look-ups."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str, overrides: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None) -> Any:
    """The value of a setting: an explicit override (not None), else `KG_NAME`, else the default."""
    setting = _BY_NAME[name]
    if overrides and overrides.get(name) is not None:
        return overrides[name]
    env = os.environ if environ is None else environ
    if setting.env in env:
        try:
            return setting.type(env[setting.env])
        except ValueError as exc:
            raise ValueError(f"{setting.env}: {exc}") from exc
    return setting.default


def resolve(overrides: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """All settings at once."""
    return {s.name: get(s.name, overrides, environ) for s in SETTINGS}
