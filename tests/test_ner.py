"""The shipped CRF tagger (graph/models/ner.crfsuite): it loads, and tags invented names."""
from __future__ import annotations

import pytest

from graph.extract import ner


def test_shipped_model_loads_once():
    assert ner.tagger() is ner.tagger()


@pytest.mark.parametrize("sentence, expected", [
    ("Warga menyambut kunjungan Sastrodiharjo ke pasar itu .", [("Sastrodiharjo", "PER")]),
    ("Bantuan itu diterima Sumarni Lestyaningsih di Kabupaten Klaten .",
     [("Sumarni Lestyaningsih", "PER"), ("Kabupaten Klaten", "LOC")]),
    ("Cara berpikir seperti itu harus diubah , tandas Wiryosentono .", [("Wiryosentono", "PER")]),
    ("Harga cabai di pasar naik lagi pekan ini .", []),
])
def test_tags_invented_names(sentence, expected):
    words = sentence.split()
    found = [(" ".join(words[a:b]), kind) for a, b, kind, p in ner.spans(words) if p >= ner.MIN_PROBABILITY]
    assert all(x in found for x in expected), found
    assert all(kind != "PER" or (x, kind) in expected for x, kind in found), found  # no stray people


def test_training_carries_labels_onto_the_extractors_tokens():
    words, labels = ner._retokenized(["Ketua", "(PKB)", "Anis", "Matta", "hadir"],
                                     [(1, 2, "ORG"), (2, 4, "PER")])
    assert list(zip(words, labels)) == [("Ketua", "O"), ("(", "O"), ("PKB", "B-ORG"), (")", "O"),
                                        ("Anis", "B-PER"), ("Matta", "I-PER"), ("hadir", "O")]


def test_training_is_deterministic(tmp_path):
    conll = tmp_path / "mini.txt"
    conll.write_text("kata O\nBudi B-PER\nSantoso I-PER\ndi O\nKlaten B-LOC\n\n"
                     "Menurut O\nSiti B-PER\n, O\nharga O\nnaik O\n\n" * 3, encoding="utf-8")
    a = ner.train(conll, tmp_path / "a.crfsuite", {"feature.minfreq": 0})
    b = ner.train(conll, tmp_path / "b.crfsuite", {"feature.minfreq": 0})
    assert a.read_bytes() == b.read_bytes()
