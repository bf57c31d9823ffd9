"""Worker processes that own the store, so a query past its time limit can be stopped.

`Store.query` cannot be cancelled, so each query runs in a worker process
(`server.worker`) and the pool kills the process when the deadline passes,
then starts a fresh one. Read-only (the default), the pool has one worker per
allowed concurrent query, each opening the store `Store.read_only`. With
writes allowed, one worker opens the store read-write and runs every request
in turn: a second process reading a RocksDB store while another writes it is
undefined behaviour in pyoxigraph, and a single writer also serialises updates.

The cost, measured on loopback (2 cores): about 1 ms more per request than
running the query in the server process (pickled job and answer over a socket
pair), and for large SELECTs the row-counting TSV pass of `server.worker`
(100,000 rows as JSON: 0.46 s against 0.30 s in-process).

Read-only workers do not take RocksDB's lock, so the pool takes it itself
(the same POSIX lock RocksDB uses on the store's `LOCK` file): a `kg build`
started while the server runs fails to open the store instead of writing
under the readers' feet.
"""
from __future__ import annotations

import asyncio
import contextlib
import fcntl
import glob
import logging
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from kg.errors import StoreError
from server.worker import Outcome

log = logging.getLogger("kg.server")
_START_TIMEOUT = 60.0
_PACKAGE_ROOT = str(Path(__file__).resolve().parent.parent)


class JobTimeout(Exception):
    """The job ran past its deadline and its worker was stopped."""


class WorkerLost(Exception):
    """The worker died while running the job."""


@dataclass(eq=False)
class _Worker:
    process: subprocess.Popen[bytes]
    conn: Connection

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.close()
        if self.alive():
            self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=10)


def lock_store(store_path: str) -> int:
    """Takes the store's RocksDB lock for this process (an open fd); StoreError if it cannot."""
    path = Path(store_path)
    lock = path / "LOCK"
    if not lock.exists():
        raise StoreError("no store here: build one with `kg build` first (or allow writes)", source=str(path))
    fd = os.open(lock, os.O_RDWR)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        os.close(fd)
        raise StoreError("the store is in use by another process (a running `kg build` or server?)",
                         source=str(path)) from exc
    return fd


def check_store(store_path: str, *, writable: bool) -> None:
    """Fails early, with a readable reason, when `kg serve` could not open the store."""
    if writable:
        return
    os.close(lock_store(store_path))


def _roundtrip(worker: _Worker, job: Any) -> Outcome:
    worker.conn.send(job)
    return worker.conn.recv()


class WorkerPool:
    """A fixed number of store-owning processes; `run(job, timeout)` uses one of them."""

    def __init__(self, store_path: str | Path, *, size: int, writable: bool) -> None:
        self.store_path = str(store_path)
        self.size = size if not writable else 1
        self.writable = writable
        self.spool_dir = ""
        self.restarts = 0
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._workers: set[_Worker] = set()
        self._threads = ThreadPoolExecutor(max_workers=self.size + 2, thread_name_prefix="kg-pool")
        self._lock_fd: int | None = None
        self._closing = False

    async def start(self) -> None:
        """Opens the store in every worker; raises StoreError with a readable reason if it cannot."""
        self._check_store()
        self.spool_dir = tempfile.mkdtemp(prefix="kg-spool-")
        workers = await asyncio.gather(*(self._spawn() for _ in range(self.size)), return_exceptions=True)
        failures = [w for w in workers if isinstance(w, BaseException)]
        for worker in workers:
            if isinstance(worker, _Worker):
                self._idle.put_nowait(worker)
        if failures:
            await self.close()
            raise failures[0]

    def _check_store(self) -> None:
        if self.writable:
            Path(self.store_path).mkdir(parents=True, exist_ok=True)
            return
        self._lock_fd = lock_store(self.store_path)

    async def _spawn(self) -> _Worker:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._threads, self._spawn_blocking)

    def _spawn_blocking(self) -> _Worker:
        """A fresh `python -m server.worker` on one end of a socket pair (no re-import of the caller's main)."""
        ours, theirs = socket.socketpair()
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (_PACKAGE_ROOT, env.get("PYTHONPATH", "")) if p)
        mode = "rw" if self.writable else "ro"
        with theirs:
            process = subprocess.Popen(
                [sys.executable, "-m", "server.worker", str(theirs.fileno()), self.store_path, mode],
                pass_fds=(theirs.fileno(),), env=env, stdin=subprocess.DEVNULL)
        parent = Connection(ours.detach())
        worker = _Worker(process, parent)
        if not parent.poll(_START_TIMEOUT):
            worker.stop()
            raise StoreError("a query worker did not start in time", source=self.store_path)
        try:
            ready: Outcome = parent.recv()
        except EOFError as exc:
            worker.stop()
            raise StoreError("a query worker died while opening the store", source=self.store_path) from exc
        if ready.error:
            worker.stop()
            raise StoreError(ready.message, source=self.store_path)
        self._workers.add(worker)
        return worker

    def spool_path(self) -> str:
        return os.path.join(self.spool_dir, uuid.uuid4().hex)

    async def run(self, job: Any, timeout: float) -> Outcome:
        """Runs `job` on an idle worker within `timeout` seconds (waiting for one counts too)."""
        deadline = time.monotonic() + timeout
        try:
            worker = await asyncio.wait_for(self._idle.get(), timeout)
        except TimeoutError as exc:
            raise JobTimeout() from exc
        loop = asyncio.get_running_loop()
        try:
            remaining = max(deadline - time.monotonic(), 0.001)
            outcome = await asyncio.wait_for(loop.run_in_executor(self._threads, _roundtrip, worker, job), remaining)
        except TimeoutError as exc:
            self._replace(worker)
            raise JobTimeout() from exc
        except (EOFError, OSError, BrokenPipeError) as exc:
            self._replace(worker)
            raise WorkerLost(str(exc)) from exc
        except asyncio.CancelledError:
            self._replace(worker)
            raise
        self._idle.put_nowait(worker)
        return outcome

    def _replace(self, worker: _Worker) -> None:
        """Kills a worker that overran or died and starts another in the background."""
        self._workers.discard(worker)
        worker.stop()
        if self._closing:
            return
        self.restarts += 1
        asyncio.get_running_loop().create_task(self._respawn())

    async def _respawn(self) -> None:
        while not self._closing:
            try:
                self._idle.put_nowait(await self._spawn())
                return
            except StoreError as exc:
                log.error("cannot restart a query worker: %s", exc)
                await asyncio.sleep(1.0)

    def discard_spool(self, spool: str, keep: str | None = None) -> None:
        for path in glob.glob(glob.escape(spool) + "*"):
            if path != keep:
                with contextlib.suppress(OSError):
                    os.remove(path)

    def alive(self) -> int:
        return sum(1 for w in self._workers if w.alive())

    async def close(self) -> None:
        self._closing = True
        for worker in list(self._workers):
            worker.stop()
        self._workers.clear()
        self._threads.shutdown(wait=False, cancel_futures=True)
        if self.spool_dir:
            shutil.rmtree(self.spool_dir, ignore_errors=True)
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None
