"""Read input files into :class:`~graph.types.Article` records.

This is the only module that opens input files. Everything it cannot read becomes a
:class:`~graph.types.Skipped` with a one-line reason; :func:`iter_articles` never raises
for bad input, and one bad file (or one bad JSONL line) never stops the rest.

Inputs
------
``.txt`` / ``.md``
    Line 1 is the headline (a leading Markdown ``#`` is dropped), then a blank line,
    then the body as copied from a web page. A publication-date line among the first
    five non-empty lines after the headline ("Senin, 12 Oktober 2020 | 17:05 WITA",
    "Jumat, 6 Agustus 2021 - 09:14 WIB", "Diterbitkan: 24 Juni 2021", "24/06/2021")
    gives ``Article.published`` and is removed from the body.
``.html`` / ``.htm``
    Main text and metadata (title, date, author, site name, canonical URL) come from
    trafilatura; the text then goes through the same date-line and noise cleaning.
``.jsonl``
    One JSON object per line, read as a stream: ``text`` (required, non-empty),
    optional ``id``, ``title``, ``published`` (ISO date or date-time), ``url``,
    ``publisher``, ``author``; other fields are ignored. Blank lines are skipped; each
    bad line is its own ``Skipped`` with source ``"file.jsonl:LINE"``. ``max_bytes``
    limits each line rather than the whole file.
Folders
    Every file with one of the extensions above, recursively, in sorted order; hidden
    files and folders and ``*.meta.json`` sidecars are left out, other files ignored.

Sidecar metadata
----------------
``foo.txt``, ``foo.md`` or ``foo.html`` may have a ``foo.meta.json`` next to it: a JSON
object with any of ``title``, ``published`` (ISO date such as ``"2021-06-24"``, or a
date-time whose date part is used), ``publisher``, ``author``, ``url``; each a string
or null. Its values override what the file itself gives. A sidecar that is not valid
JSON, not an object, has an unknown field or a badly typed value makes the article a
``Skipped`` ("bad sidecar foo.meta.json: ...") rather than silently losing metadata.

Text handling
-------------
Bytes are decoded as UTF-8 (a BOM is dropped; UTF-16 with a BOM is accepted). Text that
is not valid UTF-8 is decoded as cp1252, the usual encoding of older Indonesian pages,
and a warning is logged on the ``graph.ingest`` logger. Text is normalised to NFC with
``"\\n"`` line ends. ``Article.sha256`` is the hash of the raw input bytes (of the raw
line for JSONL). Site noise (banners, "Baca Juga" boxes, share and tag lines, comment
forms, bylines) is removed by the rules in ``graph/lexicons/noise.tsv``; see
:func:`clean_noise`.
"""
from __future__ import annotations

import codecs
import contextlib
import hashlib
import json
import logging
import os
import re
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from graph.types import Article, Skipped, Unchanged

__all__ = [
    "SUPPORTED_EXTENSIONS",
    "article_id",
    "clean_noise",
    "iter_articles",
    "parse_date_line",
    "read_text_article",
]

LOGGER = logging.getLogger("graph.ingest")

SUPPORTED_EXTENSIONS = (".txt", ".md", ".html", ".htm", ".jsonl")
SIDECAR_SUFFIX = ".meta.json"
SIDECAR_FIELDS = ("title", "published", "publisher", "author", "url")
JSONL_OPTIONAL_FIELDS = ("title", "url", "publisher", "author")

BINARY_SNIFF_BYTES = 8192
MAX_SIDECAR_BYTES = 1_000_000
# A date line sits right under the headline; further down, a date is body text.
DATE_LINE_WINDOW = 5
# A dateline ("JEMBRANA, MANGUPURANEWS – ...") opens one of the first paragraphs.
DATELINE_WINDOW = 3
# Related-article headlines are short and do not end like a sentence.
MAX_HEADLINE_CHARS = 150
MAX_RELATED_HEADLINES = 10
SENTENCE_END = ('.', '!', '?', '…', '"', '”', '’', "'")
QUOTE_START = ('"', '“', '”', "'", '‘', '’', '«')
# A first line this long is a paragraph, not a headline.
MAX_TITLE_CHARS = 300

NOISE_RULES_PATH = Path(__file__).with_name("lexicons") / "noise.tsv"
NOISE_KINDS = ("drop_line", "drop_with_headlines", "cut_from", "byline")

# Third-party loggers that report on every page they dislike.
HTML_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer")

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
_BLANK_RUNS = re.compile(r"\n{3,}")
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")
_WHITESPACE = re.compile(r"\s+")
# What may follow a "Baca Juga" marker on the same line before its headline.
_MARKER_SEPARATOR = re.compile(r"\s*[:：\-–—|»>]\s*|\s+")


def _load_noise_rules(path: Path) -> dict[str, tuple[re.Pattern[str], ...]]:
    """Read ``noise.tsv`` into compiled patterns per kind; bad rules fail loudly."""
    rules: dict[str, list[re.Pattern[str]]] = {kind: [] for kind in NOISE_KINDS}
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, _, rest = line.partition("\t")
        pattern = rest.partition("\t")[0]
        if kind == "kind":  # the header row
            continue
        if kind not in rules or not pattern:
            raise ValueError(f"{path}:{line_no}: expected '<kind>\\t<pattern>\\t<comment>' "
                             f"with kind in {', '.join(NOISE_KINDS)}")
        try:
            compiled = re.compile(pattern, re.IGNORECASE)
        except re.error as err:
            raise ValueError(f"{path}:{line_no}: bad pattern: {err}") from None
        if kind == "byline" and "credit" not in compiled.groupindex:
            raise ValueError(f"{path}:{line_no}: a byline pattern needs a (?P<credit>...) group")
        rules[kind].append(compiled)
    return {kind: tuple(patterns) for kind, patterns in rules.items()}


def _any_fullmatch(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """Fold whole-line patterns into one regex, so each line is tested once."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns) or r"(?!)", re.IGNORECASE)


NOISE_RULES = _load_noise_rules(NOISE_RULES_PATH)
DROP_LINE = _any_fullmatch(NOISE_RULES["drop_line"])
CUT_FROM = _any_fullmatch(NOISE_RULES["cut_from"])
# A marker must end at a word boundary: "Terbaru" is a marker, "Terbarukan" is not.
RELATED_MARKER = re.compile(
    "(?:" + "|".join(f"(?:{p.pattern})" for p in NOISE_RULES["drop_with_headlines"]) + r")(?!\w)",
    re.IGNORECASE,
)
BYLINES = NOISE_RULES["byline"]


# --------------------------------------------------------------------------- pure core

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


def _looks_like_headline(line: str) -> bool:
    return (len(line) <= MAX_HEADLINE_CHARS
            and not line.endswith(SENTENCE_END)
            and not line.startswith(QUOTE_START))


def _related_marker(line: str) -> str | None:
    """Classify a related-articles line: "alone", "with_headline" or None."""
    match = RELATED_MARKER.match(line)
    if match is None:
        return None
    rest = line[match.end():]
    if not rest.strip(" :：-–—|»>"):
        return "alone"
    separator = _MARKER_SEPARATOR.match(rest)
    if separator is None:  # "Berita lainnya, menurut ...": prose that starts like a marker
        return None
    # "Baca Juga: X" is noise whatever X is; "Berita lainnya menyebutkan ..." is prose.
    if separator.group().strip() or _looks_like_headline(rest[separator.end():]):
        return "with_headline"
    return None


def _strip_byline(line: str) -> tuple[str, str | None, str | None]:
    """Cut a byline from ``line``: (rest of line, removed text, credit)."""
    for pattern in BYLINES:
        match = pattern.search(line)
        if match:
            credit = match["credit"].strip()
            rest = (line[:match.start()] + line[match.end():]).strip()
            return rest, match.group().strip(), credit if credit.strip("*") else None
    return line, None, None


def clean_noise(body: str) -> tuple[str, tuple[str, ...], str | None]:
    """Remove site noise from an article body, keeping every real paragraph verbatim.

    The rules come from ``graph/lexicons/noise.tsv``: whole noise lines (banners, share
    and tag lines, comment-form labels) are dropped; a related-articles marker ("Baca
    Juga", "Pos terkait") is dropped with the headlines under it, up to the first line
    that reads like body text; a comment-form heading ("Tinggalkan Balasan") cuts off
    the rest; bylines ("(gde/ari)", "Editor: ...") are removed and kept as the credit.
    Runs of blank lines left behind become one blank line.

    Parameters
    ----------
    body : str
        Article body, one paragraph per line.

    Returns
    -------
    text : str
        The cleaned body.
    removed : tuple of str
        The removed lines (or byline fragments), in order.
    author : str or None
        The author credits found, joined with ``"; "``; None if there were none.

    Examples
    --------
    >>> teks = '''TABANAN – Bupati meresmikan pasar rakyat.
    ...
    ... banner 468x60
    ...
    ... Baca Juga: Ratusan Warga Ikuti Vaksinasi
    ...
    ... Pedagang menyambut baik pasar baru itu, ujarnya. (gde/ari)
    ...
    ... Tinggalkan Balasan
    ... Alamat email Anda tidak akan dipublikasikan.'''
    >>> bersih, dibuang, penulis = clean_noise(teks)
    >>> print(bersih)
    TABANAN – Bupati meresmikan pasar rakyat.
    <BLANKLINE>
    Pedagang menyambut baik pasar baru itu, ujarnya.
    >>> penulis
    'gde/ari'
    >>> len(dibuang)
    5
    """
    kept: list[str] = []
    removed: list[str] = []
    credits: list[str] = []
    headlines_left = 0  # > 0 while reading the headlines under a marker
    lines = _normalise_newlines(body).split("\n")
    for index, raw_line in enumerate(lines):
        line = raw_line.strip()
        if not line:
            kept.append("")
            continue
        cut = CUT_FROM.fullmatch(line)
        if cut and any(kept):
            removed.extend(rest.strip() for rest in lines[index:] if rest.strip())
            break
        if cut or DROP_LINE.fullmatch(line):  # a comment link above the body cuts nothing
            removed.append(line)
            continue
        marker = _related_marker(line)
        if marker is not None:
            removed.append(line)
            headlines_left = MAX_RELATED_HEADLINES if marker == "alone" else 0
            continue
        rest, byline, credit = _strip_byline(line)
        if headlines_left and rest and _looks_like_headline(line):
            removed.append(line)
            headlines_left -= 1
            continue
        headlines_left = 0
        if byline is not None:
            removed.append(byline)
            if credit and credit not in credits:
                credits.append(credit)
        if rest:
            kept.append(rest)
    text = _BLANK_RUNS.sub("\n\n", "\n".join(kept)).strip("\n")
    return text, tuple(removed), "; ".join(credits) or None


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


def _clean_field(value: str | None) -> str | None:
    if value is None:
        return None
    value = _WHITESPACE.sub(" ", unicodedata.normalize("NFC", value)).strip()
    return value or None


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFC", _normalise_newlines(text))


def _iso_date(value: Any) -> date | None:
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


def _check_meta(meta: dict[str, Any]) -> dict[str, Any]:
    """Validate metadata overrides: known fields, strings, an ISO ``published``."""
    unknown = sorted(set(meta) - set(SIDECAR_FIELDS))
    if unknown:
        raise ValueError(f"unknown field {unknown[0]!r} (known: {', '.join(SIDECAR_FIELDS)})")
    checked: dict[str, Any] = {}
    for key, value in meta.items():
        if value is None:
            continue
        if key == "published":
            checked[key] = _iso_date(value)
        elif isinstance(value, str):
            if _clean_field(value):
                checked[key] = _clean_field(value)
        else:
            raise ValueError(f"field {key!r} must be a string, got {type(value).__name__}")
    return checked


def _build_article(body: str, *, ident: str, source: str, sha256: str,
                   title: str | None = None, found: dict[str, Any] | None = None,
                   meta: dict[str, Any] | None = None) -> Article:
    """Shared tail of every reader: date line, noise, dateline publisher, overrides.

    ``found`` holds what the input itself says (HTML metadata, JSONL fields), which
    beats what is guessed from the text; ``meta`` (the sidecar) beats both.
    """
    found = {key: value for key, value in (found or {}).items() if value is not None}
    overrides = _check_meta(meta or {})
    lines, date_line, line_date = _take_date_line(body.split("\n"))
    text, removed, credit = clean_noise("\n".join(lines))
    if date_line is not None:
        removed = (date_line, *removed)
    fields: dict[str, Any] = {
        "title": _clean_field(title),
        "published": line_date,
        "publisher": _dateline_publisher(text),
        "author": credit,
        "url": None,
    }
    fields.update(found)
    fields.update(overrides)
    return Article(id=ident, text=text, source=source, sha256=sha256,
                   removed_noise=removed, **fields)


def read_text_article(text: str, *, source: str, meta: dict[str, Any] | None = None) -> Article:
    """Parse an article in the plain-text format: headline, blank line, body.

    Parameters
    ----------
    text : str
        The file's text. Line 1 is the headline; a date line among the first lines
        of the body gives the publication date and is removed.
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
    text = _normalise(text).lstrip("\ufeff")
    lines = text.split("\n")
    title = None
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    if start < len(lines) and len(lines[start].strip()) <= MAX_TITLE_CHARS:
        title = _MARKDOWN_HEADING.sub("", lines[start].strip(), count=1)
        start += 1
    body = "\n".join(lines[start:])
    return _build_article(
        body, ident=article_id(Path(source).stem, text), source=source,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), title=title, meta=meta)


# ------------------------------------------------------------------------- I/O edge

def iter_articles(paths: Iterable[str | Path] | str | Path, *, max_bytes: int = 10_000_000,
                  known: Callable[[str, str], bool] | None = None) -> Iterator[Article | Skipped | Unchanged]:
    """Read articles from files and folders, turning every problem into a ``Skipped``.

    Parameters
    ----------
    paths : iterable of str or Path
        Files (``.txt``, ``.md``, ``.html``, ``.htm``, ``.jsonl``) and folders (searched
        recursively, in sorted order). A single path is accepted too.
    max_bytes : int, optional
        Larger files are skipped (for JSONL: larger lines). Default 10 MB.
    known : callable, optional
        ``known(article_id, sha256)`` is asked before an article is cleaned; when it
        answers true, an :class:`~graph.types.Unchanged` stands for the article (an
        incremental build skips what its store already holds, at the cost of a hash).

    Yields
    ------
    Article, Skipped or Unchanged
        In input order; a ``Skipped`` carries a one-line reason.

    Examples
    --------
    >>> [str(item) for item in iter_articles(["tidak-ada.txt"])]
    ['tidak-ada.txt: no such file or folder']
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for given in paths:
        path = Path(given)
        source = str(given)
        try:
            is_dir, exists = path.is_dir(), path.exists()
        except OSError as err:
            yield Skipped(source, f"cannot read: {_os_error(err)}")
            continue
        if is_dir:
            yield from _read_folder(path, source, max_bytes, known)
        elif not exists:
            yield Skipped(source, "no such file or folder")
        elif path.suffix.lower() not in SUPPORTED_EXTENSIONS:
            yield Skipped(source, _unsupported_reason(path))
        else:
            yield from _read_file_safely(path, source, max_bytes, known)


def _unsupported_reason(path: Path) -> str:
    kind = f"'{path.suffix}'" if path.suffix else "without extension"
    return f"unsupported file type {kind} (expected {', '.join(SUPPORTED_EXTENSIONS)})"


def _os_error(err: OSError) -> str:
    return _one_line(err.strerror or str(err))


def _one_line(message: str, limit: int = 200) -> str:
    message = _WHITESPACE.sub(" ", message).strip()
    return message if len(message) <= limit else message[:limit - 1] + "…"


def _size(n_bytes: int) -> str:
    for unit, scale in (("MB", 1_000_000), ("kB", 1_000)):
        if n_bytes >= scale:
            return f"{n_bytes / scale:g} {unit}"
    return f"{n_bytes} bytes"


def _read_folder(folder: Path, source: str, max_bytes: int, known=None) -> Iterator[Article | Skipped]:
    errors: list[OSError] = []
    found = False
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name.lower().endswith(SIDECAR_SUFFIX):
                continue
            if os.path.splitext(name)[1].lower() not in SUPPORTED_EXTENSIONS:
                continue
            found = True
            path = Path(root, name)
            yield from _read_file_safely(path, str(path), max_bytes, known)
    for err in errors:
        yield Skipped(str(err.filename or source), f"cannot read folder: {_os_error(err)}")
    if not found and not errors:
        yield Skipped(source, f"no {', '.join(SUPPORTED_EXTENSIONS)} files in folder")


def _read_file_safely(path: Path, source: str, max_bytes: int, known=None) -> Iterator[Article | Skipped]:
    """Read one file; whatever goes wrong ends that file only, as a ``Skipped``."""
    try:
        yield from _read_file(path, source, max_bytes, known)
    except OSError as err:  # permissions, files vanishing mid-read, ...
        yield Skipped(source, f"cannot read: {_os_error(err)}")
    except Exception as err:  # a bug here must not cost the user the rest of the batch
        LOGGER.exception("%s: unexpected error while reading", source)
        yield Skipped(source, _one_line(f"unexpected error: {type(err).__name__}: {err}"))


def _read_file(path: Path, source: str, max_bytes: int, known=None) -> Iterator[Article | Skipped]:
    if not path.is_file():
        yield Skipped(source, "not a regular file")
        return
    extension = path.suffix.lower()
    if extension == ".jsonl":
        yield from _read_jsonl(path, source, max_bytes, known)
        return
    size = path.stat().st_size
    if size > max_bytes:
        yield Skipped(source, f"larger than {_size(max_bytes)} limit ({_size(size)})")
        return
    try:
        meta = _read_sidecar(path)
    except ValueError as err:
        yield Skipped(source, _one_line(f"bad sidecar {path.stem}{SIDECAR_SUFFIX}: {err}"))
        return
    raw = path.read_bytes()
    text, problem = _decode(raw, source)
    if problem:
        yield Skipped(source, problem)
        return
    sha256 = hashlib.sha256(raw).hexdigest()
    if known is not None:
        ident = article_id(path.stem, text if extension in (".html", ".htm") else
                           _normalise(text).lstrip("\ufeff"))
        if known(ident, sha256):
            yield Unchanged(ident, sha256, source)
            return
    if extension in (".html", ".htm"):
        yield _read_html(text, source=source, sha256=sha256, ident=article_id(path.stem, text),
                         meta=meta)
        return
    article = replace(read_text_article(text, source=source, meta=meta), sha256=sha256)
    if not article.text:
        yield Skipped(source, "no article text after the headline")
    else:
        yield article


def _decode(raw: bytes, source: str) -> tuple[str, str | None]:
    """Bytes to normalised text, or a reason why the bytes are not an article."""
    if not raw.strip():
        return "", "empty file"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            return "", "not valid UTF-16 despite its byte-order mark"
    elif b"\x00" in raw[:BINARY_SNIFF_BYTES]:
        return "", "binary file (NUL bytes)"
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            # Older regional sites still serve Windows-1252; such text is real text.
            LOGGER.warning("%s: not valid UTF-8 (byte %d); decoded as cp1252", source, err.start)
            text = raw.decode("cp1252", errors="replace")
    text = _normalise(text).lstrip("\ufeff")
    if not text.strip():
        return "", "empty file"
    return text, None


def _read_sidecar(path: Path) -> dict[str, Any]:
    """The checked content of ``path``'s ``.meta.json`` sidecar; {} if there is none."""
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return {}
    if sidecar.stat().st_size > MAX_SIDECAR_BYTES:
        raise ValueError(f"larger than {_size(MAX_SIDECAR_BYTES)}")
    try:
        content = json.loads(sidecar.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ValueError("not valid UTF-8") from None
    except json.JSONDecodeError as err:
        raise ValueError(f"invalid JSON: {err.msg} (line {err.lineno}, column {err.colno})") \
            from None
    if not isinstance(content, dict):
        raise ValueError(f"expected a JSON object, got {_json_type(content)}")
    return _check_meta(content)


def _json_type(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean",
             int: "number", float: "number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


@contextlib.contextmanager
def _quiet_html_libraries() -> Iterator[None]:
    """Silence trafilatura and friends: bad pages are reported as ``Skipped`` instead."""
    loggers = [logging.getLogger(name) for name in HTML_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)


def _read_html(html: str, *, source: str, sha256: str, ident: str,
               meta: dict[str, Any]) -> Article | Skipped:
    with _quiet_html_libraries():
        import trafilatura  # heavy: only when an HTML file is actually read

        try:
            document = trafilatura.bare_extraction(
                html, with_metadata=True, include_comments=False, include_tables=False,
                # Dates from the page's metadata only; htmldate's extensive search
                # guesses from any number on the page (copyright years, URLs).
                date_extraction_params={"original_date": True, "extensive_search": False},
            )
        except Exception as err:  # lxml and trafilatura raise many kinds on broken pages
            return Skipped(source, _one_line(f"could not parse HTML: {type(err).__name__}: {err}"))
    if document is None or not (document.text or "").strip():
        return Skipped(source, "no article text found in HTML")
    title = _clean_field(document.title)
    # trafilatura returns one paragraph per line, the page's own headline first.
    paragraphs = [line.strip() for line in _normalise(document.text).split("\n") if line.strip()]
    if title and paragraphs and _WHITESPACE.sub(" ", paragraphs[0]).casefold() == title.casefold():
        paragraphs = paragraphs[1:]
    try:
        published = _iso_date(document.date) if document.date else None
    except ValueError:
        published = None
    found = {
        "published": published,
        "publisher": _clean_field(document.sitename),
        "author": _clean_field(document.author),
        "url": _clean_field(document.url),
    }
    article = _build_article("\n\n".join(paragraphs), ident=ident, source=source,
                             sha256=sha256, title=title, found=found, meta=meta)
    if not article.text:
        return Skipped(source, "no article text found in HTML")
    return article


def _iter_raw_lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """Yield (line number, raw line); None for a line longer than ``max_bytes``."""
    line_no = 0
    while True:
        raw = stream.readline(max_bytes + 1)
        if not raw:
            return
        line_no += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while True:  # skip the rest of the overlong line without holding it
                chunk = stream.readline(1 << 20)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield line_no, None
            continue
        yield line_no, raw


def _read_jsonl(path: Path, source: str, max_bytes: int, known=None) -> Iterator[Article | Skipped]:
    with path.open("rb") as stream:
        if b"\x00" in stream.read(BINARY_SNIFF_BYTES):
            yield Skipped(source, "binary file (NUL bytes)")
            return
        stream.seek(0)
        records = 0
        for line_no, raw in _iter_raw_lines(stream, max_bytes):
            line_source = f"{source}:{line_no}"
            if raw is None:
                records += 1
                yield Skipped(line_source, f"line {line_no}: larger than {_size(max_bytes)} limit")
                continue
            raw = raw.rstrip(b"\r\n")
            if line_no == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            if not raw.strip():
                continue
            records += 1
            yield _read_jsonl_record(raw, line_no, path=path, source=line_source, known=known)
    if records == 0:
        yield Skipped(source, "empty file")


def _read_jsonl_record(raw: bytes, line_no: int, *, path: Path, source: str,
                       known=None) -> Article | Skipped | Unchanged:
    def skip(problem: str) -> Skipped:
        return Skipped(source, _one_line(f"line {line_no}: {problem}"))

    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        LOGGER.warning("%s: not valid UTF-8; decoded as cp1252", source)
        line = raw.decode("cp1252", errors="replace")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return skip(f"invalid JSON: {err.msg} (column {err.colno})")
    if not isinstance(record, dict):
        return skip(f"expected a JSON object, got {_json_type(record)}")
    if "text" not in record:
        return skip("missing required field 'text'")
    body = record["text"]
    if not isinstance(body, str):
        return skip(f"field 'text' must be a string, got {_json_type(body)}")
    if not body.strip():
        return skip("field 'text' is empty")
    found: dict[str, Any] = {}
    for key in JSONL_OPTIONAL_FIELDS:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            return skip(f"field {key!r} must be a string, got {_json_type(value)}")
        found[key] = _clean_field(value)
    if record.get("published") is not None:
        try:
            found["published"] = _iso_date(record["published"])
        except ValueError as err:
            return skip(f"field 'published' is {err}")
    record_id = record.get("id")
    if isinstance(record_id, bool) or not isinstance(record_id, (str, int, type(None))):
        return skip(f"field 'id' must be a string or integer, got {_json_type(record_id)}")
    body = _normalise(body)
    name = str(record_id) if record_id is not None else f"{path.stem}-{line_no}"
    ident, sha256 = article_id(name, body), hashlib.sha256(raw).hexdigest()
    if known is not None and known(ident, sha256):
        return Unchanged(ident, sha256, source)
    title = found.pop("title")
    article = _build_article(body, ident=ident, source=source, sha256=sha256, title=title, found=found)
    if not article.text:
        return skip("no article text left after removing site noise")
    return article
