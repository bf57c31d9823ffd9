"""The `roles` component: who holds which office, from titles next to names.

"der russische Präsident Wladimir Putin", "Berater des Präsidenten, Juri
Uschakow", "US-Präsident Donald Trump", "Kreml-Sprecher Dmitri Peskow",
"Sergei Lavrov, the foreign minister of Russia", "seine Amtszeit als
Präsident": a title phrase (see `kg.extract.titles`) with a person gives a Role.
Its `of` is what the text says (demonym, genitive, compound, complement, an
office that implies its state); when the text names no body, the registry's
offices of that person on the article's date may supply it. A role whose body
stays unknown is not emitted: a title alone does not say whose office it is.

Besides: a post at a medium ("journalist Dana Levin of Channel 12"), a
counterpart ("seinen chinesischen Amtskollegen Wang Yi": the other side's office,
for the state named), and a title with its state but no name ("die Außenminister
Russlands und der USA"), whose holders the registry names among the persons of
the next sentences.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.extract.gazetteer import fold
from kg.extract.titles import PERSON_NOUN, TitlePhrase, TitleReader, holds, is_former, mentions_by_token
from kg.lang import data
from kg.model import ActorType, Evidence, PartialDate, Role
from kg.nlp.doc import Doc, Mention

if TYPE_CHECKING:
    from kg.nlp.pipeline import Context

COMPONENT = "roles"


def extract(doc: Doc, ctx: Context) -> None:
    _Roles(doc, ctx.registry).run()


class _Roles:
    """The roles of one document, read from its title phrases in text order."""

    def __init__(self, doc: Doc, registry: Any) -> None:
        self.doc = doc
        self.registry = registry
        self.lang = data(doc.article.lang, "titles")
        self.by_token = mentions_by_token(doc)
        self.phrases = TitleReader(doc, registry).phrases()
        self.seen: set[tuple[str, str]] = set()

    def run(self) -> None:
        for n, phrase in enumerate(self.phrases):
            if self._media(phrase) or self._counterpart(phrase, n):
                continue
            if phrase.word.category == PERSON_NOUN:
                continue
            person = phrase.person or _titled(self.by_token, phrase) or _as_title(self.doc, self.by_token, phrase)
            if person is None:
                self._holders(phrase)
                continue
            self._add(person, _body(self.registry, phrase, person, self.doc.article.published), phrase.title,
                      phrase)

    def _add(self, person: str, of: str | None, title: str, phrase: TitlePhrase) -> None:
        if of is None or of == person or (person, of) in self.seen:
            return
        self.seen.add((person, of))
        self.doc.roles.append(Role(person=person, title=title, of=of,
                                   evidence=(_evidence(self.doc, phrase, person),)))

    def _media(self, phrase: TitlePhrase) -> bool:
        """'journalist Dana Levin of Channel 12', 'ARD-Korrespondentin X': a post at a medium, never a state's."""
        if not phrase.word.folded.endswith(self.lang.MEDIA_NOUNS):
            return False
        info = self.doc.actors.get(phrase.of) if phrase.of else None
        if phrase.person is not None and info is not None and info.type == ActorType.ORGANIZATION:
            self._add(phrase.person, phrase.of, phrase.title, phrase)
        return True

    def _counterpart(self, phrase: TitlePhrase, n: int) -> bool:
        """'seinen chinesischen Amtskollegen Wang Yi', 'his Indian counterpart, commerce minister Piyush Goyal'.

        The counterpart holds the same office for the state named; the office is the
        title in apposition, else the one the article gave the other side last.
        """
        if not phrase.word.folded.endswith(self.lang.COUNTERPART_NOUNS):
            return False
        info = self.doc.actors.get(phrase.of) if phrase.of else None
        if info is None or info.type != ActorType.STATE:
            return True
        person, title = phrase.person, None
        apposition = self._apposition(phrase, n)
        if person is None and apposition is not None:
            person, title = apposition.person, apposition.title
        if person is not None:
            self._add(person, phrase.of, title or self._last_title(person) or phrase.title, phrase)
        return True

    def _apposition(self, phrase: TitlePhrase, n: int) -> TitlePhrase | None:
        tokens = self.doc.tokens
        if n + 1 >= len(self.phrases) or phrase.end >= len(tokens) or tokens[phrase.end].text != ",":
            return None
        following = self.phrases[n + 1]
        between = range(phrase.end + 1, following.start)
        if following.person is None or len(between) > 2 or any(i in self.by_token for i in between):
            return None
        return following

    def _last_title(self, person: str) -> str | None:
        others = [r.title for r in self.doc.roles if r.person != person]
        return others[-1] if others else None

    def _holders(self, phrase: TitlePhrase) -> None:
        """'die Außenminister Russlands und der USA ... Lawrow und Rubio': the registry names who held the office.

        A title with its state but no name is the office of a person the article names
        nearby, when the registry says that person held it then.
        """
        if phrase.of is None or is_former(self.doc, phrase):
            return
        sentence = self.doc.tokens[phrase.start].sent
        on = self.doc.article.published
        persons = dict.fromkeys(m.key for m in self.doc.mentions if m.type == ActorType.PERSON
                                and m.kind in ("name", "partial") and sentence <= m.sentence <= sentence + 1)
        for body in self._bodies(phrase):
            for person in persons:
                if holds(self.registry, person, phrase.word.category, body, on):
                    self._add(person, body, phrase.title, phrase)

    def _bodies(self, phrase: TitlePhrase) -> list[str]:
        """The phrase's body and those coordinated after it ("Russlands und der USA")."""
        bodies = [phrase.of] if phrase.of else []
        tokens = self.doc.tokens
        last = self.by_token.get(phrase.end - 1)
        i = phrase.end
        while last is not None and last.key == phrase.of and i < len(tokens):
            mention = self.by_token.get(i)
            word = fold(tokens[i].text)
            if mention is not None and mention.type in (ActorType.STATE, ActorType.ORGANIZATION):
                if mention.key not in bodies:
                    bodies.append(mention.key)
            elif word != "," and word not in self.lang.COORDINATORS and word not in self.lang.DETERMINERS:
                break
            i += 1
        return bodies


def _body(registry: Any, phrase: TitlePhrase, person: str, on: PartialDate | None) -> str | None:
    """The text's body, unless it is a body of the state the registry's office belongs to.

    "Kremlin aide Yuri Ushakov": the registry records the post as Russia's, and
    the Kremlin is a body of Russia, so the role is Russia's; with no body in the
    text, the registry's office supplies it.
    """
    held = holds(registry, person, phrase.word.category, None, on)
    if phrase.of is None or held is None or held == phrase.of:
        return phrase.of or held
    entry = registry.entry(phrase.of)
    return held if entry is not None and getattr(entry, "country", None) == held else phrase.of


def _titled(by_token: dict[int, Mention], phrase: TitlePhrase) -> str | None:
    """A title that the actor extractor resolved to a person ("der russische Präsident")."""
    mention = by_token.get(phrase.word.start)
    return mention.key if mention is not None and mention.kind == "title" else None


def _as_title(doc: Doc, by_token: dict[int, Mention], phrase: TitlePhrase) -> str | None:
    """'... seiner Amtszeit als Präsident': the nearest person named before in the sentence."""
    words = doc.tokens
    if phrase.start == 0 or fold(words[phrase.start - 1].text) not in _as_words(doc):
        return None
    sentence = words[phrase.start].sent
    for i in range(phrase.start - 2, -1, -1):
        if words[i].sent != sentence:
            return None
        mention = by_token.get(i)
        if mention is not None and mention.type == ActorType.PERSON:
            return mention.key
    return None


def _as_words(doc: Doc) -> frozenset[str]:
    return data(doc.article.lang, "titles").AS_WORDS


def _evidence(doc: Doc, phrase: TitlePhrase, person: str) -> Evidence:
    start = doc.tokens[phrase.start].start
    end = doc.tokens[phrase.end - 1].end
    near = [m for m in doc.mentions if m.key == person and m.sentence == doc.tokens[phrase.start].sent]
    if near:
        closest = min(near, key=lambda m: abs(m.start - start))
        start, end = min(start, closest.start), max(end, closest.end)
    return doc.evidence(start, end, COMPONENT)
