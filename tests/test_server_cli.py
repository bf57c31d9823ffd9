"""`kg serve` as a user runs it: a real process, refusing unsafe settings before it listens."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx

from loopback import free_port, wait_until_up
from server.testing import make_store

ROOT = Path(__file__).resolve().parent.parent


def _kg(*args: str) -> list[str]:
    return [sys.executable, "-m", "kg.cli", *args]


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("KG_")}


def test_kg_serve_answers_queries_and_stops_cleanly(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    make_store(store, "<http://example.org/s> <http://example.org/p> 'o' .")
    port = free_port()
    process = subprocess.Popen(_kg("serve", "--store", store, "--port", str(port)), cwd=ROOT, env=_env(),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/healthz", process, seconds=60)
        health = httpx.get(f"http://127.0.0.1:{port}/healthz")
        assert health.json()["status"] == "ok"
        answer = httpx.get(f"http://127.0.0.1:{port}/sparql", params={"query": "SELECT ?o { ?s ?p ?o }",
                                                                      "format": "csv"})
        assert answer.text.splitlines() == ["o", "o"]
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=60)
    assert process.returncode == 0
    assert '"path":"/sparql"' in err  # the access log


def test_kg_serve_refuses_writes_without_a_token_and_a_missing_store(tmp_path: Path) -> None:
    no_token = subprocess.run(_kg("serve", "--store", str(tmp_path / "s"), "--allow-writes"), cwd=ROOT,
                              env=_env(), capture_output=True, text=True, timeout=60)
    assert no_token.returncode == 2 and "KG_WRITE_TOKEN" in no_token.stderr
    missing = subprocess.run(_kg("serve", "--store", str(tmp_path / "none")), cwd=ROOT, env=_env(),
                             capture_output=True, text=True, timeout=60)
    assert missing.returncode == 2 and "kg build" in missing.stderr
