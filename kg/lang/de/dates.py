"""German date expressions: the words and patterns of the date grammar in `kg.extract.dates`.

Patterns are regular expressions with placeholders (`{day}`, `{month}`,
`{year}`, `{monthnum}`, `{weekday}`, `{dayrel}`, `{shift}`, `{unit}`,
`{season}`, `{part}`, `{ordinal}`, `{period}`); a space stands for any run of
whitespace. The grammar fills the placeholders from the word lists below and
reads the meaning from what matched, so adding a construction means adding a
pattern here, not code. A pattern may come with fixed meanings (e.g. "im
Vorjahr" = the year before publication).
"""

MONTHS = {
    "Januar": 1, "Jänner": 1, "Jan.": 1,
    "Februar": 2, "Feb.": 2, "Febr.": 2,
    "März": 3, "Maerz": 3, "Mrz.": 3,
    "April": 4, "Apr.": 4,
    "Mai": 5,
    "Juni": 6, "Jun.": 6,
    "Juli": 7, "Jul.": 7,
    "August": 8, "Aug.": 8,
    "September": 9, "Sept.": 9, "Sep.": 9,
    "Oktober": 10, "Okt.": 10,
    "November": 11, "Nov.": 11,
    "Dezember": 12, "Dez.": 12,
}

# Monday = 0, as in datetime.date.weekday().
WEEKDAYS = {
    "Montag": 0, "Dienstag": 1, "Mittwoch": 2, "Donnerstag": 3, "Freitag": 4,
    "Samstag": 5, "Sonnabend": 5, "Sonntag": 6,
}
# "Mittwochabend", "Freitagmorgen": the weekday with the time of day written on.
WEEKDAY_SUFFIXES = ("früh", "morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")

# Days counted from the publication date.
RELATIVE_DAYS = {"heute": 0, "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2}
# Words that mean something else when capitalised ("am Morgen" is a time of day, not tomorrow).
LOWERCASE_ONLY = frozenset({"morgen"})

# Adjective stems that move a named period back (-1), forward (+1) or keep the current one (0).
SHIFTS = {"vergangen": -1, "letzt": -1, "vorig": -1, "nächst": 1, "kommend": 1, "dies": 0, "laufend": 0}
SHIFT_ENDINGS = ("", "e", "em", "en", "er", "es")

UNITS = {"Woche": "week", "Monat": "month", "Monats": "month", "Jahr": "year", "Jahres": "year", "Jahrs": "year"}

# A season is dated by its year; the month is where it starts (to tell this year's from last year's).
SEASONS = {"Frühjahr": 3, "Frühjahrs": 3, "Frühling": 3, "Sommer": 6, "Sommers": 6, "Herbst": 9, "Herbstes": 9,
           "Winter": 12, "Winters": 12}

# Parts of a period: they do not change the precision ("Anfang März" is March).
PARTS = ("Anfang", "Mitte", "Ende", "Beginn")
ORDINALS = ("ersten", "zweiten", "dritten", "vierten")
PERIODS = ("Jahreshälfte", "Hälfte", "Halbjahr", "Quartal", "Jahresquartal")

PATTERNS = (
    # 5. Februar 2026, am 5. Februar, vom 5. bis 7. Februar, 5./6. März
    r"{day}\.(?: ?(?:bis|und|/|-|–) ?\d{{1,2}}\.)? ?{month}(?: {year})?",
    # Mittwoch, den 4. Februar (the weekday adds nothing to the date)
    r"{weekday}, (?:den |dem )?{day}\. ?{month}(?: {year})?",
    r"{day}\.{monthnum}\.{year}",
    r"(?:{part} )?{month} {year}",
    r"{part} {month}",
    r"{shift} {month}",
    r"{month} (?:des )?{shift} {unit}",
    r"{month}",
    r"{part} {year}",
    r"(?:im |in der )?{ordinal} {period}(?: des Jahres)? {year}",
    (r"(?:im |in der )?{ordinal} {period}(?: des Jahres)?", {"unit": "year"}),
    r"(?:im |in der )?{ordinal} {period} (?:des )?{shift} {unit}",
    r"(?:im )?Jahre? {year}",
    r"(?:im )?{part} (?:des |der )?(?:{shift} )?{unit}",
    r"{shift} {unit}",
    (r"(?:im )?Vorjahr(?:es)?", {"unit": "year", "shift": -1}),
    (r"(?:im )?Vormonat", {"unit": "month", "shift": -1}),
    (r"(?:in der )?Vorwoche", {"unit": "week", "shift": -1}),
    r"{shift} {weekday}",
    r"{weekday}",
    r"{dayrel}",
    r"{season}(?: {year})?",
    r"{shift} {season}",
    r"{season} (?:des )?{shift} {unit}",
)

# Connects the dates of an event to an earlier event's date ("am selben Tag").
SAME_DAY = (r"(?:am|an dem) (?:selben|gleichen) Tag",)

# Dates a contact by the one it happened during ("während des Besuchs": the visit's date); None: any
# contact reported just before. Searched in the sentence up to the contact's cue.
SAME_OCCASION = (
    (r"während (?:des|seines|ihres|dieses) (?:\w+ )?\w*(?:besuchs?|besuches|reise|aufenthalts?|aufenthaltes)\b",
     "Visit"),
    (r"\bbei (?:dem|diesem|seinem|ihrem) (?:\w+ )?\w*besuch\b", "Visit"),
    (r"\bdort\b", "Visit"),
    (r"\bdabei\b", None),
)
