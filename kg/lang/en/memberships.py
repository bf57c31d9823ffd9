"""English cues for memberships (see the German module for the meaning of each name)."""

MEMBER_PREFIXES = ("member",)

JOINED = frozenset({"joined"})
JOINED_SEPARABLE: frozenset[tuple[str, str]] = frozenset()

CHAIR_WORDS = frozenset({"chair", "chairmanship", "presidency", "chairship"})

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
