"""Indonesian extraction: a document, the passes that fill it in order, and the lookups they share.

:func:`extract` makes a :class:`~graph.extract.document.Document` of an article and runs
every pass of :data:`PASSES` on it, in that order; each pass (one a module in
``graph/extract/passes/``) says which of the document's fields it reads and which it
assigns. Helpers several passes use live in ``graph/extract/lookup/``; all knowledge of
Indonesian comes from the lexicons (``graph/lexicons/``, read by :mod:`.lexicon`).
Modules depend one way: ``document`` ← ``lookup`` ← ``passes`` ← this module.
"""
from __future__ import annotations

from ..types import Article, Extraction, Law, Mention, Organization, Person, Place
from .document import Document, OrgEntity, Pass, PersonEntity
from .lexicon import Lexicon, lexicon
from .passes import (affiliations, appositions, businesses, crf, events, factions, laws, lineups, mentions, names, nicknames,
                     orgs, parents, parties, people, place_parts, places, posts, quotes, readings, topics)

__all__ = ["extract", "prepared", "PASSES"]

# the passes in run order: each reads what the earlier ones assigned (tests/extract/test_pipeline.py)
PASSES: tuple[Pass, ...] = (
    laws.PASS,            # laws and regulations; their spans are read as nothing else
    places.PASS,          # regions, districts, villages, countries; the article's region
    orgs.PASS,            # bodies named by an institution word or acronym
    people.PASS,          # people introduced by a title, an apposition, a participant noun, an honorific
    names.PASS,           # capitalized names without a title, typed by lexicons and context
    crf.PASS,             # names the rules left alone, from the statistical tagger
    readings.PASS,        # a name guessed a person that the article reads elsewhere as a body, thing or place
    lineups.PASS,         # the players and coach of a sports report's line-ups
    nicknames.PASS,       # "X alias Y", "X (Y)", "Jokowi": one person under all their names
    affiliations.PASS,    # "X (Y)" that X does not spell: the body Y of the person X
    place_parts.PASS,     # "Afrika timur": a part of a place
    appositions.PASS,     # "X, yang menjabat Ketua …": posts named after the person
    factions.PASS,        # "X dari Fraksi Y": members of a faction
    posts.PASS,           # each person's titles read as posts of a body or a government
    parties.PASS,         # the party inside "Fraksi Partai X", "DPD Partai X"
    quotes.PASS,          # quotations and their speakers
    businesses.PASS,      # businesses, their owners and products
    events.PASS,          # events: type, date, venue, organizer, attendees, purpose
    parents.PASS,         # each body's parent body or government
    mentions.PASS,        # last touches to the mention spans
    topics.PASS,          # the article's topics
)


def extract(article: Article, lx: Lexicon | None = None) -> Extraction:
    """Everything one article says, as plain data.

    Parameters
    ----------
    article : Article
        A cleaned article (see :func:`graph.ingest.iter_articles`).

    Returns
    -------
    Extraction
        People, organizations (businesses included), places, posts, memberships,
        events, quotes, topics, laws and the mentions that anchor them in ``article.text``.

    Examples
    --------
    >>> from graph.types import Article
    >>> x = extract(Article("a", "Bupati Gianyar I Wayan Contoh meresmikan pasar."))
    >>> [p.name for p in x.people], [p.label for p in x.posts]
    (['I Wayan Contoh'], ['Bupati Gianyar'])
    """
    doc = Document(article, lx or lexicon())
    for step in PASSES:
        step.run(doc)
    return _freeze(doc)


def prepared(article: Article, name: str, lx: Lexicon | None = None) -> Document:
    """The document of ``article`` with every pass before the pass ``name`` run: what that pass
    meets inside :func:`extract` (for the examples and tests of one pass).

    >>> from graph.types import Article
    >>> doc = prepared(Article("a", "Bupati Gianyar I Wayan Contoh meresmikan pasar."), "posts")
    >>> [e.name for e in doc.ents.values() if e.kind == "person"], doc.posts
    (['I Wayan Contoh'], [])
    """
    doc = Document(article, lx or lexicon())
    for step in PASSES:
        if step.name == name:
            return doc
        step.run(doc)
    raise KeyError(f"no pass {name!r}")


def _freeze(doc: Document) -> Extraction:
    """The document's findings as the frozen records of :mod:`graph.types`."""
    people_, orgs_, places_ = [], [], []
    # in the order the article names them; the implied ones (named nowhere) last
    for e in sorted(doc.ents.values(), key=lambda x: (x.first is None, x.first or 0, x.key)):
        aliases = tuple(sorted(a for a in e.aliases if a and a != e.name))
        if isinstance(e, PersonEntity):
            people_.append(Person(e.key, e.name, aliases, tuple(e.prefixes), tuple(e.suffixes), tuple(e.titles)))
        elif isinstance(e, OrgEntity):
            orgs_.append(Organization(e.key, e.name, e.category or "other", aliases, e.parent, e.area,
                                      bool(e.business), e.sector, tuple(e.products), bool(e.implied)))
        else:
            places_.append(Place(e.key, e.name, e.level, e.within, aliases, not e.mentioned))
    spans = [Mention(s, e, t, k, doc.confidence.get((s, e))) for (s, e), (k, t) in sorted(doc.mentions.items())
             if k in doc.ents]
    laws_ = []
    for law in sorted(doc.laws.values(), key=lambda x: (min(x.spans), x.key)):
        written = {doc.text[s:e] for s, e in law.spans}
        laws_.append(Law(law.key, law.name, law.identifier, law.type, tuple(sorted(written - {law.name})),
                         law.local, law.part_of))
        spans.extend(Mention(s, e, doc.text[s:e], law.key) for s, e in law.spans)
    return Extraction(doc.article, tuple(people_), tuple(orgs_), tuple(places_), tuple(doc.posts),
                      tuple(doc.memberships), tuple(doc.events), tuple(doc.quotes), tuple(doc.topics),
                      tuple(sorted(spans, key=lambda m: (m.start, m.end))), tuple(laws_))
