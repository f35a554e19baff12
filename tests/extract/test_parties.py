"""The parties pass alone: the party inside a faction's or a party board's name."""
from __future__ import annotations

import pytest

from .conftest import entity, run_alone


@pytest.mark.parametrize("text, unit", [
    ("Ketua DPD Partai Golkar Gianyar hadir.", "DPD Partai Golkar Gianyar"),
    ("Ketua Fraksi Partai Golkar Pramesti Sumarsih hadir.", "Fraksi Partai Golkar"),
])
def test_the_party_is_mentioned_and_is_the_units_parent(text, unit):
    doc = run_alone(text, "parties")
    assert entity(doc, unit).parent == "org:partai-golkar"
    assert ("org:partai-golkar", "Partai Golkar") in doc.mentions.values()
