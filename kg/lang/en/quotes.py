"""English quotation marks and the words that make a quotation a title or a scare quote.

Read by `kg.extract.quotemarks` and `kg.extract.quotes` through
`kg.lang.data("en", "quotes")`; the German module has the same names.
"""

# (opening, closing) pairs: “…”, ”…”, "…", single ‘…’, and the German and French
# styles that quoted material brings along. A quotation never crosses a paragraph.
PAIRS = (
    ("“", "”"), ("”", "”"), ('"', '"'), ("‘", "’"), ("«", "»"), ("„", "“"), ("„", "”"), ("»", "«"),
)

# Stray markup around quotation marks in scraped text (`**"**`), ignored at the edges of a quote.
FORMATTING = "*_"

# A quotation right after one of these nouns names a thing, it is not speech:
# "the show "Face the Nation"", "the newspaper "Izvestia"". Matched on the lemma's end,
# and only for a quotation that starts with a capital (a title, not "called the plan "absurd"").
TITLE_NOUNS = (
    "show", "programme", "program", "book", "newspaper", "paper", "film", "movie", "title", "operation",
    "initiative", "project", "campaign", "magazine", "series", "exercise", "platform", "motto", "slogan",
    "name", "headline", "article", "column", "podcast", "album", "song", "bill", "act", "plan", "formula",
    "doctrine", "op-ed", "essay",
)

# Words that mark the next quotation as a scare quote ("the so-called "special military operation"").
SCARE_MARKERS = ("so-called", "so called", "alleged", "supposed")
