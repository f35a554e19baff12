"""The place-parts pass alone: a compass word after a place names a part of it."""
from __future__ import annotations

import pytest

from .conftest import entity, run_alone


@pytest.mark.parametrize("text, part, within", [
    ("Banjir melanda Afrika timur.", "Afrika timur", "place:afrika-country"),
])
def test_parts(text, part, within):
    place = entity(run_alone(text, "place-parts"), part)
    assert (place.level, place.within) == ("other", within)


def test_a_gazetteer_region_written_in_lowercase():
    doc = run_alone("Hujan deras turun di Sumatera selatan.", "place-parts")
    assert list(doc.mentions.values()) == [("place:sumatera-selatan-province", "Sumatera selatan")]
