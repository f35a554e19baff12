"""The whole path for the command line and the Python API: inputs → exports.

``build()`` reads articles, extracts, builds the dataset and writes every export.
All exports are serialized in memory first and only then written, each atomically, so
a failed build leaves the previous exports as they were.
"""
from __future__ import annotations

import contextlib
import logging
import os
import signal
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from .types import Article, Extraction, Skipped, Unchanged

__all__ = ["BuildSummary", "build", "build_store", "extract_all", "EXPORT_FILES"]

log = logging.getLogger("graph")

EXPORT_FILES = {"trig": "graph.trig", "turtle": "graph.ttl", "jsonld": "graph.jsonld"}
PICTURE_FILE = "graph.png"


@dataclass
class BuildSummary:
    articles: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    triples: int = 0
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)
    changed: int | None = None  # store builds: articles (re)extracted and removed
    removed: int = 0
    validation: object = None  # graph.validate report when asked for
    untitled: int = 0  # articles read with no headline (a .txt whose line 1 is a paragraph, a JSONL line)
    kept: int = 0  # store builds: articles kept though not read this time (their input could not be read)
    repaired: int = 0  # store builds: lost articles and orphan graphs the build found and mended
    store: Path | None = None  # store builds: the store, from which `kg export --store` writes the exports

    def lines(self) -> list[str]:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(self.entities.items()))
        built = f"{self.articles} in the graph ({self.changed} new or changed, {self.removed} removed)" \
            if self.changed is not None else f"{self.articles} built"
        out = [f"articles: {built}, {len(self.skipped)} skipped"
               + (f", {self.untitled} without a headline (line 1 read as text)" if self.untitled else ""),
               f"entities: {kinds or 'none'}",
               f"triples:  {self.triples}",
               f"seconds:  {self.seconds:.2f}"]
        out += [f"wrote:    {p}" for p in self.outputs]
        if self.kept:
            out.append(f"kept:     {self.kept} articles whose input could not be read this time (not removed)")
        if self.repaired:
            out.append(f"repaired: {self.repaired} articles or graphs the store had lost or left over")
        if self.validation is not None:
            out.append(f"shapes:   {self.validation.summary()}")
        if self.changed == 0 and not self.removed and not self.outputs:
            out.append("store up to date: nothing extracted, nothing rewritten")
        if self.store is not None:
            out.append(f"export:   kg export --store {self.store} --format trig -o FILE "
                       "(or nquads, turtle, jsonld, nt; --split DIR for one file per 1,000 articles)")
        return out


def _fault(phase: str) -> None:
    """Die here as ``kill -9`` would, when ``KG_FAULT_AT`` names this phase (the crash tests)."""
    if os.environ.get("KG_FAULT_AT") == phase:
        os.kill(os.getpid(), signal.SIGKILL)


@contextlib.contextmanager
def _disk(doing: str, kept: str):
    """Turn a full disk (or a quota, or a file-size limit) met while ``doing`` into one line
    that says what is kept and what to do; other errors pass."""
    import sqlite3

    from .files import out_of_space
    from .store import StoreError
    try:
        yield
    except (OSError, sqlite3.Error) as exc:
        why = None if isinstance(exc, StoreError) else out_of_space(exc)
        if why is None:
            raise
        raise StoreError(f"{why} while {doing}; {kept}; free space and run the same build again") from None


def _unique_ids(articles: Iterable[Article | Skipped | Unchanged], summary: BuildSummary
                ) -> Iterator[Article | Unchanged]:
    """Readable articles with ids unique in the run; unreadable inputs go to ``summary.skipped``."""
    seen: dict[str, int] = {}
    for item in articles:
        if isinstance(item, Skipped):
            summary.skipped.append(item)
            continue
        if isinstance(item, Article) and not item.title:
            summary.untitled += 1
        if item.id in seen:  # the same file name in two folders
            seen[item.id] += 1
            item = replace(item, id=f"{item.id}-{item.sha256[:8] or seen[item.id]}")
        seen.setdefault(item.id, 0)
        yield item


ARTICLE_BUDGET = float(os.environ.get("KG_ARTICLE_SECONDS", "60"))  # seconds one article may take


class _OverBudget(Exception):
    pass


def _over_budget(signum, frame):
    raise _OverBudget


class _ThreadBudget:
    """The budget for a thread that is not the main one (a Dask worker runs its tasks in a
    thread pool, where no signal handler can be set): a timer thread raises
    :class:`_OverBudget` in the extracting thread, between two bytecodes, as the signal
    handler would; :meth:`cancel` withdraws it if it was not raised yet."""

    def __init__(self, seconds: float) -> None:
        import threading
        self.target, self.lock, self.fired = threading.get_ident(), threading.Lock(), False
        self.timer = threading.Timer(seconds, self._fire)
        self.timer.daemon = True
        self.timer.start()

    def _fire(self) -> None:
        with self.lock:
            if self.timer is not None:
                _async_raise(self.target, _OverBudget)
                self.fired = True

    def cancel(self) -> None:
        with self.lock:
            self.timer.cancel()
            self.timer = None
            if self.fired:  # raised already (caught by the caller), or still pending: withdraw it
                _async_raise(self.target, None)


def _async_raise(thread_id: int, exc: type[BaseException] | None) -> None:
    import ctypes
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exc) if exc else None)


@contextmanager
def _time_budget(seconds: float):
    """Raise :class:`_OverBudget` in this thread once ``seconds`` have passed (0: no budget):
    a timer signal in the main thread, a timer thread elsewhere."""
    import threading
    if seconds <= 0:
        yield
    elif threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGALRM, _over_budget)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    else:
        budget = _ThreadBudget(seconds)
        try:
            yield
        finally:
            budget.cancel()


def _extract_one(article: Article) -> Extraction | Skipped:
    """Extract one article within :data:`ARTICLE_BUDGET` seconds, else skip it with a message
    (one pathological article must not stall a corpus). The budget holds in any thread: a
    build, a local worker process, a Dask worker's task thread."""
    from .extract import extract
    try:
        with _time_budget(ARTICLE_BUDGET):
            return extract(article)
    except _OverBudget:  # also when it fell due just as extraction ended
        return Skipped(article.source, f"extraction took over {ARTICLE_BUDGET:g} s ({len(article.text):,} "
                                       "characters); skipped (KG_ARTICLE_SECONDS sets the budget)")
    except Exception as exc:  # one bad article must not stop a corpus
        return Skipped(article.source, f"extraction failed: {exc}")


def extract_all(articles: Iterable[Article | Skipped], summary: BuildSummary) -> list[Extraction]:
    """Extract every readable article; unreadable inputs are collected in ``summary.skipped``."""
    out = []
    for item in _unique_ids(articles, summary):
        x = _extract_one(item)
        if isinstance(x, Skipped):
            summary.skipped.append(x)
        else:
            out.append(x)
    return out


_ENTITY_COUNTS = """PREFIX schema: <https://schema.org/> PREFIX org: <http://www.w3.org/ns/org#>
SELECT ?kind (COUNT(DISTINCT ?e) AS ?n) WHERE {
  { ?e a schema:Person BIND("people" AS ?kind) }
  UNION { ?e a schema:LocalBusiness BIND("businesses" AS ?kind) }
  UNION { ?e a schema:Organization FILTER NOT EXISTS { ?e a schema:LocalBusiness } BIND("organizations" AS ?kind) }
  UNION { ?e a schema:GovernmentOrganization FILTER NOT EXISTS { ?e a schema:Organization } BIND("organizations" AS ?kind) }
  UNION { ?e a schema:Place BIND("places" AS ?kind) }
  UNION { ?e a schema:Event BIND("events" AS ?kind) }
  UNION { ?e a schema:Quotation BIND("quotes" AS ?kind) }
  UNION { ?e a org:Post BIND("posts" AS ?kind) }
  UNION { ?e a schema:Legislation BIND("laws" AS ?kind) }
} GROUP BY ?kind"""


def entity_counts(rows) -> Counter:
    """Distinct entities by kind, after resolution, from the rows of :data:`_ENTITY_COUNTS`:
    what the summary reports, the same for a build in memory and one in a store."""
    return Counter({str(kind): int(str(n)) for kind, n in rows})


#: Up to this many articles the build draws the whole graph; beyond, an overview of the
#: top entities (a picture of everything would be a hairball).
PICTURE_ALL = 12

def _picture(ds, articles: int):
    """How the build draws ``ds`` (an rdflib Dataset) into its picture."""
    from .render import render_overview, render_png
    if articles <= PICTURE_ALL:
        return lambda path: render_png(ds, path)
    return lambda path: render_overview(ds, path)


def _store_picture(st):
    """How the build draws a store: the whole graph while small, else an overview of the
    top entities counted in the store (:func:`graph.render.store_overview`), never a full load."""
    if len(st.manifest) <= PICTURE_ALL:
        return _picture(st.to_dataset(), len(st.manifest))

    def draw(path):
        from .render import render_overview, store_overview
        ds, counted = store_overview(st)
        return render_overview(ds, path, **counted)
    return draw


def _write_exports(out: Path, blobs: dict[str, bytes | Iterable[bytes]], picture_of,
                   summary: BuildSummary) -> None:
    """Stage every export, then replace the old ones: a failure leaves them as they were."""
    from .files import write_atomic

    out.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[Path, Path]] = []
    try:
        for name, data in blobs.items():
            staged.append((write_atomic(out / f".{name}.staged", data), out / name))
        if picture_of is not None:
            staged.append((picture_of(out / f".{PICTURE_FILE}.staged.png"), out / PICTURE_FILE))
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, final in staged:
        os.replace(tmp, final)
        summary.outputs.append(final)


def build(inputs: Iterable[str | Path], out_dir: str | Path = "exports", *, base: str | None = None,
          picture: bool = True, validate: bool = False) -> BuildSummary:
    """Build the knowledge graph of ``inputs`` and write the exports into ``out_dir``.

    Raises
    ------
    ValueError
        When no input yields an article (nothing would be written).
    """
    from .build import build_dataset
    from .export import serialize
    from .ingest import iter_articles

    t0 = time.perf_counter()
    summary = BuildSummary()
    extractions = extract_all(iter_articles(list(inputs)), summary)
    summary.articles = len(extractions)
    if not extractions:  # one line naming what was wrong, and nothing written
        what = "; ".join(str(s) for s in summary.skipped[:3]) or "no input files found"
        more = f" (and {len(summary.skipped) - 3} more)" if len(summary.skipped) > 3 else ""
        raise ValueError(f"no article could be read: {what}{more}; nothing written")
    for skipped in summary.skipped:
        log.warning("skipped %s", skipped)
    ds = build_dataset(extractions, base)
    summary.entities = entity_counts(ds.query(_ENTITY_COUNTS))
    summary.triples = sum(len(g) for g in ds.graphs() if g.identifier != DATASET_DEFAULT_GRAPH_ID)
    if validate:
        from .validate import validate_dataset
        summary.validation = validate_dataset(ds)
    _write_exports(Path(out_dir), {name: serialize(ds, fmt) for fmt, name in EXPORT_FILES.items()},
                   _picture(ds, len(extractions)) if picture else None, summary)
    summary.seconds = time.perf_counter() - t0
    return summary


BATCH = 200  # articles extracted and committed to the store together
#: Batches handed to the workers ahead of the one being stored: with one, the workers idled
#: whenever they finished the next batch before the parent had stored the last (the parent
#: stores an article in about half the time a worker extracts one, and shares the cores).
AHEAD = 2


def _build_one(job: tuple[Article, str | None]):
    """Worker: extract one article and prepare its named graph for the store, with the rows of
    the store's indexes (the process that stores the batches has the least time to spare)."""
    from .build import article_triples
    from .iris import Minter
    from .resolve import body_signatures, entity_paths, person_signatures
    from .store import article_graph_of
    article, base = job
    x = _extract_one(article)
    if isinstance(x, Skipped):
        return x
    minter = Minter(base)
    graph = minter.graph(article.id)
    paths = entity_paths(x)  # resolved across articles by the parent, who rewrites the IRIs
    prepared = article_graph_of(article_triples(x, minter, paths), graph, article.id, article.sha256, article.source)
    return prepared, (person_signatures(x), body_signatures(x, paths)), paths


def _progress(total_hint: str):
    """A progress bar (articles/s, count) on a terminal; silent in CI logs and pipes."""
    import sys

    from tqdm import tqdm
    quiet = not sys.stderr.isatty() or bool(os.environ.get("CI"))
    return tqdm(unit=" art", desc=total_hint, disable=quiet, smoothing=0.1, file=sys.stderr)


def build_store(inputs: Iterable[str | Path], store_dir: str | Path, out_dir: str | Path = "exports", *,
                base: str | None = None, picture: bool = True, workers: int | None = None,
                executor: str | None = None) -> BuildSummary:
    """Build (or update) the on-disk store of ``inputs`` and draw its picture into ``out_dir``.

    Only new or changed articles (by content hash) are extracted; their named graphs are
    replaced, and the graphs of articles no longer among the inputs are removed. Input is
    read as a stream and extracted on all cores in batches, so memory stays bounded by
    the batch, not the corpus. The store is the dataset: no whole-corpus export is written
    (``kg export --store`` streams them, :func:`graph.export.export_store`); only the picture
    is, and when nothing changed it is not touched.

    ``executor`` says where extraction runs (see :mod:`graph.executor`): ``"local"`` (the
    default, ``workers`` processes), ``"dask://HOST:PORT"`` (a Dask cluster; the store stays
    here) or ``"dask-local"`` (a Dask cluster of ``workers`` processes on this machine).

    Raises
    ------
    graph.store.StoreError
        When the store is locked by another build, damaged, or built with another base IRI.
    ValueError
        When no input yields an article, or ``executor`` is not one of those.
    OSError
        When the Dask cluster cannot be reached or runs another version of kg (nothing is built).
    """
    from .executor import open_executor, parse_executor
    from .ingest import iter_articles
    from .iris import Minter
    from .resolve import Resolver
    from .store import FORMAT, SHAPE, KGStore, StoreError

    t0 = time.perf_counter()
    summary = BuildSummary(store=Path(store_dir))
    minter = Minter(base)
    workers = workers or os.cpu_count() or 1
    out = Path(out_dir)
    spec = parse_executor(executor)
    with _disk(f"updating the store {store_dir}", "the exports are as they were"), \
            open_executor(spec, workers) as pool, KGStore(store_dir, write=True, create=True) as st, \
            _progress("build") as bar:
        if st.base and st.base != minter.base:
            raise StoreError(f"{store_dir}: built with base IRI {st.base}, not {minter.base}; "
                             "use the same --base or a new store")
        st.base = minter.base
        if st.lost_indexes and st.manifest:  # an index table gone: created empty, its rows from the others' or the chunks
            lost = ", ".join(st.lost_indexes)
            log.warning("%s had lost its index tables of the scale questions (%s): made again from its %d "
                        "articles (nothing is extracted again)", store_dir, lost, st.remake_lost())
        if SHAPE <= st.format < FORMAT and st.manifest:  # the graphs as today, indexes missing: from the chunks
            log.warning("%s was built by an older kg (format %d): indexing its %d articles for the scale "
                        "questions (once; nothing is extracted again)", store_dir, st.format, st.reindex(st.format))
            st.format = FORMAT
            st.save_manifest()
        upgrading = st.format < FORMAT and bool(st.manifest)
        if upgrading:
            log.warning("%s was built by an older kg (format %d): every article is built again", store_dir, st.format)
            for aid, entry in list(st.manifest.items()):  # nothing is unchanged: each graph is
                st.manifest[aid] = {**entry, "sha256": ""}  # replaced in the new shape
        missing, orphans = st.repair()  # an older format's chunks are gone: its articles leave here
        if (missing or orphans) and not upgrading:
            log.warning("%s did not match its manifest (%d articles lost from the database or the export "
                        "chunks, %d graphs no article vouched for): repaired; the lost articles are built "
                        "again", store_dir, len(missing), len(orphans))
            summary.repaired = len(missing) + len(orphans)
        _fault("start")
        resolver = Resolver(st.load_resolver())
        batches = _Batches(st, resolver, minter, base, pool, summary, bar)
        seen: set[str] = set()

        def known(article_id: str, sha256: str) -> bool:  # a repeated id is read in full
            return article_id not in seen and st.unchanged(article_id, sha256)

        for item in _unique_ids(iter_articles(list(inputs), known=known), summary):
            seen.add(item.id)
            if isinstance(item, Unchanged) or st.unchanged(item.id, item.sha256):
                bar.update()
                continue
            batches.add(item)
        batches.flush()
        pool.close()  # extraction is over: the workers' memory is the exports' now
        if not seen:
            what = "; ".join(str(s) for s in summary.skipped[:3]) or "no input files found"
            raise ValueError(f"no article could be read: {what}; the store is unchanged")
        for skipped in summary.skipped:
            log.warning("skipped %s", skipped)
        kept = _unreadable_sources(summary.skipped)
        removed = _remove_unseen(st, resolver, seen, kept)
        summary.kept = sum(1 for aid in st.manifest if aid not in seen)
        st.settle_manifest()
        changed = batches.changed
        if changed * 10 >= len(st.manifest) > 0:  # a big load: compact it (1 s per 1,000 articles)
            st.optimize()
        summary.articles = len(seen)
        summary.changed, summary.removed = changed, len(removed)
        summary.triples = len(st)
        summary.entities = entity_counts((row["kind"].value, row["n"].value) for row in st.query(_ENTITY_COUNTS))
        _export_store(st, out, picture, summary, changed=bool(changed or removed))
    summary.seconds = time.perf_counter() - t0
    return summary


class _Batches:
    """The changed articles, extracted in batches by the executor (processes here, or a Dask
    cluster), each batch stored while the workers extract the next :data:`AHEAD`; people are
    resolved across articles here, in the parent, as each batch comes back, in input order."""

    def __init__(self, st, resolver, minter, base: str | None, pool, summary: BuildSummary, bar) -> None:
        self.st, self.resolver, self.minter, self.base = st, resolver, minter, base
        self.pool, self.summary, self.bar = pool, summary, bar
        self.pending: list[Article] = []
        self.inflight: deque = deque()  # batches handed to the executor, oldest first
        self.changed = 0

    def add(self, article: Article) -> None:
        self.pending.append(article)
        if len(self.pending) >= BATCH:
            self.inflight.append(self._start())  # the workers extract it while older ones are stored
            while len(self.inflight) > AHEAD:
                self._finish(self.inflight.popleft())

    def flush(self) -> None:
        """Extract and store what is left."""
        if self.pending:
            self.inflight.append(self._start())
        while self.inflight:
            self._finish(self.inflight.popleft())

    def _start(self):
        jobs = [(a, self.base) for a in self.pending]
        self.pending.clear()
        return self.pool.map(_build_one, jobs)  # results come back in the order of the jobs

    def _finish(self, results) -> None:
        from .resolve import body_swaps
        st, resolver, minter, summary = self.st, self.resolver, self.minter, self.summary
        batch = []
        for r in results:
            if isinstance(r, Skipped):
                summary.skipped.append(r)
                continue
            prepared, (people, bodies), paths = r
            resolver.forget(prepared.article_id)  # changed, or redone after a killed build
            swaps = body_swaps(bodies, resolver.resolve_bodies(prepared.article_id, bodies))
            swaps.update((paths[k], v) for k, v in resolver.resolve(prepared.article_id, people).items()
                         if paths[k] != v)
            prepared.replace_iris({minter.base + old: minter.base + new for old, new in swaps.items()})
            batch.append(prepared)
            self.changed += 1
            self.bar.update()
        if batch:
            renames = {minter.base + old: minter.base + new for old, new in resolver.take_renames().items()}
            for prepared in batch:  # merges found in this batch, for the graphs not yet stored
                prepared.replace_iris(renames)
            with _disk(f"storing a batch of {len(batch)} articles in {st.path}",
                       "the batch was not recorded, the articles recorded before it and the exports are "
                       "as they were"):
                st.put_articles(batch)
                _fault("batch-stored")
                st.rename(renames)
                st.save_resolver(*resolver.take_changes())
                st.save_manifest()  # the batch is committed: a killed build resumes after it
            _fault("batch-committed")


def _unreadable_sources(skipped: list[Skipped]) -> set[str]:
    """The inputs (files, and JSONL lines as ``file:LINE``) that could not be read this time."""
    return {s.source for s in skipped} | {s.source.rsplit(":", 1)[0] for s in skipped if ":" in s.source}


def _remove_unseen(st, resolver, seen: set[str], unreadable: set[str] = frozenset()) -> list[str]:
    """Remove the articles the inputs no longer hold; returns their ids.

    An article whose input could not be read this time (a damaged line, a file that
    failed) is kept: only an input that was read and no longer lists an article removes
    it. The manifest is saved without the removed articles *before* their graphs go, so
    that a build killed in between leaves graphs no entry vouches for, which the next
    build's :meth:`~graph.store.KGStore.repair` removes, and never an entry without its graph.
    """
    def protected(entry: dict) -> bool:
        source = entry.get("source") or ""
        return source in unreadable or source.rsplit(":", 1)[0] in unreadable

    removed = sorted(a for a, e in st.manifest.items() if a not in seen and not protected(e))
    if not removed:
        return removed
    graphs = [st.manifest.pop(aid)["graph"] for aid in removed]
    for aid in removed:
        resolver.forget(aid)
    with _disk(f"removing {len(removed)} articles from {st.path}",
               "the next build finishes removing them; the exports are as they were"):
        st.save_resolver(*resolver.take_changes())
        st.save_manifest()
        _fault("removing")
        for graph in graphs:
            st.drop_graph(graph)
    return removed


#: The whole-corpus exports store builds wrote before the store became the dataset.
_FORMER_EXPORTS = {"graph.trig": "trig", "graph.ttl": "turtle", "graph.jsonld": "jsonld"}


def _export_store(st, out: Path, picture: bool, summary: BuildSummary, *, changed: bool) -> None:
    """Draw the store's picture, unless nothing changed and it is the one the store drew.

    A store build writes no whole-corpus export: the store is the dataset, and
    ``kg export --store DIR`` streams any of them from it (:func:`graph.export.export_store`).
    The picture stays (small, and what a user looks at first); the store keeps a stamp of it
    (``exports.json``: the manifest's hash, the folder, the file's size), written only once
    it is in place, so a picture that failed, went missing or was cut is drawn again and an
    up-to-date one is never touched.
    """
    import hashlib
    import json

    from .files import write_atomic

    target = out / PICTURE_FILE
    stamp_path = st.path / "exports.json"
    manifest = hashlib.sha256((st.path / "manifest.json").read_bytes()).hexdigest()
    try:
        stamp = json.loads(stamp_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        stamp = {}
    sizes = stamp.get("files") if isinstance(stamp, dict) else None
    stale = sorted(name for name in sizes or {} if name in _FORMER_EXPORTS and (out / name).exists())
    for name in stale:  # once: the stamp is written again below without them
        log.warning("%s was written by an earlier store build; builds no longer update it: `kg export --store "
                    "%s --format %s -o %s` writes it from the store (or remove it)", out / name, st.path,
                    _FORMER_EXPORTS[name], out / name)
    if stale and not picture:
        write_atomic(stamp_path, json.dumps({}, indent=1).encode())
    if not picture:
        return
    current = (isinstance(sizes, dict) and stamp.get("manifest") == manifest
               and stamp.get("out") == str(out.resolve())
               and target.exists() and sizes.get(target.name) == target.stat().st_size)
    if changed or not current or stale:
        _fault("exporting")
        with _disk(f"drawing the picture into {out}", "the store is up to date"):
            _write_exports(out, {}, _store_picture(st), summary)
        body = {"manifest": manifest, "out": str(out.resolve()), "files": {target.name: target.stat().st_size}}
        with _disk(f"recording the picture in {stamp_path}", "the picture is drawn; the next build checks it again"):
            write_atomic(stamp_path, json.dumps(body, indent=1, sort_keys=True).encode())
