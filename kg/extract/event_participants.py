"""Who took part: the participants of one event cue, read from its clause.

Without a parser, participants come from the places a careful reader looks:
a "zwischen X und Y" or "mit X" group right at the cue, else the names in the
cue's clause segment, then (only as many as still missing) the nearest other
segments of the sentence. Names given as the source of the report ("laut
Uschakow"), as a topic ("über die Ukraine") or as a location ("in Peking") take
no part; nationality adjectives count only for people who act for their state
("russische Vertreter"); "die beiden Staats- und Regierungschefs" are the last
two persons named; persons where named, else states and organisations.
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from functools import cache
from types import ModuleType

from kg.extract import dates
from kg.extract.event_clauses import Segment, Span
from kg.extract.event_cues import NOUN, TALK, compound_head
from kg.extract.event_frame import PARTICIPANT_TYPES, Frame, Ref, governing, word_before
from kg.extract.event_sides import SIDE_TYPES, sides
from kg.model import ActorType


def between_group(f: Frame) -> list[Ref]:
    """The "zwischen" group right after the cue ("Telefongespräch zwischen Xi und Trump")."""
    j = _attached(f, f.words.BETWEEN)
    return group(f, j + 1) if j is not None else []


def with_groups(f: Frame) -> list[list[Ref]]:
    """The "mit" groups: the one right after a noun cue; each one in a verb cue's segment.

    "telefonierte zunächst mit Putin und dann mit Selenskyj" has two groups: two calls.
    """
    if f.cue.kind in (NOUN, TALK):
        j = _attached(f, f.words.WITH)
        starts = [j] if j is not None else []
    else:
        seg = f.segment
        starts = [k for k in range(seg.start, seg.end) if f.v.word(k) in f.words.WITH]
    groups = [group(f, j + 1) for j in starts]
    return [g for g in groups if g]


def _attached(f: Frame, words: frozenset[str]) -> int | None:
    """A preposition after the cue with only names, dates and small words in between (at most 4 tokens)."""
    for j in range(f.cue.end, min(f.cue.end + 5, f.end)):
        if f.v.word(j) in words:
            return j
        if f.v.tokens[j].pos in f.words.NOUN_TAGS and f.v.span_at(j) is None and not _date_word(f, j):
            return None
        if f.v.tokens[j].pos in f.words.FINITE_TAGS or f.v.tokens[j].text in f.words.BOUNDARY_PUNCTUATION:
            return None
    return None


def _date_word(f: Frame, j: int) -> bool:
    token = f.v.tokens[j]
    return bool(dates.scan(token.text, f.v.doc.article.lang, None))


def group(f: Frame, first: int) -> list[Ref]:
    """Names from token `first` on, through a coordination, up to the clause end, a verb or a preposition."""
    seg = f.v.segment_of(first) if first < f.v.end else f.segment
    refs = _collect(f, first, min(seg.end, f.end), stop=lambda j, found: _stops_group(f, j, found))
    if any(r.type == ActorType.PERSON for r in refs) or not _title_phrase(f, first, seg.end):
        return refs
    person = _apposition(f, seg.end)
    return [Ref(person.key, person.mention.type, person.start)] if person is not None else refs


def _title_phrase(f: Frame, start: int, end: int) -> bool:
    """Only a title up to the clause end ("with the US secretary of state", "mit dem Außenminister der VAE")."""
    nouns = 0
    for j in range(start, end):
        if f.v.span_at(j) is not None:
            continue
        token = f.v.tokens[j]
        if token.pos in f.words.NOUN_TAGS:
            nouns += 1
        elif not (f.v.word(j) in f.words.DETERMINERS or f.v.word(j) in f.words.AGENT_LINKS
                  or token.pos.startswith(f.words.ADJECTIVE_TAG_PREFIX)):
            return False
    return nouns > 0


def _apposition(f: Frame, comma: int) -> Span | None:
    """The person named between commas right after a title: "..., Marco Rubio, on Monday"."""
    if comma >= f.v.end or f.v.tokens[comma].text != ",":
        return None
    j = comma + 1
    while j < f.v.end and j - comma <= _APPOSITION_TITLES and f.v.span_at(j) is None and (
            f.v.tokens[j].pos in f.words.TITLE_NOUN_TAGS):
        j += 1  # "Scheich", "Prinz"
    span = f.v.span_at(j)
    if span is None or span.start != j or span.mention.type != ActorType.PERSON:
        return None
    after = span.end
    closed = after >= f.v.end or not f.v.tokens[after].text.isalnum()
    return span if closed else None


_APPOSITION_TITLES = 2


def _collect(f: Frame, start: int, end: int, *, accept: Callable[[Span], bool] = lambda span: True,
             stop: Callable[[int, bool], bool] = lambda j, found: False) -> list[Ref]:
    """The actors referred to in tokens [start, end): accepted mentions and "die beiden ..." pairs."""
    refs: list[Ref] = []
    j = start
    while j < end:
        pair = _pair_at(f, j)
        if pair:
            refs.extend(pair[0])
            j = pair[1]
            continue
        span = f.v.span_at(j)
        if span is not None and span.start == j:
            if accept(span):
                refs.extend(_span_refs(f, span))
            j = span.end
            continue
        if stop(j, bool(refs)):
            break
        j += 1
    return refs


def _stops_group(f: Frame, j: int, found: bool) -> bool:
    token = f.v.tokens[j]
    if token.pos in f.words.FINITE_TAGS:
        return True
    word = f.v.word(j)
    if not found:  # "mit Blick auf Russland": a name behind another preposition is no partner
        return token.pos in f.words.PREPOSITION_TAGS and word not in f.words.AGENT_LINKS | f.words.AGENT_PREPOSITIONS
    return word in f.words.GROUP_STOPS or word in f.words.WITH or word in f.words.BETWEEN


def _span_refs(f: Frame, span: Span) -> list[Ref]:
    mention = span.mention
    agent = _acts_for_state(f, span)
    if mention.kind == "demonym" and not agent:
        return []
    return [Ref(mention.key, mention.type, span.start, agent=agent and mention.type == ActorType.STATE)]


def _acts_for_state(f: Frame, span: Span, depth: int = 0) -> bool:
    """Named through people who act for the state: "russische Vertreter", "US-Delegation", "Vertreter der USA".

    A nationality adjective stands for its state only so; a name coordinated with
    such a name shares its noun ("Delegationen Russlands und der Ukraine").
    """
    before = _word_index_before(f, span.start)
    if _agent_noun(f, before) or (depth < _COORDINATION_DEPTH and _coordinated_agent(f, before, depth)):
        return True
    j = span.end
    if j + 1 < f.v.end and f.v.tokens[j].text == "-" and _agent_noun(f, j + 1):
        return True
    while j < f.v.end:
        other = f.v.span_at(j)
        if other is not None and other.mention.kind == "demonym":
            j = other.end
            continue
        token = f.v.tokens[j]
        if token.text == "," or f.v.word(j) in f.words.COORDINATORS or token.pos.startswith(
                f.words.ADJECTIVE_TAG_PREFIX):
            j += 1
            continue
        return _agent_noun(f, j)
    return False


_COORDINATION_DEPTH = 4


def _coordinated_agent(f: Frame, j: int | None, depth: int) -> bool:
    """The name before a coordinator or comma at `j` acts for its state."""
    if j is None or not (f.v.word(j) in f.words.COORDINATORS or f.v.tokens[j].text == ","):
        return False
    previous = f.v.span_at(j - 1)
    return previous is not None and _acts_for_state(f, previous, depth + 1)


def _agent_noun(f: Frame, j: int | None) -> bool:
    """A noun for people acting for a state, not the title of a person named right after it.

    "russische Vertreter" name Russia; "der russische Präsident Wladimir Putin" names Putin.
    """
    if j is None or not f.v.start <= j < f.v.end or f.v.tokens[j].pos not in f.words.NOUN_TAGS:
        return False
    if compound_head(f.v.lemma(j), f.words.STATE_AGENTS, f.words.MIN_COMPOUND_PREFIX) is None:
        return False
    title_of = f.v.span_at(j + 1)
    return title_of is None or title_of.mention.type != ActorType.PERSON


def _word_index_before(f: Frame, i: int) -> int | None:
    """The token before a name, skipping articles and a linking preposition ("Vertreter [der] USA",
    "Delegationen Russlands", "negotiators [from the] European Union")."""
    j = _skip_determiners(f, i - 1)
    if j >= f.v.start and f.v.word(j) in f.words.AGENT_LINKS:
        j = _skip_determiners(f, j - 1)
    return j if j >= f.v.start else None


def _skip_determiners(f: Frame, j: int) -> int:
    while j >= f.v.start and f.v.word(j) in f.words.DETERMINERS:
        j -= 1
    return j


def _pair_at(f: Frame, j: int) -> tuple[list[Ref], int] | None:
    """"(die) beiden Staats- und Regierungschefs", "beide Minister", "both sides" at token `j`: refs and the end.

    Two persons are the last two named; two sides are the sides of the contact just reported.
    """
    starts = (j, j + 1) if f.v.word(j) in f.words.DETERMINERS else (j,)
    for start in starts:
        for words in _pairs(f.words).get(f.v.word(start), ()):
            end = start + len(words)
            if end <= f.v.end and all(f.v.word(start + k) == w for k, w in enumerate(words)):
                return [Ref(key, ActorType.PERSON, j) for key in last_persons(f, j, 2)], end
    for lead in f.words.PAIR_WORDS:
        noun = j + len(lead)
        if noun < f.v.end and all(f.v.word(j + k) == w for k, w in enumerate(lead)) and _group_noun(f, noun):
            head = f.v.lemma(noun)
            if compound_head(head, f.words.PERSON_GROUP_HEADS, f.words.MIN_COMPOUND_PREFIX):
                return [Ref(key, ActorType.PERSON, j) for key in last_persons(f, j, 2)], noun + 1
            if compound_head(head, f.words.SIDE_GROUP_HEADS, f.words.MIN_COMPOUND_PREFIX):
                return _two_sides(f, j), noun + 1
    return None


def _group_noun(f: Frame, j: int) -> bool:
    return f.v.tokens[j].pos in f.words.NOUN_TAGS and f.v.span_at(j) is None


def _two_sides(f: Frame, j: int) -> list[Ref]:
    """The two sides of a recent contact, else the two states or bodies named last in this or the sentence before."""
    doc = f.v.doc
    recent = [d for d in reversed(f.previous) if len(d.participants) >= 2][:_RECENT_CONTACTS]
    found = next((s for s in (sides(doc, f.registry, d.participants) for d in recent) if s and len(s) == 2), None)
    if found is None:
        sentence = f.v.sentence.i
        named = [s for s in reversed(f.all_spans) if s.end <= j and s.mention.type in SIDE_TYPES
                 and s.mention.kind != "demonym" and s.mention.sentence >= sentence - 1]
        found = list(dict.fromkeys(s.key for s in named))[:2][::-1]
    if len(found) != 2:
        return []
    return [Ref(key, _actor_type(f, key), j) for key in found]


_RECENT_CONTACTS = 3


def _actor_type(f: Frame, key: str) -> ActorType:
    actor = f.v.doc.actors.get(key)
    if actor is not None:
        return actor.type
    entry = f.registry.entry(key) if f.registry is not None else None
    return entry.type if entry is not None else ActorType.STATE


@cache
def _pairs(words: ModuleType) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for pair in words.PAIRS:
        index.setdefault(pair[0], []).append(pair)
    return {first: tuple(pairs) for first, pairs in index.items()}


def last_persons(f: Frame, before: int, n: int) -> list[str]:
    """The last `n` distinct persons mentioned before token `before`, most recent first.

    Persons of the clause itself are the other side ("Kronprinz Mohammed empfing beide Minister").
    """
    found: list[str] = []
    own = f.v.segment_of(before) if f.v.start <= before < f.v.end else None
    for span in reversed(f.all_spans):
        if own is not None and span.start in own:
            continue
        if span.end <= before and span.mention.type == ActorType.PERSON and span.key not in found:
            found.append(span.key)
            if len(found) == n:
                break
    return found


def _pronoun_refs(f: Frame, segments: list[Segment]) -> list[Ref]:
    """"er" / "sein" is the subject named last, "beide" / "they" (standing alone) the last two persons.

    The segments are the cue's own and, for an infinitive clause, those of its verb
    ("Er kündigte an, das Thema beim Gipfel anzusprechen").
    """
    for j in (j for seg in segments for j in range(seg.start, seg.end)):
        if f.v.span_at(j) is not None:
            continue
        if f.v.word(j) in f.words.PERSONAL_PRONOUNS or f.v.word(j) in f.words.POSSESSIVE_PRONOUNS:
            return [Ref(key, ActorType.PERSON, j) for key in _subject_before(f, j)]
        if f.v.word(j) in f.words.PLURAL_PRONOUNS and not _noun_follows(f, j):
            return [Ref(key, ActorType.PERSON, j) for key in last_persons(f, j, 2)]
    return []


def _subject_before(f: Frame, j: int) -> list[str]:
    """The first person named in this sentence before `j`, else in the nearest sentence naming one.

    The first person of a clause is mostly its subject, and a pronoun mostly
    continues the subject: "Merz traf Macron. Er reist weiter" is Merz.
    """
    persons = [s for s in f.all_spans if s.end <= j and s.mention.type == ActorType.PERSON]
    if not persons:
        return []
    sentence = persons[-1].mention.sentence
    return [next(s.key for s in persons if s.mention.sentence == sentence)]


def _noun_follows(f: Frame, j: int) -> bool:
    return j + 1 < f.v.end and f.v.tokens[j + 1].pos in f.words.NOUN_TAGS


def antecedent(f: Frame) -> list[Ref]:
    """The person a relative clause is about: the last one named before it ("Scholz, who visited Kyiv")."""
    home = f.segment
    first = home.start
    if f.v.tokens[first].pos in f.words.PREPOSITION_TAGS and first + 1 < home.end:
        first += 1  # "..., in dem"
    if f.v.tokens[first].pos not in f.words.RELATIVE_TAGS:
        return []
    before = [s for s in f.v.spans if s.end <= home.start and s.mention.type in PARTICIPANT_TYPES]
    persons = [s for s in before if s.mention.type == ActorType.PERSON]
    chosen = (persons or before)[-1:]
    return [Ref(s.key, s.mention.type, s.start) for s in chosen]


def clause_refs(f: Frame, need: int, exclude: Collection[int] = (), seed: Sequence[Ref] = (), *,
                persons: bool = False) -> list[Ref]:
    """Names in the cue's segment, then in the nearest other segments until `need` actors (with `seed`) are found.

    With `persons`, only persons count towards `need` (a visitor is looked for until one is named).
    """
    count = _count_persons if persons else _count
    refs: list[Ref] = antecedent(f)
    for seg in _segments_by_nearness(f):
        refs.extend(segment_refs(f, seg, exclude))
        if count([*seed, *refs]) >= need:
            break
    if count([*seed, *refs]) < need:
        refs.extend(_pronoun_refs(f, [f.segment, *governing(f)]))
    return refs


def segment_refs(f: Frame, seg: Segment, exclude: Collection[int] = ()) -> list[Ref]:
    """The eligible actors of one clause segment (mentions starting at an `exclude` token left out)."""
    return _collect(f, seg.start, seg.end, accept=lambda span: span.start not in exclude and eligible(f, span))


def _segments_by_nearness(f: Frame) -> list[Segment]:
    """The cue's segment, then the others of its window, then the rest; main clauses first, nearest first."""
    home = f.segment
    index = f.v.segments.index(home)

    def rank(n: int) -> tuple[bool, bool, bool, int]:
        seg = f.v.segments[n]
        inside = f.start <= seg.start < f.end
        return (seg is not home, not inside, seg.subordinate, abs(n - index))

    return [f.v.segments[n] for n in sorted(range(len(f.v.segments)), key=rank)]


def _count(refs: list[Ref]) -> int:
    persons = _count_persons(refs)
    return persons if persons else len({r.key for r in refs if r.type in PARTICIPANT_TYPES})


def _count_persons(refs: list[Ref]) -> int:
    return len({r.key for r in refs if r.type == ActorType.PERSON})


def eligible(f: Frame, span: Span) -> bool:
    """Not a place, a treaty, the source of the report, a topic, a location or a possessor."""
    if span.mention.type not in PARTICIPANT_TYPES or _possessor(f, span) or _in_parentheses(f, span):
        return False
    if span.mention.type != ActorType.PERSON and _in_apposed_title(f, span):
        return False
    before = word_before(f, span.start)
    if (before in f.words.TOPIC_PREPOSITIONS or before in f.words.PLACE_PREPOSITIONS) and not _acts_for_state(
            f, span):
        return False
    return not is_source(f, span)


def _in_apposed_title(f: Frame, span: Span) -> bool:
    """"the Chinese foreign minister, Wang Yi": the state only qualifies the title of the person named after it."""
    seg = f.v.segment_of(span.start)
    start = min(_title_starts(f, span.start))
    return _title_phrase(f, start, seg.end) and _apposition(f, seg.end) is not None


def _in_parentheses(f: Frame, span: Span) -> bool:
    """"(Reuters)", "Merz (CDU)": a dateline's agency or a party, not a side of the contact."""
    return (span.start > f.v.start and span.end < f.v.end and f.v.tokens[span.start - 1].text == "("
            and f.v.tokens[span.end].text == ")")


def _possessor(f: Frame, span: Span) -> bool:
    """"Trumps Sondergesandter Witkoff", "Trump's envoy": the genitive names whose envoy, not who met.

    A genitive is a surface the actor's label does not end in (label "Donald Trump",
    surface "Trumps"), followed by a common noun.
    """
    nxt = span.end
    if nxt >= f.v.end or f.v.tokens[nxt].pos not in f.words.NOUN_TAGS or f.v.span_at(nxt) is not None:
        return False
    surface = f.v.doc.text[span.mention.start:span.mention.end]
    actor = f.v.doc.actors.get(span.key)
    return actor is not None and not actor.label.endswith(surface) and surface.endswith(f.words.GENITIVE_ENDINGS)


def is_source(f: Frame, span: Span) -> bool:
    """Named as the source of the report: "laut Uschakow", "dem Kreml zufolge", "according to X"."""
    if span.end < f.v.end and f.v.word(span.end) in f.words.SOURCE_AFTER:
        return True
    return any(_source_phrase_ends(f, j) for j in _title_starts(f, span.start))


def _title_starts(f: Frame, i: int) -> list[int]:
    """Where the noun phrase of the name at `i` may begin: before its articles, adjectives and title nouns.

    "nach Angaben des türkischen Außenministers Hakan Fidan", "according to Foreign Minister Lavrov".
    """
    starts = [i]
    j = i
    while j - 1 >= f.v.start and i - j < _TITLE_REACH and _title_word(f, j - 1):
        j -= 1
        starts.append(j)
    return starts


_TITLE_REACH = 5


def _title_word(f: Frame, j: int) -> bool:
    token = f.v.tokens[j]
    return (f.v.word(j) in f.words.DETERMINERS or token.pos.startswith(f.words.ADJECTIVE_TAG_PREFIX)
            or (token.pos in f.words.TITLE_NOUN_TAGS and f.v.span_at(j) is None))


def _source_phrase_ends(f: Frame, j: int) -> bool:
    for words in f.words.SOURCE_BEFORE:
        lo = j - len(words)
        if lo >= f.v.start and all(f.v.word(lo + k) == w for k, w in enumerate(words)):
            return True
    return False


def select(refs: Sequence[Ref], keep: Sequence[str] = ()) -> list[str]:
    """Persons where named, else states and organisations; `keep` always stays (a summit's organisation).

    A side named only through its representatives stays beside named persons:
    "Gespräche zwischen Selenskyj und russischen Vertretern" are Zelenskyy and Russia.
    """
    persons = [r.key for r in refs if r.type == ActorType.PERSON]
    if persons:
        chosen = persons + [r.key for r in refs if r.agent]
    else:
        chosen = [r.key for r in refs if r.type in (ActorType.STATE, ActorType.ORGANIZATION)]
    return list(dict.fromkeys([*keep, *chosen]))
