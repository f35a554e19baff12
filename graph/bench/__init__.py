"""Benchmarks beside the product: speed is shown, never asserted (``make bench``).

* :mod:`~graph.bench.corpus` - on real news of growing size: the build against extraction
  alone, memory, store size, incremental and unchanged builds, streamed exports, and the
  scale questions against their targets and rdflib's engine;
* :mod:`~graph.bench.realnews` - IndoSum's real articles, then varied copies of them;
* :mod:`~graph.bench.render` - the pictures against their time targets;
* :mod:`~graph.bench.serve` - a bounded load test of ``kg serve``;
* :mod:`~graph.bench.synthetic` - the seeded synthetic articles and graph they run on
  (the tests use them too);
* :mod:`~graph.bench.cli` - ``python -m graph.bench corpus|render|serve|pages|all [--sizes …]``.

Importing this package imports none of them, so it stays light.
"""
