"""English words for treaties (see the German module for the meaning of each name)."""

HEADS = ("treaty", "agreement", "agreements", "accord", "accords", "charter", "convention", "pact", "protocol")

CAPITALISED_HEADS = True

PLACE_ADJECTIVE_ENDING = ""

OF_WORDS = frozenset({"of"})

BETWEEN = frozenset({"between"})

SIGN_LEMMAS = frozenset({"sign", "ratify", "conclude"})

EXPIRY_LEMMAS = frozenset({"expire", "lapse", "end"})
EXPIRY_SEPARABLE = frozenset({("run", "out")})

REFERENCES = frozenset({"it", "the", "this"})

VERB_TAG_PREFIX = "V"
