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
    "empfangen": "Meeting", "tagen": "Meeting", "zusammentreten": "Meeting",
    "besuchen": "Visit", "reisen": "Visit", "eintreffen": "Visit", "ankommen": "Visit", "fliegen": "Visit",
    "bereisen": "Visit", "landen": "Visit",
    "vermitteln": "Negotiation", "verhandeln": "Negotiation", "aushandeln": "Negotiation",
    # signing a treaty is a meeting of the signatories
    "unterzeichnen": "Meeting", "unterschreiben": "Meeting", "signieren": "Meeting",
    "interviewen": "Interview",
}

# Mediating talks (lemmas): the mediators take part ("unter Vermittlung Katars", "mediated by Egypt").
MEDIATION = frozenset({"vermittlung", "vermitteln", "vermittelt"})
# Talk with a partner ("sprach mit Macron"): a meeting unless another cue of the clause says more. Whole lemmas
# only ("besprechen", "aussprechen" are not talks with someone).
TALK_VERBS = frozenset({"sprechen", "reden", "beraten"})
# Objects that make "treffen" no meeting ("eine Entscheidung treffen").
IDIOM_OBJECTS = frozenset({"entscheidung", "vereinbarung", "maßnahme", "vorkehrung", "absprache", "wahl", "festlegung",
                           "aussage", "urteil", "regelung", "auswahl", "abmachung", "vorbereitung", "feststellung",
                           "verabredung", "entschluss", "übereinkunft", "abkommen", "einigung"})
# Verbs of receiving a guest: in the host's country the guest is on a visit.
HOSTING = frozenset({"empfangen"})
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
    (("machen", "station"), "Visit"), (("station", "machen"), "Visit"),
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
# After a definite summit: it is named by who meets or by its format ("das Gipfeltreffen der Regierungschefs").
SUMMIT_QUALIFIERS = (("der",), ("im", "format"), ("im", "rahmen"))
# Verbs whose partner must be a person or a reflexive "sich" ("Sanktionen treffen Russland" is no meeting).
NEEDS_PERSON = frozenset({"treffen", "empfangen", "begegnen"})
REFLEXIVES = frozenset({"sich"})
# The object of these verbs is the one visited ("Merz besuchte Kiew").
OBJECT_IS_HOST = frozenset({"besuchen", "bereisen"})

# A contact "am Rande" of another is its own, and its persons attend the other (a summit).
SIDELINES = (("am", "rande"), ("an", "den", "rändern"))
# Further rounds of talks already reported: "die Verhandlungen fortsetzen".
CONTINUED = frozenset({"fortsetzen", "fortführen", "weiterführen", "wiederaufnehmen", "weiterverhandeln"})
# Verbs whose subject takes part in the contact referred to ("eröffnete das Treffen").
PARTAKE = frozenset({"eröffnen", "leiten", "ausrichten", "teilnehmen", "beenden", "verlassen", "abschließen",
                     "zuschalten", "beiwohnen"})

# --- arguments ----------------------------------------------------------------------------------

BETWEEN = frozenset({"zwischen"})
WITH = frozenset({"mit"})
# "nach Moskau" beats "in der Ukraine" when both follow a trip; "bei" names a person visited.
DESTINATIONS = ("nach", "in", "im", "bei", "zu")
# Nouns naming the kind of place before its name ("in die kasachische Hauptstadt Astana"); compound heads.
PLACE_NOUNS = frozenset({"hauptstadt", "stadt", "metropole", "region", "provinz", "stadtstaat"})
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
# Between such a noun and the state it acts for ("Vertreter aus Russland", "negotiators from India").
AGENT_LINKS = frozenset({"aus"})
# "die beiden Staats- und Regierungschefs": the last two persons named.
PAIRS = (
    ("beiden", "staats", "-", "und", "regierungschefs"),
    ("beiden", "politiker"), ("beiden", "präsidenten"), ("beiden", "staatschefs"), ("beiden", "spitzenpolitiker"),
    ("beiden", "regierungschefs"), ("beiden", "außenminister"), ("beiden", "männer"), ("beiden", "führer"),
)
# "beide Minister", "die beiden Politiker" are the last two persons named; "beide Seiten",
# "beiden Ländern" the two sides of the contact just reported.
PAIR_WORDS = (("beide",), ("beiden",), ("die", "beiden"))
PERSON_GROUP_HEADS = frozenset({"minister", "präsident", "politiker", "staatschef", "regierungschef", "chef",
                                "mann", "männer", "führer", "kanzler", "kollege", "staatsmann", "spitzenpolitiker",
                                "amtskollege", "ministerin", "präsidentin"})
SIDE_GROUP_HEADS = frozenset({"seite", "land", "staat", "regierung", "nation"})
PERSONAL_PRONOUNS = frozenset({"er"})
# "seinem Antrittsbesuch": his, the subject's ("ihr" is left alone: her or their).
POSSESSIVE_PRONOUNS = frozenset({"sein", "seine", "seinem", "seinen", "seiner", "seines"})
# "Beide trafen sich", "die beiden": the last two persons named ("sie" is left alone: she, they or formal you).
PLURAL_PRONOUNS = frozenset({"beide", "beiden"})

# A date after these words is not when the contact happened ("seit 2014").
DATE_NOT_AFTER = frozenset({"seit", "bis", "ab"})

# --- status and negation ------------------------------------------------------------------------

# Words (lemmas) that make the contact planned rather than reported as past.
PLANNED = frozenset({
    "wollen", "planen", "beabsichtigen", "sollen", "geplant", "vorgesehen", "anstehend", "bevorstehend",
    "voraussichtlich", "erwarten", "ankündigen", "künftig", "demnächst",
    "vorhaben", "plan", "absicht", "zusagen", "vorbereitung",
})
# Verbs of starting: told in the past, the contact has begun, whatever is hoped or planned for it.
STARTED = frozenset({"beginnen", "aufnehmen", "eröffnen", "starten"})
# The future of reported speech: plans a contact only when it governs the contact's own verb
# ("said he would speak with Xi"), not a noun mentioned beside it.
REPORTED_FUTURE = frozenset()
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
                         "erwägen", "denkbar", "anregen", "drängen", "würde", "würden",
                         "bereit", "bereitschaft"})
SPECULATIVE_SEQUENCES = (("rief", "zu"), ("riefen", "zu"), ("sprach", "sich", "für"))
# A verb and a preposition anywhere in the clause: counting or hoping on talks ("setzt weiter auf Gespräche").
SPECULATIVE_PAIRS = (("setzen", "auf"), ("hoffen", "auf"))

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
# Proper names: never a cue word of status ("May" the month is no "may").
PROPER_NOUN_TAGS = frozenset({"NE"})
# Nouns of a title between a source phrase and a name ("laut dem Außenminister Lawrow"); names are mentions.
TITLE_NOUN_TAGS = frozenset({"NN", "NNI", "NE"})
DEFINITE_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "dieses", "diese", "diesem", "diesen",
                               "beim", "im", "am", "vom", "zum"})
# Words that point back to a contact already reported ("ein solches Treffen").
ANAPHORIC = frozenset({"solch", "solche", "solcher", "solches", "solchen", "solchem", "derartig", "derartige", "derartigen", "derartiges"})
COORDINATORS = frozenset({"und", "oder", "aber", "sondern", "doch", "sowie"})
# How a separable particle and its verb make one lemma ("trafen ... ein" -> "eintreffen").
PARTICLE_VERB = "{particle}{verb}"
BOUNDARY_PUNCTUATION = frozenset({",", ";", ":", "–", "—", "(", ")"})
# Separable particles the tagger may read as adverbs when they close the clause ("kam ... zusammen.").
CLAUSE_FINAL_PARTICLES = frozenset({"zusammen", "ein", "an", "ab", "teil"})
