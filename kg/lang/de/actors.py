"""German knowledge for finding actors: inflection of names, place prepositions, name shapes.

Read by `kg.extract.actors` through `kg.lang.data("de", "actors")`; the
English module has the same variable names.
"""

# Endings a name takes in running text: the genitive ("Putins", "Russlands",
# "des Kremls") on the last word; "-n" for names ending in -e ("den Niederlanden").
NAME_SUFFIXES = ("s", "es")
NAME_SUFFIXES_AFTER_E = ("n", "s")

# Inflected adjectives inside multi-word names: "die Vereinte Nationen" -> "den Vereinten
# Nationen", "Europäische Union" -> "der Europäischen Union".
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")

# A capital after these words is the city as a place ("nach Moskau"), otherwise it
# stands for its government ("Moskau kritisierte ...").
PLACE_PREPOSITIONS = frozenset({"in", "nach", "aus", "bei", "nahe", "im", "vor", "um", "über"})

# Prepositions after which a run of unknown names is a place, not a person ("in San Marino").
LOCATIVE_PREPOSITIONS = frozenset({"in", "im", "nach", "nahe"})

# Words for a city before its name: "die russische Hauptstadt Moskau" is the city, not the government.
CITY_NOUNS = frozenset({"Hauptstadt", "Stadt", "Metropole", "Großstadt", "Millionenstadt", "Hafenstadt"})

# Words that join the names of a coordination: "nach Peking und Moskau".
COORDINATORS = frozenset({"und", "oder", "sowie", ",", "bzw."})

# Lower-case particles inside person names ("Ursula von der Leyen", "Mohammed bin Salman").
NAME_PARTICLES = frozenset({"von", "van", "der", "de", "den", "da", "di", "bin", "al", "el", "zu", "ten", "ter", "la",
                            "le", "dos", "del"})

# Capitalised words that look like names but never start one (pronouns, weekdays, months ...).
NOT_NAMES = frozenset("""
Der Die Das Den Dem Des Ein Eine Einen Einem Einer Er Sie Es Wir Ihr Ihre Sein Seine Unser Unsere
Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Sonnabend
Januar Februar März April Mai Juni Juli August September Oktober November Dezember
Herr Frau Dr Prof Laut Nach Auch Doch Aber Und Oder Im In Am An Auf Bei Mit Von Zu Für Seit Wie Als So
Heute Gestern Morgen Danach Dabei Dennoch Zudem Außerdem Allerdings
""".split())

# Surface forms too common as ordinary words to be names on their own.
AMBIGUOUS_FORMS = frozenset({"Union", "Rat", "Mission", "Kommission", "Staat", "Staaten", "Regierung", "Parlament",
                              "Gipfel", "Erklärung", "Charta", "Vertrag", "Abkommen", "Bank", "Partei", "Roma"})

# The tags of finite and other verbs and of articles (STTS as HanTa writes them).
ARTICLE_TAGS = frozenset({"ART"})
ADJECTIVE_TAG_PREFIX = "ADJ"
PROPER_NOUN_TAGS = frozenset({"NE"})
FOREIGN_TAGS = frozenset({"FM"})

# Head words that make a run of names an organisation, not a person.
ORGANIZATION_HEADS = frozenset("""
agency agentur allgemeine armee bank bewegung brigaden bündnis daily fernsehen fonds front gericht gerichtshof
gruppe institut komitee kommission kongress konzern ministerium nachrichten news organisation parlament partei
post press rat rundfunk rundschau senat stiftung times union universität verband versammlung watch zeitschrift
zeitung
""".split())

# Words that make a run of names a place ("Gaza Stadt", "Rotes Meer"); a one-word registry
# name next to them is part of that place's name.
PLACE_WORDS = frozenset("""
Stadt Meer Insel Inseln Straße Platz Provinz Region Golf Bucht Fluss Tal Küste Sankt Bezirk Oblast Halbinsel
Gebirge Wüste Kanal Flughafen Nord Süd Ost West
""".split())

# Currencies named after a state ("US-Dollar", "U.S. dollar") do not refer to the state.
CURRENCIES = frozenset({"dollar", "cent", "rubel", "yuan", "renminbi", "euro", "pfund", "yen", "franken", "rupie",
                        "lira", "hrywnja", "schekel"})
