"""English knowledge for attributing speech: speech verbs, source phrases, pronouns, mood.

Read by the statement extractor (`kg.extract.quotes` and its helpers) through
`kg.lang.data("en", "speech")`; the German module has the same variable names.
Tags are CLAWS5 as HanTa's English model writes them ("VVD", "NP0" ...).
"""

# Lemmas of verbs that report what someone said.
SPEECH_VERBS = frozenset("""
say tell stress add note warn state declare explain insist claim affirm reaffirm emphasise emphasize
underline underscore announce confirm assert argue reply respond remark comment write tweet acknowledge
admit promise pledge vow urge demand criticise criticize accuse assure reiterate observe caution quote
offer
""".split())

# Speech verbs that report an infinitive too ("urged both sides to accept ...", "vowed to continue ...").
INFINITIVE_REPORT_VERBS = frozenset({"urge", "promise", "pledge", "vow", "threaten", "demand", "offer"})

# Speech verbs whose object is what was said ("demanded the release of all hostages",
# "reaffirmed their commitment to the UN Charter").
OBJECT_REPORT_VERBS = frozenset({"demand", "reaffirm"})

# Verbs whose quotation is a label the speaker gives something ("called the plan "absurd"").
NAMING_VERBS = frozenset({"call", "describe", "dub", "label", "term", "praise", "brand", "hail"})

# English particles follow their verb; no separable verb is needed here.
PARTICLE_BEFORE_STEM = False

# Verbs whose object is the one quoted ("Tass quoted Lavrov as saying ...").
QUOTING_VERBS = frozenset({"quote"})

# Definite descriptions that stand for the last person, as a pronoun would ("the veteran diplomat").
EPITHET_NOUNS = ("politician", "diplomat", "republican", "democrat", "incumbent")
# "the CDU chairman": a leader who stands for the last person when the organisation is named.
LEADER_NOUNS = ("chairman", "chairwoman", "chairperson")
DEFINITE_ARTICLES: dict[str, str | None] = {"the": None}

# English has no "heißt es": the dummy-subject construction is not used.
HEARSAY_VERBS: frozenset[str] = frozenset()
HEARSAY_SUBJECTS: frozenset[str] = frozenset()

# English has no "so X" attribution.
SO_MARKERS: frozenset[str] = frozenset()

# "according to the Kremlin", "citing officials"; nothing follows its source in English.
SOURCE_BEFORE = (("according", "to"), ("citing",))
SOURCE_AFTER: tuple[tuple[str, ...], ...] = ()

# Texts that speak for their author ("a Kremlin statement said", "according to the readout").
DOCUMENT_NOUNS = ("statement", "readout", "communique", "communiqué", "release", "report", "transcript",
                  "message", "note", "declaration")

# "a government spokesperson" with no state named is not one we can tell.
DEFAULT_OWNERS: dict[str, str] = {}

# Spokespeople speak for their organisation or state ("a Kremlin spokesman").
SPOKESPERSON_NOUNS = ("spokesman", "spokeswoman", "spokesperson")

# A state's or organisation's voice ("the Chinese side", "the Russian foreign ministry").
BODY_NOUNS = ("side", "government", "leadership", "ministry", "embassy", "delegation", "office")

# Words before a body noun that belong to the body's name ("foreign ministry", "State Department").
BODY_WORD_TAGS = frozenset({"AJ0", "NN1", "NP0"})

# "both ministers", "both sides": two actors named just before. A noun ending like one of
# PARTY_NOUNS means states or organisations ("both sides", "both countries"), any other people.
GROUP_WORDS = frozenset({"both"})
PARTY_NOUNS = ("side", "sides", "country", "countries", "state", "states", "government", "governments",
               "party", "parties", "delegation", "delegations", "nation", "nations")

# Personal pronouns that can name a speaker, with their gender.
PRONOUNS = {"he": "m", "she": "f"}
# English verbs do not mark the plural; "they" is plural by itself.
PLURAL_VERB_ENDING = None

# "they" is a group: the people who spoke or were named together.
PLURAL_PRONOUNS = frozenset({"they"})

# English titles are mostly ungendered; these words mark a woman or a man.
FEMALE_TITLE_ENDINGS = ("woman", "ess")
FEMALE_WORDS = frozenset({"mrs", "ms", "madam", "queen", "princess", "lady"})
MALE_WORDS = frozenset({"mr", "king", "prince", "sir"})
TITLES_ARE_GENDERED = False

# English inverts only in a tag ("..., said Putin."): "said Washington was ..." has an object clause.
INVERTED_SUBJECT_ENDS_CLAUSE = True

# "Secretary of State Marco Rubio": a name after a title's "of" phrase is the title holder.
NAME_AFTER_OWNER_NAMES_HEAD = True

# Relative pronouns that are the subject of their clause ("Lavrov, who called the plan ...").
SUBJECT_RELATIVES = frozenset({"who", "which"})

# "which the White House has said ...": a phrase between relative pronoun and verb is the subject.
RELATIVE_OBJECT_BY_POSITION = True

COORDINATORS = frozenset({"and", ","})

# Words that point back at a quotation from the next sentence ("That is what Putin said.").
ANAPHORIC_OBJECTS = frozenset({"this", "that"})

NON_SUBJECT_ARTICLES: frozenset[str] = frozenset()

# An English reported clause can follow the verb directly ("said the talks were useful").
REPORT_NEEDS_COMMA = False

CLAUSE_BREAKS = frozenset({"while", "whereas"})

# English marks reported speech by the verb alone, so a clause after a speech verb counts as
# reported speech; "according to X" with no quotation counts only when it trails its clause.
SUBJUNCTIVE_FORMS: frozenset[str] = frozenset()
REPORTING_MOOD_FORMS: frozenset[str] = frozenset()
SUBJUNCTIVE_ENDING = None
INFINITIVE_ENDING = None
SHORT_INFINITIVE_STEMS: tuple[str, ...] = ()
PARAPHRASE_NEEDS_MOOD = frozenset({"source"})
REPORTATIVE_FORMS: frozenset[str] = frozenset()
# ", according to Downing Street." after a clause attributes it as ", said X." would; an opening
# "According to the Kremlin, ..." stays the writer's report.
TRAILING_SOURCE_REPORTS = True

PASSIVE_AUXILIARIES = frozenset({"be"})

# Verbs whose first object is the person addressed ("told reporters that ...").
ADDRESSEE_VERBS = frozenset({"tell", "assure", "warn", "urge", "inform", "remind"})

# Tag sets (CLAWS5).
VERB_TAG_PREFIX = "V"
FINITE_TAGS = frozenset({"VBB", "VBD", "VBZ", "VDB", "VDD", "VDZ", "VHB", "VHD", "VHZ", "VM0", "VVB", "VVD", "VVZ"})
PARTICIPLE_TAGS = frozenset({"VVN", "VBN", "VDN", "VHN"})
PREPOSITION_TAGS = frozenset({"PRP", "PRF"})
NOUN_TAGS = frozenset({"NN0", "NN1", "NN2", "NP0"})
# A plural common noun heads a group ("the ministers said"): never one person's title.
PLURAL_NOUN_TAGS = frozenset({"NN2"})
# UNC: a word the tagger does not know, in news mostly part of a name ("Minister Lim Wei Han").
NOUN_PHRASE_TAGS = frozenset({"AT0", "AJ0", "AJC", "AJS", "NN0", "NN1", "NN2", "NP0", "DPS", "DT0", "CRD", "ORD",
                              "POS", "UNC"})
# A participle clause after a comma shares the subject ("Putin said, adding that ...").
PARTICIPLE_CLAUSE_TAGS: frozenset[str] = frozenset({"VVG"})
# Separated verb particles ("teilte ... mit", "pointed out").
PARTICLE_TAGS = frozenset({"AVP"})
INFINITIVE_TAGS = frozenset({"TO0"})
# The tagger reads some past forms as participles ("the gaps concerned tariffs"): right after a noun
# or pronoun, with no auxiliary, such a form is the clause's finite verb.
BARE_PARTICIPLE_TAGS = frozenset({"VVN"})
PRONOUN_TAGS = frozenset({"PNP", "PNI", "PNX"})
ARTICLE_TAGS = frozenset({"AT0"})
OPENER_TAGS = frozenset({"CJS", "CJT", "CJC", "PNQ", "DTQ", "AVQ"})
ADVERB_TAGS = frozenset({"AV0", "AVP", "XX0"})
GENITIVE_LINKS = frozenset({"of", "for"})
