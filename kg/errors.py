"""One error hierarchy: every user-facing failure has a code and a one-line message."""
from __future__ import annotations


class KgError(Exception):
    """Base of the project's errors; `code` is stable so scripts can match on it."""

    code = "KG000"

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        self.line = line

    def __str__(self) -> str:
        where = self.source or ""
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message} [{self.code}]" if where else f"{self.message} [{self.code}]"


class InputError(KgError):
    """An article file or line that cannot be read (binary, bad encoding, empty, bad JSON)."""

    code = "KG100"


class ValidationError(KgError):
    """A build that does not conform to the SHACL shapes."""

    code = "KG200"


class StoreError(KgError):
    """The store cannot be opened or written."""

    code = "KG300"


class QueryError(KgError):
    """A saved or ad-hoc query that is unknown, malformed or given bad parameters."""

    code = "KG400"


class ParameterError(QueryError):
    """A parameter value that does not fit its declared type, or a missing or unknown parameter."""

    code = "KG401"

    def __init__(self, message: str, *, parameter: str, expected: str | None = None) -> None:
        super().__init__(message)
        self.parameter = parameter
        self.expected = expected


class UnknownQueryError(QueryError):
    """No saved query has this name."""

    code = "KG404"


class RegistryError(KgError):
    """A registry data file that cannot be read: bad column, duplicate key, dangling reference."""

    code = "KG510"


class WikidataError(KgError):
    """Wikidata (or the configured mirror) could not answer: network, HTTP or API error."""

    code = "KG520"


class ConfigError(KgError):
    """Settings that would make the server unsafe or unable to start."""

    code = "KG600"
