"""Visits: a visitor and a host, one visit per host of a trip; an inviter hosts each invitee in their state.

The host is the state or person visited: the state of a city after "nach" /
"to", the object of "besuchen" / "visit", or the inviter. A trip inside the
visitor's own country (by the offices the registry knows) is no visit.
"""
from __future__ import annotations

from dataclasses import replace

from kg.extract.event_clauses import Span
from kg.extract.event_cues import VERB, compound_head
from kg.extract.event_drafts import new_draft
from kg.extract.event_frame import Frame, Ref
from kg.extract.event_merge import Draft
from kg.extract.event_participants import antecedent, clause_refs, group, select
from kg.extract.event_places import destinations, host_of
from kg.extract.event_sides import at_home
from kg.model import ActorType, EventType


def visits(f: Frame) -> list[Draft]:
    """One visit per host: visitor(s) plus the state or person visited.

    A visit without a host ("his first visit since ...") is too vague to record,
    unless definite: "die Reise", "der Besuch in Paris" with no visitor of its own
    refers back to the visit reported before (and may date it).
    """
    refs = clause_refs(f, 1, persons=True)
    targets: list[Span] = []
    if f.cue.kind == VERB and f.cue.word in f.words.OBJECT_IS_HOST:
        refs, targets = _object_hosts(f, refs)
    if not targets:
        targets = destinations(f) or _shared_destination(f)
        refs = clause_refs(f, 1, exclude={s.start for s in targets}, persons=True)
    hosts = [host for host in dict.fromkeys(host_of(f, s) for s in targets) if host[0]]
    if f.cue.kind != VERB and f.cue.definite and not _own_visitor(f, refs, targets):
        return _back_reference(f, hosts)
    visitors = [k for k in select(refs) if k not in {h for h, _ in hosts}]
    drafts = []
    for host, where in hosts:
        guests = [k for k in visitors if not at_home(f.v.doc, f.registry, k, host)]
        if guests:
            drafts.append(new_draft(f, EventType.VISIT, refs, [*guests, host], where=where))
    return drafts


def _shared_destination(f: Frame) -> list[Span]:
    """"nach seinem Antrittsbesuch im Mai der dritte Besuch in Paris": two visits named, one destination given."""
    if f.cue.kind == VERB:
        return []
    heads = [w for w, t in f.words.NOUNS.items() if t == EventType.VISIT.value]
    for j in range(f.end, f.v.end):
        if f.v.tokens[j].pos in f.words.NOUN_TAGS and compound_head(f.v.lemma(j), heads, f.words.MIN_COMPOUND_PREFIX):
            return destinations(replace(f, end=f.v.end))
    return []


def _own_visitor(f: Frame, refs: list[Ref], targets: list[Span]) -> bool:
    """A visitor named in the cue's own clause segment ("der dritte Besuch des Kanzlers", "wird er erwartet")."""
    taken = {s.start for s in targets}
    return any(r.token in f.segment and r.token not in taken and r.type in (ActorType.PERSON, ActorType.STATE)
               for r in refs)


def _back_reference(f: Frame, hosts: list[tuple[str, str | None]]) -> list[Draft]:
    """"Die Reise ist für Juli geplant": the visit reported before, with its host if one is named."""
    participants = [host for host, _ in hosts[:1]]
    where = hosts[0][1] if hosts else None
    return [new_draft(f, EventType.VISIT, [], participants, where=where, anaphoric=True)]


def _object_hosts(f: Frame, refs: list[Ref]) -> tuple[list[Ref], list[Span]]:
    """"Merz besuchte Kiew / Selenskyj": the first actor visits, the next one named without a preposition is visited."""
    visitor = next((r for r in refs if r.type == ActorType.PERSON), refs[0] if refs else None)
    if visitor is None:
        return refs, []
    seg = f.segment
    objects = [s for s in f.v.spans_in(seg.start, seg.end)
               if s.key != visitor.key and s.start != visitor.token and s.mention.type != ActorType.AGREEMENT
               and s.mention.kind != "demonym" and not _after_preposition(f, s)]
    return [visitor], objects[:1]


def _after_preposition(f: Frame, span: Span) -> bool:
    """"in Kiew" is where, not whom, one visits."""
    j = span.start - 1
    while j >= f.v.start and (f.v.word(j) in f.words.DETERMINERS
                              or f.v.tokens[j].pos.startswith(f.words.ADJECTIVE_TAG_PREFIX)):
        j -= 1
    return j >= f.v.start and f.v.tokens[j].pos in f.words.PREPOSITION_TAGS


def invitations(f: Frame) -> list[Draft]:
    """"X lud Y nach Peking ein": Y visits, X hosts (one visit per invitee)."""
    targets = destinations(f) or _visited_object(f)
    if not targets:
        return []
    inviter = _inviter(f)
    excluded = {s.start for s in targets} | ({inviter.token} if inviter else set())
    invitees = [r for r in clause_refs(f, 1, exclude=excluded) if inviter is None or r.key != inviter.key]
    state, where = host_of(f, targets[0])
    hosts = [k for k in dict.fromkeys([inviter.key if inviter is not None else None, state]) if k is not None]
    if not hosts:
        return []
    return [new_draft(f, EventType.VISIT, invitees, [guest, *hosts], where=where)
            for guest in select(invitees) if guest not in hosts]


def _visited_object(f: Frame) -> list[Span]:
    """"invited Biden to visit China": the object of the visit verb is the destination."""
    seg = f.segment
    for j in range(f.cue.end, seg.end):
        if f.v.lemma(j) in f.words.OBJECT_IS_HOST and f.v.tokens[j].pos.startswith("V"):
            span = f.v.span_at(j + 1)
            return [span] if span is not None and span.start == j + 1 else []
    return []


def _inviter(f: Frame) -> Ref | None:
    """Who invites: the name a relative clause is about, the agent of a passive ("von Xi"), or the subject."""
    seg = f.segment
    relative = antecedent(f)
    if relative:
        return relative[0] if relative[0].type == ActorType.PERSON else None
    for j in range(seg.start, seg.end):
        if f.v.word(j) in f.words.AGENT_PREPOSITIONS:
            agents = [r for r in group(f, j + 1) if r.type == ActorType.PERSON]
            if agents:
                return agents[0]
    refs = [r for r in clause_refs(f, 1) if r.type == ActorType.PERSON and r.token < f.cue.start]
    return refs[0] if refs else None
