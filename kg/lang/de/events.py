"""German cues for events (contacts between actors) and the small grammar around them.

All words are lower case and compared with a token's lemma (HanTa) or its
text. A noun cue is the last part of a compound: "Staatsbesuch",
"Antrittsbesuch" and "Besuchs" are all a "besuch"; the longest cue wins, so
"Gipfeltreffen" is a summit and not a "treffen". Read by the `kg.extract.event_*`
modules; the English module has the same names.
"""

# --- cues -------------------------------------------------------------------------------------

NOUNS = {
    "telefonat": "PhoneCall", "telefongespräch": "PhoneCall", "anruf": "PhoneCall",
    "telefonkonferenz": "PhoneCall", "telefonschalte": "PhoneCall", "telefonanruf": "PhoneCall",
    "videogespräch": "VideoCall", "videokonferenz": "VideoCall", "videoschalte": "VideoCall",
    "videotelefonat": "VideoCall", "videoanruf": "VideoCall", "videotreffen": "VideoCall",
    "videocall": "VideoCall", "videoverbindung": "VideoCall",
    "treffen": "Meeting", "begegnung": "Meeting", "zusammenkunft": "Meeting", "unterredung": "Meeting",
    "zusammentreffen": "Meeting",
    "gipfel": "Summit", "gipfeltreffen": "Summit", "gipfelkonferenz": "Summit",
    "besuch": "Visit", "visite": "Visit", "reise": "Visit",
    "verhandlung": "Negotiation", "verhandlungsrunde": "Negotiation", "friedensgespräch": "Negotiation",
    "sondierungsgespräch": "Negotiation",
    "interview": "Interview",
}
# Compounds that end in a cue but are no contact between actors.
NOT_NOUNS = frozenset({
    "gerichtsverhandlung", "hauptverhandlung", "berufungsverhandlung", "tarifverhandlung",
    "klassentreffen", "familientreffen", "fantreffen", "dienstreise", "urlaubsreise",
})
# A compound must keep this many letters before its cue ("Preis" is no "Reise").
MIN_COMPOUND_PREFIX = 3

VERBS = {
    "telefonieren": "PhoneCall",
    "treffen": "Meeting", "zusammentreffen": "Meeting", "zusammenkommen": "Meeting", "begegnen": "Meeting",
    "empfangen": "Meeting",
    "besuchen": "Visit", "reisen": "Visit", "eintreffen": "Visit", "ankommen": "Visit", "fliegen": "Visit",
    "bereisen": "Visit",
    "verhandeln": "Negotiation", "aushandeln": "Negotiation",
    "interviewen": "Interview",
}

# Verbs that end in a cue verb but mean something else ("betreffen" is no meeting).
NOT_VERBS = frozenset({"betreffen", "übertreffen", "zutreffen", "antreffen", "auftreffen", "ausreisen"})
# A verb may carry a prefix before its cue ("weiterreisen", "zurückreisen", "aushandeln").
MIN_VERB_PREFIX = 2

# Several words; "*" at the end of a word matches any ending ("per Videoschalte").
PHRASES = (
    (("per", "video*"), "VideoCall"),
    (("via", "video*"), "VideoCall"),
    (("per", "telefon"), "PhoneCall"),
    (("am", "telefon"), "PhoneCall"),
    (("telefonisch",), "PhoneCall"),
)

# Talk in general: refers back to a contact already reported ("das Gespräch"), or is a
# negotiation when held between delegations ("Gespräche zwischen ... Vertretern").
TALK_NOUNS = frozenset({"gespräch"})
DELEGATION_NOUNS = frozenset({
    "vertreter", "delegation", "unterhändler", "diplomat", "beamte", "beamter", "gesandte", "gesandter",
    "emissär", "abgesandte", "verhandler", "verhandlungsführer", "regierungsvertreter", "sicherheitsberater",
    "unterhändlerin", "vertreterin",
})

# Invitations: the inviter hosts, each invitee visits ("lud ... nach Peking ein").
INVITE_VERBS = frozenset({"einladen"})
INVITE_NOUNS = frozenset({"einladung"})

# A meeting "zu einem Gipfel" is the summit; one "am Rande des Gipfels" is a meeting of its own.
SUMMIT_PURPOSE = frozenset({"zu", "zum", "zur"})
# Verbs whose partner must be a person or a reflexive "sich" ("Sanktionen treffen Russland" is no meeting).
NEEDS_PERSON = frozenset({"treffen", "empfangen", "begegnen"})
REFLEXIVES = frozenset({"sich"})
# The object of these verbs is the one visited ("Merz besuchte Kiew").
OBJECT_IS_HOST = frozenset({"besuchen", "bereisen"})

# --- arguments ----------------------------------------------------------------------------------

BETWEEN = frozenset({"zwischen"})
WITH = frozenset({"mit"})
# "nach Moskau" beats "in der Ukraine" when both follow a trip; "bei" names a person visited.
DESTINATIONS = ("nach", "in", "im", "bei", "zu")
# Where a contact took place ("in Genf").
LOCATIVES = frozenset({"in", "im", "bei", "beim"})
PLACE_PREPOSITIONS = frozenset({"in", "im", "nach", "aus", "bei"})
TOPIC_PREPOSITIONS = frozenset({"über", "um", "bezüglich", "zur", "zum", "gegen", "wegen", "für"})
# A mention named as the source of the report is no participant ("laut Uschakow", "dem Kreml zufolge").
SOURCE_BEFORE = (("laut",), ("so",), ("nach", "angaben"), ("nach", "angaben", "von"), ("zitiert",))
SOURCE_AFTER = frozenset({"zufolge"})
# Articles and determiners skipped when looking at the word before a name.
DETERMINERS = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "eines"})
# A name in the genitive before a noun owns it ("Trumps Gesandter"): no participant.
GENITIVE_ENDINGS = ("s", "’", "'")
AGENT_PREPOSITIONS = frozenset({"von", "vom"})
# Ends a "zwischen"/"mit" group ("zwischen X und Y in Genf").
GROUP_STOPS = frozenset({"in", "im", "am", "über", "zu", "zum", "zur", "nach", "auf", "für", "seit", "wegen",
                         "trotz", "aus", "um", "während", "bei", "gegen"})
# Heads that make a nationality adjective stand for its state ("russische Vertreter").
STATE_AGENTS = DELEGATION_NOUNS | frozenset({
    "seite", "regierung", "führung", "präsident", "präsidentin", "staatschef", "regierungschef", "minister",
    "ministerin", "außenminister", "außenministerin", "kanzler", "kanzlerin", "premierminister", "amtskollege",
    "kollege", "partner", "team",
})
# "die beiden Staats- und Regierungschefs": the last two persons named.
PAIRS = (
    ("beiden", "staats", "-", "und", "regierungschefs"),
    ("beiden", "politiker"), ("beiden", "präsidenten"), ("beiden", "staatschefs"), ("beiden", "spitzenpolitiker"),
    ("beiden", "regierungschefs"), ("beiden", "außenminister"), ("beiden", "männer"), ("beiden", "führer"),
)
PERSONAL_PRONOUNS = frozenset({"er"})
# "Beide trafen sich": the last two persons named ("sie" is left alone: she, they or formal you).
PLURAL_PRONOUNS = frozenset({"beide"})

# A date after these words is not when the contact happened ("seit 2014").
DATE_NOT_AFTER = frozenset({"seit", "bis", "ab"})

# --- status and negation ------------------------------------------------------------------------

# Words (lemmas) that make the contact planned rather than reported as past.
PLANNED = frozenset({
    "wollen", "planen", "beabsichtigen", "sollen", "geplant", "vorgesehen", "anstehend", "bevorstehend",
    "voraussichtlich", "erwarten", "ankündigen", "künftig", "demnächst",
    "vorhaben", "plan", "absicht", "zusagen",
})
# Two words in this order anywhere in the clause ("hat eine Einladung ... angenommen").
PLANNED_PAIRS = (("einladung", "annehmen"), ("einladung", "akzeptieren"))
# Adjacent words.
PLANNED_SEQUENCES = ()
# Present forms of "werden" with an infinitive mark the future ("wird ... besuchen").
FUTURE_AUXILIARIES = frozenset({"wird", "werden", "werde", "wirst", "werdet"})
# "soll ... getroffen haben" reports a past event; the perfect infinitive undoes "sollen".
PERFECT_INFINITIVES = frozenset({"haben", "sein"})
# An invitation told in the pluperfect or Präteritum happened ("eingeladen hatte").
PAST_AUXILIARIES = frozenset({"hatte", "hatten", "hattest", "war", "waren", "warst"})
# Past tense, to date "im Juni" as the last June rather than the nearest: the Präteritum of
# weak verbs is stem + ending ("reiste", "telefonierten"), strong verbs change their stem.
PAST_TAGS = frozenset()
INFINITIVE_ENDINGS = ("en", "n")
WEAK_PAST_ENDINGS = frozenset({"te", "ten", "test", "tet", "ete", "eten", "etest", "etet"})
STRONG_PAST_FORMS = ("traf", "trafen", "empfing", "empfingen", "kam", "kamen", "flog", "flogen", "sprach", "sprachen",
                     "nahm", "nahmen", "fand", "fanden", "hielt", "hielten", "fuhr", "fuhren", "lud", "luden",
                     "ging", "gingen", "gab", "gaben", "sah", "sahen", "rief", "riefen", "beriet", "berieten",
                     "wurde", "wurden")
# The perfect ("hat ... getroffen", "ist ... gereist") tells of the past as well.
PERFECT_AUXILIARIES = frozenset({"hat", "haben", "habe", "hast", "habt", "ist", "sind", "bin", "bist", "seid", "sei"})

NEGATORS = frozenset({"nicht", "nie", "niemals"})
NEGATION_UNDONE_BY = frozenset({"nur"})  # "nicht nur"
NEGATIVE_DETERMINERS = frozenset({"kein", "keine", "keinen", "keinem", "keiner", "keines"})
# A negated noun cue is negated only with a verb of occurring ("ein Treffen fand nicht statt").
OCCURRENCE_VERBS = frozenset({"stattfinden", "geben", "planen", "sein", "zustandekommen", "kommen", "vorsehen"})
CANCELLED = frozenset({"absagen", "abblasen", "verschieben", "streichen", "platzen", "canceln", "abbrechen"})
# Only possible or asked for, not reported: no event.
SPECULATIVE = frozenset({"könnte", "könnten", "möglich", "möglicherweise", "fordern", "vorschlagen", "anbieten",
                         "erwägen", "denkbar", "anregen", "drängen", "würde", "würden"})
SPECULATIVE_SEQUENCES = (("rief", "zu"), ("riefen", "zu"), ("sprach", "sich", "für"))

# --- clause structure (HanTa STTS tags) -------------------------------------------------------

FINITE_TAGS = frozenset({"VV(FIN)", "VA(FIN)", "VM(FIN)"})
INFINITIVE_TAGS = frozenset({"VV(INF)", "VV(IZU)", "VA(INF)", "VM(INF)"})
PARTICIPLE_TAGS = frozenset({"VV(PP)", "VA(PP)", "VM(PP)"})
SEPARABLE_PARTICLE_TAGS = frozenset({"PTKVZ"})
# Relative pronouns: their clause is about the name just before ("Xi, der ... eingeladen hatte").
RELATIVE_TAGS = frozenset({"PRELS", "PRELAT"})
SUBORDINATE_TAGS = frozenset({"KOUS", "PRELS", "PWAV", "KOUI"})
ADJECTIVE_TAG_PREFIX = "ADJ"
ADVERB_TAGS = frozenset({"ADV", "PROAV"})
PREPOSITION_TAGS = frozenset({"APPR", "APPRART", "APPO"})
NOUN_TAGS = frozenset({"NN", "NE", "NNI"})
DEFINITE_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "dieses", "diese", "diesem", "diesen",
                               "beim", "im", "am", "vom", "zum"})
COORDINATORS = frozenset({"und", "oder", "aber", "sondern", "doch", "sowie"})
# How a separable particle and its verb make one lemma ("trafen ... ein" -> "eintreffen").
PARTICLE_VERB = "{particle}{verb}"
BOUNDARY_PUNCTUATION = frozenset({",", ";", ":", "–", "—", "(", ")"})
