"""Extractors: pipeline components that find actors and facts in a tagged `Doc`."""
