"""Indonesian date expressions: "Kamis (30/04)", "Senin (12/10/2020)", "5 Agustus 2021",
"kemarin", "Rabu" alone; and the year a careful reader infers when the text leaves it out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from .lexicon import _alternation, lexicon

__all__ = ["DateExpr", "find_dates", "resolve", "infer_year"]


@dataclass(frozen=True)
class DateExpr:
    start: int
    end: int
    day: int | None
    month: int | None
    year: int | None
    weekday: int | None
    relative: int | None = None  # days from the publication date ("kemarin" = -1)
    # a weekday's week, when the text gives it: "before" ("Senin lalu": before the publication
    # day), "last_week" ("Senin pekan lalu"), "after" ("Senin depan"), "next_week"
    week: str | None = None
    # a day and month said to come ("18 Februari mendatang", "29 September nanti"): the first such
    # day from the publication date on, not the latest before it
    ahead: bool = False


@lru_cache(maxsize=1)
def _patterns():
    lx = lexicon()
    wd = _alternation(w.capitalize() for w in lx.weekdays)
    mon = _alternation(m.capitalize() for m in lx.months)
    rel = _alternation(lx.relative)
    # the first characters each pattern can start with, checked first: the engine then leaves
    # every other place of the text at once
    wd0 = "".join(sorted({w[0].upper() for w in lx.weekdays}))
    rel0 = "".join(sorted({c for w in lx.relative for c in (w[0].lower(), w[0].upper())}))
    # ("Jumat dini hari (13/1)", "Senin malam (22/5)": the time of day between the weekday and its date)
    part = r"(?:\s+(?:pagi|siang|sore|petang|malam|dini\s+hari))?"
    numeric = re.compile(
        rf"(?=[{wd0}(\d])(?:(?P<wd>{wd}){part},?\s*)?\(?(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{4}}|\d{{2}}))?\)?(?!\d)")
    worded = re.compile(
        rf"(?=[{wd0}\d])(?:(?P<wd>{wd}){part},?\s*\(?)?(?<!\d)(?P<d>\d{{1,2}})\s+(?P<mon>{mon})(?:\s+(?P<y>\d{{4}}))?\)?(?![\w])")
    relative = re.compile(rf"(?=[{rel0}])(?<![\w-])(?P<rel>{rel})(?![\w-])", re.I)
    weekday = re.compile(rf"(?=[{wd0}])(?<![\w-])(?P<wd>{wd})(?![\w-])")
    # "2 hingga 5 November 2016", "2-5 November": a range names its first day
    ranged = re.compile(rf"(?=\d)(?<!\d)(?P<d>\d{{1,2}})\s*(?:-|–|hingga|sampai|s\.d\.?|sd)\s*\d{{1,2}}\s+"
                        rf"(?P<mon>{mon})(?:\s+(?P<y>\d{{4}}))?(?![\w])")
    # what follows a weekday and says its week ("Sabtu pagi lalu", "Senin pekan lalu")
    week = re.compile(r"(?:\s+(?:pagi|siang|sore|petang|malam|dini\s+hari))?\s+"
                      r"(?:(?P<week>pekan|minggu)\s+)?(?P<dir>lalu|kemarin|depan|mendatang)\b", re.I)
    # a word after a day and month that says it is to come ("18 Februari mendatang")
    spaced = "|".join(r"\s+".join(map(re.escape, w.split())) for w in lx.ahead)  # ("yang akan datang")
    ahead = re.compile(rf"\s+(?:{spaced})\b", re.I)
    # a month or a span before "kemarin" makes it "last", no day ("awal April kemarin", "pekan kemarin")
    last = re.compile(rf"(?:\b(?i:{mon})|\b(?:pekan|minggu|bulan|tahun))\s+$")
    return numeric, worded, relative, weekday, ranged, week, ahead, last


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateExpr]:
    """Date expressions in ``text[start:end]``, in order.

    >>> [(d.day, d.month, d.year) for d in find_dates("digelar Kamis (30/04) dan 5 Agustus 2021")]
    [(30, 4, None), (5, 8, 2021)]
    >>> [(d.day, d.weekday) for d in find_dates("berlangsung di Jakarta, Rabu.")]
    [(None, 2)]
    >>> [d.relative for d in find_dates("tiba kemarin, sejak awal April kemarin")]
    [-1]
    """
    lx = lexicon()
    numeric, worded, relative, weekday, ranged, week, ahead, last = _patterns()
    end = len(text) if end is None else end
    found: list[DateExpr] = []
    for m in ranged.finditer(text, start, end):
        found.append(DateExpr(m.start(), m.end(), int(m["d"]), lx.months[m["mon"].lower()],
                              int(m["y"]) if m["y"] else None, None))
    for m in numeric.finditer(text, start, end):
        d, mo = int(m["d"]), int(m["m"])
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            continue
        y = m["y"]
        year = (2000 + int(y) if len(y) == 2 else int(y)) if y else None
        if not m["wd"] and not m.group(0).startswith("(") and year is None:
            continue  # a bare "3/4" is more often a ratio than a date
        found.append(DateExpr(m.start(), m.end(), d, mo, year, _wd(m["wd"])))
    for m in worded.finditer(text, start, end):
        if any(d.start <= m.start() < d.end for d in found):
            continue  # the last day of a range
        found.append(DateExpr(m.start(), m.end(), int(m["d"]), lx.months[m["mon"].lower()],
                              int(m["y"]) if m["y"] else None, _wd(m["wd"])))
    for m in relative.finditer(text, start, end):
        if last.search(text, max(0, m.start() - 12), m.start()):
            continue  # ("sejak awal April kemarin": last April, not yesterday)
        found.append(DateExpr(m.start(), m.end(), None, None, None, None,
                              lx.relative[m["rel"].lower()]))
    # a weekday on its own ("di Jakarta, Rabu."): the last such day up to the publication date
    for m in weekday.finditer(text, start, end):
        if not any(d.start <= m.start() < d.end for d in found):
            w = week.match(text, m.end(), end)
            which = None
            if w:
                back = w["dir"].lower() in ("lalu", "kemarin")
                which = ("last_week" if back else "next_week") if w["week"] else ("before" if back else "after")
            found.append(DateExpr(m.start(), w.end() if w else m.end(), None, None, None, _wd(m["wd"]),
                                  week=which))
    found.sort(key=lambda e: e.start)
    return [replace(d, ahead=True) if d.day and d.year is None and ahead.match(text, d.end) else d
            for d in found]


def _wd(word: str | None) -> int | None:
    return lexicon().weekdays.get(word.lower()) if word else None


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def infer_year(expr: DateExpr, text: str, today: date | None = None) -> tuple[int | None, str | None]:
    """The year for a date with day, month and weekday but no year, from the article's context.

    Candidate years are those where the day falls on the stated weekday. The context
    narrows them: years the text names, and era words (Covid-19, PPKM …) with the
    years they were in use. Returns the year and an Indonesian note of how it was found.

    >>> infer_year(DateExpr(0, 0, 30, 4, None, 3), "di tengah pandemi covid-19")
    (2020, 'tahun disimpulkan dari hari Kamis dan konteks artikel (covid)')
    """
    if expr.weekday is None or expr.day is None or expr.month is None:
        return None, None
    today = today or date.today()
    lx = lexicon()
    low, high, reasons = 1990, today.year, []
    for word, first, last in lx.eras:
        if re.search(rf"\b{re.escape(word)}", text, re.I):
            low, high = max(low, first), min(high, max(last, first))
            reasons.append(word)
            break
    years_named = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", text)]
    if years_named and not reasons:
        low = max(low, max(years_named))
        reasons.append(f"tahun {max(years_named)} disebut")
    # with a context, the first matching year of its span; without one, the latest
    years = range(low, high + 1) if reasons else range(high, low - 1, -1)
    for y in years:
        d = _valid(y, expr.month, expr.day)
        if d and d.weekday() == expr.weekday:
            day_name = next(k for k, v in lx.weekdays.items() if v == expr.weekday).capitalize()
            why = f"tahun disimpulkan dari hari {day_name}" + (
                f" dan konteks artikel ({', '.join(reasons)})" if reasons else "")
            return y, why
    return None, None


def _day_and_month_swapped(expr: DateExpr, published: date) -> date | None:
    """The day meant when the day and month were written the other way round ("Sabtu (6/3)" of an
    article of Sunday 4 June 2017: Saturday 3 June): the swapped date, when it falls on the weekday
    written, in the week up to publication."""
    if expr.month is None or expr.day is None or expr.day > 12:
        return None
    d = _valid(published.year, expr.day, expr.month)
    if d and d.weekday() == expr.weekday and published - timedelta(days=6) <= d <= published:
        return d
    return None


def _the_weekday_meant(expr: DateExpr, published: date) -> date | None:
    """The day a weekday means when the day and month written beside it fall on another weekday
    ("Senin (21/5)" of a Tuesday, 23 May 2017, whose 21 May was a Sunday; "Minggu (19/10)" of
    November, a slip of the month): the last such weekday of the week before publication, when its
    day is the day written or one beside it. A weekday names the day a reader has in mind; the
    number is more easily mistyped."""
    back = (published.weekday() - expr.weekday) % 7
    d = published - timedelta(days=back)
    if abs(d.day - expr.day) <= 1:
        return d
    return None


def resolve(expr: DateExpr, published: date | None, text: str,
            anchor: date | None = None) -> tuple[date | None, str | None]:
    """A calendar date for ``expr`` and, when the year was inferred, how.

    The year comes from the expression, else from the publication date (the latest such
    date not after publication), else from the weekday and the article's context.
    ``anchor`` is a date already established in the text, for "keesokan harinya".
    """
    if expr.relative is not None:
        base = published or anchor
        return (base + timedelta(days=expr.relative), None) if base else (None, None)
    if expr.day is None and expr.weekday is not None:
        if not published:
            return None, None
        back = (published.weekday() - expr.weekday) % 7
        if expr.week == "before":
            return published - timedelta(days=back or 7), None
        if expr.week in ("after", "next_week", "last_week"):
            monday = published - timedelta(days=published.weekday())
            if expr.week == "after":
                return published + timedelta(days=(expr.weekday - published.weekday()) % 7 or 7), None
            return monday + timedelta(days=expr.weekday + (7 if expr.week == "next_week" else -7)), None
        return published - timedelta(days=back), None
    if expr.day is None or expr.month is None:
        return None, None
    if expr.year:
        return _valid(expr.year, expr.month, expr.day), None
    ref = published or anchor
    if ref:
        d = _valid(ref.year, expr.month, expr.day)
        if expr.ahead:  # (of the days around publication: an article may appear a few days after it was written)
            return (d if d is None or d >= ref - timedelta(days=7) else _valid(ref.year + 1, expr.month, expr.day)), None
        if d and d > ref + timedelta(days=7) and published:
            d = _valid(ref.year - 1, expr.month, expr.day)
        if d and published and expr.weekday is not None and d.weekday() != expr.weekday:
            d = _day_and_month_swapped(expr, published) or _the_weekday_meant(expr, published) or d
        return d, None
    year, why = infer_year(expr, text)
    if year is None:
        return None, None
    return _valid(year, expr.month, expr.day), why
