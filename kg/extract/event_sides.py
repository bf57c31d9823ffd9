"""Whose side an actor is on in a contact: a state or body is its own side, a person the state they serve.

Talks "with Japan" held by the US president are talks between the US and
Japan; "beide Seiten" / "both sides" are the sides of the contact just
reported. A person's side comes from the roles the article states ("Piyush
Goyal, India's commerce minister") and the offices the registry knows.
"""
from __future__ import annotations

from typing import Any

from kg.model import ActorType
from kg.nlp.doc import Doc

SIDE_TYPES = (ActorType.STATE, ActorType.ORGANIZATION)


def side_of(doc: Doc, registry: Any, key: str) -> str | None:
    """The state (else the first body) `key` acts for; None when unknown or when two states are possible."""
    if _type(doc, registry, key) in SIDE_TYPES:
        return key
    candidates = [r.of for r in doc.roles if r.person == key and r.of]
    if registry is not None:
        candidates += [o.of for o in registry.offices_of(key, doc.article.published)]
    states = list(dict.fromkeys(c for c in candidates if _type(doc, registry, c) == ActorType.STATE))
    if len(states) == 1:
        return states[0]
    bodies = list(dict.fromkeys(c for c in candidates if _type(doc, registry, c) == ActorType.ORGANIZATION))
    return bodies[0] if not states and bodies else None


def sides(doc: Doc, registry: Any, keys: list[str]) -> list[str] | None:
    """The sides of these participants, in order; None when one of them has no known side."""
    found = [side_of(doc, registry, key) for key in keys]
    if any(side is None for side in found):
        return None
    return list(dict.fromkeys(side for side in found if side is not None))


def at_home(doc: Doc, registry: Any, person: str, state: str) -> bool:
    """The person serves this state (or is it): a trip there is no visit, a reception there is at home."""
    if person == state:
        return True
    if any(r.person == person and r.of == state for r in doc.roles):
        return True
    return registry is not None and any(
        o.of == state for o in registry.offices_of(person, doc.article.published))


def _type(doc: Doc, registry: Any, key: str) -> ActorType | None:
    actor = doc.actors.get(key)
    if actor is not None:
        return actor.type
    entry = registry.entry(key) if registry is not None else None
    return entry.type if entry is not None else None
