"""Benchmarks beside the product: speed is shown, never asserted (``make bench``).

* :mod:`~graph.bench.corpus` - end-to-end build, memory, incremental cost and query
  latency on synthetic corpora of growing size;
* :mod:`~graph.bench.render` - the pictures against their time targets;
* :mod:`~graph.bench.serve` - a bounded load test of ``kg serve``;
* :mod:`~graph.bench.synthetic` - the seeded synthetic articles and graph they run on
  (the tests use them too);
* :mod:`~graph.bench.cli` - ``python -m graph.bench corpus|render|serve|all``.

Importing this package imports none of them, so it stays light.
"""
