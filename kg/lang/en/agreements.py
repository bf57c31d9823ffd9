"""English words for treaties (see the German module for the meaning of each name)."""

HEADS = ("treaty", "agreement", "agreements", "accord", "accords", "charter", "convention", "pact", "protocol",
         "declaration", "declarations")

CAPITALISED_HEADS = True

PLACE_ADJECTIVE_ENDING = ""

OF_WORDS = frozenset({"of"})

BETWEEN = frozenset({"between"})

SIGN_LEMMAS = frozenset({"sign", "ratify", "conclude"})

EXPIRY_LEMMAS = frozenset({"expire", "lapse", "end"})
EXPIRY_SEPARABLE = frozenset({("run", "out")})

REFERENCES = frozenset({"it", "the", "this"})

VERB_TAG_PREFIX = "V"

CONCRETE_WORDS = frozenset({"sign", "signed", "ratify", "ratified", "negotiate", "negotiated", "force", "effect",
                            "conclude", "concluded", "agree", "agreed", "extend", "extended", "broke", "broken",
                            "violate", "violated"})

CEASEFIRE_HEADS = frozenset({"ceasefire", "truce"})
PLACE_PREPOSITIONS = frozenset({"in", "for"})

# The agent of a passive signing verb: "was signed by X and Y", "wurde von X und Y unterzeichnet".
AGENT_WORDS = frozenset({"by"})

# Heads that make a treaty only when named for a place ("Jeddah Declaration"), not for a body ("Kreml-Erklärung").
PLACE_NAMED_HEADS = ("declaration", "declarations")

# Lower-case words inside a treaty's capitalised title ("Declaration on the Conduct of Parties in the South China Sea").
TITLE_LINKS = frozenset({"on", "of", "the", "in", "for", "and"})
