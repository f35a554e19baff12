"""The topics pass alone: the labels of topics.tsv whose pattern the text matches."""
from __future__ import annotations

import pytest

from .conftest import run_alone


@pytest.mark.parametrize("text, labels", [
    ("Pelatihan bagi pelaku UMKM digelar kemarin.", ["UMKM", "pelatihan"]),
    ("Warga berkumpul di balai.", []),
])
def test_topics(text, labels):
    assert [t.label_id for t in run_alone(text, "topics").topics] == labels
