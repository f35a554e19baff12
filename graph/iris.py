"""Stable, valid IRIs for everything the builder mints (pure functions).

The same input gives the same IRIs on every run and machine: an IRI is made from a
kind and an ASCII slug of a name, never from a counter or a memory address. Any name
(odd characters, scripts, emoji, empty) gives a valid IRI: the slug keeps ``[a-z0-9-]``
and falls back to a short hash when nothing is left.
"""
from __future__ import annotations

import functools
import hashlib
import os
import re
import unicodedata

__all__ = ["DEFAULT_BASE", "base_iri", "slugify", "Minter"]

DEFAULT_BASE = "https://data.example.org/berita/"
_MAX_SLUG = 80
# scheme://host[:port]/path… with RFC 3987 characters only (letters beyond ASCII allowed)
_IRI_CHAR = r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2}|[^\x00-\x7f])"
_BASE_RE = re.compile(
    rf"^https?://(?:[A-Za-z0-9\-._~]|%[0-9A-Fa-f]{{2}}|[^\x00-\x7f])+(?::[0-9]{{1,5}})?"
    rf"(?:/{_IRI_CHAR}*)?#?$")


def base_iri(base: str | None = None) -> str:
    """The base IRI: the argument, else ``$KG_BASE_IRI``, else :data:`DEFAULT_BASE`.

    Raises
    ------
    ValueError
        When the base is not an absolute http(s) IRI ending in ``/`` or ``#``.
    """
    base = base or os.environ.get("KG_BASE_IRI") or DEFAULT_BASE
    if not _BASE_RE.match(base) or not base.endswith(("/", "#")) or base.count("#") > 1 \
            or ("#" in base and not base.endswith("#")):
        raise ValueError(f"base IRI must be an absolute http(s) IRI ending in '/' or '#' "
                         f"(no spaces, no bad %-escapes): {base!r}")
    return base


@functools.lru_cache(maxsize=1 << 16)
def slugify(text: str) -> str:
    """An ASCII slug of ``text``, at most 80 characters, never empty.

    >>> slugify("Dinas Koperasi, Perindustrian dan Perdagangan")
    'dinas-koperasi-perindustrian-dan-perdagangan'
    >>> slugify("I Gusti Ayu Ratih 🌺")
    'i-gusti-ayu-ratih'
    >>> slugify("木")
    'x-8294db3a'
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    if not s:
        return f"x-{digest}"
    if len(s) > _MAX_SLUG:
        s = f"{s[:_MAX_SLUG - 9].rstrip('-')}-{digest}"
    return s


class Minter:
    """Mints the IRIs of one dataset under one base, as plain strings (wrap them in an
    rdflib ``URIRef`` or a pyoxigraph ``NamedNode`` where a term is needed).

    >>> m = Minter("https://data.example.org/berita/")
    >>> str(m.entity("person", "I Made Contoh"))
    'https://data.example.org/berita/person/i-made-contoh'
    """

    def __init__(self, base: str | None = None) -> None:
        self.base = base_iri(base)

    def iri(self, *parts: str) -> str:
        return self.base + "/".join(parts)

    def entity(self, kind: str, name: str) -> str:
        return f"{self.base}{kind}/{slugify(name)}"

    def article(self, article_id: str) -> str:
        return f"{self.base}article/{slugify(article_id)}"

    def graph(self, article_id: str) -> str:
        return f"{self.base}graph/{slugify(article_id)}"

    def in_article(self, kind: str, article_id: str, local: str) -> str:
        """Things that exist only inside one article: events, quotes, mentions."""
        return f"{self.base}{kind}/{slugify(article_id)}/{slugify(local)}"

    def nif(self, article_id: str, start: int, end: int) -> str:
        """A NIF string IRI in the RFC 5147 style DBpedia Spotlight uses."""
        return f"{self.article(article_id)}#char={start},{end}"
