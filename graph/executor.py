"""Where a store build extracts its articles: this machine's cores, or a Dask cluster.

An executor maps a function over one batch of jobs and yields the results **in the order
of the jobs**, so that the resolver and the store see the articles exactly as a local
build does and the exports are byte for byte the same. Executors are registered by the
scheme of ``kg build --executor``:

``local`` (the default)
    a pool of ``--workers`` processes on this machine (spawned, they die with the build).
``dask://HOST:PORT``
    the scheduler of a running Dask distributed cluster (``dask scheduler`` on one
    machine, ``dask worker tcp://HOST:8786`` on each of the others, every one with this
    project installed: the scheduler unpickles the tasks, the workers run them). Articles
    go out in small tasks, results come back here: the store stays on the machine that
    runs the build.
``dask-local``
    a Dask cluster of ``--workers`` processes started on this machine for the build (to
    try the cluster path, or to measure what it costs).

Examples
--------
>>> spec = parse_executor("dask://penjadwal.sukamaju.example:8786")
>>> spec.kind, spec.address
('dask', 'tcp://penjadwal.sukamaju.example:8786')
>>> parse_executor("local").kind
'local'
>>> parse_executor("ray://x")
Traceback (most recent call last):
ValueError: unknown executor 'ray://x': use local, dask://HOST:PORT or dask-local
"""
from __future__ import annotations

import logging
import os
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

__all__ = ["ExecutorSpec", "parse_executor", "open_executor", "code_fingerprint"]

log = logging.getLogger("graph")

CHUNK = 8  # articles a Dask task extracts: enough to hide the task's overhead, few enough to spread a batch
RETRIES = 2  # a task that raised is run again this many times (a lost worker's tasks are rerun by Dask anyway)
CONNECT_SECONDS_ENV = "KG_DASK_CONNECT_SECONDS"  # how long to try to reach the scheduler (default 10)


@dataclass(frozen=True)
class ExecutorSpec:
    kind: str  # one of EXECUTORS
    address: str | None = None  # the Dask scheduler, for kind "dask"


def _local_spec(text: str) -> ExecutorSpec:
    return ExecutorSpec("local")


def _dask_spec(text: str) -> ExecutorSpec:
    hostport = text.removeprefix("dask://").rstrip("/")
    host, _, port = hostport.rpartition(":")
    if not host or not port.isdigit() or "/" in hostport:
        raise ValueError(f"bad Dask address {text!r}: write dask://HOST:PORT (the scheduler's port, often 8786)")
    return ExecutorSpec("dask", f"tcp://{hostport}")


def _dask_local_spec(text: str) -> ExecutorSpec:
    return ExecutorSpec("dask-local")


# scheme (the text before "://", or the whole word) -> parser
EXECUTORS: dict[str, Callable[[str], ExecutorSpec]] = {
    "local": _local_spec, "dask": _dask_spec, "dask-local": _dask_local_spec}


def parse_executor(text: str | None) -> ExecutorSpec:
    """The executor named by ``--executor`` (``None``: local); an unknown one is a ``ValueError``."""
    text = (text or "local").strip()
    scheme = text.split("://", 1)[0] if "://" in text else text
    if scheme not in EXECUTORS or (scheme == "dask") != ("://" in text):
        raise ValueError(f"unknown executor {text!r}: use local, dask://HOST:PORT or dask-local")
    return EXECUTORS[scheme](text)


@contextmanager
def open_executor(spec: ExecutorSpec | str | None, workers: int):
    """The executor of ``spec``, ready to ``map``; closed (its pool, client, cluster) on exit.

    Raises
    ------
    OSError
        When the Dask scheduler cannot be reached, or its workers run another version of
        this package (they would build other graphs).
    """
    if not isinstance(spec, ExecutorSpec):
        spec = parse_executor(spec)
    if spec.kind == "local":
        executor = _Local(workers)
    else:
        executor = _Dask(spec, workers)
    try:
        yield executor
    finally:
        executor.close()


def _die_with_parent() -> None:
    """In a worker: ask Linux to kill this process when the build that started it dies,
    so that no orphan worker outlives a killed build."""
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: the workers still end when their task pipe closes
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


class _Local:
    """Processes on this machine (spawned: no state shared with the build; they die with it)."""

    def __init__(self, workers: int) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_die_with_parent) if workers > 1 else None

    def map(self, fn: Callable, jobs: list) -> Iterator:
        if self.pool and len(jobs) > 8:  # a few articles are extracted faster here than shipped out
            return self.pool.map(fn, jobs, chunksize=4)
        return map(fn, jobs)

    def close(self) -> None:
        if self.pool:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None


def _map_chunk(fn: Callable, jobs: list) -> list:
    """A Dask task: ``fn`` over a few jobs (runs on a worker)."""
    return [fn(job) for job in jobs]


FINGERPRINTED = {".py", ".tsv", ".crfsuite"}  # what makes the graphs: code, lexicons, the tagger's model


def code_fingerprint() -> str:
    """A digest of the package's code, lexicons and model: the same on two machines exactly
    when they build the same graphs, from a checkout or an installed wheel alike. Runs on
    the Dask scheduler and workers too."""
    import hashlib
    from pathlib import Path

    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.suffix in FINGERPRINTED and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


class _Dask:
    """A Dask distributed client: each batch goes out as tasks of :data:`CHUNK` articles and
    comes back in submission order. A worker lost mid-build is Dask's to handle: the scheduler
    runs its tasks again on another worker (up to ``distributed.scheduler.allowed-failures``
    deaths per task); a task that raised is retried :data:`RETRIES` times."""

    def __init__(self, spec: ExecutorSpec, workers: int) -> None:
        try:
            import distributed
        except ImportError:
            raise OSError("--executor dask needs Dask here and on the cluster: "
                          "pip install 'kg-berita[cluster]'") from None

        for name in ("distributed", "tornado"):  # their INFO lines are not the build's
            logging.getLogger(name).setLevel(logging.WARNING)
        self.cluster = None
        seconds = float(os.environ.get(CONNECT_SECONDS_ENV, "10"))
        if spec.kind == "dask-local":
            import tempfile
            self.scratch = tempfile.TemporaryDirectory(prefix="kg-dask-")
            self.cluster = distributed.LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                dashboard_address=None, local_directory=self.scratch.name,
                scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})  # no dashboard; its health page on any free port
            address = self.cluster.scheduler_address
        else:
            address = spec.address
        try:
            self.client = distributed.Client(address, timeout=seconds, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            self._close_cluster()
            raise OSError(f"cannot reach the Dask scheduler at {address} ({_one_line(exc)}); "
                          f"nothing was built ({CONNECT_SECONDS_ENV} sets the wait)") from None
        try:
            self._check_workers(address)
        except BaseException:
            self.close()
            raise

    def _check_workers(self, address: str) -> None:
        if not self.client.scheduler_info().get("workers"):
            try:
                self.client.wait_for_workers(1, timeout=float(os.environ.get(CONNECT_SECONDS_ENV, "10")))
            except (OSError, TimeoutError):
                raise OSError(f"the Dask scheduler at {address} has no workers; start some with "
                              f"`dask worker {address}`") from None
        here = code_fingerprint()
        try:  # the scheduler unpickles the tasks, so it needs the package as much as the workers
            theirs = {"the scheduler": self.client.run_on_scheduler(code_fingerprint)}
            theirs.update(self.client.run(code_fingerprint))
        except Exception as exc:  # ModuleNotFoundError there, mostly
            raise OSError(f"the Dask cluster cannot run kg ({_one_line(exc)}): install this project on the "
                          "scheduler and every worker (pip install kg-berita, the same version as here)") from None
        other = sorted(worker for worker, digest in theirs.items() if digest != here)
        if other:
            raise OSError(f"{', '.join(other[:3])}{' …' if len(other) > 3 else ''} of the Dask cluster run another "
                          "version of kg: install the same one as here on the scheduler and every worker")

    def map(self, fn: Callable, jobs: list) -> Iterator:
        return _in_order(self._submit(fn, jobs))  # all submitted now: the cluster works while we store

    def _submit(self, fn: Callable, jobs: list) -> list:
        threads = max(1, sum(self.client.nthreads().values()))
        size = max(1, min(CHUNK, len(jobs) // (2 * threads)))  # a small batch still spreads over every worker
        return [self.client.submit(_map_chunk, fn, jobs[i:i + size], pure=False, retries=RETRIES)
                for i in range(0, len(jobs), size)]

    def _close_cluster(self) -> None:
        if self.cluster is not None:
            self.cluster.close()
            self.scratch.cleanup()
            self.cluster = None

    def close(self) -> None:  # the build closes it when extraction is over, open_executor again: idempotent
        client, self.client = getattr(self, "client", None), None
        if client is not None:
            client.close()
        self._close_cluster()


def _in_order(futures: list) -> Iterator:
    """The results of ``futures`` in their order; each released as soon as it is read."""
    futures.reverse()
    while futures:
        future = futures.pop()
        results = future.result()
        del future  # the worker may drop the result now
        yield from results


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
