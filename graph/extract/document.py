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
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import ClassVar

from ..types import Article, Event, Membership, Post, Quote, Topic
from .lexicon import Lexicon
from .text import Quotation, Token, paragraphs, quotations, sentences, tokenize, tokens_of

__all__ = ["slug", "Entity", "TitleMention", "PersonEntity", "OrgEntity", "PlaceEntity", "is_country", "GIVEN",
           "FOUND", "FEW", "Document", "EntityIndex", "MentionIndex", "Spans", "tokens_in", "Pass"]


_NOT_SLUG_RE = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65_536)  # (the passes slug the same few names of an article again and again)
def slug(text: str) -> str:
    """ASCII lowercase slug of a name, for keys and IRIs.

    >>> slug("Dinas Koperasi, Perindustrian dan Perdagangan")
    'dinas-koperasi-perindustrian-dan-perdagangan'
    """
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_SLUG_RE.sub("-", ascii_.lower()).strip("-")


@dataclass
class Entity:
    """A person, body or place the article names or implies, under its key ("org:dinas-…")."""

    key: str
    name: str
    first: int | None  # where the article first names it; None: nowhere (an implied region or government)
    aliases: set[str] = field(default_factory=set)

    kind: ClassVar[str]  # person | org | place

    def __setattr__(self, attr: str, value) -> None:
        # a changed name or set of aliases is noted in the document's log (see Document.add),
        # which the lookups' indexes of names read to stay up to date
        object.__setattr__(self, attr, value)
        if attr == "name" or attr == "aliases":
            if attr == "aliases" and type(value) is set:
                value = _Aliases(value)
                value.owner = self
                object.__setattr__(self, attr, value)
            self._changed()

    def _changed(self) -> None:
        log = self.__dict__.get("_log")
        if log is not None:
            log.append(self)

    def seen_at(self, pos: int | None) -> None:
        """Note that the article names it at ``pos`` (None: nowhere)."""
        if pos is not None:
            self.first = pos if self.first is None else min(self.first, pos)

    def refers_to(self, key: str) -> bool:
        """Whether one of its facts is the entity ``key`` (a place it lies in, a body's area or parent)."""
        return False


class _Aliases(set):
    """An entity's aliases, which tell their entity when one is added or taken away."""

    owner: Entity | None = None


def _noting(method: str):
    def changing(self: _Aliases, *args):
        out = getattr(set, method)(self, *args)
        if self.owner is not None:
            self.owner._changed()
        return out
    changing.__name__ = method
    return changing


for _method in ("add", "discard", "remove", "pop", "clear", "update", "difference_update", "intersection_update",
                "symmetric_difference_update", "__ior__", "__iand__", "__isub__", "__ixor__"):
    setattr(_Aliases, _method, _noting(_method))


@dataclass
class TitleMention:
    """A title the article gives a person, before the posts pass reads it as a post."""

    title: str  # the title's form in titles.tsv ("Kepala Dinas")
    pre: str | None  # its prefix as written ("Plt."), a key of title_prefixes.tsv
    comp: str  # what names its body or place, as written ("Koperasi Wijayakusuma")
    comp_span: tuple[int, int] | None  # where that is
    title_start: int  # where the title begins
    after_name: bool = False  # written after the holder's name ("Rudi, Direktur PT X"): no name follows it
    field: str = ""  # the role's field written in lowercase after the title ("hukum pidana" of "ahli hukum pidana")
    tied: bool = False  # tied to the name before it by a copula or a cue ("Rudi adalah …"), not by a comma only
    lead: str = ""  # English job words written before an English title, part of the role ("Project" of "Project Manager")
    closed: bool = False  # its complement closed by a comma before the holder's name ("Direktur X Y, Rudi"): any word may open its body


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


# below this many entities or people, a look-up scans them: faster than an index for an
# article of usual length (the indexes are for long ones, where a scan each time is quadratic)
FEW = 32


# the fields a document has from its article, before any pass
GIVEN = frozenset({"article", "text", "lx", "sentences", "paragraphs", "quotes_spans", "agency_words", "tokens",
                   "token_at", "token_starts", "cap_words", "sentence_starts", "term_acronyms", "title_matches"})
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


def _outlet_key(name: str) -> str:
    """A medium's name reduced for comparison: "CNNIndonesia.com", "CNN Indonesia" -> "cnnindonesia"."""
    return _OUTLET_TAIL_RE.sub("", _NOT_OUTLET_CHAR_RE.sub("", name.lower()))


_OUTLET_TAIL_RE = re.compile(r"(?:\.(?:com|net|id|org|co|tv|news))+$|\.")
_NOT_OUTLET_CHAR_RE = re.compile(r"[^a-z0-9.]")


def credit_spans(text: str, paragraphs: list[tuple[int, int]], lx: Lexicon,
                 publisher: str | None = None) -> list[tuple[int, int]]:
    """Where the text credits its own source: a dateline's medium in one of the first paragraphs
    ("Jakarta, CNN Indonesia - -", "Makassar (ANTARA News) -"), an end credit ("[Antara]",
    "(Antara / Reuters)", "Demikian dikutip Antara.") and an attribution to the article's own
    outlet ("kata X kepada CNNIndonesia.com" under "Jakarta, CNN Indonesia - -", or under no
    credit at all). That medium is the article's publisher, not a body it mentions; another
    medium cited in the running text ("seperti dilansir dari Antara" in a CNN article) is one,
    and is left to the names."""
    spans, own = [], {_outlet_key(publisher)} if publisher else set()
    for p_start, p_end in paragraphs[:3]:
        m = lx.CREDIT_RE.match(text, p_start, p_end)
        if m:
            spans.append(m.span("credit"))
            own.add(_outlet_key(m["credit"]))
            break
    # "kata Rudi kepada Wartanusa.com": the medium spoken to is the article's own, unless the
    # article says whose it is
    spans.extend(m.span("credit") for m in lx.ATTRIBUTION_SCAN.finditer(text)
                 if m["end"] or m["bracket"] or _outlet_key(m["credit"]) in own
                 or m["verb"] == "kepada" and not own)
    # the own outlet's site named anywhere ("surat yang dilihat CNNIndonesia.com" under "Jakarta,
    # CNN Indonesia - -") is the publisher too
    if own and "." in text:
        taken = set(spans)
        spans.extend(m.span() for m in _sites(text)
                     if m.span() not in taken and _outlet_key(m.group()) in own)
    return spans


_SITE_RE = re.compile(r"(?<![\w.@/-])[A-Za-z0-9-]+\.(?:com|net|id|org|co|tv|news)(?![\w-]|\.\w)")
_SITE_DOT = re.compile(r"\.(?:com|net|id|org|co|tv|news)")
_SITE_CHAR = re.compile(r"[A-Za-z0-9-]")


def _sites(text: str) -> Iterator[re.Match]:
    """The matches of ``_SITE_RE.finditer(text)``, tried only where one can begin: a site's
    name is the whole run of letters, digits and hyphens before a dot its domain follows (the
    look-behind refuses a start inside the run), so each such dot gives one place to try.

    >>> [m.group() for m in _sites("kata Rudi kepada Wartanusa.com dan sukamaju.co.id, lihat a.b.com")]
    ['Wartanusa.com']
    """
    end = 0
    for dot in _SITE_DOT.finditer(text):
        start = dot.start()
        if start < end:
            continue
        while start > end and _SITE_CHAR.match(text, start - 1):
            start -= 1
        m = _SITE_RE.match(text, start)
        if m:
            yield m
            end = m.end()


class Document:
    """What one article has yielded so far, shared by the passes."""

    def __init__(self, article: Article, lx: Lexicon) -> None:
        self.article, self.text, self.lx = article, article.text, lx
        self.ents: dict[str, Entity] = EntityIndex()
        self._forms: dict[str, set[str]] = {}  # a name or alias -> keys of entities that were so called
        self._forms_read = 0  # the entries of entity_changes filed in _forms
        self.mentions: dict[tuple[int, int], tuple[str, str]] = MentionIndex()
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
        self.token_starts = [t.start for t in self.tokens]
        self.token_at = dict(zip(self.token_starts, range(len(self.tokens))))
        # whether each token is a capitalized word (``is_cap and is_word``), asked of every token by the names
        self.cap_words = [t.text[:1].isupper() and t.text[:1].isalnum() for t in self.tokens]
        self.sentence_starts = [s for s, _ in self.sentences]
        # sentence index -> (its first token, the tagger's labels, their probabilities, P(O)); see crf_sentence
        self.tagged: dict[int, tuple[int, list[str], list[float], list[float]]] = {}
        self.title_spans: list[tuple[int, int]] = []  # complements of titles ("Kepala Dinas Koperindag")
        # span -> the tagger's probability, for the mentions the statistical tagger alone found
        self.confidence: dict[tuple[int, int], float] = {}
        self.term_acronyms = _lowercase_defined(self.text, lx.function_words["list_connector"]) | \
            _thing_defined(self.text, lx) | _translated_terms(self.text, lx)
        self.topics: list[Topic] = []
        self.laws: dict[str, LawEntity] = {}  # by key
        # legal references, and the article's source credited in its text: read by no other pass
        self.law_spans: list[tuple[int, int]] = credit_spans(self.text, self.paragraphs, lx, article.publisher)
        self._law_index: tuple[int, Spans] | None = None  # (how many law spans it holds, them)
        self.memo: dict[str, object] = {}  # what lookups derive from the fields above and keep (no finding)
        self.entity_changes: list[Entity] = []  # each entity whose name or aliases changed, when
        self._paragraph_starts = [s for s, _ in self.paragraphs]
        self._quote_opens = [q.open_at for q in self.quotes_spans]
        self._quote_closes = [q.close_at for q in self.quotes_spans]

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
            object.__setattr__(ent, "_log", self.entity_changes)
            self.entity_changes.append(ent)  # (to file its name)
        else:
            ent.seen_at(pos)
            for k, v in facts.items():
                if v is not None and getattr(ent, k) in (None, False, ""):
                    setattr(ent, k, v)
        return ent

    def named(self, form: str, kinds: tuple[str, ...], *, alias: bool = False) -> Entity | None:
        """The first entity (in the order they were found) of one of ``kinds`` whose name is
        ``form``, or also one of whose aliases is when ``alias``."""
        if len(self.ents) < FEW:
            return next((ent for ent in self.ents.values() if ent.kind in kinds and
                         (ent.name == form or alias and form in ent.aliases)), None)
        return min(self.all_named(form, kinds, alias=alias), key=lambda ent: self.ents.order[ent.key], default=None)

    def all_named(self, form: str, kinds: tuple[str, ...], *, alias: bool = False) -> list[Entity]:
        """Every entity of :meth:`named`, in no order."""
        if len(self.ents) < FEW:
            return [ent for ent in self.ents.values() if ent.kind in kinds and
                    (ent.name == form or alias and form in ent.aliases)]
        log = self.entity_changes
        for ent in log[self._forms_read:]:
            for f in (ent.name, *ent.aliases):
                self._forms.setdefault(f, set()).add(ent.key)
        self._forms_read = len(log)
        return [ent for ent in (self.ents.get(k) for k in self._forms.get(form, ()))  # (or was so called)
                if ent is not None and ent.kind in kinds and (ent.name == form or alias and form in ent.aliases)]

    def mention(self, start: int, end: int, key: str) -> None:
        while end > start and self.text[end - 1] in " ,.":
            end -= 1
        if end <= start or self.law_spans and self.claimed(start, end):
            return  # a legal reference is read as no person, body or place
        # no span of a key lies inside another of the same key (this method keeps it so, and
        # nothing else adds a span before the last pass), so the key's spans, sorted by start,
        # are sorted by end too: the one that could hold this span is the last starting at or
        # before it, and those it holds follow each other from its start on
        own = self.mentions.spans_of(key)
        i = bisect.bisect_right(own, (start, len(self.text) + 1))
        if i and own[i - 1][1] >= end:
            return
        j = bisect.bisect_left(own, (start,))
        inside = []
        while j < len(own) and own[j][1] <= end:
            inside.append(own[j])
            j += 1
        for span in inside:
            del self.mentions[span]
        self.mentions[(start, end)] = (key, self.text[start:end])

    def claimed(self, start: int, end: int) -> bool:
        """Whether ``start:end`` overlaps a legal reference ("Peraturan Presiden Nomor 12 …",
        "Pasal 55 ayat (1)") or the article's credited source ("Jakarta (ANTARA) -"): no person,
        body or place is read there."""
        if not self.law_spans:
            return False
        if self._law_index is None or self._law_index[0] != len(self.law_spans):
            self._law_index = (len(self.law_spans), Spans(self.law_spans))
        return self._law_index[1].overlaps(start, end)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        if i >= 0 and pos < self.sentences[i][1]:
            return self.sentences[i]
        return pos, pos

    def paragraph_of(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._paragraph_starts, pos) - 1
        if i >= 0 and pos <= self.paragraphs[i][1]:
            return self.paragraphs[i]
        return pos, pos

    @cached_property
    def title_matches(self) -> tuple[re.Match, ...]:
        """Every match of the lexicon's ``TITLE_RE`` in the text, in order: found once for the
        passes that read the titles (people, appositions) instead of once by each."""
        return tuple(self.lx.TITLE_SCAN.finditer(self.text))

    def in_quote(self, pos: int) -> bool:
        # quotations never overlap (one regular expression's matches), so only the last one
        # opened at or before ``pos`` can hold it
        i = bisect.bisect_right(self._quote_opens, pos) - 1
        return i >= 0 and pos <= self.quotes_spans[i].close_at

    def quotes_in(self, start: int, end: int) -> list[Quotation]:
        """The quotations that overlap ``start:end`` (open before its end, close at or after its start)."""
        i = bisect.bisect_left(self._quote_closes, start)  # (quotations close in the order they open)
        j = bisect.bisect_left(self._quote_opens, end)
        return self.quotes_spans[i:j]

    def people_mentions(self) -> list[tuple[int, int, str]]:
        return self.entity_mentions_in(0, len(self.text), kinds=("person",))

    def entity_mentions_in(self, start: int, end: int, kinds=("person", "org")) -> list[tuple[int, int, str]]:
        """The mentions of these kinds of entity inside ``start:end``, in the text's order."""
        return list(self.mentions.within(start, end, kinds))


# possessive: each word can be read only one way, so giving words back never finds a
# definition, and the engine need not try (it did so at every lowercase word)
_LOWER_DEFINED = re.compile(r"((?:\b[a-z][\w-]*+,?\s++){1,8}+)\(([A-Z][A-Za-z]{1,7})\)")


_ACRONYM_IN_PARENS = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
_LOWER_WORD_RE = re.compile(r"[a-z][\w-]*")


@lru_cache(maxsize=2)  # (a document asks twice: for its lowercase definitions and its translated terms)
def _lower_definitions(text: str) -> tuple[re.Match, ...]:
    """The matches of ``_LOWER_DEFINED.finditer(text)`` (see :func:`_scan_lower_definitions`)."""
    return tuple(_scan_lower_definitions(text))


def _scan_lower_definitions(text: str) -> Iterator[re.Match]:
    """The matches of ``_LOWER_DEFINED.finditer(text)``, searched for only near each "(ABC)".

    A match is at most eight words, each ending in a run of spaces, right before an acronym
    in parentheses: it starts after the ninth run of spaces back from its "(". Before that
    place no match can start that ends at this "(" or a later one, so the search starts
    there instead of trying every lowercase word of the article.
    """
    pos = 0
    for paren in _ACRONYM_IN_PARENS.finditer(text):
        at = paren.start()
        if at < pos:
            continue
        runs, i = 0, at  # walk back over nine runs of spaces
        while i > pos:
            if text[i - 1].isspace():
                runs += 1
                if runs == 9:
                    break
                while i > pos and text[i - 1].isspace():
                    i -= 1
            else:
                i -= 1
        m = _LOWER_DEFINED.search(text, i)
        if m is None:
            return
        yield m
        pos = m.end()


def _lowercase_defined(text: str, connectors: frozenset[str]) -> frozenset[str]:
    """Acronyms the text defines by lowercase words: terms, not bodies.

    >>> sorted(_lowercase_defined("386 kasus infeksi saluran pernapasan akut (ISPA) dan 20 kepala keluarga (KK)",
    ...                           frozenset({"dan"})))
    ['ISPA', 'KK']
    """
    out = set()
    for m in _lower_definitions(text):
        words = [w for w in _LOWER_WORD_RE.findall(m.group(1)) if w not in connectors]
        letters = m.group(2).lower()
        if len(words) >= len(letters) and "".join(w[0] for w in words[-len(letters):]) == letters:
            out.add(m.group(2))
    return frozenset(out)


# words that close no gloss: a pronoun or a preposition before "(ABC)" points at a name ("kepada mereka (BTS)")
_GLOSS_STOPS = frozenset({"mereka", "dia", "ia", "kami", "kita", "beliau", "kepada", "oleh", "dari", "dengan", "untuk",
                          "yakni", "yaitu", "atau", "dan"})


def _translated_terms(text: str, lx: Lexicon) -> frozenset[str]:
    """Acronyms of three letters or more (of another language) that the text glosses with two
    dictionary words or more in lowercase, no body's noun among them, and that no lexicon
    knows: terms, not bodies ("rudal balistik antarbenua (ICBM)", "juta ton per tahun (MTPA)").

    >>> from graph.extract.lexicon import lexicon
    >>> sorted(_translated_terms("Korut meluncurkan rudal balistik antarbenua (RBSX) kemarin.", lexicon()))
    ['RBSX']
    """
    out = set()
    bodies = lx.function_words["body_noun"]
    for m in _lower_definitions(text):
        acr, words = m.group(2), _LOWER_WORD_RE.findall(m.group(1))
        if len(acr) >= 3 and acr.isupper() and acr not in lx.acronyms and len(words) >= 2 and \
                all(lx.is_common_word(w) and w not in _GLOSS_STOPS for w in words[-2:]) and \
                not any(w in bodies or w.capitalize() in lx.institutions or w.capitalize() in lx.org_words
                        for w in words):
            out.add(acr)
    return frozenset(out)


_CAP_DEFINED = re.compile(r"((?:[A-Z][\w-]*\s+(?:(?:dan|and|of|for)\s+)?){1,8})\(\s*([A-Za-z]{2,10})\s*\)")
_DEFINING_BRACKET = re.compile(r"\(\s*[A-Za-z]{2,10}\s*\)")
_RUN_CHAR = re.compile(r"[\w\s-]")


def _cap_defined(text: str) -> Iterator[re.Match]:
    """The matches of ``_CAP_DEFINED.finditer(text)``, searched only in the run of word
    characters, spaces and hyphens right before each bracketed acronym: the words before the
    bracket hold no other character, so no match starts before that run.

    >>> [m.group(2) for m in _cap_defined("Dinas Sosial Sukamaju (DSS), (2017) dan Balai Desa (BD)")]
    ['DSS', 'BD']
    """
    end = 0
    for bracket in _DEFINING_BRACKET.finditer(text):
        start = bracket.start()
        while start > end and _RUN_CHAR.match(text, start - 1):
            start -= 1
        m = _CAP_DEFINED.search(text, start, bracket.end())
        if m:
            yield m
            end = m.end()


def _thing_defined(text: str, lx: Lexicon) -> frozenset[str]:
    """Acronyms the text defines by capitalized words a thing's word starts and no body's word
    is among, or a session's or a competition's word starts: a programme's, a fund's, a
    draft's ("Program Keluarga Sukamaju (PKS)"), a session's ("Sidang Majelis Umum (SMU)", also
    when the letters spell only the words after the session's: "Rapat Koordinasi Impor Sukamaju
    (KIS)"): terms, not bodies.

    >>> from graph.extract.lexicon import lexicon
    >>> sorted(_thing_defined("Warga menerima Bantuan Langsung Sukamaju (BLS) dari Dinas Sosial Sukamaju (DSS).",
    ...                       lexicon()))
    ['BLS']
    """
    if "(" not in text:
        return frozenset()
    out = set()
    joints = lx.function_words["name_connector"]
    for m in _cap_defined(text):
        words = [w for w in m.group(1).split() if w.lower() not in joints]
        letters = m.group(2).upper()
        named = words[-len(letters):]
        if len(named) == len(letters) and "".join(w[0] for w in named).upper() == letters and (
                named[0] in lx.thing_words and not any(w in lx.org_words for w in named) or
                named[0] in lx.event_heads or words[0] in lx.event_heads):
            out.add(m.group(2))  # (a session's word before the words spelled: "Rapat Koordinasi Impor Sukamaju (KIS)")
    return frozenset(out)


class EntityIndex(dict):
    """:attr:`Document.ents`: a dict of key -> entity that also keeps each kind's keys, in
    the order they came, so that a lookup among the bodies need not pass every person."""

    def __init__(self) -> None:
        super().__init__()
        self._kinds: dict[str, dict[str, None]] = {"person": {}, "org": {}, "place": {}}
        self.order: dict[str, int] = {}  # key -> when it was added: sorts as the dict does
        self._added = 0

    def __setitem__(self, key: str, ent: Entity) -> None:
        if key not in self:
            self._kinds.setdefault(key.split(":", 1)[0], {})[key] = None
            self.order[key] = self._added = self._added + 1
        super().__setitem__(key, ent)

    def __delitem__(self, key: str) -> None:
        super().__delitem__(key)
        del self._kinds[key.split(":", 1)[0]][key]
        del self.order[key]

    def pop(self, key, *default):
        if key in self:
            ent = self[key]
            del self[key]
            return ent
        return super().pop(key, *default)

    def of_kind(self, kind: str) -> list[str]:
        """The keys of this kind ("person", "org", "place"), in the order they were added."""
        return list(self._kinds.get(kind, ()))

    def _unsupported(self, *args, **kwargs):
        raise TypeError("Document.ents: add or delete one entity at a time")

    update = setdefault = popitem = clear = __ior__ = _unsupported


class MentionIndex(dict):
    """:attr:`Document.mentions`: a dict of ``(start, end) -> (entity key, text)`` that also keeps
    its spans sorted, all of them and each key's, so that adding a mention or asking for
    those in a stretch of text costs a bisection, not a pass over every mention."""

    def __init__(self) -> None:
        super().__init__()
        self.ordered: list[tuple[int, int]] = []
        self.by_key: dict[str, list[tuple[int, int]]] = {}
        self.longest = 0  # no span is longer (the longest ever set)
        self.changes = 0  # how many times a span was set or deleted: a reader's copy is stale when it moved

    def __setitem__(self, span: tuple[int, int], value: tuple[str, str]) -> None:
        old = self.get(span)
        if old is None:
            bisect.insort(self.ordered, span)
        elif old[0] != value[0]:
            _remove_sorted(self.by_key[old[0]], span)
        if old is None or old[0] != value[0]:
            bisect.insort(self.by_key.setdefault(value[0], []), span)
        self.longest = max(self.longest, span[1] - span[0])
        self.changes += 1
        super().__setitem__(span, value)

    def __delitem__(self, span: tuple[int, int]) -> None:
        key = self[span][0]
        super().__delitem__(span)
        self.changes += 1
        _remove_sorted(self.ordered, span)
        _remove_sorted(self.by_key[key], span)

    def pop(self, span, *default):
        if span in self:
            value = self[span]
            del self[span]
            return value
        return super().pop(span, *default)

    def spans_of(self, key: str) -> list[tuple[int, int]]:
        """The key's spans, sorted (the index's own list: do not change it)."""
        return self.by_key.get(key, [])

    def within(self, start: int, end: int, kinds) -> Iterator[tuple[int, int, str]]:
        """``(s, e, key)`` of each mention inside ``start:end`` whose key is of one of ``kinds``."""
        ordered = self.ordered
        i = bisect.bisect_left(ordered, (start,))
        while i < len(ordered) and ordered[i][0] <= end:
            s, e = ordered[i]
            k = self[s, e][0]
            if e <= end and k.split(":")[0] in kinds:
                yield s, e, k
            i += 1

    def starting_between(self, lo: int, hi: int) -> Iterator[tuple[int, int, str]]:
        """``(s, e, key)`` of each mention with ``lo <= s < hi``, in the text's order; those that
        overlap ``start:end`` are among ``starting_between(start - self.longest, end)``."""
        ordered = self.ordered
        for i in range(bisect.bisect_left(ordered, (lo,)), bisect.bisect_left(ordered, (hi,))):
            s, e = ordered[i]
            yield s, e, self[s, e][0]

    def before(self, pos: int, kinds) -> Iterator[tuple[int, int, str]]:
        """Like :meth:`within` for the mentions starting before ``pos``, nearest first."""
        ordered = self.ordered
        i = bisect.bisect_left(ordered, (pos,)) - 1
        while i >= 0:
            s, e = ordered[i]
            k = self[s, e][0]
            if k.split(":")[0] in kinds:
                yield s, e, k
            i -= 1

    def _unsupported(self, *args, **kwargs):  # what would change the dict behind the indexes' back
        raise TypeError("Document.mentions: set or delete one span at a time")

    update = setdefault = popitem = clear = __ior__ = _unsupported


def _remove_sorted(items: list, item) -> None:
    del items[bisect.bisect_left(items, item)]


class Spans:
    """Character spans, sorted, that answer "does this overlap any of you" by bisection."""

    def __init__(self, spans) -> None:
        self.items = sorted(spans)
        self.longest = max((b - a for a, b in self.items), default=0)

    def add(self, span: tuple[int, int]) -> None:
        bisect.insort(self.items, span)
        self.longest = max(self.longest, span[1] - span[0])

    def holds(self, pos: int, *, closed: bool = False) -> bool:
        """Whether a span has ``start <= pos < end`` (``start < pos <= end`` when ``closed``)."""
        lo = bisect.bisect_left(self.items, (pos - self.longest,))
        hi = bisect.bisect_left(self.items, (pos,)) if closed else bisect.bisect_right(self.items, (pos, float("inf")))
        return any(b >= pos if closed else b > pos for _, b in self.items[lo:hi])

    def holding(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that hold ``start:end`` (``a <= start`` and ``end <= b``), in order."""
        lo = bisect.bisect_left(self.items, (start - self.longest,))
        hi = bisect.bisect_right(self.items, (start, float("inf")))
        return [(a, b) for a, b in self.items[lo:hi] if end <= b]

    def overlaps(self, start: int, end: int) -> bool:
        # only a span starting less than ``longest`` before ``start`` can reach into it
        lo = bisect.bisect_left(self.items, (start - self.longest,))
        hi = bisect.bisect_left(self.items, (end,))
        for _, b in self.items[lo:hi]:  # (a loop, not any(): usually none or one to look at)
            if b > start:
                return True
        return False


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
