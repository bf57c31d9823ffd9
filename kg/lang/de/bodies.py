"""German names of government bodies: head nouns, their kinds, and how a body's label is built.

Read by `kg.extract.bodies` through `kg.lang.data("de", "bodies")`; the English
module has the same variable names. A body is a head noun with its state
("das chinesische Außenministerium", "Außenministerium Chinas", "die
US-Regierung", "die Regierung in Kiew"). Kinds are language-neutral, so a body
has one key per (state, kind) in every language.
"""

# Head nouns (folded lemma, as one word) -> (kind, head as written in a label, gender).
# The gender chooses the strong adjective ending of the label: "chinesisches Außenministerium",
# "iranische Atomenergieorganisation", "russischer Geheimdienst".
HEADS = {
    ("aussenministerium",): ("foreign_ministry", "Außenministerium", "n"),
    ("verteidigungsministerium",): ("defence_ministry", "Verteidigungsministerium", "n"),
    ("innenministerium",): ("interior_ministry", "Innenministerium", "n"),
    ("finanzministerium",): ("finance_ministry", "Finanzministerium", "n"),
    ("wirtschaftsministerium",): ("economy_ministry", "Wirtschaftsministerium", "n"),
    ("handelsministerium",): ("trade_ministry", "Handelsministerium", "n"),
    ("justizministerium",): ("justice_ministry", "Justizministerium", "n"),
    ("energieministerium",): ("energy_ministry", "Energieministerium", "n"),
    ("gesundheitsministerium",): ("health_ministry", "Gesundheitsministerium", "n"),
    ("regierung",): ("government", "Regierung", "f"),
    ("staatsregierung",): ("government", "Regierung", "f"),
    ("zentralregierung",): ("government", "Regierung", "f"),
    ("kabinett",): ("cabinet", "Kabinett", "n"),
    ("prasidialamt",): ("presidential_office", "Präsidialamt", "n"),
    ("prasidialverwaltung",): ("presidential_office", "Präsidialamt", "n"),
    ("prasidentenburo",): ("presidential_office", "Präsidialamt", "n"),
    ("atomenergieorganisation",): ("atomic_energy_agency", "Atomenergieorganisation", "f"),
    ("atomenergiebehorde",): ("atomic_energy_agency", "Atomenergiebehörde", "f"),
    ("atombehorde",): ("atomic_energy_agency", "Atomenergiebehörde", "f"),
    ("zentralbank",): ("central_bank", "Zentralbank", "f"),
    ("notenbank",): ("central_bank", "Zentralbank", "f"),
    ("parlament",): ("parliament", "Parlament", "n"),
    ("armee",): ("army", "Armee", "f"),
    ("militar",): ("army", "Militär", "n"),
    ("streitkrafte",): ("army", "Streitkräfte", "p"),
    ("luftwaffe",): ("air_force", "Luftwaffe", "f"),
    ("luftstreitkrafte",): ("air_force", "Luftwaffe", "f"),
    ("marine",): ("navy", "Marine", "f"),
    ("geheimdienst",): ("intelligence_service", "Geheimdienst", "m"),
    ("auslandsgeheimdienst",): ("foreign_intelligence_service", "Auslandsgeheimdienst", "m"),
    ("inlandsgeheimdienst",): ("domestic_intelligence_service", "Inlandsgeheimdienst", "m"),
    ("botschaft",): ("embassy", "Botschaft", "f"),
    ("staatsfernsehen",): ("state_broadcaster", "Staatsfernsehen", "n"),
    ("staatssender",): ("state_broadcaster", "Staatsfernsehen", "n"),
    ("staatsrundfunk",): ("state_broadcaster", "Staatsfernsehen", "n"),
}

# Any other compound on these endings is a body too ("Landwirtschaftsministerium"); its kind is the word.
GENERIC_HEAD_ENDINGS = {"ministerium": "n"}

# Strong adjective endings by gender (p: plural), for labels in the nominative without article.
ADJECTIVE_ENDINGS = {"n": "es", "f": "e", "m": "er", "p": "e"}

# Endings a demonym takes in running text, stripped to get its base ("iranischen" -> "iranisch").
DEMONYM_ENDINGS = ("en", "em", "er", "es", "e")

# A label when the state has no demonym: "Außenministerium (Palau)".
LABEL_WITHOUT_DEMONYM = "{head} ({state})"

# Kinds a person can own through their office: "die Trump-Regierung" is the US government.
PERSON_OWNED_KINDS = frozenset({"government"})

# Words linking a head to its state after it: "Regierung von Venezuela", "Außenministerium des Iran".
OF_WORDS = frozenset({"von", "des", "der"})
# A location after the head names the state by its capital: "die Regierung in Kiew".
IN_WORDS = frozenset({"in"})

# A definite article before a head without state refers back to a body named before ("das Ministerium").
DEFINITE = frozenset({"der", "die", "das", "des", "dem", "den"})

# A one-word head in the genitive: "des Außenministeriums", "des Präsidialamtes" (masculine and neuter only).
GENITIVE_ENDINGS = ("s", "es")
GENITIVE_GENDERS = frozenset({"n", "m"})

# A state's name in the genitive before the head ("Chinas Außenministerium"), besides the registry's check.
POSSESSIVE_ENDINGS = ("'",)

# A bare word that refers back to the last body whose kind ends in one of the words given ("das Ministerium"
# -> the last ministry, also a "landwirtschaftsministerium").
BACK_REFERENCES = {"ministerium": "ministry ministerium"}

# Heads that are adjectives when a noun follows; German heads are nouns.
HEADS_BEFORE_NO_NOUN: frozenset[tuple[str, ...]] = frozenset()
NOUN_TAG_PREFIXES = ("NN", "NE", "ADJ")
