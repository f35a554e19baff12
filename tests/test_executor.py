"""Where extraction runs: the per-article budget in any thread."""
from __future__ import annotations

import threading
import time

import pytest

import graph.pipeline as pipeline
from graph.pipeline import _extract_one
from graph.types import Article, Skipped


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
