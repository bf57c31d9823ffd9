"""German words for treaties: their head nouns, parties, signing and expiry.

Folded (lower case, accents removed). Compound heads match the end of a word
("Klimaabkommen", "INF-Vertrag").
"""

# Nouns that make a named thing a treaty: "INF-Vertrag", "Minsker Abkommen", "Vertrag von Lissabon".
HEADS = ("vertrag", "vertrage", "vertrags", "vertrages", "abkommen", "abkommens", "charta", "pakt", "paktes", "pakts",
         "protokoll", "protokolls", "konvention", "ubereinkommen", "ubereinkommens", "vereinbarung", "accord")

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
