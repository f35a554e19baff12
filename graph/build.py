"""Extraction → RDF: one named graph per article, in the vocabulary of the profile.

Pure: no file or network I/O. :func:`article_triples` yields the triples of one
article's graph as plain terms (IRIs as ``str``, literals as :class:`Lit`), cheap to make
and to write as N-Quads; :func:`add_article` and :func:`build_dataset` turn them into an
rdflib ``Dataset`` whose default graph is the union of the article graphs.
"""
from __future__ import annotations

import bisect
import os
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from rdflib import Dataset, Literal, URIRef

from . import vocab
from .iris import Minter, slugify
from .resolve import Resolver, body_signatures, entity_paths, person_signatures
from .types import Extraction
from .vocab import bind_prefixes

__all__ = ["Lit", "article_triples", "build_dataset", "add_article", "resolve_paths", "to_rdflib"]


class Lit(NamedTuple):
    """A literal: lexical form, language tag or datatype IRI (as rdflib's ``Literal`` has them)."""

    value: str
    language: str | None = None
    datatype: str | None = None

    def __str__(self) -> str:
        return self.value


Term = str | Lit
Triple = tuple[str, str, Term]


class _Plain:
    """A namespace's terms as plain strings, each looked up (and checked) once."""

    def __init__(self, ns) -> None:
        self._ns = ns

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        iri = str(getattr(self._ns, name))  # a DefinedNamespace raises on a typo
        setattr(self, name, iri)
        return iri


DCTERMS, ITSRDF, KGO, NIF, ORG, PROV, RDF, RDFS, SDO, SEM, SKOS, XSD = (
    _Plain(getattr(vocab, n)) for n in
    ("DCTERMS", "ITSRDF", "KGO", "NIF", "ORG", "PROV", "RDF", "RDFS", "SDO", "SEM", "SKOS", "XSD"))

_ORG_CLASSES = {
    "government": (SDO.GovernmentOrganization, ORG.FormalOrganization),
    "business": (SDO.Organization, ORG.FormalOrganization),
    "cooperative": (SDO.Organization, ORG.FormalOrganization),
    "community": (SDO.Organization, ORG.Organization),
    "other": (SDO.Organization, ORG.Organization),
}
_REGION_KINDS = {"province", "regency", "city", "district", "village"}
_AUTHOR = re.compile(r"[A-Z][\w.'’-]*(?: [A-Za-z][\w.'’-]*)+")


def _id(text: str) -> Lit:
    return Lit(text, "id")


def _en(text: str) -> Lit:
    return Lit(text, "en")


def _n(number: int) -> Lit:
    return Lit(str(number), None, XSD.nonNegativeInteger)


def _date(d) -> Lit:
    return Lit(d.isoformat(), None, XSD.date)


def article_triples(x: Extraction, minter: Minter, paths: dict[str, str] | None = None) -> Iterator[Triple]:
    """Every triple one article's named graph holds.

    ``paths`` gives the IRI path of each person, organization and place by key, as
    :mod:`graph.resolve` resolved them across articles; without it the article stands
    alone (:func:`graph.resolve.entity_paths`). One section a kind of thing, in this
    order; the last says what the article mentions and which sentences were cited.
    """
    g = _ArticleGraph(x, minter, entity_paths(x) if paths is None else paths)
    yield from _article_and_text(g)
    yield from _mentions(g)
    yield from _people_and_posts(g)
    yield from _organizations(g)
    yield from _places(g)
    yield from _events(g)
    yield from _quotes(g)
    yield from _topics(g)
    yield from _laws(g)
    yield from _mentioned_and_sentences(g)


class _ArticleGraph:
    """What the sections of one article's graph share: its IRIs (of the article, its NIF
    context, every thing it names, the concept schemes) and two collections the sections
    fill for the last one: the things mentioned and the sentences cited."""

    def __init__(self, x: Extraction, minter: Minter, paths: dict[str, str]) -> None:
        self.x, self.minter, self.paths = x, minter, paths
        self.art = x.article
        self.aid = aid = x.article.id
        self.doc = minter.article(aid)
        self.iri: dict[str, str] = {k: minter.iri(v) for k, v in paths.items()}
        for ev in x.events:
            self.iri[ev.key] = minter.in_article("event", aid, ev.key.split(":")[1])
        for t in x.topics:
            self.iri[t.key] = minter.entity("topic", t.label_id)
        for law in x.laws:  # one IRI a law everywhere, but a regional rule whose region is unwritten
            self.iri[law.key] = minter.in_article("law", aid, law.identifier) if law.local \
                else minter.entity("law", law.identifier)
        self.ctx = minter.nif(aid, 0, len(self.art.text))
        self.roles_scheme = minter.iri("scheme", "roles")
        self.types_scheme = minter.iri("scheme", "event-types")
        self.topics_scheme = minter.iri("scheme", "topics")
        self.mentioned: set[str] = set()
        self.sentences: dict[tuple[int, int], str] = {}  # cited sentence spans, in citing order

        from .extract.text import sentences as split_sentences
        self._spans = split_sentences(self.art.text)
        self._starts = [s for s, _ in self._spans]

    def sentence(self, span: tuple[int, int]) -> str:
        """The IRI of the sentence at ``span``, recorded as cited."""
        s, e = span
        node = self.minter.nif(self.aid, s, e)
        if span not in self.sentences:
            self.sentences[span] = node
        return node

    def sentence_at(self, pos: int) -> str | None:
        """The IRI of the sentence around character ``pos`` (recorded as cited), if any."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self._spans[i][1]:
            return self.sentence(self._spans[i])
        return None


def _article_and_text(g: _ArticleGraph) -> Iterator[Triple]:
    art, doc, minter, ctx = g.art, g.doc, g.minter, g.ctx
    yield doc, RDF.type, SDO.NewsArticle
    if art.title:
        yield doc, SDO.headline, _id(art.title)
    if art.published:
        yield doc, SDO.datePublished, _date(art.published)
        if art.published_inferred:  # read from the first paragraph, not from metadata or a date line
            act = minter.in_article("inference", g.aid, "date-published")
            yield doc, KGO.dateInferredBy, act
            yield act, RDF.type, PROV.Activity
            yield act, KGO.inferredProperty, SDO.datePublished
            yield act, RDFS.comment, _id(art.published_inferred)
            yield act, PROV.used, doc
    if art.publisher:
        pub = minter.entity("org", art.publisher)
        yield doc, SDO.publisher, pub
        yield pub, RDF.type, SDO.Organization
        yield pub, SDO.name, Lit(art.publisher)
    if art.author:
        yield doc, SDO.creditText, Lit(art.author)
        for credit in art.author.split("; "):
            # a personal name ("Budi Santoso") is an author; a desk code ("MN/yogi-HJ") only a credit
            if _AUTHOR.fullmatch(credit):
                author = minter.entity("author", credit)
                yield doc, SDO.author, author
                yield author, RDF.type, SDO.Person
                yield author, SDO.name, Lit(credit)
    if art.url:
        yield doc, SDO.url, Lit(art.url, None, XSD.anyURI)
    if art.source:
        yield doc, DCTERMS.source, Lit(os.path.basename(art.source.split(":")[0]) or art.source)
    if art.sha256:
        yield doc, DCTERMS.identifier, Lit(f"sha256:{art.sha256}")
    yield doc, SDO.inLanguage, Lit("id")
    yield ctx, RDF.type, NIF.Context
    yield ctx, RDF.type, NIF.RFC5147String
    yield ctx, NIF.isString, Lit(art.text)
    yield ctx, NIF.beginIndex, _n(0)
    yield ctx, NIF.endIndex, _n(len(art.text))
    yield ctx, NIF.sourceUrl, doc
    yield doc, SDO.text, ctx
    yield ctx, SDO.isPartOf, doc  # the profile: a mention finds its article through its context


def _mentions(g: _ArticleGraph) -> Iterator[Triple]:
    x, iri, minter, aid, ctx = g.x, g.iri, g.minter, g.aid, g.ctx
    for m in x.mentions:
        if m.entity not in iri:
            continue
        ph = minter.nif(aid, m.start, m.end)
        yield ph, RDF.type, NIF.Phrase
        yield ph, RDF.type, NIF.RFC5147String
        yield ph, NIF.referenceContext, ctx
        yield ph, NIF.beginIndex, _n(m.start)
        yield ph, NIF.endIndex, _n(m.end)
        yield ph, NIF.anchorOf, Lit(m.text)
        yield ph, ITSRDF.taIdentRef, iri[m.entity]
        if m.confidence is not None:  # found by the statistical tagger alone: how sure it was
            yield ph, ITSRDF.taConfidence, Lit(repr(float(m.confidence)), None, XSD.double)
        sent = g.sentence_at(m.start)
        if sent is not None:
            yield ph, NIF.sentence, sent
        g.mentioned.add(iri[m.entity])


def _people_and_posts(g: _ArticleGraph) -> Iterator[Triple]:
    x, iri, minter, paths = g.x, g.iri, g.minter, g.paths
    for p in x.people:
        node = iri[p.key]
        yield node, RDF.type, SDO.Person
        yield node, SDO.name, Lit(p.name)
        for a in p.aliases:
            yield node, SDO.alternateName, Lit(a)
        for h in p.honorific_prefix:
            yield node, SDO.honorificPrefix, Lit(h)
        for h in p.honorific_suffix:
            yield node, SDO.honorificSuffix, Lit(h)
        for t in p.job_titles:
            yield node, SDO.jobTitle, _id(t)
    for post in x.posts:
        # one post per role and body: "Bupati" of the regency government is the same post
        # in every article, whoever holds it
        if post.organization in paths:
            node = minter.iri("post", slugify(post.role.label_id), paths[post.organization].split("/", 1)[1])
        elif post.organization is None and post.jurisdiction is None:
            # a title whose body the article does not name ("Direktur Utama Rudi …"): this
            # holder's post in this article, not one post of every such title everywhere
            node = minter.in_article("post", g.aid, f"{post.holder.split(':', 1)[1]}-{post.label}")
        else:
            node = minter.entity("post", post.label)
        person = iri[post.holder]
        role = yield from _concept(minter, "role", post.role.label_id, post.role.label_en, g.roles_scheme,
                                   post.role.alt_id, post.role.alt_more)
        yield node, RDF.type, ORG.Post
        yield node, RDFS.label, _id(post.label)
        yield node, ORG.role, role
        if post.status in ("current", "acting"):  # the profile: org:holds only for a post held now
            yield node, ORG.heldBy, person
            yield person, ORG.holds, node
        if post.organization in iri:
            yield node, ORG.postIn, iri[post.organization]
        if post.jurisdiction in iri:
            yield node, KGO.jurisdiction, iri[post.jurisdiction]
        # the holding itself, as of the article's date: who, which post, in what standing
        holding = minter.in_article("holding", g.aid, f"{post.holder.split(':', 1)[1]}-{post.key.split(':', 1)[1]}")
        yield holding, RDF.type, ORG.Membership
        yield holding, ORG.member, person
        if post.organization in iri:
            yield holding, ORG.organization, iri[post.organization]
        yield holding, ORG.role, role
        yield holding, KGO.post, node
        yield holding, KGO.status, getattr(KGO, post.status)


def _organizations(g: _ArticleGraph) -> Iterator[Triple]:
    x, iri, minter, paths = g.x, g.iri, g.minter, g.paths
    named = {iri[o.key] for o in x.organizations if not o.implied}  # (a body named and implied: named)
    for o in x.organizations:
        node = iri[o.key]
        for cls in _ORG_CLASSES.get(o.kind, _ORG_CLASSES["other"]):
            yield node, RDF.type, cls
        if o.is_business:
            yield node, RDF.type, SDO.LocalBusiness
        yield node, SDO.name, Lit(o.name)
        yield node, KGO.kind, Lit(o.kind)
        for a in o.aliases:
            yield node, SDO.alternateName, Lit(a)
        if o.parent in iri:
            yield node, ORG.subOrganizationOf, iri[o.parent]
        if o.area in iri:
            yield node, SDO.areaServed, iri[o.area]
        if o.implied and node not in named:
            yield node, KGO.implied, Lit("true", None, XSD.boolean)
        if o.sector:
            yield node, SDO.knowsAbout, _id(o.sector)
        for prod in o.products:
            product = minter.entity("product", prod)
            offer = minter.iri("offer", paths[o.key].split("/", 1)[1], slugify(prod))
            yield node, SDO.makesOffer, offer
            yield offer, RDF.type, SDO.Offer
            yield offer, SDO.itemOffered, product
            yield product, RDF.type, SDO.Product
            yield product, SDO.name, _id(prod)
    for ms in x.memberships:
        node = minter.iri("membership", *(minter.entity("x", n).rsplit("/", 1)[1] for n in
                                          (ms.member.split(":", 1)[1], ms.organization.split(":", 1)[1],
                                           ms.role.label_id)))
        role = yield from _concept(minter, "role", ms.role.label_id, ms.role.label_en, g.roles_scheme)
        yield node, RDF.type, ORG.Membership
        yield node, ORG.member, iri[ms.member]
        yield node, ORG.organization, iri[ms.organization]
        yield node, ORG.role, role


def _places(g: _ArticleGraph) -> Iterator[Triple]:
    x, iri = g.x, g.iri
    for pl in x.places:
        node = iri[pl.key]
        yield node, RDF.type, SDO.Place
        if pl.kind in _REGION_KINDS:
            yield node, RDF.type, SDO.AdministrativeArea
        yield node, SDO.name, Lit(pl.name)
        yield node, KGO.kind, Lit(pl.kind)
        for a in pl.aliases:
            yield node, SDO.alternateName, Lit(a)
        if pl.within in iri:
            yield node, SDO.containedInPlace, iri[pl.within]
        if pl.implied:
            yield node, KGO.implied, Lit("true", None, XSD.boolean)


def _events(g: _ArticleGraph) -> Iterator[Triple]:
    x, iri, minter, aid, doc = g.x, g.iri, g.minter, g.aid, g.doc
    for ev in x.events:
        node = iri[ev.key]
        etype = yield from _concept(minter, "event-type", ev.event_type.label_id, ev.event_type.label_en,
                                    g.types_scheme)
        yield node, RDF.type, SDO.Event
        yield node, RDF.type, SEM.Event
        yield node, SDO.name, _id(ev.name)
        yield node, SEM.eventType, etype
        if ev.start:
            yield node, SDO.startDate, _date(ev.start)
            if ev.date_inferred:
                act = minter.in_article("inference", aid, f"{ev.key.split(':')[1]}-start-date")
                yield node, KGO.dateInferredBy, act
                yield act, RDF.type, PROV.Activity
                yield act, KGO.inferredProperty, SDO.startDate
                yield act, RDFS.comment, _id(ev.date_inferred)
                yield act, PROV.used, doc
        if ev.location in iri:
            yield node, SDO.location, iri[ev.location]
        if ev.organizer in iri:
            yield node, SDO.organizer, iri[ev.organizer]
        for a in ev.attendees:
            if a in iri:
                yield node, SDO.attendee, iri[a]
        if ev.online:
            yield node, SDO.eventAttendanceMode, SDO.OnlineEventAttendanceMode
        if ev.purpose:
            yield node, SDO.description, _id(ev.purpose)
        if ev.sentence:
            yield node, PROV.wasDerivedFrom, g.sentence(ev.sentence)
        g.mentioned.add(node)


def _quotes(g: _ArticleGraph) -> Iterator[Triple]:
    x, iri, minter, aid, doc, ctx = g.x, g.iri, g.minter, g.aid, g.doc, g.ctx
    for q in x.quotes:
        node = minter.in_article("quote", aid, q.key.split(":")[1])
        yield node, RDF.type, SDO.Quotation
        yield node, SDO.text, _id(q.text)
        yield node, SDO.isPartOf, doc
        if q.speaker in iri:
            yield node, SDO.spokenByCharacter, iri[q.speaker]
        ph = minter.nif(aid, q.start, q.end)
        yield ph, RDF.type, NIF.Phrase
        yield ph, RDF.type, NIF.RFC5147String
        yield ph, NIF.referenceContext, ctx
        yield ph, NIF.beginIndex, _n(q.start)
        yield ph, NIF.endIndex, _n(q.end)
        yield ph, NIF.anchorOf, Lit(q.text)
        yield node, PROV.wasDerivedFrom, ph


def _topics(g: _ArticleGraph) -> Iterator[Triple]:
    x, iri, doc = g.x, g.iri, g.doc
    for t in x.topics:
        node = iri[t.key]
        yield node, RDF.type, SKOS.Concept
        yield node, SKOS.prefLabel, _id(t.label_id)
        if t.label_en:
            yield node, SKOS.prefLabel, _en(t.label_en)
        yield node, SKOS.inScheme, g.topics_scheme
        yield doc, SDO.about, node
    if x.topics:
        yield g.topics_scheme, RDF.type, SKOS.ConceptScheme
        yield g.topics_scheme, SKOS.prefLabel, _id("Topik berita")


def _laws(g: _ArticleGraph) -> Iterator[Triple]:
    """Laws and regulations: the name as written, the normalized identifier and type; an
    article of a code is part of the code ("KUHP Pasal 55" of "KUHP")."""
    for law in g.x.laws:
        node = g.iri[law.key]
        yield node, RDF.type, SDO.Legislation
        yield node, SDO.name, _id(law.name)
        for a in law.aliases:
            yield node, SDO.alternateName, _id(a)
        yield node, SDO.legislationIdentifier, Lit(law.identifier)
        yield node, SDO.legislationType, Lit(law.law_type)
        if law.part_of:
            code = g.minter.entity("law", law.part_of)
            yield node, SDO.isPartOf, code
            yield code, RDF.type, SDO.Legislation
            yield code, SDO.legislationIdentifier, Lit(law.part_of)
            yield code, SDO.legislationType, Lit(law.law_type)
        g.mentioned.add(node)


def _mentioned_and_sentences(g: _ArticleGraph) -> Iterator[Triple]:
    art, doc, ctx = g.art, g.doc, g.ctx
    for node in sorted(g.mentioned):
        yield doc, SDO.mentions, node
    for (s, e), node in g.sentences.items():
        yield node, RDF.type, NIF.Sentence
        yield node, RDF.type, NIF.RFC5147String
        yield node, NIF.referenceContext, ctx
        yield node, NIF.beginIndex, _n(s)
        yield node, NIF.endIndex, _n(e)
        yield node, NIF.anchorOf, Lit(art.text[s:e])


def _concept(minter: Minter, kind: str, label_id: str, label_en: str | None, scheme: str,
             alt_id: str | None = None, alt_more: tuple[str, ...] = ()):
    """Yield the triples of a SKOS concept and return its IRI (use with ``yield from``)."""
    node = minter.entity(kind, label_id)
    yield node, RDF.type, SKOS.Concept
    yield node, SKOS.prefLabel, _id(label_id)
    if label_en:
        yield node, SKOS.prefLabel, _en(label_en)
    for alt in dict.fromkeys((alt_id, *alt_more)):
        if alt and alt != label_id:
            yield node, SKOS.altLabel, _id(alt)
    yield node, SKOS.inScheme, scheme
    yield scheme, RDF.type, SKOS.ConceptScheme
    return node


def to_rdflib(term: Term) -> URIRef | Literal:
    """A plain term as an rdflib term."""
    if type(term) is Lit:
        return Literal(term.value, lang=term.language,
                       datatype=URIRef(term.datatype) if term.datatype else None)
    return URIRef(term)


def add_article(ds: Dataset, x: Extraction, minter: Minter, paths: dict[str, str] | None = None) -> URIRef:
    """Add one article's named graph to ``ds`` (replacing an earlier one); returns its name."""
    name = URIRef(minter.graph(x.article.id))
    ds.remove_graph(name)
    g = ds.graph(name)
    terms: dict = {}
    for t in article_triples(x, minter, paths):
        g.add(tuple(terms.get(u) or terms.setdefault(u, to_rdflib(u)) for u in t))
    return name


def resolve_paths(extractions: list[Extraction], resolver: Resolver | None = None) -> list[dict[str, str]]:
    """The IRI paths of each extraction's entities, resolved across all of them."""
    resolver = resolver or Resolver()
    maps = []
    for x in extractions:
        paths = entity_paths(x)
        paths.update(resolver.resolve_bodies(x.article.id, body_signatures(x, paths)))
        paths.update(resolver.resolve(x.article.id, person_signatures(x)))
        maps.append(paths)
    renames = resolver.take_renames()
    return [{k: renames.get(v, v) for k, v in m.items()} for m in maps]


def build_dataset(extractions: Iterable[Extraction], base: str | None = None) -> Dataset:
    """An rdflib ``Dataset``: one named graph per article, queries over the union.

    Examples
    --------
    >>> from graph.types import Article
    >>> from graph.extract import extract
    >>> ds = build_dataset([extract(Article("a", "Bupati Gianyar I Wayan Contoh hadir."))])
    >>> len(list(ds.graphs())) >= 1
    True
    """
    minter = Minter(base)
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    ds.bind("", minter.base)
    extractions = list(extractions)
    for x, paths in zip(extractions, resolve_paths(extractions)):
        add_article(ds, x, minter, paths)
    return ds
