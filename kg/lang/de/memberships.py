"""German cues for memberships: being a member, chairing a body, belonging to a grouping.

Words are folded (lower case, accents removed) and compared with a token's
folded text or lemma; `*_PREFIXES` match the start of compounds
("Mitgliedstaaten", "Mitgliedsländer").
"""

# "Polen ist Mitglied der Nato", "die Nato-Mitglieder Polen und Ungarn".
MEMBER_PREFIXES = ("mitglied",)

# Joining, in the past: "ist der Nato beigetreten", "trat 2023 der Nato bei".
JOINED = frozenset({"beigetreten"})
JOINED_SEPARABLE = frozenset({("trat", "bei"), ("traten", "bei")})

# "Russland übernahm den Vorsitz der BRICS": chairing a body is being in it.
CHAIR_WORDS = frozenset({"vorsitz", "ratsvorsitz", "g20-vorsitz", "prasidentschaft", "ratsprasidentschaft"})

# "... Gruppierungen gebildet, ... wie BRICS und die SOZ": the subjects belong to the bodies listed.
GROUPING_WORDS = frozenset({"gruppierung", "gruppierungen", "bundnis", "bundnisse", "bundnissen", "block", "blocke",
                            "blocken", "staatenbund", "staatengruppe", "staatengruppen", "allianz", "allianzen",
                            "zusammenschluss", "zusammenschlusse"})
SUCH_AS = (("wie",), ("darunter",))

# Correlative coordination joins members too ("sowohl Peking als auch Moskau").
CORRELATIVES = frozenset({"sowohl", "als", "auch"})

# Words after which the body follows: "Mitglied der Nato", "Vorsitz in der EU", "Mitglied von BRICS".
LINK_WORDS = frozenset({"der", "des", "von", "in", "im", "die", "den", "dem"})

# Announced, wished-for or denied membership is no membership ("will der Nato beitreten").
NOT_YET = frozenset({"beitreten", "beitritt", "beitrittskandidat", "beitrittskandidaten", "kandidat", "kandidaten",
                     "anwarter", "beitrittsantrag", "aufnahmeantrag", "kunftig", "kunftige", "kunftigen", "werden",
                     "wird", "will", "wollen", "soll", "sollen", "mochte", "mochten", "plant", "planen", "nicht",
                     "kein", "keine", "keinen", "beantragt", "anstreben", "strebt", "ausgetreten", "austritt",
                     "ehemalig", "ehemalige", "ehemaligen", "fruher", "fruhere", "fruheren", "partner", "partnerland",
                     "partnerlander", "beobachter", "beobachterstatus"})

# Nouns for members of a party ("CDU-Politiker Friedrich Merz", "Merz (CDU)").
PARTY_PERSON_WORDS = frozenset({"politiker", "politikerin", "vorsitzende", "vorsitzender", "parteichef",
                                "parteichefin", "abgeordnete", "abgeordneter", "chef", "chefin", "mitglied"})

# Words in the registry name of an organisation that make it a political party ("Christlich Demokratische
# Union", "Republican Party"): a party's politicians and leaders are its members.
PARTY_NAME_WORDS = ("koalition", "partei", "union", "bundnis",
                    "grunen", "linke", "alternative", "demokraten", "republikaner")

# Plural nouns for the members of a body, before a list of them ("die BRICS-Staaten Brasilien, Russland ...").
MEMBER_NOUNS = frozenset({"staaten", "lander", "nationen", "mitgliedslander", "mitgliedsstaaten"})

# Belonging to a body: "der ... angehören", "gehört der Nato an".
BELONG = frozenset({"angehort", "angehoren", "angehorte", "angehorten"})
BELONG_SEPARABLE = frozenset({("gehort", "an"), ("gehoren", "an"), ("gehorte", "an"), ("gehorten", "an")})

# A relative pronoun after a comma opens a clause about the name before the comma ("der BRICS-Gruppe, der ...").
RELATIVE_PRONOUNS = frozenset({"der", "die", "das", "dem", "denen", "deren", "dessen"})

# "Das NATO-Mitglied ..." with a definite article refers to a state named before.
DEFINITE = frozenset({"der", "die", "das", "dem", "den", "des"})

# "Macron, dessen Land den G7-Vorsitz hat": the country of the person named before.
COUNTRY_WORDS = frozenset({"land"})
POSSESSIVES = frozenset({"dessen", "deren", "sein", "seines", "ihr", "ihres"})

# Whether a party word may end a compound ("CDU-Außenpolitiker").
COMPOUND_PERSON_WORDS = True

# Organs of a ruling party; their members belong to the party of their state ("Politbüromitglied Wang Yi").
PARTY_ORGANS = ("politburo",)

# Words between a person and the member noun of a party apposition ("Merz ist Mitglied", "Sikorski, a member").
APPOSITION_WORDS = frozenset({"ist", "war", "sei", "ein", "eine", "einem", "einer", "seit", "langem", "langjahriges"})

# "the council's members", "die Mitglieder des Rates": a noun that refers back to the body named before whose
# name ends in it (folded noun -> ending of the body's name).
BODY_NOUNS = {"rat": "rat", "rats": "rat", "rates": "rat", "bundnis": "bundnis", "bundnisses": "bundnis",
              "staatenbund": "staatenbund", "staatenbundes": "staatenbund"}
POSSESSIVE_ENDINGS: tuple[str, ...] = ()
