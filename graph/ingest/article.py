"""The pure core of reading: text and metadata in, a cleaned :class:`~graph.types.Article`
out. No files: :mod:`graph.ingest.readers` opens them and hands their text here.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

from graph.types import Article

from .noise import clean_noise, looks_like_headline, normalise_newlines

__all__ = ["SIDECAR_FIELDS", "article_id", "lead_date", "parse_date_line", "read_text_article", "build_article", "is_headline",
           "check_meta", "clean_field", "iso_date", "normalise"]

SIDECAR_FIELDS = ("title", "published", "publisher", "author", "url")
# A date line sits right under the headline; further down, a date is body text.
DATE_LINE_WINDOW = 5
# A dateline ("JEMBRANA, MANGUPURANEWS – ...") opens one of the first paragraphs.
DATELINE_WINDOW = 3

MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agust": 8, "agst": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}

DATE_LINE = re.compile(
    r"""
    (?:(?:diterbitkan|dipublikasikan|diposting|dipublish|terbit|published|posted|tanggal)
       (?:\s+(?:pada|on))?\s*:?\s*)?
    (?:(?:senin|selasa|rabu|kamis|jum[’'`]?at|sabtu|minggu|ahad)\s*,?\s*)?
    (?:
        (?P<day>\d{1,2})\s+(?P<month>[a-z]{3,9})\.?,?\s+(?P<year>\d{4})
      | (?P<nday>\d{1,2})[/.\-](?P<nmonth>\d{1,2})[/.\-](?P<nyear>\d{4})
      | (?P<iyear>\d{4})-(?P<imonth>\d{1,2})-(?P<iday>\d{1,2})
    )
    (?:\s*[|,\-–—•·]?\s*(?:pukul\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?
       (?:\s*(?:wib|wita|wit|utc|gmt)(?:\s*[+\-]\s*\d{1,2}(?::?\d{2})?)?)?)?
    """,
    re.IGNORECASE | re.VERBOSE,
)
ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?")
MIN_YEAR, MAX_YEAR = 1900, 2100

# "JEMBRANA, MANGUPURANEWS – ..." or "JAKARTA (ANTARA) - ...": the publisher is an
# all-caps word or a domain name.
_PUBLISHER_TOKEN = r"[A-Z0-9][A-Z0-9\-]*(?:\.[A-Za-z]{2,})*|[A-Za-z0-9\-]+(?:\.[A-Za-z]{2,})+"
DATELINE_PUBLISHER = re.compile(
    rf"[A-Z][A-Z .'\-]{{1,40}}?(?:,\s*(?P<after_comma>{_PUBLISHER_TOKEN})"
    rf"|\s*\((?P<in_parens>{_PUBLISHER_TOKEN})\))\s*(?:--|[–—-])\s"
)

_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+")
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")
WHITESPACE = re.compile(r"\s+")


def article_id(name: str, text: str = "") -> str:
    """Make a stable, URL-safe article id from a file stem or a JSONL ``id``.

    Parameters
    ----------
    name : str
        The file stem, the JSONL ``id`` field, or ``"<file-stem>-<line-no>"``.
    text : str, optional
        The article text; its hash is the id when ``name`` leaves no usable character.

    Returns
    -------
    str
        ``name`` folded to ASCII, lowercased, runs of other characters turned into
        ``-``; or the first 12 hex digits of the SHA-256 of ``text``.

    Examples
    --------
    >>> article_id("Wabup Klaten Sapa Pelaku UKM (30-04-2020)")
    'wabup-klaten-sapa-pelaku-ukm-30-04-2020'
    >>> article_id("Pameran Batik Sragen — édisi 2021")
    'pameran-batik-sragen-edisi-2021'
    >>> article_id("???", "Bupati membuka pameran.")
    '053b16cfaf9d'
    """
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = _SLUG_JUNK.sub("-", folded.lower()).strip("-")
    return slug or hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def parse_date_line(line: str) -> date | None:
    """Read a publication-date line such as news sites print under the headline.

    Parameters
    ----------
    line : str
        One line. The whole line must be a date, optionally with a weekday, a
        "Diterbitkan:" label and a time with its zone (WIB, WITA, WIT).

    Returns
    -------
    datetime.date or None
        The date, or None when the line is not a date line or names no real day
        (31 Februari).

    Examples
    --------
    >>> parse_date_line("Minggu, 18 Juli 2021 | 08:30 WITA")
    datetime.date(2021, 7, 18)
    >>> parse_date_line("Diterbitkan: 24 Juni 2021")
    datetime.date(2021, 6, 24)
    >>> parse_date_line("Kamis 30/04 menggelar teleconference") is None
    True
    """
    return _match_date_line(line)[1]


def _match_date_line(line: str) -> tuple[bool, date | None]:
    """Tell whether ``line`` is a date line and, if it names a real day, which."""
    match = DATE_LINE.fullmatch(line.strip())
    if not match:
        return False, None
    if match["month"]:
        month = MONTHS.get(match["month"].lower())
        if month is None:
            return False, None
        parts = (match["year"], month, match["day"])
    elif match["nmonth"]:
        parts = (match["nyear"], match["nmonth"], match["nday"])
    else:
        parts = (match["iyear"], match["imonth"], match["iday"])
    year, month, day = (int(part) for part in parts)
    if not MIN_YEAR <= year <= MAX_YEAR:
        return True, None
    try:
        return True, date(year, month, day)
    except ValueError:
        return True, None


def _take_date_line(lines: list[str]) -> tuple[list[str], str | None, date | None]:
    """Find and remove the date line among the first non-empty lines."""
    seen = 0
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > DATE_LINE_WINDOW:
            break
        is_date_line, published = _match_date_line(line)
        if is_date_line:
            return lines[:index] + lines[index + 1:], line.strip(), published
    return lines, None, None


def _dateline_publisher(text: str) -> str | None:
    paragraphs = [line for line in text.split("\n") if line.strip()][:DATELINE_WINDOW]
    for paragraph in paragraphs:
        match = DATELINE_PUBLISHER.match(paragraph)
        if match:
            return match["after_comma"] or match["in_parens"]
    return None


def clean_field(value: str | None) -> str | None:
    if value is None:
        return None
    value = WHITESPACE.sub(" ", unicodedata.normalize("NFC", _SURROGATE.sub("\ufffd", value))).strip()
    return value or None


_SURROGATE = re.compile("[\ud800-\udfff]")


def normalise(text: str) -> str:
    """NFC, ``\\n`` line ends, and no unpaired surrogate (JSON's ``"\\ud800"`` decodes to one,
    and no encoder writes it): each becomes U+FFFD, the replacement character.

    >>> normalise("Bupati\\r\\nA\\ud800B")
    'Bupati\\nA\\ufffdB'
    """
    return unicodedata.normalize("NFC", _SURROGATE.sub("\ufffd", normalise_newlines(text)))


def iso_date(value: Any) -> date | None:
    """Date part of an ISO date or date-time string; ValueError if it is not one."""
    if isinstance(value, date):
        return value
    match = ISO_DATE.fullmatch(value.strip()) if isinstance(value, str) else None
    if not match:
        raise ValueError(f"not an ISO date: {value!r}")
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        raise ValueError(f"not a real date: {value!r}") from None


def check_meta(meta: dict[str, Any]) -> dict[str, Any]:
    """Validate metadata overrides: known fields, strings, an ISO ``published``."""
    unknown = sorted(set(meta) - set(SIDECAR_FIELDS))
    if unknown:
        raise ValueError(f"unknown field {unknown[0]!r} (known: {', '.join(SIDECAR_FIELDS)})")
    checked: dict[str, Any] = {}
    for key, value in meta.items():
        if value is None:
            continue
        if key == "published":
            checked[key] = iso_date(value)
        elif isinstance(value, str):
            if clean_field(value):
                checked[key] = clean_field(value)
        else:
            raise ValueError(f"field {key!r} must be a string, got {type(value).__name__}")
    return checked


def build_article(body: str, *, ident: str, source: str, sha256: str,
                   title: str | None = None, found: dict[str, Any] | None = None,
                   meta: dict[str, Any] | None = None) -> Article:
    """Shared tail of every reader: date line, noise, dateline publisher, overrides.

    ``found`` holds what the input itself says (HTML metadata, JSONL fields), which
    beats what is guessed from the text; ``meta`` (the sidecar) beats both.
    """
    found = {key: value for key, value in (found or {}).items() if value is not None}
    overrides = check_meta(meta or {})
    lines, date_line, line_date = _take_date_line(body.split("\n"))
    text, removed, credit = clean_noise("\n".join(lines))
    if date_line is not None:
        removed = (date_line, *removed)
    fields: dict[str, Any] = {
        "title": clean_field(title),
        "published": line_date,
        "published_inferred": None,
        "publisher": _dateline_publisher(text),
        "author": credit,
        "url": None,
    }
    fields.update(found)
    fields.update(overrides)
    if fields["published"] is None:
        fields["published"], fields["published_inferred"] = lead_date(text)
    return Article(id=ident, text=text, source=source, sha256=sha256,
                   removed_noise=removed, **fields)


WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "jum’at": 4,
            "sabtu": 5, "minggu": 6, "ahad": 6}
_DAY = (r"(?:\(\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\s*\)|(?P<nd>\d{1,2})/(?P<nm>\d{1,2})/(?P<ny>\d{4})"
        r"|(?P<wd_>\d{1,2})\s+(?P<mon>[a-z]{3,9})\.?\s+(?P<wy>\d{4}))")
# "Selasa (22/10/2025)", "Selasa, 22 Oktober 2025": a weekday and a whole date
_LEAD_DATE = re.compile(rf"\b(?P<wd>senin|selasa|rabu|kamis|jum[’']?at|sabtu|minggu|ahad)\s*,?\s*{_DAY}", re.I)
# "JAKARTA, 22/10/2025 –", "Sukamaju (22/10/2025) -": a whole date in the dateline
_DATELINE_DATE = re.compile(rf"[A-Z][\w .'-]{{1,40}}?[,(]\s*{_DAY}\)?\s*(?:--|[–—-])\s")


def lead_date(text: str) -> tuple[date | None, str | None]:
    """The publication date an article's first paragraph gives when nothing else does: a whole
    date in its dateline, or a weekday with a whole date that falls on that weekday (news of
    the day is dated so), with a note of how it was found.

    >>> lead_date("SUKAMAJU, 22/10/2025 – Bupati meresmikan pasar.")[0]
    datetime.date(2025, 10, 22)
    >>> lead_date("Bupati meresmikan pasar, Rabu (22/10/2025), di Sukamaju.")[0]
    datetime.date(2025, 10, 22)
    >>> lead_date("Bupati meresmikan pasar, Senin (22/10/2025).")  # 22 October 2025 is a Wednesday
    (None, None)
    """
    first = next((line for line in text.split("\n") if line.strip()), "")
    m = _DATELINE_DATE.match(first)
    if m:
        day = _day_of(m)
        if day:
            return day, "tanggal terbit dibaca dari dateline"
    for m in _LEAD_DATE.finditer(first):
        day = _day_of(m)
        if day and day.weekday() == WEEKDAYS.get(m["wd"].lower().replace("`", "'")):
            return day, "tanggal terbit disimpulkan dari tanggal di paragraf pertama"
    return None, None


def _day_of(m: re.Match) -> date | None:
    if m["mon"]:
        month = MONTHS.get(m["mon"].lower())
        parts = (m["wy"], month, m["wd_"]) if month else None
    else:
        parts = (m["y"], m["m"], m["d"]) if m["d"] else (m["ny"], m["nm"], m["nd"])
    if not parts:
        return None
    try:
        day = date(*(int(p) for p in parts))
    except ValueError:
        return None
    return day if MIN_YEAR <= day.year <= MAX_YEAR else None


_SITE_DATELINE = re.compile(  # "Suara.com -", "Semarang (ANTARA) -", "Jakarta, CNN Indonesia --"
    r"(?:[\w.-]+\.(?:com|co\.id|id|net|org)|[A-Z][\w .'-]{1,40}?\s*\([A-Z][\w .]{1,30}\)"
    r"|[A-Z][\w .'-]{1,40}?,\s*[A-Z][\w .]{1,30}?)\s*(?:--|[–—-])\s")


def is_headline(line: str) -> bool:
    """Whether the first line of a plain-text article is its headline, not its first paragraph.

    A headline is short (at most 150 characters), does not end a sentence and does not
    open with a dateline ("Semarang (ANTARA) -", "Suara.com -", "JAKARTA, KOMPAS.com –").

    >>> is_headline("Wabup Sapa Pelaku UKM"), is_headline("# Bupati Resmikan Pasar Baru")
    (True, True)
    >>> is_headline("Suara.com - Diluncurkan dua pekan lalu, mobil baru itu laris.")
    False
    >>> is_headline("Bupati meresmikan pasar baru di Kecamatan Contoh, Senin (4/5).")
    False
    """
    line = _MARKDOWN_HEADING.sub("", line.strip(), count=1)
    return (bool(line) and looks_like_headline(line) and not DATELINE_PUBLISHER.match(line)
            and not _SITE_DATELINE.match(line))


def read_text_article(text: str, *, source: str, meta: dict[str, Any] | None = None) -> Article:
    """Parse an article in the plain-text format: headline, blank line, body.

    Parameters
    ----------
    text : str
        The file's text. Line 1 is the headline when it reads as one (:func:`is_headline`:
        short, no sentence end, no dateline); otherwise the text has no headline and
        line 1 is the first paragraph, read like the rest. A date line among the first
        lines of the body gives the publication date and is removed.
    source : str
        Where the text came from (a path); its stem gives the id.
    meta : dict, optional
        Overrides with keys ``title``, ``published`` (ISO string or ``date``),
        ``publisher``, ``author``, ``url`` (the sidecar's content).

    Returns
    -------
    Article
        Cleaned of site noise; ``text`` is empty when nothing but noise was there.
        ``sha256`` is that of ``text`` in UTF-8 (:func:`iter_articles` puts the hash
        of the raw file bytes instead).

    Raises
    ------
    ValueError
        If ``meta`` has an unknown key, a non-string value or a bad ``published``.

    Examples
    --------
    >>> artikel = read_text_article(
    ...     "Wabup Sapa Pelaku UKM\\n\\nKamis, 30 April 2020\\n\\n"
    ...     "JEMBRANA, MANGUPURANEWS – Wakil Bupati menyapa pelaku UKM. (MN/yogi-HJ)\\n",
    ...     source="data/articles/wabup-sapa-ukm.txt")
    >>> artikel.id, artikel.title, artikel.published
    ('wabup-sapa-ukm', 'Wabup Sapa Pelaku UKM', datetime.date(2020, 4, 30))
    >>> artikel.text
    'JEMBRANA, MANGUPURANEWS – Wakil Bupati menyapa pelaku UKM.'
    >>> artikel.publisher, artikel.author
    ('MANGUPURANEWS', 'MN/yogi-HJ')
    """
    text = normalise(text).lstrip("\ufeff")
    lines = text.split("\n")
    title = None
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    if start < len(lines) and is_headline(lines[start]):
        title = _MARKDOWN_HEADING.sub("", lines[start].strip(), count=1)
        start += 1
    body = "\n".join(lines[start:])
    return build_article(
        body, ident=article_id(Path(source).stem, text), source=source,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), title=title, meta=meta)
