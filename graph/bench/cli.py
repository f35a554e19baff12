"""``python -m graph.bench corpus|render|serve|pages|length|all``: run the benchmarks by name.

Each benchmark imports what it measures only when it runs.
"""
from __future__ import annotations

import os
import sys
import tempfile

from .render import bench_render

__all__ = ["main"]


def _bench_corpus() -> None:
    from .corpus import bench_corpus
    sizes = tuple(int(x) for x in os.environ.get("KG_BENCH_SIZES", "1000,10000").split(","))
    bench_corpus(sizes)


def _bench_serve() -> None:
    """20 concurrent clients for 20 s of competency queries on a 1,000-article store."""
    import shutil

    from ..pipeline import build_store
    from .serve import bench_serve
    from .synthetic import write_jsonl
    work = tempfile.mkdtemp(prefix="kg-bench-serve-")
    try:
        build_store([write_jsonl(f"{work}/corpus.jsonl", 1000)], f"{work}/store", f"{work}/out", picture=False)
        bench_serve(f"{work}/store", clients=20, seconds=20)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _bench_pages() -> None:
    from .pages import bench_pages
    bench_pages()


def _bench_length() -> None:
    from .length import bench_length
    try:
        bench_length()
    except ValueError as exc:  # a bad $KG_BENCH_LENGTHS or $KG_BENCH_KINDS
        print(f"length: {exc}", file=sys.stderr)


_BENCHES = {"corpus": _bench_corpus, "render": bench_render, "serve": _bench_serve, "pages": _bench_pages,
            "length": _bench_length}


def main(argv: list[str] | None = None) -> int:
    """``python -m graph.bench corpus|render|serve|pages|length|all`` (sizes: $KG_BENCH_SIZES, e.g.
    "1000,10000"; $KG_BENCH_LENGTHS for length, in KB)."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0] not in (*_BENCHES, "all"):
        print(f"usage: python -m graph.bench {{{','.join(_BENCHES)},all}}", file=sys.stderr)
        return 2
    for name, bench in _BENCHES.items():
        if args[0] in (name, "all"):
            print(f"\n#### {name}")
            bench()
    return 0

