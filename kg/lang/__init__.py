"""Language knowledge as data: one package per language with the same module names.

Core code never names a language: a component asks for `data(lang, "speech")`
and gets `kg/lang/<lang>/speech.py`. Adding a language means adding a folder.
"""
from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType

LANGUAGES = ("de", "en")


@cache
def data(lang: str, name: str) -> ModuleType:
    """The data module `name` of language `lang` (e.g. `data("de", "events")`)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r} (supported: {', '.join(LANGUAGES)})")
    return importlib.import_module(f"kg.lang.{lang}.{name}")
