"""Deterministic IRIs: the same input always gives the same identifiers.

Linked actors are named by their Wikidata id, so an actor has one IRI across
all articles; unlinked actors by type and normalised name. Facts that can be
reported by several articles (events, roles, memberships) are named by their
content, so two articles describing the same fact share its IRI.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from pyoxigraph import NamedNode

from kg.rdf.terms import DATA, WIKIDATA


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens; umlauts folded the German way."""
    text = text.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = text.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def digest(*parts: object) -> str:
    """A short stable hash of the parts (16 hex digits)."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


def article(article_id: str) -> NamedNode:
    """The article's IRI; it also names the article's graph."""
    return NamedNode(f"{DATA}article/{quote(article_id, safe='')}")


def actor(key: str, type_name: str) -> NamedNode:
    if re.fullmatch(r"Q[1-9][0-9]*", key):
        return NamedNode(f"{DATA}entity/{key}")
    return NamedNode(f"{DATA}{type_name.lower()}/{slug(key)}")


def wikidata(qid: str) -> NamedNode:
    return NamedNode(WIKIDATA + qid)


def fact(kind: str, *parts: object) -> NamedNode:
    """An IRI for a fact of `kind` (event, statement, role, ...) named by its content."""
    return NamedNode(f"{DATA}{kind}/{digest(*parts)}")


def span(article_iri: NamedNode, start: int, end: int) -> NamedNode:
    """A NIF offset-based string IRI (RFC 5147 style) for a span of the article text."""
    return NamedNode(f"{article_iri.value}#char={start},{end}")


def component(name: str) -> NamedNode:
    return NamedNode(f"{DATA}component/{slug(name)}")
