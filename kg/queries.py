"""Saved queries: `.rq` files with a YAML header of `#+` decorators and typed parameters.

Most users never write SPARQL; they run these documented questions from the
command line or over HTTP. The header follows grlc's decorators (`summary`,
`description`, `tags`, `method`, `pagination`, `defaults`, `enumerate`) plus
typed `parameters`; BASIL-style variables (`?_name`, `?__name` optional,
`?_name_iri`, `?_name_date`, `?_name_en` ...) are understood too.

A value never becomes query text. It is converted to a pyoxigraph term by its
declared type, and the term's N-Triples form goes into a `VALUES` block at the
start of the query's WHERE group (and of every sub-select or SERVICE group that
uses the variable, since SERVICE does not pass bindings to the remote end).
A VALUES block at the start of the group, unlike a trailing one, is seen by the
group's FILTERs. An optional parameter left out leaves its variable unbound.
"""
from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml
from pyoxigraph import Literal, NamedNode, Store

from kg import results, sparql_lexer
from kg.errors import ParameterError, QueryError, UnknownQueryError
from kg.rdf.terms import PREFIXES, WIKIDATA, XSD
from kg.sparql_lexer import FORMS, IRI, PUNCT, VAR, Token, tokenize

Term = NamedNode | Literal

WIKIDATA_SPARQL = "https://query.wikidata.org/sparql"
"""The Wikidata endpoint as written in saved queries; `bind(wikidata_sparql=...)` points it elsewhere."""

RESERVED_NAMES = frozenset({"page", "per_page"})
"""Request parameters the HTTP API keeps for itself (pagination)."""

MAX_VALUE_LENGTH = 1000
MAX_PAGE_SIZE = 10_000

_HEADER_KEYS = frozenset({"summary", "description", "tags", "method", "pagination", "defaults", "enumerate",
                          "parameters"})
_PARAMETER_KEYS = frozenset({"type", "variable", "required", "default", "example", "description", "enum", "lang"})
_NAME = re.compile(r"[a-z0-9][a-z0-9-]*")
_VARIABLE = re.compile(r"[A-Za-z0-9_]+")


# --- typed parameter values -------------------------------------------------------------------

def _iri(text: str, _: Parameter) -> NamedNode:
    prefix, colon, rest = text.partition(":")
    if colon and prefix in PREFIXES and not rest.startswith("//"):
        text = PREFIXES[prefix] + rest
    return NamedNode(text)


def _qid(text: str, _: Parameter) -> NamedNode:
    qid = text.removeprefix(WIKIDATA).removeprefix("wd:")
    if not re.fullmatch(r"Q[1-9][0-9]{0,11}", qid):
        raise ValueError(qid)
    return NamedNode(WIKIDATA + qid)


def _string(text: str, _: Parameter) -> Literal:
    return Literal(text)


def _lang_string(text: str, param: Parameter) -> Literal:
    if param.lang:
        value, tag = text, param.lang
    else:
        value, at, tag = text.rpartition("@")
        if not at:
            raise ValueError(text)
    if not re.fullmatch(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*", tag):
        raise ValueError(tag)
    return Literal(value, language=tag)


def _integer(text: str, _: Parameter) -> Literal:
    if not re.fullmatch(r"[+-]?[0-9]{1,18}", text.strip()):
        raise ValueError(text)
    return Literal(str(int(text)), datatype=XSD.integer)


def _decimal(text: str, _: Parameter) -> Literal:
    if not re.fullmatch(r"[+-]?([0-9]{1,30}(\.[0-9]{0,30})?|\.[0-9]{1,30})", text.strip()):
        raise ValueError(text)
    try:
        number = Decimal(text.strip())
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    canonical = format(number.normalize(), "f") if number else "0"
    return Literal(canonical, datatype=NamedNode(PREFIXES["xsd"] + "decimal"))


def _date(text: str, _: Parameter) -> Literal:
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text.strip()):
        raise ValueError(text)
    return Literal(date.fromisoformat(text.strip()).isoformat(), datatype=XSD.date)


def _g_year(text: str, _: Parameter) -> Literal:
    if not re.fullmatch(r"[0-9]{4}", text.strip()):
        raise ValueError(text)
    return Literal(text.strip(), datatype=XSD.gYear)


def _boolean(text: str, _: Parameter) -> Literal:
    value = {"true": "true", "1": "true", "yes": "true", "false": "false", "0": "false", "no": "false"}
    return Literal(value[text.strip().lower()], datatype=XSD.boolean)


@dataclass(frozen=True)
class ParameterType:
    name: str
    expected: str
    convert: Callable[[str, Parameter], Term]


PARAMETER_TYPES: dict[str, ParameterType] = {t.name: t for t in (
    ParameterType("iri", "an absolute IRI such as https://w3id.org/diplomacy-kg/ontology#Person "
                         "(or a prefixed name: dip:Person, wd:Q7747, id:...)", _iri),
    ParameterType("qid", "a Wikidata id such as Q7747", _qid),
    ParameterType("string", "text", _string),
    ParameterType("langString", "text with a language tag such as Putin@de", _lang_string),
    ParameterType("integer", "an integer such as 42", _integer),
    ParameterType("decimal", "a decimal number such as 2.5", _decimal),
    ParameterType("date", "a date YYYY-MM-DD such as 2026-02-04", _date),
    ParameterType("gYear", "a year YYYY such as 2026", _g_year),
    ParameterType("boolean", "true or false", _boolean),
)}

_SUFFIX_TYPES = {"iri": "iri", "uri": "iri", "qid": "qid", "string": "string", "literal": "string",
                 "integer": "integer", "number": "decimal", "decimal": "decimal", "date": "date",
                 "gyear": "gYear", "year": "gYear", "boolean": "boolean", "langstring": "langString"}


@dataclass(frozen=True)
class Parameter:
    """One typed parameter of a saved query, bound to the SPARQL variable `?variable`."""

    name: str
    type: str
    variable: str
    required: bool = False
    default: str | None = None
    example: str | None = None
    description: str = ""
    enum: tuple[str, ...] = ()
    lang: str | None = None

    @property
    def expected(self) -> str:
        """What a value must look like, in words (for error messages and documentation)."""
        text = PARAMETER_TYPES[self.type].expected
        if self.type == "langString" and self.lang:
            text = f"text (bound with language tag @{self.lang})"
        if self.enum:
            text += "; one of " + ", ".join(self.enum)
        return text

    def to_term(self, value: str) -> Term:
        """The RDF term for `value`; a value that does not fit raises `ParameterError` naming the parameter."""
        if len(value) > MAX_VALUE_LENGTH:
            raise self._error(value, f"longer than {MAX_VALUE_LENGTH} characters")
        try:
            term = PARAMETER_TYPES[self.type].convert(value, self)
        except (ValueError, KeyError):
            raise self._error(value) from None
        if self.enum and term not in {PARAMETER_TYPES[self.type].convert(e, self) for e in self.enum}:
            raise self._error(value)
        return term

    def _error(self, value: str, reason: str | None = None) -> ParameterError:
        shown = value if len(value) <= 60 else value[:57] + "..."
        detail = reason or f"got {shown!r}"
        return ParameterError(f"parameter {self.name!r} must be {self.expected} ({detail})",
                              parameter=self.name, expected=self.expected)

    def describe(self) -> dict[str, Any]:
        """The parameter as plain data, for `GET /api/queries` and `kg query show`."""
        out: dict[str, Any] = {"name": self.name, "type": self.type, "required": self.required,
                               "variable": "?" + self.variable, "description": self.description}
        for key in ("default", "example", "lang"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        if self.enum:
            out["enum"] = list(self.enum)
        return out


# --- the query text: groups, binding -----------------------------------------------------------

@dataclass(frozen=True)
class _Group:
    """A `{ ... }` group that a VALUES block can open: the WHERE of a (sub)query or a SERVICE pattern."""

    open_end: int
    close_start: int
    variables: frozenset[str]
    is_subselect: bool


def _is_brace(token: Token, brace: str) -> bool:
    return token.kind == PUNCT and token.text == brace


def _match_braces(tokens: list[Token]) -> dict[int, int]:
    pairs: dict[int, int] = {}
    stack: list[int] = []
    for i, tok in enumerate(tokens):
        if _is_brace(tok, "{"):
            stack.append(i)
        elif _is_brace(tok, "}"):
            if not stack:
                raise QueryError("unbalanced '}' in the query")
            pairs[stack.pop()] = i
    if stack:
        raise QueryError("unbalanced '{' in the query")
    return pairs


def _next_open(tokens: list[Token], start: int) -> int | None:
    return next((i for i in range(start, len(tokens)) if _is_brace(tokens[i], "{")), None)


def _groups(text: str) -> list[_Group]:
    """The groups parameters can be bound in, the main WHERE group first."""
    tokens = tokenize(text)
    pairs = _match_braces(tokens)
    opens: list[int] = []
    for i, tok in enumerate(tokens):
        word = tok.word()
        if word == "CONSTRUCT" and i + 1 < len(tokens):
            following = tokens[i + 1]
            if following.word() == "WHERE":
                raise QueryError("a CONSTRUCT WHERE { } query cannot take parameters; "
                                 "write CONSTRUCT { template } WHERE { pattern }")
            start = pairs[i + 1] + 1 if _is_brace(following, "{") else i + 1
        elif word in FORMS or word == "SERVICE":
            start = i + 1
        else:
            continue
        found = _next_open(tokens, start)
        if found is not None:
            opens.append(found)
    return [_group(tokens, i, pairs[i]) for i in opens]


def _group(tokens: list[Token], open_index: int, close_index: int) -> _Group:
    inside = tokens[open_index + 1:close_index]
    return _Group(
        open_end=tokens[open_index].end,
        close_start=tokens[close_index].start,
        variables=frozenset(t.text[1:] for t in inside if t.kind == VAR),
        is_subselect=bool(inside) and inside[0].word() == "SELECT",
    )


def query_form(text: str) -> str:
    """SELECT, CONSTRUCT, ASK or DESCRIBE: the keyword after the prologue (BASE, PREFIX)."""
    form = sparql_lexer.query_form(tokenize(text))
    if form is None:
        raise QueryError("not a SPARQL query (no SELECT, CONSTRUCT, ASK or DESCRIBE)")
    return form


def query_variables(text: str) -> set[str]:
    """Every variable name used in the query (without `?`)."""
    return {t.text[1:] for t in tokenize(text) if t.kind == VAR}


def _values_block(bindings: Mapping[str, Term]) -> str:
    """`VALUES (?a ?b) { (<iri> "text") }` from pyoxigraph terms: `str(term)` is the term's N-Triples form."""
    names = sorted(bindings)
    variables = " ".join("?" + n for n in names)
    row = " ".join(str(bindings[n]) for n in names)
    return f" VALUES ({variables}) {{ ({row}) }} "


def bind_terms(text: str, bindings: Mapping[str, Term]) -> str:
    """The query with `bindings` (variable name -> term) bound by VALUES blocks.

    All bindings open the main WHERE group; a sub-select or SERVICE group also
    gets the bindings of the variables it uses. A group that is a bare
    sub-select is wrapped so the VALUES block can precede it.
    """
    for name in bindings:
        if not _VARIABLE.fullmatch(name):
            raise QueryError(f"not a SPARQL variable name: {name!r}")
    if not bindings:
        return text
    groups = _groups(text)
    if not groups:
        raise QueryError("the query has no WHERE group to bind parameters in")
    edits: list[tuple[int, str]] = []
    for index, group in enumerate(groups):
        chosen = {v: t for v, t in bindings.items() if index == 0 or v in group.variables}
        if not chosen:
            continue
        if group.is_subselect:
            edits += [(group.open_end, _values_block(chosen) + "{ "), (group.close_start, " } ")]
        else:
            edits.append((group.open_end, _values_block(chosen)))
    for offset, insert in sorted(edits, key=lambda e: e[0], reverse=True):
        text = text[:offset] + insert + text[offset:]
    return text


def redirect_service(text: str, endpoint: str, replacement: str) -> str:
    """The query with `SERVICE <endpoint>` pointed at `replacement` (a configured mirror or a test server)."""
    if endpoint == replacement:
        return text
    old, new = str(NamedNode(endpoint)), str(NamedNode(replacement))
    tokens = tokenize(text)
    for i in reversed(range(1, len(tokens))):
        tok, before = tokens[i], tokens[i - 1]
        if tok.kind == IRI and tok.text == old and before.word() in ("SERVICE", "SILENT"):
            text = text[:tok.start] + new + text[tok.end:]
    return text


# --- header ------------------------------------------------------------------------------------

def _split_header(source: str) -> tuple[str, str]:
    """(YAML of the `#+` lines, the query without them)."""
    header = [line[2:] for line in source.splitlines() if line.startswith("#+")]
    body = [line for line in source.splitlines() if not line.startswith("#+")]
    return textwrap.dedent("\n".join(header)), "\n".join(body).strip() + "\n"


def _scalar(value: Any, what: str) -> str:
    if isinstance(value, (dict, list)):
        raise QueryError(f"{what} must be a single value")
    return str(value)


def _as_bool(value: Any, what: str) -> bool:
    text = _scalar(value, what).strip().lower()
    if text not in ("true", "false", "yes", "no"):
        raise QueryError(f"{what} must be true or false")
    return text in ("true", "yes")


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _implicit(variable: str) -> Parameter | None:
    """The parameter a grlc/BASIL-style variable declares (`?_name_type`), or None for an ordinary variable.

    Only a last segment that is a known type or a two-letter language is a
    type suffix, so names with underscores (`?_start_date_date`) stay whole.
    """
    m = re.fullmatch(r"(_{1,2})([A-Za-z0-9][A-Za-z0-9_]*)", variable)
    if not m:
        return None
    name, ptype, lang = m.group(2), "string", None
    head, _, suffix = name.rpartition("_")
    if head and suffix.lower() in _SUFFIX_TYPES:
        name, ptype = head, _SUFFIX_TYPES[suffix.lower()]
    elif head and re.fullmatch(r"[a-z]{2}", suffix):
        name, ptype, lang = head, "langString", suffix
    return Parameter(name=name, type=ptype, variable=variable, required=len(m.group(1)) == 1, lang=lang)


def _declared(name: str, spec: Any, variables: set[str], source: str) -> Parameter:
    where = f"parameter {name!r}"
    if not isinstance(spec, dict):
        raise QueryError(f"{where} must be a mapping (type, required, default, example ...)", source=source)
    unknown = set(spec) - _PARAMETER_KEYS
    if unknown:
        raise QueryError(f"{where} has unknown keys {sorted(unknown)}; allowed: {sorted(_PARAMETER_KEYS)}",
                         source=source)
    ptype = _scalar(spec.get("type", "string"), f"{where} type")
    if ptype not in PARAMETER_TYPES:
        raise QueryError(f"{where} has unknown type {ptype!r}; types: {', '.join(PARAMETER_TYPES)}", source=source)
    variable = _scalar(spec["variable"], f"{where} variable").lstrip("?$") if "variable" in spec else None
    if variable is None:
        variable = next((v for v in (f"_{name}", f"__{name}") if v in variables), f"_{name}")
    if variable not in variables:
        raise QueryError(f"{where} binds ?{variable}, which the query does not use", source=source)
    required = _as_bool(spec["required"], f"{where} required") if "required" in spec else (
        variable.startswith("_") and not variable.startswith("__"))
    return Parameter(
        name=name, type=ptype, variable=variable, required=required,
        default=_scalar(spec["default"], f"{where} default") if spec.get("default") is not None else None,
        example=_scalar(spec["example"], f"{where} example") if spec.get("example") is not None else None,
        description=" ".join(_scalar(spec.get("description", ""), f"{where} description").split()),
        enum=tuple(_scalar(v, f"{where} enum") for v in _as_list(spec.get("enum"))),
        lang=_scalar(spec["lang"], f"{where} lang") if spec.get("lang") is not None else None,
    )


def _grlc_lists(meta: dict[str, Any], params: dict[str, Parameter], source: str) -> dict[str, Parameter]:
    """Applies grlc's `defaults: [{name: value}]` and `enumerate: [{name: [values]}]` to the parameters."""
    by_key = {**{p.variable: n for n, p in params.items()}, **{n: n for n in params}}
    for key, field_name in (("defaults", "default"), ("enumerate", "enum")):
        for entry in _as_list(meta.get(key)):
            if not isinstance(entry, dict):
                raise QueryError(f"{key} entries must be 'name: value' mappings (enumerating values from the "
                                 f"store is not supported; list them)", source=source)
            for raw, value in entry.items():
                name = by_key.get(str(raw).lstrip("?$"))
                if name is None:
                    raise QueryError(f"{key} names an unknown parameter {raw!r}", source=source)
                new = tuple(_scalar(v, key) for v in _as_list(value)) if field_name == "enum" else _scalar(value, key)
                params[name] = _replace(params[name], **{field_name: new})
    return params


def _replace(param: Parameter, **changes: Any) -> Parameter:
    return Parameter(**{**param.__dict__, **changes})


def _parameters(meta: dict[str, Any], body: str, source: str) -> tuple[Parameter, ...]:
    variables = query_variables(body)
    declared = meta.get("parameters") or {}
    if not isinstance(declared, dict):
        raise QueryError("parameters must be a mapping of name -> declaration", source=source)
    params = {str(n): _declared(str(n), spec, variables, source) for n, spec in declared.items()}
    bound = {p.variable for p in params.values()}
    for variable in sorted(variables - bound):
        implicit = _implicit(variable)
        if implicit is None:
            continue
        if implicit.name in params:
            raise QueryError(f"two variables declare the parameter {implicit.name!r}", source=source)
        params[implicit.name] = implicit
    params = _grlc_lists(meta, params, source)
    for param in params.values():
        _check_parameter(param, source)
    return tuple(params.values())


def _check_parameter(param: Parameter, source: str) -> None:
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", param.name) or param.name in RESERVED_NAMES:
        raise QueryError(f"parameter name {param.name!r} is not allowed (letters, digits, '_'; "
                         f"not {', '.join(sorted(RESERVED_NAMES))})", source=source)
    for what, value in (("default", param.default), ("example", param.example), *(("enum", e) for e in param.enum)):
        if value is not None:
            try:
                _replace(param, enum=()).to_term(value)
            except ParameterError as exc:
                raise QueryError(f"{what} of {exc.message}", source=source) from None


# --- saved queries -----------------------------------------------------------------------------

@dataclass(frozen=True)
class SavedQuery:
    """A parsed `.rq` file: its documentation, its parameters and the query text (header removed)."""

    name: str
    text: str
    form: str
    summary: str = ""
    description: str = ""
    tags: tuple[str, ...] = ()
    methods: tuple[str, ...] = ("GET",)
    pagination: int | None = None
    parameters: tuple[Parameter, ...] = ()
    source: str | None = field(default=None, compare=False)

    def parameter(self, name: str) -> Parameter | None:
        return next((p for p in self.parameters if p.name == name), None)

    def example(self) -> dict[str, str]:
        """The example values of the parameters that have one."""
        return {p.name: p.example for p in self.parameters if p.example is not None}

    def terms(self, values: Mapping[str, str]) -> dict[str, Term]:
        """Variable name -> term for `values` (parameter name -> text), defaults filled in.

        Unknown parameters and missing required ones raise `ParameterError`;
        an optional parameter without value or default is left out (unbound).
        """
        unknown = sorted(set(values) - {p.name for p in self.parameters})
        if unknown:
            known = ", ".join(p.name for p in self.parameters) or "none"
            raise ParameterError(f"unknown parameter {unknown[0]!r} (this query takes: {known})",
                                 parameter=unknown[0])
        bound: dict[str, Term] = {}
        for param in self.parameters:
            value = values.get(param.name)
            if value is None or value == "":
                value = param.default
            if value is None:
                if param.required:
                    raise ParameterError(f"parameter {param.name!r} is required: {param.expected}",
                                         parameter=param.name, expected=param.expected)
                continue
            bound[param.variable] = param.to_term(value)
        return bound

    def bind(self, values: Mapping[str, str], *, wikidata_sparql: str | None = None) -> str:
        """The runnable query text with `values` bound; `wikidata_sparql` replaces the Wikidata endpoint."""
        text = bind_terms(self.text, self.terms(values))
        if wikidata_sparql:
            text = redirect_service(text, WIKIDATA_SPARQL, wikidata_sparql)
        return text

    def describe(self) -> dict[str, Any]:
        """The query's documentation as plain data (the `GET /api/queries` listing)."""
        return {
            "name": self.name, "summary": self.summary, "description": self.description, "tags": list(self.tags),
            "form": self.form, "methods": list(self.methods), "pagination": self.pagination,
            "parameters": [p.describe() for p in self.parameters], "example": self.example(),
        }


def parse(source_text: str, name: str, *, source: str | None = None) -> SavedQuery:
    """Parses one saved query; a malformed header raises `QueryError` naming the file."""
    where = source or name
    if not _NAME.fullmatch(name):
        raise QueryError(f"query name {name!r} must be lower-case letters, digits and '-'", source=where)
    header, body = _split_header(source_text)
    try:
        meta = yaml.load(header, Loader=yaml.BaseLoader) or {}
    except yaml.YAMLError as exc:
        raise QueryError(f"the #+ header is not valid YAML: {exc}", source=where) from None
    if not isinstance(meta, dict):
        raise QueryError("the #+ header must be a YAML mapping", source=where)
    unknown = set(meta) - _HEADER_KEYS
    if unknown:
        raise QueryError(f"unknown decorators {sorted(unknown)}; allowed: {sorted(_HEADER_KEYS)}", source=where)
    methods = {_scalar(m, "method").upper() for m in _as_list(meta.get("method"))} | {"GET"}
    if not methods <= {"GET", "POST"}:
        raise QueryError("method must be GET or POST", source=where)
    return SavedQuery(
        name=name, text=body, form=query_form(body),
        summary=" ".join(_scalar(meta.get("summary", ""), "summary").split()),
        description=_scalar(meta.get("description", ""), "description").strip(),
        tags=tuple(_scalar(t, "tags") for t in _as_list(meta.get("tags"))),
        methods=tuple(sorted(methods)),
        pagination=_page_size(meta.get("pagination"), where),
        parameters=_parameters(meta, body, where),
        source=source,
    )


def _page_size(value: Any, where: str) -> int | None:
    if value is None:
        return None
    text = _scalar(value, "pagination")
    if not text.isdigit() or not 0 < int(text) <= MAX_PAGE_SIZE:
        raise QueryError(f"pagination must be a page size from 1 to {MAX_PAGE_SIZE}", source=where)
    return int(text)


def load(path: Path) -> SavedQuery:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"cannot read the query: {exc}", source=str(path)) from None
    return parse(text, path.stem, source=str(path))


def default_directory() -> Path:
    """`queries/` of a source checkout, else the copy shipped inside the installed package."""
    checkout = Path(__file__).resolve().parent.parent / "queries"
    return checkout if checkout.is_dir() else Path(__file__).resolve().parent / "_data" / "queries"


class QueryLibrary:
    """The saved queries of one directory, parsed once, by name."""

    def __init__(self, queries: Mapping[str, SavedQuery]) -> None:
        self._queries = dict(sorted(queries.items()))

    @classmethod
    def from_directory(cls, directory: Path | None = None) -> QueryLibrary:
        folder = directory or default_directory()
        if not folder.is_dir():
            raise QueryError("no saved-query directory", source=str(folder))
        return cls({q.name: q for q in map(load, sorted(folder.glob("*.rq")))})

    def __iter__(self) -> Iterator[SavedQuery]:
        return iter(self._queries.values())

    def __len__(self) -> int:
        return len(self._queries)

    def get(self, name: str) -> SavedQuery:
        try:
            return self._queries[name]
        except KeyError:
            raise UnknownQueryError(f"no saved query named {name!r}") from None


def run(store: Store, text: str) -> results.Result:
    """Runs a bound query on a pyoxigraph store and reads the whole result in this thread."""
    try:
        answer = store.query(text)
    except SyntaxError as exc:
        raise QueryError(f"the query is not valid SPARQL: {exc}") from None
    except (OSError, RuntimeError) as exc:
        raise QueryError(f"the query failed: {exc}") from None
    return results.from_pyoxigraph(answer)
