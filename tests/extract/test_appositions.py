"""The appositions pass alone: a post written after the person's name."""
from __future__ import annotations

import pytest

from .conftest import entity, run_alone


@pytest.mark.parametrize("text, name, title, comp", [
    ("Karyadi Widyatmoko, yang juga menjabat Ketua Koperasi Wijayakusuma, hadir.",
     "Karyadi Widyatmoko", "Ketua", "Koperasi Wijayakusuma"),
    ("Pramesti Sumarsih selaku Ketua Koperasi Wijayakusuma membuka rapat.",
     "Pramesti Sumarsih", "Ketua", "Koperasi Wijayakusuma"),
])
def test_appositive_posts(text, name, title, comp):
    person = entity(run_alone(text, "appositions"), name)
    assert [(p.title, p.comp) for p in person.posts] == [(title, comp)]


@pytest.mark.parametrize("text, name, title, comp", [
    # a title right after the name and a comma, ending at a comma, a verb or the sentence's end
    ("Budi Santoso, Direktur PT Sinar Jaya, mengatakan hal itu.", "Budi Santoso", "Direktur", "PT Sinar Jaya"),
    ("Hal itu dikatakan Budi Santoso, Kepala Dinas Koperasi Kabupaten Klaten.",
     "Budi Santoso", "Kepala Dinas", "Koperasi Kabupaten Klaten"),
])
def test_a_title_set_off_by_commas(text, name, title, comp):
    person = entity(run_alone(text, "appositions"), name)
    assert [(p.title, p.comp) for p in person.posts] == [(title, comp)]


def test_a_title_before_the_next_name_of_a_list_is_that_name_s():
    doc = run_alone("Hadir Rina Wati, Ketua DPRD Kota Sukamaju Ir. Budi Santoso, dan warga.", "appositions")
    assert entity(doc, "Rina Wati").posts == []
