"""Building the graph: read -> analyse -> link events across articles -> map to RDF -> validate -> store.

An article is written only after its graph was mapped and validated, in one
transaction that replaces any earlier version of it; an article that fails
anywhere is reported and skipped, and the rest of the batch goes on.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError, ValidationError
from kg.ingest import read_paths
from kg.linking.events import same_events
from kg.model import Article, Extraction
from kg.rdf import iris
from kg.rdf.mapping import to_quads
from kg.rdf.shacl import format_violation, validate_graph
from kg.store import GraphStore


@dataclass
class BuildReport:
    articles: int = 0
    quads: int = 0
    actors: int = 0
    events: int = 0
    statements: int = 0
    errors: list[KgError] = field(default_factory=list)

    def add(self, extraction: Extraction, quads: int) -> None:
        self.articles += 1
        self.quads += quads
        self.actors += len(extraction.actors)
        self.events += len(extraction.events)
        self.statements += len(extraction.statements)

    def summary(self) -> str:
        return (f"{self.articles} articles, {self.quads} triples, {self.actors} actors, {self.events} events, "
                f"{self.statements} statements, {len(self.errors)} errors")


Analyser = Callable[[Article], Extraction]


def build(paths: Iterable[str | Path], store: GraphStore, analyse: Analyser, *, validate: bool = True,
          on_article: Callable[[Article | KgError], None] | None = None) -> BuildReport:
    """Builds every article under `paths` into `store`; errors are collected, never raised."""
    report = BuildReport()
    for item in read_paths(paths):
        if isinstance(item, KgError):
            report.errors.append(item)
        else:
            _build_one(item, store, analyse, validate, report)
        if on_article is not None:
            on_article(item)
    store.flush()
    return report


def _build_one(article: Article, store: GraphStore, analyse: Analyser, validate: bool, report: BuildReport) -> None:
    try:
        extraction = analyse(article)
        quads = to_quads(extraction, same_events(extraction, store))
    except KgError as exc:
        report.errors.append(exc)
        return
    except Exception as exc:  # an analyser bug must not stop the batch; the article is reported and skipped
        report.errors.append(KgError(f"analysis failed: {type(exc).__name__}: {exc}", source=article.source))
        return
    if validate:
        violations = validate_graph(quads)
        if violations:
            detail = "; ".join(format_violation(v) for v in violations[:3])
            report.errors.append(ValidationError(f"graph does not conform to the shapes ({len(violations)} "
                                                 f"violations): {detail}", source=article.source))
            return
    store.replace_graph(iris.article(article.id), quads)
    report.add(extraction, len(quads))
