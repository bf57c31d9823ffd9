"""German quotation marks and the words that make a quotation a title or a scare quote.

Read by `kg.extract.quotemarks` and `kg.extract.quotes` through
`kg.lang.data("de", "quotes")`; the English module has the same names.
"""

# (opening, closing) pairs: German „…“ and »…«, Swiss «…», single ‚…‘, and the
# styles German web text often uses (“…”, ”…”, "…"). A quotation never
# crosses a paragraph.
PAIRS = (
    ("„", "“"), ("„", "”"), ("»", "«"), ("«", "»"), ("‚", "‘"), ("‚", "’"),
    ("“", "”"), ("”", "”"), ("‘", "’"), ('"', '"'), ("›", "‹"), ("‹", "›"),
)

# Stray markup around quotation marks in scraped text (`**"**`), ignored at the edges of a quote.
FORMATTING = "*_"

# A quotation right after one of these nouns names a thing, it is not speech:
# "die Sendung "Hart aber fair"", "das Manöver "Zapad"". Matched on the lemma's end,
# so compounds count too ("Fernsehsendung"); only for a quotation that starts with a
# capital (a title, not "nannte den Plan "absurd"").
TITLE_NOUNS = (
    "sendung", "buch", "zeitung", "film", "titel", "operation", "programm", "initiative", "projekt",
    "kampagne", "magazin", "show", "serie", "manöver", "übung", "plattform", "motto", "slogan", "name",
    "schlagzeile", "artikel", "kolumne", "podcast", "album", "lied", "stück", "gesetz", "plan", "formel",
)

# Words that mark the next quotation as a scare quote ("die sogenannte "Spezialoperation"").
SCARE_MARKERS = ("sogenannt", "so genannt", "angeblich", "vermeintlich")
