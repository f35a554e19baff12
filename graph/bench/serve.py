"""A bounded load test of ``kg serve``: ``python -m graph.bench.serve [STORE]``.

:func:`bench_serve` starts a read-only server on a free loopback port, lets a number of
clients send the shipped competency queries (``graph/queries/*.rq``) over and over for a
fixed time, stops everything by itself and prints throughput and latency. Traffic goes
to 127.0.0.1 only. The figures are printed, never asserted; the tests only check that a
short run has no errors.
"""
from __future__ import annotations

import argparse
import http.client
import statistics
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["ServeBench", "bench_serve", "main"]

ACCEPT = "application/sparql-results+json, text/turtle;q=0.9"
CANCELLED = b"The SPARQL operation has been cancelled"


@dataclass
class ServeBench:
    """What a load test measured; ``lines()`` for people."""
    clients: int
    seconds: float  # wall time from the first request to the last answer
    latencies: dict[str, list[float]] = field(default_factory=dict)  # query name → seconds, answered ones
    errors: list[str] = field(default_factory=list)

    @property
    def queries(self) -> int:
        return sum(len(v) for v in self.latencies.values())

    @property
    def throughput(self) -> float:
        return self.queries / self.seconds if self.seconds else 0.0

    def percentile(self, p: float, name: str | None = None) -> float:
        """The ``p``-th percentile latency in milliseconds, of one query or of all."""
        values = sorted(self.latencies.get(name, []) if name else [x for v in self.latencies.values() for x in v])
        if not values:
            return 0.0
        if len(values) == 1:
            return values[0] * 1000
        return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1] * 1000

    def lines(self) -> list[str]:
        out = [f"clients:    {self.clients}, {self.seconds:.1f} s",
               f"queries:    {self.queries} answered, {len(self.errors)} errors",
               f"throughput: {self.throughput:.1f} queries/s",
               f"latency:    p50 {self.percentile(50):.1f} ms, p95 {self.percentile(95):.1f} ms"]
        for name in sorted(self.latencies):
            out.append(f"  {name:22} {len(self.latencies[name]):6}  p50 {self.percentile(50, name):7.1f} ms"
                       f"  p95 {self.percentile(95, name):7.1f} ms")
        out += [f"  error: {e}" for e in self.errors[:5]]
        return out


def _client(host: str, port: int, queries: list[tuple[str, str]], start: int, until: float, timeout: float,
            latencies: dict[str, list[float]], errors: list[str], lock: threading.Lock) -> None:
    """One client: one keep-alive connection, the queries in turn (from ``start``) until ``until``."""
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    mine: dict[str, list[float]] = {}
    failed: list[str] = []
    i = start
    try:
        while time.monotonic() < until:
            name, text = queries[i % len(queries)]
            i += 1
            body = urllib.parse.urlencode({"query": text})
            t0 = time.perf_counter()
            try:
                conn.request("POST", "/query", body=body,
                             headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": ACCEPT})
                response = conn.getresponse()
                payload = response.read()
            except (OSError, http.client.HTTPException) as exc:
                failed.append(f"{name}: {type(exc).__name__}: {exc}")
                conn.close()  # reconnect on the next request
                continue
            elapsed = time.perf_counter() - t0
            if response.status != 200 or CANCELLED in payload[-200:]:
                failed.append(f"{name}: HTTP {response.status} {payload[:200].decode('utf-8', 'replace')!r}")
                continue
            mine.setdefault(name, []).append(elapsed)
    finally:
        conn.close()
        with lock:
            for name, values in mine.items():
                latencies.setdefault(name, []).extend(values)
            errors.extend(failed)


def bench_serve(store: str | Path, clients: int = 20, seconds: float = 20, *, timeout: int = 30,
                quiet: bool = False) -> ServeBench:
    """Load a read-only ``kg serve`` of ``store`` with ``clients`` concurrent clients for ``seconds``.

    Each client keeps one HTTP connection and sends the canned queries in turn (each
    client starting at a different one) by POST, asking for JSON results; an answer
    other than ``200``, a cancelled query or a broken connection counts as an error.
    No new request starts after ``seconds``; one in flight may take up to ``timeout``
    more, so the whole run is bounded by ``seconds + timeout`` plus server start-up.

    Returns
    -------
    ServeBench
        Latencies per query and the errors; printed as well unless ``quiet``.
    """
    from ..query import canned_queries
    from ..serve import start_server

    queries = list(canned_queries().items())
    latencies: dict[str, list[float]] = {}
    errors: list[str] = []
    lock = threading.Lock()
    with start_server(store, host="127.0.0.1", timeout=timeout) as server:
        port = int(server.url.rsplit(":", 1)[1])
        t0 = time.monotonic()
        until = t0 + seconds
        threads = [threading.Thread(target=_client, name=f"bench-client-{n}", daemon=True,
                                    args=("127.0.0.1", port, queries, n, until, timeout + 5, latencies, errors, lock))
                   for n in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(max(0.0, until - time.monotonic()) + timeout + 10)
        elapsed = time.monotonic() - t0
        stuck = sum(t.is_alive() for t in threads)
        if stuck:
            errors.append(f"{stuck} clients still waiting when the run ended")
    result = ServeBench(clients=clients, seconds=elapsed, latencies=latencies, errors=errors)
    if not quiet:
        print(f"bench_serve: {store}, {len(queries)} canned queries over HTTP")
        print("\n".join(result.lines()))
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m graph.bench.serve", description=__doc__.splitlines()[0])
    p.add_argument("store", nargs="?", default="exports/store", help="a store built with `kg build --store`")
    p.add_argument("--clients", type=int, default=20)
    p.add_argument("--seconds", type=float, default=20)
    args = p.parse_args(argv)
    result = bench_serve(args.store, clients=args.clients, seconds=args.seconds)
    return 1 if result.errors else 0


if __name__ == "__main__":
    sys.exit(main())
