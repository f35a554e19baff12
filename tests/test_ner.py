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


SENTENCES = [
    "Warga menyambut kunjungan Sastrodiharjo ke pasar itu .",
    "Bupati Sukamaju Rudi Wibisana , S.Sos. , meresmikan pasar Desa Tirtasari , Senin ( 3/5 ) .",
    "kata Bambang Sutejo kepada wartawan di Kabupaten Sukamaju .",
    "Xyzzy",
    "",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_model_reads_its_own_features_as_it_reads_all_of_them(sentence):
    """The features the tagger is given are those it has weights for, in the same order, and
    it reads from them exactly what it reads from all of them: the same labels and
    probabilities, to the last bit."""
    words = sentence.split()
    known = ner._model_attributes()
    full = ner.features(words)
    assert ner.model_features(words) == [[x for x in f if x in known] for f in full]
    t = ner.tagger()
    t.set(full)
    labels = t.tag()
    expected = (labels, [t.marginal(lab, i) for i, lab in enumerate(labels)], [t.marginal("O", i) for i in range(len(labels))])
    assert ner.tag(words) == expected
