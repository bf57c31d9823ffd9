"""English knowledge for finding actors: inflection of names, place prepositions, name shapes.

Read by `kg.extract.actors` through `kg.lang.data("en", "actors")`; the
German module has the same variable names.
"""

# The possessive stays inside the token ("Russia's"), so it is an ending of the last word.
NAME_SUFFIXES = ("'s", "’s", "s'")
NAME_SUFFIXES_AFTER_E = ("'s", "’s")

# Endings that make a name possessive: nothing after it can belong to the same name ("India's Ministry").
POSSESSIVE_SUFFIXES: tuple[str, ...] = ("'s", "’s", "s'")

# English adjectives inside names do not inflect.
ADJECTIVE_ENDINGS = ()

PLACE_PREPOSITIONS = frozenset({"in", "to", "from", "at", "near", "into", "outside", "around"})

# What comes "from" a capital after these words is its government's voice ("Widerstand kam aus Budapest",
# "nach Angaben aus Brasília"), not a place (folded words or lemmas).
SOURCE_PREPOSITIONS = frozenset({"from"})
VOICE_WORDS = frozenset({"criticism", "reaction", "reactions", "response", "signal", "signals", "statement",
                         "warning", "warnings", "objection", "objections", "opposition", "pushback", "word", "praise",
                         "protest", "protests", "denial", "threat", "threats", "demand", "demands"})

# A building after these prepositions and an article is the place ("vor dem Weißen Haus", "at the White
# House"); "aus dem Kreml", "from the White House" name the institution that speaks.
PLACE_ARTICLES = frozenset({"the"})
PLACE_PREPOSITIONS_WITH_ARTICLE = frozenset({"at", "in", "to", "into", "inside", "outside", "near"})

# A preposition in these phrases attributes, it does not locate ("according to Downing Street").
NOT_PLACE_PHRASES: frozenset[tuple[str, str]] = frozenset({("according", "to"), ("thanks", "to")})

LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near"})

CITY_NOUNS = frozenset({"capital", "city", "metropolis", "port"})

COORDINATORS = frozenset({"and", "or", ","})

NAME_PARTICLES = frozenset({"von", "van", "der", "de", "den", "da", "di", "bin", "al", "el", "la", "le", "dos", "del"})

NOT_NAMES = frozenset("""
The A An He She It We They I You His Her Their Our Its This That These Those
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
January February March April May June July August September October November December
Mr Mrs Ms Dr Prof Prince Princess Sheikh According After Before In On At For With From To By Also But And Or As So
Today Yesterday Tomorrow However Meanwhile Moreover
""".split())

AMBIGUOUS_FORMS = frozenset({"Union", "Council", "Mission", "Commission", "State", "States", "Government", "Parliament",
                              "Summit", "Charter", "Treaty", "Agreement", "Bank", "Party", "Roma", "Male"})

ARTICLE_TAGS = frozenset({"AT0"})
ADJECTIVE_TAG_PREFIX = "AJ"
# Tags besides adjectives a demonym can carry: English capitalises it, and the tagger may read it as a name.
DEMONYM_TAGS: frozenset[str] = frozenset({"NP0"})
PROPER_NOUN_TAGS = frozenset({"NP0"})
# Whether common nouns are capitalised too: if not, a capitalised word the lexicon does not know is a name.
CAPITALISED_NOUNS = False
FOREIGN_TAGS = frozenset({"UNC"})

ORGANIZATION_HEADS = frozenset("""
agency airlines alliance army assembly association bank brigades channel club command commission committee
company
congress corporation council court daily department forces forum foundation front fund group guard herald
hospital institute journal ministry movement navy network news office organisation organization parliament
party police post press radio school senate service television times tribunal tribune union university watch
""".split())

# The last word of a council named by the bodies and states it joins ("NATO-Ukraine-Rat", "NATO-Russia Council").
COMPOUND_BODY_HEADS = frozenset({"council", "commission", "committee"})

# Words for a kind of organisation before its name ("der Finanzdienstleister Euroclear", "the broadcaster
# Channel 4"); German compounds end in them ("Rüstungskonzern").
ORGANIZATION_NOUNS = frozenset({"company", "firm", "conglomerate", "manufacturer", "operator", "broadcaster",
                                 "newspaper", "magazine", "militia", "organisation", "organization", "foundation",
                                 "association", "think-tank", "thinktank", "party", "movement", "airline", "insurer",
                                 "lender", "depository", "agency"})

# Head words of broadcasters named by a number ("Channel 12", "Kanal 13").
NUMBERED_ORGANIZATIONS = frozenset({"Channel", "Kanal"})

# Words that make a run of names a place ("New Jersey", "Gaza City", "Red Sea"); a one-word
# registry name next to them is part of that place's name.
PLACE_WORDS = frozenset("""
New North South East West Northern Southern Eastern Western Central Upper Lower Saint St San Santa Los Las Fort
Port Mount Lake Cape Gulf City Sea Strait Island Islands River Valley Bay Coast Region Province Street Square
County Oblast Peninsula Mountains Desert Canal Airport
""".split())

# Currencies named after a state ("US-Dollar", "U.S. dollar") do not refer to the state.
CURRENCIES = frozenset({"dollar", "dollars", "cent", "cents", "rouble", "roubles", "ruble", "rubles", "yuan",
                        "renminbi", "euro", "euros", "pound", "pounds", "yen", "franc", "francs", "rupee", "rupees",
                        "lira", "hryvnia", "shekel", "shekels"})

# A run of proper nouns the registry does not know is a place after these prepositions ("in Samarkand").
UNKNOWN_PLACE_PREPOSITIONS = frozenset({"in"})
# Words between a city noun and the name ("the city of Cebu").
CITY_LINKS = frozenset({"of"})
# Nouns that make a named building of the name after them ("Schloss Bellevue"), a place.
BUILDING_NOUNS: frozenset[str] = frozenset()
# A possessive after a name makes it a person's or a body's ("in Sugiono's view").
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
