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
