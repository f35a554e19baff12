"""``python -m graph.bench pages``: entity pages and search of ``kg serve`` on real news.

Builds a store from the IndoSum articles beside the checkout (``../shared/corpus/indosum``,
repeated with distinct ids and a varied sentence to reach ``KG_BENCH_PAGES`` articles,
default 3,448, the corpus once), starts the endpoint, and times, one client after the
other, the page of 200 entities (people and bodies, the most mentioned first, then a
sample) and 200 searches (the first three to five letters of their names). Prints p50 and
p95 against the targets (page p95 <= 100 ms, search p95 <= 50 ms).
"""
from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

__all__ = ["bench_pages", "real_corpus"]

INDOSUM = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "indosum" / "articles.jsonl"
VARIATIONS = ("Berita ini diperbarui.", "Laporan tambahan menyusul.", "Simak berita selanjutnya.")


def real_corpus(path: Path, n: int, source: Path = INDOSUM) -> Path:
    """``n`` real articles as JSONL: the corpus, repeated with distinct ids and a varied last
    sentence once it runs out (so that the resolver and the store meet real repetition)."""
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            row = dict(rows[i % len(rows)])
            if i >= len(rows):
                row["id"] = f"{row['id']}-r{i // len(rows)}"
                row["text"] = f"{row['text']}\n\n{VARIATIONS[(i // len(rows)) % len(VARIATIONS)]}"
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def _timed_get(url: str, accept: str) -> float:
    request = urllib.request.Request(url, headers={"Accept": accept})
    t0 = time.perf_counter()
    with urllib.request.urlopen(request, timeout=60) as response:
        response.read()
    return (time.perf_counter() - t0) * 1000


def bench_pages(articles: int | None = None, samples: int = 200) -> dict[str, float]:
    from ..pipeline import build_store
    from ..serve import free_port, start_server
    from ..store import KGStore
    articles = articles or int(os.environ.get("KG_BENCH_PAGES", "3448"))
    if not INDOSUM.is_file():
        print(f"pages: skipped, no corpus at {INDOSUM}")
        return {}
    work = Path(tempfile.mkdtemp(prefix="kg-bench-pages-"))
    try:
        t0 = time.perf_counter()
        build_store([real_corpus(work / "news.jsonl", articles)], work / "store", work / "out", picture=False)
        built = time.perf_counter() - t0
        with KGStore(work / "store") as st:
            rows = [(r["e"].value, r["n"].value) for r in st.query(
                """SELECT ?e (SAMPLE(?name) AS ?n) (COUNT(?a) AS ?c) WHERE {
                     { ?e a schema:Person } UNION { ?e a schema:GovernmentOrganization }
                     ?e schema:name ?name . ?a schema:mentions ?e } GROUP BY ?e ORDER BY DESC(?c) ?e""")]
        rng = random.Random(7)
        chosen = rows[:samples // 2] + rng.sample(rows[samples // 2:], min(samples // 2, max(0, len(rows) - samples // 2)))
        t1 = time.perf_counter()
        server = start_server(work / "store", port=free_port(), timeout=30, ready_within=600)
        started = time.perf_counter() - t1
        try:
            from ..iris import base_iri
            base = base_iri(json.loads((work / "store" / "manifest.json").read_text(encoding="utf-8")).get("base"))
            origin = urllib.parse.urlsplit(base)
            pages = [_timed_get(server.url + iri[len(f"{origin.scheme}://{origin.netloc}"):], "text/html")
                     for iri, _ in chosen]
            searches = [_timed_get(f"{server.url}/search?q={urllib.parse.quote(name[:rng.randint(3, 5)])}",
                                   "application/json") for _, name in chosen]
        finally:
            server.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    page50, page95 = _percentiles(pages)
    search50, search95 = _percentiles(searches)
    print(f"pages: {articles:,} real articles, store built in {built:.0f} s, endpoint and search index ready "
          f"in {started:.1f} s")
    print(f"  entity page  p50 {page50:7.1f} ms  p95 {page95:7.1f} ms  (target p95 <= 100 ms: "
          f"{'met' if page95 <= 100 else 'NOT met'}; {len(pages)} pages)")
    print(f"  search       p50 {search50:7.1f} ms  p95 {search95:7.1f} ms  (target p95 <= 50 ms: "
          f"{'met' if search95 <= 50 else 'NOT met'}; {len(searches)} searches)")
    return {"page_p50": page50, "page_p95": page95, "search_p50": search50, "search_p95": search95}
