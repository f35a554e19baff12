"""``python -m graph.bench.cluster``: a store build on this machine's cores against the same
build through a Dask cluster of as many worker processes, in one run.

Builds ``KG_BENCH_CLUSTER`` real articles (IndoSum beside the checkout, default 200) into a
fresh store, ``KG_BENCH_ROUNDS`` times (default 3) each way, in turn: ``local`` (a pool of 2
processes, spawned by each build), ``dask`` (a 2-worker ``LocalCluster`` started once before,
as a real cluster would be) and ``dask-local`` (a cluster started by each build). Prints each
build's time, the medians, and whether every TriG is byte-identical.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

__all__ = ["bench_cluster"]

WORKERS = 2


def bench_cluster(articles: int | None = None, rounds: int | None = None) -> dict[str, float]:
    from distributed import LocalCluster

    from ..pipeline import build_store
    from .pages import real_corpus
    articles = articles or int(os.environ.get("KG_BENCH_CLUSTER", "200"))
    rounds = rounds or int(os.environ.get("KG_BENCH_ROUNDS", "3"))
    with tempfile.TemporaryDirectory(prefix="kg-bench-cluster-") as tmp_dir:
        tmp = Path(tmp_dir)
        corpus = real_corpus(tmp / "berita.jsonl", articles)
        t0 = time.perf_counter()
        with LocalCluster(n_workers=WORKERS, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None, scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                          local_directory=str(tmp / "dask")) as cluster:
            print(f"cluster of {WORKERS} workers started in {time.perf_counter() - t0:.2f} s", flush=True)
            executors = {"local": "local", "dask": "dask://" + cluster.scheduler_address.removeprefix("tcp://"),
                         "dask-local": "dask-local"}
            seconds: dict[str, list[float]] = {name: [] for name in executors}
            digests = set()
            for turn in range(rounds):
                for name, executor in executors.items():
                    store, out = tmp / f"store-{name}", tmp / f"out-{name}"
                    shutil.rmtree(store, ignore_errors=True)
                    t0 = time.perf_counter()
                    summary = build_store([corpus], store, out, picture=False, workers=WORKERS, executor=executor)
                    seconds[name].append(time.perf_counter() - t0)
                    digests.add(hashlib.sha256((out / "graph.trig").read_bytes()).hexdigest())
                    print(f"round {turn + 1} {name:10s} {seconds[name][-1]:7.2f} s  "
                          f"{summary.articles / seconds[name][-1]:6.1f} articles/s", flush=True)
    medians = {name: statistics.median(values) for name, values in seconds.items()}
    for name, median in medians.items():
        print(f"{name:10s} median {median:7.2f} s  ({articles / median:.1f} articles/s, "
              f"{median / medians['local']:.2f}x local)")
    print(f"TriG byte-identical in all {rounds * len(executors)} builds: {len(digests) == 1}")
    return medians


if __name__ == "__main__":
    bench_cluster()
