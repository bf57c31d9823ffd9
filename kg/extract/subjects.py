"""Who a speech verb's subject is, before it, after it, or across an insertion.

German puts the subject before the verb ("Xi sagte"), after it when something
else comes first ("Am Mittwoch sagte Putin", ""...", sagte er"), or before a
comma-enclosed insertion ("Putin, der in Moskau sprach, sagte"), or is the name
such an insertion gives ("Der Botschafter in Riad, Pawel Lebedinski, sprach");
a relative pronoun stands for the phrase before its comma ("Putin, der Xi als
... bezeichnete"), unless English puts a subject between it and the verb
("which the White House has said"); English inverts only in a tag (""...," said
Putin."). Phrases inside prepositions ("nach Angaben der chinesischen Seite")
are never the subject. A subject that names no known actor ("Der Minister sagte") blocks the
search, so that an object after the verb is not taken for the speaker.
"""
from __future__ import annotations

from kg.extract.passage import Passage
from kg.extract.phrases import Phrase, noun_phrase, phrase_ending_at, skip_prepositional
from kg.extract.speakers import SpeakerResolver, Speakers


def subject_before(p: Passage, i: int, start: int, resolver: SpeakerResolver,
                   tag: bool = False) -> tuple[str, Speakers | None]:
    """The subject between the clause start and the verb: ("found", keys), ("blocked", None) or ("none", None).

    "blocked" is a subject that names no actor we know ("Der Minister sagte"): the
    verb then has a speaker, just not one to record, so nothing after it is taken.
    `tag`: the clause follows what it reports ("..., he said"), see `subject_after`.
    """
    s = p.speech
    j = p.next_word(start, i)
    if j is not None and p.lower(j) in s.SUBJECT_RELATIVES and p.tag(j) in s.OPENER_TAGS \
            and not _object_relative(p, j, i):
        found = _antecedent(p, start, resolver)
        return ("found", found) if found else ("blocked", None)
    while j is not None and j < i:
        low, pos = p.lower(j), p.tag(j)
        if low in s.PRONOUNS or low in s.PLURAL_PRONOUNS:
            found = resolver.pronoun(p, j, i, tag=tag)
            return ("found", found) if found else ("blocked", None)
        if pos in s.PREPOSITION_TAGS:
            j = p.next_word(skip_prepositional(p, j, i), i)
            continue
        phrase = None if pos in s.OPENER_TAGS or pos in s.ADVERB_TAGS else noun_phrase(p, j, i)
        if phrase is None:
            j = p.next_word(j + 1, i)
            continue
        found = resolver.phrase(p, phrase)
        if found:
            return "found", coordinated(p, phrase, found, i, resolver)
        if low not in s.ANAPHORIC_OBJECTS and low not in s.NON_SUBJECT_ARTICLES:
            return "blocked", None
        j = p.next_word(phrase.end, i)
    return "none", None


def _object_relative(p: Passage, j: int, i: int) -> bool:
    """"which the White House has said ...": in English a phrase between the relative pronoun and
    the verb is the subject, and the pronoun the object."""
    if not p.speech.RELATIVE_OBJECT_BY_POSITION:
        return False
    k = p.next_word(j + 1, i)
    return k is not None and noun_phrase(p, k, i) is not None


def subject_after(p: Passage, i: int, clause_end: int, resolver: SpeakerResolver,
                  tag: bool = False) -> tuple[Speakers | None, int]:
    """The subject after the verb ("sagte der russische Präsident", "said Putin"), and the token after it.

    `tag`: the verb follows what it reports (", fügte er hinzu"), so a pronoun skips the people named there.
    """
    s = p.speech
    j = p.next_word(i + 1, clause_end)
    while j is not None and j < clause_end:
        low, pos = p.lower(j), p.tag(j)
        if low in s.PRONOUNS or low in s.PLURAL_PRONOUNS:
            return resolver.pronoun(p, j, i, tag=tag), j + 1
        if pos in s.ADVERB_TAGS or low in s.HEARSAY_SUBJECTS:
            j = p.next_word(j + 1, clause_end)
            continue
        if pos in s.PREPOSITION_TAGS:
            j = p.next_word(skip_prepositional(p, j, clause_end), clause_end)
            continue
        phrase = noun_phrase(p, j, clause_end)
        if phrase is None:
            break
        found = with_apposition(p, phrase, resolver)
        if found and s.INVERTED_SUBJECT_ENDS_CLAUSE and not _ends_clause(p, phrase.end, clause_end):
            return None, i + 1  # "said Washington was ...": an object clause, not "said Putin."
        if found:
            return coordinated(p, phrase, found, clause_end, resolver), phrase.end
        break
    return None, i + 1


def person_after(p: Passage, i: int, clause_end: int, resolver: SpeakerResolver) -> tuple[Speakers | None, int]:
    """The first person named after the verb ("zitierte die Agentur Tass Lawrow"), and the token after it."""
    s = p.speech
    j = p.next_word(i + 1, clause_end)
    while j is not None and j < clause_end:
        phrase = None if p.tag(j) in s.PREPOSITION_TAGS else noun_phrase(p, j, clause_end)
        if phrase is None:
            j = p.next_word(skip_prepositional(p, j, clause_end) if p.tag(j) in s.PREPOSITION_TAGS else j + 1,
                            clause_end)
            continue
        found = resolver.phrase(p, phrase)
        if found and all(resolver.is_person(key) for key in found):
            return found, phrase.end
        j = p.next_word(phrase.end, clause_end)
    return None, i + 1


def _ends_clause(p: Passage, j: int, clause_end: int) -> bool:
    """Only coordinated names, adverbs and prepositional phrases follow until the clause ends."""
    s = p.speech
    while j < clause_end and (p.lower(j) in s.COORDINATORS or p.tag(j) in s.NOUN_PHRASE_TAGS or p.junk(j)
                              or p.mention_at[j] is not None):
        j += 1
    return only_adjuncts(p, j, clause_end)


def with_apposition(p: Passage, phrase: Phrase, resolver: SpeakerResolver) -> Speakers | None:
    """A title phrase followed by ", Juri Uschakow" is that person."""
    named = resolver.named_person(p, phrase)
    if named:
        return named
    return resolver.apposition(p, phrase) or resolver.phrase(p, phrase)


def coordinated(p: Passage, phrase: Phrase, found: Speakers, limit: int, resolver: SpeakerResolver) -> Speakers:
    """"Merz und Selenskyj sagten": every speaker of a coordination."""
    out = list(found)
    j = phrase.end
    while j < limit and p.lower(j) in p.speech.COORDINATORS - {","}:
        nxt = noun_phrase(p, j + 1, limit)
        more = resolver.phrase(p, nxt) if nxt is not None else None
        if not more:
            break
        out.extend(more)
        j = nxt.end
    return tuple(dict.fromkeys(out))


def subject_before_insertion(p: Passage, start: int, resolver: SpeakerResolver) -> Speakers | None:
    """"Putin, der in Moskau sprach, sagte: ..." / "Putin, speaking in Moscow, said ...".

    The verb opens its clause and has no subject after it; the subject is the
    noun phrase that opens the sentence before a comma-enclosed insertion.
    """
    comma = p.previous_word(start)
    if comma is None or p.tokens[comma].text != ",":
        return None
    opening = p.clause_start(p.clause_start(comma) - 1) if p.clause_start(comma) > 0 else None
    if opening is None or not _sentence_opens(p, opening):
        return None
    first_comma = p.clause_end(opening)
    if first_comma >= comma or p.tokens[first_comma].text != ",":
        return None
    named = _apposition_name(p, opening, first_comma, comma, resolver)
    if named:
        return named
    phrase = noun_phrase(p, opening, first_comma)
    if phrase is None or phrase.end != first_comma:
        return None
    return resolver.phrase(p, phrase)


def _apposition_name(p: Passage, opening: int, first_comma: int, comma: int,
                     resolver: SpeakerResolver) -> Speakers | None:
    """"Der russische Botschafter in Riad, Pawel Lebedinski, sprach ...": a verbless opening
    phrase and, between the commas, the name of the person it describes."""
    if any(p.tag(j) in p.speech.FINITE_TAGS for j in p.words(opening, first_comma)):
        return None
    start = p.next_word(first_comma + 1, comma)
    insertion = noun_phrase(p, start, comma) if start is not None else None
    if insertion is None or insertion.end != comma:
        return None
    return resolver.named_person(p, insertion)


def _sentence_opens(p: Passage, i: int) -> bool:
    before = p.previous_word(i)
    return before is None or p.sentence_end(before) or p.tokens[before].sent != p.tokens[i].sent


def _antecedent(p: Passage, start: int, resolver: SpeakerResolver) -> Speakers | None:
    """The noun phrase before ", der ..." that a subject relative pronoun stands for."""
    comma = p.previous_word(start)
    if comma is None or p.tokens[comma].text != ",":
        return None
    phrase = phrase_ending_at(p, comma)
    return resolver.phrase(p, phrase) if phrase is not None else None


def clause_subject(p: Passage, start: int, end: int, resolver: SpeakerResolver) -> Speakers | None:
    """The actor a clause is about ("Costa zeigte sich zuversichtlich", "Merz wurde deutlich"): the
    subject of its first finite verb, or, with no verb, the phrase it consists of ("Baerbock in Peking")."""
    verbs = [j for j in p.words(start, end) if p.tag(j) in p.speech.FINITE_TAGS]
    if verbs:
        status, found = subject_before(p, verbs[0], start, resolver)
        if status == "none":
            found, _ = subject_after(p, verbs[0], end, resolver)
        return found
    j = p.next_word(start, end)
    phrase = noun_phrase(p, j, end) if j is not None else None
    if phrase is None or not only_adjuncts(p, phrase.end, end):
        return None
    return resolver.phrase(p, phrase)


def only_adjuncts(p: Passage, start: int, end: int) -> bool:
    """Nothing but adverbs and prepositional phrases until the clause ends ("so Putin am Dienstag.")."""
    j = p.next_word(start, end)
    while j is not None and j < end:
        if p.tag(j) in p.speech.PREPOSITION_TAGS:
            j = p.next_word(skip_prepositional(p, j, end), end)
        elif p.tag(j) in p.speech.ADVERB_TAGS:
            j = p.next_word(j + 1, end)
        else:
            return False
    return True
