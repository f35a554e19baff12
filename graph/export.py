"""Serializations of a built dataset: each a pure ``serialize_*`` plus an atomic writer.

The formats, by name (:data:`FORMATS`; :data:`ALIASES` maps the other usual spellings):

======== ==================================================================
turtle   the union of the article graphs (triple-only formats lose graph names)
trig     every article in its own named graph
nt       N-Triples, the union
nquads   N-Quads, every article in its own named graph
jsonld   JSON-LD with the named graphs and a compact ``@context`` of our prefixes
xml      RDF/XML, the union
graphml  the readable graph of :func:`graph.render.to_networkx` with node and edge
         attributes, for Cytoscape or Gephi; or (``view="people"``) who met whom
gexf     the same graph in Gephi's own format
csv      tidy tables: nodes, edges, quotes, mentions (:func:`csv_paths` names them)
void     a VoID + DCAT description of the dataset (Turtle): sizes, classes, graphs
======== ==================================================================

Every export is deterministic: the same dataset gives the same bytes on every run (no
timestamps, no hash-seed order), so exports can be diffed and committed. Blank nodes
would get a parser's random labels; ``kg build`` mints IRIs for everything.

Writers never leave a half-written file: they write a temporary file in the target
folder and ``os.replace`` it over the old one only once it is complete; :func:`export`
serializes everything before writing anything. networkx is imported inside the
functions that need it.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCAT, VOID
from rdflib.plugins.stores.memory import Memory

from .files import write_atomic
from .vocab import DCTERMS, PREFIXES, RDF, SDO, XSD, bind_prefixes

__all__ = ["nt_literal", 
    "FORMATS", "ALIASES", "RDF_FORMATS", "resolve_format", "serialize", "serialize_graphml",
    "serialize_gexf", "serialize_csv", "serialize_void", "csv_paths", "dataset_base", "export",
    "write_atomic", "write_rdf", "union_graph", "export_store", "export_store_split", "STREAMED_SUFFIXES",
]

# RDF syntaxes: name -> (rdflib format, keeps the named graphs)
RDF_FORMATS: dict[str, tuple[str, bool]] = {
    "turtle": ("turtle", False),
    "trig": ("trig", True),
    "nt": ("nt", False),
    "nquads": ("nquads", True),
    "jsonld": ("json-ld", True),
    "xml": ("xml", False),
}

#: Every export format, in the order the help lists them.
FORMATS: tuple[str, ...] = (*RDF_FORMATS, "graphml", "gexf", "csv", "void")
VIEWS = ("all", "people")  # what graphml, gexf and csv draw: the readable graph, or who met whom

#: Other spellings people type -> the format name.
ALIASES: dict[str, str] = {
    "ttl": "turtle", "n-triples": "nt", "ntriples": "nt", "nq": "nquads", "n-quads": "nquads",
    "json-ld": "jsonld", "rdfxml": "xml", "rdf": "xml", "rdf/xml": "xml", "rdf-xml": "xml",
}

# Namespaces every RDF file uses anyway: not worth a void:vocabulary line.
_CORE_PREFIXES = frozenset({"rdf", "rdfs", "xsd", "owl"})
_ARTICLE_IRI = re.compile(r"^(?P<base>https?://.+?[/#])article/[^/#]+$")
_LOCAL_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")
_GEXF_DATE = re.compile(rb' lastmodifieddate="[^"]*"')
_TITLES = (Literal("Graf pengetahuan berita daerah Indonesia", lang="id"),
           Literal("Knowledge graph of Indonesian regional news", lang="en"))


def resolve_format(name: str) -> str:
    """The format name for ``name`` or one of its aliases (any case).

    Raises
    ------
    ValueError
        For an unknown name; the message lists the known formats and aliases.

    Examples
    --------
    >>> resolve_format("TTL"), resolve_format("json-ld"), resolve_format("gexf")
    ('turtle', 'jsonld', 'gexf')
    """
    key = ALIASES.get(name.lower(), name.lower())
    if key not in FORMATS:
        aliases = ", ".join(f"{a}={f}" for a, f in sorted(ALIASES.items()))
        raise ValueError(f"unknown format {name!r}; known formats: {', '.join(FORMATS)} "
                         f"(aliases: {aliases})")
    return key


# --- RDF ------------------------------------------------------------------------------

def nt_literal(literal) -> str:
    """An rdflib Literal in N-Triples / N-Quads syntax (one line, escaped).

    >>> from rdflib import Literal
    >>> nt_literal(Literal('kata "dia"\\nlalu', lang="id"))
    '"kata \\\\"dia\\\\"\\\\nlalu"@id'
    """
    body = str(literal).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    if literal.language:
        return f'"{body}"@{literal.language}'
    if literal.datatype:
        return f'"{body}"^^<{literal.datatype}>'
    return f'"{body}"'


def union_graph(ds: Dataset) -> Graph:
    """All triples of all named graphs in one plain graph (for triple-only formats)."""
    g = Graph(store=_SortedMemory())
    bind_prefixes(g)
    for prefix, ns in ds.namespaces():
        if prefix == "":
            g.bind("", ns)
    _sorted_into(g, ds.quads((None, None, None, None)))
    return g


def _n3(terms) -> tuple[str, ...]:
    return tuple(t.n3() for t in terms)


class _SortedMemory(Memory):
    """rdflib's memory store, listing its graphs and whole-graph scans in sorted order.

    rdflib keeps both in sets, so serializers (TriG, N-Quads, N-Triples, RDF/XML,
    JSON-LD) would write them in an order that changes with Python's hash seed.
    Lookups by subject follow insertion order: :func:`_sorted_into` adds sorted.
    """

    def contexts(self, triple=None):
        return iter(sorted(super().contexts(triple), key=lambda g: g.identifier.n3()))

    def triples(self, triple_pattern, context=None):
        found = super().triples(triple_pattern, context)
        if tuple(triple_pattern) != (None, None, None):
            return found
        return iter(sorted(found, key=lambda hit: _n3(hit[0])))


def _sorted_into(target: Graph | Dataset, quads) -> None:
    """Add ``quads`` in sorted order: into their graphs (a Dataset) or all into ``target``."""
    named = isinstance(target, Dataset)
    for s, p, o, g in sorted(((*q[:3], q[3] or DATASET_DEFAULT_GRAPH_ID) for q in quads), key=_n3):
        if named and g != DATASET_DEFAULT_GRAPH_ID:
            target.graph(g).add((s, p, o))
        else:
            (target.default_graph if named else target).add((s, p, o))


def _ordered(ds: Dataset) -> Dataset:
    """A copy of ``ds`` whose serializations come out in one order on every run."""
    out = Dataset(store=_SortedMemory())
    for prefix, ns in ds.namespaces():
        out.bind(prefix, ns, override=True, replace=True)
    _sorted_into(out, ds.quads((None, None, None, None)))
    return out


def _sort_jsonld_nodes(value):
    """Sort every ``@graph`` array by ``@id`` (rdflib lists subjects in hash order)."""
    if isinstance(value, dict):
        value = {k: _sort_jsonld_nodes(v) for k, v in value.items()}
        if isinstance(value.get("@graph"), list):
            value["@graph"].sort(key=lambda node: str(node.get("@id", "")) if isinstance(node, dict) else "")
    elif isinstance(value, list):
        value = [_sort_jsonld_nodes(v) for v in value]
    return value


def serialize(ds: Dataset, fmt: str, *, base: str | None = None) -> bytes:
    """The dataset as one file in ``fmt``: any of :data:`FORMATS` but csv, or an alias.

    Triple-only formats (turtle, nt, xml) get the union of the article graphs; ``base``
    is used by ``void`` only (see :func:`serialize_void`).

    Raises
    ------
    ValueError
        For an unknown format, or for csv, which is several files (:func:`serialize_csv`).
    """
    key = resolve_format(fmt)
    if key == "graphml":
        return serialize_graphml(ds)
    if key == "gexf":
        return serialize_gexf(ds)
    if key == "void":
        return serialize_void(ds, base=base)
    if key == "csv":
        raise ValueError("csv is several files (nodes, edges, quotes, mentions): use serialize_csv() or export()")
    rdflib_fmt, quads = RDF_FORMATS[key]
    target = _ordered(ds) if quads else union_graph(ds)
    if key == "jsonld":
        context = {p: str(ns) for p, ns in PREFIXES.items()}
        doc = json.loads(target.serialize(format=rdflib_fmt, context=context, auto_compact=True))
        # rdflib's own json.dumps settings, after putting the nodes in a stable order
        text = json.dumps(_sort_jsonld_nodes(doc), indent=2, sort_keys=True, ensure_ascii=False)
        return text.encode("utf-8")
    out = target.serialize(format=rdflib_fmt)
    return out.encode("utf-8") if isinstance(out, str) else out


# --- the readable graph: GraphML, GEXF, CSV ---------------------------------------------

def _plain_graph(ds: Dataset):
    """:func:`graph.render.to_networkx` with attributes tools can load (strings and integers).

    Nodes: ``type`` (the class: person, government, event, …), ``label`` (the name,
    unwrapped), ``iri``, and :func:`graph.network.node_attributes`'s ``articles``,
    ``first_seen``, ``last_seen``, ``current_post``, ``region`` (empty or 0 where the graph
    says nothing). Edges: ``label`` (short, "attendee"), ``predicate`` (the IRI), ``articles``
    (how many article graphs state it), ``first`` and ``last`` (their dates), keyed ``e0``,
    ``e1``, … so that edge ids are unique valid XML tokens.
    """
    import networkx as nx

    from .network import edge_stats, node_attributes
    from .render import to_networkx

    view = to_networkx(ds)
    attrs = node_attributes(ds)
    stats = edge_stats(ds, {str(n) for n in view})
    g = nx.MultiDiGraph()
    for node, data in view.nodes(data=True):
        extra = attrs.get(str(node), {})
        g.add_node(str(node), type=str(data["cls"]), label=str(data["name"]), iri=str(data["iri"]),
                   articles=int(extra.get("articles", 0)),
                   **{k: str(extra.get(k, "")) for k in ("first_seen", "last_seen", "current_post", "region")})
    for i, (u, v, data) in enumerate(view.edges(data=True)):
        _, count, first, last = stats.get((str(u), str(data["predicate"]), str(v)), ("", 0, "", ""))
        g.add_edge(str(u), str(v), key=f"e{i}", label=str(data["label"]), predicate=str(data["predicate"]),
                   articles=count, first=first, last=last)
    return g


def _people_graph(ds: Dataset):
    """:func:`graph.network.people_network` as a graph every writer takes."""
    from .network import people_network
    return people_network(ds)


def _view_graph(ds: Dataset, view: str):
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}; views: {', '.join(VIEWS)}")
    return _people_graph(ds) if view == "people" else _plain_graph(ds)


def serialize_graphml(ds: Dataset, view: str = "all") -> bytes:
    """GraphML of the readable graph or the people network (Cytoscape, Gephi, yEd, ``networkx.read_graphml``)."""
    import networkx as nx

    lines = nx.generate_graphml(_view_graph(ds, view))
    return "\n".join(["<?xml version='1.0' encoding='utf-8'?>", *lines, ""]).encode("utf-8")


def serialize_gexf(ds: Dataset, view: str = "all") -> bytes:
    """GEXF 1.2 of the readable graph or the people network (Gephi, ``networkx.read_gexf``)."""
    import networkx as nx

    buffer = io.BytesIO()
    nx.write_gexf(_view_graph(ds, view), buffer)
    # networkx stamps today's date into <meta>; drop it (it is optional) so that the
    # same dataset gives the same bytes on every day.
    return _GEXF_DATE.sub(b"", buffer.getvalue(), count=1)


CSV_TABLES = {  # view → its tables, in order
    "all": ("nodes", "edges", "quotes", "mentions"),
    "people": ("nodes", "edges"),
}
CSV_COLUMNS = {
    ("all", "nodes"): ("id", "type", "label", "articles", "first_seen", "last_seen", "current_post", "region"),
    ("all", "edges"): ("source", "target", "label", "predicate", "articles", "first", "last"),
    ("all", "quotes"): ("quote", "speaker", "speaker_name", "article", "published", "text"),
    ("all", "mentions"): ("entity", "article", "begin", "end", "anchor"),
    ("people", "nodes"): ("id", "name", "articles", "first_seen", "last_seen", "current_post", "region"),
    ("people", "edges"): ("source", "target", "relation", "weight", "events", "articles", "first", "last",
                          "event_iris", "article_iris"),
}


def serialize_csv(ds: Dataset, view: str = "all") -> tuple[bytes, ...]:
    """Tidy UTF-8 CSV tables, in the order of :data:`CSV_TABLES` for ``view``.

    ``all``: nodes and edges of the readable graph (the columns of :func:`_plain_graph`),
    quotes (the full text) and mentions (character offsets into the article's text);
    ``people``: the people network's nodes and weighted edges. Every column is listed in
    :data:`CSV_COLUMNS` and explained in the README; a plain ``csv`` reader or pandas
    reads them.
    """
    g = _view_graph(ds, view)
    cols = CSV_COLUMNS
    nodes = [(n, *(d.get(c, "") for c in cols[view, "nodes"][1:])) for n, d in g.nodes(data=True)]
    edges = [(u, v, *(d.get(c, "") for c in cols[view, "edges"][2:])) for u, v, d in g.edges(data=True)]
    out = [_csv(cols[view, "nodes"], nodes), _csv(cols[view, "edges"], edges)]
    if view == "all":
        from .network import tables
        t = tables(ds)
        out += [_csv(cols["all", "quotes"], t["quotes"]), _csv(cols["all", "mentions"], t["mentions"])]
    return tuple(out)


_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def csv_cell(value) -> str:
    """A cell a spreadsheet shows as text, never runs (OWASP's advice on CSV injection).

    A value starting with ``= + - @``, a tab or a carriage return gets a leading ``'``,
    unless it is a plain number.

    >>> [csv_cell(v) for v in ("Bupati", "=1+2", "-12.5", "@SUM(A1)")]
    ['Bupati', "'=1+2", '-12.5', "'@SUM(A1)"]
    """
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def _csv(header, rows) -> bytes:
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(header)
    writer.writerows([csv_cell(v) for v in row] for row in rows)
    return text.getvalue().encode("utf-8")


def csv_paths(path: str | Path, view: str = "all") -> tuple[Path, ...]:
    """Where the csv export goes: one file per table of :data:`CSV_TABLES`.

    A path ending in ``.csv`` is a name prefix, anything else a folder.

    >>> [p.as_posix() for p in csv_paths("out/jembrana.csv", "people")]
    ['out/jembrana-nodes.csv', 'out/jembrana-edges.csv']
    >>> [p.as_posix() for p in csv_paths("out/tables")]
    ['out/tables/nodes.csv', 'out/tables/edges.csv', 'out/tables/quotes.csv', 'out/tables/mentions.csv']
    """
    path = Path(path)
    names = CSV_TABLES[view]
    if path.suffix.lower() == ".csv":
        return tuple(path.with_name(f"{path.stem}-{name}.csv") for name in names)
    return tuple(path / f"{name}.csv" for name in names)


def dataset_base(ds: Dataset) -> str | None:
    """The base IRI the dataset was minted under, read off its article IRIs.

    ``None`` when no article IRI has the ``<base>article/<id>`` shape.

    Raises
    ------
    ValueError
        When the articles were minted under more than one base.
    """
    bases = set()
    for article, *_ in ds.quads((None, RDF.type, SDO.NewsArticle, None)):
        match = _ARTICLE_IRI.match(str(article))
        if match:
            bases.add(match["base"])
    if len(bases) > 1:
        raise ValueError(f"the articles use several base IRIs ({', '.join(sorted(bases))}); give one")
    return bases.pop() if bases else None


def _curie_slug(iri: URIRef) -> str:
    """``schema-Person`` for schema:Person: short, readable and unique per class."""
    text = str(iri)
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(str(kv[1]))):
        local = text[len(str(ns)):]
        if text.startswith(str(ns)) and _LOCAL_NAME.match(local):
            return f"{prefix}-{local}"
    from .iris import slugify
    return slugify(text)


def _vocabularies(terms) -> set[URIRef]:
    used = set()
    for term in terms:
        for prefix, ns in PREFIXES.items():
            if prefix not in _CORE_PREFIXES and str(term).startswith(str(ns)):
                used.add(URIRef(str(ns)))
    return used


def _void_counts(triples) -> tuple[int, Counter, set]:
    """(triples, entities per class, predicates) of an iterable of triples."""
    count = 0
    typed: dict = defaultdict(set)
    predicates = set()
    for s, p, o in triples:
        count += 1
        predicates.add(p)
        if p == RDF.type and isinstance(s, URIRef):
            typed[o].add(s)
    return count, typed, predicates


def serialize_void(ds: Dataset, *, base: str | None = None) -> bytes:
    """A VoID and DCAT description of the dataset, in Turtle.

    ``<base>dataset`` is a ``void:Dataset`` and ``dcat:Dataset`` with a title (id, en),
    ``void:uriSpace``, ``void:triples`` (the union), ``void:entities`` (typed IRIs),
    ``void:classes``, ``void:properties``, one ``void:classPartition`` per class
    (``<base>dataset/class/schema-Person``: ``void:class``, ``void:entities``), one
    ``void:vocabulary`` per namespace of the profile it uses, ``dcterms:source`` every
    article, and one ``void:subset`` per named graph: the graph IRI itself, with its
    ``void:triples``, ``void:entities`` and its article as ``dcterms:source``. No
    timestamps: the same dataset always gives the same bytes.

    Parameters
    ----------
    ds : rdflib.Dataset
    base : str, optional
        The base of the description's own IRIs; default :func:`dataset_base`, else
        :func:`graph.iris.base_iri`.
    """
    from .iris import base_iri

    base = base_iri(base or dataset_base(ds))
    root = URIRef(f"{base}dataset")
    union = union_graph(ds)
    triples, typed, predicates = _void_counts(union)

    void = Graph()
    bind_prefixes(void)
    void.bind("void", VOID)
    void.bind("dcat", DCAT)
    void.add((root, RDF.type, VOID.Dataset))
    void.add((root, RDF.type, DCAT.Dataset))
    for title in _TITLES:
        void.add((root, DCTERMS.title, title))
    void.add((root, VOID.uriSpace, Literal(base)))
    void.add((root, VOID.triples, Literal(triples, datatype=XSD.integer)))
    entities = set().union(*typed.values()) if typed else set()
    void.add((root, VOID.entities, Literal(len(entities), datatype=XSD.integer)))
    void.add((root, VOID.classes, Literal(len(typed), datatype=XSD.integer)))
    void.add((root, VOID.properties, Literal(len(predicates), datatype=XSD.integer)))
    for vocabulary in _vocabularies(predicates | set(typed)):
        void.add((root, VOID.vocabulary, vocabulary))
    for cls, members in typed.items():
        partition = URIRef(f"{root}/class/{_curie_slug(cls)}")
        void.add((root, VOID.classPartition, partition))
        void.add((partition, VOID["class"], cls))
        void.add((partition, VOID.entities, Literal(len(members), datatype=XSD.integer)))

    for named in ds.graphs():
        name = named.identifier
        if not isinstance(name, URIRef) or not len(named) or name == ds.default_graph.identifier:
            continue
        count, sub_typed, _ = _void_counts(named)
        sub_entities = set().union(*sub_typed.values()) if sub_typed else set()
        void.add((root, VOID.subset, name))
        void.add((name, RDF.type, VOID.Dataset))
        void.add((name, VOID.triples, Literal(count, datatype=XSD.integer)))
        void.add((name, VOID.entities, Literal(len(sub_entities), datatype=XSD.integer)))
        for article in named.subjects(RDF.type, SDO.NewsArticle):
            void.add((name, DCTERMS.source, article))
            void.add((root, DCTERMS.source, article))
    return void.serialize(format="turtle").encode("utf-8")


# --- writing ------------------------------------------------------------------------

def export(ds: Dataset, fmt: str, path: str | Path, *, base: str | None = None, view: str = "all") -> list[Path]:
    """Write ``ds`` as ``fmt`` to ``path``; returns the files written.

    csv writes one file per table (see :func:`csv_paths`); every other format one.
    ``view`` (graphml, gexf, csv): ``all``, the readable graph, or ``people``, the
    person–person network. Everything is serialized before the first file is touched,
    and each file is replaced atomically, so a failure leaves the previous export as it was.
    """
    key = resolve_format(fmt)
    if view != "all" and key not in ("graphml", "gexf", "csv"):
        raise ValueError(f"--view {view} is for graphml, gexf and csv, not {key}")
    if key == "csv":
        blobs = dict(zip(csv_paths(path, view), serialize_csv(ds, view)))
    elif key in ("graphml", "gexf"):
        blobs = {Path(path): (serialize_graphml if key == "graphml" else serialize_gexf)(ds, view)}
    else:
        blobs = {Path(path): serialize(ds, key, base=base)}
    return [write_atomic(target, data) for target, data in blobs.items()]


def write_rdf(ds: Dataset, path: str | Path, fmt: str | None = None) -> Path:
    """Serialize ``ds`` to ``path``; the format comes from ``fmt`` or the file suffix."""
    path = Path(path)
    fmt = fmt or {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".nt": "nt",
                  ".jsonld": "jsonld", ".json": "jsonld", ".rdf": "xml", ".xml": "xml"}.get(path.suffix, "")
    if not fmt:
        raise ValueError(f"cannot tell the RDF format of {path.name!r}; "
                         f"give one of: {', '.join(RDF_FORMATS)}")
    return write_atomic(path, serialize(ds, fmt))


# --- streamed from a store ----------------------------------------------------------

#: The formats a store streams (:data:`graph.store.STREAMED`) and their file suffixes.
STREAMED_SUFFIXES = {"trig": ".trig", "turtle": ".ttl", "jsonld": ".jsonld", "nquads": ".nq", "nt": ".nt"}
SPLIT_BATCH = 1000  # articles per file of a split export
SPLIT_MANIFEST = "manifest.json"


def export_store(st, fmt: str, path: str | Path) -> tuple[Path, bool]:
    """Stream a whole export of the store ``st`` (a :class:`graph.store.KGStore`) to ``path``.

    Memory holds one article's part at a time; the file is replaced atomically, and left
    untouched when it already holds exactly these bytes. Returns ``(path, written)``.

    Raises
    ------
    ValueError
        For a format the store does not stream (see :data:`STREAMED_SUFFIXES`).
    """
    key = _streamed(fmt)
    from .files import write_if_changed
    return Path(path), write_if_changed(path, _faulty(st.export(key)))


def export_store_split(st, fmt: str, folder: str | Path, *, batch: int = SPLIT_BATCH) -> list[tuple[Path, bool]]:
    """Stream the store as one file per ``batch`` articles into ``folder``, with a manifest.

    ``part-00001.trig`` … each a whole document (its own prefixes, one JSON-LD object),
    and ``manifest.json``: the format, the batch size, and for each file its name, the ids
    of its articles, its size in bytes and its sha256, so that a consumer can load the parts
    in parallel and check them. Files that hold the same bytes are left untouched; the
    manifest is written last, and parts a previous manifest listed that are no longer
    needed are removed after it. Returns ``(path, written)`` for each file, manifest last.
    """
    import hashlib
    from itertools import groupby

    from .files import write_if_changed

    key = _streamed(fmt)
    if batch < 1:
        raise ValueError(f"--batch must be at least 1, not {batch}")
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ValueError(f"{folder}: not a folder (--split writes a folder of files)")
    folder.mkdir(parents=True, exist_ok=True)
    article_of = {e["graph"]: aid for aid, e in st.manifest.items()}
    files, results = [], []
    numbered = enumerate(st.chunk_rows())
    for index, group in groupby(numbered, key=lambda item: item[0] // batch):
        ids: list[str] = []
        digest, size = hashlib.sha256(), 0

        def rows(group=group, ids=ids):
            for _, (graph, text) in group:
                ids.append(article_of[graph])
                yield graph, text

        def counted(pieces):
            nonlocal size
            for piece in pieces:
                digest.update(piece)
                size += len(piece)
                yield piece

        name = f"part-{index + 1:05d}{STREAMED_SUFFIXES[key]}"
        written = write_if_changed(folder / name, _faulty(counted(st.export_pieces(key, rows()))))
        files.append({"file": name, "articles": ids, "bytes": size, "sha256": digest.hexdigest()})
        results.append((folder / name, written))
    body = {"format": key, "batch": batch, "articles": sum(len(f["articles"]) for f in files), "files": files}
    manifest = folder / SPLIT_MANIFEST
    previous = _split_files(manifest)
    written = write_if_changed(manifest, json.dumps(body, indent=1, ensure_ascii=False).encode("utf-8") + b"\n")
    for stale in sorted(previous - {f["file"] for f in files}):
        (folder / stale).unlink(missing_ok=True)
    return [*results, (manifest, written)]


def _faulty(pieces):
    """``pieces``, and a ``kill -9`` after the second when ``KG_FAULT_AT=export-writing`` (the
    crash test: a killed export leaves no half-written file at its target)."""
    import os
    for i, piece in enumerate(pieces):
        yield piece
        if i == 1 and os.environ.get("KG_FAULT_AT") == "export-writing":
            import signal
            os.kill(os.getpid(), signal.SIGKILL)


def _split_files(manifest: Path) -> set[str]:
    """The part files an earlier split export's manifest lists (plain names only)."""
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
        names = {str(f["file"]) for f in data["files"]}
    except (OSError, ValueError, KeyError, TypeError):
        return set()
    return {n for n in names if n == Path(n).name and n.startswith("part-")}


def _streamed(fmt: str) -> str:
    key = resolve_format(fmt)
    if key not in STREAMED_SUFFIXES:
        raise ValueError(f"a store streams {', '.join(STREAMED_SUFFIXES)}, not {key} "
                         "(written from the whole graph, as one file)")
    return key
