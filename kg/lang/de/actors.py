"""German knowledge for finding actors: inflection of names, place prepositions, name shapes.

Read by `kg.extract.actors` through `kg.lang.data("de", "actors")`; the
English module has the same variable names.
"""

# Endings a name takes in running text: the genitive ("Putins", "Russlands",
# "des Kremls") on the last word; "-n" for names ending in -e ("den Niederlanden").
NAME_SUFFIXES = ("s", "es")
NAME_SUFFIXES_AFTER_E = ("n", "s")

# Endings that make a name possessive: nothing after it can belong to the same name ("India's Ministry").
POSSESSIVE_SUFFIXES: tuple[str, ...] = ()

# Inflected adjectives inside multi-word names: "die Vereinte Nationen" -> "den Vereinten
# Nationen", "Europäische Union" -> "der Europäischen Union".
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")

# A capital after these words is the city as a place ("nach Moskau"), otherwise it
# stands for its government ("Moskau kritisierte ...").
PLACE_PREPOSITIONS = frozenset({"in", "nach", "aus", "bei", "nahe", "im", "vor", "um", "über"})

# What comes "from" a capital after these words is its government's voice ("Widerstand kam aus Budapest",
# "nach Angaben aus Brasília"), not a place (folded words or lemmas).
SOURCE_PREPOSITIONS = frozenset({"aus"})
VOICE_WORDS = frozenset({"angabe", "angaben", "kritik", "widerstand", "reaktion", "reaktionen", "signal", "signale",
                         "stimme", "stimmen", "zustimmung", "ablehnung", "protest", "proteste", "warnung",
                         "warnungen",
                         "drohung", "drohungen", "forderung", "forderungen", "kreise", "kreisen", "regierungskreisen",
                         "hiess", "heisst", "verlautete", "verlautet", "antwort", "dementi", "lob"})

# A building after these prepositions and an article is the place ("vor dem Weißen Haus", "at the White
# House"); "aus dem Kreml", "from the White House" name the institution that speaks.
PLACE_ARTICLES = frozenset({"dem", "der", "den", "das"})
PLACE_PREPOSITIONS_WITH_ARTICLE = frozenset({"in", "vor", "an", "hinter", "nahe"})

# A preposition in these phrases attributes, it does not locate ("according to Downing Street").
NOT_PLACE_PHRASES: frozenset[tuple[str, str]] = frozenset()

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
Herr Frau Dr Prof Prinz Prinzessin Scheich
Laut Nach Auch Doch Aber Und Oder Im In Am An Auf Bei Mit Von Zu Für Seit Wie Als So
Heute Gestern Morgen Danach Dabei Dennoch Zudem Außerdem Allerdings
""".split())

# Surface forms too common as ordinary words to be names on their own.
AMBIGUOUS_FORMS = frozenset({"Union", "Rat", "Mission", "Kommission", "Staat", "Staaten", "Regierung", "Parlament",
                              "Gipfel", "Erklärung", "Charta", "Vertrag", "Abkommen", "Bank", "Partei", "Roma"})

# The tags of finite and other verbs and of articles (STTS as HanTa writes them).
ARTICLE_TAGS = frozenset({"ART"})
ADJECTIVE_TAG_PREFIX = "ADJ"
# Tags besides adjectives a demonym can carry: English capitalises it, and the tagger may read it as a name.
DEMONYM_TAGS: frozenset[str] = frozenset()
PROPER_NOUN_TAGS = frozenset({"NE"})
# Whether common nouns are capitalised too: if not, a capitalised word the lexicon does not know is a name.
CAPITALISED_NOUNS = True
FOREIGN_TAGS = frozenset({"FM"})

# Head words that make a run of names an organisation, not a person.
ORGANIZATION_HEADS = frozenset("""
agency agentur allgemeine armee bank bewegung brigaden bündnis channel daily fernsehen fonds front gericht
gerichtshof gruppe institut kanal komitee kommission kongress konzern ministerium nachrichten news organisation
parlament partei post press rat rundfunk rundschau sender senat stiftung times union universität verband
versammlung watch zeitschrift zeitung
""".split())

# The last word of a council named by the bodies and states it joins ("NATO-Ukraine-Rat", "NATO-Russia Council").
COMPOUND_BODY_HEADS = frozenset({"rat", "kommission", "ausschuss", "komitee"})

# Words for a kind of organisation before its name ("der Finanzdienstleister Euroclear", "the broadcaster
# Channel 4"); German compounds end in them ("Rüstungskonzern").
ORGANIZATION_NOUNS = frozenset({"konzern", "unternehmen", "firma", "dienstleister", "hersteller", "agentur", "sender",
                                 "fernsehsender", "zeitung", "magazin", "miliz", "organisation", "stiftung",
                                 "verband", "denkfabrik", "institut", "partei", "bewegung", "nachrichtenagentur",
                                 "fluggesellschaft", "reederei", "betreiber", "versicherer", "bank"})

# Head words of broadcasters named by a number ("Channel 12", "Kanal 13").
NUMBERED_ORGANIZATIONS = frozenset({"Kanal", "Channel"})

# Words that make a run of names a place ("Gaza Stadt", "Rotes Meer"); a one-word registry
# name next to them is part of that place's name.
PLACE_WORDS = frozenset("""
Stadt Meer Insel Inseln Straße Platz Provinz Region Golf Bucht Fluss Tal Küste Sankt Bezirk Oblast Halbinsel
Gebirge Wüste Kanal Flughafen Nord Süd Ost West
""".split())

# Currencies named after a state ("US-Dollar", "U.S. dollar") do not refer to the state.
CURRENCIES = frozenset({"dollar", "cent", "rubel", "yuan", "renminbi", "euro", "pfund", "yen", "franken", "rupie",
                        "lira", "hrywnja", "schekel"})

# A run of proper nouns the registry does not know is a place after these prepositions ("in Samarkand").
UNKNOWN_PLACE_PREPOSITIONS = frozenset({"in", "nach"})
# Words between a city noun and the name ("the city of Cebu").
CITY_LINKS: frozenset[str] = frozenset()
# Nouns that make a named building of the name after them ("Schloss Bellevue"), a place.
BUILDING_NOUNS = frozenset({"Schloss", "Palais"})
# A possessive after a name makes it a person's or a body's ("in Sugiono's view").
POSSESSIVE_MARKS: frozenset[str] = frozenset()
