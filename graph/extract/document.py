"""The state of one article's extraction: the :class:`Document` the passes fill in, its
entities, and :class:`Pass`, the contract of a pass (what it reads, what it assigns).

A document starts with the article's text cut up (sentences, paragraphs, quotations,
tokens: the fields of :data:`GIVEN`); the passes of :data:`graph.extract.PASSES` then
assign the fields of :data:`FOUND` (entities, mentions, posts, events, …) in turn.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ClassVar

from ..types import Article, Event, Membership, Post, Quote, Topic
from .lexicon import Lexicon
from .text import Token, paragraphs, quotations, sentences, tokenize, tokens_of

__all__ = ["slug", "Entity", "TitleMention", "PersonEntity", "OrgEntity", "PlaceEntity", "is_country", "GIVEN",
           "FOUND", "Document", "Spans", "tokens_in", "Pass"]


def slug(text: str) -> str:
    """ASCII lowercase slug of a name, for keys and IRIs.

    >>> slug("Dinas Koperasi, Perindustrian dan Perdagangan")
    'dinas-koperasi-perindustrian-dan-perdagangan'
    """
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")


@dataclass
class Entity:
    """A person, body or place the article names or implies, under its key ("org:dinas-…")."""

    key: str
    name: str
    first: int | None  # where the article first names it; None: nowhere (an implied region or government)
    aliases: set[str] = field(default_factory=set)

    kind: ClassVar[str]  # person | org | place

    def seen_at(self, pos: int | None) -> None:
        """Note that the article names it at ``pos`` (None: nowhere)."""
        if pos is not None:
            self.first = pos if self.first is None else min(self.first, pos)

    def refers_to(self, key: str) -> bool:
        """Whether one of its facts is the entity ``key`` (a place it lies in, a body's area or parent)."""
        return False


@dataclass
class TitleMention:
    """A title the article gives a person, before the posts pass reads it as a post."""

    title: str  # the title's form in titles.tsv ("Kepala Dinas")
    pre: str | None  # its prefix as written ("Plt."), a key of title_prefixes.tsv
    comp: str  # what names its body or place, as written ("Koperasi Wijayakusuma")
    comp_span: tuple[int, int] | None  # where that is
    title_start: int  # where the title begins


@dataclass
class PersonEntity(Entity):
    kind: ClassVar[str] = "person"
    prefixes: list[str] = field(default_factory=list)  # honorifics and ranks ("H.", "AKBP")
    suffixes: list[str] = field(default_factory=list)  # degrees ("S.H.")
    titles: list[str] = field(default_factory=list)  # titles as written with the name ("Bupati Bangli")
    posts: list[TitleMention] = field(default_factory=list)
    sector: str | None = None  # the trade a participant noun gave ("pelaku UKM tenun": tenun)


@dataclass
class OrgEntity(Entity):
    kind: ClassVar[str] = "org"
    category: str | None = None  # government, business, cooperative, … (institutions.tsv, acronyms.tsv)
    area: str | None = None  # key of the place it serves
    parent: str | None = None  # key of its parent body
    parent_hint: str | None = None  # the parent's name as acronyms.tsv gives it, or "region"
    business: bool = False
    regional: bool = False  # a regional body: its region's government is its parent
    implied: bool = False  # met only through a title or a post, never named
    sector: str | None = None
    products: list[str] = field(default_factory=list)

    def refers_to(self, key: str) -> bool:
        return key in (self.area, self.parent)


@dataclass
class PlaceEntity(Entity):
    kind: ClassVar[str] = "place"
    level: str = "other"  # country, province, regency, city, district, village, venue, other
    within: str | None = None  # key of the place it lies in
    code: str | None = None  # gazetteer code ("51.04")
    official: str | None = None  # gazetteer official name ("Kabupaten Gianyar")
    mentioned: bool = False  # named in the text, not only implied as a parent region
    dateline: bool = False  # read from the dateline ("SUKAMAKMUR – …")

    def refers_to(self, key: str) -> bool:
        return self.within == key


def is_country(ent: Entity | None) -> bool:
    return isinstance(ent, PlaceEntity) and ent.level == "country"


_ENTITY_TYPES: dict[str, type[Entity]] = {"person": PersonEntity, "org": OrgEntity, "place": PlaceEntity}


# the fields a document has from its article, before any pass
GIVEN = frozenset({"article", "text", "lx", "sentences", "paragraphs", "quotes_spans", "agency_words", "tokens",
                   "token_at", "token_starts", "sentence_starts", "term_acronyms"})
# the fields the passes assign (``tagged``, the tagger's reading of each sentence, is a cache, no finding)
FOUND = frozenset({"ents", "mentions", "org_alias", "acr_defs", "posts", "memberships", "events", "quotes",
                   "region", "participant_people", "title_spans", "topics", "laws", "law_spans", "confidence"})


@dataclass
class LawEntity:
    """A law or regulation the article names, under its key ("law:perpres-12-2019"); kept apart
    from :attr:`Document.ents` (people, bodies and places), which no law is."""

    key: str
    name: str  # the fullest form as written
    identifier: str  # normalized: "Perpres 12/2019", "KUHP Pasal 55"
    type: str
    local: bool = False  # the identifier names it only within this article ("Perda 5/2016")
    part_of: str | None = None  # the code an article of a code belongs to ("KUHP")
    spans: list[tuple[int, int]] = field(default_factory=list)


def credit_spans(text: str, paragraphs: list[tuple[int, int]], lx: Lexicon) -> list[tuple[int, int]]:
    """Where the text credits its source: a dateline's medium in one of the first paragraphs
    ("Jakarta, CNN Indonesia - -", "Makassar (ANTARA News) -") and the medium of an attribution
    ("seperti dilansir dari Antara"). The medium is the article's publisher, not a body it
    mentions."""
    spans = []
    for p_start, p_end in paragraphs[:3]:
        m = lx.CREDIT_RE.match(text, p_start, p_end)
        if m:
            spans.append(m.span("credit"))
            break
    spans.extend(m.span("credit") for m in lx.ATTRIBUTION_RE.finditer(text))
    return spans


class Document:
    """What one article has yielded so far, shared by the passes."""

    def __init__(self, article: Article, lx: Lexicon) -> None:
        self.article, self.text, self.lx = article, article.text, lx
        self.ents: dict[str, Entity] = {}
        self.mentions: dict[tuple[int, int], tuple[str, str]] = {}
        self.org_alias: dict[str, str] = {}  # surface form -> org key
        self.acr_defs: dict[str, str] = {}  # acronym defined in the text -> org key
        self.posts: list[Post] = []
        self.memberships: list[Membership] = []
        self.events: list[Event] = []
        self.quotes: list[Quote] = []
        self.region: str | None = None  # key of the article's main region
        self.sentences = sentences(self.text)
        self.paragraphs = paragraphs(self.text)
        self.quotes_spans = quotations(self.text)
        self.agency_words = lx.agency_words
        self.participant_people: set[str] = set()
        self.tokens = tokens_of(self.text)
        self.token_at = {t.start: i for i, t in enumerate(self.tokens)}
        self.token_starts = [t.start for t in self.tokens]
        self.sentence_starts = [s for s, _ in self.sentences]
        # sentence index -> (its first token, the tagger's labels, their probabilities, P(O)); see crf_sentence
        self.tagged: dict[int, tuple[int, list[str], list[float], list[float]]] = {}
        self.title_spans: list[tuple[int, int]] = []  # complements of titles ("Kepala Dinas Koperindag")
        # span -> the tagger's probability, for the mentions the statistical tagger alone found
        self.confidence: dict[tuple[int, int], float] = {}
        self.term_acronyms = _lowercase_defined(self.text, lx.function_words["list_connector"])
        self.topics: list[Topic] = []
        self.laws: dict[str, LawEntity] = {}  # by key
        # legal references, and the article's source credited in its text: read by no other pass
        self.law_spans: list[tuple[int, int]] = credit_spans(self.text, self.paragraphs, lx)

    # ---- registry -------------------------------------------------------------------
    def add(self, etype: str, name: str, pos: int | None, **facts) -> Entity:
        """The entity of type ``etype`` ("person", "org", "place") named ``name``, registered
        under its key when new; ``facts`` fill the fields it lacks (None, False or empty).
        ``pos``: where the article names it, None when nowhere."""
        key = f"{etype}:{slug(name) or 'x'}"
        ent = self.ents.get(key)
        if ent is None:
            ent = self.ents[key] = _ENTITY_TYPES[etype](key, name, pos, **{k: v for k, v in facts.items()
                                                                           if v is not None})
        else:
            ent.seen_at(pos)
            for k, v in facts.items():
                if v is not None and getattr(ent, k) in (None, False, ""):
                    setattr(ent, k, v)
        return ent

    def mention(self, start: int, end: int, key: str) -> None:
        while end > start and self.text[end - 1] in " ,.":
            end -= 1
        if end <= start or self.law_spans and self.claimed(start, end):
            return  # a legal reference is read as no person, body or place
        for (s, e), (k, _) in list(self.mentions.items()):
            if s <= start and end <= e and k == key:
                return
            if start <= s and e <= end and k == key:
                del self.mentions[(s, e)]
        self.mentions[(start, end)] = (key, self.text[start:end])

    def claimed(self, start: int, end: int) -> bool:
        """Whether ``start:end`` overlaps a legal reference ("Peraturan Presiden Nomor 12 …",
        "Pasal 55 ayat (1)") or the article's credited source ("Jakarta (ANTARA) -"): no person,
        body or place is read there."""
        return any(s < end and start < e for s, e in self.law_spans)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        for s, e in self.sentences:
            if s <= pos < e:
                return s, e
        return pos, pos

    def paragraph_of(self, pos: int) -> tuple[int, int]:
        for s, e in self.paragraphs:
            if s <= pos <= e:
                return s, e
        return pos, pos

    def in_quote(self, pos: int) -> bool:
        return any(q.open_at <= pos <= q.close_at for q in self.quotes_spans)

    def people_mentions(self) -> list[tuple[int, int, str]]:
        return sorted((s, e, k) for (s, e), (k, _) in self.mentions.items() if k.startswith("person:"))

    def entity_mentions_in(self, start: int, end: int, kinds=("person", "org")) -> list[tuple[int, int, str]]:
        return sorted((s, e, k) for (s, e), (k, _) in self.mentions.items()
                      if start <= s and e <= end and k.split(":")[0] in kinds)


# possessive: each word can be read only one way, so giving words back never finds a
# definition, and the engine need not try (it did so at every lowercase word)
_LOWER_DEFINED = re.compile(r"((?:\b[a-z][\w-]*+,?\s++){1,8}+)\(([A-Z][A-Za-z]{1,7})\)")


def _lowercase_defined(text: str, connectors: frozenset[str]) -> frozenset[str]:
    """Acronyms the text defines by lowercase words: terms, not bodies.

    >>> sorted(_lowercase_defined("386 kasus infeksi saluran pernapasan akut (ISPA) dan 20 kepala keluarga (KK)",
    ...                           frozenset({"dan"})))
    ['ISPA', 'KK']
    """
    out = set()
    for m in _LOWER_DEFINED.finditer(text):
        words = [w for w in re.findall(r"[a-z][\w-]*", m.group(1)) if w not in connectors]
        letters = m.group(2).lower()
        if len(words) >= len(letters) and "".join(w[0] for w in words[-len(letters):]) == letters:
            out.add(m.group(2))
    return frozenset(out)


class Spans:
    """Character spans, sorted, that answer "does this overlap any of you" by bisection."""

    def __init__(self, spans) -> None:
        self.items = sorted(spans)
        self.longest = max((b - a for a, b in self.items), default=0)

    def add(self, span: tuple[int, int]) -> None:
        bisect.insort(self.items, span)
        self.longest = max(self.longest, span[1] - span[0])

    def overlaps(self, start: int, end: int) -> bool:
        # only a span starting less than ``longest`` before ``start`` can reach into it
        lo = bisect.bisect_left(self.items, (start - self.longest,))
        hi = bisect.bisect_left(self.items, (end,))
        return any(b > start for _, b in self.items[lo:hi])


def tokens_in(doc: Document, start: int, end: int) -> list[Token]:
    """The article's tokens from ``start`` (a token start) up to ``end``."""
    i = doc.token_at.get(start)
    if i is None:
        return tokenize(doc.text, start, end)
    out = []
    while i < len(doc.tokens) and doc.tokens[i].end <= end:
        out.append(doc.tokens[i])
        i += 1
    return out


@dataclass(frozen=True)
class Pass:
    """One pass of the extraction: ``run(doc)`` reads the document fields named in
    ``reads`` and assigns those named in ``assigns`` (names of :data:`GIVEN` and
    :data:`FOUND`), as spaCy's pipeline components declare theirs."""

    name: str
    run: Callable[[Document], None]
    reads: tuple[str, ...]
    assigns: tuple[str, ...]
