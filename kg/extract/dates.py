"""Dates in news text, kept at the precision the text gives and resolved against publication.

General date parsers invent a day for "Februar 2026" and misread "am 4. Februar";
an analyst needs day, month or year precision, and relative expressions ("am
Mittwoch", "im vergangenen September", "last Tuesday") resolved against the
article's publication date, or left unresolved when that date is unknown (the
guidelines). So this is a small grammar: each language lists patterns with
placeholders in `kg/lang/<lang>/dates.py`, the placeholders are filled from the
same module's word lists, and one language-free resolver reads the meaning from
the named groups that matched.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from types import ModuleType
from typing import Any, Literal

from kg.lang import LANGUAGES, data
from kg.model import PartialDate

Tense = Literal["past", "future"] | None
PAST: Tense = "past"
FUTURE: Tense = "future"

_NUMBERS = {
    "day": r"(?P<day>3[01]|[12]\d|0?[1-9])(?!\d)",
    "monthnum": r"(?P<monthnum>1[0-2]|0?[1-9])(?!\d)",
    "year": r"(?P<year>(?:1[89]|20)\d\d)(?!\d)",
}
_ISO = r"(?P<year>(?:1[89]|20)\d\d)-(?P<monthnum>1[0-2]|0[1-9])-(?P<day>3[01]|[12]\d|0[1-9])(?!\d)"


@dataclass(frozen=True)
class DateSpan:
    """A date expression found in text; `date` is None when it cannot be resolved."""

    start: int
    end: int
    date: PartialDate | None
    relative: bool
    precision: str = "day"   # what the expression names, resolved or not: day, month or year


@dataclass(frozen=True)
class _Pattern:
    regex: re.Pattern[str]
    fixed: Mapping[str, Any]


@dataclass
class _Fields:
    """The meaning of one match, independent of the language it was written in."""

    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    dayrel: int | None = None
    shift: int | None = None
    unit: str | None = None
    season: int | None = None

    @property
    def relative(self) -> bool:
        return self.year is None or self.unit is not None

    @property
    def precision(self) -> str:
        if self.day is not None or self.weekday is not None or self.dayrel is not None:
            return "day"
        if self.month is not None or self.unit in ("month", "week"):
            return "month"
        return "year"


def find_dates(doc: Any, start: int, end: int, tense: Tense = None) -> list[tuple[int, int, PartialDate]]:
    """The resolved dates in `doc.text[start:end]`, as (start, end, date) with offsets into `doc.text`."""
    return [(s.start, s.end, s.date) for s in scan_doc(doc, start, end, tense) if s.date is not None]


def scan_doc(doc: Any, start: int, end: int, tense: Tense = None) -> list[DateSpan]:
    """Every date expression in a span of a document, resolved or not, with document offsets."""
    spans = scan(doc.text[start:end], doc.article.lang, doc.article.published, tense)
    return [DateSpan(s.start + start, s.end + start, s.date, s.relative, s.precision) for s in spans]


def parse_date(text: str, published: Any = None, tense: Tense = None, lang: str | None = None) -> PartialDate | None:
    """The first resolvable date in `text`.

    `published` is the publication date (a PartialDate or None) or a `Doc`,
    whose article gives both the publication date and the language; without a
    language every supported language's grammar is tried in turn.
    """
    article = getattr(published, "article", None)
    if article is not None:
        published, lang = article.published, lang or article.lang
    for language in (lang,) if lang else LANGUAGES:
        for span in scan(text, language, published, tense):
            if span.date is not None:
                return span.date
    return None


def scan(text: str, lang: str, published: PartialDate | None, tense: Tense = None) -> list[DateSpan]:
    """Date expressions in `text`: the longest matches of the language's patterns that do not overlap."""
    words = data(lang, "dates")
    found: list[DateSpan] = []
    for start, end, match, pattern in _longest(text, _grammar(lang)):
        fields = _read(match, pattern.fixed, words)
        found.append(DateSpan(start, end, _resolve(fields, published, tense), fields.relative, fields.precision))
    return found


def _longest(text: str, patterns: Iterable[_Pattern]) -> list[tuple[int, int, re.Match[str], _Pattern]]:
    """Longest first, so "March 2024" beats the "in March" inside "in March 2024"; then in text order."""
    matches = [(m.start(), m.end(), m, p) for p in patterns for m in p.regex.finditer(text)]
    matches.sort(key=lambda x: (x[0] - x[1], x[0]))
    chosen: list[tuple[int, int, re.Match[str], _Pattern]] = []
    for item in matches:
        if all(item[1] <= c[0] or item[0] >= c[1] for c in chosen):
            chosen.append(item)
    return sorted(chosen, key=lambda x: x[0])


# --- the grammar, compiled once per language -------------------------------------------------

@cache
def _grammar(lang: str) -> tuple[_Pattern, ...]:
    words = data(lang, "dates")
    slots = {**_NUMBERS, **_word_slots(words)}
    patterns = [_Pattern(re.compile(_ISO), {})]
    for entry in words.PATTERNS:
        template, fixed = (entry, {}) if isinstance(entry, str) else entry
        body = template.replace(" ?", r"\s*").replace(" ", r"\s+").format(**slots)
        patterns.append(_Pattern(re.compile(r"(?<!\w)" + body, re.IGNORECASE), fixed))
    return tuple(patterns)


def _word_slots(words: ModuleType) -> dict[str, str]:
    shifts = [stem + ending for stem in words.SHIFTS for ending in words.SHIFT_ENDINGS]
    relative = [_exact(w) if w in words.LOWERCASE_ONLY else re.escape(w) for w in _longest_first(words.RELATIVE_DAYS)]
    suffixes = _alternation(words.WEEKDAY_SUFFIXES) if words.WEEKDAY_SUFFIXES else "(?!)"
    return {
        "month": f"(?P<month>{_exact(_alternation(words.MONTHS))})(?!\\w)",
        "weekday": f"(?P<weekday>{_exact(_alternation(words.WEEKDAYS))})(?:{suffixes})?(?!\\w)",
        "dayrel": f"(?P<dayrel>{'|'.join(relative)})(?!\\w)",
        "shift": f"(?P<shift>{_alternation(shifts)})(?!\\w)",
        "unit": f"(?P<unit>{_alternation(words.UNITS)})(?!\\w)",
        "season": f"(?P<season>{_alternation(words.SEASONS)})(?!\\w)",
        "part": f"(?:{_alternation(words.PARTS)})",
        "ordinal": f"(?:{_alternation(words.ORDINALS)})(?!\\w)",
        "period": f"(?:{_alternation(words.PERIODS)})(?!\\w)",
    }


def _longest_first(words: Iterable[str]) -> list[str]:
    return sorted(set(words), key=lambda w: (-len(w), w))


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _longest_first(words))


def _exact(body: str) -> str:
    """Case-sensitive inside a case-insensitive pattern: month and weekday names are capitalised."""
    return f"(?-i:{body})"


# --- from a match to its meaning -------------------------------------------------------------

def _read(match: re.Match[str], fixed: Mapping[str, Any], words: ModuleType) -> _Fields:
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    fields = _Fields(**fixed)
    if "day" in groups:
        fields.day = int(groups["day"])
    if "monthnum" in groups:
        fields.month = int(groups["monthnum"])
    if "month" in groups:
        fields.month = words.MONTHS[groups["month"]]
    if "year" in groups:
        fields.year = int(groups["year"])
    if "weekday" in groups:
        fields.weekday = words.WEEKDAYS[groups["weekday"]]
    if "dayrel" in groups:
        fields.dayrel = _lookup(words.RELATIVE_DAYS, groups["dayrel"])
    if "shift" in groups:
        fields.shift = _shift(groups["shift"], words)
    if "unit" in groups:
        fields.unit = _lookup(words.UNITS, groups["unit"])
    if "season" in groups:
        fields.season = _lookup(words.SEASONS, groups["season"])
    return fields


def _lookup(table: Mapping[str, Any], word: str) -> Any:
    folded = word.casefold()
    return next(v for k, v in table.items() if k.casefold() == folded)


def _shift(word: str, words: ModuleType) -> int:
    folded = word.casefold()
    for stem, value in sorted(words.SHIFTS.items(), key=lambda kv: -len(kv[0])):
        if folded.startswith(stem.casefold()) and folded[len(stem):] in words.SHIFT_ENDINGS:
            return value
    raise KeyError(word)


# --- resolution against the publication date ------------------------------------------------

def _resolve(f: _Fields, published: PartialDate | None, tense: Tense) -> PartialDate | None:
    if f.dayrel is not None:
        return _days_from(published, f.dayrel)
    if f.weekday is not None and f.day is None:
        return _weekday(published, f.weekday, f.shift, tense)
    if f.unit is not None and f.month is None and f.season is None:
        return _period(published, f.unit, f.shift or 0)
    year = f.year
    if year is None and f.unit == "year":
        year = published.year + (f.shift or 0) if published else None
        if year is None:
            return None
    anchor = f.season or f.month
    if anchor is None:
        return PartialDate(year) if year else None
    if year is None:
        if f.day is not None and f.month is not None:
            return _day_and_month(published, f.month, f.day, tense)
        year = _year_of_month(published, anchor, f.shift, tense)
    if year is None:
        return None
    return PartialDate(year) if f.season else _date(year, f.month, f.day)


def _date(year: int, month: int | None, day: int | None) -> PartialDate | None:
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


def _day_of(published: PartialDate | None) -> date | None:
    if published is None or published.day is None:
        return None
    return date(published.year, published.month, published.day)


def _days_from(published: PartialDate | None, days: int) -> PartialDate | None:
    day = _day_of(published)
    return _from_date(day + timedelta(days=days)) if day else None


def _from_date(day: date) -> PartialDate:
    return PartialDate(day.year, day.month, day.day)


def _weekday(published: PartialDate | None, weekday: int, shift: int | None, tense: Tense) -> PartialDate | None:
    """Past (the default in news): the last such day on or before publication; future: the next."""
    day = _day_of(published)
    if day is None:
        return None
    back = (day.weekday() - weekday) % 7
    ahead = (weekday - day.weekday()) % 7
    if shift == -1:
        return _from_date(day - timedelta(days=back or 7))
    if shift == 1:
        return _from_date(day + timedelta(days=ahead or 7))
    return _from_date(day + timedelta(days=ahead) if tense == FUTURE else day - timedelta(days=back))


def _period(published: PartialDate | None, unit: str, shift: int) -> PartialDate | None:
    if published is None:
        return None
    if unit == "year":
        return PartialDate(published.year + shift)
    if unit == "month":
        if published.month is None:
            return None
        index = published.year * 12 + published.month - 1 + shift
        return PartialDate(index // 12, index % 12 + 1)
    return _week(published, shift)


def _week(published: PartialDate, shift: int) -> PartialDate | None:
    """A week has no precision of its own: it is dated by the month of its Thursday.

    As an ISO 8601 week belongs to the year of its Thursday, a week across two
    months belongs to the month that holds most of its days.
    """
    day = _day_of(published)
    if day is None:
        return None
    thursday = day + timedelta(days=7 * shift - day.weekday() + 3)
    return PartialDate(thursday.year, thursday.month)


def _year_of_month(published: PartialDate | None, month: int, shift: int | None, tense: Tense) -> int | None:
    """The year of a month named without one: "im vergangenen September", "im November" (planned)."""
    if published is None or published.month is None:
        return None
    now = published.month
    if shift == 0:
        return published.year
    if shift == -1 or (shift is None and tense == PAST):
        strict = shift == -1
        return published.year if (month < now or (month == now and not strict)) else published.year - 1
    if shift == 1 or tense == FUTURE:
        strict = shift == 1
        return published.year if (month > now or (month == now and not strict)) else published.year + 1
    return _nearest_year(published.year, now, month)


def _nearest_year(year: int, now: int, month: int) -> int:
    candidates = (year - 1, year, year + 1)
    return min(candidates, key=lambda y: (abs((y * 12 + month) - (year * 12 + now)), y > year))


def _day_and_month(published: PartialDate | None, month: int, day: int, tense: Tense) -> PartialDate | None:
    if published is None or published.month is None:
        return None
    now = (published.month, published.day or 1)
    if tense == PAST:
        year = published.year if (month, day) <= now else published.year - 1
    elif tense == FUTURE:
        year = published.year if (month, day) >= now else published.year + 1
    else:
        year = _nearest_year(published.year, published.month, month)
    return _date(year, month, day)
