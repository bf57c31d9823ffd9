"""Where the shipped data lives: the ontology and the saved queries.

The wheel carries them inside the package (`kg/_data/ontology`, `kg/_data/queries`,
see the force-include in pyproject.toml); a source checkout (editable install)
has them at the repository root. Code asks here instead of building paths
itself, so both layouts work the same.
"""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    """The installed copy if there is one, else the checkout's; a clear error if neither exists."""
    candidates = (_PACKAGE / "_data" / name, _PACKAGE.parent / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"the {name} data directory is missing (looked in {tried}); reinstall diplomacy-kg")


def ontology_dir() -> Path:
    return _data_dir("ontology")


def queries_dir() -> Path:
    return _data_dir("queries")


def ontology_path() -> Path:
    """The OWL ontology, `diplomacy.ttl`."""
    return ontology_dir() / "diplomacy.ttl"


def shapes_path() -> Path:
    """The SHACL shapes every article graph must satisfy, `shapes.ttl`."""
    return ontology_dir() / "shapes.ttl"
