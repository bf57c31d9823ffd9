"""The analysis pipeline: named components run in order over one `Doc`.

Components are plain functions `component(doc, context)` registered by name
in `COMPONENTS`, so a pipeline is a list of names (as in spaCy) and each
component can be run and tested alone.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from kg.extract import actors, agreements, events, memberships, quotes, roles
from kg.linking import relink
from kg.linking.online import OnlineLinker
from kg.linking.registry import Registry
from kg.model import Article, Extraction
from kg.nlp.doc import Doc
from kg.nlp.segment import segment
from kg.nlp.tagger import tag


@dataclass
class Context:
    """What components share besides the document: the offline registry and, opt-in, the online linker."""

    registry: Registry = field(default_factory=Registry.default)
    online: OnlineLinker | None = None


Component = Callable[[Doc, Context], None]

COMPONENTS: dict[str, Component] = {
    "segmenter": lambda doc, ctx: segment(doc),
    "tagger": lambda doc, ctx: tag(doc),
    "actors": actors.extract,
    "online": relink.extract,
    "roles": roles.extract,
    "memberships": memberships.extract,
    "agreements": agreements.extract,
    "events": events.extract,
    "quotes": quotes.extract,
}

DEFAULT = ("segmenter", "tagger", "actors", "roles", "memberships", "agreements", "events", "quotes")
ONLINE = ("segmenter", "tagger", "actors", "online", "roles", "memberships", "agreements", "events", "quotes")


class Pipeline:
    def __init__(self, names: Sequence[str] = DEFAULT, context: Context | None = None) -> None:
        unknown = [n for n in names if n not in COMPONENTS]
        if unknown:
            raise ValueError(f"unknown pipeline components: {', '.join(unknown)}")
        self.names = tuple(names)
        self.context = context or Context()

    def doc(self, article: Article) -> Doc:
        doc = Doc(article)
        for name in self.names:
            COMPONENTS[name](doc, self.context)
            doc.components.append(name)
        self._register_implied(doc)
        return doc

    def _register_implied(self, doc: Doc) -> None:
        """Registry actors that facts name without a mention (the state behind "Moskau") become implied actors."""
        lang = doc.article.lang
        for key in sorted(doc.referenced_keys() - doc.actors.keys()):
            entry = self.context.registry.entry(key)
            if entry is None:
                raise ValueError(f"a fact refers to an actor that is neither mentioned nor in the registry: {key!r}")
            doc.add_actor(key, entry.label(lang), entry.type, entry.qid, named=False)

    def __call__(self, article: Article) -> Extraction:
        return self.doc(article).to_extraction()
