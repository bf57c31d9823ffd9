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
    # Not an office of the state named before them ("Russian opposition leader X"): persons only.
    ("opposition", "leader"): "person", ("rebel", "leader"): "person", ("opposition", "figure"): "person",
}

# English titles are separate words, not compounds.
COMPOUNDS = False
TITLE_SUFFIXES: dict[str, str] = {}


PERSON_NOUNS = frozenset({"host", "anchor", "journalist", "reporter", "author", "businessman", "businesswoman",
                          "billionaire", "commentator", "activist", "mr", "mrs", "ms", "politician", "lawmaker",
                          "senator", "general", "oligarch", "critic", "counterpart", "predecessor", "successor"})

# "the former president" is not the president now: such a title refers back to no current holder.
FORMER = frozenset({"former", "ex", "then", "late", "previous", "outgoing"})

DETERMINERS = frozenset({"the"})
PLURAL_DETERMINERS = frozenset({"both", "two", "three", "all", "several"})
FEMININE_ENDINGS = ()

OF_WORDS = frozenset({"of"})
GENITIVE_ARTICLES = frozenset()
AS_WORDS = frozenset({"as"})
