"""Who a speaker phrase is: names, titles, spokespeople, documents and pronouns as actor keys.

A named person speaks for themself ("Kreml-Sprecher Dmitri Peskow"); an
unnamed spokesperson, a ministry or a communiqué speaks for the organisation
or state that owns it ("der Kreml-Sprecher", "ein Sprecher des Auswärtigen
Amts", "die chinesische Seite", "in der Kreml-Erklärung"); a city stands for
its government ("Moskau erklärte"); a phrase with no actor in its head ("der
Minister") is nobody we can name, and its words are skipped rather than
guessed. Pronouns go to the last speaker or the last person named before them,
if the gender fits.
"""
from __future__ import annotations

from types import ModuleType
from typing import Any

from kg.extract.passage import Passage
from kg.extract.phrases import Phrase, head_noun, noun_phrase
from kg.lang import LANGUAGES, data
from kg.model import ActorType
from kg.nlp.doc import Doc, Mention

Speakers = tuple[str, ...]

_VOICES = (ActorType.ORGANIZATION, ActorType.STATE)


class SpeakerResolver:
    """Resolves speaker phrases of one article; remembers who spoke where, for pronouns."""

    def __init__(self, doc: Doc, registry: Any, speech: ModuleType, quoted: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.registry = registry
        self.speech = speech
        self.quoted = quoted
        self.history: list[tuple[int, Speakers]] = []
        self._genders: dict[str, str | None] = {}

    def remember(self, sentence: int, speakers: Speakers) -> None:
        self.history.append((sentence, speakers))

    # -- phrases ---------------------------------------------------------------------------

    def phrase(self, p: Passage, phrase: Phrase, *, documents: bool = False) -> Speakers | None:
        """The actor a noun phrase names as a speaker, or None when it names none."""
        named = self.named_person(p, phrase)
        if named:
            return named
        head = _mentions(p, phrase.start, phrase.head_end)
        noun = head_noun(p, phrase)
        if noun is not None and self._role(p, noun, documents):
            return self._owner(p, phrase, noun, persons=documents and self._is_document(p, noun))
        persons = [m for m in head if m.type is ActorType.PERSON]
        if persons:
            return (persons[0].key,)
        titled = self._title_then_name(p, phrase)
        if titled:
            return titled
        covering = p.mention_at[noun] if noun is not None else None
        if covering is None and noun is not None and _ends_with(p, noun, self.speech.EPITHET_NOUNS):
            return self._epithet(p, phrase)
        if covering is not None and covering.kind != "demonym":
            key = self.mention_key(covering)
            return (key,) if key else None
        return None

    def named_person(self, p: Passage, phrase: Phrase) -> Speakers | None:
        """A person named in the head of the phrase ("Kreml-Sprecher Dmitri Peskow", "Xi")."""
        named = [m for m in _mentions(p, phrase.start, phrase.head_end)
                 if m.type is ActorType.PERSON and m.kind not in ("title", "pronoun")]
        return (named[0].key,) if named else None

    def _title_then_name(self, p: Passage, phrase: Phrase) -> Speakers | None:
        """"Secretary of State Marco Rubio": a name after a title's own "of" phrase (not "the wife of Putin")."""
        owner_start = p.next_word(phrase.head_end + 1, phrase.end)
        if owner_start is None or not self.speech.NAME_AFTER_OWNER_NAMES_HEAD:
            return None
        named = [m for m in _mentions(p, owner_start, phrase.end)
                 if m.type is ActorType.PERSON and m.kind not in ("title", "pronoun")
                 and m.start > p.tokens[owner_start].start]
        return (named[0].key,) if named else None

    def apposition(self, p: Passage, phrase: Phrase) -> Speakers | None:
        """A person named right after a title phrase and its comma (", Juri Uschakow")."""
        j = phrase.end
        if j >= len(p) or p.tokens[j].text != ",":
            return None
        nxt = noun_phrase(p, j + 1, len(p))
        if nxt is None or (nxt.end < len(p) and not p.boundary(nxt.end)):
            return None
        return self.named_person(p, nxt)

    def mention_key(self, m: Mention) -> str | None:
        """The speaking actor of a mention: a place speaks through the government it stands for."""
        if m.type in (ActorType.PERSON, *_VOICES):
            return m.key
        if m.type is ActorType.PLACE:
            place = self.registry.entry(m.key)
            names = [self.doc.text[m.start:m.end]] + ([place.label_de, place.label_en] if place else [])
            for name in names:
                entry = self.registry.by_metonym(name)
                if entry is not None and entry.type in _VOICES:
                    return self.register(entry)
        return None

    def register(self, entry: Any) -> str:
        """Adds an implied actor (a state behind its capital, the owner of a spokesperson)."""
        label = getattr(entry, f"label_{self.doc.article.lang}", None) or entry.label_en or entry.label_de
        self.doc.add_actor(entry.key, label, entry.type, entry.qid, named=False)
        return entry.key

    def _role(self, p: Passage, i: int, documents: bool) -> bool:
        nouns = self.speech.SPOKESPERSON_NOUNS + self.speech.BODY_NOUNS
        return _ends_with(p, i, nouns) or (documents and self._is_document(p, i))

    def _is_document(self, p: Passage, i: int) -> bool:
        return _ends_with(p, i, self.speech.DOCUMENT_NOUNS)

    def _owner(self, p: Passage, phrase: Phrase, noun: int, persons: bool) -> Speakers | None:
        for m in _mentions(p, phrase.start, phrase.end):
            if m.type is ActorType.AGREEMENT or (m.type is ActorType.PERSON and not persons):
                continue
            key = self.mention_key(m)
            if key:
                return (key,)
        entry = self._compound_owner(p.tokens[noun].text)
        return (self.register(entry),) if entry is not None else None

    def _compound_owner(self, word: str) -> Any | None:
        """"Kremlsprecher" -> the Kremlin: the registry name before a role noun in one word."""
        low = word.lower()
        for noun in self.speech.SPOKESPERSON_NOUNS + self.speech.BODY_NOUNS + self.speech.DOCUMENT_NOUNS:
            if not (low.endswith(noun) and len(low) > len(noun) + 2):
                continue
            prefix = word[:len(word) - len(noun)]
            for name in dict.fromkeys((prefix, prefix.rstrip("-"), prefix.rstrip("-s"))):
                entry = self._voice(name)
                if entry is not None:
                    return entry
        return None

    def _voice(self, name: str) -> Any | None:
        entry = self.registry.by_metonym(name)
        if entry is None:
            entry = next((e for e in self.registry.lookup(name) if e.type in _VOICES), None)
        return entry if entry is not None and entry.type in _VOICES else None

    # -- pronouns --------------------------------------------------------------------------

    def pronoun(self, p: Passage, i: int, verb: int | None) -> Speakers | None:
        """"sagte er": the last speaker, else the first person named, in the nearest sentence before.

        A plural pronoun ("sagten sie", "they said") is the group that spoke or was
        named together last ("Putin und Xi trafen sich. ... sagten sie").
        """
        low = p.lower(i)
        ending = self.speech.PLURAL_VERB_ENDING
        plural_verb = verb is not None and bool(ending) and p.lower(verb).endswith(ending)
        plural = low in self.speech.PLURAL_PRONOUNS and (plural_verb or low not in self.speech.PRONOUNS)
        sentence = p.tokens[i].sent
        for s in range(sentence, max(-1, sentence - 4), -1):
            if plural:
                found = self._group(s, p.tokens[i].start)
            else:
                found = self._candidate(s, p.tokens[i].start, self.speech.PRONOUNS[low])
            if found is not None:
                return found or None
        return None

    def _epithet(self, p: Passage, phrase: Phrase) -> Speakers | None:
        """"sagte der CDU-Politiker", "so der 69-Jährige": a definite description of the last person."""
        article = p.lower(phrase.start)
        if article not in self.speech.DEFINITE_ARTICLES:
            return None
        gender = self.speech.DEFINITE_ARTICLES[article]
        sentence = p.tokens[phrase.start].sent
        for s in range(sentence, max(-1, sentence - 3), -1):
            found = self._candidate(s, p.tokens[phrase.start].start, gender)
            if found is not None:
                return found
        return None

    def _group(self, sentence: int, before: int) -> Speakers | None:
        """Two or more people who spoke, or were named, in `sentence`; () when it names just one."""
        for keys in reversed([keys for s, keys in self.history if s == sentence]):
            return keys if len(keys) > 1 else ()
        named = tuple(dict.fromkeys(m.key for m in self._persons_named(sentence, before)))
        if not named:
            return None
        return named if len(named) > 1 else ()

    def _persons_named(self, sentence: int, before: int) -> list[Mention]:
        return sorted((m for m in self.doc.mentions if m.sentence == sentence and m.end <= before
                       and m.type is ActorType.PERSON and m.kind != "pronoun" and not self._in_quotation(m)),
                      key=lambda m: m.start)

    def _candidate(self, sentence: int, before: int, gender: str | None) -> Speakers | None:
        spoken = [keys for s, keys in self.history if s == sentence]
        for keys in reversed(spoken):
            fitting = tuple(k for k in keys if self.is_person(k) and self._fits(k, gender))
            if fitting:
                return fitting[:1]
        for m in self._persons_named(sentence, before):
            if self._fits(m.key, gender):
                return (m.key,)
        return None

    def is_person(self, key: str) -> bool:
        info = self.doc.actors.get(key)
        return info is not None and info.type is ActorType.PERSON

    def _in_quotation(self, m: Mention) -> bool:
        return any(a <= m.start and m.end <= b for a, b in self.quoted)

    def _fits(self, key: str, gender: str | None) -> bool:
        known = self.gender(key)
        return gender is None or known is None or known == gender

    def gender(self, key: str) -> str | None:
        """"f"/"m" from the person's titles ("Außenministerin") and honorifics ("Frau X"), else None."""
        if key not in self._genders:
            self._genders[key] = self._gender_in_text(key) or self._gender_in_registry(key)
        return self._genders[key]

    def _gender_in_text(self, key: str) -> str | None:
        titles = [_title_word(r.title) for r in self.doc.roles if r.person == key]
        titles += [self._title_noun(m) for m in self.doc.mentions if m.key == key and m.kind == "title"]
        return self._gender_of(titles, self.speech, {self._word_before(m.start).lower()
                                                     for m in self.doc.mentions if m.key == key})

    def _gender_in_registry(self, key: str) -> str | None:
        """The registry's office titles, read in a language whose titles are gendered ("Außenministerin")."""
        offices = self.registry.offices_of(key, None)
        for lang in LANGUAGES:
            speech = data(lang, "speech")
            titles = [_title_word(getattr(o, f"title_{lang}", "") or "") for o in offices]
            found = self._gender_of([t for t in titles if t], speech, set()) if speech.TITLES_ARE_GENDERED else None
            if found:
                return found
        return None

    @staticmethod
    def _gender_of(titles: list[str], speech: ModuleType, before: set[str]) -> str | None:
        titles = [t for t in titles if t]
        if before & speech.FEMALE_WORDS or any(_female_title(t, speech) for t in titles):
            return "f"
        if before & speech.MALE_WORDS or (speech.TITLES_ARE_GENDERED and titles):
            return "m"
        return None

    def _title_noun(self, m: Mention) -> str:
        """The head noun of a title mention ("der russische Präsident" -> "Präsident")."""
        nouns = [t.text for t in self.doc.tokens
                 if m.start <= t.start and t.end <= m.end and t.pos in self.speech.NOUN_TAGS]
        return nouns[0] if nouns else _title_word(self.doc.text[m.start:m.end])

    def _word_before(self, offset: int) -> str:
        words = self.doc.text[max(0, offset - 20):offset].split()
        return words[-1].rstrip(".") if words else ""


def _title_word(title: str) -> str:
    """The first capitalised word of a title that is not an acronym ("US-Präsidentin" -> "Präsidentin")."""
    words = [w for w in title.replace("-", " ").split() if w[:1].isupper() and not w.isupper()]
    return words[0] if words else (title.split() or [""])[0]


def _female_title(word: str, speech: ModuleType) -> bool:
    low = word.lower()
    return len(low) > 5 and low.endswith(speech.FEMALE_TITLE_ENDINGS)


def _ends_with(p: Passage, i: int, nouns: tuple[str, ...]) -> bool:
    return p.lemma(i).endswith(nouns) or p.lower(i).endswith(nouns)


def _mentions(p: Passage, start: int, end: int) -> list[Mention]:
    """The distinct unquoted mentions over tokens [start, end), in order."""
    out: list[Mention] = []
    for i in range(start, min(end, len(p))):
        m = p.mention_at[i]
        if m is not None and not p.quoted(i) and (not out or out[-1] is not m):
            out.append(m)
    return out
