"""English names of government bodies (see the German module for the meaning of each name)."""

# Head phrases (folded words) -> (kind, head as written in a label, gender; English has none).
HEADS = {
    ("foreign", "ministry"): ("foreign_ministry", "Foreign Ministry", ""),
    ("foreign", "affairs", "ministry"): ("foreign_ministry", "Foreign Ministry", ""),
    ("ministry", "of", "foreign", "affairs"): ("foreign_ministry", "Foreign Ministry", ""),
    ("ministry", "of", "external", "affairs"): ("foreign_ministry", "Ministry of External Affairs", ""),
    ("defence", "ministry"): ("defence_ministry", "Defence Ministry", ""),
    ("defense", "ministry"): ("defence_ministry", "Defense Ministry", ""),
    ("ministry", "of", "defence"): ("defence_ministry", "Defence Ministry", ""),
    ("ministry", "of", "defense"): ("defence_ministry", "Defense Ministry", ""),
    ("interior", "ministry"): ("interior_ministry", "Interior Ministry", ""),
    ("ministry", "of", "the", "interior"): ("interior_ministry", "Interior Ministry", ""),
    ("ministry", "of", "interior"): ("interior_ministry", "Interior Ministry", ""),
    ("finance", "ministry"): ("finance_ministry", "Finance Ministry", ""),
    ("ministry", "of", "finance"): ("finance_ministry", "Finance Ministry", ""),
    ("economy", "ministry"): ("economy_ministry", "Economy Ministry", ""),
    ("trade", "ministry"): ("trade_ministry", "Trade Ministry", ""),
    ("commerce", "ministry"): ("trade_ministry", "Commerce Ministry", ""),
    ("ministry", "of", "commerce"): ("trade_ministry", "Commerce Ministry", ""),
    ("justice", "ministry"): ("justice_ministry", "Justice Ministry", ""),
    ("energy", "ministry"): ("energy_ministry", "Energy Ministry", ""),
    ("health", "ministry"): ("health_ministry", "Health Ministry", ""),
    ("government",): ("government", "government", ""),
    ("administration",): ("government", "government", ""),
    ("cabinet",): ("cabinet", "cabinet", ""),
    ("presidential", "office"): ("presidential_office", "Presidential Office", ""),
    ("presidential", "administration"): ("presidential_office", "Presidential Office", ""),
    ("atomic", "energy", "organization"): ("atomic_energy_agency", "Atomic Energy Organization", ""),
    ("atomic", "energy", "organisation"): ("atomic_energy_agency", "Atomic Energy Organisation", ""),
    ("atomic", "energy", "agency"): ("atomic_energy_agency", "Atomic Energy Agency", ""),
    ("central", "bank"): ("central_bank", "central bank", ""),
    ("parliament",): ("parliament", "parliament", ""),
    ("army",): ("army", "army", ""),
    ("military",): ("army", "military", ""),
    ("armed", "forces"): ("army", "armed forces", ""),
    ("air", "force"): ("air_force", "air force", ""),
    ("navy",): ("navy", "navy", ""),
    ("intelligence", "service"): ("intelligence_service", "intelligence service", ""),
    ("intelligence", "agency"): ("intelligence_service", "intelligence agency", ""),
    ("embassy",): ("embassy", "embassy", ""),
    ("state", "television"): ("state_broadcaster", "state television", ""),
    ("state", "tv"): ("state_broadcaster", "state television", ""),
    ("state", "broadcaster"): ("state_broadcaster", "state broadcaster", ""),
}

# English ministries are named by separate words, handled by HEADS alone.
GENERIC_HEAD_ENDINGS: dict[str, str] = {}

# Adjectives do not inflect: "Chinese Foreign Ministry".
ADJECTIVE_ENDINGS = {"": ""}
DEMONYM_ENDINGS = ()

LABEL_WITHOUT_DEMONYM = "{head} of {state}"

PERSON_OWNED_KINDS = frozenset({"government"})

OF_WORDS = frozenset({"of"})
IN_WORDS = frozenset({"in"})

DEFINITE = frozenset({"the"})

GENITIVE_ENDINGS = ()
GENITIVE_GENDERS: frozenset[str] = frozenset()

# "China's foreign ministry": the possessive stays inside the token.
POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "'", "’")

# A bare word that refers back to the last body whose kind ends in one of the words given ("das Ministerium"
# -> the last ministry, also a "landwirtschaftsministerium").
BACK_REFERENCES = {"ministry": "ministry"}

# Heads that are adjectives when a noun follows ("the Israeli military said" vs "Israeli military operations").
HEADS_BEFORE_NO_NOUN = frozenset({("military",)})
NOUN_TAG_PREFIXES = ("NN", "NP", "AJ")
