"""Real-news regressions of the organizations: what is no body, and where a body's name ends.

Whole extraction on invented sentences (names invented; national bodies real)."""
from __future__ import annotations

import pytest

from graph.extract import extract
from graph.types import Article


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(Article("t", text, "Judul")).organizations}


@pytest.mark.parametrize("text, not_a_body", [
    # acronyms of terms, with or without their expansion
    ("Polisi menyita mobil beserta BPKB milik Rudi Wibisana.", "BPKB"),
    ("Penyidik akan menjerat Rudi Wibisana dengan TPPU.", "TPPU"),
    ("Jaksa membacakan BAP milik Bambang Sutejo di sidang.", "BAP"),
    ("Warga mengisi bensin di SPBU dekat pasar Sukamaju.", "SPBU"),
    ("Produksi gas naik menjadi 120 MMSCFD tahun lalu.", "MMSCFD"),
    ("Pelanggan menerima SMS dari PT Sinar Sukamaju.", "SMS"),
    ("Gempa berkekuatan 5,1 Skala Richter (SR) mengguncang Kabupaten Sukamaju.", "Skala Richter"),
    ("Realisasi Penanaman Modal Asing (PMA) naik tahun ini.", "Penanaman Modal Asing"),
    ("Dana itu berasal dari Corporate Social Responsibility (CSR) PT Sinar Sukamaju.",
     "Corporate Social Responsibility"),
    ("Longsor menimpa rumah warga di RT 03 RW 05 Desa Sukamaju.", "RT"),
])
def test_terms_are_no_bodies(text, not_a_body):
    assert not_a_body not in _orgs(text)
