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


@pytest.mark.parametrize("text, person, no_person", [
    # a sentence's first word the article writes in lowercase elsewhere is a common word, no name's
    ("Alasan Wibisana untuk menghentikan kasus itu, kata Halim, karena ia tidak keberatan. Ia punya alasan kuat.",
     "Wibisana", "Alasan Wibisana"),
    ("Masing - masing agen memiliki tugas sendiri. Agen itu menyampaikan informasi kepada Rudi Wibisana.",
     "Rudi Wibisana", "Masing"),
    # so too for a name the rules guessed ("Pernikahan Wibisana (47) …" and "pernikahan ketiga")
    ("Pernikahan Wibisana (47) dan Rina (22) digelar di rumah. Ini pernikahan ketiga Wibisana.",
     "Wibisana", "Pernikahan Wibisana"),
])
def test_a_sentences_first_word_written_lowercase_elsewhere_is_no_name(text, person, no_person):
    from graph.extract import extract
    from graph.types import Article
    people = [p.name for p in extract(Article("a", text)).people]
    assert person in people and no_person not in people


def test_a_given_name_that_is_a_word_stays_when_never_written_lowercase():
    from graph.extract import extract
    from graph.types import Article
    text = "Budi Wibisana menolak tawaran itu. Ia dikenal berbudi luhur."
    assert "Budi Wibisana" in [p.name for p in extract(Article("a", text)).people]


def test_a_competition_the_tagger_reads_as_a_person_is_none():
    # "Liga …" opens a competition's name (event_head in org_words.tsv), as the names pass reads it
    text = "Persikota, finalis Liga Champions musim ini, pantas dimasukkan ke golongan itu."
    assert "Liga Champions" not in names(run_alone(text, "crf"), "person")
