"""The slots of an event: its date, venue and organizer, on invented sentences."""
from __future__ import annotations

import pytest

from .conftest import run_alone


@pytest.mark.parametrize("text, venue", [
    # the region a government body's name ends with is where it sits
    ("Komisi Pemilihan Umum Kabupaten Klaten menggelar rapat pleno, Senin (3/5/2021).", "Klaten"),
    # not a region read inside the body's name: no venue rather than a wrong one
    ("Polda Metro Jaya menggelar rapat koordinasi, Senin (3/5/2021).", None),
])
def test_the_region_a_body_sits_in(text, venue):
    doc = run_alone(text, "events")
    [ev] = doc.events
    assert (doc.ents[ev.location].name if ev.location else None) == venue
