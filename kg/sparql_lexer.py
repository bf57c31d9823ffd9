"""The one SPARQL tokenizer of the project, and the facts read from query text with it.

pyoxigraph has no query-algebra API in Python, so the text is read here:
`kg.queries` finds the groups a saved query's parameters are bound in and the
SERVICE targets it redirects; the endpoint (`server.engine`) finds which form
a query has (to negotiate a format before running it), whether it names its
own dataset (FROM), which endpoints its SERVICE clauses call (the federation
allow-list), and where an update's WHERE clauses are (to apply the protocol's
`using-graph-uri` parameters). Strings, IRIs and comments are tokens of their
own, so a keyword or a brace inside them is never mistaken for one.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urljoin

from pyoxigraph import NamedNode

IRI = "iri"
PNAME = "pname"
VAR = "var"
STRING = "string"
WORD = "word"
PUNCT = "punct"
OTHER = "other"

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*
      (?:\\u[0-9A-Fa-f]{4}[^<>"{}|^`\\\x00-\x20]*|\\U[0-9A-Fa-f]{8}[^<>"{}|^`\\\x00-\x20]*)*>)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
      |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<var>[?$][\w\u00B7\u00C0-\uFFFF]+)
  | (?P<bnode>_:[\w\u00B7\u00C0-\uFFFF.-]*)
  | (?P<pname>(?:[A-Za-z\u00C0-\uFFFF][\w\u00B7\u00C0-\uFFFF.-]*)?:
      (?:[\w\u00B7\u00C0-\uFFFF:.\-]|%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?\#@%])*)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<number>[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?))
  | (?P<punct>\^\^|&&|\|\||<=|>=|!=|[{}()\[\];,.*/|^!=<>+\-])
    """,
    re.VERBOSE,
)

_KIND = {"iri": IRI, "pname": PNAME, "var": VAR, "string": STRING, "word": WORD, "punct": PUNCT}
_UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
"""The query forms; any other text is an update (or no SPARQL at all)."""


@dataclass(frozen=True)
class Token:
    """One significant piece of the text (never white space or a comment) and where it stands."""

    kind: str
    text: str
    start: int
    end: int
    depth: int  # nesting of { } at the token

    def word(self) -> str:
        """Upper-cased text of a keyword, '' for anything else."""
        return self.text.upper() if self.kind == WORD else ""


def tokenize(text: str) -> list[Token]:
    """All significant tokens (no whitespace or comments) with their brace depth."""
    tokens: list[Token] = []
    depth = 0
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            tokens.append(Token(OTHER, text[pos], pos, pos + 1, depth))
            pos += 1
            continue
        group = match.lastgroup or ""
        pos = match.end()
        if group in ("ws", "comment"):
            continue
        value = match.group()
        if value == "}":
            depth = max(0, depth - 1)
        tokens.append(Token(_KIND.get(group, OTHER), value, match.start(), match.end(), depth))
        if value == "{":
            depth += 1
    return tokens


def query_form(tokens: Sequence[Token]) -> str | None:
    """SELECT, CONSTRUCT, DESCRIBE or ASK; None when the text is no query (e.g. an update)."""
    for token in tokens:
        word = token.word()
        if word in FORMS:
            return word
        if word not in ("", "BASE", "PREFIX"):
            return None
    return None


def names_dataset(tokens: Sequence[Token]) -> bool:
    """Whether the query has its own FROM / FROM NAMED clauses."""
    return any(t.word() == "FROM" and t.depth == 0 for t in tokens)


def has_using_or_with(tokens: Sequence[Token]) -> bool:
    """Whether an update names its dataset itself (USING, USING NAMED, WITH)."""
    return any(t.word() in ("USING", "WITH") and t.depth == 0 for t in tokens)


def loads(tokens: Sequence[Token]) -> bool:
    """Whether an update has a LOAD operation (which fetches a URL)."""
    return any(t.word() == "LOAD" and t.depth == 0 for t in tokens)


def service_endpoints(tokens: Sequence[Token]) -> list[str | None]:
    """The endpoint of every SERVICE clause, as an absolute IRI; None for a variable endpoint."""
    prefixes, base = _prologue(tokens)
    endpoints: list[str | None] = []
    for index, token in enumerate(tokens):
        if token.word() != "SERVICE":
            continue
        target = _next_significant(tokens, index + 1, skip=("SILENT",))
        if target is None or target.kind == VAR:
            endpoints.append(None)
        elif target.kind == IRI:
            endpoints.append(urljoin(base, _unescape(target.text[1:-1])) if base else _unescape(target.text[1:-1]))
        elif target.kind == PNAME:
            endpoints.append(_expand(target.text, prefixes))
        else:
            endpoints.append(None)
    return endpoints


def add_using(text: str, tokens: Sequence[Token], graphs: Sequence[str], named_graphs: Sequence[str]) -> str:
    """The update with `USING <g>` / `USING NAMED <g>` before the WHERE of every DELETE/INSERT operation.

    This is what the protocol's `using-graph-uri` / `using-named-graph-uri`
    parameters mean. IRIs are written by pyoxigraph (`NamedNode` checks them),
    so a parameter cannot inject SPARQL. The short form `DELETE WHERE { }`
    has no USING clause in the grammar and is left as it is.
    """
    clause = " ".join(
        [f"USING {NamedNode(g)}" for g in graphs] + [f"USING NAMED {NamedNode(g)}" for g in named_graphs]
    )
    pieces: list[str] = []
    last = 0
    previous: Token | None = None
    for token in tokens:
        if token.word() == "WHERE" and token.depth == 0 and (previous is None or previous.word() != "DELETE"):
            pieces.append(text[last:token.start])
            pieces.append(clause + " ")
            last = token.start
        previous = token
    pieces.append(text[last:])
    return "".join(pieces)


def silence_clear_drop(text: str, tokens: Sequence[Token]) -> str:
    """The update with every CLEAR and DROP made SILENT: a missing graph counts as an empty one.

    pyoxigraph records empty graphs, so `CLEAR GRAPH <g>` fails when `<g>`
    was never written; the endpoint instead treats a graph without triples and
    no graph alike (what the SPARQL 1.1 protocol tests expect).
    """
    pieces: list[str] = []
    last = 0
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.word() in ("CLEAR", "DROP") and token.depth == 0 and (following is None
                                                                          or following.word() != "SILENT"):
            pieces.append(text[last:token.end])
            pieces.append(" SILENT")
            last = token.end
    pieces.append(text[last:])
    return "".join(pieces)


def _prologue(tokens: Sequence[Token]) -> tuple[dict[str, str], str]:
    prefixes: dict[str, str] = {}
    base = ""
    for index, token in enumerate(tokens):
        word = token.word()
        if word == "PREFIX" and index + 2 < len(tokens) and tokens[index + 2].kind == IRI:
            iri = _unescape(tokens[index + 2].text[1:-1])
            prefixes[tokens[index + 1].text[:-1]] = urljoin(base, iri) if base else iri
        elif word == "BASE" and index + 1 < len(tokens) and tokens[index + 1].kind == IRI:
            iri = _unescape(tokens[index + 1].text[1:-1])
            base = urljoin(base, iri) if base else iri
    return prefixes, base


def _next_significant(tokens: Sequence[Token], start: int, skip: tuple[str, ...]) -> Token | None:
    for token in tokens[start:]:
        if token.word() not in skip:
            return token
    return None


def _expand(pname: str, prefixes: dict[str, str]) -> str | None:
    prefix, _, local = pname.partition(":")
    if prefix not in prefixes:
        return None
    return prefixes[prefix] + re.sub(r"\\(.)", r"\1", local)


def _unescape(text: str) -> str:
    return _UCHAR.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)
