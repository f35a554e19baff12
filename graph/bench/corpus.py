"""Corpus benchmark on real news: build throughput against extraction alone, memory, store
size, incremental and unchanged builds, streamed exports, and the scale questions.

Run as ``python -m graph.bench corpus --sizes 3448,10000`` (or ``$KG_BENCH_SIZES``). The
corpus is IndoSum (:mod:`graph.bench.realnews`): the 3,448 real articles, then copies of
them lightly varied for larger sizes. Each figure is printed beside its target, all measured
in one run; it asserts nothing (speed is shown, not tested). Builds and exports run as
``kg`` processes, so their peak memory is their own (the largest of the build's processes).
"""
from __future__ import annotations

import hashlib
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

__all__ = ["bench_corpus", "bench_questions", "extraction_only", "SIZES"]

SIZES = (3448, 10000)
EXTRACTION_SAMPLE = 10000  # extraction-only throughput is measured on at most this many articles
RDFLIB_LIMIT = 10000  # rdflib's engine is measured up to this size (loading more takes too long)
SAMPLES = 20  # parameter values per scale question


# Started from a small process, so that the peak RSS the kernel reports is the command's: a
# child of this (large) process would inherit its size as the starting point of its peak.
_MEASURED = ("import os, subprocess, sys; p = subprocess.Popen(sys.argv[2:]); _, s, u = os.wait4(p.pid, 0); "
             "open(sys.argv[1], 'w').write(f'{u.ru_maxrss} {u.ru_utime + u.ru_stime}'); "
             "sys.exit(os.waitstatus_to_exitcode(s))")


def _kg(*args: str) -> tuple[float, float, subprocess.CompletedProcess]:
    """Run ``kg ARGS`` as a process; returns (seconds, peak RSS in MB of it and its workers, result);
    the result's ``cpu`` is the CPU seconds of the process and its workers."""
    cmd = [sys.executable, "-m", "graph.cli", *args]
    with tempfile.TemporaryDirectory() as tmp:
        usage = Path(tmp) / "usage"
        t = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", _MEASURED, str(usage), *cmd], capture_output=True, text=True)
        seconds = time.perf_counter() - t
        text = usage.read_text() if usage.exists() else "0 0"
    maxrss_kb, cpu = text.split()
    peak = int(maxrss_kb) / 1024  # the largest of the process and its workers
    result = subprocess.CompletedProcess(cmd, done.returncode, done.stdout, done.stderr)
    result.cpu = float(cpu)
    err = done.stderr
    if done.returncode:
        raise RuntimeError(f"kg {' '.join(args)} failed: {err.strip().splitlines()[-1] if err.strip() else ''}")
    return seconds, peak, result


def _count(article) -> int:
    from ..pipeline import _extract_one
    x = _extract_one(article)
    return len(getattr(x, "entities", ()) or ())


def _cpu() -> float:
    import resource
    return sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
               for f in ("ru_utime", "ru_stime"))


def extraction_only(jsonl: Path, limit: int, workers: int) -> tuple[int, float, float]:
    """Read ``limit`` articles of ``jsonl`` and extract them on ``workers`` processes, as the
    build does, without building, resolving or storing; returns (articles, seconds, CPU
    seconds of this process and the workers)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from itertools import islice

    from ..ingest import iter_articles
    from ..executor import _die_with_parent
    from ..types import Article
    t, cpu = time.perf_counter(), _cpu()
    articles = islice((a for a in iter_articles([jsonl]) if isinstance(a, Article)), limit)
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                             initializer=_die_with_parent) as pool:
        n = sum(1 for _ in pool.map(_count, articles, chunksize=8))
    return n, time.perf_counter() - t, _cpu() - cpu


def _files(folder: Path, also: list[Path]) -> dict[str, tuple[int, int, str]]:
    """Every file of ``folder`` and ``also`` (but the lock): modification time, size, sha256."""
    out = {}
    for p in [*sorted(folder.rglob("*")), *also]:
        if p.is_file() and p.name != "lock":
            out[str(p)] = (p.stat().st_mtime_ns, p.stat().st_size, hashlib.sha256(p.read_bytes()).hexdigest())
    return out


def _du(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


_PICKS = {  # parameter → the entities it is drawn from, most mentioned first
    "entity": "{ ?x a schema:Person } UNION { ?x a schema:GovernmentOrganization }",
    "person": "?x a schema:Person . FILTER EXISTS { ?e schema:attendee|schema:organizer ?x }",
    "org": "?x a schema:GovernmentOrganization . FILTER EXISTS { ?p org:postIn ?x }",
    "place": "?x a schema:AdministrativeArea",
}


def _parameters(st, samples: int) -> dict[str, list[str]]:
    """For each kind of parameter: the most mentioned half of ``samples``, then a seeded sample."""
    rng = random.Random(7)
    out = {}
    for name, where in _PICKS.items():
        rows = [r[0].value for r in st.query(
            f"SELECT ?x (COUNT(DISTINCT ?a) AS ?n) WHERE {{ {{ {where} }} ?a schema:mentions ?x }} "
            "GROUP BY ?x ORDER BY DESC(?n) ?x")]
        half = samples // 2
        out[name] = rows[:half] + rng.sample(rows[half:], min(samples - half, max(0, len(rows) - half)))
    return out


def _scale_values(st, samples: int) -> dict[str, list[dict[str, str]]]:
    """Each scale question s01-s06 → its parameter values, ``samples`` of them."""
    from ..query import canned_queries
    picks = _parameters(st, samples)
    out = {}
    for name in canned_queries():
        if not name.startswith("s0"):
            continue
        if name.startswith("s01") or name.startswith("s06"):
            out[name] = [{"entity": e} for e in picks["entity"]]
        elif name.startswith("s02"):
            out[name] = [{"person": p, "from": "2000-01-01", "to": "2099-12-31"} for p in picks["person"]]
        elif name.startswith("s03"):
            out[name] = [{"org": o} for o in picks["org"]]
        elif name.startswith("s05"):
            out[name] = [{"place": p} for p in picks["place"]]
        else:
            out[name] = [{}] * samples
    return out


def _scale_questions(st, samples: int, values: dict[str, list[dict[str, str]]] | None = None,
                     texts: dict[str, str] | None = None) -> dict[str, list[str]]:
    """Each scale question s01-s06 with its parameters bound, ``samples`` times (the shipped
    text, or the one ``texts`` gives for it)."""
    from ..query import bind_params, canned_queries
    values = _scale_values(st, samples) if values is None else values
    texts = canned_queries() if texts is None else texts
    return {name: [bind_params(texts[name], v) if v else texts[name] for v in vs]
            for name, vs in values.items() if name in texts}


def _time_ms(run, text: str) -> tuple[float, float]:
    """Milliseconds of wall clock and of CPU (this process, all its threads) that ``run(text)`` takes:
    on a shared machine the CPU time is what the query costs, the wall clock what a user waits."""
    t, c = time.perf_counter(), time.process_time()
    run(text)
    return (time.perf_counter() - t) * 1000, (time.process_time() - c) * 1000


#: The profile's text of the scale questions, beside the checkout (absent: not compared).
PROFILE_SCALE = Path(__file__).resolve().parents[2].parent / "shared" / "profile" / "cq" / "scale"


def _profile_texts(folder: Path = PROFILE_SCALE) -> dict[str, str]:
    """The profile's text of each scale question whose shipped text differs from it (none when
    the profile is not beside the checkout)."""
    from ..query import canned_queries
    out = {}
    for name, shipped in canned_queries().items():
        path = folder / f"{name}.rq"
        if name.startswith("s0") and path.is_file() and path.read_text(encoding="utf-8") != shipped:
            out[name] = path.read_text(encoding="utf-8")
    return out


def _rdflib_dataset(st):
    """The store's data in an rdflib Dataset: each article graph, and the store's default
    graph (the union of their facts) as the default graph, so both engines read the same."""
    from rdflib import Dataset
    ds = Dataset()
    ds.parse(data=st.dump("nquads"), format="nquads")
    ds.default_context.parse(data=st.dump("nt"), format="nt")
    from ..vocab import bind_prefixes
    bind_prefixes(ds)
    return ds


def _stats(run, texts) -> tuple[float, float, float]:
    """(p50 wall, p95 wall, p50 CPU) in ms of ``run`` over ``texts`` (or the indexes of the
    parameter values a plan is run with), after one warm-up run."""
    run(texts[0])  # warm the caches once
    times = [_time_ms(run, q) for q in texts]
    p50, p95 = _percentiles([w for w, _ in times])
    return p50, p95, statistics.median(c for _, c in times)


def _bench_questions(store: Path, rdflib_too: bool, samples: int) -> None:
    """Each scale question on ``store``: p50 / p95 of the wall clock and the median CPU over
    ``samples`` parameter values, against the targets; the profile's own text beside the
    shipped one where they differ (the same values, the same run); with ``rdflib_too``, rdflib's
    engine on the same data and the same text, on the five most mentioned subjects."""
    from ..store import KGStore
    print(f"load average {'/'.join(f'{x:.1f}' for x in os.getloadavg())} (1/5/15 min) before the questions")
    with KGStore(store) as st:
        values = _scale_values(st, samples)
        questions = _scale_questions(st, samples, values)
        profile = _scale_questions(st, samples, values, _profile_texts())  # the same values
        ds = None
        if rdflib_too:
            t = time.perf_counter()
            ds = _rdflib_dataset(st)
            print(f"(rdflib: the same data loaded into a Dataset in {time.perf_counter() - t:.0f} s)")
        print(f"{'scale question':22} {'p50 ms':>8} {'p95 ms':>8} {'CPU p50':>8}   target p50 <= 10, p95 <= 50"
              + ("   rdflib p50 ms (CPU)   ratio wall (CPU), target >= 20x" if ds is not None else ""))
        from ..plans import PLANNED, answer
        ox = lambda q: list(st.query(q))  # noqa: E731
        rd = lambda q: list(ds.query(q))  # noqa: E731
        planned = lambda name: lambda i: answer(st, name, values[name][i])  # noqa: E731
        for name, texts in questions.items():
            kinds = [("", texts)] + ([("  profile's text", profile[name])] if name in profile else [])
            if name in PLANNED and st.index() is not None:  # how kg answers it: by its plan
                kinds = [("", texts, planned(name))] + [(label, bound, ox) for label, bound in kinds]
                kinds[1] = ("  shipped text", *kinds[1][1:])
            else:
                kinds = [(label, bound, ox) for label, bound in kinds]
            for label, bound, run in kinds:
                p50, p95, cpu = _stats(run, bound if run is ox else range(len(bound)))
                met = "met" if p50 <= 10 and p95 <= 50 else "NOT met"
                line = f"{label or name:22} {p50:8.1f} {p95:8.1f} {cpu:8.1f}   {met:7}"
                if ds is not None:
                    few = bound[:5]  # rdflib is slow: the five most mentioned subjects, against the store's
                    rd_times = [_time_ms(rd, q) for q in few]
                    ox_times = [_time_ms(run, q if run is ox else i) for i, q in enumerate(few)]
                    rd_w, rd_c = (statistics.median(t[i] for t in rd_times) for i in (0, 1))
                    ox_w, ox_c = (statistics.median(t[i] for t in ox_times) for i in (0, 1))
                    ratio = rd_w / max(ox_w, 1e-3)
                    line += (f"   {rd_w:9.1f} ({rd_c:7.1f})   {ratio:6.0f}x ({rd_c / max(ox_c, 1e-3):.0f}x) "
                             f"{'met' if ratio >= 20 else 'NOT met'}")
                print(line, flush=True)
    print(f"load average {'/'.join(f'{x:.1f}' for x in os.getloadavg())} after the questions")


def bench_questions(store: str | Path, samples: int = SAMPLES, rdflib_too: bool = True) -> None:
    """The scale questions alone, on a store already built (``python -m graph.bench questions
    --store DIR``): the figures the corpus benchmark prints for them, without building."""
    from ..store import KGStore, is_store
    if not is_store(store):
        print(f"questions: skipped, {store} is no kg store (build one with `kg build --store {store}`)")
        return
    if rdflib_too:
        with KGStore(store) as st:
            articles = len(st.manifest)
        if articles > RDFLIB_LIMIT:  # rdflib's engine would take hours to load it
            print(f"(rdflib's engine: not measured, {articles:,} articles is more than the "
                  f"{RDFLIB_LIMIT:,} it is measured up to)")
            rdflib_too = False
    _bench_questions(Path(store), rdflib_too=rdflib_too, samples=samples)


def _help_seconds() -> float:
    exe = Path(sys.executable).with_name("kg")
    cmd = [str(exe), "--help"] if exe.exists() else [sys.executable, "-m", "graph.cli", "--help"]
    t = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - t


def bench_corpus(sizes: tuple[int, ...] = SIZES, *, increment: int = 100, samples: int = SAMPLES) -> None:
    """Print the corpus figures for each size, each against its target."""
    from .realnews import INDOSUM, write_real_jsonl
    if not INDOSUM.is_file():
        print(f"corpus: skipped, no corpus at {INDOSUM}")
        return
    workers = os.cpu_count() or 1
    rdflib_at = max((s for s in sizes if s <= RDFLIB_LIMIT), default=None)  # the largest size it can load
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        load = os.getloadavg()[0]
        print(f"machine: {workers} cores, load {load:.2f} at the start; kg --help {_help_seconds():.2f} s "
              "(target <= 0.3 s)")
        for n in sorted(sizes):
            print(f"\n== {n:,} articles (IndoSum{', repeated with varied copies' if n > 3448 else ''})", flush=True)
            jsonl = write_real_jsonl(work / f"corpus-{n}.jsonl", n)
            store, out = work / f"store-{n}", work / f"out-{n}"

            sample = min(n, EXTRACTION_SAMPLE)
            done, x_s, x_cpu = extraction_only(jsonl, sample, workers)
            x_rate = done / x_s
            print(f"extraction only ({workers} processes, {done:,} articles read and extracted): "
                  f"{x_s:.1f} s, {x_rate:.1f} articles/s; CPU {1000 * x_cpu / done:.1f} ms an article", flush=True)

            build_s, rss, res = _kg("-q", "build", str(jsonl), "--store", str(store), "--out", str(out),
                                    "--no-picture", "--workers", str(workers))
            rate = n / build_s
            with_triples = _summary_triples(store)
            ratio = rate / x_rate
            print(f"build (read, extract, resolve, store; {workers} processes): {build_s:.1f} s, {rate:.1f} "
                  f"articles/s = {100 * ratio:.0f}% of extraction only (target >= 85%: "
                  f"{'met' if ratio >= 0.85 else 'NOT met'}); CPU {1000 * res.cpu / n:.1f} ms an article, "
                  f"{100 * x_cpu / done / (res.cpu / n):.0f}% of it extraction's")
            size = _du(store)
            print(f"peak RSS {rss:,.0f} MB (target <= 2,048 MB{' at 100k' if n < 100000 else ''}: "
                  f"{'met' if rss <= 2048 else 'NOT met'}); store {size / 2**20:,.0f} MB for {with_triples:,} "
                  f"triples = {size / max(with_triples, 1):.0f} bytes per triple", flush=True)

            export = work / f"export-{n}.nq"
            ex_s, ex_rss, _ = _kg("-q", "export", "--store", str(store), "--format", "nquads", "-o", str(export))
            print(f"kg export --format nquads (streamed): {ex_s:.1f} s, {export.stat().st_size / 2**20:,.0f} MB, "
                  f"peak RSS {ex_rss:,.0f} MB", flush=True)

            before = _files(store, [export])
            again_s, _, res = _kg("build", str(jsonl), "--store", str(store), "--out", str(out), "--no-picture",
                                  "--workers", str(workers))
            _, _, re_export = _kg("export", "--store", str(store), "--format", "nquads", "-o", str(export))
            after = _files(store, [export])
            touched = sorted(set(before) ^ set(after) | {p for p in before if before[p] != after.get(p)})
            print(f"unchanged rebuild: {again_s:.1f} s; store files and export touched: {len(touched)} "
                  f"(target 0: {'met' if not touched else 'NOT met: ' + ', '.join(touched[:3])}); "
                  f"export says {re_export.stdout.split(':')[0]!r}", flush=True)

            if increment:
                more = write_real_jsonl(work / f"more-{n}.jsonl", n + increment)
                inc_s, _, _ = _kg("-q", "build", str(more), "--store", str(store), "--out", str(out),
                                  "--no-picture", "--workers", str(workers))
                share = 100 * inc_s / build_s
                print(f"adding {increment} articles: {inc_s:.1f} s = {share:.1f}% of the full build "
                      f"(target <= 3%: {'met' if share <= 3 else 'NOT met'})", flush=True)
            _bench_questions(store, rdflib_too=n == rdflib_at, samples=samples)
            shutil.rmtree(store, ignore_errors=True)
            for p in (jsonl, export, work / f"more-{n}.jsonl"):
                p.unlink(missing_ok=True)
        print(f"\nload at the end: {os.getloadavg()[0]:.2f} (other work on the machine slows every figure)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _summary_triples(store: Path) -> int:
    from ..store import KGStore
    with KGStore(store) as st:
        return len(st)
