"""The parents pass alone: a regional body's parent is its region's government."""
from __future__ import annotations

from .conftest import entity, prepared, run_alone

TEXT = "Kepala Dinas Kesehatan Kabupaten Klaten, Karyadi Widyatmoko, hadir."


def test_a_regional_bodys_parent_is_its_regions_government():
    assert entity(prepared(TEXT, "parents"), "Dinas Kesehatan Kabupaten Klaten").parent is None
    doc = run_alone(TEXT, "parents")
    assert entity(doc, "Dinas Kesehatan Kabupaten Klaten").parent == "org:pemerintah-kabupaten-klaten"
    assert entity(doc, "Pemerintah Kabupaten Klaten").implied
