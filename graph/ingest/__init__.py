"""Read input files into :class:`~graph.types.Article` records.

This is the only package that opens input files: :mod:`~graph.ingest.readers` (files,
folders, HTML, JSONL: the I/O edge) hands text to :mod:`~graph.ingest.article` (pure:
text in, ``Article`` out), which cleans it with :mod:`~graph.ingest.noise`. Everything it cannot read becomes a
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

from .article import article_id, parse_date_line, read_text_article
from .noise import clean_noise
from .readers import SUPPORTED_EXTENSIONS, iter_articles

__all__ = [
    "SUPPORTED_EXTENSIONS",
    "article_id",
    "clean_noise",
    "iter_articles",
    "parse_date_line",
    "read_text_article",
]
