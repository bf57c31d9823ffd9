"""German words for treaties: their head nouns, parties, signing and expiry.

Folded (lower case, accents removed). Compound heads match the end of a word
("Klimaabkommen", "INF-Vertrag").
"""

# Nouns that make a named thing a treaty: "INF-Vertrag", "Minsker Abkommen", "Vertrag von Lissabon".
HEADS = ("vertrag", "vertrage", "vertrags", "vertrages", "abkommen", "abkommens", "charta", "pakt", "paktes", "pakts",
         "protokoll", "protokolls", "konvention", "ubereinkommen", "ubereinkommens", "vereinbarung", "accord",
         "erklarung")

# A name before the head noun counts only when it is written as part of the name
# (German: compound or "-er" adjective; English: capitalised words).
CAPITALISED_HEADS = False

# "Minsker Abkommen", "Pariser Klimaabkommen": adjectives from place names end so.
PLACE_ADJECTIVE_ENDING = "er"

OF_WORDS = frozenset({"von"})

# "zwischen Russland und den USA".
BETWEEN = frozenset({"zwischen"})

# "Russland und die USA unterzeichneten den Vertrag": the subjects are the parties.
SIGN_LEMMAS = frozenset({"unterzeichnen", "unterschreiben", "ratifizieren", "schliessen", "abschliessen"})

# "Der Vertrag läuft am 5. Februar aus", "endet", "ist abgelaufen".
EXPIRY_LEMMAS = frozenset({"auslaufen", "ablaufen", "enden", "erloschen"})
EXPIRY_SEPARABLE = frozenset({("laufen", "aus"), ("laufen", "ab")})

# A sentence that starts with one of these continues talking about the treaty just named.
REFERENCES = frozenset({"dieses", "dieser", "diese", "er", "es", "der", "das", "die"})

VERB_TAG_PREFIX = "V"

# A definite compound treaty noun ("das Rohstoffabkommen") is a concrete deal in a sentence with one of these.
CONCRETE_WORDS = frozenset({"unterzeichnen", "unterzeichnet", "unterschreiben", "unterschrieben", "ratifizieren",
                            "ratifiziert", "aushandeln", "ausgehandelt", "kraft", "abschliessen", "abgeschlossen",
                            "vereinbaren", "vereinbart", "verlangern", "verlangert", "gebrochen", "brechen"})

# Ceasefires are deals too when the text names where they hold ("die Waffenruhe im Gazastreifen").
CEASEFIRE_HEADS = frozenset({"waffenruhe", "waffenstillstand", "feuerpause"})
PLACE_PREPOSITIONS = frozenset({"im", "in", "fur"})

# The agent of a passive signing verb: "was signed by X and Y", "wurde von X und Y unterzeichnet".
AGENT_WORDS = frozenset({"von"})

# Heads that make a treaty only when named for a place ("Jeddah Declaration"), not for a body ("Kreml-Erklärung").
PLACE_NAMED_HEADS = ("erklarung",)

# Lower-case words inside a treaty's capitalised title ("Declaration on the Conduct of Parties in the South China Sea").
TITLE_LINKS: frozenset[str] = frozenset()
