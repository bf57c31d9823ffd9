"""The date grammar (`kg.extract.dates`) on expressions written for these tests, German and English.

Dates keep the precision the text gives (day, month or year); relative
expressions resolve against the publication date and stay unresolved without it.
"""
from __future__ import annotations

import pytest

from kg.extract.dates import FUTURE, PAST, find_dates, parse_date, scan
from kg.model import Article, PartialDate
from kg.nlp.doc import Doc

THURSDAY = PartialDate(2026, 2, 5)  # published on Thursday, 5 February 2026
D = PartialDate


@pytest.mark.parametrize("lang, text, expected", [
    # absolute dates keep their precision
    ("de", "am 5. Februar 2026", D(2026, 2, 5)),
    ("de", "5.Februar 2026", D(2026, 2, 5)),
    ("de", "am 04.02.2026", D(2026, 2, 4)),
    ("de", "Februar 2026", D(2026, 2)),
    ("de", "Ende Februar 2026", D(2026, 2)),
    ("de", "im Jahr 2024", D(2024)),
    ("de", "Mitte 2025", D(2025)),
    ("de", "Anfang 2024", D(2024)),
    ("de", "in der ersten Jahreshälfte 2026", D(2026)),
    ("de", "im zweiten Halbjahr 2025", D(2025)),
    ("de", "im dritten Quartal 2023", D(2023)),
    ("de", "vom 5. bis 7. März 2025", D(2025, 3, 5)),
    ("de", "am 5. und 6. Juni 2024", D(2024, 6, 5)),
    ("de", "Mittwoch, den 4. Februar 2026", D(2026, 2, 4)),
    ("de", "im Frühjahr 2025", D(2025)),
    ("de", "2026-02-04", D(2026, 2, 4)),
    ("en", "on February 4, 2026", D(2026, 2, 4)),
    ("en", "Feb. 4, 2026", D(2026, 2, 4)),
    ("en", "4 February 2026", D(2026, 2, 4)),
    ("en", "the 4th of July 2025", D(2025, 7, 4)),
    ("en", "in March 2024", D(2024, 3)),
    ("en", "mid-2025", D(2025)),
    ("en", "late 2024", D(2024)),
    ("en", "in the first half of 2026", D(2026)),
    ("en", "in 2023", D(2023)),
    ("en", "in the spring of 2025", D(2025)),
])
def test_absolute_dates_need_no_publication_date(lang, text, expected):
    assert parse_date(text, None, lang=lang) == expected
    assert parse_date(text, THURSDAY, lang=lang) == expected


@pytest.mark.parametrize("lang, text, tense, expected", [
    ("de", "am Mittwoch", PAST, D(2026, 2, 4)),
    ("de", "am Mittwoch", None, D(2026, 2, 4)),
    ("de", "am Mittwoch", FUTURE, D(2026, 2, 11)),
    ("de", "am Donnerstag", PAST, D(2026, 2, 5)),
    ("de", "am Freitag", PAST, D(2026, 1, 30)),
    ("de", "am Mittwochabend", PAST, D(2026, 2, 4)),
    ("de", "am vergangenen Donnerstag", None, D(2026, 1, 29)),
    ("de", "am kommenden Montag", None, D(2026, 2, 9)),
    ("de", "nächsten Dienstag", None, D(2026, 2, 10)),
    ("de", "gestern", None, D(2026, 2, 4)),
    ("de", "vorgestern", None, D(2026, 2, 3)),
    ("de", "Heute", None, D(2026, 2, 5)),
    ("de", "morgen", None, D(2026, 2, 6)),
    ("de", "am 5. Februar", None, D(2026, 2, 5)),
    ("de", "am 20. Dezember", PAST, D(2025, 12, 20)),
    ("de", "am 20. Dezember", FUTURE, D(2026, 12, 20)),
    ("de", "am 3. Januar", None, D(2026, 1, 3)),
    ("de", "im vergangenen September", None, D(2025, 9)),
    ("de", "vergangenen Februar", None, D(2025, 2)),
    ("de", "im kommenden März", None, D(2026, 3)),
    ("de", "im März letzten Jahres", None, D(2025, 3)),
    ("de", "im September vergangenen Jahres", None, D(2025, 9)),
    ("de", "im Januar dieses Jahres", None, D(2026, 1)),
    ("de", "im März des vergangenen Jahres", None, D(2025, 3)),
    ("de", "Anfang März", FUTURE, D(2026, 3)),
    ("de", "Ende Januar", PAST, D(2026, 1)),
    ("de", "im November", FUTURE, D(2026, 11)),
    ("de", "im November", PAST, D(2025, 11)),
    ("de", "im Oktober", None, D(2025, 10)),
    ("de", "im April", None, D(2026, 4)),
    ("de", "im vergangenen Jahr", None, D(2025)),
    ("de", "letztes Jahr", None, D(2025)),
    ("de", "im Vorjahr", None, D(2025)),
    ("de", "nächstes Jahr", None, D(2027)),
    ("de", "in diesem Jahr", None, D(2026)),
    ("de", "Anfang des Jahres", None, D(2026)),
    ("de", "Ende vergangenen Jahres", None, D(2025)),
    ("de", "Mitte nächsten Monats", None, D(2026, 3)),
    ("de", "im vergangenen Monat", None, D(2026, 1)),
    ("de", "diese Woche", None, D(2026, 2)),
    ("de", "nächste Woche", None, D(2026, 2)),
    ("de", "in der ersten Jahreshälfte", FUTURE, D(2026)),
    ("de", "im Frühjahr", PAST, D(2025)),
    ("de", "im vergangenen Herbst", None, D(2025)),
    ("en", "last Tuesday", None, D(2026, 2, 3)),
    ("en", "on Tuesday", PAST, D(2026, 2, 3)),
    ("en", "on Tuesday", FUTURE, D(2026, 2, 10)),
    ("en", "next Monday", None, D(2026, 2, 9)),
    ("en", "yesterday", None, D(2026, 2, 4)),
    ("en", "today", None, D(2026, 2, 5)),
    ("en", "on Feb. 4", None, D(2026, 2, 4)),
    ("en", "on December 20", PAST, D(2025, 12, 20)),
    ("en", "in March", FUTURE, D(2026, 3)),
    ("en", "in March", PAST, D(2025, 3)),
    ("en", "last September", None, D(2025, 9)),
    ("en", "in March last year", None, D(2025, 3)),
    ("en", "March of this year", None, D(2026, 3)),
    ("en", "early March", FUTURE, D(2026, 3)),
    ("en", "earlier this month", None, D(2026, 2)),
    ("en", "last month", None, D(2026, 1)),
    ("en", "next month", None, D(2026, 3)),
    ("en", "last year", None, D(2025)),
    ("en", "earlier this year", None, D(2026)),
    ("en", "by the end of the year", None, D(2026)),
    ("en", "the end of last year", None, D(2025)),
    ("en", "next week", None, D(2026, 2)),
    ("en", "last spring", None, D(2025)),
])
def test_relative_dates_resolve_against_publication(lang, text, tense, expected):
    assert parse_date(text, THURSDAY, tense, lang=lang) == expected


@pytest.mark.parametrize("lang, text", [
    ("de", "am Mittwoch"), ("de", "gestern"), ("de", "im vergangenen September"), ("de", "im November"),
    ("de", "am 5. Februar"), ("de", "vergangene Woche"), ("de", "im März letzten Jahres"),
    ("de", "Anfang des Jahres"), ("de", "Anfang März"), ("de", "im Frühjahr"),
    ("en", "last Tuesday"), ("en", "on Feb. 4"), ("en", "in March"), ("en", "earlier this month"),
    ("en", "last year"), ("en", "yesterday"),
])
def test_relative_dates_stay_unresolved_without_publication_date(lang, text):
    assert parse_date(text, None, lang=lang) is None


def test_a_week_is_dated_by_the_month_of_its_thursday():
    # the week before 5 Feb 2026 runs from Monday 26 January (Thursday 29 January) to Sunday 1 February
    assert parse_date("vergangene Woche", THURSDAY, lang="de") == D(2026, 1)
    assert parse_date("last week", THURSDAY, lang="en") == D(2026, 1)
    assert parse_date("last week", D(2026, 2, 18), lang="en") == D(2026, 2)
    # the week after 29 Dec 2025 holds Thursday 8 January 2026
    assert parse_date("nächste Woche", D(2025, 12, 29), lang="de") == D(2026, 1)
    assert parse_date("next week", D(2026, 1, 30), lang="en") == D(2026, 2)


def test_a_vague_publication_date_resolves_only_what_it_can():
    month_only = D(2026, 2)
    assert parse_date("im vergangenen September", month_only, lang="de") == D(2025, 9)
    assert parse_date("am Mittwoch", month_only, lang="de") is None
    assert parse_date("im vergangenen Jahr", D(2026), lang="de") == D(2025)
    assert parse_date("im vergangenen September", D(2026), lang="de") is None


@pytest.mark.parametrize("lang, text", [
    ("de", "am Morgen trafen sie sich"),          # a time of day, not tomorrow
    ("de", "am 31. Februar 2026"),                # no such day
    ("de", "200 Milliarden Dollar"),
    ("de", "in den letzten Jahren"),              # plural: no period of its own
    ("de", "in den letzten Wochen"),
    ("en", "Theresa May said"),                   # a name, not a month
    ("en", "they may march on"),
    ("en", "over the past years"),
])
def test_things_that_are_not_dates(lang, text):
    assert parse_date(text, THURSDAY, lang=lang) is None


def test_month_and_weekday_names_match_only_capitalised():
    assert scan("mai und märz", "de", THURSDAY) == []
    assert [s.date for s in scan("im Mai", "de", THURSDAY)] == [D(2026, 5)]


def test_language_is_guessed_when_not_given():
    assert parse_date("am 4. Februar 2026") == D(2026, 2, 4)
    assert parse_date("on Feb. 4, 2026") == D(2026, 2, 4)


def _doc(text: str, lang: str = "de", published: PartialDate | None = THURSDAY) -> Doc:
    return Doc(Article(id="t", text=text, lang=lang, source="test", published=published))


def test_parse_date_accepts_a_doc_for_date_and_language():
    doc = _doc("irrelevant", lang="en")
    assert parse_date("last Tuesday", doc) == D(2026, 2, 3)
    assert parse_date("am Dienstag", doc) is None  # English grammar only


def test_find_dates_gives_offsets_into_the_document():
    text = "Bereits am Mittwoch telefonierten sie; im vergangenen September trafen sie sich am 3. Mai 2024 nicht."
    doc = _doc(text)
    found = find_dates(doc, 8, len(text))
    assert [(text[s:e], d) for s, e, d in found] == [
        ("Mittwoch", D(2026, 2, 4)),
        ("vergangenen September", D(2025, 9)),
        ("3. Mai 2024", D(2024, 5, 3)),
    ]


def test_find_dates_skips_what_cannot_be_resolved():
    doc = _doc("Am Mittwoch, dem 4. Februar 2026, und am Freitag.", published=None)
    assert [d for _, _, d in find_dates(doc, 0, len(doc.text))] == [D(2026, 2, 4)]


def test_the_longest_expression_wins():
    spans = scan("Ende vergangenen Jahres", "de", THURSDAY)
    assert len(spans) == 1 and spans[0].date == D(2025)
    spans = scan("im März letzten Jahres", "de", THURSDAY)
    assert len(spans) == 1 and spans[0].date == D(2025, 3) and spans[0].relative


@pytest.mark.parametrize("lang, text, tense, expected", [
    ("de", "am Dienstagabend", None, D(2026, 2, 3)),
    ("de", "am Dienstagabend", "future", D(2026, 2, 10)),
    ("de", "am vergangenen Dienstag", "future", D(2026, 2, 3)),
    ("de", "im kommenden Monat", None, D(2026, 3)),
    ("de", "Anfang Juni", "future", D(2026, 6)),
    ("en", "next month", None, D(2026, 3)),
    ("en", "opened on Sunday", None, D(2026, 2, 1)),
    ("en", "is planned for July", "future", D(2026, 7)),
    ("en", "early June", "future", D(2026, 6)),
])
def test_news_expressions_of_contacts(lang, text, tense, expected):
    assert parse_date(text, THURSDAY, tense, lang) == expected
