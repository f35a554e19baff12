"""Corpus benchmark: end-to-end build speed, memory, incremental cost, and competency-query
latency on the project's store against the same graph in a plain rdflib ``Dataset``.

Run as ``python -m graph.bench corpus [--sizes 1000,10000]``. It prints figures and ratios
measured in one run; it asserts nothing (speed is shown, not tested).
"""
from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

__all__ = ["bench_corpus"]


def _rss_mb() -> float:
    """Peak resident memory of this process and its finished children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def _median_ms(fn, repeat: int) -> float:
    """Median over ``repeat`` runs; a run over 2 s is not repeated (at 10k articles the
    profile's provenance query, which pairs every mention with every article mentioning
    its entity, takes minutes)."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
        if times[-1] > 2000:
            break
    return statistics.median(times)


def _build(jsonl: Path, store: Path, out: Path) -> tuple[float, object]:
    from ..pipeline import build_store
    t = time.perf_counter()
    summary = build_store([jsonl], store, out, picture=False)
    return time.perf_counter() - t, summary


# Questions about one entity, as a reader of the graph asks them: the competency question
# with its subject fixed (the entity most articles mention among its kind).
_PICK = """PREFIX schema: <https://schema.org/> PREFIX org: <http://www.w3.org/ns/org#>
SELECT ?x (COUNT(DISTINCT ?a) AS ?n) WHERE { ?x a %s . ?a schema:mentions ?x %s }
GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1"""
_POINT = {
    "11 one person's events": ("schema:Person", "FILTER EXISTS { ?e schema:attendee|schema:organizer ?x }",
                               "11-person-events", "?person"),
    "03 one body's officials": ("schema:GovernmentOrganization", "FILTER EXISTS { ?p org:postIn ?x }",
                                "03-officials", "?organization_node"),
    "08 one entity's mentions": ("schema:Person", "", "08-provenance", "?entity"),
}


def _point_queries(canned: dict[str, str], st) -> dict[str, str]:
    """The point versions of three competency questions, their subject picked in the store."""
    out = {}
    for label, (cls, extra, cq, var) in _POINT.items():
        rows = list(st.query(_PICK % (cls, extra)))
        if not rows:
            continue
        iri = rows[0][0].value
        text = canned[cq]
        if var == "?organization_node":  # CQ3 names the body only through the post
            text = text.replace("?post a org:Post .", f"?post a org:Post ; org:postIn <{iri}> .")
        else:
            head, _, body = text.partition("WHERE {")
            text = f"{head}WHERE {{ VALUES {var} {{ <{iri}> }}{body}"
        out[label] = text
    return out


def _queries(store: Path, rdflib_too: bool, repeat: int) -> list[tuple[str, float, float | None]]:
    from ..query import canned_queries
    from ..store import KGStore
    rows = []
    with KGStore(store) as st:
        ds = st.to_dataset() if rdflib_too else None
        canned = canned_queries()
        for name, text in [*canned.items(), *_point_queries(canned, st).items()]:
            ox_ms = _median_ms(lambda: list(st.query(text)), repeat)
            rd_ms = _median_ms(lambda: list(ds.query(text)), 1) if ds is not None else None
            rows.append((name, ox_ms, rd_ms))
    return rows


def _help_seconds() -> float:
    exe = Path(sys.executable).with_name("kg")
    cmd = [str(exe), "--help"] if exe.exists() else [sys.executable, "-m", "graph.cli", "--help"]
    t = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - t


def bench_corpus(sizes: tuple[int, ...] = (1000, 10000), *, rdflib_limit: int = 1000, repeat: int = 5,
                 increment: int = 100) -> None:
    """Print the corpus figures for each size (synthetic articles, seeded)."""
    from .synthetic import write_jsonl

    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        print(f"machine: {os.cpu_count()} cores; kg --help {_help_seconds():.2f} s (target <= 0.3 s)")
        for n in sizes:
            jsonl = write_jsonl(work / f"corpus-{n}.jsonl", n, seed=7)
            store, out = work / f"store-{n}", work / f"out-{n}"
            seconds, summary = _build(jsonl, store, out)
            print(f"\n== {n} articles")
            print(f"build (ingest, extract on all cores, store, TriG + Turtle written): {seconds:.1f} s, "
                  f"{n / seconds:.0f} articles/s (target >= 300), {summary.triples / seconds:,.0f} triples/s, "
                  f"{summary.triples:,} triples; peak RSS {_rss_mb():,.0f} MB (target <= 2048)")
            rows = _queries(store, rdflib_too=n <= rdflib_limit, repeat=repeat)
            print(f"{'competency query':22} {'store ms':>9} {'rdflib ms':>10} {'ratio':>7}")
            for name, ox_ms, rd_ms in rows:
                ratio = f"{rd_ms / ox_ms:6.0f}x" if rd_ms else "   n/a"
                rd = f"{rd_ms:10.1f}" if rd_ms else f"{'(skipped)':>10}"
                print(f"{name:22} {ox_ms:9.1f} {rd} {ratio}")
            if n > rdflib_limit:
                print(f"(rdflib's engine is measured only up to {rdflib_limit} articles: loading "
                      f"{summary.triples:,} triples into a Memory store takes minutes)")
            whole = [r for r in rows if r[0][:2].isdigit() and "one " not in r[0]]
            print(f"median over the competency queries: {statistics.median(r[1] for r in whole):.1f} ms "
                  f"(target <= 30 ms); they list the whole corpus, so their answers grow with it")
            if increment:
                more = write_jsonl(work / f"more-{n}.jsonl", n + increment, seed=7)
                t = time.perf_counter()
                from ..pipeline import build_store
                inc = build_store([more], store, out, picture=False)
                inc_s = time.perf_counter() - t
                print(f"incremental +{increment} articles: {inc_s:.1f} s ({inc.changed} extracted), "
                      f"{100 * inc_s / seconds:.1f}% of the full build (target <= 5%)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
