"""``kg check``: verify everything a store holds, say what is wrong and what to do.

A build already compares the manifest with the database's graph names and the export
chunks' names, cheaply, and mends what it finds. This goes further, reading every byte
that matters once:

- the folder is a store, not locked by a running build, its manifest well formed;
- every article of the manifest has its named graph and its export chunks, and the
  chunks state exactly the quads the graph holds (a Graph Store ``PUT`` through
  ``kg serve --allow-update`` changes one and not the other);
- no graph and no chunk that no article vouches for;
- the default graph is the union of the article graphs' facts, nothing more, nothing less;
- the indexes of the scale questions (``chunks.sqlite``) hold each article's rows as its
  export chunk gives them, and none of graphs no article vouches for; the indexes made of
  others' rows (distinct values, places inside places) are what those rows give;
- the resolver's clusters name only articles the store holds;
- the stamp of what the builds wrote beside the store (``exports.json``: the picture; the
  store is the dataset, which ``kg export --store`` streams) records the manifest as it is,
  and the files it lists are there with their sizes;
- the search index (``search.sqlite``), when there is one, was built from this manifest.

Each problem is one line: what is wrong, then what to do. :func:`repair_store` mends what
can be mended without the inputs (it reuses :meth:`graph.store.KGStore.repair`); lost or
changed articles leave the manifest so that the next ``kg build`` extracts them again.
"""
from __future__ import annotations

import contextlib
import errno
import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Problem", "CheckReport", "check_store", "repair_store"]

#: The one thing that brings back what only the inputs hold.
BUILD = "`kg build INPUT… --store {store}` (the inputs it was built from)"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a store: ``what``, and ``fix``, what to do about it.
    ``repairable``: ``kg check --repair`` mends it (else only a build, or starting over, does)."""

    what: str
    fix: str
    repairable: bool = False

    def line(self) -> str:
        return f"{self.what}; {self.fix}"


@dataclass
class CheckReport:
    store: Path
    problems: list[Problem] = field(default_factory=list)
    articles: int = 0
    quads: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        if self.ok:
            return [f"{self.store}: ok ({self.articles} articles, {self.quads} quads in their graphs; "
                    "manifest, graphs, chunks, indexes, default graph, exports and search index agree)"]
        return [f"{self.store}: {p.line()}" for p in self.problems]


def _ids(ids: list[str], n: int = 3) -> str:
    return ", ".join(ids[:n]) + (f" and {len(ids) - n} more" if len(ids) > n else "")


@contextlib.contextmanager
def _shared_lock(store: Path, write: bool):
    """Hold the store's lock, shared to read (a read-only ``kg serve`` may run) or exclusive
    to repair; a running build is named, never waited for."""
    import fcntl

    from .store import StoreError
    try:  # never through a symbolic link (see KGStore._take_lock)
        fd = os.open(store / "lock", os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_NOFOLLOW, 0o644)
    except OSError as exc:
        if not write and exc.errno in (errno.EACCES, errno.EROFS):  # a store we may only read
            yield
            return
        raise StoreError(f"its lock file cannot be opened ({exc.strerror}; a symbolic link is refused); "
                         "remove it and run again") from None
    with os.fdopen(fd, "a+") as fh:
        try:
            fcntl.flock(fh, (fcntl.LOCK_EX if write else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            raise StoreError(f"in use by a build or `kg serve` ({holder}); wait for it to finish "
                             "(or stop the server) and check again") from None
        yield


def _read_manifest(store: Path) -> tuple[dict | None, str]:
    """The manifest's data (with the batches its journal records), or ``None`` and why it
    cannot be used."""
    from .store import read_manifest
    try:
        data = read_manifest(store)
    except OSError as exc:
        return None, f"manifest.json cannot be read ({exc.strerror})"
    except ValueError as exc:
        return None, f"manifest.json is damaged ({str(exc).splitlines()[0]})"
    articles = data.get("articles") if isinstance(data, dict) else None
    if not isinstance(articles, dict):
        return None, "manifest.json is damaged (no \"articles\" table)"
    for aid, entry in articles.items():
        if not (isinstance(entry, dict) and isinstance(entry.get("graph"), str) and entry["graph"]):
            return None, f"manifest.json is damaged (article {aid!r} has no graph)"
    return data, ""


def check_store(store: str | Path) -> CheckReport:
    """Verify ``store`` (see the module's docstring); never raises for a damaged store.

    Returns
    -------
    CheckReport
        Its ``problems`` are empty when all is well.
    """
    from .store import StoreError
    store = Path(store)
    report = CheckReport(store)
    if not store.exists():
        report.problems.append(Problem("no such store", f"build one with `kg build INPUT… --store {store}`"))
        return report
    if not store.is_dir():
        report.problems.append(Problem("not a folder, so not a store", "point --store at a store folder"))
        return report
    if not (store / "manifest.json").is_file() or not (store / "oxigraph").is_dir():
        report.problems.append(Problem("not a kg store (no manifest.json and oxigraph/)",
                                       f"build one with `kg build INPUT… --store {store}`"))
        return report
    try:
        with _shared_lock(store, write=False):
            _check(store, report)
    except StoreError as exc:
        report.problems.append(Problem(str(exc).split("; ", 1)[0], str(exc).split("; ", 1)[-1]))
    return report


def _check(store: Path, report: CheckReport) -> None:
    import pyoxigraph as ox

    from .store import SHAPE
    problems = report.problems
    data, why = _read_manifest(store)
    if data is None:
        problems.append(Problem(why, "`kg check --repair` sets it aside and empties the store, then "
                                     f"{BUILD.format(store=store)} extracts every article again", True))
        return
    manifest: dict[str, dict] = data["articles"]
    report.articles = len(manifest)
    try:
        db = ox.Store.read_only(str(store / "oxigraph"))
    except OSError as exc:
        problems.append(Problem(f"the database cannot be opened ({str(exc).splitlines()[0]})",
                                f"remove the folder, then {BUILD.format(store=store)} builds it again"))
        return
    try:
        if int(data.get("format", 1)) < SHAPE:  # its chunks and union have another shape: not compared
            problems.append(Problem(f"built by an older kg (format {data.get('format', 1)})",
                                    f"{BUILD.format(store=store)} rebuilds every article in the new shape"))
        else:
            _check_articles(store, db, manifest, problems, report)
            _check_union(db, problems)
            _check_indexes(store, problems)
    finally:
        del db
    _check_resolver(store, manifest, problems)
    _check_exports(store, problems)
    _check_search(store, problems)


def _chunk_rows(store: Path, problems: list[Problem]):
    """graph → N-Quads of the export chunks; ``None`` when unreadable."""
    path = store / "chunks.sqlite"
    if not path.is_file():
        problems.append(Problem("chunks.sqlite (the export chunks) is missing",
                                f"{BUILD.format(store=store)} extracts the articles again", True))
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        rows = dict(con.execute("SELECT graph, nquads FROM chunk"))
        con.close()
        return rows
    except sqlite3.Error as exc:
        problems.append(Problem(f"chunks.sqlite (the export chunks) cannot be read ({exc})",
                                "`kg check --repair` sets it aside, then "
                                f"{BUILD.format(store=store)} extracts the articles again", True))
        return None


@dataclass
class _Articles:
    """What the manifest, the database and the export chunks say about the articles."""

    quads: int = 0
    chunks_unreadable: Problem | None = None
    lost_graph: list[str] = field(default_factory=list)
    lost_chunk: list[str] = field(default_factory=list)
    differ: list[str] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)
    stray_chunks: list[str] = field(default_factory=list)


def _compare_articles(store: Path, db, manifest: dict[str, dict]) -> _Articles:
    import pyoxigraph as ox

    from .store import _unpacked
    found = _Articles()
    graphs = {g.value for g in db.named_graphs()}
    chunk_problems: list[Problem] = []
    rows = _chunk_rows(store, chunk_problems)
    found.chunks_unreadable = chunk_problems[0] if chunk_problems else None
    vouched = {e["graph"]: aid for aid, e in manifest.items()}
    for g, aid in sorted(vouched.items(), key=lambda kv: kv[1]):
        if g not in graphs:
            found.lost_graph.append(aid)
            continue
        stored = set(db.quads_for_pattern(None, None, None, ox.NamedNode(g)))
        found.quads += len(stored)
        if rows is None:
            continue
        if not rows.get(g):
            found.lost_chunk.append(aid)
            continue
        try:
            quads = set(ox.parse(_unpacked(g, rows[g]), format=ox.RdfFormat.N_QUADS))
        except (SyntaxError, ValueError, OSError):  # StoreError too: a damaged chunk
            found.differ.append(aid)
            continue
        mem = ox.Store()  # the store's own encoding of literals (xsd:nonNegativeInteger → integer)
        mem.extend(quads)
        if set(mem) != stored:
            found.differ.append(aid)
    found.orphans = sorted(g for g in graphs if g not in vouched)
    found.stray_chunks = sorted(g for g in rows or () if g not in vouched and g not in graphs)
    return found


def _check_articles(store: Path, db, manifest: dict[str, dict], problems: list[Problem],
                    report: CheckReport) -> None:
    found = _compare_articles(store, db, manifest)
    report.quads = found.quads
    if found.chunks_unreadable:
        problems.append(found.chunks_unreadable)
    fix = (f"{BUILD.format(store=store)} extracts them again")
    if found.lost_graph:
        problems.append(Problem(f"{len(found.lost_graph)} articles lost their graph from the database "
                                f"({_ids(found.lost_graph)})", fix, True))
    if found.lost_chunk:
        problems.append(Problem(f"{len(found.lost_chunk)} articles lost their export chunks "
                                f"({_ids(found.lost_chunk)})", fix, True))
    if found.differ:
        problems.append(Problem(f"{len(found.differ)} articles' graphs differ from their export chunks "
                                f"({_ids(found.differ)}; changed through `kg serve --allow-update`?)", "`kg check --repair` "
                                f"takes them out of the manifest, then {fix}", True))
    if found.orphans:
        problems.append(Problem(f"{len(found.orphans)} graphs in the database no article vouches for "
                                f"({_ids(found.orphans)})", "`kg check --repair` removes them (the next build "
                                "does too)", True))
    if found.stray_chunks:
        problems.append(Problem(f"{len(found.stray_chunks)} export chunks no article vouches for "
                                f"({_ids(found.stray_chunks)})", "`kg check --repair` removes them", True))


def _index_problems(st) -> tuple[list[str], list[str], list[str], list[str]]:
    """What is wrong with the scale questions' indexes of the open store ``st`` (format 4 on):
    ``(lost, differ, strays, derived)``, the index tables the store's format keeps that are
    gone, the article ids whose rows are not those their export chunk gives (missing, wrong or
    extra rows), the graphs that have rows but no article, and the derived indexes that are not
    the rows they are made of (``fact``: ``value`` made distinct; ``within``: ``link``'s places
    inside places made distinct; ``anchor_unusual``: the partial index of ``anchor``'s unusual
    rows). A lost table is left out of the other comparisons (what can be read of the others
    is still compared); an article whose chunk is lost or damaged is left to the chunks' own
    check. (Remakes every article's rows from its chunk: a millisecond or two an article.)"""
    from .store import StoreError, _unpacked
    if st.index("dated") is None:
        return [], [], [], []
    lost = st.lost_indexes or st.missing_indexes()  # (opened for writing: already created empty)
    differ = []
    for aid, entry in sorted(st.manifest.items()):
        graph = entry["graph"]
        row = st.chunks.execute("SELECT nquads FROM chunk WHERE graph = ?", (graph,)).fetchone()
        if not row or not row[0]:
            continue
        try:
            nquads = _unpacked(graph, row[0])
        except StoreError:
            continue
        if st.index_rows_of(graph, lost) != st.expected_index_rows(graph, nquads, lost):
            differ.append(aid)
    return lost, differ, st.stray_index_graphs(lost), st.derived_differ(lost)


#: What each index table of the scale questions is for, to name one that is lost.
_INDEX_ROLES = {"dated": "the events' dates", "mention": "the articles' mentions by day",
                "graph_id": "the article graphs' numbers", "link": "the links between entities",
                "label": "the entities' labels", "anchor": "s06's mentions", "value": "the articles' values",
                "fact": "distinct values", "within": "places inside places"}


def _check_indexes(store: Path, problems: list[Problem]) -> None:
    from .store import KGStore, StoreError
    try:
        with KGStore(store) as st:
            lost, differ, strays, derived = _index_problems(st)
    except (StoreError, sqlite3.Error):
        return  # the chunks cannot be read: said by their own check
    fix = "`kg check --repair` writes them again from the export chunks"
    if lost:
        tables = ", ".join(f"{t} ({_INDEX_ROLES[t]})" for t in lost)
        problems.append(Problem(f"chunks.sqlite lost {len(lost)} index tables of the scale questions: {tables}",
                                "`kg check --repair` makes them again with their rows (so does the next build)",
                                True))
    if differ:
        problems.append(Problem(f"{len(differ)} articles' rows in the indexes of the scale questions are not "
                                f"those of their export chunks ({_ids(differ)})", fix, True))
    if strays:
        problems.append(Problem(f"the indexes of the scale questions hold rows of {len(strays)} graphs no "
                                f"article vouches for ({_ids(strays)})", "`kg check --repair` removes them", True))
    if "fact" in derived:
        problems.append(Problem("the index of distinct values (fact) is not the articles' values made distinct",
                                "`kg check --repair` makes it again from them", True))
    if "within" in derived:
        problems.append(Problem("the index of places inside places (within) is not the articles' "
                                "schema:containedInPlace links made distinct",
                                "`kg check --repair` makes it again from them", True))
    if "anchor_unusual" in derived:
        problems.append(Problem("the index of s06's unusual rows (anchor_unusual) is missing or not what the "
                                "anchor rows give", "`kg check --repair` makes it again from them", True))


def _repair_indexes(st, done: list[str]) -> None:
    lost = list(st.lost_indexes)
    if lost:  # created empty when the store was opened: their rows first, the rest compared after
        st.remake_lost()
        done.append(f"made the lost index tables of the scale questions ({', '.join(lost)}) again with their rows")
    _, differ, strays, derived = _index_problems(st)
    if not (differ or strays or derived):
        return
    from .store import _unpacked
    with st.chunks:
        for graph in strays:
            st.unindex(graph)
        for aid in differ:
            graph = st.manifest[aid]["graph"]
            st.unindex(graph)
            (packed,) = st.chunks.execute("SELECT nquads FROM chunk WHERE graph = ?", (graph,)).fetchone()
            st._index(graph, _unpacked(graph, packed))
        for table in st.derived_differ():  # (also after the above: a wrong row of value was counted in fact)
            st.remake(table)
            done.append({"fact": "made the index of distinct values again from the articles' values",
                         "within": "made the index of places inside places again from the articles' links",
                         "anchor_unusual": "made the index of s06's unusual rows again"}[table])
    if differ:
        done.append(f"wrote the index rows of {len(differ)} articles again from their export chunks ({_ids(differ)})")
    if strays:
        done.append(f"removed the index rows of {len(strays)} graphs no article vouched for")


#: Triples of the default graph that no article graph states, and facts of the article
#: graphs (not their text layer: NIF contexts, sentences, mentions) missing from it.
_UNION_EXTRA = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }"
_UNION_MISSING = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                  "FILTER(!isIRI(?s) || !CONTAINS(STR(?s), \"#char=\")) FILTER NOT EXISTS { ?s ?p ?o } }")


def _count(db, query: str) -> int:
    return int(next(iter(db.query(query)))[0].value)


def _check_union(db, problems: list[Problem]) -> None:
    extra, missing = _count(db, _UNION_EXTRA), _count(db, _UNION_MISSING)
    if extra:
        problems.append(Problem(f"the default graph holds {extra} triples no article graph states (written "
                                "through `kg serve --allow-update`, or left by a lost graph)",
                                "`kg check --repair` takes them out", True))
    if missing:
        problems.append(Problem(f"the default graph lacks {missing} triples of the article graphs",
                                "`kg check --repair` puts them back", True))


def _check_resolver(store: Path, manifest: dict[str, dict], problems: list[Problem]) -> None:
    gone = _resolver_strays(store, manifest)
    if gone is None:
        problems.append(Problem("the resolver's clusters (in chunks.sqlite) cannot be read",
                                f"remove the folder, then {BUILD.format(store=store)} builds it again"))
    elif gone:
        problems.append(Problem(f"the resolver's clusters name {len(gone)} articles the store does not hold "
                                f"({_ids(gone)})", "`kg check --repair` forgets them (the next build "
                                "forgets those it builds again)", True))


def _resolver_strays(store: Path, manifest: dict[str, dict]) -> list[str] | None:
    path = store / "chunks.sqlite"
    if not path.is_file():
        return []
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = con.execute("SELECT data FROM cluster").fetchall()
        finally:
            con.close()
        members = {aid for (data,) in rows for aid in json.loads(data)["members"]}
    except sqlite3.OperationalError as exc:
        return [] if "no such table" in str(exc) else None
    except (sqlite3.Error, ValueError, KeyError, TypeError):
        return None
    return sorted(members - set(manifest))


def _exports_stamp(store: Path) -> tuple[dict | None, str]:
    """The stamp of what the builds wrote beside the store (its picture; the store itself is
    the dataset, exported by ``kg export --store``): ``{}`` when they wrote nothing."""
    path = store / "exports.json"
    if not path.is_file():
        return {}, ""
    try:
        stamp = json.loads(path.read_text(encoding="utf-8"))
        if stamp == {}:
            return {}, ""
        if not (isinstance(stamp, dict) and isinstance(stamp.get("files"), dict) and stamp.get("out")):
            raise ValueError("not a stamp")
    except (OSError, ValueError) as exc:
        return None, f"exports.json is damaged ({str(exc).splitlines()[0]})"
    return stamp, ""


def _check_exports(store: Path, problems: list[Problem]) -> None:
    import hashlib
    stamp, why = _exports_stamp(store)
    if stamp is None:
        problems.append(Problem(why, f"{BUILD.format(store=store)} writes it again (give its --out)"))
        return
    if not stamp.get("files"):
        return  # the builds wrote nothing beside the store
    out = Path(stamp["out"])
    manifest = hashlib.sha256((store / "manifest.json").read_bytes()).hexdigest()
    wrong = []
    for name, size in sorted(stamp["files"].items()):
        try:
            got = (out / name).stat().st_size
        except OSError:
            wrong.append(f"{name} missing")
            continue
        if got != size:
            wrong.append(f"{name} is {got} bytes, not {size}")
    fix = (f"{BUILD.format(store=store)} writes them again, or `kg check --repair` from the store as it is "
           "(when no article is lost)")
    if stamp.get("manifest") != manifest:
        problems.append(Problem(f"the exports in {out} were written from another state of the store", fix, True))
    elif wrong:
        problems.append(Problem(f"the exports in {out} are not those the store wrote ({'; '.join(wrong)})", fix, True))


def _check_search(store: Path, problems: list[Problem]) -> None:
    from .search import index_stamp
    path = store / "search.sqlite"
    if not path.exists():
        return  # built by `kg serve` when it starts
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
            con.execute("SELECT count(*) FROM entity").fetchone()
        finally:
            con.close()
    except sqlite3.Error as exc:
        problems.append(Problem(f"search.sqlite (the search index) cannot be read ({exc})",
                                "`kg check --repair` builds it again (as `kg serve` does when it starts)", True))
        return
    if row != (index_stamp(store),):
        problems.append(Problem("search.sqlite (the search index) was built from another state of the store",
                                "`kg check --repair` builds it again (as `kg serve` does when it starts)", True))


# ---- repair ---------------------------------------------------------------------------------

def repair_store(store: str | Path) -> tuple[list[str], CheckReport]:
    """Mend what :func:`check_store` finds and can be mended without the inputs.

    Returns
    -------
    (done, report)
        One line per repair made, and the check of the store after them (what is left:
        lost articles to extract again, a database to rebuild …).

    Raises
    ------
    graph.store.StoreError
        When the store is locked by a build or a server, or is no store at all.
    """
    from .store import StoreError
    store = Path(store)
    before = check_store(store)
    if before.ok or not any(p.repairable for p in before.problems):
        return [], before
    done: list[str] = []
    with _shared_lock(store, write=True):
        data, why = _read_manifest(store)
        reset = data is None
        if reset:
            _reset(store, why, done)
        if (store / "chunks.sqlite").is_file() and _chunk_rows(store, []) is None:
            os.replace(store / "chunks.sqlite", store / "chunks.sqlite.damaged")
            done.append("set the unreadable chunks.sqlite aside as chunks.sqlite.damaged")
    try:
        _repair_open(store, reset, done)
    except StoreError as exc:
        done.append(f"stopped: {exc}")
    return done, check_store(store)


def _reset(store: Path, why: str, done: list[str]) -> None:
    """A manifest that cannot be read: set it aside, start from an empty one (every graph and
    chunk is then an orphan, and goes)."""
    from .store import FORMAT
    from .files import write_atomic
    os.replace(store / "manifest.json", store / "manifest.json.damaged")
    write_atomic(store / "manifest.json", json.dumps({"format": FORMAT, "base": None, "articles": {}}).encode())
    with contextlib.suppress(sqlite3.Error), sqlite3.connect(store / "chunks.sqlite") as con:
        con.execute("DROP TABLE IF EXISTS cluster")
    done.append(f"{why}: set it aside as manifest.json.damaged and started from an empty one")


def _repair_open(store: Path, reset: bool, done: list[str]) -> None:
    import pyoxigraph as ox

    from .resolve import Resolver
    from .store import INDEX_TABLES, KGStore
    differ = _differing(store)
    with KGStore(store, write=True) as st:
        if reset:  # nothing vouches for anything now: empty it at once, not graph by graph
            st.db.clear()
            with st.chunks:
                st.chunks.execute("DELETE FROM chunk")
                for table in INDEX_TABLES:
                    st.chunks.execute(f"DELETE FROM {table}")
            done.append("emptied the database and the export chunks")
        for aid in differ:  # the build's repair sees names only: these it would keep
            entry = st.manifest.pop(aid, None)
            if entry:
                st.drop_graph(entry["graph"])
        if differ:
            st.save_manifest()
        missing, orphans = st.repair()
        missing = sorted(set(missing) | set(differ))
        if missing:
            done.append(f"took {len(missing)} lost or changed articles out of the manifest ({_ids(missing)}); "
                        f"{BUILD.format(store=store)} extracts them again")
        if orphans:
            done.append(f"removed {len(orphans)} graphs no article vouched for")
        vouched = {e["graph"] for e in st.manifest.values()}
        stray = [g for (g,) in st.chunks.execute("SELECT graph FROM chunk") if g not in vouched]
        if stray:
            with st.chunks:
                st.chunks.executemany("DELETE FROM chunk WHERE graph = ?", [(g,) for g in stray])
                for graph in stray:
                    st.unindex(graph)
            done.append(f"removed {len(stray)} export chunks no article vouched for")
        _repair_indexes(st, done)
        if st.format >= 2 and (_count(st.db, _UNION_EXTRA) or _count(st.db, _UNION_MISSING)):
            st.db.update("DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }")
            st.db.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } "
                         "FILTER(!isIRI(?s) || !CONTAINS(STR(?s), \"#char=\")) }")
            done.append("made the default graph the union of the article graphs again")
        strays = _resolver_strays(store, st.manifest) or []
        if strays:
            resolver = Resolver(st.load_resolver())
            for aid in strays:
                resolver.forget(aid)
            st.save_resolver(*resolver.take_changes())
            done.append(f"the resolver forgot {len(strays)} articles the store does not hold")
        st.db.flush()
        _repair_exports(st, missing, done)
        _repair_search(st, ox, done)


def _differing(store: Path) -> list[str]:
    """Articles whose graph and chunks disagree (read before the store is opened to write)."""
    import pyoxigraph as ox
    data, _ = _read_manifest(store)
    if not data:
        return []
    db = ox.Store.read_only(str(store / "oxigraph"))
    try:
        return _compare_articles(store, db, data["articles"]).differ
    finally:
        del db


def _repair_exports(st, missing: list[str], done: list[str]) -> None:
    """Write the exports again from the store when their stamp says they are not its own (and
    no article was just taken out: the build that extracts those writes them)."""
    from .pipeline import PICTURE_FILE, BuildSummary, _export_store
    stamp, _ = _exports_stamp(st.path)
    if not stamp or missing:
        return
    problems: list[Problem] = []
    _check_exports(st.path, problems)
    if problems and st.manifest:
        out = Path(stamp["out"])
        summary = BuildSummary()
        _export_store(st, out, PICTURE_FILE in stamp["files"], summary, changed=True)
        done.append(f"wrote the exports in {out} again from the store")


def _repair_search(st, ox, done: list[str]) -> None:
    problems: list[Problem] = []
    _check_search(st.path, problems)
    if problems:
        from .search import build_index, index_stamp
        (st.path / "search.sqlite").unlink(missing_ok=True)
        build_index(st.db, st.path / "search.sqlite", stamp=index_stamp(st.path))
        done.append("built the search index again")
