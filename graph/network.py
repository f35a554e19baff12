"""What a Gephi, networkx or pandas user needs beside the RDF: attributes, who met whom, tidy tables.

Everything here is read with SPARQL (the profile's terms) from an rdflib dataset or from a
store (Oxigraph's engine, for big graphs), and gives the same rows on every run.

- :func:`node_attributes`: for every person, organization, place, event and article:
  ``kind``, ``name``, ``articles`` (how many articles mention it), ``first_seen`` and
  ``last_seen`` (the earliest and latest publication date among them), ``current_post``
  (a person's post held now, the first by label), ``region`` (the place a body serves,
  a post's jurisdiction, or the place something lies in).
- :func:`people_network`: one node per person, an edge for each pair who attended the
  same event (organizer or attendee) or were quoted in the same article, weighted by
  how many events and articles they share, with those events and articles on the edge.
- :func:`tables`: the tidy CSV tables ``nodes``, ``edges``, ``quotes`` (full text) and
  ``mentions`` (character offsets), columns documented in :data:`COLUMNS`.
"""
from __future__ import annotations

from collections import defaultdict

__all__ = ["COLUMNS", "node_attributes", "people_network", "edge_stats", "tables", "KIND_OF"]

S = "https://schema.org/"
KIND_OF = (  # most specific first
    (S + "Person", "person"), (S + "LocalBusiness", "business"), (S + "GovernmentOrganization", "government"),
    (S + "Organization", "organization"), (S + "AdministrativeArea", "region"), (S + "Place", "place"),
    (S + "Event", "event"), (S + "Legislation", "law"), (S + "Quotation", "quote"), (S + "NewsArticle", "article"),
)

COLUMNS = {
    "nodes": (("id", "the entity's IRI"), ("kind", "person, business, government, organization, region, place, "
              "event, law, article"), ("name", "its name (an article's headline)"),
              ("articles", "how many articles mention it"), ("first_seen", "the earliest publication date of those "
              "articles (ISO), empty when none gives one"), ("last_seen", "the latest such date"),
              ("current_post", "a person's post held now (current or acting), the first by label"),
              ("region", "the place a body serves, a person's post covers, or a place or event lies in")),
    "edges": (("source", "IRI"), ("target", "IRI"), ("relation", "the property, short: attendee, organizer, "
              "holds, postIn, subOrganizationOf, containedInPlace, location, owner, spokenByCharacter …"),
              ("predicate", "the property's IRI"), ("articles", "how many article graphs state it"),
              ("first", "the earliest publication date among them"), ("last", "the latest")),
    "quotes": (("quote", "the quotation's IRI"), ("speaker", "the speaker's IRI, empty when the text does not "
               "say who spoke"), ("speaker_name", "the speaker's name"), ("article", "the article's IRI"),
               ("published", "its publication date"), ("text", "the quotation, in full")),
    "mentions": (("entity", "the IRI the mention refers to"), ("article", "the article's IRI"),
                 ("begin", "offset of the first character in the article's text (nif:beginIndex)"),
                 ("end", "offset after the last character (nif:endIndex)"), ("anchor", "the text as written")),
}

_PREFIXES = """PREFIX schema: <https://schema.org/> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#> PREFIX kgo: <https://w3id.org/kg-berita/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


def _rows(ds, query: str) -> list[tuple[str, ...]]:
    """Rows of plain strings, from an rdflib dataset or, far faster on a big graph, from a
    store (:class:`graph.store.KGStore`: Oxigraph's engine)."""
    if hasattr(ds, "db"):
        res = ds.query(_PREFIXES + query)
        return [tuple("" if row[v] is None else row[v].value for v in res.variables) for row in res]
    return [tuple("" if v is None else str(v) for v in row) for row in ds.query(_PREFIXES + query)]


def _article_dates(ds) -> dict[str, str]:
    """Article graph IRI → publication date (articles without one are left out)."""
    return {g: d for g, d in _rows(ds, """SELECT ?g ?d WHERE { GRAPH ?g { ?a a schema:NewsArticle ;
            schema:datePublished ?d } }""")}


def node_attributes(ds) -> dict[str, dict[str, str | int]]:
    """Every entity's attributes (see the module docstring), keyed by IRI."""
    kinds = dict(KIND_OF)
    rank = {iri: i for i, (iri, _) in enumerate(KIND_OF)}
    best: dict[str, str] = {}
    for e, t in _rows(ds, "SELECT DISTINCT ?e ?t WHERE { ?e a ?t }"):
        if t in kinds and (e not in best or rank[t] < rank[best[e]]):
            best[e] = t
    out: dict[str, dict] = {e: {"kind": kinds[t], "name": "", "articles": 0, "first_seen": "", "last_seen": "",
                                "current_post": "", "region": ""} for e, t in best.items()}
    for e, name in _rows(ds, "SELECT ?e ?n WHERE { ?e schema:name|schema:headline ?n }"):
        if e in out and (not out[e]["name"] or name < out[e]["name"]):
            out[e]["name"] = name
    dates = _article_dates(ds)
    seen: dict[str, set[str]] = defaultdict(set)
    for g, e in _rows(ds, "SELECT DISTINCT ?g ?e WHERE { GRAPH ?g { ?a a schema:NewsArticle ; schema:mentions ?e } }"):
        seen[e].add(g)
    for e, graphs in seen.items():
        if e not in out:
            continue
        known = sorted(dates[g] for g in graphs if g in dates)
        out[e].update(articles=len(graphs), first_seen=known[0][:10] if known else "",
                      last_seen=known[-1][:10] if known else "")
    for e, label in _rows(ds, "SELECT ?e ?l WHERE { ?e org:holds ?p . ?p rdfs:label ?l } ORDER BY ?e ?l"):
        if e in out and not out[e]["current_post"]:
            out[e]["current_post"] = label
    for e, region in _rows(ds, """SELECT ?e ?r WHERE {
            { ?e schema:areaServed ?p } UNION { ?e org:holds/kgo:jurisdiction ?p }
            UNION { ?e schema:containedInPlace ?p } UNION { ?e schema:location ?p }
            ?p schema:name ?r } ORDER BY ?e ?r"""):
        if e in out and not out[e]["region"]:
            out[e]["region"] = region
    return out


def people_network(ds):
    """The person–person network (a ``networkx.Graph``), weighted by shared events and articles.

    Node attributes: those of :func:`node_attributes`. Edge attributes: ``weight``
    (shared events + shared articles), ``events`` and ``articles`` (how many), ``relation``
    (``met``, ``quoted together`` or both, joined by ``; ``), ``event_iris`` and
    ``article_iris`` (``; ``-joined), ``first`` and ``last`` (dates).
    """
    import networkx as nx
    attrs = node_attributes(ds)
    dates = _article_dates(ds)
    events: dict[tuple[str, str], set[str]] = defaultdict(set)
    articles: dict[tuple[str, str], set[str]] = defaultdict(set)
    when: dict[tuple[str, str], set[str]] = defaultdict(set)
    for a, b, ev, date in _rows(ds, """SELECT DISTINCT ?a ?b ?ev ?date WHERE {
            ?ev schema:organizer|schema:attendee ?a . ?ev schema:organizer|schema:attendee ?b .
            ?a a schema:Person . ?b a schema:Person . FILTER(STR(?a) < STR(?b))
            OPTIONAL { ?ev schema:startDate ?date } }"""):
        events[a, b].add(ev)
        if date:
            when[a, b].add(date[:10])
    for a, b, g in _rows(ds, """SELECT DISTINCT ?a ?b ?g WHERE { GRAPH ?g {
            ?q1 schema:spokenByCharacter ?a . ?q2 schema:spokenByCharacter ?b . FILTER(STR(?a) < STR(?b)) } }"""):
        articles[a, b].add(g)
        if g in dates:
            when[a, b].add(dates[g][:10])
    g = nx.Graph()
    for e, data in sorted(attrs.items()):
        if data["kind"] == "person":
            g.add_node(e, **data)
    for pair in sorted(set(events) | set(articles)):
        ev, art = sorted(events.get(pair, ())), sorted(articles.get(pair, ()))
        relation = "; ".join(r for r, xs in (("met", ev), ("quoted together", art)) if xs)
        dates_ = sorted(when.get(pair, ()))
        g.add_edge(*pair, weight=len(ev) + len(art), events=len(ev), articles=len(art), relation=relation,
                   event_iris="; ".join(ev), article_iris="; ".join(art),
                   first=dates_[0] if dates_ else "", last=dates_[-1] if dates_ else "")
    return g


def edge_stats(ds, entities: set[str]) -> dict[tuple[str, str, str], tuple[str, int, str, str]]:
    """(subject, predicate, object) between ``entities`` → (relation, articles stating it, first, last date)."""
    dates = _article_dates(ds)
    stated: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for g, s, p, o in _rows(ds, """SELECT DISTINCT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o . FILTER(isIRI(?o))
            FILTER(?p NOT IN (<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>, itsrdf:taIdentRef,
                              schema:mentions, nif:referenceContext, nif:sentence)) } }"""):
        if s in entities and o in entities:
            stated[s, p, o].add(g)
    out = {}
    for (s, p, o), graphs in stated.items():
        known = sorted(dates[g][:10] for g in graphs if g in dates)
        out[s, p, o] = (p.rsplit("/", 1)[-1].rsplit("#", 1)[-1], len(graphs), known[0] if known else "",
                        known[-1] if known else "")
    return out


def tables(ds) -> dict[str, list[tuple]]:
    """The tidy tables, name → rows (the header is :data:`COLUMNS`)."""
    attrs = node_attributes(ds)
    nodes = [(e, d["kind"], d["name"], d["articles"], d["first_seen"], d["last_seen"], d["current_post"],
              d["region"]) for e, d in sorted(attrs.items())]
    edges = [(s, o, relation, p, count, first, last)
             for (s, p, o), (relation, count, first, last) in sorted(edge_stats(ds, set(attrs)).items())]
    quotes = _rows(ds, """SELECT DISTINCT ?q ?who ?name ?a ?d ?t WHERE { ?q a schema:Quotation ; schema:text ?t .
            OPTIONAL { ?q schema:spokenByCharacter ?who OPTIONAL { ?who schema:name ?name } }
            OPTIONAL { ?q schema:isPartOf ?a OPTIONAL { ?a schema:datePublished ?d } } } ORDER BY ?a ?q""")
    mentions = _rows(ds, """SELECT DISTINCT ?e ?a ?b ?end ?anchor WHERE { GRAPH ?g {
            ?m itsrdf:taIdentRef ?e ; nif:beginIndex ?b ; nif:endIndex ?end ; nif:anchorOf ?anchor .
            OPTIONAL { ?a a schema:NewsArticle } } } ORDER BY ?a ?b ?e""")
    return {"nodes": nodes, "edges": edges, "quotes": quotes, "mentions": mentions}
