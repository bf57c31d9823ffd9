"""The document that pipeline components read and annotate.

Components add layers (tokens, tags, mentions, facts) to one `Doc`; the last
step turns it into the frozen `kg.model.Extraction` that the RDF mapper reads.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from kg.model import (Actor, ActorType, Agreement, Article, Event, Evidence, Extraction, Membership,
                      Role, Statement)


@dataclass
class Token:
    i: int
    text: str
    start: int
    end: int
    sent: int
    space_before: bool
    lemma: str = ""
    pos: str = ""


@dataclass
class Sentence:
    i: int
    start: int
    end: int
    tokens: list[Token]


@dataclass
class Mention:
    """A span of text that refers to an actor, resolved to the actor's key."""

    start: int
    end: int
    key: str
    type: ActorType
    sentence: int
    component: str
    kind: str = "name"   # name, demonym, metonym, title, pronoun, partial


@dataclass
class ActorInfo:
    label: str
    type: ActorType
    wikidata: str | None
    names: set[str] = field(default_factory=set)
    named: bool = True   # False for actors only implied (a state behind an office title)


@dataclass
class Doc:
    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    actors: dict[str, ActorInfo] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    components: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.article.text

    def sentence_at(self, offset: int) -> Sentence:
        starts = [s.start for s in self.sentences]
        return self.sentences[max(0, bisect.bisect_right(starts, offset) - 1)]

    def evidence(self, start: int, end: int, component: str) -> Evidence:
        return Evidence(start=start, end=end, sentence=self.sentence_at(start).i, component=component)

    def add_actor(self, key: str, label: str, type_: ActorType, wikidata: str | None, *, named: bool = True) -> None:
        """Registers an actor; a later named mention upgrades an implied one."""
        info = self.actors.get(key)
        if info is None:
            self.actors[key] = ActorInfo(label, type_, wikidata, named=named)
        elif named and not info.named:
            info.named = True

    def add_mention(self, mention: Mention, surface: str) -> None:
        self.mentions.append(mention)
        info = self.actors[mention.key]
        if mention.kind == "name":
            info.names.add(surface)

    def to_extraction(self) -> Extraction:
        referenced = self.referenced_keys()
        actors = []
        for key, info in sorted(self.actors.items()):
            if not info.named and key not in referenced:
                continue
            evidence = tuple(self.evidence(m.start, m.end, m.component) for m in self.mentions if m.key == key)
            actors.append(Actor(key=key, label=info.label, type=info.type, wikidata=info.wikidata,
                                names=tuple(sorted(info.names)), evidence=evidence))
        return Extraction(
            article=self.article,
            sentences=tuple((s.start, s.end) for s in self.sentences),
            actors=tuple(actors),
            events=tuple(self.events),
            statements=tuple(self.statements),
            roles=tuple(self.roles),
            memberships=tuple(self.memberships),
            agreements=tuple(self.agreements),
            components=tuple(self.components),
        )

    def referenced_keys(self) -> set[str]:
        keys: set[str] = set()
        for e in self.events:
            keys.update(e.participants)
            if e.place:
                keys.add(e.place)
        keys.update(s.speaker for s in self.statements)
        for r in self.roles:
            keys.add(r.person)
            if r.of:
                keys.add(r.of)
        for m in self.memberships:
            keys.update((m.member, m.organization))
        for a in self.agreements:
            keys.add(a.actor)
            keys.update(a.parties)
        return keys
