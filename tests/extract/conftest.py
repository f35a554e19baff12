"""Helpers for the tests of one pass: a document prepared by the passes before it."""
from __future__ import annotations

from datetime import date

import pytest

from graph import extract as extraction
from graph.extract import PASSES
from graph.extract.document import Document
from graph.types import Article


def prepared(text: str, name: str, published: date | None = None) -> Document:
    """A document of ``text`` with every pass before the pass ``name`` run."""
    return extraction.prepared(Article("t", text, "Judul", published), name)


def run_alone(text: str, name: str, published: date | None = None) -> Document:
    """The document after the pass ``name`` ran alone on a document prepared for it."""
    doc = prepared(text, name, published)
    next(step for step in PASSES if step.name == name).run(doc)
    return doc


def names(doc: Document, kind: str) -> set[str]:
    return {e.name for e in doc.ents.values() if e.kind == kind}


def entity(doc: Document, name: str):
    return next(e for e in doc.ents.values() if e.name == name)


@pytest.fixture
def alone():
    return run_alone
