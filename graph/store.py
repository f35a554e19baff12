"""The on-disk store for corpora: an Oxigraph database plus a manifest of articles.

A store folder holds ``oxigraph/`` (the RDF dataset, one named graph per article),
``manifest.json`` (article id → content hash and source, written atomically after each
committed batch) and ``lock`` (held by the one build that may write). A build killed
at any point leaves a usable store: graphs are replaced in transactions, and an article
whose graph was written but not yet recorded in the manifest is simply redone.

This is the only module that talks to a database; :mod:`graph.build` stays pure and
yields plain terms, which :func:`to_nquads` turns into N-Quads for Oxigraph to load.
"""
from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable
from pathlib import Path

__all__ = ["StoreError", "KGStore", "to_nquads", "is_store"]


class StoreError(OSError):
    """A store that cannot be used, with a hint for the user."""


def is_store(path: str | Path) -> bool:
    return (Path(path) / "manifest.json").is_file() and (Path(path) / "oxigraph").is_dir()


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
        self.manifest: dict[str, dict] = self._read_manifest()
        import pyoxigraph as ox
        try:
            if write:
                self.db = ox.Store(str(self.path / "oxigraph"))
            else:
                self.db = ox.Store.read_only(str(self.path / "oxigraph"))
        except OSError as exc:
            self.close()
            raise StoreError(f"{self.path}: the database cannot be opened ({str(exc).splitlines()[0]}); "
                             "if it is damaged, remove the folder and build again") from None
        if write and not (self.path / "manifest.json").is_file():
            self.save_manifest()  # from now on the folder is recognisably a store

    # ---- lifecycle -------------------------------------------------------------------------
    def _take_lock(self) -> None:
        import fcntl
        self._lock_fh = open(self.path / "lock", "a+")
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

    def _read_manifest(self) -> dict[str, dict]:
        f = self.path / "manifest.json"
        if not f.is_file():
            return {}
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
            self.base = data.get("base")
            return dict(data["articles"])
        except (ValueError, KeyError, TypeError) as exc:
            raise StoreError(f"{f}: damaged manifest ({exc}); remove the store folder and build again") from None

    def save_manifest(self) -> None:
        from .export import write_atomic
        body = json.dumps({"format": 1, "base": self.base, "articles": dict(sorted(self.manifest.items()))},
                          ensure_ascii=False, indent=1).encode("utf-8")
        write_atomic(self.path / "manifest.json", body)

    def load_resolver(self) -> dict | None:
        """The cross-article resolver's state (see :mod:`graph.resolve`), ``None`` when new."""
        f = self.path / "resolve.json"
        if not f.is_file():
            return None
        try:
            return json.loads(f.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise StoreError(f"{f}: damaged ({exc}); remove the store folder and build again") from None

    def save_resolver(self, state: dict) -> None:
        """Written before the manifest: a build killed between them redoes the batch, and
        the resolver forgets the batch's articles before resolving them again."""
        from .export import write_atomic
        write_atomic(self.path / "resolve.json", json.dumps(state, ensure_ascii=False).encode("utf-8"))

    def rename(self, iris: dict[str, str]) -> None:
        """Replace entity IRIs everywhere (resolution merged them into others)."""
        for old, new in iris.items():
            for where in ("GRAPH ?g {", ""):
                close = "}" if where else ""
                self.db.update(
                    f"DELETE {{ {where} <{old}> ?p ?o {close} }} INSERT {{ {where} <{new}> ?p ?o {close} }} "
                    f"WHERE {{ {where} <{old}> ?p ?o {close} }};"
                    f"DELETE {{ {where} ?s ?p <{old}> {close} }} INSERT {{ {where} ?s ?p <{new}> {close} }} "
                    f"WHERE {{ {where} ?s ?p <{old}> {close} }}")

    def close(self) -> None:
        if getattr(self, "db", None) is not None and self.write:
            with contextlib.suppress(Exception):
                self.db.flush()
        self.db = None
        if self._lock_fh is not None:
            self._lock_fh.close()
            self._lock_fh = None

    def __enter__(self) -> "KGStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- articles ---------------------------------------------------------------------------
    def put_articles(self, batch: list[tuple[str, str, bytes, str, str]]) -> None:
        """Replace the named graphs of a batch of articles and record them.

        ``batch`` holds (article id, graph IRI, N-Quads bytes, sha256, source). The old
        graphs go first, then the batch is loaded in one bulk load; the manifest is saved
        by the caller after it. A crash in between leaves graphs the manifest does not
        vouch for, so the next build removes and loads them again.
        """
        import pyoxigraph as ox
        for article_id, graph_iri, _, _, _ in batch:
            for old in {self.manifest.get(article_id, {}).get("graph"), graph_iri} - {None}:
                self._drop_graph(old)
        self.db.bulk_load(b"".join(nq for _, _, nq, _, _ in batch), format=ox.RdfFormat.N_QUADS)
        graphs = " ".join(f"<{g}>" for _, g, _, _, _ in batch)
        # the default graph holds the union of the article graphs: Oxigraph answers queries
        # on it hundreds of times faster than with its "union default graph" mode
        self.db.update(f"INSERT {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ {graphs} }} GRAPH ?g {{ ?s ?p ?o }} }}")
        for article_id, graph_iri, _, sha256, source in batch:
            self.manifest[article_id] = {"sha256": sha256, "source": source, "graph": graph_iri}

    def _drop_graph(self, graph_iri: str) -> None:
        """Remove an article graph, and from the union the triples no other article states."""
        import pyoxigraph as ox
        g = ox.NamedNode(graph_iri)
        if not self.db.contains_named_graph(g):
            return
        self.db.update(f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} "
                       f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != <{graph_iri}>) }} }}")
        self.db.remove_graph(g)

    def remove_article(self, article_id: str) -> None:
        entry = self.manifest.pop(article_id, None)
        if entry:
            self._drop_graph(entry["graph"])

    def unchanged(self, article_id: str, sha256: str) -> bool:
        return bool(sha256) and self.manifest.get(article_id, {}).get("sha256") == sha256

    # ---- reading ----------------------------------------------------------------------------
    def query(self, sparql: str):
        """SPARQL over the union of the article graphs (kept as the default graph)."""
        return self.db.query(sparql)

    def named_quads(self):
        """The quads of the article graphs, graph by graph in a stable order (the default
        graph, their union, left out)."""
        for g in sorted(self.db.named_graphs(), key=lambda n: n.value):
            yield from self.db.quads_for_pattern(None, None, None, g)

    def __len__(self) -> int:
        """Quads in the article graphs."""
        result = self.db.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(next(iter(result))[0].value)

    def dump(self, fmt: str) -> bytes:
        """The whole dataset (trig, nquads, jsonld) or its union (turtle, nt) as bytes."""
        import io

        import pyoxigraph as ox
        formats = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD,
                   "turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}
        if fmt not in formats:
            raise ValueError(f"unknown store dump format {fmt!r}; known: {', '.join(formats)}")
        buf = io.BytesIO()
        kwargs = {"prefixes": _prefixes()} if fmt in ("trig", "turtle") else {}
        if fmt in ("turtle", "nt"):  # the union, which the default graph holds
            self.db.dump(buf, formats[fmt], from_graph=ox.DefaultGraph(), **kwargs)
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


def _prefixes() -> dict[str, str]:
    from .vocab import PREFIXES
    return {p: str(ns) for p, ns in PREFIXES.items()}
