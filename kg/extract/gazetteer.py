"""Registry names matched over tokens: the longest known name wins.

The registry knows every label, alias and metonym; this module turns them into
token sequences once per registry and language, with the inflected variants
German news uses ("Putins", "Russlands", "den Vereinten Nationen", "den
Niederlanden"), so the actor extractor can find names in one pass over the
tokens without a dictionary look-up per substring. Hyphens are ignored in keys,
which makes "START-III" and "START III" one name and lets "UN-Charta" span the
three tokens of the hyphen compound.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import Any

from kg.lang import LANGUAGES, data
from kg.model import ActorType
from kg.nlp.doc import Token

# Splits a registry name into words the way the segmenter splits article text; dots inside
# and after abbreviations are dropped on both sides ("U.S." = "U.S" + "." = "US").
_WORDS = re.compile(r"\d+(?:[.,:]\d+)*|\w+(?:['’]\w+)*|\S", re.UNICODE)
_SKIPPED = frozenset({"-", "–", "‐", "."})


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case- and accent-insensitive form of one token ("Élysée" -> "elysee")."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def _key_word(text: str) -> str:
    """A token as the index compares it: folded, without abbreviation dots ("U.S." -> "us")."""
    return fold(text).replace(".", "")


@dataclass(frozen=True)
class Reading:
    """One way a surface form can refer: the entry, and whether the form is its metonym."""

    entry: Any
    metonym: bool


@dataclass(frozen=True)
class Form:
    """A registry surface form as tokens (hyphens dropped) with all its readings."""

    surface: str
    words: tuple[str, ...]
    readings: tuple[Reading, ...]


@dataclass(frozen=True)
class Match:
    start: int          # index of the first token (inclusive)
    end: int            # index after the last token
    form: Form
    inflected: bool


class Gazetteer:
    """Token-level index of every registry surface form of one language."""

    def __init__(self, registry: Any, lang: str) -> None:
        self.lang = data(lang, "actors")
        self.index: dict[tuple[str, ...], list[tuple[Form, bool]]] = {}
        self.prefixes: set[tuple[str, ...]] = set()
        for form in _forms(registry, self.lang, lang):
            for key, inflected in _variants(form.words, self.lang):
                self.index.setdefault(key, []).append((form, inflected))
                self.prefixes.update(key[:n] for n in range(1, len(key) + 1))
        for entries in self.index.values():
            entries.sort(key=lambda pair: pair[1])   # exact spellings before inflected ones

    def match_at(self, tokens: Sequence[Token], i: int) -> Match | None:
        """The longest registry name that starts at token `i` and stays inside its sentence."""
        if _key_word(tokens[i].text) in ("", "-", "–", "‐"):
            return None
        window: list[Token] = []
        ends: list[tuple[int, tuple[Token, ...]]] = []
        key: tuple[str, ...] = ()
        j = i
        while j < len(tokens) and tokens[j].sent == tokens[i].sent:
            word = _key_word(tokens[j].text)
            if word and tokens[j].text not in _SKIPPED:
                key = key + (word,)
                if key not in self.prefixes:
                    break
                window.append(tokens[j])
                if key in self.index:
                    ends.append((j, tuple(window)))
            j += 1
        for end, words in reversed(ends):
            found = self._lookup(words)
            if found:
                form, inflected = found
                return Match(i, end + 1, form, inflected)
        return None

    def _lookup(self, window: tuple[Token, ...]) -> tuple[Form, bool] | None:
        key = tuple(_key_word(t.text) for t in window)
        for form, inflected in self.index.get(key, ()):
            if all(_case_fits(f, t.text) for f, t in zip(form.words, window, strict=True)):
                return form, inflected
        return None


def _case_fits(word: str, text: str) -> bool:
    """Short acronyms must match exactly ("US" is not "us"); a capital must stay a capital."""
    if word.replace(".", "").isupper() and len(word.replace(".", "")) <= 2:
        return text.replace(".", "").startswith(word.replace(".", ""))
    if word[:1].isupper():
        return text[:1].isupper() or text[:1].isdigit()
    return True


def _forms(registry: Any, lang: ModuleType, code: str) -> list[Form]:
    readings: dict[str, dict[str, Reading]] = {}
    for surface, entry in registry.surface_forms():
        if surface in lang.AMBIGUOUS_FORMS or sum(c.isalnum() for c in surface) < 2:
            continue
        if _foreign_label(surface, entry, code):
            continue
        names = (entry.label_de, entry.label_en, *entry.aliases)
        metonym = surface in entry.metonyms and surface not in names
        readings.setdefault(surface, {}).setdefault(entry.key, Reading(entry, metonym))
    forms = []
    for surface, by_key in readings.items():
        words = tuple(w for w in _WORDS.findall(surface) if w not in _SKIPPED and _key_word(w))
        if words:
            forms.append(Form(surface, words, tuple(by_key.values())))
    return forms


def _foreign_label(surface: str, entry: Any, code: str) -> bool:
    """A label of another language only: German "Island" (Iceland) is no name in English text.

    A person's name in another spelling is still that person ("Abbas Araghchi" in German text).
    """
    own = getattr(entry, f"label_{code}", None)
    if surface == own or surface in entry.aliases or surface in entry.metonyms or entry.type == ActorType.PERSON:
        return False
    return any(surface == getattr(entry, f"label_{other}", None) for other in LANGUAGES if other != code)


def _variants(words: tuple[str, ...], lang: ModuleType) -> list[tuple[tuple[str, ...], bool]]:
    """The folded key of a form and of its inflected spellings (True marks an inflection)."""
    exact = tuple(_key_word(w) for w in words)
    variants = [(exact, False)]
    for stem in _adjective_variants(exact, lang):
        variants.append((stem, True))
    for base, _ in list(variants):
        last = base[-1]
        if not last.isalpha() or len(last) < 2:
            continue
        suffixes = lang.NAME_SUFFIXES + (lang.NAME_SUFFIXES_AFTER_E if last.endswith("e") else ())
        variants.extend((base[:-1] + (last + fold(s),), True) for s in suffixes)
    return variants


def _adjective_variants(words: tuple[str, ...], lang: ModuleType) -> list[tuple[str, ...]]:
    """'vereinte nationen' -> 'vereinten nationen', 'naher osten' -> 'nahen osten'.

    The same ending goes on every leading adjective, as German agreement requires.
    """
    stems = {i: _adjective_stem(w, lang.ADJECTIVE_ENDINGS) for i, w in enumerate(words[:-1])}
    stems = {i: stem for i, stem in stems.items() if stem}
    if not stems:
        return []
    out = []
    for ending in lang.ADJECTIVE_ENDINGS:
        changed = list(words)
        for i, stem in stems.items():
            changed[i] = stem + ending
        if tuple(changed) != words:
            out.append(tuple(changed))
    return out


def _adjective_stem(word: str, endings: tuple[str, ...]) -> str | None:
    if not word.isalpha() or len(word) < 4:
        return None
    for ending in sorted(endings, key=len, reverse=True):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)]
    return None


_BUILT: dict[tuple[int, str], tuple[Any, Gazetteer]] = {}


def gazetteer(registry: Any, lang: str) -> Gazetteer:
    """The gazetteer of `registry` for `lang`, built once and reused across articles.

    Keyed by the registry's identity (registries need not be hashable); the
    registry is kept with its gazetteer so the identity cannot be reused.
    """
    key = (id(registry), lang)
    built = _BUILT.get(key)
    if built is None or built[0] is not registry:
        built = _BUILT[key] = (registry, Gazetteer(registry, lang))
    return built[1]
