"""Where extraction runs: the executor names, the per-article budget in any thread, and a
real Dask cluster of two worker processes on loopback (the same TriG as a local build, a
worker killed mid-build, a cluster that cannot be reached or runs other code)."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import graph.executor as executor
import graph.pipeline as pipeline
from graph.cli import main
from graph.executor import ExecutorSpec, parse_executor
from graph.pipeline import _extract_one, build_store
from graph.types import Article, Skipped

from conftest import REPO_ROOT

ARTICLES = 30  # real news from IndoSum


@pytest.mark.parametrize("text, expected", [
    (None, ExecutorSpec("local")),
    ("local", ExecutorSpec("local")),
    ("dask://127.0.0.1:8786", ExecutorSpec("dask", "tcp://127.0.0.1:8786")),
    ("dask://penjadwal.sukamaju.example:8786/", ExecutorSpec("dask", "tcp://penjadwal.sukamaju.example:8786")),
    ("dask-local", ExecutorSpec("dask-local")),
    ("dask://", ValueError),
    ("dask://host", ValueError),
    ("dask://host:port", ValueError),
    ("dask", ValueError),
    ("ray://host:10001", ValueError),
    ("local://x", ValueError),
    ("threads", ValueError),
])
def test_executor_names(text, expected):
    if expected is ValueError:
        with pytest.raises(ValueError, match="executor|Dask address"):
            parse_executor(text)
    else:
        assert parse_executor(text) == expected


def _spin(article):
    """An extraction that never ends by itself (pure Python, as the extractor is)."""
    while True:
        pass


def _in_thread(fn, *args):
    box = []
    worker = threading.Thread(target=lambda: box.append(fn(*args)), daemon=True)  # a failure must not hang
    worker.start()
    worker.join(30)
    assert not worker.is_alive(), "the budget did not stop the extraction"
    return box[0]


@pytest.mark.parametrize("where", ["main thread", "other thread"])  # a local build / a Dask worker's task
def test_an_article_over_budget_is_skipped_in_any_thread(monkeypatch, where):
    monkeypatch.setattr(pipeline, "ARTICLE_BUDGET", 0.3)
    monkeypatch.setattr("graph.extract.extract", _spin)
    article = Article(id="lambat", text="Bupati Sukamaju Rudi Wibisana meresmikan pasar.", source="lambat.txt")
    result = _extract_one(article) if where == "main thread" else _in_thread(_extract_one, article)
    assert isinstance(result, Skipped) and "took over 0.3 s" in result.reason


def test_a_budget_not_spent_never_fires_later():
    """The budget of an article that ended in time is withdrawn: nothing is raised after it."""
    def extract_then_work():
        with pipeline._time_budget(0.2):
            pass
        end = time.monotonic() + 0.6  # well past the budget
        while time.monotonic() < end:
            pass
        return "done"

    assert _in_thread(extract_then_work) == "done"


# -- a real cluster --------------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus(shared_dir: Path, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("indosum")
    with (shared_dir / "corpus" / "indosum" / "articles.jsonl").open(encoding="utf-8") as lines:
        (folder / "berita.jsonl").write_text("".join(next(lines) for _ in range(ARTICLES)), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """Two worker processes of one thread each on loopback, importing this checkout."""
    from distributed import Client, LocalCluster

    before = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join([str(REPO_ROOT)] + ([before] if before else []))
    try:
        local = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                             dashboard_address=None, scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                             local_directory=str(tmp_path_factory.mktemp("dask")))
    finally:
        if before is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = before
    with local, Client(local, set_as_default=False) as client:
        client.wait_for_workers(2, timeout=60)
        yield client, "dask://" + local.scheduler_address.removeprefix("tcp://")


def _trig(store: Path, tmp: Path) -> bytes:
    out = tmp / f"{store.name}.trig"
    assert main(["-q", "export", "--store", str(store), "--format", "trig", "--out", str(out)]) == 0
    return out.read_bytes()


def test_a_cluster_build_is_byte_identical_to_a_local_one(corpus, cluster, tmp_path):
    _, address = cluster
    build_store([corpus], tmp_path / "local", tmp_path / "out-local", picture=False, workers=2)
    assert main(["-q", "build", str(corpus), "--store", str(tmp_path / "dask"), "--out", str(tmp_path / "out-dask"),
                 "--no-picture", "--executor", address]) == 0
    local, remote = _trig(tmp_path / "local", tmp_path), _trig(tmp_path / "dask", tmp_path)
    assert local.count(b" {\n") == ARTICLES  # one named graph an article
    assert remote == local


def test_a_cluster_running_other_code_is_refused(corpus, cluster, tmp_path, monkeypatch, capsys):
    _, address = cluster
    real, here = executor.code_fingerprint, os.getpid()
    # the workers and the scheduler compute the real digest; this process another one
    monkeypatch.setattr(executor, "code_fingerprint", lambda: "lain" if os.getpid() == here else real())
    assert main(["build", str(corpus), "--store", str(tmp_path / "st"), "--executor", address]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("kg: error: ") and "another version of kg" in err and "\n" not in err
    assert not (tmp_path / "st").exists()


def test_an_unreachable_cluster_is_one_line_and_builds_nothing(corpus, tmp_path):
    with socket.socket() as s:  # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, KG_DASK_CONNECT_SECONDS="1")
    done = subprocess.run([sys.executable, "-m", "graph.cli", "build", str(corpus), "--store", str(tmp_path / "st"),
                           "--executor", f"dask://127.0.0.1:{port}"], cwd=REPO_ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.startswith(f"kg: error: cannot reach the Dask scheduler at tcp://127.0.0.1:{port}")
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert not (tmp_path / "st").exists()


def test_a_worker_killed_mid_build_is_retried(corpus, cluster, tmp_path, monkeypatch):
    """Batches of 8 articles: once the first is stored, the second is out on the cluster;
    the worker holding or computing most of it is killed (SIGKILL). Dask runs its tasks
    again on the other worker; the build ends with every article, as a local build."""
    client, address = cluster
    monkeypatch.setattr(pipeline, "BATCH", 8)
    build_store([corpus], tmp_path / "local", tmp_path / "out-local", picture=False, workers=2)

    inflight: list[list] = []  # each batch's futures, as submitted
    real_submit = executor._Dask._submit

    def submit(self, fn, jobs):
        futures = real_submit(self, fn, jobs)
        inflight.append(list(futures))
        return futures

    killed: dict = {}

    def fault(phase: str) -> None:
        if phase != "batch-stored" or killed:
            return
        batch = {f.key for f in inflight[-1]}  # the batch being extracted while this one was stored
        held = {worker: len(batch & set(keys)) for worker, keys in client.has_what().items()}
        for worker, keys in client.processing().items():
            held[worker] = held.get(worker, 0) + len(batch & set(keys))
        victim = max(held, key=held.get)
        killed.update(worker=victim, tasks=held[victim], pid=client.run(os.getpid, workers=[victim])[victim])
        os.kill(killed["pid"], signal.SIGKILL)

    monkeypatch.setattr(executor._Dask, "_submit", submit)
    monkeypatch.setattr(pipeline, "_fault", fault)
    summary = build_store([corpus], tmp_path / "dask", tmp_path / "out-dask", picture=False, executor=address)

    assert killed["tasks"] >= 1, killed  # the killed worker held part of the batch in flight
    assert len(inflight) == -(-ARTICLES // 8)
    assert (summary.articles, summary.changed, summary.skipped) == (ARTICLES, ARTICLES, [])
    assert _trig(tmp_path / "dask", tmp_path) == _trig(tmp_path / "local", tmp_path)
    assert killed["pid"] not in client.run(os.getpid).values()
