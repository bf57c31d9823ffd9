"""Visits: a visitor and a host, one visit per host of a trip; an inviter hosts each invitee.

The host is the state or person visited: the state of a city after "nach" /
"to", the object of "besuchen" / "visit", or the inviter. A trip inside the
visitor's own country (by the offices the registry knows) is no visit.
"""
from __future__ import annotations

from kg.extract.event_clauses import Span
from kg.extract.event_drafts import new_draft
from kg.extract.event_frame import Frame, Ref
from kg.extract.event_merge import Draft
from kg.extract.event_participants import antecedent, clause_refs, group, select
from kg.extract.event_places import destinations, host_of
from kg.model import ActorType, EventType


def visits(f: Frame) -> list[Draft]:
    """One visit per host: visitor(s) plus the state or person visited.

    A visit without a host ("his first visit since ...") is too vague to record.
    """
    refs = clause_refs(f, 1, persons=True)
    targets: list[Span] = []
    if f.cue.word in f.words.OBJECT_IS_HOST:
        refs, targets = _object_hosts(f, refs)
    if not targets:
        targets = destinations(f)
        refs = clause_refs(f, 1, exclude={s.start for s in targets}, persons=True)
    hosts = [host for host in dict.fromkeys(host_of(f, s) for s in targets) if host[0]]
    visitors = [k for k in select(refs) if k not in {h for h, _ in hosts}]
    drafts = []
    for host, where in hosts:
        guests = [k for k in visitors if not _at_home(f, k, host)]
        if guests:
            drafts.append(new_draft(f, EventType.VISIT, refs, [*guests, host], where=where))
    return drafts


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


def _at_home(f: Frame, person: str, host: str) -> bool:
    """A trip inside one's own country is no visit: the person holds an office of the host state."""
    offices = f.registry.offices_of(person, f.v.doc.article.published)
    return person == host or any(o.of == host for o in offices)


def invitations(f: Frame) -> list[Draft]:
    """"X lud Y nach Peking ein": Y visits, X hosts (one visit per invitee)."""
    targets = destinations(f) or _visited_object(f)
    if not targets:
        return []
    inviter = _inviter(f)
    excluded = {s.start for s in targets} | ({inviter.token} if inviter else set())
    invitees = [r for r in clause_refs(f, 1, exclude=excluded) if inviter is None or r.key != inviter.key]
    host, where = host_of(f, targets[0])
    host = inviter.key if inviter is not None else host
    if host is None:
        return []
    return [new_draft(f, EventType.VISIT, invitees, [guest, host], where=where)
            for guest in select(invitees) if guest != host]


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
