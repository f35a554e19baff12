"""The on-disk store for corpora: an Oxigraph database plus a manifest of articles.

A store folder holds ``oxigraph/`` (the RDF dataset, one named graph per article),
``manifest.json`` (article id → content hash and source) with ``manifest.log`` (what each
committed batch changed since, one line a batch, appended: a build's cost of recording
follows its batches, not the corpus) and ``lock`` (held by the one build that may write).
A build killed at any point leaves a usable store: graphs are replaced in transactions,
and an article whose graph was written but not yet recorded in the manifest is simply
redone.

This is the only module that talks to a database; :mod:`graph.build` stays pure and
yields plain terms, which :func:`to_nquads` turns into N-Quads for Oxigraph to load.
"""
from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import sqlite3
import zlib
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .rows import VALUED

__all__ = ["StoreError", "KGStore", "ArticleGraph", "article_graph", "article_graph_of", "article_index", "to_nquads", "is_store",
           "read_manifest", "index_rows", "indexed_statements", "entity_rows", "VALUED", "encode_term", "decode_term", "FORMAT", "SHAPE", "INDEX_TABLES",
           "INDEX_SINCE"]


class StoreError(OSError):
    """A store that cannot be used, with a hint for the user."""


def is_store(path: str | Path) -> bool:
    return (Path(path) / "manifest.json").is_file() and (Path(path) / "oxigraph").is_dir()


class Manifest(dict):
    """Article id → its entry (graph, sha256, source, triples), remembering which ids changed
    since it was last saved, so that saving appends only those (:meth:`KGStore.save_manifest`).
    Entries are replaced whole, never changed in place."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.changed: set[str] = set()

    def __setitem__(self, key: str, value: dict) -> None:
        self.changed.add(key)
        super().__setitem__(key, value)

    def __delitem__(self, key: str) -> None:
        self.changed.add(key)
        super().__delitem__(key)

    def pop(self, key: str, *default):
        self.changed.add(key)
        return super().pop(key, *default)


def read_manifest(path: str | Path) -> dict:
    """The manifest of the store at ``path``: ``manifest.json`` with the batches that
    ``manifest.log`` records since, applied in order; a last line cut short (a build killed
    or a disk full while it was written) is a batch never committed and is left out.
    Raises ``ValueError`` (damaged) or ``OSError`` (unreadable)."""
    path = Path(path)
    data = json.loads((path / "manifest.json").read_bytes().decode("utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("articles"), dict):
        raise ValueError('no "articles" table')
    try:
        log = (path / LOG).read_bytes()
    except FileNotFoundError:
        return data
    lines = log.split(b"\n")
    for number, line in enumerate(lines[:-1], 1):  # the part after the last newline was cut short
        try:
            change = json.loads(line)
            data["articles"].update(change["put"])
            for aid in change["drop"]:
                data["articles"].pop(aid, None)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"{LOG} line {number}: {exc}") from None
    return data


#: The manifest's journal: one JSON line a committed batch (``put``: entries, ``drop``: ids).
LOG = "manifest.log"
#: The journal is folded into ``manifest.json`` when it outgrows both the manifest and this.
LOG_FLOOR = 1 << 20


def to_nquads(triples: Iterable, graph_iri: str) -> bytes:
    """Triples of :func:`graph.build.article_triples` (or rdflib terms) → N-Quads text in
    the named graph ``graph_iri`` (cheap to send between processes; Oxigraph parses it in
    native code)."""
    from .export import nt_literal

    g = f"<{graph_iri}>"
    lines = []
    for s, p, o in triples:
        obj = nt_literal(o) if hasattr(o, "language") else f"<{o}>"
        lines.append(f"<{s}> <{p}> {obj} {g} .\n")
    return "".join(lines).encode("utf-8")


#: The exports a store streams, each made from the articles' N-Quads chunks at export time.
STREAMED = ("trig", "turtle", "jsonld", "nquads", "nt")


_IRI_TERM = re.compile(rb"<[^<>\s]*>")  # an IRI as N-Quads write it


@dataclass
class ArticleGraph:
    """One article's graph, ready for the store: its named graph and its facts for the union,
    and the rows of the scale questions' indexes made from them (:func:`article_index`)."""

    article_id: str
    graph: str
    nquads: bytes   # the named graph, as N-Quads: loaded, and kept as the article's export chunk
    union: bytes    # the same facts without the text layer, for the default graph
    triples: int
    sha256: str = ""
    source: str = ""
    index: tuple | None = None  # article_index(graph, nquads), or None: the store makes them

    def replace_iris(self, swaps: dict[str, str]) -> None:
        """Rename entity IRIs in everything this graph carries (after resolution), each old IRI
        to its new one at once: where a new IRI is another's old one (a homonym's local path
        that is another person's cluster), what became it is not renamed again."""
        if not swaps.keys().isdisjoint(swaps.values()):
            terms = {f"<{old}>".encode(): f"<{new}>".encode() for old, new in swaps.items()}
            def one(m: re.Match) -> bytes:
                return terms.get(m[0], m[0])
            self.nquads = _IRI_TERM.sub(one, self.nquads)
            self.union = _IRI_TERM.sub(one, self.union)
        else:  # (then one rename after another is the same, and faster)
            for old, new in swaps.items():
                o, n = f"<{old}>".encode(), f"<{new}>".encode()
                self.nquads = self.nquads.replace(o, n)
                self.union = self.union.replace(o, n)
        if self.index is not None and swaps:
            self.index = _renamed_index(self.index, swaps)


def article_index(graph: str, nquads: bytes) -> tuple:
    """What the store's indexes are made of for one article graph, from its N-Quads: its
    :func:`indexed_statements` and its :func:`entity_rows`. The build's workers make it beside
    extraction (2 ms of CPU an article that the process storing them no longer spends); a
    rename after resolution is applied to it as to the N-Quads (:meth:`ArticleGraph.replace_iris`)."""
    return (indexed_statements(nquads), *entity_rows(graph, nquads))


def _renamed_index(index: tuple, swaps: dict[str, str]) -> tuple | None:
    """``index`` (:func:`article_index`) as the renamed N-Quads would give it: every IRI term
    renamed, the rows of a table that became alike kept once (the store's graph is a set).
    ``None`` (made again from the N-Quads) where renaming could give other rows than making
    them again: two solutions of s06 that became one, or a literal that holds an old IRI as
    N-Quads write it (the N-Quads' renaming changes the literal too), or a new IRI that is
    another's old one (rare: the rows are made again rather than reasoned about)."""
    if not swaps.keys().isdisjoint(swaps.values()):
        return None
    statements, links, labels, anchors, values = index
    literals = "\n".join([*[o for _, _, o in statements if o[0] != "<"], *[r[1] for r in labels],
                           *[r[2] for r in values if r[3] != ""],
                           *[str(r[i]) for r in anchors for i in (5, 7, 9, 11) if r[i] is not None]])
    if any(f"<{old}>" in literals for old in swaps):
        return None
    get = swaps.get  # (written out rather than in helpers: this runs in the process that stores)
    statements = [(get(s, s), p, f"<{get(o[1:-1], o[1:-1])}>" if o[0] == "<" else o) for s, p, o in statements]
    links = list(dict.fromkeys([(get(o, o), get(s, s) if kind == "" else s, get(p, p), kind)
                                for o, s, p, kind in links]))
    labels = list(dict.fromkeys([(s if s[:2] == "_:" else get(s, s), get(v, v) if kind == "" else v, kind)
                                 for s, v, kind in labels]))
    values = list(dict.fromkeys([(s if s[:2] == "_:" else get(s, s), get(p, p), get(v, v) if kind == "" else v, kind)
                                 for s, p, v, kind in values]))
    renamed = [(get(e, e), a if ak else get(a, a), n, bn, ak, get(an, an) if ank == "" else an, ank,
                get(b, b) if bk == "" else b, bk, get(en, en) if ek == "" else en, ek,
                get(sn, sn) if sk == "" else sn, sk) for e, a, n, bn, ak, an, ank, b, bk, en, ek, sn, sk in anchors]
    iris = {v for r in anchors for v, kind in ((r[0], ""), (r[1], r[4] or ""), (r[5], r[6]), (r[7], r[8]),
                                               (r[9], r[10]), (r[11], r[12])) if kind == ""}
    if len({get(v, v) for v in iris}) < len(iris) and \
            len({r[:2] + r[3:] for r in renamed}) < len({r[:2] + r[3:] for r in anchors}):
        return None  # two solutions became one (alike solutions, of alike sentences, stay two)
    return statements, links, labels, renamed, values


#: An N-Quads line of the text layer: the NIF context, sentences and mentions (their
#: subjects' IRIs are ``…#char=b,e``), which stay in the article's graph only.
_TEXT_LAYER_LINE = re.compile(rb"^<[^>\n]*#char=[^\n]*\n", re.MULTILINE)


def _union(nquads: bytes, graph_iri: str) -> bytes:
    """The article's facts for the default graph: its N-Quads without the text layer, out of
    their named graph. (One pass of native code: this runs for every article.)"""
    facts = _TEXT_LAYER_LINE.sub(b"", nquads if nquads.endswith(b"\n") else nquads + b"\n")
    return facts.replace(f" <{graph_iri}> .".encode(), b" .")


def article_graph(nquads: bytes, graph_iri: str, article_id: str, sha256: str = "",
                  source: str = "", *, index: bool = False) -> ArticleGraph:
    """Prepare one article's N-Quads for :meth:`KGStore.put_articles`.

    Nothing is serialized here: the N-Quads are loaded as they are and kept as the article's
    export chunk, from which ``kg export --store`` writes any format when asked
    (:func:`article_chunk`); serializing three formats for every article at build time cost
    more than a third of what the build spends besides extraction. With ``index``, the rows of
    its indexes are made here too (:func:`article_index`). The build's workers make all of it
    from the triples instead (:func:`article_graph_of`).
    """
    count = len(set(nquads.splitlines()))  # an article may state a triple twice
    return ArticleGraph(article_id, graph_iri, nquads, _union(nquads, graph_iri), count, sha256, source,
                        article_index(graph_iri, nquads) if index else None)


def article_graph_of(triples: Iterable[tuple], graph_iri: str, article_id: str, sha256: str = "",
                     source: str = "") -> ArticleGraph:
    """:func:`article_graph` of ``to_nquads(triples, graph_iri)`` with its index rows, made from
    the triples (runs in the build's workers): each statement's text is made once for the
    N-Quads, the facts for the union and the count of distinct triples, and the index rows
    come from the triples themselves (:func:`graph.rows.article_rows`), not from Oxigraph's
    in-memory engine, but where only the engine can say. The same bytes and rows."""
    from .export import nt_literal
    from .rows import article_rows
    triples = list(triples)
    statements, facts = [], []
    for s, p, o in triples:
        line = f"<{s}> <{p}> {nt_literal(o) if hasattr(o, 'language') else f'<{o}>'}"
        statements.append(line)
        if "#char=" not in s:  # (_TEXT_LAYER_LINE's test: a subject holds no '>' in N-Quads that load)
            facts.append(line)
    end = f" <{graph_iri}> .\n"
    nquads = (end.join(statements) + end).encode("utf-8") if statements else b""
    if nquads.count(b"\n") != len(statements) or b"\r" in nquads:  # an IRI that breaks its line
        return article_graph(nquads, graph_iri, article_id, sha256, source, index=True)
    union = " .\n".join(facts) + " .\n" if facts else ""
    if graph_iri in union:  # (a literal that holds the graph's IRI: _union's replace reaches it too)
        union = (end.join(facts) + end).replace(f" <{graph_iri}> .", " .")
    return ArticleGraph(article_id, graph_iri, nquads, union.encode("utf-8") if statements else b"\n",
                        len(set(statements)), sha256, source,
                        article_rows(graph_iri, triples) or article_index(graph_iri, nquads))


def article_chunk(nquads: bytes, fmt: str) -> bytes:
    """One article's part of a whole export in ``fmt`` (one of :data:`STREAMED`), from its
    N-Quads chunk: TriG and Turtle without the prefixes (written once at the top of the
    export), JSON-LD as the items of the ``@graph`` array with compact IRIs, N-Quads and
    N-Triples as Oxigraph writes them. The same bytes for the same chunk, whenever made."""
    import pyoxigraph as ox
    quads = ox.parse(nquads, format=ox.RdfFormat.N_QUADS)
    if fmt == "nquads":
        return ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""
    if fmt == "nt":
        return ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES) or b""
    if fmt == "jsonld":  # one array per article: keep its items, with compact IRIs
        text = ox.serialize(quads, format=ox.RdfFormat.JSON_LD) or b""
        return _compact_jsonld(text.strip()[1:-1].strip())
    if fmt == "turtle":
        text = ox.serialize((q.triple for q in quads), format=ox.RdfFormat.TURTLE, prefixes=_prefixes()) or b""
    else:
        text = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=_prefixes()) or b""
    start = 0  # the prefixes (written first) go once at the top of the export
    while text.startswith(b"@prefix", start):
        start = text.index(b"\n", start) + 1
    return text[start:]


#: The shape of the graphs a store holds. 2: the default graph without the text layer, each
#: NIF context ``schema:isPartOf`` its article. 3: one export chunk per article, its N-Quads
#: (before, its TriG, Turtle and JSON-LD, serialized at build time). 4: the scale questions'
#: indexes of dates and mentions beside the chunks; 5: also their indexes of links, labels and
#: anchors; 6: also that of values; 7: also that of distinct values; 8: also that of the places
#: inside places (:data:`INDEX_TABLES`). A store of format 3 to 7 gets its indexes from its chunks
#: (no article is extracted again; a format-6 store's ``fact`` is made of its ``value`` rows, a
#: format-7 store's ``within`` of its ``link`` rows); an older one is rebuilt whole by the next
#: build.
FORMAT = 8
#: The format whose graphs and export chunks have today's shape (formats 4 and 5 only add indexes).
SHAPE = 3

#: An ``anchor`` row with a term of another kind than its column's usual one (an article that is
#: no IRI, an anchor or sentence that is no plain string, an offset that is no canonical
#: integer) or a begin that is no integer: rare (none in 100,000 IndoSum articles), so that s06's
#: plan asks a partial index of them (``anchor_unusual``, store format 8) whether an entity's
#: rows can be read without their kinds.
UNUSUAL_ANCHOR = ("(article_kind IS NOT NULL OR anchor_kind IS NOT NULL OR begin_kind IS NOT NULL "
                  "OR end_kind IS NOT NULL OR sentence_kind IS NOT NULL OR begin_n IS NULL)")
_UNUSUAL_INDEX = f"CREATE INDEX IF NOT EXISTS anchor_unusual ON anchor (entity) WHERE {UNUSUAL_ANCHOR}"
_UNUSUAL_SINCE = 8  # the store format that first kept it

#: Indexes for the scale questions (:mod:`graph.plans`), kept in ``chunks.sqlite`` and written
#: in the same transaction as the article's chunk, from the same N-Quads: rows of one article
#: graph each, so that removing or replacing an article removes exactly its rows.
#: ``dated``: each ``schema:startDate`` (``day`` is the date as ``YYYY-MM-DD`` when it is a
#: plain ``xsd:date``, else NULL); ``mention``: each ``schema:mentions``, with the day of the
#: ``schema:datePublished`` its subject has in the same graph (the latest, when it has several;
#: NULL when it has none or one that is not a plain ``xsd:date``).
#: From format 5 (:func:`entity_rows`; a term is two columns, its value and its kind, see
#: :func:`encode_term`; ``gid`` the article graph's number in ``graph_id``, shorter than its
#: IRI; each table stored in the order a plan reads it, so that one entity's rows lie together
#: on a few pages): ``link``, each statement of the article's facts (what the default graph gets of it)
#: whose object is an IRI, but ``rdf:type``; ``label``, each distinct value of its facts on
#: ``schema:name``, ``rdfs:label`` or ``schema:headline`` by subject; ``anchor``, each solution
#: of the profile's s06 in the article graph, the entity a variable (its terms as Oxigraph
#: gives them, e.g. the offsets as ``xsd:integer``; a kind is left out where it is the
#: column's usual one: an IRI, a string, an integer; ``begin_n`` the begin as a number; ``n``
#: the solution's number, as two may be alike). From format 6: ``value``, each statement of the
#: article's facts on one of :data:`VALUED` by subject, with its object (a term's two columns;
#: a blank subject is ``_:`` and its label, as in ``label``). From format 7: ``fact``, the rows of
#: ``value`` without their article, each once, with ``n`` the number of article graphs that state
#: it: what the union holds on those properties, which the plans read (a province's name is one
#: row there, where ``value`` has one for each article that names it; ``value`` stays, to know
#: what an article's removal takes away). From format 8: ``within``, the ``schema:containedInPlace``
#: rows of ``link`` without their article, each once (the place, the place inside it, its kind,
#: and ``n`` the number of article graphs that state it): s05's places inside a place, which a
#: place's ``link`` rows bury under one row for each article that mentions it (at 100,000
#: articles 94,107 rows there for 1,974 here).
INDEX_TABLES = {
    "dated": ("CREATE TABLE IF NOT EXISTS dated (graph TEXT, subject TEXT, day TEXT)",
              "CREATE INDEX IF NOT EXISTS dated_day ON dated (day)",
              "CREATE INDEX IF NOT EXISTS dated_graph ON dated (graph)"),
    "mention": ("CREATE TABLE IF NOT EXISTS mention (graph TEXT, subject TEXT, entity TEXT, day TEXT)",
                "CREATE INDEX IF NOT EXISTS mention_entity ON mention (entity, day)",
                "CREATE INDEX IF NOT EXISTS mention_graph ON mention (graph)"),
    "graph_id": ("CREATE TABLE IF NOT EXISTS graph_id (id INTEGER PRIMARY KEY, graph TEXT UNIQUE)",),
    "link": ("CREATE TABLE IF NOT EXISTS link (object TEXT NOT NULL, subject TEXT NOT NULL, property TEXT NOT NULL, "
             "gid INTEGER NOT NULL, subject_kind TEXT, PRIMARY KEY (object, subject, property, gid)) WITHOUT ROWID",
             "CREATE INDEX IF NOT EXISTS link_gid ON link (gid)"),
    "label": ("CREATE TABLE IF NOT EXISTS label (subject TEXT NOT NULL, value TEXT NOT NULL, kind TEXT NOT NULL, "
              "gid INTEGER NOT NULL, PRIMARY KEY (subject, value, kind, gid)) WITHOUT ROWID",
              "CREATE INDEX IF NOT EXISTS label_gid ON label (gid)"),
    "anchor": ("CREATE TABLE IF NOT EXISTS anchor (entity TEXT NOT NULL, article TEXT NOT NULL, gid INTEGER NOT NULL, "
               "n INTEGER NOT NULL, begin_n INTEGER, article_kind TEXT, anchor TEXT, anchor_kind TEXT, begin, "
               "begin_kind TEXT, end, end_kind TEXT, sentence TEXT, sentence_kind TEXT, "
               "PRIMARY KEY (entity, article, gid, n)) WITHOUT ROWID",
               "CREATE INDEX IF NOT EXISTS anchor_gid ON anchor (gid)",
               _UNUSUAL_INDEX),
    "value": ("CREATE TABLE IF NOT EXISTS value (subject TEXT NOT NULL, property TEXT NOT NULL, value TEXT NOT NULL, "
              "kind TEXT NOT NULL, gid INTEGER NOT NULL, PRIMARY KEY (subject, property, value, kind, gid)) WITHOUT ROWID",
              "CREATE INDEX IF NOT EXISTS value_gid ON value (gid)"),
    "fact": ("CREATE TABLE IF NOT EXISTS fact (subject TEXT NOT NULL, property TEXT NOT NULL, value TEXT NOT NULL, "
             "kind TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (subject, property, value, kind)) WITHOUT ROWID",),
    "within": ("CREATE TABLE IF NOT EXISTS within (place TEXT NOT NULL, part TEXT NOT NULL, part_kind TEXT NOT NULL, "
               "n INTEGER NOT NULL, PRIMARY KEY (place, part, part_kind)) WITHOUT ROWID",),
}
#: The format that first wrote each index: a store of format 4 has the first two only.
INDEX_SINCE = {"dated": 4, "mention": 4, "graph_id": 5, "link": 5, "label": 5, "anchor": 5, "value": 6, "fact": 7,
               "within": 8}
#: The indexes whose rows name their article graph by its number in ``graph_id``.
_BY_GID = ("link", "label", "anchor", "value")
#: Each table's rows as :meth:`KGStore._index_many` sorts them before writing: by its key (a
#: term's kind column may be NULL, so the kinds, not in the key but for ``value``, are left out).
_INSERT_ORDER = {
    "link": lambda r: (r[0], r[1], r[2], r[4]),
    "label": lambda r: (r[0], r[1], r[2], r[3]),
    "anchor": lambda r: (r[0], r[1], r[13], r[2]),
    "value": lambda r: r,
}
#: The columns of the indexes by ``gid``, in the order :func:`article_index` gives their rows.
_INDEX_COLUMNS = {"link": "object, subject, property, subject_kind", "label": "subject, value, kind",
                  "anchor": "entity, article, n, begin_n, article_kind, anchor, anchor_kind, begin, begin_kind, "
                            "end, end_kind, sentence, sentence_kind",
                  "value": "subject, property, value, kind"}
#: The indexes made of the others' rows, not of one article's (``fact``: ``value`` made distinct;
#: ``within``: the ``schema:containedInPlace`` rows of ``link`` made distinct).
_DERIVED = ("fact", "within")


def _unreadable(lost: Collection[str]) -> set[str]:
    """The index tables whose rows of one article cannot be read when the tables ``lost`` are
    gone: those, and without ``graph_id`` every table by ``gid``."""
    return set(lost) | (set(_BY_GID) if "graph_id" in lost else set())


#: ``fact`` from ``value`` on a store that has it (a format-6 store brought up to date).
_FACTS_FROM_VALUES = ("INSERT INTO fact (subject, property, value, kind, n) SELECT subject, property, value, kind, "
                      "COUNT(*) FROM value GROUP BY subject, property, value, kind")
_CONTAINED_IN = "https://schema.org/containedInPlace"
#: ``within``'s rows as ``link``'s give them: each place, a place inside it, its kind, and the
#: number of article graphs that state it (a format-7 store brought up to date; ``kg check``).
_WITHIN_OF_LINKS = (f"SELECT object, subject, subject_kind, COUNT(*) FROM link WHERE property = '{_CONTAINED_IN}' "
                    "GROUP BY object, subject, subject_kind")
#: Each derived index, made anew from the rows it is made of.
_DERIVED_FROM = {"fact": _FACTS_FROM_VALUES, "within": "INSERT INTO within (place, part, part_kind, n) " + _WITHIN_OF_LINKS}

#: A statement of an article's N-Quads on one of the indexed properties: subject, property, object.
_INDEXED_LINE = re.compile(rb"^<([^>]*)> <https://schema\.org/(startDate|datePublished|mentions)> "
                           rb"(<[^>]*>|\"[^\n]*?) <[^>]*> \.$", re.MULTILINE)
_PLAIN_DATE = re.compile(r'"(\d{4}-\d{2}-\d{2})"\^\^<http://www\.w3\.org/2001/XMLSchema#date>')


def indexed_statements(nquads: bytes) -> list[tuple[str, str, str]]:
    """The statements of an article's N-Quads on the properties the ``dated`` and ``mention``
    indexes read (subject IRI, property's local name, object as N-Quads writes it), in their
    order: what :func:`index_rows` makes its rows of. (A pass of a regular expression over the
    whole text: it runs in the build's workers, beside extraction.)"""
    return [(s.decode("utf-8"), p.decode(), o.decode("utf-8")) for s, p, o in _INDEXED_LINE.findall(nquads)]


def index_rows(graph: str, nquads: bytes, statements: list[tuple[str, str, str]] | None = None
               ) -> tuple[list[tuple], list[tuple]]:
    """The rows of :data:`INDEX_TABLES` for one article graph, from its N-Quads (or from their
    :func:`indexed_statements`, when given): ``(dated, mention)``, each row starting with ``graph``.

    >>> index_rows("g", b'<e> <https://schema.org/startDate> "2020-04-30"^^<http://www.w3.org/2001/XMLSchema#date> <g> .\\n'
    ...                 b'<a> <https://schema.org/mentions> <x> <g> .\\n')
    ([('g', 'e', '2020-04-30')], [('g', 'a', 'x', None)])
    """
    dated, mentions, published = [], [], {}
    for s, prop, obj in indexed_statements(nquads) if statements is None else statements:
        if prop == "mentions":
            if obj.startswith("<"):
                mentions.append((s, obj[1:-1]))
            continue
        day = _PLAIN_DATE.fullmatch(obj)
        if prop == "startDate":
            dated.append((graph, s, day.group(1) if day else None))
        else:  # a subject with a date that is not plain has no day: plans never rank it by one
            known = published.get(s, "")
            published[s] = None if day is None or known is None else max(known, day.group(1))
    return dated, [(graph, s, e, published.get(s) or None) for s, e in mentions]


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD = "http://www.w3.org/2001/XMLSchema#"
#: Short kinds for the usual datatypes (the others are written out).
_KINDS = {f"{_XSD}string": "s", f"{_XSD}integer": "i"}
_INT64 = 1 << 63
_DATATYPES = {short: long for long, short in _KINDS.items()}


def encode_term(term, usual: str | None = None) -> tuple[str | int | None, str | None]:
    """A term as two columns ``(value, kind)``: the kind is ``""`` for an IRI, ``"_"`` for a
    blank node, ``"@"`` and the tag for a language-tagged string, ``"s"`` / ``"i"`` for an
    ``xsd:string`` / ``xsd:integer``, else the datatype's IRI; ``(None, None)`` for no term.
    A kind that is the column's ``usual`` one is left out (``None``), and an ``xsd:integer`` in
    its canonical form is then kept as a number: less for SQLite to store and to read.

    >>> import pyoxigraph as ox
    >>> encode_term(ox.NamedNode("https://data.example.org/berita/person/x")), encode_term(ox.Literal("Rudi", language="id"))
    (('https://data.example.org/berita/person/x', ''), ('Rudi', '@id'))
    >>> encode_term(ox.Literal("17", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), usual="i")
    (17, None)
    """
    import pyoxigraph as ox
    if term is None:
        return None, None
    if isinstance(term, ox.NamedNode):
        value, kind = term.value, ""
    elif isinstance(term, ox.BlankNode):
        value, kind = term.value, "_"
    elif term.language:
        value, kind = term.value, "@" + term.language
    else:
        value, kind = term.value, _KINDS.get(term.datatype.value, term.datatype.value)
    if kind != usual:
        return value, kind
    if kind == "i":
        number = int(value)
        return (number, None) if str(number) == value and -_INT64 <= number < _INT64 else (value, kind)
    return value, None


def decode_term(value: str | int | None, kind: str | None, usual: str | None = None):
    """The term of :func:`encode_term`'s two columns (a blank node gets a new one)."""
    import pyoxigraph as ox
    if value is None:
        return None
    if kind is None:
        kind = usual
    if kind == "":
        return ox.NamedNode(value)
    if kind == "s":
        return ox.Literal(value)
    if kind.startswith("@"):
        return ox.Literal(value, language=kind[1:])
    if kind == "_":
        return ox.BlankNode()
    return ox.Literal(str(value), datatype=_datatype(kind))


@functools.lru_cache(maxsize=64)
def _datatype(kind: str):
    import pyoxigraph as ox
    return ox.NamedNode(_DATATYPES.get(kind, kind))


#: The article's facts (the statements a text-layer subject does not make, as :func:`_union`
#: keeps them) that link to an IRI, but ``rdf:type`` (whose objects are classes: s01 asks the
#: database for those).
_LINKS = """SELECT ?s ?p ?o WHERE { GRAPH <{graph}> { ?s ?p ?o }
  FILTER(isIRI(?o) && ?p != <%s> && (!isIRI(?s) || !CONTAINS(STR(?s), "#char="))) }""" % _RDF_TYPE
#: The article's facts on the properties s01 reads labels from (a path of alternatives: each
#: subject's labels as a set).
_LABELS = """SELECT DISTINCT ?s ?o WHERE { GRAPH <{graph}> {
    VALUES ?p { <https://schema.org/name> <http://www.w3.org/2000/01/rdf-schema#label> <https://schema.org/headline> }
    ?s ?p ?o }
  FILTER(!isIRI(?s) || !CONTAINS(STR(?s), "#char=")) }"""
#: The article's facts on :data:`VALUED`, whatever their object.
_VALUES = """SELECT ?s ?p ?o WHERE { GRAPH <{graph}> { VALUES ?p { %s } ?s ?p ?o }
  FILTER(!isIRI(?s) || !CONTAINS(STR(?s), "#char=")) }""" % " ".join(f"<{p}>" for p in VALUED)
#: The profile's s06 in one article graph, the entity a variable.
_ANCHORS = """SELECT ?entity ?article ?anchor ?begin ?end ?sentence WHERE { GRAPH <{graph}> {
    ?m <http://www.w3.org/2005/11/its/rdf#taIdentRef> ?entity ;
       <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> ?anchor ;
       <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex> ?begin ;
       <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex> ?end ;
       <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#referenceContext> ?ctx .
    ?ctx <https://schema.org/isPartOf> ?article .
    OPTIONAL { ?m <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#sentence>/<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> ?sentence }
  } }"""


def entity_rows(graph: str, nquads: bytes) -> tuple[list[tuple], list[tuple], list[tuple], list[tuple]]:
    """The rows of the ``link``, ``label``, ``anchor`` and ``value`` indexes (:data:`INDEX_TABLES`)
    for the article graph ``graph``, without their ``gid`` (the caller's), their columns in the
    order :meth:`KGStore._index` writes them. The article is loaded into Oxigraph's in-memory
    store and asked there, so that every term is the one the database gives (a derived integer
    type comes back as ``xsd:integer``, an alternative path's solutions are a set). (About a
    millisecond and a half an article: the build's workers do it, beside extraction.)"""
    import pyoxigraph as ox
    mem = ox.Store()
    mem.bulk_load(nquads, format=ox.RdfFormat.N_QUADS, lenient=True)
    links = [(o.value, s.value, p.value, "_" if isinstance(s, ox.BlankNode) else "")
             for s, p, o in mem.query(_LINKS.replace("{graph}", graph))]
    labels = [(_subject(s), *encode_term(o)) for s, o in mem.query(_LABELS.replace("{graph}", graph))]
    anchors = []
    for n, (entity, article, anchor, begin, end, sentence) in enumerate(mem.query(_ANCHORS.replace("{graph}", graph))):
        if not isinstance(entity, ox.NamedNode):
            continue  # s06 is asked about an IRI
        begin_n = None
        if isinstance(begin, ox.Literal) and begin.datatype.value == f"{_XSD}integer" and -_INT64 <= int(begin.value) < _INT64:
            begin_n = int(begin.value)
        anchors.append((entity.value, *encode_term(article, "")[:1], n, begin_n, *encode_term(article, "")[1:],
                        *encode_term(anchor, "s"), *encode_term(begin, "i"), *encode_term(end, "i"),
                        *encode_term(sentence, "s")))
    values = [(_subject(s), p.value, *encode_term(o)) for s, p, o in mem.query(_VALUES.replace("{graph}", graph))]
    return links, labels, anchors, values


def _subject(term) -> str:
    """A subject as the indexes keep it: an IRI, or ``_:`` and a blank node's label."""
    import pyoxigraph as ox
    return term.value if isinstance(term, ox.NamedNode) else "_:" + term.value


#: The bytes of ``chunks.sqlite`` a reader maps into memory (the address space, not RAM).
_INDEX_MMAP = 1 << 36


class KGStore:
    """An open store; use as a context manager.

    Parameters
    ----------
    path : folder of the store (created when ``create`` and missing)
    write : take the lock for writing; a second writer is refused with a clear message
    """

    def __init__(self, path: str | Path, *, write: bool = False, create: bool = False) -> None:
        self.path = Path(path)
        self.write = write
        self._lock_fh = None
        if not self.path.exists():
            if not create:
                raise StoreError(f"{self.path}: no such store (build one with `kg build --store {self.path}`)")
            self.path.mkdir(parents=True)
        elif not self.path.is_dir():
            raise StoreError(f"{self.path}: not a folder, so not a store")
        elif any(p.name != "lock" for p in self.path.iterdir()) and not is_store(self.path):
            raise StoreError(f"{self.path}: not a kg store (no manifest.json and oxigraph/); "
                             "point --store at an empty or new folder")
        if write:
            self._take_lock()
        self.base: str | None = None
        self.format = FORMAT
        self.manifest = self._read_manifest()
        self._saved_meta = (self.format, self.base)  # what manifest.json says of the store
        # The database is opened when first used: an export reads only the chunks and never
        # opens it; a writer reads through a read-only handle until its first write (see
        # :attr:`db`), since a build that finds nothing changed must not touch a byte of the
        # store, and opening RocksDB for writing rewrites its CURRENT, LOG and MANIFEST files.
        self._rw = self._ro = None
        self.lost_indexes: list[str] = []
        if write and not (self.path / "oxigraph").exists():
            self._open(writable=True)
        try:
            if write:
                self.chunks = sqlite3.connect(self.path / "chunks.sqlite")
                columns = {row[1] for row in self.chunks.execute("PRAGMA table_info(chunk)")}
                if columns and "nquads" not in columns:  # an older format's chunks: its articles are built again
                    self.chunks.execute("DROP TABLE chunk")
                self.chunks.execute("CREATE TABLE IF NOT EXISTS chunk (graph TEXT PRIMARY KEY, nquads BLOB)")
                self.chunks.execute("CREATE TABLE IF NOT EXISTS cluster (path TEXT PRIMARY KEY, data TEXT)")
                # an index table of the store's format that is gone (dropped by hand, a damaged
                # file mended by sqlite) is created empty below: remembered, so that the build
                # or `kg check --repair` makes its rows again (:meth:`remake_lost`)
                self.lost_indexes = self.missing_indexes() if "nquads" in columns else []
                for statements in INDEX_TABLES.values():
                    for statement in statements:
                        self.chunks.execute(statement)
            else:
                self.chunks = None  # opened when an export asks for them
        except sqlite3.Error as exc:
            self.close()
            from .files import out_of_space
            if out_of_space(exc):
                raise StoreError(f"{self.path}: the export chunks cannot be opened: {out_of_space(exc)}; "
                                 "free space and run again") from None
            raise StoreError(f"{self.path}: the export chunks cannot be opened ({exc}); "
                             "if the store is damaged, remove the folder and build again") from None
        if write and not (self.path / "manifest.json").is_file():
            self.save_manifest()  # from now on the folder is recognisably a store
        elif write and (self.path / LOG).exists():
            self.compact_manifest()  # a killed build's journal, maybe cut short: appends start clean

    # ---- lifecycle -------------------------------------------------------------------------
    def _open(self, *, writable: bool) -> None:
        import pyoxigraph as ox
        try:
            if writable:
                self._ro = None  # reads go through the writer from now on
                self._rw = ox.Store(str(self.path / "oxigraph"))
            else:
                self._ro = ox.Store.read_only(str(self.path / "oxigraph"))
        except OSError as exc:
            self.close()
            from .files import out_of_space
            full = out_of_space(exc)
            if full:
                raise StoreError(f"{self.path}: the database cannot be opened: {full}; free space and "
                                 "run again") from None
            raise StoreError(f"{self.path}: the database cannot be opened ({str(exc).splitlines()[0]}); "
                             "if it is damaged, remove the folder and build again") from None

    @property
    def db(self):
        """The Oxigraph database; in a store opened for writing, opened for writing on first use."""
        if self._rw is None and self.write and self._lock_fh is not None:
            self._open(writable=True)
        return self._reader

    @property
    def _reader(self):
        """The database for reading, without opening it for writing."""
        if self._rw is None and self._ro is None:
            self._open(writable=False)
        return self._rw if self._rw is not None else self._ro

    def _take_lock(self) -> None:
        import fcntl
        try:  # never through a symbolic link: a planted one would have us overwrite its target
            fd = os.open(self.path / "lock", os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_NOFOLLOW, 0o644)
        except OSError as exc:
            raise StoreError(f"{self.path}: its lock file cannot be opened ({exc.strerror}; a symbolic "
                             "link is refused); remove it and run again") from None
        self._lock_fh = os.fdopen(fd, "a+")
        try:
            fcntl.flock(self._lock_fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._lock_fh.seek(0)
            holder = self._lock_fh.read().strip() or "another process"
            self._lock_fh.close()
            self._lock_fh = None
            raise StoreError(f"{self.path}: the store is in use by a build or `kg serve` ({holder}); "
                             "wait for it to finish (or stop the server), then run again") from None
        self._lock_fh.seek(0)
        self._lock_fh.truncate()
        self._lock_fh.write(f"pid {os.getpid()}")
        self._lock_fh.flush()

    def _read_manifest(self) -> Manifest:
        f = self.path / "manifest.json"
        if not f.is_file():
            return Manifest()
        try:
            data = read_manifest(self.path)
            self.base = data.get("base")
            self.format = int(data.get("format", 1))
            return Manifest(data["articles"])
        except (ValueError, KeyError, TypeError) as exc:
            raise StoreError(f"{f}: damaged manifest ({exc}); remove the store folder and build again") from None
        except OSError as exc:
            raise StoreError(f"{f}: the manifest cannot be read ({exc.strerror}); "
                             "check the folder's permissions and run again") from None

    def save_manifest(self) -> None:
        """Record what changed in the manifest since it was last saved: one line appended to
        ``manifest.log`` (flushed to the disk before this returns), or the whole manifest
        rewritten when the journal has grown past it (so the writing stays linear in the
        corpus however many batches a build has) or the store's format or base changed."""
        if (FORMAT, self.base) != self._saved_meta or not (self.path / "manifest.json").is_file():
            return self.compact_manifest()
        changed, self.manifest.changed = sorted(self.manifest.changed), set()
        if not changed:
            return None
        line = json.dumps({"put": {aid: self.manifest[aid] for aid in changed if aid in self.manifest},
                           "drop": [aid for aid in changed if aid not in self.manifest]},
                          ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
        from .files import disk_full, no_space
        log = self.path / LOG
        # never through a symbolic link: a planted one would have us append to its target
        fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_NOFOLLOW, 0o644)
        try:
            if disk_full(LOG):  # the fault tests' full disk: half the line is written, then no space
                os.write(fd, line[:len(line) // 2])
                raise no_space(log)
            os.write(fd, line)
            os.fsync(fd)
            size = os.fstat(fd).st_size
        finally:
            os.close(fd)
        if size > max((self.path / "manifest.json").stat().st_size, LOG_FLOOR):
            self.compact_manifest()
        return None

    def compact_manifest(self) -> None:
        """Write the whole manifest to ``manifest.json`` (atomically) and drop the journal,
        whose batches it now holds. (Killed in between, the journal is applied again on the
        next read: replaying it over a manifest that holds it changes nothing.)"""
        from .files import write_atomic
        body = json.dumps({"format": FORMAT, "base": self.base, "articles": dict(sorted(self.manifest.items()))},
                          ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        write_atomic(self.path / "manifest.json", body)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path / LOG)
        self.manifest.changed = set()
        self._saved_meta = (FORMAT, self.base)

    def settle_manifest(self) -> None:
        """Fold the journal into ``manifest.json`` (a build does when its batches are stored:
        the exports' stamp names the manifest's hash). Never with changes not yet saved: a
        batch that failed stays unrecorded."""
        if not self.manifest.changed and (self.path / LOG).exists():
            self.compact_manifest()

    def load_resolver(self) -> dict | None:
        """The cross-article resolver's state (see :mod:`graph.resolve`), ``None`` when new."""
        rows = self.chunks.execute("SELECT path, data FROM cluster").fetchall()
        if not rows:
            return None
        try:
            return {"clusters": {path: json.loads(data) for path, data in rows}}
        except ValueError as exc:
            raise StoreError(f"{self.path}: damaged resolver state ({exc}); "
                             "remove the store folder and build again") from None

    def save_resolver(self, changed: dict[str, dict], gone: set[str]) -> None:
        """Write the clusters that changed since the last save (row by row: the cost follows
        the batch, not the corpus). Saved before the manifest: a build killed between them
        redoes the batch, and the resolver forgets its articles before resolving them again."""
        with self.chunks:
            self.chunks.executemany("DELETE FROM cluster WHERE path = ?", [(p,) for p in gone])
            self.chunks.executemany("INSERT OR REPLACE INTO cluster (path, data) VALUES (?, ?)",
                                    [(p, json.dumps(c, ensure_ascii=False)) for p, c in changed.items()])

    def rename(self, iris: dict[str, str]) -> None:
        """Replace entity IRIs everywhere (resolution merged them into others)."""
        import pyoxigraph as ox
        graphs: set[str] = set()  # the articles that state an old IRI: found in the indexes, not by a scan
        for old in iris:
            for pattern in ((ox.NamedNode(old), None, None), (None, None, ox.NamedNode(old))):
                graphs.update(q.graph_name.value for q in self._reader.quads_for_pattern(*pattern)
                              if isinstance(q.graph_name, ox.NamedNode))
        swaps = [(f"<{old}>".encode(), f"<{new}>".encode()) for old, new in iris.items()]
        with self.chunks:
            for graph in sorted(graphs):
                row = self.chunks.execute("SELECT nquads FROM chunk WHERE graph = ?", (graph,)).fetchone()
                if row is None:
                    continue
                text = _unpacked(graph, row[0])
                for old, new in swaps:
                    text = text.replace(old, new)
                self.chunks.execute("UPDATE chunk SET nquads = ? WHERE graph = ?", (_packed(text), graph))
                self.unindex(graph)
                self._index(graph, text)
        for old, new in iris.items():
            for where in ("GRAPH ?g {", ""):
                close = "}" if where else ""
                self.db.update(
                    f"DELETE {{ {where} <{old}> ?p ?o {close} }} INSERT {{ {where} <{new}> ?p ?o {close} }} "
                    f"WHERE {{ {where} <{old}> ?p ?o {close} }};"
                    f"DELETE {{ {where} ?s ?p <{old}> {close} }} INSERT {{ {where} ?s ?p <{new}> {close} }} "
                    f"WHERE {{ {where} ?s ?p <{old}> {close} }}")

    def close(self) -> None:
        if getattr(self, "_lock_fh", None) is not None and getattr(self, "manifest", None) is not None:
            with contextlib.suppress(OSError):  # a manifest that cannot be written now stays as it is
                self.settle_manifest()
        if getattr(self, "_rw", None) is not None:
            with contextlib.suppress(Exception):
                self._rw.flush()
        self._rw = self._ro = None
        if getattr(self, "chunks", None) is not None:
            self.chunks.close()
            self.chunks = None
        if self._lock_fh is not None:
            self._lock_fh.close()
            self._lock_fh = None

    def __enter__(self) -> "KGStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- articles ---------------------------------------------------------------------------
    def put_articles(self, batch: list[ArticleGraph]) -> None:
        """Replace the named graphs of a batch of articles and record them.

        The old graphs go first, then the batch is loaded in one bulk load, into its named
        graphs and into the default graph (the union of their facts: Oxigraph answers
        queries on it hundreds of times faster than in its "union default graph" mode; the
        text layer of NIF contexts, sentences and mentions stays in the article graphs, as
        the profile says). The export
        chunks are committed with it; the manifest is saved by the caller after that. A
        crash in between leaves graphs the manifest does not vouch for, so the next build
        removes and loads them again. Articles the batch replaces leave the manifest (saved)
        before their old graphs go, so that it never vouches for a graph that is not there.
        """
        import sqlite3

        import pyoxigraph as ox

        from .files import disk_full, no_space
        old_graphs = {a.graph for a in batch} | {self.manifest[a.article_id]["graph"] for a in batch
                                                if a.article_id in self.manifest}
        replaced = [a.article_id for a in batch if a.article_id in self.manifest]
        if replaced:  # the manifest never vouches for a graph that is being replaced: a build that
            for aid in replaced:  # fails from here on (killed, a full disk) leaves them to the next
                del self.manifest[aid]
            self.save_manifest()
        for old in sorted(old_graphs):
            self.drop_graph(old)
        load = b"".join(part for a in batch for part in (a.nquads, a.union))
        # lenient: no IRI validation while parsing (a sixth of the load's CPU). Every IRI here
        # was minted by graph.iris (slugs of [a-z0-9-] on a checked base) or is a term of
        # graph.vocab, and every literal was escaped by nt_literal: valid by construction.
        if disk_full("batch"):  # the fault tests' full disk: half the batch is written, then no space
            self.db.bulk_load(load[:load.rfind(b"\n", 0, len(load) // 2) + 1], format=ox.RdfFormat.N_QUADS,
                              lenient=True)
            raise no_space(self.path / "oxigraph")
        self.db.bulk_load(load, format=ox.RdfFormat.N_QUADS, lenient=True)
        if disk_full("chunks"):
            raise sqlite3.OperationalError("database or disk is full")
        with self.chunks:
            self.chunks.executemany(
                "INSERT OR REPLACE INTO chunk (graph, nquads) VALUES (?, ?)",
                [(a.graph, _packed(a.nquads)) for a in batch])
            self._index_many([(a.graph, a.nquads, a.index) for a in batch])
        for a in batch:
            self.manifest[a.article_id] = {"sha256": a.sha256, "source": a.source, "graph": a.graph,
                                           "triples": a.triples}

    def drop_graph(self, graph_iri: str) -> None:
        """Remove an article graph, and from the union the triples no other article states."""
        import pyoxigraph as ox
        g = ox.NamedNode(graph_iri)
        with self.chunks:
            self.chunks.execute("DELETE FROM chunk WHERE graph = ?", (graph_iri,))
            self.unindex(graph_iri)
        if not self._reader.contains_named_graph(g):
            return
        self.db.update(f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} "
                       f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != <{graph_iri}>) }} }}")
        self.db.remove_graph(g)

    def _index(self, graph: str, nquads: bytes, index: tuple | None = None) -> None:
        """Add one article graph's rows to :data:`INDEX_TABLES` (inside the caller's transaction),
        from its :func:`article_index` when given (made by a worker), else from its N-Quads."""
        self._index_many([(graph, nquads, index)])

    def _index_many(self, graphs: list[tuple[str, bytes, tuple | None]]) -> None:
        """:meth:`_index` for each ``(graph, nquads, index)`` of a batch, in one statement a table:
        the rows of the whole batch in the order of the table's key, so that the inserts into a
        big table's B-tree follow one another along its pages instead of jumping over the file
        each time (600 articles' rows into a 10,000-article store's indexes: 3.6 ms of CPU an
        article, 4.5 one article at a time), and a value the batch states several times counted
        once in ``fact``."""
        rows: dict[str, list[tuple]] = {t: [] for t in ("dated", "mention", "link", "label", "anchor", "value")}
        stated: dict[tuple, int] = {}
        for graph, nquads, index in graphs:
            statements, links, labels, anchors, values = article_index(graph, nquads) if index is None else index
            dated, mentions = index_rows(graph, nquads, statements)
            rows["dated"] += dated
            rows["mention"] += mentions
            gid = self.chunks.execute("INSERT INTO graph_id (graph) VALUES (?)", (graph,)).lastrowid
            rows["link"] += [(*r, gid) for r in links]
            rows["label"] += [(*r, gid) for r in labels]
            rows["anchor"] += [(*r, gid) for r in anchors]
            rows["value"] += [(*r, gid) for r in values]
            for r in values:  # (the rows of one article are distinct: value's key, which holds its gid, says so)
                stated[r] = stated.get(r, 0) + 1
        for table, key in _INSERT_ORDER.items():
            rows[table].sort(key=key)
        self.chunks.executemany("INSERT INTO dated (graph, subject, day) VALUES (?, ?, ?)", rows["dated"])
        self.chunks.executemany("INSERT INTO mention (graph, subject, entity, day) VALUES (?, ?, ?, ?)", rows["mention"])
        self.chunks.executemany("INSERT INTO link (object, subject, property, subject_kind, gid) VALUES (?, ?, ?, ?, ?)",
                                rows["link"])
        self.chunks.executemany("INSERT INTO label (subject, value, kind, gid) VALUES (?, ?, ?, ?)", rows["label"])
        self.chunks.executemany("INSERT INTO anchor (entity, article, n, begin_n, article_kind, anchor, anchor_kind, "
                                "begin, begin_kind, end, end_kind, sentence, sentence_kind, gid) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows["anchor"])
        self.chunks.executemany("INSERT INTO value (subject, property, value, kind, gid) VALUES (?, ?, ?, ?, ?)",
                                rows["value"])
        self.chunks.executemany("INSERT INTO fact (subject, property, value, kind, n) VALUES (?, ?, ?, ?, ?) "
                                "ON CONFLICT (subject, property, value, kind) DO UPDATE SET n = n + excluded.n",
                                [(*r, n) for r, n in sorted(stated.items())])
        self._index_within(rows["link"])

    def _index_within(self, links: list[tuple]) -> None:
        """Count the ``schema:containedInPlace`` rows of a batch's ``link`` rows in ``within``
        (an upsert, ``n + 1`` for each article graph that states one; inside the caller's transaction)."""
        stated: dict[tuple, int] = {}
        for obj, subject, prop, kind, _ in links:
            if prop == _CONTAINED_IN:
                stated[(obj, subject, kind)] = stated.get((obj, subject, kind), 0) + 1
        self.chunks.executemany("INSERT INTO within (place, part, part_kind, n) VALUES (?, ?, ?, ?) "
                                "ON CONFLICT (place, part, part_kind) DO UPDATE SET n = n + excluded.n",
                                [(*r, n) for r, n in sorted(stated.items())])

    def _unindex_within(self, gid: int) -> None:
        """Take the ``schema:containedInPlace`` rows of the article graph numbered ``gid`` out of
        ``within`` (``n - 1``, gone at 0), before its ``link`` rows go."""
        stated = self.chunks.execute("SELECT object, subject, subject_kind FROM link WHERE gid = ? AND property = ?",
                                     (gid, _CONTAINED_IN)).fetchall()
        self.chunks.executemany("UPDATE within SET n = n - 1 WHERE place = ? AND part = ? AND part_kind = ?", stated)
        self.chunks.executemany("DELETE FROM within WHERE place = ? AND part = ? AND part_kind = ? AND n <= 0", stated)

    def unindex(self, graph: str) -> None:
        """Remove one article graph's rows from :data:`INDEX_TABLES` (inside the caller's transaction)."""
        for table in INDEX_TABLES:
            if table not in _BY_GID and table not in _DERIVED and table != "graph_id":
                self.chunks.execute(f"DELETE FROM {table} WHERE graph = ?", (graph,))
        for (gid,) in self.chunks.execute("SELECT id FROM graph_id WHERE graph = ?", (graph,)).fetchall():
            stated = self.chunks.execute("SELECT subject, property, value, kind FROM value WHERE gid = ?",
                                         (gid,)).fetchall()
            self.chunks.executemany("UPDATE fact SET n = n - 1 WHERE subject = ? AND property = ? AND value = ? "
                                    "AND kind = ?", stated)
            self.chunks.executemany("DELETE FROM fact WHERE subject = ? AND property = ? AND value = ? AND kind = ? "
                                    "AND n <= 0", stated)
            self._unindex_within(gid)
            for table in _BY_GID:
                self.chunks.execute(f"DELETE FROM {table} WHERE gid = ?", (gid,))
            self.chunks.execute("DELETE FROM graph_id WHERE id = ?", (gid,))

    def index_rows_of(self, graph: str, leave_out: Collection[str] = ()) -> dict[str, list[tuple]] | None:
        """The rows :data:`INDEX_TABLES` hold for the article graph ``graph``, by table, in the
        columns and a stable order of :meth:`expected_index_rows` (``fact`` left out: it is the
        corpus's, and the tables ``leave_out`` names, lost ones: without ``graph_id`` those by
        ``gid`` too); ``None`` when ``graph`` has more than one number in ``graph_id``."""
        con = self.chunks
        leave_out = _unreadable(leave_out)
        out = {t: con.execute(f"SELECT graph, subject, {columns} FROM {t} WHERE graph = ?", (graph,)).fetchall()
               for t, columns in (("dated", "day"), ("mention", "entity, day")) if t not in leave_out}
        gids = [] if "graph_id" in leave_out else \
            [g for (g,) in con.execute("SELECT id FROM graph_id WHERE graph = ?", (graph,))]
        if len(gids) > 1:
            return None
        for table, columns in _INDEX_COLUMNS.items():
            if table not in leave_out:
                out[table] = con.execute(f"SELECT {columns} FROM {table} WHERE gid = ?", (gids[0],)).fetchall() \
                    if gids else []
        return {t: sorted(rows, key=repr) for t, rows in out.items() if self.format >= INDEX_SINCE[t]}

    def expected_index_rows(self, graph: str, nquads: bytes, leave_out: Collection[str] = ()) -> dict[str, list[tuple]]:
        """The rows :data:`INDEX_TABLES` should hold for the article graph ``graph`` of these
        N-Quads (its chunk's), as :meth:`index_rows_of` gives them (``leave_out`` as there)."""
        statements, links, labels, anchors, values = article_index(graph, nquads)
        dated, mentions = index_rows(graph, nquads, statements)
        out = {"dated": dated, "mention": mentions, "link": links, "label": labels, "anchor": anchors,
               "value": values}
        leave_out = _unreadable(leave_out)
        return {t: sorted(rows, key=repr) for t, rows in out.items()
                if self.format >= INDEX_SINCE[t] and t not in leave_out}

    def stray_index_graphs(self, leave_out: Collection[str] = ()) -> list[str]:
        """The graphs :data:`INDEX_TABLES` hold rows of that no article of the manifest vouches
        for (in the tables ``leave_out`` does not name)."""
        vouched = {e["graph"] for e in self.manifest.values()}
        tables = [t for t in ("dated", "mention", "graph_id") if self.format >= INDEX_SINCE[t] and t not in leave_out]
        found = {g for t in tables for (g,) in self.chunks.execute(f"SELECT DISTINCT graph FROM {t}")}
        return sorted(found - vouched)

    def facts_differ(self) -> bool:
        """Whether ``fact`` is not ``value``'s rows made distinct, each counted by its articles
        (``False`` on a store older than ``fact``)."""
        if self.format < INDEX_SINCE["fact"]:
            return False
        counted = "SELECT subject, property, value, kind, COUNT(*) AS n FROM value GROUP BY subject, property, value, kind"
        return self.chunks.execute(f"SELECT EXISTS (SELECT * FROM fact EXCEPT {counted}) "
                                   f"OR EXISTS ({counted} EXCEPT SELECT * FROM fact)").fetchone()[0] == 1

    def refacts(self) -> None:
        """Make ``fact`` anew from ``value`` (inside the caller's transaction)."""
        self.remake("fact")

    def within_differs(self) -> bool:
        """Whether ``within`` is not ``link``'s ``schema:containedInPlace`` rows made distinct, each
        counted by its articles (``False`` on a store older than ``within``)."""
        if self.format < INDEX_SINCE["within"]:
            return False
        return self.chunks.execute(f"SELECT EXISTS (SELECT * FROM within EXCEPT {_WITHIN_OF_LINKS}) "
                                   f"OR EXISTS ({_WITHIN_OF_LINKS} EXCEPT SELECT * FROM within)").fetchone()[0] == 1

    def unusual_index_differs(self) -> bool:
        """Whether the partial index ``anchor_unusual`` is missing or lists other rows than a scan
        of ``anchor`` finds (``False`` on a store older than it)."""
        if self.format < _UNUSUAL_SINCE:
            return False
        if self.chunks.execute("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'anchor_unusual'"
                               ).fetchone() is None:
            return True
        indexed = f"SELECT entity, article, gid, n FROM anchor INDEXED BY anchor_unusual WHERE {UNUSUAL_ANCHOR}"
        scanned = f"SELECT entity, article, gid, n FROM anchor NOT INDEXED WHERE {UNUSUAL_ANCHOR}"
        return self.chunks.execute(f"SELECT EXISTS ({indexed} EXCEPT {scanned}) "
                                   f"OR EXISTS ({scanned} EXCEPT {indexed})").fetchone()[0] == 1

    def derived_differ(self, leave_out: Collection[str] = ()) -> list[str]:
        """The derived indexes (:data:`_DERIVED`, and the partial index ``anchor_unusual``) that are
        not what the rows they are made of give (those ``leave_out`` names, or whose rows come
        from a table it names, left out: lost tables)."""
        checks = (("fact", "value", self.facts_differ), ("within", "link", self.within_differs),
                  ("anchor_unusual", "anchor", self.unusual_index_differs))
        return [t for t, source, differs in checks if t not in leave_out and source not in leave_out and differs()]

    def remake(self, table: str) -> None:
        """Make the derived index ``table`` anew from the rows it is made of (inside the caller's transaction)."""
        if table == "anchor_unusual":
            self.chunks.execute(_UNUSUAL_INDEX)
            self.chunks.execute("REINDEX anchor_unusual")
            return
        self.chunks.execute(f"DELETE FROM {table}")
        self.chunks.execute(_DERIVED_FROM[table])

    def reindex(self, since: int = SHAPE) -> int:
        """Write :data:`INDEX_TABLES` anew from the export chunks (a store of format ``since``, 3
        to 7, whose chunks have today's shape but which lacks some indexes). Returns the articles
        indexed. The indexes a store of that format lacks that are made of the others' rows
        (:data:`_DERIVED`) are made of them, in one statement: nothing is read from the chunks."""
        graphs = {e["graph"] for e in self.manifest.values()}
        new = [table for table, first in INDEX_SINCE.items() if first > since]
        if all(table in _DERIVED for table in new):
            with self.chunks:
                for table in new:
                    self.remake(table)
            return self.chunks.execute("SELECT COUNT(*) FROM graph_id").fetchone()[0]
        with self.chunks:
            for table in INDEX_TABLES:
                self.chunks.execute(f"DELETE FROM {table}")
            names = [g for (g,) in self.chunks.execute("SELECT graph FROM chunk")]
            for graph in names:  # one chunk in memory at a time (all of them at 100,000 articles: GBs)
                (packed,) = self.chunks.execute("SELECT nquads FROM chunk WHERE graph = ?", (graph,)).fetchone()
                if graph in graphs and packed:
                    self._index(graph, _unpacked(graph, packed, self.path))
        return len(names)

    def missing_indexes(self) -> list[str]:
        """The tables of :data:`INDEX_TABLES` that a store of this format keeps and its
        ``chunks.sqlite`` lacks (a store opened for writing creates them empty at once: its
        :attr:`lost_indexes` says which were missing)."""
        found = {name for (name,) in self.chunks.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return [t for t, first in INDEX_SINCE.items() if self.format >= first and t not in found]

    def remake_lost(self) -> int:
        """Give the index tables this store lost (:attr:`lost_indexes`, created empty when it was
        opened for writing) their rows again, as the upgrade from an older format does: a
        derived one (:data:`_DERIVED`) from the rows it is made of, in one statement; any other
        from the export chunks (every index written anew, as their rows name each other's
        article numbers). Returns the articles indexed (0 when nothing was lost)."""
        lost, self.lost_indexes = self.lost_indexes, []
        if not lost:
            return 0
        if all(table in _DERIVED for table in lost):
            with self.chunks:
                for table in lost:
                    self.remake(table)
            return self.chunks.execute("SELECT COUNT(*) FROM graph_id").fetchone()[0]
        return self.reindex(SHAPE)

    def index(self, table: str = "dated") -> "sqlite3.Connection | None":
        """The scale questions' indexes (:data:`INDEX_TABLES`) for reading, ``None`` when the
        store lacks ``table`` (built by a kg older than :data:`INDEX_SINCE` says: the questions
        that need it run as written until the next build writes it)."""
        if self.format < INDEX_SINCE[table]:
            return None
        if self.chunks is None:
            try:
                self.chunks = sqlite3.connect(f"file:{self.path / 'chunks.sqlite'}?mode=ro", uri=True)
                # read through a memory map: a plan's rows lie on pages all over the file, and
                # each read of a page from the file is a system call
                self.chunks.execute(f"PRAGMA mmap_size = {_INDEX_MMAP}")
            except sqlite3.Error:
                return None
        return self.chunks

    def optimize(self) -> None:
        """Compact the database after a big load (queries read fewer files after it)."""
        self.db.optimize()

    def remove_article(self, article_id: str) -> None:
        entry = self.manifest.pop(article_id, None)
        if entry:
            self.drop_graph(entry["graph"])

    def check(self) -> tuple[list[str], list[str]]:
        """Compare the manifest with the database and the export chunks.

        Returns ``(missing, orphans)``: article ids the manifest vouches for whose graph
        or export chunk is gone (a lost or damaged file; they must be built again), and
        graphs in the database no manifest entry vouches for (left by a build killed
        while it removed articles; they must go). Reads graph names only: cheap.
        """
        graphs = {g.value for g in self._reader.named_graphs()}
        chunks = self.chunks if self.chunks is not None else sqlite3.connect(self.path / "chunks.sqlite")
        try:
            in_chunks = {row[0] for row in chunks.execute("SELECT graph FROM chunk")}
        except sqlite3.Error:
            in_chunks = set()
        vouched = {e["graph"]: aid for aid, e in self.manifest.items()}
        missing = sorted(aid for g, aid in vouched.items() if g not in graphs or g not in in_chunks)
        orphans = sorted(g for g in graphs if g not in vouched)
        return missing, orphans

    def repair(self) -> tuple[list[str], list[str]]:
        """Make the manifest, the database and the chunks agree (see :meth:`check`): articles
        whose graph or chunk is lost leave the manifest (the build extracts them again from
        their input), orphan graphs are removed. Returns what :meth:`check` found."""
        missing, orphans = self.check()
        for aid in missing:
            entry = self.manifest.pop(aid)
            self.drop_graph(entry["graph"])
        for graph in orphans:
            self.drop_graph(graph)
        if missing or orphans:
            self.save_manifest()
        return missing, orphans

    def unchanged(self, article_id: str, sha256: str) -> bool:
        return bool(sha256) and self.manifest.get(article_id, {}).get("sha256") == sha256

    # ---- reading ----------------------------------------------------------------------------
    def query(self, sparql: str):
        """SPARQL over the union of the article graphs (kept as the default graph).

        The profile's prefixes are declared; a query that would fetch from the network
        (``SERVICE``) or is too large or deep is refused (:mod:`graph.guard`).
        """
        from .guard import check_sparql
        from .vocab import prefix_iris
        check_sparql(sparql)
        return self._reader.query(sparql, prefixes=prefix_iris())

    def named_quads(self):
        """The quads of the article graphs, graph by graph in a stable order (the default
        graph, their union, left out)."""
        for g in sorted(self._reader.named_graphs(), key=lambda n: n.value):
            yield from self._reader.quads_for_pattern(None, None, None, g)

    def __len__(self) -> int:
        """Quads in the article graphs."""
        if all("triples" in e for e in self.manifest.values()):
            return sum(e["triples"] for e in self.manifest.values())
        result = self._reader.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(next(iter(result))[0].value)

    def export(self, fmt: str) -> Iterator[bytes]:
        """A whole export (trig, turtle, jsonld, nquads or nt) as pieces, streamed from the
        articles' N-Quads chunks one article at a time, each serialized in native code as it
        comes: memory holds one article's part, whatever the size of the store. (Oxigraph
        keeps xsd:nonNegativeInteger and other derived datatypes as their base type, so the
        chunks, not the database, are what the exports are made of.)"""
        return self.export_pieces(fmt, self.chunk_rows())

    def export_pieces(self, fmt: str, rows: Iterable[tuple[str, bytes]]) -> Iterator[bytes]:
        """One export document in ``fmt`` (one of :data:`STREAMED`) from ``rows`` of
        :meth:`chunk_rows` (all of them, or a batch: each batch is a whole document)."""
        if fmt not in STREAMED:
            raise ValueError(f"the store streams {', '.join(STREAMED)}, not {fmt!r}")
        pieces = ((graph, article_chunk(text, fmt)) for graph, text in rows)
        if fmt in ("nquads", "nt"):  # a line per statement: the pieces join into the whole file
            return (text for _, text in pieces)
        return _concatenated(fmt, pieces)

    def chunk_rows(self) -> Iterator[tuple[str, bytes]]:
        """``(graph IRI, N-Quads)`` of every article the manifest vouches for, in graph order,
        read one row at a time from ``chunks.sqlite``."""
        if self.format < SHAPE:
            raise StoreError(f"{self.path}: built by an older kg (format {self.format}); run the same "
                             "`kg build --store` again to bring it up to date, then export")
        if self.chunks is None:
            try:
                self.chunks = sqlite3.connect(f"file:{self.path / 'chunks.sqlite'}?mode=ro", uri=True)
            except sqlite3.Error as exc:
                raise StoreError(f"{self.path}: no export chunks ({exc}); build the store again") from None
        graphs = {e["graph"] for e in self.manifest.values()}
        try:
            rows = self.chunks.execute("SELECT graph, nquads FROM chunk ORDER BY graph")
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: the export chunks cannot be read ({exc}); "
                             "remove the store folder and build again") from None
        for graph, packed in rows:
            if graph in graphs and packed:
                yield graph, _unpacked(graph, packed, self.path)

    def dump(self, fmt: str) -> bytes:
        """The whole dataset (trig, nquads, jsonld) or the default graph (turtle, nt: the
        union of the articles' facts, without their text layer) as bytes."""
        import io

        import pyoxigraph as ox
        formats = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD,
                   "turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}
        if fmt not in formats:
            raise ValueError(f"unknown store dump format {fmt!r}; known: {', '.join(formats)}")
        buf = io.BytesIO()
        kwargs = {"prefixes": _prefixes()} if fmt in ("trig", "turtle") else {}
        if fmt in ("turtle", "nt"):  # the union of the facts, which the default graph holds
            self._reader.dump(buf, formats[fmt], from_graph=ox.DefaultGraph(), **kwargs)
        else:
            ox.serialize(self.named_quads(), buf, formats[fmt], **kwargs)
        return buf.getvalue()

    def to_dataset(self):
        """The store as an rdflib ``Dataset`` (for rendering and the rdflib-based exports)."""
        from rdflib import Dataset
        ds = Dataset(default_union=True)
        ds.parse(data=self.dump("nquads"), format="nquads")
        from .vocab import bind_prefixes
        bind_prefixes(ds)
        return ds


def _concatenated(fmt: str, rows: Iterable[tuple[str, bytes]]) -> Iterator[bytes]:
    """The chunks of ``rows`` as one document: the prefixes once at the top (TriG, Turtle),
    or one JSON-LD object whose ``@graph`` array holds every article's nodes."""
    if fmt == "jsonld":
        yield json.dumps({"@context": _prefixes()}, separators=(",", ":")).encode()[:-1] + b',"@graph":['
    else:
        yield _prefix_lines()
    first = True
    for _, text in rows:
        if fmt == "jsonld" and not first:
            yield b",\n"
        first = False
        yield text
    if fmt == "jsonld":
        yield b"]}\n"


def _packed(nquads: bytes) -> bytes:
    """An article's N-Quads as its chunk holds them: zlib's fastest level, about 18 times
    smaller (the text layer repeats its IRIs), for a quarter of a millisecond."""
    return zlib.compress(nquads, 1)


def _unpacked(graph: str, packed: bytes, store: Path | None = None) -> bytes:
    """The N-Quads of a chunk; a damaged one is a :class:`StoreError` naming the article's graph."""
    try:
        return zlib.decompress(packed)
    except (zlib.error, TypeError):
        where = f"{store}: " if store else ""
        raise StoreError(f"{where}the export chunk of {graph} is damaged; `kg check --store {store or 'DIR'} "
                         "--repair` and the same build again extract it anew") from None


def _prefix_lines() -> bytes:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in _prefixes().items()).encode()


def _compact_jsonld(text: bytes) -> bytes:
    """Oxigraph's expanded JSON-LD with our prefixes' IRIs written as compact IRIs
    (``schema:name``) where JSON-LD reads them as IRIs: property keys and the values of
    ``@id`` and ``@type``, never a literal's value. About a third smaller; the export's
    ``@context`` declares the prefixes."""
    keys, ids, types, in_types, prefix_of = _compaction()
    text = keys.sub(lambda m: b'"' + prefix_of[m.group(1)] + b":" + m.group(2) + b'":', text)
    text = ids.sub(lambda m: b'"' + m.group(1) + b'":"' + prefix_of[m.group(2)] + b":", text)
    return types.sub(lambda m: in_types.sub(lambda n: b'"' + prefix_of[n.group(1)] + b":", m.group(0)), text)


@functools.lru_cache(maxsize=1)
def _compaction():
    """The patterns of :func:`_compact_jsonld`, compiled once: each namespace an alternative,
    the longest first, so that a namespace inside another gives way to it."""
    by_ns = {ns.encode(): prefix.encode() for prefix, ns in _prefixes().items()}
    names = b"|".join(re.escape(ns) for ns in sorted(by_ns, key=len, reverse=True))
    return (re.compile(rb'"(' + names + rb')([^"\\]*)":'),
            re.compile(rb'"(@id|@type)":"(' + names + rb")"),
            re.compile(rb'"@type":\[[^\]]*\]'),
            re.compile(rb'"(' + names + rb")"),
            by_ns)


def _prefixes() -> dict[str, str]:
    from .vocab import PREFIXES
    return {p: str(ns) for p, ns in PREFIXES.items()}
