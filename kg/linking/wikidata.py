"""A polite client for the Wikidata API and the Wikidata Query Service.

Why its own client: Wikimedia asks API users for an identifying User-Agent,
for serial requests, for `maxlag` and for backing off when told to (429, 503,
`Retry-After`); and a linker that runs over a corpus asks the same questions
again and again. This client does all of that in one place: every request is
rate-limited, retried with exponential backoff on 429/5xx and network errors
(respecting `Retry-After`), and answered from the on-disk `Cache` when it was
asked before, so a second run makes no request at all.

Endpoints come from the settings `wikidata_api` and `wikidata_sparql`, so tests
and mirrors can point the client at another server speaking the same protocol.
"""
from __future__ import annotations

import email.utils
import json
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from kg import config
from kg.errors import WikidataError
from kg.linking.cache import Cache, request_key

USER_AGENT = f"diplomacy-kg/0.1 python-httpx/{httpx.__version__}"
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
SPARQL_JSON = "application/sparql-results+json"
_GET_LIMIT = 1800  # longer queries go by POST, as the Query Service asks
_BATCH = 50        # wbgetentities takes at most 50 ids per request


@dataclass(frozen=True)
class SearchHit:
    """One result of `wbsearchentities`."""

    qid: str
    label: str
    description: str
    matched: str


@dataclass(frozen=True)
class Item:
    """The parts of a `wbgetentities` entity the linker uses."""

    qid: str
    labels: Mapping[str, str]
    aliases: Mapping[str, tuple[str, ...]]
    descriptions: Mapping[str, str]
    claims: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or next(iter(self.labels.values()), self.qid)


@dataclass
class Policy:
    """How politely to ask: pause between requests, retries, backoff, and the longest wait accepted."""

    min_interval: float = 1.0
    retries: int = 4
    backoff: float = 1.0
    max_wait: float = 60.0
    timeout: float = 30.0
    maxlag: int = 5


class WikidataClient:
    """`wbsearchentities`, `wbgetentities` and SPARQL SELECT, rate-limited, retried and cached."""

    def __init__(self, api_url: str, sparql_url: str, cache: Cache | None, *, policy: Policy | None = None,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic,
                 http: httpx.Client | None = None) -> None:
        self.api_url = api_url
        self.sparql_url = sparql_url
        self.cache = cache
        self.policy = policy or Policy()
        self.requests = 0
        self._sleep = sleep
        self._clock = clock
        self._last: float | None = None
        self._turn = threading.Lock()
        self._http = http or httpx.Client(headers={"User-Agent": USER_AGENT}, timeout=self.policy.timeout,
                                          follow_redirects=True)

    @classmethod
    def from_settings(cls, overrides: Mapping[str, Any] | None = None, **kwargs: Any) -> "WikidataClient":
        """A client for the configured endpoints with the cache in `cache_dir`."""
        settings = config.resolve(overrides)
        return cls(settings["wikidata_api"], settings["wikidata_sparql"], Cache.in_dir(settings["cache_dir"]),
                   **kwargs)

    def close(self) -> None:
        self._http.close()
        if self.cache is not None:
            self.cache.close()

    def __enter__(self) -> "WikidataClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def search(self, name: str, lang: str = "de", limit: int = 7) -> list[SearchHit]:
        """Items whose label or alias matches `name` (Wikidata's own ranking, best first)."""
        answer = self._api({"action": "wbsearchentities", "search": name, "language": lang, "uselang": lang,
                            "type": "item", "limit": str(limit)})
        return [SearchHit(hit["id"], hit.get("label", ""), hit.get("description", ""),
                          hit.get("match", {}).get("text", "")) for hit in answer.get("search", [])]

    def items(self, qids: Sequence[str], langs: Sequence[str] = ("de", "en")) -> dict[str, Item]:
        """Labels, aliases, descriptions and item-valued claims of `qids`, in batches of 50."""
        found: dict[str, Item] = {}
        unique = list(dict.fromkeys(qids))
        for start in range(0, len(unique), _BATCH):
            answer = self._api({"action": "wbgetentities", "ids": "|".join(unique[start:start + _BATCH]),
                                "props": "labels|aliases|descriptions|claims", "languages": "|".join(langs)})
            for qid, entity in answer.get("entities", {}).items():
                if "missing" not in entity:
                    found[qid] = _item(qid, entity)
        return found

    def select(self, query: str) -> list[dict[str, str]]:
        """Runs a SPARQL SELECT; each row maps a variable to the value (IRI or literal lexical form)."""
        if len(query) <= _GET_LIMIT:
            body = self._request("GET", self.sparql_url, {"query": query}, None, SPARQL_JSON)
        else:
            body = self._request("POST", self.sparql_url, None, query.encode("utf-8"), SPARQL_JSON,
                                 content_type="application/sparql-query")
        answer = _json(body, self.sparql_url)
        try:
            rows = answer["results"]["bindings"]
        except (KeyError, TypeError) as exc:
            raise WikidataError("the query service answered without SPARQL JSON results",
                                source=self.sparql_url) from exc
        return [{name: cell["value"] for name, cell in row.items()} for row in rows]

    def _api(self, params: dict[str, str]) -> dict[str, Any]:
        params = {**params, "format": "json", "maxlag": str(self.policy.maxlag)}
        answer = _json(self._request("GET", self.api_url, params, None, "application/json"), self.api_url)
        error = answer.get("error")
        if error:
            raise WikidataError(f"Wikidata API error {error.get('code')}: {error.get('info', '')}",
                                source=self.api_url)
        return answer

    def _request(self, method: str, url: str, params: dict[str, str] | None, body: bytes | None, accept: str,
                 content_type: str | None = None) -> bytes:
        key = request_key(method, url, params, body)
        cached = self.cache.get(key) if self.cache is not None else None
        if cached is not None:
            return cached.body
        response = self._send(method, url, params, body, accept, content_type)
        if self.cache is not None:
            self.cache.put(key, str(response.url), response.status_code,
                           response.headers.get("content-type", ""), response.content)
        return response.content

    def _send(self, method: str, url: str, params: dict[str, str] | None, body: bytes | None, accept: str,
              content_type: str | None) -> httpx.Response:
        headers = {"Accept": accept, **({"Content-Type": content_type} if content_type else {})}
        attempts = self.policy.retries + 1
        for attempt in range(attempts):
            self._wait_turn()
            self.requests += 1
            try:
                response = self._http.request(method, url, params=params, content=body, headers=headers)
            except httpx.TransportError as exc:
                problem, retry_after = f"network error: {exc}", None
            else:
                if response.status_code not in RETRY_STATUS and not _is_lagged(response):
                    if response.status_code >= 400:
                        raise WikidataError(f"HTTP {response.status_code} from {url}", source=url)
                    return response
                problem, retry_after = f"HTTP {response.status_code}", response.headers.get("retry-after")
            if attempt + 1 < attempts:
                self._sleep(self._backoff(attempt, retry_after))
        raise WikidataError(f"gave up after {attempts} attempts ({problem})", source=url)

    def _wait_turn(self) -> None:
        """Keeps at least `min_interval` seconds between two requests to Wikidata."""
        with self._turn:
            now = self._clock()
            if self._last is not None:
                pause = self._last + self.policy.min_interval - now
                if pause > 0:
                    self._sleep(pause)
                    now += pause
            self._last = now

    def _backoff(self, attempt: int, retry_after: str | None) -> float:
        told = _retry_after_seconds(retry_after)
        wait = told if told is not None else self.policy.backoff * 2 ** attempt
        return min(max(wait, 0.0), self.policy.max_wait)


def _retry_after_seconds(value: str | None) -> float | None:
    """`Retry-After` as seconds: either a number of seconds or an HTTP date."""
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _is_lagged(response: httpx.Response) -> bool:
    """The API answers a `maxlag` refusal with 200, an error body and Retry-After."""
    if "retry-after" not in response.headers or not response.headers.get("content-type", "").startswith(
            "application/json"):
        return False
    try:
        return response.json().get("error", {}).get("code") == "maxlag"
    except (ValueError, AttributeError):
        return False


def _json(body: bytes, url: str) -> dict[str, Any]:
    try:
        answer = json.loads(body)
    except ValueError as exc:
        raise WikidataError("the answer is not JSON", source=url) from exc
    if not isinstance(answer, dict):
        raise WikidataError("the answer is not a JSON object", source=url)
    return answer


def _item(qid: str, entity: Mapping[str, Any]) -> Item:
    def texts(values: Mapping[str, Any]) -> dict[str, str]:
        return {lang: value["value"] for lang, value in values.items()}

    aliases = {lang: tuple(a["value"] for a in values) for lang, values in entity.get("aliases", {}).items()}
    return Item(qid, texts(entity.get("labels", {})), aliases, texts(entity.get("descriptions", {})),
                _item_claims(entity.get("claims", {})))


def _item_claims(claims: Mapping[str, Iterable[Mapping[str, Any]]]) -> dict[str, tuple[str, ...]]:
    """Item-valued main snaks by property, deprecated statements left out."""
    out: dict[str, tuple[str, ...]] = {}
    for prop, statements in claims.items():
        values = []
        for statement in statements:
            snak = statement.get("mainsnak", {})
            value = snak.get("datavalue", {}).get("value")
            if statement.get("rank") != "deprecated" and isinstance(value, dict) and "id" in value:
                values.append(value["id"])
        if values:
            out[prop] = tuple(values)
    return out
