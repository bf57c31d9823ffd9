"""Government bodies named by their state: "das chinesische Außenministerium", "China's foreign ministry".

A state's ministries, government, presidential office, parliament or army
speak and act as organisations, and an unnamed spokesperson speaks for them.
The registry can list only a few of them, so they are read by shape: a head
noun of a known kind (language data) with the state it belongs to: a demonym
before it, the state's name in the genitive or as the first part of a
compound ("US-Regierung"), a complement ("of India", "Regierung in Kiew"), or
the head of state or government whose body it is ("die Trump-Regierung").

The key is stable per (state, kind), so "das iranische Außenministerium" and
"Irans Außenministerium" are one actor in any article; the label comes from
a language-data template ("iranisches Außenministerium", "Iranian Foreign
Ministry"). A registry entry of that name (the Auswärtiges Amt, the Chinese
Foreign Ministry) takes precedence. A definite head without a state ("das
Ministerium") refers back to the last body of its kind.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kg.extract.gazetteer import fold
from kg.extract.mentions import HYPHENS, Annotator, entry_label
from kg.extract.titles import genitive
from kg.lang import data
from kg.linking.registry import normalize
from kg.model import ActorType, PartialDate
from kg.nlp.doc import Mention

# Offices whose holder owns the government: "die Trump-Regierung", "Netanyahu's government".
_LEADERS = frozenset({"head_of_government", "head_of_state", "president", "prime_minister", "chancellor"})


@dataclass(frozen=True)
class Head:
    start: int        # first token of the head noun (phrase)
    end: int          # token after it
    kind: str
    written: str      # the head as a label writes it ("Außenministerium", "Foreign Ministry")
    gender: str


@dataclass(frozen=True)
class Owner:
    """The state a head belongs to, where the phrase starts and ends, and the label the text suggests."""

    state: Any
    start: int
    end: int
    drop: Mention | None = None      # a demonym mention that becomes part of the body's name
    written: bool = False            # the state is written as a name before the head ("US-Regierung")


def find(notes: Annotator) -> None:
    """Adds a mention for every government body the text names or refers back to."""
    _Reader(notes).run()


def in_compound(notes: Annotator, prefix: str, state_key: str, start: int) -> Mention | None:
    """'der israelische Regierungssprecher': the body named by the first part of a compound title.

    `prefix` is that part ("Regierungs", with its linking s) and starts at character `start`;
    the state comes from the title phrase.
    """
    reader = _Reader(notes)
    state = notes.registry.entry(state_key)
    if state is None or state.type != ActorType.STATE:
        return None
    for part in (prefix, prefix[:-1]):
        found = reader.lang.HEADS.get((fold(part),))
        if found:
            key, label, qid = reader.actor(Head(0, 0, *found), Owner(state, 0, 0))
            return notes.add_chars(start, start + len(part), key, label, ActorType.ORGANIZATION, qid, "name")
    return None


@lru_cache(maxsize=4)
def _longest(lang: str) -> int:
    return max(len(key) for key in data(lang, "bodies").HEADS)


class _Reader:
    def __init__(self, notes: Annotator) -> None:
        self.notes = notes
        self.doc = notes.doc
        self.code = notes.doc.article.lang
        self.lang = data(self.code, "bodies")
        self.last: dict[str, str] = {}     # kind -> key of the body of that kind named last

    def run(self) -> None:
        tokens = self.doc.tokens
        i = 0
        while i < len(tokens):
            self._remember_registry_body(i)
            head = self._head_at(i)
            if head is None:
                i += 1
                continue
            self._body(head)
            i = head.end

    # ---- heads -----------------------------------------------------------------------------------

    def _head_at(self, i: int) -> Head | None:
        if self.notes.covered(i):
            return None
        tokens = self.doc.tokens
        for n in range(min(_longest(self.code), len(tokens) - i), 0, -1):
            window = tokens[i:i + n]
            if window[-1].sent != window[0].sent or any(self.notes.covered(t.i) for t in window):
                continue
            key = tuple(fold(t.text) for t in window)
            found = self.lang.HEADS.get(key) or (self._inflected(window[0]) if n == 1 else None)
            if found and not (key in self.lang.HEADS_BEFORE_NO_NOUN and self._noun_at(i + n)):
                return Head(i, i + n, *found)
        reference = self.lang.BACK_REFERENCES.get(fold(tokens[i].text))
        return Head(i, i + 1, reference, "", "") if reference is not None else None

    def _noun_at(self, i: int) -> bool:
        """'Israeli military operations': the head word is an adjective before a noun here."""
        return i < len(self.doc.tokens) and self.doc.tokens[i].pos.startswith(self.lang.NOUN_TAG_PREFIXES)

    def _inflected(self, token: Any) -> tuple[str, str, str] | None:
        """A one-word head in the genitive ("Außenministeriums"), or a compound of a generic ending."""
        text, lemma = fold(token.text), fold(token.lemma or token.text)
        found = self.lang.HEADS.get((lemma,))
        genitive = {lemma + e for e in self.lang.GENITIVE_ENDINGS}
        if found and found[2] in self.lang.GENITIVE_GENDERS and text in genitive:
            return found
        for ending, gender in self.lang.GENERIC_HEAD_ENDINGS.items():
            if lemma.endswith(ending) and len(lemma) > len(ending) + 2 and text.startswith(lemma):
                written = token.lemma or token.text
                return lemma, written[:1].upper() + written[1:], gender
        return None

    # ---- the body --------------------------------------------------------------------------------

    def _body(self, head: Head) -> None:
        owner = None if not head.written else self._owner_before(head) or self._owner_after(head)
        if owner is None:
            self._refer_back(head)
            return
        if self._named_after(owner.end):
            return      # "die staatliche Nachrichtenagentur Irna": the name is the actor
        if owner.drop is not None:
            self.notes.remove(owner.drop)
        key, label, qid = self.actor(head, owner)
        self.notes.add(owner.start, owner.end, key, label, ActorType.ORGANIZATION, qid, "name", named=True)
        self._remember(head.kind, key)

    def _remember(self, kind: str, key: str) -> None:
        self.last.pop(kind, None)      # the most recent body last
        self.last[kind] = key

    def actor(self, head: Head, owner: Owner) -> tuple[str, str, str | None]:
        """Key, label and Wikidata id of the body: the registry's entry, else one generated per (state, kind)."""
        entry = self._registered(head, owner)
        if entry is not None:
            return entry.key, entry_label(entry, self.code), entry.qid
        key = f"{normalize(owner.state.label_en).replace(' ', '-')}-{head.kind.replace('_', '-')}"
        return key, self._label(head, owner), None

    def _label(self, head: Head, owner: Owner) -> str:
        tokens = self.doc.tokens
        if owner.written:
            return self.doc.text[tokens[owner.start].start:tokens[head.end - 1].end]
        demonym = self._demonym(owner)
        if demonym is None:
            return self.lang.LABEL_WITHOUT_DEMONYM.format(head=head.written,
                                                          state=entry_label(owner.state, self.code))
        return f"{demonym}{self.lang.ADJECTIVE_ENDINGS[head.gender]} {head.written}"

    def _demonym(self, owner: Owner) -> str | None:
        """The demonym's base form, as the text writes it if it does ("US-amerikanischen" -> "US-amerikanisch")."""
        if owner.drop is not None:
            written = self.doc.text[owner.drop.start:owner.drop.end]
            for ending in self.lang.DEMONYM_ENDINGS:
                if written.endswith(ending) and len(written) > len(ending) + 3:
                    return written[:-len(ending)]
            return written
        return owner.state.demonym(self.code)

    def _registered(self, head: Head, owner: Owner) -> Any:
        """The registry's entry for this body, by the label it would get or the words of the text."""
        tokens = self.doc.tokens
        surface = self.doc.text[tokens[owner.start].start:tokens[owner.end - 1].end] if owner.end else ""
        for name in (self._label(head, owner), surface):
            for entry in self.notes.registry.lookup(name):
                if entry.type == ActorType.ORGANIZATION and entry.country == owner.state.key:
                    return entry
        return None

    def _named_after(self, end: int) -> bool:
        mention = self.notes.mention_at(end) if end < len(self.doc.tokens) else None
        return mention is not None and mention.type == ActorType.ORGANIZATION and mention.kind == "name"

    def _refer_back(self, head: Head) -> None:
        """'das Ministerium', 'the government': the last body of that kind, after a definite article.

        A bare word for any ministry ("das Ministerium") refers to the last ministry of any kind.
        """
        endings = tuple(head.kind.split())
        keys = [key for kind, key in self.last.items() if kind == head.kind or kind.endswith(endings)]
        key = keys[-1] if keys else None
        if key is None or head.start == 0 or fold(self.doc.tokens[head.start - 1].text) not in self.lang.DEFINITE:
            return
        info = self.doc.actors[key]
        self.notes.add(head.start, head.end, key, info.label, info.type, info.wikidata, "partial", named=True)

    def _remember_registry_body(self, i: int) -> None:
        """A registry body ("Bundesregierung", "German government") can be referred back to by its kind."""
        mention = self.notes.mention_at(i)
        if mention is None or mention.type != ActorType.ORGANIZATION or self.doc.tokens[i].end != mention.end:
            return
        word = fold(self.doc.tokens[i].text)
        for key, (kind, _, _) in self.lang.HEADS.items():
            if len(key) == 1 and word.endswith(key[0]):
                self._remember(kind, mention.key)

    # ---- the state -------------------------------------------------------------------------------

    def _owner_before(self, head: Head) -> Owner | None:
        """A demonym, a state's name (genitive, possessive or compound) or a leader's name right before."""
        tokens = self.doc.tokens
        j = head.start - 1
        if j < 0 or tokens[j].sent != tokens[head.start].sent:
            return None
        compound = tokens[j].text in HYPHENS and not tokens[j].space_before and not tokens[head.start].space_before
        if compound:
            j -= 1
        mention = self.notes.mention_at(j) if j >= 0 else None
        if mention is None:
            return None
        first = self._first_token(mention)
        if mention.type == ActorType.STATE:
            state = self.notes.registry.entry(mention.key)
            if state is None:
                return None
            if mention.kind == "demonym":
                return Owner(state, first, head.end, drop=mention)
            return Owner(state, first, head.end, written=compound or not self._possessive(mention))
        if mention.type == ActorType.PERSON and head.kind in self.lang.PERSON_OWNED_KINDS:
            state = self._led_by(mention.key)
            return Owner(state, first, head.end) if state is not None else None
        return None

    def _owner_after(self, head: Head) -> Owner | None:
        """'Außenministerium Chinas', 'the government of India', 'die Regierung in Kiew', 'Regierung Netanjahu'."""
        tokens = self.doc.tokens
        j = head.end
        if j >= len(tokens) or tokens[j].sent != tokens[head.start].sent:
            return None
        word = fold(tokens[j].text)
        if word in self.lang.IN_WORDS:
            state = self._state_at(j + 1, capitals=True)
            return Owner(state, head.start, head.end) if state is not None else None
        linked = word in self.lang.OF_WORDS
        k = j + 1 if linked else j
        while linked and k < len(tokens) and fold(tokens[k].text) in self.lang.DEFINITE:
            k += 1
        mention = self.notes.mention_at(k) if k < len(tokens) else None
        if mention is None or self._first_token(mention) != k:
            return None
        last = self._last_token(mention)
        if mention.type == ActorType.PERSON and head.kind in self.lang.PERSON_OWNED_KINDS and not linked:
            state = self._led_by(mention.key)
            return Owner(state, head.start, last + 1) if state is not None else None
        if mention.type != ActorType.STATE or mention.kind == "demonym":
            return None
        if not linked and not genitive(self.doc, self.notes.registry, mention):
            return None
        state = self.notes.registry.entry(mention.key)
        return Owner(state, head.start, last + 1) if state is not None else None

    def _state_at(self, i: int, *, capitals: bool) -> Any:
        """The state named at token `i`, also by its capital ("in Kiew", "in Beijing")."""
        mention = self.notes.mention_at(i) if i < len(self.doc.tokens) else None
        if mention is None:
            return None
        entry = self.notes.registry.entry(mention.key)
        if entry is None:
            return None
        if mention.type == ActorType.STATE and mention.kind != "demonym":
            return entry
        if capitals and mention.type == ActorType.PLACE:
            state = self.notes.registry.by_metonym(entry.label_en) or self.notes.registry.by_metonym(entry.label_de)
            if state is not None and state.type == ActorType.STATE and state.capital == entry.key:
                return state
        return None

    def _led_by(self, person: str) -> Any:
        """The state a person leads on the article's date ("Trump" -> the USA), by the registry."""
        on: PartialDate | None = self.doc.article.published
        for office in self.notes.registry.offices_of(person, on) or self.notes.registry.offices_of(person, None):
            if _LEADERS & set(office.roles):
                entry = self.notes.registry.entry(office.of)
                if entry is not None and entry.type == ActorType.STATE:
                    return entry
        return None

    def _possessive(self, mention: Mention) -> bool:
        """"China's", "Chinas": the name is inflected for the genitive."""
        surface = self.doc.text[mention.start:mention.end]
        return surface.endswith(self.lang.POSSESSIVE_ENDINGS) or genitive(self.doc, self.notes.registry, mention)

    def _first_token(self, mention: Mention) -> int:
        return self.notes.token_span(mention)[0]

    def _last_token(self, mention: Mention) -> int:
        return self.notes.token_span(mention)[1] - 1
