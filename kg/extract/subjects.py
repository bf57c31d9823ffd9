"""Who a speech verb's subject is, before it, after it, or across an insertion.

German puts the subject before the verb ("Xi sagte"), after it when something
else comes first ("Am Mittwoch sagte Putin", ""...", sagte er"), or before a
comma-enclosed insertion ("Putin, der in Moskau sprach, sagte"); a relative
pronoun stands for the phrase before its comma ("Putin, der Xi als ...
bezeichnete"); English inverts only in a tag (""...," said Putin."). Phrases
inside prepositions ("nach Angaben der chinesischen Seite") are never the
subject. A subject that names no known actor ("Der Minister sagte") blocks the
search, so that an object after the verb is not taken for the speaker.
"""
from __future__ import annotations

from kg.extract.passage import Passage
from kg.extract.phrases import Phrase, noun_phrase, phrase_ending_at, skip_prepositional
from kg.extract.speakers import SpeakerResolver, Speakers


def subject_before(p: Passage, i: int, start: int, resolver: SpeakerResolver) -> tuple[str, Speakers | None]:
    """The subject between the clause start and the verb: ("found", keys), ("blocked", None) or ("none", None).

    "blocked" is a subject that names no actor we know ("Der Minister sagte"): the
    verb then has a speaker, just not one to record, so nothing after it is taken.
    """
    s = p.speech
    j = p.next_word(start, i)
    if j is not None and p.lower(j) in s.SUBJECT_RELATIVES and p.tag(j) in s.OPENER_TAGS:
        found = _antecedent(p, start, resolver)
        return ("found", found) if found else ("blocked", None)
    while j is not None and j < i:
        low, tag = p.lower(j), p.tag(j)
        if low in s.PRONOUNS or low in s.PLURAL_PRONOUNS:
            found = resolver.pronoun(p, j, i)
            return ("found", found) if found else ("blocked", None)
        if tag in s.PREPOSITION_TAGS:
            j = p.next_word(skip_prepositional(p, j, i), i)
            continue
        phrase = None if tag in s.OPENER_TAGS or tag in s.ADVERB_TAGS else noun_phrase(p, j, i)
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


def subject_after(p: Passage, i: int, clause_end: int, resolver: SpeakerResolver) -> tuple[Speakers | None, int]:
    """The subject after the verb ("sagte der russische Präsident", "said Putin"), and the token after it."""
    s = p.speech
    j = p.next_word(i + 1, clause_end)
    while j is not None and j < clause_end:
        low, tag = p.lower(j), p.tag(j)
        if low in s.PRONOUNS or low in s.PLURAL_PRONOUNS:
            return resolver.pronoun(p, j, i), j + 1
        if tag in s.ADVERB_TAGS or low in s.HEARSAY_SUBJECTS:
            j = p.next_word(j + 1, clause_end)
            continue
        if tag in s.PREPOSITION_TAGS:
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
        return None, phrase.end
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
    phrase = noun_phrase(p, opening, first_comma)
    if phrase is None or phrase.end != first_comma:
        return None
    return resolver.phrase(p, phrase)


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
