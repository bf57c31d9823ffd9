"""Linking actors to Wikidata.

- `registry.py`: the offline registry (the default; no network), data in `data/` in the format of `tsv.py`
- `wikidata.py`: a polite, cached client for the Wikidata API and Query Service (`cache.py`)
- `online.py`: opt-in online linking (search, type and office checks, choice in context)
- `refresh.py`: extending the registry from the Query Service, as a diff
- `commands.py`: `kg link` and `kg registry`

See `docs/linking.md` for the data format, the sources of the ids and how to extend the registry.
"""
