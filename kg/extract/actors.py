"""The `actors` component: every mention of a person, state, organisation, place or treaty.

Passes over the tagged tokens, each adding `Mention`s that later components
read: registry names (longest match, inflected, inside hyphen compounds, the
capital read as a place or as its government by context), demonyms ("russische"
-> Russia, implied only), government bodies named by their state ("das
chinesische Außenministerium", see `kg.extract.bodies`), unknown names by shape
(persons, acronym organisations, broadcasters), short forms of names already
seen ("Carlson", "Uschakow"), and title phrases that refer back to a named
person ("der russische Präsident", "sagte der CDU-Politiker"). A person without
a Wikidata id keeps the spelling the article uses.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import bodies, coref, names, treaties
from kg.extract.gazetteer import Match, Reading, fold, gazetteer
from kg.extract.mentions import HYPHENS, Annotator
from kg.lang import data
from kg.model import ActorType
from kg.nlp.doc import Doc, Token

if TYPE_CHECKING:
    from kg.nlp.pipeline import Context

COMPONENT = "actors"


def extract(doc: Doc, ctx: Context) -> None:
    """Adds all actor mentions of `doc` (see the module docstring for the passes)."""
    notes = Annotator(doc, ctx.registry, COMPONENT)
    _registry_names(notes)
    _demonyms(notes)
    bodies.find(notes)
    treaties.find(notes)
    names.find_unknown(notes)
    coref.short_forms(notes)
    coref.titles(notes)
    _spelled_as_written(notes)
    doc.mentions.sort(key=lambda m: (m.start, m.end))


def _spelled_as_written(notes: Annotator) -> None:
    """A person without a Wikidata id is labelled as the article spells the full name.

    "Abbas Araghchi" in a German article stays "Abbas Araghchi", not the registry's German
    "Abbas Araghtschi": the label is what identifies an unlinked actor.
    """
    for key, info in notes.doc.actors.items():
        entry = notes.registry.entry(key)
        if info.wikidata or info.type != ActorType.PERSON or entry is None or info.label in info.names:
            continue
        written = [n for n in info.names if n in entry.names() and " " in n]
        if written:
            info.label = max(written, key=len)


def _registry_names(notes: Annotator) -> None:
    index = gazetteer(notes.registry, notes.doc.article.lang)
    tokens = notes.doc.tokens
    i = 0
    while i < len(tokens):
        demonym = notes.compound_demonym(i)
        if demonym:
            i = demonym
            continue
        match = index.match_at(tokens, i)
        if match is None or not _plausible(notes, match) or _dateline(notes, match):
            i += 1
            continue
        reading, kind = _reading(notes, match)
        notes.add_entry(match.start, match.end, reading.entry, kind, named=True)
        i = match.end


def _plausible(notes: Annotator, match: Match) -> bool:
    """A one-word registry name that is part of a longer unknown name refers to someone or something else.

    "Hunter Biden" is not Joe Biden, "Victoria Nuland" not the capital of the
    Seychelles, "New Jersey" not Jersey, "China Daily" not China; and the US
    of "US-Dollar" is no actor.
    """
    if len(match.form.words) > 1:
        return True
    tokens = notes.doc.tokens
    before = tokens[match.start - 1] if match.start > 0 else None
    after = tokens[match.end] if match.end < len(tokens) else None
    before = before if before is not None and before.sent == tokens[match.start].sent else None
    after = after if after is not None and after.sent == tokens[match.start].sent else None
    if before is not None and before.text in notes.lang.PLACE_WORDS:
        return False
    if before is not None and _free_name(notes, before):
        return False
    if {r.entry.type for r in match.form.readings} == {ActorType.PERSON} or _possessive(notes, match):
        return True
    if after is not None and _currency(notes, match, after):
        return False
    if after is not None and after.text.lower() in notes.lang.ORGANIZATION_HEADS and after.text[:1].isupper():
        return False
    return after is None or after.text in notes.lang.PLACE_WORDS or not _free_name(notes, after)


def _possessive(notes: Annotator, match: Match) -> bool:
    """"India's Ministry ...", "Israel's Channel 12": a possessive ends the name, what follows is another."""
    return notes.doc.tokens[match.end - 1].text.endswith(notes.lang.POSSESSIVE_SUFFIXES)


def _dateline(notes: Annotator, match: Match) -> bool:
    """'WASHINGTON (AP) —', 'BERLIN (dpa) -': the city where the report was filed is no actor."""
    tokens = notes.doc.tokens
    first = tokens[match.start]
    sentence = notes.doc.sentences[first.sent]
    if first.i != sentence.tokens[0].i or match.end >= len(tokens):
        return False
    written = [t.text for t in tokens[match.start:match.end] if t.text[:1].isalpha()]
    shouting = all(w.isupper() for w in written) and not all(w.isupper() for w in match.form.words)
    return shouting and tokens[match.end].text in ("(", "-", "–", "—", ",")


def _currency(notes: Annotator, match: Match, after: Token) -> bool:
    """'US-Dollar', 'U.S. dollar': a currency is no reference to the state."""
    tokens = notes.doc.tokens
    if after.text in HYPHENS and match.end + 1 < len(tokens):
        after = tokens[match.end + 1]
    return after.text.lower() in notes.lang.CURRENCIES


def _free_name(notes: Annotator, token: Token) -> bool:
    """A name word that no registry name covers."""
    return names.is_name_word(notes, token) and notes.gazetteer_hit(token.i) is None


def _reading(notes: Annotator, match: Match) -> tuple[Reading, str]:
    """Chooses what an ambiguous form means here: the city after a place preposition, else the government."""
    readings = match.form.readings
    places = [r for r in readings if r.entry.type == ActorType.PLACE and not r.metonym]
    if (places and not _name_inflected(notes, match) and not _compound_part(notes, match)
            and notes.in_place_context(match.start)):
        return places[0], "name"
    plain = [r for r in readings if not r.metonym and r.entry.type != ActorType.PLACE]
    if plain:
        return plain[0], "name"
    metonyms = [r for r in readings if r.metonym]
    if metonyms:
        return metonyms[0], "metonym"
    return places[0], "name"


def _compound_part(notes: Annotator, match: Match) -> bool:
    """'in der Kreml-Erklärung': the name is the first part of a compound, not the place it stands in."""
    tokens = notes.doc.tokens
    return match.end < len(tokens) and tokens[match.end].text in HYPHENS and not tokens[match.end].space_before


def _name_inflected(notes: Annotator, match: Match) -> bool:
    """An ending on the name itself ("Moskaus"), unlike an inflected adjective in it ("im Weißen Haus")."""
    return match.inflected and fold(notes.doc.tokens[match.end - 1].text) != fold(match.form.words[-1])


def _demonyms(notes: Annotator) -> None:
    """Adjectives of nationality: the state is implied, not named ("chinesische Medien")."""
    adjective = data(notes.doc.article.lang, "actors").ADJECTIVE_TAG_PREFIX
    for token in notes.doc.tokens:
        if notes.covered(token.i) or not _adjective_like(token, adjective, notes.lang.DEMONYM_TAGS):
            continue
        entry = notes.registry.by_demonym(token.text)
        if entry is not None and entry.type == ActorType.STATE:
            notes.add_entry(token.i, token.i + 1, entry, "demonym", named=False)


def _adjective_like(token: Token, adjective_prefix: str, also: frozenset[str]) -> bool:
    """Adjectives and lower-case words of some length ("us" is no demonym, "russisch" is).

    `also` are further tags a demonym may get: the English tagger reads "French President" as two names.
    """
    text = token.text
    return text.isalpha() and len(text) > 3 and (token.pos.startswith(adjective_prefix) or text[:1].islower()
                                                  or token.pos in also)
