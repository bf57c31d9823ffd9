"""The HanTa morphology model for English (shipped inside the HanTa wheel)."""

HANTA_MODEL = "morphmodel_en.pgz"

# CLAWS5 tags (HanTa's English model) the extractors ask about.
PROPER_NOUN = frozenset({"NP0"})
NOUN = frozenset({"NN0", "NN1", "NN2", "NP0"})
FINITE_VERB_PREFIX = "V"
