"""Calls, meetings, negotiations, interviews and summits: who took part in one contact.

Talk in general ("das Gespräch", "the talks") refers back to a contact already
reported, or is a negotiation when held between delegations or states; a
"mit" partner without a named subject meets the person the text is about; a
summit has its organisation and the persons attending; a meeting of a body
("Treffen der Außenminister der Nato", "the Security Council met") is the
organisation as a whole; mediators of talks take part in them.
"""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from kg.extract.event_cues import NOUN, TALK_VERB, VERB, compound_head
from kg.extract.event_drafts import new_draft
from kg.extract.event_frame import Frame, Ref
from kg.extract.event_links import partakes
from kg.extract.event_merge import Draft
from kg.extract.event_participants import between_group, clause_refs, group, segment_refs, select, with_groups
from kg.extract.event_places import adjacent_organization, genitive_organization, state_of
from kg.extract.event_sides import at_home, side_of
from kg.model import ActorType, EventType


def contacts(f: Frame) -> list[Draft]:
    """The contact of a call, meeting, negotiation, interview or talk cue (one per "mit" group).

    A talk verb ("sprach mit Macron", "talked with Xi") is a contact only with a named partner.
    """
    between, groups = between_group(f), with_groups(f)
    if f.cue.kind == TALK_VERB and not any(groups):
        return []
    if f.cue.kind == VERB and f.cue.word in f.words.MEDIATION:
        between = _between_in_segment(f)
    if f.cue.kind == VERB and f.cue.word in f.words.MEDIATION and len(select(between)) < 2:
        return []  # "vermittelte den Eindruck": mediating is talks only between two named sides
    if f.cue.type == EventType.MEETING and not between and not groups:
        body = genitive_organization(f) if f.cue.kind == NOUN else _subject_body(f) if f.cue.kind == VERB else None
        if body is not None:
            return [_body_meeting(f, body)]
    if len(groups) > 1 and not between:
        drafts = []
        for n, partners in enumerate(groups):
            others = {r.token for g in groups[:n] + groups[n + 1:] for r in g}
            drafts.extend(_contact_with(f, [], partners, exclude=others))
        return drafts
    return _contact_with(f, between, groups[0] if groups else [])


def _contact_with(f: Frame, between: list[Ref], partners: list[Ref], exclude: Collection[int] = ()) -> list[Draft]:
    explicit = between + partners
    type_ = f.cue.type
    if type_ is None and (_delegations(f, explicit) or _states_only(explicit)):
        type_ = EventType.NEGOTIATION
    refs = _contact_refs(f, between, partners, exclude)
    if refs is None:
        return []
    if type_ == EventType.NEGOTIATION:
        refs = refs + _mediators(f, between)
    if type_ in (EventType.MEETING, None) and _delegations(f, refs, anywhere=True) and not _named_person(refs):
        type_ = EventType.NEGOTIATION
    participants = select(refs, _media(partners) if type_ == EventType.INTERVIEW else [])
    if type_ == EventType.NEGOTIATION and _states_only(partners) and not any(r.agent for r in partners):
        participants = _as_sides(f, [*participants, *(r.key for r in partners)])
    anaphoric = type_ is None or (f.cue.definite and not explicit) or (
        type_ == EventType.NEGOTIATION and f.cue.kind == NOUN and not participants)  # "neue Verhandlungen begannen"
    if not participants and not anaphoric:
        return []
    draft = new_draft(f, type_, refs, participants, anaphoric=anaphoric)
    if f.cue.kind == VERB and f.cue.word in f.words.HOSTING and not anaphoric:
        return [draft, *_reception_visits(f, draft)]
    draft.fallback = EventType.MEETING if type_ is None and _named_person(explicit) else None
    draft.named = bool(explicit) or not anaphoric
    governed = _governed(f)
    draft.may_stand = len(participants) >= 2 or not governed
    if anaphoric and not governed and not partakes(f):
        draft.persons = []  # "Lawrow kritisierte das Treffen": a critic, not a participant
    return [draft]


def _contact_refs(f: Frame, between: list[Ref], partners: list[Ref], exclude: Collection[int]) -> list[Ref] | None:
    """A "zwischen" group of two says it all; else the partners and the clause (None: no meeting at all)."""
    if len(select(between)) >= 2:
        return between
    seed = between + partners
    if partners:  # the partners, and a person on the other side
        refs = seed + clause_refs(f, _count_persons(partners) + 1, exclude=exclude, seed=seed, persons=True)
    else:
        refs = seed + clause_refs(f, 2, exclude=exclude, seed=seed)
    if f.cue.kind == VERB and f.cue.word in f.words.NEEDS_PERSON and (
            not _person_or_reflexive(f, refs) or _idiom_object(f)):
        return None
    if partners and _count_persons(refs) < 2:
        refs += _implied_subject(f, refs)
    return refs


def _between_in_segment(f: Frame) -> list[Ref]:
    """"vermitteln seit Monaten zwischen Israel und der Hamas": the sides anywhere in the clause."""
    seg = f.segment
    j = next((k for k in range(f.cue.end, seg.end) if f.v.word(k) in f.words.BETWEEN), None)
    return group(f, j + 1) if j is not None and j + 1 < f.end else []


def _mediators(f: Frame, between: list[Ref]) -> list[Ref]:
    """Who mediates the talks: "unter Vermittlung Ägyptens", "mediated by Qatar", or the subject of
    "Katar vermittelt zwischen Israel und der Hamas"."""
    if f.cue.kind == VERB and f.cue.word in f.words.MEDIATION:
        sides = {r.token for r in between}
        return [r for r in segment_refs(f, f.segment, exclude=sides) if r.token < f.cue.start]
    for j in range(f.v.start, f.v.end):
        if j != f.cue.start and f.v.tokens[j].pos in f.words.NOUN_TAGS | f.words.PARTICIPLE_TAGS and (
                f.v.lemma(j) in f.words.MEDIATION):
            return group(replace(f, end=f.v.end), j + 1) if j + 1 < f.v.end else []
    return []


def _subject_body(f: Frame) -> str | None:
    """"Der Sicherheitsrat tagte", "the Security Council met": an organisation meeting as a whole, no person named."""
    refs = segment_refs(f, f.segment)
    if any(r.type == ActorType.PERSON for r in refs) or (f.cue.word in f.words.NEEDS_PERSON and not _intransitive(f)):
        return None
    if _names_summit(f):
        return None  # "kamen zu ihrem Gipfel zusammen": the summit
    before = [r for r in refs if r.token < f.cue.start]
    return before[-1].key if before and before[-1].type == ActorType.ORGANIZATION else None


def _names_summit(f: Frame) -> bool:
    heads = [w for w, t in f.words.NOUNS.items() if t == EventType.SUMMIT.value]
    return any(f.v.tokens[j].pos in f.words.NOUN_TAGS and compound_head(f.v.lemma(j), heads,
                                                                       f.words.MIN_COMPOUND_PREFIX)
               for j in range(f.v.start, f.v.end))


def _intransitive(f: Frame) -> bool:
    """"Die Nato traf sich", "the council met for three hours"; not "die Krise wird die Nato treffen"."""
    seg = f.segment
    reflexive = any(f.v.word(j) in f.words.REFLEXIVES for j in range(seg.start, seg.end))
    after = f.cue.end
    return reflexive or (after < f.v.end and f.v.tokens[after].pos in f.words.PREPOSITION_TAGS)


def _body_meeting(f: Frame, body: str) -> Draft:
    """"Ein Treffen der Außenminister des Arktischen Rats": a meeting held by an organisation, with the persons
    named as attending it."""
    excluded = {s.start for s in f.v.spans if s.key == body}
    attending = partakes(f) or _governed(f)  # "nahm an einem Treffen ... teil", not "kritisierte das Treffen"
    persons = [r for r in clause_refs(f, 1, exclude=excluded) if r.type == ActorType.PERSON and attending]
    draft = new_draft(f, EventType.MEETING, persons, list(dict.fromkeys([body, *(r.key for r in persons)])),
                      anaphoric=f.cue.definite and not persons)
    draft.body = body
    draft.may_stand = True
    return draft


def _reception_visits(f: Frame, meeting: Draft) -> list[Draft]:
    """"Erdoğan empfing Selenskyj in Istanbul": a guest received in the host's own country is on a visit there."""
    state = state_of(f.registry, meeting.place) if meeting.place else None
    persons = [k for k in meeting.participants if k in meeting.persons]
    doc = f.v.doc
    if state is None or not any(at_home(doc, f.registry, k, state) for k in persons):
        return []
    visits = []
    for guest in (k for k in persons if not at_home(doc, f.registry, k, state) and side_of(doc, f.registry, k)):
        visit = new_draft(f, EventType.VISIT, [], [guest, state], where=meeting.place)
        visit.implied = True
        visits.append(visit)
    return visits


def _as_sides(f: Frame, participants: list[str]) -> list[str]:
    """"The president would continue trade talks with Japan": talks with a state are held between states."""
    found = [side_of(f.v.doc, f.registry, k) or k for k in participants]
    return list(dict.fromkeys(found))


def _idiom_object(f: Frame) -> bool:
    """"eine Entscheidung treffen", "meet the deadline": the verb with an object that makes it no meeting."""
    seg = f.segment
    return any(f.v.tokens[j].pos in f.words.NOUN_TAGS
               and compound_head(f.v.lemma(j), f.words.IDIOM_OBJECTS, f.words.MIN_COMPOUND_PREFIX)
               for j in range(seg.start, seg.end))


def _states_only(refs: list[Ref]) -> bool:
    """Talks between states or bodies, no person named: "Gespräche zwischen den USA und Iran"."""
    return bool(refs) and all(r.type in (ActorType.STATE, ActorType.ORGANIZATION) for r in refs)


def _count_persons(refs: list[Ref]) -> int:
    return len({r.key for r in refs if r.type == ActorType.PERSON})


def _implied_subject(f: Frame, refs: list[Ref]) -> list[Ref]:
    """"Dort ist ein Treffen mit Starmer geplant": the person the text is about meets Starmer."""
    named = {r.key for r in refs}
    earlier = [s for s in f.all_spans if s.end <= f.v.start and s.mention.type == ActorType.PERSON]
    for span in reversed(earlier):
        if span.key not in named:
            return [Ref(span.key, ActorType.PERSON, span.start)]
    return []


def _governed(f: Frame) -> bool:
    """The cue is the object of a preposition ("nach dem Treffen", "über das Telefonat")."""
    j = f.cue.start - 1
    while j >= f.v.start and (f.v.word(j) in f.words.DETERMINERS | f.words.DEFINITE_ARTICLES
                              or f.v.tokens[j].pos.startswith(f.words.ADJECTIVE_TAG_PREFIX)
                              or f.v.tokens[j].pos.startswith("PPOS")):
        if f.v.tokens[j].pos in f.words.PREPOSITION_TAGS:
            return True
        j -= 1
    return j >= f.v.start and f.v.tokens[j].pos in f.words.PREPOSITION_TAGS


def _named_person(refs: list[Ref]) -> bool:
    return any(r.type == ActorType.PERSON for r in refs)


def _delegations(f: Frame, refs: list[Ref], *, anywhere: bool = False) -> bool:
    """Talks between delegations or representatives are negotiations ("zwischen ... Vertretern").

    Without `anywhere` the delegation must follow the cue, in its group; with it,
    any delegation noun of the cue's segment or window counts ("russische Unterhändler kamen zusammen").
    """
    if not refs:
        return False
    if anywhere:
        tokens = range(min(f.start, f.segment.start), max(f.end, f.segment.end))
    else:
        tokens = range(f.cue.end, min(max(r.token for r in refs) + 4, f.end))
    heads = f.words.DELEGATION_NOUNS
    return any(compound_head(f.v.lemma(j), heads, f.words.MIN_COMPOUND_PREFIX) for j in tokens)


def _person_or_reflexive(f: Frame, refs: list[Ref]) -> bool:
    seg = f.segment
    reflexive = any(f.v.word(j) in f.words.REFLEXIVES for j in range(seg.start, seg.end))
    return reflexive or any(r.type == ActorType.PERSON or r.agent for r in refs)


def _media(partners: list[Ref]) -> list[str]:
    """An interview's other side may be a broadcaster or paper rather than a person."""
    if any(r.type == ActorType.PERSON for r in partners):
        return []
    return [r.key for r in partners if r.type == ActorType.ORGANIZATION]


def summit(f: Frame) -> list[Draft]:
    """The summit's organisation plus the persons named as attending.

    A summit named with neither an organisation nor a "zwischen" group refers back
    to a summit already reported ("der Gipfel", "ein solches Gipfeltreffen"), or,
    dated otherwise, is the next of its series ("next year's summit"); it stands
    alone only with persons and no summit before it.
    """
    organization = adjacent_organization(f)
    between = between_group(f)
    excluded = {s.start for s in f.v.spans if s.key == organization}
    refs = between + clause_refs(f, 1, exclude=excluded)
    persons = [r for r in refs if r.type == ActorType.PERSON]
    specific = not f.cue.definite or _qualified(f)
    if organization is None and specific:
        # "Die Staats- und Regierungschefs der G7 trafen sich zu einem Gipfel"
        organization = next((r.key for r in refs if r.type == ActorType.ORGANIZATION and _leads(f, r)), None)
    participants = list(dict.fromkeys([*([organization] if organization else []), *(r.key for r in persons)]))
    anaphoric = organization is None and not between
    if not participants and not anaphoric:
        return []
    draft = new_draft(f, EventType.SUMMIT, persons, participants, anaphoric=anaphoric)
    draft.body = organization
    draft.may_stand = bool(persons) and specific
    if anaphoric and not _governed(f) and not partakes(f):
        draft.persons = []  # "Lawrow kritisierte den Gipfel": no attendee
    return [draft]


def _qualified(f: Frame) -> bool:
    """"am Gipfeltreffen der Regierungschefs der nordischen Staaten", "the summit in the format ...":
    a definite summit named by who meets or by its format is a summit of its own, not one reported before."""
    for words in f.words.SUMMIT_QUALIFIERS:
        end = f.cue.end + len(words)
        if end <= f.v.end and all(f.v.word(f.cue.end + k) == w for k, w in enumerate(words)):
            return True
    return False


def _leads(f: Frame, ref: Ref) -> bool:
    """An organisation named as the summit's subject ("Die Staats- und Regierungschefs der G7 trafen sich zu
    einem Gipfel"), not the speaker of a remark about one ("der Kreml sagte, für ein solches Gipfeltreffen ...")."""
    return ref.token < f.cue.start and f.v.segment_of(ref.token) is f.segment


def cancellation(f: Frame) -> list[Draft]:
    """A contact called off: it withdraws a planned one reported before, and is no event itself."""
    if f.cue.type is None:
        return []
    refs = between_group(f) + [r for g in with_groups(f) for r in g] + clause_refs(f, 2)
    draft = new_draft(f, f.cue.type, refs, select(refs), anaphoric=True)
    draft.cancels = True
    return [draft]
