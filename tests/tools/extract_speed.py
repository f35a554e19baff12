"""Time the extractor per article, on the seed, dev, ``tests/corpus`` and its resolution articles.

    python tests/tools/extract_speed.py                 # this tree
    python tests/tools/extract_speed.py OLD_TREE .      # two trees, same machine, same run

Each tree is timed in its own process (its ``graph`` package first on ``sys.path``); the
articles are read once, extracted once to warm the caches (lexicons, the CRF model), then
extracted ``--passes`` times; a tree's figure is its best pass, in milliseconds per
article. With several trees the passes alternate between them, so that a busy moment of
the machine falls on both.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"

_ONE_PASS = r"""
import sys, time
sys.path.insert(0, {root!r})
from graph.extract import extract
from graph.ingest import iter_articles
from graph.types import Article
paths = {paths!r}
articles = [a for a in iter_articles(paths) if isinstance(a, Article)]
for a in articles:
    extract(a)
best = None
for _ in range({repeat}):
    t0 = time.perf_counter()
    for a in articles:
        extract(a)
    took = time.perf_counter() - t0
    best = took if best is None else min(best, took)
print(len(articles), best)
"""


def _paths() -> list[str]:
    corpus = ROOT / "tests" / "corpus"
    out = [SHARED / "corpus" / "seed", SHARED / "corpus" / "dev", *sorted(corpus.glob("h*.txt")),
           corpus / "resolution"]
    return [str(p) for p in out if p.exists()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("trees", nargs="*", default=[str(ROOT)])
    ap.add_argument("--passes", type=int, default=3, help="alternating rounds (default 3)")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes per round (default 3)")
    args = ap.parse_args(argv)
    paths = _paths()
    best: dict[str, float] = {}
    count = 0
    for _ in range(args.passes):
        for tree in args.trees:
            code = _ONE_PASS.format(root=str(Path(tree).resolve()), paths=paths, repeat=args.repeat)
            run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
            n, took = run.stdout.split()
            count = int(n)
            best[tree] = min(best.get(tree, float("inf")), float(took))
    for tree, took in best.items():
        print(f"{tree}: {count} articles, {1000 * took / count:.2f} ms an article (best pass)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
