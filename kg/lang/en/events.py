"""English cues for events (contacts between actors) and the small grammar around them.

Same names and meaning as `kg/lang/de/events.py`. English compounds are
mostly two words ("phone call", "state visit"), so they are phrases here; a
noun cue still matches a closed compound's end ("videoconference").
"""

# --- cues -------------------------------------------------------------------------------------

NOUNS = {
    "phonecall": "PhoneCall",
    "videoconference": "VideoCall", "videocall": "VideoCall",
    "meeting": "Meeting", "encounter": "Meeting",
    "summit": "Summit",
    "visit": "Visit", "trip": "Visit", "tour": "Visit", "journey": "Visit",
    "negotiation": "Negotiation",
    "interview": "Interview",
}
NOT_NOUNS = frozenset({"airstrip", "filmstrip", "contour"})
MIN_COMPOUND_PREFIX = 3

VERBS = {
    "phone": "PhoneCall", "telephone": "PhoneCall",
    "meet": "Meeting", "host": "Meeting", "convene": "Meeting",
    "visit": "Visit", "travel": "Visit", "fly": "Visit", "arrive": "Visit", "land": "Visit",
    "mediate": "Negotiation", "negotiate": "Negotiation",
    "sign": "Meeting",
    "interview": "Interview",
}

# Mediating talks (lemmas): the mediators take part ("unter Vermittlung Katars", "mediated by Egypt").
MEDIATION = frozenset({"mediation", "mediate", "mediated", "broker", "brokered"})
TALK_VERBS = frozenset({"speak", "talk", "confer"})
IDIOM_OBJECTS = frozenset({"target", "deadline", "demand", "requirement", "criterion", "criteria", "expectation",
                           "need", "goal", "standard", "obligation", "condition", "threshold", "commitment"})
HOSTING = frozenset({"host"})
NOT_VERBS = frozenset()
# English verbs take no prefixes worth reading ("revisit" is rare, "ghost" is no "host").
MIN_VERB_PREFIX = 99

PHRASES = (
    (("phone", "call"), "PhoneCall"), (("telephone", "call"), "PhoneCall"),
    (("phone", "conversation"), "PhoneCall"), (("telephone", "conversation"), "PhoneCall"),
    (("phone", "talk"), "PhoneCall"), (("by", "phone"), "PhoneCall"), (("by", "telephone"), "PhoneCall"),
    (("on", "the", "phone"), "PhoneCall"), (("over", "the", "phone"), "PhoneCall"),
    (("call", "with"), "PhoneCall"),
    (("video", "call"), "VideoCall"), (("video", "conference"), "VideoCall"), (("video", "link"), "VideoCall"),
    (("video", "meeting"), "VideoCall"), (("video", "talk"), "VideoCall"), (("by", "video"), "VideoCall"),
    (("via", "video"), "VideoCall"), (("virtual", "meeting"), "VideoCall"), (("virtual", "talk"), "VideoCall"),
    (("hold", "talk"), "Meeting"), (("face", "to", "face"), "Meeting"),
    (("face", "-", "to", "-", "face"), "Meeting"),
    (("peace", "talk"), "Negotiation"),
    (("virtual", "summit"), "Summit"),
    (("make", "a", "stop"), "Visit"), (("stop", "over"), "Visit"), (("stopover",), "Visit"),
)

TALK_NOUNS = frozenset({"talk", "conversation"})
DELEGATION_NOUNS = frozenset({
    "delegation", "delegate", "official", "representative", "negotiator", "envoy", "diplomat", "emissary",
    "adviser", "advisor",
})

INVITE_VERBS = frozenset({"invite"})
INVITE_NOUNS = frozenset({"invitation"})

SUMMIT_PURPOSE = frozenset({"for"})
# After a definite summit: it is named by who meets or by its format ("the summit of the Nordic leaders").
SUMMIT_QUALIFIERS = (("of",), ("in", "the", "format"))
NEEDS_PERSON = frozenset({"meet", "host"})
REFLEXIVES = frozenset({"each other", "one another"})
OBJECT_IS_HOST = frozenset({"visit"})

SIDELINES = (("on", "the", "sidelines"), ("on", "the", "margins"), ("at", "the", "margins"))
CONTINUED = frozenset({"continue", "resume"})
PARTAKE = frozenset({"open", "chair", "host", "attend", "leave", "close", "join", "address"})

# --- arguments ----------------------------------------------------------------------------------

BETWEEN = frozenset({"between"})
WITH = frozenset({"with"})
DESTINATIONS = ("to", "in", "at")
# Nouns naming the kind of place before its name ("in die kasachische Hauptstadt Astana"); compound heads.
PLACE_NOUNS = frozenset({"capital", "city", "port", "region", "province"})
# Where a contact took place ("in Genf").
LOCATIVES = frozenset({"in", "at"})
PLACE_PREPOSITIONS = frozenset({"in", "from", "at"})
TOPIC_PREPOSITIONS = frozenset({"about", "on", "over", "regarding", "concerning", "for", "against"})
SOURCE_BEFORE = (("according", "to"), ("said",), ("says",), ("quoted",))
SOURCE_AFTER = frozenset()
DETERMINERS = frozenset({"the", "a", "an"})
# A name in the genitive before a noun owns it ("Trumps Gesandter"): no participant.
GENITIVE_ENDINGS = ("'s", "’s", "s'", "s’")
AGENT_PREPOSITIONS = frozenset({"by"})
GROUP_STOPS = frozenset({"in", "on", "at", "about", "over", "to", "for", "since", "during", "after", "before", "amid"})
STATE_AGENTS = DELEGATION_NOUNS | frozenset({
    "side", "government", "leadership", "president", "leader", "minister", "chancellor", "counterpart",
    "partner", "team", "head",
})
# Between such a noun and the state it acts for ("Vertreter aus Russland", "negotiators from India").
AGENT_LINKS = frozenset({"from", "of"})
PAIRS = (
    ("the", "two", "leaders"), ("both", "leaders"), ("the", "two", "presidents"), ("the", "two", "men"),
    ("the", "two", "heads", "of", "state"), ("the", "two", "politicians"), ("the", "two", "ministers"),
)
PAIR_WORDS = (("both",), ("the", "two"))
PERSON_GROUP_HEADS = frozenset({"leader", "president", "minister", "politician", "man", "men", "chancellor",
                                "counterpart", "premier", "statesman"})
SIDE_GROUP_HEADS = frozenset({"side", "country", "countries", "nation", "government", "state"})
PERSONAL_PRONOUNS = frozenset({"he", "she"})
POSSESSIVE_PRONOUNS = frozenset({"his"})
# "they" / "beide" as a subject: the last two persons named.
PLURAL_PRONOUNS = frozenset({"they", "both"})

# A date after these words is not when the contact happened ("seit 2014").
DATE_NOT_AFTER = frozenset({"since", "until", "till"})

# --- status and negation ------------------------------------------------------------------------

PLANNED = frozenset({
    "will", "'ll", "plan", "intend", "expect", "schedule", "due", "upcoming", "announce", "forthcoming",
    "preparation", "ahead",
})
# Verbs of starting: told in the past, the contact has begun, whatever is hoped or planned for it.
STARTED = frozenset({"begin", "start", "open", "launch", "resume"})
# The future of reported speech: plans a contact only when it governs the contact's own verb
# ("said he would speak with Xi"), not a noun mentioned beside it.
REPORTED_FUTURE = frozenset({"would"})
# Two words in this order anywhere in the clause ("accepted an invitation").
PLANNED_PAIRS = (("accept", "invitation"),)
# Adjacent words ("Xi is to visit", "agreed to meet").
PLANNED_SEQUENCES = (("is", "to"), ("are", "to"), ("agree", "to"), ("set", "to"), ("due", "to"))
FUTURE_AUXILIARIES = frozenset({"shall"})
PERFECT_INFINITIVES = frozenset({"have"})
PAST_AUXILIARIES = frozenset({"had"})
# Past tense: CLAWS5 marks it ("met" VVD); the perfect ("has met") as well.
PAST_TAGS = frozenset({"VVD", "VBD", "VHD", "VDD"})
INFINITIVE_ENDINGS = ()
WEAK_PAST_ENDINGS = frozenset()
STRONG_PAST_FORMS = ()
PERFECT_AUXILIARIES = frozenset({"has", "have", "had"})

NEGATORS = frozenset({"not", "n't", "never"})
NEGATION_UNDONE_BY = frozenset({"only"})
NEGATIVE_DETERMINERS = frozenset({"no"})
OCCURRENCE_VERBS = frozenset({"take", "be", "happen", "plan", "hold"})
CANCELLED = frozenset({"cancel", "postpone", "scrap", "call off", "abandon", "delay"})
SPECULATIVE = frozenset({"could", "might", "may", "possible", "possibly", "urge", "propose", "offer",
                         "consider", "suggest", "push", "ready", "willing", "readiness"})
SPECULATIVE_SEQUENCES = (("call", "for"), ("called", "for"), ("push", "for"))
SPECULATIVE_PAIRS = (("hope", "for"), ("count", "on"), ("rely", "on"))

# --- clause structure (HanTa CLAWS5 tags) ------------------------------------------------------

FINITE_TAGS = frozenset({"VVD", "VVZ", "VBD", "VBZ", "VHD", "VHZ", "VM0", "VDD", "VDZ", "VBB", "VHB", "VDB"})
INFINITIVE_TAGS = frozenset({"VVI", "VBI", "VHI", "VDI"})
PARTICIPLE_TAGS = frozenset({"VVN", "VBN", "VHN", "VDN"})
SEPARABLE_PARTICLE_TAGS = frozenset({"AVP"})
# Relative pronouns: their clause is about the name just before ("Xi, der ... eingeladen hatte").
RELATIVE_TAGS = frozenset({"PNQ", "DTQ"})
SUBORDINATE_TAGS = frozenset({"CJS", "PNQ", "DTQ", "CJT"})
ADJECTIVE_TAG_PREFIX = "AJ"
ADVERB_TAGS = frozenset({"AV0"})
PREPOSITION_TAGS = frozenset({"PRP", "PRF"})
NOUN_TAGS = frozenset({"NN0", "NN1", "NN2", "NP0"})
# Proper names: never a cue word of status ("May" the month is no "may").
PROPER_NOUN_TAGS = frozenset({"NP0"})
# Nouns of a title between a source phrase and a name ("laut dem Außenminister Lawrow"); names are mentions.
TITLE_NOUN_TAGS = frozenset({"NN0", "NN1", "NN2", "NP0"})
DEFINITE_ARTICLES = frozenset({"the", "this", "that", "these"})
# Words that point back to a contact already reported ("ein solches Treffen").
ANAPHORIC = frozenset({"such"})
COORDINATORS = frozenset({"and", "or", "but"})
# How a particle and its verb make one lemma ("called ... off" -> "call off").
PARTICLE_VERB = "{verb} {particle}"
BOUNDARY_PUNCTUATION = frozenset({",", ";", ":", "–", "—", "(", ")"})
# Separable particles the tagger may read as adverbs when they close the clause ("kam ... zusammen.").
CLAUSE_FINAL_PARTICLES = frozenset()
