"""Plain data types that flow between the stages of the pipeline.

Nothing here knows about RDF: ``ingest`` produces :class:`Article`, ``extract``
produces :class:`Extraction`, and ``build`` turns an extraction into triples.
Entity fields hold *keys* (strings local to one extraction) to refer to each other;
IRIs are minted only in :mod:`graph.iris`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

__all__ = [
    "Article", "Skipped", "Unchanged", "Mention", "Person", "Organization", "Place", "Role", "Post",
    "Membership", "Event", "Quote", "Topic", "Law", "Extraction", "printable",
]

# C0 and C1 controls, DEL, the line and paragraph separators and the bidirectional overrides
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` with control characters written as escapes, so that a file name or a
    reason stays one line on a terminal and drives nothing there.

    >>> printable("berita\\nbaru\\x1b[31m.txt")
    'berita\\\\nbaru\\\\x1b[31m.txt'
    """
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


@dataclass(frozen=True)
class Article:
    """One news article, cleaned of site noise.

    ``text`` is the body with noise lines removed; it is the string every character
    offset (NIF ``beginIndex``/``endIndex``) refers to.
    """

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    source: str = ""
    sha256: str = ""
    removed_noise: tuple[str, ...] = ()
    # how ``published`` was inferred, when no metadata or date line gave it (an Indonesian note)
    published_inferred: str | None = None


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read, with a one-line reason for the user."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{printable(self.source)}: {printable(self.reason)}"


@dataclass(frozen=True)
class Unchanged:
    """An input the caller already has (same id, same content hash): not parsed further."""

    id: str
    sha256: str
    source: str = ""


@dataclass(frozen=True)
class Mention:
    """A span of ``Article.text`` that names an entity (by key)."""

    start: int
    end: int
    text: str
    entity: str
    confidence: float | None = None  # how sure the statistical tagger was, where it alone found the span


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    aliases: tuple[str, ...] = ()
    honorific_prefix: tuple[str, ...] = ()
    honorific_suffix: tuple[str, ...] = ()
    job_titles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Organization:
    """A government body, company, cooperative, community group or business.

    ``kind`` is one of government, business, cooperative, community, other.
    ``implied`` marks bodies the text only implies (the regency government behind a
    Bupati's post); they carry no mention.
    """

    key: str
    name: str
    kind: str = "other"
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    area: str | None = None
    is_business: bool = False
    sector: str | None = None
    products: tuple[str, ...] = ()
    implied: bool = False


@dataclass(frozen=True)
class Place:
    """kind: province, regency, city, district, village, venue, country, other."""

    key: str
    name: str
    kind: str
    within: str | None = None
    aliases: tuple[str, ...] = ()
    implied: bool = False


@dataclass(frozen=True)
class Role:
    """A role concept: Indonesian and English labels."""

    label_id: str
    label_en: str | None = None
    alt_id: str | None = None  # the role as the text writes it, when that is a short form ("Kabiro …")
    # other names of the same role: the bare title of a qualified one ("Ketua" of "Ketua Dewan
    # Pembina", "Menteri" of "Menteri Perindustrian"), the role without its acting prefix
    alt_more: tuple[str, ...] = ()


@dataclass(frozen=True)
class Post:
    key: str
    holder: str
    role: Role
    organization: str | None
    jurisdiction: str | None = None
    label: str = ""
    status: str = "current"  # current | acting | former | elect, as of the article's date


@dataclass(frozen=True)
class Membership:
    """Non-post ties: owner of a business, representative, employee, SME actor."""

    key: str
    member: str
    organization: str
    role: Role


@dataclass(frozen=True)
class Event:
    key: str
    name: str
    event_type: Role
    start: date | None = None
    date_inferred: str | None = None
    location: str | None = None
    organizer: str | None = None
    attendees: tuple[str, ...] = ()
    online: bool = False
    purpose: str | None = None
    sentence: tuple[int, int] | None = None


@dataclass(frozen=True)
class Quote:
    key: str
    text: str
    start: int
    end: int
    speaker: str | None = None


@dataclass(frozen=True)
class Topic:
    key: str
    label_id: str
    label_en: str | None = None


@dataclass(frozen=True)
class Law:
    """A law or regulation the article names.

    ``name`` is the fullest form as written ("Peraturan Presiden Nomor 12 Tahun 2019 tentang
    …"), ``identifier`` the normalized one ("Perpres 12/2019", "KUHP Pasal 55", "UU Tipikor"),
    ``law_type`` the normalized type ("Perpres"). ``local``: the identifier names the law only
    within this article (a regional rule whose region the reference does not name: "Perda
    5/2016"). ``part_of``: the identifier of the code an article of a code belongs to ("KUHP").
    """

    key: str
    name: str
    identifier: str
    law_type: str
    aliases: tuple[str, ...] = ()
    local: bool = False
    part_of: str | None = None


@dataclass(frozen=True)
class Extraction:
    article: Article
    people: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    places: tuple[Place, ...] = ()
    posts: tuple[Post, ...] = ()
    memberships: tuple[Membership, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    topics: tuple[Topic, ...] = ()
    mentions: tuple[Mention, ...] = field(default_factory=tuple)
    laws: tuple[Law, ...] = ()
