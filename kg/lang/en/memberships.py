"""English cues for memberships (see the German module for the meaning of each name)."""

MEMBER_PREFIXES = ("member",)

JOINED = frozenset({"joined"})
JOINED_SEPARABLE: frozenset[tuple[str, str]] = frozenset()

CHAIR_WORDS = frozenset({"chair", "chairs", "chaired", "chairing", "chairmanship", "presidency", "chairship"})

GROUPING_WORDS = frozenset({"grouping", "groupings", "bloc", "blocs", "alliance", "alliances", "coalition",
                            "coalitions", "club", "clubs", "organisations", "organizations", "groups"})
SUCH_AS = (("such", "as"), ("like",), ("including",))

CORRELATIVES = frozenset({"both", "as", "well"})

LINK_WORDS = frozenset({"of", "the", "in", "to"})

NOT_YET = frozenset({"join", "joining", "accession", "candidate", "candidates", "aspiring", "applicant", "applied",
                     "application", "future", "will", "would", "wants", "want", "plans", "seeks", "hopes", "not",
                     "no", "never", "former", "formerly", "left", "quit", "withdrew", "partner", "partners",
                     "observer", "prospective", "potential"})

PARTY_PERSON_WORDS = frozenset({"politician", "lawmaker", "leader", "chairman", "chairwoman", "member", "mp",
                                "senator"})

# Words in the registry name of an organisation that make it a political party ("Christlich Demokratische
# Union", "Republican Party"): a party's politicians and leaders are its members.
PARTY_NAME_WORDS = ("coalition", "party", "union", "alliance",
                    "greens", "left", "alternative", "democrats", "republicans")

MEMBER_NOUNS = frozenset({"countries", "nations", "states", "economies"})

BELONG = frozenset({"belongs", "belong", "belonged"})
BELONG_SEPARABLE: frozenset[tuple[str, str]] = frozenset()

RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})

DEFINITE = frozenset({"the"})

COUNTRY_WORDS = frozenset({"country", "nation"})
POSSESSIVES = frozenset({"whose", "his", "her", "its"})

# Whether a party word may end a compound ("CDU-Außenpolitiker").
COMPOUND_PERSON_WORDS = False

# Organs of a ruling party; their members belong to the party of their state ("Politbüromitglied Wang Yi").
PARTY_ORGANS = ("politburo",)

# Words between a person and the member noun of a party apposition ("Merz ist Mitglied", "Sikorski, a member").
APPOSITION_WORDS = frozenset({"is", "was", "a", "an", "longtime", "long-time"})

# "the council's members", "die Mitglieder des Rates": a noun that refers back to the body named before whose
# name ends in it (folded noun -> ending of the body's name).
BODY_NOUNS = {"council": "council", "alliance": "alliance", "bloc": "bloc", "union": "union"}
POSSESSIVE_ENDINGS = ("'s", "’s")
