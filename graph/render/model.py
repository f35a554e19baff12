"""RDF -> networkx: the graph of the *things* of the profile, which every view draws.

:func:`to_networkx` reads a :class:`rdflib.Dataset` or :class:`rdflib.Graph` as one
union and folds away the plumbing a reader does not care about: an ``org:Membership``
becomes one edge labelled with its role, an ``schema:Offer`` one "makes" edge, NIF
mentions and role concepts vanish. The helpers below it (the index of the triples, the
display names, the focus neighbourhood, the node order) are shared by the other views.

networkx is imported inside the functions that use it, so importing this module stays
instant.
"""
from __future__ import annotations

import difflib
import textwrap
from collections import defaultdict

from rdflib import BNode, Literal

from ..vocab import KGO, ORG, RDF, RDFS, SDO, SEM, SKOS
from .style import CLASSES

__all__ = ["to_networkx", "things_graph", "subject_index", "node_key", "sort_key", "best_literal", "name_of",
           "event_date", "wrap_label", "focus_subgraph"]

# rdf:type -> class; the first match wins, so the more specific types come first
# (a LocalBusiness is also an Organization and a Place in schema.org).
_TYPE_CLASSES = (
    (SDO.NewsArticle, "article"),
    (SDO.Article, "article"),
    (SDO.Quotation, "quote"),
    (SDO.Event, "event"),
    (SEM.Event, "event"),
    (SDO.Person, "person"),
    (ORG.Post, "post"),
    (SDO.LocalBusiness, "business"),
    (SDO.GovernmentOrganization, "government"),
    (SDO.Organization, "organization"),
    (ORG.FormalOrganization, "organization"),
    (ORG.Organization, "organization"),
    (ORG.OrganizationalUnit, "organization"),
    (SDO.AdministrativeArea, "place"),
    (SDO.Place, "place"),
    (SDO.Product, "product"),
)

# predicate -> short edge label. Predicates not listed get their local name.
_EDGE_LABELS = {
    SDO.organizer: "organizer",
    SDO.attendee: "attendee",
    SDO.performer: "performer",
    SDO.sponsor: "sponsor",
    SEM.hasActor: "actor",
    ORG.holds: "holds",
    ORG.postIn: "post in",
    KGO.jurisdiction: "jurisdiction",
    SDO.location: "at",
    SEM.hasPlace: "at",
    SDO.containedInPlace: "in",
    ORG.subOrganizationOf: "part of",
    SDO.parentOrganization: "part of",
    SDO.isPartOf: "part of",
    SDO.spokenByCharacter: "said by",
    SDO.about: "about",
    SDO.areaServed: "serves",
    SDO.owns: "owns",
    SDO.publisher: "publisher",
    SDO.author: "author",
    ORG.memberOf: "member of",
    SDO.memberOf: "member of",
    SDO.worksFor: "works for",
}

# Inverses of drawn predicates (they would double every arrow) and predicates whose
# meaning is folded into another edge (makesOffer, Membership).
_DROPPED = frozenset({
    RDF.type, ORG.heldBy, ORG.hasSubOrganization, SDO.subOrganization, SDO.containsPlace,
    ORG.hasPost, ORG.hasMember, ORG.hasMembership, SDO.subjectOf, SDO.hasPart,
    SDO.makesOffer, SDO.itemOffered,
})


# Up to this many other things, the article node (its topics hang off it) is drawn.
_TINY_GRAPH = 40


_WRAP = 22
_QUOTE_WORDS = 6


def to_networkx(dataset, *, focus: str | None = None, depth: int = 2):
    """Turn an RDF dataset into a graph of the things it talks about.

    Parameters
    ----------
    dataset : rdflib.Dataset or rdflib.Graph
        All named graphs are read as one union.
    focus : str, optional
        A name, alias or IRI: keep only what lies within ``depth`` steps of it
        (edges followed either way).
    depth : int
        Radius of the focus neighbourhood.

    Returns
    -------
    networkx.MultiDiGraph
        Node keys are IRIs; node attributes ``label`` (wrapped for drawing), ``name``
        (unwrapped), ``cls`` (one of :data:`CLASSES`), ``iri`` and, for events,
        ``date``. Edge attributes ``label`` and ``predicate``. Graph attributes
        ``headlines``, ``articles`` (count in the whole dataset) and ``focus``.

    Raises
    ------
    ValueError
        When ``focus`` names nothing in the graph; the message lists close names.

    Examples
    --------
    >>> from rdflib import Dataset
    >>> ds = Dataset().parse(data='''
    ...   @prefix s: <https://schema.org/> .
    ...   <urn:x:acara> a s:Event ; s:name "Rapat desa" ; s:organizer <urn:x:budi> .
    ...   <urn:x:budi> a s:Person ; s:name "Budi Santoso" .''', format="turtle")
    >>> g = to_networkx(ds)
    >>> sorted(g.nodes[n]["label"] for n in g)
    ['Budi Santoso', 'Rapat desa']
    >>> [d["label"] for _, _, d in g.edges(data=True)]
    ['organizer']
    """
    props = subject_index(dataset)
    graph = things_graph(props)
    if focus is not None:
        graph = focus_subgraph(graph, {node_key(s): p for s, p in props.items()}, focus, depth)
    return graph


def things_graph(info: dict, links: dict | None = None, *, asked: bool = False,
            keep_articles: bool = False):
    """The graph of the things in ``info`` (an :func:`subject_index`), linked as ``links`` says.

    ``links`` defaults to ``info``. With ``asked`` (the triples of a CONSTRUCT the user
    wrote), only the things that ``links`` names are drawn, every link between them is
    an edge (mentions and links to articles included), concepts are drawn too, and
    ``info`` only supplies their types and names. Otherwise articles are dropped from
    graphs of more than a few things, unless ``keep_articles``.
    """
    import networkx as nx

    links = info if links is None else links
    topics = {o for p in info.values() for o in p.get(SDO.about, ())}
    if asked:
        named = set(links) | {o for p in links.values() for objs in p.values() for o in objs
                              if not isinstance(o, Literal)}
    else:
        named = info
    classes = {}
    for subject in named:
        p = info.get(subject, {})
        cls = _classify(p.get(RDF.type, ()), is_topic=subject in topics, concepts=asked)
        if cls:
            classes[subject] = cls

    graph = nx.MultiDiGraph()
    for subject in sorted(classes, key=str):
        name = _display_name(subject, classes[subject], info)
        wrap = _WRAP + 8 if classes[subject] == "event" else _WRAP
        attrs = {"label": wrap_label(name, wrap), "name": name, "cls": classes[subject],
                 "iri": str(subject)}
        if classes[subject] == "event":
            date = event_date(info[subject])
            if date:
                attrs["date"] = date
                attrs["label"] = f"{attrs['label']}\n({date})"
        graph.add_node(node_key(subject), **attrs)

    # Who makes each offer, to fold Offers into one "makes" edge.
    sellers = defaultdict(list)
    for subject in sorted(classes, key=str):
        for offer in links.get(subject, {}).get(SDO.makesOffer, ()):
            sellers[offer].append(subject)
    for subject in sorted(links, key=str):
        for pred, objects in sorted(links[subject].items()):
            for obj in sorted(objects, key=str):
                edge = _edge(subject, pred, obj, classes, info, sellers, asked=asked)
                if edge:
                    graph.add_edge(node_key(edge[0]), node_key(edge[1]), key=edge[2], label=edge[2],
                                   predicate=str(edge[3]))

    articles = sorted(s for s, c in classes.items() if c == "article")
    if not (asked or keep_articles) and len(graph) - len(articles) > _TINY_GRAPH:
        _drop_articles(graph)
    graph.graph["headlines"] = sorted({_display_name(a, "article", info) for a in articles})
    graph.graph["articles"] = len(articles)
    graph.graph["focus"] = []
    return graph


def subject_index(dataset) -> dict:
    """subject -> predicate -> set of objects, over the union of all named graphs."""
    props: dict = defaultdict(lambda: defaultdict(set))
    if hasattr(dataset, "quads"):
        triples = (q[:3] for q in dataset.quads((None, None, None, None)))
    else:
        triples = dataset.triples((None, None, None))
    for s, p, o in triples:
        props[s][p].add(o)
    return props


def _classify(types, *, is_topic: bool, concepts: bool = False) -> str | None:
    for rdf_type, cls in _TYPE_CLASSES:
        if rdf_type in types:
            return cls
    # Role and event-type concepts are never the object of schema:about, topics are.
    if SKOS.Concept in types:
        return "topic" if is_topic else "concept" if concepts else None
    return None


def node_key(term) -> str:
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def best_literal(values) -> str | None:
    """The Indonesian value, else an untagged one, else English, else any (stable)."""
    literals = [v for v in values if isinstance(v, Literal)]
    if not literals:
        return None
    rank = {"id": 0, None: 1, "en": 2}
    return str(min(literals, key=lambda v: (rank.get(v.language, 3), str(v))))


def _display_name(subject, cls: str, props) -> str:
    p = props.get(subject, {})
    if cls == "quote":
        text = best_literal(p.get(SDO.text, ()))
        if text:
            words = text.split()
            short = " ".join(words[:_QUOTE_WORDS])
            ellipsis = "\u2026" if len(words) > _QUOTE_WORDS else ""
            return f"\u201c{short}{ellipsis}\u201d"
    if cls == "post" and not (p.get(RDFS.label) or p.get(SDO.name)):
        role = next((best_literal(props.get(r, {}).get(SKOS.prefLabel, ()))
                     for r in sorted(p.get(ORG.role, ()), key=str)), None)
        where = next((name_of(props.get(o, {}))
                      for o in sorted(p.get(ORG.postIn, ()), key=str)), None)
        if role:
            return f"{role} {where}" if where else role
    return name_of(p) or _local_name(subject)


def name_of(p) -> str | None:
    for pred in (SDO.name, RDFS.label, SKOS.prefLabel, SDO.headline):
        value = best_literal(p.get(pred, ()))
        if value:
            return " ".join(value.split())
    return None


def _local_name(term) -> str:
    text = str(term).rstrip("/#")
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1] or text


def wrap_label(text: str, width: int = _WRAP) -> str:
    # A name only a little over the width stays on one line: no orphaned last word.
    if len(text) <= width + 4:
        return text
    return textwrap.fill(text, width, break_long_words=False, break_on_hyphens=False)


def event_date(p) -> str | None:
    dates = sorted(str(d)[:10] for d in p.get(SDO.startDate, ()) if isinstance(d, Literal))
    return dates[0] if dates else None


def _edge(subject, pred, obj, classes, props, sellers, *, asked: bool = False):
    """(source, target, label, predicate) for one triple, or None when not drawn.

    ``asked``: the triple comes from the user's CONSTRUCT, so it is drawn whenever both
    ends are things (only rdf:type, which the colours show, is never an edge).
    """
    if subject not in classes:
        # An Offer or a Membership folds into one edge between the things it links.
        p = props[subject]
        if pred == SDO.itemOffered and obj in classes and sellers.get(subject):
            return sellers[subject][0], obj, "makes", SDO.makesOffer
        if pred == ORG.member and obj in classes and ORG.Membership in p.get(RDF.type, ()):
            where = sorted((o for o in p.get(ORG.organization, ()) if o in classes), key=str)
            if not where:
                return None
            roles = [best_literal(props.get(r, {}).get(SKOS.prefLabel, ()))
                     for r in sorted(p.get(ORG.role, ()), key=str)]
            return obj, where[0], next((r for r in roles if r), "member"), ORG.Membership
        return None
    if obj not in classes or obj == subject:
        return None
    if asked:
        return None if pred == RDF.type else \
            (subject, obj, _EDGE_LABELS.get(pred, _local_name(pred)), pred)
    if pred in _DROPPED:
        return None
    if classes[obj] == "article":
        # Every quotation and mention points at its article; the title already says which.
        return None
    if pred == SDO.mentions:
        # The article mentions everything; only "which event it reports" helps the reader.
        if classes[subject] == "article" and classes[obj] == "event":
            return subject, obj, "reports", pred
        return None
    return subject, obj, _EDGE_LABELS.get(pred, _local_name(pred)), pred


def _drop_articles(graph) -> None:
    """Remove article nodes, and the nodes (topics) that only hung off them."""
    articles = [n for n, c in graph.nodes(data="cls") if c == "article"]
    had_edges = {n for n in graph if graph.degree(n)}
    graph.remove_nodes_from(articles)
    graph.remove_nodes_from([n for n in list(graph) if n in had_edges and not graph.degree(n)])


def focus_subgraph(graph, node_props: dict, focus: str, depth: int):
    """The part of ``graph`` within ``depth`` of the node(s) named ``focus``."""
    import networkx as nx

    names: dict[str, set] = defaultdict(set)
    for node, data in graph.nodes(data=True):
        p = node_props.get(node, {})
        for pred in (SDO.name, SDO.alternateName, RDFS.label, SKOS.prefLabel, SKOS.altLabel,
                     SDO.headline):
            for value in p.get(pred, ()):
                names[" ".join(str(value).split()).casefold()].add(node)
        names[data["name"].casefold()].add(node)
        names[data["iri"].casefold()].add(node)
    wanted = " ".join(focus.split()).casefold()
    centres = sorted(names.get(wanted, ()))
    if not centres:
        raise ValueError(f"focus {focus!r} is not in the graph; "
                         f"close names: {_suggest(wanted, names, graph)}")
    undirected = graph.to_undirected(as_view=True)
    keep = set()
    for centre in centres:
        keep.update(nx.ego_graph(undirected, centre, radius=depth))
    sub = graph.subgraph(keep).copy()
    sub.graph.update(graph.graph, focus=centres)
    return sub


def _suggest(wanted: str, names: dict, graph, limit: int = 5) -> str:
    """Names that contain what was asked, then names spelled like it."""
    keys = sorted(k for k in names if not k.startswith(("http:", "https:", "urn:", "_:")))
    close = [k for k in keys if wanted in k] + \
        difflib.get_close_matches(wanted, keys, n=limit * 2, cutoff=0.6)
    shown = []
    for key in close:
        for node in sorted(names[key]):
            if graph.nodes[node]["name"] not in shown:
                shown.append(graph.nodes[node]["name"])
    return ", ".join(repr(n) for n in shown[:limit]) or "no similar names"


def sort_key(graph, node):
    data = graph.nodes[node]
    return CLASSES.index(data["cls"]), data["name"].casefold(), node
