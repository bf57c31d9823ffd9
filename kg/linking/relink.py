"""The `online` pipeline component: links through Wikidata what the offline registry left unlinked.

It runs right after `actors`, before any fact refers to an actor, so an actor
it links is simply re-keyed to its Wikidata id and every later component sees
the linked actor. Only named actors with a type are looked up; an answer of
another type, or none, leaves the actor unlinked rather than mislinked.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.linking.online import OnlineLinker
from kg.nlp.doc import ActorInfo, Doc

if TYPE_CHECKING:
    from kg.nlp.pipeline import Context


def extract(doc: Doc, ctx: Context) -> None:
    if ctx.online is None:
        return
    for key, info in list(doc.actors.items()):
        if info.wikidata is None and info.named:
            qid = _link(ctx.online, info, doc)
            if qid is not None:
                _rekey(doc, key, qid)


def _link(linker: OnlineLinker, info: ActorInfo, doc: Doc) -> str | None:
    entry = linker.link(info.label, doc.article.lang, type=info.type, on=doc.article.published)
    if entry is None or entry.qid is None or entry.type is not info.type:
        return None
    return entry.qid


def _rekey(doc: Doc, old: str, qid: str) -> None:
    info = doc.actors.pop(old)
    merged = doc.actors.get(qid)
    if merged is None:
        doc.actors[qid] = ActorInfo(info.label, info.type, qid, set(info.names), info.named)
    else:
        merged.names |= info.names
        merged.named = merged.named or info.named
    for mention in doc.mentions:
        if mention.key == old:
            mention.key = qid
