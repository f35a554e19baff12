"""Date expressions and how they resolve against the publication date."""
from __future__ import annotations

from datetime import date

import pytest

from graph.extract.dates import find_dates, resolve

WEDNESDAY = date(2021, 5, 5)


@pytest.mark.parametrize("text, expected", [
    ("Senin lalu", date(2021, 5, 3)),
    ("Rabu lalu", date(2021, 4, 28)),  # "lalu": before the publication day, never that day
    ("Rabu", date(2021, 5, 5)),
    ("Sabtu pagi lalu", date(2021, 5, 1)),
    ("Senin pekan lalu", date(2021, 4, 26)),
    ("Kamis minggu lalu", date(2021, 4, 29)),
    ("Jumat depan", date(2021, 5, 7)),
    ("Senin pekan depan", date(2021, 5, 10)),
    ("kemarin", date(2021, 5, 4)),
    ("siang ini", date(2021, 5, 5)),
    ("digelar 2 hingga 5 Juni 2021", date(2021, 6, 2)),  # a range: its first day
    ("digelar 2-5 Mei", date(2021, 5, 2)),
    ("Selasa (4/5)", date(2021, 5, 4)),
    ("Selasa malam (4/5)", date(2021, 5, 4)),  # the time of day between a weekday and its date
    ("Senin dini hari, 3 Mei 2021", date(2021, 5, 3)),
    # a day and month said to come is the next such day, not last year's
    ("pada 15 April mendatang", date(2022, 4, 15)),
    ("pada 29 September nanti", date(2021, 9, 29)),
    ("digelar 4 - 10 Februari yang akan datang", date(2022, 2, 4)),
    # ... but one of the days before publication stays in its year (written before it appeared)
    ("dalam pemilu 3 Mei mendatang", date(2021, 5, 3)),
    # a weekday and a date that disagree: the weekday of the last week, when its day is the one
    # written or beside it (a slip of the number or the month) ...
    ("Selasa (3/5)", date(2021, 5, 4)),
    ("Senin (3/4)", date(2021, 5, 3)),
    # ... or the day and month the other way round, when that day is the weekday written in the
    # week up to publication (Saturday 1 May 2021, written "(5/1)")
    ("Sabtu (5/1)", date(2021, 5, 1)),
    ("Rabu (5/5)", date(2021, 5, 5)),
    # ... else the date as written
    ("Jumat (15/4)", date(2021, 4, 15)),
    ("Selasa (4/5/2021)", date(2021, 5, 4)),
    # without such a word, a day and month after the publication week is last year's
    ("pada 15 April", date(2021, 4, 15)),
    ("pada 29 September", date(2020, 9, 29)),
])
def test_a_date_resolves_against_the_publication_date(text, expected):
    [expr] = find_dates(text)
    assert resolve(expr, WEDNESDAY, text)[0] == expected


def test_a_weekday_without_a_publication_date_stays_unknown():
    [expr] = find_dates("Senin lalu")
    assert resolve(expr, None, "Senin lalu") == (None, None)


@pytest.mark.parametrize("text, relative", [
    ("tiba di Sukamaju kemarin", [-1]),
    # after a month or a span, "kemarin" says "last", no day
    ("sejak awal April kemarin", []),
    ("pada bulan Juli kemarin", []),
    ("dalam rapat pekan kemarin", []),
    ("target tahun kemarin tercapai", []),
])
def test_kemarin_after_a_month_or_a_span_is_no_yesterday(text, relative):
    assert [d.relative for d in find_dates(text) if d.relative is not None] == relative
