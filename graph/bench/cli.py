"""``python -m graph.bench corpus|render|serve|pages|length|all``: run the benchmarks by name;
``python -m graph.bench questions --store DIR``: the scale questions alone, on a store already built.

Each benchmark imports what it measures only when it runs.
"""
from __future__ import annotations

import os
import sys
import tempfile

from .render import bench_render

__all__ = ["main"]


def _sizes(text: str) -> tuple[int, ...]:
    try:
        sizes = tuple(int(x) for x in text.replace("_", "").split(",") if x.strip())
    except ValueError:
        sizes = ()
    if not sizes or min(sizes) < 1:
        raise SystemExit(f"python -m graph.bench: --sizes takes article counts such as 3448,10000,100000, not {text!r}")
    return sizes


def _bench_corpus(sizes: str | None = None) -> None:
    from .corpus import SIZES, bench_corpus
    bench_corpus(_sizes(sizes or os.environ.get("KG_BENCH_SIZES") or ",".join(map(str, SIZES))))


def _bench_questions(store: str) -> None:
    from .corpus import bench_questions
    bench_questions(store)


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
    """``python -m graph.bench corpus|render|serve|pages|length|all [--sizes 3448,10000,100000]`` (the
    corpus sizes; also $KG_BENCH_SIZES; $KG_BENCH_LENGTHS for length, in KB)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["questions"]:
        if len(args) != 3 or args[1] != "--store":
            print("usage: python -m graph.bench questions --store DIR", file=sys.stderr)
            return 2
        _bench_questions(args[2])
        return 0
    sizes = None
    if "--sizes" in args:
        at = args.index("--sizes")
        sizes = args[at + 1] if at + 1 < len(args) else ""
        del args[at:at + 2]
    if len(args) != 1 or args[0] not in (*_BENCHES, "all"):
        print(f"usage: python -m graph.bench {{{','.join(_BENCHES)},all}} [--sizes 3448,10000,100000]\n"
              "       python -m graph.bench questions --store DIR", file=sys.stderr)
        return 2
    for name, bench in _BENCHES.items():
        if args[0] in (name, "all"):
            print(f"\n#### {name}")
            bench(sizes) if name == "corpus" else bench()
    return 0

