"""English date expressions: the words and patterns of the date grammar in `kg.extract.dates`.

Same placeholders and meaning as the German module (see `kg/lang/de/dates.py`).
Month and weekday names match only capitalised, so "may" and "march" stay verbs;
a bare month needs a preposition before it ("in May"), so "Theresa May" is no date.
"""

MONTHS = {
    "January": 1, "Jan.": 1,
    "February": 2, "Feb.": 2,
    "March": 3, "Mar.": 3,
    "April": 4, "Apr.": 4,
    "May": 5,
    "June": 6, "Jun.": 6,
    "July": 7, "Jul.": 7,
    "August": 8, "Aug.": 8,
    "September": 9, "Sept.": 9, "Sep.": 9,
    "October": 10, "Oct.": 10,
    "November": 11, "Nov.": 11,
    "December": 12, "Dec.": 12,
}

WEEKDAYS = {"Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6}
WEEKDAY_SUFFIXES = ()

RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}
LOWERCASE_ONLY = frozenset()

SHIFTS = {"last": -1, "previous": -1, "next": 1, "coming": 1, "this": 0, "current": 0}
SHIFT_ENDINGS = ("",)

UNITS = {"week": "week", "month": "month", "year": "year"}

SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

PARTS = ("early", "mid", "late", "the beginning of", "the start of", "the middle of", "the end of",
         "beginning of", "start of", "end of")
ORDINALS = ("first", "second", "third", "fourth")
PERIODS = ("half", "quarter")

PATTERNS = (
    # Feb. 4, February 4, 2026, Feb. 4-6
    r"{month} {day}(?:st|nd|rd|th)?(?: ?[-–] ?\d{{1,2}})?(?:,? {year})?",
    # 4 February 2026, the 4th of February
    r"{day}(?:st|nd|rd|th)?(?: of)? {month}(?:,? {year})?",
    r"{weekday},? {month} {day}(?:st|nd|rd|th)?(?:,? {year})?",
    r"(?:(?:{part})(?:-| ))?{month},? {year}",
    r"{part}(?:-| ){month}",
    r"(?:in|since|until|by|during|from|through|of|for) {month}",
    r"{shift} {month}",
    r"{month} (?:of )?{shift} {unit}",
    r"{part}(?:-| ){year}",
    r"(?:the )?{ordinal} {period} of {year}",
    r"(?:the )?{ordinal} {period} of {shift} {unit}",
    (r"(?:the )?{ordinal} {period} of the year", {"unit": "year"}),
    r"(?:in|since|by|during) {year}",
    r"(?:the )?year {year}",
    r"{part}(?:-| )(?:the )?(?:{shift} )?{unit}",
    (r"(?:earlier|later) (?:this|in the) {unit}", {"shift": 0}),
    r"{shift} {unit}",
    r"{shift} {weekday}",
    r"{weekday}",
    r"{dayrel}",
    r"(?:the )?{season}(?: of)? {year}",
    r"{shift} {season}",
    r"(?:the |in the )?{season} (?:of )?{shift} {unit}",
    r"in the {season}",
)

SAME_DAY = (r"(?:on )?the same day",)

# Dates a contact by the one it happened during ("während des Besuchs": the visit's date); None: any
# contact reported just before. Searched in the sentence up to the contact's cue.
SAME_OCCASION = (
    (r"\bduring (?:the|his|her|their|this) (?:\w+ )?(?:visit|trip|stay|tour)\b", "Visit"),
    (r"\bwhile there\b", "Visit"),
    (r"\bthere\b(?! (?:is|are|was|were|will|would|has|have|had|could|may|might|must|should)\b)", "Visit"),
)
