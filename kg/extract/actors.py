"""The `actors` component: every mention of a person, state, organisation, place or treaty.

Passes over the tagged tokens, each adding `Mention`s that later components
read: registry names (longest match, inflected, inside hyphen compounds, the
capital read as a place or as its government by context), demonyms ("russische"
-> Russia, implied only), unknown names by shape (persons, acronym
organisations), short forms of names already seen ("Carlson", "Uschakow"), and
title phrases that refer back to a named person ("der russische Präsident").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import coref, names, treaties
from kg.extract.gazetteer import Match, Reading, gazetteer
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
    treaties.find(notes)
    names.find_unknown(notes)
    coref.short_forms(notes)
    coref.titles(notes)
    doc.mentions.sort(key=lambda m: (m.start, m.end))


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
    if {r.entry.type for r in match.form.readings} == {ActorType.PERSON}:
        return True
    if after is not None and _currency(notes, match, after):
        return False
    if after is not None and after.text.lower() in notes.lang.ORGANIZATION_HEADS and after.text[:1].isupper():
        return False
    return after is None or after.text in notes.lang.PLACE_WORDS or not _free_name(notes, after)


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
    if places and not match.inflected and notes.in_place_context(match.start):
        return places[0], "name"
    plain = [r for r in readings if not r.metonym and r.entry.type != ActorType.PLACE]
    if plain:
        return plain[0], "name"
    metonyms = [r for r in readings if r.metonym]
    if metonyms:
        return metonyms[0], "metonym"
    return places[0], "name"


def _demonyms(notes: Annotator) -> None:
    """Adjectives of nationality: the state is implied, not named ("chinesische Medien")."""
    adjective = data(notes.doc.article.lang, "actors").ADJECTIVE_TAG_PREFIX
    for token in notes.doc.tokens:
        if notes.covered(token.i) or not _adjective_like(token, adjective):
            continue
        entry = notes.registry.by_demonym(token.text)
        if entry is not None and entry.type == ActorType.STATE:
            notes.add_entry(token.i, token.i + 1, entry, "demonym", named=False)


def _adjective_like(token: Token, adjective_prefix: str) -> bool:
    """Adjectives and lower-case words of some length ("us" is no demonym, "russisch" is)."""
    text = token.text
    return text.isalpha() and len(text) > 3 and (token.pos.startswith(adjective_prefix) or text[:1].islower())
