"""Timings of the pictures, printed, never asserted: ``python -m graph.bench render``.

:func:`bench_render` times the pictures against their targets: the seed article's graph
(≤ 1 s) and the corpus overview of a synthetic 5,000-entity graph (≤ 10 s, made by
:func:`graph.bench.synthetic.synthetic_dataset`).

Heavy modules (rdflib's store, matplotlib, networkx) are imported inside the functions,
so ``import graph.bench`` stays light, and the first line of the report can time them.
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from .synthetic import synthetic_dataset

__all__ = ["bench_render"]

SEED_DIR = Path(__file__).resolve().parents[2] / "data" / "articles"


def _seed_dataset():
    from ..build import build_dataset
    from ..ingest import iter_articles
    from ..pipeline import BuildSummary, extract_all

    return build_dataset(extract_all(iter_articles([SEED_DIR]), BuildSummary()))


def _timed(label: str, target: float | None, func):
    """Run ``func`` once; print wall-clock and CPU seconds (CPU tells a busy machine apart)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = func()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    verdict = "" if target is None else \
        f"  target \u2264 {target:g} s{'' if wall <= target else ', missed'}"
    print(f"{label:46} {wall:6.2f} s wall {cpu:6.2f} s cpu{verdict}", flush=True)
    return result


def bench_render() -> None:
    """Print how long the pictures take, in this one process.

    The first line is the one-off cost of importing matplotlib and networkx, which
    every ``kg render`` pays once; the first picture also loads the fonts, so the seed
    picture is timed twice.
    """
    _timed("import matplotlib, networkx, numpy", None, _import_drawing)
    seed = _timed("build seed dataset (data/articles)", None, _seed_dataset)
    corpus = _timed("build synthetic dataset (500 articles)", None, synthetic_dataset)
    from ..render import render_overview, render_png, render_query, render_timeline

    query = """PREFIX schema: <https://schema.org/>
        CONSTRUCT { ?e schema:attendee ?a } WHERE { ?e schema:attendee ?a }"""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        _timed("seed article graph PNG (first picture)", 1.0,
               lambda: render_png(seed, out / "seed.png"))
        _timed("seed article graph PNG (again)", 1.0, lambda: render_png(seed, out / "seed.png"))
        _timed("seed CONSTRUCT PNG", 1.0, lambda: render_query(seed, query, out / "query.png"))
        _timed("seed timeline PNG", 1.0, lambda: render_timeline(seed, out / "timeline.png"))
        _timed("overview PNG, synthetic 5k entities (top 60)", 10.0,
               lambda: render_overview(corpus, out / "overview.png"))
        _timed("timeline PNG, synthetic 1,000 events", None,
               lambda: render_timeline(corpus, out / "timeline-all.png"))


def _import_drawing() -> None:
    import matplotlib.figure  # noqa: F401
    import networkx  # noqa: F401
    import numpy  # noqa: F401
    from matplotlib.backends import backend_agg  # noqa: F401
