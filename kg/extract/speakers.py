"""Who a speaker phrase is: names, titles, spokespeople, documents and pronouns as actor keys.

A named person speaks for themself ("Kreml-Sprecher Dmitri Peskow"); an
unnamed spokesperson, a ministry or a communiqué speaks for the organisation
or state that owns it ("der Kreml-Sprecher", "ein Sprecher des Auswärtigen
Amts", "die chinesische Seite", "in der Kreml-Erklärung"), an organisation named
in the phrase before a state ("a spokesperson for Qatar's foreign ministry" is
the ministry), and a state's body the registry knows before the state itself;
"der Sprecher" alone is the spokesperson named before; a city stands for its
government ("Moskau erklärte"); "beide Politiker", "both sides" are the two
people or parties named just before; a phrase with no actor in its head ("der
Minister") is nobody we can name, and its words are skipped rather than
guessed. Pronouns go to the last speaker or the last person named before them,
if the gender fits.
"""
from __future__ import annotations

import bisect
import weakref
from types import ModuleType
from typing import Any

from kg.extract.passage import Passage
from kg.extract.phrases import Phrase, head_noun, noun_phrase
from kg.lang import LANGUAGES, data
from kg.linking.registry import normalize
from kg.model import ActorType
from kg.nlp.doc import Doc, Mention

Speakers = tuple[str, ...]

_VOICES = (ActorType.ORGANIZATION, ActorType.STATE)

# How many sentences back a group ("beide Politiker", "both sides") looks for its members.
_GROUP_REACH = 3


class SpeakerResolver:
    """Resolves speaker phrases of one article; remembers who spoke where, for pronouns."""

    def __init__(self, doc: Doc, registry: Any, speech: ModuleType, quoted: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.registry = registry
        self.speech = speech
        self.quoted = quoted
        self.history: list[tuple[int, Speakers]] = []
        self._genders: dict[str, str | None] = {}
        self._owners: list[tuple[int, Speakers]] = []
        self._sorted = sorted(doc.mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self._sorted]

    def remember(self, sentence: int, speakers: Speakers) -> None:
        self.history.append((sentence, speakers))

    # -- phrases ---------------------------------------------------------------------------

    def phrase(self, p: Passage, phrase: Phrase, *, documents: bool = False) -> Speakers | None:
        """The actor a noun phrase names as a speaker, or None when it names none."""
        named = self.named_person(p, phrase)
        if named:
            return named
        if self._is_group(p, phrase):
            return self._group_before(p, phrase)
        head = _mentions(p, phrase.start, phrase.head_end)
        noun = head_noun(p, phrase)
        if noun is not None and self._role(p, noun, documents):
            owner = self._owner(p, phrase, noun, persons=documents and self._is_document(p, noun))
            return owner or self._same_spokesperson(p, phrase, noun)
        if noun is not None and self._plural_people(p, noun):
            return None
        persons = [m for m in head if m.type is ActorType.PERSON]
        if persons:
            return (persons[0].key,)
        titled = self._title_then_name(p, phrase)
        if titled:
            return titled
        covering = p.mention_at[noun] if noun is not None else None
        if covering is None and noun is not None and self._epithet_noun(p, phrase, noun):
            return self._epithet(p, phrase)
        if covering is not None and covering.kind != "demonym":
            key = self.mention_key(covering)
            return (key,) if key else None
        return self._abbreviation(p, phrase, noun)

    def _epithet_noun(self, p: Passage, phrase: Phrase, noun: int) -> bool:
        """"der CDU-Politiker"; "der CDU-Vorsitzende", "der Vorsitzende der CDU": a leader of an
        organisation the phrase names (a leader of nobody named may be someone new)."""
        if _ends_with(p, noun, self.speech.EPITHET_NOUNS):
            return True
        return _ends_with(p, noun, self.speech.LEADER_NOUNS) and any(
            m.type is ActorType.ORGANIZATION for m in _mentions(p, phrase.start, phrase.end))

    def _plural_people(self, p: Passage, noun: int) -> bool:
        """"the ministers", "Putin's advisers": several people, not the one a title or a name gives."""
        m = p.mention_at[noun]
        return p.tag(noun) in self.speech.PLURAL_NOUN_TAGS and (m is None or m.type is ActorType.PERSON)

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
        """Who a spokesperson, body or document speaks for: an organisation named in the phrase
        before a state ("a spokesperson for Qatar's foreign ministry" is the ministry, not Qatar)."""
        named = [self.mention_key(m) for m in _mentions(p, phrase.start, phrase.end)
                 if m.type is not ActorType.AGREEMENT and (persons or m.type is not ActorType.PERSON)]
        keys = [key for key in named if key]
        organizations = [key for key in keys if self._type(key) is ActorType.ORGANIZATION]
        if organizations:
            return self._remember_owner(p, phrase, noun, organizations[0])
        if keys:
            body = self._state_body(keys[0], p, phrase)
            return self._remember_owner(p, phrase, noun, body or keys[0])
        entry = self._compound_owner(p.tokens[noun].text) or self._default_owner(p, phrase)
        return self._remember_owner(p, phrase, noun, self.register(entry)) if entry is not None else None

    def _default_owner(self, p: Passage, phrase: Phrase) -> Any | None:
        """"Ein Regierungssprecher", "ein Sprecher der Regierung" with no state named: the body a
        newspaper of the language means by it (in German, the federal government)."""
        for j in range(phrase.start, phrase.end):
            for word, name in self.speech.DEFAULT_OWNERS.items():
                if p.lemma(j).startswith(word) or p.lower(j).startswith(word):
                    return next(iter(self.registry.lookup(name)), None)
        return None

    def _remember_owner(self, p: Passage, phrase: Phrase, noun: int, key: str) -> Speakers:
        """Keeps a spokesperson's owner, for "der Sprecher" later on."""
        if _ends_with(p, noun, self.speech.SPOKESPERSON_NOUNS):
            self._owners.append((p.tokens[phrase.start].start, (key,)))
        return (key,)

    def _same_spokesperson(self, p: Passage, phrase: Phrase, noun: int) -> Speakers | None:
        """"sagte der Sprecher": the spokesperson named with an owner before, as a pronoun would be."""
        definite = p.lower(phrase.start) in self.speech.DEFINITE_ARTICLES
        if not definite or not _ends_with(p, noun, self.speech.SPOKESPERSON_NOUNS):
            return None
        start = p.tokens[phrase.start].start
        earlier = [keys for offset, keys in self._owners if offset < start]
        return earlier[-1] if earlier else None

    def _type(self, key: str) -> ActorType | None:
        info = self.doc.actors.get(key)
        return info.type if info is not None else None

    def _state_body(self, key: str, p: Passage, phrase: Phrase) -> str | None:
        """A state's body the registry knows ("des chinesischen Außenministeriums", "Qatar's foreign
        ministry"): an organisation of that state whose name ends with the words of the phrase's last noun."""
        last = phrase.end - 1
        if p.mention_at[last] is not None or not _ends_with(p, last, self.speech.BODY_NOUNS):
            return None
        first = last
        while first > phrase.start and p.mention_at[first - 1] is None \
                and p.tag(first - 1) in self.speech.BODY_WORD_TAGS:
            first -= 1
        ending = normalize(" ".join(p.lemma(j) for j in range(first, last + 1)))
        for entry in _organizations_of(self.registry).get(key, ()):
            if any(normalize(name).endswith(ending) for name in entry.names()):
                return self.register(entry)
        return None

    def _abbreviation(self, p: Passage, phrase: Phrase, noun: int | None) -> Speakers | None:
        """"Der Verband der Automobilindustrie (VDA)": an organisation's short name in parentheses after it."""
        j = phrase.end
        if noun is None or j + 2 >= len(p) or p.tokens[j].text != "(" or p.tokens[j + 2].text != ")":
            return None
        m = p.mention_at[j + 1]
        short = p.tokens[j + 1].text
        if m is None or m.type is not ActorType.ORGANIZATION or not short.isupper():
            return None
        initials = {p.tokens[k].text[:1].upper() for k in range(phrase.start, phrase.end)
                    if p.tag(k) in self.speech.NOUN_TAGS}
        return (m.key,) if short[:1] in initials else None

    # -- groups ------------------------------------------------------------------------------

    def _is_group(self, p: Passage, phrase: Phrase) -> bool:
        first = range(phrase.start, min(phrase.start + 2, phrase.head_end))
        return any(p.lower(j) in self.speech.GROUP_WORDS for j in first)

    def _group_before(self, p: Passage, phrase: Phrase) -> Speakers | None:
        """"Beide Politiker", "both sides": the last two people (or states and organisations) named before."""
        noun = head_noun(p, phrase)
        parties = noun is not None and _ends_with(p, noun, self.speech.PARTY_NOUNS)
        start = p.tokens[phrase.start].start
        sentence = p.tokens[phrase.start].sent
        found: list[str] = []
        for m in reversed(self._sorted[:bisect.bisect_left(self._starts, start)]):
            if m.sentence < sentence - _GROUP_REACH or len(found) == 2:
                break
            key = self._group_member(m, parties)
            if key and key not in found:
                found.append(key)
        return tuple(reversed(found)) if len(found) == 2 else None

    def _group_member(self, m: Mention, parties: bool) -> str | None:
        if self._in_quotation(m) or m.kind == "pronoun":
            return None
        if not parties:
            return m.key if m.type is ActorType.PERSON else None
        return self.mention_key(m) if m.type is not ActorType.PERSON else None

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

    def pronoun(self, p: Passage, i: int, verb: int | None, *, tag: bool = False) -> Speakers | None:
        """"sagte er": the last speaker, else the first person named, in the nearest sentence before.

        A plural pronoun ("sagten sie", "they said") is the group that spoke or was
        named together last ("Putin und Xi trafen sich. ... sagten sie"). In an
        attribution tag ("..., fügte er hinzu") the people named in the words it
        reports are not candidates: the pronoun looks past them.
        """
        low = p.lower(i)
        ending = self.speech.PLURAL_VERB_ENDING
        plural_verb = verb is not None and bool(ending) and p.lower(verb).endswith(ending)
        plural = low in self.speech.PLURAL_PRONOUNS and (plural_verb or low not in self.speech.PRONOUNS)
        sentence = p.tokens[i].sent
        for s in range(sentence, max(-1, sentence - 4), -1):
            before = self.doc.sentences[s].start if tag and s == sentence else p.tokens[i].start
            if plural:
                found = self._group(s, before)
            else:
                found = self._candidate(s, before, self.speech.PRONOUNS[low])
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


_BY_COUNTRY: weakref.WeakKeyDictionary[Any, dict[str, tuple[Any, ...]]] = weakref.WeakKeyDictionary()


def _organizations_of(registry: Any) -> dict[str, tuple[Any, ...]]:
    """The registry's organisations by the state they belong to, built once per registry."""
    index = _BY_COUNTRY.get(registry)
    if index is None:
        grouped: dict[str, list[Any]] = {}
        for entry in registry:
            if entry.type is ActorType.ORGANIZATION and entry.country:
                grouped.setdefault(entry.country, []).append(entry)
        index = _BY_COUNTRY[registry] = {k: tuple(v) for k, v in grouped.items()}
    return index


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
