"""The quotes pass alone: quotations and their speakers."""
from __future__ import annotations

import pytest

from .conftest import run_alone


@pytest.mark.parametrize("text, speaker", [
    # the reporting clause after the quote names the speaker, by a short form too
    ("Pramesti Sumarsih menanam padi. “Panen tahun ini jauh lebih bagus dari tahun lalu,” kata Pramesti.",
     "person:pramesti-sumarsih"),
    ("“Kami akan terus menanam padi di sawah ini,” ujar Karyadi Widyatmoko.", "person:karyadi-widyatmoko"),
    # a title's one holder ("tegas Bupati")
    ("Bupati Gianyar Hadi Kartasasmita meninjau pasar. “Harga beras di pasar ini masih stabil,” tegas Bupati.",
     "person:hadi-kartasasmita"),
    # else the person the paragraph reports
    ("Pramesti Sumarsih menanam padi. Ia berkata, “Panen tahun ini jauh lebih bagus dari tahun lalu.”",
     "person:pramesti-sumarsih"),
])
def test_speakers(text, speaker):
    assert [q.speaker for q in run_alone(text, "quotes").quotes] == [speaker]
