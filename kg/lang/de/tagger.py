"""The HanTa morphology model for German (shipped inside the HanTa wheel)."""

HANTA_MODEL = "morphmodel_ger.pgz"

# STTS tags (HanTa, taglevel=1) the extractors ask about.
PROPER_NOUN = frozenset({"NE"})
NOUN = frozenset({"NN", "NE"})
FINITE_VERB_PREFIX = "V"
