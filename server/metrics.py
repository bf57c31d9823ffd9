"""Counters and a duration histogram, exposed in Prometheus' text format at `/metrics`.

The server needs a handful of series (queries, errors, timeouts, durations),
so they are kept here in plain dicts rather than through a client library.
"""
from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable

_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)

_HELP = {
    "kg_requests_total": ("counter", "HTTP requests answered, by method and status."),
    "kg_queries_total": ("counter", "SPARQL queries and Graph Store reads run, by outcome."),
    "kg_updates_total": ("counter", "SPARQL updates and Graph Store writes run, by outcome."),
    "kg_query_errors_total": ("counter", "Refused or failed requests, by error code."),
    "kg_query_timeouts_total": ("counter", "Queries stopped at their time limit."),
    "kg_query_duration_seconds": ("histogram", "Time queries spent in a worker, in seconds."),
}

Labels = tuple[tuple[str, str], ...]


class Metrics:
    """Thread-safe counters and one histogram; `gauges` are read when scraped."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counters: dict[str, dict[Labels, float]] = defaultdict(lambda: defaultdict(float))
        self._buckets = [0] * len(_BUCKETS)
        self._sum = 0.0
        self._count = 0
        self.gauges: dict[str, tuple[str, Callable[[], float]]] = {}

    def inc(self, name: str, amount: float = 1.0, **labels: str) -> None:
        with self._lock:
            self._counters[name][tuple(sorted(labels.items()))] += amount

    def observe(self, seconds: float) -> None:
        with self._lock:
            self._sum += seconds
            self._count += 1
            for index, bound in enumerate(_BUCKETS):
                if seconds <= bound:
                    self._buckets[index] += 1

    def value(self, name: str, **labels: str) -> float:
        with self._lock:
            return self._counters[name].get(tuple(sorted(labels.items())), 0.0)

    def render(self) -> str:
        lines: list[str] = []
        with self._lock:
            for name, (kind, text) in _HELP.items():
                lines += [f"# HELP {name} {text}", f"# TYPE {name} {kind}"]
                if kind == "histogram":
                    lines += self._histogram_lines(name)
                    continue
                series = self._counters.get(name) or {(): 0.0}
                lines += [f"{name}{_labels(labels)} {_number(value)}" for labels, value in sorted(series.items())]
        for name, (text, read) in sorted(self.gauges.items()):
            lines += [f"# HELP {name} {text}", f"# TYPE {name} gauge", f"{name} {_number(read())}"]
        return "\n".join(lines) + "\n"

    def _histogram_lines(self, name: str) -> list[str]:
        lines = [f'{name}_bucket{{le="{bound}"}} {count}' for bound, count in zip(_BUCKETS, self._buckets, strict=True)]
        lines.append(f'{name}_bucket{{le="+Inf"}} {self._count}')
        lines.append(f"{name}_sum {_number(self._sum)}")
        lines.append(f"{name}_count {self._count}")
        return lines


def _labels(labels: Labels) -> str:
    if not labels:
        return ""
    inner = ",".join(f'{key}="{_escape(value)}"' for key, value in labels)
    return "{" + inner + "}"


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)
