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
