"""The `roles` component: who holds which office, from titles next to names.

"der russische Präsident Wladimir Putin", "Berater des Präsidenten, Juri
Uschakow", "US-Präsident Donald Trump", "Kreml-Sprecher Dmitri Peskow",
"Sergei Lavrov, the foreign minister of Russia", "seine Amtszeit als
Präsident": a title phrase (see `kg.extract.titles`) with a person gives a Role.
Its `of` is what the text says (demonym, genitive, compound, complement, an
office that implies its state); when the text names no body, the registry's
offices of that person on the article's date may supply it. A role whose body
stays unknown is not emitted: a title alone does not say whose office it is.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.extract.gazetteer import fold
from kg.extract.titles import PERSON_NOUN, TitlePhrase, TitleReader, holds, mentions_by_token
from kg.lang import data
from kg.model import ActorType, Evidence, PartialDate, Role
from kg.nlp.doc import Doc, Mention

if TYPE_CHECKING:
    from kg.nlp.pipeline import Context

COMPONENT = "roles"


def extract(doc: Doc, ctx: Context) -> None:
    seen: set[tuple[str, str]] = set()
    by_token = mentions_by_token(doc)
    for phrase in TitleReader(doc, ctx.registry).phrases():
        if phrase.word.category == PERSON_NOUN:
            continue
        person = phrase.person or _titled(by_token, phrase) or _as_title(doc, by_token, phrase)
        if person is None:
            continue
        of = _body(ctx.registry, phrase, person, doc.article.published)
        if of is None or of == person or (person, of) in seen:
            continue
        seen.add((person, of))
        doc.roles.append(Role(person=person, title=phrase.title, of=of,
                              evidence=(_evidence(doc, phrase, person),)))


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
