"""German titles of office and the category of office each names.

Categories are language-neutral names shared with the English module, so a
German title can be compared with a registry office written in English.
Keys are folded (lower-case, accents removed) word sequences.
"""

TITLES = {
    ("prasident",): "president", ("prasidentin",): "president",
    ("staatsprasident",): "president", ("staatsprasidentin",): "president",
    ("staatschef",): "head_of_state", ("staatschefin",): "head_of_state", ("staatsoberhaupt",): "head_of_state",
    ("kremlchef",): "president", ("oberster", "fuhrer"): "supreme_leader", ("revolutionsfuhrer",): "supreme_leader",
    ("machthaber",): "leader", ("staatsfuhrer",): "leader", ("anfuhrer",): "leader",
    ("kanzler",): "head_of_government", ("kanzlerin",): "head_of_government",
    ("bundeskanzler",): "head_of_government", ("bundeskanzlerin",): "head_of_government",
    ("regierungschef",): "head_of_government", ("regierungschefin",): "head_of_government",
    ("ministerprasident",): "head_of_government", ("ministerprasidentin",): "head_of_government",
    ("premierminister",): "head_of_government", ("premierministerin",): "head_of_government",
    ("premier",): "head_of_government", ("premierin",): "head_of_government",
    ("bundesprasident",): "head_of_state", ("bundesprasidentin",): "head_of_state",
    ("aussenminister",): "foreign_minister", ("aussenministerin",): "foreign_minister",
    ("chefdiplomat",): "foreign_minister", ("chefdiplomatin",): "foreign_minister",
    ("minister",): "minister", ("ministerin",): "minister",
    ("sprecher",): "spokesperson", ("sprecherin",): "spokesperson",
    ("berater",): "adviser", ("beraterin",): "adviser",
    ("botschafter",): "ambassador", ("botschafterin",): "ambassador",
    ("gesandte",): "envoy", ("gesandter",): "envoy", ("sondergesandte",): "envoy", ("sondergesandter",): "envoy",
    ("generalsekretar",): "secretary_general", ("generalsekretarin",): "secretary_general",
    ("vorsitzende",): "chair", ("vorsitzender",): "chair",
    ("parteichef",): "party_leader", ("parteichefin",): "party_leader",
    ("konig",): "monarch", ("konigin",): "monarch", ("kronprinz",): "crown_prince", ("emir",): "monarch",
    ("vizeprasident",): "vice_president", ("vizeprasidentin",): "vice_president",
    ("vizekanzler",): "vice_chancellor", ("vizekanzlerin",): "vice_chancellor",
    ("aussenbeauftragte",): "high_representative", ("aussenbeauftragter",): "high_representative",
    ("stabschef",): "chief_of_staff", ("stabschefin",): "chief_of_staff",
    ("generaldirektor",): "director_general", ("generaldirektorin",): "director_general",
    ("parteivorsitzende",): "party_leader", ("parteivorsitzender",): "party_leader",
    ("kommissar",): "commissioner", ("kommissarin",): "commissioner",
    ("leiter",): "chief", ("leiterin",): "chief",
    ("koordinator",): "coordinator", ("koordinatorin",): "coordinator",
}

# German titles are compounds: the last part is the office, the first may name its body ("Kremlsprecher").
COMPOUNDS = True

# Compound titles end in one of these ("Finanzminister", "Kremlsprecher", "Regierungssprecherin").
TITLE_SUFFIXES = {
    "ministerin": "minister", "minister": "minister", "sprecherin": "spokesperson", "sprecher": "spokesperson",
    "beraterin": "adviser", "berater": "adviser", "botschafterin": "ambassador", "botschafter": "ambassador",
    "gesandte": "envoy", "gesandter": "envoy", "beauftragte": "envoy", "beauftragter": "envoy",
    "chefin": "chief", "chef": "chief", "prasidentin": "president", "prasident": "president",
    "generalsekretarin": "secretary_general", "generalsekretar": "secretary_general",
    "kommissarin": "commissioner", "kommissar": "commissioner",
    "koordinatorin": "coordinator", "koordinator": "coordinator",
}



# A title is a noun: only a noun's lemma is compared with the titles ("hosted" is no "host").
NOUN_TAG_PREFIXES = ("NN", "NE")

# Nouns that introduce a person but are no office ("TV-Moderator Tucker Carlson").
PERSON_NOUNS = frozenset({"moderator", "moderatorin", "journalist", "journalistin", "reporter", "reporterin",
                          "autor", "autorin", "unternehmer", "unternehmerin", "milliardar", "milliardarin",
                          "kommentator", "kommentatorin", "aktivist", "aktivistin", "herr", "frau", "politiker",
                          "politikerin", "oppositionsfuhrer", "oppositionsfuhrerin", "abgeordnete", "abgeordneter",
                          "senator", "senatorin", "general", "generalin", "oligarch", "kritiker", "kritikerin",
                          "kollege", "kollegin", "amtskollege", "amtskollegin", "amtsvorganger", "nachfolger",
                          "korrespondent", "korrespondentin", "redakteur", "redakteurin"})

# "der frühere Präsident" is not the president now: such a title refers back to no current holder.
FORMER = frozenset({"ehemalige", "ehemaligen", "ehemaliger", "fruhere", "fruheren", "fruherer", "einstige",
                    "einstigen", "damalige", "damaligen", "ex", "scheidende", "scheidenden", "verstorbene",
                    "verstorbenen"})

# Determiners before a title that refers back to one person ("der russische Präsident").
DETERMINERS = frozenset({"der", "die", "dem", "des", "den"})
# A determiner that, before a masculine title, marks a plural ("die Präsidenten").
PLURAL_DETERMINERS = frozenset({"die", "beiden", "beide", "zwei", "drei", "alle", "mehrere"})
FEMININE_ENDINGS = ("in",)

# Words linking a title to the state or person it belongs to ("Präsident von Frankreich",
# "Berater des Präsidenten") and to the office holder's post ("als Präsident").
OF_WORDS = frozenset({"von"})
GENITIVE_ARTICLES = frozenset({"des", "der"})
AS_WORDS = frozenset({"als"})

# A deputy holds another office than the title names: "stellvertretender Außenminister", "Deputy Foreign
# Minister", "Vizeaußenminister" (as the first part of a compound).
DEPUTY_WORDS = frozenset({"stellvertretende", "stellvertretender", "stellvertretenden", "stellvertretendem", "vize"})
DEPUTY_PREFIXES = ("vize",)

# Coordinators after a truncated first conjunct that shares the title's head ("Staats- und Parteichef").
COORDINATORS = frozenset({"und", "oder", "sowie"})

# Offices held at a post named after the title ("Botschafter in Riad", "ambassador to the UN"): the post is
# where the holder serves, not whose office it is.
POSTED = frozenset({"ambassador", "envoy"})
AT_WORDS = frozenset({"in", "bei", "beim", "am", "an"})

# Person nouns of a post at a medium ("journalist Dana Levin of Channel 12", "ARD-Korrespondentin X"): a role
# only when the text names the medium, never a state (a nationality is no employer).
MEDIA_NOUNS = ("journalist", "journalistin", "reporter", "reporterin", "korrespondent", "korrespondentin",
               "moderator", "moderatorin", "redakteur", "redakteurin", "kommentator", "kommentatorin")

# "seinen chinesischen Amtskollegen Wang Yi": the same office as the other side's, held for the state named.
COUNTERPART_NOUNS = ("amtskollege", "amtskollegin", "kollege", "kollegin")

# Tags of a common noun that names the field of an office before an English title ("trade minister",
# "commerce secretary"); German joins the field into the compound.
FIELD_NOUN_TAGS: frozenset[str] = frozenset()
