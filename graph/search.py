"""A name index beside the store: find an entity by any of its names, by prefix, fast.

``kg serve`` builds ``search.sqlite`` next to the store's database when it starts (and
again when the store has changed since: the index records the manifest's hash). It is
an SQLite FTS5 table of every name, alternate name, label and headline of the people,
organizations, places, events, laws and articles in the store's default graph, with
prefix indexes, so that ``sut`` finds "Bambang Sutejo" and "Pak Sutejo" without scanning
labels: a search is one index look-up whatever the size of the store.

Examples
--------
>>> import pyoxigraph as ox, tempfile, pathlib
>>> db = ox.Store()
>>> S = "https://schema.org/"
>>> for s, p, o in [("urn:p1", "name", "Bambang Sutejo"), ("urn:p1", "alternateName", "Pak Sutejo"),
...                 ("urn:o1", "name", "Komisi Pemberantasan Korupsi")]:
...     db.add(ox.Quad(ox.NamedNode(s), ox.NamedNode(S + p), ox.Literal(o)))
>>> db.add(ox.Quad(ox.NamedNode("urn:p1"), ox.NamedNode(RDF_TYPE), ox.NamedNode(S + "Person")))
>>> db.add(ox.Quad(ox.NamedNode("urn:o1"), ox.NamedNode(RDF_TYPE), ox.NamedNode(S + "GovernmentOrganization")))
>>> path = pathlib.Path(tempfile.mkdtemp()) / "search.sqlite"
>>> build_index(db, path, stamp="v1")
2
>>> [(h["name"], h["kind"], h["matched"]) for h in search(path, "sut")]
[('Bambang Sutejo', 'person', 'Bambang Sutejo')]
>>> [h["matched"] for h in search(path, "komisi korup")]
['Komisi Pemberantasan Korupsi']
"""
from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

__all__ = ["build_index", "search", "index_stamp", "KINDS"]

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
S = "https://schema.org/"
KINDS = (  # most specific first: the kind shown for an entity of several types
    (S + "Person", "person"), (S + "LocalBusiness", "business"), (S + "GovernmentOrganization", "government body"),
    (S + "Organization", "organization"), (S + "AdministrativeArea", "region"), (S + "Place", "place"),
    (S + "Event", "event"), (S + "Legislation", "law"), (S + "NewsArticle", "article"),
)
_NAMES = (S + "name", S + "alternateName", S + "headline", "http://www.w3.org/2000/01/rdf-schema#label")
_TOKEN = re.compile(r"\w+", re.UNICODE)


def index_stamp(store: str | Path) -> str:
    """What the index is built from: the manifest's size and modification time."""
    try:
        st = (Path(store) / "manifest.json").stat()
    except OSError:
        return "none"
    return f"{st.st_size}-{st.st_mtime_ns}"


def build_index(db, path: str | Path, *, stamp: str) -> int:
    """Write the index of ``db`` (a pyoxigraph Store) to ``path``; the number of entities.

    Skipped, returning -1, when ``path`` already holds an index of ``stamp``. Written to
    a temporary file and renamed, so a reader never sees half an index.
    """
    path = Path(path)
    if path.is_file():
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
                if con.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone() == (stamp,):
                    return -1
        except sqlite3.Error:
            pass
    kinds = dict(KINDS)
    rank = {iri: i for i, (iri, _) in enumerate(KINDS)}
    values = " ".join(f"<{t}>" for t in kinds)
    best: dict[str, str] = {}
    for row in db.query(f"SELECT ?e ?t WHERE {{ VALUES ?t {{ {values} }} ?e a ?t }}"):
        e, t = row["e"].value, row["t"].value
        if e not in best or rank[t] < rank[best[e]]:
            best[e] = t
    names: list[tuple[str, str, str, int]] = []
    primary: dict[str, str] = {}
    preds = " ".join(f"<{p}>" for p in _NAMES)
    for row in db.query(f"SELECT ?e ?p ?n WHERE {{ VALUES ?p {{ {preds} }} ?e ?p ?n }}"):
        e = row["e"].value
        if e not in best:
            continue
        p, n = row["p"].value, row["n"].value
        is_primary = p in (S + "name", S + "headline")
        if is_primary and (e not in primary or len(n) > len(primary[e])):
            primary[e] = n
        names.append((n, e, kinds[best[e]], 0 if is_primary else 1))
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    with sqlite3.connect(tmp) as con:
        con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        con.execute("INSERT INTO meta VALUES ('stamp', ?)", (stamp,))
        con.execute("CREATE TABLE entity (iri TEXT PRIMARY KEY, name TEXT, kind TEXT)")
        con.executemany("INSERT INTO entity VALUES (?, ?, ?)",
                        ((e, primary.get(e, e), kinds[t]) for e, t in best.items()))
        con.execute("CREATE VIRTUAL TABLE names USING fts5(name, iri UNINDEXED, kind UNINDEXED, alias UNINDEXED, "
                    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4')")
        con.executemany("INSERT INTO names VALUES (?, ?, ?, ?)", names)
    os.replace(tmp, path)
    return len(best)


def search(path: str | Path, text: str, limit: int = 20) -> list[dict[str, str]]:
    """Entities whose names hold every word of ``text`` (the last one as a prefix).

    Each hit: ``iri``, ``name`` (the entity's name), ``kind``, ``matched`` (the name that
    matched). Names that match whole come before names that match by prefix.
    """
    tokens = _TOKEN.findall(text.casefold())[:8]
    if not tokens or not Path(path).is_file():
        return []
    match = " ".join(f'"{t}"' for t in tokens[:-1]) + f' "{tokens[-1]}"*'
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        rows = con.execute(
            "SELECT n.iri, e.name, n.kind, n.name FROM names AS n JOIN entity AS e ON e.iri = n.iri "
            "WHERE names MATCH ? ORDER BY n.alias, rank LIMIT ?", (match.strip(), limit * 4)).fetchall()
    hits: dict[str, dict[str, str]] = {}
    for iri, name, kind, matched in rows:
        if iri not in hits:
            hits[iri] = {"iri": iri, "name": name, "kind": kind, "matched": matched}
    return list(hits.values())[:limit]
