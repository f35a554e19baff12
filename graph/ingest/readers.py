"""The I/O edge of reading: files, folders, HTML pages and JSONL streams, each turned
into :class:`~graph.types.Article` records by :mod:`graph.ingest.article`, every problem
into a :class:`~graph.types.Skipped` with a one-line reason.
"""
from __future__ import annotations

import codecs
import contextlib
import hashlib
import json
import logging
import os
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO

from graph.types import Article, Skipped, Unchanged, printable

from .article import (
    WHITESPACE,
    article_id,
    build_article,
    check_meta,
    clean_field,
    iso_date,
    normalise,
    read_text_article,
)

__all__ = ["SUPPORTED_EXTENSIONS", "iter_articles"]

LOGGER = logging.getLogger("graph.ingest")

SUPPORTED_EXTENSIONS = (".txt", ".md", ".html", ".htm", ".jsonl")
SIDECAR_SUFFIX = ".meta.json"
JSONL_OPTIONAL_FIELDS = ("title", "url", "publisher", "author")

BINARY_SNIFF_BYTES = 8192
MAX_SIDECAR_BYTES = 1_000_000

# Third-party loggers that report on every page they dislike.
HTML_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer")


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
    once = _Once()
    for given in paths:
        path = Path(given)
        source = str(given)
        try:
            is_dir, exists = path.is_dir(), path.exists()
        except OSError as err:
            yield Skipped(source, f"cannot read: {_os_error(err)}")
            continue
        if is_dir:
            yield from _read_folder(path, source, max_bytes, known, once)
        elif not exists:
            yield Skipped(source, "no such file or folder")
        elif path.suffix.lower() not in SUPPORTED_EXTENSIONS:
            yield Skipped(source, _unsupported_reason(path))
        elif once.first(path):
            yield from _read_file_safely(path, source, max_bytes, known)


def _unsupported_reason(path: Path) -> str:
    kind = f"'{path.suffix}'" if path.suffix else "without extension"
    return f"unsupported file type {kind} (expected {', '.join(SUPPORTED_EXTENSIONS)})"


def _os_error(err: OSError) -> str:
    return _one_line(err.strerror or str(err))


def _one_line(message: str, limit: int = 200) -> str:
    message = WHITESPACE.sub(" ", message).strip()
    return message if len(message) <= limit else message[:limit - 1] + "…"


def _size(n_bytes: int) -> str:
    for unit, scale in (("MB", 1_000_000), ("kB", 1_000)):
        if n_bytes >= scale:
            return f"{n_bytes / scale:g} {unit}"
    return f"{n_bytes} bytes"


class _Once:
    """The files read so far in one run, by device and inode: a file given twice (by two
    spellings, or as itself and inside a folder also given) is read once."""

    def __init__(self) -> None:
        self._seen: set[tuple[int, int]] = set()

    def first(self, path: Path) -> bool:
        try:
            st = path.stat()
        except OSError:
            return True  # the reader says what is wrong with it
        key = (st.st_dev, st.st_ino)
        if key in self._seen:
            LOGGER.info("%s: given more than once; read once", printable(str(path)))
            return False
        self._seen.add(key)
        return True


def _read_folder(folder: Path, source: str, max_bytes: int, known=None,
                 once: _Once | None = None) -> Iterator[Article | Skipped]:
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
            if once is None or once.first(path):
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
        LOGGER.debug("%s: unexpected error while reading", source, exc_info=True)  # the line below says it
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
                           normalise(text).lstrip("\ufeff"))
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
            text = raw.decode("cp1252", errors="replace")
            if not _looks_binary(text[:BINARY_SNIFF_BYTES]):
                LOGGER.warning("%s: not valid UTF-8 (byte %d); decoded as cp1252", printable(source), err.start)
    if _looks_binary(text[:BINARY_SNIFF_BYTES]):
        return "", "binary file (control characters, no text)"
    text = normalise(text).lstrip("\ufeff")
    if not text.strip():
        return "", "empty file"
    return text, None


#: Characters text never holds in numbers: C0 and C1 controls (tab, line and page breaks
#: aside) and what no encoding could decode. Random bytes are some 15% of them.
_NOT_TEXT = frozenset(chr(c) for c in (*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), *range(0x7F, 0xA0))) \
    | {"\ufffd"}


def _looks_binary(sample: str) -> bool:
    """Whether decoded text is binary data after all (no NUL byte, yet no text): more than
    one character in a hundred that text does not hold."""
    odd = sum(1 for ch in sample if ch in _NOT_TEXT)
    return odd > max(4, len(sample) // 100)


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
    return check_meta(content)


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
        depth = _html_depth(html)
        if depth > HTML_MAX_DEPTH:  # libxml2 stops there: the text below is never reached
            return Skipped(source, f"no article text found in HTML: its tags nest {depth:,} deep, and the "
                                   f"HTML parser reads {HTML_MAX_DEPTH} levels at most")
        return Skipped(source, "no article text found in HTML")
    title = clean_field(document.title)
    # trafilatura returns one paragraph per line, the page's own headline first.
    paragraphs = [line.strip() for line in normalise(document.text).split("\n") if line.strip()]
    if title and paragraphs and WHITESPACE.sub(" ", paragraphs[0]).casefold() == title.casefold():
        paragraphs = paragraphs[1:]
    try:
        published = iso_date(document.date) if document.date else None
    except ValueError:
        published = None
    found = {
        "published": published,
        "publisher": clean_field(document.sitename),
        "author": clean_field(document.author),
        "url": clean_field(document.url),
    }
    article = build_article("\n\n".join(paragraphs), ident=ident, source=source,
                             sha256=sha256, title=title, found=found, meta=meta)
    if not article.text:
        return Skipped(source, "no article text found in HTML")
    return article


HTML_MAX_DEPTH = 255  # libxml2's limit on nesting without its "huge" option
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^<>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def _html_depth(html: str) -> int:
    """How deep the tags of ``html`` nest, read lexically (an upper bound on sloppy pages,
    which leave some tags unclosed; used only to explain a page that gave no text)."""
    depth = deepest = 0
    for m in _TAG.finditer(html):
        closing, name, selfclosing = m.group(1), m.group(2).lower(), m.group(3)
        if closing:
            depth = max(0, depth - 1)
        elif not selfclosing and name not in _VOID:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


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
        LOGGER.warning("%s: not valid UTF-8; decoded as cp1252", printable(source))
        line = raw.decode("cp1252", errors="replace")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return skip(f"invalid JSON: {err.msg} (column {err.colno})")
    except RecursionError:  # [[[[… thousands deep: the parser's stack, not the file, gives out
        return skip("invalid JSON: nested too deep")
    except ValueError as err:  # an integer of more digits than Python converts
        return skip(f"invalid JSON: {str(err).split(':')[0]}")
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
        found[key] = clean_field(value)
    if record.get("published") is not None:
        try:
            found["published"] = iso_date(record["published"])
        except ValueError as err:
            return skip(f"field 'published' is {err}")
    record_id = record.get("id")
    if isinstance(record_id, bool) or not isinstance(record_id, (str, int, type(None))):
        return skip(f"field 'id' must be a string or integer, got {_json_type(record_id)}")
    body = normalise(body)
    name = str(record_id) if record_id is not None else f"{path.stem}-{line_no}"
    ident, sha256 = article_id(name, body), hashlib.sha256(raw).hexdigest()
    if known is not None and known(ident, sha256):
        return Unchanged(ident, sha256, source)
    title = found.pop("title")
    article = build_article(body, ident=ident, source=source, sha256=sha256, title=title, found=found)
    if not article.text:
        return skip("no article text left after removing site noise")
    return article
