"""Draw the knowledge graph as a picture a person can read.

Two steps, each usable alone:

* :func:`to_networkx` turns RDF (a :class:`rdflib.Dataset` or :class:`rdflib.Graph`)
  into a small :class:`networkx.MultiDiGraph` of the *things* of the profile
  (people, organizations, places, events, quotations, …). Plumbing the reader does not
  care about is folded away: an ``org:Membership`` becomes one edge labelled with its
  role, an ``schema:Offer`` one "makes" edge, NIF mentions and role concepts vanish.
* :func:`render_png` lays that graph out (the event in the middle, the people and
  organizations around it, the details outside) and writes PNG, SVG or PDF.

Three more views share the classes, colours, legend and file handling:

* :func:`render_query` draws what a SPARQL CONSTRUCT returns, with the types and
  names of its nodes looked up in the whole dataset (:func:`query_graph`).
* :func:`render_overview` draws the top entities of a corpus of any size, how they
  hang together and, optionally, their communities; the caption says what was left
  out (:func:`overview_graph`).
* :func:`render_timeline` puts events on a time axis, all or those of one person,
  body or place; undated events are named in the caption (:func:`timeline_events`).

Each view has its layout: stress majorization from a radial tree for graphs (also
the overview's, per connected part, on the few nodes kept), dates for the timeline.
None uses randomness except Louvain, which is seeded: the same input gives the same
picture, byte for byte.

matplotlib and networkx are imported inside the functions that use them, so importing
this module (and ``kg --help``) stays instant.
"""
from __future__ import annotations

import datetime
import difflib
import math
import os
import secrets
import textwrap
import zlib
from collections import Counter, defaultdict, deque
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Literal

from .vocab import KGO, ORG, RDF, RDFS, SDO, SEM, SKOS

__all__ = [
    "CLASSES", "MAX_NODES", "OVERVIEW_TOP", "TimelineEvent", "to_networkx", "query_graph",
    "overview_graph", "timeline_events", "layout", "draw", "caption", "overview_caption",
    "timeline_caption", "render_png", "render_query", "render_overview", "render_timeline", "store_overview",
]

# --- what is drawn, and how --------------------------------------------------------

#: Node classes, in the order the legend and the layout list them.
CLASSES = (
    "event", "person", "government", "organization", "business", "post", "place",
    "quote", "topic", "product", "concept", "article",
)

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

#: Graphs with more nodes than this are cut to the best-connected ones.
MAX_NODES = 300
# Up to this many other things, the article node (its topics hang off it) is drawn.
_TINY_GRAPH = 40
# Above this many edges, edge labels would only be noise.
_MAX_EDGE_LABELS = 60
# Above this many nodes, markers and fonts shrink.
_CROWDED = 120
_WRAP = 22
_QUOTE_WORDS = 6
_SUPPORTED_FORMATS = ("png", "svg", "pdf")

# Okabe & Ito (2008), the colour-blind-safe palette; shape tells the classes apart too.
_STYLE = {
    # class: (legend label, colour, marker, size in points^2)
    "event": ("event", "#CC79A7", "*", 1100),
    "person": ("person", "#D55E00", "o", 380),
    "government": ("government body", "#0072B2", "s", 340),
    "organization": ("organization", "#56B4E9", "s", 320),
    "business": ("business", "#E69F00", "D", 260),
    "post": ("office (post)", "#F4B183", "o", 150),
    "place": ("place", "#009E73", "^", 340),
    "quote": ("quotation", "#F0E442", "quote-box", 260),
    "topic": ("topic", "#999999", "p", 200),
    "product": ("product", "#F5D28A", "P", 200),
    "concept": ("concept (type, role)", "#DDDDDD", "h", 200),
    "article": ("article", "#555555", "H", 320),
}


# --- RDF -> networkx ----------------------------------------------------------------

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
    props = _index(dataset)
    graph = _things(props)
    if focus is not None:
        graph = _focus(graph, {_key(s): p for s, p in props.items()}, focus, depth)
    return graph


def _things(info: dict, links: dict | None = None, *, asked: bool = False,
            keep_articles: bool = False):
    """The graph of the things in ``info`` (an :func:`_index`), linked as ``links`` says.

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
        attrs = {"label": _wrap(name, wrap), "name": name, "cls": classes[subject],
                 "iri": str(subject)}
        if classes[subject] == "event":
            date = _event_date(info[subject])
            if date:
                attrs["date"] = date
                attrs["label"] = f"{attrs['label']}\n({date})"
        graph.add_node(_key(subject), **attrs)

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
                    graph.add_edge(_key(edge[0]), _key(edge[1]), key=edge[2], label=edge[2],
                                   predicate=str(edge[3]))

    articles = sorted(s for s, c in classes.items() if c == "article")
    if not (asked or keep_articles) and len(graph) - len(articles) > _TINY_GRAPH:
        _drop_articles(graph)
    graph.graph["headlines"] = sorted({_display_name(a, "article", info) for a in articles})
    graph.graph["articles"] = len(articles)
    graph.graph["focus"] = []
    return graph


def _index(dataset) -> dict:
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


def _key(term) -> str:
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def _best_literal(values) -> str | None:
    """The Indonesian value, else an untagged one, else English, else any (stable)."""
    literals = [v for v in values if isinstance(v, Literal)]
    if not literals:
        return None
    rank = {"id": 0, None: 1, "en": 2}
    return str(min(literals, key=lambda v: (rank.get(v.language, 3), str(v))))


def _display_name(subject, cls: str, props) -> str:
    p = props.get(subject, {})
    if cls == "quote":
        text = _best_literal(p.get(SDO.text, ()))
        if text:
            words = text.split()
            short = " ".join(words[:_QUOTE_WORDS])
            ellipsis = "\u2026" if len(words) > _QUOTE_WORDS else ""
            return f"\u201c{short}{ellipsis}\u201d"
    if cls == "post" and not (p.get(RDFS.label) or p.get(SDO.name)):
        role = next((_best_literal(props.get(r, {}).get(SKOS.prefLabel, ()))
                     for r in sorted(p.get(ORG.role, ()), key=str)), None)
        where = next((_name_of(props.get(o, {}))
                      for o in sorted(p.get(ORG.postIn, ()), key=str)), None)
        if role:
            return f"{role} {where}" if where else role
    return _name_of(p) or _local_name(subject)


def _name_of(p) -> str | None:
    for pred in (SDO.name, RDFS.label, SKOS.prefLabel, SDO.headline):
        value = _best_literal(p.get(pred, ()))
        if value:
            return " ".join(value.split())
    return None


def _local_name(term) -> str:
    text = str(term).rstrip("/#")
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1] or text


def _wrap(text: str, width: int = _WRAP) -> str:
    # A name only a little over the width stays on one line: no orphaned last word.
    if len(text) <= width + 4:
        return text
    return textwrap.fill(text, width, break_long_words=False, break_on_hyphens=False)


def _event_date(p) -> str | None:
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
            roles = [_best_literal(props.get(r, {}).get(SKOS.prefLabel, ()))
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


def _focus(graph, node_props: dict, focus: str, depth: int):
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


# --- layout ------------------------------------------------------------------------

def _sort_key(graph, node):
    data = graph.nodes[node]
    return CLASSES.index(data["cls"]), data["name"].casefold(), node


def layout(graph) -> dict:
    """Positions for every node, the same for the same graph.

    The story of a news article turns around its events, so the layout starts from a
    radial tree around the focus node, else the events: rings by distance, each node's
    neighbours in its angular sector. Stress majorization then moves every pair of
    nodes towards a distance proportional to their distance in the graph, which keeps
    that picture (the event in the middle, people and organizations round it, details
    outside) while evening out edge lengths and untangling crossings. Unconnected parts
    are laid out alone and packed below the biggest. No randomness: no seed needed.
    """
    import networkx as nx

    nodes = sorted(graph, key=lambda n: _sort_key(graph, n))
    if not nodes:
        return {}
    rank = {n: i for i, n in enumerate(nodes)}
    plain = nx.Graph()
    plain.add_nodes_from(nodes)
    plain.add_edges_from(sorted({tuple(sorted((u, v))) for u, v in graph.edges() if u != v}))
    focus = set(graph.graph.get("focus", ()))
    roots = [n for n in nodes if n in focus] or \
        [n for n in nodes if graph.nodes[n]["cls"] == "event"]

    parts = []
    for comp in sorted((sorted(c, key=rank.get) for c in nx.connected_components(plain)),
                       key=lambda c: (-len(c), rank[c[0]])):
        sub = plain.subgraph(comp)
        comp_roots = [n for n in roots if n in sub] or \
                     [min(comp, key=lambda n: (-sub.degree(n), rank[n]))]
        parts.append(_stress(sub, _radial(sub, comp_roots, rank.get)))
    return _pack(parts)


def _stress(graph, init: dict, iterations: int = 300) -> dict:
    """Stress majorization (SMACOF, Gansner et al. 2004) started from ``init``."""
    import networkx as nx
    import numpy as np

    nodes = list(init)
    if len(nodes) < 3:
        return {n: (float(i), 0.0) for i, n in enumerate(nodes)}
    index = {n: i for i, n in enumerate(nodes)}
    dist = np.zeros((len(nodes), len(nodes)))
    for source, lengths in nx.all_pairs_shortest_path_length(graph):
        for target, d in lengths.items():
            dist[index[source], index[target]] = d
    weight = np.zeros_like(dist)
    weight[dist > 0] = dist[dist > 0] ** -2.0
    laplacian = -weight.copy()
    np.fill_diagonal(laplacian, weight.sum(axis=1))
    inverse = np.linalg.pinv(laplacian)
    x = np.array([init[n] for n in nodes], dtype=float)
    for _ in range(iterations):
        now = np.sqrt(((x[:, None, :] - x[None, :, :]) ** 2).sum(axis=-1))
        b = np.divide(-weight * dist, now, out=np.zeros_like(now), where=now > 1e-9)
        np.fill_diagonal(b, 0.0)
        np.fill_diagonal(b, -b.sum(axis=1))
        new = inverse @ (b @ x)
        done = np.abs(new - x).max() < 1e-4
        x = new
        if done:
            break
    x -= x.mean(axis=0)
    return {n: (float(x[index[n], 0]), float(x[index[n], 1])) for n in nodes}


def _radial(graph, roots, order) -> dict:
    """A radial tree from ``roots``: ring = distance, sector = size of the subtree."""
    seen = set(roots)
    children = defaultdict(list)
    queue = deque(roots)
    while queue:
        node = queue.popleft()
        for nbr in sorted(graph[node], key=order):
            if nbr not in seen:
                seen.add(nbr)
                children[node].append(nbr)
                queue.append(nbr)
    centre = object()
    if len(roots) == 1:
        children[centre] = []
        top, ring0 = roots[0], 0
    else:
        children[centre] = list(roots)
        top, ring0 = centre, 1

    weight = {}

    def measure(node):
        weight[node] = sum(measure(c) for c in children[node]) or 1
        return weight[node]

    measure(top)
    pos = {}

    def place(node, a0, a1, ring):
        angle = (a0 + a1) / 2
        pos[node] = (ring * math.cos(angle), ring * math.sin(angle))
        start = a0
        for child in children[node]:
            span = (a1 - a0) * weight[child] / weight[node]
            place(child, start, start + span, ring + 1)
            start += span

    # Start at the top and go round clockwise, as one reads a clock face.
    place(top, math.pi / 2 + 2 * math.pi, math.pi / 2, ring0)
    pos.pop(centre, None)
    return pos


def _pack(parts: list[dict]) -> dict:
    """The biggest part on top, the others in rows beneath it, the whole about square."""
    if not parts:
        return {}

    def bounds(part):
        xs = [x for x, _ in part.values()]
        ys = [y for _, y in part.values()]
        return min(xs), min(ys), max(xs), max(ys)

    sizes = [bounds(part) for part in parts]
    area = sum((x1 - x0 + 1.2) * (y1 - y0 + 1.2) for x0, y0, x1, y1 in sizes)
    pos = dict(parts[0])
    left, bottom, right, _ = sizes[0]
    row_width = max(right - left, math.sqrt(area), 4.0)
    x_next, y_top, row_height = left, bottom - 1.5, 0.0
    for part, (x0, y0, x1, y1) in zip(parts[1:], sizes[1:]):
        if x_next > left and x_next + (x1 - x0) > left + row_width:
            x_next, y_top, row_height = left, y_top - row_height - 1.2, 0.0
        for node, (x, y) in part.items():
            pos[node] = (x - x0 + x_next, y - y1 + y_top)
        x_next += x1 - x0 + 1.2
        row_height = max(row_height, y1 - y0)
    return pos


# --- drawing -----------------------------------------------------------------------

def _quote_marker():
    """A rounded box, as a marker path (matplotlib has none built in)."""
    w, h, r, steps = 1.7, 1.0, 0.35, 6
    verts = []
    for cx, cy, a0 in ((w / 2 - r, h / 2 - r, 0), (-w / 2 + r, h / 2 - r, 90),
                       (-w / 2 + r, -h / 2 + r, 180), (w / 2 - r, -h / 2 + r, 270)):
        for i in range(steps + 1):
            a = math.radians(a0 + 90 * i / steps)
            verts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return verts


def _marker(cls: str):
    marker = _STYLE[cls][2]
    return _quote_marker() if marker == "quote-box" else marker


def draw(graph, ax, *, pos: dict | None = None, edge_labels: bool | None = None,
         legend: bool = True, node_colors: dict | None = None,
         groups: list[tuple[str, str]] | None = None) -> dict:
    """Draw ``graph`` (from :func:`to_networkx` or :func:`overview_graph`) on ``ax``.

    Nodes get colour and shape by class, labels beside them where they cover the
    least, edges short grey predicate labels (hidden above 60 edges). The axes get
    equal scales and no frame. Returns the positions used.

    An undirected graph is drawn without arrowheads. Optional attributes: a node's
    ``scale`` multiplies its marker area, an edge's ``width`` and ``color`` style its
    line. ``node_colors`` (node -> colour) replaces the class colours, which the
    legend then shows in grey, followed by ``groups`` (label, colour).
    """
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    pos = layout(graph) if pos is None else pos
    ax.set_axis_off()
    if not len(graph):
        ax.text(0.5, 0.5, "(empty graph)", ha="center", va="center", transform=ax.transAxes)
        return pos
    n_nodes = graph.number_of_nodes()
    if edge_labels is None:
        edge_labels = graph.number_of_edges() <= _MAX_EDGE_LABELS
    font = 8 if n_nodes <= _CROWDED else 6.5
    _fit_axes(ax, pos)

    # Edges: curved apart when two things are linked more than once. Undirected
    # graphs (overviews, one line per pair) need no arrowheads: one LineCollection,
    # which draws thousands of lines in the time patches take for a few hundred.
    pairs = defaultdict(list)
    for u, v, key in sorted(graph.edges(keys=True)):
        pairs[tuple(sorted((u, v)))].append((u, v, key))
    curves, edge_names, lines = [], [], []
    for (first, _), edges in sorted(pairs.items()):
        for i, (u, v, key) in enumerate(edges):
            rad = 0.0 if len(edges) == 1 else 0.25 * (i - (len(edges) - 1) / 2)
            if u != first:
                rad = -rad
            (x1, y1), (x2, y2) = pos[u], pos[v]
            data = graph.edges[u, v, key]
            style = {"color": data.get("color", "#8c8c8c"), "lw": data.get("width", 0.8)}
            if graph.is_directed() or rad:
                ax.add_patch(FancyArrowPatch(
                    (x1, y1), (x2, y2), arrowstyle="-|>" if graph.is_directed() else "-",
                    mutation_scale=9, connectionstyle=f"arc3,rad={rad}", zorder=1,
                    shrinkA=_radius(graph, u) + 1, shrinkB=_radius(graph, v) + 2, **style))
            else:
                lines.append(((x1, y1), (x2, y2), style))
            # arc3 draws a quadratic Bezier through this control point.
            control = ((x1 + x2) / 2 + rad * (y2 - y1), (y1 + y2) / 2 - rad * (x2 - x1))
            curves.append(((x1, y1), control, (x2, y2)))
            edge_names.append(key)
    if lines:
        ax.add_collection(LineCollection([(a, b) for a, b, _ in lines], zorder=1,
                                         colors=[s["color"] for *_, s in lines],
                                         linewidths=[s["lw"] for *_, s in lines]),
                          autolim=False)

    # Nodes, one scatter per class so each gets its shape.
    by_class = defaultdict(list)
    for node in sorted(graph, key=lambda n: _sort_key(graph, n)):
        by_class[graph.nodes[node]["cls"]].append(node)
    for cls in CLASSES:
        members = by_class.get(cls)
        if members:
            colours = [node_colors[n] for n in members] if node_colors else _STYLE[cls][1]
            points = ax.scatter([pos[n][0] for n in members], [pos[n][1] for n in members],
                                s=[_node_size(graph, n) for n in members], marker=_marker(cls),
                                c=colours, edgecolors="#333333", linewidths=0.6,
                                zorder=4 if cls == "event" else 3)
            points.set_urls([graph.nodes[n]["iri"] for n in members])

    _place_labels(graph, ax, pos, curves, edge_names if edge_labels else None, font)

    if legend:
        handles = [Line2D([], [], linestyle="none", marker=_marker(cls),
                          markersize=13 if cls == "event" else 9,
                          markerfacecolor="#BBBBBB" if node_colors else _STYLE[cls][1],
                          markeredgecolor="#333333", markeredgewidth=0.6, label=_STYLE[cls][0])
                   for cls in CLASSES if cls in by_class]
        handles += [Line2D([], [], linestyle="none", marker="o", markersize=9,
                           markerfacecolor=colour, markeredgecolor="#333333",
                           markeredgewidth=0.6, label=label) for label, colour in groups or ()]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False,
                  fontsize=8, labelspacing=1.0, borderaxespad=0.5, handletextpad=0.8)
    return pos


def _node_size(graph, node) -> float:
    """Marker area in points^2; smaller in big graphs."""
    data = graph.nodes[node]
    size = _STYLE[data["cls"]][3] * data.get("scale", 1.0)
    return size if len(graph) <= _CROWDED else size * 0.6


def _radius(graph, node) -> float:
    """Marker radius in points."""
    return math.sqrt(_node_size(graph, node)) / 2


def _bezier(p0, p1, p2, t):
    return ((1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * p1[0] + t ** 2 * p2[0],
            (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * p1[1] + t ** 2 * p2[1])


def _fit_axes(ax, pos) -> None:
    """Equal scales on both axes, with room around the outermost nodes."""
    xs = [x for x, _ in pos.values()]
    ys = [y for _, y in pos.values()]
    x0, x1, y0, y1 = min(xs) - 0.6, max(xs) + 0.6, min(ys) - 0.6, max(ys) + 0.6
    bbox = ax.get_position()
    fig_w, fig_h = ax.figure.get_size_inches()
    box_w, box_h = bbox.width * fig_w, bbox.height * fig_h
    scale = min(box_w / (x1 - x0), box_h / (y1 - y0))
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    ax.set_xlim(cx - box_w / scale / 2, cx + box_w / scale / 2)
    ax.set_ylim(cy - box_h / scale / 2, cy + box_h / scale / 2)


def _place_labels(graph, ax, pos, curves, edge_names, font) -> None:
    """Put the node labels, then the edge labels, where they cover the least.

    Greedy, biggest nodes first: sixteen candidate spots around each node (eight
    directions, near and a little farther), preferring the side away from its
    neighbours. A spot costs the share it covers of each node and label already
    placed, plus the edge lines running under it. Edge labels then slide along their
    edge to the freest spot near the middle.
    """
    import networkx as nx
    import numpy as np

    fig = ax.figure
    # Agg canvases (ours) have get_renderer; an interactive one is asked through the figure.
    get_renderer = getattr(fig.canvas, "get_renderer", None) or fig._get_renderer
    renderer = get_renderer()
    to_px = fig.dpi / 72
    disp = {n: ax.transData.transform(p) for n, p in pos.items()}
    boxes = []  # x0, y0, x1, y1, weight; in display pixels
    for node, (x, y) in disp.items():
        r = _radius(graph, node) * to_px
        boxes.append((x - r, y - r, x + r, y + r, 3.0))
    boxes = np.array(boxes)
    steps = np.linspace(0.1, 0.9, 9)
    samples = np.array([_bezier(*curve, t) for curve in curves for t in steps]).reshape(-1, 2)
    samples = ax.transData.transform(samples) if len(samples) else np.zeros((0, 2))

    frame = ax.bbox

    def cost(box, with_lines=True):
        x0, y0, x1, y1 = box
        ow = np.clip(np.minimum(x1, boxes[:, 2]) - np.maximum(x0, boxes[:, 0]), 0, None)
        oh = np.clip(np.minimum(y1, boxes[:, 3]) - np.maximum(y0, boxes[:, 1]), 0, None)
        smaller = np.minimum((boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1]),
                             (x1 - x0) * (y1 - y0))
        total = float((ow * oh / np.maximum(smaller, 1.0) * boxes[:, 4]).sum())
        # Off the axes a label runs into the legend or off the paper: its share outside.
        inside_w = max(0.0, min(x1, frame.x1) - max(x0, frame.x0))
        inside_h = max(0.0, min(y1, frame.y1) - max(y0, frame.y0))
        total += 2.0 * (1.0 - inside_w * inside_h / max((x1 - x0) * (y1 - y0), 1.0))
        if with_lines:
            total += 0.12 * int(((samples[:, 0] > x0) & (samples[:, 0] < x1)
                                 & (samples[:, 1] > y0) & (samples[:, 1] < y1)).sum())
        return total

    def extent(text):
        ext = text.get_window_extent(renderer)
        pad = 0.2 * text.get_fontsize() * to_px
        return ext.width + 2 * pad, ext.height + 2 * pad

    focus = set(graph.graph.get("focus", ()))
    order = sorted(graph, key=lambda n: (-_node_size(graph, n), -graph.degree(n),
                                         _sort_key(graph, n)))
    for node in order:
        data = graph.nodes[node]
        event = data["cls"] == "event"
        text = ax.annotate(
            data["label"], pos[node], xytext=(0, 0), textcoords="offset points",
            fontsize=font + 1 if event else font,
            fontweight="bold" if event or node in focus else "normal",
            fontstyle="italic" if data["cls"] == "quote" else "normal", color="#1a1a1a",
            zorder=5, linespacing=1.1,
            bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none", "alpha": 0.85})
        text.set_url(data["iri"])
        w, h = extent(text)
        x, y = disp[node]
        nbrs = [disp[m] for m in sorted(set(nx.all_neighbors(graph, node))) if m != node]
        away = math.atan2(y - np.mean([p[1] for p in nbrs]), x - np.mean([p[0] for p in nbrs])) \
            if nbrs else -math.pi / 2
        best = None
        for extra in (0.0, 10.0):
            gap = _radius(graph, node) + 3 + extra
            for i in range(8):
                angle = -math.pi / 2 + i * math.pi / 4
                dx, dy = math.cos(angle), math.sin(angle)
                ha = "left" if dx > 0.3 else "right" if dx < -0.3 else "center"
                va = "bottom" if dy > 0.3 else "top" if dy < -0.3 else "center"
                bx = x + gap * dx * to_px - {"left": 0, "center": w / 2, "right": w}[ha]
                by = y + gap * dy * to_px - {"bottom": 0, "center": h / 2, "top": h}[va]
                box = (bx, by, bx + w, by + h)
                turn = abs((angle - away + math.pi) % (2 * math.pi) - math.pi)
                score = cost(box) + 0.05 * turn + 0.1 * (extra > 0)
                if best is None or score < best[0]:
                    best = (score, (gap * dx, gap * dy), ha, va, box)
        _, offset, ha, va, box = best
        text.xyann = offset
        text.set_ha(ha)
        text.set_va(va)
        boxes = np.vstack([boxes, (*box, 2.0)])

    for curve, name in zip(curves, edge_names or ()):
        text = ax.text(*_bezier(*curve, 0.5), name, fontsize=font - 1.5, color="#5f5f5f",
                       ha="center", va="center", zorder=2,
                       bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none",
                             "alpha": 0.8})
        w, h = extent(text)
        best = None
        for t in (0.5, 0.4, 0.6, 0.3, 0.7):
            x, y = ax.transData.transform(_bezier(*curve, t))
            box = (x - w / 2, y - h / 2, x + w / 2, y + h / 2)
            score = cost(box, with_lines=False) + abs(t - 0.5)
            if best is None or score < best[0]:
                best = (score, t, box)
        _, t, box = best
        text.set_position(_bezier(*curve, t))
        boxes = np.vstack([boxes, (*box, 1.0)])


def caption(graph, *, total_nodes: int | None = None) -> str:
    """One line under the picture: sizes, articles, the dates of the events."""
    n, e = graph.number_of_nodes(), graph.number_of_edges()
    parts = [f"{n} nodes", f"{e} edges"]
    if total_nodes is not None and total_nodes > n:
        parts[0] = f"showing {n} of {total_nodes} nodes by degree"
    articles = graph.graph.get("articles", 0)
    query = graph.graph.get("query")
    if query:
        result = f"from a CONSTRUCT of {query['triples']} triple" + \
            ("" if query["triples"] == 1 else "s")
        if query["undrawn"]:
            result += f" ({query['undrawn']} linking untyped things not drawn)"
        parts += [result, "types and names from the whole graph"]
    if articles or not query:
        parts.append(f"{articles} article" + ("" if articles == 1 else "s"))
    dates = sorted(d for _, d in graph.nodes(data="date") if d)
    if dates:
        span = dates[0] if dates[0] == dates[-1] else f"{dates[0]} \u2013 {dates[-1]}"
        parts.append(("event date " if len(dates) == 1 else "events ") + span)
    focus = graph.graph.get("focus")
    if focus:
        parts.append("around " + ", ".join(graph.nodes[f]["name"] for f in focus if f in graph))
    if e > _MAX_EDGE_LABELS:
        parts.append("edge labels hidden")
    return "  \u00b7  ".join(parts)


def _title(graph) -> str:
    headlines = graph.graph.get("headlines") or []
    if not headlines:
        return "Knowledge graph"
    shown = [textwrap.shorten(h, 110, placeholder="\u2026") for h in headlines[:2]]
    if len(headlines) > 2:
        shown.append(f"\u2026 and {len(headlines) - 2} more articles")
    return "\n".join(shown)


def _top_by_degree(graph, limit: int):
    if len(graph) <= limit:
        return graph
    keep = sorted(graph, key=lambda n: (-graph.degree(n), _sort_key(graph, n)))[:limit]
    sub = graph.subgraph(keep).copy()
    sub.graph.update(graph.graph)
    return sub


# --- views -------------------------------------------------------------------------

def query_graph(dataset, query: str):
    """The things and links that a SPARQL CONSTRUCT over ``dataset`` returns.

    A CONSTRUCT seldom returns the types and names of what it links, so those are
    looked up in the whole dataset: the picture gets the classes, colours and names of
    the full graph, and only the links the query returned. Every returned link between
    two things is drawn (mentions too); role and event-type concepts the query returns
    are drawn as ``concept``. The graph attribute ``query`` holds ``triples`` (the size
    of the result) and ``undrawn`` (links to or from untyped things, which are not).

    Raises
    ------
    ValueError
        When ``query`` is not a CONSTRUCT (checked before it runs).
    pyparsing.ParseException
        When it is not SPARQL.

    Examples
    --------
    >>> from rdflib import Dataset
    >>> ds = Dataset().parse(data='''
    ...   @prefix s: <https://schema.org/> .
    ...   <urn:x:rapat> a s:Event ; s:name "Rapat desa" ; s:attendee <urn:x:budi>, <urn:x:sari> .
    ...   <urn:x:budi> a s:Person ; s:name "Budi Santoso" .
    ...   <urn:x:sari> a s:Person ; s:name "Sari Dewi" .''', format="turtle")
    >>> g = query_graph(ds, '''PREFIX s: <https://schema.org/>
    ...   CONSTRUCT { ?e s:attendee ?p } WHERE { ?e s:attendee ?p ; s:name "Rapat desa" }''')
    >>> sorted(g.nodes[n]["name"] for n in g)
    ['Budi Santoso', 'Rapat desa', 'Sari Dewi']
    >>> query_graph(ds, "SELECT * WHERE { ?s ?p ?o }")
    Traceback (most recent call last):
    ...
    ValueError: a picture needs a CONSTRUCT query; this one is a SELECT
    """
    from rdflib.plugins.sparql import prepareQuery

    prepared = prepareQuery(query, initNs=dict(dataset.namespaces()))
    kind = prepared.algebra.name.removesuffix("Query").upper()
    if kind != "CONSTRUCT":
        raise ValueError(f"a picture needs a CONSTRUCT query; this one is a {kind}")
    result = dataset.query(prepared).graph
    links = _index(result)
    info = _index(dataset)
    for subject, p in links.items():
        for pred, objects in p.items():
            info[subject][pred] |= objects
    graph = _things(info, links, asked=True)
    plumbing = (ORG.Membership, SDO.Offer)
    undrawn = sum(1 for s, p, o in result
                  if p != RDF.type and not isinstance(o, Literal)
                  and not any(t in info.get(s, {}).get(RDF.type, ()) for t in plumbing)
                  and (_key(s) not in graph or _key(o) not in graph))
    graph.graph["query"] = {"triples": len(result), "undrawn": undrawn}
    return graph


#: Entities an overview keeps unless told otherwise.
OVERVIEW_TOP = 60
# Classes an overview leaves out: they belong to one article or are plumbing.
_OVERVIEW_HIDDEN = {"quote": "quotes", "post": "offices", "concept": "concepts"}
# Each kept entity keeps this many of its "mentioned together" lines (the heaviest),
# of those shared by at least this many articles (once is a coincidence).
_STRONGEST = 3
_TOGETHER_MIN = 2
_RANKINGS = {"articles": "articles mentioning them", "degree": "number of links"}
# Okabe & Ito again, for communities; the smaller groups share the grey.
_GROUP_COLOURS = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")
_OTHER_GROUP = "#DDDDDD"


def overview_graph(dataset, *, top: int = OVERVIEW_TOP, by: str = "articles",
                   counts: dict | None = None, pairs: dict | None = None):
    """The ``top`` entities of a corpus and how they hang together, for one picture.

    Entities are the people, bodies, businesses, places, events, topics and products;
    quotations, offices (posts) and articles are left out, and an article's mentions
    become counts. The entities are ranked ``by`` the number of articles that mention
    them (or are about them), or by their number of links (``"degree"``); ties go to
    the other measure, then to the name.

    Between the kept entities, an edge stands for a stated relation (``relation`` is
    its label: "attendee", or the office through which a person belongs to a body) or
    for being mentioned in the same articles (``weight``: how many). Of the latter each
    entity keeps its three heaviest, so the picture shows a backbone, not a hairball.
    Communities (Louvain, fixed seed) are found on all of them. ``counts`` (entity →
    articles) and ``pairs`` ((entity, entity) in string order → articles mentioning both)
    replace what the dataset's articles would tell, when a store counted them.

    Returns
    -------
    networkx.MultiGraph
        Undirected; node attributes as :func:`to_networkx` plus ``articles``, ``degree``,
        ``scale`` (marker size) and ``community`` (0 is the biggest); edge attributes
        ``weight``, ``relation``, ``width`` and ``color``. Graph attributes ``entities``
        (all of them), ``hidden`` (class -> count left out), ``articles``, ``by`` and
        ``communities`` (lists of nodes, biggest first).

    Raises
    ------
    ValueError
        For an unknown ``by`` or a ``top`` below 1.
    """
    import networkx as nx

    if by not in _RANKINGS:
        raise ValueError(f"cannot rank by {by!r}; use one of: {', '.join(_RANKINGS)}")
    if top < 1:
        raise ValueError(f"top must be at least 1, not {top}")
    props = _index(dataset)
    full = _things(props, keep_articles=True)
    articles = sorted(n for n, c in full.nodes(data="cls") if c == "article")
    node_props = {_key(s): p for s, p in props.items()}
    mentioned = {a: sorted({_key(o) for pred in (SDO.mentions, SDO.about)
                            for o in node_props[a].get(pred, ())} & full.nodes.keys())
                 for a in articles}
    count: dict = defaultdict(int)
    for nodes in mentioned.values():
        for node in nodes:
            count[node] += 1
    if counts is not None:  # counted by the store (see store_overview)
        count = defaultdict(int, counts)
    # Links to articles ("reports", "about") only repeat the counts.
    degree: dict = defaultdict(int)
    for u, v in full.edges():
        if full.nodes[u]["cls"] != "article" and full.nodes[v]["cls"] != "article":
            degree[u] += 1
            degree[v] += 1

    hidden_classes = set(_OVERVIEW_HIDDEN) | {"article"}
    entities = [n for n, c in full.nodes(data="cls") if c not in hidden_classes]
    measures = {"articles": lambda n: count[n], "degree": lambda n: degree[n]}
    first, second = measures[by], measures["degree" if by == "articles" else "articles"]
    ranked = sorted(entities, key=lambda n: (-first(n), -second(n), _sort_key(full, n)))
    kept = set(ranked[:top])

    graph = nx.MultiGraph()
    most = max([count[n] for n in kept] + [1])
    for node in sorted(kept, key=lambda n: _sort_key(full, n)):
        graph.add_node(node, **full.nodes[node], articles=count[node], degree=degree[node],
                       scale=0.6 + 1.6 * math.sqrt(count[node] / most))

    relation: dict = {}
    for u, v, label in sorted(full.edges(keys=True)):
        if u in kept and v in kept and u != v:
            relation.setdefault(tuple(sorted((u, v))), label)
    for post in sorted(n for n, c in full.nodes(data="cls") if c == "post"):
        ends = sorted(m for m in nx.all_neighbors(full, post) if m in kept)
        for i, u in enumerate(ends):
            for v in ends[i + 1:]:
                relation.setdefault((u, v), full.nodes[post]["name"])
    together: dict = defaultdict(int)
    for nodes in mentioned.values():
        inside = [n for n in nodes if n in kept]
        for i, u in enumerate(inside):
            for v in inside[i + 1:]:
                together[(u, v)] += 1  # ``nodes`` is sorted, so u < v
    if pairs is not None:
        together = defaultdict(int, {(u, v): n for (u, v), n in pairs.items() if u in kept and v in kept})

    # Louvain on everything, so the groups do not depend on which lines are drawn.
    weighted = nx.Graph()
    weighted.add_nodes_from(graph)
    for pair in sorted(set(together) | set(relation)):
        weighted.add_edge(*pair, weight=together.get(pair, 0) + (1 if pair in relation else 0))
    groups = nx.community.louvain_communities(weighted, weight="weight", seed=0)
    groups = sorted((sorted(g, key=lambda n: _sort_key(graph, n)) for g in groups),
                    key=lambda g: (-len(g), _sort_key(graph, g[0])))
    for index, group in enumerate(groups):
        for node in group:
            graph.nodes[node]["community"] = index

    candidates = defaultdict(list)
    for pair, weight in together.items():
        if weight < _TOGETHER_MIN:
            continue
        for node, other in (pair, pair[::-1]):
            candidates[node].append((-weight, _sort_key(graph, other), pair))
    strongest = {pair for options in candidates.values()
                 for *_, pair in sorted(options)[:_STRONGEST]}
    heaviest = max(together.values(), default=1)
    for pair in sorted(set(relation) | strongest):
        weight = together.get(pair, 0)
        graph.add_edge(*pair, key="link", weight=weight, relation=relation.get(pair),
                       width=0.6 + 2.2 * math.sqrt(weight / heaviest)
                       if heaviest >= _TOGETHER_MIN else 1.2,
                       color="#555555" if pair in relation else "#b3b3b3")

    present = {c for _, c in full.nodes(data="cls")}
    graph.graph.update(
        entities=len(entities), articles=len(articles), by=by, headlines=[], focus=[],
        communities=groups,
        hidden={cls: sum(1 for _, c in full.nodes(data="cls") if c == cls)
                for cls in _OVERVIEW_HIDDEN if cls in present})
    return graph


def overview_caption(graph, *, communities: bool = False) -> str:
    """Two lines: what the overview shows and leaves out, and how to read it."""
    n, total = graph.number_of_nodes(), graph.graph["entities"]
    what = f"showing {n:,} of {total:,} entities"
    if total > n:
        what += f": top by {_RANKINGS[graph.graph['by']]}"
    articles = graph.graph["articles"]
    hidden = [f"{count:,} {_OVERVIEW_HIDDEN[cls]}"
              for cls, count in graph.graph["hidden"].items() if count]
    if articles:
        hidden.append("mentions (counted instead)")
    first = [what, f"{articles:,} article" + ("" if articles == 1 else "s")]
    if hidden:
        first.append("hidden: " + ", ".join(hidden))
    how = ["marker size: articles mentioning it", "dark line: a stated relation",
           f"grey line: mentioned together in \u2265 {_TOGETHER_MIN} articles (width: how many; "
           f"{_STRONGEST} strongest per entity)"]
    if communities:
        groups = graph.graph["communities"]
        how.append(f"colour: {len(groups)} communit{'y' if len(groups) == 1 else 'ies'} "
                   "(Louvain), shape: class")
    return "  \u00b7  ".join(first) + "\n" + "  \u00b7  ".join(how)


def _community_colours(graph) -> tuple[dict, list[tuple[str, str]]]:
    colours, legend = {}, []
    for index, group in enumerate(graph.graph["communities"]):
        big = index < len(_GROUP_COLOURS) and len(group) > 1
        colour = _GROUP_COLOURS[index] if big else _OTHER_GROUP
        for node in group:
            colours[node] = colour
        if big:
            best = sorted(group, key=lambda n: (-graph.nodes[n]["articles"], _sort_key(graph, n)))
            names = ", ".join(textwrap.shorten(graph.nodes[n]["name"], 24, placeholder="\u2026")
                              for n in best[:2])
            legend.append((f"group {index + 1} ({len(group)}): {names}", colour))
    if len(legend) < len(graph.graph["communities"]):
        legend.append(("smaller groups", _OTHER_GROUP))
    return colours, legend


# --- timeline ----------------------------------------------------------------------

# More events than this: one row per event type instead of one per event.
_TIMELINE_ROWS = 40
# Undated events named in the caption, at most.
_UNDATED_NAMED = 6


@dataclass(frozen=True)
class TimelineEvent:
    """One event as the timeline draws it; ``date`` is None when the text gave none."""

    name: str
    date: datetime.date | None
    kind: str
    place: str | None
    role: str | None
    inferred: bool
    iri: str


def timeline_events(dataset, *, focus: str | None = None) -> list[TimelineEvent]:
    """The events of ``dataset``, or those the ``focus`` (a name, alias or IRI) took
    part in: organised, attended, hosted (a place), or the event itself.

    Sorted by date (undated last), then name. ``role`` is how the focus took part
    ("organizer", "attendee", "at"); ``kind`` the event type's label
    (``sem:eventType``), else "event"; ``inferred`` says the builder inferred the date.

    Raises
    ------
    ValueError
        When ``focus`` names nothing in the graph; the message lists close names.

    Examples
    --------
    >>> from rdflib import Dataset
    >>> ds = Dataset().parse(data='''
    ...   @prefix s: <https://schema.org/> . @prefix x: <http://www.w3.org/2001/XMLSchema#> .
    ...   <urn:x:rapat> a s:Event ; s:name "Rapat desa" ; s:startDate "2021-03-02"^^x:date ;
    ...       s:organizer <urn:x:budi> ; s:location <urn:x:balai> .
    ...   <urn:x:pasar> a s:Event ; s:name "Pasar murah" .
    ...   <urn:x:balai> a s:Place ; s:name "Balai Desa" .
    ...   <urn:x:budi> a s:Person ; s:name "Budi Santoso" .''', format="turtle")
    >>> [(e.name, str(e.date), e.place) for e in timeline_events(ds)]
    [('Rapat desa', '2021-03-02', 'Balai Desa'), ('Pasar murah', 'None', None)]
    >>> [(e.name, e.role) for e in timeline_events(ds, focus="Budi Santoso")]
    [('Rapat desa', 'organizer')]
    """
    return _timeline(dataset, focus)[0]


def _timeline(dataset, focus: str | None) -> tuple[list[TimelineEvent], str, list[str]]:
    """The events, a title, and every event type of the dataset (for stable colours)."""
    import networkx as nx

    props = _index(dataset)
    node_props = {_key(s): p for s, p in props.items()}
    graph = _things(props)
    centres: list = []
    if focus is None:
        chosen = sorted(n for n, c in graph.nodes(data="cls") if c == "event")
    else:
        centres = _focus(graph, node_props, focus, 0).graph["focus"]
        # A place also hosts what happens at the places inside it (venue in regency).
        around, queue = set(centres), deque(n for n in centres if graph.nodes[n]["cls"] == "place")
        while queue:
            for inner, _, label in graph.in_edges(queue.popleft(), keys=True):
                if label == "in" and inner not in around:
                    around.add(inner)
                    queue.append(inner)
        chosen = sorted({m for n in around for m in nx.all_neighbors(graph, n)
                         if graph.nodes[m]["cls"] == "event"} | {n for n in centres
                                                                 if graph.nodes[n]["cls"] == "event"})
    events = []
    for node in chosen:
        p = node_props[node]
        kinds = sorted(filter(None, (
            _best_literal(node_props.get(_key(t), {}).get(SKOS.prefLabel, ()))
            for t in p.get(SEM.eventType, ()))))
        places = sorted(filter(None, (_name_of(node_props.get(_key(o), {}))
                                      for pred in (SDO.location, SEM.hasPlace)
                                      for o in p.get(pred, ()))))
        roles = sorted({label for centre in centres
                        for label in (*graph.get_edge_data(node, centre, default={}),
                                      *graph.get_edge_data(centre, node, default={}))})
        events.append(TimelineEvent(
            name=graph.nodes[node]["name"], date=_parse_date(_event_date(p)),
            kind=kinds[0] if kinds else "event", place=", ".join(places) or None,
            role=", ".join(roles) or None, inferred=bool(p.get(KGO.dateInferredBy)),
            iri=graph.nodes[node]["iri"]))
    events.sort(key=lambda e: (e.date is None, e.date or datetime.date.min, e.name.casefold(),
                               e.iri))
    names = ", ".join(sorted(graph.nodes[n]["name"] for n in centres))
    places = all(graph.nodes[n]["cls"] == "place" for n in centres)
    title = f"Events {'in' if places else 'of'} {names}" if centres else "Events"
    kinds = sorted({k for p in props.values() for t in p.get(SEM.eventType, ())
                    if (k := _best_literal(props.get(t, {}).get(SKOS.prefLabel, ())))},
                   key=str.casefold)
    return events, title, kinds


def _parse_date(text: str | None) -> datetime.date | None:
    """A date from xsd:date, xsd:dateTime, xsd:gYearMonth or xsd:gYear text."""
    if not text:
        return None
    for size, suffix in ((10, ""), (7, "-01"), (4, "-01-01")):
        try:
            return datetime.date.fromisoformat(text[:size] + suffix)
        except ValueError:
            continue
    return None


def timeline_caption(events: list[TimelineEvent]) -> str:
    """What the timeline shows, and which events it leaves out for want of a date."""
    dated = [e for e in events if e.date]
    undated = [e for e in events if not e.date]
    if not events:
        return "no events found"
    parts = [f"{len(dated)} dated event" + ("" if len(dated) == 1 else "s")]
    if dated:
        first, last = dated[0].date.isoformat(), dated[-1].date.isoformat()
        parts.append(first if first == last else f"{first} \u2013 {last}")
    if any(e.inferred for e in dated):
        parts.append("hollow marker: date inferred (e.g. from the weekday)")
    if len(dated) > _TIMELINE_ROWS:
        parts.append("one row per event type")
    line = "  \u00b7  ".join(parts)
    if undated:
        names = "; ".join(textwrap.shorten(e.name, 50, placeholder="\u2026")
                          for e in undated[:_UNDATED_NAMED])
        more = f"; \u2026 and {len(undated) - _UNDATED_NAMED} more" \
            if len(undated) > _UNDATED_NAMED else ""
        line += f"\nleft out, no date ({len(undated)}): {names}{more}"
    return line


def _timeline_figure(events: list[TimelineEvent], *, title: str, note: str,
                     all_kinds: list[str] = ()):
    import matplotlib.dates as mdates
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    dated = [e for e in events if e.date]
    kinds = sorted({e.kind for e in dated}, key=str.casefold)
    palette = ("#CC79A7", "#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#F0E442",
               "#999999")
    # Colours follow every type in the dataset, so a type keeps its colour in every view.
    order = list(all_kinds) + [k for k in kinds if k not in all_kinds]
    colour = {k: palette[order.index(k) % len(palette)] for k in kinds}
    per_event = len(dated) <= _TIMELINE_ROWS
    rows = len(dated) if per_event else len(kinds)
    height = 1.9 + 0.5 * max(rows, 2)
    fig = Figure(figsize=(13, height), dpi=150, facecolor="white")
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.38, 0.8 / height, 0.47, 1 - 1.5 / height))
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="y", left=False, labelleft=False)
    fig.suptitle(title, fontsize=12, fontweight="bold", y=0.995)
    fig.text(0.5, 0.0, note, ha="center", va="top", fontsize=8, color="#444444")
    if not dated:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no dated events" if events else "no events", ha="center", va="center", fontsize=11,
                color="#666666", transform=ax.transAxes)
        return fig

    def markers(members, ys, size):
        """One scatter per type and kind of date: a few artists, however many events."""
        for kind in kinds:
            for inferred in (False, True):
                chosen = [(e, y) for e, y in zip(members, ys)
                          if e.kind == kind and e.inferred == inferred]
                if not chosen:
                    continue
                points = ax.scatter([e.date for e, _ in chosen], [y for _, y in chosen],
                                    marker="*", s=size, zorder=3, linewidths=1.2 if per_event
                                    else 0.5, c="white" if inferred else colour[kind],
                                    edgecolors=colour[kind] if inferred else "#333333")
                points.set_urls([e.iri for e, _ in chosen])

    label_at = ("axes fraction", "data")
    if per_event:
        for y, e in enumerate(dated):
            ax.axhline(y, color="#e6e6e6", lw=0.8, zorder=1)
            ax.annotate(e.date.isoformat(), (e.date, y), xytext=(10, 0),
                        textcoords="offset points", va="center", fontsize=8, color="#1a1a1a")
            ax.annotate(_wrap(e.name, 60), (-0.02, y), xycoords=label_at, ha="right",
                        va="bottom" if (e.place or e.role) else "center", fontsize=8.5,
                        fontweight="bold", color="#1a1a1a", linespacing=1.1, url=e.iri)
            roles = [r for r in (e.role or "").split(", ") if r and r != "at"]
            detail = " \u00b7 ".join(filter(None, (e.place, roles and f"as {', '.join(roles)}")))
            if detail:
                ax.annotate(textwrap.shorten(detail, 80, placeholder="\u2026"), (-0.02, y),
                            xycoords=label_at, ha="right", va="top", fontsize=7.5,
                            color="#555555", xytext=(0, -2), textcoords="offset points")
        markers(dated, range(len(dated)), 260)
    else:
        ys = []
        for y, kind in enumerate(kinds):
            ax.axhline(y, color="#e6e6e6", lw=0.8, zorder=1)
            members = [e for e in dated if e.kind == kind]
            ax.annotate(f"{kind} ({len(members)})", (-0.02, y), xycoords=label_at, ha="right",
                        va="center", fontsize=9, fontweight="bold", color="#1a1a1a")
        row = {k: y for y, k in enumerate(kinds)}
        for e in dated:  # seven lanes per row, chosen by the IRI: jitter, but stable
            ys.append(row[e.kind] + 0.07 * (zlib.crc32(e.iri.encode()) % 7 - 3))
        markers(dated, ys, 45)

    first, last = dated[0].date, dated[-1].date
    pad = max(datetime.timedelta(days=10), (last - first) * 0.06)
    ax.set_xlim(first - pad, last + pad * (3 if per_event else 1))  # room for the date text
    ax.set_ylim(rows - 0.5, -0.6)  # earliest on top
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.tick_params(axis="x", labelsize=8)
    ax.grid(axis="x", color="#f0f0f0", lw=0.8)
    ax.set_axisbelow(True)
    handles = [Line2D([], [], linestyle="none", marker="*", markersize=13,
                      markerfacecolor=colour[k], markeredgecolor="#333333", label=k)
               for k in kinds]
    if any(e.inferred for e in dated):
        handles.append(Line2D([], [], linestyle="none", marker="*", markersize=13,
                              markerfacecolor="white", markeredgecolor="#555555",
                              label="date inferred"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False,
              fontsize=8, labelspacing=1.0, title="event type", title_fontsize=8)
    return fig


# --- files -------------------------------------------------------------------------

def render_png(dataset, out_path, *, focus: str | None = None, depth: int = 2,
               title: str | None = None, fmt: str | None = None) -> Path:
    """Draw the dataset into a PNG, SVG or PDF file and return its path.

    The format comes from ``fmt``, else from the suffix of ``out_path``. The file is
    written to a temporary name beside it and then renamed, so a reader never sees
    half a picture and a failed run leaves an older file as it was. The same input
    gives the same picture. (So do the other ``render_*`` functions.)

    Raises
    ------
    ValueError
        For an unsupported format or an unknown ``focus``, before anything is written.
    """
    out, fmt = _target(out_path, fmt)
    graph = to_networkx(dataset, focus=focus, depth=depth)
    return _render_graph(graph, out, fmt, title=title)


def render_query(dataset, query: str, out_path, *, title: str | None = None,
                 fmt: str | None = None) -> Path:
    """Draw what the SPARQL CONSTRUCT ``query`` returns (see :func:`query_graph`).

    The title defaults to the query's first comment line.
    """
    out, fmt = _target(out_path, fmt)
    graph = query_graph(dataset, query)
    if title is None:
        comments = [line.strip().lstrip("#").strip() for line in query.splitlines()
                    if line.strip().startswith("#")]
        title = next((c for c in comments if c), "CONSTRUCT result")
    return _render_graph(graph, out, fmt, title=title)


def render_overview(dataset, out_path, *, top: int = OVERVIEW_TOP, by: str = "articles",
                    communities: bool = False, title: str | None = None,
                    fmt: str | None = None, totals: dict | None = None,
                    counts: dict | None = None, pairs: dict | None = None) -> Path:
    """Draw a corpus overview (see :func:`overview_graph`) that stays readable at any
    size: only the ``top`` entities are laid out and drawn, and the caption says what
    was left out. ``communities`` colours the Louvain groups (shape still tells the
    class). ``totals`` (``entities``, ``articles``, ``hidden``) replaces the counts of the
    caption when ``dataset`` is only the top of a bigger store (:func:`store_overview`)."""
    out, fmt = _target(out_path, fmt)
    graph = overview_graph(dataset, top=top, by=by, counts=counts, pairs=pairs)
    if totals:
        graph.graph.update(totals)
    colours, groups = _community_colours(graph) if communities else (None, None)
    articles = graph.graph["articles"]
    fig = _figure(graph, title=title or f"Corpus overview: {articles:,} article"
                  + ("" if articles == 1 else "s"),
                  note=overview_caption(graph, communities=communities),
                  pos=layout(graph), edge_labels=False, node_colors=colours,
                  groups=groups)
    return _save(fig, out, fmt)


_STORE_ENTITIES = """
PREFIX org: <http://www.w3.org/ns/org#>
CONSTRUCT { ?e ?p ?o . ?post ?pp ?po . }
WHERE {
  VALUES ?e { %s }
  { ?e ?p ?o FILTER(!STRSTARTS(STR(?p), "http://persistence.uni-leipzig.org/")) }
  UNION { ?e org:holds ?post . ?post ?pp ?po }
}
"""
_STORE_TOTALS = """
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?what (COUNT(DISTINCT ?x) AS ?n) WHERE {
  { ?x a schema:NewsArticle BIND("articles" AS ?what) }
  UNION { ?x a schema:Quotation BIND("quote" AS ?what) }
  UNION { ?x a org:Post BIND("post" AS ?what) }
  UNION { ?x a skos:Concept FILTER NOT EXISTS { ?d schema:about ?x } BIND("concept" AS ?what) }
  UNION { VALUES ?t { schema:Person schema:Organization org:Organization schema:Place schema:Event
                      schema:Product } ?x a ?t BIND("entities" AS ?what) }
  UNION { ?d schema:about ?x BIND("entities" AS ?what) }
} GROUP BY ?what
"""


def store_overview(store, top: int = OVERVIEW_TOP):
    """The top of a store for :func:`render_overview`, without loading the store: the
    article → entity links (``schema:mentions``, ``schema:about``) are read straight from
    its index and counted here (Oxigraph's GROUP BY is several times slower on disk); then
    the ``2 * top`` entities most articles mention come with their statements and the
    offices of the people among them, and the totals of the whole store for the caption.

    Returns
    -------
    tuple
        (an rdflib ``Dataset``, keyword arguments for :func:`render_overview`: ``totals``,
        ``counts``, ``pairs``)
    """
    import pyoxigraph as ox
    from rdflib import Dataset, URIRef

    from .vocab import bind_prefixes
    by_article: dict = defaultdict(set)
    about: dict = {}  # topic -> one article about it (what makes a concept a topic)
    for pred in (SDO.mentions, SDO.about):
        for q in store.db.quads_for_pattern(None, ox.NamedNode(str(pred)), None, ox.DefaultGraph()):
            by_article[q.subject.value].add(q.object.value)
            if pred == SDO.about:
                about.setdefault(q.object.value, q.subject.value)
    articles_of: Counter = Counter(e for ents in by_article.values() for e in ents)
    counts = dict(sorted(articles_of.items(), key=lambda kv: (-kv[1], kv[0]))[:2 * top])
    pairs: Counter = Counter()
    for ents in by_article.values():
        inside = sorted(e for e in ents if e in counts)
        for i, u in enumerate(inside):
            for v in inside[i + 1:]:
                pairs[(u, v)] += 1
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    g = ds.graph()
    if counts:
        for t in store.query(_STORE_ENTITIES % " ".join(f"<{e}>" for e in counts)):
            g.add(tuple(_from_ox(term) for term in (t.subject, t.predicate, t.object)))
        for topic in counts.keys() & about.keys():
            g.add((URIRef(about[topic]), SDO.about, URIRef(topic)))
            g.add((URIRef(about[topic]), RDF.type, SDO.NewsArticle))
    found = {row["what"].value: int(row["n"].value) for row in store.query(_STORE_TOTALS)}
    totals = {"entities": found.get("entities", 0), "articles": found.get("articles", 0),
              "hidden": {cls: found[cls] for cls in _OVERVIEW_HIDDEN if found.get(cls)}}
    return ds, {"totals": totals, "counts": counts, "pairs": dict(pairs)}


def _from_ox(term):
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    plain = term.language or term.datatype.value == "http://www.w3.org/2001/XMLSchema#string"
    return Literal(term.value, lang=term.language, datatype=None if plain else URIRef(term.datatype.value))


def render_timeline(dataset, out_path, *, focus: str | None = None, title: str | None = None,
                    fmt: str | None = None) -> Path:
    """Draw the events (of ``focus``, else all) on a time axis: one row per event, or
    per event type when there are many; undated events are named in the caption."""
    out, fmt = _target(out_path, fmt)
    events, default_title, kinds = _timeline(dataset, focus)
    fig = _timeline_figure(events, title=title or default_title, note=timeline_caption(events),
                           all_kinds=kinds)
    return _save(fig, out, fmt)


def _target(out_path, fmt: str | None) -> tuple[Path, str]:
    out = Path(out_path)
    fmt = (fmt or out.suffix.lstrip(".")).lower()
    if fmt not in _SUPPORTED_FORMATS:
        raise ValueError(f"cannot draw to {fmt or 'a file without suffix'!r}; "
                         f"use one of: {', '.join(_SUPPORTED_FORMATS)}")
    return out, fmt


def _render_graph(graph, out: Path, fmt: str, *, title: str | None) -> Path:
    total = graph.number_of_nodes()
    graph = _top_by_degree(graph, MAX_NODES)
    fig = _figure(graph, title=title or _title(graph), note=caption(graph, total_nodes=total))
    return _save(fig, out, fmt)


def _save(fig, out: Path, fmt: str) -> Path:
    metadata = {"png": {"Software": None},
                "svg": {"Date": None, "Creator": None},
                "pdf": {"Creator": None, "Producer": None, "CreationDate": None}}[fmt]
    out.parent.mkdir(parents=True, exist_ok=True)
    # savefig creates the temporary file itself, so it gets the usual permissions.
    tmp = out.with_name(f".{out.name}.{secrets.token_hex(6)}.tmp")
    try:
        import matplotlib

        # zlib level 1: a third of the encoding time of the default 6, a few % bigger.
        extra = {"pil_kwargs": {"compress_level": 1}} if fmt == "png" else {}
        with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "kg-render"}):
            fig.savefig(tmp, format=fmt, dpi=150, bbox_inches="tight", metadata=metadata,
                        facecolor="white", **extra)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


def _figure(graph, *, title: str, note: str, pos: dict | None = None, **draw_options):
    # A Figure without pyplot: no global backend state, no GUI, safe in threads.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    pos = layout(graph) if pos is None else pos
    # Paper grows with the number of things (about 14 x 10 inches for 40), shaped
    # like the layout so that neither margin is left empty.
    area = min(max(40.0, 3.5 * len(graph)), 600.0)
    if pos:
        xs = [x for x, _ in pos.values()]
        ys = [y for _, y in pos.values()]
        aspect = (max(xs) - min(xs) + 1.2) / (max(ys) - min(ys) + 1.2)
    else:
        aspect = 1.4
    aspect = min(max(aspect, 0.75), 1.8)
    fig = Figure(figsize=(math.sqrt(area * aspect), math.sqrt(area / aspect)), dpi=150,
                 facecolor="white")
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.02, 0.03, 0.96, 0.92))
    draw(graph, ax, pos=pos, **draw_options)
    fig.suptitle(title, fontsize=12, fontweight="bold", y=0.995)
    fig.text(0.5, 0.0, note, ha="center", va="top", fontsize=8, color="#444444")
    return fig
