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
