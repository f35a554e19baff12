"""The tagger pass alone: people the rules saw no cue for, from the statistical tagger."""
from __future__ import annotations

import pytest

from .conftest import names, prepared, run_alone


@pytest.mark.parametrize("text, name", [
    ("Cara bertani seperti itu harus diubah , kelakar Widyatmoko .", "Widyatmoko"),
    ("Warga menyambut kunjungan Purbaya ke sawah itu dengan antusias .", "Purbaya"),
])
def test_the_tagger_fills_the_rules_gaps(text, name):
    assert name not in names(prepared(text, "crf"), "person")  # no rule found them
    assert name in names(run_alone(text, "crf"), "person")


def test_the_rules_decisions_stand():
    text = "Kepala Dinas Perikanan Klaten, Karyadi Widyatmoko, membuka pelatihan."
    before = prepared(text, "crf")
    assert run_alone(text, "crf").mentions == before.mentions


def test_a_name_only_the_tagger_found_carries_its_confidence():
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", "Cara bertani seperti itu harus diubah, kelakar Widyatmoko kepada warga."))
    tagged = [m for m in x.mentions if m.text == "Widyatmoko"]
    assert tagged and all(0.0 < m.confidence <= 1.0 for m in tagged)
    # a name a rule read (a title before it) carries none
    x = extract(Article("a", "Bupati Klaten Budi Santoso meresmikan pasar."))
    assert [m.confidence for m in x.mentions if m.text == "Budi Santoso"] == [None]
