"""German knowledge for attributing speech: speech verbs, source phrases, pronouns, mood.

Read by the statement extractor (`kg.extract.quotes` and its helpers) through
`kg.lang.data("de", "speech")`; the English module has the same variable names.
Tags are STTS as HanTa writes them at taglevel 1 ("VV(FIN)", "APPR" ...).
"""

# Lemmas of verbs that report what someone said. Separable verbs are listed whole
# ("hinzufügen"): "fügte ... hinzu" is found through its particle at the clause end.
SPEECH_VERBS = frozenset("""
sagen betonen erklären bekräftigen hinzufügen versichern feststellen mitteilen warnen fordern
kritisieren unterstreichen äußern behaupten bestätigen ankündigen verkünden erläutern hervorheben
beteuern bekunden einräumen zugeben versprechen drohen mahnen verlangen vorwerfen anmerken bemerken
klarstellen zusichern bestreiten dementieren zurückweisen entgegnen erwidern antworten ergänzen meinen
argumentieren schreiben twittern appellieren hinweisen ausführen darlegen kommentieren zitieren
aufrufen auffordern anbieten zusagen
""".split())

# Speech verbs that report an infinitive clause as well ("kündigte an, nach Kiew zu reisen",
# "warf Russland vor, die Gespräche zu verschleppen"); "erklärte sich bereit, ... zu" is not among them.
INFINITIVE_REPORT_VERBS = frozenset("""
ankündigen vorwerfen anbieten versprechen zusichern zusagen drohen behaupten aufrufen auffordern fordern
verlangen appellieren mahnen bestreiten dementieren
""".split())

# Speech verbs whose object is what was said ("forderte eine stärkere Rolle der Türkei",
# "bekräftigte sein Bekenntnis zur UN-Charta").
OBJECT_REPORT_VERBS = frozenset({"fordern", "verlangen", "bekräftigen"})

# Verbs whose quotation is a label the speaker gives something ("nannte die Zusammenarbeit
# "beispielhaft"", "bezeichnete Xi als "lieben Freund""): they attribute quotations but
# never introduce a reported clause.
NAMING_VERBS = frozenset({"bezeichnen", "nennen", "loben", "sprechen", "titulieren", "beschreiben"})

# A particle of a separable verb is written before its stem in the lemma ("hinzu" + "fügen").
PARTICLE_BEFORE_STEM = True

# Verbs whose object is the one quoted ("Tass zitierte Lawrow mit den Worten: ...").
QUOTING_VERBS = frozenset({"zitieren"})

# Definite descriptions that stand for the last person, as a pronoun would: "sagte der
# CDU-Politiker", "so der 69-Jährige". Matched on the noun's end; titles of offices are
# left to the actor extractor, which knows who holds them.
EPITHET_NOUNS = ("politiker", "politikerin", "jährige", "jähriger", "diplomat", "diplomatin", "republikaner",
                 "republikanerin", "demokrat", "demokratin", "amtsinhaber", "amtsinhaberin", "sozialdemokrat",
                 "sozialdemokratin")
# Leaders who stand for the last person only with their organisation named: "der CDU-Vorsitzende",
# "der CDU-Chef" (not "der Delegationschef", who may be someone new).
LEADER_NOUNS = ("vorsitzende", "vorsitzender", "chef", "chefin")
DEFINITE_ARTICLES = {"der": "m", "die": "f"}

# "heißt es in einer Mitteilung des Kremls": the verb lemma and its dummy subject. Without a
# named source ("Es hieß, ...") the words are nobody's and are skipped.
HEARSAY_VERBS = frozenset({"heißen"})
HEARSAY_SUBJECTS = frozenset({"es"})

# "..., so der Kreml-Sprecher." / "Heute, so Putin, sei ..."
SO_MARKERS = frozenset({"so"})

# Phrases that name a source before it ("laut Uschakow", "nach Angaben der chinesischen
# Seite") or after it ("dem Kreml zufolge"), lower-cased word sequences.
SOURCE_BEFORE = (("laut",), ("nach", "angaben"), ("nach", "aussage"), ("nach", "aussagen"), ("nach", "worten"),
                 ("nach", "den", "worten"), ("nach", "darstellung"), ("nach", "ansicht"), ("nach", "auffassung"),
                 ("nach", "einschätzung"), ("nach", "informationen"), ("unter", "berufung", "auf"), ("gemäß",))
SOURCE_AFTER = (("zufolge",),)

# Nouns for texts that speak for their author: "in der Kreml-Erklärung", "laut einer Mitteilung
# des Außenministeriums". Matched on the lemma's end, so compounds count ("Presseerklärung").
DOCUMENT_NOUNS = ("mitteilung", "erklärung", "meldung", "verlautbarung", "stellungnahme", "kommuniqué",
                  "kommunique", "communiqué", "bericht", "protokoll", "note", "readout", "angabe", "aussage",
                  "äußerung", "darstellung")

# The body a German newspaper means when it names no state: "ein Regierungssprecher", "ein Sprecher
# der Regierung" is the federal government's. Keys start the word; values are registry names.
DEFAULT_OWNERS = {"regierung": "Bundesregierung"}

# Spokespeople speak for their organisation or state: "Kreml-Sprecher", "ein Sprecher des
# Auswärtigen Amts". Matched on the lemma's end ("Regierungssprecher", "Kremlsprecherin").
SPOKESPERSON_NOUNS = ("sprecher", "sprecherin")

# Nouns for a state's or organisation's voice: "die chinesische Seite", "das russische
# Außenministerium", "die Regierung Chinas".
BODY_NOUNS = ("seite", "regierung", "führung", "staatsführung", "außenministerium", "ministerium",
              "botschaft", "präsidialamt", "präsidialverwaltung", "delegation", "außenamt")

# Words before a body noun that belong to the body's name ("Auswärtiges Amt"); German writes
# its bodies as one compound ("Außenministerium"), so the noun is enough.
BODY_WORD_TAGS: frozenset[str] = frozenset()

# "beide Politiker", "die beiden Seiten": two actors named just before. A noun ending like one of
# PARTY_NOUNS means states or organisations ("beide Seiten", "beide Länder"), any other people.
GROUP_WORDS = frozenset({"beide", "beiden"})
PARTY_NOUNS = ("seite", "seiten", "land", "länder", "staat", "staaten", "regierung", "regierungen", "partei",
               "parteien", "delegation", "delegationen")

# Personal pronouns that can name a speaker, with their gender.
PRONOUNS = {"er": "m", "sie": "f"}
# A plural verb ("sie sagten") makes "sie" plural.
PLURAL_VERB_ENDING = "n"

# "sie" with a plural verb ("sagten sie") is a group: the people who spoke or were named together.
PLURAL_PRONOUNS = frozenset({"sie"})

# Titles are gendered in German: a female title ends like this ("Präsidentin",
# "Außenministerin"); any other title marks a man.
FEMALE_TITLE_ENDINGS = ("in", "innen")
FEMALE_WORDS = frozenset({"frau"})
MALE_WORDS = frozenset({"herr"})
TITLES_ARE_GENDERED = True

# German puts objects and adverbs after an inverted subject ("sagte Xi Putin während des Anrufs").
INVERTED_SUBJECT_ENDS_CLAUSE = False

# "der Berater des Präsidenten Putin": a name after the genitive belongs to the genitive.
NAME_AFTER_OWNER_NAMES_HEAD = False

# Relative pronouns that are the subject of their clause ("Putin, der Xi als ... bezeichnete").
SUBJECT_RELATIVES = frozenset({"der", "die", "das", "welcher", "welche", "welches"})

# German marks the relative pronoun's case, not its position ("der Xi ... bezeichnete" is the subject).
RELATIVE_OBJECT_BY_POSITION = False

# "und"/"sowie" join speakers ("Merz und Selenskyj sagten") and verbs ("sagte ... und nannte").
COORDINATORS = frozenset({"und", "sowie", ","})

# Words that point back at a quotation from the next sentence ("Das sagte Putin am Dienstag.").
ANAPHORIC_OBJECTS = frozenset({"das", "dies", "dieses", "diese", "diesen", "diesem"})

# Articles that cannot start a subject: a clause beginning with them has its subject after the verb.
NON_SUBJECT_ARTICLES = frozenset({"den", "dem", "einen", "einem"})

# A German reported clause follows the comma that ends the speech verb's clause
# ("sagte, die Welt befinde sich ...", "betonte, dass ...").
REPORT_NEEDS_COMMA = True

# ", während ..." ends a reported clause: what follows is the writer's contrast.
CLAUSE_BREAKS = frozenset({"während", "wobei", "wohingegen", "zumal"})

# Reported speech in German is marked by the subjunctive (Konjunktiv I, or II where I
# looks like the indicative): "die Welt befinde sich ...", "Xi habe ...", "sie hätten ...".
# Without it a clause is the writer's statement, not a paraphrase.
SUBJUNCTIVE_FORMS = frozenset("""
sei seien seiest habe hätte hätten wäre wären würde würden werde könne müsse dürfe solle wolle möge
gebe gäbe käme kämen stehe stünde liege läge gehe ginge wisse wüsste könnte könnten müsste müssten
dürfte dürften wollten
""".split())
# Konjunktiv I, which carries reported speech on into sentences with no speech verb of their own
# ("Lula sagte, ... . Die WTO sei „seit Jahren gelähmt“"); Konjunktiv II is left out.
REPORTING_MOOD_FORMS = frozenset("""
sei seien seiest habe werde könne müsse dürfe solle wolle möge gebe stehe liege gehe wisse
""".split())
# Konjunktiv I of any verb: the stem plus -e ("befinde", "umorientiere") where the
# indicative has -t. A finite verb whose form + "n" ends its lemma is this form.
SUBJUNCTIVE_ENDING = "e"
INFINITIVE_ENDING = "n"
# Stems whose infinitive takes -n alone: "liefere" / "liefern", "verhandele" / "verhandeln".
SHORT_INFINITIVE_STEMS = ("er", "el")
# Which cues need the subjunctive in their clause before it counts as reported speech.
PARAPHRASE_NEEDS_MOOD = frozenset({"verb", "so", "source", "hearsay"})
# The reportative modal: "Nach Angaben von X sollen die Delegationen ... zusammenkommen" reports X's words.
REPORTATIVE_FORMS = frozenset({"soll", "sollen"})
# "..., laut X." is read by mood in German, not by position.
TRAILING_SOURCE_REPORTS = False

# German marks the person addressed by case, not position ("sagte Xi Putin"): nothing to skip.
ADDRESSEE_VERBS: frozenset[str] = frozenset()

# Participles of speech verbs in the passive ("wurden genannt") report no speaker.
PASSIVE_AUXILIARIES = frozenset({"werden"})

# Tag sets (STTS as HanTa writes them).
VERB_TAG_PREFIX = "V"
FINITE_TAGS = frozenset({"VV(FIN)", "VA(FIN)", "VM(FIN)"})
PARTICIPLE_TAGS = frozenset({"VV(PP)", "VA(PP)", "VM(PP)"})
PREPOSITION_TAGS = frozenset({"APPR", "APPRART", "APPO", "APZR"})
# NNA: a nominalised adjective ("der Vorsitzende", "die Abgeordnete").
NOUN_TAGS = frozenset({"NN", "NE", "FM", "NNI", "NNA"})
# STTS does not mark number: a plural title ("die Minister") is left to the actor extractor.
PLURAL_NOUN_TAGS: frozenset[str] = frozenset()
# Tags of words inside a noun phrase before or around its head.
NOUN_PHRASE_TAGS = frozenset({"ART", "ADJ(A)", "ADJ(D)", "NN", "NE", "FM", "NNI", "NNA", "CARD", "PPOSAT",
                              "PDAT", "PIAT", "PIDAT", "TRUNC", "XY"})
# German joins a second speech verb with "und" ("sagte ... und fügte hinzu"), not a participle.
PARTICIPLE_CLAUSE_TAGS: frozenset[str] = frozenset()
# Separated verb particles ("teilte ... mit", "pointed out").
PARTICLE_TAGS = frozenset({"PTKVZ"})
# An infinitive with "zu" ("zu reisen", "auszurichten").
INFINITIVE_TAGS = frozenset({"PTKZU", "VV(IZU)", "VA(IZU)"})
# German participles are never a misread past tense.
BARE_PARTICIPLE_TAGS: frozenset[str] = frozenset()
PRONOUN_TAGS = frozenset({"PPER", "PIS", "PDS"})
ARTICLE_TAGS = frozenset({"ART"})
# Words that open a subordinate clause, before its subject ("während Putin versicherte").
OPENER_TAGS = frozenset({"KOUS", "KOUI", "KON", "PRELS", "PRELAT", "PWAV", "PWS"})
ADVERB_TAGS = frozenset({"ADV", "ADJ(D)", "PTKNEG", "PROAV", "PRF", "PTKVZ"})
# Genitive articles that attach an owner to a noun ("der Sprecher des Kremls").
GENITIVE_LINKS = frozenset({"des", "der"})
