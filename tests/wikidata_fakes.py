"""Local servers that speak Wikidata's protocols, for the linking tests (the one place a fake is allowed).

`FakeWikidata` answers the API (`/w/api.php`) with recorded wbsearchentities /
wbgetentities responses from tests/fixtures/wikidata, and passes SPARQL
requests (`/sparql`) through to a real `oxigraph serve` loaded with
Wikidata-shaped data (the `query_service` fixture in conftest.py), so that it
can count every request the client makes and refuse some on purpose (429, 503).
"""
from __future__ import annotations

import json
import threading
import urllib.request
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from kg.linking.cache import Cache
from kg.linking.wikidata import Policy, WikidataClient

FIXTURES = Path(__file__).parent / "fixtures" / "wikidata"


class FakeWikidata(ThreadingHTTPServer):
    """Recorded API answers at /w/api.php; /sparql passed through to oxigraph. Counts and can refuse requests."""

    def __init__(self, query_service: str) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.query_service = query_service
        self.counts: Counter[str] = Counter()
        self.user_agents: list[str] = []
        self.refusals: list[tuple[int, dict[str, str]]] = []
        self.lock = threading.Lock()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def refuse_next(self, status: int, headers: dict[str, str] | None = None, times: int = 1) -> None:
        self.refusals.extend([(status, headers or {})] * times)


class _Handler(BaseHTTPRequestHandler):
    server: FakeWikidata

    def log_message(self, *args: object) -> None:
        return

    def do_GET(self) -> None:
        self._answer(None)

    def do_POST(self) -> None:
        self._answer(self.rfile.read(int(self.headers.get("Content-Length", 0))))

    def _answer(self, body: bytes | None) -> None:
        url = urlsplit(self.path)
        with self.server.lock:
            self.server.counts[url.path] += 1
            self.server.user_agents.append(self.headers.get("User-Agent", ""))
            refusal = self.server.refusals.pop(0) if self.server.refusals else None
        if refusal is not None:
            self._send(refusal[0], b"{}", "application/json", refusal[1])
        elif url.path == "/w/api.php":
            self._send(200, json.dumps(_api(parse_qs(url.query))).encode(), "application/json; charset=utf-8")
        elif url.path == "/sparql":
            self._sparql(url.query, body)
        else:
            self._send(404, b"not found", "text/plain")

    def _sparql(self, query: str, body: bytes | None) -> None:
        target = self.server.query_service + (f"?{query}" if query else "")
        request = urllib.request.Request(target, data=body, method="POST" if body is not None else "GET",
                                         headers={"Accept": self.headers.get("Accept", "*/*"),
                                                  "Content-Type": self.headers.get("Content-Type", "")})
        with urllib.request.urlopen(request, timeout=30) as answer:
            self._send(answer.status, answer.read(), answer.headers.get("Content-Type", ""))

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


def _api(params: dict[str, list[str]]) -> dict[str, object]:
    """The recorded answer for a request, or what Wikidata answers for an unknown name or id."""
    action = params.get("action", [""])[0]
    if action == "wbsearchentities":
        search, lang = params["search"][0], params["language"][0]
        path = FIXTURES / "wbsearchentities" / lang / f"{search.lower().replace(' ', '-')}.json"
        if path.exists():
            return json.loads(path.read_text(encoding="utf-8"))
        return {"searchinfo": {"search": search}, "search": [], "success": 1}
    if action == "wbgetentities":
        entities: dict[str, object] = {}
        for qid in params["ids"][0].split("|"):
            path = FIXTURES / "wbgetentities" / f"{qid}.json"
            found = json.loads(path.read_text(encoding="utf-8"))["entities"] if path.exists() else {
                qid: {"id": qid, "missing": ""}}
            entities.update(found)
        return {"entities": entities, "success": 1}
    return {"error": {"code": "badvalue", "info": f"Unrecognized value for parameter \"action\": {action}."}}


class Sleeps(list):
    """Records the pauses the client asks for instead of sleeping them."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def wikidata_client(wikidata: FakeWikidata, cache_dir: Path, sleeps: Sleeps | None = None,
                    **policy: float) -> WikidataClient:
    """A client of `wikidata` caching in `cache_dir`, with no pause between requests unless `policy` says so."""
    settings = {"min_interval": 0.0, "backoff": 0.5, "retries": 2, **policy}
    return WikidataClient(f"{wikidata.base}/w/api.php", f"{wikidata.base}/sparql", Cache.in_dir(cache_dir),
                          policy=Policy(**settings), sleep=sleeps if sleeps is not None else Sleeps())  # type: ignore[arg-type]
