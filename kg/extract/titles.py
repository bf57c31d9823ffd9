"""Titles of office in the text and what they attach to: the person and the state or body.

Both the actor extractor (a title that refers back to a person, "der russische
Präsident") and the role extractor ("der russische Präsident Wladimir Putin")
read titles the same way, so the analysis lives here once. A title phrase is
the title word (or compound, or English multi-word title) with what identifies
its state or body: a demonym before it ("russische"), a genitive name ("Chinas
Präsident", "Russia's foreign minister"), the first part of a compound
("US-Präsident", "Kremlsprecher"), a complement ("Präsident Russlands",
"President of Russia", "Berater des Präsidenten"), or the title itself
("Bundeskanzler"). Categories of office are language-neutral so that a German
title can be checked against a registry office.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from kg.extract.gazetteer import fold
from kg.lang import data
from kg.model import ActorType, PartialDate
from kg.nlp.doc import Doc, Mention

_HYPHENS = frozenset({"-", "–", "‐"})
_BODIES = (ActorType.STATE, ActorType.ORGANIZATION)
PERSON_NOUN = "person"   # the category of nouns that introduce a person without naming an office

# A wider category admits the narrower ones: "Staatschef" can refer to a president.
_WIDER = {
    "head_of_state": {"president", "monarch"},
    "leader": {"president", "head_of_state", "head_of_government", "monarch", "party_leader", "supreme_leader",
               "prime_minister", "chancellor"},
    "head_of_government": {"prime_minister", "chancellor"},
    "minister": {"foreign_minister"},
    "chief": {"president", "head_of_state", "head_of_government", "secretary_general", "party_leader", "chair",
              "chief_of_staff", "director_general"},
    "adviser": {"security_adviser"},
}


def compatible(a: str, b: str) -> bool:
    """Whether two office categories can name the same post."""
    return a == b or b in _WIDER.get(a, ()) or a in _WIDER.get(b, ())


@dataclass(frozen=True)
class TitleWord:
    start: int            # first token of the title
    end: int              # token after it
    category: str
    folded: str           # the folded title, e.g. "kremlsprecher"
    prefix: str | None    # first part of a compound title ("Kreml" in "Kremlsprecher")


@dataclass
class TitlePhrase:
    """A title with its determiner and modifiers, the body it belongs to and the person it names."""

    word: TitleWord
    start: int                   # first token of the phrase (after any determiner)
    end: int                     # token after the title and its complement
    title: str                   # the title as written ("Kreml-Sprecher", "Berater des Präsidenten")
    of: str | None = None
    person: str | None = None
    person_end: int | None = None    # token after the person's name, when it follows the title
    determiner: str | None = None
    prefix_span: tuple[int, int] | None = None   # characters of an in-word body name ("Kreml" in "Kremlsprecher")
    prefix_entry: Any = None


def title_at(doc: Doc, i: int) -> TitleWord | None:
    """The title (office or person noun) that starts at token `i`, if any."""
    lang = data(doc.article.lang, "titles")
    tokens = doc.tokens
    longest = _phrase_lengths(doc.article.lang).get(fold(tokens[i].text), 0)
    for n in range(min(2 * longest - 1, len(tokens) - i), 1, -1):
        window = tokens[i:i + n]
        if window[-1].sent != tokens[i].sent or window[-1].text in _HYPHENS:
            continue
        key = tuple(fold(t.text) for t in window if t.text not in _HYPHENS)   # "Secretary-General"
        if len(key) > 1 and key in lang.TITLES:
            return TitleWord(i, i + n, lang.TITLES[key], " ".join(key), None)
    return _single_title(lang, doc, i)


@lru_cache(maxsize=8)
def _phrase_lengths(lang_code: str) -> dict[str, int]:
    """For each first word of a multi-word title, the most words a title starting with it has."""
    lengths: dict[str, int] = {}
    for key in data(lang_code, "titles").TITLES:
        if len(key) > 1:
            lengths[key[0]] = max(lengths.get(key[0], 0), len(key))
    return lengths


def _single_title(lang: Any, doc: Doc, i: int) -> TitleWord | None:
    token = doc.tokens[i]
    if not token.text[:1].isalpha():
        return None
    lemma = token.lemma if token.pos.startswith(lang.NOUN_TAG_PREFIXES) else ""   # "hosted" is no "host"
    for word in dict.fromkeys((fold(token.text), fold(lemma or token.text))):
        found = _word_title(doc.article.lang, word)
        if found is not None:
            category, suffix = found
            prefix = token.text[:len(token.text) - suffix] if suffix else None
            return TitleWord(i, i + 1, category, word, prefix)
    return None


@lru_cache(maxsize=1 << 14)
def _word_title(lang_code: str, word: str) -> tuple[str, int] | None:
    """The category of a one-word title and, for a compound, the length of its title part."""
    lang = data(lang_code, "titles")
    if (word,) in lang.TITLES:
        return lang.TITLES[(word,)], 0
    if word in lang.PERSON_NOUNS:
        return PERSON_NOUN, 0
    if not lang.COMPOUNDS:
        return None
    for suffix, category in sorted(lang.TITLE_SUFFIXES.items(), key=lambda kv: -len(kv[0])):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return category, len(suffix)
    for noun in lang.PERSON_NOUNS:
        if word.endswith(noun) and len(word) - len(noun) >= 3:
            return PERSON_NOUN, 0
    return None


def mentions_by_token(doc: Doc) -> dict[int, Mention]:
    """Each token index covered by a mention, with that mention (the last one added wins)."""
    starts = [t.start for t in doc.tokens]
    out: dict[int, Mention] = {}
    for m in doc.mentions:
        i = bisect.bisect_left(starts, m.start)
        while i < len(doc.tokens) and doc.tokens[i].end <= m.end:
            out[i] = m
            i += 1
    return out


class TitleReader:
    """Finds the title phrases of one document, given its mentions."""

    def __init__(self, doc: Doc, registry: Any) -> None:
        self.doc = doc
        self.registry = registry
        self.lang = data(doc.article.lang, "titles")
        self.by_token = mentions_by_token(doc)
        self.starts = [t.start for t in doc.tokens]

    def phrases(self) -> list[TitlePhrase]:
        out: list[TitlePhrase] = []
        i = 0
        tokens = self.doc.tokens
        while i < len(tokens):
            word = title_at(self.doc, i)
            mention = self.by_token.get(i)
            if word is None or (mention is not None and mention.kind != "title"):
                i += 1
                continue
            phrase = self._phrase(word)
            out.append(phrase)
            i = max(phrase.end, i + 1)
        return out

    def _phrase(self, word: TitleWord) -> TitlePhrase:
        start = self._modifiers_start(word.start)
        word, first = self._deputy(word, start), self._title_start(word, start)
        end = self._complement_end(word)
        body = self._body_complement(end)
        if body is not None:
            end = self._token_after(body)
        phrase = TitlePhrase(word, start, end, self._text(first, end))
        phrase.determiner = self._determiner(start)
        after = self._person_after(end)
        if after is not None:
            phrase.person, phrase.person_end = after.key, self._token_after(after)
        else:
            phrase.person = self._person_before(start, phrase.determiner)
        phrase.of = (self._compound_body(phrase) or self._body_before(word.start) or (body.key if body else None)
                     or self._demonym_in(start, end) or self._body_after_person(phrase)
                     or self._implied(phrase))
        return phrase

    def _deputy(self, word: TitleWord, start: int) -> TitleWord:
        """'stellvertretender Außenminister', 'Deputy Foreign Minister', 'Vizeaußenminister': another office,
        whose category is marked as a deputy's."""
        deputy = any(fold(t.text) in self.lang.DEPUTY_WORDS for t in self.doc.tokens[start:word.start])
        if deputy or (word.prefix and fold(word.prefix).startswith(self.lang.DEPUTY_PREFIXES)):
            return replace(word, category=f"deputy_{word.category}")
        return word

    def _title_start(self, word: TitleWord, start: int) -> int:
        """Where the title as written starts: at a deputy's word, an elided first conjunct ("Staats- und
        Parteichef") or an English field ("trade minister"), else at the title word."""
        tokens = self.doc.tokens
        for i in range(start, word.start):
            if fold(tokens[i].text) in self.lang.DEPUTY_WORDS or (i + 2 < word.start and self._elided(i + 2)):
                return i
        field = word.start - 1
        is_field = field >= start and tokens[field].pos in self.lang.FIELD_NOUN_TAGS
        return field if is_field and self._modifier(field, word.start) else word.start

    def _token_after(self, mention: Mention) -> int:
        return bisect.bisect_left(self.starts, mention.end)

    # ---- the extent of the phrase -------------------------------------------------------------

    def _modifiers_start(self, i: int) -> int:
        """Back over adjectives and demonyms ("der russische stellvertretende Außenminister")."""
        tokens = self.doc.tokens
        j = i
        while j > 0 and tokens[j - 1].sent == tokens[i].sent:
            k = j - 1
            prev = tokens[k]
            mention = self.by_token.get(k)
            if self._modifier(k, i):
                j = k
            elif self._elided(k):
                j = k - 2     # "Staats- und Parteichef": the first conjunct shares the title's head
            elif prev.text in _HYPHENS and k >= 1 and not prev.space_before:
                j = k
            elif mention is not None and mention.type in _BODIES and (j == i or tokens[j].text in _HYPHENS
                                                                      or self._modifier(j, i)):
                j = k     # "US-Präsident", "Chinas Präsident", "Russia's foreign minister", "EU trade commissioner"
            else:
                break
        return j

    def _modifier(self, k: int, title: int) -> bool:
        """An adjective, a demonym, a deputy's word, or a field right before an English title ("trade minister")."""
        token = self.doc.tokens[k]
        mention = self.by_token.get(k)
        return (self._adjective(k) or fold(token.text) in self.lang.DEPUTY_WORDS
                or (k == title - 1 and token.text.islower() and token.pos in self.lang.FIELD_NOUN_TAGS
                    and mention is None))

    def _elided(self, i: int) -> bool:
        """A coordinator after a truncated first part of a compound ("Staats- und", "Außen- oder")."""
        tokens = self.doc.tokens
        return (i >= 2 and fold(tokens[i].text) in self.lang.COORDINATORS and tokens[i - 1].text in _HYPHENS
                and not tokens[i - 1].space_before and tokens[i - 2].text[:1].isupper()
                and tokens[i - 2].sent == tokens[i].sent)

    def _complement_end(self, word: TitleWord) -> int:
        """Forward over a genitive title ("Berater des Präsidenten", "adviser to the president") or a post."""
        tokens = self.doc.tokens
        end = self._post_end(word)
        j = end
        if j < len(tokens) and fold(tokens[j].text) in self.lang.GENITIVE_ARTICLES:
            k = j + 1
            while k < len(tokens) and self._adjective(k):
                k += 1
            if k < len(tokens) and title_at(self.doc, k) is not None and tokens[k].sent == tokens[end - 1].sent:
                return title_at(self.doc, k).end
        return end

    def _post_end(self, word: TitleWord) -> int:
        """'Botschafter in Riad', 'ambassador to the UN': where an envoy serves, which is not whose envoy."""
        tokens = self.doc.tokens
        j = word.end
        if word.category not in self.lang.POSTED or j >= len(tokens):
            return word.end
        if fold(tokens[j].text) not in self.lang.AT_WORDS:
            return word.end
        j += 1
        while j < len(tokens) and fold(tokens[j].text) in self.lang.DETERMINERS:
            j += 1
        mention = self.by_token.get(j)
        if mention is None or tokens[j].sent != tokens[word.start].sent:
            return word.end
        while j + 1 < len(tokens) and self.by_token.get(j + 1) is mention:
            j += 1
        return j + 1

    def _adjective(self, i: int) -> bool:
        mention = self.by_token.get(i)
        adjective = data(self.doc.article.lang, "actors").ADJECTIVE_TAG_PREFIX
        return self.doc.tokens[i].pos.startswith(adjective) or (mention is not None and mention.kind == "demonym")

    def _determiner(self, start: int) -> str | None:
        if start == 0:
            return None
        prev = self.doc.tokens[start - 1]
        word = fold(prev.text)
        if word in self.lang.DETERMINERS or word in self.lang.PLURAL_DETERMINERS:
            return word
        return None

    def _text(self, start: int, end: int) -> str:
        return self.doc.text[self.doc.tokens[start].start:self.doc.tokens[end - 1].end]

    # ---- the state or body ---------------------------------------------------------------------

    def _compound_body(self, phrase: TitlePhrase) -> str | None:
        """'Kremlsprecher', 'Natogeneralsekretär': the first part of the word, with or without a linking s."""
        word = phrase.word
        if not word.prefix:
            return None
        for prefix in dict.fromkeys((word.prefix, word.prefix[:-1] if word.prefix.endswith("s") else word.prefix)):
            entry = self._body_named(prefix)
            if entry is not None:
                token = self.doc.tokens[word.start]
                phrase.prefix_span = (token.start, token.start + len(prefix))
                phrase.prefix_entry = entry
                return entry.key
        return None

    def _body_named(self, name: str) -> Any:
        entries = [e for e in self.registry.lookup(name) if e.type in _BODIES]
        return entries[0] if entries else self.registry.by_metonym(name)

    def _implied(self, phrase: TitlePhrase) -> str | None:
        """A title that names its state or body itself ("Bundeskanzler", "Regierungssprecher"), by the registry.

        When the body is an organisation named by the first part of the compound
        ("Regierungs-sprecher": the Bundesregierung), that part is remembered as its mention.
        """
        word = phrase.word
        tokens = self.doc.tokens[word.start:word.end]
        written = self.doc.text[tokens[0].start:tokens[-1].end]
        lemma = " ".join(t.lemma or t.text for t in tokens)
        key = self.registry.implied_of(written) or self.registry.implied_of(lemma)
        entry = self.registry.entry(key) if key else None
        if entry is not None and entry.type == ActorType.ORGANIZATION and word.prefix:
            prefix = word.prefix[:-1] if word.prefix.endswith("s") else word.prefix
            phrase.prefix_span = (tokens[0].start, tokens[0].start + len(prefix))
            phrase.prefix_entry = entry
        return key

    def _body_before(self, i: int) -> str | None:
        """The body named directly before the title, across a hyphen ("US-Präsident", "Chinas Präsident")."""
        tokens = self.doc.tokens
        j = i - 1
        if j >= 0 and tokens[j].text in _HYPHENS and not tokens[j].space_before:
            j -= 1
        while j >= 0 and tokens[j].sent == tokens[i].sent:
            mention = self.by_token.get(j)
            if mention is not None and mention.type in _BODIES:
                return mention.key
            if not self._modifier(j, i):
                return None
            j -= 1
        return None

    def _body_complement(self, end: int) -> Mention | None:
        """'Präsident Russlands', 'President of Russia', 'Präsident von Frankreich', 'Leiter der Behörde'."""
        tokens = self.doc.tokens
        j = end
        if j < len(tokens) and fold(tokens[j].text) in self.lang.OF_WORDS | self.lang.GENITIVE_ARTICLES:
            j += 1
            while j < len(tokens) and fold(tokens[j].text) in self.lang.DETERMINERS:
                j += 1
            mention = self.by_token.get(j)
            if mention is None or tokens[j].start != mention.start or tokens[j].sent != tokens[end - 1].sent:
                return None
            return mention if mention.type in _BODIES and mention.kind != "demonym" else None
        mention = self.by_token.get(j)
        if (mention is not None and mention.type in _BODIES and mention.kind == "name"
                and genitive(self.doc, self.registry, mention)):
            return mention
        return None

    def _demonym_in(self, start: int, end: int) -> str | None:
        for i in range(start, end):
            mention = self.by_token.get(i)
            if mention is not None and mention.kind == "demonym":
                return mention.key
        return None

    # ---- the person ----------------------------------------------------------------------------

    def _person_after(self, end: int) -> Mention | None:
        tokens = self.doc.tokens
        j = end
        if j < len(tokens) and tokens[j].text == ",":
            j += 1
        mention = self.by_token.get(j)
        if mention is not None and mention.type == ActorType.PERSON and mention.kind in ("name", "partial"):
            return mention
        return None

    def _body_after_person(self, phrase: TitlePhrase) -> str | None:
        """'Foreign Minister Wang Yi of China', 'journalist Dana Levin of Israel's Channel 12'.

        A possessive state before an organisation ("Israel's Channel 12") is the
        organisation's, not the office's: the organisation is taken.
        """
        tokens = self.doc.tokens
        j = phrase.person_end
        if j is None or j >= len(tokens) or fold(tokens[j].text) not in self.lang.OF_WORDS:
            return None
        j += 1
        while j < len(tokens) and fold(tokens[j].text) in self.lang.DETERMINERS:
            j += 1
        mention = self.by_token.get(j)
        if mention is None or mention.type not in _BODIES or tokens[j].sent != tokens[phrase.start].sent:
            return None
        following = self.by_token.get(self._token_after(mention))
        if mention.type == ActorType.STATE and following is not None and following.type == ActorType.ORGANIZATION:
            return following.key
        return mention.key

    def _person_before(self, start: int, determiner: str | None) -> str | None:
        """Apposition after the name: "Lavrov, the foreign minister of Russia"."""
        j = start - (2 if determiner else 1)
        if j < 1 or self.doc.tokens[j].text != ",":
            return None
        mention = self.by_token.get(j - 1)
        if mention is not None and mention.type == ActorType.PERSON and mention.kind in ("name", "partial"):
            return mention.key
        return None


def genitive(doc: Doc, registry: Any, mention: Mention) -> bool:
    """A name inflected for the genitive ("Russlands"): not a registered spelling, but one plus an ending."""
    surface = doc.text[mention.start:mention.end]
    entry = registry.entry(mention.key)
    if entry is None or surface[-1:] not in ("s", "'"):
        return False
    spellings = {fold(n) for n in (entry.label_de, entry.label_en, *entry.aliases)}
    return fold(surface) not in spellings


def office_category(registry_office: Any) -> set[str]:
    """The categories of a registry office: its role ids, and what its German and English titles name."""
    categories = set(getattr(registry_office, "roles", ()))
    for lang, title in (("de", registry_office.title_de), ("en", registry_office.title_en)):
        titles = data(lang, "titles")
        category = _first_title(titles, title or "")
        if category and _deputy_title(titles, title or ""):
            category = f"deputy_{category}"     # "stellvertretender Außenminister" is no foreign minister
        if category:
            categories.add(category)
    return categories


def _deputy_title(lang: Any, title: str) -> bool:
    words = [fold(w) for w in title.replace("-", " ").split()]
    return any(w in lang.DEPUTY_WORDS or w.startswith(lang.DEPUTY_PREFIXES) for w in words)


def _first_title(lang: Any, title: str) -> str | None:
    words = [fold(w) for w in title.replace("-", " ").split()]
    for i in range(len(words)):
        for n in range(min(4, len(words) - i), 0, -1):
            key = tuple(words[i:i + n])
            if key in lang.TITLES:
                return lang.TITLES[key]
        if lang.COMPOUNDS:
            for suffix, category in lang.TITLE_SUFFIXES.items():
                if words[i].endswith(suffix):
                    return category
    return None


def is_former(doc: Doc, phrase: TitlePhrase) -> bool:
    """'der frühere Präsident', 'Ex-Präsident': no reference to the present holder."""
    former = data(doc.article.lang, "titles").FORMER
    return any(fold(t.text) in former for t in doc.tokens[max(0, phrase.start - 1):phrase.word.end])


def holds(registry: Any, person: str, category: str, of: str | None, on: PartialDate | None) -> str | None:
    """The body for which `person` holds an office of `category` (matching `of` if given), by the registry."""
    for office in registry.offices_of(person, on):
        if of is not None and office.of != of:
            continue
        if any(compatible(category, c) for c in office_category(office)):
            return office.of
    return None
