"""The pictures of a graph: all of it (:func:`render_png`), what a SPARQL CONSTRUCT
returns (:func:`render_query`), and the overview of a corpus of any size
(:func:`render_overview`, also straight from a store with :func:`store_overview`).
"""
from __future__ import annotations

import math
import textwrap
from collections import Counter, defaultdict
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef

from ..vocab import ORG, RDF, SDO, bind_prefixes
from .draw import graph_figure, output_target, save_figure
from .layout import layout
from .model import node_key, sort_key, subject_index, things_graph, to_networkx
from .style import GROUP_COLOURS, MAX_EDGE_LABELS, OTHER_GROUP

__all__ = ["MAX_NODES", "OVERVIEW_TOP", "caption", "query_graph", "overview_graph", "overview_caption",
           "render_png", "render_query", "render_overview", "store_overview"]

#: Graphs with more nodes than this are cut to the best-connected ones.
MAX_NODES = 300


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
    if e > MAX_EDGE_LABELS:
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
    keep = sorted(graph, key=lambda n: (-graph.degree(n), sort_key(graph, n)))[:limit]
    sub = graph.subgraph(keep).copy()
    sub.graph.update(graph.graph)
    return sub


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
    from rdflib.plugins.sparql import prepareQuery  # the SPARQL parser: 0.15 s to import

    prepared = prepareQuery(query, initNs=dict(dataset.namespaces()))
    kind = prepared.algebra.name.removesuffix("Query").upper()
    if kind != "CONSTRUCT":
        raise ValueError(f"a picture needs a CONSTRUCT query; this one is a {kind}")
    result = dataset.query(prepared).graph
    links = subject_index(result)
    info = subject_index(dataset)
    for subject, p in links.items():
        for pred, objects in p.items():
            info[subject][pred] |= objects
    graph = things_graph(info, links, asked=True)
    plumbing = (ORG.Membership, SDO.Offer)
    undrawn = sum(1 for s, p, o in result
                  if p != RDF.type and not isinstance(o, Literal)
                  and not any(t in info.get(s, {}).get(RDF.type, ()) for t in plumbing)
                  and (node_key(s) not in graph or node_key(o) not in graph))
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
    props = subject_index(dataset)
    full = things_graph(props, keep_articles=True)
    articles = sorted(n for n, c in full.nodes(data="cls") if c == "article")
    node_props = {node_key(s): p for s, p in props.items()}
    mentioned = {a: sorted({node_key(o) for pred in (SDO.mentions, SDO.about)
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
    ranked = sorted(entities, key=lambda n: (-first(n), -second(n), sort_key(full, n)))
    kept = set(ranked[:top])

    graph = nx.MultiGraph()
    most = max([count[n] for n in kept] + [1])
    for node in sorted(kept, key=lambda n: sort_key(full, n)):
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
    groups = sorted((sorted(g, key=lambda n: sort_key(graph, n)) for g in groups),
                    key=lambda g: (-len(g), sort_key(graph, g[0])))
    for index, group in enumerate(groups):
        for node in group:
            graph.nodes[node]["community"] = index

    candidates = defaultdict(list)
    for pair, weight in together.items():
        if weight < _TOGETHER_MIN:
            continue
        for node, other in (pair, pair[::-1]):
            candidates[node].append((-weight, sort_key(graph, other), pair))
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
        big = index < len(GROUP_COLOURS) and len(group) > 1
        colour = GROUP_COLOURS[index] if big else OTHER_GROUP
        for node in group:
            colours[node] = colour
        if big:
            best = sorted(group, key=lambda n: (-graph.nodes[n]["articles"], sort_key(graph, n)))
            names = ", ".join(textwrap.shorten(graph.nodes[n]["name"], 24, placeholder="\u2026")
                              for n in best[:2])
            legend.append((f"group {index + 1} ({len(group)}): {names}", colour))
    if len(legend) < len(graph.graph["communities"]):
        legend.append(("smaller groups", OTHER_GROUP))
    return colours, legend


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
    out, fmt = output_target(out_path, fmt)
    graph = to_networkx(dataset, focus=focus, depth=depth)
    return _render_graph(graph, out, fmt, title=title)


def render_query(dataset, query: str, out_path, *, title: str | None = None,
                 fmt: str | None = None) -> Path:
    """Draw what the SPARQL CONSTRUCT ``query`` returns (see :func:`query_graph`).

    The title defaults to the query's first comment line.
    """
    out, fmt = output_target(out_path, fmt)
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
    out, fmt = output_target(out_path, fmt)
    graph = overview_graph(dataset, top=top, by=by, counts=counts, pairs=pairs)
    if totals:
        graph.graph.update(totals)
    colours, groups = _community_colours(graph) if communities else (None, None)
    articles = graph.graph["articles"]
    fig = graph_figure(graph, title=title or f"Corpus overview: {articles:,} article"
                  + ("" if articles == 1 else "s"),
                  note=overview_caption(graph, communities=communities),
                  pos=layout(graph), edge_labels=False, node_colors=colours,
                  groups=groups)
    return save_figure(fig, out, fmt)


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
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    plain = term.language or term.datatype.value == "http://www.w3.org/2001/XMLSchema#string"
    return Literal(term.value, lang=term.language, datatype=None if plain else URIRef(term.datatype.value))


def _render_graph(graph, out: Path, fmt: str, *, title: str | None) -> Path:
    total = graph.number_of_nodes()
    graph = _top_by_degree(graph, MAX_NODES)
    fig = graph_figure(graph, title=title or _title(graph), note=caption(graph, total_nodes=total))
    return save_figure(fig, out, fmt)
