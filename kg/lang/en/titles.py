"""English titles of office and the category of office each names (see the German module)."""

TITLES = {
    ("president",): "president", ("head", "of", "state"): "head_of_state", ("leader",): "leader",
    ("strongman",): "leader", ("chancellor",): "head_of_government", ("prime", "minister"): "head_of_government",
    ("premier",): "head_of_government", ("head", "of", "government"): "head_of_government",
    ("foreign", "minister"): "foreign_minister", ("secretary", "of", "state"): "foreign_minister",
    ("foreign", "secretary"): "foreign_minister", ("top", "diplomat"): "foreign_minister",
    ("minister",): "minister", ("secretary",): "minister",
    ("spokesman",): "spokesperson", ("spokeswoman",): "spokesperson", ("spokesperson",): "spokesperson",
    ("press", "secretary"): "spokesperson",
    ("adviser",): "adviser", ("advisor",): "adviser", ("aide",): "adviser",
    ("national", "security", "adviser"): "adviser", ("national", "security", "advisor"): "adviser",
    ("ambassador",): "ambassador", ("envoy",): "envoy", ("special", "envoy"): "envoy",
    ("secretary", "general"): "secretary_general", ("secretary-general",): "secretary_general",
    ("chairman",): "chair", ("chairwoman",): "chair", ("chair",): "chair",
    ("king",): "monarch", ("queen",): "monarch", ("emir",): "monarch", ("crown", "prince"): "crown_prince",
    ("vice", "president"): "vice_president", ("vice-president",): "vice_president",
    ("vice", "chancellor"): "vice_chancellor",
    ("defence", "minister"): "minister", ("defense", "minister"): "minister", ("defense", "secretary"): "minister",
    ("finance", "minister"): "minister", ("foreign", "policy", "chief"): "high_representative",
    ("high", "representative"): "high_representative", ("chief", "of", "staff"): "chief_of_staff",
    ("chief",): "chief", ("director", "general"): "director_general", ("director-general",): "director_general",
    ("supreme", "leader"): "supreme_leader", ("party", "leader"): "party_leader",
    ("commissioner",): "commissioner", ("high", "commissioner"): "commissioner", ("head",): "chief",
    ("coordinator",): "coordinator",
    # Not an office of the state named before them ("Russian opposition leader X"): persons only.
    ("opposition", "leader"): "person", ("rebel", "leader"): "person", ("opposition", "figure"): "person",
}

# English titles are separate words, not compounds.
COMPOUNDS = False
TITLE_SUFFIXES: dict[str, str] = {}

# A title is a noun: only a noun's lemma is compared with the titles ("hosted" is no "host").
NOUN_TAG_PREFIXES = ("NN", "NP")


PERSON_NOUNS = frozenset({"host", "anchor", "journalist", "reporter", "author", "businessman", "businesswoman",
                          "billionaire", "commentator", "activist", "mr", "mrs", "ms", "politician", "lawmaker",
                          "senator", "general", "oligarch", "critic", "counterpart", "predecessor", "successor",
                          "correspondent", "editor", "columnist"})

# "the former president" is not the president now: such a title refers back to no current holder.
FORMER = frozenset({"former", "ex", "then", "late", "previous", "outgoing"})

DETERMINERS = frozenset({"the"})
PLURAL_DETERMINERS = frozenset({"both", "two", "three", "all", "several"})
FEMININE_ENDINGS = ()

OF_WORDS = frozenset({"of", "for"})   # "spokesperson for Iran's foreign ministry"
GENITIVE_ARTICLES = frozenset()
AS_WORDS = frozenset({"as"})

# A deputy holds another office than the title names: "stellvertretender Außenminister", "Deputy Foreign
# Minister", "Vizeaußenminister" (as the first part of a compound).
DEPUTY_WORDS = frozenset({"deputy", "vice"})
DEPUTY_PREFIXES = ("deputy", "vice")

# Coordinators after a truncated first conjunct that shares the title's head ("Staats- und Parteichef").
COORDINATORS = frozenset({"and", "or"})

# Offices held at a post named after the title ("Botschafter in Riad", "ambassador to the UN"): the post is
# where the holder serves, not whose office it is.
POSTED = frozenset({"ambassador", "envoy"})
AT_WORDS = frozenset({"in", "to", "at"})

# Person nouns of a post at a medium ("journalist Dana Levin of Channel 12", "ARD-Korrespondentin X"): a role
# only when the text names the medium, never a state (a nationality is no employer).
MEDIA_NOUNS = ("journalist", "reporter", "correspondent", "anchor", "host", "editor", "columnist",
               "commentator")

# "seinen chinesischen Amtskollegen Wang Yi": the same office as the other side's, held for the state named.
COUNTERPART_NOUNS = ("counterpart",)

# Tags of a common noun that names the field of an office before an English title ("trade minister",
# "commerce secretary"); German joins the field into the compound.
FIELD_NOUN_TAGS: frozenset[str] = frozenset({"NN1"})
